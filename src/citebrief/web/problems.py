"""Errors as RFC 9457 problem details, and the limits every request runs under.

API errors answer ``application/problem+json`` ``{"type", "title", "status", "detail", "instance"}``;
pages answer a small HTML page with the same text. ``LimitsMiddleware`` refuses a body over the
size limit (413, before the handler reads it) and answers 504 when a request runs past its time.
"""
from __future__ import annotations

import asyncio
import html
import json
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from starlette.responses import HTMLResponse, JSONResponse, Response

from citebrief.errors import CitebriefError, ConfigError, EngineError, FetchError, InputError, RefusedURL

PROBLEM_TYPE = "about:blank"


def problem(status: int, detail: str, *, instance: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"type": PROBLEM_TYPE, "title": HTTPStatus(status).phrase, "status": status,
                            "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def _wants_html(path: str) -> bool:
    return not (path.startswith("/api/") or path in ("/api", "/openapi.json") or path.endswith(".atom"))


def problem_response(request_path: str, status: int, detail: str, **extra: Any) -> Response:
    if _wants_html(request_path):
        title = HTTPStatus(status).phrase
        page = (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{status} {html.escape(title)}</title>'
                f'<link rel="stylesheet" href="/static/app.css"><main class="error"><h1>{status} {html.escape(title)}</h1>'
                f'<p>{html.escape(detail)}</p><p><a href="/">Back to the timeline</a></p></main>')
        return HTMLResponse(page, status_code=status)
    body = problem(status, detail, instance=request_path, **extra)
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def status_for(exc: CitebriefError) -> int:
    """The HTTP status of one of our errors: a URL that failed 502, a bad input 422 (a URL this
    server will not fetch too), an engine 502."""
    if isinstance(exc, RefusedURL):
        return 422
    if isinstance(exc, FetchError):
        return 502
    if isinstance(exc, InputError):
        return 404 if "no such" in exc.cause else 422
    if isinstance(exc, EngineError):
        return 502
    if isinstance(exc, ConfigError):
        return 400
    return 500


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        response = problem_response(request.url.path, exc.status_code, detail)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_http(request: Request, exc: StarletteHTTPException) -> Response:
        return problem_response(request.url.path, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        detail = f"{'.'.join(first['loc'][1:]) or 'request'}: {first['msg']}"
        return problem_response(request.url.path, 422, detail, errors=errors)

    @app.exception_handler(_BodyTooLarge)
    async def _too_large(request: Request, exc: Exception) -> Response:
        return problem_response(request.url.path, 413, "request body is over the size limit")

    @app.exception_handler(CitebriefError)
    async def _ours(request: Request, exc: CitebriefError) -> Response:
        return problem_response(request.url.path, status_for(exc), str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        return problem_response(request.url.path, 500, f"internal error ({type(exc).__name__})")


class LimitsMiddleware:
    """Body size limit and a per-request deadline, as raw ASGI so it also covers streamed bodies."""

    def __init__(self, app: Any, *, max_body: int, timeout: float) -> None:
        self.app = app
        self.max_body = max_body
        self.timeout = timeout

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"").decode("latin-1")
        if declared.isdigit() and int(declared) > self.max_body:
            await _send(send, problem_response(path, 413, f"request body of {int(declared):,} bytes is over the "
                                                         f"{self.max_body:,}-byte limit"))
            return
        received = 0
        too_large = False

        async def limited_receive() -> dict:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    too_large = True
                    raise _BodyTooLarge()
            return message

        started = False

        async def tracking_send(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            # asyncio.timeout cancels this task at the deadline; wait_for made a task per request.
            async with asyncio.timeout(self.timeout):
                await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _send(send, problem_response(path, 413, f"request body is over the {self.max_body:,}-byte limit"))
        except TimeoutError:
            if not started:
                await _send(send, problem_response(path, 504, f"the request took longer than {self.timeout:g} s"))
        except Exception:
            if too_large and not started:
                await _send(send, problem_response(path, 413, f"request body is over the {self.max_body:,}-byte limit"))
            else:
                raise


class _BodyTooLarge(Exception):
    pass


async def _send(send: Any, response: Response) -> None:
    await send({"type": "http.response.start", "status": response.status_code,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]})
    await send({"type": "http.response.body", "body": response.body})
