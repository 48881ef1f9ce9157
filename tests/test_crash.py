"""Crash safety: SIGKILL a real `citebrief run --once` at different points; nothing stored is lost,
nothing is half written, and the next run resumes without duplicates."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.support.feeds_server import FeedServer, site_with_stories
from tests.support.store import CLI, STORIES, cli_env

ARTICLES = 8
# The CLI with 0.15 s slept after fetch, after brief, before save and before stories (see the module).
SLOWED_CLI = [sys.executable, str(Path(__file__).parent / "support" / "slowed.py"), "0.15"]


def count(db, sql: str) -> int:  # noqa: ANN001
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def check_consistent(db) -> int:  # noqa: ANN001
    """Every stored article is whole (paragraphs, brief, claims, search entry); no duplicates."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = con.execute("select count(*) from articles").fetchone()[0]
        assert con.execute("select count(distinct url) from articles").fetchone()[0] == articles
        assert con.execute("select count(*) from articles a where not exists "
                           "(select 1 from paragraphs p where p.article_id = a.id)").fetchone()[0] == 0
        assert con.execute("select count(*) from briefs").fetchone()[0] == articles
        assert con.execute("select count(distinct article_id) from briefs").fetchone()[0] == articles
        assert con.execute("select count(*) from briefs b where not exists "
                           "(select 1 from claims c where c.brief_id = b.id)").fetchone()[0] == 0
        assert con.execute("select count(*) from search_docs where kind = 'article'").fetchone()[0] == articles
        # The FTS index holds exactly the committed documents.
        assert con.execute("select count(*) from search_fts").fetchone()[0] == \
            con.execute("select count(*) from search_docs").fetchone()[0]
        # Run counters were committed with the articles they count.
        assert con.execute("select coalesce(sum(new), 0) from runs").fetchone()[0] == articles
        return articles
    finally:
        con.close()


def urls(db) -> set[str]:  # noqa: ANN001
    if not db.exists():
        return set()
    con = sqlite3.connect(db)
    try:
        return {u for (u,) in con.execute("select url from articles")}
    except sqlite3.OperationalError:
        return set()
    finally:
        con.close()


def start_run(db):  # noqa: ANN001
    return subprocess.Popen([*SLOWED_CLI, "run", "--allow-private-urls", "--once", "--delay", "0", "--workers", "1",
                             "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(str(db)))


def kill_when(proc, db, predicate, limit: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"run ended before the kill point: {proc.stderr.read()}")
        try:
            if predicate():
                break
        except sqlite3.OperationalError:
            pass  # the schema is not there yet
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL


def test_sigkill_at_several_points_then_resume(tmp_path):
    names = sorted(p.name for p in STORIES.glob("*.txt"))[:ARTICLES]
    db = tmp_path / "crash.sqlite"
    with FeedServer(site_with_stories(names)) as server:
        add = subprocess.run([*CLI, "feeds", "add", server.url("/feed.xml"), "--db", str(db)],
                             capture_output=True, text=True, env=cli_env(str(db)))
        assert add.returncode == 0, add.stderr
        stored = [0]
        points = [
            # while polling / fetching the first page: nothing stored yet
            lambda: any(path.startswith("/a/") for _, path, _ in server.site.requests),
            # mid-run, after some articles
            lambda: count(db, "select count(*) from articles") >= 2,
            lambda: count(db, "select count(*) from articles") >= 5,
            # every article stored and the feed's ETag saved: while the stories are regrouped
            lambda: count(db, "select count(*) from feeds where etag is not null") == 1,
        ]
        for predicate in points:
            before = urls(db)
            server.site.requests.clear()
            proc = start_run(db)
            kill_when(proc, db, predicate)
            # Articles stored by an earlier (killed) run are resumed past, not fetched again.
            fetched = {server.base + path for _, path, _ in list(server.site.requests)}
            assert not (before & fetched)
            now = check_consistent(db)
            assert now >= stored[-1]  # nothing already stored is lost
            stored.append(now)
            assert count(db, "select count(*) from runs where status = 'running'") == 1  # the killed one
        assert stored[-1] == ARTICLES and 0 < stored[2] < ARTICLES

        server.site.requests.clear()
        final = subprocess.run([*CLI, "run", "--allow-private-urls", "--once", "--delay", "0", "--db", str(db)], capture_output=True,
                               text=True, env=cli_env(str(db)), timeout=60)
        assert final.returncode == 0, final.stderr
        # The last kill came after every entry was stored, so the feed's ETag was kept: 304.
        assert "0 new, 0 skipped, 0 failed" in final.stdout and "not_modified" in final.stderr
        # Already stored articles are not fetched (nor briefed) again.
        assert not any(path.startswith("/a/") for _, path, _ in server.site.requests)
        assert check_consistent(db) == ARTICLES
        statuses = [s for (s,) in sqlite3.connect(db).execute("select status from runs order by id")]
        assert statuses == ["interrupted"] * len(points) + ["done"]
        assert count(db, "select count(*) from stories") > 0
