"""A figure told with another item's words, and days and periods a careful reader resolves by the
dateline. Parallel items of a paragraph ('动力电池…；储能电池…', 'sales in China…, while those in
North America…') are compared through the dictionary senses of their Chinese words; each test pairs
what must stay supported with a wrong claim that must be flagged. Sentences are ours."""
from __future__ import annotations

from citebrief.facts.descriptors import items
from citebrief.facts.lexicon import chinese_words, content_words, same_word
from tests.support.verify import dated, status


def test_a_paragraph_is_read_as_items_of_clauses():
    text = "前三季度，动力电池系统收入1,980.5亿元，同比增长21.2%；储能电池系统收入582.31亿元，同比增长36.8%。"
    figures = [(text.index(f), text.index(f) + len(f)) for f in ("1,980.5亿元", "21.2%", "582.31亿元", "36.8%")]
    found = [text[i.start:i.end] for i in items(text, figures)]
    # The change goes with its level; the period opening the sentence is common to both items.
    assert found == ["动力电池系统收入1,980.5亿元，同比增长21.2%", "储能电池系统收入582.31亿元，同比增长36.8%"]


def test_chinese_words_carry_their_english_senses():
    words = chinese_words("第二产业用电量")
    assert "secondary" in words["第二产业"]
    # A character no dictionary word covers is read alone (钠电 is no word: 钠 + 电 + 材料).
    assert "sodium" in chinese_words("钠电材料")["钠"]
    # (钠电池 itself is a word of data/lexicon_extra.tsv.)
    assert "sodium" in chinese_words("钠电池")["钠电池"]
    # Words of the field CC-CEDICT lacks are glossed by data/lexicon_extra.tsv.
    assert "storage" in chinese_words("储能电池")["储能"]
    assert content_words("The pre-tax profit of the insurers rose") >= {"pre", "tax", "pretax", "profit", "insurers"}
    assert same_word("storage", "store") and same_word("american", "america") and not same_word("internet", "international")
    assert not same_word("internal", "international") and same_word("industry", "industrial")


def test_a_figure_told_with_a_parallel_items_words_is_unsupported():
    art = dated("前三季度，华东电池动力电池系统收入1,980.5亿元，同比增长21.2%；储能电池系统收入582.31亿元，同比增长36.8%。",
                "10月，第一产业用电量1,200亿千瓦时，同比增长8.1%；第二产业用电量5,400亿千瓦时，同比增长4.6%。",
                "Sales in China fell 14.6% to 310,000 vehicles in the half, while sales in North America rose 9.2% "
                "to 280,000 vehicles.")
    assert status("Energy-storage battery system revenue rose 36.8% in the first nine months.", [1], art) == "supported"
    assert status("Power battery system revenue rose 36.8% in the first nine months.", [1], art) == "unsupported"
    assert status("Secondary industry's power use rose 4.6% in October.", [2], art) == "supported"
    assert status("Primary industry's power use rose 4.6% in October.", [2], art) == "unsupported"
    assert status("Sales in North America rose 9.2% in the half.", [3], art) == "supported"
    assert status("North American sales fell 14.6% in the half.", [3], art) == "unsupported"


def test_words_the_other_item_elides_do_not_clear_a_claim():
    # 旅客周转量 is written once, in the international item; the domestic one elides it. The claim's
    # 'passenger traffic' is then no word of the figure's own, and its company's name is the binding's.
    art = dated("分航线看，国航国际航线旅客周转量同比增长22.4%，国内航线仅增长2.7%。")
    assert status("Air China's international passenger traffic rose 22.4%.", [1], art) == "supported"
    assert status("Air China's domestic passenger traffic rose 22.4%.", [1], art) == "unsupported"
    assert status("Air China's domestic passenger traffic rose 2.7%.", [1], art) == "supported"


def test_a_short_company_name_is_not_read_inside_another_word():
    art = dated("全国航线旅客运输量同比增长5.1%。", "国航10月旅客运输量同比增长6.3%。")
    assert status("Air China's passenger numbers rose 5.1%.", [1], art) != "supported"
    assert status("Air China's passenger numbers rose 6.3%.", [2], art) == "supported"


