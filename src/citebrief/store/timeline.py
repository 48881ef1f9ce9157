"""Reading briefs for a reader: filtered, searched, keyset-paginated timelines; one article's
versions; one story's articles with their briefs.

    page = briefs_page(store, BriefFilter(ticker="2330.TW"), limit=25)
    next_page = briefs_page(store, filt, before=page[-1]["id"])

Search terms that the gazetteer knows (an English name, a Chinese form in either script, a
ticker) match any of that entity's names, so 台积电 finds 台積電 and TSMC's briefs; other terms
match as written (script-folded, see citebrief.store.searchtext). Pagination is by brief id
(newest first): a cursor is the last id seen, so pages stay stable while new briefs arrive.
"""
from __future__ import annotations

import json
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, and_, bindparam, cast, func, literal, literal_column, or_, select, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.elements import BindParameter

from citebrief.store import schema as s
from citebrief.store.changes import cached_read
from citebrief.store.searchtext import fts5_any_of, like_any_of

if TYPE_CHECKING:
    from citebrief.store.store import Store

MAX_LIMIT = 200


@dataclass(frozen=True)
class BriefFilter:
    """What a timeline shows. Every given field must hold; ``any_terms`` (a watchlist) needs one."""

    q: str | None = None  # search: every whitespace-separated term must match
    entity: str | None = None  # an entity or ticker (gazetteer), else matched as a keyword
    source: str | None = None
    language: str | None = None  # 'zh' matches zh-Hans and zh-Hant
    since: date | None = None  # published (or fetched) on or after
    until: date | None = None  # ... on or before
    story: int | None = None
    unsupported: bool = False  # only briefs with an unsupported claim
    engine: str | None = None
    any_terms: tuple[str, ...] = field(default_factory=tuple)  # each term a phrase ('Bank of Japan')


def term_alternatives(term: str) -> list[str]:
    """The term and, if the gazetteer knows it, every name of that entity (English, source forms, ticker)."""
    from citebrief.facts.gazetteer import lookup

    names = [term]
    for ent in lookup(term):
        names += ent.english + ent.zh + ([ent.ticker] if ent.ticker else [])
    return list(dict.fromkeys(n for n in names if n.strip()))


def _search_groups(filt: BriefFilter) -> list[list[str]]:
    groups = [term_alternatives(t) for t in (filt.q or "").split()]
    if filt.entity and filt.entity.strip():
        groups.append(term_alternatives(filt.entity.strip()))
    return groups


def matching_articles(store: Store, groups: list[list[str]]):  # noqa: ANN201 - a SQLAlchemy select
    """A select of article ids whose title, paragraphs or briefs match every group (any alternative);
    None when no group has anything searchable."""
    if store.dialect == "sqlite":
        expr = fts5_any_of(groups)
        if expr is None:
            return None
        return select(s.search_docs.c.article_id).where(s.search_docs.c.id.in_(
            select(literal_column("rowid")).select_from(text("search_fts")).where(
                # unique: a watchlist ORs several of these in one statement
                text("search_fts MATCH :q").bindparams(bindparam("q", value=expr, unique=True)))))
    patterns = like_any_of(groups)
    if not patterns:
        return None
    # Each group may be matched by a different document of the article (its title, its brief):
    # one sub-select per group keeps 'every group' per article, not per document.
    conditions = []
    for options in patterns:
        docs = s.search_docs.alias()
        padded = literal(" ") + docs.c.text + literal(" ")
        any_option = or_(*[padded.like(p, escape="\\") for p in options])
        conditions.append(s.articles.c.id.in_(select(docs.c.article_id).where(any_option)))
    return select(s.articles.c.id).where(and_(*conditions))


def _brief_parts(dialect: str):  # noqa: ANN202
    """The key figures (JSON text) and Core Viewpoint of the brief JSON, extracted by the database:
    parsing whole briefs in Python was half the time of a page."""
    if dialect == "sqlite":
        return (func.json_extract(s.briefs.c.brief_json, "$.key_figures").label("key_figures_json"),
                func.json_extract(s.briefs.c.brief_json, "$.core_viewpoint.text").label("core_viewpoint"))
    doc = cast(s.briefs.c.brief_json, JSONB)
    return (doc.op("->>")("key_figures").label("key_figures_json"),
            doc.op("->")("core_viewpoint").op("->>")("text").label("core_viewpoint"))


