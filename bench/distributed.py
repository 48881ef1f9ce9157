"""Throughput of the queue: articles per minute with 1, 2 and 4 `citebrief worker` processes
against the local chat-completions test server answering after a fixed latency, next to the
ideal (workers x concurrency / latency) in the same run; target >= 90% of the ideal at each
step. Then, with a cluster-wide request limit below the ideal, the rate the server sees over
consecutive windows, next to the limit; target within 5%.

    CITEBRIEF_TEST_POSTGRES_URL=postgresql://... .venv/bin/python -m bench.distributed \
        [--latency 5] [--concurrency 4] [--per-slot 4] [--workers 1,2,4] [--limit 120 --window 60 --windows 3]

Every article goes the whole way: a feed poll job, then one job per article that fetches the
page from a local feed server, briefs it with the LLM engine (one request: the answer a
well-behaved model gives), verifies and stores it in PostgreSQL. Each step runs in its own
PostgreSQL schema; the workers are warmed (imports, engine, verifier tables) by a first feed,
and the rate is timed from the first article job's start to the last one's end.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from tests.support.feeds_server import FeedServer, FeedSite, Page
from tests.support.llm import PARAGRAPHS, TITLE, as_json, good
from tests.support.llm_server import FakeProvider, Reply
from tests.support.scale import Workers, cli, drained, one, private_schema, query, wait_for


def site(prefix: str, count: int) -> FeedSite:
    feed = FeedSite()
    for i in range(count):
        feed.pages[f"/a/{prefix}-{i}.html"] = Page(title=f"{TITLE}（{prefix} {i + 1}）", paragraphs=PARAGRAPHS)
    return feed


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used so far (Linux /proc)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def run_step(base_url: str, llm: FakeProvider, home: Path, workers: int, concurrency: int, articles: int,
             extra: tuple[str, ...] = ()) -> tuple[float, list[float], float]:
    """(seconds from the first article job's start to the last one's end, server arrival times,
    worker CPU seconds per article)."""
    db, drop = private_schema(base_url)
    home.mkdir(parents=True, exist_ok=True)
    env = {"CITEBRIEF_LLM_BASE_URL": llm.url, "CITEBRIEF_LLM_MODEL": "bench-model"}
    try:
        with FeedServer(site("warm", 2 * workers * concurrency)) as warm, FeedServer(site("main", articles)) as main, \
                Workers(db, home, "--engine", "llm", "--delay", "0", "--concurrency", str(concurrency),
                        "--stall-timeout", "30", "--no-stories", *extra, env=env) as procs:
            cli(db, home, "feeds", "add", warm.url("/feed.xml"))
            for _ in range(workers):
                procs.start()
            # Every worker up (its imports done: seconds on a busy machine) before any job is queued.
            wait_for(lambda: one(db, "select count(*) from procrastinate_workers") == workers, 300,
                     "the workers to start", procs.logs)
            cli(db, home, "run", "--enqueue")
            wait_for(lambda: one(db, "select count(*) from briefs") == 2 * workers * concurrency and drained(db),
                     300, "the warm-up articles", procs.logs)
            seen_before = len(llm.requests)
            pids = [proc.pid for proc in procs.procs]
            cpu_before = cpu_seconds(pids)
            cli(db, home, "feeds", "add", main.url("/feed.xml"))
            cli(db, home, "run", "--enqueue")
            wait_for(lambda: one(db, "select count(*) from briefs") == 2 * workers * concurrency + articles
                     and drained(db), 1800, "the articles", procs.logs)
            seconds = one(db, """select extract(epoch from max(finished_at) - min(started_at))
                                 from citebrief_job_attempts a where task = 'brief_article'
                                 and job_id in (select id from procrastinate_jobs where args->>'url' like '%%/a/main-%%')""")
            cpu = (cpu_seconds(pids) - cpu_before) / articles
            shares = [r[0] for r in query(db, """select count(*) from citebrief_job_attempts where task = 'brief_article'
                and job_id in (select id from procrastinate_jobs where args->>'url' like '%%/a/main-%%')
                group by worker order by 1 desc""")]
            print(f"  articles per worker: {shares}", flush=True)
            arrivals = [seen.at for seen in llm.requests[seen_before:]]
            failed = one(db, "select count(*) from citebrief_job_attempts where outcome = 'failed'")
            if failed:
                print(f"  {failed} failed attempts:\n{procs.logs()[-2000:]}")
        return float(seconds), arrivals, cpu
    finally:
        drop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=os.environ.get("CITEBRIEF_TEST_POSTGRES_URL"),
                    help="PostgreSQL URL [default: $CITEBRIEF_TEST_POSTGRES_URL]")
    ap.add_argument("--latency", type=float, default=5.0,
                    help="seconds the test server takes per request (a real model takes 5-20 s for a brief)")
    ap.add_argument("--concurrency", type=int, default=4, help="jobs at once per worker")
    ap.add_argument("--per-slot", type=int, default=4, help="articles per worker slot in each step")
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--limit", type=int, default=0, help="requests per window for the limited run (0: skip)")
    ap.add_argument("--limit-workers", type=int, default=4)
    ap.add_argument("--window", type=float, default=60.0, help="seconds in the limit's window (60: per minute)")
    ap.add_argument("--windows", type=int, default=3, help="windows the limited run lasts")
    args = ap.parse_args()
    if not args.db:
        ap.error("give --db or set CITEBRIEF_TEST_POSTGRES_URL (scripts/start_postgres.sh prints one)")

    import tempfile

    answer = as_json(good())
    home = Path(tempfile.mkdtemp(prefix="citebrief-bench-"))
    print(f"test server latency {args.latency:g} s per request; one request per article; "
          f"concurrency {args.concurrency} per worker; {os.cpu_count()} CPUs")
    print(f"{'workers':>7} {'articles':>8} {'seconds':>8} {'art/min':>8} {'ideal/min':>9} {'share':>6} "
          f"{'CPU s/article':>13} {'load':>5}")
    worst = 1.0
    with FakeProvider(latency=args.latency, responder=lambda body: Reply(content=answer)) as llm:
        for n in (int(x) for x in args.workers.split(",")):
            count = n * args.concurrency * args.per_slot
            seconds, _, cpu = run_step(args.db, llm, home / f"w{n}", n, args.concurrency, count)
            rate = count / seconds * 60
            ideal = n * args.concurrency / args.latency * 60
            worst = min(worst, rate / ideal)
            print(f"{n:>7} {count:>8} {seconds:>8.1f} {rate:>8.0f} {ideal:>9.0f} {rate / ideal:>6.0%} "
                  f"{cpu:>13.3f} {os.getloadavg()[0]:>5.1f}", flush=True)
        print(f"target >= 90% of the ideal at each step: {'met' if worst >= 0.9 else 'NOT met'} "
              f"(worst {worst:.0%})")
        print("CPU s/article: the workers' CPU (user + system) per article, queue included: with C free cores "
              "the workers can do at most C / that many articles a second, whatever the provider's speed; "
              "load: the machine's 1-minute load average (other users' processes compete for the same cores)")
        if args.limit:
            n = args.limit_workers
            ideal = n * args.concurrency / args.latency * args.window
            count = args.limit * args.windows + args.limit // 2  # more than the windows can take
            print(f"\nlimited: {n} workers (ideal {ideal:.0f} per {args.window:g} s window), limit {args.limit} "
                  f"requests per {args.window:g} s, {count} articles")
            _, arrivals, _ = run_step(args.db, llm, home / "limited", n, args.concurrency, count,
                                   ("--requests-per-minute", str(args.limit), "--rate-window", str(args.window)))
            arrivals.sort()
            t0 = arrivals[0]
            per_window = [sum(1 for t in arrivals if t0 + k * args.window <= t < t0 + (k + 1) * args.window)
                          for k in range(args.windows)]
            busiest = max(sum(1 for u in arrivals if t <= u < t + args.window) for t in arrivals)
            mean = sum(per_window) / len(per_window)
            print(f"requests the server saw in each of the first {args.windows} windows: {per_window}; "
                  f"mean {mean:.1f} = {mean / args.limit:.1%} of the limit; busiest sliding window {busiest}")
            ok = abs(mean - args.limit) <= 0.05 * args.limit and busiest <= args.limit
            print(f"target: within 5% of the limit, never above it: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
