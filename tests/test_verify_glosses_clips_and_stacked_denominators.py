"""A Chinese story's gloss of a known company ('星和（StarHub）'), Taiwan's clipped names (台新證, 亞太電),
Singapore dollars and cents (新元, 新分), 日产 as daily output, romanised names after a Chinese title, a known
surname after another given name, 集团 after a place's unit, a subsidiary's Latin name, figures per two things at
once (每月每户, 'per person per trip'), the year after a bare range, and another's change after 'while'. Each case
sets a correct claim against a wrong one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_gloss_names_a_known_company_in_later_paragraphs():
    art = article("星和（StarHub）前三季度营收为17.02亿新元，同比增长2.8%。", "星和股价周五下跌1.4%，报1.19新元。",
                  title="电信")
    assert status("StarHub shares fell 1.4% to S$1.19.", [2], art) == "supported"
    assert status("StarHub shares fell 1.4% to HK$1.19.", [2], art) == "unsupported"


def test_taiwans_press_clips_a_brokers_name():
    art = article("台新證11月稅後純益為6.52億元，月增31.4%，每股稅後盈餘0.17元。", title="券商")
    assert status("Taishin Securities' November net profit rose 31.4% from October to NT$652 million.",
                  [1], art) == "supported"
    assert status("Yuanta Securities' November net profit rose 31.4% from October to NT$652 million.",
                  [1], art) == "unsupported"


def test_singapore_cents_are_hundredths_of_a_singapore_dollar():
    art = article("公司宣布派发中期股息每股6.4新分，上年同期为每股5.9新分。", title="电信")
    assert status("The company declared an interim dividend of 6.4 Singapore cents a share, up from 5.9 cents.",
                  [1], art) == "supported"
    assert status("The company declared an interim dividend of 6.4 HK cents a share.", [1], art) == "unsupported"


def test_daily_output_is_no_nissan():
    art = article("红狮印尼总经理表示，公司第二条日产8,000吨的熟料生产线将于明年二季度投产。", title="水泥")
    assert status("Its second 8,000-tonne-a-day clinker line will start in the second quarter of next year.",
                  [1], art) == "supported"
    assert status("Its second 8,000-tonne-a-year clinker line will start in the second quarter of next year.",
                  [1], art) == "unsupported"


def test_a_romanised_name_after_a_chinese_title_is_titled_and_speaks():
    art = article("印多水泥总裁董事Gunawan Sasmita表示，公司计划把替代燃料占比由18%提高到30%。财务总监Dewi "
                  "Lestari则称，截至9月末公司净现金为4.2万亿印尼盾。", title="水泥")
    assert status("President director Gunawan Sasmita said the company plans to lift its alternative-fuel share to "
                  "30% from 18%.", [1], art) == "supported"
    assert status("Finance director Dewi Lestari said the company plans to lift its alternative-fuel share to 30% "
                  "from 18%.", [1], art) == "unsupported"
    assert status("Finance director Gunawan Sasmita said net cash was 4.2 trillion rupiah.", [1], art) == "unsupported"


def test_a_known_surname_after_another_given_name_is_another_person():
    art = article("Semen Indonesia president director Ardi Purbaya said cement sales fell 2.1% in October.",
                  title="Cement", language="en")
    assert status("Semen Indonesia president director Ardi Purbaya said cement sales fell 2.1% in October.",
                  [1], art) == "supported"
    assert status("Semen Indonesia finance director Ardi Purbaya said cement sales fell 2.1% in October.",
                  [1], art) == "unsupported"


def test_the_group_is_not_the_place_its_unit_was_named_by():
    art = article("新加坡电信公布上半财年业绩。分业务看，新加坡本地业务营收为18.62亿新元，同比增长0.4%。单看第二财季，"
                  "集团营收为34.07亿新元，同比下降0.9%。", title="新电信")
    assert status("Singtel's second-quarter group revenue fell 0.9% to S$3.407 billion.", [1], art) == "supported"


def test_a_subsidiarys_latin_name_owns_its_figures():
    art = article("新电信旗下澳大利亚子公司Optus营收为38.15亿澳元，同比下降1.7%。", title="新电信")
    assert status("Optus revenue fell 1.7% to A$3.815 billion.", [1], art) == "supported"


def test_a_figure_per_month_and_per_household_is_either():
    art = article("后付费用户每月每户平均收入（ARPU）为29.6新元，同比下降2.2%。", title="电信")
    assert status("Postpaid ARPU fell 2.2% to S$29.6 a month.", [1], art) == "supported"
    assert status("Postpaid ARPU fell 2.2% to S$29.6 per household.", [1], art) == "supported"
    assert status("Postpaid ARPU fell 2.2% to S$29.6 a share.", [1], art) == "unsupported"


def test_a_claim_per_two_things_must_give_the_sources_two():
    art = article("离岛免税购物额度维持每人每年10万元不变。", title="免税")
    assert status("The offshore duty-free quota stays at 100,000 yuan per person per year.", [1], art) == "supported"
    assert status("The offshore duty-free quota stays at 100,000 yuan per person per trip.", [1], art) == "unsupported"


def test_per_passenger_is_not_per_flight():
    art = article("前三季度非航空性业务收入为18.72亿元，折合每名旅客贡献非航收入约38.6元。", title="机场")
    assert status("Non-aeronautical revenue came to about 38.6 yuan per passenger.", [1], art) == "supported"
    assert status("Non-aeronautical revenue came to about 38.6 yuan per flight.", [1], art) == "unsupported"


def test_the_year_after_a_bare_range_is_both_ends():
    art = article("首席财务官傅蕙瑜称，公司今年资本开支预计占营收的11%-12%，明年将降至8%-9%。", title="电信")
    assert status("The CFO expects capex at 11% to 12% of revenue this year and 8% to 9% next year.",
                  [1], art) == "supported"


def test_another_companys_change_after_while():
    art = article("Daehan Steel shares jumped 9.4% to 17,900 won, while KG Steel fell 1.2% to 8,150 won.",
                  title="Steel", language="en")
    assert status("Daehan Steel shares jumped 9.4% to 17,900 won, while KG Steel fell 1.2%.", [1], art) == "supported"
