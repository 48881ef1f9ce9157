"""Watchlists: followed entities, tickers or keywords, with an optional webhook and its deliveries.

A watchlist's briefs are the timeline filtered by ``BriefFilter(any_terms=terms)``
(citebrief.store.timeline); this module only keeps the lists and the delivery log.
"""
from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from citebrief.errors import InputError
from citebrief.store import schema as s
from citebrief.store.db import inserted_id, write_engine

if TYPE_CHECKING:
    from citebrief.store.store import Store


def _row(row: Any) -> dict[str, Any]:
    out = dict(row)
    out["terms"] = json.loads(out["terms"])
    return out


def clean_terms(terms: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
    if not cleaned:
        raise InputError("watchlist", "needs at least one entity, ticker or keyword")
    return cleaned


def add_watchlist(store: Store, name: str, terms: list[str], webhook_url: str | None = None,
                  webhook_secret: str | None = None) -> dict[str, Any]:
    """A new watchlist; it notifies only of briefs stored after it was made. A webhook without a
    secret gets a random one (shown on the watchlist, used to sign each delivery)."""
    from citebrief.store.timeline import max_brief_id

    if not name.strip():
        raise InputError("watchlist", "needs a name")
    if webhook_url and not webhook_secret:
        webhook_secret = secrets.token_hex(16)
    with write_engine(store.engine).begin() as conn:
        new_id = inserted_id(conn.execute(insert(s.watchlists).values(
            name=name.strip(), terms=json.dumps(clean_terms(terms), ensure_ascii=False),
            webhook_url=webhook_url or None, webhook_secret=webhook_secret if webhook_url else None,
            created_at=datetime.now(UTC), delivered_through=max_brief_id(store),
        )))
    return get_watchlist(store, new_id)


def get_watchlist(store: Store, watchlist_id: int) -> dict[str, Any]:
    with store.engine.connect() as conn:
        row = conn.execute(select(s.watchlists).where(s.watchlists.c.id == watchlist_id)).mappings().first()
    if row is None:
        raise InputError(f"watchlist {watchlist_id}", "no such watchlist")
    return _row(row)


def list_watchlists(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [_row(r) for r in conn.execute(select(s.watchlists).order_by(s.watchlists.c.id)).mappings()]


def update_watchlist(store: Store, watchlist_id: int, **values: Any) -> dict[str, Any]:
    """Change name, terms, webhook_url or webhook_secret (None leaves a field as it is)."""
    get_watchlist(store, watchlist_id)
    changes: dict[str, Any] = {}
    if values.get("name") is not None:
        changes["name"] = values["name"].strip()
    if values.get("terms") is not None:
        changes["terms"] = json.dumps(clean_terms(values["terms"]), ensure_ascii=False)
    for key in ("webhook_url", "webhook_secret"):
        if values.get(key) is not None:
            changes[key] = values[key] or None
    if changes:
        with write_engine(store.engine).begin() as conn:
            conn.execute(update(s.watchlists).where(s.watchlists.c.id == watchlist_id).values(**changes))
    return get_watchlist(store, watchlist_id)


def delete_watchlist(store: Store, watchlist_id: int) -> bool:
    with write_engine(store.engine).begin() as conn:
        conn.execute(delete(s.watchlist_deliveries).where(s.watchlist_deliveries.c.watchlist_id == watchlist_id))
        return conn.execute(delete(s.watchlists).where(s.watchlists.c.id == watchlist_id)).rowcount > 0


def record_delivery(store: Store, watchlist_id: int, brief_ids: list[int], *, attempts: int, ok: bool,
                    status: str) -> None:
    """Log a webhook delivery; a delivered batch (or one given up on) moves the watchlist's cursor."""
    with write_engine(store.engine).begin() as conn:
        conn.execute(insert(s.watchlist_deliveries).values(
            watchlist_id=watchlist_id, brief_ids=json.dumps(brief_ids), attempted_at=datetime.now(UTC),
            attempts=attempts, ok=int(ok), status=status[:200],
        ))
        if brief_ids:
            conn.execute(update(s.watchlists).where(s.watchlists.c.id == watchlist_id)
                         .values(delivered_through=max(brief_ids)))


def advance(store: Store, watchlist_id: int, through: int) -> None:
    with write_engine(store.engine).begin() as conn:
        conn.execute(update(s.watchlists).where(s.watchlists.c.id == watchlist_id)
                     .values(delivered_through=through))


def deliveries(store: Store, watchlist_id: int, limit: int = 20) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.watchlist_deliveries)
                            .where(s.watchlist_deliveries.c.watchlist_id == watchlist_id)
                            .order_by(s.watchlist_deliveries.c.id.desc()).limit(limit)).mappings()
        return [{**dict(r), "brief_ids": json.loads(r["brief_ids"])} for r in rows]
