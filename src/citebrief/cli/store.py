"""Store commands: `feeds add|list|remove`, `run`, `stories`, `list`, `show`, `search`, `export`.

Thin: open the store (``--db`` or ``$CITEBRIEF_DB`` or ~/.local/share/citebrief/citebrief.sqlite;
a path, sqlite:///... or postgresql://...), call the library, print.
"""
from __future__ import annotations

from typing import Annotated, Any

import typer

from citebrief.cli.common import EXIT_FAILED, fail, guarded, write_output

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database: a SQLite file path, sqlite:///PATH or postgresql://USER:PW@HOST/DB "
                 "[default: $CITEBRIEF_DB or ~/.local/share/citebrief/citebrief.sqlite]"),
]


def _open(db: str | None):  # noqa: ANN202
    from citebrief.store import Store

    return guarded(lambda: Store.open(db))


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _console():  # noqa: ANN202
    import sys

    from rich.console import Console

    # Piped output keeps long titles on one line instead of wrapping to 80 columns.
    return Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)


def _table(*columns: str):  # noqa: ANN202
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


feeds_app = typer.Typer(help="Feeds to follow (RSS or Atom).", no_args_is_help=True)


@feeds_app.command("add")
def feeds_add(url: Annotated[str, typer.Argument(help="Feed URL (http or https)")],
              name: Annotated[str | None, typer.Option("--name", help="A short name for the feed")] = None,
              db: DbOption = None) -> None:
    """Follow a feed.  Example: citebrief feeds add https://example.com/rss.xml --name example"""
    if not url.startswith(("http://", "https://")):
        fail(f"{url}: a feed URL must start with http:// or https://")
    with _open(db) as store:
        feed = store.add_feed(url, name)
    typer.echo(f"feed {feed['id']}: {feed['url']}" + (f" ({feed['name']})" if feed["name"] else ""))


@feeds_app.command("list")
def feeds_list(db: DbOption = None) -> None:
    """List followed feeds with their last poll."""
    with _open(db) as store:
        feeds = store.list_feeds()
    if not feeds:
        typer.echo("no feeds; add one with: citebrief feeds add URL")
        return
    table = _table("id", "name", "url", "articles", "last poll", "status")
    for f in feeds:
        status = f["last_status"] or "-"
        if f["last_error"]:
            status += f": {f['last_error']}"
        table.add_row(str(f["id"]), f["name"] or "", f["url"], str(f["articles"]), _when(f["last_polled_at"]), status)
    _console().print(table)


@feeds_app.command("remove")
def feeds_remove(feed: Annotated[str, typer.Argument(help="Feed id, URL or name")], db: DbOption = None) -> None:
    """Stop following a feed (its stored articles and briefs stay)."""
    with _open(db) as store:
        if not store.remove_feed(feed):
            fail(f"{feed}: no such feed")
    typer.echo(f"removed feed {feed}")


RUN_HELP = """Poll the feeds, fetch new articles, brief, verify and store them.

An article already briefed with the same engine settings is skipped (URL and content hash); a
changed article is stored as a new version and briefed again. Ends with a summary: new, skipped,
failed, tokens, cost. Exit code 1 if anything failed.

\b
Examples:
  citebrief run --once
  citebrief run --every 10m --engine llm --model gpt-4o-mini
  citebrief run --enqueue --every 10m --db postgresql://...   (polls run by `citebrief worker`)
"""


