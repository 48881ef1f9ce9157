"""Limit moves: whose shares hit the daily limit. 'Chenming Paper hit its daily limit' where the
cited paragraph says 山鹰国际涨停 and names 晨鸣纸业 only with a fall; 'Kaynes hit its 20% upper
circuit' where the paragraph's upper circuit is Syrma's. A claim may carry no figure at all, so the
figure bindings never see it: here the limit word itself is bound, in the claim and in each cited
paragraph, to the company named last before it in its clause or sentence.

A claim is contradicted only when the cited paragraphs tell some limit move, every one of them is
surely another named company's, and the claim's company is named there too (a company the
paragraph does not name is the name check's business).
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import Subject, subjects_of

# A claim's limit move: 'closed limit-up', 'hit its daily (trading) limit', 'upper circuit'.
_CLAIM_LIMIT = re.compile(r"\blimit[- ](?:up|down)\b|\bdaily (?:trading |price )?limit\b|\b(?:upper|lower) circuit\b|"
                          r"\bhit (?:its|the) (?:\d+% )?(?:daily )?limit\b", re.IGNORECASE)
# A paragraph's: 涨停 / 跌停 (both scripts are folded to simplified), and the English forms (also read
# by verify.differences, which works a previous close out of a close at the limit).
LIMIT_MOVE = re.compile(r"涨停|跌停|封板|limit[- ](?:up|down)|daily (?:trading |price )?limit|(?:upper|lower) (?:limit|circuit)",
                        re.IGNORECASE)
_UP_WORDS = re.compile(r"涨停|limit[- ]up|upper circuit", re.IGNORECASE)
_DOWN_WORDS = re.compile(r"跌停|limit[- ]down|lower circuit", re.IGNORECASE)
# Where a limit move's owner may stand before it: its clause ('山鹰国际涨停，收于2.31元'; 'Kaynes rose 2.1%
# and Syrma SGS hit its 20% upper circuit').
_CLAUSE_BREAK_ZH = re.compile(r"[；;。！？!?]")
_SENTENCE_BREAK_EN = re.compile(r"[;!?]|\.\s|,?\s(?:and|while|but|whereas)\s")


def _owner(subjects: list[Subject], text: str, pos: int, han: bool) -> Subject | None:
    """The subject named last before ``pos`` in its clause."""
    breaks = _CLAUSE_BREAK_ZH if han else _SENTENCE_BREAK_EN
    start = max((m.end() for m in breaks.finditer(text, 0, pos)), default=0)
    before = [s for s in subjects if start <= s.start and s.end <= pos]
    return before[-1] if before else None


def limit_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim (read as ``facts``) that gives a limit move to a company the cited
    paragraphs do not give it to (``idx``: ArticleIndex)."""
    m = _CLAIM_LIMIT.search(facts.text)
    if m is None:
        return []
    claimed = _owner(subjects_of(facts), facts.text, m.start(), facts.han)
    if claimed is None:
        return []
    way = "up" if _UP_WORDS.search(m.group(0)) else "down" if _DOWN_WORDS.search(m.group(0)) else None
    from citebrief.verify.attribution import _same_subject, _shares_a_word

    def named_as(owner: Subject, paragraph) -> bool:
        # (Or by a word of its English name: 'Rexon' for 力山 (Rexon Industrial).)
        return _same_subject(claimed, owner, paragraph, idx.glosses) or (
            claimed.entity_id is None and owner.entity_id is not None and " " not in claimed.text.strip()
            and _shares_a_word(claimed.text, owner))

    others: list[tuple[int, str]] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        for hit in LIMIT_MOVE.finditer(paragraph.lower):
            if way == "up" and _DOWN_WORDS.fullmatch(hit.group(0)) or way == "down" and _UP_WORDS.fullmatch(hit.group(0)):
                continue  # the other way's limit is the direction check's business
            owner = _owner(paragraph.subjects, paragraph.lower, hit.start(), idx.han)
            if owner is None or named_as(owner, paragraph):
                return []  # (one limit move the claim's company may own is enough)
            others.append((n, owner.text))
        if others and not paragraph.subject_spans(claimed, idx.glosses) and \
                not any(s.start >= 0 and named_as(s, paragraph) for s in paragraph.subjects):
            return []  # a company the paragraph does not name: the name check's business
    if not others:
        return []
    n, owner_name = others[0]
    return [f"'{m.group(0)}' is {owner_name}'s in [{n}], not {claimed.text}'s"]
