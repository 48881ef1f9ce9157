"""What the server does on its own: poll feeds (``--poll``) and hand new watchlist briefs to webhooks.

A webhook delivery is one POST of JSON ``{"watchlist": {...}, "briefs": [...]}`` signed with
HMAC-SHA256 of the body under the watchlist's secret (header ``X-Citebrief-Signature:
sha256=<hex>``), retried with exponential backoff on a network error or a 5xx/429 answer. Every
attempt's outcome is logged (citebrief.store.watchlists.deliveries) and shown on the watchlist
page; a batch that still fails after the last attempt is logged as failed and not sent again.

Webhook URLs are third-party targets like the URLs the server fetches: one on a private,
loopback, link-local or reserved address is refused when a watchlist is made or changed
(:func:`check_webhook_url`) and again at each delivery, where the connection goes through
loaders.netguard's guarded client and so to an address checked at that moment (a name may
resolve elsewhere by then), unless the server allows private targets (``--allow-private-urls``,
``fetch.allow_private``). A refused delivery is logged as failed, with the reason, and not retried.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from citebrief.errors import InputError, RefusedURL
from citebrief.loaders.netguard import (
    OPT_IN_HINT,
    BlockedAddress,
    allow_private_setting,
    check_url_target,
    guarded_client,
)
from citebrief.store import Store
from citebrief.store.timeline import BriefFilter, briefs_page
from citebrief.store.watchlists import list_watchlists, record_delivery

if TYPE_CHECKING:
    from citebrief.web.app import ServeSettings

log = logging.getLogger("citebrief.web")
SIGNATURE_HEADER = "X-Citebrief-Signature"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def brief_summary(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON of one timeline row, as the API lists it and webhooks deliver it."""
    return {
        "id": row["id"], "article_id": row["article_id"], "title": row["title"], "source": row["source"],
        "url": row["url"], "language": row["language"], "version": row["version"], "engine": row["engine"],
        "published_at": row["published_at"].isoformat() if row["published_at"] else None,
        "created_at": row["created_at"].isoformat() if row["created_at"] else None,
        "core_viewpoint": row["core_viewpoint"],
        "checks": {k: row[k] for k in ("supported", "unsupported", "unverifiable", "unchecked")},
        "story": {"id": row["story_id"], "size": row["story_size"]} if row["story_id"] else None,
        "key_figures": row["key_figures"],
        "links": {"self": f"/api/briefs/{row['id']}", "page": f"/briefs/{row['id']}"},
    }


def check_webhook_url(url: str | None, *, allow_private: bool | None) -> str | None:
    """The webhook URL to keep (None: no webhook), once it is an http(s) URL whose host resolves
    to public addresses only, or ``allow_private`` (None: the config's fetch.allow_private).
    Raises InputError, or RefusedURL for a private target (both 422 problems in the API)."""
    url = (url or "").strip() or None
    if url is None:
        return None
    if not url.startswith(("http://", "https://")):
        raise InputError(url, "a webhook URL must start with http:// or https://")
    if allow_private_setting(allow_private):
        return url
    try:
        check_url_target(url)
    except BlockedAddress as exc:
        raise RefusedURL(url, f"webhook refused: {exc} ({OPT_IN_HINT})") from None
    except (OSError, httpx.InvalidURL, UnicodeError) as exc:
        raise InputError(url, f"webhook host does not resolve ({exc})") from None
    return url


def deliver(url: str, secret: str, payload: dict[str, Any], *, attempts: int, backoff: float,
            allow_private: bool | None = None,
            sleep: Callable[[float], None] = time.sleep) -> tuple[bool, int, str]:
    """POST ``payload`` through a guarded client (see module); (delivered, attempts made, last
    status or error)."""
    body = json.dumps(payload, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body),
               "User-Agent": "citebrief-webhook/0.1"}
    status = ""
    with guarded_client(allow_private=allow_private, timeout=10.0) as client:
        for attempt in range(1, attempts + 1):
            try:
                resp = client.post(url, content=body, headers=headers)
                status = f"HTTP {resp.status_code}"
                if resp.is_success:
                    return True, attempt, status
                if resp.status_code < 500 and resp.status_code != 429:
                    return False, attempt, status  # the receiver refused it: retrying would not help
            except BlockedAddress as exc:  # where it points, not a passing failure: no retry
                return False, attempt, f"refused: {exc} ({OPT_IN_HINT})"
            except httpx.HTTPError as exc:
                status = f"{type(exc).__name__}: {exc}".strip()
            if attempt < attempts:
                sleep(backoff * 2 ** (attempt - 1))
    return False, attempts, status


def notify_watchlists(store: Store, settings: ServeSettings) -> int:
    """Deliver each webhook watchlist's briefs stored since its last delivery; returns batches sent."""
    sent = 0
    for wl in list_watchlists(store):
        if not wl["webhook_url"]:
            continue
        rows = briefs_page(store, BriefFilter(any_terms=tuple(wl["terms"])), after=wl["delivered_through"],
                           limit=50)
        if not rows:
            continue
        payload = {"watchlist": {"id": wl["id"], "name": wl["name"], "terms": wl["terms"]},
                   "briefs": [brief_summary(r) for r in rows]}
        ok, attempts, status = deliver(wl["webhook_url"], wl["webhook_secret"] or "", payload,
                                       attempts=settings.webhook_attempts, backoff=settings.webhook_backoff,
                                       allow_private=settings.allow_private)
        record_delivery(store, wl["id"], [r["id"] for r in rows], attempts=attempts, ok=ok, status=status)
        sent += 1
    return sent


class Background:
    """Threads for ``--poll`` (the feed runner) and watchlist webhooks; stopped with the server."""

    def __init__(self, store: Store, settings: ServeSettings) -> None:
        self.store = store
        self.settings = settings
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.last_poll: dict[str, Any] | None = None

    def start(self) -> None:
        self._threads = [threading.Thread(target=self._loop, args=(self.settings.notify_seconds, self._notify),
                                          name="citebrief-webhooks", daemon=True)]
        if self.settings.poll_seconds:
            self._threads.append(threading.Thread(target=self._loop, args=(self.settings.poll_seconds, self._poll),
                                                  name="citebrief-poll", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)

    def _loop(self, every: float, work: Callable[[], None]) -> None:
        while not self._stop.is_set():
            try:
                work()
            except Exception:  # noqa: BLE001 - a failing round is logged; the next one tries again
                log.exception("citebrief: background %s failed", work.__name__)
            self._stop.wait(every)

    def _notify(self) -> None:
        notify_watchlists(self.store, self.settings)

    def _poll(self) -> None:
        from citebrief.runner import Runner, RunOptions

        if not self.store.list_feeds():
            return
        options = RunOptions(progress=False, allow_private=self.settings.allow_private)
        summary = Runner(self.store, options).run_once()
        self.last_poll = {"at": time.time(), "line": summary.line(), "failures": summary.failures[:20]}
        notify_watchlists(self.store, self.settings)
