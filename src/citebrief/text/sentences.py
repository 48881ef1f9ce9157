"""Sentence splitting for Chinese and English paragraphs.

Spans are returned as exact substrings of the paragraph, so a bullet made of a sentence is
always found verbatim in the paragraph it cites.
"""
from __future__ import annotations

import re

from citebrief.text.script import HAN

# Chinese: end at 。！？… (with closing quotes/brackets kept in the sentence). Not at ；: in
# Chinese news it joins parallel clauses of one sentence ("营收X亿元；净利润Y亿元"), and the clause
# after it usually has no subject, so it cannot stand alone as a bullet.
_HAN = HAN
_ZH_END = re.compile(r"[^。！？!?…]*(?:[。！？!?]+|…+|$)[”’」』）)]*")
# English: end at . ! ? followed by space and an upper-case letter, digit or quote; not after
# common abbreviations or single initials, and never inside a decimal like 1.7.
_EN_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar",
              "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "u.s", "u.k", "e.g", "i.e",
              "approx", "est", "jr", "sr"}
_LAST_WORD = re.compile(r"([A-Za-z.]+)[.!?]?$")
# (The look-ahead after the look-behind only says what the match starts with: a cheap test that
# spares the rest at most offsets.)
_EN_BOUNDARY = re.compile(r"(?<=[.!?])(?=[\"'”’)\s])[\"'”’)]*\s+(?=[\"“'(\[]?[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, each an exact substring of it, stripped, none empty."""
    if not paragraph.isascii() and _HAN.search(paragraph):
        parts = [m.group(0) for m in _ZH_END.finditer(paragraph)]
        return _merge_short([p.strip() for p in parts if p.strip()], paragraph)
    return _split_english(paragraph)


def _split_english(paragraph: str) -> list[str]:
    sentences, start = [], 0
    for m in _EN_BOUNDARY.finditer(paragraph):
        candidate = paragraph[start:m.start()].rstrip()
        # Only the candidate's tail is searched: a $-anchored pattern retried at every offset of a
        # long candidate is quadratic, and no abbreviation is 40 characters long.
        last_word = _LAST_WORD.search(candidate[-40:])
        word = last_word.group(1).lower().rstrip(".") if last_word else ""
        if word in _EN_ABBREV or (len(word) == 1 and word.isalpha()):
            continue
        sentences.append(candidate.strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _merge_short(parts: list[str], paragraph: str, min_chars: int = 6) -> list[str]:
    """Glue fragments too short to stand alone (e.g. '对此，') onto the next sentence,
    keeping each result an exact substring of the paragraph."""
    merged: list[str] = []
    pending = ""
    for part in parts:
        candidate = (pending + part) if pending and (pending + part) in paragraph else part
        if len(candidate) < min_chars:
            pending = candidate
            continue
        merged.append(candidate)
        pending = ""
    if pending:
        if merged and (merged[-1] + pending) in paragraph:
            merged[-1] += pending
        else:
            merged.append(pending)
    return merged
