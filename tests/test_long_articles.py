"""Very long inputs cost time and memory in proportion to what is read, never its square
(issue 13): a brief reads the article's head (Article.head), the full-length ranking works in
blocks, and the brief says what it left out. Timings are bench/scale.py's, not asserted here."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from citebrief.article import BRIEF_CHAR_LIMIT, Article
from citebrief.engines.ranking import blocked_graph, sentence_graph
from citebrief.loaders import load_article
from citebrief.pipeline import make_brief, render

ROOT = Path(__file__).resolve().parents[1]
EN = ROOT / "examples" / "articles" / "pboc-rate-cut.en.txt"


def repeated(article: Article, chars: int) -> Article:
    """The article's paragraphs again and again (numbered copies) to about ``chars`` characters."""
    paragraphs, n = [], 0
    while sum(map(len, paragraphs)) < chars:
        n += 1
        paragraphs += [f"({n}) {p}" for p in article.paragraphs]
    return article.model_copy(update={"paragraphs": paragraphs})


def test_head_keeps_an_article_within_the_limit_as_it_is():
    article = load_article(EN)
    assert article.head() == (article, None)


def test_head_cuts_at_a_paragraph_and_says_so():
    article = repeated(load_article(EN), 3 * BRIEF_CHAR_LIMIT)
    head, note = article.head()
    kept = sum(map(len, head.paragraphs))
    assert kept <= BRIEF_CHAR_LIMIT < kept + len(article.paragraphs[len(head.paragraphs)])
    assert head.paragraphs == article.paragraphs[:len(head.paragraphs)]
    assert note.startswith(f"article of {sum(map(len, article.paragraphs)):,} characters")


def test_one_giant_paragraph_is_cut_at_a_sentence_end():
    sentence = "Meridian Bank said its profit rose 5% to $2 billion. "
    article = Article(title="t", paragraphs=[sentence * (2 * BRIEF_CHAR_LIMIT // len(sentence))])
    head, note = article.head()
    assert note and len(head.paragraphs) == 1 and head.paragraphs[0].endswith("$2 billion.")
    assert len(head.paragraphs[0]) <= BRIEF_CHAR_LIMIT


@pytest.mark.parametrize("length", ["standard", "full"])
def test_long_article_is_briefed_from_its_head_with_a_note(length):
    article = repeated(load_article(EN), 2 * BRIEF_CHAR_LIMIT)
    brief = make_brief(article, "extractive", length=length)
    head, note = article.head()
    assert brief.report.notes == [note]
    assert max(c for s in brief.sections for b in s.bullets for c in b.citations) <= len(head.paragraphs)
    assert all(b.check.status == "supported" for s in brief.sections for b in s.bullets)
    assert "Core Viewpoint" in render(brief, "md")


def test_blocked_graph_is_the_one_graph_for_a_news_article_and_blocks_beyond():
    words = [["bank", "rate", f"w{i % 7}", f"x{i % 3}"] for i in range(50)]
    scores, dups = blocked_graph(words, near=0.6)
    whole, jaccard = sentence_graph(words)
    assert scores == (whole * len(words)).tolist()
    assert dups == [set(np.nonzero(row > 0.6)[0].tolist()) for row in jaccard]
    # Beyond a block: blocks of equal size, each ranked alone (mean 1 in each), pairs within blocks.
    scores, dups = blocked_graph(words, near=0.6, block=20)
    for lo, hi in ((0, 17), (17, 34), (34, 50)):
        assert sum(scores[lo:hi]) == pytest.approx(hi - lo)
        assert all(lo <= j < hi for i in range(lo, hi) for j in dups[i])
