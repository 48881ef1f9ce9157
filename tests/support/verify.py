"""Shared helpers for the verifier tests: articles built directly, the reference brief's paths."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from citebrief.article import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "verify"
REPO = Path(__file__).resolve().parents[2]
JAPAN_ARTICLE = DATA / "japan-chips.zh-Hans.txt"


def reference_brief_path() -> Path:
    """The shared reference brief (../shared beside the clone, or /work/shared), else our copy."""
    for candidate in (REPO.parent / "shared" / "reference" / "seed-brief.txt",
                      Path("/work/shared/reference/seed-brief.txt")):
        if candidate.is_file():
            return candidate
    return DATA / "seed-brief.txt"


def article(*paragraphs: str, title: str = "测试文章", language: str = "und") -> Article:
    return Article(title=title, paragraphs=list(paragraphs), language=language)


def dated(*paragraphs: str, when: str = "2026-11-18 09:00", title: str = "测试文章") -> Article:
    """An article with a dateline (relative days and years are read by it)."""
    return Article(title=title, paragraphs=list(paragraphs), language="und",
                   published_at=datetime.fromisoformat(when))


def status(text: str, citations: list[int], art: Article) -> str:
    from citebrief.verify import check_claim

    return check_claim(text, citations, art).status
