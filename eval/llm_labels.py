"""The verifier against a real model's errors: statements that Qwen2.5-Coder-1.5B wrote in briefs
of real test articles (eval/data/llm-labels/statements.jsonl, labelled by hand; README.md beside
it), re-checked with the CURRENT verifier, offline, in seconds.

    .venv/bin/python eval/llm_labels.py [-v] [--labels FILE]

A statement is flagged when check_claim(text, citations, article) is `unsupported` (what makes
the engine repair or drop it); wrong when its label is not `correct`; serious as labelled (a wrong
figure, subject, name, period or role). Prints: statements, wrong and serious-wrong; the
verifier's recall on serious-wrong statements, the precision of its flags, and the wrong
statements it would let through (published); the same per label and per strategy. -v lists the
misses and the false flags with the verifier's problems.

Only the verifier is measured: the engine's other checks (quotes, names in full, untranslated
text, headings) are not applied here.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "eval" / "data" / "llm-labels" / "statements.jsonl"
KINDS = ("correct", "wrong_figure", "wrong_subject", "invented_name", "wrong_period", "other")


def pct(num: int, den: int) -> str:
    return f"{num}/{den} = {num / den:.0%}" if den else f"{num}/0 = -"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false flags")
    args = ap.parse_args()

    from citebrief.loaders import load_article
    from citebrief.verify import check_claim

    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = [r for r in rows if r["label"] not in KINDS]
    if bad:
        print(f"unknown label {bad[0]['label']!r} in {bad[0]['text'][:60]!r}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    articles = {}
    for r in rows:
        if r["article"] not in articles:
            articles[r["article"]] = load_article(str(ROOT / r["article"]))
        check = check_claim(r["text"], r["citations"], articles[r["article"]])
        r["flagged"] = check.status == "unsupported"
        r["status"] = check.status
        r["problems"] = check.problems
        r["wrong"] = r["label"] != "correct"
    seconds = time.perf_counter() - t0

    def summary(group: list[dict]) -> tuple[int, int, int, int, int, int, int]:
        wrong = [r for r in group if r["wrong"]]
        serious = [r for r in group if r["wrong"] and r["serious"]]
        flagged = [r for r in group if r["flagged"]]
        return (len(group), len(wrong), len(serious), sum(r["flagged"] for r in serious), len(flagged),
                sum(r["wrong"] for r in flagged), sum(not r["flagged"] for r in wrong))

    n, wrong, serious, caught, flagged, flagged_wrong, through = summary(rows)
    print(f"{n} statements of {len(articles)} articles (checked in {seconds:.1f} s): {wrong} wrong, "
          f"{serious} serious-wrong; the model's own engine published {sum(r['published'] for r in rows)}, "
          f"{sum(r['published'] and r['wrong'] for r in rows)} of them wrong "
          f"({sum(r['published'] and r['wrong'] and r['serious'] for r in rows)} serious)")
    print(f"verifier recall on serious-wrong : {pct(caught, serious)}")
    print(f"verifier recall on any wrong     : {pct(sum(r['flagged'] for r in rows if r['wrong']), wrong)}")
    print(f"precision of its flags           : {pct(flagged_wrong, flagged)} (flagged statements really wrong)")
    print(f"wrong it would publish (unflagged): {through} ({sum(not r['flagged'] for r in rows if r['wrong'] and r['serious'])} serious)")
    print(f"correct statements flagged       : {sum(r['flagged'] for r in rows if not r['wrong'])} "
          f"of {n - wrong}")

    print(f"\n{'label':15} {'count':>5} {'serious':>7} {'flagged':>7} {'unflagged':>9}")
    by_label: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_label[r["label"]].append(r)
    for kind in KINDS:
        group = by_label.get(kind, [])
        if group:
            print(f"{kind:15} {len(group):>5} {sum(r['serious'] for r in group):>7} "
                  f"{sum(r['flagged'] for r in group):>7} {sum(not r['flagged'] for r in group):>9}")

    print(f"\n{'strategy':18} {'count':>5} {'wrong':>5} {'serious':>7} {'recall(serious)':>15} {'precision':>9} "
          f"{'wrong unflagged':>15}")
    by_strategy: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_strategy[r["strategy"]].append(r)
    for strategy, group in sorted(by_strategy.items()):
        n, wrong, serious, caught, flagged, flagged_wrong, through = summary(group)
        rec = f"{caught}/{serious}"
        prec = f"{flagged_wrong}/{flagged}"
        print(f"{strategy:18} {n:>5} {wrong:>5} {serious:>7} {rec:>15} {prec:>9} {through:>15}")

    if args.verbose:
        print("\nserious-wrong, not flagged (the verifier would publish them):")
        for r in rows:
            if r["wrong"] and r["serious"] and not r["flagged"]:
                print(f"  - [{r['label']}] {Path(r['article']).name} {r['strategy']} {r['citations']}: {r['text']}"
                      f"\n      note: {r['note']}")
        print("\nflagged but correct (false flags):")
        for r in rows:
            if r["flagged"] and not r["wrong"]:
                print(f"  - {Path(r['article']).name} {r['strategy']} {r['citations']}: {r['text']}"
                      f"\n      verifier: {'; '.join(r['problems'])[:300]}")
        counts = Counter((r["label"], r["flagged"]) for r in rows if r["wrong"] and not r["serious"])
        if counts:
            print("\nnot serious wrong (label, flagged): " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
