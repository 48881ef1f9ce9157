"""`citebrief brief` and `citebrief schema`.

Thin: parse options, call the library (load -> engine -> verify -> render), write, report.
Heavy modules (pydantic models, engines, loaders, rich) are imported inside the commands so that
`citebrief --help` stays fast.
"""
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from citebrief.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, fail, guarded, write_output
from citebrief.renderers import EXTENSIONS, FORMATS

FORMAT_NAMES = tuple(FORMATS)
_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".txt": "md", ".json": "json", ".jsonl": "json",
                   ".html": "html", ".htm": "html"}

BRIEF_HELP = """Brief articles: cited, verified briefs in the house format, JSON or HTML.

INPUT is a text/Markdown/HTML/JSON article file, a folder of them, a URL, or - for stdin.

One input: the brief goes to stdout, or to -o FILE. Several inputs or a folder: use --out-dir DIR
to write DIR/<stem>.<ext> per format; on stdout, Markdown briefs are printed one after the other
(separated by a blank line) and JSON as JSON Lines (one brief per line). Failures are listed at
the end, one line each, and the other inputs are still done. Exit code: 0 all done, 1 some
inputs failed, 2 bad usage or nothing could be briefed.

\b
Examples:
  citebrief brief examples/articles/japan-chips.zh-Hans.txt
  citebrief brief article.txt --length short
  citebrief brief article.html --format json -o brief.json
  citebrief brief examples/articles/ --format md,json,html --out-dir out/
  citebrief brief https://example.com/news/1.html --format html -o page.html
  cat article.txt | citebrief brief -
  citebrief brief story.txt --engine llm --model gpt-4o-mini --lang en
"""

SCHEMA_HELP = """Print the JSON Schema of a brief (the shape of `citebrief brief --format json`).

\b
Example:
  citebrief schema > brief.schema.json
"""


def _parse_formats(values: list[str] | None, output: str | None) -> list[str]:
    formats: list[str] = []
    for value in values or []:
        for name in value.split(","):
            name = name.strip().lower().lstrip(".")
            name = {"markdown": "md", "htm": "html"}.get(name, name)
            if not name:
                continue
            if name not in FORMAT_NAMES:
                fail(f"unknown format {name!r}; choose from: {', '.join(FORMAT_NAMES)}")
            if name not in formats:
                formats.append(name)
    if not formats and output and output != "-":
        # `-o brief.html` means HTML unless --format says otherwise; no extension means Markdown,
        # one we do not write (brief.pdf) is an error rather than Markdown in a .pdf file.
        suffix = Path(output).suffix.lower()
        if suffix and suffix not in _SUFFIX_FORMATS:
            fail(f"-o {output}: cannot write {suffix} files; use .md, .json or .html "
                 f"(or --format md|json|html to choose)")
        formats.append(_SUFFIX_FORMATS.get(suffix, "md"))
    return formats or ["md"]


def _output_stem(source: str) -> str:
    """A file name stem for an input: the file's stem, the URL's last path part, or 'stdin'."""
    if source == "-":
        return "stdin"
    if re.match(r"^https?://", source, re.I):
        from urllib.parse import urlsplit

        parts = urlsplit(source)
        last = [p for p in parts.path.split("/") if p]
        stem = Path(last[-1]).stem if last else parts.hostname or "page"
    else:
        stem = Path(source).stem
    stem = re.sub(r"[^\w.\-]+", "-", stem).strip("-.")
    return stem or "brief"


def _is_batch(inputs: list[str]) -> bool:
    return len(inputs) > 1 or any(Path(i).is_dir() for i in inputs if i != "-" and "://" not in i)


