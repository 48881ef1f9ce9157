"""Whose record it is: 'Panjit's November revenue was a record for the month' where the paragraph says
台半…11月合併營收15.36億元…創歷年同期新高 and gives Panjit (強茂) no record. The owner of a paragraph's
record is the subject of the figure right before it in its sentence; a claim is contradicted only when
every record the cited paragraphs name has a sure owner that is not the claim's subject, and the claim's
subject is named there.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import SENTENCE_END, sentence_start, subjects_of

# (Not a record kept: 'electronic medical record systems', 'a track record', 'record-keeping'.)
RECORD_CLAIM = re.compile(r"(?<!medical\s)(?<!health\s)(?<!patient\s)(?<!track\s)(?<!criminal\s)(?<!public\s)"
                          r"\brecord(?:s|-high|-low)?\b(?!\s(?:date|of\s(?:the|its)\s(?:meeting|decision)|systems?|rating|keeping))(?!-keeping)|"
                          r"\ball-time (?:high|low)\b", re.IGNORECASE)
RECORD_SOURCE = re.compile(r"新高|新低|纪录|记录|最高|最低|历史高位|历史低位|历史高点|历史低点|史上|历年|创[^，。；,;]{0,12}[高低]|"
                           r"\brecord|all-time|highest|lowest|\bever\b|\bpeak")


def record_owner_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    from citebrief.verify.attribution import other_subject

    claimed = RECORD_CLAIM.search(facts.text)
    if claimed is None:
        return []
    subjects = [s for s in subjects_of(facts) if s.end <= claimed.start()]
    if not subjects:
        return []
    claim_subject = subjects[0]
    owners = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        for m in RECORD_SOURCE.finditer(paragraph.lower):
            start = sentence_start(paragraph.lower, m.start())
            before = [b for b in paragraph.bindings if start <= b.figure.q.start and b.figure.q.end <= m.start()]
            if not before or before[-1].subject is None or not before[-1].subject_sure or \
                    SENTENCE_END.search(paragraph.lower, before[-1].figure.q.end, m.start()):
                return []  # a record whose owner is unclear
            if not other_subject(claim_subject, before[-1].subject, paragraph, idx.glosses, idx):
                return []
            owners.append((n, before[-1].subject.text))
    if not owners:
        return []
    n, owner = owners[0]
    return [f"'record' is {owner}'s in [{n}], not {claim_subject.text}'s"]
