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
