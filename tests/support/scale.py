"""Shared by the queue tests and bench/distributed.py: a private PostgreSQL schema per test, real
`citebrief worker` processes, and waiting for the queue to drain."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from tests.support.store import CLI, cli_env

ROOT = Path(__file__).resolve().parents[2]


def private_schema(base_url: str) -> tuple[str, Callable[[], None]]:
    """A fresh schema on the test server, so that tests running at once never see each other's
    jobs; (URL whose search_path is that schema, drop it)."""
    import psycopg

    name = "cbq_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base_url else "?"
    url = f"{base_url}{sep}options={quote(f'-csearch_path={name}')}"

    def drop() -> None:
        cached = _CONNECTIONS.pop(url, None)
        if cached is not None:
            cached.close()
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    return url, drop


_CONNECTIONS: dict = {}  # url -> one open connection (a new one per poll costs the server a fork)


def query(url: str, sql: str, *params: object) -> list[tuple]:
    import psycopg

    conn = _CONNECTIONS.get(url)
    if conn is None or conn.closed or conn.broken:
        conn = _CONNECTIONS[url] = psycopg.connect(url, autocommit=True)
    try:
        cursor = conn.execute(sql, params or None)
    except psycopg.errors.UndefinedTable:
        return []
    return list(cursor.fetchall()) if cursor.description else []


def one(url: str, sql: str, *params: object):  # noqa: ANN201
    rows = query(url, sql, *params)
    return rows[0][0] if rows else None


class Workers:
    """`citebrief worker` processes, stopped (SIGTERM, then SIGKILL) on exit."""

    def __init__(self, db: str, home: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.db, self.home, self.args, self.env = db, home, list(args), env or {}
        self.procs: list[subprocess.Popen] = []

    def start(self, *extra: str, env: dict[str, str] | None = None, slowed: float | None = None) -> subprocess.Popen:
        """One more worker; ``slowed``: each stage of an article sleeps that long (tests/support/slowed.py)."""
        log = open(self.home / f"worker-{len(self.procs)}.log", "w")  # noqa: SIM115
        environment = cli_env(str(self.home / "unused.sqlite"), **{**self.env, **(env or {})})
        environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), environment.get("PYTHONPATH", "")])
        command = CLI if slowed is None else [sys.executable, str(Path(__file__).with_name("slowed.py")), str(slowed)]
        # The test servers are on 127.0.0.1: the workers opt in to private addresses, as an intranet desk would.
        proc = subprocess.Popen([*command, "worker", "--db", self.db, "--allow-private-urls", *self.args, *extra], stdout=log,
                                stderr=subprocess.STDOUT, env=environment, text=True)
        self.procs.append(proc)
        return proc

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in self.procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    def logs(self) -> str:
        return "\n".join(p.read_text() for p in sorted(self.home.glob("worker-*.log")))


def cli(db: str, home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = cli_env(str(home / "unused.sqlite"), **(env or {}))
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), environment.get("PYTHONPATH", "")])
    return subprocess.run([*CLI, *args, "--db", db], capture_output=True, text=True, env=environment, timeout=120)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, logs: Callable[[], str] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}\n{logs()[-3000:]}")


def drained(db: str) -> bool:
    """No job waiting or running."""
    return one(db, "select count(*) from procrastinate_jobs where status in ('todo', 'doing')") == 0