def test_words_of_the_claims_other_figure_and_elided_heads_are_no_accusation():
    art = dated("10月合约物业销售金额约为212.6亿元，相应的销售面积约为71.8万平方米；1-10月累计合约物业销售金额约为2,015.3亿元。",
                "9月，中国粗钢产量为7,200万吨，同比下降2.9%；印度产量为1,352万吨，同比增长14.1%。")
    assert status("Contracted sales were about 21.26 billion yuan on about 718,000 square meters in October.", [1],
                  art) == "supported"
    assert status("India's crude steel output rose 14.1% in September to 13.52 million tonnes.", [2], art) == "supported"


def test_weekdays_of_last_week_and_days_to_come():
    art = dated("Bank Indonesia kept its rate at 4.50 percent on Wednesday last week.",
                "The interim dividend will be paid on Friday.",
                "公司将于周五召开股东大会。", when="2026-10-29 16:40")  # a Thursday
    assert status("Bank Indonesia held its rate at 4.50% on Oct. 21.", [1], art) == "supported"
    assert status("Bank Indonesia held its rate at 4.50% on Oct. 28.", [1], art) == "unsupported"
    assert status("The interim dividend will be paid on Oct. 30.", [2], art) == "supported"
    assert status("The interim dividend will be paid on Oct. 23.", [2], art) == "unsupported"
    assert status("The company will hold a shareholder meeting on Oct. 30.", [3], art) == "supported"


def test_the_nine_months_and_a_month_with_no_year():
    art = dated("For the nine months, operating profit rose 3.5 percent to 402.7 billion won.",
                "The ratio rose to 1.9 percent from 1.6 percent at the end of December.", when="2026-11-12 10:30")
    assert status("Nine-month operating profit rose 3.5% to 402.7 billion won.", [1], art) == "supported"
    assert status("The ratio rose to 1.9% from 1.6% at the end of December 2025.", [2], art) == "supported"
    assert status("The ratio rose to 1.9% from 1.6% at the end of December 2024.", [2], art) == "unsupported"


def test_whose_figure_a_market_a_plant_and_an_analysts_firm_are():
    art = dated("Gaikindo data showed Indonesia's car wholesales fell 5.8 percent, while Astra's sales fell 4.1 percent "
                "to 301,460 units. In September alone, national "
                "wholesales rose 3.2 percent from a year earlier to 64,120 units.",
                "东阳董事长吴永祥表示，美国加征关税后，公司已将部分订单转往泰国厂，泰国厂产能利用率由第二季的68%提升至第三季的81%。",
                "中金公司食品饮料行业分析师王文丹认为，华东乳业全年归母净利润预计在145亿元至150亿元之间。",
                "甲银行前三季度营业收入、归母净利润分别为5,496.1亿元和2,138.5亿元，同比分别增长2.3%和1.9%。")
    assert status("Indonesia's September car wholesales rose 3.2% year on year to 64,120 units.", [1], art) == "supported"
    assert status("Tong Yang's Thai plant ran at 81% of capacity in the third quarter.", [2], art) == "supported"
    assert status("CICC analyst Wang Wendan expects full-year net profit of 14.5 billion to 15 billion yuan.", [3],
                  art) == "supported"
    assert status("Net profit attributable to shareholders rose 1.9% in the first nine months.", [4], art) == "supported"
    assert status("Revenue rose 1.9% in the first nine months.", [4], art) == "unsupported"


def test_a_figure_the_claim_derives_and_says_it_derives():
    art = dated("Meridian expects full-year deliveries of 740,000 units. The association cut its forecast to "
                "720,000 units. Meridian's shares rose 1.2% while the benchmark index gained 0.6%.")
    assert status("The association's forecast is 20,000 units below Meridian's.", [1], art) == "supported"
    assert status("Meridian's shares outperformed the index by 0.6 percentage point.", [1], art) == "supported"
    # A figure no two of the paragraph's figures make is wrong; one the claim does not say it
    # derives is arithmetic, not a reading: never supported, left for a person (unverifiable).
    assert status("The association's forecast is 30,000 units below Meridian's.", [1], art) == "unsupported"
    assert status("Meridian expects deliveries of 20,000 units.", [1], art) == "unverifiable"


def test_a_figure_of_a_listed_item_told_with_another_items_words():
    art = dated("非车险中农险、意外健康险综合成本率分别为92.4%、101.3%。",
                "1-10月，甲地产和乙置业累计销售金额分别为1,403.6亿元和1,856.1亿元。")
    assert status("The accident and health insurance combined ratio was 101.3%.", [1], art) == "supported"
    assert status("The agricultural insurance combined ratio was 101.3%.", [1], art) == "unsupported"
    # A list of companies is paired by who owns each figure, not by these words.
    assert status("Cumulative sales for January-October were 140.36 billion yuan.", [2], art) == "supported"


