"""Page furniture that survives the loader, on saved news pages with gold paragraphs.

    python eval/furniture.py                        # our page fixtures (tests/data/pages)
    python eval/furniture.py --pages /tmp/gne-pages # any folder laid out the same way
    python eval/furniture.py --show                 # also print every furniture paragraph kept / gold lost
    python eval/furniture.py --check                # exit 1 if a target below is missed

Each page ``<name>.html`` has ``<name>.gold.json``: {"outlet": "<the outlet's name>", "source_ok":
[names that count as naming the outlet], "paragraphs": [the article's real paragraphs, in order]},
written with the page, before any tuning. Pages are loaded with ``citebrief.loaders.load_article``
(the same path as every other part). A kept paragraph that is not a gold paragraph is furniture;
a gold paragraph not kept is lost. Paragraphs are compared after NFKC and whitespace folding.

Figures: furniture share = furniture paragraphs kept / all paragraphs kept (numbered); gold lost;
source accuracy = pages whose source is one of ``source_ok`` / pages. A source that is a
copyright line ("网易版权所有") is reported as such. Targets (``--check``): furniture share at most
2%, no gold paragraph lost, every page's source names its outlet.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from citebrief.errors import InputError
from citebrief.loaders import load_article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = ROOT / "tests" / "data" / "pages"
MAX_FURNITURE = 0.02
_COPYRIGHT = re.compile(r"版权所有|版權所有|copyright|©|all rights reserved", re.IGNORECASE)


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class PageResult:
    name: str
    kept: int = 0
    furniture: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    source: str | None = None
    source_ok: bool = False
    error: str | None = None


def score_page(html: Path) -> PageResult:
    gold = json.loads(html.with_suffix(".gold.json").read_text(encoding="utf-8"))
    result = PageResult(html.stem)
    try:
        article = load_article(html)
    except InputError as exc:
        result.error = str(exc)
        result.lost = list(gold["paragraphs"])
        return result
    gold_folded = {fold(p) for p in gold["paragraphs"]}
    kept_folded = {fold(p) for p in article.paragraphs}
    result.kept = len(article.paragraphs)
    result.furniture = [p for p in article.paragraphs if fold(p) not in gold_folded]
    result.lost = [p for p in gold["paragraphs"] if fold(p) not in kept_folded]
    result.source = article.source
    result.source_ok = article.source is not None and fold(article.source) in {fold(s) for s in gold["source_ok"]}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of <name>.html + <name>.gold.json")
    parser.add_argument("--show", action="store_true", help="print furniture kept and gold lost, page by page")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    pages = sorted(p for p in args.pages.glob("*.html") if p.with_suffix(".gold.json").exists())
    if not pages:
        print(f"{args.pages}: no <name>.html with a <name>.gold.json", file=sys.stderr)
        return 2
    results = [score_page(p) for p in pages]

    print(f"{'page':<16} {'kept':>4} {'furn':>4} {'lost':>4}  source")
    for r in results:
        mark = "ok" if r.source_ok else ("COPYRIGHT LINE" if r.source and _COPYRIGHT.search(r.source) else "WRONG")
        source = f"{r.source!r} ({mark})" if not r.error else f"error: {r.error}"
        print(f"{r.name:<16} {r.kept:>4} {len(r.furniture):>4} {len(r.lost):>4}  {source}")
        if args.show:
            for p in r.furniture:
                print(f"    furniture: {p[:90]}")
            for p in r.lost:
                print(f"    LOST:      {p[:90]}")

    kept = sum(r.kept for r in results)
    furniture = sum(len(r.furniture) for r in results)
    lost = sum(len(r.lost) for r in results)
    gold = kept - furniture + lost
    share = furniture / kept if kept else 0.0
    with_furniture = sum(1 for r in results if r.furniture)
    sources_ok = sum(r.source_ok for r in results)
    copyright_sources = sum(1 for r in results if r.source and _COPYRIGHT.search(r.source))
    print()
    print(f"pages {len(results)}; paragraphs kept {kept}; furniture {furniture} ({share:.1%}) on {with_furniture} pages")
    print(f"gold paragraphs lost {lost} of {gold}")
    print(f"source names the outlet {sources_ok}/{len(results)}; copyright line as source {copyright_sources}")
    missed = share > MAX_FURNITURE or lost > 0 or sources_ok < len(results)
    if args.check and missed:
        print("targets missed: furniture <= 2%, no gold lost, every source names its outlet", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
