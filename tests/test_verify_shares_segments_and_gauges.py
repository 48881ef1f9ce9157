"""Multiples of a level, fees and capacities counted by the year, a metric named after its figure, a
company's owners set aside, sector gauges, shares of a total just named, Taiwan's 评等, business
segments, 'fewer than', payment volumes, fund flows and investors, a year told with the next. Each
case sets a correct claim against a wrong one. Companies are real; figures, people and sentences are
ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_grew_by_a_multiple_is_one_more_times_the_level():
    art = article("星源材质第三季度归母净利润2.15亿元，同比增长1.8倍，环比增长21.6%。", title="隔膜")
    assert status("Senior Technology's third-quarter net profit of 215 million yuan was 21.6% higher than in the second "
                  "quarter and 2.8 times its level a year earlier.", [1], art) == "supported"
    assert status("Senior Technology's third-quarter net profit of 215 million yuan was 21.6% higher than a year earlier.",
                  [1], art) == "unsupported"


def test_a_fee_and_a_throughput_capacity_are_counted_by_the_year():
    fee = dated("富邦媒表示，明年第二季將推出會員訂閱制，年費899元。", when="2026-11-10 14:00", title="富邦媒 法說會")
    assert status("momo.com will launch a membership with an annual fee of NT$899 in the second quarter of 2027.",
                  [1], fee) == "supported"
    capacity = article("昆仑能源表示，唐山LNG接收站年周转能力将由650万吨提升至1,000万吨。", title="燃气")
    assert status("Kunlun Energy's Tangshan LNG terminal will lift annual throughput capacity from 6.5 million to "
                  "10 million tonnes.", [1], capacity) == "supported"
    assert status("Kunlun Energy's Tangshan LNG terminal will handle 10 million tonnes a month.", [1], capacity) == "unsupported"


def test_a_metric_after_its_figure_is_that_figures():
    art = article("UTI Asset Management posted a 9.8% rise in net profit to 212.4 crore rupees and a 13.6% rise in "
                  "revenue to 468.2 crore.", title="Fund houses")
    assert status("UTI Asset Management's revenue rose 13.6% to 468.2 crore rupees.", [1], art) == "supported"
    assert status("UTI Asset Management's net profit rose 13.6% to 468.2 crore rupees.", [1], art) == "unsupported"


def test_owners_in_an_aside_do_not_own_the_figures_after_it():
    art = article("Jurong Port Tank Terminals, owned 51% by Jurong Port and 49% by Macquarie, reported annual "
                  "revenue of S$142 million, up 6.1%.", title="Terminals")
    assert status("Jurong Port Tank Terminals' annual revenue rose 6.1% to S$142 million.", [1], art) == "supported"


def test_a_sector_gauge_is_not_its_parent_index():
    art = article("Sony shares rose 1.2%. The Topix electric appliances index gained 2.3%, against a 0.6% rise in "
                  "the broader Topix.", title="Tokyo close")
    assert status("The broader Topix rose 0.6%.", [1], art) == "supported"
    assert status("The Topix electric appliances index gained 2.3%.", [1], art) == "supported"
    assert status("The broader Topix rose 2.3%.", [1], art) == "unsupported"


def test_a_share_is_of_the_total_just_named():
    art = article("华润燃气、港华智慧能源、中国燃气三家前三季度营业收入合计1,245.6亿元，其中华润燃气占比约48.2%。", title="燃气")
    assert status("China Resources Gas accounted for about 48.2% of the three companies' combined revenue.",
                  [1], art) == "supported"
    assert status("China Resources Gas accounted for about 48.2% of the three companies' combined net profit.",
                  [1], art) == "unsupported"


def test_a_taiwanese_rating_move_is_read_for_its_company():
    art = article("元大投顧將富邦媒目標價由520元上調至560元。統一投顧則將網家評等由「買進」下調至「中立」。", title="電商")
    assert status("Uni-President Securities Investment Consulting downgraded PChome Online to neutral from buy.",
                  [1], art) != "unsupported"
    assert status("Uni-President Securities Investment Consulting downgraded momo.com to neutral from buy.",
                  [1], art) == "unsupported"


def test_a_segments_figure_is_not_another_segments():
    art = article("分业务看，恩捷股份前三季度膜类产品收入70.5亿元，同比增长24.1%；烟标业务收入9.8亿元，同比下降2.6%。", title="隔膜")
    assert status("Yunnan Energy's film products revenue grew 24.1% in the first nine months.", [1], art) == "supported"
    assert status("Yunnan Energy's cigarette-label revenue grew 24.1% in the first nine months.", [1], art) == "unsupported"
    en = article("Ordinary profit at MOL's dry bulk business fell 12.4% to 31.5 billion yen, while its car carriers "
                 "segment's rose 8.8% to 64.2 billion yen.", title="Shipping")
    assert status("MOL's car carriers segment's ordinary profit rose 8.8%.", [1], en) == "supported"
    assert status("MOL's car carriers segment's ordinary profit fell 12.4%.", [1], en) == "unsupported"


def test_fewer_than_a_year_earlier_is_a_fall():
    art = article("K Line's car carriers moved 1.12 million vehicles in the half, 4.6% fewer than a year earlier.",
                  title="Shipping")
    assert status("K Line's car carriers moved 4.6% fewer vehicles than a year earlier.", [1], art) == "supported"
    assert status("K Line's car carriers moved 4.6% more vehicles than a year earlier.", [1], art) == "unsupported"


def test_payment_volume_inflows_and_investors_are_their_own_metrics():
    pay = article("網家旗下拍付國際前三季支付交易額年增18.4%，用戶數突破900萬。", title="電商")
    assert status("PChome's payment unit's payment transaction value rose 18.4% on year.", [1], pay) == "supported"
    assert status("PChome's payment unit's revenue rose 18.4% on year.", [1], pay) == "unsupported"
    funds = article("Assets under management of India's mutual fund industry rose 17.2% on year. Monthly SIP inflows "
                    "reached 28,900 crore rupees, up 22.5% on-year, and the number of unique investors reached 5.6 crore.",
                    title="Mutual funds")
    assert status("SIP inflows rose 22.5% on-year to 28,900 crore rupees.", [1], funds) == "supported"
    assert status("The industry's assets under management rose 22.5% on-year.", [1], funds) == "unsupported"
    assert status("Investor folios reached 5.6 crore.", [1], funds) == "unsupported"


def test_a_level_at_the_start_of_the_year_is_a_change_since_then():
    art = article("价格方面，10月湿法基膜均价为每平方米0.88元，较9月末上涨3.5%，较年初上涨9.1%。", title="隔膜")
    assert status("October's wet-process base-film price was 9.1% above its level at the start of the year.",
                  [1], art) == "supported"
    assert status("October's wet-process base-film price was 3.5% above its level at the start of the year.",
                  [1], art) == "unsupported"


def test_this_year_and_next_said_together():
    art = dated("元大投顧預估富邦媒今、明兩年EPS分別為14.10元、16.25元。", when="2026-11-12 08:30", title="電商")
    assert status("Yuanta forecasts momo.com's 2026 EPS at NT$14.10 and its 2027 EPS at NT$16.25.", [1], art) == "supported"
    assert status("Yuanta forecasts momo.com's 2025 EPS at NT$14.10.", [1], art) == "unsupported"


def test_a_shipping_ceiling_is_a_capacity_and_a_facility_owns_no_figures():
    art = dated("富邦媒總經理表示，北部大型物流中心將於明年第二季啟用，屆時每日出貨量上限將由40萬件提升至60萬件；"
                "今年資本支出約25億元。", when="2026-11-10 14:00", title="富邦媒 法說會")
    assert status("momo.com's daily shipping capacity will rise to 600,000 parcels from 400,000.", [1], art) == "supported"
    assert status("momo.com plans capital spending of about NT$2.5 billion this year.", [1], art) == "supported"


def test_an_interim_named_after_its_figure_is_the_interim_dividend():
    art = article("The company raised its full-year net profit forecast to 180 billion yen and set an annual dividend "
                  "of 150 yen per share, including an interim dividend of 70 yen.", title="Shipping")
    assert status("It will pay an annual dividend of 150 yen including a 70-yen interim.", [1], art) == "supported"
    assert status("It will pay an annual dividend of 70 yen.", [1], art) == "unsupported"


def test_growing_less_than_a_year_earlier_is_a_fall():
    art = article("前十个月人民币贷款增加13.1万亿元，同比少增0.9万亿元。", title="金融数据")
    assert status("New yuan loans totalled 13.1 trillion yuan in the first ten months, 900 billion yuan less than a "
                  "year earlier.", [1], art) == "supported"
    assert status("New yuan loans totalled 13.1 trillion yuan in the first ten months, 900 billion yuan more than a "
                  "year earlier.", [1], art) == "unsupported"


def test_a_segments_margin_is_no_share_of_the_groups_revenue():
    art = article("云智能集团经调整EBITA为38.6亿元，同比增长27.2%，经调整EBITA利润率为8.8%。", title="阿里巴巴")
    assert status("The cloud group's adjusted EBITA margin was 8.8%.", [1], art) == "supported"
    assert status("The cloud group's adjusted EBITA of 3.86 billion yuan was equal to 8.8% of Alibaba's total revenue.",
                  [1], art) == "unsupported"


def test_a_groups_short_name_finds_its_unit():
    art = article("元大投顧將富邦媒目標價由520元上調至560元。", title="電商")
    assert status("Yuanta raised its momo.com target price to NT$560 from NT$520.", [1], art) == "supported"
    assert status("KGI raised its momo.com target price to NT$560 from NT$520.", [1], art) != "supported"


def test_a_word_of_a_metrics_name_owns_no_figure():
    art = article("Monthly SIP inflows reached 27,100 crore rupees in October, according to the Association of Mutual "
                  "Funds in India.", title="Mutual funds")
    assert status("SIP inflows were 27,100 crore rupees in October.", [1], art) == "supported"


def test_a_dated_statement_is_said_by_whom_the_paragraph_has_say_it():
    art = dated("洛阳钼业董事长孙瑞文昨日在业绩说明会上表示，TFM混合矿项目预计于明年三季度投产。总裁刘建锋则预计，四季度铜产量将环比增长约8%。",
                when="2026-10-28 09:00", title="钴")
    assert status("CMOC chairman Sun Ruiwen said the TFM project would start production in the third quarter of 2027.",
                  [1], art) == "supported"
    assert status("CMOC president Liu Jianfeng said the TFM project would start production in the third quarter of 2027.",
                  [1], art) == "unsupported"
    en = dated("Sunway Construction managing director Liew Kok Wing said two data-centre contracts should be awarded in "
               "the second quarter of 2027. Chief financial officer Tan Mei Ling said the order book stood at RM7.1 billion.",
               when="2027-02-20 09:00", title="Contractors")
    assert status("Sunway Construction's managing director Liew Kok Wing said two data-centre contracts should be awarded "
                  "in the second quarter of 2027.", [1], en) == "supported"
    assert status("Sunway Construction's CFO Tan Mei Ling said two data-centre contracts should be awarded in the second "
                  "quarter of 2027.", [1], en) == "unsupported"


def test_a_sector_gauge_in_common_words_is_its_own_subject():
    art = article("股价方面，台股加权指数上涨0.42%，金融保险类指数上涨1.16%。", title="金控")
    assert status("The Taiex rose 0.42%, while the financial and insurance index gained 1.16%.", [1], art) == "supported"
    assert status("The Taiex rose 1.16%.", [1], art) == "unsupported"


def test_a_romanised_name_two_people_share_is_read_in_the_paragraph():
    # (The gazetteer's Chen Tai-ming is Yageo's 陳泰銘; the paragraph's 陳泰明 reads the same.)
    art = article("凱基人壽總經理陳泰明表示，10月避險成本較9月下降約0.2個百分點。", title="金控")
    assert status("KGI Life president Chen Tai-ming said hedging costs fell about 0.2 percentage points from September.",
                  [1], art) == "supported"
    assert status("KGI Life president Lin Tai-ming said hedging costs fell about 0.2 percentage points from September.",
                  [1], art) != "supported"


def test_a_rating_move_the_paragraph_gives_another_company_where_the_claims_is_not_named():
    art = article("數碼通上半年服務收入增長3.2%。", "工銀國際分析師將中信國際電訊評級由「買入」下調至「中性」。", title="電訊")
    assert status("ICBC International cut CITIC Telecom International to neutral from buy.", [2], art) == "supported"
    assert status("ICBC International cut SmarTone to neutral from buy.", [2], art) == "unsupported"


def test_a_combined_whole_of_several_owners_is_read():
    art = article("四家上市铁路运输企业2026年合计实现营业收入1,012.4亿元，其中京沪高铁占比约44.1%；合计归母净利润171.2亿元，"
                  "京沪高铁占比约83.6%。", title="铁路")
    assert status("Beijing-Shanghai High-Speed Railway made up about 83.6% of the four listed rail operators' combined 2026 "
                  "net profit.", [1], art) == "supported"
    assert status("Beijing-Shanghai High-Speed Railway made up about 83.6% of the four listed rail operators' combined 2026 "
                  "revenue.", [1], art) == "unsupported"


def test_a_period_restated_in_an_aside_keeps_the_metric_with_its_figure():
    art = article("Bharat Electronics said its net profit for July-September, the second quarter of fiscal 2027 (FY27), "
                  "rose 17.2% on the year to ₹1,386 crore, on revenue from operations up 12.5% at ₹5,940 crore.",
                  title="Defence results")
    assert status("Bharat Electronics' second-quarter net profit rose 17.2% year on year.", [1], art) == "supported"
    assert status("Bharat Electronics' second-quarter revenue from operations rose 17.2% year on year.", [1], art) == "unsupported"


def test_dispatch_volumes_are_volumes():
    art = article("铁龙物流全年特种集装箱发送量112.4万TEU，同比增长6.3%。", title="铁路")
    assert status("Tielong's special-container shipments rose 6.3% in the year.", [1], art) == "supported"
    assert status("Tielong's special-container revenue rose 6.3% in the year.", [1], art) == "unsupported"


def test_whose_whole_a_share_is_does_not_part_it_from_the_paragraphs():
    art = article("Consumer loans rose 19.2 percent on-year and made up 14.6 percent of total loans, while bank lending "
                  "grew 10.9 percent.", title="Bank lending")
    assert status("Consumer loans made up 14.6% of total bank loans.", [1], art) == "supported"
    assert status("Consumer loans made up 14.6% of total bank deposits.", [1], art) == "unsupported"


def test_a_segment_that_shares_a_companys_name_owns_no_figures():
    art = article("分业务看，时代电气轨道交通业务收入88.2亿元，同比增长6.1%；新兴装备业务收入90.5亿元，同比增长29.4%，"
                  "其中功率半导体收入38.6亿元，同比增长35.2%。", title="轨交装备")
    assert status("Times Electric's power semiconductor revenue rose 35.2% year on year to 3.86 billion yuan.",
                  [1], art) == "supported"
    assert status("Times Electric's rail transit revenue rose 35.2% year on year.", [1], art) == "unsupported"
