"""The pipeline on Procrastinate workers over a real PostgreSQL, with real `citebrief worker`
processes: every article stored once, a killed worker's job taken over after the stall timeout,
a poison article parked with its error without blocking the queue, `status` and `retry`.
Stall timeouts and backoffs are short here so the tests stay quick; the defaults are 60 s / 30 s."""
from __future__ import annotations

import signal
import time

import pytest

from tests.support.feeds_server import FeedServer, site_with_stories
from tests.support.scale import Workers, cli, drained, one, private_schema, query, wait_for
from tests.support.store import postgres_url

pytestmark = pytest.mark.postgres

STORY_FILES = [f"{n:03d}.txt" for n in range(1, 5)]
FAST = ("--delay", "0", "--stall-timeout", "2", "--retry-backoff", "0.3", "--max-attempts", "3")


@pytest.fixture
def db():
    url, drop = private_schema(postgres_url())
    yield url
    drop()


@pytest.fixture
def server():
    with FeedServer(site_with_stories(STORY_FILES)) as srv:
        yield srv


def stored_once(db: str, expected: int) -> None:
    """`expected` articles, each URL once, each with exactly one brief."""
    assert one(db, "select count(*) from articles") == expected
    assert one(db, "select count(distinct url) from articles") == expected
    assert one(db, "select count(*) from briefs") == expected
    assert one(db, "select count(distinct article_id) from briefs") == expected


def test_workers_store_every_article_once_and_a_second_poll_adds_nothing(db, server, tmp_path):
    empty = cli(db, tmp_path, "run", "--enqueue")
    assert empty.returncode == 2 and empty.stderr.strip().endswith("no feeds to poll; add one with: citebrief feeds add URL")
    add = cli(db, tmp_path, "feeds", "add", server.url("/feed.xml"))
    assert add.returncode == 0, add.stderr
    first = cli(db, tmp_path, "run", "--enqueue")
    assert first.returncode == 0, first.stderr
    assert "enqueued 1 feed poll(s)" in first.stdout
    # A scheduler firing again before any worker ran does not queue a second poll.
    again = cli(db, tmp_path, "run", "--enqueue")
    assert "enqueued 0 feed poll(s); 1 still waiting" in again.stdout
    with Workers(db, tmp_path, *FAST, "--concurrency", "2") as workers:
        workers.start()
        workers.start()
        wait_for(lambda: one(db, "select count(*) from briefs") == len(STORY_FILES) and drained(db), 90,
                 "every article briefed", workers.logs)
        stored_once(db, len(STORY_FILES))
        # Stories were regrouped by a job after the new briefs.
        wait_for(lambda: drained(db) and (one(db, "select count(*) from stories") or 0) > 0, 30, "stories")
        # Both workers took articles ('-' marks a job sent back by the stall recovery: with a 2 s stall
        # timeout, a loaded machine can delay a heartbeat that long; nothing is stored twice for it).
        assert one(db, "select count(distinct worker) from citebrief_job_attempts "
                       "where task = 'brief_article' and worker <> '-'") == 2
        # The feed's validators were saved: the next poll is a 304 and queues nothing.
        cli(db, tmp_path, "run", "--enqueue")
        wait_for(lambda: drained(db), 30, "the second poll")
        assert query(db, "select last_status from feeds") == [("not_modified",)]
        stored_once(db, len(STORY_FILES))
        status = cli(db, tmp_path, "status")
        assert status.returncode == 0, status.stderr
        assert "waiting: none; running: 0; parked: 0" in status.stdout
        lines = [line for line in status.stdout.splitlines() if line.startswith("worker ")]
        assert len(lines) == 2 and sum(int(line.split(": ")[1].split()[0]) for line in lines) == len(STORY_FILES)
        # Three days later, the scheduler's round forgets the finished jobs and their attempts.
        query(db, "update procrastinate_events set at = at - interval '80 hours'")
        query(db, "update citebrief_job_attempts set finished_at = finished_at - interval '80 hours'")
        before = one(db, "select max(id) from procrastinate_jobs")
        cli(db, tmp_path, "run", "--enqueue")
        wait_for(lambda: drained(db), 30, "the prune job")
        assert one(db, "select count(*) from procrastinate_jobs where id <= %s", before) == 0
        assert one(db, "select count(*) from citebrief_job_attempts where finished_at < now() - interval '72 hours'") == 0
        stored_once(db, len(STORY_FILES))


