"""Swapped pairings: a claim that ties a figure to the wrong place or process node.

'TSMC's second Arizona fab starts in 2028' against '亚利桑那州第二座晶圆厂预计2027年量产；熊本第二厂
延后至2028年': every atom is in the paragraph, but 2028 belongs to Kumamoto. Only a swap counts:
the cited paragraph ties the claim's label (a place, a process node) to another value of the same
kind, ties the claim's value to another label of the same kind, and never puts the two together.
A paragraph that merely names them in separate clauses (the subject first, the facts later) is
silence, not a contradiction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from citebrief.facts.atoms import TextFacts, english_names, place_names_other, read, source_names
from citebrief.facts.quantities import Quantity, matches

# Prepared text has ASCII punctuation ('，' became ','); a comma between digits is a thousands mark.
_CLAUSE = re.compile(r",(?!\d{3}|\d\d,\d)|[;；。，！？!?]|\.(?!\d)")
_CLAIM_CLAUSE = _CLAUSE
_SOURCE_CLAUSE = _CLAUSE


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str  # label: 'place', 'nm'; value: 'year', 'percent'
    key: object  # entity id, nm value, year string, or the Quantity (percent)
    text: str
    start: int


def _labels(facts: TextFacts) -> list[_Item]:
    names = (source_names(facts.text) + english_names(facts.text)) if facts.han else english_names(facts.text)
    out = [_Item("place", n.entity.id, n.text, n.start) for n in names if n.entity and n.entity.kind == "place"
           and not place_names_other(facts.text, n)]
    out += [_Item("nm", f.q.value, f.q.text, f.q.start) for f in facts.figures if f.q.unit == "nm"]
    return out


def _values(facts: TextFacts) -> list[_Item]:
    out = [_Item("year", t.key, t.text, t.start) for t in facts.temporals if t.kind == "year"]
    out += [_Item("percent", f.q, f.q.text, f.q.start) for f in facts.figures if f.q.kind == "percent"]
    return out


def _same_value(claim: _Item, other: _Item) -> bool:
    if claim.kind != other.kind:
        return False
    if claim.kind == "year":
        return claim.key == other.key
    assert isinstance(claim.key, Quantity) and isinstance(other.key, Quantity)  # a percent's key
    return matches(claim.key, other.key)


def claim_pairs(facts: TextFacts) -> list[tuple[_Item, _Item]]:
    """(label, value) pairs of a claim: each value with the nearest label before it in its clause."""
    labels = _labels(facts)
    if not labels:
        return []
    values = _values(facts)
    if not values:
        return []
    bounds = [m.end() for m in _CLAIM_CLAUSE.finditer(facts.text)]
    clause = lambda pos: sum(b <= pos for b in bounds)  # noqa: E731 - index of the clause holding pos
    pairs = []
    for v in values:
        after = next((lab for lab in labels if lab.start > v.start and clause(lab.start) == clause(v.start)), None)
        if not facts.han and after is not None and _PLACE_AFTER.fullmatch(facts.text, v.start + len(v.text), after.start):
            pairs.append((after, v))  # 'fell 4.7% on year on the mainland and rose 11.3% in Hong Kong'
            continue
        before = [lab for lab in labels if lab.start < v.start and clause(lab.start) == clause(v.start)]
        if before:
            pairs.append((max(before, key=lambda lab: lab.start), v))
    return pairs


# A place written right after its figure: '11.3% in Hong Kong', '4.7% on year on the mainland'.
# ('1.4% at Selco in Britain': whose it is may come between.)
_PLACE_AFTER = re.compile(r"(?:\s(?:on year|year on year|on quarter|from a year earlier))?(?:\s(?:at|for)\s[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,2})?"
                          r"\s(?:in|on|at)\s(?:the\s)?")


def source_clauses(text: str) -> list[tuple[list[_Item], list[_Item]]]:
    """(labels, values) of every clause of a paragraph's prepared text."""
    out = []
    for piece in _SOURCE_CLAUSE.split(text):
        if piece.strip():
            facts = read(piece, prepared=True)
            out.append((_labels(facts), _values(facts)))
    return out


def swapped(label: _Item, value: _Item, clauses: list[tuple[list[_Item], list[_Item]]]) -> list[str]:
    """The values the paragraph ties to ``label`` instead of ``value`` when the pairing is swapped."""
    def has_label(labels):
        return any(lab.kind == label.kind and lab.key == label.key for lab in labels)

    together = other_values = value_elsewhere = False
    others: list[str] = []
    for labels, values in clauses:
        here_label = has_label(labels)
        here_value = any(_same_value(value, v) for v in values)
        if here_label and here_value:
            together = True
        if here_label and not here_value:
            diff = [v.text for v in values if v.kind == value.kind]
            if diff:
                other_values = True
                others += diff
        if here_value and not here_label and any(lab.kind == label.kind for lab in labels):
            value_elsewhere = True
    return others if (not together and other_values and value_elsewhere) else []
