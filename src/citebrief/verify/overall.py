"""A part's figure given to the whole: 'a gross margin of 34.6% for its tyre moulds, against 38.2% for the
company as a whole' where the paragraph says 公司综合毛利率为34.6%，…，其中轮胎模具毛利率为38.2% (the 38.2% is
the tyre moulds', one part of the company's).

A claim says a figure is the whole's by words right with it ('for the company as a whole', 'overall',
'company-wide'). It is contradicted only when every figure of its value in the cited paragraphs is written
after 其中 ('of which') in a sentence that gives the whole its own figure of that kind first (综合, 整体,
公司): a paragraph that does not part the whole so is silence.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.quantities import matches

# Right after the claim's figure: 'for the company as a whole', 'for the group overall', 'company-wide'.
# (Not a possessive, "30% of the company's 43,000 tonnes": what the share is of.)
_WHOLE_AFTER = re.compile(r"\s(?:for|at|of|across)\s(?:the\s)?(?:company|group|firm|business)(?:\sas\sa\swhole|\soverall)?\b(?!['’])"
                          r"|\s(?:overall|company-wide|group-wide)\b", re.IGNORECASE)
# Before it in its clause: 'the overall gross margin of', 'a company-wide margin of'.
_WHOLE_BEFORE = re.compile(r"\b(?:overall|company-wide|group-wide|consolidated)\s(?:[a-z-]+\s){0,3}"
                           r"(?:of|was|were|at|to|reached|stood\sat)\s(?:about\s|around\s)?$", re.IGNORECASE)
# In the paragraph, the whole's own figure before the part's: '公司前三季度综合毛利率为27.3%'.
_WHOLE_ZH = re.compile(r"综合|綜合|整体|整體|公司|集团|集團")
_SENTENCE_ZH = "。"
_CLAUSE_BREAK_ZH = re.compile(r"[；;。]")


def _claims_whole(text: str, start: int, end: int) -> bool:
    return bool(_WHOLE_AFTER.match(text, end) or _WHOLE_BEFORE.search(text, max(0, start - 48), start))


def _written_as_part(text: str, start: int, kind: str, figures) -> bool:
    """Whether the paragraph's figure at ``start`` is a part's: after 其中 in its sentence, with the
    whole's own figure of its kind (after 综合/整体/公司) earlier in that sentence."""
    opened = text.rfind(_SENTENCE_ZH, 0, start) + 1
    part_at = text.rfind("其中", opened, start)
    if part_at < 0 or _CLAUSE_BREAK_ZH.search(text, part_at, start) or _WHOLE_ZH.search(text, part_at, start):
        return False
    return any(f.q.kind == kind and opened <= f.q.start < part_at and _WHOLE_ZH.search(text, opened, f.q.start)
               for f in figures)


def overall_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim that gives the whole a figure the cited paragraphs write for one part of it
    (``idx``: ArticleIndex)."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems: list[str] = []
    for f in facts.figures:
        if f.q.kind != "percent" or not _claims_whole(facts.text, f.q.start, f.q.end):
            continue
        found = [(n, g) for n in cited for g in idx.paragraphs[n - 1].facts.figures if matches(f.q, g.q)]
        if found and all(_written_as_part(idx.paragraphs[n - 1].facts.text, g.q.start, g.q.kind,
                                          idx.paragraphs[n - 1].facts.figures) for n, g in found):
            n, g = found[0]
            para = idx.paragraphs[n - 1]
            text = para.facts.text
            # (Quoted as written where the simplified text keeps its offsets: 其中…毛利率為38.2% in a zh-Hant story.)
            shown = para.raw if len(para.raw) == len(text) else text
            part = shown[text.rfind("其中", 0, g.q.start):g.q.end]
            problems.append(f"'{f.q.text}' is one part's in [{n}] ({part}), not the whole's")
    return problems
