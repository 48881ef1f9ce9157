"""The contract every engine keeps: what the pipeline, the CLI and the runner may ask of it.

An engine turns an Article into a Brief (``brief``, or ``abrief`` on an event loop), says whether its
briefs come already checked by the verifier (``verifies``; otherwise the pipeline checks them), says
which of its settings change a brief (``settings()``: the runner's key for "already briefed with
these settings"), and releases what it holds (``close``; an engine is also a context manager).
An engine that runs a whole batch better than a pool of threads calling ``brief`` is a BatchEngine.

Third-party engines subclass Engine and register under the ``citebrief.engines`` entry point group.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from citebrief.article import Article
from citebrief.brief import Brief


class EngineSettings(BaseModel):
    """The settings that change a brief: the same text briefed by an engine with equal settings is the
    same brief, so it is not briefed again; a change to any of them makes it due again."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    engine: str
    model: str | None = None
    strategy: str | None = None
    language: str | None = None  # the brief's language when the engine sets it (llm.lang)
    length: str | None = None
    prompt_version: str | None = None
    # Anything else of one engine that changes its briefs (e.g. a response format chosen by hand).
    options: dict[str, Any] = {}

    def key(self) -> str:
        """A stable key for these settings (what the store files a brief under)."""
        payload = json.dumps(self.model_dump(exclude_defaults=True), sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


class Engine(ABC):
    """Turns an Article into a Brief; see the module docs."""

    name: ClassVar[str]
    # True when every claim of the engine's briefs already carries the verifier's check (the LLM
    # engine drops what fails), so the pipeline does not check them a second time.
    verifies: ClassVar[bool] = False
    # Articles (or requests) a batch of this engine runs at once unless told otherwise.
    concurrency: int = 1

    @abstractmethod
    def brief(self, article: Article) -> Brief:
        """The brief of one article (unchecked unless ``verifies``)."""

    async def abrief(self, article: Article) -> Brief:
        """``brief`` for async callers; the default runs it in a worker thread."""
        return await asyncio.to_thread(self.brief, article)

    @abstractmethod
    def settings(self) -> EngineSettings:
        """The settings that change this engine's briefs, as resolved (options, environment, config)."""

    def close(self) -> None:  # noqa: B027 - optional: engines that hold nothing keep this no-op
        """Release what the engine holds (processes, connections). Idempotent."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BatchEngine(Engine):
    """An engine that briefs a whole batch itself (the LLM engine: one event loop, one connection pool,
    ``concurrency`` requests in flight). Its briefs must come verified (``verifies``)."""

    verifies: ClassVar[bool] = True

    @abstractmethod
    def brief_many(self, items: Iterable[Any], concurrency: int | None = None,
                   on_result: Callable[[int, Any, Brief | Exception], None] | None = None, *,
                   load: Callable[[Any], Article] | None = None,
                   collect: bool = True) -> list[Brief | Exception | None]:
        """Brief items (articles, or sources that ``load`` turns into articles); a failed item is its
        exception. ``on_result(index, item, result)`` as each completes; with collect=False the list
        holds None."""
