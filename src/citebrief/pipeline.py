"""The library API the CLI wraps: load, brief (and verify), render."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.engines import Engine, get_engine


def load_article(source: str | Path, **options: Any) -> Article:
    """Load an article from a path, a URL, '-' (stdin) or raw text/HTML/JSON bytes.

    See :func:`citebrief.loaders.load_article` for the options.
    """
    from citebrief.loaders import load_article as _load

    return _load(source, **options)


def make_brief(article: Article, engine: str | Engine = "extractive", *, verify: bool = True,
               **engine_options: Any) -> Brief:
    """Brief an article with an engine (by name or instance); every brief is verified."""
    eng = get_engine(engine, **engine_options) if isinstance(engine, str) else engine
    brief = eng.brief(article)
    if verify:
        from citebrief.verify import verify_brief

        brief = verify_brief(brief)
    return brief


def render(brief: Brief, fmt: str = "md") -> str:
    """Render a brief as 'md' (house format), 'json' or 'html' (one self-contained page)."""
    from citebrief.render import render as _render

    return _render(brief, fmt)
