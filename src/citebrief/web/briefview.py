"""What the brief page shows of a brief: its claims (anchors, badges, problems, highlight marks),
its key figures and the numbered paragraphs. Status words come from the HTML renderer
(citebrief.renderers.html) so the page and the exported file say the same thing."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from citebrief.brief import Brief, Claim
from citebrief.renderers.html import STATUS_LABELS, key_figure_tooltip
from citebrief.web.highlight import claim_marks


@dataclass
class ClaimItem:
    anchor: str
    label: str
    claim: Claim
    status: str
    status_label: str
    problems: list[str]
    marks: str  # JSON [[paragraph, start, end, kind], ...] for app.js


@dataclass
class FigureItem:
    anchor: str
    row: object  # KeyFigure
    tooltip: str
    marks: str


@dataclass
class BriefView:
    core: ClaimItem
    sections: list[tuple[str, list[ClaimItem]]]
    figures: list[FigureItem]
    paragraphs: list[tuple[int, str]]
    cited_by: dict[int, list[str]] = field(default_factory=dict)


def _marks(claim: Claim, paragraphs: list[str]) -> str:
    return json.dumps([m.as_list() for m in claim_marks(claim, paragraphs)])


def brief_view(brief: Brief) -> BriefView:
    paragraphs = brief.article.paragraphs
    cited_by: dict[int, list[str]] = {}

    def item(claim: Claim, anchor: str, label: str) -> ClaimItem:
        for n in dict.fromkeys(claim.citations):
            cited_by.setdefault(n, []).append(anchor)
        status = claim.check.status
        return ClaimItem(anchor, label, claim, status, STATUS_LABELS[status], claim.check.problems,
                         _marks(claim, paragraphs))

    core = item(brief.core_viewpoint, "c-0", "core")
    sections, index = [], 0
    for section in brief.sections:
        items = []
        for bullet in section.bullets:
            index += 1
            items.append(item(bullet, f"c-{index}", str(index)))
        if items:
            sections.append((section.title or "Key Points", items))
    figures = [FigureItem(f"kf-{i}", row, key_figure_tooltip(row),
                          _marks(Claim(text=row.text, citations=row.citations), paragraphs))
               for i, row in enumerate(brief.key_figures, 1)]
    return BriefView(core, sections, figures, brief.article.numbered, cited_by)
