"""English key figures (issue 10, item 5), on articles invented for these tests: the rows picked, their
English values, the verifier's say over each row, and the block in Markdown, JSON and HTML."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from citebrief.article import Article
from citebrief.brief import Brief, Check, Claim, KeyFigure
from citebrief.engines import BatchEngine, EngineSettings
from citebrief.keyfigures import key_figures, metric_flags, with_key_figures

# A Taiwanese paper (經濟日報 is in data/story_places.tsv): a bare 元 is New Taiwan dollars.
TAIWAN = Article(
    title="嘉禾電子第三季營收年增18% 毛利率創新高",
    source="經濟日報",
    published_at=datetime(2025, 10, 30, 14, 0),
    language="zh-Hant",
    paragraphs=[
        "被動元件廠嘉禾電子30日公布第三季財報，合併營收412.7億元，年增18.2%，季增5.1%；稅後純益為63.5億元，每股純益4.21元。",
        "第三季毛利率為31.6%，較去年同期提升2.4個百分點。",
        "嘉禾電子今日股價收在286.5元，上漲3.5%，市值約新台幣1,540億元。",
    ],
)
# The same figure with no source, no URL and no currency named: 元 could be NT$, HK$ or renminbi.
NOWHERE = Article(
    title="嘉禾電子第三季營收增長18%",
    published_at=datetime(2025, 10, 30, 14, 0),
    language="zh-Hant",
    paragraphs=["嘉禾電子第三季合併營收412.7億元，較去年同期增長18.2%。"],
)
# The same story written the Taipei way (年增): a bare 元 there is the New Taiwan dollar.
TAIPEI_WORDING = Article(
    title="嘉禾電子第三季營收年增18%",
    published_at=datetime(2025, 10, 30, 14, 0),
    language="zh-Hant",
    paragraphs=["嘉禾電子第三季合併營收412.7億元，年增18.2%。"],
)
ENGLISH = Article(
    title="Northbay Bank quarterly profit rises 12% on trading",
    source="Example Wire",
    published_at=datetime(2025, 10, 14, 7, 30),
    language="en",
    paragraphs=[
        "Northbay Bank reported third-quarter net income of $3.2 billion on Tuesday, up 12% from a year earlier.",
        "Total revenue rose 7% to $14.6 billion. Equities trading revenue rose 21% to $1.8 billion.",
        "Shares of Northbay rose 2.4% to $88.10 in New York.",
    ],
)
MAINLAND = Article(
    title="华东电池三季度净利润增长",
    source="证券时报",
    published_at=datetime(2025, 10, 28, 19, 0),
    language="zh-Hans",
    paragraphs=[
        "华东电池（300999.SZ）晚间发布三季报，公司第三季度实现营业收入86.4亿元，同比增长21.5%；"
        "归属于上市公司股东的净利润为9.3亿元，同比增长35.2%。",
        "分业务看，动力电池业务收入为41.2亿元，同比增长9.8%。",
        "甲公司营收增长12%，乙公司营收下降3%。",
    ],
)


def _row(rows: list[KeyFigure], metric: str) -> KeyFigure:
    found = [r for r in rows if r.metric == metric]
    assert found, f"no {metric!r} row in {[(r.metric, r.value) for r in rows]}"
    return found[0]


def test_a_taiwanese_yuan_is_a_new_taiwan_dollar():
    rows = key_figures(TAIWAN)
    revenue = _row(rows, "revenue")
    assert (revenue.subject, revenue.value, revenue.period, revenue.citations) == \
        ("嘉禾電子", "NT$41.27 billion", "Q3", [1])
    assert revenue.change == "+18.2% YoY, +5.1% QoQ"
    assert _row(rows, "net profit").value == "NT$6.35 billion"
    assert _row(rows, "earnings per share").value == "NT$4.21"
    assert _row(rows, "share price").value == "NT$286.5"
    assert _row(rows, "market cap").value == "about NT$154 billion"
    margin = _row(rows, "gross margin")
    assert (margin.value, margin.change) == ("31.6%", "+2.4 pp YoY")
    assert all(r.check.status == "supported" for r in rows)
    # The claim each row was checked as is kept with it.
    assert revenue.text.startswith("嘉禾電子 revenue was NT$41.27 billion in Q3")


def test_a_yuan_of_a_story_from_nowhere_is_left_out():
    assert key_figures(NOWHERE) == []


def test_a_yuan_of_a_story_written_the_taipei_way_is_a_new_taiwan_dollar():
    assert _row(key_figures(TAIPEI_WORDING), "revenue").value == "NT$41.27 billion"


def test_english_rows_name_the_subject_metric_value_change_and_period():
    rows = key_figures(ENGLISH)
    profit = _row(rows, "net profit")
    assert (profit.subject, profit.value, profit.change, profit.period) == ("Northbay Bank", "$3.2 billion",
                                                                             "+12% YoY", "Q3")
    assert (_row(rows, "revenue").value, _row(rows, "revenue").change) == ("$14.6 billion", "+7%")
    assert (_row(rows, "share price").value, _row(rows, "share price").citations) == ("$88.10", [3])


def test_segments_and_unsure_subjects_are_left_out():
    values = {r.value for r in key_figures(ENGLISH)}
    assert "$1.8 billion" not in values  # equities trading revenue is a part of revenue
    rows = key_figures(MAINLAND)
    assert {r.value for r in rows} == {"8.64 billion yuan", "930 million yuan"}
    assert _row(rows, "net profit attributable").change == "+35.2% YoY"  # 归母净利润
    assert all(r.subject == "华东电池" for r in rows)  # not 甲公司 or 乙公司, not 动力电池


def test_a_row_the_verifier_rejects_is_not_shown(monkeypatch):
    from citebrief.verify import check as check_module

    real = check_module.check_with_index

    def strict(text, citations, idx, **kw):
        if "market cap" in text:
            return Check(status="unsupported", problems=["planted by the test"])
        return real(text, citations, idx, **kw)

    monkeypatch.setattr(check_module, "check_with_index", strict)
    rows = key_figures(TAIWAN)
    assert rows and "market cap" not in {r.metric for r in rows}
    assert "share price" in {r.metric for r in rows}


def test_a_change_the_verifier_rejects_is_left_out_of_its_row(monkeypatch):
    from citebrief.verify import check as check_module

    real = check_module.check_with_index

    def no_changes(text, citations, idx, **kw):
        if "year-on-year" in text:
            return Check(status="unsupported", problems=["planted by the test"])
        return real(text, citations, idx, **kw)

    monkeypatch.setattr(check_module, "check_with_index", no_changes)
    revenue = _row(key_figures(TAIWAN), "revenue")
    assert revenue.value == "NT$41.27 billion" and revenue.change is None
    assert "year-on-year" not in revenue.text


def test_unverified_rows_are_kept_only_when_asked():
    rows = key_figures(TAIWAN, verify=False)
    assert rows and all(r.check.status == "unchecked" for r in rows)


def test_the_metric_glossary_says_how_each_metric_is_reported():
    flags = metric_flags()
    assert "ratio" in flags["gross_margin"]  # inherited from 'margin'
    assert {"growth", "macro"} <= flags["cpi"]
    assert "ratio" in flags["rrr"] and "policy" in flags["rrr"]
    assert flags["revenue"] == frozenset()


# --- the block in every format, from the pipeline ---------------------------------------------


@pytest.fixture(scope="module")
def brief() -> Brief:
    from citebrief.pipeline import make_brief

    return make_brief(TAIWAN)


def test_markdown_carries_the_block_after_the_core_viewpoint(brief):
    from citebrief.pipeline import render
    from citebrief.renderers.markdown import KEY_FIGURES_HEADING, key_figure_line

    assert brief.key_figures
    lines = render(brief, "md").splitlines()
    core = next(i for i, ln in enumerate(lines) if ln.startswith("Core Viewpoint - "))
    start = lines.index(KEY_FIGURES_HEADING)
    assert start > core and all(not ln.startswith("- ") for ln in lines[core + 1:start])
    rows = lines[start + 1:start + 1 + len(brief.key_figures)]
    assert rows == [key_figure_line(r) for r in brief.key_figures]
    assert rows[0] == "- 嘉禾電子 · revenue · NT$41.27 billion · +18.2% YoY, +5.1% QoQ · Q3 [1]"


def test_markdown_with_key_figures_reads_back_to_the_same_claims(brief):
    from citebrief.pipeline import render
    from citebrief.verify.parse import parse_brief

    parsed = parse_brief(render(brief, "md"), TAIWAN)
    assert [c.text for c in parsed.claims()] == [c.text for c in brief.claims()]
    assert [s.title for s in parsed.sections] == [s.title for s in brief.sections if s.bullets]


def test_json_carries_the_rows_and_round_trips(brief):
    from citebrief.pipeline import render

    data = json.loads(render(brief, "json"))
    first = data["key_figures"][0]
    assert {k: first[k] for k in ("subject", "metric", "metric_id", "value", "change", "period", "citations")} == {
        "subject": "嘉禾電子", "metric": "revenue", "metric_id": "revenue", "value": "NT$41.27 billion",
        "change": "+18.2% YoY, +5.1% QoQ", "period": "Q3", "citations": [1]}
    assert first["check"]["status"] == "supported"
    assert Brief.model_validate(data).key_figures == brief.key_figures


def test_html_carries_the_block_with_links_and_verdicts(brief):
    from citebrief.pipeline import render

    page = render(brief, "html")
    assert '<h2 lang="en" id="key-figures">Key figures</h2>' in page
    assert page.index("key-figures") < page.index("Source paragraphs")
    assert '<tr id="kf-1" class="status-supported"' in page
    assert '<td class="value">NT$41.27 billion</td>' in page
    assert '<a class="cite" href="#p-1" title="paragraph 1">[1]</a>' in page
    assert "supported: 嘉禾電子 revenue was NT$41.27 billion in Q3" in page  # the checked claim as tooltip


def test_briefs_before_key_figures_still_load_and_render():
    from citebrief.brief import brief_json_schema
    from citebrief.pipeline import render

    old = Brief(article=TAIWAN, engine="test",
                core_viewpoint=Claim(text="嘉禾電子第三季合併營收412.7億元", citations=[1]), sections=[]).model_dump(mode="json")
    old.pop("key_figures")
    loaded = Brief.model_validate(old)
    assert loaded.key_figures == []
    assert "Key figures" not in render(loaded, "md") and "key-figures" not in render(loaded, "html")
    schema = brief_json_schema()
    assert "key_figures" in schema["properties"] and "key_figures" not in schema.get("required", [])
    assert "KeyFigure" in schema["$defs"]


def test_a_key_figure_citing_a_missing_paragraph_is_refused():
    with pytest.raises(ValueError, match="key figure citation 9"):
        Brief(article=TAIWAN, engine="test", core_viewpoint=Claim(text="x", citations=[1]), sections=[],
              key_figures=[KeyFigure(subject="s", metric="m", value="1", citations=[9])])


def test_make_brief_can_leave_key_figures_out():
    from citebrief.pipeline import make_brief

    assert make_brief(TAIWAN, key_figures=False).key_figures == []


class _BatchEngine(BatchEngine):
    """An engine that verifies its own briefs and runs a batch itself, as the LLM engine does."""

    name = "batch"

    def settings(self) -> EngineSettings:
        return EngineSettings(engine=self.name)

    def brief(self, article: Article) -> Brief:
        return Brief(article=article, engine=self.name,
                     core_viewpoint=Claim(text=article.paragraphs[0], citations=[1], check=Check(status="supported")),
                     sections=[])

    def brief_many(self, items, concurrency, on_result, *, load, collect):
        out = []
        for i, item in enumerate(items):
            result = self.brief(item)
            out.append(result if collect else None)
            if on_result is not None:
                on_result(i, item, result)
        return out


def test_an_engine_that_runs_its_own_batch_gets_key_figures_too():
    from citebrief.pipeline import make_briefs

    seen = []
    results = make_briefs([TAIWAN, ENGLISH], _BatchEngine(), on_result=lambda i, item, r: seen.append(r))
    assert all(isinstance(r, Brief) and r.key_figures for r in results)
    assert all(r.key_figures for r in seen)
    assert with_key_figures(_BatchEngine().brief(TAIWAN)).key_figures == results[0].key_figures
