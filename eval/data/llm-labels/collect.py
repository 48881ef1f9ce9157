"""Every statement a model wrote in an eval/llm_local.sh run, published or not.

The brief JSON that eval/llm_local.py saves holds the published claims and the dropped ones (after
repair), but not a statement as the model first wrote it when the engine then had it repaired, and
nothing at all for an article whose every statement failed. The engine's store logs every
exchange with the model (<results>/<strategy>/llm.sqlite, table `exchanges`), so the statements
are read back from there:

- abstractive: the first valid AbstractiveAnswer (id 0 the core viewpoint, then the bullets in
  order, as the engine numbers its candidates) and the RepairAnswer, whose bullets name those ids
  (a fix for an id the engine did not send back, or an earlier of two fixes for one id, is
  ignored by the engine, and here);
- extract-translate: the items sent for translation (id 0 the core, kind "bullet"), the model's
  TranslateAnswer, and the re-translation of the items that failed. Their citations are the
  extractive engine's, recomputed (deterministic) and matched to the items by their source text.

Citations are those the engine's verdict used (its own re-anchoring of the quotes, and every
quote's paragraph added: run.judge), the ones a reader of a published claim sees. `published`
says whether the text is a claim of the saved brief.

    python eval/data/llm-labels/collect.py RESULTS_DIR ARTICLE... > statements.unlabelled.jsonl
"""
from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from citebrief.engines import get_engine
from citebrief.engines.llm.run import judge
from citebrief.engines.llm.schemas import AbstractiveAnswer, RepairAnswer, TranslateAnswer, parse_answer
from citebrief.loaders import load_article

ROOT = Path(__file__).resolve().parents[3]


