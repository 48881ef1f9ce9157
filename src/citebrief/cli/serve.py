"""`citebrief serve`: the web reader and JSON API over the store (citebrief.web)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from citebrief.cli.common import fail, guarded
from citebrief.cli.store import DbOption

if TYPE_CHECKING:
    from citebrief.store import Store
    from citebrief.web import ServeSettings

SERVE_HELP = """Serve the store: a timeline, brief and story pages, watchlists with Atom feeds and
webhooks, and a JSON API (OpenAPI at /docs).

Without a token the server listens on loopback only and anyone on this machine may write; with
--token (or $CITEBRIEF_TOKEN) every write and every fetch on someone's behalf needs it
(`Authorization: Bearer T` for the API, the sign-in page for forms).

URLs given to "Brief it", /api/brief and /api/verify, feeds polled with --poll, and watchlists'
webhooks may not point at private, loopback or link-local addresses unless --allow-private-urls
(or fetch.allow_private in the config) says so: for an intranet.

--workers N serves with N processes (more than one core; each keeps its own caches); feed polling
and webhooks then run once, in the process that started them.

\b
Examples:
  citebrief serve --db briefs.sqlite
  citebrief serve --db demo.sqlite --load examples/articles/
  citebrief serve --poll 10m --allow-private-urls
  citebrief serve --db briefs.sqlite --workers 2
  CITEBRIEF_TOKEN=s3cret citebrief serve --host 0.0.0.0 --port 8080
"""


def register(app: typer.Typer) -> None:
    @app.command("serve", help=SERVE_HELP)
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option("--host", help="Address to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on")] = 8000,
        token: Annotated[str | None, typer.Option("--token", envvar="CITEBRIEF_TOKEN",
                                                     help="Token that writes need [env: CITEBRIEF_TOKEN]")] = None,
        poll: Annotated[str | None, typer.Option("--poll", help="Poll the feeds this often in the server: 30s, 10m, 2h")] = None,
        load: Annotated[list[str] | None, typer.Option(
            "--load", help="Brief and store these articles (files, folders, URLs) before serving; repeatable")] = None,
        allow_private_urls: Annotated[bool, typer.Option(
            "--allow-private-urls", help="Fetch URLs on private, loopback and link-local addresses (Brief it, the "
                                         "API, polled feeds, webhooks; refused by default). Config: "
                                         "fetch.allow_private.")] = False,
        workers: Annotated[int, typer.Option("--workers", min=1, help="Server processes (1: one process)")] = 1,
    ) -> None:
        from citebrief.runner import parse_interval
        from citebrief.web.security import is_loopback

        if not token and not is_loopback(host):
            fail(f"--host {host}: without --token (or $CITEBRIEF_TOKEN) the server only listens on loopback "
                 "(127.0.0.1, ::1, localhost)")
        poll_seconds = guarded(lambda: parse_interval(poll)) if poll else None
        import uvicorn

        from citebrief.store import Store
        from citebrief.web import ServeSettings, create_app

        store = guarded(lambda: Store.open(db))
        if load:
            from citebrief.web.actions import load_into_store

            stored, failures = guarded(lambda: load_into_store(store, load))
            for line in failures:
                typer.echo(f"citebrief: failed: {line}", err=True)
            typer.echo(f"citebrief: loaded {stored} article(s) into {store.url}", err=True)
        settings = ServeSettings(db=db, token=token or None, poll_seconds=poll_seconds,
                                 allow_private=allow_private_urls or None)
        shown = f"[{host}]" if ":" in host else host
        typer.echo(f"citebrief: serving {store.url} on http://{shown}:{port}/ (API docs at /docs)"
                   + (f" with {workers} worker processes" if workers > 1 else ""), err=True)
        if not token:
            typer.echo("citebrief: no token: listening on loopback only; anyone on this machine can write", err=True)
        if poll_seconds:
            typer.echo(f"citebrief: polling feeds every {poll}", err=True)
        if allow_private_urls:
            typer.echo("citebrief: fetching private, loopback and link-local URLs is allowed", err=True)
        # No access log: a line per request was a cost of every request, and the errors are logged.
        options: dict[str, Any] = dict(host=host, port=port, log_level="warning", access_log=False,
                                       timeout_graceful_shutdown=5)
        try:
            if workers > 1:
                _run_workers(store, settings, workers, options)
            else:
                uvicorn.run(create_app(settings, store), **options)
        except OSError as exc:
            fail(f"{host}:{port}: cannot listen ({exc.strerror or exc})")
        finally:
            store.close()


def _run_workers(store: Store, settings: ServeSettings, workers: int, options: dict[str, Any]) -> None:
    """uvicorn's worker processes, each building the app from the settings in its environment; the
    feed poller and webhooks run here, once, not in every worker."""
    import dataclasses
    import os

    import uvicorn

    from citebrief.web.app import settings_to_env
    from citebrief.web.watch import Background

    os.environ.update(settings_to_env(dataclasses.replace(settings, background=False)))
    background = Background(store, settings)
    background.start()
    try:
        # uvicorn kills a worker that does not answer its health check in time (5 s by default), and
        # with it the requests it holds: on a busy shared machine a bench lost connections that way.
        uvicorn.run("citebrief.web.app:app_from_env", factory=True, workers=workers,
                    timeout_worker_healthcheck=30, **options)
    finally:
        background.stop()
