"""Board lots told as shares: Taiwan's bourse counts trades in 张 (lots of 1,000 shares), so
'外资买超乔山1,836张' is 1.836 million shares, and 'bought a net 1,836 shares' misreads it by a
thousand. A claim's count of shares is contradicted only when every cited figure with its value
is a count of 张."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.quantities import matches

_SHARES_AFTER = re.compile(r"\s(?:(?:[A-Z][\w&.-]*\s){0,3})?(?:shares|stocks)\b")
LOTS_AFTER = re.compile(r"\s?[张張]")  # a count of Taiwan's board lots (also read by verify.index)


def lot_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    out: list[str] = []
    for fig in facts.figures:
        if fig.q.kind != "number" or fig.q.unit or not _SHARES_AFTER.match(facts.text, fig.q.end):
            continue
        hits = [(n, f) for n in dict.fromkeys(citations) if 1 <= n <= idx.count
                for f in idx.paragraphs[n - 1].facts.figures if matches(fig.q, f.q)]
        if hits and all(LOTS_AFTER.match(idx.paragraphs[n - 1].facts.text, f.q.end) for n, f in hits):
            n, f = hits[0]
            out.append(f"'{fig.q.text} shares' is {f.q.text} lots (张, 1,000 shares each) in [{n}]")
    return out