def answers(db: Path, article_hash: str) -> list[tuple[dict, str]]:
    """(request, message content) of every exchange with an answer, in order."""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT request_json, response_text FROM exchanges WHERE article_hash = ? "
                       "AND status = 200 ORDER BY id", (article_hash,)).fetchall()
    out = []
    for request, response in rows:
        try:
            content = json.loads(response)["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        out.append((json.loads(request), content))
    return out


def parsed(content: str, model):
    try:
        return parse_answer(content, model)
    except ValueError:
        return None


def verdict_citations(article, text: str, citations: list[int], evidence: list) -> list[int]:
    return judge(article, "en", text, citations, evidence, {}).citations


def abstractive(article, exchanges) -> list[dict]:
    out: list[dict] = []
    first = None
    for request, content in exchanges:
        system = request["messages"][0]["content"]
        if system.startswith("You correct statements"):
            fix = parsed(content, RepairAnswer)
            if fix is None:
                continue
            # The engine takes a fix only for a statement it sent back; the model adds others.
            asked = {f["id"] for f in json.loads(request["messages"][1]["content"].split("Statements to correct:\n", 1)[1])}
            last = {b.id: b for b in fix.bullets}  # the engine keeps the last fix given for an id
            for b in fix.bullets:
                if b.id not in asked or last[b.id] is not b:
                    continue
                out.append({"kind": "core" if b.id == 0 else "bullet", "stage": "repair", "id": b.id, "text": b.text,
                            "citations": verdict_citations(article, b.text, b.citations, b.evidence),
                            "model_citations": b.citations,
                            "evidence": [e.model_dump() for e in b.evidence]})
        elif first is None:
            first = parsed(content, AbstractiveAnswer)
            if first is None:
                continue
            bullets = [first.core_viewpoint] + [b for s in first.sections for b in s.bullets]
            for i, b in enumerate(bullets):
                out.append({"kind": "core" if i == 0 else "bullet", "stage": "first", "id": i, "text": b.text,
                            "citations": verdict_citations(article, b.text, b.citations, b.evidence),
                            "model_citations": b.citations,
                            "evidence": [e.model_dump() for e in b.evidence]})
    return out


def _items(request: dict) -> list[dict]:
    user = request["messages"][1]["content"]
    return json.loads(user.split("Items:\n", 1)[1])


def extract_translate(article, exchanges) -> list[dict]:
    base = get_engine("extractive").brief(article)
    source: dict[int, tuple[str, list[int]]] = {0: (base.core_viewpoint.text, base.core_viewpoint.citations)}
    n = 1
    for section in base.sections:
        n += 1  # the section title's id
        for bullet in section.bullets:
            source[n] = (bullet.text, bullet.citations)
            n += 1
    out: list[dict] = []
    first = True
    for request, content in exchanges:
        items = {it["id"]: it for it in _items(request)}
        answer = parsed(content, TranslateAnswer)
        if answer is None:
            continue
        for it in answer.items:
            if it.id not in source or (it.id in items and items[it.id].get("kind") == "title"):
                continue
            text, citations = source[it.id]
            if it.id in items and items[it.id]["text"] != text:
                raise SystemExit(f"{article.origin}: item {it.id} is not the extractive sentence it was")
            if not it.text.strip():
                continue  # not translated: no statement
            out.append({"kind": "core" if it.id == 0 else "bullet", "stage": "first" if first else "repair",
                        "id": it.id, "text": it.text.strip(), "citations": citations, "source_text": text})
        first = False
    return out


def main() -> int:
    results = Path(sys.argv[1])
    for path in sys.argv[2:]:
        article = load_article(path)
        rel = str(Path(path).resolve().relative_to(ROOT))
        for strategy, collect in (("extract-translate", extract_translate), ("abstractive", abstractive)):
            db = results / strategy / "llm.sqlite"
            exchanges = answers(db, article.content_hash) if db.exists() else []  # a run of one strategy
            if not exchanges:
                print(f"{rel} {strategy}: no exchanges", file=sys.stderr)
                continue
            saved = results / strategy / f"{Path(path).stem}.json"
            brief = json.loads(saved.read_text()) if saved.exists() else None
            # Claims are told apart by text and citations (two source sentences translated alike).
            published: Counter[tuple[str, tuple[int, ...]]] = Counter()
            dropped: dict[tuple[str, tuple[int, ...]], list[str]] = {}
            if brief:
                for claim in [brief["core_viewpoint"]] + [b for s in brief["sections"] for b in s["bullets"]]:
                    published[(" ".join(claim["text"].split()), tuple(claim["citations"]))] += 1
                for d in brief["report"]["dropped"]:
                    dropped[(" ".join(d["text"].split()), tuple(d["citations"]))] = d["reasons"]
            statements: list[dict] = []
            for st in collect(article, exchanges):
                key = " ".join(st["text"].split())
                if any(s["id"] == st["id"] and " ".join(s["text"].split()) == key and s["citations"] == st["citations"]
                       for s in statements):
                    continue  # a repair that changed nothing
                statements.append(st)
            # Only the last version of each statement (its repair, if any) can have been published.
            final = {st["id"]: st for st in statements}
            for st in sorted(final.values(), key=lambda s: s["id"]):
                key = (" ".join(st["text"].split()), tuple(st["citations"]))
                if published[key] > 0:
                    published[key] -= 1
                    st["published"] = True
            # A small model repeats itself (its core viewpoint as three bullets): one statement,
            # published if any copy was, with the number of copies.
            kept: dict[tuple[str, tuple[int, ...]], dict] = {}
            for st in statements:
                key = " ".join(st["text"].split())
                if not st.get("published") and st is final[st["id"]] and (key, tuple(st["citations"])) in dropped:
                    st["engine_reasons"] = dropped[(key, tuple(st["citations"]))]
                same = kept.get((key, tuple(st["citations"])))
                if same is not None:
                    same["copies"] += 1
                    same["published"] = same["published"] or st.get("published", False)
                    continue
                kept[(key, tuple(st["citations"]))] = {**st, "published": st.get("published", False), "copies": 1}
            for st in kept.values():
                print(json.dumps({"article": rel, "strategy": strategy, **st}, ensure_ascii=False))
            if sum(published.values()):
                print(f"{rel} {strategy}: published claims not found: {list(+published)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
