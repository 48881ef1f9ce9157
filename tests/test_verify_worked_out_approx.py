"""An approximate figure a careful reader works out in one step from two figures of the cited
paragraphs (a share of the whole the claim names, what is left of a target) is not called invented;
a rounding that misses the figure the paragraph gives, and an approximate figure made up, still are.
Company names are real or invented; all figures and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status


def test_a_segments_share_of_the_revenue_the_claim_names_is_worked_out_not_invented():
    art = dated("隆泰股份前三季度实现营业收入612.4亿元。其中组件业务收入441.2亿元，硅片业务收入97.3亿元。")
    got = check_claim("Modules accounted for about 72% of Longtai's revenue in the first nine months.", [1], art)
    assert got.status != "unsupported"
    # The same share of another whole is not worked out from these figures.
    assert status("Modules accounted for about 72% of Longtai's gross profit in the first nine months.", [1],
                  art) == "unsupported"


def test_what_is_left_of_a_full_year_forecast_is_worked_out():
    art = dated("Machine tool orders totalled 1,328.4 billion yen in January-October.",
                "Tanaka expects 2026 orders of 1.6 trillion yen.")
    got = check_claim("Tanaka expects 2026 orders of 1.6 trillion yen, implying about 271.6 billion yen in "
                      "November and December.", [1, 2], art)
    assert got.status != "unsupported"


def test_a_rounding_that_misses_the_figure_given_is_still_wrong():
    art = dated("恒指成交额2,148亿港元，较上日增加3.1%。")
    assert status("Hang Seng Index turnover was roughly HK$220 billion.", [1], art) == "unsupported"
    assert status("Hang Seng Index turnover was roughly HK$215 billion.", [1], art) == "supported"


def test_an_earlier_quarter_worked_out_from_the_next_and_its_change_on_it():
    art = dated("Hanwha Aerospace's third-quarter operating profit was 1.1 trillion won, up 3.6% on-quarter.")
    got = check_claim("Hanwha Aerospace's second-quarter operating profit was about 1.06 trillion won.", [1], art)
    assert got.status != "unsupported", got.problems
    # The same approximate figure for the quarter the paragraph gives rounds that quarter's wrongly.
    assert status("Hanwha Aerospace's third-quarter operating profit was about 1.06 trillion won.", [1],
                  art) == "unsupported"


def test_a_margin_worked_out_as_a_profits_share_of_revenue():
    art = dated("The land systems division posted revenue of 2.4 trillion won and operating profit of 601.2 billion won.")
    got = check_claim("The land systems division's operating margin was about 25%.", [1], art)
    assert got.status != "unsupported", got.problems
    assert status("The land systems division's operating margin was about 35%.", [1], art) == "unsupported"
