"""Numbers, scales, units and currencies read alike in Chinese and English."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from citebrief.facts.quantities import find_quantities, matches
from citebrief.facts.temporal import find_temporals, keys_of
from citebrief.text.script import fold


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


# ---------------------------------------------------------------- rounding as a careful reader does

def test_a_claim_with_fewer_digits_matches_a_source_that_rounds_to_it_half_up():
    source = one("营收1836.5億元")  # 183.65 billion
    assert matches(one("183.7 billion yuan"), source)  # half a step below rounds up to it
    assert matches(one("about 183.7 billion yuan"), source)
    assert not matches(one("183.6 billion yuan"), source)  # half a step above rounds away
    assert matches(one("about 183.6 billion yuan"), source)  # 'about' may round either way
    assert matches(one("about 184 billion yuan"), source) and not matches(one("about 183 billion yuan"), source)
    assert matches(one("about 315 billion yuan"), one("3,148.6億元"))
    assert not matches(one("about 314 billion yuan"), one("3,148.6億元"))
    # More digits than the source shows are not in the source.
    assert not matches(one("183.65 billion yuan"), one("约1837亿元"))
    # '1 trillion' is never 1.5 trillion; 1.5 rounds up to 2.
    assert not matches(one("1 trillion yen"), one("1.5万亿日元"))
    assert not matches(one("about 1.04 trillion yen"), one("1.0462万亿日元"))
    assert not matches(one("about 103.4 billion yuan"), one("1034.6亿元"))


def test_zeros_ending_an_approximate_whole_number_are_rounding():
    assert matches(one("about 3,420 yen"), one("3,418円"))
    assert not matches(one("3,420 yen"), one("3,418円"))  # without 'about' the digits are exact
    assert matches(one("about 1,800"), one("1,836"))
    assert not matches(one("about 1,900"), one("1,836"))
    assert not matches(one("about 40%"), one("43%"))  # two significant digits are kept
    assert not matches(one("about 300"), one("314"))


# ---------------------------------------------------------------- compound amounts are one figure

def test_compound_amounts_are_read_as_one_figure():
    cases = {
        "3兆417億円": (3.0417e12, "JPY"), "4兆6,118億円": (4.6118e12, "JPY"), "1亿2000万元": (1.2e8, "CNY"),
        "新臺幣1兆462億元": (1.0462e12, "TWD"), "市值達新臺幣3兆729億元": (3.0729e12, "TWD"),
        "3亿5000万美元": (3.5e8, "USD"), "2万亿5000亿元": (2.5e12, "CNY"), "1,234.5亿元": (1.2345e11, "CNY"),
    }
    for text, (value, unit) in cases.items():
        q = one(text)
        assert abs(q.value - value) < 1e-6 * value and q.unit == unit, (text, q)
    assert one("5万8513辆").value == 58513
    assert one("三万五千辆").value == 35000 and one("两万三千人").value == 23000
    # A compound is shown to its last part: 3兆417億 = 3.0417 trillion, so '3.04 trillion' matches
    # and '3.0 trillion' (3兆 alone) does not.
    assert matches(one("3.04 trillion yen"), one("3兆417億円"))
    assert matches(one("NT$3.07 trillion"), one("新臺幣3兆729億元"))
    assert matches(one("about NT$1.05 trillion"), one("新臺幣1兆462億元"))
    assert not matches(one("about NT$3.0 trillion"), one("新臺幣3兆729億元"))
    assert not matches(one("NT$1.462 trillion"), one("新臺幣1兆462億元"))
    # Not compounds: '3万5' is not 30,005 nor '3亿1季度' 300,000,001.
    assert [q.value for q in find_quantities(fold("3亿1季度"))] == [3e8, 1]


# ---------------------------------------------------------------- index names are not figures

def test_numbers_in_index_names_are_names_not_figures():
    for text in ["CSI 300", "the CSI300", "Nikkei 225", "FTSE 100", "S&P 500", "STOXX 600", "KOSPI 200",
                 "沪深300", "中證500", "日经225指数", "Nasdaq-100", "Russell 2000"]:
        assert find_quantities(fold(text)) == [], text
    q = find_quantities(fold("The CSI 300 rose 1.2% and the Nikkei 225 fell 300 points"))
    assert [(x.value, x.kind) for x in q] == [(1.2, "percent"), (300, "points")]
    # The names list is data: '台湾50' is a name only as '台湾50指数'.
    assert [x.value for x in find_quantities(fold("台湾50家企业"))] == [50]
    assert find_quantities(fold("台灣50指數")) == []


# ---------------------------------------------------------------- a bare 元 is the story's own currency

def _story(source, *paragraphs, language="und", url=None):
    from citebrief.article import Article

    return Article(title="测试", source=source, language=language, url=url, paragraphs=list(paragraphs))


def test_a_bare_yuan_is_read_by_the_place_the_story_comes_from():
    from citebrief.facts.places import place_of_source, yuan_currencies
    from citebrief.verify import check_claim

    taiwan = _story("鉅亨網", "力創9月營收為412.7億元，年增11.6%。", language="zh-Hant")
    assert yuan_currencies(taiwan) == "TWD"
    assert check_claim("Lichuang's September revenue was NT$41.27 billion.", [1], taiwan).status == "supported"
    assert check_claim("Lichuang's September revenue was 41.27 billion yuan.", [1], taiwan).status == "unsupported"
    # A claim kept in Chinese means the story's 元 too.
    assert check_claim("力創9月營收約412.7億元。", [1], taiwan).status == "supported"

    hong_kong = _story("明報", "恒昌銀行每股盈利為3.12元。", language="zh-Hant")
    assert check_claim("Earnings per share were HK$3.12.", [1], hong_kong).status == "supported"
    assert check_claim("Earnings per share were 3.12 yuan.", [1], hong_kong).status == "unsupported"

    # A mainland story that quotes an H-share price in 港元 still means renminbi by a bare 元.
    mainland = _story("财联社", "恒川A股上涨3.2%，报268.50元；嘉禾H股上涨6.8%，报45.30港元。", language="zh-Hans")
    assert yuan_currencies(mainland) == "CNY"
    assert check_claim("Hengchuan's A shares rose 3.2% to 268.50 yuan.", [1], mainland).status == "supported"
    assert check_claim("Hengchuan's A shares rose 3.2% to HK$268.50.", [1], mainland).status == "unsupported"
    assert check_claim("Jiahe's H shares rose 6.8% to HK$45.30.", [1], mainland).status == "supported"

    # The portal table is data: longest name first, script kept (經濟日報 Taipei, 经济日报 Beijing,
    # 香港經濟日報 Hong Kong), words in a name, URL hosts.
    assert [place_of_source(s) for s in ("經濟日報", "经济日报", "香港經濟日報", "中央社記者", "台北財經", "香港財經")] \
        == ["TW", "CN", "HK", "TW", "TW", "HK"]
    assert place_of_source(None, "https://money.udn.com/money/story/1") == "TW"
    assert place_of_source("Some Wire", "https://news.example.hk/a") == "HK"
    assert place_of_source("Some Wire", "https://example.com/a") is None


def test_an_unknown_source_is_placed_by_its_script_and_the_currencies_it_names():
    from citebrief.facts.places import yuan_currencies

    assert yuan_currencies(_story("某财经", "公司净利润为282亿元。", language="zh-Hans")) == "CNY"
    assert yuan_currencies(_story("某財經", "以新臺幣計，出口值為13兆8,205億元；時薪190元。", language="zh-Hant")) == "TWD"
    assert yuan_currencies(_story("某財經", "貸款為8,936億港元；股價收報142.6元。", language="zh-Hant")) == "HKD"
    # Traditional script naming neither (or both): any of the three, never a false alarm.
    assert yuan_currencies(_story(None, "股價收報142.6元。", language="zh-Hant")) == "CNY|TWD|HKD"
    # A mainland story on a Taiwanese company may mean NT$ by a bare 元 after naming 新台币.
    assert yuan_currencies(_story("财联社", "台积电营收新台币9899亿元，净利润4523亿元。", language="zh-Hans")) == "CNY|TWD"


def test_an_approximate_claim_is_looked_up_as_far_as_it_reaches():
    from citebrief.verify import check_claim

    story = _story("Example Wire", "Hoshino shares rose 5.2% to 3,418 yen in Tokyo.", language="en")
    assert check_claim("Hoshino shares rose 5.2% to about 3,420 yen.", [1], story).status == "supported"
    assert check_claim("Hoshino shares rose 5.2% to 3,420 yen.", [1], story).status == "unsupported"
    assert check_claim("Hoshino shares rose 5.2% to about 3,440 yen.", [1], story).status == "unsupported"
