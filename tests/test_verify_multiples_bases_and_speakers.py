"""Multiples worked out from two named levels, points a compared level is of, who speaks through a pronoun,
a year's figure told as a half's, and the other readings of this session. Each case sets a correct claim
against a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- multiples and rates a reader works out ----------------------------------------------------------------


def test_a_multiple_of_two_levels_the_claim_names():
    art = dated("恒瑞医药前三季度实现营业收入205.10亿元，归属于上市公司股东的净利润52.40亿元。",
                "二级市场上，恒瑞医药总市值约3,144.0亿元。", when="2034-10-30 09:00")
    assert status("Hengrui's market value was about 60 times its attributable profit for the first nine months.",
                  [1, 2], art) == "supported"
    assert status("Hengrui's market value was about 15 times its revenue for the first nine months.", [1, 2], art) == "supported"
    assert status("Hengrui's market value was about 70 times its attributable profit for the first nine months.",
                  [1, 2], art) == "unsupported"
    assert status("Hengrui's market value was about 60 times its revenue for the first nine months.", [1, 2], art) == "unsupported"


def test_a_rise_told_as_a_multiple_of_the_quarter_before():
    art = dated("上半年公司归母净利润5,600万元；其中二季度归母净利润4,100万元，环比增长155.0%。", when="2034-08-25 09:00")
    assert status("Second-quarter net profit of 41 million yuan was about 2.6 times the first quarter's.", [1], art) == "supported"
    assert status("Second-quarter net profit of 41 million yuan was about 3.6 times the first quarter's.", [1], art) == "unsupported"


def test_a_rate_per_ten_thousand_people():
    art = dated("协会负责人表示，截至去年底全国执业药师约78.2万人，每万人口约5.5人。", when="2034-06-12 09:00")
    assert status("China had about 5.5 licensed pharmacists per 10,000 people at the end of 2033.", [1], art) == "supported"
    assert status("China had about 5.5 licensed pharmacists per 1,000 people at the end of 2033.", [1], art) == "unsupported"


# -- when a figure is of ---------------------------------------------------------------------------------


def test_a_compared_level_of_another_month_is_no_year_earlier():
    art = article("Chief financial officer Jane Doe said net debt was £286 million at June 30, down from £341 million at "
                  "December 31, 2033, and that the pension surplus stood at £61 million.", title="Marshalls half-year results")
    assert status("Net debt of £286 million at June 30 was down from £341 million at the end of 2033.", [1], art) == "supported"
    assert status("Net debt of £286 million at June 30 was down from £341 million a year earlier.", [1], art) == "unsupported"


def test_a_figure_of_the_half_is_not_the_full_years():
    art = article("Ibstock finance director John Roe said capital expenditure was £22 million in the half; he expects about "
                  "£50 million of capital spending for the full year.", title="Ibstock half-year results")
    assert status("Ibstock expects about £50 million of capital spending for the full year.", [1], art) == "supported"
    assert status("Ibstock expects to spend about £22 million on capital projects in the full year.", [1], art) == "unsupported"


def test_a_years_figure_told_as_a_halfs():
    art = dated("协会副会长表示，预计今年全国透析治疗总量将达1.42亿人次，同比增长9%左右。", when="2034-07-20 09:00")
    assert status("The association expects about 142 million dialysis sessions in 2034.", [1], art) == "supported"
    assert status("The association expects about 142 million dialysis sessions in the first half of 2034.", [1], art) == "unsupported"


def test_a_months_figure_told_as_the_halfs_where_both_are_given():
    art = article("Sales through the merchants rose 3.1% in value in the first half of 2034 from a year earlier. June sales "
                  "rose 1.4% on the year but fell 2.2% from May.", title="Merchant index, first half")
    assert status("Sales through the merchants rose 3.1% in the first half of 2034.", [1], art) == "supported"
    assert status("Sales through the merchants rose 1.4% in the first half of 2034.", [1], art) == "unsupported"


def test_a_month_end_date_is_that_months_end():
    art = article("President Ann Lee said new fundings were $0.92 billion, which cut net leverage to 1.04 times from 1.12 "
                  "times at the end of June.", title="Golub Capital third quarter")
    assert status("Net leverage fell to 1.04 times from 1.12 times at June 30.", [1], art) == "supported"
    assert status("Net leverage fell to 1.04 times from 1.12 times at March 31.", [1], art) == "unsupported"


# -- whose and which ---------------------------------------------------------------------------------------


def test_a_pronoun_speaks_for_the_person_just_named():
    art = article("银华基金研究员甲乙丙预计公司明年净利润为8.1亿元；广发基金基金经理丁戊己则相对谨慎，他预计明年行业价格可能下降约30%。")
    assert status("Ding Wuji expects prices to fall about 30% next year.", [1], art) == "supported"
    assert status("Jia Yibing expects prices to fall about 30% next year.", [1], art) == "unsupported"


def test_a_respectively_list_with_english_glosses():
    art = article("进口品牌中，雅培（Abbott）及波士顿科学（Boston Scientific）分别占14.2%及9.6%。")
    assert status("Abbott held 14.2% of the market.", [1], art) == "supported"
    assert status("Boston Scientific held 14.2% of the market.", [1], art) == "unsupported"


def test_units_sold_are_no_revenue():
    art = article("上半年公司在国内销售人工关节4,820套，同比增长17.5%；国内收入3.10亿元，同比增长9.2%。")
    assert status("The company's domestic revenue rose 9.2% in the first half.", [1], art) == "supported"
    assert status("The company's domestic revenue rose 17.5% in the first half.", [1], art) == "unsupported"


def test_a_named_part_before_an_appositive():
    art = article("By segment, Distribution took £820 million of revenue, Retailing, the DIY chain in Ireland, £130 million, "
                  "and Manufacturing £75 million.", title="Grafton half-year results")
    assert status("Retailing brought in £130 million and Manufacturing £75 million.", [1], art) == "supported"
    assert status("Retailing brought in £75 million and Manufacturing £130 million.", [1], art) == "unsupported"


def test_a_tenths_fraction_against_a_share():
    art = article("分业务看，国内瓣膜系统收入3.10亿元，占总收入的79.5%。")
    assert status("Domestic valve systems brought in 310 million yuan, about four-fifths of revenue.", [1], art) == "supported"
    assert status("Domestic valve systems brought in 310 million yuan, about nine-tenths of revenue.", [1], art) == "unsupported"


def test_two_titles_each_of_the_claim_are_the_persons():
    art = article("President and chief operating officer Carla Mendes said plantings would reach 900 hectares.")
    assert status("President and COO Carla Mendes said plantings would reach 900 hectares.", [1], art) == "supported"
    assert status("President and CFO Carla Mendes said plantings would reach 900 hectares.", [1], art) == "unsupported"


def test_a_third_quarter_report_names_the_quarter():
    art = article("新兴铸管上周五晚间披露三季报，前三季度公司实现营业收入296.4亿元。")
    assert status("Xinxing Ductile Iron Pipes released its third-quarter report on Friday evening.", [1], art) == "supported"
    assert status("Xinxing Ductile Iron Pipes released its first-quarter report on Friday evening.", [1], art) == "unsupported"


# -- shares spelt as fractions, worked out or written long ---------------------------------------------------


def test_a_fraction_worked_out_from_amounts_of_two_cited_paragraphs():
    art = article("前三季度公司实现营业收入420.0亿元，归属于上市公司股东的净利润9.10亿元。",
                  "分业务看，前三季度铝箔业务收入231.0亿元，铝板带业务收入118.0亿元，其他业务收入71.0亿元。")
    assert status("Aluminium foil brought in a little over half of the company's revenue in the first nine months.",
                  [1, 2], art) == "supported"
    assert status("Aluminium foil brought in about two-thirds of the company's revenue in the first nine months.",
                  [1, 2], art) == "unsupported"


def test_a_share_written_as_the_share_of_something_lifted_to():
    art = article("By channel, Oatly's US retail revenue rose 2.0% to US$40.1 million. International retail grew 9.5% to "
                  "US$21.3 million, lifting the share of revenue earned outside the US to 34.7% from about 31% a year "
                  "earlier.", title="Oatly third quarter")
    assert status("About a third of Oatly's revenue came from outside the US.", [1], art) == "supported"
    assert status("About half of Oatly's revenue came from outside the US.", [1], art) == "unsupported"


# -- what a figure is of, in a few more words ---------------------------------------------------------------


def test_a_fee_per_visit_is_per_patient_turn():
    art = article("上半年集团放疗治疗人次达15.2万，同比增长11.0%，每人次平均费用约6,940元，同比下降2.1%。")
    assert status("The group charged an average of about 6,940 yuan per radiotherapy visit in the first half.", [1], art) == "supported"
    assert status("The group charged an average of about 6,940 yuan per tonne in the first half.", [1], art) == "unsupported"


def test_an_ebit_margin_in_chinese():
    art = article("医科达公布第一季度业绩：净销售额38.2亿瑞典克朗；息税前利润率8.6%，上年同期为7.9%。")
    assert status("Elekta's EBIT margin widened to 8.6% from 7.9% a year earlier.", [1], art) == "supported"
    assert status("Elekta's EBIT margin widened to 7.9% from 8.6% a year earlier.", [1], art) == "unsupported"


def test_a_full_year_forecast_does_not_make_the_quarter_a_year():
    art = article("Coloplast raised its full-year growth forecast on Thursday after organic revenue growth of 6.9% in its "
                  "fiscal third quarter, the three months to June 30, 2034.", title="Coloplast third quarter")
    assert status("Coloplast's organic growth was 6.9% in its fiscal third quarter to June 30, 2034.", [1], art) == "supported"
    assert status("Coloplast's organic growth was 6.9% for the full year.", [1], art) == "unsupported"
