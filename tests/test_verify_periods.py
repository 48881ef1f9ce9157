"""Periods as a careful reader reads them: a span of months however it is spelled (前三季 = 1-9月 =
'first nine months' = 'January-September'), fiscal halves (上半财年, 'the April-September half'),
'in the half' once the story has said which half, and a change measured from the previous month or
quarter (月减2.1% of September is a fall from August). Each test pairs claims a careful reader
accepts with one that names another period (which must stay flagged). Sentences are invented."""
from __future__ import annotations

import pytest

from citebrief.facts.temporal import find_temporals, keys_of
from citebrief.verify import check_claim
from tests.support.verify import article


def status(text: str, citations: list[int], art) -> str:
    return check_claim(text, citations, art).status


def keys(text: str) -> set[str]:
    return keys_of(find_temporals(text)[0])


# ------------------------------------------------------------------ the first N months / quarters

NINE_MONTH_SOURCES = [
    "聯豐今年前三季累計營收為新臺幣2,150億元，年增12.3%。",
    "联丰前三季度累计营收为2150亿元，同比增长12.3%。",
    "聯豐今年前9月累計營收達新臺幣2,150億元，年增12.3%。",
    "联丰1-9月累计营收为2150亿元，同比增长12.3%。",
    "联丰1至9月累计营收为2150亿元，同比增长12.3%。",
    "联丰一至三季度累计营收为2150亿元，同比增长12.3%。",
    "聯豐首三季收入為2,150億元，按年增長12.3%。",
    "Lianfeng's revenue for the nine months to September rose 12.3% to 215 billion yuan.",
]


@pytest.mark.parametrize("source", NINE_MONTH_SOURCES)
def test_the_first_nine_months_in_any_spelling(source):
    art = article(source, "公司股价上涨2.1%。")
    for claim in ("Lianfeng's revenue for the first three quarters rose 12.3%.",
                  "Lianfeng's revenue in the first nine months rose 12.3%.",
                  "Lianfeng's January-September revenue rose 12.3%.",
                  "Lianfeng's Jan-Sept revenue rose 12.3%.",
                  "From January to September, Lianfeng's revenue rose 12.3%."):
        assert status(claim, [1], art) == "supported", (source, claim)
    # Another period is not the first nine months.
    assert status("Lianfeng's third-quarter revenue rose 12.3%.", [1], art) == "unsupported"
    assert status("Lianfeng's revenue for the first half rose 12.3%.", [1], art) == "unsupported"
    assert status("Lianfeng's revenue in the first ten months rose 12.3%.", [1], art) == "unsupported"


def test_other_spans_first_half_and_first_ten_months():
    half = article("上半年，公司出口额为418亿元，同比增长7.4%。", "1-6月，公司进口额为215亿元。",
                   "前10月累计出口额为702亿元。", "1至10月累计进口额为366亿元。")
    assert status("First-half exports rose 7.4% to 41.8 billion yuan.", [1], half) == "supported"
    assert status("January-June exports rose 7.4% to 41.8 billion yuan.", [1], half) == "supported"
    assert status("Exports in the first six months rose 7.4%.", [1], half) == "supported"
    assert status("Imports in the first half were 21.5 billion yuan.", [2], half) == "supported"
    assert status("Second-half exports rose 7.4% to 41.8 billion yuan.", [1], half) == "unsupported"
    assert status("Exports in the first ten months totalled 70.2 billion yuan.", [3], half) == "supported"
    assert status("January-October exports totalled 70.2 billion yuan.", [3], half) == "supported"
    assert status("Imports for January to October were 36.6 billion yuan.", [4], half) == "supported"
    assert status("Exports in the first nine months totalled 70.2 billion yuan.", [3], half) == "unsupported"
    assert status("October exports totalled 70.2 billion yuan.", [3], half) == "unsupported"


def test_six_months_to_a_months_end_in_hong_kong_usage():
    art = article("恒远地产截至6月底止六個月的基礎盈利為55.4億港元，按年下跌12.3%。",
                  "华丰集团截至2025年9月30日止6个月的收入为120亿港元。")
    assert status("Hangyuen's underlying profit for the six months to June fell 12.3%.", [1], art) == "supported"
    assert status("Hangyuen's first-half underlying profit fell 12.3% to HK$5.54 billion.", [1], art) == "supported"
    assert status("Hangyuen's underlying profit for the nine months to June fell 12.3%.", [1], art) == "unsupported"
    assert status("Wah Fung's revenue for the April-September half was HK$12 billion.", [2], art) == "supported"
    assert status("Wah Fung's revenue for the three months to September was HK$12 billion.", [2],
                  art) == "unsupported"


