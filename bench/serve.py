"""`citebrief serve` under load, next to datasette serving the same SQLite file, in the same run.

    python -m bench.serve                      # 10,000 briefs, concurrency 16, 10 s per endpoint
    python -m bench.serve --workers 2          # citebrief serve --workers 2 (datasette: one process)
    python -m bench.serve --pythonpath ../main/src   # the server of another checkout (before/after)
    python -m bench.serve --commits 20         # while the store is written to 20 times a second

1. Store: --n briefs in a SQLite file (kept at --db and reused when it already holds them).
   --distinct generated articles (bench/_articles.py: zh-Hans, zh-Hant, en) are briefed by the
   extractive engine; each is stored --n/--distinct times under its own URL and title (a distinct
   article version with its own brief, search documents and claims), so the store has --n real rows
   without briefing --n articles.
2. Servers: `citebrief serve --db FILE [--workers N]` and `datasette FILE`, each its own process
   on 127.0.0.1.
3. Load: wrk (`apt install wrk`: C, its own process, one thread; `--client httpx` runs the old
   asyncio+httpx client in this process instead, whose CPU per request was several times the
   server's, so it mostly measured itself) with --concurrency connections for --seconds each, after
   a 1 s warm-up, on: /robots.txt (the floor: the framework and the machine, no database, no
   template), the timeline page (/), a brief page (a random one of 200 briefs each request),
   /api/briefs?limit=25, and datasette's
   /<db>/briefs.json?_size=25&_sort_desc=id&_nocol=brief_json&_shape=array (the same table, newest
   25 rows, without the brief JSON column our list does not send either; `_shape=array` is datasette's
   fast path: its default shape also counts the table and suggests facets, 60x slower here). Reports
   requests/s, p50 and p95 latency, the server's CPU time per request (user+system of its
   processes, from /proc: steadier than latency on a shared machine), the client's CPU per request,
   the /api/briefs : datasette ratio, and the load average.
4. --commits N: a thread commits to a table of the bench's own N times a second during the load, as
   a feed runner writing to the store would. The server keeps what it read until the next commit
   (citebrief.store.changes), so with no commits it serves most requests from what it read before;
   with --commits it reads again after each one.
Targets (issue 12): p95 < 100 ms for each page; /api/briefs at least as fast as datasette's JSON.
The client shares the machine's cores with the servers, as users' browsers would not: figures are
a floor. CPU per request without the load (and instructions, under callgrind): bench/serve_cpu.py.
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
import threading
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


_WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def wrk_load(base: str, paths: list[str], concurrency: int, seconds: float) -> tuple[int, float, float, int, float]:
    """``wrk`` (C, its own process, one thread) on ``paths`` (one chosen at random per request):
    (requests/s, p50 ms, p95 ms, errors, client CPU seconds). A 1 s warm-up run first."""
    import resource
    import tempfile

    ids = ", ".join(f'"{p}"' for p in paths)
    script = (f"local paths = {{{ids}}}\nmath.randomseed(5)\n"
              "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n" + _WRK_REPORT)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        def run(duration: float) -> str:
            cmd = ["wrk", "-t1", f"-c{concurrency}", f"-d{duration:g}s", "--timeout", "30s", "-s", fh.name, base]
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

        run(1)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = run(seconds)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(fh.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    requests, duration_us, p50, p95, errors = (int(v) for v in line.split()[1:])
    client_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return round(requests / (duration_us / 1e6)), p50 / 1000, p95 / 1000, errors, client_cpu


async def load(make_url, concurrency: int, seconds: float) -> tuple[int, list[float], int]:  # noqa: ANN001
    """The same load from httpx in this process (``--client httpx``): its CPU per request is a few
    times the server's, so on a shared machine it measures mostly itself."""
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


def write_ticks(db: str, per_second: float, stop: threading.Event) -> None:
    """Commit a row to a table of the bench's own ``per_second`` times a second until ``stop``."""
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_ticks (n INTEGER)")
    while not stop.wait(1 / per_second):
        conn.execute("INSERT INTO bench_ticks VALUES (1)")
    conn.close()


