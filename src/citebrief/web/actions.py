"""What the pages and the API both do, over the library: read filters, brief an input, verify a
brief, gather a story. No HTTP here, so both front ends stay thin."""
from __future__ import annotations

from datetime import date
from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.errors import InputError
from citebrief.store import Store
from citebrief.store.timeline import BriefFilter, get_story

ENGINES = ("extractive", "llm")
LENGTHS = ("short", "standard", "full")


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"{value!r} is not a date (YYYY-MM-DD)") from None


def parse_filter(params: dict[str, Any]) -> BriefFilter:
    """A BriefFilter from query parameters (strings); empty values are ignored."""
    def text(name: str) -> str | None:
        value = params.get(name)
        return str(value).strip() or None if value is not None else None

    story = text("story")
    if story is not None and not story.isdigit():
        raise InputError("story", f"{story!r} is not a story id")
    return BriefFilter(
        q=text("q"), entity=text("entity"), source=text("source"), language=text("language"),
        since=_date("since", text("since")), until=_date("until", text("until")),
        story=int(story) if story else None,
        unsupported=str(params.get("unsupported") or "").lower() in ("1", "true", "on", "yes"),
        engine=text("engine"),
    )


def parse_cursor(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    if not str(value).isdigit():
        raise InputError("cursor", f"{value!r} is not a cursor (use next_cursor from the previous page)")
    return int(value)


def load_input(*, text: str | None = None, url: str | None = None, article: dict[str, Any] | None = None,
               fetch_timeout: float = 15.0, max_bytes: int = 5_000_000, allow_private: bool | None = None) -> Article:
    """An Article from pasted text (house layout, HTML, Markdown or JSON), a URL, or article JSON.
    A URL on a private, loopback or link-local address is refused unless ``allow_private`` (None:
    the config's fetch.allow_private; see loaders.netguard)."""
    from citebrief.loaders import from_bytes, load_article
    from citebrief.loaders.http import is_url

    given = [x for x in (text, url, article) if x]
    if len(given) != 1:
        raise InputError("request", "give exactly one of: text, url, article")
    if url:
        if not is_url(url):
            raise InputError(url, "not an http(s) URL")
        # The loader's fetch applies its limits and its address checks (netguard).
        return load_article(url, timeout=fetch_timeout, max_bytes=max_bytes, allow_private=allow_private)
    if article:
        try:
            return Article.model_validate(article)
        except ValueError as exc:
            raise InputError("article", " ".join(str(exc).split())[:300]) from None
    assert text is not None  # exactly one of the three was given
    return from_bytes(text.encode("utf-8"), origin="<text>")


def brief_input(store: Store, article: Article, *, engine: str = "extractive", length: str | None = None,
                save: bool = False) -> tuple[Brief, int | None]:
    """Brief (and verify) an article; store it on request. Returns the brief and its stored id."""
    from citebrief.pipeline import make_brief
    from citebrief.runner import engine_settings

    if engine not in ENGINES:
        raise InputError("engine", f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    options: dict[str, Any] = {}
    if length:
        if length not in LENGTHS:
            raise InputError("length", f"unknown length {length!r}; choose one of: {', '.join(LENGTHS)}")
        if engine != "extractive":
            raise InputError("length", "only for the extractive engine")
        options["length"] = length
    brief = make_brief(article, engine, **options)
    brief_id = None
    if save:
        key, prompt_version = engine_settings(engine, options)
        url = article.url or f"text:{article.content_hash[:16]}"
        brief_id = store.save(article, brief, settings_key=key, prompt_version=prompt_version, url=url).brief_id
    return brief, brief_id


def verify_input(brief: str | dict[str, Any], article: Article | None) -> dict[str, Any]:
    """The per-claim report of `citebrief verify --format json` for a brief (house text or JSON)."""
    import json

    from citebrief.verify import parse_brief
    from citebrief.verify.report import claims_report

    text = brief if isinstance(brief, str) else json.dumps(brief, ensure_ascii=False)
    return claims_report(parse_brief(text, article, source="brief"))


def story_detail(store: Store, story_id: int) -> dict[str, Any]:
    """The story's articles with their newest briefs, and its figures that agree and differ."""
    from citebrief.web.storyview import compare_figures

    story = get_story(store, story_id)
    if story is None:
        raise InputError(f"story {story_id}", "no such story")
    pairs = []
    for article in story["articles"]:
        if article["brief_id"] is not None:
            _, brief = store.get_brief(article["brief_id"])
            article["brief"] = brief
            pairs.append((article, brief))
    story["figures"] = compare_figures(pairs)
    return story


def load_into_store(store: Store, sources: list[str], *, engine: str = "extractive") -> tuple[int, list[str]]:
    """Brief, verify and store articles (paths, folders, URLs), then regroup stories: the
    `serve --load` start-up. Idempotent (URL + content hash + engine settings). Returns (stored,
    failures as one line each)."""
    from pathlib import Path

    from citebrief.loaders import expand_inputs
    from citebrief.pipeline import make_briefs
    from citebrief.runner import engine_settings
    from citebrief.stories import rebuild_stories

    items = expand_inputs(sources)
    failures: list[str] = []
    key, prompt_version = engine_settings(engine, {})
    stored = 0

    def on_result(_i: int, item: Any, result: Any) -> None:
        nonlocal stored
        if isinstance(result, Exception):
            failures.append(str(result))
            return
        url = result.article.url or Path(str(item)).resolve().as_uri()
        store.save(result.article, result, settings_key=key, prompt_version=prompt_version, url=url)
        stored += 1

    make_briefs(items, engine, 2, on_result, collect=False)
    if stored:
        rebuild_stories(store)
    return stored, failures
