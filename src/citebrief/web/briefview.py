"""What the brief page shows of a brief: its claims (anchors, badges, problems), its key figures
and the numbered paragraphs; and, apart, the highlight marks of each claim (brief_marks), which the
page fetches on first use: reading the facts of every paragraph costs 20-60 ms for a brief not seen
before, more than the rest of the page. Status words come from the HTML renderer
(citebrief.renderers.html) so the page and the exported file say the same thing."""
from __future__ import annotations

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


@dataclass
class FigureItem:
    anchor: str
    row: object  # KeyFigure
    tooltip: str


@dataclass
class BriefView:
    core: ClaimItem
    sections: list[tuple[str, list[ClaimItem]]]
    figures: list[FigureItem]
    paragraphs: list[tuple[int, str]]
    cited_by: dict[int, list[str]] = field(default_factory=dict)


def brief_marks(brief: Brief) -> dict[str, list[list]]:
    """{anchor: [[paragraph, start, end, kind], ...]} for the Core Viewpoint ('c-0'), each bullet
    ('c-1'...) and each key-figure row ('kf-1'...); anchors as on the brief page."""
    paragraphs = brief.article.paragraphs
    claims = [("c-0", brief.core_viewpoint)]
    claims += [(f"c-{i}", c) for i, c in enumerate((b for s in brief.sections for b in s.bullets), 1)]
    claims += [(f"kf-{i}", Claim(text=row.text, citations=row.citations))
               for i, row in enumerate(brief.key_figures, 1)]
    return {anchor: [m.as_list() for m in claim_marks(claim, paragraphs)] for anchor, claim in claims}


def brief_view(brief: Brief) -> BriefView:
    cited_by: dict[int, list[str]] = {}

    def item(claim: Claim, anchor: str, label: str) -> ClaimItem:
        for n in dict.fromkeys(claim.citations):
            cited_by.setdefault(n, []).append(anchor)
        status = claim.check.status
        return ClaimItem(anchor, label, claim, status, STATUS_LABELS[status], claim.check.problems)

    core = item(brief.core_viewpoint, "c-0", "core")
    sections, index = [], 0
    for section in brief.sections:
        items = []
        for bullet in section.bullets:
            index += 1
            items.append(item(bullet, f"c-{index}", str(index)))
        if items:
            sections.append((section.title or "Key Points", items))
    figures = [FigureItem(f"kf-{i}", row, key_figure_tooltip(row)) for i, row in enumerate(brief.key_figures, 1)]
    return BriefView(core, sections, figures, brief.article.numbered, cited_by)
