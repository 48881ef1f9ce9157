"""check_claim: figures, dates and names of English (and Chinese) claims found in the cited
paragraphs of Chinese (both scripts) and English articles."""
from __future__ import annotations

from citebrief.facts.gazetteer import lookup
from citebrief.text.script import to_traditional
from citebrief.verify import check_claim
from tests.support.verify import article

ZH = article(
    "日本执政党计划每年筹措约1万亿日元（约合65亿美元），从明年4月开始的新财年起纳入常规预算。",
    "在已拨付的资金中，约1.7万亿日元流向了Rapidus，该公司目标是在2027年量产2纳米芯片。",
    "新任首相高市早苗表示将重振安倍经济学。董事长张志强称第三季度营收同比增长12%，净利润下降3%。",
    "央行宣布下调存款准备金率0.5个百分点，并降息25个基点；4月出口环比增长5%。",
    title="日本拟每年投入1万亿日元扶持芯片",
)


def status(text, cites, art=ZH):
    return check_claim(text, cites, art)


def test_supported_when_every_figure_is_in_a_cited_paragraph():
    check = status("Japan's ruling party plans about 1 trillion yen (about 6.5 billion USD) a year [1]", [1])
    assert check.status == "supported"
    assert {a.text for a in check.atoms} >= {"1 trillion yen", "6.5 billion USD"}
    assert all(a.cited for a in check.atoms if a.kind == "amount")


def test_fact_cited_to_the_wrong_paragraph_names_where_it_is():
    check = status("About 1.7 trillion yen went to Rapidus.", [3])
    assert check.status == "unsupported"
    assert "'1.7 trillion yen' not in [3]; found in [2]" in check.problems


def test_changed_number_and_wrong_scale_are_unsupported():
    assert status("About 1.9 trillion yen went to Rapidus.", [2]).status == "unsupported"
    check = status("About 1.7 billion yen went to Rapidus.", [2])
    assert check.status == "unsupported"
    assert any("not in the article" in p for p in check.problems)


def test_month_year_node_and_quarter_across_languages():
    assert status("From the fiscal year starting in April, funding moves to the regular budget.", [1]).status \
        == "supported"
    assert status("Rapidus targets 2nm mass production in 2027.", [2]).status == "supported"
    assert status("Rapidus targets 2nm mass production in 2028.", [2]).status == "unsupported"
    assert status("Third-quarter revenue rose 12% year-on-year.", [3]).status == "supported"
    assert status("Second-quarter revenue rose 12% year-on-year.", [3]).status == "unsupported"


def test_reversed_direction_is_unsupported():
    assert status("Net profit fell 3%.", [3]).status == "supported"
    check = status("Net profit rose 3%.", [3])
    assert check.status == "unsupported"
    assert any("goes the other way" in p for p in check.problems)


def test_comparison_basis_contradiction():
    assert status("April exports rose 5% from the previous month.", [4]).status == "supported"
    assert status("April exports rose 5% year-on-year.", [4]).status == "unsupported"


def test_points_and_basis_points():
    assert status("The reserve requirement ratio was cut by 0.5 percentage points.", [4]).status == "supported"
    assert status("The reserve requirement ratio was cut by 0.5%.", [4]).status == "unsupported"
    assert status("Rates were cut by 25 basis points.", [4]).status == "supported"
    assert status("The reserve requirement ratio was cut by 50 basis points.", [4]).status == "supported"


def test_wrong_prime_minister_is_unsupported_and_right_one_supported():
    wrong = status("The new Prime Minister, Fumio Kishida, is expected to revive Abenomics.", [3])
    assert wrong.status == "unsupported"
    assert any("Fumio Kishida" in p and "岸田文雄" in p for p in wrong.problems)
    assert status("The new Prime Minister, Sanae Takaichi, is expected to revive Abenomics.", [3]).status \
        == "supported"


