"""`citebrief verify`: check a brief (ours or another system's) against its article."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from citebrief.cli.common import EXIT_FAILED, fail, guarded, write_output

VERIFY_HELP = """Check every figure, date and name of a brief against the paragraphs it cites.

BRIEF is a brief in the house format (multi-line, or flattened onto one line), or brief JSON;
- reads it from stdin. ARTICLE is anything `citebrief brief` reads (text, Markdown, HTML, JSON,
URL). Each claim (the Core Viewpoint, checked sentence by sentence, and each bullet) is reported as
supported, unsupported (naming what is missing from the cited paragraphs and where the article
holds it) or unverifiable (nothing checkable in it); the last line counts the claims as `citebrief
list` and the HTML page do. Exit code: 0 nothing unsupported, 1 something unsupported, 2 bad input.

\b
Examples:
  citebrief verify brief.txt --article article.txt
  citebrief verify brief.json --article https://example.com/news/1.html --format json
"""


def _read_brief(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if p.is_dir():
        fail(f"{path}: is a directory, not a brief")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text")


def render_text(report: dict) -> str:
    from citebrief.brief import claims_line

    marks = {"supported": "ok  ", "unsupported": "FAIL", "unverifiable": "--  ", "unchecked": "??  "}
    lines = []
    for c in report["claims"]:
        cites = "".join(f"[{n}]" for n in c["citations"])
        text = c["text"] if len(c["text"]) <= 100 else c["text"][:97] + "..."
        lines.append(f"{marks[c['status']]} {c['status']:<12} {text} {cites}".rstrip())
        sentences = c.get("sentences") or []
        if len(sentences) > 1 and c["problems"]:
            # A Core Viewpoint of several sentences: each sentence's problems under its number.
            for n, sentence in enumerate(sentences, 1):
                for p in sentence["problems"]:
                    lines.append(f"       - sentence {n}: {p}")
        else:
            for p in c["problems"]:
                lines.append(f"       - {p}")
    lines.append(claims_line(report["summary"]))
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command("verify", help=VERIFY_HELP)
    def verify(
        brief: Annotated[str, typer.Argument(help="Brief file (house format or JSON), or - for stdin")],
        article: Annotated[str, typer.Option("--article", "-a", help="The article the brief cites")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
    ) -> None:
        fmt = fmt.lower()
        if fmt not in ("text", "json"):
            fail(f"unknown format {fmt!r}; choose from: text, json")
        if brief == "-" and article == "-":
            fail("only one of BRIEF and --article can be read from stdin")
        text = guarded(lambda: _read_brief(brief))

        def run() -> dict:
            from citebrief.loaders import load_article
            from citebrief.verify import parse_brief
            from citebrief.verify.report import claims_report

            art = load_article(article)
            parsed = parse_brief(text, art, source=brief)
            return claims_report(parsed)

        report = guarded(run)
        if fmt == "json":
            write_output(json.dumps(report, ensure_ascii=False, indent=2), None)
        else:
            write_output(render_text(report), None)
        if report["summary"]["unsupported"]:
            raise typer.Exit(EXIT_FAILED)
