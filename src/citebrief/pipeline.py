"""The library API the CLI wraps: load, brief (and verify), render."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.engines import BatchEngine, Engine, get_engine
from citebrief.errors import ConfigError


def load_article(source: str | Path, **options: Any) -> Article:
    """Load an article from a path, a URL, '-' (stdin) or raw text/HTML/JSON bytes.

    See :func:`citebrief.loaders.load_article` for the options.
    """
    from citebrief.loaders import load_article as _load

    return _load(source, **options)


def make_brief(article: Article, engine: str | Engine = "extractive", *, verify: bool = True,
               key_figures: bool = True, **engine_options: Any) -> Brief:
    """Brief an article with an engine (by name or instance); every brief is verified. The brief
    carries the article's English key figures (citebrief.keyfigures, the same for every engine;
    each row checked by the verifier) unless ``key_figures=False``. An article longer than
    ``citebrief.article.BRIEF_CHAR_LIMIT`` characters is briefed from its head, with a note in
    ``brief.report.notes``."""
    eng = _engine(engine, engine_options)
    # Every engine, the verifier and the key figures read at most the article's head (Article.head).
    article, cut = article.head()
    brief = eng.brief(article)
    if cut and cut not in brief.report.notes:
        brief.report.notes.append(cut)
    if verify and not eng.verifies:
        from citebrief.verify import verify_brief

        brief = verify_brief(brief)
    return _with_key_figures(brief) if key_figures else brief


def _engine(engine: str | Engine, options: dict[str, Any]) -> Engine:
    if isinstance(engine, str):
        return get_engine(engine, **options)
    if not isinstance(engine, Engine):
        raise ConfigError(f"{engine!r} is not an engine: subclass citebrief.engines.Engine (engines/base.py)")
    if options:
        raise ConfigError(f"engine options {', '.join(options)} need an engine name, not an engine instance")
    return engine


def _with_key_figures(brief: Brief) -> Brief:
    from citebrief.keyfigures import with_key_figures

    return with_key_figures(brief)


def render(brief: Brief, fmt: str = "md") -> str:
    """Render a brief as 'md' (house format), 'json' or 'html' (one self-contained page)."""
    from citebrief.renderers import render as _render

    return _render(brief, fmt)


def make_briefs(
    articles: Iterable[Article | str | Path],
    engine: str | Engine = "extractive",
    concurrency: int = 1,
    on_result: Callable[[int, Article | str | Path, Brief | Exception], None] | None = None,
    *,
    verify: bool = True,
    load_options: dict[str, Any] | None = None,
    collect: bool = True,
    **engine_options: Any,
) -> list[Brief | Exception | None]:
    """Brief many articles (or sources to load: paths, URLs) with a pool of ``concurrency`` threads.

    One failure never stops the others: the result list, in input order, holds a Brief or the
    exception that input raised. ``on_result(index, item, result)`` is called in the calling
    thread as each one completes (so a progress bar can be updated from it). With
    ``collect=False`` results are only handed to ``on_result`` (the list holds None), so a large
    batch does not keep every brief in memory.
    """
    from concurrent.futures import ThreadPoolExecutor, as_completed

    items = list(articles)
    eng = _engine(engine, engine_options)
    options = load_options or {}
    if isinstance(eng, BatchEngine):
        # An engine with its own batch API (the LLM engine: one event loop, one connection pool,
        # `concurrency` requests in flight) does the whole batch; its briefs come verified. Key
        # figures are added as each brief arrives, before the caller sees it.
        def with_figures(i: int, item: Any, result: Brief | Exception) -> None:
            if isinstance(result, Brief):
                result = _with_key_figures(result)
                if collect:
                    done[i] = result
            if on_result is not None:
                on_result(i, item, result)

        done: dict[int, Brief] = {}
        outcomes = eng.brief_many(items, concurrency, with_figures, load=lambda item: load_article(item, **options),
                                  collect=collect)
        return [done.get(i, r) for i, r in enumerate(outcomes)] if collect else outcomes

    def one(item: Article | str | Path) -> Brief:
        article = item if isinstance(item, Article) else load_article(item, **options)
        return make_brief(article, eng, verify=verify)

    results: list[Brief | Exception | None] = [None] * len(items)
    pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="citebrief-brief")
    try:
        futures = {pool.submit(one, item): i for i, item in enumerate(items)}
        for future in as_completed(futures):
            i = futures.pop(future)
            try:
                result: Brief | Exception = future.result()
            except Exception as exc:  # reported per input by the caller; the batch goes on
                result = exc
            if collect:
                results[i] = result
            if on_result is not None:
                on_result(i, items[i], result)
    except BaseException:
        # Ctrl-C or a failing callback: do not start the articles still waiting.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return results
