"""Brief page links: other versions of the article, downloads in the three formats, the original URL."""
from __future__ import annotations

import json

import httpx

from citebrief.web import ServeSettings, create_app
from tests.support.web import running

V1 = "Orion Foods raises dividend\nFood Wire·2025-11-12 08:00\n\nOrion Foods raised its dividend 12% to $1.10 a share.\n"
V2 = V1 + "\nThe board also approved a $500 million buyback.\n"


def test_versions_downloads_and_original_link(tmp_path):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    db = str(tmp_path / "pages.sqlite")
    with Store.open(db) as store:
        ids = []
        for text in (V1, V2):
            article = from_text(text, origin="orion")
            article = article.model_copy(update={"url": "https://food.example/orion"})
            ids.append(store.save(article, make_brief(article), settings_key="k").brief_id)
    with running(create_app(ServeSettings(db=db))) as url:
        page = httpx.get(f"{url}/briefs/{ids[1]}").text
        assert f'href="/briefs/{ids[0]}">v1</a>' in page and "v2</a>" in page
        assert 'href="https://food.example/orion"' in page
        md = httpx.get(f"{url}/briefs/{ids[1]}.md")
        assert md.text.startswith("Orion Foods raises dividend") and "Core Viewpoint - " in md.text
        assert md.headers["content-disposition"] == f'attachment; filename="brief-{ids[1]}.md"'
        assert json.loads(httpx.get(f"{url}/briefs/{ids[1]}.json").text)["article"]["paragraphs"][-1].startswith("The board")
        assert httpx.get(f"{url}/briefs/{ids[1]}.html").text.startswith("<!DOCTYPE html>")
        assert httpx.get(f"{url}/briefs/{ids[1]}.exe").status_code == 404
        article_id = httpx.get(f"{url}/api/briefs/{ids[1]}").json()["article_id"]
        versions = httpx.get(f"{url}/api/articles/{article_id}").json()["versions"]
        assert [v["version"] for v in versions] == [1, 2]


def test_pages_seen_before_show_a_new_version_and_a_regrouped_story(tmp_path):
    # The timeline's rows and a brief page's brief are rendered once (web.rows, web.briefpage):
    # what can change around a stored brief must still show on the next visit.
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store
    from citebrief.stories import rebuild_stories
    from tests.support.web import TSMC_ENGLISH

    other = TSMC_ENGLISH.replace("Chip Wire", "Harbour Daily").replace("NT$367.47", "NT$368.2")
    db = str(tmp_path / "pages.sqlite")
    with Store.open(db) as store:
        first = from_text(V1, origin="orion").model_copy(update={"url": "https://food.example/orion"})
        orion_v1 = store.save(first, make_brief(first), settings_key="k").brief_id
        tsmc = from_text(TSMC_ENGLISH, origin="tsmc")
        tsmc_id = store.save(tsmc, make_brief(tsmc), url="https://chips.example/1", settings_key="k").brief_id
    with running(create_app(ServeSettings(db=db))) as url:
        before = httpx.get(f"{url}/briefs/{orion_v1}").text
        assert "Versions of this article" not in before
        assert "sources</a>" not in httpx.get(f"{url}/").text
        assert httpx.get(f"{url}/api/briefs").json()["items"][0]["story"] is None
        assert "story:" not in httpx.get(f"{url}/briefs/{tsmc_id}").text

        with Store.open(db) as store:
            second = from_text(V2, origin="orion").model_copy(update={"url": "https://food.example/orion"})
            orion_v2 = store.save(second, make_brief(second), settings_key="k").brief_id
            article = from_text(other, origin="tsmc2")
            store.save(article, make_brief(article), url="https://chips.example/2", settings_key="k")
            rebuild_stories(store)

        again = httpx.get(f"{url}/briefs/{orion_v1}").text
        assert f'href="/briefs/{orion_v2}">v2</a>' in again and again.count('class="claim') == before.count('class="claim')
        assert "story: 2 sources" in httpx.get(f"{url}/briefs/{tsmc_id}").text
        assert httpx.get(f"{url}/").text.count("2 sources</a>") == 2
        listed = {b["id"]: b for b in httpx.get(f"{url}/api/briefs").json()["items"]}
        assert listed[tsmc_id]["story"]["size"] == 2


def test_pages_answer_304_until_they_change(tmp_path):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    db = str(tmp_path / "etag.sqlite")
    with Store.open(db) as store:
        first = from_text(V1, origin="orion")
        brief_id = store.save(first, make_brief(first), url="https://food.example/orion", settings_key="k").brief_id
    with running(create_app(ServeSettings(db=db))) as url, httpx.Client(base_url=url) as browser:
        page = browser.get("/")
        etag = page.headers["etag"]
        assert page.headers["cache-control"] == "no-cache"
        again = browser.get("/", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        brief = browser.get(f"/briefs/{brief_id}")
        assert browser.get(f"/briefs/{brief_id}", headers={"If-None-Match": brief.headers["etag"]}).status_code == 304
        with Store.open(db) as store:
            article = from_text("Kite Air adds routes\n\nKite Air said it added 12 routes.", origin="kite")
            store.save(article, make_brief(article), url="https://air.example/1", settings_key="k")
        changed = browser.get("/", headers={"If-None-Match": etag})
        assert changed.status_code == 200 and "Kite Air adds routes" in changed.text
        assert changed.headers["etag"] != etag
