"""Read a brief someone else wrote: the house format (multi-line, or flattened onto one line as
commercial systems export it) or our Brief JSON.

House format::

    <title>
    <source>·<YYYY-MM-DD HH:MM>

    Core Viewpoint - <text> [1][4]
    <Section title>
    - <bullet> [1][2]

Flattened, the same text arrives on one line: ``... [1][4]. Funding Strategy - Starting ... [1][2].
- This change ... [1][2]. Government Investment - ...``; a segment ending in citations is a claim,
one opening with '- ' continues the section, one opening '<Title> - ' starts a new section.
"""
from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from citebrief.article import Article
from citebrief.brief import Brief, Claim, Section
from citebrief.errors import InputError
from citebrief.renderers.markdown import DROPPED_HEADING, KEY_FIGURES_HEADING, is_key_figure_line, is_note_line, strip_marks
from citebrief.verify.citations import MARK, VALID, is_malformed, numbers

_CORE = re.compile(r"Core\s+Viewpoint\s*[-–—:：]\s*", re.IGNORECASE)
_DATELINE = re.compile(r"^(?P<source>.*?)\s*·\s*(?P<when>\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?)\s*$")
_CITE_GROUP = re.compile(r"(?:\s*[\[【]\s*\d+(?:\s*[-–,，、]\s*\d+)*\s*[\]】])+")
# Marks where citations stand, well-formed or not ('[1][abc]'): a claim's end in flattened text.
_ANY_GROUP = re.compile(r"(?:\s*" + MARK.pattern + r")+")
_BULLET = re.compile(r"^\s*[-•*·]\s+")


def parse_brief(text: str, article: Article | None = None, *, source: str = "brief") -> Brief:
    """A Brief from house-format text or Brief JSON, tied to ``article``.

    Citations are kept as written, even ones the article lacks: the verifier reports them. Without
    an article (and none in the JSON) the Brief carries a stand-in with placeholder paragraphs.
    """
    if not text.strip():
        raise InputError(source, "empty brief")
    if text.lstrip().startswith("{"):
        return _from_json(text, article, source)
    return _from_house(text, article, source)


def _citations(groups: str) -> list[int]:
    out: list[int] = []
    for inner in VALID.findall(groups):
        out.extend(numbers(inner))
    return list(dict.fromkeys(out))


def _malformed(groups: str) -> list[str]:
    """The marks of ``groups`` that stand for citations but are not valid ('[abc]', '[-1]'). They
    stay in the claim's text, where the checker reports each as one problem."""
    return [m.group(0) for m in MARK.finditer(groups) if is_malformed(m.group(0))]


def _claim(text: str, citations: list[int], period: bool = False) -> Claim:
    text = re.sub(r"\s+", " ", text).strip()
    if period and text and text[-1] not in ".!?。！？\"”":
        text += "."
    return Claim(text=text, citations=citations)


def _split_claim_line(line: str) -> Claim:
    """'text [1][2].' -> Claim('text.', [1, 2]); citations anywhere in the line are collected."""
    cites = _citations(line)
    # (A malformed mark right after the valid ones keeps its space: 'text [4][x]' -> 'text [x]'.)
    body = strip_marks(_CITE_GROUP.sub(lambda m: " " if MARK.match(line, m.end()) else "", line).strip())
    return _claim(body, cites)


def _from_house(text: str, article: Article | None, source: str) -> Brief:
    m = _CORE.search(text)
    if not m:
        raise InputError(source, "no 'Core Viewpoint -' found: not a brief in the house format or JSON")
    header = [ln.strip() for ln in text[:m.start()].splitlines() if ln.strip()]
    title, dateline = _header(header)
    body = text[m.end():]
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if len(lines) > 1 and any(_BULLET.match(ln) for ln in lines[1:]):
        core, sections = _multi_line(lines)
    else:
        core, sections = _flattened(" ".join(ln.strip() for ln in lines))
    if not core.text:
        raise InputError(source, "the Core Viewpoint is empty")
    return _assemble(article, core, sections, title, dateline, engine="house-format")


def _header(lines: list[str]) -> tuple[str | None, str | None]:
    for i, ln in enumerate(lines):
        if _DATELINE.match(ln):
            return (lines[i - 1] if i else None), ln
    return (lines[-1] if lines else None), None


def _multi_line(lines: list[str]) -> tuple[Claim, list[Section]]:
    core = _split_claim_line(lines[0])
    sections: list[Section] = []
    in_figures = False
    for ln in lines[1:]:
        # Our own Markdown: verdict notes are not claims, and dropped claims were never published.
        if ln.strip() == DROPPED_HEADING:
            break
        if is_note_line(ln):
            continue
        # Our Key figures block (rows checked when the brief was made) holds no claims of the brief.
        if ln.strip() == KEY_FIGURES_HEADING and not sections:
            in_figures = True
            continue
        if in_figures and is_key_figure_line(ln.strip()):
            continue
        if in_figures and _BULLET.match(ln):
            sections.append(Section(title=KEY_FIGURES_HEADING, bullets=[]))  # someone's section of that name
        in_figures = False
        if _BULLET.match(ln):
            if not sections:
                sections.append(Section(title="", bullets=[]))
            sections[-1].bullets.append(_split_claim_line(_BULLET.sub("", ln)))
        elif not sections or sections[-1].bullets or not sections[-1].title:
            sections.append(Section(title=ln.strip(), bullets=[]))
        else:  # a title line followed by another non-bullet line: a claim continuing, keep as title
            sections[-1] = Section(title=f"{sections[-1].title} {ln.strip()}", bullets=[])
    return core, [s for s in sections if s.bullets]


