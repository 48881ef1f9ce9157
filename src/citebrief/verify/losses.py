"""A loss that narrowed told as one that widened. Chinese reports often give the loss as a negative
profit and say how it moved in a clause of its own ('前三季度归母净利润为-2,150万元，上年同期为-3,480万元，
亏损同比收窄'): the figure has no direction word beside it, the sentence has one for the loss. A claim
that says the loss widened (or narrowed) where the sentence holding its figure says the other is
contradicted; a sentence that says neither is silence."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import FULL_STOP, sentence_span, subjects_of
from citebrief.facts.quantities import matches

# The claim's loss and how it moved: 'net loss widened to', 'narrowed its loss to', 'a wider loss'.
_CLAIM_WIDER = re.compile(r"\bloss(?:es)?\b[^.;,]{0,30}?\b(?:widened|widening|deepened|grew|increased|expanded)\b|"
                          r"\b(?:widened|deepened|increased|expanded)\s(?:its\s|their\s)?(?:net\s)?loss|\bwider\s(?:net\s)?loss",
                          re.IGNORECASE)
_CLAIM_NARROWER = re.compile(r"\bloss(?:es)?\b[^.;,]{0,30}?\b(?:narrowed|narrowing|shrank|shrunk|reduced|decreased|eased)\b|"
                             r"\b(?:narrowed|reduced|cut|trimmed)\s(?:its\s|their\s)?(?:net\s)?loss|\bnarrower\s(?:net\s)?loss",
                             re.IGNORECASE)
# The paragraph's: '亏损同比收窄', '减亏', 'the loss narrowed'.
_SOURCE_NARROWER = re.compile(r"亏损(?:额)?(?:同比|按年|较上年同期|较去年同期)?(?:有所|大幅|明显)?(?:收窄|减少|缩小|下降)|减亏|"
                              r"\bloss(?:es)?\s(?:narrowed|shrank|eased)\b|\bnarrower\s(?:net\s)?loss|"
                              r"\b(?:narrowed|reduced|cut)\s(?:its\s|their\s)?(?:[a-z-]+\s)?(?:net\s)?loss")
_SOURCE_WIDER = re.compile(r"亏损(?:额)?(?:同比|按年|较上年同期|较去年同期)?(?:有所|大幅|明显)?(?:扩大|增加|加大|上升)|增亏|"
                           r"\bloss(?:es)?\s(?:widened|deepened)\b|\bwider\s(?:net\s)?loss|"
                           r"\b(?:widened|deepened)\s(?:its\s|their\s)?(?:[a-z-]+\s)?(?:net\s)?loss")


def loss_direction_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose loss moves the other way than the sentence holding its figure says."""
    wider, narrower = _CLAIM_WIDER.search(facts.text), _CLAIM_NARROWER.search(facts.text)
    if bool(wider) == bool(narrower):
        return []
    claimed = "widened" if wider else "narrowed"
    against, along = (_SOURCE_NARROWER, _SOURCE_WIDER) if wider else (_SOURCE_WIDER, _SOURCE_NARROWER)
    for fig in facts.figures:
        if fig.q.kind != "amount":
            continue
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            paragraph = idx.paragraphs[n - 1]
            for b in paragraph.bindings:
                if b.figure.direction is not None or not matches(fig.q, idx.story_quantity(b.figure.q)):
                    continue
                opens, ends = sentence_span(paragraph.lower, b.figure.q.start, b.figure.q.end)
                said = against.search(paragraph.lower, opens, ends)
                if said is not None and along.search(paragraph.lower, opens, ends) is None:
                    return [f"'{fig.q.text}': the claim's loss {claimed}, but [{n}] says it went the other way "
                            f"({said.group(0)})"]
    if any(fig.q.kind == "amount" for fig in facts.figures):
        return []
    # A claim with no sum ('Neoway's net loss widened from a year earlier'): the sentence of a cited
    # paragraph that names its company says how the loss moved.
    for subject in subjects_of(facts)[:1]:
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            paragraph = idx.paragraphs[n - 1]
            for a, _ in paragraph.subject_spans(subject, idx.glosses):
                # (To the sentence's full stop: '有方科技…营收…；归母净亏损…，亏损同比收窄。')
                stop = FULL_STOP.search(paragraph.lower, a)
                ends = stop.start() if stop else len(paragraph.lower)
                said = against.search(paragraph.lower, a, ends)
                if said is not None and along.search(paragraph.lower, a, ends) is None:
                    return [f"the claim's loss {claimed}, but [{n}] says {subject.text}'s went the other way "
                            f"({said.group(0)})"]
    return []
