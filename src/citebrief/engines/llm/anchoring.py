"""Quotes the model did not copy exactly, put back on the article's own words.

Small models cite the wrong paragraph for a sentence they copied correctly, or copy a sentence
with a slip (a dropped particle, a simplified character in a traditional article, "the central
bank" for "the People's Bank of China"). Such a statement is often true; only its evidence is
sloppy. Before the model is asked to repair anything, the engine re-anchors:

1. a quote found verbatim in another paragraph gets that paragraph (and the statement cites it
   instead of the one the quote wrongly named);
2. a quote that matches a span of the paragraph almost exactly (at least 80% of its characters, in
   runs of 3 or more, within a span not much longer than the quote) with exactly the same figures
   is replaced by that span, verbatim.

What this never does: change the statement. The verifier still checks every figure, date and name
of the statement against the cited paragraphs, and a quote with a figure the article does not
have (3674亿元 for 3674.7億元) is never re-anchored. Every quote that is published is verbatim.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from citebrief.article import Article
from citebrief.engines.llm.grounding import QUOTE_MARKS, normalise, quote_in
from citebrief.text.script import to_simplified

MIN_RUN = 3           # matching runs shorter than this are chance, not copying
MIN_COVERAGE = 0.8    # share of the quote's characters found, in order, in the span
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Anchored:
    citations: list[int]
    evidence: list[Any]   # Quote-like objects (.paragraph, .quote), every quote verbatim when it could be
    moved: int            # quotes given another paragraph or replaced by the article's words


def anchor_quotes(citations: Sequence[int], evidence: Sequence[Any], article: Article) -> Anchored:
    """The statement's citations and quotes, with the quotes re-anchored where the article allows."""
    count = len(article.paragraphs)
    out: list[Any] = []
    moves: dict[int, list[int]] = {}  # paragraph a quote wrongly named -> where its words are
    for ev in evidence:
        named = ev.paragraph
        if 1 <= named <= count and quote_in(ev.quote, article.paragraph(named)):
            out.append(ev)
            continue
        found = _relocate(ev.quote, named, list(citations), article)
        if found is None:
            out.append(ev)
            continue
        paragraph, quote = found
        out.append(_quote_like(ev, paragraph, quote))
        moves.setdefault(named, []).append(paragraph)
    # A citation of a paragraph that no quote holds any more gives way to where the words are.
    kept = {ev.paragraph for ev in out}
    cites: list[int] = []
    for n in citations:
        cites.extend(moves[n] if n in moves and n not in kept else [n])
    cites.extend(p for targets in moves.values() for p in targets)
    moved = sum(len(t) for t in moves.values())
    return Anchored(list(dict.fromkeys(cites)), out, moved)


def _relocate(quote: str, named: int, cited: list[int], article: Article) -> tuple[int, str] | None:
    """(paragraph, verbatim quote): the named paragraph first, then the cited ones, then the rest."""
    count = len(article.paragraphs)
    order = [n for n in dict.fromkeys([named, *cited, *range(1, count + 1)]) if 1 <= n <= count]
    for n in order:
        if n != named and quote_in(quote, article.paragraph(n)):
            return n, quote
    best: tuple[float, int, str] | None = None
    for n in order:
        span = near_copy(quote, article.paragraph(n))
        if span is not None:
            score = span[0]
            if best is None or score > best[0]:
                best = (score, n, span[1])
    return (best[1], best[2]) if best else None


def near_copy(quote: str, paragraph: str) -> tuple[float, str] | None:
    """(coverage, span): the span of the paragraph the quote was copied from with small slips,
    or None. The span is the paragraph's own text."""
    q, _ = _comparable(quote.strip().strip('"\'“”「」'))
    if len(q) < 6:
        return None
    chars, where = _comparable(paragraph)
    blocks = [b for b in SequenceMatcher(None, q, chars, autojunk=False).get_matching_blocks()
              if b.size >= MIN_RUN]
    if not blocks:
        return None
    coverage = sum(b.size for b in blocks) / len(q)
    start, end = blocks[0].b, blocks[-1].b + blocks[-1].size
    if coverage < MIN_COVERAGE or end - start > 1.3 * len(q) + 6:
        return None
    span = paragraph[where[start]: where[end - 1] + 1].strip()
    if sorted(_NUMBER.findall(normalise(quote))) != sorted(_NUMBER.findall(normalise(span))):
        return None  # a figure changed, added or lost: not a slip of copying
    return coverage, span


def _comparable(text: str) -> tuple[str, list[int]]:
    """The form near copies are compared in (normalise() plus simplified script, lower case) and,
    for each of its characters, the index of the character of `text` it comes from (so that a
    matched span can be cut from the original)."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).translate(QUOTE_MARKS):
            if not c.isspace():
                chars.append(c)
                where.append(i)
    joined = "".join(chars)
    folded = to_simplified(joined)
    if len(folded) != len(joined):  # a phrase conversion changed the length: compare unfolded
        folded = joined
    return folded.lower(), where


def _quote_like(ev: Any, paragraph: int, quote: str) -> Any:
    copy = getattr(ev, "model_copy", None)
    if copy is not None:
        return copy(update={"paragraph": paragraph, "quote": quote})
    return type(ev)(paragraph=paragraph, quote=quote)
