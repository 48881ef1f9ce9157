"""The Procrastinate app: tasks, enqueueing feed polls, and the worker loop.

Jobs (all idempotent: the store keys articles by URL + content hash and briefs by settings):

* ``poll_feed(feed_id)`` (queue ``polls``): one conditional GET of a feed; one ``brief_article``
  job per entry that is new or changed (ArticleStep.plan), then the feed's validators are saved.
* ``brief_article(...)`` (queue ``articles``): citebrief.runner.ArticleStep.run for one entry,
  the same code as `citebrief run`. A failure raises, so the job is retried with exponential
  backoff and, after ``max_attempts``, parked (status ``failed``) with its error in
  ``citebrief_job_attempts``; other jobs go on meanwhile.
* ``rebuild_stories()`` (queue ``stories``): regroups stories after new briefs.
* ``prune()`` (queue ``polls``, each scheduler round): forgets finished jobs older than 72 h.

Each job of one feed / one article carries a queueing lock (at most one waiting copy, so
polling again before the workers catch up enqueues nothing twice) and a lock (never two copies
running at once). A worker that dies mid-job stops sending heartbeats; after ``stall_timeout``
another worker's recovery loop sends its jobs back to the queue (Procrastinate's retry).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import procrastinate
from procrastinate import exceptions as pexc
from procrastinate.retry import BaseRetryStrategy, RetryDecision
from sqlalchemy import Engine, text

from citebrief.errors import ConfigError, InputError
from citebrief.feeds import FeedEntry, poll_feed
from citebrief.runner import ArticleStep, RunOptions

log = logging.getLogger("citebrief.worker")

QUEUES = ("polls", "articles", "stories")
KEEP_HOURS = 72  # finished jobs are forgotten after this (each scheduler round prunes)

app = procrastinate.App(connector=procrastinate.PsycopgConnector())


class ArticleFailed(Exception):
    """The per-article step failed (its one-line error is the message): retry later."""


@dataclass
class WorkerSettings:
    db: str
    options: RunOptions = field(default_factory=RunOptions)
    concurrency: int = 4
    queues: tuple[str, ...] = QUEUES
    max_attempts: int = 5  # then the job is parked (failed) until `citebrief retry`
    retry_backoff: float = 30.0  # seconds before the first retry, doubled each time (capped at 1 h)
    stall_timeout: float = 60.0  # a worker silent this long is dead: its jobs go back to the queue
    llm_requests_per_minute: int | None = None
    llm_tokens_per_minute: int | None = None
    rate_window: float = 60.0  # the limits' window in seconds ("per minute"; shorter in tests)
    any_settings: bool = False  # an article briefed under any engine settings counts as briefed
    name: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")


@dataclass
class _Context:
    settings: WorkerSettings
    store: Any  # citebrief.store.Store
    step: ArticleStep


_ctx: _Context | None = None


def _context() -> _Context:
    if _ctx is None:
        raise RuntimeError("citebrief worker context is not set up (run through `citebrief worker`)")
    return _ctx


def conninfo(db: str) -> str:
    """A libpq URL from what --db accepts (postgresql://, postgres://, postgresql+psycopg://)."""
    if db.startswith(("postgresql://", "postgres://")):
        return db
    if db.startswith("postgresql+"):
        return "postgresql://" + db.split("://", 1)[1]
    raise ConfigError(f"{db}: the queue needs a PostgreSQL database (postgresql://USER:PW@HOST/DB)")


class Backoff(BaseRetryStrategy):
    """Exponential backoff from the worker's settings; None (park the job) after max_attempts."""

    def get_retry_decision(self, *, exception: BaseException, job) -> RetryDecision | None:  # noqa: ANN001
        settings = _ctx.settings if _ctx is not None else WorkerSettings(db="")
        if job.attempts + 1 >= settings.max_attempts:
            return None
        return RetryDecision(retry_in={"seconds": min(3600.0, settings.retry_backoff * 2 ** job.attempts)})


# ---- schema -------------------------------------------------------------------------------------
def prepare_database(engine: Engine) -> None:
    """Procrastinate's schema (once) and ours, under an advisory lock so that workers starting
    together do not race."""
    from citebrief.scale.tables import _LOCK, create_tables

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK + 1})
        if conn.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is None:
            schema = app.schema_manager.get_schema()
            conn.connection.driver_connection.execute(schema)  # type: ignore[union-attr]
    create_tables(engine)


@contextmanager
def connected(db: str) -> Iterator[procrastinate.App]:
    """The app, opened (synchronously) on this database: to enqueue, list or retry jobs."""
    with app.replace_connector(procrastinate.PsycopgConnector(conninfo=conninfo(db))):
        with app.open():
            yield app


# ---- the tasks ----------------------------------------------------------------------------------
def _record(job, task: str, started: float, outcome: str, error: str | None = None) -> None:  # noqa: ANN001
    ctx = _context()
    with ctx.store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO citebrief_job_attempts (job_id, task, worker, attempt, started_at, finished_at, "
                 "outcome, error) VALUES (:j, :t, :w, :a, :s, :f, :o, :e)"),
            {"j": job.id, "t": task, "w": ctx.settings.name, "a": job.attempts + 1,
             "s": datetime.fromtimestamp(started, UTC), "f": datetime.now(UTC),
             "o": outcome, "e": error},
        )


