"""LLMEngine: English (or zh/ja) briefs from any OpenAI-compatible endpoint, grounded in quotes
and verified; what fails is repaired once or dropped, never published as verified."""
from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing as mp
import os
import weakref
from collections.abc import Callable, Coroutine, Iterable
from pathlib import Path
from typing import Any, TypeVar

import httpx

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.config import BriefSettings, LLMSettings, choices_of, load_section
from citebrief.engines.base import BatchEngine, EngineSettings
from citebrief.engines.llm.abstractive import brief_abstractive
from citebrief.engines.llm.cache import LLMStore, cache_key
from citebrief.engines.llm.client import ChatClient, Exchange
from citebrief.engines.llm.dialects import AUTO
from citebrief.engines.llm.extract_translate import brief_extract_translate
from citebrief.engines.llm.pricing import price_for
from citebrief.engines.llm.prompts import PROMPT_VERSION
from citebrief.engines.llm.run import Run
from citebrief.engines.llm.settings import endpoint_of

STRATEGIES = choices_of("llm.strategy")
T = TypeVar("T")


class LLMEngine(BatchEngine):
    """Options left as None come from the environment or the config file, else the defaults:
    strategy "abstractive", lang "en", concurrency 4, response format "auto" (dialects.py), read
    timeout derived per request from its max_tokens and the endpoint's measured speed (budget.py;
    a `timeout` fixes it; connect 10 s), max_tokens sized per request (a `max_tokens` fixes it).

    Every claim of its briefs already carries the verifier's check (the engine drops what fails):
    ``verifies`` is True, so the pipeline does not check them a second time."""

    name = "llm"

    def __init__(self, *, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                 strategy: str | None = None, lang: str | None = None, concurrency: int | None = None,
                 timeout: float | None = None, connect_timeout: float = 10.0, max_retries: int = 3,
                 retry_backoff: float = 1.0, max_retry_wait: float = 60.0, cache: bool | str | Path = True,
                 max_input_tokens: int | None = None, price_in: float | None = None,
                 price_out: float | None = None, response_format: str | None = None,
                 max_tokens: int | None = None) -> None:
        # Everything a user can also set in the environment or the config file is a setting
        # (config.LLMSettings: one home for its type, default and check); the rest are options.
        settings, _ = load_section(LLMSettings, {
            "model": model, "base_url": base_url, "api_key": api_key, "strategy": strategy, "lang": lang,
            "concurrency": concurrency, "timeout": timeout, "max_input_tokens": max_input_tokens,
            "price_in": price_in, "price_out": price_out, "response_format": response_format})
        endpoint = endpoint_of(settings)
        self.model, self.base_url = endpoint.model, endpoint.base_url
        self.strategy, self.lang = settings.strategy, settings.lang
        # extract-translate translates the extractive engine's brief, whose length is brief.length.
        self.length = load_section(BriefSettings)[0].length if self.strategy == "extract-translate" else None
        self.response_format = settings.response_format
        self.concurrency = settings.concurrency
        self.max_input_tokens = settings.max_input_tokens
        self.client = ChatClient(self.base_url, self.model, endpoint.api_key, timeout=settings.timeout,
                                 connect_timeout=connect_timeout, max_retries=max_retries,
                                 backoff=retry_backoff, max_wait=max_retry_wait,
                                 response_format=self.response_format, max_tokens=max_tokens,
                                 latin_text=self.lang == "en")
        self.price = price_for(self.model, self.base_url, settings.price_in, settings.price_out)
        self.store: LLMStore | None = None
        self._pool: concurrent.futures.Executor | None = None
        if cache:
            self.store = LLMStore(None if cache is True else Path(cache))
            saved = self.store.load_endpoint(self.base_url, self.model)
            if saved:
                self.client.profile.merge_saved(saved)  # type: ignore[union-attr]

    def settings(self) -> EngineSettings:
        """What changes a brief: the model, strategy, language and prompt version, the length of
        extract-translate's extractive brief, and a response format chosen by hand (it may be chosen
        to get another brief)."""
        options = {} if self.response_format == AUTO else {"response_format": self.response_format}
        return EngineSettings(engine=self.name, model=self.model, strategy=self.strategy, language=self.lang,
                              length=self.length, prompt_version=PROMPT_VERSION, options=options)

    # -- sync API -------------------------------------------------------------------------------
    def brief(self, article: Article) -> Brief:
        return _run_sync(self.abrief(article))

    def brief_many(self, items: Iterable[Any], concurrency: int | None = None,
                   on_result: Callable[[int, Any, Brief | Exception], None] | None = None, *,
                   load: Callable[[Any], Article] | None = None,
                   collect: bool = True) -> list[Brief | Exception | None]:
        """Brief a batch on one event loop and one connection pool, at most `concurrency` requests
        in flight; a failed item is its exception. See abrief_many."""
        return _run_sync(self.abrief_many(items, concurrency, on_result, load=load, collect=collect))

    # -- async API ------------------------------------------------------------------------------
    async def abrief_many(self, items: Iterable[Any], concurrency: int | None = None,
                          on_result: Callable[[int, Any, Brief | Exception], None] | None = None, *,
                          load: Callable[[Any], Article] | None = None,
                          collect: bool = True) -> list[Brief | Exception | None]:
        """Brief many articles (or sources that `load` turns into articles, in a thread).

        `concurrency` bounds the requests in flight, which is what a provider's rate limit or a
        local server's slots care about. Articles in progress are twice that: while one article's
        answer is being checked (CPU), the next one's request is already on the wire.
        `on_result(index, item, result)` is called on the loop's thread as each item completes;
        with collect=False the returned list holds None (a large batch is not kept in memory)."""
        items = list(items)
        limit = max(concurrency or self.concurrency, 1)
        gate = asyncio.Semaphore(limit)
        pool = self._check_pool(limit, len(items))
        results: list[Brief | Exception | None] = [None] * len(items)
        todo = iter(range(len(items)))  # shared by the workers below: each takes the next item

        async def one(item: Any, http: httpx.AsyncClient) -> Brief | Exception:
            try:
                article = item if isinstance(item, Article) or load is None else await asyncio.to_thread(load, item)
                return await self.abrief(article, http=http, checks=pool, gate=gate)
            except Exception as exc:  # noqa: BLE001 - one item's failure is its result; the batch goes on
                return exc

        async def worker(http: httpx.AsyncClient) -> None:
            for i in todo:
                result = await one(items[i], http)
                if collect:
                    results[i] = result
                if on_result is not None:
                    on_result(i, items[i], result)

        async with self.client.http_client(limit) as http:
            await asyncio.gather(*(worker(http) for _ in range(min(len(items), 2 * limit))))
        return results

    def _check_pool(self, concurrency: int, count: int) -> concurrent.futures.Executor | None:
        """The engine's check processes, started by its first large batch and kept for the next."""
        if self._pool is None and concurrency >= 4 and count >= 8:
            self._pool = _check_processes()
            if self._pool is not None:
                weakref.finalize(self, self._pool.shutdown, wait=True, cancel_futures=True)
        return self._pool

    def close(self) -> None:
        """Stop the check processes (also done when the engine is garbage-collected or at exit)."""
        if self._pool is not None:
            # wait=True: the workers are idle between batches; a pool left half shut down at exit
            # makes Python's exit hook write to its closed pipe (a traceback on stderr).
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def abrief(self, article: Article, http: httpx.AsyncClient | None = None,
                     checks: concurrent.futures.Executor | None = None,
                     gate: asyncio.Semaphore | None = None) -> Brief:
        # A format the user chose is another brief than auto's (they may choose it to get one).
        key = cache_key(article.content_hash, self.model, self.strategy, PROMPT_VERSION, self.lang,
                        "" if self.response_format == AUTO else self.response_format,
                        "" if self.length in (None, BriefSettings.model_fields["length"].default) else str(self.length))
        if self.store is not None:
            cached = self.store.get(key)
            if cached is not None:
                return self._from_cache(cached, article)
        try:
            if http is None:
                async with self.client.http_client(self.concurrency) as own:
                    brief = await self._make(article, own, checks, gate)
            else:
                brief = await self._make(article, http, checks, gate)
        finally:
            self._save_profile()
        if self.store is not None:
            self.store.put(key, article_hash=article.content_hash, model=self.model, strategy=self.strategy,
                           prompt_version=PROMPT_VERSION, lang=self.lang, brief_json=brief.model_dump_json())
        return brief

    async def _make(self, article: Article, http: httpx.AsyncClient,
                    checks: concurrent.futures.Executor | None = None,
                    gate: asyncio.Semaphore | None = None) -> Brief:
        run = Run(article, self.lang, self.client, http, log=self._logger(article), checks=checks, gate=gate,
                  price=self.price)
        if self.strategy == "abstractive":
            core, sections = await brief_abstractive(run, self.max_input_tokens)
        else:
            core, sections = await brief_extract_translate(run)
        report = run.report()
        return Brief(article=article, core_viewpoint=core, sections=sections, engine=self.name, model=self.model,
                     strategy=self.strategy, language=self.lang, report=report)

    def _save_profile(self) -> None:
        """Keep what this endpoint rejected and how fast it answered for the next run."""
        profile = self.client.profile
        if self.store is not None and profile is not None and profile.changed:
            profile.changed = False
            try:
                self.store.save_endpoint(profile.base_url, profile.model, profile.to_json())
            except Exception:  # noqa: BLE001 - a read-only cache must not fail a brief
                profile.changed = True

    def _from_cache(self, cached: str, article: Article) -> Brief:
        brief = Brief.model_validate_json(cached)
        report = brief.report.model_copy(update={"notes": [*brief.report.notes,
                                                           "from the cache: no request sent, nothing paid"]})
        return brief.model_copy(update={"article": article, "report": report})

    def _logger(self, article: Article):
        store = self.store
        if store is None:
            return None

        def log(ex: Exchange) -> None:
            store.log(ex, url=self.client.url, model=self.model, strategy=self.strategy,
                      prompt_version=PROMPT_VERSION, article_hash=article.content_hash)

        return log


