"""Who a figure belongs to and what it counts, where the reader used to guess wrong: a metric's
qualifier read as a subject (表观消费量), a Chinese change joined to the next clause's level, "shareholders'"
as a name, a count the claim names itself ('23.7 million orders'), 'earnings of NT$3.12 a share', a move
spelt 'raising … by a fifth', a share spelt 'almost a third of', a part worked out as a share of a level,
a name opened by a letter and a digit ('B2 Impact ASA'), a sentence about 公司 after a product's figures,
a segment the text calls one ('within Climate Solutions'), gapped names with 'about', a list whose second
name is the first one's unit, short forms split across two words (工行 in 化工行业), an analyst of a lower-case
firm, 'the company' after a place, a base after 'up on', a move noun's own item, gaming stakes, a region's
market, a company's figure in a region its clause names, a share of the parts a sentence lists, a company
that 'wrote' business, and a 分别 list that ends before the next name. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from datetime import datetime

from citebrief.article import Article
from tests.support.verify import article, status

_STYRENE = article("据行业协会统计，2030年前三季度全国苯乙烯产量为1,310万吨，同比增长5.5%；表观消费量为1,120万吨，同比增长4.2%；"
                   "进口量降至85万吨，同比下降18.6%，出口量则增至64万吨，同比增长35.1%。", title="苯乙烯供需")


def test_apparent_consumption_is_a_measure_not_a_subject():
    assert status("China's styrene imports fell 18.6% to 850,000 tonnes in the first nine months.", [1], _STYRENE) == "supported"
    assert status("China's apparent styrene consumption rose 4.2% to 11.2 million tonnes in the first nine months.", [1],
                  _STYRENE) == "supported"


def test_a_chinese_change_is_not_joined_to_the_next_clauses_level():
    assert status("China's styrene exports rose 35.1% to 640,000 tonnes in the first nine months.", [1], _STYRENE) == "supported"
    assert status("China's styrene imports fell 35.1% to 850,000 tonnes in the first nine months.", [1], _STYRENE) == "unsupported"


def test_shareholders_net_income_is_the_companys():
    art = article("Humana said on Wednesday that third-quarter revenue rose 8.2% to $28.1 billion. Shareholders' net income "
                  "was $2.35 billion, or $4.10 a diluted share, compared with $1.96 billion a year earlier.", title="Humana")
    assert status("Humana's shareholders' net income rose to $2.35 billion from $1.96 billion.", [1], art) == "supported"


def test_a_count_the_claim_names_itself_is_no_other_measure():
    art = article("前三季度城市即时配送完成订单4,160万单，同比增长62%；配送骑手人数为18.2万人。", title="即时配送")
    assert status("Instant deliveries in the city reached 41.6 million orders in the first nine months, up 62%.", [1], art) \
        == "supported"


def test_earnings_of_a_sum_a_share_are_earnings_per_share():
    art = article("公司第三季稅後純益5.46億元，季增8.1%，每股純益3.12元。", title="第三季財報")
    assert status("Third-quarter net profit was NT$546 million, and earnings were NT$3.12 a share.", [1], art) == "supported"


def test_raising_by_a_fifth_is_a_rise_of_20_percent():
    art = article("The new kiln, which cost €80 million, will start in March, raising output at the plant by a fifth.",
                  title="Kiln")
    assert status("The new kiln will increase output at the plant by 20%.", [1], art) == "supported"
    assert status("The new kiln will cut output at the plant by 20%.", [1], art) == "unsupported"


def test_a_part_worked_out_as_a_share_of_a_level():
    art = article("Paid members reached 9.4 million at the end of June, up 18% on the year. The premium tier now accounts "
                  "for 22% of paid members.", title="Members")
    assert status("About 2.1 million of the paid members were on the premium tier.", [1], art) == "supported"
    assert status("About 3.1 million of the paid members were on the premium tier.", [1], art) == "unsupported"


def test_a_name_opened_by_a_letter_and_a_digit():
    art = article("B2 Impact ASA reported that cash collections rose 6.2% to NOK 1.52 billion in the second quarter, while "
                  "Axactor's fell 3.1% to NOK 0.71 billion.", title="Debt purchasers")
    assert status("B2 Impact's cash collections rose 6.2% to NOK 1.52 billion in the second quarter.", [1], art) == "supported"
    assert status("Axactor's cash collections rose 6.2% to NOK 1.52 billion in the second quarter.", [1], art) == "unsupported"


def test_a_sentence_about_the_company_does_not_carry_the_product_before():
    art = article("振华股份前三季度铬盐销量20.3万吨，同比增长6.4%。第三季度铬酸酐均价为每吨2.41万元，同比上涨5.2%。"
                  "目前公司铬盐年产能为32万吨。", title="铬盐")
    assert status("Zhenhua Chemical has an annual chromium-salt capacity of 320,000 tonnes.", [1], art) == "supported"


def test_a_purchase_is_no_name():
    art = article("太钢不锈前三季度不锈钢产量315万吨，同比增长3.8%；高碳铬铁采购均价为每吨9,120元，同比上涨2.6%。", title="太钢不锈")
    assert status("Taigang Stainless paid an average of 9,120 yuan a tonne for high-carbon ferrochrome.", [1], art) \
        == "supported"


_NIBE = article("NIBE said on Thursday that Climate Solutions sales rose 3.1% to SEK 29.4 billion in the nine months, while "
                "Element fell 2.2% to SEK 4.6 billion. Heat pump sales within Climate Solutions grew 12.5% to SEK 9.8 billion, "
                "almost a third of group revenue.", title="NIBE")


def test_a_segment_the_text_calls_one_is_the_companys():
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion in the nine months.", [1], _NIBE) == "supported"


def test_a_share_spelt_as_a_fraction():
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion, almost 33% of group revenue.", [1], _NIBE) \
        == "supported"
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion, almost 45% of group revenue.", [1], _NIBE) \
        == "unsupported"


def test_gapped_names_with_about():
    art = article("按网约车订单量计，Grab、Gojek及TADA今年上半年在东南亚的市场份额分别约为62%、24%及5%。", title="东南亚网约车")
    assert status("By orders, Grab held about 62% of the market in the first half, Gojek about 24% and TADA about 5%.", [1],
                  art) == "supported"
    assert status("By orders, Grab held about 62% of the market in the first half, TADA about 24% and Gojek about 5%.", [1],
                  art) == "unsupported"


def test_a_list_whose_second_name_is_the_firsts_unit():
    art = article("按营收计，百望云、税友股份旗下亿企赢及票易通2030年在电子发票服务市场的份额分别为9.4%、8.1%和4.9%。",
                  title="电子发票")
    assert status("Baiwang, Servyou's Yiqiying and Xforceplus held 9.4%, 8.1% and 4.9% of the e-invoice services market "
                  "respectively.", [1], art) == "supported"


# -- names and heads read where they stand ----------------------------------------------------------------


def test_a_short_form_split_across_two_words_is_no_name():
    art = article("按行业划分，森松国际上半年医药及生物行业收入16.95亿元；化工行业收入9.84亿元，同比下降4.7%；"
                  "新能源及其他行业收入7.36亿元，同比增长9.2%。", title="森松国际")
    assert status("Morimatsu's revenue from chemical-industry customers fell 4.7% to 984 million yuan in the first half.", [1],
                  art) == "supported"
    assert status("Morimatsu's chemical-industry revenue was 736 million yuan in the first half and its new-energy and other "
                  "revenue 984 million yuan.", [1], art) == "unsupported"


def test_new_orders_open_no_name():
    art = article("森松国际上半年新签订单59.7亿元，同比增长21.2%，截至6月底在手订单为118.5亿元，较去年底增长9.8%。", title="订单")
    assert status("Morimatsu's order backlog stood at 11.85 billion yuan at the end of June, 9.8% higher than at the end of "
                  "last year.", [1], art) == "supported"


def test_an_index_and_a_level_that_number_a_name():
    art = article("北方股份10月30日下跌3.47%，收报24.18元，北证50指数当日上涨1.86%。", title="北方股份")
    assert status("North Hauler shares fell 3.47% to 24.18 yuan on October 30, while the BSE 50 index rose 1.86%.", [1], art) \
        == "supported"
    cars = article("今年上半年国内乘用车销量为1,326万辆，同比增长3.1%；其中搭载L2级及以上辅助驾驶功能的新车为917万辆，渗透率为69.2%。",
                   title="辅助驾驶")
    assert status("China's passenger car sales rose 3.1% to 13.26 million in the first half, and 9.17 million of the new cars "
                  "had Level 2 or higher driver assistance.", [1], cars) == "supported"


def test_an_acronym_names_the_company_it_opens():
    art = article("Iona Calderbank of Whitman Howard said ITM's guidance implied revenue growth of 24% to 38% this year and "
                  "set a target of 130 pence.", title="ITM Power")
    assert status("Whitman Howard's Iona Calderbank set a 130 pence target for ITM Power.", [1], art) != "unsupported"


def test_an_analyst_of_a_lower_case_firm_is_the_caller():
    art = article("Kjersti Bratteli, an analyst at Norne Securities, raised her target for Nel to NOK 9.00 from NOK 7.50. "
                  "Eirik Fossheim of mwb research kept a hold rating on nucera with a target of €15.50.", title="Targets")
    assert status("Norne Securities' Kjersti Bratteli raised her target for Nel to NOK 9.00 from NOK 7.50.", [1], art) \
        == "supported"
    assert status("Eirik Fossheim of mwb research raised his target for Nel to NOK 9.00 from NOK 7.50.", [1], art) \
        == "unsupported"


def test_a_forecast_is_of_the_company_it_names():
    art = article("Zhou Ming, an analyst at CICC, expects Tonly to earn 785 million yuan in 2045, while Sany's profit is "
                  "forecast at 6.2 billion yuan.", title="Mining trucks")
    assert status("CICC analyst Zhou Ming expects Tonly to earn 785 million yuan in 2045.", [1], art) == "supported"
    assert status("CICC analyst Zhou Ming expects Sany to earn 785 million yuan in 2045.", [1], art) == "unsupported"


def test_the_company_is_no_place_named_before_it():
    art = article("DFDS chief executive Lasse Vejlgaard said two ro-pax vessels ordered for the Dover Strait would enter service in "
                  "2048, and the company raised its full-year EBITDA guidance to DKK 5.6-5.9 billion from DKK 5.3-5.7 billion.",
                  title="DFDS")
    assert status("DFDS raised its full-year EBITDA guidance to DKK 5.6-5.9 billion from DKK 5.3-5.7 billion.", [1], art) \
        == "supported"


# -- periods, items and scopes ----------------------------------------------------------------------------


def test_up_on_a_date_is_the_base_not_the_period():
    art = article("Nucera's chief financial officer Almut Kerkhoff said the order backlog stood at €2.84 billion at the end of June, "
                  "6% higher than at the end of March.", title="nucera")
    assert status("Nucera's order backlog was €2.84 billion at the end of June, 6% up on the end of March.", [1], art) \
        == "supported"


def test_a_move_noun_names_its_own_item():
    art = article("Western Australia's mining sales fell 3.8% to A$247.3 billion in fiscal 2045, as lower iron ore prices "
                  "offset a 21.4% rise in gold sales to A$38.6 billion.", title="WA mining")
    assert status("Gold sales in Western Australia rose 21.4% to A$38.6 billion in fiscal 2045.", [1], art) == "supported"
    assert status("Western Australia's iron ore sales rose 21.4% in fiscal 2045.", [1], art) == "unsupported"


def test_this_years_budget_compared_is_this_years():
    art = Article(title="資安預算", source="中央社", published_at=datetime(2046, 11, 20, 10, 0), language="zh-Hant",
                  paragraphs=["資安署署長褚湘昕指出，2047年度中央政府資安預算編列96.3億元，較今年度的84.5億元增加14.0%。"])
    assert status("The central government's 2047 cybersecurity budget is NT$9.63 billion, 14.0% more than the NT$8.45 "
                  "billion for 2046.", [1], art) == "supported"


def test_stakes_are_not_revenue():
    art = article("Chief executive Hugues Montbrison said stakes on FDJ's lottery games rose 6.4% to €10.6 billion in the "
                  "first half.", title="FDJ United")
    assert status("Stakes on FDJ's lottery games rose 6.4% to €10.6 billion in the first half.", [1], art) == "supported"
    assert status("FDJ's lottery revenue rose 6.4% to €10.6 billion in the first half.", [1], art) == "unsupported"


def test_a_regions_market_is_not_the_worlds():
    art = article("The EU market for animal medicines grew 5.2% to EUR 7.84 billion in 2045, with companion animals "
                  "accounting for 49%.", title="Animal health")
    assert status("Companion animals accounted for 49% of the EU animal medicines market in 2045.", [1], art) == "supported"
    assert status("Companion animals accounted for 49% of the global animal medicines market in 2045.", [1], art) \
        == "unsupported"


_REGIONS = article("By region, Europe contributed EUR 331.0 million, up 6.1%, North America EUR 148.7 million, up 14.9%, and "
                   "Asia-Pacific EUR 200.5 million, up 7.7%, of Virbac's first-half revenue.", title="Virbac")


def test_a_companys_figure_in_a_region_it_names():
    assert status("Virbac's North American revenue grew 14.9% to EUR 148.7 million in the first half.", [1], _REGIONS) \
        == "supported"
    assert status("Virbac's European revenue grew 14.9% to EUR 148.7 million in the first half.", [1], _REGIONS) \
        == "unsupported"
    assert status("Europe contributed EUR 148.7 million of Virbac's first-half revenue and North America EUR 331.0 million.",
                  [1], _REGIONS) == "unsupported"


def test_a_unit_named_in_its_figures_sentence():
    art = article("Legal & General said its Institutional Retirement business wrote £7.82 billion of pension risk transfer "
                  "premiums in the first half. Operating profit from Institutional Retirement grew 11.8% to £702 million.",
                  title="L&G")
    assert status("Legal & General's Institutional Retirement business wrote £7.82 billion of pension risk transfer premiums "
                  "in the first half.", [1], art) == "supported"


def test_a_share_of_the_parts_listed_together():
    art = article("DFDS's passenger revenue rose 12.6% to DKK 2.94 billion in the quarter, ferry freight revenue edged up 2.4% "
                  "to DKK 3.87 billion and logistics revenue grew 4.9% to DKK 1.31 billion.", title="DFDS")
    assert status("DFDS's passenger revenue rose 12.6% to DKK 2.94 billion, about 36% of group revenue.", [1], art) \
        != "unsupported"
    assert status("DFDS's passenger revenue rose 12.6% to DKK 2.94 billion, about 46% of group revenue.", [1], art) \
        == "unsupported"


def test_a_move_told_without_its_figure_is_not_said_to_go_the_other_way():
    from citebrief.verify import check_claim

    art = article("The new kiln, which cost €80 million, will start in March, raising output at the plant by a fifth.",
                  title="Kiln")
    check = check_claim("The new kiln will cut output at the plant by 20%.", [1], art)
    assert check.status == "unsupported"
    assert check.problems == ["'cut 20%' not in [1]: there the figure is not said to move that way"]


def test_a_company_that_wrote_business_is_no_writer():
    art = article("Among the unlisted insurers, Rothesay wrote £5.64 billion of buy-ins in the first half. Pension Insurance "
                  "Corporation completed £4.27 billion of transactions.", title="Bulk annuities")
    assert status("Rothesay wrote £5.64 billion of buy-ins in the first half and Pension Insurance Corporation £4.27 "
                  "billion.", [1], art) == "supported"
    assert status("Rothesay wrote £4.27 billion of buy-ins in the first half and Pension Insurance Corporation £5.64 "
                  "billion.", [1], art) == "unsupported"


def test_a_respectively_list_ends_before_a_name_after_its_figures():
    art = article("目前吉鑫科技、通裕重工的应收账款周转天数分别为142天和167天，明显高于日月股份的96天。", title="铸件")
    assert status("Jixin Technology's receivables turnover was 142 days and Tongyu Heavy Industry's 167 days.", [1], art) \
        == "supported"
    assert status("Jixin Technology's receivables turnover was 167 days and Tongyu Heavy Industry's 142 days.", [1], art) \
        == "unsupported"


def test_who_says_what_is_due_in_a_year():
    art = article("Managing director Owain Struthers said underground work would make up about a third of Macmahon's revenue "
                  "by fiscal 2047. Chief financial officer Siwan Lovegrove said net debt fell to A$96 million.",
                  title="Macmahon")
    assert status("Struthers said underground work would make up about a third of Macmahon's revenue by fiscal 2047.", [1],
                  art) == "supported"
    assert status("Chief financial officer Siwan Lovegrove said underground work would make up about a third of "
                  "Macmahon's revenue by fiscal 2047.", [1], art) == "unsupported"
