"""Whose share a percentage is: 'Hyundai Home Shopping's mobile app accounted for 48.6% of its GMV'
where the paragraph says 'TV broadcasts accounted for 48.6% …, while the share of its mobile app rose
… to 39.2%'; 'Ocean freight forwarding made up 57.4% of Dimerco's revenue' where it says
空運承攬占營收比重為57.4%，海運承攬占33.1%.

The part a share is of is read in the claim and beside each of the paragraph's shares ('X accounted
for N%', 'the share of X rose to N%', 'X's share was N%', 'X占…比重N%', 'X占比N%'). A claim is
contradicted only when its part has none of the words of the part its figure has in the paragraph and
meets the words of another share's part there: a part the paragraph words otherwise keeps its verdict.
Chinese parts are compared through their dictionary senses (facts.lexicon).
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure, TextFacts
from citebrief.facts.binding import RESPECTIVELY, SUMMED_ANY
from citebrief.facts.glossary import metrics
from citebrief.facts.lexicon import chinese_words, content_words, same_word
from citebrief.facts.quantities import matches

_QUALIFIER = r"(?:about\s|around\s|roughly\s|nearly\s|almost\s|some\s|just\sover\s|just\sunder\s|more\sthan\s|less\sthan\s|over\s)?"
# A part opening its clause, then the verb that gives it a share.
_PART_OPENS = r"(?:^|[,;:.]\s|\b(?:while|whereas|and|but|with)\s)(?P<part>(?:(?:[A-Za-z]|\d+(?:\.\d+)?[A-Za-z])[\w&'’-]*\s){1,6}?)"
SHARE_VERBS = (r"accounted for|accounts for|account for|accounting for|made up|makes up|make up|making up|"
                r"represented|represents|representing")
# 'TV broadcasts accounted for 48.6%', 'Food products account for about 42%'.
_PART_BEFORE_EN = re.compile(_PART_OPENS + r"(?:" + SHARE_VERBS + r"|contributed|contributes|took|takes)\s" + _QUALIFIER + r"$")
# Any part a paragraph gives a share, with or without its figure ('while car and pickup loans accounted
# for most of the rest').
_ANY_PART_EN = re.compile(_PART_OPENS + r"(?:" + SHARE_VERBS + r")\s")
_ANY_PART_ZH = re.compile(r"(?:^|[，,；;。：:、]|其中)(?P<part>[\u4e00-\u9fffA-Za-z]{2,14}?)(?:占|佔)")
# 'the share of its mobile app rose 2.7 points to 39.2%', "Nine's share of … was 39.2%".
_SHARE_OF_EN = re.compile(r"\bshare of (?:its |their |the )?(?P<part>(?:[A-Za-z][\w-]*\s){1,4}?)(?:rose|fell|climbed|dropped|increased|"
                          r"decreased|grew|was|were|stood|reached|edged|slipped)\b(?:[^,;.%]|\.(?=\d)){0,30}?$")
# 'X占营收比重为57.4%', '海运承揽占33.1%', 'X占比约22%'.
# (Not a list's member: '印尼、越南與中國大陸的產量占比分別為…' pairs its parts in order.)
_PART_BEFORE_ZH = re.compile(r"(?:^|[，,；;。：:]|其中)(?P<part>(?:\d+(?:\.\d+)?[A-Za-z]+)?[\u4e00-\u9fffA-Za-z]{2,14}?)(?:占|佔)(?:[\u4e00-\u9fff]{0,10}?)"
                             r"(?:比重|比例|比|份额)?(?:为|达|约|升至|降至|提升至|提高至|下降至|已达)?\s?(?:约)?$")
_SUMMED_PART = re.compile(r"两者|三者|共同|" + SUMMED_ANY.pattern, re.IGNORECASE)
_LEAD = re.compile(r"^(?:while|whereas|and|but|with)\s", re.IGNORECASE)
_POSSESSOR = re.compile(r"^(?:.*(?:'s|’s)\s)")
_HEAD_WORDS = frozenset({"the", "its", "their", "of", "share", "revenue", "revenues", "sales", "total"})


# "technology clients' share of search fees": the owner before 'share of' is the part, the rest its whole.
_OWNER_OF_SHARE_EN = re.compile(r"(?P<part>(?:[A-Za-z][\w-]*\s){0,3}[A-Za-z][\w-]*?)(?:'s|’s|(?<=s)'|(?<=s)’)\s$")


def _part_en(text: str, at: int) -> str | None:
    start = max(0, at - 120)
    m = _PART_BEFORE_EN.search(text, start, at)
    if m is None and (m := _SHARE_OF_EN.search(text, start, at)) is not None and \
            (owner := _OWNER_OF_SHARE_EN.search(text, max(0, m.start() - 60), m.start())) is not None:
        return _LEAD.sub("", owner.group("part") + " ")
    return _LEAD.sub("", m.group("part")) if m else None


def _part_zh(text: str, at: int) -> str | None:
    m = _PART_BEFORE_ZH.search(text, max(0, at - 40), at)
    return m.group("part") if m and not RESPECTIVELY.search(text, m.start(), at) else None


def claim_part_words(part: str) -> set[str]:
    """A claim part's words, without its owner ("Hyundai Home Shopping's") or its measure."""
    part = _POSSESSOR.sub("", part)
    words = content_words(part) - _HEAD_WORDS
    return {w for w in words if not metrics().find(w)}


