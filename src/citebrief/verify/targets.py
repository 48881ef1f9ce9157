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
        moves = _moves(levels, cited, idx)
        if not moves:
            continue  # the paragraphs give no earlier target next to the new one: nothing to hold it to
        claimed = idx.story_quantity(fig.q)
        if any(_told(claimed, apart) for _, _, apart in moves):
            continue
        n, text, apart = moves[0]
        problems.append(f"'{fig.q.text}' is not how far the target moved in [{n}]: from {text} it is {apart:.1f}%")
    return problems


def target_move_paragraphs(claimed: Quantity, claim_text: str, levels: list[Quantity], cited: list[int], idx) -> list[int]:
    """The cited paragraphs whose target move the claim's percentage is ('about 10% above his previous
    target' for ¥2,400 to ¥2,650): worked out, as a careful reader would."""
    if not PREVIOUS_TARGET_BASE.search(claim_text):
        return []
    return sorted({n for n, _, apart in _moves([q for q in levels if q.kind == "amount"], cited, idx)
                   if _told(claimed, apart)})


def _moves(levels: list[Quantity], cited: list[int], idx) -> list[tuple[int, str, float]]:
    """(paragraph, earlier target's text, percent moved) of the claim's last level's moves, or with no
    level written ('his new target is about 21% above his previous target'), of every new target the
    cited paragraphs set."""
    targets = levels[-1:] or _new_targets(cited, idx)
    return [(n, text, 100 * abs(target.value / before.value - 1))
            for target in targets for n, before, text in _target_moves(target, cited, idx)]


def _told(claimed: Quantity, apart: float) -> bool:
    return same_value(claimed, Quantity(apart, "percent", "%", claimed.precision, "", 0, 0))


def _new_targets(cited: list[int], idx) -> list[Quantity]:
    """The target prices the cited paragraphs set (not the earlier ones they moved from)."""
    return [idx.story_quantity(b.figure.q) for n in cited for b in idx.paragraphs[n - 1].bindings
            if b.metric and "target_price" in b.metric and not b.compared]


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
