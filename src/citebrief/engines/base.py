"""The one small interface every engine implements."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from citebrief.article import Article
from citebrief.brief import Brief


@runtime_checkable
class Engine(Protocol):
    """Turns an Article into a Brief. Engines do not verify: the pipeline does, for all of them."""

    name: str

    def brief(self, article: Article) -> Brief: ...
