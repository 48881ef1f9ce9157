"""The Article model: a title, metadata and paragraphs numbered 1..N.

Numbering is fixed here, once, when the article is built: paragraph n is ``paragraphs[n-1]``,
and every later stage (engines, verifier, renderers, store, web) uses the same numbers.
Loaders live in ``citebrief.loaders``.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

# What a brief reads of an article: its leading paragraphs up to this many characters. News runs to
# tens of thousands; the cap keeps a 10 MB page (the loaders' limit) from costing minutes and
# gigabytes in the engines, the verifier and the key figures, whose work grows with the text.
BRIEF_CHAR_LIMIT = 100_000
_SENTENCE_END = ("。", "！", "？", ". ", "! ", "? ", "\n")


class Article(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    source: str | None = None
    published_at: datetime | None = None
    language: str = Field("und", description="BCP-47 tag: zh-Hans, zh-Hant, en, ja, ... or 'und'")
    url: str | None = None
    paragraphs: list[str] = Field(..., min_length=1, description="Paragraph n is paragraphs[n-1]")
    origin: str | None = Field(None, description="Where the article was loaded from (path, URL, '-')")

    @field_validator("paragraphs")
    @classmethod
    def _no_empty_paragraphs(cls, value: list[str]) -> list[str]:
        if any(not p.strip() for p in value):
            raise ValueError("paragraphs must not be empty")
        return value

    def paragraph(self, number: int) -> str:
        """Paragraph by its 1-based number."""
        if not 1 <= number <= len(self.paragraphs):
            raise IndexError(f"paragraph {number} out of range 1..{len(self.paragraphs)}")
        return self.paragraphs[number - 1]

    @property
    def numbered(self) -> list[tuple[int, str]]:
        return list(enumerate(self.paragraphs, start=1))

    @property
    def content_hash(self) -> str:
        """sha256 of title and paragraphs: identifies the text, whatever its metadata."""
        h = hashlib.sha256(self.title.encode())
        for p in self.paragraphs:
            h.update(b"\x00" + p.encode())
        return h.hexdigest()

    @property
    def dateline(self) -> str:
        """`source·YYYY-MM-DD HH:MM` as in the house format (parts that are known)."""
        when = self.published_at.strftime("%Y-%m-%d %H:%M") if self.published_at else ""
        return "·".join(part for part in (self.source or "", when) if part)

    def head(self, limit: int = BRIEF_CHAR_LIMIT) -> tuple[Article, str | None]:
        """The article cut to its leading paragraphs of at most ``limit`` characters in all, and a
        note saying what was left out (None, and the article itself, when it fits). A first
        paragraph longer than the limit is cut at its last sentence end before it."""
        total = sum(map(len, self.paragraphs))
        if total <= limit:
            return self, None
        kept: list[str] = []
        used = 0
        for p in self.paragraphs:
            if used + len(p) > limit:
                break
            kept.append(p)
            used += len(p)
        if not kept:
            first = self.paragraphs[0][:limit]
            end = max(first.rfind(mark) + len(mark.rstrip()) for mark in _SENTENCE_END)
            kept = [first[:end] if end > limit // 2 else first]
            used = len(kept[0])
        note = (f"article of {total:,} characters ({len(self.paragraphs):,} paragraphs) briefed from its first "
                f"{used:,} characters ({len(kept):,} paragraphs): the limit is {limit:,}")
        return self.model_copy(update={"paragraphs": kept}), note
