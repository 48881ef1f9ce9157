"""`citebrief serve` under load, next to datasette serving the same SQLite file, in the same run.

    python -m bench.serve                      # 10,000 briefs, concurrency 16, 10 s per endpoint

1. Store: --n briefs in a SQLite file (kept at --db and reused when it already holds them).
   --distinct generated articles (bench/_articles.py: zh-Hans, zh-Hant, en) are briefed by the
   extractive engine; each is stored --n/--distinct times under its own URL and title (a distinct
   article version with its own brief, search documents and claims), so the store has --n real rows
   without briefing --n articles.
2. Servers: `citebrief serve --db FILE` and `datasette FILE`, each its own process on 127.0.0.1.
3. Load: --concurrency clients (one asyncio process, httpx) for --seconds each on: the timeline
   page (/), a brief page (a random brief each request), /api/briefs?limit=25, and datasette's
   /<db>/briefs.json?_size=25&_sort_desc=id&_nocol=brief_json&_shape=array (the same table, newest
   25 rows, without the brief JSON column our list does not send either; `_shape=array` is datasette's
   fast path: its default shape also counts the table and suggests facets, 60x slower here). Reports requests/s, p50 and p95
   latency, and the /api/briefs : datasette ratio.
Targets (issue 12): p95 < 100 ms for each page; /api/briefs at least as fast as datasette's JSON.
The client shares the machine's cores with the servers, as users' browsers would not: figures are
a floor.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def build_store(db: str, n: int, distinct: int) -> int:
    from bench._articles import generate_articles
    from citebrief.pipeline import make_brief
    from citebrief.store import Store

    with Store.open(db) as store:
        have = store.counts()["briefs"]
        if have >= n:
            return have
    Path(db).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    articles = generate_articles(distinct, seed=11)
    briefs = [make_brief(a) for a in articles]
    print(f"briefed {distinct} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    copies = -(-n // distinct)
    stored = 0
    with Store.open(db) as store:
        for k in range(copies):
            for i, (article, brief) in enumerate(zip(articles, briefs)):
                if stored >= n:
                    break
                variant = article.model_copy(update={"title": f"{article.title} ({k + 1})"})
                store.save(variant, brief.model_copy(update={"article": variant}), settings_key="bench",
                           url=f"https://bench.example/{i}/{k}")
                stored += 1
    # Stories are not regrouped: grouping 10,000 articles is the runner's cost, not the server's.
    print(f"stored {stored} briefs in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return stored


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited ({proc.returncode}) before answering {url}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds:g} s")


async def load(make_url, concurrency: int, seconds: float) -> tuple[int, list[float], int]:  # noqa: ANN001
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def warm() -> None:
            for _ in range(3):
                await client.get(make_url())

        await asyncio.gather(*[warm() for _ in range(concurrency)])
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                resp = await client.get(make_url())
                latencies.append(time.perf_counter() - t0)
                if resp.status_code != 200:
                    errors += 1

        began = time.perf_counter()
        await asyncio.gather(*[worker() for _ in range(concurrency)])
        elapsed = time.perf_counter() - began
    return round(len(latencies) / elapsed), latencies, errors


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description="citebrief serve vs datasette under load")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--distinct", type=int, default=400)
    parser.add_argument("--db", default="/tmp/citebrief-bench-serve.sqlite")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    stored = build_store(args.db, args.n, args.distinct)
    datasette = shutil.which("datasette") or str(Path(sys.executable).parent / "datasette")
    if not Path(datasette).exists():
        raise SystemExit("datasette is not installed: pip install 'citebrief[bench]'")
    ours_port, theirs_port = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("CITEBRIEF_TOKEN", None)
    procs = [
        subprocess.Popen([sys.executable, "-m", "citebrief.cli", "serve", "--db", args.db, "--port", str(ours_port)],
                         env=env, stderr=subprocess.DEVNULL),
        subprocess.Popen([datasette, "serve", args.db, "--port", str(theirs_port), "--host", "127.0.0.1"],
                         stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL),
    ]
    ours, theirs = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{theirs_port}"
    name = Path(args.db).stem
    try:
        wait_up(ours + "/api/briefs?limit=1", procs[0])
        wait_up(f"{theirs}/{name}/briefs.json?_size=1", procs[1])
        import httpx

        ids = [b["id"] for b in httpx.get(f"{ours}/api/briefs", params={"limit": 200}).json()["items"]]
        rng = random.Random(5)
        cases = [
            ("timeline page /", lambda: ours + "/"),
            ("brief page /briefs/{id}", lambda: f"{ours}/briefs/{rng.choice(ids)}"),
            ("/api/briefs?limit=25", lambda: ours + "/api/briefs?limit=25"),
            ("datasette briefs.json (25 rows)",
             lambda: f"{theirs}/{name}/briefs.json?_size=25&_sort_desc=id&_nocol=brief_json&_shape=array"),
        ]
        print(f"{stored:,} briefs in {args.db}; concurrency {args.concurrency}; {args.seconds:g} s each; "
              f"{os.cpu_count()} cores shared by client and servers")
        print(f"{'endpoint':34} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        results = {}
        for label, make_url in cases:
            rps, lat, errors = asyncio.run(load(make_url, args.concurrency, args.seconds))
            results[label] = rps
            print(f"{label:34} {rps:7d} {pct(lat, 50):8.1f} {pct(lat, 95):8.1f} {errors:7d}")
        api, ds = results["/api/briefs?limit=25"], results["datasette briefs.json (25 rows)"]
        print(f"/api/briefs : datasette = {api / ds:.2f}x requests/s")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
