"""Shared helpers for the verifier tests: articles built directly, the reference brief's paths."""
from __future__ import annotations

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
