"""Readings a careful reader makes that a literal matcher does not: days told by the dateline
(昨（10）日, 'on Sunday'), the story's month in paragraphs that name none, a point change told as two
levels, Hong Kong units (點子, 厘, 三成), rankings that are not figures, names listed after 分别, titles
chained across a department, and company words after an unknown name ('Longfor Group's'). Each
test pairs what must stay supported with a wrong claim that must stay flagged. Sentences are ours."""
from __future__ import annotations

from citebrief.article import Article
from tests.support.verify import article, dated, status


def test_days_told_by_the_dateline():
    tw = dated("聯豐昨（10）日公布10月營收412.5億元，月增11.2%。", "加權指數10日收在28,416點，上漲183點。",
               when="2026-11-11 06:30")
    assert status("Lianfeng reported October revenue of NT$41.25 billion on Nov. 10.", [1], tw) == "supported"
    assert status("The Taiex closed at 28,416 on Nov. 10.", [2], tw) == "supported"
    assert status("The Taiex closed at 28,416 on Nov. 9.", [2], tw) == "unsupported"
    en = dated("Harbor Motors said on Sunday its October sales rose 14.2% to 252,418 units.",
               "Harbor shares rose 2.4% on Monday.", when="2026-11-02 14:05")
    assert status("Harbor Motors reported its October sales on Nov. 1.", [1], en) == "supported"
    assert status("Harbor shares rose 2.4% on Nov. 2.", [2], en) == "supported"
    assert status("Harbor shares rose 2.4% on Nov. 3.", [2], en) == "unsupported"


def test_the_storys_month_carries_into_paragraphs_that_name_none():
    art = Article(title="Harbor Motors posts record October sales",
                  paragraphs=["Harbor Motors said its sales rose 14.2% to a record 252,418 units in October.",
                              "Its exports climbed 21.5% to 38,412 units.",
                              "In September, its exports had risen 9.1%."],
                  language="en")
    assert status("Harbor's exports climbed 21.5% to 38,412 units in October.", [2], art) == "supported"
    assert status("Harbor's exports climbed 21.5% to 38,412 units in August.", [2], art) == "unsupported"
    # A paragraph that names its own month keeps it.
    assert status("Harbor's exports rose 9.1% in October.", [3], art) == "unsupported"


def test_a_point_change_told_as_two_levels():
    art = article("Harbor's EBIT margin widened to 11.4% from 10.1% a year earlier.",
                  "Its CET1 ratio stood at 17.0% at the end of September, compared with 17.2% at the end of June.")
    assert status("Harbor's EBIT margin widened by 130 basis points from a year earlier to 11.4%.", [1], art) == "supported"
    assert status("Harbor's EBIT margin widened by 1.3 percentage points to 11.4%.", [1], art) == "supported"
    assert status("Harbor's EBIT margin widened by 150 basis points to 11.4%.", [1], art) == "unsupported"
    assert status("Harbor's CET1 ratio fell 20 basis points in the quarter to 17.0%.", [2], art) == "supported"
    # The earlier level is end-June's, not a year earlier's.
    assert status("Harbor's CET1 ratio fell 20 basis points from a year earlier to 17.0%.", [2], art) == "unsupported"


def test_hong_kong_units_and_tenths():
    art = article("一個月拆息報2.86%，較上周五上升21點子；新造按揭實際按息約為3.1厘。",
                  "新盤買家中約三成為內地客，占全年營收比重約達兩成五。")
    assert status("One-month HIBOR rose 21 basis points to 2.86%.", [1], art) == "supported"
    assert status("The effective rate on new mortgages is about 3.1%.", [1], art) == "supported"
    assert status("One-month HIBOR rose 12 basis points to 2.86%.", [1], art) == "unsupported"
    assert status("About 30% of buyers were from mainland China.", [2], art) == "supported"
    assert status("It was about 25% of full-year revenue.", [2], art) == "supported"
    assert status("About 40% of buyers were from mainland China.", [2], art) == "unsupported"


def test_a_ranking_is_not_a_figure():
    art = article("10月TOP100房企实现销售操盘金额2,418.6亿元，同比下降8.6%。")
    assert status("The top 100 developers' October sales were 241.86 billion yuan, down 8.6%.", [1], art) == "supported"
    assert status("The top 100 developers' October sales were 251.86 billion yuan, down 8.6%.", [1], art) == "unsupported"


def test_names_listed_after_fenbie_and_lists_of_two_named_before():
    art = article("股價方面，富邦金收91.6元，國泰金收66.8元。外資當日分別買超富邦金、國泰金1萬2,364張和5,812張。",
                  "中国平安A股报58.62元，中国人寿A股报44.15元。年内两者股价分别累计上涨22.4%和9.8%。")
    assert status("Foreign investors bought a net 5,812 lots of Cathay Financial.", [1], art) == "supported"
    assert status("Foreign investors bought a net 5,812 lots of Fubon Financial.", [1], art) == "unsupported"
    assert status("Ping An's A shares have gained 22.4% this year.", [2], art) == "supported"
    assert status("China Life's A shares have gained 22.4% this year.", [2], art) == "unsupported"


def test_titles_chained_across_a_department_and_after_an_english_name():
    art = article("国家统计局新闻发言人、国民经济综合统计司司长付凌晖表示，一线城市新房价格降幅收窄。",
                  "Wee Ee Cheong, Harbor Bank's deputy chairman and chief executive, said loan growth would hold.")
    assert status("NBS spokesman Fu Linghui said new home price declines in first-tier cities narrowed.", [1], art) == "supported"
    assert status("Harbor Bank CEO Wee Ee Cheong said loan growth would hold.", [2], art) == "supported"
    assert status("Harbor Bank CFO Wee Ee Cheong said loan growth would hold.", [2], art) == "unsupported"


def test_a_company_word_after_an_unknown_name_is_part_of_it():
    art = Article(title="Lenders report", language="en", paragraphs=[
        "United Overseas Bank's third-quarter net profit fell 8% from a year earlier to S$1.49 billion."])
    assert status("UOB's third-quarter net profit fell 8% to S$1.49 billion.", [1], art) == "supported"
    assert status("Kestrel Group's third-quarter net profit fell 8% to S$1.49 billion.", [1], art) != "supported"
