"""Ranking's figure and date detection: a fast path built from citebrief.facts' tables, which
must say what the facts reader says, sentence by sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench._articles import generate_articles
from citebrief.engines.ranking import fact_boost, has_date, has_figure
from citebrief.facts.atoms import read
from citebrief.facts.quantities import _MEASURE
from citebrief.loaders import load_article
from citebrief.text.script import is_chinese
from citebrief.text.sentences import split_sentences
from citebrief.text.words import has_han

ROOT = Path(__file__).resolve().parent.parent


def facts_figure(text: str) -> bool:
    """What the ranking counts as a figure, from the facts reader: a figure with a kind other
    than a bare number (amount, percentage, unit), or digits with a scale or a measure word."""
    facts = read(text)
    for fig in facts.figures:
        q = fig.q
        if q.kind != "number":
            return True
        if q.text[:1].isdigit() and (any(not c.isdigit() and c not in ",." for c in q.text)
                                     or facts.text[q.end:q.end + 1] in _MEASURE):
            return True
        if not q.text[:1].isdigit() and q.precision >= 1000:  # '三千亿'
            return True
    return False


def facts_date(text: str) -> bool:
    return bool(read(text).temporals)


def _corpus() -> list[tuple[str, bool]]:
    paths = sorted(ROOT.glob("eval/data/*/articles/*.txt")) + sorted(ROOT.glob("eval/data/coverage/*.txt")) \
        + sorted(ROOT.glob("eval/data/stories/*.txt")) + sorted(ROOT.glob("examples/articles/*.txt"))
    articles = [load_article(str(p)) for p in paths]
    articles += generate_articles(60, seed=11)
    out = []
    for a in articles:
        # The engine's own rule for which patterns a text gets.
        chinese = is_chinese(a.language) or (not a.language.startswith("en")
                                             and any(has_han(p) for p in a.paragraphs[:3]))
        out += [(s, chinese) for p in a.paragraphs for s in split_sentences(p)]
    return out


def test_fast_detection_agrees_with_the_facts_reader():
    corpus = _corpus()
    assert len(corpus) > 1500
    figure_off = [s for s, zh in corpus if has_figure(s, zh) != facts_figure(s)]
    date_off = [s for s, zh in corpus if has_date(s, zh) != facts_date(s)]
    # Known: '员工超过2000人' is a year to the facts reader (a bare 1990-2099), a count here.
    assert len(figure_off) <= 0.005 * len(corpus), figure_off[:20]
    assert len(date_off) <= 0.005 * len(corpus), date_off[:20]


@pytest.mark.parametrize("text,chinese", [
    ("Capacity reached 2 GW last year.", False),
    ("The fund raised US$5 more.", False),
    ("Revenue was NT$41.2 billion.", False),
    ("Sales rose 3.5 per cent.", False),
    ("The index gained 500 points.", False),
    ("公司交付5万8513辆。", True),
    ("营收3兆417億元。", True),
    ("AI伺服器將占整體伺服器營收逾七成。", True),
    ("投资三千亿日元。", True),
    ("毛利率提升2.5個百分點。", True),
    ("股价上涨3％。", True),
])
def test_figures_found(text, chinese):
    assert has_figure(text, chinese) and facts_figure(text)


@pytest.mark.parametrize("text,chinese", [
    ("COVID-19 hit 5G rollouts.", False),
    ("He joined in 2019.", False),
    ("这是一家公司。", True),
    ("公司于2019年成立。", True),
])
def test_not_figures(text, chinese):
    assert not has_figure(text, chinese) and not facts_figure(text)


@pytest.mark.parametrize("text,chinese", [
    ("Lending reached 5 yen in May.", False),
    ("Revenue rose in the third quarter.", False),
    ("Q3 sales rose.", False),
    ("Sales in the first half rose.", False),
    ("The plant opens in June.", False),
    ("FY2025 guidance was kept.", False),
    ("第三季营收增长。", True),
    ("上半年营收增长。", True),
    ("10月營收年增31.2%。", True),
    ("前三季度营收增长。", True),
    ("2024年营收增长。", True),
])
def test_dates_found(text, chinese):
    assert has_date(text, chinese) and facts_date(text)


@pytest.mark.parametrize("text,chinese", [
    ("You may go.", False),
    ("They march on.", False),
    ("四季如春。", True),
    ("为期3个月。", True),
])
def test_not_dates(text, chinese):
    assert not has_date(text, chinese)


def test_boost_weights():
    assert fact_boost("Nothing here at all.", False) == 1.0
    assert fact_boost("Revenue rose 12% in the third quarter.", False) == pytest.approx(1.85)
    assert fact_boost("营收增长12%。", True) == pytest.approx(1.6)
