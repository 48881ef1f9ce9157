"""Article JSON: ``{"title", "source", "published_at", "language", "url", "paragraphs": [...]}``.

``title`` and ``paragraphs`` are required; the others may be missing or null. A given ``language``
wins over detection. A brief JSON (``{"article": {...}, ...}``) is accepted too: its article is read.
Paragraphs go through the same boilerplate filter as every other input, so numbering agrees.
"""
from __future__ import annotations

import json
from typing import Any

from citebrief.article import Article
from citebrief.errors import InputError
from citebrief.loaders.assemble import build_article, label
from citebrief.loaders.meta import parse_datetime

_OPTIONAL_STRINGS = ("source", "published_at", "language", "url")


def parse_json(text: str, *, origin: str, url: str | None = None) -> Article:
    where = label(origin)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(data, dict) and "paragraphs" not in data and isinstance(data.get("article"), dict):
        data = data["article"]
    if not isinstance(data, dict):
        raise InputError(where, f"JSON article must be an object, not {_kind(data)}")
    missing = [key for key in ("title", "paragraphs") if key not in data]
    if missing:
        raise InputError(where, "JSON article is missing field " + " and ".join(repr(k) for k in missing))
    title = data["title"]
    if not isinstance(title, str) or not title.strip():
        raise InputError(where, f"JSON field 'title' must be a non-empty string, not {_kind(title)}")
    paragraphs = data["paragraphs"]
    if not isinstance(paragraphs, list) or not paragraphs:
        raise InputError(where, f"JSON field 'paragraphs' must be a non-empty list of strings, not {_kind(paragraphs)}")
    for n, p in enumerate(paragraphs, start=1):
        if not isinstance(p, str):
            raise InputError(where, f"JSON field 'paragraphs' item {n} must be a string, not {_kind(p)}")
    for key in _OPTIONAL_STRINGS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(where, f"JSON field {key!r} must be a string or null, not {_kind(data[key])}")
    published_at = None
    if data.get("published_at"):
        published_at = parse_datetime(data["published_at"])
        if published_at is None:
            raise InputError(where, f"JSON field 'published_at' is not a date: {data['published_at']!r}")
    return build_article(origin=origin, title=title, paragraphs=paragraphs, source=data.get("source"),
                         published_at=published_at, language=data.get("language") or None,
                         url=data.get("url") or url)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list" if value else "an empty list",
            dict: "an object"}.get(type(value), type(value).__name__)
