"""The FastAPI application: pages (citebrief.web.pages), the JSON API (citebrief.web.api), static
files, problem details, limits and security headers, over one Store.

    app = create_app(ServeSettings(db="briefs.sqlite"))
    uvicorn.run(app, host="127.0.0.1", port=8000)
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from citebrief.store import Store

HERE = Path(__file__).parent
TOKEN_ENV = "CITEBRIEF_TOKEN"


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

    @classmethod
    def with_env(cls, **values: Any) -> ServeSettings:
        if not values.get("token"):
            values["token"] = os.environ.get(TOKEN_ENV) or None
        return cls(**values)


@lru_cache(maxsize=1)
def templates():  # noqa: ANN201 - a Jinja2Templates
    from fastapi.templating import Jinja2Templates

    from citebrief.brief import claims_line
    from citebrief.web.security import safe_url

    tpl = Jinja2Templates(directory=str(HERE / "templates"))
    env = tpl.env
    env.autoescape = True  # .j2 names would not switch it on by extension
    env.auto_reload = False  # package files: no stat() of every template on every render
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["safe_url"] = safe_url
    env.filters["when"] = lambda v: v.strftime("%Y-%m-%d %H:%M") if v else ""
    env.globals["claims_line"] = claims_line
    return tpl


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
