"""Who may write, and what every response carries.

- With a token (``--token`` or ``$CITEBRIEF_TOKEN``), every write and every fetch on someone's
  behalf needs it: the API as ``Authorization: Bearer T``, the pages through a cookie set by the
  sign-in form. Without a token the server only listens on loopback (see citebrief.cli.serve) and
  refuses requests whose Host is not a loopback name (DNS rebinding).
- Forms are CSRF-safe: a random cookie (SameSite=Strict) echoed in a hidden field, compared in
  constant time, plus an Origin check when the browser sends one. API writes take JSON only, which
  a cross-site form cannot send without a CORS preflight (and the server allows no CORS).
- Every response gets a Content-Security-Policy without inline scripts or styles, nosniff,
  no framing and no referrer to other sites.
"""
from __future__ import annotations

import hmac
import ipaddress
import secrets
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

CSRF_COOKIE = "cb_csrf"
TOKEN_COOKIE = "cb_token"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# /docs (Swagger UI, no third-party text) loads its script from a CDN and starts it inline.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a ``javascript:`` or ``data:`` URL never becomes a link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class SecurityMiddleware:
    """Adds the headers above; without a token, refuses a Host that is not loopback."""

    def __init__(self, app: Any, *, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.loopback_only:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
            if host and not is_loopback(name):
                from citebrief.web.problems import _send, problem_response

                await _send(send, problem_response(scope.get("path", ""), 421,
                                                   f"Host {host!r} refused: without a token this server "
                                                   "answers only loopback names"))
                return

        csp = (DOCS_CSP if scope.get("path") == "/docs" else CSP).encode()

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = (list(message.get("headers") or []) + SECURITY_HEADERS
                                      + [(b"content-security-policy", csp)])
            await send(message)

        await self.app(scope, receive, with_headers)


def _token(request: Request) -> str | None:
    return request.app.state.settings.token


def bearer_ok(request: Request) -> bool:
    token = _token(request)
    if not token:
        return True
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header.lower().startswith("bearer ") else ""
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def require_api_token(request: Request) -> None:
    """Dependency of every API write and fetch-on-behalf."""
    if not bearer_ok(request):
        raise HTTPException(401, "this server needs a token: send Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})


def signed_in(request: Request) -> bool:
    token = _token(request)
    if not token:
        return True
    given = request.cookies.get(TOKEN_COOKIE, "")
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def token_matches(request: Request, given: str) -> bool:
    token = _token(request)
    if not token:
        return False
    return hmac.compare_digest(given.encode(), token.encode())


def csrf_value(request: Request) -> str:
    """The page's CSRF value: the cookie's, or a new one the response must set (see set_csrf)."""
    value = request.cookies.get(CSRF_COOKIE)
    if not value or len(value) < 20:
        value = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(24)
        request.state.new_csrf = value
    return value


def set_csrf(request: Request, response: Any) -> None:
    value = getattr(request.state, "new_csrf", None)
    if value:
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict", path="/")


def check_form(request: Request, form: Any, *, needs_token: bool = True) -> None:
    """A form post must carry the CSRF value, come from our origin, and (with a token) be signed in."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        if urlsplit(origin).netloc != request.headers.get("host", ""):
            raise HTTPException(403, f"form posted from another origin ({origin})")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    given = str(form.get("csrf") or "")
    if not cookie or not given or not hmac.compare_digest(cookie.encode(), given.encode()):
        raise HTTPException(403, "the form's CSRF check failed: reload the page and try again")
    if needs_token and not signed_in(request):
        raise HTTPException(401, "this server needs a token: sign in first")
