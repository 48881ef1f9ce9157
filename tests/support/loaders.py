"""Shared helpers for the loader tests: fixture paths and a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "loaders"

Route = Callable[[BaseHTTPRequestHandler], None]


def read_fixture(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def respond(status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None) -> Route:
    """A route answering with a fixed status, body and headers."""
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        if content_type is not None:
            h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            h.send_header(key, value)
        h.end_headers()
        h.wfile.write(body)
    return route


def redirect(location: str, status: int = 302) -> Route:
    return respond(status, b"", headers={"Location": location})


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        route = self.routes.get(self.path.split("?", 1)[0])
        try:
            if route is None:
                respond(404, b"<html><body>not found</body></html>")(self)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up on purpose (size limit, timeout)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@contextlib.contextmanager
def serve(routes: dict[str, Route], host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``routes`` (path -> route) on ``host`` (127.0.0.1; any 127.x address works on Linux);
    yield the base URL."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
