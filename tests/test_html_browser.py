"""The HTML page in a real browser: a citation click lands on, and highlights, its paragraph.

Drives the system Chromium through Playwright. Skipped (with the reason) only when Chromium is
absent outside CI; under CI (CI=true) a missing browser is a failure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.renderers import render
from tests.support.render import sample_article, sample_brief

pytestmark = pytest.mark.browser

IN_VIEW = """() => { const r = document.getElementById('p-11').getBoundingClientRect();
                   return r.top >= 0 && r.top < innerHeight; }"""


def _long_article_page(tmp_path: Path) -> Path:
    # Long paragraphs so that the cited one starts off screen and must be scrolled to.
    filler = "日本政府加码半导体与人工智能投资，" * 40
    paragraphs = [f"第{n}段。{filler}约{n}.5万亿日元。" for n in range(1, 13)]
    article = sample_article(paragraphs=paragraphs)
    brief = sample_brief(article)
    brief.sections[-1].bullets[-1].citations = [11]
    path = tmp_path / "brief.html"
    path.write_text(render(brief, "html"), encoding="utf-8")
    return path


def test_citation_click_targets_and_highlights_the_paragraph(browser, tmp_path):
    page_file = _long_article_page(tmp_path)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri())

    target = page.locator("#p-11")
    before = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert not target.evaluate("e => e.matches(':target')")

    page.locator('a.cite[href="#p-11"]').first.click()
    page.wait_for_function("location.hash === '#p-11'")
    # smooth scrolling: fails with a timeout if the paragraph never comes into view
    page.wait_for_function(IN_VIEW, timeout=5000)
    page.wait_for_timeout(500)  # the highlight's colour transition

    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == "p-11"
    after = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert after != before and after not in ("rgba(0, 0, 0, 0)", "transparent")

    page.screenshot(path="/tmp/citebrief-html-browser.png")
    # the page is self-contained: nothing but the file itself was requested
    assert all(url.startswith("file://") for url in requests), requests
    page.close()


def test_narrow_screen_stacks_brief_above_source(browser, tmp_path):
    page_file = _long_article_page(tmp_path)
    page = browser.new_page(viewport={"width": 420, "height": 800})
    page.goto(page_file.as_uri())
    brief_box = page.locator("section.brief").bounding_box()
    source_box = page.locator("section.source").bounding_box()
    assert source_box["y"] >= brief_box["y"] + brief_box["height"] - 1
    page.locator('a.cite[href="#p-11"]').first.click()
    page.wait_for_function("location.hash === '#p-11'")
    page.wait_for_function(IN_VIEW, timeout=5000)
    page.close()
