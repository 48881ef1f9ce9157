"""The FastAPI application: pages (citebrief.web.pages), the JSON API (citebrief.web.api), static
files, problem details, limits and security headers, over one Store.

    app = create_app(ServeSettings(db="briefs.sqlite"))
    uvicorn.run(app, host="127.0.0.1", port=8000)

Several worker processes (`citebrief serve --workers N`) each build the app with
:func:`app_from_env` from the settings :func:`settings_to_env` put in their environment.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from citebrief.store import Store

HERE = Path(__file__).parent
TOKEN_ENV = "CITEBRIEF_TOKEN"
SETTINGS_ENV = "CITEBRIEF_SERVE_SETTINGS"  # the settings of worker processes (JSON, without the token)


@dataclass
class ServeSettings:
    db: str | None = None
    token: str | None = None
    poll_seconds: float | None = None  # run the feed runner this often, in the server's process
    max_body: int = 2_000_000  # bytes a request body may have
    request_timeout: float = 60.0  # seconds a request may take (a brief of a fetched URL included)
    fetch_timeout: float = 15.0  # seconds a URL fetch on someone's behalf may take
    live_seconds: float = 10.0  # how often an open timeline asks for new briefs
    notify_seconds: float = 5.0  # how often watchlist webhooks look for new briefs
    webhook_attempts: int = 4
    webhook_backoff: float = 2.0  # seconds before the first retry, doubled each time
    # Fetch URLs (Brief it, /api/brief, /api/verify, --poll's feeds) on private, loopback and
    # link-local addresses; None: fetch.allow_private in the config (else refused).
    allow_private: bool | None = None
    background: bool = True  # poll feeds and send webhooks in this process (not in --workers' workers)

    @classmethod
    def with_env(cls, **values: Any) -> ServeSettings:
        if not values.get("token"):
            values["token"] = os.environ.get(TOKEN_ENV) or None
        return cls(**values)


class RowsEnvironment(Environment):
    """Jinja2 whose ``row.title`` reads a dict's key first. The pages render database rows as
    dicts; Jinja2 tries the attribute first and catches the AttributeError for each of a
    timeline's ~500 lookups, a fifth of its render time."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1)
def templates():  # noqa: ANN201 - a Jinja2Templates
    from fastapi.templating import Jinja2Templates

    from citebrief.brief import claims_line
    from citebrief.web.security import safe_url

    env = RowsEnvironment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # .j2 names would not switch it on by extension
        auto_reload=False,  # package files: no stat() of every template on every render
        trim_blocks=True,
        lstrip_blocks=True,
    )
    tpl = Jinja2Templates(env=env)
    env.filters["safe_url"] = safe_url
    env.filters["when"] = lambda v: v.strftime("%Y-%m-%d %H:%M") if v else ""
    env.globals["claims_line"] = claims_line
    return tpl


def settings_to_env(settings: ServeSettings) -> dict[str, str]:
    """Environment variables from which :func:`app_from_env` rebuilds ``settings`` in a worker
    process; the token travels in its own variable, as users give it."""
    values = {k: v for k, v in asdict(settings).items() if k != "token"}
    env = {SETTINGS_ENV: json.dumps(values)}
    if settings.token:
        env[TOKEN_ENV] = settings.token
    return env


def app_from_env() -> FastAPI:
    """The app of a worker process of `citebrief serve --workers N` (a uvicorn factory)."""
    values = json.loads(os.environ.get(SETTINGS_ENV) or "{}")
    return create_app(ServeSettings.with_env(**values))


def create_app(settings: ServeSettings | None = None, store: Store | None = None) -> FastAPI:
    """The application over ``store`` (or the database of ``settings.db``)."""
    from citebrief.web import api, pages
    from citebrief.web.problems import LimitsMiddleware, install_handlers
    from citebrief.web.security import SecurityMiddleware
    from citebrief.web.watch import Background

    settings = settings or ServeSettings.with_env()
    store = store or Store.open(settings.db)
    background = Background(store, settings)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        if settings.background:
            background.start()
        try:
            yield
        finally:
            background.stop()

    app = FastAPI(
        title="citebrief",
        description="Cited, verified briefs of financial news: timeline, briefs, stories, search, "
                    "brief and verify on demand, feeds and watchlists. Errors are RFC 9457 problem details. "
                    "With a token, every write needs `Authorization: Bearer <token>`.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.background = background
    install_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(LimitsMiddleware, max_body=settings.max_body, timeout=settings.request_timeout)
    app.add_middleware(SecurityMiddleware, loopback_only=not settings.token)
    return app
