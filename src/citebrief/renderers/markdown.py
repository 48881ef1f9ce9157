"""Markdown in the house format (see shared/reference/seed-brief.txt), one item per line.

    <title>
    <source>·<YYYY-MM-DD HH:MM>

    Core Viewpoint - <text> [1][4]
    Key figures
    - <subject> · <metric> · <value> · <change> · <period> [1]
    <Section title>
    - <bullet> [1][2]

The Key figures block (citebrief.keyfigures: English rows, each checked by the verifier; absent when
a brief has none) follows the Core Viewpoint; a row has no change or period part when it has none.
A parser skips it with :func:`is_key_figure_line` (its rows are not claims of the brief).

Verdicts stay readable *and* parseable: a marked bullet still starts with ``- `` and ends with
its citations; the marks are prefixes of the claim text (``⚠ UNSUPPORTED: ``, ``(unverifiable) ``)
and the note naming what was not found is an indented line (``  ↳ ...``) that belongs to the
claim above it. :func:`strip_marks` and :func:`is_note_line` let a parser read our output back.
"""
from __future__ import annotations

import re

from citebrief.brief import Brief, Claim, KeyFigure

CORE_LABEL = "Core Viewpoint - "
MARK_UNSUPPORTED = "⚠ UNSUPPORTED: "
MARK_UNVERIFIABLE = "(unverifiable) "
NOTE_PREFIX = "  ↳ "
DROPPED_HEADING = "Dropped (failed verification)"
KEY_FIGURES_HEADING = "Key figures"
KEY_FIGURE_SEPARATOR = " · "
MARK_DROPPED = "✗ DROPPED: "

_MARKS = (MARK_UNSUPPORTED, MARK_UNVERIFIABLE, MARK_DROPPED)
_TRAILING_SPACES = re.compile(r"\s+")


def citation_tags(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def strip_marks(text: str) -> str:
    """A claim's text without the verdict mark this renderer put in front of it."""
    for mark in _MARKS:
        if text.startswith(mark):
            return text[len(mark):]
    return text


def is_note_line(line: str) -> bool:
    """True for the indented note lines the renderer adds under a marked claim."""
    return line.startswith(NOTE_PREFIX) or line.startswith(NOTE_PREFIX.strip())


def is_key_figure_line(line: str) -> bool:
    """True for a row of the Key figures block: '- subject · metric · value ... [n]'."""
    return line.startswith("- ") and line.count(KEY_FIGURE_SEPARATOR) >= 2


def key_figure_line(row: KeyFigure) -> str:
    """'- TSMC · revenue · NT$367.47 billion · +26.4% YoY · October [1]'."""
    parts = [row.subject, row.metric, row.value] + [p for p in (row.change, row.period) if p]
    line = "- " + KEY_FIGURE_SEPARATOR.join(_one_line(p) for p in parts)
    if row.check.status == "unsupported":
        line = "- " + MARK_UNSUPPORTED + line[2:]
    tags = citation_tags(row.citations)
    return line + (f" {tags}" if tags else "")


def _one_line(text: str) -> str:
    # A claim is one line in the house format; newlines inside it would split it.
    return _TRAILING_SPACES.sub(" ", text).strip()


def _claim_line(lead: str, claim: Claim) -> list[str]:
    status = claim.check.status
    mark = {"unsupported": MARK_UNSUPPORTED, "unverifiable": MARK_UNVERIFIABLE}.get(status, "")
    tags = citation_tags(claim.citations)
    line = f"{lead}{mark}{_one_line(claim.text)}" + (f" {tags}" if tags else "")
    lines = [line]
    if status == "unsupported":
        problems = "; ".join(_one_line(p) for p in claim.check.problems)
        lines.append(NOTE_PREFIX + (problems or "no support found in the cited paragraphs"))
    return lines


def render(brief: Brief) -> str:
    article = brief.article
    lines = [_one_line(article.title)]
    if article.dateline:
        lines.append(article.dateline)
    lines.append("")
    lines += _claim_line(CORE_LABEL, brief.core_viewpoint)
    if brief.key_figures:
        lines.append(KEY_FIGURES_HEADING)
        lines += [key_figure_line(row) for row in brief.key_figures]
    for section in brief.sections:
        if not section.bullets:
            continue  # a lone title would read as part of the next section's title
        lines.append(_one_line(section.title) or "Key Points")
        for bullet in section.bullets:
            lines += _claim_line("- ", bullet)
    if brief.report.dropped:
        lines.append(DROPPED_HEADING)
        for dropped in brief.report.dropped:
            tags = citation_tags(dropped.citations)
            lines.append(f"- {MARK_DROPPED}{_one_line(dropped.text)}" + (f" {tags}" if tags else ""))
            if dropped.reasons:
                lines.append(NOTE_PREFIX + "; ".join(_one_line(r) for r in dropped.reasons))
    return "\n".join(lines) + "\n"
