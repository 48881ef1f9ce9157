"""A rate's population base: 'about 0.91 anaesthesiologists per 10,000 people' is what 每万人口约0.91人
says; the claim's 10,000 is written in Chinese as 万 after 每, no figure of its own.

The claim's base (a number right after 'per', before people, residents, inhabitants or the like) is
found in a cited paragraph that writes 每 and the same power of ten before 人/人口/居民/户 ('每万人口',
'每十万人', '每千名')."""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure

_PER_BEFORE = re.compile(r"\bper\s$", re.IGNORECASE)
_POPULATION_AFTER = re.compile(r"\s(?:people|persons|residents|inhabitants|population|adults|children|women|men|"
                               r"households|live births|births)\b", re.IGNORECASE)
_BASES_ZH = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "萬": 10_000, "十万": 100_000, "十萬": 100_000,
             "百万": 1_000_000, "百萬": 1_000_000}
_PER_BASE_ZH = re.compile(r"每(十万|十萬|百万|百萬|十|百|千|万|萬)(?:名|位|个|個)?(?:人口|人|居民|常住人口|户|戶|新生儿|新生兒|活产|活產)")


def population_base_paragraphs(fig: Figure, claim_text: str, citations: list[int], idx) -> list[int]:
    """Cited paragraphs that write the claim's 'per 10,000 people' as 每万人口."""
    if fig.q.kind != "number" or fig.q.unit or not _PER_BEFORE.search(claim_text, max(0, fig.q.start - 4), fig.q.start) \
            or not _POPULATION_AFTER.match(claim_text, fig.q.end):
        return []
    return [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count
            and any(_BASES_ZH[m.group(1)] == fig.q.value for m in _PER_BASE_ZH.finditer(idx.paragraphs[n - 1].text))]
