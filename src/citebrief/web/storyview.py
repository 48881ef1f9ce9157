"""A story's figures across its sources: those that agree and those that differ.

Each article's newest brief carries its English key figures (citebrief.keyfigures: subject,
metric, value, period, each row checked and cited). Rows of different articles with the same
subject, metric and period are one figure; it agrees when every source gives the same value and
differs otherwise. Only figures stated by two or more sources are compared.
"""
from __future__ import annotations

from typing import Any

from citebrief.brief import Brief


def _key(row: Any) -> tuple[str, str, str]:
    return (row.subject.casefold(), (row.metric_id or row.metric).casefold(), (row.period or "").casefold())


def compare_figures(briefs: list[tuple[dict[str, Any], Brief]]) -> dict[str, list[dict[str, Any]]]:
    """``briefs``: (article row with id/source/title, its brief). Returns {'agree': [...], 'differ': [...]}."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for article, brief in briefs:
        seen_here: set[tuple[str, str, str]] = set()
        for row in brief.key_figures:
            key = _key(row)
            if key in seen_here:
                continue  # one value per source: the article's first row for that figure
            seen_here.add(key)
            groups.setdefault(key, []).append({
                "article_id": article["id"], "brief_id": article.get("brief_id"), "source": article.get("source"),
                "subject": row.subject, "metric": row.metric, "period": row.period, "value": row.value,
                "change": row.change, "citations": row.citations, "status": row.check.status,
            })
    agree: list[dict[str, Any]] = []
    differ: list[dict[str, Any]] = []
    for rows in groups.values():
        if len({r["article_id"] for r in rows}) < 2:
            continue
        first = rows[0]
        entry = {"subject": first["subject"], "metric": first["metric"], "period": first["period"], "sources": rows}
        (agree if len({r["value"] for r in rows}) == 1 else differ).append(entry)
    return {"agree": agree, "differ": differ}
