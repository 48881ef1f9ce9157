"""Key figures against gold rows we wrote (issue 10, item 5).

    python eval/keyfigures.py            # per-article and overall precision / recall
    python eval/keyfigures.py --show     # also every row shown, wrong rows and missed gold rows
    python eval/keyfigures.py --check    # exit 1 below the targets (precision 95%, recall 70%)

Gold rows: eval/data/keyfigures/<slug>.json (see the README there: what a row is, which rows are
optional). A row shown is right when some gold row (required or optional, not yet taken) has

    subject  the same name (folded: NFKC, simplified script, lower case) as one of the gold names,
             or a name of the same gazetteer entity
    metric   the same words as one of the gold metrics, or a gold metric that is a form of the same
             glossary meaning (data/metrics.tsv: 'net income' = 'net profit'; a tenor shown before it,
             'one-year LPR', is read past for the meaning), or a narrower meaning of it ('outstanding
             total social financing' for 'total social financing': the same figure, named more exactly)
    value    the same numbers with the same signs and units ('NT$367.47 billion' =
             '3674.7億新台幣'; '-50 bp' = '-0.5 pp'; '68 cents' = '$0.68'), each equal at the finer
             precision of the two ('3.0%' = '3%', but '2%' is not '2.4%')

Precision = right rows / rows shown; recall = required gold rows found / required gold rows. Also
reported on the rows found: whether the change shown agrees with the gold change (its numbers), and
whether the period shown agrees with the gold period (its quarter, half, month or year).
Rows are made by citebrief.keyfigures.key_figures (the whole article; the same for every engine).
The 18 articles of eval/data/keyfigures are the development set; eval/data/keyfigures/holdout holds four
written after tuning (``--data eval/data/keyfigures/holdout``). Run log: docs/evals/keyfigures.md.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "keyfigures"
PRECISION, RECALL = 0.95, 0.70


def _fold(text: str) -> str:
    from citebrief.text.script import fold

    return re.sub(r"\s+", " ", fold(text)).strip().removesuffix("'s").removesuffix("’s")


def _aliases(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def subject_matches(shown: str, source: str | None, gold) -> bool:
    from citebrief.facts.gazetteer import lookup

    names = [_fold(g) for g in _aliases(gold)]
    mine = [_fold(x) for x in (shown, source) if x]
    if any(m in names for m in mine):
        return True
    ids = {e.id for x in (shown, source) if x for e in lookup(x)}
    return bool(ids) and any(e.id in ids for g in _aliases(gold) for e in lookup(g))


def _metric_ids(name: str) -> frozenset[str]:
    from citebrief.facts.glossary import metrics
    from citebrief.text.script import fold

    return metrics().forms.get(fold(name), frozenset())


_TENOR = re.compile(r"^(?:one|two|three|five|seven|ten|thirty|\d+)-(?:year|month|day|week)\s")


def metric_matches(shown: str, gold) -> bool:
    mine = _fold(shown)
    # 'one-year LPR', '10-year bond yield': the tenor is shown with the metric; the meaning is the glossary's.
    ids = _metric_ids(shown) or _metric_ids(_TENOR.sub("", shown))
    for g in _aliases(gold):
        if _fold(g) == mine:
            return True
        if ids and ids & _metric_ids(g):
            return True
        if ids and any(gid in _ancestors(i) for i in ids for gid in _metric_ids(g)):
            return True
    return False


def _ancestors(metric_id: str) -> set[str]:
    from citebrief.facts.glossary import metrics

    return metrics().ancestors(metric_id)


_SIGN = re.compile(r"([+\-−–]?)\s*$")
_CENTS = re.compile(r"^\s?(cents?|pence)\b", re.IGNORECASE)


def parse_value(text: str) -> list[tuple[str, float, float, str]]:
    """(sign, value, precision, unit) of each figure in a value string."""
    from citebrief.facts.atoms import prepare
    from citebrief.facts.quantities import find_quantities

    t = prepare(text)
    out = []
    for q in find_quantities(t):
        mark = _SIGN.search(t[:q.start]).group(1)
        sign = "-" if mark and mark in "-−–" else "+"
        unit = q.unit or q.kind
        value, precision = q.value, q.precision
        if q.kind == "bp":
            unit = "pp"
        elif q.kind in ("pp", "points"):
            unit = "pp" if q.kind == "pp" else "points"
        cents = _CENTS.match(t[q.end:])
        if q.kind == "number" and cents:
            unit = "GBP" if cents.group(1).lower() == "pence" else "USD"
            value, precision = value / 100, precision / 100
        out.append((sign, value, precision, unit))
    return out


def value_matches(shown: str, gold: str) -> bool:
    a, b = parse_value(shown), parse_value(gold)
    if not a or len(a) != len(b):
        return False
    for (sa, va, pa, ua), (sb, vb, pb, ub) in zip(a, b):
        # ('68 cents' is an amount in any dollar, 'USD|HKD|…': the same unit as '$0.68'.)
        if not set(ua.split("|")) & set(ub.split("|")) and not ({ua, ub} <= {"number", "points"}):
            return False
        if sa != sb:
            return False
        step = min(pa, pb)
        if not (math.isclose(va, vb, rel_tol=1e-9) or abs(va - vb) <= step / 2 + 1e-9 * max(abs(va), abs(vb))):
            return False
    return True


def change_agrees(shown: str | None, gold: str | None) -> bool | None:
    """None when there is nothing to compare; else whether every gold change figure is shown."""
    if not gold or not shown:
        return None
    want = parse_value(gold)
    have = parse_value(shown)
    return all(any(w[0] == h[0] and w[3] == h[3] and math.isclose(w[1], h[1], rel_tol=1e-6) for h in have)
               for w in want)


def period_agrees(shown: str | None, gold: str | None) -> bool | None:
    if not gold or not shown:
        return None
    from citebrief.facts.temporal import find_temporals, keys_of

    a = keys_of(find_temporals(shown)[0])
    b = keys_of(find_temporals(gold)[0])
    if not a or not b:
        return None
    return a <= b


def score(rows, gold: list[dict]):
    """(right rows [(row, gold)], wrong rows, missed required gold rows)."""
    taken: set[int] = set()
    right, wrong = [], []
    for row in rows:
        hit = None
        for i, g in enumerate(gold):
            if i in taken:
                continue
            if subject_matches(row.subject, row.subject_source, g["subject"]) and \
                    metric_matches(row.metric, g["metric"]) and value_matches(row.value, g["value"]):
                hit = i
                break
        if hit is None:
            wrong.append(row)
        else:
            taken.add(hit)
            right.append((row, gold[hit]))
    missed = [g for i, g in enumerate(gold) if i not in taken and not g.get("optional")]
    return right, wrong, missed


def _line(row) -> str:
    parts = [row.subject, row.metric, row.value] + [x for x in (row.change, row.period) if x]
    return " · ".join(parts) + "".join(f" [{n}]" for n in row.citations)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print rows, wrong rows and missed gold rows")
    ap.add_argument("--check", action="store_true",
                    help=f"exit 1 below precision {PRECISION * 100:.0f}%% or recall {RECALL * 100:.0f}%%")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("only", nargs="*", help="article slugs (default: all)")
    args = ap.parse_args(argv)

    from citebrief.keyfigures import key_figures
    from citebrief.loaders import load_article

    files = sorted(args.data.glob("*.json"))
    if args.only:
        files = [f for f in files if f.stem in args.only]
    if not files:
        print(f"no gold files in {args.data}", file=sys.stderr)
        return 2
    shown = right_n = required = found = 0
    change_ok = change_n = period_ok = period_n = 0
    print(f"{'article':32} {'shown':>5} {'right':>5} {'prec':>5} {'gold':>4} {'found':>5} {'recall':>6}")
    for path in files:
        spec = json.loads(path.read_text(encoding="utf-8"))
        article = load_article(ROOT / spec["article"])
        gold = spec["rows"]
        rows = key_figures(article)
        right, wrong, missed = score(rows, gold)
        need = sum(1 for g in gold if not g.get("optional"))
        got = sum(1 for _, g in right if not g.get("optional"))
        shown += len(rows)
        right_n += len(right)
        required += need
        found += got
        for row, g in right:
            c = change_agrees(row.change, g.get("change"))
            if c is not None:
                change_n += 1
                change_ok += c
            p = period_agrees(row.period, g.get("period"))
            if p is not None:
                period_n += 1
                period_ok += p
        prec = len(right) / len(rows) if rows else 1.0
        print(f"{path.stem:32} {len(rows):5d} {len(right):5d} {prec:5.0%} {need:4d} {got:5d} {got / need if need else 1:6.0%}")
        if args.show:
            for row in rows:
                mark = "  " if any(r is row for r, _ in right) else "✗ "
                print(f"    {mark}{_line(row)}")
            for g in missed:
                print(f"    MISSED {' / '.join(_aliases(g['subject']))[:30]} · {_aliases(g['metric'])[0]} · {g['value']} "
                      f"[{g['paragraph']}]")
    precision = right_n / shown if shown else 1.0
    recall = found / required if required else 1.0
    print(f"overall: {shown} rows shown, {right_n} right: precision {precision:.1%} (target {PRECISION:.0%}); "
          f"{found}/{required} required gold rows found: recall {recall:.1%} (target {RECALL:.0%})")
    if change_n or period_n:
        print(f"on the rows found: change agrees {change_ok}/{change_n}, period agrees {period_ok}/{period_n}")
    if args.check and (precision < PRECISION or recall < RECALL):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
