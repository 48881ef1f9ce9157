"""What the queue is doing: depth per queue, running jobs, parked jobs with their errors,
throughput per worker; and sending parked jobs back to the queue."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, text

from citebrief.errors import InputError


@dataclass
class QueueStatus:
    depth: dict[str, int] = field(default_factory=dict)  # queue -> jobs waiting (todo)
    running: list[dict[str, Any]] = field(default_factory=list)
    parked: list[dict[str, Any]] = field(default_factory=list)  # failed for good, with the last error
    done: int = 0  # jobs succeeded, all time
    workers: list[dict[str, Any]] = field(default_factory=list)  # live workers (heartbeats)
    throughput: list[dict[str, Any]] = field(default_factory=list)  # per worker over `minutes`
    minutes: float = 5.0


def _subject(args: dict[str, Any]) -> str:
    if args.get("url"):
        return str(args["url"])
    if args.get("feed_id") is not None:
        return f"feed {args['feed_id']}"
    return "-"


def has_queue(engine: Engine) -> bool:
    """Whether the database holds the queue (a worker or the scheduler has run on it)."""
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT to_regclass('procrastinate_jobs') IS NOT NULL "
                                      "AND to_regclass('citebrief_job_attempts') IS NOT NULL")).scalar())


def queue_status(engine: Engine, minutes: float = 5.0, parked_limit: int = 50) -> QueueStatus:
    status = QueueStatus(minutes=minutes)
    with engine.connect() as conn:
        for queue, state, count in conn.execute(text(
                "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs GROUP BY 1, 2")):
            if state == "todo":
                status.depth[queue] = status.depth.get(queue, 0) + count
            elif state == "succeeded":
                status.done += count
        for row in conn.execute(text("""
                SELECT j.id, j.task_name, j.args, j.attempts, j.worker_id,
                       (SELECT max(e.at) FROM procrastinate_events e WHERE e.job_id = j.id AND e.type = 'started')
                       AS started
                FROM procrastinate_jobs j WHERE j.status = 'doing' ORDER BY j.id""")).mappings():
            status.running.append({"id": row["id"], "task": row["task_name"].rsplit(".", 1)[-1],
                                   "subject": _subject(row["args"]), "attempt": row["attempts"] + 1,
                                   "worker_id": row["worker_id"], "started": row["started"]})
        for row in conn.execute(text("""
                SELECT j.id, j.task_name, j.args, j.attempts,
                       (SELECT a.error FROM citebrief_job_attempts a WHERE a.job_id = j.id
                        ORDER BY a.id DESC LIMIT 1) AS error,
                       (SELECT max(e.at) FROM procrastinate_events e WHERE e.job_id = j.id) AS at
                FROM procrastinate_jobs j WHERE j.status = 'failed' ORDER BY j.id DESC LIMIT :n"""),
                {"n": parked_limit}).mappings():
            status.parked.append({"id": row["id"], "task": row["task_name"].rsplit(".", 1)[-1],
                                  "subject": _subject(row["args"]), "attempts": row["attempts"],
                                  "error": row["error"] or "-", "at": row["at"]})
        status.workers = [dict(r) for r in conn.execute(text(
            "SELECT id, last_heartbeat FROM procrastinate_workers ORDER BY id")).mappings()]
        status.throughput = [dict(r) for r in conn.execute(text("""
                SELECT worker, count(*) FILTER (WHERE task = 'brief_article' AND outcome IN ('new', 'skipped'))
                           AS articles,
                       count(*) FILTER (WHERE outcome = 'failed') AS failed,
                       count(*) AS jobs
                FROM citebrief_job_attempts
                WHERE finished_at > now() - make_interval(secs => :s) AND worker <> '-'
                GROUP BY worker ORDER BY worker"""), {"s": minutes * 60}).mappings()]
    return status


def retry_jobs(db: str, job_ids: list[int] | None = None, failed: bool = False) -> list[int]:
    """Send parked (failed) jobs back to the queue: the given ids, or every one with failed=True.
    Each gets one more attempt now (Procrastinate's retry)."""
    from procrastinate import utils

    from citebrief.scale.queue import connected
    from citebrief.store import Store

    with Store.open(db) as store, store.engine.connect() as conn:
        parked = {r[0] for r in conn.execute(text("SELECT id FROM procrastinate_jobs WHERE status = 'failed'"))}
    targets = sorted(parked) if failed else list(job_ids or [])
    for job_id in targets:
        if job_id not in parked:
            raise InputError(f"job {job_id}", "no such parked (failed) job")
    with connected(db) as app:
        for job_id in targets:
            app.job_manager.retry_job_by_id(job_id=job_id, retry_at=utils.utcnow())
    return targets
