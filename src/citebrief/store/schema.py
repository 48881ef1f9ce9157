"""Tables of the store (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Every table here is created by a numbered migration in :mod:`citebrief.store.migrations`;
change the schema by adding a migration, never by editing one that has shipped.
"""
from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2000), nullable=False, unique=True),
    Column("name", String(200)),
    Column("etag", String(500)),
    Column("last_modified", String(100)),
    # The engine settings key of the run that saved etag/last_modified: they say "nothing new" only
    # to a run with the same settings (another would brief the stored entries again).
    Column("validators_key", String(64)),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("last_polled_at", DateTime(timezone=True)),
    Column("last_status", String(40)),
    Column("last_error", Text),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    # running -> done | interrupted (a killed run is found 'running' and marked by the next one)
    Column("status", String(20), nullable=False),
    Column("engine", String(100), nullable=False),
    Column("settings_key", String(64), nullable=False),
    Column("pid", Integer),
    Column("new", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("tokens_in", Integer, nullable=False, default=0),
    Column("tokens_out", Integer, nullable=False, default=0),
    Column("cost_usd", Float, nullable=False, default=0.0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2000), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("source", String(200)),
    Column("published_at", DateTime(timezone=True)),
    Column("language", String(20), nullable=False),
    Column("origin", String(2000)),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("entry_updated", String(100)),  # the feed entry's updated/published stamp when fetched
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    UniqueConstraint("url", "version", name="uq_articles_url_version"),
    UniqueConstraint("url", "content_hash", name="uq_articles_url_hash"),
)
Index("ix_articles_hash", articles.c.content_hash)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),  # 1-based, as cited
    Column("text", Text, nullable=False),
)

briefs = Table(
    "briefs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("settings_key", String(64), nullable=False),
    Column("engine", String(100), nullable=False),
    Column("model", String(200)),
    Column("strategy", String(100)),
    Column("prompt_version", String(100)),
    Column("language", String(20)),
    Column("tokens_in", Integer, nullable=False, default=0),
    Column("tokens_out", Integer, nullable=False, default=0),
    Column("cost_usd", Float),
    Column("supported", Integer, nullable=False, default=0),
    Column("unsupported", Integer, nullable=False, default=0),
    Column("unverifiable", Integer, nullable=False, default=0),
    Column("unchecked", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("brief_json", Text, nullable=False),
    UniqueConstraint("article_id", "settings_key", name="uq_briefs_article_settings"),
)

claims = Table(
    "claims",
    metadata,
    Column("brief_id", Integer, ForeignKey("briefs.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),  # 0 = Core Viewpoint
    Column("section", Text),
    Column("text", Text, nullable=False),
    Column("citations", String(500), nullable=False),  # JSON list of paragraph numbers
    Column("status", String(20), nullable=False),
    Column("problems", Text, nullable=False),  # JSON list of strings
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # = smallest article id in it
    Column("title", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("first_seen", DateTime(timezone=True)),
    Column("last_seen", DateTime(timezone=True)),
    Column("built_at", DateTime(timezone=True), nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_story_articles_story", story_articles.c.story_id)

# Search documents: folded, tokenised text (see citebrief.store.searchtext). SQLite indexes them with
# an FTS5 external-content table kept in step by triggers; PostgreSQL matches the same token text.
search_docs = Table(
    "search_docs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("brief_id", Integer, ForeignKey("briefs.id", ondelete="CASCADE")),
    Column("kind", String(20), nullable=False),  # 'article' | 'brief'
    Column("text", Text, nullable=False),
)
Index("ix_search_docs_article", search_docs.c.article_id)

# Watchlists (citebrief.store.watchlists): terms followed (entities, tickers, keywords; any may
# match), an optional webhook, and how far its deliveries have got.
watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("terms", Text, nullable=False),  # JSON list of strings
    Column("webhook_url", String(2000)),
    Column("webhook_secret", String(200)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_through", Integer, nullable=False, default=0),  # newest brief id handed to the webhook
)

watchlist_deliveries = Table(
    "watchlist_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watchlist_id", Integer, ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False),
    Column("brief_ids", Text, nullable=False),  # JSON list
    Column("attempted_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("ok", Integer, nullable=False),
    Column("status", String(200), nullable=False),  # 'HTTP 200' or the error
)
Index("ix_watchlist_deliveries_watchlist", watchlist_deliveries.c.watchlist_id)
