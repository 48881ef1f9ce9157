"""Versioned schema migrations. ``schema_version`` holds one row per applied migration.

Each migration runs in its own transaction (DDL is transactional on SQLite and PostgreSQL), so a
crash mid-migration leaves the previous version intact. Append new migrations; never edit old ones.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select

from citebrief.errors import ConfigError
from citebrief.store import schema as s
from citebrief.store.db import write_engine

Migration = tuple[int, str, Callable[[Connection], None]]


def _v1_core(conn: Connection) -> None:
    tables = [s.feeds, s.runs, s.articles, s.paragraphs, s.briefs, s.claims, s.stories, s.story_articles]
    s.metadata.create_all(conn, tables=tables)


def _v2_search(conn: Connection) -> None:
    s.metadata.create_all(conn, tables=[s.search_docs])
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "text, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
            "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
        )


def _v3_watchlists(conn: Connection) -> None:
    s.metadata.create_all(conn, tables=[s.watchlists, s.watchlist_deliveries])


def _v4_validators_key(conn: Connection) -> None:
    if "validators_key" not in {c["name"] for c in inspect(conn).get_columns("feeds")}:  # v1 made it if new
        conn.exec_driver_sql("ALTER TABLE feeds ADD COLUMN validators_key VARCHAR(64)")


MIGRATIONS: list[Migration] = [
    (1, "feeds, runs, articles, paragraphs, briefs, claims, stories", _v1_core),
    (2, "search documents (SQLite FTS5; PostgreSQL token text)", _v2_search),
    (3, "watchlists and their webhook deliveries", _v3_watchlists),
    (4, "feeds.validators_key: the settings a feed's ETag/Last-Modified were saved under", _v4_validators_key),
]
LATEST = MIGRATIONS[-1][0]


def current_version(engine: Engine) -> int:
    if not inspect(engine).has_table("schema_version"):
        return 0
    with engine.connect() as conn:
        rows = conn.execute(select(s.schema_version.c.version)).scalars().all()
    return max(rows, default=0)


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; return the versions applied."""
    s.metadata.create_all(write_engine(engine), tables=[s.schema_version])
    applied: list[int] = []
    for version, description, step in MIGRATIONS:
        with write_engine(engine).begin() as conn:
            done = conn.execute(
                select(s.schema_version.c.version).where(s.schema_version.c.version == version)
            ).first()
            if done:
                continue
            step(conn)
            conn.execute(
                s.schema_version.insert().values(
                    version=version, description=description, applied_at=datetime.now(UTC)
                )
            )
            applied.append(version)
    return applied


def check_not_newer(engine: Engine) -> None:
    version = current_version(engine)
    if version > LATEST:
        raise ConfigError(
            f"{engine.url.render_as_string(hide_password=True)}: database schema version {version} is newer "
            f"than this citebrief knows ({LATEST}); upgrade citebrief"
        )