def run_cmd(
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (the default)")] = False,
    every: Annotated[str | None, typer.Option("--every", help="Poll again after this interval: 30s, 10m, 2h")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Engine: extractive or llm")] = "extractive",
    model: Annotated[str | None, typer.Option("--model", help="Model name (llm engine)")] = None,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host")] = 1.0,
    per_host: Annotated[int, typer.Option("--per-host", help="Concurrent requests to one host")] = 2,
    workers: Annotated[int, typer.Option("--workers", help="Articles fetched and briefed at once")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds before a request gives up")] = 15.0,
    refetch: Annotated[bool, typer.Option("--refetch", help="Fetch every entry again, even if unchanged in the feed")] = False,
    no_stories: Annotated[bool, typer.Option("--no-stories", help="Do not regroup stories after the run")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch feeds and pages on private, loopback and link-local addresses "
                                     "(intranet feeds; refused by default). Config: fetch.allow_private")] = False,
    enqueue: Annotated[bool, typer.Option("--enqueue", help="Enqueue one poll per feed for `citebrief worker` "
                                          "(PostgreSQL) instead of running them here")] = False,
    db: DbOption = None,
) -> None:
    import sys
    import time

    from citebrief.runner import Runner, RunOptions, parse_interval

    if once and every:
        fail("use either --once or --every, not both")
    interval = guarded(lambda: parse_interval(every)) if every else None
    if enqueue:
        _enqueue_loop(db, interval)
        return
    options = RunOptions(engine=engine, engine_options={"model": model} if model else {}, delay=delay,
                         per_host=per_host, workers=workers, timeout=timeout, refetch=refetch,
                         stories=not no_stories, progress=not quiet, allow_private=allow_private_urls or None)
    with _open(db) as store:
        if not store.list_feeds():
            fail("no feeds to poll; add one with: citebrief feeds add URL")
        runner = guarded(lambda: Runner(store, options))
        try:
            while True:
                summary = _run_with_progress(runner, show=not quiet and sys.stderr.isatty())
                _print_summary(summary)
                if interval is None:
                    if summary.failed or summary.feeds_failed:
                        raise typer.Exit(EXIT_FAILED)
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            # Whatever was stored stays stored; the unfinished run is marked 'interrupted' next time.
            typer.echo("citebrief: interrupted", err=True)
            raise typer.Exit(130) from None


def _enqueue_loop(db: str | None, interval: float | None) -> None:
    """The scheduler of the queue: one poll job per feed now, and again every `interval`."""
    import os
    import time

    try:
        from citebrief.scale.queue import conninfo, enqueue_polls
    except ImportError:
        fail("--enqueue needs Procrastinate: pip install 'citebrief[workers]'")

    url = db or os.environ.get("CITEBRIEF_DB") or ""
    guarded(lambda: conninfo(url))
    try:
        while True:
            queued, waiting = guarded(lambda: enqueue_polls(url))
            typer.echo(f"enqueued {queued} feed poll(s)" + (f"; {waiting} still waiting" if waiting else ""))
            if interval is None:
                return
            time.sleep(interval)
    except KeyboardInterrupt:
        typer.echo("citebrief: interrupted", err=True)
        raise typer.Exit(130) from None


def _run_with_progress(runner, show: bool):  # noqa: ANN001, ANN202
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    if not show:
        return runner.run_once()
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=False)
    counts = {"new": 0, "skipped": 0, "failed": 0}
    tasks: dict[str, TaskID] = {}

    def on_event(kind: str, data: dict) -> None:
        if kind == "feed":
            tasks[data["url"]] = progress.add_task(data.get("name") or data["url"], total=None,
                                                   counts="polling")
        elif kind == "feed_entries":
            progress.update(tasks[data["url"]], total=data["total"],
                            completed=data["total"] - data["jobs"], counts="")
        elif kind == "article":
            counts[data["outcome"]] = counts.get(data["outcome"], 0) + 1
            for task_id in list(tasks.values())[-1:]:
                progress.update(task_id, advance=0 if data.get("planned") else 1,
                                counts=f"{counts['new']} new, {counts['skipped']} skipped, {counts['failed']} failed")
        elif kind == "feed_done":
            task_id = tasks[data["url"]]
            if data["status"] != "ok":
                progress.update(task_id, total=1, completed=1, counts=data["status"])

    runner.on_event = on_event
    with progress:
        return runner.run_once()


def _print_summary(summary) -> None:  # noqa: ANN001
    for url, status in summary.feeds.items():
        typer.echo(f"feed {url}: {status}", err=True)
    for line in summary.failures:
        typer.echo(f"failed: {line}", err=True)
    typer.echo(summary.line() + (f"; {summary.stories} stories" if summary.stories is not None else ""))


def stories_cmd(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Regroup stored articles first")] = False,
    min_size: Annotated[int, typer.Option("--min-size", help="Only stories with at least this many articles")] = 2,
    limit: Annotated[int, typer.Option("--limit", help="At most this many stories")] = 50,
    db: DbOption = None,
) -> None:
    """Stories: the same event from several sources, grouped (largest first).

    Stories are regrouped after every run; --rebuild regroups now.
    """
    from citebrief.stories import rebuild_stories

    with _open(db) as store:
        if rebuild or (store.counts()["stories"] == 0 and store.counts()["articles"]):
            rebuild_stories(store)
        stories = store.list_stories(min_size=min_size, limit=limit)
    if not stories:
        typer.echo("no stories yet" + (f" with {min_size} or more articles" if min_size > 1 else ""))
        return
    for story in stories:
        typer.echo(f"story {story['id']}: {story['title']}  ({story['size']} articles, "
                   f"{_when(story['first_seen'])} .. {_when(story['last_seen'])})")
        for a in story["articles"]:
            typer.echo(f"  article {a['id']} [{a['language']}] {a['source'] or '-'}: {a['title']}  {a['url']}")


