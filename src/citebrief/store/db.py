"""Opening a database: URL resolution, SQLite pragmas (WAL), PostgreSQL through psycopg 3."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, create_engine, event
from sqlalchemy.engine import make_url

from citebrief.errors import ConfigError

SQLITE_POOL_SIZE = 32


def default_db_url() -> str:
    """``$CITEBRIEF_DB`` or ``~/.local/share/citebrief/citebrief.sqlite``."""
    env = os.environ.get("CITEBRIEF_DB")
    if env:
        return env
    return str(Path.home() / ".local" / "share" / "citebrief" / "citebrief.sqlite")


def normalise_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from a path, ``sqlite:///...`` or ``postgresql://...`` (psycopg 3 driver)."""
    text = str(db) if db is not None else default_db_url()
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if text.startswith(("postgresql+", "sqlite:")):
        return text
    if "://" in text:
        raise ConfigError(f"{text}: unsupported database URL (use a file path, sqlite:/// or postgresql://)")
    path = Path(text).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        # Let SQLAlchemy's 'begin' event emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL survives a killed process (only an OS crash may lose the last commits).
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Writers (see write_engine) take the lock up front, so two writers queue on busy_timeout
        # instead of one failing mid-transaction; readers never block anyone under WAL.
        # Straight to the driver: through exec_driver_sql this BEGIN was a tenth of a web page's time.
        statement = "BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN"
        conn.connection.driver_connection.execute(statement)


def make_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    url = normalise_url(db)
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError with a long message
        raise ConfigError(f"{db}: invalid database URL ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        # Keep a connection per thread of a busy server (its thread pool runs 16+ requests at once):
        # with the default 5 kept, every other request opened a new connection and set its pragmas.
        in_memory = parsed.database in (None, "", ":memory:") or parsed.query.get("mode") == "memory"
        pool = {} if in_memory else {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_SIZE}
        engine = create_engine(url, **pool)
        _sqlite_setup(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise ConfigError("postgresql: needs psycopg 3 (pip install 'citebrief[postgres]')") from None
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    raise ConfigError(f"{db}: unsupported database backend {parsed.get_backend_name()!r}")


def display_url(engine: Engine) -> str:
    """The URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def write_engine(engine: Engine) -> Engine:
    """The engine to open write transactions with (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(write=True)


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the one row an INSERT added."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT returned no primary key")
    return int(key[0])
