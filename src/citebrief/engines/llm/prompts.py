"""The prompts, versioned: PROMPT_VERSION is part of every cache key, so changing a prompt
means new answers rather than stale ones. Bump it with any change to this file or to the
checks a brief must pass (a cached brief passed the checks of its version)."""
from __future__ import annotations

import json
from typing import Any

from citebrief.article import Article
from citebrief.engines.llm.hints import english_hints, hint_lines, story_yuan

PROMPT_VERSION = "2026-11-30.1"

LANGUAGES = {"en": "English", "zh": "Simplified Chinese", "ja": "Japanese"}

_GROUNDING_RULES = """\
- Use only facts stated in the article. Never add a name, title, figure or date from your own
  knowledge, even if you believe it is true; if the article gives a person's name, use that name.
- Keep figures exactly as the article gives them, with their scale and unit (1万亿日元 = 1 trillion
  yen; 亿 = 100 million; 万 = 10 thousand); write "about" where the article says 约/近/左右.
- Every statement cites the numbers of the paragraphs it rests on.
- Every statement has evidence: one or more quotes copied character for character from the
  paragraphs it cites, in the article's own language. Together the quotes must contain every
  number, date and name of the statement.
- glossary: every person, company, organisation and place your text names, with the form
  exactly as written in the article."""

_HINT_RULE = """- Where "In English" gives a figure or a name, write it exactly that way (35亿元 is 3.5 billion
  yuan, never 35 billion); it is how the article's figures and names read in English."""


def article_hints(article: Article, lang: str, numbers: list[int] | None = None) -> str:
    """The 'In English' block for an English brief of a Chinese article ('' otherwise)."""
    if lang != "en":
        return ""
    numbers = numbers or list(range(1, len(article.paragraphs) + 1))
    hints = english_hints("\n".join(article.paragraph(n) for n in numbers), story_yuan(article))
    return f"\n\nIn English:\n{hint_lines(hints)}" if hints else ""


def text_hints(text: str, article: Article, lang: str) -> dict[str, str]:
    """The figures and names of one piece of the article in English (for an English brief)."""
    return english_hints(text, story_yuan(article)) if lang == "en" else {}


def article_block(article: Article, numbers: list[int] | None = None, part: tuple[int, int] | None = None) -> str:
    numbers = numbers or list(range(1, len(article.paragraphs) + 1))
    head = f"Title: {article.title}\n"
    if article.dateline:
        head += f"Source: {article.dateline}\n"
    if part:
        head += (f"(This is part {part[0]} of {part[1]} of a long article: paragraphs "
                 f"{numbers[0]} to {numbers[-1]}.)\n")
    body = "\n\n".join(f"[{n}] {article.paragraph(n)}" for n in numbers)
    return f"{head}\n{body}"


def abstractive_messages(article: Article, lang: str, numbers: list[int] | None = None,
                         part: tuple[int, int] | None = None) -> list[dict[str, str]]:
    language = LANGUAGES.get(lang, lang)
    system = f"""You write short, factual briefs of financial news in {language}.
You get the article's paragraphs, each numbered like [3]. Answer with one JSON object:
{{"core_viewpoint": {{"text": "...", "citations": [1], "evidence": [{{"paragraph": 1, "quote": "..."}}]}},
 "sections": [{{"title": "...", "bullets": [{{"text": "...", "citations": [2], "evidence": [{{"paragraph": 2, "quote": "..."}}]}}]}}],
 "glossary": [{{"name": "...", "source": "..."}}]}}
- core_viewpoint: one or two sentences with the main news.
- 2 to 5 sections with short titles, 1 to 3 bullets each, one fact-dense sentence per bullet.
- A bullet's text is a full sentence with a subject and a verb, never a heading, and says
  something no other bullet says.
- Write the text, titles and core viewpoint in {language}.
{_GROUNDING_RULES}
{_HINT_RULE}"""
    return [{"role": "system", "content": system},
            {"role": "user", "content": article_block(article, numbers, part) + article_hints(article, lang, numbers)}]


def repair_messages(article: Article, lang: str, failures: list[dict[str, Any]],
                    numbers: list[int] | None = None) -> list[dict[str, str]]:
    """One round trip for the statements that failed the checks, with the reasons."""
    language = LANGUAGES.get(lang, lang)
    system = f"""You correct statements of a {language} brief of a financial news article.
Each statement below failed a check against the article, for the reasons given. Rewrite each so
that it is true to the paragraphs it cites, or leave it out if the article does not support it.
Each statement comes with the text of the paragraphs it cites ("cited_paragraphs"): copy its
quotes from there, character for character, and take its figures and names from there, written
as "in_english" gives them.
Answer with one JSON object:
{{"bullets": [{{"id": 0, "text": "...", "citations": [2], "evidence": [{{"paragraph": 2, "quote": "..."}}]}}],
 "glossary": [{{"name": "...", "source": "..."}}]}}
{_GROUNDING_RULES}"""
    listing = json.dumps(failures, ensure_ascii=False, indent=1)
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"{article_block(article, numbers)}\n\nStatements to correct:\n{listing}"}]


def translate_messages(article: Article, lang: str, items: list[dict[str, Any]],
                       problems: bool = False) -> list[dict[str, str]]:
    """extract-translate: the model only translates and tightens chosen sentences."""
    language = LANGUAGES.get(lang, lang)
    task = ("Each item failed a check for the reasons given: translate it again, keeping every "
            "figure, date and name exactly as in the source sentence." if problems else
            f"Translate each item into {language} and tighten it into one clear sentence.")
    system = f"""You translate sentences chosen from a financial news article into {language}.
{task}
- Keep every number with its scale and unit (1万亿日元 = 1 trillion yen; 亿 = 100 million;
  万 = 10 thousand), every date and every name; add nothing that the item does not say.
- Translate names as the item writes them; never replace a name with another person or company.
- Where an item has "in_english", write those figures and names exactly that way (35亿元 is
  3.5 billion yuan, never 35 billion): it is how the item's figures and names read in English.
- Section titles (kind "title") become short headings.
Answer with one JSON object:
{{"items": [{{"id": 0, "text": "..."}}], "glossary": [{{"name": "name as you wrote it", "source": "name as in the item"}}]}}"""
    user = f"Article title: {article.title}\n\nItems:\n" + json.dumps(items, ensure_ascii=False, indent=1)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
