"""Timeline rows, each rendered once: as HTML (the timeline, a watchlist's page, the live fragment)
and as JSON (the API's lists).

A row's rendering depends only on the row briefs_page returns (citebrief.store.timeline). So it is
kept, per store, under the row's values: every column but the key figures, which belong to the
brief id (a stored brief never changes; timeline._PartsCache relies on the same). A story
regrouped, or anything else about a row changed, is a new key, never a stale row. Rendering 25 rows
through Jinja2's macros was more than half of a timeline page's CPU, and their JSON most of
/api/briefs's.
"""
from __future__ import annotations

import json
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    from citebrief.store import Store

Row = dict[str, Any]


class RowCache:
    """Renderings by row values, least recently used dropped beyond ``size``."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._made: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def each(self, rows: list[Row], make: Callable[[Row], Any]) -> list[Any]:
        if not rows:
            return []
        # The rows of one list come from one select: the same columns, in the same order.
        values = itemgetter(*(k for k in rows[0] if k != "key_figures"))
        out = []
        for row in rows:
            key = (len(row), values(row))
            with self._lock:
                made = self._made.get(key)
                if made is not None:
                    self._made.move_to_end(key)
            if made is None:
                made = make(row)
                with self._lock:
                    self._made[key] = made
                    while len(self._made) > self.size:
                        self._made.popitem(last=False)
            out.append(made)
        return out


_CACHES: weakref.WeakKeyDictionary[Store, dict[str, RowCache]] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def _cache(store: Store, kind: str) -> RowCache:
    with _CACHES_LOCK:
        caches = _CACHES.get(store) or _CACHES.setdefault(store, {})
        return caches.get(kind) or caches.setdefault(kind, RowCache())


def _html(row: Row) -> str:
    from citebrief.web.app import templates

    return templates().env.get_template("_row.html.j2").render(r=row)


def _json(row: Row) -> str:
    from citebrief.web.watch import brief_summary

    return json.dumps(brief_summary(row), ensure_ascii=False, separators=(",", ":"))


def rows_html(store: Store, rows: list[Row]) -> Markup:
    """``rows`` (from timeline.briefs_page on ``store``) as the timeline's ``<li>`` elements."""
    return Markup("\n".join(_cache(store, "html").each(rows, _html)))


def rows_json(store: Store, rows: list[Row]) -> list[str]:
    """Each of ``rows`` as the JSON text of its API summary (watch.brief_summary)."""
    return _cache(store, "json").each(rows, _json)