def list_cmd(
    limit: Annotated[int, typer.Option("--limit", help="At most this many briefs")] = 50,
    engine: Annotated[str | None, typer.Option("--engine", help="Only briefs by this engine")] = None,
    db: DbOption = None,
) -> None:
    """Stored briefs, newest first, with their verification counts."""
    with _open(db) as store:
        rows = store.list_briefs(limit, engine=engine)
    if not rows:
        typer.echo("no briefs stored yet")
        return
    from citebrief.brief import claims_line

    table = _table("id", "published", "source", "title", "engine", "v", "checks")
    for r in rows:
        # The counts stored with the brief are Brief.summary's (brief.count_claims): the same
        # number of claims as `citebrief verify` and the HTML header give.
        checks = claims_line(r, short=True)
        table.add_row(str(r["id"]), _when(r["published_at"]), r["source"] or "-", r["title"],
                      r["engine"], str(r["version"]), checks)
    _console().print(table)


def show_cmd(
    brief_id: Annotated[int, typer.Argument(metavar="ID", help="Brief id (see `citebrief list`)")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json or html")] = "md",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE")] = None,
    db: DbOption = None,
) -> None:
    """One stored brief, in the house format (or JSON / HTML)."""
    from citebrief.pipeline import render

    if fmt not in ("md", "json", "html"):
        fail(f"unknown format {fmt!r}; choose from: md, json, html")
    with _open(db) as store:
        row, brief = guarded(lambda: store.get_brief(brief_id))
    write_output(render(brief, fmt), output)
    if fmt == "md" and output in (None, "-"):
        typer.echo(f"\nbrief {row['id']} of article {row['article_id']} v{row['version']} {row['url']}; "
                   f"engine {row['engine']}" + (f" ({row['model']})" if row["model"] else "")
                   + f"; tokens {row['tokens_in']}/{row['tokens_out']}", err=True)


def search_cmd(
    query: Annotated[str, typer.Argument(help="Words; Chinese in either script. Every term must match")],
    limit: Annotated[int, typer.Option("--limit", help="At most this many results")] = 20,
    db: DbOption = None,
) -> None:
    """Search titles, paragraphs and briefs (Chinese by character bigrams, script-folded)."""
    with _open(db) as store:
        rows = store.search(query, limit)
    if not rows:
        typer.echo(f"no match for {query!r}")
        return
    table = _table("brief", "article", "published", "source", "title")
    for r in rows:
        table.add_row(str(r["brief_id"] or "-"), f"{r['article_id']} v{r['version']}", _when(r["published_at"]),
                      r["source"] or "-", r["title"])
    _console().print(table)


def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, md or html")] = "jsonl",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE (jsonl, md)")] = None,
    out_dir: Annotated[str | None, typer.Option("--out-dir", help="One file per brief here, plus index.html for html")] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="Only briefs by this engine")] = None,
    db: DbOption = None,
) -> None:
    """Export every stored brief: JSON Lines, house-format Markdown, or HTML pages.

    \b
    Examples:
      citebrief export --format jsonl -o briefs.jsonl
      citebrief export --format md > briefs.md
      citebrief export --format html --out-dir site/
    """
    from citebrief.pipeline import render

    if fmt not in ("jsonl", "md", "html"):
        fail(f"unknown format {fmt!r}; choose from: jsonl, md, html")
    if fmt == "html" and not out_dir:
        fail("--format html writes one page per brief: give --out-dir DIR")
    with _open(db) as store:
        if out_dir:
            _export_dir(store, fmt, out_dir, engine)
            return
        import sys

        out = open(output, "w", encoding="utf-8") if output not in (None, "-") else sys.stdout
        try:
            for n, brief in enumerate(store.iter_briefs(engine=engine)):
                if fmt == "jsonl":
                    out.write(brief.model_dump_json() + "\n")
                else:
                    out.write(("\n" if n else "") + render(brief, "md").rstrip("\n") + "\n")
        finally:
            if out is not sys.stdout:
                out.close()


def _export_dir(store, fmt: str, out_dir: str, engine: str | None) -> None:  # noqa: ANN001
    import html
    from pathlib import Path

    from citebrief.pipeline import render

    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    ext = {"jsonl": "json", "md": "md", "html": "html"}[fmt]
    links = []
    for row in reversed(store.list_briefs(None, engine=engine)):
        _, brief = store.get_brief(row["id"])
        name = f"brief-{row['id']}.{ext}"
        text = brief.model_dump_json(indent=2) if fmt == "jsonl" else render(brief, fmt)
        (folder / name).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        links.append(f'<li><a href="{name}">{html.escape(row["title"])}</a> '
                     f"<small>{html.escape(row['source'] or '')} {_when(row['published_at'])}</small></li>")
    if fmt == "html":
        (folder / "index.html").write_text(
            '<!doctype html><meta charset="utf-8"><title>citebrief export</title>'
            "<h1>Briefs</h1><ul>\n" + "\n".join(links) + "\n</ul>\n", encoding="utf-8")
    typer.echo(f"wrote {len(links)} briefs to {folder}", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")
    app.command("run", help=RUN_HELP)(run_cmd)
    app.command("stories")(stories_cmd)
    app.command("list")(list_cmd)
    app.command("show")(show_cmd)
    app.command("search")(search_cmd)
    app.command("export")(export_cmd)
