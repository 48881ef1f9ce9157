"""The README's Python API: `from citebrief import load_article, make_brief, render`."""
from __future__ import annotations

import json
import types
from pathlib import Path

import citebrief.renderers  # noqa: F401 - imported first on purpose: it must not shadow render()
from citebrief import load_article, make_brief, render

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles" / "pboc-rate-cut.en.txt"


def test_top_level_api_briefs_and_renders_an_article():
    assert not isinstance(render, types.ModuleType)
    article = load_article(EXAMPLE)
    brief = make_brief(article)
    assert brief.summary["unsupported"] == 0 and brief.summary["unchecked"] == 0
    md = render(brief, "md")
    assert md.splitlines()[0] == article.title
    assert json.loads(render(brief, "json"))["engine"] == "extractive"
    assert render(brief, "html").lstrip().lower().startswith("<!doctype html")
