"""Limits that hold for the whole cluster, kept in PostgreSQL (not per process).

``SharedRateLimit``: at most ``requests`` requests and ``tokens`` tokens to one endpoint + model
in any sliding window of ``window`` seconds (60: "per minute"), whichever worker sends them.
Each attempt books its turn in ``citebrief_llm_requests`` under an advisory lock on the key,
reserving its prompt + max_tokens (as providers count a request against a token quota when it
arrives); the answer's usage replaces the reservation. A request that must wait sleeps until the
oldest booking it collides with leaves the window, then tries again.

``SharedPoliteness``: the per-host delay between the starts of two requests, for every process
(``citebrief_host_pacing`` holds each host's next free start). The concurrent-requests cap per
host and robots.txt stay per process (feeds.Politeness).
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import Engine, text

from citebrief.feeds import Politeness

# Booked on the database clock; a request booked at t reaches the server a little later, so the
# window is kept this much longer than the one promised, so that network jitter cannot squeeze
# one request too many into a window the server measures.
WINDOW_MARGIN = 0.25


@dataclass
class SharedRateLimit:
    engine: Engine
    key: str  # endpoint + model
    requests: int | None = None  # per window
    tokens: int | None = None  # per window
    window: float = 60.0

    async def acquire(self, tokens: int) -> int:
        while True:
            ticket, wait = await asyncio.to_thread(self.try_acquire, tokens)
            if ticket is not None:
                return ticket
            await asyncio.sleep(wait)

    async def settle(self, ticket: int, tokens: int) -> None:
        await asyncio.to_thread(self._settle, ticket, tokens)

    def try_acquire(self, tokens: int) -> tuple[int | None, float]:
        """(booking id, 0) if a request may go now, else (None, seconds to wait)."""
        if self.tokens:
            tokens = min(tokens, self.tokens)  # a request larger than the quota still goes, alone
        span = self.window + WINDOW_MARGIN
        with self.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": "llm:" + self.key})
            now = conn.execute(text("SELECT clock_timestamp()")).scalar_one()
            conn.execute(text("DELETE FROM citebrief_llm_requests WHERE key = :k AND at < :cut"),
                         {"k": self.key, "cut": _ago(now, 2 * span)})
            rows = conn.execute(
                text("SELECT at, tokens FROM citebrief_llm_requests WHERE key = :k AND at > :since ORDER BY at"),
                {"k": self.key, "since": _ago(now, span)},
            ).all()
            wait = 0.0
            if self.requests and len(rows) >= self.requests:
                # the request that must leave the window before one more fits
                oldest = rows[len(rows) - self.requests].at
                wait = max(wait, (oldest - now).total_seconds() + span)
            if self.tokens:
                used = sum(r.tokens for r in rows)
                for row in rows:
                    if used + tokens <= self.tokens:
                        break
                    used -= row.tokens
                    wait = max(wait, (row.at - now).total_seconds() + span)
            if wait > 0:
                return None, min(wait + 0.01, span)
            ticket = conn.execute(
                text("INSERT INTO citebrief_llm_requests (key, at, tokens) VALUES (:k, :at, :t) RETURNING id"),
                {"k": self.key, "at": now, "t": tokens},
            ).scalar_one()
            return int(ticket), 0.0

    def _settle(self, ticket: int, tokens: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE citebrief_llm_requests SET tokens = :t WHERE id = :id"),
                         {"t": tokens, "id": ticket})

    def sent_in_window(self) -> tuple[int, int]:
        """(requests, tokens) booked in the current window (for status)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT count(*), coalesce(sum(tokens), 0) FROM citebrief_llm_requests "
                     "WHERE key = :k AND at > clock_timestamp() - make_interval(secs => :s)"),
                {"k": self.key, "s": self.window},
            ).one()
        return int(row[0]), int(row[1])


def _ago(now, seconds: float):  # noqa: ANN001, ANN202
    from datetime import timedelta

    return now - timedelta(seconds=seconds)


def limit_key(base_url: str, model: str) -> str:
    return f"{base_url.rstrip('/')} {model}"


class SharedPoliteness(Politeness):
    """feeds.Politeness whose per-host delay is booked in PostgreSQL, for every worker at once."""

    def __init__(self, engine: Engine, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.engine = engine

    def reserve_start(self, host: str) -> float:
        if self.delay <= 0:
            return 0.0
        with self.engine.begin() as conn:
            row = conn.execute(
                text("""
                    INSERT INTO citebrief_host_pacing AS p (host, next_start)
                    VALUES (:h, clock_timestamp() + make_interval(secs => :d))
                    ON CONFLICT (host) DO UPDATE
                    SET next_start = greatest(p.next_start, clock_timestamp()) + make_interval(secs => :d)
                    RETURNING next_start - make_interval(secs => :d) AS start, clock_timestamp() AS now
                """),
                {"h": host, "d": float(self.delay)},
            ).one()
        return max(0.0, (row.start - row.now).total_seconds())
