"""A person named only by a surname alias (安倍 for 安倍晋三) is evidence only when the alias is a
word of its own: 安倍经济学 ("Abenomics") names a policy, not Shinzo Abe."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import article

ABENOMICS = article(
    "市场普遍预计，新政府将延续“安倍经济学”路线，维持宽松的货币政策。",
    "日本首相高市早苗11月20日表示，政府将在2026财年投入约1万亿日元扶持半导体产业。",
    "安倍首相2013年推出的量化宽松政策至今仍影响日本央行的决策。",
    "高市表示，补贴将优先拨给芯片制造商。",
    title="日本新政府延续宽松路线",
)


def test_a_full_name_is_not_supported_by_the_surname_inside_a_longer_word():
    check = check_claim("Shinzo Abe is expected to keep monetary policy loose.", [1], ABENOMICS)
    assert check.status == "unsupported"
    assert any("Shinzo Abe" in p for p in check.problems)


def test_the_surname_alone_inside_a_longer_word_is_no_evidence_either():
    assert check_claim("Abe will keep monetary policy loose.", [1], ABENOMICS).status == "unsupported"


def test_the_surname_followed_by_a_title_names_the_person():
    check = check_claim("Abe launched quantitative easing in 2013.", [3], ABENOMICS)
    assert check.status == "supported", check.problems
    assert any(a.kind == "person" and a.found_in == [3] for a in check.atoms)


def test_the_full_name_in_the_paragraph_supports_the_surname():
    check = check_claim("Takaichi said the government will put about 1 trillion yen into chips.", [2], ABENOMICS)
    assert check.status == "supported", check.problems


def test_the_surname_followed_by_a_verb_of_saying_names_the_person():
    check = check_claim("Sanae Takaichi said subsidies would go to chipmakers first.", [4], ABENOMICS)
    assert check.status == "supported", check.problems


def test_a_name_the_paragraph_does_not_hold_is_still_caught():
    check = check_claim("Sanae Takaichi said the policy would stay loose.", [1], ABENOMICS)
    assert check.status == "unsupported"
