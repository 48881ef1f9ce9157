"""Throughput and memory of the batch pipeline: fetch (local HTTP server), extract, brief
(extractive), verify and store, for N articles (default 10,000).

    .venv/bin/python -m bench.pipeline [--n 10000] [--workers 4] [--db PATH|postgresql://...]

A server in a child process serves feeds of 500 entries each and article pages built from the
articles in eval/data/stories (each made unique by a numbered paragraph). The run goes through
`citebrief.runner` exactly as `citebrief run --once` does (stories regrouping off: timed apart
with --stories). Prints articles/second and the peak RSS of this process at 1k, 5k and 10k.
"""
from __future__ import annotations

import argparse
import html
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "eval" / "data" / "stories"
PER_FEED = 500


def _articles() -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted(STORIES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        paras = [p.strip() for p in "\n".join(lines[3:]).split("\n\n") if p.strip()]
        out.append((lines[0], paras))
    return out


def serve(n: int) -> None:
    """Child process: serve /feed/<k>.xml and /a/<i>.html; print the port, run until killed."""
    texts = _articles()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

        def _send(self, body: bytes, ctype: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            base = f"http://{self.headers['Host']}"
            if self.path == "/robots.txt":
                return self._send(b"User-agent: *\nAllow: /\n", "text/plain")
            if self.path.startswith("/feed/"):
                k = int(self.path.split("/")[-1].split(".")[0])
                items = "".join(f"<item><title>a{i}</title><link>{base}/a/{i}.html</link>"
                                f"<pubDate>Wed, 05 Nov 2025 10:20:00 GMT</pubDate></item>"
                                for i in range(k * PER_FEED, min(n, (k + 1) * PER_FEED)))
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>f{k}</title>{items}</channel></rss>'
                return self._send(body.encode(), "application/rss+xml")
            i = int(self.path.split("/")[-1].split(".")[0])
            title, paras = texts[i % len(texts)]
            paras = paras + [f"本文为基准测试第{i}篇。" if i % 2 else f"This is benchmark article {i}."]
            body = ("<!doctype html><html><head><meta charset='utf-8'><title>" + html.escape(title) + "</title>"
                    "<meta property='og:site_name' content='Bench Wire'></head><body><article><h1>"
                    + html.escape(title) + "</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
                    + "</article></body></html>")
            return self._send(body.encode(), "text/html; charset=utf-8")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--db", default=None, help="default: a fresh SQLite file in a temp folder")
    parser.add_argument("--stories", action="store_true", help="also time regrouping stories at the end")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        return serve(args.serve)

    from citebrief.runner import Runner, RunOptions
    from citebrief.store import Store

    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.n)], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        tmp = tempfile.TemporaryDirectory()
        db = args.db or str(Path(tmp.name) / "bench.sqlite")
        store = Store.open(db)
        for k in range((args.n + PER_FEED - 1) // PER_FEED):
            store.add_feed(f"http://127.0.0.1:{port}/feed/{k}.xml")
        marks = {m for m in (1_000, 5_000, 10_000, args.n) if m <= args.n}
        done = {"n": 0}
        start = time.perf_counter()

        def on_event(kind: str, data: dict) -> None:
            if kind == "article" and data["outcome"] != "skipped":
                done["n"] += 1
                if done["n"] in marks:
                    elapsed = time.perf_counter() - start
                    print(f"{done['n']:>6} articles  {elapsed:7.1f} s  {done['n'] / elapsed:6.1f} articles/s  "
                          f"peak RSS {peak_mb():6.1f} MB", flush=True)

        options = RunOptions(engine="extractive", delay=0.0, per_host=args.workers, workers=args.workers,
                             stories=False, progress=False)
        summary = Runner(store, options, on_event).run_once()
        elapsed = time.perf_counter() - start
        print(f"{summary.line()}")
        print(f"total: {summary.new} articles in {elapsed:.1f} s = {summary.new / elapsed:.1f} articles/s "
              f"(fetch + extract + brief + verify + store, {args.workers} workers, {store.dialect})")
        if summary.failures:
            print(f"failures: {len(summary.failures)}; first: {summary.failures[0]}")
        if args.stories:
            from citebrief.stories import rebuild_stories

            t0 = time.perf_counter()
            count = rebuild_stories(store)
            print(f"stories: {count} from {summary.new} articles in {time.perf_counter() - t0:.1f} s, "
                  f"peak RSS {peak_mb():.1f} MB")
        store.close()
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