@lru_cache(maxsize=4)
def _listing(dialect: str):  # noqa: ANN202
    """The timeline's select (built once: building it was a tenth of a page) and its 'seen' date."""
    seen = func.coalesce(s.articles.c.published_at, s.articles.c.fetched_at)
    return (
        select(
            s.briefs.c.id, s.briefs.c.article_id, s.briefs.c.engine, s.briefs.c.model, s.briefs.c.created_at,
            s.briefs.c.supported, s.briefs.c.unsupported, s.briefs.c.unverifiable, s.briefs.c.unchecked,
            s.articles.c.title, s.articles.c.source, s.articles.c.url,
            s.articles.c.version, s.articles.c.published_at, s.articles.c.fetched_at, s.articles.c.language,
            s.stories.c.id.label("story_id"), s.stories.c.size.label("story_size"),
        )
        .join(s.articles, s.articles.c.id == s.briefs.c.article_id)
        .outerjoin(s.story_articles, s.story_articles.c.article_id == s.articles.c.id)
        .outerjoin(s.stories, s.stories.c.id == s.story_articles.c.story_id)
    ), seen


Parts = tuple[list[dict[str, Any]], "str | None"]  # a row's key figures and Core Viewpoint


class _PartsCache:
    """Each brief's key figures and Core Viewpoint as a timeline row shows them, by brief id, for
    one store. The store inserts briefs and never changes or deletes them, so an entry never goes
    stale; reading them out of the brief JSON on every request was most of a timeline's time."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._parts: OrderedDict[int, Parts] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, ids: list[int]) -> dict[int, Parts]:
        with self._lock:
            found = {i: self._parts[i] for i in ids if i in self._parts}
            for i in found:
                self._parts.move_to_end(i)
        return found

    def put(self, parts: dict[int, Parts]) -> None:
        with self._lock:
            self._parts.update(parts)
            while len(self._parts) > self.size:
                self._parts.popitem(last=False)


_PARTS: weakref.WeakKeyDictionary[Store, _PartsCache] = weakref.WeakKeyDictionary()
_PARTS_LOCK = threading.Lock()


def _parts_of(store: Store, conn: Any, ids: list[int]) -> dict[int, Parts]:
    with _PARTS_LOCK:
        cache = _PARTS.get(store) or _PARTS.setdefault(store, _PartsCache())
    found = cache.get_many(ids)
    missing = [i for i in ids if i not in found]
    if missing:
        query = select(s.briefs.c.id, *_brief_parts(store.dialect)).where(s.briefs.c.id.in_(missing))
        read = {r.id: (_key_figures(r.key_figures_json), r.core_viewpoint) for r in conn.execute(query)}
        cache.put(read)
        found.update(read)
    return found


def _key_figures(text_: str | None) -> list[dict[str, Any]]:
    return [
        {"subject": k["subject"], "metric": k["metric"], "value": k["value"], "change": k.get("change"),
         "period": k.get("period"), "status": k.get("check", {}).get("status")}
        for k in json.loads(text_ or "[]")
    ]


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def briefs_page(store: Store, filt: BriefFilter | None = None, *, before: int | None = None,
                after: int | None = None, limit: int = 25) -> list[dict[str, Any]]:
    """Briefs matching ``filt``, newest first: those with id < ``before`` (the next page), or
    id > ``after`` (what arrived since). Each row carries its key-figures line and story size."""
    filt = filt or BriefFilter()
    # Kept until the next commit (store.changes): reading it was most of what was left of a timeline page.
    rows = cached_read(store, ("briefs_page", filt, before, after, limit),
                       lambda: _read_page(store, filt, before=before, after=after, limit=limit))
    return [dict(r) for r in rows]  # copies: a caller may change its rows


def _read_page(store: Store, filt: BriefFilter, *, before: int | None, after: int | None,
               limit: int) -> list[dict[str, Any]]:
    query, seen = _listing(store.dialect)
    conds = []
    if filt.source:
        conds.append(s.articles.c.source == filt.source)
    if filt.language:
        lang = filt.language
        conds.append(or_(s.articles.c.language == lang, s.articles.c.language.like(lang + "-%")))
    if filt.since:
        conds.append(seen >= _day_start(filt.since))
    if filt.until:
        conds.append(seen < _day_start(filt.until + timedelta(days=1)))
    if filt.story is not None:
        conds.append(s.story_articles.c.story_id == filt.story)
    if filt.unsupported:
        conds.append(s.briefs.c.unsupported > 0)
    if filt.engine:
        conds.append(s.briefs.c.engine == filt.engine)
    groups = _search_groups(filt)
    if groups:
        hits = matching_articles(store, groups)
        if hits is None:
            return []
        conds.append(s.articles.c.id.in_(hits))
    if filt.any_terms:
        options = [matching_articles(store, [term_alternatives(t)]) for t in filt.any_terms]
        options = [o for o in options if o is not None]
        if not options:
            return []
        conds.append(or_(*[s.articles.c.id.in_(o) for o in options]))
    if before is not None:
        conds.append(s.briefs.c.id < before)
    if after is not None:
        conds.append(s.briefs.c.id > after)
    limit = max(1, min(int(limit), MAX_LIMIT))
    order = s.briefs.c.id.asc() if after is not None and before is None else s.briefs.c.id.desc()
    query = query.where(*conds).order_by(order).limit(limit)
    with store.engine.connect() as conn:
        result = conn.execute(query)
        keys = list(result.keys())
        # fetched at once and zipped: a mapping per row, fetched one at a time, took three times as long
        rows = [dict(zip(keys, r)) for r in result.all()]
        parts = _parts_of(store, conn, [r["id"] for r in rows])
    if after is not None and before is None:
        rows.reverse()
    for row in rows:
        row["key_figures"], row["core_viewpoint"] = parts[row["id"]]
        _utc(row)
    return rows


def _utc(row: dict[str, Any]) -> None:
    for key in ("created_at", "published_at", "fetched_at"):
        if row.get(key) is not None and row[key].tzinfo is None:
            row[key] = row[key].replace(tzinfo=UTC)


def article_versions(store: Store, article_id: int) -> list[dict[str, Any]]:
    """Every stored version of the article's URL, with the newest brief of each (oldest version first)."""
    with store.engine.connect() as conn:
        return _versions(conn, article_id)