def _defer(task, lock: str, **kwargs: Any) -> bool:  # noqa: ANN001
    """Enqueue unless a copy is already waiting (the queueing lock)."""
    try:
        task.configure(queueing_lock=lock, lock=lock).defer(**kwargs)
        return True
    except pexc.AlreadyEnqueued:
        return False


def _defer_many(task, many: list[dict[str, Any]], lock_of) -> int:  # noqa: ANN001
    """Enqueue many jobs in one statement (a feed of hundreds of new entries must not hold a
    worker slot while it enqueues them one by one); one by one if some copy is already waiting."""
    if not many:
        return 0
    jobs = [task.configure(queueing_lock=lock_of(kw), lock=lock_of(kw)).make_new_job(**kw) for kw in many]
    try:
        app.job_manager.batch_defer_jobs(jobs)
        return len(jobs)
    except pexc.AlreadyEnqueued:
        return sum(_defer(task, lock_of(kw), **kw) for kw in many)


@app.task(name="citebrief.poll_feed", queue="polls", pass_context=True, retry=Backoff())
def poll_feed_task(context, feed_id: int) -> dict[str, Any]:  # noqa: ANN001
    ctx = _context()
    started = time.time()
    feed = ctx.store.get_feed(feed_id)
    if feed is None:
        _record(context.job, "poll_feed", started, "skipped", f"feed {feed_id}: no longer followed")
        return {"feed": feed_id, "status": "removed"}
    opts = ctx.settings.options
    poll = poll_feed(feed["url"], etag=feed.get("etag"), last_modified=feed.get("last_modified"),
                     politeness=ctx.step.politeness, timeout=opts.timeout)
    if poll.status != "ok":
        # As `citebrief run`: the feed is marked and tried again at the next poll.
        ctx.store.record_poll(feed_id, status=poll.status, error=poll.error)
        _record(context.job, "poll_feed", started, poll.status,
                f"{feed['url']}: {poll.error}" if poll.error else None)
        return {"feed": feed_id, "status": poll.status}
    todo = [{"feed_id": feed_id, "url": e.url, "title": e.title, "updated": e.updated}
            for e in poll.entries if ctx.step.plan(e) is not None]
    queued = _defer_many(brief_article_task, todo, lambda kwargs: f"article:{kwargs['url']}")
    # Every new entry is now a job in PostgreSQL (retried until done or parked): the validators
    # can be saved, so the next poll of an unchanged feed is a 304.
    ctx.store.record_poll(feed_id, status="ok", etag=poll.etag, last_modified=poll.last_modified,
                          save_validators=True)
    _record(context.job, "poll_feed", started, "done")
    return {"feed": feed_id, "entries": len(poll.entries), "queued": queued}


@app.task(name="citebrief.brief_article", queue="articles", pass_context=True, retry=Backoff())
def brief_article_task(context, feed_id: int | None, url: str, title: str | None = None,  # noqa: ANN001
                       updated: str | None = None) -> dict[str, Any]:
    ctx = _context()
    started = time.time()
    try:
        result = ctx.step.run(FeedEntry(url=url, title=title, updated=updated), feed_id)
    except Exception as exc:  # noqa: BLE001 - the store or the database: logged, then retried
        _record(context.job, "brief_article", started, "failed", f"{url}: {type(exc).__name__}: {exc}")
        raise
    _record(context.job, "brief_article", started, result.outcome, result.error)
    if result.outcome == "failed":
        raise ArticleFailed(result.error or url)
    if result.outcome == "new" and ctx.settings.options.stories:
        _defer(rebuild_stories_task, "stories")
    return {"url": url, "outcome": result.outcome, "article_id": result.article_id, "brief_id": result.brief_id}


@app.task(name="citebrief.rebuild_stories", queue="stories", pass_context=True, retry=Backoff())
def rebuild_stories_task(context) -> int:  # noqa: ANN001
    from citebrief.stories import rebuild_stories

    ctx = _context()
    started = time.time()
    count = rebuild_stories(ctx.store, days=ctx.settings.options.story_days)
    _record(context.job, "rebuild_stories", started, "done")
    return count


@app.task(name="citebrief.prune", queue="polls", pass_context=True)
async def prune_task(context, max_hours: int = 72) -> None:  # noqa: ANN001
    """Forget finished jobs (and their attempt rows) older than `max_hours`; parked jobs stay."""
    await context.app.job_manager.delete_old_jobs(nb_hours=max_hours)
    await asyncio.to_thread(_prune_attempts, max_hours)


def _prune_attempts(max_hours: int) -> None:
    with _context().store.engine.begin() as conn:
        conn.execute(text("DELETE FROM citebrief_job_attempts a WHERE a.finished_at < now() - make_interval(hours => :h)"
                          " AND NOT EXISTS (SELECT 1 FROM procrastinate_jobs j WHERE j.id = a.job_id)"),
                     {"h": max_hours})


