"""Descriptors: the words that tell which of a paragraph's parallel items a figure is of.

'动力电池系统收入1,980亿元，同比增长21.2%；储能电池系统收入582.31亿元，同比增长36.8%' holds two
items, each a run of clauses with its own figures. The words one item has and the other lacks (动力
against 储能) are what set them apart; a claim that gives 36.8% with the other item's word ('power
battery revenue rose 36.8%') and none of its own item's is the other item's figure. Chinese words
are compared with a claim's English through their dictionary senses (facts.lexicon); English
paragraphs by their words.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from citebrief.facts.lexicon import chinese_words, content_words, same_word

# Sentence ends and item ends: '；' closes an item as '。' does.
_ITEM_END = re.compile(r"[。！？!?；;]|\.(?!\d)(?=\s|$)")
# Clause ends inside an item: a Chinese comma (',' with no space after it in prepared text); in
# English, where commas also set off asides, only a comma or space before 'while', 'whereas', 'and',
# 'but' (a clause with a subject of its own).
_CLAUSE_END = re.compile(r"[，、](?!\d{3})|,(?![\d\s])|,?\s(?=(?:while|whereas)\s)|,\s(?=(?:and|but)\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _continuations() -> re.Pattern:
    """A clause opening with one of these goes on with the item before it ('，同比增长36.8%')
    (data/clause_continuations.txt)."""
    text = (resources.files("citebrief") / "data" / "clause_continuations.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split("|") if w.strip()]
    alternatives = "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:[\d.]|(?:{alternatives})(?![a-z]))", re.IGNORECASE)


_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w&.'-]*")


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    figures: tuple[tuple[int, int], ...]  # spans of the figures inside it


def items(text: str, figures: list[tuple[int, int]]) -> list[Item]:
    """The items of ``text``: runs of clauses, each opened by a clause that does not go on with the
    one before, closed by the end of a sentence or '；'. A clause holding no figure at the start of a
    sentence ('前三季度，') belongs to no item (it is common to all)."""
    out: list[Item] = []
    pos = 0
    for end_match in [*_ITEM_END.finditer(text), None]:
        end = end_match.start() if end_match else len(text)
        clauses = _clauses(text, pos, end)
        current: list[tuple[int, int]] = []
        for a, b in clauses:
            goes_on = bool(current) and bool(_continuations().match(text, a))
            if current and not goes_on:
                out.append(_item(current, figures))
                current = []
            current.append((a, b))
        if current:
            out.append(_item(current, figures))
        pos = end_match.end() if end_match else len(text)
    return [i for i in out if i.figures]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, a = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, end))
    return [(x, y) for x, y in out if text[x:y].strip()]


def _item(clauses: list[tuple[int, int]], figures: list[tuple[int, int]]) -> Item:
    a, b = clauses[0][0], clauses[-1][1]
    return Item(a, b, tuple(f for f in figures if a <= f[0] and f[1] <= b))


def _words(text: str) -> dict[str, frozenset[str]]:
    """A source text's words and their English content words (themselves for English)."""
    words = dict(chinese_words(text))
    for w in content_words(text):
        words.setdefault(w, frozenset({w}))
    return words


def _meets(claim_words: set[str], english: set[str]) -> set[str]:
    return {c for c in claim_words if any(same_word(c, e) for e in english)}


_MODIFIER_STOP_ZH = re.compile(r"[,，、:：;；()（）%\d]")
_MODIFIER_BEFORE_EN = re.compile(r"(?:[A-Za-z&'-]+\s+){1,4}$")
_MODIFIER_AFTER_EN = re.compile(r"\s+(?:in|at|of|for|from)\s+(?:[A-Za-z&'-]+\s*){1,4}")


def _modifiers(text: str, shared: list[str]) -> str:
    """The words that modify ``shared`` words in an item: up to eight Chinese characters before
    each (back to a comma or a figure); up to four English words before it, and a phrase after it
    opened by 'in', 'at', 'of', 'for' or 'from' ('sales in North America')."""
    lower, out = text.lower(), []
    for w in shared:
        for m in re.finditer(re.escape(w), lower):
            if w.isascii():
                before = _MODIFIER_BEFORE_EN.search(text, 0, m.start())
                after = _MODIFIER_AFTER_EN.match(text, m.end())
                out += [before.group() if before else "", after.group() if after else ""]
            else:
                start = max(0, m.start() - 8)
                cut = [x.end() for x in _MODIFIER_STOP_ZH.finditer(text, start, m.start())]
                out.append(text[max([start, *cut]):m.start()])
    return " ".join(out)