def _head(part: str) -> str:
    """An English part's first word after its owner ('Motorcycle' of 'Motorcycle title loans')."""
    words = [w for w in _POSSESSOR.sub("", part).split() if content_words(w) - _HEAD_WORDS]
    return words[0] if words else part


def part_senses(part: str, han: bool) -> set[str]:
    if not han:
        return content_words(part) - _HEAD_WORDS
    return {e for senses in chinese_words(part).values() for e in senses} | content_words(part)


def words_meet(words: set[str], senses: set[str]) -> bool:
    return any(same_word(w, s) for w in words for s in senses)


# A model's designation: a number with its unit of rating or size ('40.5kV', '28nm', '12-inch').
_DESIGNATION = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?-?(kv|nm|mm|μm|um|kw|mw|gw|kwh|mwh|v|g|inch|英寸|寸)(?![a-z])", re.IGNORECASE)


def _designations(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2).lower().replace("英寸", "inch").replace("寸", "inch")) for m in _DESIGNATION.finditer(text)}


def _other_designation(claimed: str, own: list[str], others: list[str]) -> str | None:
    """The other part whose share the claim gives its own where parts differ by their model's designation
    only ('40.5kV products' for 12kV产品占78%, while 40.5kV产品占17%)."""
    wanted = _designations(claimed)
    if not wanted or not own or any(_designations(p) & wanted for p in own) or not all(_designations(p) for p in own):
        return None
    return next((p for p in others if _designations(p) & wanted), None)


def _share_problem(figure: Figure, own: str, n: int, part: str, other: str) -> str:
    return f"'{figure.q.text}' is the share of {own.strip()} in [{n}], not of {part.strip()} (there {other.strip()} has a share of its own)"


def share_part_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    if facts.han:
        return []
    shares = [(f, part) for f in facts.figures if f.q.kind == "percent" and (part := _part_en(facts.text, f.q.start))]
    problems = []
    for figure, part in shares:
        claimed = claim_part_words(part)
        if not claimed:
            continue
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            paragraph = idx.paragraphs[n - 1]
            han = paragraph.facts.han
            read = _part_zh if han else _part_en
            parts = [(b.figure.q, p) for b in paragraph.bindings if b.figure.q.kind == "percent"
                     and (p := read(paragraph.text, b.figure.q.start))]
            own = [p for q, p in parts if matches(figure.q, q)]
            if any(_SUMMED_PART.search(p) for p in own):
                continue  # ('两者合计占营收的87.8%': several parts together)
            if (wrong := _other_designation(part, own, [p for q, p in parts if not matches(figure.q, q)])) is not None:
                problems.append(_share_problem(figure, own[0], n, part, wrong))
                break
            # (An English part is its own when the claim has its first word, 'motorcycle' of 'Motorcycle
            # title loans': the words after it another part may share or elide, 'car and pickup loans'.)
            if not own or any(words_meet(claimed, part_senses(p, han) if han else part_senses(_head(p), han)) for p in own):
                continue
            own_senses = set().union(*(part_senses(p, han) for p in own))
            every = [_LEAD.sub("", m.group("part")) for m in (_ANY_PART_ZH if han else _ANY_PART_EN).finditer(paragraph.text)]
            others = [p for p in [*(p for q, p in parts if not matches(figure.q, q)), *every]
                      if p not in own and words_meet(claimed, part_senses(p, han) - own_senses)]
            if others:
                problems.append(_share_problem(figure, own[0], n, part, others[0]))
                break
    return problems


# A percentage written as a share: before it (占, accounted for, share of … to) or right after it ('60.9% of').
_SHARE_BEFORE = re.compile(r"(?:占|比重|份额|贡献|貢獻|accounting for|accounted for|accounts for|made up|makes up|share of|share was|captured|"
                           r"holding|holds|held|"
                           r"contributing|contributed|of which)[^。；;.\d%]{0,14}$"
                           # ('lifting the share of revenue earned outside the US to 41.5%')
                           r"|\bshare of [^。；;.\d%]{0,48}?\bto\s(?:about\s|around\s|some\s)?$"
                           # ('出货量386万部，其中约41%通过天音通信渠道销售': of which, the figure right after)
                           r"|其中\s?(?:约|近|逾|超过|大约)?\s?$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s(?:of|share)\b", re.IGNORECASE)


def written_as_share(f: Figure, text: str) -> bool:
    """Whether a paragraph's figure is written as a share ('占比约60.9%', '60.9% of').
    (A share's cue before it outweighs a direction read from an earlier change: '…38% lower than a
    year earlier, with NYK accounting for about 40% of the total'.)"""
    return f.q.kind == "percent" and bool(_SHARE_BEFORE.search(text, max(0, f.q.start - 64), f.q.start) or (
        f.direction is None and _SHARE_AFTER.match(text, f.q.end)))
