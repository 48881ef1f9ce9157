"""Where a request's store work runs: reads of a SQLite store on the event loop, everything else
(PostgreSQL round trips, writes that may wait for SQLite's write lock, fetches, briefs) in the
thread pool.

A timeline or brief page reads a local SQLite file under WAL, where a reader never waits for a
lock: the work is a few milliseconds of Python holding the GIL wherever it runs. Handing it to a
worker thread and back added two thread switches per request, and under load the threads' turns
at the GIL came in no order: at concurrency 16, p95 was twice as high and each request cost more
CPU than on the loop (see docs/evals/2026-11-30-serve-2.md).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

T = TypeVar("T")


async def read(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, a read of the app's store: inline on a SQLite store, else in the thread pool."""
    if request.app.state.store.dialect == "sqlite":
        return fn(*args)
    return await run_in_threadpool(fn, *args)


async def write(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in the thread pool: a write may wait up to busy_timeout for the write lock."""
    return await run_in_threadpool(fn, *args)