def _check_processes() -> concurrent.futures.Executor | None:
    """Worker processes for batches' checks (the verifier is CPU-bound; a thread would share the
    event loop's core under the GIL), one per spare core; None when there is no spare core.
    Forked, so the workers start with the checks' tables already loaded."""
    spare = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1) - 1
    if spare < 1 or "fork" not in mp.get_all_start_methods():
        return None
    _warm_checks()
    pool = concurrent.futures.ProcessPoolExecutor(spare, mp_context=mp.get_context("fork"))
    # Fork now, before the batch starts its loader threads: a fork taken while another thread
    # holds a lock (logging, imports) can leave the child waiting on it for ever.
    pool.submit(int).result()
    return pool


def _warm_checks() -> None:
    """Load the checks' lazy tables (verifier, gazetteer, segmenter) before forking, so that each
    worker does not load its own (a third of a second)."""
    from citebrief.engines.llm.run import judge
    from citebrief.engines.llm.schemas import Quote

    sample = Article(title="预热", language="zh-Hans",
                     paragraphs=["野村证券分析师称，日本央行2024年3月将利率上调0.1个百分点至1.5%，补贴三千亿日元。"])
    try:
        judge(sample, "en", "Nomura says the Bank of Japan raised rates by 0.1 points to 1.5% in March 2024 and pays 300 billion yen.",
              [1], [Quote(paragraph=1, quote="日本央行2024年3月将利率上调0.1个百分点")], {})
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass


def _run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from sync code, also when the caller already runs an event loop
    (then in a worker thread with its own loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()
