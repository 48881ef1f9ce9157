"""The web pages in Debian's Chromium (Playwright) over a real uvicorn: citations, hover, filters,
cross-script search, live timeline, and hostile article text that must run nothing."""
from __future__ import annotations

import re

import pytest

from citebrief.web import ServeSettings, create_app
from tests.support.web import running, seed

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("webui") / "store.sqlite")
    ids = seed(db, synthetic=30)
    with running(create_app(ServeSettings(db=db, live_seconds=1))) as url:
        yield url, ids, db


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    page.close()


def _last_cited_paragraph(page) -> str:  # noqa: ANN001
    # the highest-numbered paragraph a bullet cites: far down, so clicking must scroll to it
    numbers = page.eval_on_selector_all("li.claim a.cite[data-p]", "els => els.map(e => +e.dataset.p)")
    return str(max(numbers))


def test_click_citation_scrolls_and_highlights_the_sentence(site, page):
    url, ids, _ = site
    page.goto(f"{url}/briefs/{ids['tsmc-revenue.zh-Hant']}")
    n = _last_cited_paragraph(page)
    para = page.locator(f"#p-{n}")
    cite = page.locator(f'li.claim a.cite[data-p="{n}"]').first
    claim_text = cite.locator("xpath=ancestor::li[1]").locator(".text").inner_text()
    cite.click()
    page.wait_for_function(
        f"""() => {{ const r = document.getElementById('p-{n}').getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= innerHeight + 1; }}""", timeout=5000)
    assert "hl" in para.get_attribute("class")
    sentence = para.locator("mark.m-span")
    sentence.first.wait_for(timeout=5000)  # the marks are fetched on first use
    # the extractive bullet is a sentence of the paragraph: exactly that sentence is highlighted
    assert claim_text.strip() in "".join(sentence.all_inner_texts())
    background = sentence.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    # figures matched by value are marked too (the paragraph text itself is unchanged)
    assert para.locator(".ptext").inner_text() == para.locator(".ptext").evaluate("e => e.textContent")


def test_key_figure_citation_marks_the_figure_across_languages(site, page):
    url, ids, _ = site
    page.goto(f"{url}/briefs/{ids['tsmc-revenue.zh-Hant']}")
    page.locator("#kf-1 a.cite").first.click()
    page.locator("#p-1 mark.m-figure").first.wait_for(timeout=5000)
    figures = page.locator("#p-1 mark.m-figure").all_inner_texts()
    # the English row 'NT$367.47 billion' rests on the Chinese '新台幣3674.7億元'
    assert any("3674.7" in f for f in figures), figures


def test_hover_shows_the_paragraph(site, page):
    url, ids, _ = site
    page.goto(f"{url}/briefs/{ids['pboc-rate-cut.en']}")
    cite = page.locator("a.cite[data-p]").first
    n = cite.get_attribute("data-p")
    assert page.locator("#tip").is_hidden()
    cite.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible", timeout=3000)
    paragraph = page.locator(f"#p-{n} .ptext").inner_text()
    assert paragraph[:60] in tip.inner_text()


def test_filter_by_ticker(site, page):
    url, ids, _ = site
    page.goto(url + "/")
    assert page.locator("li.row").count() == 25  # a full first page, with an 'Older' link
    page.fill("input[name=entity]", "2330.TW")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"entity=2330\.TW"))
    shown = {int(x) for x in page.eval_on_selector_all("li.row", "els => els.map(e => e.dataset.id)")}
    assert shown == {ids["tsmc-revenue.zh-Hant"], ids["tsmc-en"], ids["japan-chips.zh-Hans"]}


def test_chinese_search_across_scripts(site, page):
    url, ids, _ = site
    page.goto(url + "/")
    page.fill("input[name=q]", "台积电")  # simplified; the TSMC story is written 台積電
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q="))
    titles = page.locator("li.row a.title").all_inner_texts()
    assert any("台積電" in t for t in titles) and any("TSMC" in t for t in titles)
    assert not any("Acme" in t for t in titles)


def test_new_briefs_appear_without_reload(site, page):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    url, _, db = site
    page.goto(url + "/")
    page.evaluate("window.__marker = 1")  # survives only if the page is not reloaded
    with Store.open(db) as store:
        article = from_text("Borealis Mining lifts output 9%\n\nBorealis Mining said output rose 9% to 1.2 million "
                            "tonnes.", origin="live")
        new_id = store.save(article, make_brief(article), url="https://mining.example/live", settings_key="k").brief_id
    page.locator(f'li.row[data-id="{new_id}"]').wait_for(timeout=10000)
    assert page.evaluate("window.__marker") == 1
    assert page.locator("li.row").first.get_attribute("data-id") == str(new_id)


def test_hostile_article_runs_nothing(site, page):
    url, ids, _ = site
    executed: list[str] = []
    page.on("console", lambda m: executed.append(m.text) if "alert" in m.text else None)
    for path in ("/", f"/briefs/{ids['hostile']}", "/?q=Evil"):
        page.goto(url + path)
        page.wait_for_load_state("load")
        # hover and click everything a user might on the brief page
        for cite in page.locator("a.cite[data-p]").all()[:4]:
            cite.hover()
            cite.click()
        assert page.locator("script:not([src])").count() == 0
        assert page.locator("[onerror], [onmouseover]").count() == 0
        assert page.locator('a[href^="javascript:" i]').count() == 0
        assert page.locator("img").count() == 0
    page.goto(f"{url}/briefs/{ids['hostile']}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.locator("text=original").count() == 0  # a javascript: URL is not linked
    assert page.dialogs == [] and executed == []


def test_brief_it_form_and_a_watchlist_made_in_the_page(site, page):
    url, _, _ = site
    page.goto(url + "/brief-it")
    page.fill("textarea[name=text]", "Nimbus Cloud doubles profit\n\nNimbus Cloud said net profit rose 104% to "
              "$1.3 billion in the third quarter.\n\nIts shares rose 8% on Tuesday.")
    page.select_option("select[name=length]", "short")
    page.click("form.stack button[type=submit]")
    assert "Core Viewpoint - " in page.locator("pre.result").inner_text()
    page.check("input[name=store]")
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"/briefs/\d+$"))
    assert "Nimbus Cloud doubles profit" in page.locator("h1").inner_text()

    page.goto(url + "/watchlists")
    page.fill("input[name=name]", "Clouds")
    page.fill("input[name=terms]", "Nimbus Cloud")
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"/watchlists/\d+$"))
    assert page.locator("li.row a.title").all_inner_texts() == ["Nimbus Cloud doubles profit"]
