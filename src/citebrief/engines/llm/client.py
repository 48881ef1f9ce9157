"""A small async client for OpenAI-compatible chat-completions endpoints.

httpx rather than the openai SDK: we need exact control over connect/read timeouts, over
Retry-After, and over falling back when a server rejects a response_format or one keyword of a
schema (vLLM, Ollama, llama.cpp, OpenAI, DeepSeek and DashScope each accept a different subset).
What an endpoint rejected and how fast it answers is kept in its profile (endpoints.py).
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import re
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Protocol

import httpx

from citebrief.engines.llm.budget import DEFAULT_TOKENS, TIMEOUT_CEILING, prompt_tokens, read_timeout
from citebrief.engines.llm.dialects import AUTO, FALLBACK, SCHEMA_FORMATS, response_format, schema_prompt
from citebrief.engines.llm.endpoints import EndpointProfile, profile_for
from citebrief.engines.llm.schemas import SCHEMA_KEYWORDS, bounded
from citebrief.errors import EngineError

RETRY_STATUSES = {408, 409, 425, 429, 500, 502, 503, 504}
REJECT_STATUSES = (400, 422, 500)  # how servers refuse a format or a schema keyword (llama-cpp-python: 500)


class RequestLimiter(Protocol):
    """Waits until a request of about `tokens` may be sent; `settle` marks it over (and, once
    known, the tokens it used)."""

    async def acquire(self, tokens: int) -> Any: ...

    async def settle(self, ticket: Any, tokens: int | None = None) -> None: ...


@dataclass
class Completion:
    content: str
    tokens_in: int
    tokens_out: int
    mode: str                              # the response format the answer came in (dialects.py)
    attempts: int
    seconds: float
    finish_reason: str | None = None
    dropped_keywords: frozenset[str] = frozenset()  # schema keywords the server rejected


@dataclass
class Exchange:
    """One HTTP round trip, for the log."""

    request: dict[str, Any]
    status: int | None
    response: str
    seconds: float
    tokens_in: int = 0
    tokens_out: int = 0
    error: str | None = None


@dataclass
class ChatClient:
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float | None = None    # fixed read timeout; None: from max_tokens and the measured speed (budget.py)
    connect_timeout: float = 10.0
    max_retries: int = 3            # retries after the first attempt, for 429 / 5xx / timeouts
    backoff: float = 1.0            # first backoff in seconds, doubled each retry (with jitter)
    max_wait: float = 60.0          # longest Retry-After we are willing to honour
    response_format: str = AUTO     # auto: FALLBACK in order; else only that format (dialects.py)
    max_tokens: int | None = None   # fixed cap on every answer; None: each request's own size (budget.py)
    latin_text: bool = False        # an English brief: no Chinese in its own words (as a schema pattern)
    on_exchange: Callable[[Exchange], None] | None = None
    profile: EndpointProfile | None = None  # what this endpoint accepts and how fast it is
    # A limit shared with other processes (citebrief.scale.limits.SharedRateLimit): every attempt
    # waits for its turn, reserving its prompt + max_tokens, then settles the tokens used.
    limiter: RequestLimiter | None = None

    def __post_init__(self) -> None:
        if self.profile is None:
            self.profile = profile_for(self.base_url, self.model)

    @property
    def url(self) -> str:
        return f"{self.base_url}/chat/completions"

    def http_client(self, concurrency: int = 4) -> httpx.AsyncClient:
        # Each request sets its own read timeout (complete()); this one is for anything else.
        timeout = httpx.Timeout(self.timeout or TIMEOUT_CEILING, connect=self.connect_timeout)
        # One connection per article in flight: httpcore scans its whole pool on every request. Kept
        # idle for a minute, not httpx's 5 s: between one article's requests a loaded machine may spend
        # longer than that verifying the last reply (the server may still close it sooner).
        limits = httpx.Limits(max_connections=max(concurrency, 1), max_keepalive_connections=max(concurrency, 1),
                              keepalive_expiry=60.0)
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        return httpx.AsyncClient(timeout=timeout, limits=limits, headers=headers, verify=_ssl_context())

    def current_format(self) -> str:
        """The format the next request is sent in: the chosen one, or under `auto` the first the
        endpoint has not rejected."""
        if self.response_format != AUTO:
            return self.response_format
        assert self.profile is not None
        return next((f for f in FALLBACK if f not in self.profile.rejected_formats), "prompt")

    async def complete(self, http: httpx.AsyncClient, messages: list[dict[str, str]], *,
                       schema: dict[str, Any], schema_name: str,
                       max_tokens: int | None = None, quotes: tuple[str, ...] = (),
                       on_exchange: Callable[[Exchange], None] | None = None) -> Completion:
        """One answer from the model, as text; raises EngineError (one line) when none comes.

        `max_tokens` is this request's size (budget.py); a fixed `self.max_tokens` wins over it."""
        log = on_exchange or self.on_exchange
        profile = self.profile
        assert profile is not None
        cap = self.max_tokens or max_tokens or DEFAULT_TOKENS
        started = time.monotonic()
        attempts = 0
        retries = 0
        while True:
            mode = self.current_format()
            drop = profile.keywords_rejected(mode)
            body = self._body(messages, schema, schema_name, mode, cap, quotes, drop)
            wait = self.timeout or read_timeout(cap, prompt_tokens(body["messages"]), profile.expected_rate)
            attempts += 1
            ticket = None
            if self.limiter is not None:
                ticket = await self.limiter.acquire(prompt_tokens(body["messages"]) + cap)
            t0 = time.monotonic()
            try:
                try:
                    resp = await http.post(self.url, json=body,
                                           timeout=httpx.Timeout(wait, connect=self.connect_timeout))
                    text = resp.text
                finally:
                    if ticket is not None:
                        await self.limiter.settle(ticket)  # type: ignore[union-attr]
            except httpx.TimeoutException as exc:
                _log(log, body, None, "", t0, error=f"timeout ({type(exc).__name__})")
                limit = self.connect_timeout if isinstance(exc, httpx.ConnectTimeout) else wait
                if not isinstance(exc, httpx.ConnectTimeout):
                    profile.record_timeout()
                retries = await self._retry_or_fail(retries, f"no answer within {limit:g} s ({type(exc).__name__})",
                                                    None)
                continue
            except httpx.TransportError as exc:
                _log(log, body, None, "", t0, error=str(exc) or type(exc).__name__)
                retries = await self._retry_or_fail(retries, f"connection failed: {exc or type(exc).__name__}",
                                                    None)
                continue
            status = resp.status_code
            if status in REJECT_STATUSES:
                named = _named_keywords(text, _keywords_in(body.get("response_format")))
                if named:
                    # The server cannot take a schema keyword (OpenAI's strict mode names the
                    # one it refuses): the same format without it, no retry spent.
                    _log(log, body, status, text, t0, error=f"schema keyword(s) {', '.join(sorted(named))} rejected")
                    profile.reject_keywords(mode, named)
                    continue
                if mode != "prompt" and _mentions_format(text):
                    _log(log, body, status, text, t0, error=f"response_format {mode} rejected")
                    if self.response_format != AUTO:
                        raise EngineError(f"{self.url} (model {self.model}): the server rejects response format "
                                          f"{mode}{_error_detail(text)}; choose another (--response-format, "
                                          f"e.g. auto)")
                    # The server does not support this response_format (llama-cpp-python says so
                    # with a 500): fall back to the next, no retry spent.
                    profile.reject_format(mode)
                    continue
            if status in RETRY_STATUSES or status >= 500:
                _log(log, body, status, text, t0, error=f"HTTP {status}")
                retries = await self._retry_or_fail(retries, f"HTTP {status}{_error_detail(text)}",
                                                    resp.headers)
                continue
            if status >= 400:
                _log(log, body, status, text, t0, error=f"HTTP {status}")
                raise EngineError(f"{self.url} (model {self.model}): HTTP {status}{_error_detail(text)}")
            try:
                content, usage, finish = _parse_envelope(text)
            except ValueError as exc:
                _log(log, body, status, text, t0, error=str(exc))
                retries = await self._retry_or_fail(retries, str(exc), None)
                continue
            tin, tout = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
            if self.limiter is not None and ticket is not None:
                await self.limiter.settle(ticket, tin + tout)
            _log(log, body, status, text, t0, tokens_in=tin, tokens_out=tout)
            profile.record_answer(tin, tout, time.monotonic() - t0)
            profile.accept_format(mode)
            dropped = drop if mode in SCHEMA_FORMATS else frozenset()
            return Completion(content, tin, tout, mode, attempts, time.monotonic() - started, finish, dropped)

    async def _retry_or_fail(self, retries: int, cause: str, headers: httpx.Headers | None) -> int:
        if retries >= self.max_retries:
            raise EngineError(f"{self.url} (model {self.model}): {cause}; "
                              f"gave up after {retries + 1} attempts")
        wait = _retry_after(headers) if headers is not None else None
        if wait is not None and wait > self.max_wait:
            raise EngineError(f"{self.url} (model {self.model}): {cause}; server asks to retry after "
                              f"{wait:.0f} s, more than the {self.max_wait:.0f} s we wait")
        if wait is None:
            wait = self.backoff * (2 ** retries) * random.uniform(0.75, 1.25)
        await asyncio.sleep(wait)
        return retries + 1

    def _body(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str,
              max_tokens: int, quotes: tuple[str, ...] = (),
              drop: frozenset[str] = frozenset()) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), "temperature": 0,
                                "max_tokens": max_tokens}
        if mode in SCHEMA_FORMATS:
            # The server holds the answer to the schema: the caps keep a small model from looping,
            # `latin` keeps Chinese out of an English brief's words, `quotes` (the article's
            # sentences) makes every quote one of them, verbatim. Minus what the server rejected.
            schema = bounded(schema, self.latin_text, quotes, drop)
        fmt = response_format(mode, schema, name)
        if fmt is not None:
            body["response_format"] = fmt
        if mode not in SCHEMA_FORMATS:
            # Without a schema-constrained decoder the model must read the schema itself.
            body["messages"] = [*messages, schema_prompt(schema)]
        return body


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every client: loading the CA bundle takes tens of milliseconds."""
    import certifi

    return ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE") or certifi.where())


def _log(log: Callable[[Exchange], None] | None, body: dict[str, Any], status: int | None, text: str,
         t0: float, *, tokens_in: int = 0, tokens_out: int = 0, error: str | None = None) -> None:
    if log is not None:
        log(Exchange(body, status, text, time.monotonic() - t0, tokens_in, tokens_out, error))


def _keywords_in(node: Any) -> set[str]:
    """The SCHEMA_KEYWORDS a request's response_format uses."""
    found: set[str] = set()
    if isinstance(node, dict):
        found.update(k for k in SCHEMA_KEYWORDS if k in node and not isinstance(node[k], dict))
        for value in node.values():
            found |= _keywords_in(value)
    elif isinstance(node, list):
        for value in node:
            found |= _keywords_in(value)
    return found


