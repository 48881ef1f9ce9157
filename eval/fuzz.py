"""Fuzz the inputs citebrief reads from strangers: every loader format, the feed parser and the
house-format brief parser, with coverage-guided mutation (atheris, libFuzzer) for a fixed time.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python eval/fuzz.py [--seconds 600] [--brief-every 20] [--save DIR]
    .venv/bin/python eval/fuzz.py --replay DIR_OR_FILE      # rerun saved crashing inputs

Each input's first byte picks the target, the rest is its data: the bytes loader with a .html,
.json, .md or .txt name, with no name (content sniffing) or with an HTTP content type; the feed
parser; the brief parser alone or against an article. Every ``--brief-every``-th input that loads
as an article is also briefed, verified and rendered (the extractive engine), so what a loader
lets through is tried downstream too. The seeds are our own files: tests/data/loaders, the
examples and their briefs, the seed brief, a feed we write here.

A crash is any exception other than the package's own one-line input errors (InputError and its
kind, whose message has no line break), and any such error of more than one line. Crashes are
grouped by exception type and the innermost citebrief frame; the first input of each is saved
to ``--save`` (default: a temp folder) for --replay. The run prints inputs tried and crashes.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("html", "json", "md", "txt", "sniff", "content-type", "feed", "brief", "brief+article")
FEED = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Markets</title>'
        b"<item><title>Bank profit rises</title><link>https://example.com/a/1</link>"
        b"<pubDate>Thu, 06 Nov 2025 08:00:00 GMT</pubDate></item>"
        b'<item><title>Rates</title><link>/a/2</link></item></channel></rss>')


def seeds() -> list[bytes]:
    """Our own files, each prefixed with the byte of the target that reads it."""
    def tagged(target: str, data: bytes) -> bytes:
        return bytes([TARGETS.index(target)]) + data

    out = []
    for path in sorted((ROOT / "tests" / "data" / "loaders").iterdir()):
        kind = {".html": "html", ".json": "json", ".md": "md", ".txt": "txt"}[path.suffix]
        out += [tagged(kind, path.read_bytes()), tagged("sniff", path.read_bytes())]
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        out.append(tagged("txt", path.read_bytes()))
    for path in sorted((ROOT / "examples" / "briefs").glob("*")):
        if path.suffix in (".md", ".json"):
            out += [tagged("brief", path.read_bytes()), tagged("brief+article", path.read_bytes())]
    out.append(tagged("brief", (ROOT / "tests" / "data" / "verify" / "seed-brief.txt").read_bytes()))
    out += [tagged("feed", FEED), tagged("content-type", b"text/html; charset=gbk\n" + "<p>央行宣布降准</p>".encode("gbk"))]
    return out


class Fuzzer:
    """Runs one input against its target and keeps the tally."""

    def __init__(self, brief_every: int, save: Path) -> None:
        from citebrief.errors import CitebriefError

        self.expected = CitebriefError
        self.brief_every = brief_every
        self.save = save
        self.tried = Counter[str]()
        self.loaded = 0
        self.briefed = 0
        self.crashes: dict[tuple[str, str], tuple[int, str, str]] = {}  # key -> (count, first message, file)
        self.article = None

    def one(self, data: bytes) -> None:
        if not data:
            return
        target = TARGETS[data[0] % len(TARGETS)]
        body = data[1:]
        self.tried[target] += 1
        try:
            self._run(target, body)
        except self.expected as exc:
            if "\n" in str(exc).strip():
                self._crash(data, target, exc, note="error of more than one line")
        except RecursionError as exc:
            self._crash(data, target, exc)
        except Exception as exc:  # noqa: BLE001 - what the fuzzer is looking for
            self._crash(data, target, exc)

    def _run(self, target: str, body: bytes) -> None:
        from citebrief.feeds import parse_feed
        from citebrief.loaders import from_bytes
        from citebrief.verify.parse import parse_brief

        if target in ("html", "json", "md", "txt"):
            article = from_bytes(body, origin=f"fuzz.{target}")
        elif target == "sniff":
            article = from_bytes(body)
        elif target == "content-type":
            header, _, rest = body.partition(b"\n")
            article = from_bytes(rest, content_type=header.decode("latin-1"), url="https://example.com/a")
        elif target == "feed":
            parse_feed(body, "https://example.com/feed.xml", "application/rss+xml")
            return
        else:
            text = body.decode("utf-8", "replace")
            parse_brief(text, self.article if target == "brief+article" else None, source="fuzz-brief")
            return
        self.loaded += 1
        self.article = article
        if self.brief_every and self.loaded % self.brief_every == 0:
            from citebrief.pipeline import make_brief, render

            brief = make_brief(article, "extractive")
            for fmt in ("md", "json", "html"):
                render(brief, fmt)
            self.briefed += 1

    def _crash(self, data: bytes, target: str, exc: BaseException, note: str = "") -> None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "citebrief" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        key = (type(exc).__name__, where)
        count, message, saved = self.crashes.get(key, (0, "", ""))
        if not count:
            self.save.mkdir(parents=True, exist_ok=True)
            path = self.save / f"crash-{len(self.crashes) + 1}-{target}.bin"
            path.write_bytes(data)
            saved = str(path)
            message = note or " ".join(str(exc).split())[:160]
            print(f"crash: {key[0]} at {where} ({target}): {message} -> {saved}", file=sys.stderr, flush=True)
        self.crashes[key] = (count + 1, message, saved)

    def report(self, seconds: float) -> str:
        total = sum(self.tried.values())
        lines = [f"fuzz: {total:,} inputs in {seconds:.0f} s ({', '.join(f'{t} {n:,}' for t, n in sorted(self.tried.items()))}); "
                 f"{self.loaded:,} loaded, {self.briefed:,} briefed; "
                 f"{sum(c for c, _, _ in self.crashes.values())} crashing inputs, {len(self.crashes)} distinct crashes"]
        for (kind, where), (count, message, saved) in sorted(self.crashes.items()):
            lines.append(f"  {kind} at {where}: {count}x, e.g. {message} ({saved})")
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=600, help="how long to fuzz (default 600)")
    ap.add_argument("--brief-every", type=int, default=20, help="brief every Nth loaded article (0: never)")
    ap.add_argument("--save", type=Path, help="folder for crashing inputs (default: a temp folder)")
    ap.add_argument("--max-len", type=int, default=65536, help="largest input, bytes (default 65536)")
    ap.add_argument("--replay", type=Path, help="run the saved inputs in this file or folder and exit")
    args = ap.parse_args(argv)
    save = args.save or Path(tempfile.mkdtemp(prefix="citebrief-fuzz-"))

    if args.replay:
        fuzzer = Fuzzer(brief_every=1, save=Path(tempfile.mkdtemp(prefix="citebrief-replay-")))
        files = sorted(args.replay.iterdir()) if args.replay.is_dir() else [args.replay]
        for path in files:
            fuzzer.one(path.read_bytes())
        print(fuzzer.report(0))
        return 1 if fuzzer.crashes else 0

    try:
        import atheris
    except ImportError:
        print("eval/fuzz.py needs atheris: pip install -e '.[fuzz]'", file=sys.stderr)
        return 2
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura and feedparser warnings on garbage input
    # Coverage feedback from citebrief's own code: import (and so instrument) every module a
    # target reaches, here, because the package imports most of them lazily.
    with atheris.instrument_imports(include=["citebrief"]):
        import citebrief.engines.extractive  # noqa: F401
        import citebrief.feeds  # noqa: F401
        import citebrief.keyfigures  # noqa: F401
        import citebrief.loaders  # noqa: F401
        import citebrief.loaders.html  # noqa: F401
        import citebrief.loaders.jsondoc  # noqa: F401
        import citebrief.loaders.markdown  # noqa: F401
        import citebrief.pipeline  # noqa: F401
        import citebrief.renderers  # noqa: F401
        import citebrief.verify  # noqa: F401
        import citebrief.verify.parse  # noqa: F401

    fuzzer = Fuzzer(args.brief_every, save)
    corpus = Path(tempfile.mkdtemp(prefix="citebrief-fuzz-corpus-"))
    for i, seed in enumerate(seeds()):
        (corpus / f"seed-{i}").write_bytes(seed)
    start = time.monotonic()
    deadline = start + args.seconds

    def test_one_input(data: bytes) -> None:
        fuzzer.one(data)
        # libFuzzer's own time limit ends the process without Python's exit handlers: stop here.
        if time.monotonic() > deadline:
            print(fuzzer.report(time.monotonic() - start), flush=True)
            os._exit(1 if fuzzer.crashes else 0)

    atheris.Setup([sys.argv[0], f"-max_len={args.max_len}", "-rss_limit_mb=4096", "-timeout=120",
                   "-print_final_stats=0", str(corpus)], test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
