"""A forecast revised one way told as revised the other: 'Nemetschek lowered its 2057 outlook and now
expects revenue growth of 15% to 16%' where the cited paragraph says it 'raised the full-year outlook to
… 15% to 16%' (or 将全年营收指引由…上调至…). The figure itself goes the same way in both (growth), so the
change check cannot see it; the revision is a verb of its own with an outlook, guidance, forecast or
target as its object.

The claim's revision is the last revision phrase before one of its figures; the paragraph's is the last
one before the same figure in its sentence. Only a figure both hold is compared: a sentence that revises
two things two ways ('raised its target, cut its earnings forecast') is read figure by figure."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import sentence_span

_NOUN_EN = r"(?:outlook|guidance|forecasts?|projections?|estimates?|(?:price\s)?targets?|target\sprice)"
_UP_EN = r"raised|raises|lifted|lifts|upgraded|hiked|boosted|upped|revised\sup|nudged\sup"
_DOWN_EN = r"lowered|lowers|cut|cuts|trimmed|trims|reduced|slashed|pared|revised\sdown"
# 'lowered its 2057 outlook', 'raised the full-year revenue guidance' (the object within a few words).
_REVISED_EN = re.compile(rf"\b(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\s(?:[\w'’&/-]+\s){{0,5}}?{_NOUN_EN}\b",
                         re.IGNORECASE)
_NOUN_ZH = r"(?:指引|预测|预期|预估|目标价?|展望|财测)"
_UP_ZH = r"上调|调高|上修|调升"
_DOWN_ZH = r"下调|调低|下修|调降"
# '上调全年营收指引', '将全年指引由10%上调至12%' (either order, within one clause; 提高/降低 after an outlook
# are forecasts of a move, '预期毛利率将提高', not revisions).
_REVISED_ZH = re.compile(rf"(?:(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH}))[^，,。；;]{{0,12}}?{_NOUN_ZH}|"
                         rf"{_NOUN_ZH}[^，,。；;]{{0,25}}?(?:(?P<up2>{_UP_ZH})|(?P<down2>{_DOWN_ZH}))")


def _way(m: re.Match) -> str:
    return "up" if m.groupdict().get("up") or m.groupdict().get("up2") else "down"


# A revision verb with no object of its own: 'and cut A-Living's to HK$2.60'.
_BARE_VERB = re.compile(rf"\b(?:{_UP_EN}|{_DOWN_EN})\b|{_UP_ZH}|{_DOWN_ZH}", re.IGNORECASE)


def _last_revision(text: str, fig) -> re.Match | None:
    """The last revision phrase before ``fig`` in its sentence, unless another revision verb comes
    between them ('raised Onewo's target price to HK$31.50 … and cut A-Living's to HK$2.60': HK$2.60's
    is another revision's)."""
    opens = sentence_span(text, fig.q.start, fig.q.end)[0]
    found = None
    for pattern in (_REVISED_EN, _REVISED_ZH):
        for m in pattern.finditer(text, opens, fig.q.start):
            if found is None or m.start() > found.start():
                found = m
    if found is None or _BARE_VERB.search(text, found.end(), fig.q.start):
        return None
    return found


def revision_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose forecast, outlook or target is revised the other way than the cited
    paragraph's sentence holding the same figure says."""
    for fig in facts.figures:
        claimed = _last_revision(facts.text, fig)
        if claimed is None:
            continue
        for n, f in idx.figures_matching(idx.story_quantity(fig.q), citations):
            paragraph = idx.paragraphs[n - 1]
            said = _last_revision(paragraph.lower, f)
            if said is not None and _way(said) != _way(claimed):
                return [f"'{claimed.group(0)}': [{n}] revises it the other way ({paragraph.text[said.start():said.end()]})"]
    return []
