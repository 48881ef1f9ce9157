"""Reads kept until the next commit (citebrief.store.changes): a commit by this process or another
one is seen by the next read; without commits the value is not read again."""
from __future__ import annotations

import os
import subprocess
import sys

from citebrief.store import Store
from citebrief.store.changes import cached_read, change_token
from citebrief.store.timeline import briefs_page
from tests.support.web import ROOT


def test_a_commit_from_another_process_shows_in_the_next_read(tmp_path):
    db = str(tmp_path / "s.sqlite")
    with Store.open(db) as store:
        reads: list[int] = []

        def feeds() -> list[str]:
            reads.append(1)
            return [f["url"] for f in store.list_feeds()]

        assert cached_read(store, "feeds", feeds) == []
        assert cached_read(store, "feeds", feeds) == [] and len(reads) == 1  # nothing committed: kept
        token = change_token(store)
        code = ("from citebrief.store import Store\n"
                f"with Store.open({db!r}) as s: s.add_feed('https://other.example/rss', None)")
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        assert change_token(store) != token
        assert cached_read(store, "feeds", feeds) == ["https://other.example/rss"] and len(reads) == 2


def test_briefs_page_sees_a_brief_stored_through_another_connection(tmp_path):
    from citebrief.loaders import from_text
    from citebrief.pipeline import make_brief

    db = str(tmp_path / "s.sqlite")
    with Store.open(db) as reader, Store.open(db) as writer:
        assert briefs_page(reader) == []
        article = from_text("Kite Air adds routes\n\nKite Air said it added 12 routes.", origin="kite")
        brief_id = writer.save(article, make_brief(article), url="https://air.example/1", settings_key="k").brief_id
        assert [r["id"] for r in briefs_page(reader)] == [brief_id]
        briefs_page(reader)[0]["title"] = "changed by a caller"
        assert briefs_page(reader)[0]["title"] == "Kite Air adds routes"  # callers get copies


def test_in_memory_store_has_no_token():
    with Store.open(":memory:") as store:
        assert change_token(store) is None