def test_a_months_possessive_is_the_month():
    art = article("September's exports rose 3.6% from a year earlier to a record $59.5 billion.")
    assert status("Exports rose 3.6% in September to $59.5 billion.", [1], art) == "supported"
    assert status("Exports rose 3.6% in August to $59.5 billion.", [1], art) == "unsupported"
    assert keys("faster than September's 2.1%") == {"M9"} and keys("Theresa May's government") == set()


def test_a_quarter_spelled_as_its_months():
    art = article("第三季度，公司净利润为12.6亿元，同比增长18%。")
    assert status("July-September net profit was 1.26 billion yuan.", [1], art) == "supported"
    assert status("Net profit for the three months to September was 1.26 billion yuan.", [1], art) == "supported"
    assert status("April-June net profit was 1.26 billion yuan.", [1], art) == "unsupported"


# ------------------------------------------------------------------ fiscal halves

FISCAL = article(
    "北辰制铁同日公布的上半财年（4月至9月）业绩显示，营业利润为315亿日元，同比下降12.6%。",
    "首席财务官表示，公司预计下半财年钢材平均售价为每吨11.5万日元，较上半财年下降约4%。",
    title="北辰制铁上半财年营业利润下降",
)


def test_a_fiscal_half_in_chinese_is_the_first_or_second_half():
    for claim in ("Hokushin Steel's fiscal first-half operating profit fell 12.6% to 31.5 billion yen.",
                  "Hokushin Steel's operating profit for the April-September half fell 12.6%.",
                  "Operating profit for the six months to September fell 12.6% to 31.5 billion yen.",
                  "Operating profit in the first half of the fiscal year fell 12.6%."):
        assert status(claim, [1], FISCAL) == "supported", claim
    assert status("Operating profit for the July-September quarter fell 12.6%.", [1], FISCAL) == "unsupported"
    assert status("Second-half operating profit fell 12.6% to 31.5 billion yen.", [1], FISCAL) == "unsupported"
    ok = "The CFO expects steel prices to average 115,000 yen a tonne in the second half of the fiscal year."
    assert status(ok, [2], FISCAL) == "supported"
    assert status("The CFO expects second-half steel prices to fall about 4%.", [2], FISCAL) == "supported"
    assert status("The CFO expects steel prices to average 115,000 yen a tonne in the first quarter.", [2],
                  FISCAL) == "unsupported"


def test_in_the_half_means_the_half_the_story_named():
    art = article(
        "Sakura Financial said net profit for the April-September half rose 12% to 80 billion yen.",
        "The bank sold 90 billion yen of foreign bonds in the half.",
        title="Sakura Financial lifts profit",
    )
    assert status("Sakura sold 90 billion yen of foreign bonds in the April-September half.", [2], art) == "supported"
    assert status("Sakura sold 90 billion yen of foreign bonds in the first half.", [2], art) == "supported"
    assert status("Sakura sold 90 billion yen of foreign bonds in the October-March half.", [2],
                  art) == "unsupported"


def test_in_the_half_stays_open_when_both_halves_were_named():
    art = article(
        "Sakura Financial shares rose 2% in Tokyo.",
        "First-half net profit rose 12% to 80 billion yen; the bank expects a weaker second half.",
        "The bank sold 90 billion yen of foreign bonds in the half.",
    )
    assert status("Sakura sold 90 billion yen of foreign bonds in the second half.", [3], art) == "unsupported"
    assert status("Sakura sold 90 billion yen of foreign bonds in the first half.", [3], art) == "unsupported"
    # 'the quarter' after a story about one quarter is that quarter.
    q3 = article("Daewon Shipbuilding's third-quarter operating profit rose 40% to 210 billion won.",
                 "The yard won orders for 12 vessels in the quarter.")
    assert status("Daewon won orders for 12 vessels in the third quarter.", [2], q3) == "supported"
    assert status("Daewon won orders for 12 vessels in the second quarter.", [2], q3) == "unsupported"


# ------------------------------------------------------------------ a change from the previous period

def test_a_month_on_month_change_is_a_change_from_the_previous_month():
    art = article("力豐電子10月營收為新臺幣52.4億元，月減3.2%，年增8.1%。",
                  "恒远1月营收环比下降4.5%。",
                  "华岳9月营收为36亿元，同比增长5%。")
    assert status("Lifeng Electronics' October revenue fell 3.2% from September.", [1], art) == "supported"
    assert status("October revenue fell 3.2% compared with September.", [1], art) == "supported"
    assert status("Lifeng Electronics' October revenue fell 3.2% from August.", [1], art) == "unsupported"
    assert status("Hengyuan's January revenue fell 4.5% from December.", [2], art) == "supported"
    # A year-on-year change is not a change from the previous month.
    assert status("Huayue's September revenue rose 5% from August.", [3], art) == "unsupported"
    # A year-earlier base needs nothing more.
    assert status("Lifeng Electronics' October revenue rose 8.1% from a year earlier.", [1], art) == "supported"


