"""Strategy `extract-translate`: the extractive engine chooses and groups source sentences;
the model only translates and tightens them (the better choice for small local models).
Citations stay the extractive engine's; source_text keeps the original sentence."""
from __future__ import annotations

from typing import Any

from citebrief.article import Article
from citebrief.brief import Brief, Claim, Evidence, Section
from citebrief.engines.llm.budget import translation_tokens
from citebrief.engines.llm.chunking import estimate_tokens
from citebrief.engines.llm.grounding import check_statement
from citebrief.engines.llm.prompts import text_hints, translate_messages
from citebrief.engines.llm.run import Run, Verdict
from citebrief.engines.llm.schemas import GlossaryEntry, TranslateAnswer
from citebrief.errors import NothingVerified
from citebrief.text.sentences import split_sentences


def extractive_brief(run: Run) -> Brief:
    """The extractive engine's brief (its length: brief.length), whose sentences the model translates."""
    from citebrief.engines.extractive import ExtractiveEngine

    return ExtractiveEngine().brief(run.article)


def _evidence(source: str, citations: list[int], run: Run) -> list[Evidence]:
    """The source sentences as quotes, each tied to the cited paragraph that holds it."""
    out: list[Evidence] = []
    for sentence in split_sentences(source) or [source]:
        for n in citations:
            if 1 <= n <= len(run.article.paragraphs) and sentence in run.article.paragraph(n):
                out.append(Evidence(paragraph=n, quote=sentence))
                break
    return out


def _add_hints(items: list[dict[str, Any]], article: Article, lang: str) -> None:
    """Each item's figures and names in English, as the verifier will read them (hints.py)."""
    for item in items:
        hints = text_hints(item["text"], article, lang) if item.get("kind") != "title" else {}
        if hints:
            item["in_english"] = hints


def _size(items: list[dict[str, Any]]) -> int:
    """max_tokens for translating these items (budget.py): sized from their source text."""
    return translation_tokens(sum(estimate_tokens(it["text"]) for it in items), len(items))


async def brief_extract_translate(run: Run) -> tuple[Claim, list[Section]]:
    base = extractive_brief(run)
    items: list[dict[str, Any]] = [{"id": 0, "kind": "core", "text": base.core_viewpoint.text}]
    claims: dict[int, Claim] = {0: base.core_viewpoint}
    layout: list[tuple[int, list[int]]] = []  # (title id, bullet ids)
    next_id = 1
    kept_titles: dict[int, str] = {}
    for section in base.sections:
        title_id = next_id
        next_id += 1
        if run.lang == "en" and section.title.isascii():
            kept_titles[title_id] = section.title  # already English: one thing less to misnumber
        else:
            items.append({"id": title_id, "kind": "title", "text": section.title})
        ids = []
        for bullet in section.bullets:
            items.append({"id": next_id, "kind": "bullet", "text": bullet.text})
            claims[next_id] = bullet
            ids.append(next_id)
            next_id += 1
        layout.append((title_id, ids))

    _add_hints(items, run.article, run.lang)
    answer = await run.ask(translate_messages(run.article, run.lang, items), TranslateAnswer,
                           max_tokens=_size(items))
    texts = {it.id: it.text.strip() for it in answer.items}  # type: ignore[union-attr]
    texts.update(kept_titles)
    glossary = {e.name.strip().casefold(): e for e in answer.glossary}  # type: ignore[union-attr]

    verdicts: dict[int, Verdict] = {}
    evidence: dict[int, list[Evidence]] = {}
    source_atoms: dict[int, bool] = {}
    # A translation that keeps none of its sentence's figures, dates or names is another
    # sentence (models misnumber items) or no translation at all.
    def figures(atoms: list) -> bool:
        return any(any(ch.isdigit() for ch in (a.value or a.text)) for a in atoms)


    def judge(i: int, text: str) -> Verdict:
        verdict = run.judge(text, claims[i].citations, evidence[i], bad)
        if not text:
            verdict.problems.append("the model did not translate it")
        elif source_atoms[i] and not figures(verdict.check.atoms) and verdict.check.status != "unchecked":
            verdict.problems.append("the translation keeps none of the sentence's figures or dates")
        return verdict

    bad: dict[str, str] = {}

    def check_all() -> None:
        nonlocal bad
        for i, c in claims.items():
            evidence[i] = _evidence(c.text, c.citations, run)
            source_atoms[i] = figures(check_statement(c.text, c.citations, run.article).atoms)
        bad = run.glossary_bad(list(glossary.values()))
        for i in claims:
            verdicts[i] = judge(i, texts.get(i, ""))

    await run.in_thread(check_all)

    failing = [i for i, v in verdicts.items() if not v.ok]
    if failing:
        redo = [{"id": i, "text": claims[i].text, "your_translation": texts.get(i, ""),
                 "problems": verdicts[i].problems} for i in failing]
        _add_hints(redo, run.article, run.lang)
        fixed = await run.ask(translate_messages(run.article, run.lang, redo, problems=True), TranslateAnswer,
                              max_tokens=_size(redo), required=False)
        if fixed:
            glossary.update({e.name.strip().casefold(): e for e in fixed.glossary})
            bad = run.glossary_bad(list(glossary.values()))
            new = {it.id: it.text.strip() for it in fixed.items}
            for i in failing:
                if i in new:
                    verdict = judge(i, new[i])
                    texts[i] = new[i]
                    if verdict.ok:
                        run.repaired += 1
                    else:
                        verdict.problems = [f"after repair: {p}" for p in verdict.problems]
                    verdicts[i] = verdict

    published: set[str] = set()

    def publish(i: int) -> Claim | None:
        if not verdicts[i].ok:
            run.drop(texts.get(i) or claims[i].text, claims[i].citations, verdicts[i].problems)
            return None
        # No statement twice: a translation the brief already has (two source sentences the
        # model rendered alike) is left out.
        same = " ".join(texts[i].casefold().split()).rstrip(".。")
        if same in published:
            run.drop(texts[i], claims[i].citations, ["the same statement is already in the brief"])
            return None
        published.add(same)
        return Claim(text=texts[i], citations=claims[i].citations, check=verdicts[i].check,
                     evidence=evidence[i], source_text=claims[i].text)

    core = publish(0)
    sections: list[Section] = []
    for title_id, ids in layout:
        bullets = [c for c in (publish(i) for i in ids) if c is not None]
        if bullets:
            original = next(s.title for s, (t, _) in zip(base.sections, layout) if t == title_id)
            sections.append(Section(title=texts.get(title_id) or original, bullets=bullets))
    if core is None:
        for section in sections:
            core = section.bullets.pop(0)
            run.notes.append("core viewpoint dropped; the first verified bullet stands in for it")
            break
        sections = [s for s in sections if s.bullets]
    if core is None:
        raise NothingVerified(f"{run.label}: no translated statement of model {run.client.model} passed "
                              f"verification ({len(run.dropped)} dropped)", run.report())
    return core, sections


__all__ = ["brief_extract_translate", "GlossaryEntry"]
