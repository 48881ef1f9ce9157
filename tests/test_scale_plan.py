"""`citebrief worker --any-settings`: in a cluster whose workers brief with different settings (two
providers), an article briefed under any of them is not briefed again."""
from __future__ import annotations

from citebrief.feeds import Politeness, poll_feed
from citebrief.runner import ArticleStep, RunOptions, run_once
from citebrief.store import Store
from tests.support.feeds_server import FeedServer, site_with_stories


def test_any_settings_counts_a_brief_made_with_other_settings(tmp_path):
    with FeedServer(site_with_stories(["001.txt", "002.txt"])) as server, Store.open(tmp_path / "s.sqlite") as store:
        store.add_feed(server.url("/feed.xml"))
        # (The feed server is on 127.0.0.1: private addresses are allowed explicitly.)
        summary = run_once(store, RunOptions(delay=0, stories=False, progress=False, allow_private=True))
        assert summary.new == 2
        entries = poll_feed(server.url("/feed.xml"), allow_private=True).entries
        other = RunOptions(engine="extractive", engine_options={"length": "full"}, delay=0, allow_private=True)
        step = ArticleStep(store, other, Politeness(delay=0, allow_private=True))
        # Other settings: each stored article wants its own brief (from the stored text, no fetch) ...
        jobs = [step.plan(e) for e in entries]
        assert all(job is not None and job.stored_article_id for job in jobs)
        # ... unless any brief will do.
        step.any_settings = True
        assert [step.plan(e) for e in entries] == [None, None]
        assert step.run(entries[0], feed_id=None).outcome == "skipped"


def test_queue_api_on_a_sqlite_store_is_a_404_problem(tmp_path):
    import httpx

    from citebrief.web.app import create_app
    from tests.support.web import running

    with Store.open(tmp_path / "s.sqlite") as store, running(create_app(store=store)) as base:
        resp = httpx.get(f"{base}/api/queue")
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert "runs on a PostgreSQL store" in resp.json()["detail"]
