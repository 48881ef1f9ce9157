"""SQLite store of the LLM engine: finished briefs (so a re-run costs nothing) and a log of
every prompt and response with tokens and timing (as simonw/llm keeps one).

Lives in ``$CITEBRIEF_HOME/llm.sqlite``, else ``$XDG_CACHE_HOME/citebrief/llm.sqlite``, else
``~/.cache/citebrief/llm.sqlite``. One connection per thread, kept open: opening one per operation
(and closing it, which checkpoints the WAL when it was the last) cost a queue worker more CPU per
article than its HTML extraction.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from citebrief.engines.llm.client import Exchange

MIGRATIONS = [
    """CREATE TABLE briefs (
        key TEXT PRIMARY KEY, article_hash TEXT NOT NULL, model TEXT NOT NULL, strategy TEXT NOT NULL,
        prompt_version TEXT NOT NULL, lang TEXT NOT NULL, brief_json TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE exchanges (
        id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, url TEXT, model TEXT, strategy TEXT,
        prompt_version TEXT, article_hash TEXT, request_json TEXT NOT NULL, status INTEGER,
        response_text TEXT, tokens_in INTEGER, tokens_out INTEGER, seconds REAL, error TEXT)""",
    "CREATE INDEX exchanges_article ON exchanges(article_hash)",
    # What each endpoint rejected and how fast it answers (endpoints.EndpointProfile, as JSON).
    """CREATE TABLE endpoints (
        base_url TEXT NOT NULL, model TEXT NOT NULL, profile_json TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (base_url, model))""",
]


def cache_path() -> Path:
    home = os.environ.get("CITEBRIEF_HOME")
    if home:
        return Path(home).expanduser() / "llm.sqlite"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "citebrief" / "llm.sqlite"


def cache_key(article_hash: str, model: str, strategy: str, prompt_version: str, lang: str,
              response_format: str = "", length: str = "") -> str:
    """The brief's key; `response_format` only when the user chose one, `length` (of extract-translate's
    extractive brief) only when not the default (the keys of auto and standard predate them)."""
    parts = [article_hash, model, strategy, prompt_version, lang] + ([response_format] if response_format else [])
    parts += [f"length={length}"] if length else []
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


class LLMStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()  # this thread's open connection
        with closing(self._connect()) as db:
            # Several processes (queue workers) may open a new cache at once: the version is read
            # and the migrations run under the write lock, so only the first one creates tables.
            db.isolation_level = None
            db.execute("BEGIN IMMEDIATE")
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
                    db.execute(sql)
                    db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        # Switching a new file to WAL takes an exclusive lock that SQLite does not wait for (the busy
        # timeout does not apply): processes opening a new cache at once retry for a few seconds.
        for attempt in range(100):
            try:
                db.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.05)
        # A cache and a log: WAL + NORMAL survives a killed process and skips the fsync per
        # commit (several per article: ~0.1 s of a queue worker's time per article).
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def _db(self) -> sqlite3.Connection:
        """This thread's connection (closed when the thread or the store goes)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def get(self, key: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT brief_json FROM briefs WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, *, article_hash: str, model: str, strategy: str, prompt_version: str, lang: str,
            brief_json: str) -> None:
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO briefs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (key, article_hash, model, strategy, prompt_version, lang, brief_json, _now()))

    def log(self, ex: Exchange, *, url: str, model: str, strategy: str, prompt_version: str,
            article_hash: str) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO exchanges (created_at, url, model, strategy, prompt_version, article_hash, "
                "request_json, status, response_text, tokens_in, tokens_out, seconds, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_now(), url, model, strategy, prompt_version, article_hash,
                 json.dumps(ex.request, ensure_ascii=False), ex.status, ex.response, ex.tokens_in,
                 ex.tokens_out, round(ex.seconds, 4), ex.error))

    def load_endpoint(self, base_url: str, model: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT profile_json FROM endpoints WHERE base_url = ? AND model = ?",
                             (base_url, model)).fetchone()
        return row[0] if row else None

    def save_endpoint(self, base_url: str, model: str, profile_json: str) -> None:
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO endpoints VALUES (?, ?, ?, ?)", (base_url, model, profile_json, _now()))

    def exchanges(self, article_hash: str | None = None) -> list[dict]:
        with self._db() as db:
            sql = "SELECT * FROM exchanges" + (" WHERE article_hash = ?" if article_hash else "") + " ORDER BY id"
            cursor = db.execute(sql, (article_hash,) if article_hash else ())
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
