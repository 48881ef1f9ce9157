"""The batch run: poll feeds, fetch new articles, brief, verify, store; then regroup stories.

Idempotent by URL + content hash + engine settings: an entry whose URL is stored, whose feed stamp
(updated/published) is unchanged and that already has a brief with these settings is skipped
without a fetch; a fetched page whose text is unchanged is not briefed again; a changed text is
stored as a new version and briefed. Each article is saved with its brief and the run's counters
in one transaction, so a run killed at any point loses nothing stored and leaves nothing half
written. A feed's ETag/Last-Modified are saved only once all its entries are stored without a
failure, so an interrupted or failed poll is repeated in full next time.

What each bad case does (one line in the summary's failures, and the run goes on):
a feed that times out, answers an HTTP error or is not RSS/Atom -> the feed is marked
``error: <cause>`` and skipped this time; a page that times out, loops in redirects, is disallowed
by robots.txt, answers an HTTP error or has no text -> that entry counts as failed and is tried
again on the next poll; a page in GBK or Big5 is decoded by the loaders like any other; a brief
that fails (engine error) keeps the fetched article stored, counts as failed, and is briefed on
the next run from the stored text without fetching it again.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.errors import CitebriefError
from citebrief.feeds import FeedEntry, FeedPoll, Politeness, fetch_article, poll_feed
from citebrief.store import Store


@dataclass
class RunOptions:
    engine: str = "extractive"
    engine_options: dict[str, Any] = field(default_factory=dict)
    delay: float = 1.0  # seconds between two requests to one host
    per_host: int = 2  # concurrent requests to one host
    workers: int = 4  # articles fetched and briefed at once
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    refetch: bool = False  # fetch every entry's page even if its feed stamp is unchanged
    robots: bool = True
    allow_private: bool | None = None  # fetch private addresses; None: fetch.allow_private in the config
    stories: bool = True  # regroup stories at the end of the run
    story_days: float | None = 14.0  # ... over the articles fetched in these last days
    progress: bool = True


@dataclass
class RunSummary:
    run_id: int
    new: int = 0
    skipped: int = 0
    failed: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    feeds: dict[str, str] = field(default_factory=dict)  # feed URL -> ok / not_modified / error: ...
    failures: list[str] = field(default_factory=list)  # one line per failed article: URL: cause
    stories: int | None = None

    @property
    def feeds_failed(self) -> int:
        """Feeds whose poll failed (their cause is in ``feeds``; not counted in ``failed``)."""
        return sum(status.startswith("error") for status in self.feeds.values())

    def line(self) -> str:
        feeds = f", {self.feeds_failed} feed{'s' if self.feeds_failed != 1 else ''} failed" if self.feeds_failed else ""
        return (f"run {self.run_id}: {self.new} new, {self.skipped} skipped, {self.failed} failed{feeds}; "
                f"tokens {self.tokens_in} in / {self.tokens_out} out; cost ${self.cost_usd:.4f}")


def engine_settings(engine_name: str, options: dict[str, Any]) -> tuple[str, str | None]:
    """(settings key, prompt version): the engine's own account of the settings that change a brief
    (Engine.settings(): engine, model, strategy, language, length, prompt version), so a change to
    any of them, by option, environment or config file, makes stored briefs due again."""
    from citebrief.engines import get_engine

    with get_engine(engine_name, **options) as engine:
        settings = engine.settings()
    return settings.key(), settings.prompt_version


@dataclass
class _Job:
    entry: FeedEntry
    stored_article_id: int | None = None  # brief the stored text instead of fetching
    url_known: bool = True  # some version of the URL was stored when the job was planned


@dataclass
class _Outcome:
    job: _Job
    article: Article | None = None
    brief: Brief | None = None
    error: str | None = None
    brief_failed: bool = False


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article step did with one feed entry."""

    url: str
    outcome: str  # new | skipped | failed
    error: str | None = None
    article_id: int | None = None
    brief_id: int | None = None


