"""A fake chat-completions provider: a real HTTP server on 127.0.0.1 that answers from replies a
test prepares, and records every request.

    with FakeProvider() as llm:
        llm.reply(Reply(status=429, headers={"Retry-After": "1"}), Reply(content='{"...": ...}'))
        engine = LLMEngine(base_url=llm.url, model="fake", ...)

Replies are served in order; when none is queued, `responder(request_json)` answers (if set),
else a 500 says so. A server without some response formats (`reject_formats`) or without some
schema keywords (`reject_keywords`, a 400 naming the keyword as OpenAI's strict mode does) is a
constructor argument. Also used by bench/llm.py with a fixed latency per request.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str | None = None           # the model's message content, wrapped in a chat-completions body
    status: int = 200
    body: str | None = None              # a raw body instead (e.g. an error JSON, or not JSON at all)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                   # seconds before answering: a stalled connection
    truncate: bool = False               # promise more bytes than are sent, then close
    usage: tuple[int, int] = (120, 40)   # prompt_tokens, completion_tokens
    finish_reason: str = "stop"


@dataclass
class Seen:
    body: dict[str, Any]
    headers: dict[str, str]
    at: float

    @property
    def response_format(self) -> str | None:
        return format_of(self.body)

    @property
    def text(self) -> str:
        """All message contents, joined: what the model was told."""
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))


def format_of(body: dict[str, Any]) -> str | None:
    """json_schema | json_object_schema (llama.cpp's JSON mode with a schema) | json_object | None."""
    fmt = body.get("response_format")
    if not isinstance(fmt, dict):
        return None
    if fmt.get("type") == "json_object" and "schema" in fmt:
        return "json_object_schema"
    return fmt.get("type")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # listen() runs in the constructor, so the backlog must be set on the class: with the
    # default of 5, a batch opening 16 connections at once loses SYNs, which the kernel
    # retries only after a second (one request in a bench batch took 1.27 s instead of 0.2 s).
    request_queue_size = 128


def keywords_of(node: Any, names: set[str]) -> list[str]:
    """The JSON Schema keywords among `names` that a schema uses, in the order met."""
    found: list[str] = []
    if isinstance(node, dict):
        found += [k for k in node if k in names and not isinstance(node[k], dict)]
        for value in node.values():
            found += keywords_of(value, names)
    elif isinstance(node, list):
        for value in node:
            found += keywords_of(value, names)
    return found


class FakeProvider:
    def __init__(self, *, latency: float = 0.0, reject_formats: tuple[str, ...] = (), reject_status: int = 400,
                 reject_keywords: tuple[str, ...] = (), keyword_formats: tuple[str, ...] = ("json_schema",),
                 responder: Callable[[dict[str, Any]], Reply] | None = None) -> None:
        self.latency = latency
        self.reject_formats = set(reject_formats)  # answered with reject_status, as a server without them
        self.reject_status = reject_status
        # Schema keywords refused in `keyword_formats` with a 400 naming the first one found, in
        # the words of OpenAI's strict mode (which also name the response_format).
        self.reject_keywords = set(reject_keywords)
        self.keyword_formats = set(keyword_formats)
        self.responder = responder
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.peak_in_flight = 0
        self.connections: set[tuple[str, int]] = set()  # client (host, port)s: keep-alive reuse shows here
        self._queue: list[Reply] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def reply(self, *replies: Reply) -> FakeProvider:
        with self._lock:
            self._queue.extend(replies)
        return self

    def __enter__(self) -> FakeProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict[str, Any]) -> Reply:
        fmt = format_of(body)
        if fmt in self.reject_formats:
            return Reply(status=self.reject_status, body=json.dumps({"error": {
                "message": f"response_format {fmt!r} is not supported by this server",
                "type": "invalid_request_error"}}))
        if fmt in self.keyword_formats and self.reject_keywords:
            refused = keywords_of(body.get("response_format"), self.reject_keywords)
            if refused:
                name = (body["response_format"].get("json_schema") or {}).get("name", "schema")
                return Reply(status=400, body=json.dumps({"error": {
                    "message": f"Invalid schema for response_format '{name}': In context=('properties', 'text'), "
                               f"'{refused[0]}' is not permitted.",
                    "type": "invalid_request_error", "param": "response_format", "code": None}}))
        with self._lock:
            if self._queue:
                return self._queue.pop(0)
        if self.responder is not None:
            return self.responder(body)
        return Reply(status=500, body='{"error": {"message": "fake provider: no reply prepared"}}')

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real providers

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def setup(self) -> None:
                super().setup()
                # headers and body go out in two writes: without this, delayed ACKs add ~40 ms
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                with provider._lock:
                    provider.connections.add(self.client_address[:2])

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return self._send(Reply(status=404, body='{"error": {"message": "not found"}}'))
                try:
                    body = json.loads(raw)
                except ValueError:
                    return self._send(Reply(status=400, body='{"error": {"message": "body is not JSON"}}'))
                with provider._lock:
                    provider.requests.append(Seen(body, dict(self.headers), time.monotonic()))
                    provider.in_flight += 1
                    provider.peak_in_flight = max(provider.peak_in_flight, provider.in_flight)
                try:
                    reply = provider._next(body)
                    wait = provider.latency + reply.delay
                    if wait:
                        provider._stopping.wait(wait)
                    self._send(reply, body.get("model"))
                finally:
                    with provider._lock:
                        provider.in_flight -= 1

            def _send(self, reply: Reply, model: str | None = None) -> None:
                if reply.body is not None:
                    payload = reply.body.encode()
                else:
                    payload = json.dumps({
                        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                        "model": model or "fake",
                        "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                                     "message": {"role": "assistant", "content": reply.content or ""}}],
                        "usage": {"prompt_tokens": reply.usage[0], "completion_tokens": reply.usage[1],
                                  "total_tokens": sum(reply.usage)},
                    }, ensure_ascii=False).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    if reply.truncate:
                        self.send_header("Content-Length", str(len(payload) * 2))
                        self.send_header("Connection", "close")
                        self.end_headers()
                        self.wfile.write(payload[: len(payload) // 2])
                        self.close_connection = True
                        return
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (read timeout): nothing to answer

        return Handler
