"""Years and months a change is compared with, a year-end level's change, quarters still to come, a
month told as its year, stakes, per-bird and per-cubic-metre prices, names that open no subject, and
a place that opens no company's name unless written in pinyin. Each case sets a correct claim against
a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_more_than_in_a_year_compares_with_that_year():
    art = article("2026年全年，圣农发展累计销售鸡肉产品142.6万吨，较上年增长6.9%。", title="禽业")
    assert status("Sunner sold 1.426 million tonnes of chicken in 2026, 6.9% more than in 2025.", [1], art) == "supported"
    assert status("Sunner sold 1.426 million tonnes of chicken in 2026, 9.6% more than in 2025.", [1], art) == "unsupported"


def test_a_month_after_on_is_what_a_change_is_on():
    art = article("The benchmark grade averaged Rs 176 a kg in December, down 4.8% from a year earlier "
                  "though 1.9% higher than in November.", title="Rubber prices")
    assert status("The benchmark grade averaged Rs 176 a kg in December, down 4.8% on year and up 1.9% on November.",
                  [1], art) == "supported"
    assert status("The benchmark grade averaged Rs 176 a kg in November, down 4.8% on year.", [1], art) == "unsupported"


def test_million_quarterly_holds_no_quarter_on_quarter_base():
    art = article("Revenue fell 5.2% on year to RM488.1 million, while construction contributed RM301.7 million.",
                  title="Contractor results")
    assert status("Construction made up RM301.7 million of the RM488.1 million quarterly revenue, which fell 5.2% on year.",
                  [1], art) == "supported"
    assert status("Revenue fell 5.2% on quarter to RM488.1 million.", [1], art) == "unsupported"


def test_a_year_end_levels_change_since_the_last_year_end_is_its_change_on_the_year():
    art = article("财务总监介绍，2026年末公司资产负债率为21.4%，较上年末下降1.7个百分点，较9月末下降0.6个百分点。", title="碳纤维")
    assert status("The debt-to-asset ratio was 21.4% at the end of 2026, 1.7 percentage points lower than a year earlier.",
                  [1], art) == "supported"
    assert status("The debt-to-asset ratio was 21.4% at the end of 2026, 1.7 percentage points lower than at the end of "
                  "September.", [1], art) == "unsupported"


def test_a_yearly_capacity_written_with_both_levels_is_a_rate():
    art = article("公司计划新增年屠宰能力1.1亿羽，年屠宰能力将由6.9亿羽增至8.0亿羽。", title="禽业")
    assert status("Annual slaughter capacity will rise from 690 million to 800 million birds.", [1], art) == "supported"
    assert status("Slaughter capacity will rise to 800 million birds a month.", [1], art) == "unsupported"


def test_a_price_per_bird_is_not_per_kilogram_and_per_cubic_metre_is_not_per_tonne():
    art = article("12月商品代鸡苗均价为3.41元/只，毛鸡出栏均价为7.48元/公斤。", title="禽业")
    assert status("Broiler chicks averaged 3.41 yuan per bird in December.", [1], art) == "supported"
    assert status("Live broilers averaged 7.48 yuan per bird in December.", [1], art) == "unsupported"
    en = article("Steel bar averaged RM2,880 a tonne in January, while ready-mixed concrete averaged RM271 per cubic metre.",
                 title="Building costs")
    assert status("Ready-mixed concrete averaged RM271 per cubic metre in January.", [1], en) == "supported"
    assert status("Ready-mixed concrete averaged RM271 a tonne in January.", [1], en) == "unsupported"


def test_a_quarter_still_to_come_is_no_reported_period():
    art = dated("Sunway Construction said its fourth-quarter net profit rose 21.3% from a year earlier.",
                "It expects its precast plant expansion to be completed by the third quarter of 2027.",
                when="2027-02-20 09:00")
    assert status("The precast plant expansion is due by the third quarter of 2027.", [2], art) == "supported"
    assert status("The precast plant expansion is due by the fourth quarter of 2027.", [2], art) == "unsupported"


def test_a_months_figure_told_as_the_years_is_another_figure():
    art = article("海关总署数据显示，2026年我国碳纤维进口量为1.41万吨，同比下降16.5%，其中12月进口1020吨，同比下降21.8%。",
                  title="碳纤维")
    assert status("China's carbon fibre imports fell 16.5% on year in 2026.", [1], art) == "supported"
    assert status("China's carbon fibre imports fell 21.8% on year in 2026.", [1], art) == "unsupported"


def test_a_stake_is_the_holders_and_the_held_companys():
    art = article("长江和记实业持有和记电讯香港约66.1%权益，按全年派息计算，长和可收取约2.35亿港元股息。", title="電訊")
    assert status("CK Hutchison holds about 66.1% of Hutchison Telecommunications Hong Kong.", [1], art) == "supported"
    assert status("CK Hutchison holds about 61.6% of Hutchison Telecommunications Hong Kong.", [1], art) == "unsupported"


def test_a_time_word_or_an_exclusion_opens_no_subjects_name():
    art = article("和记电讯香港公布全年业绩。财务总监指出，年底净现金为27.36亿港元，较6月底增加1.84亿港元。", title="電訊")
    assert status("HTHK's net cash rose HK$184 million from the end of June to HK$2.736 billion at the end of the year.",
                  [1], art) != "unsupported"
    art2 = article("优然牧业上半年实现收入98.1亿元，同比增长4.2%。剔除生物资产公允价值变动影响的现金EBITDA为26.3亿元，同比增长8.8%。",
                   title="牧业")
    assert status("YouRan's cash EBITDA rose 8.8% to 2.63 billion yuan.", [1], art2) == "supported"
    assert status("YouRan's cash EBITDA rose 9.8% to 2.63 billion yuan.", [1], art2) == "unsupported"


def test_a_place_opens_an_unknown_companys_name_only_in_pinyin():
    art = article("IC設計大廠矽晶微電子（3598）宣布，執行長陳光宇將於年底退休。", title="人事")
    assert status("Silicon Valley Microelectronics said its chief executive Chen Guangyu will retire at the end of the year.",
                  [1], art) == "unsupported"
    art2 = article("闽航科技公告，公司将于明年一季度投产新产线。", title="新产线")
    assert status("Fujian Minhang will start the new line in the first quarter of next year.", [1], art2) == "unverifiable"


def test_an_exact_change_worked_out_of_the_claims_own_levels_is_arithmetic():
    art = article("The ministry plans to raise the tariff-free quota to 300,000 tonnes in 2027 from 240,000 tonnes.",
                  title="Quota")
    assert status("The quota will rise to 300,000 tonnes in 2027 from 240,000 tonnes, an increase of 25%.", [1], art) == "unverifiable"
    assert status("The quota will rise to 300,000 tonnes in 2027 from 240,000 tonnes, an increase of 20%.", [1], art) == "unsupported"


def test_a_calendar_quarter_is_the_one_an_april_fiscal_year_numbers():
    art = article("The company would commission a new radial line at its Chennai unit in the first quarter of 2027-28.",
                  title="Tyre maker")
    assert status("The new radial line is due in April-June 2027.", [1], art) == "supported"
    assert status("The new radial line is due in July-September 2027.", [1], art) == "unsupported"
