"""Section themes, measured sentence by sentence (issue 10 item 4).

Every sentence of eval/data/sections/sentences.jsonl (the repo's own articles, labelled by hand; see
that folder's README) is given to ``citebrief.engines.sections.themes_of`` the way the extractive
engine calls it (keywords weighed by the whole article), and its first theme is compared with the
label. Prints accuracy overall, per language and per split (dev: tuned on; test: only scored;
fresh: coverage articles added later, labelled blind and scored once before tuning on them), the
lenient accuracy (the label or one of its `also` themes), and the confusion table (rows: label,
columns: assigned; `none` = no theme, the engine's catch-all "Key Details").

    .venv/bin/python eval/sections.py [--split dev|test|fresh|all] [--errors] [--markdown]

Target: accuracy >= 85% overall. Works on the code before the theme table too (its nine titles are
mapped onto these ids, leniently: "Market and Industry" counts for markets and economy, "Outlook and
Risks" for outlook and risks), which is how eval/data/sections/baseline.txt was made.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "sections" / "sentences.jsonl"
IDS = ("results", "outlook", "policy", "economy", "markets", "deals", "operations", "people", "risks",
       "background")
NONE = "none"
# Titles of the themes before the table (commit 88d7f52), for the baseline run.
OLD_TITLES = {
    "Earnings": {"results"},
    "Funding and Financials": {"deals"},
    "Deals and Investment": {"deals"},
    "Policy and Regulation": {"policy"},
    "Market and Industry": {"markets", "economy"},
    "Companies and Key Players": {"people"},
    "Technology": {"operations"},
    "Outlook and Risks": {"outlook", "risks"},
    "Background": {"background"},
}


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _title_ids() -> dict[str, set[str]]:
    """Section title -> the theme ids it stands for (the table's own titles when it has one)."""
    from citebrief.engines import sections

    table = getattr(sections, "THEMES", ())
    ids = {t.title: {t.id} for t in table if hasattr(t, "id")}
    return ids or OLD_TITLES


def _context(article: str):
    """Keyword weights for a sentence's article, as the extractive engine builds them."""
    from citebrief.engines.sections import ArticleWeights
    from citebrief.loaders import load_article
    from citebrief.text.script import is_chinese
    from citebrief.text.words import fold_for_words

    path = ROOT / article
    if not path.exists():  # an article since renamed: the sentence alone
        return None
    a = load_article(path)
    whole = "\n".join(a.paragraphs)
    return ArticleWeights(fold_for_words(whole) if is_chinese(a.language) else whole.lower())


def evaluate(rows: list[dict]) -> list[dict]:
    """Each row with `got` (the first theme's ids; {none} when there is none) and `ok`/`lenient`."""
    from citebrief.engines.sections import themes_of

    ids = _title_ids()
    contexts: dict[str, object] = {}
    out = []
    for r in rows:
        if r["article"] not in contexts:
            contexts[r["article"]] = _context(r["article"])
        weights = contexts[r["article"]]
        titles = themes_of(r["text"], None, weights)
        got = ids.get(titles[0], {NONE}) if titles else {NONE}
        ok = r["theme"] in got
        lenient = ok or bool(got & set(r.get("also", ())))
        # The one id shown in the table: the label's when the title covers it, else the first.
        shown = r["theme"] if ok else next((i for i in IDS if i in got), NONE)
        out.append({**r, "got": shown, "titles": titles, "ok": ok, "lenient": lenient})
    return out


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}% ({n}/{d})" if d else "-"


def report(results: list[dict], markdown: bool = False) -> str:
    lines = []
    n = len(results)
    ok = sum(r["ok"] for r in results)
    lines.append(f"sentences: {n}   accuracy: {_pct(ok, n)}   lenient (label or `also`): "
                 f"{_pct(sum(r['lenient'] for r in results), n)}")
    for key in ("lang", "split"):
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in results:
            groups[r[key]].append(r)
        lines.append(f"by {key}: " + "   ".join(f"{k} {_pct(sum(r['ok'] for r in g), len(g))}"
                                                 for k, g in sorted(groups.items())))
    lines.append("")
    lines.append("per theme (recall / precision):")
    gold = Counter(r["theme"] for r in results)
    got = Counter(r["got"] for r in results)
    hit = Counter(r["theme"] for r in results if r["ok"])
    for t in IDS:
        lines.append(f"  {t:<11} recall {_pct(hit[t], gold[t]):<18} precision {_pct(hit[t], got[t])}")
    lines.append("")
    lines.append("confusion (rows: label, columns: assigned):")
    cols = list(IDS) + [NONE]
    short = {c: c[:5] for c in cols}
    table = Counter((r["theme"], r["got"]) for r in results)
    if markdown:
        lines.append("| label \\ assigned | " + " | ".join(short[c] for c in cols) + " | n |")
        lines.append("|---" * (len(cols) + 2) + "|")
        for t in IDS:
            cells = [str(table[t, c]) if table[t, c] else "." for c in cols]
            lines.append(f"| {t} | " + " | ".join(cells) + f" | {gold[t]} |")
    else:
        lines.append(" " * 12 + "".join(f"{short[c]:>7}" for c in cols) + "      n")
        for t in IDS:
            cells = "".join(f"{(table[t, c] or '.'):>7}" for c in cols)
            lines.append(f"{t:<12}{cells}{gold[t]:>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "fresh", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list the sentences filed wrong")
    ap.add_argument("--markdown", action="store_true", help="the confusion table in Markdown")
    args = ap.parse_args(argv)
    rows = load()
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    results = evaluate(rows)
    print(report(results, args.markdown))
    try:
        from citebrief.engines.sections import explain
    except ImportError:  # the code before the theme table
        explain = None
    if args.errors:
        print("\nfiled wrong:")
        for r in results:
            if not r["ok"]:
                also = "/".join(r.get("also", ()))
                print(f"  [{r['lang']}] {r['theme']}{'/' + also if also else ''} -> {r['got']} "
                      f"{r['titles'][:3]}: {r['text'][:110]}")
                if explain is not None:
                    print("      " + " ".join(f"{k}:{t[:4]}{w:g}" for k, t, w in explain(r["text"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