class ArticleStep:
    """The per-article step of the pipeline: plan -> fetch -> brief -> verify -> store.

    One implementation for both `citebrief run` (Runner, threads in one process) and the queue
    workers (citebrief.scale, one job per article). Engines may keep clients or caches, so each
    thread gets its own instance.
    """

    def __init__(self, store: Store, options: RunOptions, politeness: Politeness,
                 settings: tuple[str, str | None] | None = None) -> None:
        self.store = store
        self.options = options
        self.politeness = politeness
        self.settings_key, self.prompt_version = settings or engine_settings(options.engine, options.engine_options)
        self._local = threading.local()
        self.configure_engine: Callable[[Any], None] | None = None  # e.g. attach a shared rate limiter
        # A cluster whose workers use different providers: a brief under any settings will do.
        self.any_settings = False

    def engine(self):  # noqa: ANN201
        engine = getattr(self._local, "engine", None)
        if engine is None:
            from citebrief.engines import get_engine

            engine = self._local.engine = get_engine(self.options.engine, **self.options.engine_options)
            if self.configure_engine is not None:
                self.configure_engine(engine)
        return engine

    def plan(self, entry: FeedEntry) -> _Job | None:
        """The job for an entry, or None when it is stored, unchanged and briefed with these settings."""
        latest = self.store.latest_version(entry.url)
        if latest is None or self.options.refetch or (entry.updated or None) != latest["entry_updated"]:
            return _Job(entry, url_known=latest is not None)
        if self.store.has_brief(latest["id"], self._wanted_key):
            return None
        return _Job(entry, stored_article_id=latest["id"])

    @property
    def _wanted_key(self) -> str | None:
        return None if self.any_settings else self.settings_key

    def run(self, entry: FeedEntry, feed_id: int | None, run_id: int | None = None) -> ArticleResult:
        """The whole step for one entry (what a queue job does): plan, work, save."""
        job = self.plan(entry)
        if job is None:
            return ArticleResult(entry.url, "skipped")
        return self.save(self.work(job), feed_id, run_id)

    def work(self, job: _Job) -> _Outcome:
        """Fetch (or load the stored text) and brief; never raises: errors become the outcome."""
        from citebrief.pipeline import make_brief

        url = job.entry.url
        try:
            if job.stored_article_id is not None:
                article = self.store.load_article(job.stored_article_id)
            else:
                article = fetch_article(url, politeness=self.politeness, timeout=self.options.timeout,
                                        max_bytes=self.options.max_bytes, max_redirects=self.options.max_redirects)
                if not article.url:
                    article = article.model_copy(update={"url": url})
                # A URL with no stored version at plan time has no briefed one now (one job per URL
                # at a time; were it stored meanwhile, save() keeps the first): one query less.
                stored = self.store.find_version(url, article.content_hash) if job.url_known else None
                if stored and self.store.has_brief(stored["id"], self._wanted_key):
                    return _Outcome(job, article=article)  # same text, already briefed
        except CitebriefError as exc:
            return _Outcome(job, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the run
            return _Outcome(job, error=f"{url}: {type(exc).__name__}: {exc}")
        try:
            brief = make_brief(article, self.engine())
        except CitebriefError as exc:
            return _Outcome(job, article=article, error=f"{url}: {exc}", brief_failed=True)
        except Exception as exc:  # noqa: BLE001
            return _Outcome(job, article=article, error=f"{url}: {type(exc).__name__}: {exc}", brief_failed=True)
        return _Outcome(job, article=article, brief=brief)

    def save(self, outcome: _Outcome, feed_id: int | None, run_id: int | None) -> ArticleResult:
        """Store the article and its brief in one transaction (idempotent: URL + hash + settings)."""
        url = outcome.job.entry.url
        if outcome.article is None:
            if run_id is not None:
                self.store.count_run(run_id, failed=1)
            return ArticleResult(url, "failed", outcome.error or f"{url}: failed")
        result = self.store.save(
            outcome.article, outcome.brief, settings_key=self.settings_key, prompt_version=self.prompt_version,
            url=url, feed_id=feed_id, run_id=run_id, entry_updated=outcome.job.entry.updated,
            failed=outcome.brief_failed,
        )
        if outcome.brief_failed:
            return ArticleResult(url, "failed", outcome.error or f"{url}: brief failed", result.article_id)
        kind = "new" if (result.new_article or result.new_brief) else "skipped"
        return ArticleResult(url, kind, outcome.error, result.article_id, result.brief_id)


class Runner:
    def __init__(self, store: Store, options: RunOptions | None = None,
                 on_event: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        self.store = store
        self.options = options or RunOptions()
        self.settings_key, self.prompt_version = engine_settings(self.options.engine, self.options.engine_options)
        self.politeness = Politeness(delay=self.options.delay, per_host=self.options.per_host,
                                     timeout=self.options.timeout, robots=self.options.robots,
                                     allow_private=self.options.allow_private)
        self.step = ArticleStep(store, self.options, self.politeness, (self.settings_key, self.prompt_version))
        self.on_event = on_event or (lambda kind, data: None)

    def run_once(self) -> RunSummary:
        run_id = self.store.start_run(self.options.engine, self.settings_key)
        summary = RunSummary(run_id=run_id)
        status = "failed"
        try:
            for feed in self.store.list_feeds():
                self._run_feed(feed, summary)
            if self.options.stories:
                from citebrief.stories import rebuild_stories

                summary.stories = rebuild_stories(self.store, days=self.options.story_days)
            status = "done"
        finally:
            self.politeness.close()
            row = self.store.finish_run(run_id, status)
            for name in ("new", "skipped", "failed", "tokens_in", "tokens_out"):
                setattr(summary, name, int(row[name]))
            summary.cost_usd = float(row["cost_usd"])
        return summary

    def _run_feed(self, feed: dict[str, Any], summary: RunSummary) -> None:
        url = feed["url"]
        self.on_event("feed", {"url": url, "name": feed.get("name")})
        # ETag/Last-Modified say "nothing new since every entry was briefed" with the settings they
        # were saved under; with other settings the feed is read in full, to brief its entries again.
        same = feed.get("validators_key") == self.settings_key
        etag, modified = (feed.get("etag"), feed.get("last_modified")) if same else (None, None)
        poll: FeedPoll = poll_feed(url, etag=etag, last_modified=modified,
                                   politeness=self.politeness, timeout=self.options.timeout)
        summary.feeds[url] = poll.status if poll.status != "error" else f"error: {poll.error}"
        if poll.status != "ok":
            # A failed poll is reported once, as its feed's status (summary.feeds), not as an article.
            self.store.record_poll(feed["id"], status=poll.status, error=poll.error)
            self.on_event("feed_done", {"url": url, "status": poll.status, "entries": 0})
            return
        jobs = self._plan(poll.entries, summary)
        self.on_event("feed_entries", {"url": url, "total": len(poll.entries), "jobs": len(jobs)})
        failed_before = len(summary.failures)
        self._execute(jobs, feed["id"], summary)
        clean = len(summary.failures) == failed_before
        self.store.record_poll(feed["id"], status="ok", etag=poll.etag, last_modified=poll.last_modified,
                               save_validators=clean, settings_key=self.settings_key)
        self.on_event("feed_done", {"url": url, "status": "ok", "entries": len(poll.entries)})

    def _plan(self, entries: list[FeedEntry], summary: RunSummary) -> list[_Job]:
        jobs = []
        for entry in entries:
            job = self.step.plan(entry)
            if job is None:
                self.store.count_run(summary.run_id, skipped=1)
                self.on_event("article", {"url": entry.url, "outcome": "skipped", "planned": True})
            else:
                jobs.append(job)
        return jobs

    def _execute(self, jobs: list[_Job], feed_id: int, summary: RunSummary) -> None:
        # A bounded window of jobs in flight keeps memory flat however long the feed is.
        window = max(1, self.options.workers) * 2
        pending: deque[Future[_Outcome]] = deque()
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            for job in jobs:
                pending.append(pool.submit(self.step.work, job))
                if len(pending) >= window:
                    self._save(pending.popleft().result(), feed_id, summary)
            while pending:
                self._save(pending.popleft().result(), feed_id, summary)

    def _save(self, outcome: _Outcome, feed_id: int, summary: RunSummary) -> None:
        result = self.step.save(outcome, feed_id, summary.run_id)
        if result.outcome == "failed":
            summary.failures.append(result.error or f"{result.url}: failed")
        self.on_event("article", {"url": result.url, "outcome": result.outcome, "article_id": result.article_id,
                                  "brief_id": result.brief_id, "error": result.error})


def run_once(store: Store, options: RunOptions | None = None,
             on_event: Callable[[str, dict[str, Any]], None] | None = None) -> RunSummary:
    return Runner(store, options, on_event).run_once()


def parse_interval(text: str) -> float:
    """'90', '90s', '10m', '2h' -> seconds."""
    from citebrief.errors import ConfigError

    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    value = text.strip().lower()
    try:
        if value and value[-1] in units:
            seconds = float(value[:-1]) * units[value[-1]]
        else:
            seconds = float(value)
    except ValueError:
        raise ConfigError(f"--every {text}: not an interval (use e.g. 30s, 10m, 2h)") from None
    if seconds <= 0:
        raise ConfigError(f"--every {text}: the interval must be positive")
    return seconds
