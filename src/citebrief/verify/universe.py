"""A share of the named companies' sum told as a share of a whole industry: 'Yipuli accounted for about
30.5% of the civil explosives industry's nine-month net profit' where the paragraph adds up four
companies (易普力、广东宏大、江南化工与凯龙股份…合计20.94亿元，易普力占比约30.5%), or 'of all Malaysian
listed insurers' where it adds up four. The sum of a few is not the industry's: the claim's whole is
another.

So is a share told as one of everything ('of all US oil changes', "of China's entire road freight market")
where every cited paragraph that gives its value writes it as a share of a part (quick lubes' 38% of
do-it-for-me oil changes; 货拉拉…市场份额 in one market a sentence narrows 按平台交易额计): the claim widens the
whole. A source that writes a whole of everything by the figure (总, 全部, 整体, 'of the total', 'all') is
silence.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import SUMMED_ANY, sentence_span, sentence_start
from citebrief.facts.quantities import Quantity, matches
from citebrief.verify.scope import NATIONWIDE_ZH

# The claim's whole names a universe ('the … industry's', 'all … insurers', 'the whole sector'), not a
# count of companies ('the four companies'', 'the five makers').
_WHOLE_AFTER = re.compile(r"\s(?:of|in)\s(?P<whole>[^,;.]{3,90})")
_UNIVERSE = re.compile(r"\b(?:industry|industry's|sector|sector's|all|whole|entire|nationwide|market-wide)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:[a-z-]+\s)?(?:companies|firms|makers|"
                      r"groups|producers|insurers|banks|developers|operators|players|peers|listed)\b|\bthese\b",
                      re.IGNORECASE)
# The paragraph adds up what it names: '…合计20.94亿元', 'Together, A, B, C and D earned', '…totalled'.
_COUNTED_ZH = re.compile(r"[二两三四五六七八九十\d]家(?:公司|企业|上市公司)?")
# ('…营业收入合计31.74亿元，约占…规模以上企业销售收入的22.3%': the sum is the part, its whole is named.)
_SHARE_OF_NAMED_ZH = re.compile(r"占(?!比)[^，,。；;]{2,40}的[^，,。；;\d]{0,4}$")
_INDUSTRY_ZH = re.compile(r"行业|全行业|全国|全市场|industry|sector", re.IGNORECASE)


# A claim's whole of everything: 'of all …', "of China's entire …", 'of the whole …', 'of the overall …'
# (not 'all-weather'; 'in all' is no whole).
_EVERYTHING = re.compile(r"\b(?:all|entire|whole|overall)\b(?![-’'])", re.IGNORECASE)
# By a source's figure, a whole of everything (or one the story counts whole): 占总营收, 全部, 整体, 国内,
# 'of the total', 'of group revenue', 'all', 'combined'.
# (Not the 总 of a title or a place, 副总裁, 总部.)
_EVERYTHING_SOURCE = re.compile(r"[总總](?!裁|经理|經理|监|監|部|统|統|书记|書記|工程师|工程師|会计师|會計師|行长|行長|编|編|干事|幹事)|全|整体|整體|所有|合计|合計|整个|整個|" + "|".join(NATIONWIDE_ZH) +
                                r"|\b(?:all|total|totals|entire|whole|overall|combined|aggregate|group|nationwide|national|"
                                r"global|worldwide)\b", re.IGNORECASE)

_OF_WHICH = re.compile(r"其中|\bof which\b|\bof them\b|\bof those\b", re.IGNORECASE)
_EVERYTHING_AFTER = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:all|total|entire|whole|overall|combined|group)\b", re.IGNORECASE)

# (The whole as shown ends before its period or source: "of China's entire road freight market in 2033".)
_WHOLE_ENDS = re.compile(r"\s(?:in|by|at|during|over|since|according|as of)\s")


def universe_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    problems: list[str] = []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    for fig in facts.figures:
        if fig.q.kind != "percent":
            continue
        m = _WHOLE_AFTER.match(facts.text, fig.q.end)
        if m is not None and _EVERYTHING.search(m.group("whole")) and (n := _part_share_in(fig.q, cited, idx)) is not None:
            whole = _WHOLE_ENDS.split(m.group("whole"))[0].strip()
            problems.append(f"'{fig.q.text}' is a share of a part in [{n}], not of {whole}")
            continue
        if m is not None and (place := _place_of_whole(m.group("whole"))) is not None and \
                (n := _whole_share_in(fig.q, place, cited, idx)) is not None:
            whole = _WHOLE_ENDS.split(m.group("whole"))[0].strip()
            problems.append(f"'{fig.q.text}' is a share of the whole in [{n}], not of {whole}")
            continue
        if m is None or not _UNIVERSE.search(m.group("whole")) or _COUNTED.search(m.group("whole")):
            continue
        n = _summed_share_in(idx.story_quantity(fig.q), cited, idx)
        if n is not None:
            problems.append(f"'{fig.q.text}' is a share of what the companies [{n}] names add up to, "
                            f"not of {m.group('whole').strip()}")
    return problems


def _summed_share_in(claimed: Quantity, cited: list[int], idx) -> int | None:
    """The first cited paragraph that gives the claim's percentage as a share of what companies it
    names (or counts) add up to, and names no industry in that sentence."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        for f in paragraph.facts.figures:
            if f.q.kind != "percent" or not matches(claimed, idx.story_quantity(f.q)):
                continue
            start = sentence_start(paragraph.text, f.q.start)
            told = paragraph.text[start:f.q.start]
            named = {s.text for s in paragraph.subjects if start <= s.start < f.q.start}
            # (The companies named, or counted: 'The four companies' net profits totalled…'.)
            if SUMMED_ANY.search(told) and (len(named) >= 2 or _COUNTED_ZH.search(told) or _COUNTED.search(told)) \
                    and not _INDUSTRY_ZH.search(told) and not _sum_is_the_part(told):
                return n
    return None