def _flattened(body: str) -> tuple[Claim, list[Section]]:
    segments: list[tuple[str, list[int], bool]] = []
    pos = 0
    for m in _ANY_GROUP.finditer(body):
        end = m.end()
        period = body[end:end + 1] == "."
        bad = _malformed(m.group(0))
        if not _CITE_GROUP.search(m.group(0)) and not (bad and (period or end == len(body))):
            continue  # '[sic]', or a bracket mid-sentence: not where a claim ends
        if period:
            end += 1
        segments.append((" ".join([body[pos:m.start()], *bad]), _citations(m.group(0)), period))
        pos = end
    tail = body[pos:].strip(" .")
    if tail:
        segments.append((tail, [], False))
    if not segments:
        return _claim(body, []), []
    core_text, core_cites, core_period = segments[0]
    core = _claim(core_text, core_cites, core_period)
    sections: list[Section] = []
    for raw, cites, period in segments[1:]:
        seg = raw.strip().lstrip(".").strip()
        if seg.startswith("- ") or seg.startswith("-"):
            if not sections:
                sections.append(Section(title="", bullets=[]))
            sections[-1].bullets.append(_claim(seg.lstrip("- "), cites, period))
        elif " - " in seg:
            title, rest = seg.split(" - ", 1)
            sections.append(Section(title=title.strip(), bullets=[_claim(rest, cites, period)]))
        else:
            # Citations in mid-sentence: the segment continues the previous claim.
            prev = sections[-1].bullets[-1] if sections and sections[-1].bullets else core
            prev.text = (prev.text.rstrip(".") + " " + seg).strip()
            prev.citations = list(dict.fromkeys(prev.citations + cites))
            if period and not prev.text.endswith("."):
                prev.text += "."
    return core, sections


def _stand_in(title: str | None, max_cite: int) -> Article:
    count = max(max_cite, 1)
    return Article(title=title or "(article not given)",
                   paragraphs=[f"(paragraph {n} not given)" for n in range(1, count + 1)])


def _assemble(article: Article | None, core: Claim, sections: list[Section], title: str | None,
              dateline: str | None, engine: str, extra: dict[str, Any] | None = None) -> Brief:
    if article is None:
        cites = [n for c in [core] + [b for s in sections for b in s.bullets] for n in c.citations]
        article = _stand_in(title, max(cites, default=1))
    fields: dict[str, Any] = dict(article=article, core_viewpoint=core, sections=sections, engine=engine)
    fields.update(extra or {})
    # model_construct: keep citations the article lacks, so the verifier can report them.
    defaults = Brief.model_construct(**fields)
    return defaults


def _from_json(text: str, article: Article | None, source: str) -> Brief:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or "core_viewpoint" not in data:
        raise InputError(source, "JSON is not a brief: no 'core_viewpoint'")
    try:
        if article is None and isinstance(data.get("article"), dict):
            article = Article.model_validate(data["article"])
        core = Claim.model_validate(_claim_dict(data["core_viewpoint"]))
        sections = [
            Section(title=str(s.get("title", "")),
                    bullets=[Claim.model_validate(_claim_dict(b)) for b in s.get("bullets", [])])
            for s in data.get("sections", [])
        ]
    except (ValidationError, AttributeError, TypeError) as exc:
        first = str(exc).splitlines()
        raise InputError(source, f"invalid brief JSON: {first[0] if first else exc}") from None
    extra = {k: data[k] for k in ("model", "strategy", "language") if isinstance(data.get(k), str)}
    return _assemble(article, core, sections, None, None, engine=str(data.get("engine") or "json"),
                     extra=extra)


def _claim_dict(value: Any) -> dict:
    if isinstance(value, str):
        return {"text": value, "citations": []}
    if not isinstance(value, dict):
        raise TypeError("a claim must be an object with 'text' and 'citations'")
    keep = {k: value[k] for k in ("text", "citations", "evidence", "source_text") if k in value}
    if isinstance(keep.get("citations"), list):
        # Paragraph numbers as numbers or digit strings; anything else ('abc', '-1', 1.5) is a
        # malformed citation, kept in the claim's text as a mark the checker reports.
        good, bad = [], []
        for c in keep["citations"]:
            if isinstance(c, int) and not isinstance(c, bool):
                good.append(c)
            elif isinstance(c, str) and c.strip().isdigit():
                good.append(int(c))
            else:
                bad.append(c)
        if bad and isinstance(keep.get("text"), str):
            keep["citations"] = good
            keep["text"] = keep["text"].rstrip() + " " + "".join(f"[{c}]" for c in bad)
    return keep
