"""The last step every loader shares: clean paragraphs, detect language, build the Article."""
from __future__ import annotations

from datetime import datetime

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.boilerplate import clean_paragraphs, normalize_paragraph
from citebrief.text.script import detect_language


def label(origin: str) -> str:
    """How an input is named in error messages."""
    return "<stdin>" if origin == "-" else origin


def build_article(*, origin: str, title: str, paragraphs: list[str], source: str | None = None,
                  published_at: datetime | None = None, language: str | None = None,
                  url: str | None = None) -> Article:
    """Clean the raw paragraphs (boilerplate out, whitespace normalised) and number them 1..N."""
    title = normalize_paragraph(title)
    kept = clean_paragraphs(paragraphs)
    if not kept:
        if any(p.strip() for p in paragraphs):
            raise InputError(label(origin), "no article text (only captions, bylines or other boilerplate)")
        raise InputError(label(origin), "no article text (no paragraphs after the title)")
    # The time as the source printed it; its UTC offset is kept when the source gives one
    # ('2024-07-31T15:10:00+08:00'), a time without one stays naive (its zone is unknown).
    if not language:
        language = detect_language(title + "\n" + "\n".join(kept))
    return Article(title=title, source=(source or "").strip() or None, published_at=published_at,
                   language=language, url=url, paragraphs=kept, origin=origin)
