"""Strategy `abstractive`: the model writes the brief from the numbered paragraphs, with
citations, verbatim quotes and a glossary; what fails the checks is repaired once or dropped."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from citebrief.article import Article
from citebrief.brief import Claim, Evidence, Section
from citebrief.engines.llm.budget import brief_tokens, repair_tokens
from citebrief.engines.llm.chunking import estimate_tokens, split_paragraphs
from citebrief.engines.llm.grounding import glossary_problems
from citebrief.engines.llm.prompts import abstractive_messages, repair_messages, text_hints
from citebrief.engines.llm.run import Run, Verdict, judge
from citebrief.engines.llm.schemas import AbstractiveAnswer, Bullet, GlossaryEntry, RepairAnswer, quote_choices
from citebrief.errors import NothingVerified


@dataclass
class _Candidate:
    section: str | None  # None: the core viewpoint
    bullet: Bullet
    verdict: Verdict | None = None


async def brief_abstractive(run: Run, max_input_tokens: int) -> tuple[Claim, list[Section]]:
    article = run.article
    # Where the server compiles the schema into a grammar, a quote can only be one of the
    # article's sentences: verbatim by construction, whatever the model's size.
    run.quotes = quote_choices(article.paragraphs)
    groups = split_paragraphs(article, max_input_tokens)
    answers: list[AbstractiveAnswer] = []
    for i, numbers in enumerate(groups):
        many = len(groups) > 1
        messages = abstractive_messages(article, run.lang, numbers if many else None,
                                        (i + 1, len(groups)) if many else None)
        size = brief_tokens(sum(estimate_tokens(article.paragraph(n)) for n in numbers))
        answers.append(await run.ask(messages, AbstractiveAnswer, max_tokens=size))  # type: ignore[arg-type]
    if len(groups) > 1:
        run.notes.append(f"article split into {len(groups)} parts on paragraph boundaries")

    candidates, glossary = _merge(answers)
    verdicts = await run.offload(check_bullets, run.article, run.lang, [c.bullet for c in candidates], glossary)
    for cand, verdict in zip(candidates, verdicts):
        cand.verdict = verdict

    anchored = sum(1 for c in candidates if c.verdict is not None and c.verdict.ok and c.verdict.anchored)
    if anchored:
        # They failed on the model's own quotes: repairs, by the engine rather than the model.
        run.repaired += anchored
        run.notes.append(f"{anchored} statement(s) passed after their quotes were re-anchored to the article's words")
    failing = [i for i, c in enumerate(candidates) if not c.verdict.ok]  # type: ignore[union-attr]
    if failing:
        await _repair(run, candidates, failing, glossary, groups)
    return _assemble(run, candidates)


def check_bullets(article: Article, lang: str, bullets: list[Bullet], glossary: list[GlossaryEntry]) -> list[Verdict]:
    """Every bullet's verdict (module level: it may run in a batch's check process)."""
    bad = glossary_problems(glossary, article)
    return [judge(article, lang, b.text, b.citations, b.evidence, bad) for b in bullets]


def _merge(answers: list[AbstractiveAnswer]) -> tuple[list[_Candidate], list[GlossaryEntry]]:
    """Answers for the parts of a long article: the first part's core viewpoint (news leads with
    it), sections with the same title joined, glossaries joined."""
    candidates = [_Candidate(None, answers[0].core_viewpoint)]
    titles: dict[str, str] = {}
    glossary: dict[str, GlossaryEntry] = {}
    for answer in answers:
        for section in answer.sections:
            title = titles.setdefault(section.title.strip().casefold(), section.title.strip())
            candidates.extend(_Candidate(title, b) for b in section.bullets)
        for entry in answer.glossary:
            glossary.setdefault(entry.name.strip().casefold(), entry)
    return candidates, list(glossary.values())


async def _repair(run: Run, candidates: list[_Candidate], failing: list[int], glossary: list[GlossaryEntry],
                  groups: list[list[int]]) -> None:
    """Send the failing statements back once with the reasons; re-check what comes back."""
    failures = [_failure(run, i, candidates[i]) for i in failing]
    numbers = None
    if len(groups) > 1:  # a long article: only the paragraphs around the failing statements
        count = len(run.article.paragraphs)
        near = {n + d for i in failing for n in candidates[i].bullet.citations for d in (-1, 0, 1)}
        numbers = sorted(n for n in near if 1 <= n <= count) or None
    size = repair_tokens(sum(estimate_tokens(json.dumps(f["text"], ensure_ascii=False))
                             + estimate_tokens(json.dumps(f["evidence"], ensure_ascii=False)) for f in failures),
                         len(failures))
    answer = await run.ask(repair_messages(run.article, run.lang, failures, numbers), RepairAnswer,
                           max_tokens=size, required=False)
    fixes = {b.id: b for b in answer.bullets} if answer else {}
    merged = {e.name.strip().casefold(): e for e in glossary}
    if answer:
        merged.update({e.name.strip().casefold(): e for e in answer.glossary})
    bad = run.glossary_bad(list(merged.values()))
    for i in failing:
        fix = fixes.get(i)
        if fix is None:
            continue
        bullet = Bullet(text=fix.text, citations=fix.citations, evidence=fix.evidence)
        verdict = run.judge(bullet.text, bullet.citations, bullet.evidence, bad)
        if verdict.ok:
            candidates[i].bullet, candidates[i].verdict = bullet, verdict
            run.repaired += 1
        else:
            candidates[i].verdict.problems = [f"after repair: {p}" for p in verdict.problems]  # type: ignore[union-attr]
            candidates[i].bullet = bullet
    for i in failing:
        if i not in fixes and not candidates[i].verdict.ok:  # type: ignore[union-attr]
            candidates[i].verdict.problems.append("the model left it out when asked to repair it")  # type: ignore[union-attr]


def _cited_text(article: Article, citations: list[int]) -> dict[str, str]:
    count = len(article.paragraphs)
    return {str(n): article.paragraph(n) for n in citations[:3] if 1 <= n <= count}


def _failure(run: Run, i: int, cand: _Candidate) -> dict[str, Any]:
    """A failing statement as the repair prompt shows it: the statement, why it failed, and the
    cited paragraphs next to it (a small model copies from what is in front of it far better
    than it looks a paragraph up by number), with their figures and names in English."""
    verdict = cand.verdict
    assert verdict is not None
    cited = _cited_text(run.article, verdict.citations)
    failure: dict[str, Any] = {"id": i, "text": cand.bullet.text, "citations": cand.bullet.citations,
                               "evidence": [e.model_dump() for e in cand.bullet.evidence],
                               "problems": verdict.problems, "cited_paragraphs": cited}
    hints = text_hints("\n".join(cited.values()), run.article, run.lang)
    if hints:
        failure["in_english"] = hints
    return failure


def _claim(cand: _Candidate) -> Claim:
    verdict = cand.verdict
    assert verdict is not None
    return Claim(text=cand.bullet.text.strip(), citations=verdict.citations, check=verdict.check,
                 evidence=[Evidence(paragraph=e.paragraph, quote=e.quote) for e in verdict.evidence])


def _assemble(run: Run, candidates: list[_Candidate]) -> tuple[Claim, list[Section]]:
    core: Claim | None = None
    sections: dict[str, list[Claim]] = {}
    said: set[str] = set()
    for cand in candidates:
        if not cand.verdict.ok:  # type: ignore[union-attr]
            run.drop(cand.bullet.text, cand.verdict.citations, cand.verdict.problems)  # type: ignore[union-attr]
            continue
        key = " ".join(cand.bullet.text.casefold().split())
        if key in said:  # a small model repeats its core viewpoint as a bullet, or a bullet twice
            run.notes.append("a statement repeated word for word was published once")
            continue
        said.add(key)
        if cand.section is None:
            core = _claim(cand)
        else:
            sections.setdefault(cand.section, []).append(_claim(cand))
    if core is None:
        # The core viewpoint failed: the first statement that passed takes its place.
        for bullets in sections.values():
            if bullets:
                core = bullets.pop(0)
                run.notes.append("core viewpoint dropped; the first verified bullet stands in for it")
                break
    if core is None:
        raise NothingVerified(f"{run.label}: no statement of model {run.client.model} passed verification "
                              f"({len(run.dropped)} dropped: {run.dropped[0].reasons[0] if run.dropped else '-'})",
                              run.report())
    return core, [Section(title=t, bullets=b) for t, b in sections.items() if b]
