"""Limits that hold for the whole cluster, kept in PostgreSQL: three `citebrief worker` processes
against the local chat-completions server never send more than the limit in any window; and a
host never sees two requests closer than the politeness delay, from whichever processes, and
robots.txt is read once for all of them. The window is 2 s here instead of 60 s (the
same code; `--rate-window` is a hidden option for tests) so the test takes seconds."""
from __future__ import annotations

import asyncio

import pytest

from tests.support.feeds_server import FeedServer, FeedSite, Page
from tests.support.llm import PARAGRAPHS, TITLE, as_json, good
from tests.support.llm_server import FakeProvider, Reply
from tests.support.scale import Workers, cli, drained, one, private_schema, wait_for
from tests.support.store import postgres_url

pytestmark = pytest.mark.postgres

WINDOW = 2.0


@pytest.fixture
def db():
    url, drop = private_schema(postgres_url())
    yield url
    drop()


def most_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_three_workers_never_exceed_the_request_limit_in_any_window(db, tmp_path):
    site = FeedSite()
    articles = 9
    for i in range(articles):
        site.pages[f"/a/chips-{i}.html"] = Page(title=f"{TITLE}（{i + 1}）", paragraphs=PARAGRAPHS)
    answer = as_json(good())
    with FeedServer(site) as feeds, FakeProvider(latency=0.05, responder=lambda body: Reply(content=answer)) as llm:
        cli(db, tmp_path, "feeds", "add", feeds.url("/feed.xml"))
        cli(db, tmp_path, "run", "--enqueue")
        env = {"CITEBRIEF_LLM_BASE_URL": llm.url, "CITEBRIEF_LLM_MODEL": "fake-model"}
        with Workers(db, tmp_path, "--engine", "llm", "--delay", "0", "--concurrency", "2", "--stall-timeout", "5",
                     "--requests-per-minute", "3", "--rate-window", str(WINDOW), env=env) as workers:
            for _ in range(3):
                workers.start()
            wait_for(lambda: one(db, "select count(*) from briefs") == articles and drained(db), 120,
                     "every article briefed", workers.logs)
            per_worker = one(db, "select count(distinct worker) from citebrief_job_attempts "
                                 "where task = 'brief_article'")
        times = [seen.at for seen in llm.requests]
    assert len(times) == articles  # one request per article: nothing sent twice
    assert per_worker >= 2  # the limit was shared by more than one process
    assert most_in_any_window(times, WINDOW) <= 3
    # ... and it was binding: nine requests at three per window need three windows.
    assert max(times) - min(times) >= 2 * WINDOW * 0.95


def test_token_limit_books_and_settles_in_postgresql(db):
    """Two limiters (as two processes would hold) share one budget of tokens per window."""
    from citebrief.scale.limits import SharedRateLimit
    from citebrief.scale.queue import prepare_database
    from citebrief.store.db import make_engine

    engine = make_engine(db)
    prepare_database(engine)
    a = SharedRateLimit(engine, "http://x/v1 m", tokens=1000, window=30)
    b = SharedRateLimit(engine, "http://x/v1 m", tokens=1000, window=30)
    other = SharedRateLimit(engine, "http://y/v1 m", tokens=1000, window=30)
    ticket, wait = a.try_acquire(800)
    assert ticket is not None and wait == 0
    ticket_b, wait_b = b.try_acquire(800)  # 1600 > 1000, and a's request is in flight: look again soon
    assert ticket_b is None and wait_b < 1
    asyncio.run(a.settle(ticket))  # answered, usage not read yet: the reservation counts for a window
    ticket_b, wait_b = b.try_acquire(800)
    assert ticket_b is None and 29 < wait_b <= 30.1
    assert other.try_acquire(800)[0] is not None  # another endpoint has its own budget
    asyncio.run(a.settle(ticket, 150))  # the answer used less than reserved
    ticket_b, wait_b = b.try_acquire(800)
    assert ticket_b is not None and a.sent_in_window() == (2, 950)
    engine.dispose()


def test_politeness_delay_and_robots_txt_hold_across_processes(db, tmp_path):
    """Two workers fetching the feed, robots.txt and six pages from one host: the host never sees
    two requests closer than --delay, whoever sends them (each worker alone would fetch its
    robots.txt and pages without waiting for the other's); robots.txt is read once for both, and
    the page it disallows is fetched by neither."""
    from tests.support.feeds_server import site_with_stories

    delay = 0.5
    site = site_with_stories([f"{n:03d}.txt" for n in range(1, 7)])
    site.pages["/private/kept-out.html"] = Page(title="Kept out", paragraphs=["Not for crawlers."])
    with FeedServer(site) as feeds:
        cli(db, tmp_path, "feeds", "add", feeds.url("/feed.xml"))
        cli(db, tmp_path, "run", "--enqueue")
        with Workers(db, tmp_path, "--delay", str(delay), "--concurrency", "3", "--stall-timeout", "5",
                     "--max-attempts", "1") as workers:
            workers.start()
            workers.start()
            wait_for(lambda: one(db, "select count(*) from briefs") == 6 and drained(db), 120,
                     "every article briefed", workers.logs)
            workers_used = one(db, "select count(distinct worker) from citebrief_job_attempts "
                                   "where task = 'brief_article'")
            refused = one(db, "select error from citebrief_job_attempts where error like '%%/private/%%'")
        arrivals = sorted(float(t) for t, _, _ in site.requests)
        paths = [path for _, path, _ in site.requests]
    assert workers_used == 2
    assert sum(p.startswith("/a/") for p in paths) == 6 and paths.count("/robots.txt") == 1
    assert "/private/kept-out.html" not in paths and "disallowed by robots.txt" in refused
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:])]
    assert len(arrivals) >= 8 and min(gaps) >= delay, gaps