def test_pinyin_names_not_in_the_gazetteer():
    assert status("Chairman Zhang Zhiqiang said revenue rose 12%.", [3]).status == "supported"
    check = status("Chairman Zhang Zhiqiang said revenue rose 12%.", [2, 3])
    assert check.status == "supported"
    misplaced = status("Chairman Zhang Zhiqiang said the plan is about 1 trillion yen.", [1])
    assert misplaced.status == "unsupported"
    assert any("Zhang Zhiqiang" in p and "found in [3]" in p for p in misplaced.problems)


def test_a_name_nothing_can_map_is_never_supported_nor_a_false_alarm():
    # Its figure is right, but nobody in the article is called that: the claim cannot be certified,
    # and since the paragraph names nobody else in that place, it is not called wrong either.
    check = status("Analyst Kestrel Wolfington said the 1.7 trillion yen plan was bold.", [2])
    assert check.status == "unverifiable"
    assert not check.problems
    assert status("Observers call the plan a bold bet by Kestrel Wolfington.", [2]).status == "unverifiable"


def test_nothing_checkable_is_unverifiable():
    assert status("This change is expected to provide a more stable funding source.", [1]).status == "unverifiable"


def test_traditional_script_article_matches_like_simplified():
    trad = article(*[to_traditional(p).replace("日元", "日圓") for p in ZH.paragraphs], title=to_traditional(ZH.title))
    assert "萬億日圓" in trad.paragraphs[1]
    assert status("About 1.7 trillion yen went to Rapidus.", [2], trad).status == "supported"
    assert status("About 1.7 trillion yen went to Rapidus.", [1], trad).status == "unsupported"
    assert status("Prime Minister Sanae Takaichi will revive Abenomics.", [3], trad).status == "supported"


def test_chinese_claim_copied_from_its_paragraph_is_supported():
    for n, paragraph in ZH.numbered:
        for sentence in paragraph.split("。"):
            if len(sentence) > 8:
                assert status(sentence + "。", [n]).status in ("supported", "unverifiable"), sentence
    assert status("约1.7万亿日元流向了Rapidus", [2]).status == "supported"
    assert status("约1.7万亿日元流向了Rapidus", [1]).status == "unsupported"


def test_english_article():
    en = article(
        "The Federal Reserve lowered rates by 25 basis points to a range of 4.00% to 4.25% on Wednesday.",
        "Fed Chair Jerome Powell said unemployment rose to 4.3% in August.",
        title="Fed cuts rates", language="en")
    assert status("Jerome Powell said unemployment rose to 4.3% in August.", [2], en).status == "supported"
    assert status("Janet Yellen said unemployment rose to 4.3% in August.", [2], en).status == "unsupported"
    assert status("The Fed cut rates by 25 basis points.", [2], en).status == "unsupported"
    # 'US$' and 'US dollars' are currencies, not the place.
    check = status("The Fed cut rates by 25 basis points, a move worth US$5 billion to US dollar savers.", [1], en)
    assert not any(a.kind == "place" for a in check.atoms)


def test_citation_outside_the_article_is_reported():
    check = status("About 1.7 trillion yen went to Rapidus.", [9])
    assert check.status == "unsupported"
    assert any("paragraphs 1..4" in p for p in check.problems)


def test_gazetteer_lookup_by_any_form():
    takaichi = lookup("Sanae Takaichi")
    assert takaichi and "高市早苗" in takaichi[0].zh and takaichi[0].kind == "person"
    assert lookup("鮑威爾")[0].english[0] == "Jerome Powell"
    tsmc = lookup("台積電")[0]
    assert tsmc.ticker == "2330.TW" and "TSMC" in tsmc.english
    assert lookup("boj")[0].kind == "central_bank"
    assert lookup("no such entity anywhere") == []


