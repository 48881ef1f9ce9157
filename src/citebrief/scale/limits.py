"""Limits that hold for the whole cluster, kept in PostgreSQL (not per process).

``SharedRateLimit``: at most ``requests`` requests and ``tokens`` tokens to one endpoint + model
in any sliding window of ``window`` seconds (60: "per minute"), whichever worker sends them.
Each attempt books its turn in ``citebrief_llm_requests`` under an advisory lock on the key,
reserving its prompt + max_tokens (as providers count a request against a token quota when it
arrives); the answer's usage replaces the reservation. A request that must wait sleeps until
the booking it collides with leaves the window, then tries again.

``SharedPoliteness``: the per-host delay for every process: one request to a host at a time in
the whole cluster, and the next one starts at least ``delay`` seconds after the previous one's
answer (``citebrief_host_pacing`` holds each host's turn). Booking starts ``delay`` apart, as one
process does, would let a host see two requests closer than that whenever the first one's sender
was slower to send it than the second's (a loaded machine); after the answer, the host has seen
the request. robots.txt is read once per host per day for the whole cluster (``citebrief_robots``).
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

from sqlalchemy import Engine, text

from citebrief.feeds import ROBOTS_TTL, Politeness, robots_parser

# A request booked but never settled (its process died) stops counting after this long.
STALE_AFTER = 600.0
# How often a request waiting on others still in flight looks again.
RECHECK = 0.25


@dataclass
class SharedRateLimit:
    """A request counts against the window from its booking until ``window`` seconds after its
    answer (or failure): whenever the server sees it arrive, that is inside this span, so no
    window the server measures can hold more than the limit, whatever the network and the
    machines' scheduling delay between booking and sending."""

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

    async def settle(self, ticket: int, tokens: int | None = None) -> None:
        """The request is over (answered or failed); `tokens`: what it used, if known."""
        await asyncio.to_thread(self._settle, ticket, tokens)

    def try_acquire(self, tokens: int) -> tuple[int | None, float]:
        """(booking id, 0) if a request may go now, else (None, seconds to wait)."""
        if self.tokens:
            tokens = min(tokens, self.tokens)  # a request larger than the quota still goes, alone
        with self.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": "llm:" + self.key})
            now = conn.execute(text("SELECT clock_timestamp()")).scalar_one()
            conn.execute(text("DELETE FROM citebrief_llm_requests WHERE key = :k AND booked_at < :cut "
                              "AND (done_at IS NOT NULL OR booked_at < :stale)"),
                         {"k": self.key, "cut": _ago(now, 2 * self.window + STALE_AFTER),
                          "stale": _ago(now, STALE_AFTER)})
            rows = conn.execute(
                text("SELECT done_at, tokens FROM citebrief_llm_requests WHERE key = :k AND "
                     "(done_at > :since OR (done_at IS NULL AND booked_at > :stale))"),
                {"k": self.key, "since": _ago(now, self.window), "stale": _ago(now, STALE_AFTER)},
            ).all()
            # When each counted request stops counting (in flight: unknown, look again soon).
            releases = sorted(((r.done_at - now).total_seconds() + self.window if r.done_at else RECHECK, r.tokens)
                              for r in rows)
            wait = 0.0
            if self.requests and len(releases) >= self.requests:
                wait = max(wait, releases[len(releases) - self.requests][0])
            if self.tokens:
                used = sum(t for _, t in releases)
                for release, spent in releases:
                    if used + tokens <= self.tokens:
                        break
                    used -= spent
                    wait = max(wait, release)
            if wait > 0:
                return None, min(wait + 0.01, self.window)
            ticket = conn.execute(
                text("INSERT INTO citebrief_llm_requests (key, booked_at, tokens) VALUES (:k, :at, :t) RETURNING id"),
                {"k": self.key, "at": now, "t": tokens},
            ).scalar_one()
            return int(ticket), 0.0

    def _settle(self, ticket: int, tokens: int | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE citebrief_llm_requests SET done_at = coalesce(done_at, clock_timestamp()), "
                              "tokens = coalesce(:t, tokens) WHERE id = :id"), {"t": tokens, "id": ticket})

    def sent_in_window(self) -> tuple[int, int]:
        """(requests, tokens) counting against the limits now."""
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT count(*), coalesce(sum(tokens), 0) FROM citebrief_llm_requests WHERE key = :k AND "
                     "(done_at IS NULL OR done_at > clock_timestamp() - make_interval(secs => :s))"),
                {"k": self.key, "s": self.window},
            ).one()
        return int(row[0]), int(row[1])


