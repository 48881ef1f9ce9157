"""`citebrief verify` reads back the Markdown `citebrief brief` writes, verdict marks included."""
from __future__ import annotations

from pathlib import Path

from citebrief import load_article, make_brief, render
from citebrief.brief import Claim, DroppedClaim
from citebrief.verify import verify_brief
from citebrief.verify.parse import parse_brief

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles" / "japan-chips.zh-Hans.txt"


def test_marked_markdown_parses_back_to_the_published_claims():
    article = load_article(EXAMPLE)
    brief = make_brief(article)
    wrong = Claim(text="About 1.9 trillion yen has gone to Rapidus.", citations=[2])
    brief.sections[0].bullets.append(wrong)
    brief.report.dropped.append(DroppedClaim(text="Shinzo Abe backs the plan.", citations=[4],
                                             reasons=["'Shinzo Abe' not in [4]"]))
    brief = verify_brief(brief)
    assert brief.sections[0].bullets[-1].check.status == "unsupported"

    parsed = parse_brief(render(brief, "md"), article)

    assert [s.title for s in parsed.sections] == [s.title for s in brief.sections]
    assert [(c.text, c.citations) for c in parsed.claims()] == [(c.text, c.citations) for c in brief.claims()]
    # Re-verifying the parsed Markdown gives the same verdicts; the dropped claim is not a claim.
    again = verify_brief(parsed)
    assert [c.check.status for c in again.claims()] == [c.check.status for c in brief.claims()]
