"""The brief page's parts that never change for a brief, rendered once per brief id and store.

A stored brief is never changed or deleted (citebrief.store), so its title, dateline, byline and
the brief beside its paragraphs are the same on every visit; only its story (regrouped) and its
article's other versions (a newer one stored) can change, and those are read on every request
(timeline.brief_surroundings). Parsing the brief JSON, building the view and rendering its
claims and paragraphs was nine tenths of a brief page's CPU.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    from citebrief.store import Store


@dataclass(frozen=True)
class BriefPage:
    row: dict[str, Any]  # id and article_id
    title: str
    head: Markup  # the title and dateline
    byline: Markup  # "Brief 12 by the extractive engine · 5 claims: ..."
    main: Markup  # the brief beside its numbered paragraphs


def _make(store: Store, brief_id: int) -> BriefPage:
    from citebrief.brief import claims_line
    from citebrief.web.app import templates
    from citebrief.web.briefview import brief_view

    row, brief = store.get_brief(brief_id)  # InputError (404) if there is no such brief
    env = templates().env
    model = Markup(" ({})").format(brief.model) if brief.model else ""
    return BriefPage(
        row={"id": row["id"], "article_id": row["article_id"]},
        title=brief.article.title,
        head=Markup(env.get_template("_brief_head.html.j2").render(brief=brief)),
        byline=Markup("Brief {} by the {} engine{} · {}").format(row["id"], brief.engine, model,
                                                                 claims_line(brief.summary)),
        main=Markup(env.get_template("_brief_main.html.j2").render(brief=brief, row=row, view=brief_view(brief))),
    )


class BriefPages:
    """Rendered BriefPages of one store, least recently used dropped beyond ``size``."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._pages: OrderedDict[int, BriefPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, brief_id: int) -> BriefPage:
        with self._lock:
            page = self._pages.get(brief_id)
            if page is not None:
                self._pages.move_to_end(brief_id)
                return page
        page = _make(store, brief_id)
        with self._lock:
            self._pages[brief_id] = page
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return page


_PAGES: weakref.WeakKeyDictionary[Store, BriefPages] = weakref.WeakKeyDictionary()
_PAGES_LOCK = threading.Lock()


def brief_page(store: Store, brief_id: int) -> BriefPage:
    """The unchanging parts of brief ``brief_id``'s page (InputError if the store has no such brief)."""
    with _PAGES_LOCK:
        pages = _PAGES.get(store) or _PAGES.setdefault(store, BriefPages())
    return pages.get(store, brief_id)
