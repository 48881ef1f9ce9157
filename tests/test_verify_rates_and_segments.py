"""A rate's move in points told of another rate, EBITDA as its own profit line, and the other
pieces a paragraph's segments and indexes are told apart by. Each test pairs what must stay
supported with a wrong claim that must be flagged. Sentences are ours."""
from __future__ import annotations

from tests.support.verify import dated, status


def test_a_rates_move_in_points_told_of_another_rate():
    art = dated("拆息方面，昨日一個月期拆息報2.50厘，較上周五下跌10點子；三個月期報2.90厘，下跌6點子。",
                "The one-week repo rate ended at 1.85%, down 4 basis points, while the two-year yield rose "
                "7 basis points to 2.41%.", when="2026-11-04 09:00")
    assert status("The three-month rate fell 6 basis points to 2.90%.", [1], art) == "supported"
    assert status("The three-month rate fell 10 basis points to 2.90%.", [1], art) == "unsupported"
    assert status("The two-year yield rose 7 basis points to 2.41%.", [2], art) == "supported"
    assert status("The repo rate fell 7 basis points to 1.85%.", [2], art) == "unsupported"


def test_ebitda_is_not_net_profit():
    art = dated("Harbor Telecom's net profit rose 14.1% to 6,210 crore rupees on Ebitda of 15,400 crore rupees, "
                "while its Ebitda margin widened to 51.2%.")
    assert status("Harbor Telecom's Ebitda was 15,400 crore rupees.", [1], art) == "supported"
    assert status("Harbor Telecom's net profit rose 14.1% to 6,210 crore rupees.", [1], art) == "supported"
    assert status("Harbor Telecom's Ebitda rose 14.1%.", [1], art) == "unsupported"
    assert status("Harbor Telecom's net profit was 15,400 crore rupees.", [1], art) == "unsupported"


def test_two_banks_one_move_then_their_rates_respectively():
    art = dated("恒安銀行昨日宣布將最優惠利率下調0.125厘至5.25厘。東亞銀行及大新銀行亦同步將最優惠利率分別下調0.125厘至"
                "5.5厘及5.625厘。", when="2026-11-04 09:00")
    assert status("Dah Sing Bank cut its prime rate to 5.625%.", [1], art) == "supported"
    assert status("Dah Sing Bank cut its prime rate by 0.125 percentage point.", [1], art) == "supported"
    assert status("Dah Sing Bank cut its prime rate to 5.5%.", [1], art) == "unsupported"


def test_a_margin_compared_with_two_earlier_levels():
    art = dated("Harbor Bank's net interest margin narrowed to 3.10% from 3.22% in the second quarter and 3.45% a "
                "year earlier.")
    assert status("Harbor Bank's margin was down 35 basis points from a year earlier.", [1], art) == "supported"
    assert status("Harbor Bank's margin narrowed 12 basis points from the second quarter.", [1], art) == "supported"
    assert status("Harbor Bank's margin narrowed 12 basis points from a year earlier.", [1], art) == "unsupported"


def test_a_figure_worked_out_without_saying_so_is_flagged_not_wrong():
    art = dated("Harbor Bank said its nine-month net profit was 42.18 billion baht, of which 13.42 billion baht came "
                "in the third quarter. It will cut its branches to 650 by the end of 2027 from 712 now.",
                "Harbor Telecom's net debt was ₹1,21,460 crore at the end of September, up ₹3,180 crore from the "
                "end of June.")
    # Nine months less the third quarter, a count before and after: arithmetic a reader can check,
    # but not what the paragraph says, so the claim is left for a person, never called wrong.
    assert status("Harbor Bank earned about 28.76 billion baht in the first half.", [1], art) == "unverifiable"
    assert status("Harbor Bank plans to close 62 branches by the end of 2027.", [1], art) == "unverifiable"
    assert status("Harbor Telecom's net debt was about ₹1.18 lakh crore at the end of June.", [2], art) == "unverifiable"
    # A figure no arithmetic of the paragraph gives stays wrong.
    assert status("Harbor Bank earned about 27.9 billion baht in the first half.", [1], art) == "unsupported"
    assert status("Harbor Bank plans to close 72 branches by the end of 2027.", [1], art) == "unsupported"


def test_indian_digit_grouping_is_one_number():
    art = dated("Harbor Refining reported revenue of ₹2,63,418 crore for the quarter, up 7.9% on year.")
    assert status("Harbor Refining's revenue rose 7.9% to ₹2,63,418 crore.", [1], art) == "supported"
    assert status("Harbor Refining's revenue was about ₹2.63 lakh crore.", [1], art) == "supported"
    assert status("Harbor Refining's revenue was ₹1 crore.", [1], art) == "unsupported"


def test_times_of_two_subjects_figures_of_one_metric():
    art = dated("Harbor Land's October sales were 8.0 billion yuan, while Bay Homes' October sales were 5.0 billion yuan.")
    assert status("Harbor Land's October sales were roughly 1.6 times Bay Homes'.", [1], art) == "unverifiable"
    assert status("Harbor Land's October sales were roughly 2.6 times Bay Homes'.", [1], art) == "unsupported"
