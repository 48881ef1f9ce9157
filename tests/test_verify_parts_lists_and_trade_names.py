"""A part's share worked out from its amount, items of a list that leaves its verb out, a division the story
names, the name a company trades as, titles after a name, and the other readings of this session. Each case
sets a correct claim against a wrong one (or guards a correct one). Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- a part's share, worked out from the amounts the paragraph gives ------------------------------------


def test_a_parts_share_of_revenue_named_in_another_sentence():
    art = article("Driven Brands said revenue rose 4.1% to $640.0 million in the second quarter. Take 5 contributed "
                  "$352.0 million, up 12.0%, with segment EBITDA of $130.0 million; the franchise brands segment brought "
                  "in $98.0 million and the car wash business $150.0 million.", title="Driven Brands second quarter")
    assert status("Take 5 accounted for more than half of Driven Brands' second-quarter revenue.", [1], art) == "supported"
    assert status("Take 5 accounted for about two-thirds of Driven Brands' second-quarter revenue.", [1], art) == "unsupported"


def test_a_regions_share_of_a_list_that_adds_up_to_the_whole():
    art = article("By region, North America generated $2.10 billion of Airbnb's revenue, Europe $1.80 billion, Latin America "
                  "$0.50 billion and Asia-Pacific $0.60 billion. Adjusted EBITDA was $2.20 billion, and free cash flow was "
                  "$1.10 billion.", title="Airbnb third quarter")
    assert status("North America generated about two-fifths of Airbnb's revenue.", [1], art) == "supported"
    assert status("North America generated about half of Airbnb's revenue.", [1], art) == "unsupported"


def test_a_chinese_segments_share_read_through_its_words():
    art = dated("分产品看，前三季度公司钒产品实现营收46.00亿元，同比增长12.0%；钛产品营收40.00亿元；电力及其他业务营收14.00亿元。"
                "截至9月末，公司货币资金30.00亿元。", when="2034-10-28 09:00")
    assert status("Vanadium products made up nearly half of the company's revenue in the first nine months.", [1], art) == "supported"
    assert status("Vanadium products made up about three-fifths of the company's revenue in the first nine months.",
                  [1], art) == "unsupported"


# -- lists, divisions and ranges ---------------------------------------------------------------------------


def test_an_item_of_a_list_that_leaves_its_verb_out():
    art = article("ProFrac's third-quarter group revenue fell 6.0% on the year to $500.0 million, of which stimulation services contributed $390.0 "
                  "million, manufacturing $25.0 million and other businesses $85.0 million.", title="ProFrac third quarter")
    assert status("ProFrac's stimulation services brought in $390.0 million in the third quarter.", [1], art) == "supported"
    assert status("ProFrac's manufacturing business brought in $390.0 million in the third quarter.", [1], art) == "unsupported"


def test_a_change_said_with_a_sibling_items_words():
    art = article("Smart Sand said sand sales brought in $70.0 million, while the SmartSystems wellsite storage business contributed $15.0 "
                  "million, up 30.0% on the year, and industrial products $9.0 million.", title="Smart Sand third quarter")
    assert status("Smart Sand's SmartSystems revenue rose 30.0% to $15.0 million.", [1], art) == "supported"
    assert status("Smart Sand's industrial products revenue rose 30.0% on the year to $15.0 million.", [1], art) == "unsupported"


def test_a_division_the_story_names_is_the_companys():
    art = article("Genus reported revenue of £800.0 million for the year to June 30, 2034, up 7.0%.",
                  "PIC, the porcine business, lifted revenue 11.0% to £520.0 million. Sales of its gene-edited pigs reached "
                  "£40.0 million, against £10.0 million a year earlier.", title="Genus full-year results")
    assert status("Sales of Genus's gene-edited pigs quadrupled to £40.0 million from £10.0 million a year earlier.",
                  [2], art) == "supported"
    assert status("Sales of Genus's gene-edited pigs quadrupled to £40.0 million from £12.0 million a year earlier.",
                  [2], art) == "unsupported"


def test_both_ends_of_a_range_are_of_one_metric():
    art = article("She guided fiscal 2035 revenue of $1.05 billion to $1.09 billion and growth in new starts of 8% to 10%.",
                  title="Universal Technical Institute results")
    assert status("The company guided fiscal 2035 revenue of $1.05 billion to $1.09 billion.", [1], art) == "supported"
    assert status("The company guided fiscal 2035 revenue of $1.05 billion to $1.09 billion, with new starts up 8% to 10%.",
                  [1], art) == "supported"


def test_the_years_total_dividend_after_a_final_one():
    art = article("Genus's board proposed a final dividend of 25.0p, taking the total for the year to 36.0p, up 6.0%.",
                  title="Genus full-year results")
    assert status("Genus's total dividend for the year rises 6.0% to 36.0p.", [1], art) == "supported"
    assert status("Genus's final dividend rises 6.0% to 36.0p.", [1], art) == "unsupported"


def test_a_margin_of_sales_is_a_margin():
    art = article("Trex's adjusted EBITDA rose 10.0% to $150.0 million, a margin of 34.5% of sales.", title="Trex second quarter")
    assert status("Trex's adjusted EBITDA rose 10.0% to $150.0 million, a margin of 34.5%.", [1], art) == "supported"


# -- names ----------------------------------------------------------------------------------------------


def test_the_name_a_company_trades_as():
    art = article("Lincoln Educational Services, which trades as Lincoln Tech, said third-quarter revenue rose 16.0% to $135.0 "
                  "million.", title="Lincoln Tech third quarter")
    assert status("Lincoln Tech's third-quarter revenue rose 16.0% to $135.0 million.", [1], art) == "supported"
    assert status("Lincoln Tech's third-quarter revenue rose 18.0% to $135.0 million.", [1], art) == "unsupported"


def test_a_titled_speaker_is_no_subject():
    art = article("PriceSmart reported its results on Thursday. Amias Jones, executive vice-president for merchandising, said private-label products made up 29.0% of "
                  "sales in the fiscal third quarter, against 27.0% a year earlier.", title="PriceSmart results")
    assert status("Private-label products accounted for 29.0% of PriceSmart's sales in the fiscal third quarter, up from "
                  "27.0% a year earlier.", [1], art) == "supported"


def test_a_speaker_who_was_cautious_saying():
    art = article("Annabel Rowley of Portzamparc raised her target for Rexel to €34 from €31. Clarissa Moss of AlphaValue was more "
                  "cautious, saying subsidies would fade; she expects 2034 net income of €650 million and cut her target "
                  "to €30 from €32.", title="Rexel half-year results")
    assert status("Clarissa Moss of AlphaValue cut her Rexel target to €30 from €32.", [1], art) == "supported"
    assert status("Annabel Rowley of Portzamparc cut her Rexel target to €30 from €32.", [1], art) == "unsupported"


def test_an_analysts_firm_is_not_the_forecasts_subject():
    art = dated("聚鸣投资基金经理盖北溟预计，回天新材明年归母净利润为5.5亿元。", when="2034-08-28 09:00")
    assert status("Ge Beiming of Juming Investment forecasts Huitian's 2035 attributable profit at 550 million yuan.",
                  [1], art) == "supported"


def test_a_buyback_is_no_company_named_shares():
    art = dated("董事会秘书表示，截至6月30日，狄耐克已累计回购股份286万股，耗资4,980万元，主要因支付厂房工程款及实施股份回购。",
                when="2034-08-20 09:00")
    assert status("By June 30, Dnake had bought back 2.86 million shares for 49.8 million yuan.", [1], art) == "supported"


# -- when ------------------------------------------------------------------------------------------------


def test_the_quarter_a_paragraph_leaves_unnamed_is_the_storys():
    art = article("Trex said net sales for the second quarter to June 30 rose 7.8% to $430.0 million.",
                  "Railing sales grew 17.0% to $69.0 million, and quarterly sales of decking boards rose 7.0%.",
                  title="Trex results")
    assert status("Railing sales at Trex grew 17.0% to $69.0 million in the second quarter.", [2], art) == "supported"


def test_this_fall_is_the_datelines_year():
    art = dated("Enrolment in certificate programmes rose 9.0% from a year earlier to 1.25 million this fall, up from fall 2033.",
                when="2034-11-10 09:00")
    assert status("Fall 2034 enrolment in certificate programmes rose 9.0% from a year earlier.", [1], art) == "supported"


def test_a_quarter_of_is_a_fraction_not_a_rate():
    art = dated("期内电动吻合器收入2,900万元；海外收入4,200万元，佔總收入的26.0%。", when="2034-08-26 09:00")
    assert status("Overseas revenue of 42 million yuan made up about a quarter of the company's revenue.",
                  [1], art) == "supported"


def test_a_division_named_before_keeps_no_company_level_figure():
    art = article("Universal Technical Institute said fourth-quarter revenue rose 14.0% to $250.0 million.",
                  "The company's skilled-trades division, which trains technicians, generated $170.0 million of revenue, "
                  "up 12.0%, while its Concorde division, which runs healthcare programmes, contributed $80.0 million, up "
                  "18.0%. Cash and cash equivalents stood at $190.0 million at September 30, up from $175.0 million at June 30.",
                  title="UTI results")
    assert status("Universal Technical Institute's cash rose to $190.0 million at September 30 from $175.0 million.",
                  [2], art) == "supported"


def test_an_officer_reports_the_companys_own_call():
    art = article("Chief financial officer Dulcie Hart said cash stood at $14.0 million. She said Smart Sand now expects 2034 "
                  "capital spending of $18 million to $20 million, down from $25.0 million in 2033.", title="Smart Sand results")
    assert status("Smart Sand expects 2034 capital spending of $18 million to $20 million.", [1], art) == "supported"


# -- words of the claim that are no item's ------------------------------------------------------------------


def test_a_speakers_department_after_the_claim_is_no_item():
    art = dated("省生态环境厅大气环境处处长表示，全省剩余16家钢铁企业须在明年6月底前完成超低排放改造。", when="2034-08-20 09:00")
    assert status("Hebei's remaining 16 steel makers must finish their retrofits by the end of June 2035, said the head of "
                  "the air division of the Provincial Department of Ecology.", [1], art) != "unsupported"


def test_two_changes_in_points_share_their_unit():
    art = dated("頎邦COF封裝產能利用率約82%，金凸塊產能利用率約76%，分別較第二季提高5個及3個百分點。", when="2034-10-12 09:00")
    assert status("Utilisation of Chipbond's COF capacity rose 5 percentage points from the second quarter to about 82%.",
                  [1], art) == "supported"
    assert status("Utilisation of Chipbond's COF capacity rose 7 percentage points from the second quarter to about 82%.",
                  [1], art) == "unsupported"


# -- who says it and whose gauge --------------------------------------------------------------------------


def test_the_speaker_of_next_years_quarter_not_this_years():
    art = dated("蓝思科技董事长宓澹禾表示，公司计划于明年第三季在越南北宁新建一座车载玻璃盖板工厂。总经理芮樾钧则表示，预计第三季营收同比增长"
                "不少于12%。", when="2034-08-28 20:00")
    assert status("Lens chairman Mi Danhe said the company plans to build a plant in Bac Ninh, Vietnam, in the third quarter of "
                  "2035.", [1], art) == "supported"
    assert status("Lens general manager Rui Yuejun said the company plans to build a plant in Bac Ninh, Vietnam, in the third "
                  "quarter of 2035.", [1], art) == "unsupported"


def test_a_speaker_at_a_long_named_meeting():
    art = dated("山河药辅董事长阚启禾在10月28日（周六）举行的投资者交流会上表示，淮南纤维素项目预计明年第三季度投产。总经理逯稷良介绍，"
                "他预计今年第四季度价格环比基本持平。", when="2034-10-30 09:00")
    assert status("General manager Lu Jiliang said the Huainan cellulose project should start production in the third quarter "
                  "of 2035.", [1], art) == "unsupported"


def test_who_raised_the_guidance():
    art = article("Chief executive Rita Pine said the water business grew 11% organically, while chief financial officer Noah "
                  "Lemon raised the 2034 adjusted EPS growth guidance to 14% to 16%.", title="Stantec third quarter")
    assert status("Stantec CFO Noah Lemon raised the 2034 adjusted EPS growth guidance to 14%-16%.", [1], art) == "supported"
    assert status("Stantec chief executive Rita Pine raised the 2034 adjusted EPS growth guidance to 14%-16%.",
                  [1], art) == "unsupported"


def test_a_sector_of_an_index_is_not_the_index():
    art = article("BJ's shares rose 6.2% on Thursday. The S&P 500 rose 0.4%, while the S&P 500 consumer staples sector "
                  "gained 0.9%.", title="Warehouse clubs")
    assert status("The S&P 500 rose 0.4% on Thursday.", [1], art) == "supported"
    assert status("The S&P 500 rose 0.9% on Thursday.", [1], art) == "unsupported"


def test_a_sector_gauge_opening_a_claim():
    art = dated("上周五（10月27日）A股涨跌不一。当日通信设备指数上涨2.13%，深证成指上涨0.86%，上证指数上涨0.41%。", when="2034-10-29 09:00")
    assert status("The communications equipment index rose 2.13% on October 27.", [1], art) == "supported"
    assert status("The communications equipment index rose 0.86% on October 27.", [1], art) == "unsupported"
