"""Who says a dated statement. A claim that has one person say something that happens at a time
('momo.com CFO Fan Po-yen said the logistics centre would open in the third quarter of 2027') is held
to the cited paragraph's sentence that names that time: where another of the paragraph's people says
that sentence, and the paragraph names the claim's person too (as the speaker of something else), the
claim puts the words in the wrong mouth. A figure's own speaker is checked with its binding
(verify.attribution); a time said by no one, or by the claim's person somewhere, is left alone."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import speaker_at
from citebrief.facts.people import names_one_person
from citebrief.facts.temporal import years_named, years_of_period
from citebrief.text.script import HAN
from citebrief.verify.differences import SAYS_WORKED_OUT

# Times precise enough to stand for one statement: a quarter, a half, a month or a day. A year too, but only
# in a claim with no figure in digits ('would open six new clinics in fiscal 2029'): a claim's figures are held
# to their own speakers by their bindings, and several people give figures for one year.
_TIMED = frozenset({"quarter", "month", "date"})
_DIGIT = re.compile(r"\d")
# (A month a change is measured from, 'rose 6.5% from June', not one a plan starts from, 'from July 2035'.)
_MEASURED_FROM = re.compile(r"(?:%|\bpercent|\bpoints?)\s(?:[a-z-]+\s){0,2}(?:from|than|compared\swith|versus)\s(?:the\s)?(?:end\sof\s)?$",
                            re.IGNORECASE)
_THROUGH = re.compile(r"\bthrough\b|\bvia\b", re.IGNORECASE)


def dated_speaker_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose speaker is not the one who says its dated sentence in the cited
    paragraphs (``idx``: ArticleIndex)."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    # Only the first time the claim's speaker names: when the statement is due ('expects fourth-quarter
    # revenue to rise 5% from the third quarter': the third quarter is what it is compared with).
    kinds = _TIMED if any(_DIGIT.search(f.q.text) for f in facts.figures) else _TIMED | {"year"}
    # (Not a time a change is measured from: 'rose 6.5% from June … in July'.)
    timed = next(((t, who) for t in facts.temporals if t.kind in kinds and not t.base
                  and not _MEASURED_FROM.search(facts.text, max(0, t.start - 24), t.start)
                  and (who := speaker_at(facts, t.start, t.end)) is not None), None)
    if timed is None:
        return []
    t, claimed = timed
    if SAYS_WORKED_OUT.search(facts.text, 0, t.start):
        return []  # ('…net profit of 630 million yuan, implying about 167 million yuan in the fourth quarter': the claim's sum)
    dated = idx.article.published_at.year if idx.article.published_at else None
    other = _other_speaker(claimed, t.key, cited, idx, _claim_year(facts, t.key, dated), dated)
    if other is None:
        return []
    n, who = other
    return [f"'{claimed.text}' is not who says it in [{n}]: there {who} says what is due in {t.text}"]


def _claim_year(facts: TextFacts, key: str, dated: int | None) -> int | None:
    """The year the claim ties its quarter or half to ('the third quarter of 2035'), if any."""
    for period in facts.periods:
        name, _, year = period.partition("@")
        if name == key and year:
            if year[:1] in "+-":
                return dated + int(year) if dated else None
            return int(year) if year.isdigit() else None
    return None


def _source_year(text: str, s, years: list, dated: int | None) -> int | None:
    """The year a Chinese paragraph ties a quarter to, written next to it (明年第三季, 2035年第三季), else
    the story's own year; None in English, where a year may come as 'of calendar 2035' (never set apart)."""
    if not HAN.search(text):
        return None
    tied = years_of_period(s, years, text)
    if not tied:
        return dated
    key = tied[0].key
    if key[:1] in "+-":
        return dated + int(key) if dated else None
    return int(key) if key.isdigit() else None


def _other_speaker(claimed, key: str, cited: list[int], idx, year: int | None = None,
                   dated: int | None = None) -> tuple[int, str] | None:
    """(paragraph, speaker) of the first cited sentence naming the time ``key`` (of ``year``, where
    the claim gives one) when every such sentence is said by someone other than ``claimed`` and that
    paragraph names ``claimed`` too; else None."""
    others: list[tuple[int, str]] = []
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        years = years_named(paragraph.facts.temporals, paragraph.facts.text) if year is not None else []
        held = [s for s in paragraph.facts.temporals if s.key == key
                and (year is None or _source_year(paragraph.facts.text, s, years, dated) in (year, None))]
        if not held:
            continue
        person = paragraph.person_matching(claimed, idx.glosses)
        if person is None:
            return None  # (the paragraph does not name the claim's person: nothing to set apart)
        # ('at the end of September' where the claim's person says 'at September 30': a day of the month, said by them.)
        for s in paragraph.facts.temporals:
            if key[:1] == "M" and s.key.startswith(key + "-D") and \
                    (said := speaker_at(paragraph.facts, s.start, s.end)) is not None and _same_person(said, person):
                return None
        for s in held:
            said_by = speaker_at(paragraph.facts, s.start, s.end)
            if said_by is not None and said_by.end <= person.start < s.start and \
                    _THROUGH.search(paragraph.facts.text, said_by.end, person.start):
                return None  # ('Owen Mumford said through spokeswoman Maiken Colesby that … by the end of 2055')
            if said_by is None or _same_person(said_by, person):
                return None  # said by no one, or by the claim's person (named in full, or by surname, 'Kise')
            others.append((n, said_by.text))
    return others[0] if others else None


def _same_person(said, person) -> bool:
    """Whether a speaker the paragraph reads is the claim's person (the same mention, or named in full or by
    surname: 'Kise')."""
    return (said.start, said.end) == (person.start, person.end) or names_one_person(said.text, person.text)
