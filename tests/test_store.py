"""The store on SQLite (always) and PostgreSQL (marked `postgres`): schema, versions, briefs, search."""
from __future__ import annotations

import sqlite3
from datetime import UTC

import pytest
from sqlalchemy import text

from citebrief.errors import ConfigError
from citebrief.pipeline import make_brief
from citebrief.store import Store, settings_key_for
from citebrief.store.migrations import LATEST
from citebrief.stories import rebuild_stories
from tests.support.store import load_story, story_files


def test_schema_is_versioned_and_migrations_run_once(db_url):  # noqa: F811
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            versions = conn.execute(text("select version from schema_version order by version")).scalars().all()
    assert versions == list(range(1, LATEST + 1))
    with Store.open(db_url) as store:  # reopening applies nothing twice
        with store.engine.connect() as conn:
            assert conn.execute(text("select count(*) from schema_version")).scalar() == LATEST


def test_sqlite_file_is_in_wal_mode(tmp_path):
    path = tmp_path / "wal.sqlite"
    Store.open(str(path)).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_citebrief_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    Store.open(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("insert into schema_version values (?, 'future', '2030-01-01')", (LATEST + 1,))
    con.commit()
    con.close()
    with pytest.raises(ConfigError, match="newer than this citebrief"):
        Store.open(str(path))


def test_unreachable_postgres_is_one_line_error():
    with pytest.raises(ConfigError) as info:
        Store.open("postgresql://nobody:x@127.0.0.1:1/none")
    assert "cannot open database" in str(info.value) and "\n" not in str(info.value)


def test_article_versions_and_briefs_are_stored_once(db_url):  # noqa: F811
    article = load_story("001.txt").model_copy(update={"url": "https://wire.example/a/1"})
    brief = make_brief(article, "extractive")
    key = settings_key_for("extractive")
    with Store.open(db_url) as store:
        first = store.save(article, brief, settings_key=key)
        again = store.save(article, brief, settings_key=key)
        assert (first.new_article, first.new_brief) == (True, True)
        assert (again.article_id, again.brief_id, again.new_article, again.new_brief) == (
            first.article_id, first.brief_id, False, False)
        # Another engine setting is another brief of the same article version.
        other = store.save(article, brief, settings_key=settings_key_for("extractive", model="x"))
        assert other.article_id == first.article_id and other.brief_id != first.brief_id
        # Changed text at the same URL: a new version, briefed again.
        changed = article.model_copy(update={"paragraphs": article.paragraphs + ["央行表示，将继续实施稳健的货币政策。"]})
        v2 = store.save(changed, make_brief(changed, "extractive"), settings_key=key)
        assert (v2.version, v2.new_article) == (2, True)
        assert store.latest_version(article.url)["id"] == v2.article_id
        # Paragraph numbers survive the round trip, so stored citations still point at the same text.
        loaded = store.load_article(v2.article_id)
        assert loaded.paragraphs == changed.paragraphs
        row, stored_brief = store.get_brief(first.brief_id)
        assert stored_brief.model_dump() == brief.model_dump()
        assert row["engine"] == "extractive" and row["version"] == 1
        assert row["supported"] + row["unsupported"] + row["unverifiable"] + row["unchecked"] == len(brief.claims())
        assert store.counts()["articles"] == 2 and store.counts()["briefs"] == 3


def test_search_finds_chinese_in_either_script_and_english(db_url):  # noqa: F811
    names = story_files("s03-hongyuan-hungary") + story_files("s11-haichuan-oil")[:1]
    articles = {name: load_story(name) for name in names}
    with Store.open(db_url) as store:
        for n, article in enumerate(articles.values()):
            store.save(article, make_brief(article, "extractive"), url=f"https://wire.example/{n}", settings_key="k")

        def found(query: str) -> set[str]:
            return {r["title"] for r in store.search(query)}

        chinese_hungary = {a.title for a in articles.values() if a.language.startswith("zh") and "匈牙利" in
                           "".join(a.paragraphs)}
        english_hungary = {a.title for a in articles.values() if a.language == "en" and "Hungary" in a.title}
        assert len(chinese_hungary) >= 3 and len(english_hungary) == 1
        # A traditional-script query finds simplified text and the other way round.
        assert found("宏遠新能源 匈牙利") == chinese_hungary
        assert found("宏远新能源 匈牙利") == chinese_hungary
        assert found("Debrecen") == english_hungary
        assert found("海川石油") == {a.title for a in articles.values() if "海川" in a.title}
        assert found("宏远新能源 海川石油") == set()  # every term must match
        assert found("Debrecen 2027") == english_hungary
        assert found("nosuchword") == set() and found("  ") == set()
        # A one-character query finds the character anywhere in a run (prefix search over bigrams).
        assert found("匈") == chinese_hungary


def test_stories_are_stored_as_clusters(db_url):  # noqa: F811
    # November and October deliveries of the same carmaker: look-alikes, two stories.
    chosen = story_files("s14-hengtong-nov")[:3] + story_files("s15-hengtong-oct")[:2]
    with Store.open(db_url) as store:
        ids = {}
        for n, name in enumerate(chosen):
            ids[name] = store.save(load_story(name), None, url=f"https://wire.example/{n}").article_id
        assert rebuild_stories(store) == 2
        stories = store.list_stories()
        groups = sorted(sorted(a["id"] for a in s["articles"]) for s in stories)
        assert groups == sorted([sorted(ids[n] for n in chosen[:3]), sorted(ids[n] for n in chosen[3:])])


def test_regrouping_recent_articles_keeps_older_stories(db_url):  # noqa: F811
    from datetime import datetime, timedelta

    old = story_files("s04-rrr-cut")[:2]  # reported a month ago
    new = story_files("s17-copper-record")[:3]
    month_ago = datetime.now(UTC) - timedelta(days=30)
    with Store.open(db_url) as store:
        old_ids = [store.save(load_story(n), None, url=f"https://wire.example/old/{i}", fetched_at=month_ago).article_id
                   for i, n in enumerate(old)]
        assert rebuild_stories(store) == 1
        new_ids = [store.save(load_story(n), None, url=f"https://wire.example/new/{i}").article_id
                   for i, n in enumerate(new)]
        assert rebuild_stories(store, days=14) == 1  # only the three recent articles were regrouped
        groups = sorted(sorted(a["id"] for a in st["articles"]) for st in store.list_stories())
        assert groups == sorted([sorted(old_ids), sorted(new_ids)])
        assert sorted(st["size"] for st in store.list_stories()) == [2, 3]
