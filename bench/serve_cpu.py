"""CPU per request of `citebrief serve`'s app, in-process, without a network or a load: what one
request costs, however busy the machine is.

    python -m bench.serve_cpu                       # CPU ms per request (process time), 200 each
    python -m bench.serve_cpu --profile timeline    # and a cProfile of the timeline's requests
    python -m bench.serve_cpu --after-commit        # each request right after a commit (no kept reads)
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \\
        python -m bench.serve_cpu --callgrind --n 20
    python -m bench.serve_cpu --read-callgrind '/tmp/cg.<pid>*' --n 20   # instructions per request

The app (citebrief.web.create_app over the bench's store, see bench.serve) is called as ASGI
directly, with the Host header a browser sends: the middleware, routing, handlers, database
reads and templates all run; uvicorn's HTTP parsing and the socket do not (bench.serve
measures those with the rest). Each endpoint is warmed first (compiled templates, the row parts
cache over the brief ids it asks for), as a running server is.

Instruction counts (--callgrind) do not depend on the machine's load at all: every endpoint is
warmed with instrumentation off, then for each endpoint the script has callgrind_control zero the
counts, runs its requests and has the counts dumped (one file per endpoint, in order).
"""
from __future__ import annotations

import argparse
import asyncio
import glob
import os
import random
import re
import subprocess
import time
from collections.abc import Callable
from typing import Any

ENDPOINTS = ("robots", "timeline", "brief", "api")


def _paths(ids: list[int], seed: int = 5) -> dict[str, Callable[[], str]]:
    rng = random.Random(seed)
    return {
        "robots": lambda: "/robots.txt",
        "timeline": lambda: "/",
        "brief": lambda: f"/briefs/{rng.choice(ids)}",
        "api": lambda: "/api/briefs?limit=25",
    }


async def call(app: Any, target: str) -> tuple[int, bytes]:
    """One GET of ``target`` through the ASGI app; (status, body)."""
    path, _, query = target.partition("?")
    scope = {
        "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
        "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
        "query_string": query.encode(), "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 50000),
        "headers": [(b"host", b"127.0.0.1:8000"), (b"accept", b"text/html,*/*"),
                    (b"user-agent", b"bench"), (b"accept-encoding", b"gzip")],
        "state": {},
    }
    status = 0
    body = bytearray()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, send)
    return status, bytes(body)


async def run(app: Any, make_path: Callable[[], str], n: int, commit: Callable[[], None] | None = None) -> float:
    """``n`` requests; their CPU seconds (without ``commit``'s, called before each request)."""
    cpu = 0.0
    for _ in range(n):
        if commit is not None:
            commit()
        started = time.process_time()
        status, _body = await call(app, make_path())
        cpu += time.process_time() - started
        if status != 200:
            raise SystemExit(f"{make_path()}: HTTP {status}")
    return cpu


def committer(db: str) -> Callable[[], None]:
    """A commit to the store from a connection of its own, as a feed runner's would be: every read
    kept until the next commit (citebrief.store.changes) is read again after it."""
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_ticks (n INTEGER)")

    def commit() -> None:
        conn.execute("INSERT INTO bench_ticks VALUES (1)")

    return commit


def callgrind_control(*args: str) -> None:
    """Tell the callgrind this process runs under to do something, and wait until it has: valgrind
    takes commands while the process runs code, so wait busily."""
    proc = subprocess.Popen(["callgrind_control", *args, str(os.getpid())], stdout=subprocess.DEVNULL)
    while proc.poll() is None:
        pass


def read_callgrind(pattern: str, n: int) -> None:
    """Instructions per request from the dumps of a --callgrind run (each names its endpoint)."""
    print(f"{'endpoint':10} {'M instructions/request':>24}")
    for f in sorted(glob.glob(pattern)):
        with open(f) as fh:
            text = fh.read()
        name = re.search(r"^desc: Trigger: dump (\w+)", text, re.M)
        total = re.search(r"^totals:\s+(\d+)", text, re.M)
        if name and total:
            print(f"{name.group(1):10} {int(total.group(1)) / n / 1e6:24.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description="CPU per request of the serve app, in-process")
    parser.add_argument("--db", default="/tmp/citebrief-bench-serve.sqlite")
    parser.add_argument("--n", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--warm", type=int, default=0, help="warm-up requests per endpoint (default: enough "
                                                              "to see every brief id the endpoint asks for)")
    parser.add_argument("--only", nargs="*", choices=ENDPOINTS, default=list(ENDPOINTS))
    parser.add_argument("--after-commit", action="store_true",
                        help="commit to the store before each request (not timed): reads kept until a commit "
                             "are read again, as on a store a runner writes to")
    parser.add_argument("--profile", choices=ENDPOINTS, help="cProfile this endpoint's requests (top 30)")
    parser.add_argument("--sort", default="cumulative", help="cProfile order: cumulative, tottime")
    parser.add_argument("--callgrind", action="store_true", help="under callgrind: a dump per endpoint (see module)")
    parser.add_argument("--read-callgrind", metavar="GLOB", help="report a --callgrind run's dumps")
    args = parser.parse_args()
    if args.read_callgrind:
        read_callgrind(args.read_callgrind, args.n)
        return

    from citebrief.store import Store
    from citebrief.web import ServeSettings, create_app

    store = Store.open(args.db)
    app = create_app(ServeSettings(db=args.db, background=False), store)
    loop = asyncio.new_event_loop()
    import json

    ids = [b["id"] for b in json.loads(loop.run_until_complete(call(app, "/api/briefs?limit=200"))[1])["items"]]
    paths = _paths(ids)
    commit = committer(args.db) if args.after_commit else None
    for name in args.only:
        loop.run_until_complete(run(app, paths[name], args.warm or (400 if name == "brief" else 20)))
    if args.callgrind:
        callgrind_control("--instr=on")
    for name in args.only:
        if args.callgrind:
            callgrind_control("--zero")
            loop.run_until_complete(run(app, paths[name], args.n, commit))  # the commits are counted too
            callgrind_control("--dump=" + name)
            continue
        if args.profile == name:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
        wall = time.perf_counter()
        cpu = loop.run_until_complete(run(app, paths[name], args.n, commit))
        wall = time.perf_counter() - wall
        if args.profile == name:
            profiler.disable()
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(35)
        print(f"{name:10} {cpu / args.n * 1000:7.2f} ms CPU/request ({wall / args.n * 1000:.2f} ms wall)")
    store.close()


if __name__ == "__main__":
    main()
