"""The verifier (issue 3). Placeholder interface until the verifier lands: marks every claim
'unchecked' so nothing is presented as verified."""
from __future__ import annotations

from citebrief.brief import Brief


def verify_brief(brief: Brief) -> Brief:
    return brief
