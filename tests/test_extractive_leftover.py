"""What the default brief does with characters its selection cannot spend on another figure or
name: it tells the Core Viewpoint, then the bullets, more fully (engines/extractive._fill_leftover),
never past the length budget."""
from citebrief.article import Article
from citebrief.engines import get_engine

# Written for this test: every paragraph but the lead has one short sentence with its figure and a
# long one with none, so the bullets cannot use all of the 35% budget.
PARAGRAPHS = [
    "The Bank of Eastland raised its benchmark interest rate by 25 basis points to 1.25% on Friday, "
    "the highest level since 2008, as policymakers judged that wage gains would keep inflation near "
    "their target.",
    "Two members dissented. The board said it would keep watching how households and smaller firms "
    "coped with higher borrowing costs over the coming months before deciding anything further.",
    "Core prices rose 3.0% in November. Officials noted that food and energy had played a smaller "
    "part than a year earlier, and that service prices were now doing most of the work.",
    "The yen firmed 0.8% to 157.20 per dollar. Traders said the move had been widely expected and that "
    "attention would now turn to the spring wage talks and what the unions would ask for this time.",
    "Bond yields rose to 2.02%. Dealers described the session as orderly, with little sign of the "
    "forced selling that had unsettled markets in the summer, when liquidity was much thinner.",
    "Bank shares gained 1.8%. Analysts said lenders stood to earn more on their deposits for some "
    "time yet, although loan demand from smaller companies had softened in recent weeks.",
]


def test_unused_budget_tells_the_core_viewpoint_to_the_end_of_its_sentence():
    article = Article(title="Eastland raises rates to 1.25%", language="en", paragraphs=PARAGRAPHS)
    brief = get_engine("extractive").brief(article)
    core = brief.core_viewpoint.text
    assert "1.25%" in core and "since 2008" in core  # the lead's tail, which no bullet could have used
    used = len(core) + sum(len(b.text) for s in brief.sections for b in s.bullets)
    assert used <= 0.35 * sum(len(p) for p in PARAGRAPHS)
    for section in brief.sections:  # every bullet still a verbatim span of the paragraph it cites
        for bullet in section.bullets:
            assert bullet.text.rstrip(".") in PARAGRAPHS[bullet.citations[0] - 1]