def _part_share_in(claimed: Quantity, cited: list[int], idx) -> int | None:
    """The first cited paragraph giving the claim's percentage, when every cited figure of that value
    is written with no whole of everything by it (before it in its sentence, its whole, or right after)."""
    found = None
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        for b in idx.bindings_matching(claimed, [n]):
            if b.figure.q.kind != "percent":
                continue
            text = paragraph.text
            opened = sentence_start(text, b.figure.q.start)
            if _OF_WHICH.search(text, opened, b.figure.q.start) and opened:
                opened = sentence_start(text, opened - 1)  # '…全国实名登记无人机数量达412.6万架…；其中…占比为35.0%': the whole before
            told = text[opened:b.figure.q.start]
            if _EVERYTHING_SOURCE.search(told) or _EVERYTHING_SOURCE.search(b.whole_text or "") or \
                    _EVERYTHING_AFTER.match(text, b.figure.q.end):
                return None
            found = found or n
    return found


def _sum_is_the_part(told: str) -> bool:
    """'…合计31.74亿元，约占…企业销售收入的22.3%': the sum is the part and its whole is named after it
    (not '古越龙山占三家合计收入的49.9%', a share of the sum)."""
    share = _SHARE_OF_NAMED_ZH.search(told)
    return share is not None and not SUMMED_ANY.search(share.group(0))


# A place's adjective as English writes it after the place's name: 'Scandinavian', 'European', 'Canadian'.
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "ern")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _place_of_whole(whole: str) -> str | None:
    """The place a claim's whole is narrowed to ("of Inwido's Scandinavian sales": Scandinavia), by the
    gazetteer; None when it names none."""
    from citebrief.facts.gazetteer import lookup

    for m in _CAPITALISED_WORD.finditer(_WHOLE_ENDS.split(whole)[0]):
        word = m.group()
        # ('Canadian': Canada, its 'ian' for the place's last 'a')
        forms = [word, *(word[:-len(e)] for e in _ADJECTIVE_ENDINGS if word.endswith(e))]
        if word.endswith("ian"):
            forms.append(word[:-3] + "a")
        for form in forms:
            if any(e.kind in ("place", "country") for e in lookup(form)):
                return form
    return None


def _whole_share_in(claimed: Quantity, place: str, cited: list[int], idx) -> int | None:
    """The first cited English paragraph giving the claim's percentage as a share of the whole ('of the
    group total') in a sentence that does not name ``place``, where every cited figure of that value is
    so written."""
    if idx.han:
        return None
    found = None
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        for b in idx.bindings_matching(claimed, [n]):
            if b.figure.q.kind != "percent":
                continue
            text = paragraph.text
            opened, ends = sentence_span(text, b.figure.q.start, b.figure.q.end)
            if place.lower() in text[opened:ends].lower() or not _WHOLE_OF_ALL_AFTER.match(text, b.figure.q.end) or \
                    not _place_is_a_part(place, paragraph):
                return None
            found = found or n
    return found


def _place_is_a_part(place: str, paragraph) -> bool:
    """Whether the paragraph breaks its figures down by place and ``place`` is one of them ('Scandinavia's
    sales rose 2.3%…, Eastern Europe's 9.6%'): a part of the whole, not the whole's own place ('Busan')."""
    from citebrief.facts.atoms import english_names
    from citebrief.facts.gazetteer import lookup

    ids = {e.id for e in lookup(place)}
    places = {n.entity.id for n in english_names(paragraph.text) if n.entity is not None and n.entity.kind in ("place", "country")
              and paragraph.text.startswith(("'s", "’s"), n.end)}
    return len(places) >= 2 and bool(ids & places)


_WHOLE_OF_ALL_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:group|company)(?:'s)?\s+(?:total|sales|revenue|revenues)\b|"
                                 r"\s+of\s+(?:the\s+)?total\b", re.IGNORECASE)