def test_a_quarter_on_quarter_change_is_a_change_from_the_previous_quarter():
    art = article("聯晶第三季營收為新臺幣3,708.6億元，季增10.2%，年增60.7%。", "公司第四季營收預計季減3%至5%。")
    assert status("UniCrystal's third-quarter revenue rose 10.2% from the second quarter.", [1], art) == "supported"
    assert status("Third-quarter revenue rose 10.2% from Q2.", [1], art) == "supported"
    # 'to' then a figure is where the change ended, not a span of quarters.
    assert status("Third-quarter revenue rose 10.2% from the second quarter to NT$370.86 billion.", [1],
                  art) == "supported"
    assert status("UniCrystal's third-quarter revenue rose 10.2% from the first quarter.", [1], art) == "unsupported"
    assert status("Fourth-quarter revenue is expected to fall 3% to 5% from the third quarter.", [2],
                  art) == "supported"


# ------------------------------------------------------------------ what is not a period

def test_the_previous_quarter_is_not_the_first_quarter():
    art = article("公司第三季度净利润为8.2亿元，较上一季度增长5%。")
    assert status("Third-quarter net profit was 820 million yuan.", [1], art) == "supported"
    assert status("Third-quarter net profit rose 5% from the second quarter.", [1], art) == "supported"
    assert status("Net profit rose 5% in the first quarter.", [1], art) == "unsupported"
    assert keys("較前一季的4元增加0.5元") == set()  # no quarter named before it: nothing to resolve
    # 上一季度 is the quarter before the one the paragraph named.
    margins = article("公司第三季度毛利率为18.7%，上年同期和上一季度分别为17.4%和18.1%。")
    assert status("Gross margin was 18.1% in the second quarter.", [1], margins) == "supported"
    assert status("Gross margin was 18.1% in the third quarter.", [1], margins) == "unsupported"
    assert keys("10月营收环比增长5%，上月为下降2%。") == {"M10", "M9"}


def test_words_that_look_like_periods():
    assert keys("the past three months") == set()  # trailing months, not January-March
    assert keys("Nvidia's H100 and H200 chips") == set()
    assert keys("March and April") == {"M3", "M4"}  # two months, not a span
    assert keys("3Q25 results") == {"Q3"} and keys("1H25 results") == {"H1"}


def test_months_and_days_named_by_the_dateline():
    from tests.support.verify import dated, status

    art = dated("母公司于上月22日公布，第三季净收益为18.62亿美元。明年的预算将于本月中旬公布。",
                "The company signed its fourth navy repair contract this month and expects two more orders by the "
                "end of the year.",
                "Aeon's operating revenue for the March-August half rose 3.9% to 5.27 trillion yen.",
                when="2026-11-02 09:00")
    assert status("The parent reported third-quarter net revenue of $1.862 billion on Oct. 22.", [1], art) == "supported"
    assert status("The parent reported third-quarter net revenue of $1.862 billion on Oct. 12.", [1], art) == "unsupported"
    assert status("The budget will be published in mid-November.", [1], art) == "supported"
    assert status("It signed its fourth navy repair contract in November and expects two more orders by the end of "
                  "2026.", [2], art) == "supported"
    assert status("It expects two more orders by the end of 2027.", [2], art) == "unsupported"
    assert status("Aeon's first-half operating revenue rose 3.9%.", [3], art) == "supported"
    assert status("Aeon's second-half operating revenue rose 3.9%.", [3], art) == "unsupported"


def test_a_period_of_an_aside_and_a_period_after_the_base():
    from tests.support.verify import dated, status

    art = dated("前三季度公司高纯晶硅销量为27.1万吨，其中第三季度销售10.4万吨；电池片出货63.2GW，同比增长3.1%。",
                "首10个月累计博彩毛收入为2,056.30亿元，按年增长8.1%。", when="2026-11-02 09:00")
    assert status("It shipped 63.2 GW of cells in the first nine months, up 3.1%.", [1], art) == "supported"
    assert status("It shipped 63.2 GW of cells in the third quarter, up 3.1%.", [1], art) == "unsupported"
    assert status("Gaming revenue rose 8.1% from a year earlier in January-October.", [2], art) == "supported"
    assert status("Gaming revenue rose 8.1% from a year earlier in October.", [2], art) == "unsupported"
