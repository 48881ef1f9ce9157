"""A loss that narrowed told as one that widened. Chinese reports often give the loss as a negative
profit and say how it moved in a clause of its own ('前三季度归母净利润为-2,150万元，上年同期为-3,480万元，
亏损同比收窄'): the figure has no direction word beside it, the sentence has one for the loss. A claim
that says the loss widened (or narrowed) where the sentence holding its figure says the other is
contradicted; a sentence that says neither is silence."""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure, TextFacts
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


# A gain or a loss named right before an amount (or right after it: 'a 12.6 million yuan hedging loss'):
# the nearest such word in the amount's clause says which it is. ('Loss ratio' and 'profit and loss'
# name neither; 损益 and 盈亏 hold neither 损失 nor 亏损.)
_GAIN_EN = r"gains?|profits?|surplus(?:es)?"
_LOSS_EN = r"loss(?:es)?|deficits?|shortfalls?"
_SIGN_EN = re.compile(rf"\b(?:(?P<gain>{_GAIN_EN})|(?P<loss>{_LOSS_EN}))\b(?![- ](?:ratio|making|and|&))(?<!profit and loss)",
                      re.IGNORECASE)
_SIGN_ZH = re.compile(r"(?P<gain>收益|盈利|获利|净利润?|溢利)|(?P<loss>损失|亏损|净亏)")
_CLAUSE_STOP = re.compile(r"[，,；;。:：]|\.\s|\bwhile\b|\bwhereas\b|\bbut\b")
_BEFORE = 40
# ('a 42.7 billion dong hedging loss'; not 'of 186.4 billion dong from a loss of …', the word of the next amount)
_AFTER_EN = re.compile(r"(?:\s(?!(?:from|against|than|versus|vs|after|before|compared|on|in|to|with|and|or|a|an|the|of|while)\b)[\w-]+){0,2}?"
                       rf"\s(?:(?P<gain>{_GAIN_EN})|(?P<loss>{_LOSS_EN}))\b", re.IGNORECASE)


def _sign_near(text: str, start: int, end: int, after_previous: int = 0) -> str | None:
    """'gain' or 'loss': the word right after the amount at ``start``-``end`` ('a 42.7 billion dong loss'),
    else the nearest one before it in its clause and after the figure before it (``after_previous``);
    None where neither is named."""
    word = _AFTER_EN.match(text, end)
    if word is None:
        window = text[max(0, start - _BEFORE, after_previous):start]
        stops = list(_CLAUSE_STOP.finditer(window))
        window = window[stops[-1].end():] if stops else window
        for pattern in (_SIGN_EN, _SIGN_ZH):
            for m in pattern.finditer(window):
                if word is None or m.start() > word.start():
                    word = m
    if word is None:
        return None
    return "gain" if word.group("gain") else "loss"


def _signs(facts: TextFacts) -> list[tuple[Figure, str | None]]:
    """Each amount of a text with what it is called (see _sign_near), figure by figure."""
    out = []
    previous = 0
    for f in sorted(facts.figures, key=lambda f: f.q.start):
        if f.q.kind == "amount":
            # (A negative profit, 净利润为-2,150万元, is a loss whatever the word before it says.)
            negative = f.q.value < 0 or facts.text[max(0, f.q.start - 1):f.q.start] in ("-", "−", "－")
            out.append((f, "loss" if negative else _sign_near(facts.text, f.q.start, f.q.end, previous)))
        previous = f.q.end
    return out


def gain_or_loss_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """'Fuda booked a gain of 12.6 million yuan on silver hedging' where [4] says 套期保值业务产生损失1,260万元:
    an amount the claim calls a gain (or a profit, a surplus) that the cited paragraph calls a loss (a
    deficit), or the other way round."""
    signs: dict[int, dict[int, str | None]] = {}  # each cited paragraph's, by figure start, read once
    for fig, claimed in _signs(facts):
        if claimed is None:
            continue
        said: dict[int, set[str | None]] = {}
        for n, f in idx.figures_matching(idx.story_quantity(fig.q), citations):
            if n not in signs:
                signs[n] = {g.q.start: sign for g, sign in _signs(idx.paragraphs[n - 1].facts)}
            said.setdefault(n, set()).add(signs[n].get(f.q.start))
        for n, words in said.items():
            if claimed not in words and None not in words:
                return [f"'{fig.q.text}' is a {'loss' if claimed == 'gain' else 'gain'} in [{n}], not a {claimed}"]
    return []
