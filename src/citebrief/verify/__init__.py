"""The verifier (issue 3): every figure, date and name of a brief checked against the paragraphs
it cites, across languages and scripts.

    >>> from citebrief.verify import check_claim, verify_brief
    >>> check_claim("about 1.7 trillion yen went to Rapidus", [2], article).status
    'supported'
"""
from __future__ import annotations

from citebrief.verify.check import check_claim, verify_brief
from citebrief.verify.parse import parse_brief

__all__ = ["check_claim", "verify_brief", "parse_brief"]
