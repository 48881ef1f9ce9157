"""The citebrief CLI with the stages of an article slowed down, so that a test can kill it in the
middle of one (tests/test_crash.py, the worker takeover in tests/test_scale.py):

    python tests/support/slowed.py SECONDS run --once --db ...
    python tests/support/slowed.py SECONDS worker --db ...

The process sleeps SECONDS after fetching an article, after briefing it, before saving it and
before regrouping stories, where a slow site, model or disk would hold it. Only this harness
changes: the library code it runs is the code users run. Run by path, it needs nothing from
tests/ on sys.path (only citebrief, as the CLI subprocesses of the tests find it)."""
from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from typing import Any


def _sleep_after(fn: Callable[..., Any], seconds: float) -> Callable[..., Any]:
    @functools.wraps(fn)
    def slowed(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        time.sleep(seconds)
        return result
    return slowed


def _sleep_before(fn: Callable[..., Any], seconds: float) -> Callable[..., Any]:
    @functools.wraps(fn)
    def slowed(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return fn(*args, **kwargs)
    return slowed


def slow_down(seconds: float) -> None:
    """Wrap the functions the feed runner and the queue worker call for each stage (they look them
    up when called, so the wrappers are what they run)."""
    import citebrief.pipeline
    import citebrief.runner
    import citebrief.stories
    from citebrief.store import Store

    citebrief.runner.fetch_article = _sleep_after(citebrief.runner.fetch_article, seconds)
    citebrief.pipeline.make_brief = _sleep_after(citebrief.pipeline.make_brief, seconds)
    Store.save = _sleep_before(Store.save, seconds)  # type: ignore[method-assign]
    citebrief.stories.rebuild_stories = _sleep_before(citebrief.stories.rebuild_stories, seconds)


def main() -> None:
    seconds = float(sys.argv[1])
    slow_down(seconds)
    from citebrief.cli import main as citebrief_main

    sys.argv = ["citebrief", *sys.argv[2:]]
    citebrief_main()


if __name__ == "__main__":
    main()
