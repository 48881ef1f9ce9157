"""Regex alternations of literal phrases, built so Python's regex engine scans them fast.

A branch that opens with a literal character is skipped at a position with one comparison, and an
alternation whose every branch does so is scanned with a first-character prefilter. A leading ``\\b``
(or any lookbehind) defeats both: the engine tries every branch at every character. So the word-start
test goes after the first letter, as a lookbehind over it: ``o(?<!\\wo)n-year`` matches where
``\\bon-year`` does (measured: about 14 times faster on a claim-length text).
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def word_start(phrase: str) -> str:
    """``phrase`` as a regex that matches only where a word starts (``\\bphrase`` for Latin phrases;
    other scripts have no word starts and match anywhere), opening with a literal."""
    if phrase[:1].isascii() and phrase[:1].isalpha():
        first = re.escape(phrase[0])
        return first + r"(?<!\w" + first + ")" + re.escape(phrase[1:])
    return re.escape(phrase)


def phrase_alternation(phrases: Iterable[str], longest_first: bool = False) -> str:
    """An alternation of ``phrases``, each from a word's start (see ``word_start``); longest first
    when ``longest_first`` (so 'fifteen' is not read as 'fif…' of a shorter branch)."""
    items = sorted(phrases, key=len, reverse=True) if longest_first else list(phrases)
    return "|".join(word_start(p) for p in items)


__all__ = ["phrase_alternation", "word_start"]
