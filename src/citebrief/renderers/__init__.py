"""Renderers: 'md' (house format), 'json', 'html' (one self-contained page)."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from citebrief.errors import ConfigError

if TYPE_CHECKING:  # the CLI imports FORMATS and EXTENSIONS at start-up: keep pydantic out of it
    from citebrief.brief import Brief

FORMATS = {"md": "citebrief.renderers.markdown", "json": "citebrief.renderers.json",
           "html": "citebrief.renderers.html"}
EXTENSIONS = {"md": ".md", "json": ".json", "html": ".html"}


def render(brief: Brief, fmt: str = "md") -> str:
    module = FORMATS.get(fmt)
    if module is None:
        raise ConfigError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return import_module(module).render(brief)
