"""Numbers, scales, units and currencies read alike in Chinese and English."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.facts.quantities import find_quantities, matches
from citebrief.text.script import fold
from citebrief.facts.temporal import find_temporals, keys_of


def one(text: str):
    qs = find_quantities(fold(text))
    assert len(qs) == 1, (text, qs)
    return qs[0]


def test_trillion_yen_in_every_script_and_notation_is_one_value():
    forms = ["1.7万亿日元", "1.7兆日圓", "1.7萬億日圓", "1,700,000,000,000 yen", "1.7 trillion yen", "JPY1.7tn",
             "¥1.7 trillion"]
    values = {one(f).value for f in forms}
    assert values == {1.7e12}
    claim = one("1.7 trillion yen")
    assert all(matches(claim, one(f)) for f in forms)


def test_values_equal_within_shown_precision_only():
    assert matches(one("6.5 billion USD"), one("65亿美元"))
    assert matches(one("US$6.5bn"), one("约合65亿美元"))
    assert not matches(one("1.7 trillion yen"), one("1.9万亿日元"))
    assert not matches(one("1.7 billion yen"), one("1.7万亿日元"))  # trillion is not billion
    assert not matches(one("1 trillion yen"), one("1.5万亿日元"))


def test_no_currency_conversion():
    assert not matches(one("1 trillion yen"), one("1万亿美元"))
    assert not matches(one("HK$41 billion"), one("410亿元"))
    assert matches(one("NT$989.9 billion"), one("新臺幣9,899億元"))
    assert matches(one("HK$3.2 billion"), one("32亿港元"))


def test_zhao_is_a_trillion_for_money_but_megawatts_in_zhaowa():
    assert one("1.2兆元").value == 1.2e12
    mw = one("300兆瓦")
    assert (mw.kind, mw.unit, mw.value) == ("figure", "W", 3e8)
    assert matches(one("300 MW"), mw)
    assert matches(one("2 GW"), one("200万千瓦"))


def test_percent_points_and_basis_points():
    assert matches(one("0.5 percentage points"), one("0.5个百分点"))
    assert matches(one("25 basis points"), one("25個基點"))
    assert matches(one("50 basis points"), one("0.5个百分点"))  # an exact conversion, unlike currencies
    assert not matches(one("5 basis points"), one("0.5个百分点"))
    assert not matches(one("3 percentage points"), one("3个基点"))
    assert not matches(one("0.5%"), one("0.5个百分点"))
    assert matches(one("5.2%"), one("百分之五点二"))
    assert matches(one("mid-30%"), one("接近35%")) and not matches(one("mid-30%"), one("30%"))


def test_process_nodes_and_capacities():
    assert matches(one("2nm"), one("2纳米")) and matches(one("2nm"), one("2奈米"))
    assert not matches(one("3nm"), one("2纳米"))
    assert matches(one("5 million tonnes"), one("500万吨"))


def test_chinese_numerals_need_a_measure_word():
    assert one("三家工厂").value == 3
    assert find_quantities("统一市场") == []


def test_months_quarters_and_fiscal_years():
    def keys(text):
        return keys_of(find_temporals(fold(text))[0])

    assert "M4" in keys("从明年4月开始的新财年") and "M4" in keys("the fiscal year starting in April")
    assert "Q3" in keys("第三季度") and "Q3" in keys("the third quarter") and "Q3" in keys("Q3 results")
    assert "2026" in keys("2026财年") and "2026" in keys("fiscal 2026") and "2026" in keys("FY2026")
    assert "M3-D15" in keys("3月15日") and "M3-D15" in keys("March 15, 2025")
    assert keys("sales may rise") == set()  # the verb, not the month
    assert "9M" in keys("前三季度") and "9M" in keys("the first nine months")


@settings(max_examples=200, deadline=None)
@given(mantissa=st.integers(min_value=1, max_value=99999), decimals=st.integers(min_value=0, max_value=3))
def test_billion_equals_yi_times_ten(mantissa, decimals):
    value = Decimal(mantissa).scaleb(-decimals)  # e.g. 6.5
    english = one(f"{value} billion yuan")
    chinese = one(f"{(value * 10).normalize():f}亿元")
    assert matches(english, chinese)
    assert english.value == chinese.value or abs(english.value - chinese.value) < 1e-3 * english.value


@settings(max_examples=200, deadline=None)
@given(mantissa=st.integers(min_value=1, max_value=9999), decimals=st.integers(min_value=0, max_value=2))
def test_trillion_forms_agree(mantissa, decimals):
    value = Decimal(mantissa).scaleb(-decimals)
    full = f"{int(value * 10**12):,}"
    forms = [f"{value}万亿日元", f"{value}兆円", f"{full} yen", f"{value} trillion yen"]
    quantities = [one(f) for f in forms]
    assert all(matches(quantities[3], q) for q in quantities)
    # And a figure one shown step away never matches.
    step = Decimal(1).scaleb(-decimals)
    assert not matches(quantities[3], one(f"{value + step}万亿日元"))


def test_the_currency_named_after_yuan_decides_which_yuan_it_is():
    # Taiwanese and Hong Kong papers write '3674.7億元新台幣': 元 there is the New Taiwan dollar.
    assert one("3674.7億元新台幣").unit == "TWD"
    assert matches(one("NT$367.47 billion"), one("3674.7億元新台幣"))
    assert not matches(one("367.47 billion yuan"), one("3674.7億元新台幣"))
    assert one("50亿元人民币").unit == "CNY" and one("12億元港幣").unit == "HKD"
    assert one("3674.7億元").unit == "CNY"  # no currency named: the article decides (see the index)
