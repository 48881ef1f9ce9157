"""Shared fixtures for the store, feed and crash tests: databases (SQLite, PostgreSQL) and briefs."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "eval" / "data" / "stories"
CLI = [sys.executable, "-m", "citebrief.cli"]


def postgres_url() -> str:
    """The test server's URL; under CI a missing one fails the test instead of skipping it."""
    url = os.environ.get("CITEBRIEF_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CITEBRIEF_TEST_POSTGRES_URL is not set: CI must run the PostgreSQL tests "
                        "(scripts/start_postgres.sh starts a server and prints the URL)")
        pytest.skip("PostgreSQL tests need CITEBRIEF_TEST_POSTGRES_URL (run scripts/start_postgres.sh)")
    return url


def reset_postgres(url: str) -> None:
    """Drop everything the store created, so each test starts from an empty database."""
    from sqlalchemy import text

    from citebrief.store.db import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        for table in ("watchlist_deliveries", "watchlists", "search_docs", "story_articles", "stories", "claims", "briefs", "paragraphs",
                      "articles", "runs", "feeds", "schema_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:  # noqa: ANN001
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    url = postgres_url()
    reset_postgres(url)
    return url


def load_story(name: str):  # noqa: ANN201
    from citebrief.loaders import load_article

    return load_article(str(STORIES / name))


def cli_env(db: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CITEBRIEF_")}
    env.update(CITEBRIEF_DB=db, HOME=str(Path(db).parent), COLUMNS="200", **extra)
    return env


def story_files(label: str) -> list[str]:
    """The eval/data/stories files of one story, in file order."""
    import json

    labels = json.loads((STORIES / "labels.json").read_text(encoding="utf-8"))
    return sorted(name for name, story in labels.items() if story == label)
