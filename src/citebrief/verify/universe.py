"""A share of the named companies' sum told as a share of a whole industry: 'Yipuli accounted for about
30.5% of the civil explosives industry's nine-month net profit' where the paragraph adds up four
companies (易普力、广东宏大、江南化工与凯龙股份…合计20.94亿元，易普力占比约30.5%), or 'of all Malaysian
listed insurers' where it adds up four. The sum of a few is not the industry's: the claim's whole is
another."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import SUMMED_ANY, sentence_start
from citebrief.facts.quantities import Quantity, matches

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


def universe_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    problems: list[str] = []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    for fig in facts.figures:
        if fig.q.kind != "percent":
            continue
        m = _WHOLE_AFTER.match(facts.text, fig.q.end)
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


def _sum_is_the_part(told: str) -> bool:
    """'…合计31.74亿元，约占…企业销售收入的22.3%': the sum is the part and its whole is named after it
    (not '古越龙山占三家合计收入的49.9%', a share of the sum)."""
    share = _SHARE_OF_NAMED_ZH.search(told)
    return share is not None and not SUMMED_ANY.search(share.group(0))