def _named_keywords(text: str, sent: set[str]) -> set[str]:
    """The keywords of `sent` an error message names ("'maxLength' is not permitted")."""
    return {k for k in sent if re.search(rf"(?<![A-Za-z]){k}(?![A-Za-z])", text, re.I)}


def _mentions_format(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in ("response_format", "json_schema", "json_object", "response format",
                                        "structured output", "grammar"))


def _error_detail(text: str) -> str:
    try:
        data = json.loads(text)
        err = data.get("error", data) if isinstance(data, dict) else data
        msg = err.get("message") if isinstance(err, dict) else str(err)
    except (ValueError, AttributeError):
        msg = text
    msg = " ".join(str(msg or "").split())[:160]
    return f": {msg}" if msg else ""


def _parse_envelope(text: str) -> tuple[str, dict[str, Any], str | None]:
    """choices[0].message.content and usage from a chat-completions answer."""
    try:
        data = json.loads(text)
        choice = data["choices"][0]
        content = choice["message"].get("content")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise ValueError(f"not a chat-completions answer: {text[:80]!r}") from None
    if isinstance(content, list):  # some servers send content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        raise ValueError("chat-completions answer without message content")
    return content, data.get("usage") or {}, choice.get("finish_reason")


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from retry-after-ms (OpenAI) or Retry-After (seconds or an HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(float(ms) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import datetime

    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
