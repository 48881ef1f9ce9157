"""A small async client for OpenAI-compatible chat-completions endpoints.

httpx rather than the openai SDK: we need exact control over connect/read timeouts, over
Retry-After, and over falling back when a server rejects a response_format (vLLM, Ollama,
llama.cpp, DeepSeek and DashScope each accept a different subset).
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import ssl
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Callable

import httpx

from citebrief.errors import EngineError

# Tried in this order; once the server rejects one, later calls start at the next.
# json_object_schema is llama.cpp's dialect: JSON mode constrained by a schema ("schema" key).
RESPONSE_MODES = ("json_schema", "json_object_schema", "json_object", "prompt")
RETRY_STATUSES = {408, 409, 425, 429, 500, 502, 503, 504}


@dataclass
class Completion:
    content: str
    tokens_in: int
    tokens_out: int
    mode: str
    attempts: int
    seconds: float
    finish_reason: str | None = None


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
    timeout: float = 120.0          # read timeout: a slow local model may take a minute per answer
    connect_timeout: float = 10.0
    max_retries: int = 3            # retries after the first attempt, for 429 / 5xx / timeouts
    backoff: float = 1.0            # first backoff in seconds, doubled each retry (with jitter)
    max_wait: float = 60.0          # longest Retry-After we are willing to honour
    mode: str = "json_schema"       # first response_format to try
    max_tokens: int | None = None   # cap on each answer (a small model can loop)
    latin_text: bool = False        # an English brief: no Chinese in its own words (grammar mode only)
    on_exchange: Callable[[Exchange], None] | None = None
    _rejected: set[str] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"{self.base_url}/chat/completions"

    def http_client(self, concurrency: int = 4) -> httpx.AsyncClient:
        timeout = httpx.Timeout(self.timeout, connect=self.connect_timeout)
        # One connection per article in flight: httpcore scans its whole pool on every request.
        limits = httpx.Limits(max_connections=max(concurrency, 1), max_keepalive_connections=max(concurrency, 1))
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        return httpx.AsyncClient(timeout=timeout, limits=limits, headers=headers, verify=_ssl_context())

    def _current_mode(self) -> str:
        start = RESPONSE_MODES.index(self.mode) if self.mode in RESPONSE_MODES else 0
        for mode in RESPONSE_MODES[start:]:
            if mode not in self._rejected:
                return mode
        return "prompt"

    async def complete(self, http: httpx.AsyncClient, messages: list[dict[str, str]], *,
                       schema: dict[str, Any], schema_name: str,
                       max_tokens: int | None = None, quotes: tuple[str, ...] = (),
                       on_exchange: Callable[[Exchange], None] | None = None) -> Completion:
        """One answer from the model, as text; raises EngineError (one line) when none comes."""
        log = on_exchange or self.on_exchange
        started = time.monotonic()
        attempts = 0
        retries = 0
        while True:
            mode = self._current_mode()
            body = self._body(messages, schema, schema_name, mode, max_tokens or self.max_tokens, quotes)
            attempts += 1
            t0 = time.monotonic()
            try:
                resp = await http.post(self.url, json=body)
                text = resp.text
            except httpx.TimeoutException as exc:
                _log(log, body, None, "", t0, error=f"timeout ({type(exc).__name__})")
                cause = f"no answer within {self._timeout_of(exc)} s ({type(exc).__name__})"
                retries = await self._retry_or_fail(retries, cause, None)
                continue
            except httpx.TransportError as exc:
                _log(log, body, None, "", t0, error=str(exc) or type(exc).__name__)
                retries = await self._retry_or_fail(retries, f"connection failed: {exc or type(exc).__name__}",
                                                    None)
                continue
            status = resp.status_code
            if status in (400, 422, 500) and mode != "prompt" and _mentions_format(text):
                # The server does not support this response_format (llama-cpp-python says so with
                # a 500): fall back to the next, no retry spent.
                _log(log, body, status, text, t0, error=f"response_format {mode} rejected")
                self._rejected.add(mode)
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
            _log(log, body, status, text, t0, tokens_in=tin, tokens_out=tout)
            return Completion(content, tin, tout, mode, attempts, time.monotonic() - started, finish)

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

    def _timeout_of(self, exc: httpx.TimeoutException) -> float:
        return self.connect_timeout if isinstance(exc, httpx.ConnectTimeout) else self.timeout

    def _body(self, messages: list[dict[str, str]], schema: dict[str, Any], name: str, mode: str,
              max_tokens: int | None, quotes: tuple[str, ...] = ()) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), "temperature": 0}
        if max_tokens:
            body["max_tokens"] = max_tokens
        if mode == "json_schema":
            body["response_format"] = {"type": "json_schema",
                                       "json_schema": {"name": name, "schema": schema, "strict": True}}
        elif mode == "json_object_schema":
            # llama.cpp turns the schema into a grammar: caps on lengths keep a small model from looping.
            from citebrief.engines.llm.schemas import bounded

            # `quotes`: the article's sentences, so that every quote is one of them, verbatim.
            body["response_format"] = {"type": "json_object", "schema": bounded(schema, self.latin_text, quotes)}
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        if mode not in ("json_schema", "json_object_schema"):
            # Without a schema-constrained decoder the model must read the schema itself.
            body["messages"] = [*messages, {"role": "system", "content":
                                "Reply with one JSON object, no prose and no code fences, that "
                                "validates against this JSON Schema:\n"
                                + json.dumps(schema, ensure_ascii=False)}]
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
    from datetime import datetime, timezone

    return max((when - datetime.now(timezone.utc)).total_seconds(), 0.0)