# ---- enqueueing polls (the scheduler) -----------------------------------------------------------
def enqueue_polls(db: str) -> tuple[int, int]:
    """One poll job per followed feed; (queued, already waiting)."""
    from citebrief.store import Store

    with Store.open(db) as store:
        prepare_database(store.engine)
        feeds = store.list_feeds()
    if not feeds:
        raise InputError(store.url, "no feeds to poll; add one with: citebrief feeds add URL")
    queued = 0
    with connected(db):
        for feed in feeds:
            queued += _defer(poll_feed_task, f"poll:{feed['id']}", feed_id=feed["id"])
        _defer(prune_task, "prune", max_hours=KEEP_HOURS)
    return queued, len(feeds) - queued


# ---- the worker ---------------------------------------------------------------------------------
def setup_context(settings: WorkerSettings) -> _Context:
    """Open the store, prepare the database, build the per-article step with the shared limits."""
    global _ctx
    from citebrief.runner import engine_settings
    from citebrief.scale.limits import SharedPoliteness, SharedRateLimit, limit_key
    from citebrief.store import Store

    conninfo(settings.db)
    store = Store.open(settings.db)
    prepare_database(store.engine)
    opts = settings.options
    politeness = SharedPoliteness(store.engine, delay=opts.delay, per_host=opts.per_host, timeout=opts.timeout,
                                  robots=opts.robots, allow_private=opts.allow_private)
    step = ArticleStep(store, opts, politeness, engine_settings(opts.engine, opts.engine_options))
    step.any_settings = settings.any_settings

    if settings.llm_requests_per_minute or settings.llm_tokens_per_minute:
        def attach_limit(engine: Any) -> None:
            client = getattr(engine, "client", None)
            if client is None:  # an engine that sends no requests
                return
            client.limiter = SharedRateLimit(store.engine, limit_key(client.base_url, client.model),
                                             settings.llm_requests_per_minute, settings.llm_tokens_per_minute,
                                             settings.rate_window)

        step.configure_engine = attach_limit
    _ctx = _Context(settings, store, step)
    return _ctx


def recover_stalled(engine: Engine, stall_timeout: float) -> list[int]:
    """Send the jobs of workers silent for ``stall_timeout`` back to the queue (one recoverer at a
    time: an advisory lock). Procrastinate's stalled-job query and retry function."""
    from citebrief.scale.tables import _LOCK

    with engine.begin() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": _LOCK + 2}).scalar():
            return []
        rows = conn.execute(text("""
            SELECT j.id, j.task_name, j.attempts FROM procrastinate_jobs j
            LEFT JOIN procrastinate_workers w ON w.id = j.worker_id
            WHERE j.status = 'doing'
              AND (j.worker_id IS NULL OR w.id IS NULL
                   OR w.last_heartbeat < now() - make_interval(secs => :s))
        """), {"s": stall_timeout}).all()
        for job_id, task_name, attempts in rows:
            conn.execute(text("SELECT procrastinate_retry_job_v2(:id, now(), NULL, NULL, NULL)"), {"id": job_id})
            conn.execute(
                text("INSERT INTO citebrief_job_attempts (job_id, task, worker, attempt, started_at, finished_at, "
                     "outcome, error) VALUES (:j, :t, :w, :a, now(), now(), 'stalled', :e)"),
                {"j": job_id, "t": task_name.rsplit(".", 1)[-1], "w": "-", "a": attempts + 1,
                 "e": f"its worker sent no heartbeat for {stall_timeout:g} s: back to the queue"},
            )
        return [r[0] for r in rows]


async def _recovery_loop(engine: Engine, stall_timeout: float) -> None:
    while True:
        try:
            ids = await asyncio.to_thread(recover_stalled, engine, stall_timeout)
            if ids:
                log.warning("requeued stalled jobs %s", ids)
        except Exception as exc:  # noqa: BLE001 - the database may be briefly away; try again
            log.warning("stalled-job recovery failed: %s", exc)
        await asyncio.sleep(max(0.5, stall_timeout / 3))


async def run_worker(settings: WorkerSettings) -> None:
    """Run jobs until SIGINT/SIGTERM (Procrastinate's worker: it finishes the jobs in hand)."""
    ctx = setup_context(settings)
    loop = asyncio.get_running_loop()
    # Sync jobs run in the loop's default executor: as many threads as jobs at once.
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(settings.concurrency + 2))
    stall = settings.stall_timeout
    with app.replace_connector(procrastinate.PsycopgConnector(conninfo=conninfo(settings.db))):
        async with app.open_async():
            recovery = asyncio.create_task(_recovery_loop(ctx.store.engine, stall))
            try:
                await app.run_worker_async(
                    queues=list(settings.queues), concurrency=settings.concurrency, name=settings.name,
                    update_heartbeat_interval=max(0.2, stall / 4), stalled_worker_timeout=stall,
                    fetch_job_polling_interval=min(5.0, max(0.5, stall / 4)),
                    # No shutdown_graceful_timeout: on a stop, running jobs finish (procrastinate's default).
                )
            finally:
                recovery.cancel()
                ctx.step.politeness.close()
