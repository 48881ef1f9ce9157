"""The verifier's fast construct/copy helpers give the same models pydantic does (a pydantic
upgrade that changes its internals must fail here, not corrupt briefs)."""
from __future__ import annotations

from citebrief.brief import Atom, Brief, Check, Claim, Section
from citebrief.verify import verify_brief
from citebrief.verify.fastmodel import construct, updated
from tests.support.verify import article


def test_construct_equals_model_construct_and_serialises():
    values = dict(kind="amount", text="1.7 trillion yen", value="1.7 trillion JPY", found_in=[2], cited=True)
    fast, slow = construct(Atom, **dict(values)), Atom.model_construct(**dict(values))
    assert fast == slow
    assert fast.model_dump() == slow.model_dump() and fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_fields_set == slow.model_fields_set
    # Not every field named: pydantic's own path fills the defaults.
    partial = construct(Check, status="supported")
    assert partial.problems == [] and partial.atoms == []


def test_updated_equals_model_copy_and_leaves_the_original_alone():
    claim = Claim(text="Revenue rose 5%.", citations=[1])
    check = construct(Check, status="supported", problems=[], atoms=[])
    fast, slow = updated(claim, check=check), claim.model_copy(update={"check": check})
    assert fast == slow and fast.model_fields_set == slow.model_fields_set
    assert claim.check.status == "unchecked"  # the original keeps its check
    assert Claim.model_validate(fast.model_dump()) == fast


def test_verified_brief_round_trips_through_json():
    art = article("公司第三季度营收为1128.6亿元，同比增长18.4%。", "净利润为196.3亿元。")
    brief = Brief(article=art, engine="test",
                  core_viewpoint=Claim(text="公司第三季度营收为1128.6亿元，同比增长18.4%。", citations=[1]),
                  sections=[Section(title="Results", bullets=[
                      Claim(text="Net profit was 19.63 billion yuan.", citations=[2]),
                      Claim(text="Net profit was 19.36 billion yuan.", citations=[2])])])
    verified = verify_brief(brief)
    again = Brief.model_validate_json(verified.model_dump_json())
    assert again == verified
    assert [c.check.status for c in again.claims()] == ["supported", "supported", "unsupported"]
    assert brief.sections[0].bullets[0].check.status == "unchecked"
