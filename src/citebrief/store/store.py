"""The data layer: one class over SQLite or PostgreSQL (SQLAlchemy Core).

Writes that belong together happen in one transaction: an article version, its numbered
paragraphs, its brief, the brief's claims, their search documents and the run's counters. A
process killed at any point therefore leaves either all of them or none.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, overload

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    update,
)

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.errors import ConfigError, InputError
from citebrief.store import schema as s
from citebrief.store.db import display_url, inserted_id, make_engine, write_engine
from citebrief.store.migrations import check_not_newer, migrate
from citebrief.store.searchtext import fts5_query, index_text, like_patterns


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    """An aware time as UTC, for storing: SQLite keeps no offset, so 15:10+08:00 must go in as
    07:10 (read back by _aware as 07:10 UTC, the same instant). A naive time is stored as it is."""
    return value.astimezone(UTC) if value is not None and value.tzinfo is not None else value


@overload
def _aware(value: datetime) -> datetime: ...
@overload
def _aware(value: None) -> None: ...
def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands datetimes back naive; everything we store is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


@dataclass(frozen=True)
class SaveResult:
    article_id: int
    version: int
    brief_id: int | None
    new_article: bool
    new_brief: bool


class Store:
    """Articles, briefs, feeds, stories and runs in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = write_engine(engine)

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None, *, migrate_schema: bool = True) -> Store:
        engine = make_engine(db)
        try:
            check_not_newer(engine)
            if migrate_schema:
                migrate(engine)
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - connection errors become one line
            cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise ConfigError(f"{display_url(engine)}: cannot open database ({cause})") from None
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def url(self) -> str:
        return display_url(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- feeds ---------------------------------------------------------------------------------
    def add_feed(self, url: str, name: str | None = None) -> dict[str, Any]:
        with self._writer.begin() as conn:
            row = conn.execute(select(s.feeds).where(s.feeds.c.url == url)).mappings().first()
            if row:
                if name and name != row["name"]:
                    conn.execute(update(s.feeds).where(s.feeds.c.id == row["id"]).values(name=name))
                    return {**row, "name": name}
                return dict(row)
            feed_id = inserted_id(conn.execute(insert(s.feeds).values(url=url, name=name, added_at=_now())))
            return dict(conn.execute(select(s.feeds).where(s.feeds.c.id == feed_id)).mappings().one())

    def list_feeds(self) -> list[dict[str, Any]]:
        counts = (
            select(s.articles.c.feed_id, func.count().label("articles"))
            .group_by(s.articles.c.feed_id)
            .subquery()
        )
        query = (
            select(s.feeds, func.coalesce(counts.c.articles, 0).label("articles"))
            .outerjoin(counts, counts.c.feed_id == s.feeds.c.id)
            .order_by(s.feeds.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def get_feed(self, feed_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.feeds).where(s.feeds.c.id == feed_id)).mappings().first()
        return dict(row) if row else None

    def remove_feed(self, key: str) -> bool:
        """Remove a feed by id, URL or name; its articles and briefs stay."""
        cond = or_(s.feeds.c.url == key, s.feeds.c.name == key)
        if key.isdigit():
            cond = or_(cond, s.feeds.c.id == int(key))
        with self._writer.begin() as conn:
            ids = conn.execute(select(s.feeds.c.id).where(cond)).scalars().all()
            if not ids:
                return False
            conn.execute(update(s.articles).where(s.articles.c.feed_id.in_(ids)).values(feed_id=None))
            conn.execute(delete(s.feeds).where(s.feeds.c.id.in_(ids)))
            return True

    def record_poll(self, feed_id: int, *, status: str, error: str | None = None,
                    etag: str | None = None, last_modified: str | None = None,
                    save_validators: bool = False, settings_key: str | None = None) -> None:
        """Note a poll; only save ETag/Last-Modified once every entry of that response is stored
        (and briefed with the engine settings ``settings_key``)."""
        values: dict[str, Any] = {"last_polled_at": _now(), "last_status": status, "last_error": error}
        if save_validators:
            values.update(etag=etag, last_modified=last_modified, validators_key=settings_key)
        with self._writer.begin() as conn:
            conn.execute(update(s.feeds).where(s.feeds.c.id == feed_id).values(**values))

    # ---- runs ----------------------------------------------------------------------------------
    def start_run(self, engine: str, settings_key: str) -> int:
        with self._writer.begin() as conn:
            # A run still 'running' was killed (we are the only writer that marks runs done).
            conn.execute(
                update(s.runs).where(s.runs.c.status == "running").values(status="interrupted")
            )
            return inserted_id(conn.execute(
                insert(s.runs).values(
                    started_at=_now(), status="running", engine=engine, settings_key=settings_key,
                    pid=os.getpid(), new=0, skipped=0, failed=0, tokens_in=0, tokens_out=0, cost_usd=0.0,
                )
            ))

    def count_run(self, run_id: int, conn: Connection | None = None, **deltas: float) -> None:
        values = {name: getattr(s.runs.c, name) + amount for name, amount in deltas.items()}
        if conn is None:
            with self._writer.begin() as own:
                own.execute(update(s.runs).where(s.runs.c.id == run_id).values(**values))
        else:
            conn.execute(update(s.runs).where(s.runs.c.id == run_id).values(**values))

    def finish_run(self, run_id: int, status: str = "done") -> dict[str, Any]:
        with self._writer.begin() as conn:
            conn.execute(update(s.runs).where(s.runs.c.id == run_id).values(status=status, finished_at=_now()))
            return dict(conn.execute(select(s.runs).where(s.runs.c.id == run_id)).mappings().one())

    def list_runs(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.runs).order_by(s.runs.c.id.desc()).limit(limit)).mappings()
            return [dict(r) for r in rows]

    # ---- articles and briefs -------------------------------------------------------------------
    def latest_version(self, url: str) -> dict[str, Any] | None:
        """The newest stored version of the article at ``url`` (id, version, hash, entry_updated)."""
        query = (
            select(s.articles.c.id, s.articles.c.version, s.articles.c.content_hash, s.articles.c.entry_updated)
            .where(s.articles.c.url == url)
            .order_by(s.articles.c.version.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def find_version(self, url: str, content_hash: str) -> dict[str, Any] | None:
        query = select(s.articles.c.id, s.articles.c.version).where(
            s.articles.c.url == url, s.articles.c.content_hash == content_hash
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def has_brief(self, article_id: int, settings_key: str | None) -> bool:
        """Whether the article version has a brief with these settings (None: with any settings)."""
        query = select(s.briefs.c.id).where(s.briefs.c.article_id == article_id)
        if settings_key is not None:
            query = query.where(s.briefs.c.settings_key == settings_key)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def save(self, article: Article, brief: Brief | None, *, settings_key: str | None = None,
             prompt_version: str | None = None, url: str | None = None, feed_id: int | None = None,
             run_id: int | None = None, entry_updated: str | None = None,
             fetched_at: datetime | None = None, failed: bool = False) -> SaveResult:
        """Store an article (a new version if its text changed) and its brief, in one transaction.

        Idempotent: the same text at the same URL is one version, and a brief with the same
        settings for that version is kept once (the first one wins).
        """
        url = url or article.url or article.origin
        if not url:
            raise InputError(article.title, "an article needs a URL or origin to be stored")
        digest = article.content_hash
        with self._writer.begin() as conn:
            row = conn.execute(
                select(s.articles.c.id, s.articles.c.version).where(
                    s.articles.c.url == url, s.articles.c.content_hash == digest
                )
            ).first()
            new_article = row is None
            if row is None:
                last = conn.execute(
                    select(func.max(s.articles.c.version)).where(s.articles.c.url == url)
                ).scalar()
                version = (last or 0) + 1
                article_id = self._insert_article(conn, article, url, version, digest, feed_id, run_id,
                                                  entry_updated, fetched_at or _now())
            else:
                article_id, version = row
                if entry_updated is not None:
                    conn.execute(
                        update(s.articles).where(s.articles.c.id == article_id).values(entry_updated=entry_updated)
                    )
            brief_id, new_brief = None, False
            if brief is not None:
                key = settings_key or settings_key_for(brief.engine, model=brief.model, strategy=brief.strategy,
                                                       prompt_version=prompt_version)
                brief_id = conn.execute(
                    select(s.briefs.c.id).where(s.briefs.c.article_id == article_id, s.briefs.c.settings_key == key)
                ).scalar()
                if brief_id is None:
                    brief_id = self._insert_brief(conn, article_id, brief, key, prompt_version, run_id)
                    new_brief = True
            if run_id is not None:
                report = brief.report if (brief is not None and new_brief) else None
                if brief is None and failed:
                    deltas: dict[str, float] = {"failed": 1}
                elif new_article or new_brief:
                    deltas = {"new": 1}
                else:
                    deltas = {"skipped": 1}
                if report is not None:
                    deltas.update(tokens_in=report.tokens_in, tokens_out=report.tokens_out,
                                  cost_usd=report.cost_usd or 0.0)
                self.count_run(run_id, conn, **deltas)
        return SaveResult(article_id, version, brief_id, new_article, new_brief)

    def _insert_article(self, conn: Connection, article: Article, url: str, version: int, digest: str,
                        feed_id: int | None, run_id: int | None, entry_updated: str | None,
                        fetched_at: datetime) -> int:
        article_id = inserted_id(conn.execute(
            insert(s.articles).values(
                url=url, version=version, content_hash=digest, title=article.title, source=article.source,
                published_at=_utc(article.published_at), language=article.language, origin=article.origin,
                fetched_at=fetched_at, feed_id=feed_id, entry_updated=entry_updated, run_id=run_id,
            )
        ))
        conn.execute(
            insert(s.paragraphs),
            [{"article_id": article_id, "number": n, "text": p} for n, p in article.numbered],
        )
        conn.execute(
            insert(s.search_docs).values(
                article_id=article_id, kind="article",
                text=index_text(article.title + "\n" + "\n".join(article.paragraphs)),
            )
        )
        return article_id

    def _insert_brief(self, conn: Connection, article_id: int, brief: Brief, key: str,
                      prompt_version: str | None, run_id: int | None) -> int:
        counts = brief.summary
        brief_id = inserted_id(conn.execute(
            insert(s.briefs).values(
                article_id=article_id, settings_key=key, engine=brief.engine, model=brief.model,
                strategy=brief.strategy, prompt_version=prompt_version, language=brief.language,
                tokens_in=brief.report.tokens_in, tokens_out=brief.report.tokens_out,
                cost_usd=brief.report.cost_usd, supported=counts["supported"],
                unsupported=counts["unsupported"], unverifiable=counts["unverifiable"],
                unchecked=counts["unchecked"], created_at=brief.created_at, run_id=run_id,
                brief_json=brief.model_dump_json(),
            )
        ))
        rows = []
        number = 0
        rows.append(_claim_row(brief_id, number, None, brief.core_viewpoint))
        for section in brief.sections:
            for claim in section.bullets:
                number += 1
                rows.append(_claim_row(brief_id, number, section.title, claim))
        conn.execute(insert(s.claims), rows)
        conn.execute(
            insert(s.search_docs).values(
                article_id=article_id, brief_id=brief_id, kind="brief",
                text=index_text("\n".join(c.text for c in brief.claims())),
            )
        )
        return brief_id

    def load_article(self, article_id: int) -> Article:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.articles).where(s.articles.c.id == article_id)).mappings().first()
            if row is None:
                raise InputError(f"article {article_id}", "no such article in the store")
            paras = conn.execute(
                select(s.paragraphs.c.text).where(s.paragraphs.c.article_id == article_id)
                .order_by(s.paragraphs.c.number)
            ).scalars().all()
        return Article(title=row["title"], source=row["source"], published_at=_aware(row["published_at"]),
                       language=row["language"], url=row["url"], paragraphs=list(paras), origin=row["origin"])

    def get_brief(self, brief_id: int, conn: Connection | None = None) -> tuple[dict[str, Any], Brief]:
        """The brief row (with its article's URL, version, source) and the Brief itself; read on
        ``conn`` if given (a page's reads in one connection), else on a connection of its own."""
        query = (
            select(s.briefs, s.articles.c.url, s.articles.c.version, s.articles.c.title,
                   s.articles.c.source, s.articles.c.fetched_at)
            .join(s.articles, s.articles.c.id == s.briefs.c.article_id)
            .where(s.briefs.c.id == brief_id)
        )
        with nullcontext(conn) if conn is not None else self.engine.connect() as own:
            row = own.execute(query).mappings().first()
        if row is None:
            raise InputError(f"brief {brief_id}", "no such brief in the store")
        return dict(row), Brief.model_validate_json(row["brief_json"])

    def _brief_listing(self):  # noqa: ANN202
        return (
            select(
                s.briefs.c.id, s.briefs.c.article_id, s.briefs.c.engine, s.briefs.c.model,
                s.briefs.c.created_at, s.briefs.c.supported, s.briefs.c.unsupported,
                s.briefs.c.unverifiable, s.briefs.c.unchecked, s.briefs.c.tokens_in, s.briefs.c.tokens_out,
                s.briefs.c.cost_usd, s.articles.c.title, s.articles.c.source, s.articles.c.url,
                s.articles.c.version, s.articles.c.published_at, s.articles.c.language,
            )
            .join(s.articles, s.articles.c.id == s.briefs.c.article_id)
        )

    def list_briefs(self, limit: int | None = 50, *, engine: str | None = None) -> list[dict[str, Any]]:
        query = self._brief_listing().order_by(s.briefs.c.id.desc())
        if engine:
            query = query.where(s.briefs.c.engine == engine)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def iter_briefs(self, *, engine: str | None = None, batch: int = 200) -> Iterator[Brief]:
        """Every stored brief, oldest first, read in batches so memory stays flat."""
        last = 0
        while True:
            query = select(s.briefs.c.id, s.briefs.c.brief_json).where(s.briefs.c.id > last)
            if engine:
                query = query.where(s.briefs.c.engine == engine)
            with self.engine.connect() as conn:
                rows = conn.execute(query.order_by(s.briefs.c.id).limit(batch)).all()
            if not rows:
                return
            for brief_id, payload in rows:
                last = brief_id
                yield Brief.model_validate_json(payload)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title, paragraphs or briefs hold every term of ``query`` (newest first).

        Each hit is a listing row of the article's newest brief, or of the article if it has none.
        """
        if self.dialect == "sqlite":
            # FTS5 over the bigram text; PostgreSQL: LIKE over the same text (see searchtext).
            match = fts5_query(query)
            if match is None:
                return []
            hits = (
                select(s.search_docs.c.article_id)
                .where(s.search_docs.c.id.in_(
                    select(literal_column("rowid")).select_from(text("search_fts")).where(
                        text("search_fts MATCH :q").bindparams(q=match)
                    )
                ))
            )
        else:
            patterns = like_patterns(query)
            if not patterns:
                return []
            padded = literal(" ") + s.search_docs.c.text + literal(" ")
            hits = select(s.search_docs.c.article_id).where(
                and_(*[padded.like(p, escape="\\") for p in patterns])
            )
        newest_brief = (
            select(func.max(s.briefs.c.id)).where(s.briefs.c.article_id == s.articles.c.id).scalar_subquery()
        )
        listing = (
            select(
                newest_brief.label("brief_id"), s.articles.c.id.label("article_id"), s.articles.c.title,
                s.articles.c.source, s.articles.c.url, s.articles.c.version, s.articles.c.published_at,
                s.articles.c.language,
            )
            .where(s.articles.c.id.in_(hits))
            .order_by(s.articles.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(listing).mappings()]

    # ---- stories -------------------------------------------------------------------------------
    def iter_latest_articles(self, batch: int = 500, *, since: datetime | None = None) -> Iterator[dict[str, Any]]:
        """(id, url, title, language, published_at, fetched_at, text) of each URL's newest version
        (fetched at or after ``since`` if given)."""
        newest = select(func.max(s.articles.c.id)).group_by(s.articles.c.url).scalar_subquery()
        last = 0
        while True:
            query = (
                select(s.articles.c.id, s.articles.c.url, s.articles.c.title, s.articles.c.language,
                       s.articles.c.published_at, s.articles.c.fetched_at, s.articles.c.source)
                .where(s.articles.c.id.in_(newest), s.articles.c.id > last)
                .order_by(s.articles.c.id)
                .limit(batch)
            )
            if since is not None:
                query = query.where(s.articles.c.fetched_at >= since)
            with self.engine.connect() as conn:
                rows = [dict(r) for r in conn.execute(query).mappings()]
                if not rows:
                    return
                ids = [r["id"] for r in rows]
                texts: dict[int, list[str]] = {i: [] for i in ids}
                for article_id, para in conn.execute(
                    select(s.paragraphs.c.article_id, s.paragraphs.c.text)
                    .where(s.paragraphs.c.article_id.in_(ids))
                    .order_by(s.paragraphs.c.article_id, s.paragraphs.c.number)
                ):
                    texts[article_id].append(para)
            for row in rows:
                last = row["id"]
                yield {**row, "paragraphs": texts[row["id"]]}

    def replace_stories(self, clusters: list[list[int]], scope: list[int] | None = None) -> int:
        """Store story clusters (lists of article ids); a story's id is its smallest article id.

        ``scope``: the articles that were regrouped (all if None); stories of other articles stay.
        """
        built = _now()
        with self._writer.begin() as conn:
            if scope is None:
                conn.execute(delete(s.story_articles))
                conn.execute(delete(s.stories))
            else:
                for i in range(0, len(scope), 5000):
                    conn.execute(delete(s.story_articles).where(s.story_articles.c.article_id.in_(scope[i:i + 5000])))
                new_ids = [min(m) for m in clusters if m]
                for i in range(0, len(new_ids), 5000):
                    chunk = new_ids[i:i + 5000]
                    conn.execute(delete(s.story_articles).where(s.story_articles.c.story_id.in_(chunk)))
                    conn.execute(delete(s.stories).where(s.stories.c.id.in_(chunk)))
                in_a_story = select(s.story_articles.c.story_id).scalar_subquery()
                conn.execute(delete(s.stories).where(s.stories.c.id.not_in(in_a_story)))
                size = (select(func.count()).where(s.story_articles.c.story_id == s.stories.c.id)
                        .scalar_subquery())
                conn.execute(update(s.stories).values(size=size))
            for members in clusters:
                if not members:
                    continue
                story_id = min(members)
                rows = conn.execute(
                    select(s.articles.c.id, s.articles.c.title, s.articles.c.published_at, s.articles.c.fetched_at)
                    .where(s.articles.c.id.in_(members))
                ).all()
                seen = [_aware(r.published_at or r.fetched_at) for r in rows]  # fetched_at is never NULL
                title = next(r.title for r in rows if r.id == story_id)
                conn.execute(insert(s.stories).values(
                    id=story_id, title=title, size=len(rows), first_seen=min(seen), last_seen=max(seen),
                    built_at=built,
                ))
                conn.execute(insert(s.story_articles), [{"story_id": story_id, "article_id": m} for m in members])
        return len(clusters)

    def list_stories(self, *, min_size: int = 1, limit: int | None = 50) -> list[dict[str, Any]]:
        """Stories (largest and newest first) with their articles."""
        query = select(s.stories).where(s.stories.c.size >= min_size).order_by(
            s.stories.c.size.desc(), s.stories.c.last_seen.desc(), s.stories.c.id
        )
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            stories = [dict(r) for r in conn.execute(query).mappings()]
            ids = [st["id"] for st in stories]
            members: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
            if ids:
                rows = conn.execute(
                    select(s.story_articles.c.story_id, s.articles.c.id, s.articles.c.title, s.articles.c.source,
                           s.articles.c.language, s.articles.c.url)
                    .join(s.articles, s.articles.c.id == s.story_articles.c.article_id)
                    .where(s.story_articles.c.story_id.in_(ids))
                    .order_by(s.articles.c.id)
                ).mappings()
                for r in rows:
                    members[r["story_id"]].append(dict(r))
        for st in stories:
            st["articles"] = members[st["id"]]
        return stories

    # ---- checks --------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("feeds", s.feeds), ("articles", s.articles), ("briefs", s.briefs),
                                    ("stories", s.stories), ("runs", s.runs))
            }


def _claim_row(brief_id: int, number: int, section: str | None, claim) -> dict[str, Any]:  # noqa: ANN001
    return {
        "brief_id": brief_id, "number": number, "section": section, "text": claim.text,
        "citations": json.dumps(claim.citations), "status": claim.check.status,
        "problems": json.dumps(claim.check.problems, ensure_ascii=False),
    }


def settings_key_for(engine: str, **settings: Any) -> str:
    """A stable key for 'the same engine settings' (engines/base.py EngineSettings: engine, model,
    strategy, language, length, prompt version, options)."""
    from citebrief.engines.base import EngineSettings

    return EngineSettings(engine=engine, **{k: v for k, v in settings.items() if v is not None}).key()
