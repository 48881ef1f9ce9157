"""eval/coverage.py's exact ceiling: within the brief's characters, never below what the engine
itself carries, never more spans than a brief may have."""
from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.engines import get_engine
from citebrief.loaders import load_article
from eval import coverage

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("slug", ["en-bank-earnings", "zh-hans-bank-q3", "zh-hant-shipping"])
def test_the_ceiling_fits_the_budget_and_carries_at_least_what_the_engine_does(slug):
    path = ROOT / "eval" / "data" / "coverage" / f"{slug}.txt"
    article = load_article(path)
    facts = coverage.load_facts(path.with_suffix(".facts.json"), article.paragraphs)
    ours = coverage.pieces_of(get_engine("extractive", length="standard").brief(article))
    budget = sum(len(p.text) for p in ours)
    best = coverage.ceiling(article, facts, budget)
    assert sum(len(p.text) for p in best) <= budget
    assert len(best) <= 1 + coverage.BULLETS[1]
    assert all(p.text in article.paragraphs[p.citations[0] - 1] for p in best)  # verbatim spans
    carried = sum(coverage.carried(best, f) for f in facts)
    assert carried >= sum(coverage.carried(ours, f) for f in facts)
    assert carried >= sum(coverage.carried(coverage.oracle(article, facts, budget), f) for f in facts)
