"""The one small interface every engine implements."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from citebrief.article import Article
from citebrief.brief import Brief


@runtime_checkable
class Engine(Protocol):
    """Turns an Article into a Brief. Engines do not verify: the pipeline does, for all of them.

    Two optional extras the pipeline looks for: ``verified = True`` (every claim of the engine's
    briefs already carries the verifier's check, as the LLM engine's do, so the pipeline does not
    check again) and, on such an engine, ``brief_many(items, concurrency, on_result, load=,
    collect=)`` to run a whole batch itself (see LLMEngine.brief_many)."""

    name: str

    def brief(self, article: Article) -> Brief: ...
