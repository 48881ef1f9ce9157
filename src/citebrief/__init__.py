"""citebrief: cited, verified briefs of financial news.

    >>> from citebrief import load_article, make_brief, render
    >>> article = load_article("examples/articles/japan-chips.zh-Hans.txt")
    >>> print(render(make_brief(article), "md"))
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Lazy attributes keep `import citebrief` (and so `citebrief --help`) fast.
_LAZY = {
    "Article": "citebrief.article",
    "Brief": "citebrief.brief",
    "load_article": "citebrief.pipeline",
    "make_brief": "citebrief.pipeline",
    "render": "citebrief.pipeline",
    "verify_brief": "citebrief.verify",
    "get_engine": "citebrief.engines",
    "CitebriefError": "citebrief.errors",
    "InputError": "citebrief.errors",
}

__all__ = ["Article", "Brief", "CitebriefError", "InputError", "get_engine", "load_article", "make_brief", "render",
           "verify_brief"]

if TYPE_CHECKING:  # pragma: no cover
    from citebrief.article import Article
    from citebrief.brief import Brief
    from citebrief.engines import get_engine
    from citebrief.errors import CitebriefError, InputError
    from citebrief.pipeline import load_article, make_brief, render
    from citebrief.verify import verify_brief


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = list(_LAZY) + ["__version__"]
