"""How far a new target price is above the previous one: 'Yu's NT$1,520 target for Lotes is about 22%
above the previous target' where the paragraph says the target went from NT$1,280 to NT$1,520
(18.8%; the 22% is its premium over the close). A claim that names the previous target as its base
is checked against it, not against any other level of the paragraphs."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import sentence_start
from citebrief.facts.quantities import Quantity, compatible, matches, same_value

# '22% above his previous target', '18% higher than the prior price target'.
PREVIOUS_TARGET_BASE = re.compile(
    r"\s(?:above|over|higher than|more than|below|under|lower than|less than)\s(?:his|her|their|its|the)\s"
    r"(?:previous|prior|old|earlier|former)\s(?:target|price target|target price)\b", re.IGNORECASE)
_MOVED = re.compile(r"[^\d]{0,12}?(?:\bfrom\b|\bto\b|由|从|自|至|到)[^\d]{0,12}")
# How far apart two levels of one sentence may be to be a target's move ('由1,280元调升至1,520元').
_REACH = 40


def previous_target_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """A percentage the claim puts between its new target and the previous one, where the cited
    paragraph gives both targets and they are not that far apart."""
    problems: list[str] = []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    for i, fig in enumerate(facts.figures):
        if fig.q.kind != "percent" or not PREVIOUS_TARGET_BASE.match(facts.text, fig.q.end):
            continue
        levels = [idx.story_quantity(f.q) for f in facts.figures[:i] if f.q.kind == "amount"]
        if not levels:
            continue
        target = levels[-1]
        moves = list(_target_moves(target, cited, idx))
        if not moves:
            continue  # the paragraphs give no earlier target next to the new one: nothing to hold it to
        claimed = idx.story_quantity(fig.q)
        apart = [100 * abs(target.value / before.value - 1) for _, before, _ in moves]
        if any(same_value(claimed, Quantity(a, "percent", "%", claimed.precision, "", 0, 0)) for a in apart):
            continue
        n, _, text = moves[0]
        problems.append(f"'{fig.q.text}' is not how far the target moved in [{n}]: from {text} it is {apart[0]:.1f}%")
    return problems


def _target_moves(target: Quantity, cited: list[int], idx):
    """(paragraph, earlier level, its text) for each level of the target's kind written near the
    target in its sentence of a cited paragraph."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        figures = paragraph.facts.figures
        for f in figures:
            if not matches(target, idx.story_quantity(f.q)):
                continue
            start = sentence_start(paragraph.text, f.q.start)
            for g in figures:
                if g is f or g.q.start < start or abs(g.q.start - f.q.start) > _REACH:
                    continue
                a, b = sorted((f, g), key=lambda x: x.q.start)
                if not _MOVED.fullmatch(paragraph.lower, a.q.end, b.q.start):
                    continue  # ('…to NT$1,520 from NT$1,280', '由1,280元调升至1,520元': one target's move)
                level = idx.story_quantity(g.q)
                if level.kind == "amount" and level.value and compatible(target, level) and \
                        0.5 < target.value / level.value < 2:
                    yield n, level, g.q.text
