"""`citebrief serve`: the web reader and JSON API over the store (citebrief.web)."""
from __future__ import annotations

from typing import Annotated

import typer

from citebrief.cli.common import fail, guarded
from citebrief.cli.store import DbOption

SERVE_HELP = """Serve the store: a timeline, brief and story pages, watchlists with Atom feeds and
webhooks, and a JSON API (OpenAPI at /docs).

Without a token the server listens on loopback only and anyone on this machine may write; with
--token (or $CITEBRIEF_TOKEN) every write and every fetch on someone's behalf needs it
(`Authorization: Bearer T` for the API, the sign-in page for forms).

\b
Examples:
  citebrief serve --db briefs.sqlite
  citebrief serve --db demo.sqlite --load examples/articles/
  citebrief serve --poll 10m
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
        settings = ServeSettings(db=db, token=token or None, poll_seconds=poll_seconds)
        application = create_app(settings, store)
        shown = f"[{host}]" if ":" in host else host
        typer.echo(f"citebrief: serving {store.url} on http://{shown}:{port}/ (API docs at /docs)", err=True)
        if not token:
            typer.echo("citebrief: no token: listening on loopback only; anyone on this machine can write", err=True)
        if poll_seconds:
            typer.echo(f"citebrief: polling feeds every {poll}", err=True)
        try:
            uvicorn.run(application, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
        except OSError as exc:
            fail(f"{host}:{port}: cannot listen ({exc.strerror or exc})")
        finally:
            store.close()
