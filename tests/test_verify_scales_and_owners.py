"""Figures as the Malaysian press writes them ('RM6.3mil', 'RM2.36bil'), and who and what a figure
belongs to where the earlier readers went wrong. Each case sets a correct claim against a wrong
one. Companies are real, figures and sentences are ours."""
from __future__ import annotations

from citebrief.facts.quantities import find_quantities
from tests.support.verify import article, status


def test_glued_malaysian_scales_are_read_and_checked():
    assert [(q.value, q.unit) for q in find_quantities("net profit of RM6.3mil and revenue of RM2.36bil")] == \
        [(6.3e6, "MYR"), (2.36e9, "MYR")]
    assert [q.value for q in find_quantities("3 military bases and 2 bilateral deals")] == [3, 2]
    art = article("Inari Amertron's quarterly net profit rose 12% to RM98.6mil, while revenue reached RM1.24bil.",
                  title="Inari profit", language="en")
    assert status("Inari's quarterly net profit rose 12% to RM98.6 million.", [1], art) == "supported"
    assert status("Inari's revenue reached RM1.24 billion.", [1], art) == "supported"
    assert status("Inari's revenue reached RM1.24 million.", [1], art) == "unsupported"
