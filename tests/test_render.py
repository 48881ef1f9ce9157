"""Renderers: house-format Markdown, JSON, self-contained HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from citebrief.brief import Brief
from citebrief.errors import ConfigError
from citebrief.renderers import render
from citebrief.renderers.markdown import is_note_line, strip_marks
from tests.support.render import PARAGRAPHS, sample_article, sample_brief

BULLET = re.compile(r"^- (?P<text>.+?) (?P<cites>(?:\[\d+\])+)$")


# --- Markdown -------------------------------------------------------------------------------

def test_markdown_has_the_house_shape():
    brief = sample_brief()
    lines = render(brief, "md").splitlines()
    assert lines[0] == brief.article.title
    assert lines[1] == "智通财经网·2025-11-06 04:16"
    assert lines[2] == ""
    assert re.fullmatch(r"Core Viewpoint - Japan plans .+ \[1\]\[4\]", lines[3])
    body = [line for line in lines[4:] if not is_note_line(line)]
    # each section title on its own line, followed by its bullets, in order
    expected = []
    for section in brief.sections:
        expected.append(section.title)
        expected += [[str(n) for n in b.citations] for b in section.bullets]
    got = []
    for line in body[: len(expected)]:
        m = BULLET.match(line)
        got.append(re.findall(r"\[(\d+)\]", m["cites"]) if m else line)
    assert got == expected


def test_markdown_dateline_keeps_only_known_parts():
    only_source = render(sample_brief(sample_article(published_at=None)), "md").splitlines()
    assert only_source[1:3] == ["智通财经网", ""]
    neither = render(sample_brief(sample_article(published_at=None, source=None)), "md").splitlines()
    assert neither[1] == "" and neither[2].startswith("Core Viewpoint - ")


def test_markdown_marks_unsupported_claims_with_what_was_missing():
    lines = render(sample_brief(), "md").splitlines()
    kishida = next(i for i, line in enumerate(lines) if "Kishida" in line)
    assert lines[kishida].startswith("- ⚠ UNSUPPORTED: ")
    assert lines[kishida].endswith("[4]")
    assert is_note_line(lines[kishida + 1]) and "Fumio Kishida not found in [4]" in lines[kishida + 1]
    supported = next(line for line in lines if "regular budget" in line)
    assert supported == "- Most funds move into the regular budget from April. [2]"
    unverifiable = next(line for line in lines if "technology waves" in line)
    assert "UNSUPPORTED" not in unverifiable and unverifiable.startswith("- (unverifiable) ")


def test_markdown_lists_dropped_claims_last():
    lines = render(sample_brief(), "md").splitlines()
    heading = lines.index("Dropped (failed verification)")
    dropped = lines[heading + 1:]
    assert "Rapidus was founded in 2019." in dropped[0] and dropped[0].endswith("[3]")
    assert "2019 not found in [3]" in dropped[1]
    assert all("Kishida" not in line for line in dropped)


def test_marked_markdown_reads_back_to_the_same_claims():
    brief = sample_brief()
    lines = render(brief, "md").splitlines()
    stop = lines.index("Dropped (failed verification)")
    read_back = []
    for line in lines[:stop]:
        m = BULLET.match(line)
        if m:
            read_back.append((strip_marks(m["text"]), [int(n) for n in re.findall(r"\d+", m["cites"])]))
    assert read_back == [(b.text, b.citations) for s in brief.sections for b in s.bullets]


def test_markdown_keeps_each_claim_on_one_line():
    brief = sample_brief()
    brief.sections[0].bullets[0].text = "Most funds move\ninto the regular budget."
    lines = render(brief, "md").splitlines()
    assert "- Most funds move into the regular budget. [2]" in lines


# --- JSON -----------------------------------------------------------------------------------

def test_json_round_trips_and_keeps_chinese_readable():
    brief = sample_brief()
    text = render(brief, "json")
    assert Brief.model_validate_json(text) == brief
    assert "智通财经网" in text and "\\u" not in text


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ConfigError, match="unknown format 'pdf'"):
        render(sample_brief(), "pdf")


# --- HTML -----------------------------------------------------------------------------------

class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}


def _page(brief: Brief) -> tuple[str, _Page]:
    html = render(brief, "html")
    page = _Page()
    page.feed(html)
    return html, page


def test_html_numbers_every_paragraph_and_every_citation_link_resolves():
    brief = sample_brief()
    _, page = _page(brief)
    ids = page.ids()
    assert {f"p-{n}" for n in range(1, len(PARAGRAPHS) + 1)} <= ids
    internal = [a["href"] for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("#")]
    assert internal and all(href[1:] in ids for href in internal)
    cites = {a["href"] for t, a in page.tags if t == "a" and "cite" in (a.get("class") or "")}
    cited = {f"#p-{n}" for c in brief.claims() for n in c.citations}
    assert cited <= cites
    text = "".join(page.text)
    for paragraph in PARAGRAPHS:
        assert paragraph in text


def test_html_is_self_contained():
    brief = sample_brief(sample_article(url="https://news.example.com/a/1.html"))
    html, page = _page(brief)
    for tag, attrs in page.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed", "video", "audio"}
        assert not (tag == "script" and attrs.get("src"))
        for name in ("src", "srcset", "data"):
            assert not attrs.get(name)
    assert not re.search(r"url\(|@import", html)
    # the original article is a plain hyperlink, not an asset
    links = [a["href"] for t, a in page.tags if t == "a" and a["href"].startswith("http")]
    assert links == ["https://news.example.com/a/1.html"]


def test_html_escapes_article_text_and_refuses_script_urls():
    brief = sample_brief(sample_article(url="javascript:alert(1)"))
    html, page = _page(brief)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>市场</b>" not in html and "&lt;b&gt;市场&lt;/b&gt;" in html
    assert not any((a.get("href") or "").startswith("javascript:") for _, a in page.tags)


def test_html_marks_claims_by_status_and_sets_languages():
    html, page = _page(sample_brief())
    html_tag = next(a for t, a in page.tags if t == "html")
    assert html_tag["lang"] == "en"
    source = next(a for t, a in page.tags if t == "section" and "source" in (a.get("class") or ""))
    assert source["lang"] == "zh-Hans"
    claims = {a["id"]: a for t, a in page.tags if "claim" in (a.get("class") or "").split() and a.get("id")}
    unsupported = [a for a in claims.values() if "status-unsupported" in a["class"]]
    assert len(unsupported) == 2
    assert any("Fumio Kishida not found in [4]" in a["title"] for a in unsupported)
    text = "".join(page.text)
    assert "Fumio Kishida not found in [4]" in text  # visible, not only in a tooltip
    assert "Dropped (failed verification)" in text


def test_html_brief_in_the_source_language_keeps_english_labels():
    brief = sample_brief()
    brief.language = "zh-Hans"  # an extractive brief keeps the source language
    _, page = _page(brief)
    section = next(a for t, a in page.tags if t == "section" and "brief" in (a.get("class") or ""))
    assert section["lang"] == "zh-Hans"
    assert next(a for t, a in page.tags if t == "html")["lang"] == "en"
    assert all(a.get("lang") == "en" for t, a in page.tags if t == "h2")


def test_marked_markdown_reads_back_through_the_verifier_parser():
    from citebrief.verify import parse_brief

    brief = sample_brief()
    parsed = parse_brief(render(brief, "md"), brief.article)
    assert parsed.core_viewpoint.text == brief.core_viewpoint.text
    assert parsed.core_viewpoint.citations == brief.core_viewpoint.citations
    got = [(strip_marks(c.text), c.citations) for s in parsed.sections for c in s.bullets]
    want = [(b.text, b.citations) for s in brief.sections for b in s.bullets]
    assert got[: len(want)] == want


def test_markdown_skips_empty_sections_and_names_untitled_ones():
    brief = sample_brief()
    brief.sections[0].title = ""
    brief.sections.insert(1, brief.sections[0].model_copy(update={"title": "Empty", "bullets": []}))
    lines = render(brief, "md").splitlines()
    assert "Empty" not in lines
    assert lines[4] == "Key Points" and lines[5].startswith("- Most funds")