@lru_cache(maxsize=1)
def _article_queries():  # noqa: ANN202
    """The selects of an article's versions and of its story, by :article_id (built once: building
    them was a tenth of a brief page)."""
    article_id: BindParameter[int] = bindparam("article_id", type_=Integer())
    url = select(s.articles.c.url).where(s.articles.c.id == article_id).scalar_subquery()
    newest_brief = select(func.max(s.briefs.c.id)).where(s.briefs.c.article_id == s.articles.c.id).scalar_subquery()
    versions = (select(s.articles.c.id, s.articles.c.version, s.articles.c.fetched_at, s.articles.c.title,
                       newest_brief.label("brief_id"))
                .where(s.articles.c.url == url).order_by(s.articles.c.version))
    story = (select(s.stories.c.id, s.stories.c.title, s.stories.c.size)
             .join(s.story_articles, s.story_articles.c.story_id == s.stories.c.id)
             .where(s.story_articles.c.article_id == article_id))
    return versions, story


def _versions(conn: Any, article_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(_article_queries()[0], {"article_id": article_id}).mappings()]


def article_surroundings(store: Store, article_id: int) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """What can change around a stored brief: its article's versions and its story (one connection;
    kept until the next commit, store.changes). Shared values: do not change them."""
    def read() -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        with store.engine.connect() as conn:
            return _versions(conn, article_id), _story_of(conn, article_id)

    return cached_read(store, ("article_surroundings", article_id), read)


