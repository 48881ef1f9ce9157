"""The brief as JSON: the Brief model as is (see `citebrief schema`), readable Chinese (no \\u escapes)."""
from __future__ import annotations

from citebrief.brief import Brief


def render(brief: Brief) -> str:
    # pydantic writes UTF-8 as is (the equivalent of ensure_ascii=False).
    return brief.model_dump_json(indent=2) + "\n"


def render_line(brief: Brief) -> str:
    """One brief on one line (JSON Lines), for several briefs on stdout."""
    return brief.model_dump_json() + "\n"
