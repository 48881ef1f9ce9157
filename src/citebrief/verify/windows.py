"""A market move given another span of time: 'Weaver shares have gained 7.84% since the start of the year'
where the paragraph says 今日…收盘上涨7.84% (the day's move; the year's is 38.5%), 'rose 5.7% on Wednesday'
where it says 'on Tuesday', 'over the past month' for 年初至今 (facts.windows reads the spans).

A claim is contradicted only when it writes a window by its figure and every figure of its value in
the cited paragraphs is written with a window that differs; a figure written with none is silence.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import Figure, TextFacts
from citebrief.facts.binding import sentence_span
from citebrief.facts.quantities import matches
from citebrief.facts.windows import Window, figure_window, windows_conflict

# A gap to a price, not a move: 'about 18% above the stock's close on Wednesday'.
_GAP_AFTER = re.compile(r"\s(?:above|below|higher than|lower than|upside|downside|premium|discount)\b", re.IGNORECASE)
_SHOWN = {"day": "the day's move", "ytd": "the move so far this year", "since": "a move since another date",
          "past": "a move over another span", "week": "the week's move"}


def _windows(facts: TextFacts) -> list[tuple[Figure, Window | None]]:
    """Each percentage of a text with its window (None where none is written)."""
    out: list[tuple[Figure, Window | None]] = []
    figures = facts.figures
    for i, f in enumerate(figures):
        if f.q.kind != "percent":
            continue
        later = next((g.q.start for g in figures[i + 1:] if g.q.kind == "percent"), len(facts.text))
        out.append((f, figure_window(facts.text, f.q.start, f.q.end, sentence_span(facts.text, f.q.start, f.q.end),
                                     later, facts.han)))
    return out


def window_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim whose market move the cited paragraphs give over another span of time
    (``idx``: ArticleIndex)."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems: list[str] = []
    for fig, claimed in _windows(facts):
        if claimed is None or fig.direction is None or _GAP_AFTER.match(facts.text, fig.q.end):
            continue
        found = [(n, w) for n in cited for g, w in _windows(idx.paragraphs[n - 1].facts)
                 if g.direction is not None and matches(fig.q, idx.story_quantity(g.q))]
        if found and all(w is not None and windows_conflict(claimed, w) for _, w in found):
            n, w = found[0]
            assert w is not None
            shown = f"{_SHOWN[w[0]]} ({w[1]})" if w[1] else _SHOWN[w[0]]
            problems.append(f"'{fig.q.text}' is {shown} in [{n}], not the claim's span")
    return problems
