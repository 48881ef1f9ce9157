"""Where a claim rests in the paragraphs it cites: the sentence or quote, and the figures and
names that matched, as character spans the brief page highlights when a citation is clicked.

Spans are found in this order, per cited paragraph: the engine's evidence quotes (LLM), the claim
itself or its source-language text when it is verbatim (extractive), otherwise the sentence that
holds the most matched figures and names. Figures are matched by value (the verifier's reader,
citebrief.facts: NT$367.47 billion = 3674.7億元), names by gazetteer entity in either language.

Offsets are UTF-16 code units, as JavaScript strings count them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from citebrief.brief import Claim


@dataclass(frozen=True)
class Mark:
    paragraph: int
    start: int  # UTF-16 offsets into the paragraph text
    end: int
    kind: str  # 'span' (the sentence or quote) | 'figure' | 'name'

    def as_list(self) -> list:
        return [self.paragraph, self.start, self.end, self.kind]


def _u16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _same_value(a, b) -> bool:  # noqa: ANN001 - facts.quantities.Quantity
    if a.kind != b.kind:
        return False
    tolerance = max(a.precision, b.precision, 1e-9) * 0.51
    return math.isclose(a.value, b.value, rel_tol=1e-6) or abs(a.value - b.value) <= tolerance


@lru_cache(maxsize=4096)  # a paragraph is read once for all the claims that cite it
def _figures(text: str) -> tuple:
    from citebrief.facts.atoms import prepare, read

    prepared = prepare(text)
    if len(prepared) != len(text):  # spans would not line up with the text shown
        return ()
    return tuple(f.q for f in read(prepared, prepared=True).figures)


@lru_cache(maxsize=4096)
def _names(text: str) -> tuple:
    from citebrief.facts.atoms import english_names, prepare, source_names

    prepared = prepare(text)
    if len(prepared) != len(text):
        return ()
    return tuple(n for n in (source_names(prepared) + english_names(text)) if n.entity is not None)


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    from citebrief.text.sentences import split_sentences

    spans, at = [], 0
    for sentence in split_sentences(paragraph):
        start = paragraph.find(sentence, at)
        if start < 0:
            continue
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans


def claim_marks(claim: Claim, paragraphs: list[str]) -> list[Mark]:
    """The marks of one claim over its cited paragraphs (1-based numbers)."""
    marks: list[Mark] = []
    claim_figures = _figures(claim.text) + (_figures(claim.source_text) if claim.source_text else ())
    claim_entities = {n.entity.id for n in _names(claim.text)}
    if claim.source_text:
        claim_entities |= {n.entity.id for n in _names(claim.source_text)}
    for n in dict.fromkeys(claim.citations):
        if not 1 <= n <= len(paragraphs):
            continue
        text = paragraphs[n - 1]
        hits: list[tuple[int, int, str]] = []
        for q in _figures(text):
            if any(_same_value(q, c) for c in claim_figures):
                hits.append((q.start, q.end, "figure"))
        for name in _names(text):
            if name.entity.id in claim_entities:
                hits.append((name.start, name.end, "name"))
        spans = []
        for quote in [e.quote for e in claim.evidence if e.paragraph == n] + [claim.text, claim.source_text or ""]:
            quote = quote.strip()
            at = text.find(quote) if len(quote) >= 4 else -1
            if at >= 0:
                spans.append((at, at + len(quote)))
        if not spans and hits:
            sentences = _sentence_spans(text)
            # figures weigh more than names (a name recurs in every sentence); ties: the first sentence
            scored = [(sum(2 if h[2] == "figure" else 1 for h in hits if s <= h[0] < e), -s, (s, e))
                      for s, e in sentences]
            best = max(scored, default=(0, 0, None))
            if best[0] and best[2]:
                spans.append(best[2])
        for start, end in spans:
            marks.append(Mark(n, _u16(text, start), _u16(text, end), "span"))
        for start, end, kind in hits:
            marks.append(Mark(n, _u16(text, start), _u16(text, end), kind))
    return marks