def test_year_implied_by_this_year_in_a_dated_article():
    from datetime import datetime

    dated = ZH.model_copy(update={"published_at": datetime(2025, 11, 6, 4, 16),
                                  "paragraphs": ZH.paragraphs + ["今年前三季度出口增长5%，去年同期为3%。"]})
    assert status("Exports rose 5% in the first three quarters of 2025.", [5], dated).status == "supported"
    assert status("Exports rose 3% in the same period of 2024.", [5], dated).status == "supported"
    assert status("Exports rose 5% in the first three quarters of 2023.", [5], dated).status == "unsupported"
    # Undated: 'this year' proves nothing about 2025.
    undated = dated.model_copy(update={"published_at": None})
    assert status("Exports rose 5% in the first three quarters of 2025.", [5], undated).status == "unsupported"


def test_verify_brief_quotes_and_detail():
    from citebrief.brief import Brief, Claim, Section
    from citebrief.verify import verify_brief

    quote = "约1.7万亿日元流向了Rapidus，该公司目标是在2027年量产2纳米芯片"
    brief = Brief(article=ZH, engine="extractive",
                  core_viewpoint=Claim(text=quote + "。", citations=[2]),
                  sections=[Section(title="Players", bullets=[
                      Claim(text=quote, citations=[2]),
                      Claim(text=quote, citations=[1]),  # right words, wrong paragraph
                      Claim(text="About 1.7 trillion yen went to Rapidus.", citations=[2])])])
    fast = verify_brief(brief)
    core, right, wrong, english = fast.claims()
    assert core.check.status == right.check.status == english.check.status == "supported"
    assert [a.kind for a in right.check.atoms] == ["quote"] and right.check.atoms[0].found_in == [2]
    assert wrong.check.status == "unsupported"
    assert "'1.7万亿日元' not in [1]; found in [2]" in wrong.check.problems
    detailed = verify_brief(brief, detail=True)
    kinds = {a.kind for a in detailed.claims()[1].check.atoms}
    assert {"amount", "year", "figure", "entity"} <= kinds
    assert all(a.found_in == [2] and a.cited for a in detailed.claims()[1].check.atoms)


def test_single_word_place_by_pinyin():
    art = article("公司计划在合肥新建一座工厂，总投资约50亿元。", "另一座工厂位于苏州，投资约30亿元。", title="工厂")
    assert status("The company will build a plant in Hefei worth about 5 billion yuan.", [1], art).status == "supported"
    check = status("The company will build a plant in Suzhou worth about 5 billion yuan.", [1], art)
    assert check.status == "unsupported"
    assert "'Suzhou' (苏州) not in [1]; found in [2]" in check.problems


def test_paraphrases_of_periods_multiples_and_capitals():
    art = article("前10个月，出口总额为21.5万亿元，同比增长6.8%。", "首8个月日均成交额同比增长约1.2倍。",
                  "美国对台湾商品加征20%的关税。", title="贸易")
    assert status("Exports for January-October totaled 21.5 trillion yuan, up 6.8%.", [1], art).status == "supported"
    assert status("Exports in the first ten months rose 6.8%.", [1], art).status == "supported"
    assert status("Exports in the first nine months rose 6.8%.", [1], art).status == "unsupported"
    assert status("Daily turnover in the first eight months rose about 120%.", [2], art).status == "supported"
    assert status("Daily turnover in the first eight months rose about 150%.", [2], art).status == "unsupported"
    assert status("Washington imposed a 20% tariff on Taiwanese goods.", [3], art).status == "supported"


def test_the_storys_quarter_is_implied_in_later_paragraphs():
    art = article("Samsung said its third-quarter operating profit rose 32.5% to 12.2 trillion won.",
                  "Revenue rose 8.8% to a record 86.1 trillion won.", "It expects demand to grow in the fourth quarter.",
                  title="Samsung profit jumps", language="en")
    assert status("Samsung's Q3 revenue hit a record 86.1 trillion won.", [2], art).status == "supported"
    # Another quarter than the story's is still checked where cited.
    assert status("Samsung's Q4 revenue hit a record 86.1 trillion won.", [2], art).status == "unsupported"
