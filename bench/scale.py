"""Time and peak memory of one brief as the article grows: 10 KB, 100 KB, 1 MB and 10 MB.

    .venv/bin/python -m bench.scale [--sizes 10k,100k,1m,10m] [--language zh-Hans|zh-Hant|en]
                                    [--length short|standard|full]
                                    [--timeout 120] [--limit-mib 8000]

Each article is the house text layout made of our own paragraphs (examples/articles and
eval/data/coverage in that language), repeated in order until the size is reached, each copy
numbered so no two paragraphs are identical. Each size runs in a fresh child process that does
what `citebrief brief FILE` does (load, extractive brief, verification, key figures, Markdown);
the parent prints the child's wall time, CPU time (user + system: what a shared machine's load
does not inflate) and peak RSS (ru_maxrss of a helper's only child), so one size's memory never
counts towards another's. A child that passes ``--timeout`` seconds is stopped, and one
that passes ``--limit-mib`` of address space fails (so a quadratic run cannot take the machine).
"""
from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples" / "articles", ROOT / "eval" / "data" / "coverage")
_PREFIX = {"zh-Hans": ("zh-hans", ".zh-Hans"), "zh-Hant": ("zh-hant", ".zh-Hant"), "en": ("en-", ".en")}


def paragraphs(language: str) -> list[str]:
    """The body paragraphs of our example and coverage articles in ``language``."""
    prefix, suffix = _PREFIX[language]
    out: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            if not (path.name.startswith(prefix) or path.stem.endswith(suffix)):
                continue
            body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
            out.extend(p.strip() for p in body.split("\n\n") if p.strip())
    return out


def build_article(size: int, language: str) -> str:
    """House text of at most ``size`` bytes (UTF-8; the loaders' limit is inclusive) from
    ``language``'s paragraphs, copies numbered."""
    paras = paragraphs(language)
    title = "Scale test: our paragraphs repeated" if language == "en" else "规模测试：段落重复"
    parts = [f"{title}\nBench Wire·2026-03-12 10:05\n"]
    total = len(parts[0].encode()) + 1
    for copy in count(1):
        for p in paras:
            # A copy number makes each paragraph distinct (repeats would be near-duplicates only).
            text = f"({copy}) {p}"
            if total + len(text.encode()) + 2 > size:
                return "\n\n".join(parts) + "\n"
            parts.append(text)
            total += len(text.encode()) + 2
    raise AssertionError("unreachable")


CHILD = """
import sys
from citebrief.pipeline import load_article, make_brief, render
article = load_article(sys.argv[1])
brief = make_brief(article, "extractive", length=sys.argv[2])
out = render(brief, "md")
print(len(article.paragraphs), sum(len(s.bullets) for s in brief.sections), len(out))
"""


def run_one(path: Path, length: str, timeout: float, limit_mib: int) -> tuple[str, float, float, float, str]:
    """(status, wall seconds, CPU seconds, peak RSS MiB, child's output) of one brief in a fresh process."""
    def limit() -> None:
        cap = limit_mib * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")  # thread stacks would count as address space
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), length], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=limit, env=env, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        status = f"timeout {timeout:.0f}s"
    wall = time.perf_counter() - start
    # communicate() reaped the child; its rusage is in RUSAGE_CHILDREN as the max over children
    # so far, so each size is measured by a helper process that runs just one child (see main).
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    detail = out.strip() if status == "ok" else (err.strip().splitlines() or [""])[-1][:120]
    return status, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, detail


def parse_size(text: str) -> int:
    units = {"k": 1000, "m": 1000_000}
    text = text.strip().lower()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m,10m")
    ap.add_argument("--language", default="zh-Hans", choices=sorted(_PREFIX))
    ap.add_argument("--length", default="standard", choices=("short", "standard", "full"))
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per size (default 120)")
    ap.add_argument("--limit-mib", type=int, default=8000, help="address-space cap per child (default 8000)")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one file, print a row
    args = ap.parse_args(argv)

    if args.one:
        status, wall, cpu, rss, detail = run_one(Path(args.one), args.length, args.timeout, args.limit_mib)
        print(f"{status}\t{wall:.2f}\t{cpu:.2f}\t{rss:.1f}\t{detail}")
        return 0

    print(f"language {args.language}, length {args.length}, {len(paragraphs(args.language))} distinct paragraphs; "
          "each size in a fresh process (load, brief, verify, key figures, Markdown)")
    print(f"{'size':>8} {'bytes':>11} {'paras':>7} {'time s':>8} {'CPU s':>7} {'peak RSS MiB':>13}  status")
    with tempfile.TemporaryDirectory() as tmp:
        for label in args.sizes.split(","):
            size = parse_size(label)
            path = Path(tmp) / f"scale-{label}.txt"
            path.write_text(build_article(size, args.language), encoding="utf-8")
            # A helper process per size, so RUSAGE_CHILDREN's maximum is this size's child alone.
            row = subprocess.run([sys.executable, __file__, "--one", str(path), "--length", args.length, "--timeout", str(args.timeout),
                                  "--limit-mib", str(args.limit_mib)], capture_output=True, text=True).stdout
            status, wall, cpu, rss, detail = (row.rstrip("\n").split("\t") + ["", "", "", "", ""])[:5]
            paras = detail.split()[0] if status == "ok" else "-"
            print(f"{label:>8} {path.stat().st_size:>11,} {paras:>7} {float(wall or 0):>8.2f} {float(cpu or 0):>7.2f} "
                  f"{float(rss or 0):>13.1f}  {status}{'' if status == 'ok' else ': ' + detail}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