def test_a_later_list_of_the_sentence_pairs_the_same_names():
    art = dated("前三季度华东乳业液体乳、奶粉及奶制品、冷饮产品分别实现收入512.36亿元、235.48亿元、89.27亿元，"
                "同比分别下降1.8%、增长14.2%、增长6.5%。")
    assert status("Milk powder and dairy products revenue rose 14.2% in the first nine months.", [1], art) == "supported"
    assert status("Cold drinks revenue rose 14.2% in the first nine months.", [1], art) == "unsupported"


def test_a_share_of_another_whole_the_paragraph_names():
    art = dated("前三季度液体乳收入512.36亿元。奶粉及奶制品收入占营业总收入的比重升至25.1%。",
                "3纳米占第三季晶圆销售金额的26%，营收同比增长40%。")
    assert status("Milk powder and dairy products made up 25.1% of total revenue.", [1], art) == "supported"
    assert status("Milk powder and dairy products made up 25.1% of liquid milk revenue.", [1], art) == "unsupported"
    # A metric word the glossary reads alike is no other whole ('wafer revenue' = 晶圆销售金额).
    assert status("3nm accounted for 26% of wafer revenue.", [2], art) == "supported"


def test_tonnes_in_taiwan_months_counted_back_and_a_weekday_said_in_another_clause():
    art = dated("中鋼10月出貨量68.2萬公噸，月增3.5%。",
                "5G users accounted for 81.3 percent of handset subscribers at the end of September, up from "
                "79.6 percent three months earlier.",
                "Bullock said last week the board would not hesitate, while Hauser said on Monday that the "
                "forecast looked too low.", when="2026-10-28 13:05")  # a Wednesday
    assert status("China Steel shipped 682,000 tonnes in October.", [1], art) == "supported"
    assert status("5G users made up 81.3% of subscribers, up from 79.6% at the end of June.", [2], art) == "supported"
    assert status("5G users made up 81.3% of subscribers, up from 79.6% at the end of May.", [2], art) == "unsupported"
    assert status("Hauser said on Oct. 26 that the forecast looked too low.", [3], art) == "supported"


def test_a_share_of_two_levels_the_claim_names_and_a_gap_to_an_index():
    art = dated("Mobile service revenue was 1.63 trillion won, and total revenue 3.71 trillion won.",
                "沪深300指数跑输申万医药生物指数0.93个百分点，后者上涨1.35%。")
    assert status("Mobile service revenue of 1.63 trillion won made up about 44% of the 3.71 trillion won total.", [1],
                  art) == "supported"
    assert status("Mobile service revenue of 1.63 trillion won made up about 54% of the 3.71 trillion won total.", [1],
                  art) == "unsupported"
    assert status("The CSI 300 rose about 0.42%, trailing the pharmaceutical index's 1.35% gain.", [2], art) == "supported"


def test_a_basis_point_unit_joined_to_its_number():
    art = dated("Westpac expects the RBA to raise the cash rate by 25 basis points in February 2027.")
    assert status("Westpac expects a 25-basis-point RBA hike in February 2027.", [1], art) == "supported"
    assert status("Westpac expects a 50-basis-point RBA hike in February 2027.", [1], art) == "unsupported"


def test_airline_capacity_traffic_and_inflation_measures_are_not_one_another():
    art = dated("10月，中国国航可用座公里同比增长8.6%，旅客周转量同比增长11.2%。",
                "Trimmed mean inflation rose to 3.0% while headline inflation reached 3.4%.")
    assert status("Air China's available seat kilometres rose 8.6% year on year in October.", [1], art) == "supported"
    assert status("Air China's revenue passenger kilometres rose 8.6% year on year in October.", [1], art) == "unsupported"
    assert status("Headline inflation reached 3.4%.", [2], art) == "supported"
    assert status("Trimmed mean inflation reached 3.4%.", [2], art) == "unsupported"


def test_a_chinese_storys_own_country_need_not_be_named():
    # A mainland story's national figures are China's without naming it; another country is not.
    art = dated("1-10月，全国一般公共预算收入176,300亿元，同比增长1.4%。其中国有土地使用权出让收入下降9.5%。")
    assert status("China's general public budget revenue rose 1.4% in January-October.", [1], art) == "supported"
    assert status("India's general public budget revenue rose 1.4% in January-October.", [1], art) != "supported"