def test_a_killed_worker_s_article_is_taken_over_after_the_stall_timeout(db, server, tmp_path):
    cli(db, tmp_path, "feeds", "add", server.url("/feed.xml"))
    cli(db, tmp_path, "run", "--enqueue")
    with Workers(db, tmp_path, *FAST, "--concurrency", "1") as workers:
        # Slow: each stage of an article sleeps, so the kill lands in the middle of one.
        doomed = workers.start(slowed=1.5)
        wait_for(lambda: one(db, "select count(*) from procrastinate_jobs where status = 'doing' "
                                 "and task_name = 'citebrief.brief_article'") == 1, 60, "an article in hand",
                 workers.logs)
        killed_job = one(db, "select id from procrastinate_jobs where status = 'doing' "
                             "and task_name = 'citebrief.brief_article'")
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(10)
        killed_at = time.monotonic()
        workers.start()
        wait_for(lambda: one(db, "select status::text from procrastinate_jobs where id = %s", killed_job)
                 == "succeeded", 60, "the killed worker's job to be done by the other", workers.logs)
        took_over = time.monotonic() - killed_at
        wait_for(lambda: one(db, "select count(*) from briefs") == len(STORY_FILES) and drained(db), 90,
                 "every article briefed", workers.logs)
    assert took_over >= 2.0  # not before the stall timeout
    stored_once(db, len(STORY_FILES))
    outcomes = [r[0] for r in query(db, "select outcome from citebrief_job_attempts where job_id = %s order by id",
                                    killed_job)]
    assert outcomes[0] == "stalled" and outcomes[-1] in ("new", "skipped")


def test_a_poison_article_is_retried_with_backoff_then_parked_and_does_not_block_the_queue(db, server, tmp_path):
    cli(db, tmp_path, "feeds", "add", server.url("/mixed.xml"))
    cli(db, tmp_path, "run", "--enqueue")
    with Workers(db, tmp_path, *FAST, "--concurrency", "2") as workers:
        workers.start()
        # The good pages (UTF-8, GBK, Big5) are stored while the bad ones wait for their retries.
        wait_for(lambda: one(db, "select count(*) from briefs") == 3, 60, "the good articles", workers.logs)
        wait_for(lambda: one(db, "select count(*) from procrastinate_jobs where status = 'failed'") == 3
                 and drained(db), 60, "the three poison articles parked", workers.logs)
        first_good = one(db, "select min(created_at) from briefs")
        last_poison = one(db, "select max(finished_at) from citebrief_job_attempts where outcome = 'failed'")
        assert first_good < last_poison
        status = cli(db, tmp_path, "status")
        assert "parked: 3" in status.stdout
        parked = [line for line in status.stdout.splitlines() if line.startswith("parked job")]
        assert len(parked) == 3
        joined = "\n".join(parked)
        assert "/missing.html after 3 attempts: " in joined and "404" in joined
        assert "robots.txt" in joined and "/loop/a" in joined
        # Backoff: no retry before 0.3 s, then 0.6 s (doubled) after the previous attempt.
        job = one(db, "select id from procrastinate_jobs where status = 'failed' and args->>'url' like '%%missing%%'")
        rows = query(db, "select started_at, finished_at from citebrief_job_attempts where job_id = %s order by id", job)
        gaps = [(nxt[0] - prev[1]).total_seconds() for prev, nxt in zip(rows, rows[1:])]
        assert len(gaps) == 2 and gaps[0] >= 0.3 and gaps[1] >= 0.6
        # The same through the reader's API.
        import httpx

        from citebrief.store import Store
        from citebrief.web.app import create_app
        from tests.support.web import running

        with Store.open(db) as store, running(create_app(store=store)) as base:
            body = httpx.get(f"{base}/api/queue").json()
        assert sorted(job["subject"].rsplit("/", 2)[-2:][-1] for job in body["parked"]) == \
            ["a", "missing.html", "secret.html"]
        assert all(job["attempts"] == 3 and job["error"] != "-" for job in body["parked"])
        assert body["running"] == [] and sum(body["depth"].values()) == 0
        # retry: one more attempt each; they fail again and are parked again.
        retried = cli(db, tmp_path, "retry", "--failed")
        assert retried.returncode == 0, retried.stderr
        assert "requeued 3 job(s)" in retried.stdout
        wait_for(lambda: one(db, "select count(*) from citebrief_job_attempts where outcome = 'failed'") == 12
                 and drained(db), 30, "the retried jobs", workers.logs)
    assert one(db, "select count(*) from procrastinate_jobs where status = 'failed'") == 3
    bad = cli(db, tmp_path, "retry", "999999")
    assert bad.returncode == 2 and bad.stderr.strip() == "citebrief: error: job 999999: no such parked (failed) job"