def _ago(now, seconds: float):  # noqa: ANN001, ANN202
    from datetime import timedelta

    return now - timedelta(seconds=seconds)


def limit_key(base_url: str, model: str) -> str:
    return f"{base_url.rstrip('/')} {model}"


class SharedPoliteness(Politeness):
    """feeds.Politeness whose per-host delay holds for every worker at once, kept in PostgreSQL."""

    def __init__(self, engine: Engine, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.engine = engine

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        if self.delay <= 0:
            with super().slot(url):
                yield
            return
        host = self.host(url)
        while True:
            wait = self.take_turn(host)
            if wait <= 0:
                break
            time.sleep(min(wait, RECHECK * 4))
        try:
            yield
        finally:
            self.end_turn(host)

    def take_turn(self, host: str) -> float:
        """0 if this process now holds the host's turn, else the seconds to wait before asking again."""
        with self.engine.begin() as conn:
            row = conn.execute(
                text("""
                    INSERT INTO citebrief_host_pacing AS p (host, next_start, held_since)
                    VALUES (:h, clock_timestamp(), clock_timestamp())
                    ON CONFLICT (host) DO UPDATE SET held_since = clock_timestamp()
                    WHERE p.next_start <= clock_timestamp()
                      AND (p.held_since IS NULL OR p.held_since < clock_timestamp() - make_interval(secs => :stale))
                    RETURNING 1
                """),
                # A process that died holding a host's turn gives it up after this long.
                {"h": host, "stale": max(30.0, 4 * self.timeout)},
            ).first()
            if row is not None:
                return 0.0
            ahead = conn.execute(
                text("SELECT held_since IS NOT NULL AS held, "
                     "extract(epoch FROM next_start - clock_timestamp()) AS wait "
                     "FROM citebrief_host_pacing WHERE host = :h"), {"h": host}).one()
        return RECHECK if ahead.held else max(float(ahead.wait), 0.01)

    def end_turn(self, host: str) -> None:
        """The answer is in (or the request failed): the next request waits `delay` from now."""
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE citebrief_host_pacing SET held_since = NULL, "
                              "next_start = clock_timestamp() + make_interval(secs => :d) WHERE host = :h"),
                         {"h": host, "d": float(self.delay)})

    def _fetch_robots(self, host: str) -> RobotFileParser:
        """The host's robots.txt as the cluster last read it (within ROBOTS_TTL), else read now by
        this worker while the others wait for it (an advisory lock on the host)."""
        with self.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": "robots:" + host})
            row = conn.execute(
                text("SELECT body, forbid_all FROM citebrief_robots WHERE host = :h "
                     "AND read_at > clock_timestamp() - make_interval(secs => :ttl)"),
                {"h": host, "ttl": ROBOTS_TTL}).first()
            if row is not None:
                return robots_parser(host, row.body, row.forbid_all)
            body, forbid_all = self.download_robots(host)
            conn.execute(
                text("INSERT INTO citebrief_robots (host, body, forbid_all, read_at) "
                     "VALUES (:h, :b, :f, clock_timestamp()) ON CONFLICT (host) DO UPDATE "
                     "SET body = excluded.body, forbid_all = excluded.forbid_all, read_at = excluded.read_at"),
                {"h": host, "b": body, "f": forbid_all})
        return robots_parser(host, body, forbid_all)
