"""The Brief model (see shared DESIGN.md) and its JSON Schema.

A brief is a Core Viewpoint and themed sections of bullets; each claim cites 1-based paragraph
numbers of the article it was made from, and carries the verifier's check once verified.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from citebrief.article import Article

CheckStatus = Literal["supported", "unsupported", "unverifiable", "unchecked"]


class Atom(BaseModel):
    """One checkable piece of a claim: a number, date or named entity."""

    kind: str = Field(..., description="amount, percent, date, year, quarter, figure, entity, ...")
    text: str = Field(..., description="As written in the claim")
    value: str | None = Field(None, description="Normalised value used for matching")
    found_in: list[int] = Field(default_factory=list, description="Paragraphs of the article that hold it")
    cited: bool = Field(True, description="Whether one of the claim's cited paragraphs holds it")


class Check(BaseModel):
    status: CheckStatus = "unchecked"
    problems: list[str] = Field(default_factory=list)
    atoms: list[Atom] = Field(default_factory=list)


class Evidence(BaseModel):
    """A quote copied verbatim from a paragraph (LLM engine)."""

    paragraph: int
    quote: str


class Claim(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list, description="1-based paragraph numbers")
    check: Check = Field(default_factory=Check)
    evidence: list[Evidence] = Field(default_factory=list)
    source_text: str | None = Field(None, description="The source-language text a translated claim came from")


class Section(BaseModel):
    title: str
    bullets: list[Claim]


class DroppedClaim(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)


class BriefReport(BaseModel):
    """What happened while the brief was made: repairs, drops, tokens, cost."""

    dropped: list[DroppedClaim] = Field(default_factory=list)
    repaired: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float | None = None
    notes: list[str] = Field(default_factory=list)


class KeyFigure(BaseModel):
    """One row of the brief's English key-figures block (citebrief.keyfigures): a figure of a subject's
    metric, its change and period, checked by the verifier as the English claim in ``text``."""

    subject: str = Field(..., description="English name (gazetteer), or the source form when there is none")
    subject_source: str | None = Field(None, description="The subject as the article writes it")
    metric: str = Field(..., description="English metric name (data/metrics.tsv)")
    metric_id: str | None = Field(None, description="The metric's glossary id ('revenue', 'gross_margin')")
    value: str = Field(..., description="In English scale and currency: 'NT$367.47 billion', '24.6%'")
    change: str | None = Field(None, description="'+26.4% YoY', '-0.2 pp', 'from $128'")
    period: str | None = Field(None, description="'October', 'Q3 2025', 'H1', '2026'")
    citations: list[int] = Field(default_factory=list, description="1-based paragraph numbers")
    text: str = Field("", description="The row as the English claim the verifier checked")
    check: Check = Field(default_factory=Check)


class Brief(BaseModel):
    article: Article
    core_viewpoint: Claim
    sections: list[Section]
    engine: str
    model: str | None = None
    strategy: str | None = None
    language: str = Field("und", description="Language of the brief's text")
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    report: BriefReport = Field(default_factory=BriefReport)
    key_figures: list[KeyFigure] = Field(
        default_factory=list, description="English key figures, every row checked (empty in briefs made before them)")

    @model_validator(mode="after")
    def _citations_exist(self) -> Brief:
        count = len(self.article.paragraphs)
        for claim in self.claims():
            bad = [n for n in claim.citations if not 1 <= n <= count]
            if bad:
                raise ValueError(
                    f"citation {bad[0]} does not exist: the article has paragraphs 1..{count}"
                )
        for row in self.key_figures:
            bad = [n for n in row.citations if not 1 <= n <= count]
            if bad:
                raise ValueError(
                    f"key figure citation {bad[0]} does not exist: the article has paragraphs 1..{count}"
                )
        return self

    def claims(self) -> list[Claim]:
        """Core Viewpoint first, then every bullet in order: the brief's claims, as counted."""
        return [self.core_viewpoint] + [b for s in self.sections for b in s.bullets]

    @property
    def summary(self) -> dict[str, int]:
        """How many claims there are ('claims') and how many of each status (see count_claims)."""
        return count_claims(claim.check.status for claim in self.claims())


STATUSES = ("supported", "unsupported", "unverifiable", "unchecked")


def count_claims(statuses: Iterable[str]) -> dict[str, int]:
    """The one count of a brief's claims, used by Brief.summary, `citebrief verify`, `citebrief
    list` (through the counts stored with each brief) and the HTML header.

    A claim is the Core Viewpoint (one claim however many sentences it has: `citebrief verify`
    checks it sentence by sentence and reports them under it) or one bullet. Claims the LLM engine
    dropped were never published: they are listed as dropped, not counted here. Section titles are
    not claims."""
    counts = dict.fromkeys(STATUSES, 0)
    for status in statuses:
        counts[status] += 1
    return {"claims": sum(counts.values()), **counts}


def claims_line(counts: Mapping[str, int | None], *, short: bool = False) -> str:
    """'14 claims: 13 supported, 1 unsupported, 0 unverifiable' (and 'N not checked' if any), from
    count_claims' counts or the per-status counts stored with a brief; ``short``: '14 claims: 13
    ok, 1 bad, 0 n/a' (a table column)."""
    n = {k: int(counts.get(k) or 0) for k in STATUSES}
    total = int(counts.get("claims") or sum(n.values()))
    words = ("ok", "bad", "n/a", "unchecked") if short else ("supported", "unsupported", "unverifiable", "not checked")
    parts = [f"{n[k]} {w}" for k, w in zip(STATUSES, words) if k != "unchecked" or n[k]]
    return f"{total} claim{'' if total == 1 else 's'}: " + ", ".join(parts)


def brief_json_schema() -> dict:
    return Brief.model_json_schema()


def brief_json_schema_text() -> str:
    return json.dumps(brief_json_schema(), ensure_ascii=False, indent=2)