# Reporting verbs: what comes before them in a claim is who speaks, not what a figure is of.
_SAYS = re.compile(r"\b(?:said|says|expects|expected|forecast|forecasts|estimates|estimated|told|believes|sees|"
                   r"predicts|according to)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Contrast:
    own: str  # the figure's item, as written
    claim_word: str  # the claim's word that is another item's
    other_word: str  # that item's word, as written


def contrast(claim: str, claim_figure: tuple[int, int], claim_figures: list[tuple[int, int]],
             paragraph: str, figure: tuple[int, int], paragraph_figures: list[tuple[int, int]],
             same_value: AbstractSet[tuple[int, int]], also_claimed: AbstractSet[tuple[int, int]] = frozenset()) -> Contrast | None:
    """Whether the claim's figure, found in ``paragraph`` at ``figure``, is described with another
    item's words: the claim's item has a word of another item of the paragraph that the figure's own
    item lacks, and none of the words that set the figure's item apart from that one. ``same_value``:
    the paragraph's figures with the claim figure's value (an item holding one is not another item);
    ``also_claimed``: those with the value of another of the claim's figures."""
    if _RESPECTIVELY.search(paragraph) or _RESPECTIVELY.search(claim):
        return None  # lists paired in order are the binding's
    claim_item = next((i for i in items(claim, claim_figures) if claim_figure in i.figures), None)
    source_items = items(paragraph, paragraph_figures)
    own = next((i for i in source_items if figure in i.figures), None)
    if claim_item is None or own is None:
        return None
    # A claim is accused only by its common words after its speaker (names are the binding's to
    # compare), and is cleared by any of its words ('India's crude steel output' is 印度产量's, whose
    # steel is elided).
    text = claim[claim_item.start:claim_item.end]
    spoken = max((m.end() for m in _SAYS.finditer(text, 0, claim_figure[0] - claim_item.start)), default=0)
    accusing = content_words(_CAPITALISED.sub(" ", text[spoken:]))
    said = content_words(text)
    if not accusing:
        return None
    # Words of the items that hold the claim's other figures are the claim's own to use.
    explained = _meets(accusing, {e for i in source_items if any(f in also_claimed for f in i.figures)
                                  for s in _words(paragraph[i.start:i.end]).values() for e in s})
    own_text = paragraph[own.start:own.end]
    own_words = _words(own_text)
    own_english = {e for s in own_words.values() for e in s}
    for other in source_items:
        if other is own or any(f in same_value or f in also_claimed for f in other.figures):
            continue  # an item holding another of the claim's figures is the claim's too
        other_text = paragraph[other.start:other.end]
        other_words = _words(other_text)
        # Parallel items share what they measure (收入, 'sales') and differ in the words that modify
        # it (动力 / 储能 before 电池系统收入; 'North American' before 'sales'); the claim names what
        # they share.
        shared = [w for w in own_words if w in other_words and len(w) > 1]
        if not shared or not _meets(said, {e for w in shared for e in own_words[w]}):
            continue
        own_modifiers = _words(_modifiers(own_text, shared))
        other_modifiers = _words(_modifiers(other_text, shared))
        other_english = {e for s in other_words.values() for e in s}
        # Senses one item's modifiers have and the other item lacks (the other item's single
        # characters are too loose to accuse a claim by).
        theirs = {w: {e for e in s if not _meets({e}, own_english)} for w, s in other_modifiers.items()
                  if len(w) > 1 and w not in own_words}
        own_modifier = {e for w, s in own_modifiers.items() if w not in other_words for e in s
                        if not _meets({e}, other_english)}
        mine = {e for w, s in own_words.items() if w not in other_words for e in s if not _meets({e}, other_english)}
        if not own_modifier or _meets(said, mine):
            continue
        for w, senses in theirs.items():
            hit = _meets(accusing, senses) - explained
            if hit:
                return Contrast(own_text.strip(" ，,"), sorted(hit)[0], w)
    return None


__all__ = ["Contrast", "Item", "contrast", "items"]
