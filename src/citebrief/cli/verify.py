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
URL). Each Core Viewpoint sentence and each bullet is reported as supported, unsupported (naming
what is missing from the cited paragraphs and where the article holds it) or unverifiable
(nothing checkable in it). Exit code: 0 nothing unsupported, 1 something unsupported, 2 bad input.

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


def claims_report(brief) -> dict:
    """The JSON report: one entry per Core Viewpoint sentence and per bullet."""
    from citebrief.verify.check import check_with_index, viewpoint_sentences
    from citebrief.verify.index import index_for

    idx = index_for(brief.article)
    rows = []
    core = brief.core_viewpoint
    for sentence in viewpoint_sentences(core.text):
        rows.append((sentence, core.citations, check_with_index(sentence, core.citations, idx)))
    for section in brief.sections:
        for b in section.bullets:
            rows.append((b.text, b.citations, check_with_index(b.text, b.citations, idx)))
    claims = [{
        "text": text, "citations": cites, "status": check.status,
        "atoms": [{"kind": a.kind, "text": a.text, "value": a.value, "found_in": a.found_in} for a in check.atoms],
        "problems": check.problems,
    } for text, cites, check in rows]
    summary = {k: sum(c["status"] == k for c in claims) for k in ("supported", "unsupported", "unverifiable")}
    return {"claims": claims, "summary": summary}


def render_text(report: dict) -> str:
    marks = {"supported": "ok  ", "unsupported": "FAIL", "unverifiable": "--  "}
    lines = []
    for c in report["claims"]:
        cites = "".join(f"[{n}]" for n in c["citations"])
        text = c["text"] if len(c["text"]) <= 100 else c["text"][:97] + "..."
        lines.append(f"{marks[c['status']]} {c['status']:<12} {text} {cites}".rstrip())
        for p in c["problems"]:
            lines.append(f"       - {p}")
    s = report["summary"]
    lines.append(f"{s['supported']} supported, {s['unsupported']} unsupported, {s['unverifiable']} unverifiable")
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
