"""One self-contained HTML page: the brief beside its numbered source paragraphs.

No external assets (inline CSS only), so the file can be mailed or opened offline. Every [n] links
to ``#p-n``; the targeted paragraph is highlighted with CSS ``:target``. Everything from the article
or the model is escaped by jinja2's autoescape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC
from functools import lru_cache

from citebrief.brief import Brief, Claim, KeyFigure

STATUS_LABELS = {
    "supported": "supported",
    "unsupported": "unsupported",
    "unverifiable": "unverifiable",
    "unchecked": "not checked",
}


@dataclass
class ClaimView:
    """What the template needs of a claim: its anchor id and a tooltip besides the model."""

    claim: Claim
    anchor: str
    tooltip: str


@dataclass
class ParagraphView:
    number: int
    text: str
    cited_by: list[tuple[str, str, str]] = field(default_factory=list)  # (anchor, label, claim text)


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("citebrief.renderers", "templates"),
        autoescape=True,  # the template is .j2, so select_autoescape would not switch it on
        trim_blocks=True,
        lstrip_blocks=True,
    )


def key_figure_tooltip(row: KeyFigure) -> str:
    """What the verifier checked for a key-figure row, and its verdict."""
    label = STATUS_LABELS[row.check.status]
    problems = "; ".join(row.check.problems)
    return f"{label}: {row.text}" + (f" ({problems})" if problems else "")


def _tooltip(claim: Claim) -> str:
    label = STATUS_LABELS[claim.check.status]
    return f"{label}: " + "; ".join(claim.check.problems) if claim.check.problems else label


def _lang(tag: str | None, default: str | None = None) -> str | None:
    return tag if tag and tag != "und" else default


def render(brief: Brief) -> str:
    article = brief.article
    paragraphs = [ParagraphView(n, text) for n, text in article.numbered]

    def view(claim: Claim, anchor: str) -> ClaimView:
        label = "core" if anchor == "c-0" else anchor[2:]  # bullets are numbered on the page
        for n in dict.fromkeys(claim.citations):
            paragraphs[n - 1].cited_by.append((anchor, label, claim.text))
        return ClaimView(claim, anchor, _tooltip(claim))

    core = view(brief.core_viewpoint, "c-0")
    sections, index = [], 0
    for section in brief.sections:
        if not section.bullets:
            continue
        bullets = []
        for bullet in section.bullets:
            index += 1
            bullets.append(view(bullet, f"c-{index}"))
        sections.append((section.title or "Key Points", bullets))

    return _environment().get_template("brief.html.j2").render(
        brief=brief,
        article=article,
        core=core,
        sections=sections,
        paragraphs=paragraphs,
        summary=brief.summary,
        created=(brief.created_at.astimezone(UTC) if brief.created_at.tzinfo else brief.created_at)
        .strftime("%Y-%m-%d %H:%M UTC"),
        page_lang="en",  # the page's own labels are English; the brief and source carry theirs
        brief_lang=_lang(brief.language, "en"),
        source_lang=_lang(article.language),
        key_figure_tooltip=key_figure_tooltip,
    )
