"""The story page and API: a story's sources side by side, figures that agree and that differ."""
from __future__ import annotations

import httpx

from citebrief.web import ServeSettings, create_app
from tests.support.web import EXAMPLES, TSMC_ENGLISH, running

# Another wire with the same event but a different revenue figure (same subject, metric, period).
TSMC_OTHER = ("TSMC posts record October revenue\nHarbour Daily·2025-11-10 18:00\n\n"
              "TSMC said October revenue rose 26.4% from a year earlier to NT$368.2 billion.\n\n"
              "TSMC shares closed at NT$1,465 in Taipei on Monday.\n")


def test_story_figures_agree_and_differ(tmp_path):
    from citebrief.loaders import from_text, load_article
    from citebrief.pipeline import make_brief
    from citebrief.store import Store
    from citebrief.stories import rebuild_stories

    db = str(tmp_path / "story.sqlite")
    with Store.open(db) as store:
        articles = [load_article(str(EXAMPLES / "tsmc-revenue.zh-Hant.txt")),
                    from_text(TSMC_ENGLISH, origin="en1"), from_text(TSMC_OTHER, origin="en2")]
        for n, article in enumerate(articles):
            store.save(article, make_brief(article), url=f"https://tsmc.example/{n}", settings_key="k")
        rebuild_stories(store)
        (story,) = store.list_stories(min_size=3)
    with running(create_app(ServeSettings(db=db))) as url:
        got = httpx.get(f"{url}/api/stories/{story['id']}").json()
        differ = {(f["metric"], f["period"]): {s["value"] for s in f["sources"]} for f in got["figures"]["differ"]}
        agree = {(f["metric"], f["period"]): {s["value"] for s in f["sources"]} for f in got["figures"]["agree"]}
        assert differ[("revenue", "October")] == {"NT$367.47 billion", "NT$368.2 billion"}
        assert agree[("share price", None)] == {"NT$1,465"}
        page = httpx.get(f"{url}/stories/{story['id']}").text
        differ_table = page.split("Figures that differ", 1)[1].split("Figures that agree", 1)[0]
        assert "NT$368.2 billion" in differ_table and "NT$367.47 billion" in differ_table
        assert page.count('class="story-article"') == 3
        assert httpx.get(f"{url}/stories/999").status_code == 404