def cpu_seconds(pid: int) -> float | None:
    """User+system CPU time of a process and its children (uvicorn's workers), from /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += cpu_seconds(int(child)) or 0.0
        return total
    except (OSError, ValueError, IndexError):
        return None


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if len(values) > 1 else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description="citebrief serve vs datasette under load")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--distinct", type=int, default=400)
    parser.add_argument("--db", default="/tmp/citebrief-bench-serve.sqlite")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=1, help="citebrief serve --workers N")
    parser.add_argument("--client", choices=("wrk", "httpx"), default="wrk" if shutil.which("wrk") else "httpx",
                        help="load generator: wrk (apt install wrk; default when installed) or httpx in this process")
    parser.add_argument("--commits", type=float, default=0.0, metavar="PER_SECOND",
                        help="commit to the store this often during the load, from a connection of its own (as "
                             "a feed runner would): what the server keeps until the next commit is read again")
    parser.add_argument("--pythonpath", default=str(ROOT / "src"),
                        help="PYTHONPATH of the citebrief server (another checkout's src, for before/after)")
    args = parser.parse_args()

    stored = build_store(args.db, args.n, args.distinct)
    datasette = shutil.which("datasette") or str(Path(sys.executable).parent / "datasette")
    if not Path(datasette).exists():
        raise SystemExit("datasette is not installed: pip install 'citebrief[bench]'")
    ours_port, theirs_port = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": args.pythonpath}
    env.pop("CITEBRIEF_TOKEN", None)
    procs = [
        subprocess.Popen([sys.executable, "-m", "citebrief.cli", "serve", "--db", args.db, "--port", str(ours_port)]
                         + (["--workers", str(args.workers)] if args.workers > 1 else []), env=env,
                         stderr=subprocess.DEVNULL),
        subprocess.Popen([datasette, "serve", args.db, "--port", str(theirs_port), "--host", "127.0.0.1"],
                         stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL),
    ]
    ours, theirs = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{theirs_port}"
    name = Path(args.db).stem
    stop_writing = threading.Event()
    try:
        wait_up(ours + "/api/briefs?limit=1", procs[0])
        if args.commits:
            threading.Thread(target=write_ticks, args=(args.db, args.commits, stop_writing), daemon=True).start()
        wait_up(f"{theirs}/{name}/briefs.json?_size=1", procs[1])
        import httpx

        ids = [b["id"] for b in httpx.get(f"{ours}/api/briefs", params={"limit": 200}).json()["items"]]
        rng = random.Random(5)
        ds_path = f"/{name}/briefs.json?_size=25&_sort_desc=id&_nocol=brief_json&_shape=array"
        cases = [  # (label, server, paths: one at random per request)
            ("/robots.txt (floor)", ours, ["/robots.txt"]),
            ("timeline page /", ours, ["/"]),
            ("brief page /briefs/{id}", ours, [f"/briefs/{i}" for i in ids]),
            ("/api/briefs?limit=25", ours, ["/api/briefs?limit=25"]),
            ("datasette briefs.json (25 rows)", theirs, [ds_path]),
        ]
        workers = f"{args.workers} worker processes" if args.workers > 1 else "one process"
        print(f"{stored:,} briefs in {args.db}; citebrief serve: {workers}; concurrency {args.concurrency}; "
              f"{args.seconds:g} s each; client {args.client}; {args.commits:g} commits/s; {os.cpu_count()} cores "
              f"shared by client and "
              f"servers; load average {os.getloadavg()[0]:.1f}")
        print(f"{'endpoint':34} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7} {'cpu ms/req':>11} "
              f"{'client ms/req':>14}")
        results = {}
        for label, server, paths in cases:
            pid = procs[1 if server == theirs else 0].pid
            if args.client == "wrk":
                cpu_before = cpu_seconds(pid)
                rps, p50, p95, errors, client_cpu = wrk_load(server, paths, args.concurrency, args.seconds)
                cpu_after = cpu_seconds(pid)
                count = round(rps * args.seconds)
            else:
                def make_url(server: str = server, paths: list[str] = paths) -> str:
                    return server + rng.choice(paths)

                cpu_before = cpu_seconds(pid)
                client_before = time.process_time()
                rps, lat, errors = asyncio.run(load(make_url, args.concurrency, args.seconds))
                client_cpu = time.process_time() - client_before
                cpu_after = cpu_seconds(pid)
                p50, p95 = pct(lat, 50), pct(lat, 95)
                count = len(lat) + 3 * args.concurrency  # the warm-up's requests are in the CPU time too
            results[label] = rps
            cpu = (f"{(cpu_after - cpu_before) / count * 1000:11.2f}"
                   if cpu_before is not None and cpu_after is not None else f"{'-':>11}")
            print(f"{label:34} {rps:7d} {p50:8.1f} {p95:8.1f} {errors:7d} {cpu} {client_cpu / count * 1000:14.2f}")
        api, ds = results["/api/briefs?limit=25"], results["datasette briefs.json (25 rows)"]
        print(f"/api/briefs : datasette = {api / ds:.2f}x requests/s; load average {os.getloadavg()[0]:.1f}")
    finally:
        stop_writing.set()
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