def briefs_of_article(store: Store, article_id: int) -> list[dict[str, Any]]:
    query = (select(s.briefs.c.id, s.briefs.c.engine, s.briefs.c.model, s.briefs.c.created_at,
                    s.briefs.c.supported, s.briefs.c.unsupported, s.briefs.c.unverifiable, s.briefs.c.unchecked)
             .where(s.briefs.c.article_id == article_id).order_by(s.briefs.c.id.desc()))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def list_articles(store: Store, *, before: int | None = None, limit: int = 25) -> list[dict[str, Any]]:
    newest_brief = select(func.max(s.briefs.c.id)).where(s.briefs.c.article_id == s.articles.c.id).scalar_subquery()
    query = select(s.articles.c.id, s.articles.c.url, s.articles.c.version, s.articles.c.title,
                   s.articles.c.source, s.articles.c.language, s.articles.c.published_at,
                   s.articles.c.fetched_at, newest_brief.label("brief_id"))
    if before is not None:
        query = query.where(s.articles.c.id < before)
    query = query.order_by(s.articles.c.id.desc()).limit(max(1, min(limit, MAX_LIMIT)))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def get_story(store: Store, story_id: int) -> dict[str, Any] | None:
    """One story with its articles, each with its newest brief id."""
    newest_brief = select(func.max(s.briefs.c.id)).where(s.briefs.c.article_id == s.articles.c.id).scalar_subquery()
    with store.engine.connect() as conn:
        story = conn.execute(select(s.stories).where(s.stories.c.id == story_id)).mappings().first()
        if story is None:
            return None
        rows = conn.execute(
            select(s.articles.c.id, s.articles.c.title, s.articles.c.source, s.articles.c.language,
                   s.articles.c.url, s.articles.c.published_at, newest_brief.label("brief_id"))
            .join(s.story_articles, s.story_articles.c.article_id == s.articles.c.id)
            .where(s.story_articles.c.story_id == story_id).order_by(s.articles.c.id)
        ).mappings()
        return {**dict(story), "articles": [dict(r) for r in rows]}


def story_of_article(store: Store, article_id: int) -> dict[str, Any] | None:
    """The story (id, title, size) the article belongs to, if any."""
    with store.engine.connect() as conn:
        return _story_of(conn, article_id)


def _story_of(conn: Any, article_id: int) -> dict[str, Any] | None:
    row = conn.execute(_article_queries()[1], {"article_id": article_id}).mappings().first()
    return dict(row) if row else None


def _max_id(conn: Any, table: Any) -> int:
    # Straight to the driver: through SQLAlchemy's select this was six times as long, a tenth of a page.
    return conn.exec_driver_sql(f"SELECT max(id) FROM {table.name}").scalar() or 0


def max_brief_id(store: Store) -> int:
    with store.engine.connect() as conn:
        return _max_id(conn, s.briefs)


_FACETS: dict[int, tuple[int, tuple[list[str], list[str]]]] = {}


def sources_and_languages(store: Store) -> tuple[list[str], list[str]]:
    """The distinct sources and languages stored (for the timeline's filter menus). Kept until an
    article is added: the scan is the costliest part of a timeline page on a large store; and
    whether one was is only asked again after a commit (store.changes)."""
    return cached_read(store, ("sources_and_languages",), lambda: _sources_and_languages(store))


def _sources_and_languages(store: Store) -> tuple[list[str], list[str]]:
    with store.engine.connect() as conn:
        newest = _max_id(conn, s.articles)
        cached = _FACETS.get(id(store))
        if cached and cached[0] == newest:
            return cached[1]
        sources = conn.execute(select(s.articles.c.source).where(s.articles.c.source.is_not(None))
                               .distinct().order_by(s.articles.c.source).limit(500)).scalars().all()
        languages = conn.execute(select(s.articles.c.language).distinct().order_by(s.articles.c.language)
                                 ).scalars().all()
    result = (list(sources), list(languages))
    _FACETS[id(store)] = (newest, result)
    return result
