"""Every planted set's verdicts line by line, and what changed between two runs.

    python eval/verify_lines.py run OUT.jsonl [--src PATH] [--skip blind169] [--workers 2] [--set NAME ...]
    python eval/verify_lines.py diff BASE.jsonl RUN.jsonl

`run` checks every bullet of the named sets (default: every set in eval/verify.py's SETS but those
skipped, e.g. a blind set not to be read) with the `citebrief` found under `--src` (a copy of an
older `src/`, to measure a start against a final), one process per set, and writes one JSON line per
bullet: set, index, article, planted error, text, citations, status and problems. `diff` compares two
such runs: misses fixed and lost, false alarms gone and new, each lost or new one printed with its
problems, so that a session sees what a reading costs before it lands.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

# Run in a child process per set, so that `--src` decides which citebrief is imported.
_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
from eval.verify import SETS, load_set
from citebrief.verify import check_claim
name = sys.argv[1]
articles, bullets = load_set(SETS[name])
for i, b in enumerate(bullets):
    c = check_claim(b["text"], b["citations"], articles[b["article"]])
    print(json.dumps({"set": name, "i": i, "article": b["article"], "error": b["error"], "text": b["text"],
                      "cites": b["citations"], "status": c.status, "problems": c.problems}, ensure_ascii=False))
"""


def _summary(rows: list[dict]) -> str:
    planted = [r for r in rows if r["error"]]
    correct = [r for r in rows if not r["error"]]
    detected = sum(r["status"] == "unsupported" for r in planted)
    alarms = sum(r["status"] == "unsupported" for r in correct)
    return f"detected {detected}/{len(planted)}, false alarms {alarms}/{len(correct)}"


def run(out: Path, src: Path, names: list[str], workers: int) -> int:
    env = dict(os.environ, PYTHONPATH=f"{src}{os.pathsep}{REPO}")

    def one(name: str) -> tuple[str, str, str]:
        done = subprocess.run([sys.executable, "-c", _CHILD, name, str(REPO)], env=env, capture_output=True, text=True)
        return name, done.stdout, done.stderr if done.returncode else ""

    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(one, names))
    failed = [(name, err.strip().splitlines()[-1] if err.strip() else "failed") for name, _, err in results if err]
    rows = [json.loads(line) for _, text, _ in results for line in text.splitlines()]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(names) - len(failed)} sets: {_summary(rows)} -> {out}")
    for name, why in failed:
        print(f"{name}: {why}", file=sys.stderr)
    return 1 if failed else 0


def diff(base: Path, new: Path) -> int:
    def load(path: Path) -> dict[tuple[str, int], dict]:
        return {(r["set"], r["i"]): r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}

    before, after = load(base), load(new)
    changes: dict[str, list[tuple[dict, dict]]] = {"fixed": [], "lost": [], "false alarms gone": [], "false alarms new": []}
    for key, now in after.items():
        then = before.get(key)
        if then is None:
            continue
        was, flagged = then["status"] == "unsupported", now["status"] == "unsupported"
        if was == flagged:
            continue
        kind = ("fixed" if flagged else "lost") if now["error"] else ("false alarms new" if flagged else "false alarms gone")
        changes[kind].append((then, now))
    print(", ".join(f"{kind} {len(items)}" for kind, items in changes.items()))
    for kind in ("lost", "false alarms new"):
        for then, now in changes[kind]:
            print(f"\n{kind.upper()} {now['set']} {now['article']} {now['error'] or ''} {now['cites']} {now['text']}\n"
                  f"  was: {then['status']} {then['problems'][:2]}\n  now: {now['status']} {now['problems'][:2]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="check every bullet of the sets, one JSON line each")
    r.add_argument("out", type=Path)
    r.add_argument("--src", type=Path, default=REPO / "src", help="the folder holding the citebrief package to run")
    r.add_argument("--skip", action="append", default=[], help="a set not to run (a blind set), repeatable")
    r.add_argument("--workers", type=int, default=2)
    r.add_argument("--set", dest="sets", action="append", default=[], help="a set to run (default: all), repeatable")
    d = sub.add_parser("diff", help="what changed between two runs")
    d.add_argument("base", type=Path)
    d.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.base, args.new)
    sys.path.insert(0, str(REPO))
    from eval.verify import SETS

    names = args.sets or [n for n in SETS if n not in args.skip and (SETS[n] / "bullets.jsonl").exists()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"verify_lines: unknown set(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    return run(args.out, args.src, names, args.workers)


if __name__ == "__main__":
    sys.exit(main())
