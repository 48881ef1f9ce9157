"""A change and a level joined from two items: 'Air-separation equipment revenue grew 11.8% … to
3.817 billion yuan' where the paragraph says 气体运营收入72.45亿元，同比增长11.8%；空分设备收入38.17亿元，
同比增长5.4%. Each figure is in the paragraph, but the rise is one item's and the level another's.

A claim that ties a change to a level ('rose 11.8% to X', 'X, up 11.8%') is contradicted when, in a
cited paragraph, every item (facts.descriptors) holding the change holds no figure equal to the level
but a level of its own, and every item holding the level holds no such change but a change of its own;
a paragraph that gives them together anywhere, or leaves either item without its own counterpart,
keeps the verdict.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure, TextFacts
from citebrief.facts.binding import RESPECTIVELY, sentence_span
from citebrief.facts.descriptors import items
from citebrief.facts.quantities import matches
from citebrief.verify.changes import CHANGE_TO

# 'rose 11.8% … to 3.817 billion yuan' (a few words between), '3.817 billion yuan, up 11.8%'.
_CHANGE_TO_LEVEL = re.compile(r"^,?\s(?:[a-z-]+,?\s){0,8}?to\s(?:about\s|around\s|some\s|nearly\s)?(?:[a-z]{0,3}\$|¥|€|£|₹)?$",
                              re.IGNORECASE)  # ('rose 18.6% on year in November to NT$7.783 billion')
_LEVEL_THEN_CHANGE = re.compile(r"^,?\s(?:up|down|an?\s(?:increase|decrease|rise|fall|drop)\sof)\s$", re.IGNORECASE)
_LEVEL_KINDS = ("amount", "number", "figure")


def _pairs(facts: TextFacts) -> list[tuple[Figure, Figure]]:
    """(change, level) figure pairs the claim ties together."""
    out: list[tuple[Figure, Figure]] = []
    figures = facts.figures
    for a, b in zip(figures, figures[1:]):
        gap = facts.text[a.q.end:b.q.start]
        if a.q.kind == "percent" and a.direction is not None and b.q.kind in _LEVEL_KINDS and _CHANGE_TO_LEVEL.match(gap):
            out.append((a, b))
        elif a.q.kind in _LEVEL_KINDS and b.q.kind == "percent" and _LEVEL_THEN_CHANGE.match(gap):
            out.append((b, a))
    return out


def _in_respectively(text: str, item) -> bool:
    """Whether an item's sentence pairs its figures in order (分别, 'respectively')."""
    return RESPECTIVELY.search(text, *sentence_span(text, item.start, item.end)) is not None


def split_level_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    pairs = _pairs(facts)
    if not pairs:
        return []
    problems = []
    for change, level in pairs:
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            paragraph = idx.paragraphs[n - 1]
            figures = [b.figure for b in paragraph.bindings]
            spans = [(f.q.start, f.q.end) for f in figures]
            by_span = {(f.q.start, f.q.end): f for f in figures}
            parts = items(paragraph.text, spans)
            changes = [i for i in parts if any(matches(change.q, idx.story_quantity(by_span[s].q)) for s in i.figures)]
            levels = [i for i in parts if any(matches(level.q, idx.story_quantity(by_span[s].q)) for s in i.figures)]
            if not changes or not levels or set(changes) & set(levels) or \
                    any(_in_respectively(paragraph.text, i) for i in (*changes, *levels)):
                continue  # ('… of ¥925.4 billion and ¥987.1 billion, respectively, up 2.8% and down 1.9%': paired in order)
            # (The level's item moving by a change of its own is enough: '营收77.83亿元，年增4.2%' is no 18.6% rise.)
            # ('…收入1.05億元，按年增長1.1倍': a rise told as a multiple is a change too.)
            own_change = all(any((by_span[s].q.kind == "percent" or by_span[s].q.unit == "x") and by_span[s].direction is not None
                                 for s in i.figures) for i in levels)
            # (So is the change's item joining it to a level of its own: 'IP rights income rose 36.8% to
            # ¥1.27 billion' is no rise to the ¥2.14 billion of video production sales.)
            own_level = all(_joins_own_level(paragraph.text, [by_span[s] for s in i.figures], change, level, idx)
                            for i in changes)
            if own_change or own_level:
                problems.append(f"'{change.q.text}' and '{level.q.text}' are of different items in [{n}]: "
                                f"'{paragraph.text[changes[0].start:changes[0].end]}' against "
                                f"'{paragraph.text[levels[0].start:levels[0].end]}'")
                break
    return problems



def _joins_own_level(text: str, figures: list[Figure], change: Figure, level: Figure, idx) -> bool:
    """Whether an item joins the claim's change to a level of its own ('rose 36.8% to ¥1.27 billion',
    '增长36.8%至12.7亿元', '¥1.27 billion, up 36.8%'), of the claim level's kind but not its value."""
    for a, b in zip(figures, figures[1:]):
        gap = text[a.q.end:b.q.start]
        if a.q.kind == "percent" and matches(change.q, a.q) and b.q.kind == level.q.kind and \
                not matches(level.q, idx.story_quantity(b.q)) and (_CHANGE_TO_LEVEL.match(gap) or CHANGE_TO.fullmatch(gap)):
            return True
        if b.q.kind == "percent" and matches(change.q, b.q) and a.q.kind == level.q.kind and \
                not matches(level.q, idx.story_quantity(a.q)) and _LEVEL_THEN_CHANGE.match(gap):
            return True
    return False
