"""The per-claim verification report: what `citebrief verify --format json` prints and
`POST /api/verify` answers."""
from __future__ import annotations

from typing import Any


def claims_report(brief) -> dict:
    """The JSON report: one entry per claim, the Core Viewpoint first, then every bullet; counted
    by the one count of a brief's claims (brief.count_claims, as Brief.summary, `citebrief list`
    and the HTML header count them). The Core Viewpoint is checked sentence by sentence: its entry
    lists the sentences, and it is unsupported if any of them is."""
    from citebrief.verify.check import check_with_index, verify_brief, viewpoint_sentences
    from citebrief.verify.index import index_for

    verified = verify_brief(brief, detail=True)
    idx = index_for(brief.article)
    core = verified.core_viewpoint
    sentences = viewpoint_sentences(core.text)
    sentence_checks = [check_with_index(s, core.citations, idx) for s in sentences] if len(sentences) > 1 \
        else [core.check]
    rows = [("core_viewpoint", None, core)] + [("bullet", s.title, b) for s in verified.sections for b in s.bullets]
    claims = []
    for kind, section, claim in rows:
        check = claim.check
        entry: dict[str, Any] = {
            "kind": kind, "section": section, "text": claim.text, "citations": claim.citations,
            "status": check.status,
            "atoms": [{"kind": a.kind, "text": a.text, "value": a.value, "found_in": a.found_in} for a in check.atoms],
            "problems": check.problems,
        }
        if kind == "core_viewpoint":
            entry["sentences"] = [{"text": text, "status": c.status, "problems": c.problems}
                                  for text, c in zip(sentences, sentence_checks)]
        claims.append(entry)
    return {"claims": claims, "summary": verified.summary}
