"""Key-fact coverage of the extractive engine over our own articles.

    python eval/coverage.py            # per-article and overall coverage
    python eval/coverage.py --check    # exit 1 if overall coverage is below 80%
    python eval/coverage.py --show     # also print each brief and the facts it missed

Each article ``eval/data/coverage/<slug>.txt`` (house text layout) has ``<slug>.facts.json``: a
list of {"fact": "<figure or name as written in the source>", "paragraph": n}. A fact is covered
when some claim of the brief (Core Viewpoint or bullet) holds the fact's text (both folded:
NFKC, simplified script, lower case) and cites the fact's paragraph. Articles are loaded with
``citebrief.loaders.load_article``, so paragraph numbers are the ones every other part uses.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from citebrief.brief import Brief
from citebrief.engines import get_engine
from citebrief.loaders import load_article
from citebrief.text.script import fold

DATA = Path(__file__).resolve().parent / "data" / "coverage"
TARGET = 0.80


def load_facts(path: Path, paragraphs: list[str]) -> list[dict]:
    """The facts file, checked against the article: a fact must be in the paragraph it names."""
    facts = json.loads(path.read_text(encoding="utf-8"))
    for f in facts:
        n = f["paragraph"]
        if not 1 <= n <= len(paragraphs) or fold(f["fact"]) not in fold(paragraphs[n - 1]):
            raise SystemExit(f"{path.name}: fact {f['fact']!r} is not in paragraph {n}")
    return facts


def covered(brief: Brief, fact: dict) -> bool:
    needle = fold(fact["fact"])
    return any(fact["paragraph"] in c.citations and needle in fold(c.text) for c in brief.claims())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help=f"exit 1 if overall coverage < {TARGET:.0%}")
    ap.add_argument("--show", action="store_true", help="print each brief and its missed facts")
    ap.add_argument("--data", type=Path, default=DATA, help="folder of <slug>.txt + <slug>.facts.json")
    args = ap.parse_args(argv)

    engine = get_engine("extractive")
    texts = sorted(args.data.glob("*.txt"))
    if not texts:
        print(f"no articles in {args.data}", file=sys.stderr)
        return 2
    total = hit = 0
    print(f"{'article':34} {'lang':8} {'paras':>5} {'sections':>8} {'bullets':>7} {'facts':>9}")
    for path in texts:
        article = load_article(path)
        facts = load_facts(path.with_suffix(".facts.json"), article.paragraphs)
        brief = engine.brief(article)
        got = [f for f in facts if covered(brief, f)]
        total += len(facts)
        hit += len(got)
        bullets = sum(len(s.bullets) for s in brief.sections)
        print(f"{path.stem:34} {article.language:8} {len(article.paragraphs):5d} {len(brief.sections):8d} "
              f"{bullets:7d} {len(got):3d}/{len(facts):<3d} {len(got) / len(facts):5.0%}")
        if args.show:
            print(f"  Core Viewpoint {brief.core_viewpoint.citations}: {brief.core_viewpoint.text}")
            for s in brief.sections:
                print(f"  {s.title}")
                for b in s.bullets:
                    print(f"    - {b.text} {b.citations}")
            for f in facts:
                if f not in got:
                    print(f"  MISSED {f['fact']!r} (paragraph {f['paragraph']})")
    share = hit / total
    print(f"overall: {hit}/{total} key facts carried with a correct citation = {share:.1%} "
          f"(target {TARGET:.0%})")
    if args.check and share < TARGET:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
