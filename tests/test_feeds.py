"""Feeds and runs against a real HTTP server on 127.0.0.1: conditional GET, timeouts, broken XML,
GBK/Big5 pages, redirect loops, robots.txt, politeness, idempotent re-runs and new versions."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import time

import pytest

from citebrief.errors import FetchError
from citebrief.feeds import Politeness, fetch_article, poll_feed
from tests.support.feeds_server import FeedServer, site_with_stories
from tests.support.store import CLI, cli_env, story_files

# The servers these tests fetch from are on 127.0.0.1: opt in as a user would (fetch.allow_private).
pytestmark = pytest.mark.usefixtures("allow_private_urls")


@pytest.fixture
def server():
    names = story_files("s09-jinghe-oct")[:2] + story_files("s13-yunfan-buyback")[:2]
    with FeedServer(site_with_stories(names)) as srv:
        yield srv


def run_cli(db, *args, timeout=60, **env):  # noqa: ANN001, ANN002, ANN003
    return subprocess.run([*CLI, *args, "--db", str(db)], capture_output=True, text=True, timeout=timeout,
                          env=cli_env(str(db), **env))


def test_rss_etag_and_atom_last_modified_give_304(server):
    first = poll_feed(server.url("/feed.xml"))
    assert first.status == "ok" and len(first.entries) == 4 and first.etag
    assert all(e.url.startswith(server.base + "/a/") and e.updated for e in first.entries)
    again = poll_feed(server.url("/feed.xml"), etag=first.etag)
    assert again.status == "not_modified" and again.entries == []
    atom = poll_feed(server.url("/atom.xml"))
    assert atom.status == "ok" and len(atom.entries) == 4 and atom.last_modified
    assert poll_feed(server.url("/atom.xml"), last_modified=atom.last_modified).status == "not_modified"


def test_timeout_and_broken_feeds_are_errors_not_exceptions(server):
    slow = poll_feed(server.url("/slow.xml"), timeout=0.5)
    assert slow.status == "error" and "timed out" in slow.error
    broken = poll_feed(server.url("/broken.xml"))
    assert broken.status == "error" and "not a valid RSS/Atom feed" in broken.error
    gone = poll_feed(server.url("/nothing.xml"))
    assert gone.status == "error" and gone.error == "HTTP 404 Not Found"


def test_gbk_and_big5_pages_decode_and_bad_pages_fail_with_cause(server):
    gbk = fetch_article(server.url("/gbk.html"))
    assert gbk.title == "宏远新能源拟投资7.6亿欧元在匈牙利建设电池工厂" and gbk.language == "zh-Hans"
    big5 = fetch_article(server.url("/big5.html"))
    assert big5.title.startswith("晶合電子10月營收456億元新台幣") and big5.language == "zh-Hant"
    assert "年增31.2%" in big5.paragraphs[0]
    with pytest.raises(FetchError, match="redirect"):
        fetch_article(server.url("/loop/a"))
    with pytest.raises(FetchError, match="robots.txt"):
        fetch_article(server.url("/private/secret.html"))


def test_politeness_spaces_requests_to_one_host(server):
    polite = Politeness(delay=0.25, per_host=4)
    # When each request was sent, from the client's side: the server's arrival times also carry
    # connection set-up, which on a loaded machine varies by more than the tolerance here.
    sent: list[tuple[float, str]] = []
    polite.client.event_hooks["request"].append(lambda r: sent.append((time.monotonic(), r.url.path)))
    for e in poll_feed(server.url("/feed.xml"), politeness=polite).entries[:3]:
        fetch_article(e.url, politeness=polite)
    starts = [t for t, path in sent if path != "/robots.txt"]
    assert [p for _, p in sent if p != "/robots.txt"] == [p for _, p, _ in server.site.requests if p != "/robots.txt"]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.2
    assert sum(1 for _, path, _ in server.site.requests if path == "/robots.txt") == 1  # fetched once


def test_run_handles_every_bad_case_and_goes_on_then_skips_and_versions(server, tmp_path):
    db = tmp_path / "run.sqlite"
    for path in ("/feed.xml", "/mixed.xml", "/broken.xml", "/slow.xml"):
        assert run_cli(db, "feeds", "add", server.url(path)).returncode == 0
    first = run_cli(db, "run", "--allow-private-urls", "--once", "--delay", "0", "--timeout", "1")
    # Some inputs failed: exit 1, one line each, and everything else was stored.
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    err = first.stderr
    assert f"feed {server.url('/broken.xml')}: error: not a valid RSS/Atom feed" in err
    assert f"feed {server.url('/slow.xml')}: error: timed out" in err
    assert "redirect loop" in err and "disallowed by robots.txt" in err and "HTTP 404" in err
    assert "run 1: 7 new, 0 skipped, 3 failed, 2 feeds failed" in first.stdout  # 4 wire pages + GBK + Big5 + good
    # The counts are the lines printed: one 'failed:' line per failed article, one error line per feed.
    assert sum(line.startswith("failed: ") for line in err.splitlines()) == 3
    assert sum(line.startswith("feed ") and ": error: " in line for line in err.splitlines()) == 2
    con = sqlite3.connect(db)
    titles = {t for (t,) in con.execute("select title from articles")}
    assert "宏远新能源拟投资7.6亿欧元在匈牙利建设电池工厂" in titles  # GBK page
    assert any(t.startswith("晶合電子10月營收456億元新台幣") for t in titles)  # Big5 page
    assert con.execute("select count(*) from briefs").fetchone()[0] == 7

    # Second run: the RSS feed answers 304 to our ETag; nothing is fetched or briefed again.
    second = run_cli(db, "run", "--allow-private-urls", "--once", "--delay", "0", "--timeout", "1")
    assert f"feed {server.url('/feed.xml')}: not_modified" in second.stderr
    assert any(path == "/feed.xml" and "If-None-Match" in headers for _, path, headers in server.site.requests)
    assert "run 2: 0 new, 3 skipped, 3 failed, 2 feeds failed" in second.stdout  # mixed.xml: 3 known, 3 failing
    assert con.execute("select count(*) from briefs").fetchone()[0] == 7

    # A changed article (new text, new feed stamp) is stored as version 2 and briefed again.
    path, page = next(iter(server.site.pages.items()))
    page.paragraphs = page.paragraphs + ["公司同時宣布，董事會批准新的資本支出計畫。"]
    page.updated = "Thu, 06 Nov 2025 09:00:00 GMT"
    third = run_cli(db, "run", "--allow-private-urls", "--once", "--delay", "0", "--timeout", "1")
    assert "run 3: 1 new, 6 skipped, 3 failed" in third.stdout, third.stdout + third.stderr
    versions = con.execute("select version from articles where url = ? order by version",
                           (server.url(path),)).fetchall()
    assert versions == [(1,), (2,)]
    runs = con.execute("select status, new, skipped, failed from runs order by id").fetchall()
    assert runs == [("done", 7, 0, 3), ("done", 0, 3, 3), ("done", 1, 6, 3)]


def test_feeds_cli_add_list_remove_and_bad_url(tmp_path, server):
    db = tmp_path / "feeds.sqlite"
    added = run_cli(db, "feeds", "add", server.url("/feed.xml"), "--name", "wire")
    assert added.returncode == 0 and "(wire)" in added.stdout
    listed = run_cli(db, "feeds", "list")
    assert "wire" in listed.stdout and server.url("/feed.xml") in listed.stdout
    bad = run_cli(db, "feeds", "add", "ftp://example.com/feed")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "http://" in bad.stderr
    assert run_cli(db, "feeds", "remove", "wire").returncode == 0
    assert "no feeds" in run_cli(db, "feeds", "list").stdout
    missing = run_cli(db, "feeds", "remove", "wire")
    assert missing.returncode == 2 and "no such feed" in missing.stderr
    wrong = subprocess.run([*CLI, "list", "--db", "mysql://host/db"], capture_output=True, text=True,
                           env=cli_env(str(db)))
    assert wrong.returncode == 2 and wrong.stderr.strip() == (
        "citebrief: error: mysql://host/db: unsupported database URL (use a file path, sqlite:/// or postgresql://)")


def test_list_show_search_export_stories(server, tmp_path):
    db = tmp_path / "cli.sqlite"
    run_cli(db, "feeds", "add", server.url("/feed.xml"))
    assert run_cli(db, "run", "--allow-private-urls", "--once", "--delay", "0").returncode == 0
    listing = run_cli(db, "list")
    assert listing.returncode == 0 and listing.stdout.count("extractive") == 4
    shown = run_cli(db, "show", "1")
    assert shown.returncode == 0 and "Core Viewpoint" in shown.stdout and "[1]" in shown.stdout
    assert run_cli(db, "show", "99").returncode == 2
    hits = run_cli(db, "search", "晶合电子")  # simplified query, traditional articles
    assert hits.returncode == 0 and hits.stdout.count("晶合電子") == 2
    lines = run_cli(db, "export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 4 and all(json.loads(line)["engine"] == "extractive" for line in lines)
    md = run_cli(db, "export", "--format", "md").stdout
    assert md.count("Core Viewpoint") == 4
    out = tmp_path / "site"
    assert run_cli(db, "export", "--format", "html", "--out-dir", str(out)).returncode == 0
    assert len(list(out.glob("brief-*.html"))) == 4 and "brief-1.html" in (out / "index.html").read_text()
    stories = run_cli(db, "stories")
    # Two reports of Jinghe's October sales and two of Yunfan's buyback: two stories of two.
    assert stories.stdout.count("story ") == 2 and stories.stdout.count("  article ") == 4


@pytest.mark.postgres
def test_run_search_and_stories_on_postgresql(server):
    from tests.support.store import postgres_url, reset_postgres

    url = postgres_url()
    reset_postgres(url)
    env_db = url  # passed with --db; the same commands as on SQLite

    def pg(*args):  # noqa: ANN002, ANN202
        return subprocess.run([*CLI, *args, "--db", env_db], capture_output=True, text=True, timeout=60,
                              env=cli_env("/tmp/unused.sqlite"))

    assert pg("feeds", "add", server.url("/feed.xml")).returncode == 0
    first = pg("run", "--allow-private-urls", "--once", "--delay", "0")
    assert first.returncode == 0 and "run 1: 4 new, 0 skipped, 0 failed" in first.stdout, first.stderr
    again = pg("run", "--allow-private-urls", "--once", "--delay", "0")
    assert "run 2: 0 new, 0 skipped, 0 failed" in again.stdout and "not_modified" in again.stderr
    assert pg("search", "晶合电子").stdout.count("晶合電子") == 2  # bigram text matched with LIKE
    assert pg("stories").stdout.count("story ") == 2
    assert len(pg("export", "--format", "jsonl").stdout.splitlines()) == 4


def test_run_every_polls_again_until_interrupted(server, tmp_path):
    import signal
    import time

    db = tmp_path / "every.sqlite"
    run_cli(db, "feeds", "add", server.url("/atom.xml"))
    # (A shell without job control starts background jobs with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt: give the child the default a user's terminal gives, whoever runs the tests.)
    proc = subprocess.Popen([*CLI, "run", "--allow-private-urls", "--every", "1s", "--delay", "0", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(str(db)),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            done = sqlite3.connect(db).execute("select count(*) from runs where status = 'done'").fetchone()[0]
        except sqlite3.OperationalError:
            done = 0
        if done >= 2:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)  # (a loaded machine may be mid-brief when interrupted)
    assert "run 1: 4 new" in out and "run 2: 0 new, 0 skipped" in out  # second poll: 304 (Last-Modified)
    assert "Traceback" not in err
    assert sum(1 for _, path, h in server.site.requests if path == "/atom.xml" and "If-Modified-Since" in h) >= 1
