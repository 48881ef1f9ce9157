"""Timeline queries of the store (citebrief.store.timeline) and watchlists, on SQLite and PostgreSQL:
filters, keyset pages, 'since' for live updates, gazetteer-expanded search, OR-ed watchlist terms."""
from __future__ import annotations

from datetime import date

import pytest

from citebrief.loaders import from_text
from citebrief.pipeline import make_brief
from citebrief.store import Store, timeline as tl, watchlists as wls
from tests.support.web import TSMC_ENGLISH, english_article

ZH_TSMC = ("台積電10月營收創新高\n鉅亨網·2025-11-10 14:35\n\n"
           "台積電今日公布10月營收達新台幣3674.7億元，年增26.4%。\n\n"
           "台積電股價收在新台幣1465元。\n")


def _fill(store: Store) -> dict[str, int]:
    ids = {}
    for n in range(12):
        article = from_text(english_article(n), origin=f"s{n}")
        ids[f"s{n}"] = store.save(article, make_brief(article), url=f"https://wire.example/{n}", settings_key="k").brief_id
    for name, text in (("zh", ZH_TSMC), ("en", TSMC_ENGLISH)):
        article = from_text(text, origin=name)
        ids[name] = store.save(article, make_brief(article), url=f"https://tsmc.example/{name}", settings_key="k").brief_id
    return ids


def test_pages_filters_and_search(db_url):  # noqa: F811
    with Store.open(db_url) as store:
        ids = _fill(store)
        everything = sorted(ids.values(), reverse=True)
        first = tl.briefs_page(store, limit=5)
        second = tl.briefs_page(store, before=first[-1]["id"], limit=5)
        assert [r["id"] for r in first + second] == everything[:10]
        newer = tl.briefs_page(store, after=everything[3], limit=50)
        assert [r["id"] for r in newer] == everything[:3]  # newest first, only what came after

        def ids_for(**kw) -> set[int]:
            return {r["id"] for r in tl.briefs_page(store, tl.BriefFilter(**kw), limit=200)}

        tsmc = {ids["zh"], ids["en"]}
        assert ids_for(language="zh") == {ids["zh"]}
        assert ids_for(source="鉅亨網") == {ids["zh"]}
        assert ids_for(entity="2330.TW") == tsmc
        for query in ("台积电", "台積電", "TSMC"):
            assert ids_for(q=query) == tsmc, query
        assert ids_for(q="台积电 1465") == {ids["zh"]}  # every term must match
        assert ids_for(q="nosuchword") == set()
        assert ids_for(since=date(2025, 11, 10), until=date(2025, 11, 10)) >= {ids["zh"], ids["en"]}
        assert ids["s0"] not in ids_for(since=date(2025, 11, 10), until=date(2025, 11, 10))
        row = tl.briefs_page(store, tl.BriefFilter(q="台積電"), limit=1)[0]
        assert row["key_figures"] and row["core_viewpoint"]


def test_watchlist_terms_are_or_ed(db_url):  # noqa: F811
    with Store.open(db_url) as store:
        ids = _fill(store)
        wl = wls.add_watchlist(store, "chips", ["台积电", "quarter 3 results"])
        rows = tl.briefs_page(store, tl.BriefFilter(any_terms=tuple(wl["terms"])), limit=200)
        assert {r["id"] for r in rows} == {ids["zh"], ids["en"], ids["s3"]}
        assert wl["delivered_through"] == max(ids.values())  # only later briefs go to its webhook
        with pytest.raises(Exception, match="at least one"):
            wls.add_watchlist(store, "empty", [" "])
        assert wls.delete_watchlist(store, wl["id"]) and wls.list_watchlists(store) == []
