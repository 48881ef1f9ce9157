"""The one line a user sees on stderr per LLM brief: what passed, what was dropped, what it cost.

    japan-chips: 13 claims: 12 supported, 0 unsupported, 1 unverifiable; 1 repaired, 2 dropped; 3,412 tokens, $0.0011

The claims are counted as everywhere else (brief.count_claims: the Core Viewpoint and each
bullet); dropped statements were never published and are not among them.
"""
from __future__ import annotations

from citebrief.brief import Brief


def summary_line(brief: Brief, label: str) -> str | None:
    """None for briefs no model wrote (the extractive engine costs nothing and drops nothing)."""
    if brief.engine != "llm":
        return None
    counts = brief.summary
    report = brief.report
    parts = [f"{counts['supported']} supported", f"{counts['unsupported']} unsupported"]
    if counts["unverifiable"]:
        parts.append(f"{counts['unverifiable']} unverifiable")
    made = [f"{report.repaired} repaired"] if report.repaired else []
    made.append(f"{len(report.dropped)} dropped")
    claims = f"{counts['claims']} claim{'' if counts['claims'] == 1 else 's'}: " + ", ".join(parts)
    tokens = report.tokens_in + report.tokens_out
    if report.cost_usd is None:
        cost = "cost unknown (set llm.price_in/llm.price_out)"
    else:
        cost = f"${report.cost_usd:.4f}"
    cached = any("from the cache" in note for note in report.notes)
    spend = "from the cache, no request sent" if cached else f"{tokens:,} tokens, {cost}"
    return f"{label}: {claims}; {', '.join(made)}; {spend}"
