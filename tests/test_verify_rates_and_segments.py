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
