"""Who and what each figure belongs to (issue 9, item 1): a real figure of the cited paragraph tied to
another subject, metric, comparison base, denominator or period is unsupported, and the problem says
whose it is; an unsure binding keeps the claim's verdict. Articles are our own invented text."""
from __future__ import annotations

from _verify_helpers import article

from citebrief.verify import check_claim

TWO_COMPANIES = article(
    "华东电池集团与西岭锂能周三公布三季报。",
    "华东电池集团第三季度营收增长12%；西岭锂能营收下降3%。",
    "东岳重工第三季度营收为412.7亿元，季增10.2%，年增60.7%；税后纯益率为18.4%。",
    "公司拟每10股派发现金红利39.74元。",
    title="两家电池企业公布三季报")

EN = article(
    "Hanmaru Motors' third-quarter sales rose 12%, while Daejin Auto's fell 3%.",
    "Revenue at Hanmaru, Daejin and Seoyang was 4.8 trillion won, 2.9 trillion won and 1.2 trillion won, "
    "respectively.",
    "Daejin said its operating profit rose 40% from a year earlier to 310 billion won, compared with "
    "221 billion won a year earlier.",
    title="Korean carmakers report results", language="en")


def check(text, cites, art):
    return check_claim(text, cites, art)


def test_a_figure_moved_to_the_other_company_of_the_paragraph():
    ok = check("Huadong Battery Group's third-quarter revenue rose 12%.", [2], TWO_COMPANIES)
    assert ok.status == "supported", ok.problems
    wrong = check("Xiling Lithium's third-quarter revenue rose 12%.", [2], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("'12%' belongs to 华东电池集团 in [2], not to Xiling Lithium" in p for p in wrong.problems)


def test_english_while_clauses_and_respectively_lists():
    assert check("Hanmaru Motors' sales rose 12% in the third quarter.", [1], EN).status == "supported"
    wrong = check("Daejin Auto's third-quarter sales rose 12%.", [1], EN)
    assert wrong.status == "unsupported"
    assert any("belongs to Hanmaru Motors" in p for p in wrong.problems)
    assert check("Daejin's revenue was 2.9 trillion won.", [2], EN).status == "supported"
    swapped = check("Seoyang's revenue was 2.9 trillion won.", [2], EN)
    assert swapped.status == "unsupported"
    assert any("'2.9 trillion won' belongs to Daejin" in p for p in swapped.problems)


def test_comparison_bases_are_bound_to_each_figure():
    ok = check("Dongyue Heavy's third-quarter revenue rose 10.2% from the previous quarter and 60.7% "
               "year on year.", [3], TWO_COMPANIES)
    assert ok.status == "supported", ok.problems
    swapped = check("Dongyue Heavy's third-quarter revenue rose 10.2% year on year and 60.7% quarter on "
                    "quarter.", [3], TWO_COMPANIES)
    assert swapped.status == "unsupported"
    assert any("'10.2%' is quarter-on-quarter in [3], not year-on-year" in p for p in swapped.problems)


def test_per_ten_shares_is_not_per_share():
    wrong = check("The company will pay a cash dividend of 39.74 yuan per share.", [4], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("is per 10 shares in [4], not per share" in p for p in wrong.problems)
    assert check("The company will pay 39.74 yuan for every 10 shares.", [4], TWO_COMPANIES).status == "supported"
    # Said per share, the same payout is a tenth of it.
    assert check("The dividend works out to about 3.97 yuan a share.", [4], TWO_COMPANIES).status == "supported"


def test_a_metric_named_in_the_claim_must_be_the_figure_s_metric():
    wrong = check("Dongyue Heavy's pre-tax margin was 18.4% in the third quarter.", [3], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("'18.4%' is 税后纯益率 (net margin) in [3], not pre-tax margin" in p for p in wrong.problems)
    assert check("Dongyue Heavy's after-tax margin was 18.4%.", [3], TWO_COMPANIES).status == "supported"
    # A broader word is not a contradiction: a margin is a margin.
    assert check("Dongyue Heavy's margin was 18.4%.", [3], TWO_COMPANIES).status == "supported"


def test_a_year_earlier_figure_is_not_this_quarter_s():
    assert check("Daejin's operating profit rose 40% to 310 billion won.", [3], EN).status == "supported"
    # 'Daejin said its operating profit…': the company speaking of itself owns the figures.
    moved = check("Hanmaru's operating profit rose 40% from a year earlier.", [3], EN)
    assert moved.status == "unsupported" and any("belongs to Daejin" in p for p in moved.problems)
    wrong = check("Daejin's third-quarter operating profit was 221 billion won.", [3], EN)
    assert wrong.status == "unsupported"
    assert any("'221 billion won' is of a year earlier in [3]" in p for p in wrong.problems)


def test_a_named_month_is_a_period_not_a_monthly_rate():
    tw = article("台積電與聯電10月營收分別為3,674.7億元及205.3億元。", "規劃月產能為3萬片晶圓。", title="晶圓代工10月營收")
    assert check("TSMC's October revenue was NT$367.47 billion.", [1], tw).status == "supported"
    assert check("UMC's October revenue was NT$367.47 billion.", [1], tw).status == "unsupported"
    wrong = check("Planned annual capacity is 30,000 wafers.", [2], tw)
    assert wrong.status == "unsupported" and any("per month" in p for p in wrong.problems)


def test_a_figure_said_by_the_other_person_of_the_paragraph():
    hk = article("主席兼董事總經理郭炳聯表示，香港樓市已走出谷底。執行董事郭基煇（Adam Kwok）補充，商場租金按年上升約2%。",
                 title="新鴻基地產全年業績")
    assert check("Executive director Adam Kwok said mall rents rose about 2% year on year.", [1], hk).status == \
        "supported"
    wrong = check("Chairman Kwok Ping-luen said mall rents rose about 2% year on year.", [1], hk)
    assert wrong.status == "unsupported"
    assert any("'2%' is said by 郭基" in p for p in wrong.problems)


def test_an_unsure_binding_keeps_the_verdict():
    # The paragraph names two companies but the claim names none: nothing to contradict.
    assert check("Third-quarter revenue fell 3%.", [2], TWO_COMPANIES).status == "supported"
    # A company the paragraph does not name at all is the name check's business, not attribution's.
    wrong = check("Nanfang Power's revenue fell 3%.", [2], TWO_COMPANIES)
    assert not any("belongs to" in p for p in wrong.problems)