def _failure_line(source: str, exc: BaseException) -> str:
    """One line naming the input and the cause, whatever raised."""
    from citebrief.errors import CitebriefError, InputError

    if isinstance(exc, InputError):
        text = str(exc)
    elif isinstance(exc, CitebriefError):
        text = f"{source}: {exc}"
    elif isinstance(exc, OSError):
        text = f"{source}: {exc.strerror or exc}"
    else:  # a bug, but the user still gets one line and the batch goes on
        text = f"{source}: unexpected {type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """Folders into their article files; failures (e.g. a folder with no articles) as lines."""
    from citebrief.errors import CitebriefError
    from citebrief.loaders import expand_inputs

    sources: list[str] = []
    failures: list[str] = []
    for item in inputs:
        try:
            sources.extend(expand_inputs([item]))
        except (CitebriefError, OSError) as exc:
            failures.append(_failure_line(item, exc))
    return list(dict.fromkeys(sources)), failures


def _render_all(brief: Any, formats: list[str]) -> dict[str, str]:
    from citebrief.renderers import render

    return {fmt: render(brief, fmt) for fmt in formats}


def _format_paths(output: str, formats: list[str]) -> dict[str, str]:
    """-o FILE with several formats: FILE's stem with each format's extension."""
    if len(formats) == 1:
        return {formats[0]: output}
    path = Path(output)
    base = path.with_suffix("") if path.suffix.lower() in _SUFFIX_FORMATS else path
    return {fmt: str(base) + EXTENSIONS[fmt] for fmt in formats}


def brief_command(
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT", help="Article files, folders, URLs, or - for stdin.", show_default=False)] = None,
    engine: Annotated[str, typer.Option(
        "--engine", "-e", metavar="extractive|llm", help="extractive (offline, default) or llm (an OpenAI-compatible endpoint).")]
    = "extractive",
    length: Annotated[str | None, typer.Option(
        "--length", "-l", metavar="short|standard|full",
        help="[extractive] How long the brief is: short (at most 20% of the article), standard (at "
             "most 35%, 4-8 bullets in 2-4 sections) or full (every point the engine ranks). "
             "Default: brief.length in the config file, else standard.", show_default=False)] = None,
    format_: Annotated[list[str] | None, typer.Option(
        "--format", "-f", metavar="md|json|html",
        help="Output format; repeat or give a comma list (md,json,html). Default: md, "
             "or the extension of -o.", show_default=False)] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write the brief to FILE (one input). With several formats, FILE's stem gets each "
             "extension.")] = None,
    out_dir: Annotated[str | None, typer.Option(
        "--out-dir", "-d", metavar="DIR", help="Write DIR/<stem>.<ext> for every input and format.")] = None,
    model: Annotated[str | None, typer.Option(metavar="NAME", help="[llm] Model name.", show_default=False)] = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", metavar="URL", help="[llm] OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.",
        show_default=False)] = None,
    api_key: Annotated[str | None, typer.Option(
        "--api-key", metavar="KEY", help="[llm] API key (default: from the environment or config).", show_default=False)]
    = None,
    strategy: Annotated[str | None, typer.Option(
        metavar="abstractive|extract-translate", help="[llm] How the model writes the brief.",
        show_default=False)] = None,
    lang: Annotated[str | None, typer.Option(
        metavar="en|zh|ja", help="[llm] Language of the brief.", show_default=False)] = None,
    response_format: Annotated[str | None, typer.Option(
        "--response-format", metavar="auto|json_schema|json_object_schema|json_object|prompt",
        help="[llm] How the server is asked for JSON (default: llm.response_format, else auto: "
             "json_schema, falling back to what the server accepts).", show_default=False)] = None,
    concurrency: Annotated[int | None, typer.Option(
        min=1, metavar="N", help="Articles briefed in parallel (default 1); with --engine llm, requests "
                                 "in flight (default: llm.concurrency, else 4).",
        show_default=False)] = None,
    timeout: Annotated[float | None, typer.Option(
        min=0.1, metavar="SECONDS", help="Timeout for fetching a URL.", show_default=False)] = None,
    max_bytes: Annotated[int | None, typer.Option(
        "--max-bytes", min=1, metavar="N", help="Largest download accepted from a URL.",
        show_default=False)] = None,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch URLs on private, loopback and link-local addresses (intranet "
                                     "pages; refused by default). Config: fetch.allow_private.")] = False,
) -> None:
    if not inputs:  # one line, not the whole help
        fail("no input: give an article file, folder or URL, or - for stdin (see citebrief brief --help)")
    if output and out_dir:
        fail("give either -o FILE or --out-dir DIR, not both")
    if out_dir and Path(out_dir).exists() and not Path(out_dir).is_dir():
        fail(f"--out-dir {out_dir}: is a file, not a folder")
    formats = _parse_formats(format_, output)

    llm_options = {k: v for k, v in {"model": model, "base_url": base_url, "api_key": api_key,
                                     "strategy": strategy, "lang": lang,
                                     "response_format": response_format}.items() if v is not None}
    if llm_options and engine != "llm":
        given = ", ".join("--" + k.replace("_", "-") for k in llm_options)
        fail(f"{given}: only for --engine llm")
    if length is not None and engine != "extractive":
        fail("--length: only for --engine extractive (the llm engine's extract-translate strategy "
             "uses brief.length from the config file)")
    engine_options: dict[str, Any] = dict(llm_options)
    if length is not None:
        engine_options["length"] = length
    load_options = {k: v for k, v in {"timeout": timeout, "max_bytes": max_bytes,
                                      "allow_private": allow_private_urls or None}.items() if v is not None}

    from citebrief.engines import get_engine

    eng = guarded(lambda: get_engine(engine, **engine_options))
    # The engine knows its own default (the LLM engine's: option, env, config file, 4).
    workers = concurrency or eng.concurrency

    with eng:  # closed at the end (the LLM engine's check processes)
        if not _is_batch(inputs):
            _brief_one(inputs[0], eng, formats, output, out_dir, load_options)
        else:
            _brief_many(inputs, eng, formats, output, out_dir, load_options, workers)


def _brief_one(source: str, eng: Any, formats: list[str], output: str | None, out_dir: str | None,
               load_options: dict[str, Any]) -> None:
    from citebrief.pipeline import load_article, make_brief

    if output in (None, "-") and not out_dir and len(formats) > 1:
        fail("several formats need -o FILE or --out-dir DIR")
    try:
        article = load_article(source, **load_options)
        brief = make_brief(article, eng)
        texts = _render_all(brief, formats)
    except Exception as exc:  # one line, never a traceback
        fail(_failure_line(source, exc))
    _echo_llm_summary(brief, _output_stem(source))
    if out_dir:
        try:
            _write_to_dir(texts, out_dir, _output_stem(source), source)
        except OSError as exc:
            fail(_failure_line(source, exc))
    elif output and output != "-":
        paths = _format_paths(output, formats)
        for path in paths.values():
            if _same_file(path, source):
                fail(f"{source}: writing {path} would overwrite the input")
        for fmt, path in paths.items():
            guarded(lambda: write_output(texts[fmt], path))  # noqa: B023 - called within this iteration
    else:
        write_output(texts[formats[0]], None)


def _brief_many(inputs: list[str], eng: Any, formats: list[str], output: str | None, out_dir: str | None,
                load_options: dict[str, Any], workers: int) -> None:
    to_stream = not out_dir
    if to_stream and len(formats) > 1:
        fail("several inputs in several formats need --out-dir DIR")
    if to_stream and formats == ["html"]:
        fail("HTML is one page per article: use --out-dir DIR for several inputs")

    sources, failures = _expand(inputs)
    total = len(sources) + len(failures)

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from citebrief.pipeline import make_briefs
    from citebrief.renderers.json import render_line

    console = Console(stderr=True)
    stems = _unique_stems(sources)
    streamed: dict[int, str] = {}
    failed: dict[int, str] = {}  # by input position, so the list reads in the order given
    written = 0

    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                        disable=not console.is_terminal, transient=False)
    with progress:
        task = progress.add_task("briefing", total=len(sources))

        def on_result(index: int, source: Any, result: Any) -> None:
            nonlocal written
            progress.advance(task)
            if isinstance(result, BaseException):
                failed[index] = _failure_line(str(source), result)
                return
            try:
                if out_dir:
                    _write_to_dir(_render_all(result, formats), out_dir, stems[index], str(source))
                elif formats == ["json"]:
                    streamed[index] = render_line(result)
                else:
                    streamed[index] = _render_all(result, formats)["md"]
                written += 1
                _echo_llm_summary(result, stems[index], console)
            except Exception as exc:
                failed[index] = _failure_line(str(source), exc)

        if sources:
            try:
                make_briefs(sources, eng, workers, on_result, load_options=load_options, collect=False)
            except KeyboardInterrupt:
                progress.stop()
                typer.echo(f"citebrief: interrupted after {written} of {len(sources)} brief(s)", err=True)
                raise typer.Exit(130) from None

    if to_stream and streamed:
        separator = "" if formats == ["json"] else "\n"
        text = separator.join(streamed[i] for i in sorted(streamed))
        guarded(lambda: write_output(text, output))
    if out_dir and written:
        typer.echo(f"citebrief: wrote {written} brief(s) to {out_dir}", err=True)
    failures += [failed[i] for i in sorted(failed)]
    for line in failures:
        typer.echo(f"citebrief: error: {line}", err=True)
    if failures:
        raise typer.Exit(EXIT_BAD_INPUT if len(failures) == total else EXIT_FAILED)


def _echo_llm_summary(brief: Any, label: str, console: Any = None) -> None:
    """One stderr line per LLM brief: verdicts, drops, tokens and cost (docs/llm.md)."""
    if getattr(brief, "engine", None) != "llm":
        return  # the extractive engine drops nothing and costs nothing
    from citebrief.engines.llm.summary import summary_line

    line = summary_line(brief, label)
    if line and console is not None:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    elif line:
        typer.echo(line, err=True)


def _write_to_dir(texts: dict[str, str], out_dir: str, stem: str, source: str) -> None:
    """DIR/<stem>.<ext> per format; never over the input itself (an .html article into its own folder)."""
    targets = {fmt: Path(out_dir) / (stem + EXTENSIONS[fmt]) for fmt in texts}
    for target in targets.values():  # checked before anything is written
        if _same_file(str(target), source):
            raise OSError(0, f"writing {target} would overwrite the input")
    for fmt, text in texts.items():
        write_output(text, str(targets[fmt]))


def _same_file(target: str, source: str) -> bool:
    if source == "-" or "://" in source or Path(target).name != Path(source).name:
        return False  # cheap test first: resolve() costs a few lstat calls per file
    return Path(target).resolve() == Path(source).resolve()


def _unique_stems(sources: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    stems = []
    for source in sources:
        stem = _output_stem(source)
        seen[stem] = seen.get(stem, 0) + 1
        stems.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return stems


def schema_command() -> None:
    from citebrief.brief import brief_json_schema_text

    write_output(brief_json_schema_text(), None)


def register(app: typer.Typer) -> None:
    app.command("brief", help=BRIEF_HELP)(brief_command)
    app.command("schema", help=SCHEMA_HELP)(schema_command)
