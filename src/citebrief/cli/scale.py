"""Queue commands (PostgreSQL + Procrastinate): `worker`, `status`, `retry`.

`citebrief run --enqueue` (cli/store.py) is the scheduler: it enqueues one poll per feed.
"""
from __future__ import annotations

from typing import Annotated

import typer

from citebrief.cli.common import EXIT_FAILED, fail, guarded

PgOption = Annotated[
    str | None,
    typer.Option("--db", help="PostgreSQL database: postgresql://USER:PW@HOST/DB [default: $CITEBRIEF_DB]"),
]


def _pg(db: str | None) -> str:
    import os

    try:
        import procrastinate  # noqa: F401
    except ImportError:
        fail("the queue needs Procrastinate: pip install 'citebrief[workers]'")
    from citebrief.scale.queue import conninfo

    url = db or os.environ.get("CITEBRIEF_DB")
    if not url:
        fail("the queue needs a PostgreSQL database: pass --db postgresql://USER:PW@HOST/DB")
    guarded(lambda: conninfo(url))
    return url


WORKER_HELP = """Run queued jobs: feed polls, articles (fetch, brief, verify, store), stories.

Start any number of workers on any number of machines against the same PostgreSQL database;
enqueue polls with `citebrief run --enqueue --every 10m`. LLM limits hold for all workers
together (give every worker the same ones). Stops cleanly on Ctrl-C / SIGTERM.

\b
Examples:
  citebrief worker --db postgresql://citebrief:PW@db/citebrief --concurrency 8
  citebrief worker --db ... --engine llm --model gpt-4o-mini --requests-per-minute 500
"""


def worker_cmd(
    db: PgOption = None,
    concurrency: Annotated[int, typer.Option("--concurrency", help="Jobs run at once by this worker")] = 4,
    queues: Annotated[str | None, typer.Option("--queues", help="Comma-separated: polls,articles,stories [default: all]")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Engine: extractive or llm")] = "extractive",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine)")] = None,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host, for all workers")] = 1.0,
    per_host: Annotated[int, typer.Option("--per-host", help="Concurrent requests to one host from this worker")] = 2,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds before a request gives up")] = 15.0,
    rpm: Annotated[int | None, typer.Option("--requests-per-minute", help="LLM requests per minute per endpoint and model, for all workers [default: llm.requests_per_minute]")] = None,
    tpm: Annotated[int | None, typer.Option("--tokens-per-minute", help="LLM tokens per minute per endpoint and model, for all workers [default: llm.tokens_per_minute]")] = None,
    max_attempts: Annotated[int, typer.Option("--max-attempts", help="Attempts before a failing job is parked")] = 5,
    retry_backoff: Annotated[float, typer.Option("--retry-backoff", help="Seconds before the first retry (doubled each time)")] = 30.0,
    stall_timeout: Annotated[float, typer.Option("--stall-timeout", help="Seconds without heartbeat before a worker's jobs are taken over")] = 60.0,
    rate_window: Annotated[float, typer.Option("--rate-window", hidden=True, help="Window of the LLM limits, seconds (tests)")] = 60.0,
    no_stories: Annotated[bool, typer.Option("--no-stories", help="Do not regroup stories after new briefs")] = False,
    any_settings: Annotated[bool, typer.Option("--any-settings", help="An article briefed under any engine settings "
                                               "counts as briefed (workers on different providers)")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch feeds and pages on private, loopback and link-local addresses "
                                     "(intranet feeds; refused by default). Config: fetch.allow_private")] = False,
) -> None:
    import asyncio
    import logging

    from citebrief.runner import RunOptions
    from citebrief.scale.queue import QUEUES, WorkerSettings, run_worker

    url = _pg(db)
    chosen = tuple(q.strip() for q in queues.split(",") if q.strip()) if queues else QUEUES
    unknown = [q for q in chosen if q not in QUEUES]
    if unknown:
        fail(f"--queues {queues}: unknown queue {unknown[0]!r}; choose from {', '.join(QUEUES)}")
    if concurrency < 1:
        fail("--concurrency must be at least 1")

    from citebrief.config import LLMSettings, load_section

    # The limits: option -> environment -> config file, checked by the settings model.
    limits, _ = guarded(lambda: load_section(LLMSettings, {"requests_per_minute": rpm, "tokens_per_minute": tpm}))

    options = RunOptions(engine=engine, engine_options={"model": model} if model else {}, delay=delay,
                         per_host=per_host, workers=concurrency, timeout=timeout, stories=not no_stories,
                         progress=False, allow_private=allow_private_urls or None)
    settings = WorkerSettings(db=url, options=options, concurrency=concurrency, queues=chosen,
                              max_attempts=max_attempts, retry_backoff=retry_backoff, stall_timeout=stall_timeout,
                              llm_requests_per_minute=limits.requests_per_minute,
                              llm_tokens_per_minute=limits.tokens_per_minute, rate_window=rate_window,
                              any_settings=any_settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("procrastinate").setLevel(logging.WARNING)
    typer.echo(f"worker {settings.name}: queues {','.join(chosen)}, concurrency {concurrency}", err=True)
    try:
        guarded(lambda: asyncio.run(run_worker(settings)))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def status_cmd(
    db: PgOption = None,
    minutes: Annotated[float, typer.Option("--minutes", help="Throughput over the last N minutes")] = 5.0,
) -> None:
    """Queue depth, running jobs, parked (failed) jobs with their errors, throughput per worker."""
    from citebrief.scale.queue import prepare_database
    from citebrief.scale.status import queue_status
    from citebrief.store import Store

    url = _pg(db)
    with guarded(lambda: Store.open(url)) as store:
        prepare_database(store.engine)
        st = queue_status(store.engine, minutes)
    waiting = ", ".join(f"{q} {n}" for q, n in sorted(st.depth.items())) or "none"
    typer.echo(f"waiting: {waiting}; running: {len(st.running)}; parked: {len(st.parked)}; "
               f"done: {st.done}; live workers: {len(st.workers)}")
    for job in st.running:
        typer.echo(f"running job {job['id']} {job['task']} {job['subject']} (attempt {job['attempt']}, "
                   f"worker {job['worker_id'] or '-'})")
    for job in st.parked:
        typer.echo(f"parked job {job['id']} {job['task']} {job['subject']} after {job['attempts']} attempts: "
                   f"{job['error']}")
    for row in st.throughput:
        rate = row["articles"] / st.minutes
        typer.echo(f"worker {row['worker']}: {row['articles']} articles in {st.minutes:g} min "
                   f"({rate:.1f}/min), {row['failed']} failed attempts, {row['jobs']} jobs")


def retry_cmd(
    jobs: Annotated[list[int] | None, typer.Argument(metavar="[JOB]...", help="Parked job ids (see `citebrief status`)")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Every parked job")] = False,
    db: PgOption = None,
) -> None:
    """Send parked (failed) jobs back to the queue for one more attempt now."""
    from citebrief.scale.status import retry_jobs

    url = _pg(db)
    if not jobs and not failed:
        fail("name the jobs to retry, or --failed for every parked job")
    done = guarded(lambda: retry_jobs(url, list(jobs or []), failed=failed))
    typer.echo(f"requeued {len(done)} job(s)" + (f": {', '.join(map(str, done))}" if done else ""))
    if not done and failed:
        raise typer.Exit(0)


def register(app: typer.Typer) -> None:
    app.command("worker", help=WORKER_HELP)(worker_cmd)
    app.command("status")(status_cmd)
    app.command("retry")(retry_cmd)


__all__ = ["register", "EXIT_FAILED"]
