"""The tables the queue adds to a PostgreSQL store, next to Procrastinate's own schema.

``citebrief_job_attempts``: one row per attempt of a job (worker, outcome, error), so that a
parked job shows why, and throughput per worker can be counted. ``citebrief_llm_requests``:
the requests sent to each endpoint + model in the current window (limits.py).
``citebrief_host_pacing``: each host's turn: held by a request in flight since, and the next
allowed start (limits.py). ``citebrief_robots``: each host's robots.txt as last read (limits.py).
"""
from __future__ import annotations

from sqlalchemy import Engine, text

DDL = """
CREATE TABLE IF NOT EXISTS citebrief_job_attempts (
    id bigserial PRIMARY KEY,
    job_id bigint NOT NULL,
    task text NOT NULL,
    worker text NOT NULL,
    attempt integer NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    outcome text NOT NULL,
    error text
);
CREATE INDEX IF NOT EXISTS citebrief_job_attempts_job ON citebrief_job_attempts (job_id);
CREATE INDEX IF NOT EXISTS citebrief_job_attempts_finished ON citebrief_job_attempts (finished_at);
CREATE TABLE IF NOT EXISTS citebrief_llm_requests (
    id bigserial PRIMARY KEY,
    key text NOT NULL,
    booked_at timestamptz NOT NULL,
    done_at timestamptz,
    tokens integer NOT NULL
);
CREATE INDEX IF NOT EXISTS citebrief_llm_requests_key_at ON citebrief_llm_requests (key, booked_at);
CREATE TABLE IF NOT EXISTS citebrief_host_pacing (
    host text PRIMARY KEY,
    next_start timestamptz NOT NULL
);
ALTER TABLE citebrief_host_pacing ADD COLUMN IF NOT EXISTS held_since timestamptz;
CREATE TABLE IF NOT EXISTS citebrief_robots (
    host text PRIMARY KEY,
    body text NOT NULL,
    forbid_all boolean NOT NULL,
    read_at timestamptz NOT NULL
);
"""

# Two processes starting at once must not both create the schema (an advisory lock serialises them).
_LOCK = 0x63697465  # 'cite'


def create_tables(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK})
        for statement in DDL.split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)


def drop_tables(engine: Engine) -> None:
    """For tests: forget everything the queue stored."""
    with engine.begin() as conn:
        for table in ("citebrief_job_attempts", "citebrief_llm_requests", "citebrief_host_pacing", "citebrief_robots"):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
