"""What one article's briefing shares between the strategies: the HTTP session, token counts,
asking the model (with one repair round trip for an invalid answer) and checking statements."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from citebrief.article import Article
from citebrief.brief import BriefReport, Check, DroppedClaim
from citebrief.engines.llm.anchoring import anchor_quotes
from citebrief.engines.llm.budget import retry_tokens
from citebrief.engines.llm.client import ChatClient, Completion, Exchange
from citebrief.engines.llm.grounding import (
    check_statement,
    claims_naming,
    evidence_problems,
    glossary_problems,
    not_a_statement,
    person_problems,
)
from citebrief.engines.llm.leaks import untranslated
from citebrief.engines.llm.pricing import cost_usd
from citebrief.engines.llm.schemas import parse_answer, strict_schema
from citebrief.errors import EngineError

A = TypeVar("A", bound=BaseModel)
R = TypeVar("R")

# The checks are CPU-bound (milliseconds per article). Run on the event loop, a batch's checks
# queue ahead of the coroutines that would send the next requests, so the requests of a batch
# stay in lock-step waves (67% of the ideal rate at concurrency 16 in bench/llm.py). One worker
# thread runs them instead; the loop keeps sending and receiving in between.
_CHECKS = ThreadPoolExecutor(1, thread_name_prefix="citebrief-checks")


@dataclass
class Verdict:
    check: Check
    citations: list[int]
    problems: list[str]
    evidence: list[Any] = field(default_factory=list)  # the quotes, re-anchored where they could be
    anchored: int = 0                                   # quotes the engine re-anchored (anchoring.py)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Run:
    article: Article
    lang: str
    client: ChatClient
    http: httpx.AsyncClient
    log: Callable[[Exchange], None] | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    repaired: int = 0
    dropped: list[DroppedClaim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    modes: set[str] = field(default_factory=set)
    checks: Executor | None = None  # a batch's check processes; None: the checks thread
    # A batch's limit on requests in flight (what --concurrency promises the provider). Held only
    # while a request is on the wire, so an article's checks overlap the next article's request.
    gate: asyncio.Semaphore | None = None
    price: Any = None  # the model's price (pricing.price_for), for the report's cost
    quotes: tuple[str, ...] = ()  # the article's sentences: a grammar server's only choices for a quote

    def report(self) -> BriefReport:
        """What happened to this article so far: drops, repairs, tokens, cost, notes."""
        notes = list(dict.fromkeys(self.notes))
        notes.append(f"{self.calls} model call(s); response format: {', '.join(sorted(self.modes)) or '-'}")
        return BriefReport(dropped=self.dropped, repaired=self.repaired, tokens_in=self.tokens_in,
                           tokens_out=self.tokens_out, cost_usd=cost_usd(self.tokens_in, self.tokens_out, self.price),
                           notes=notes)

    @property
    def label(self) -> str:
        return self.article.origin or self.article.title[:40]

    async def ask(self, messages: list[dict[str, str]], answer: type[A], *, max_tokens: int,
                  required: bool = True) -> A | None:
        """The model's answer of at most `max_tokens` (budget.py), validated; an invalid one is
        sent back once with the reason (with room for half again if it was cut at max_tokens).
        When it is still invalid: EngineError if required, else None."""
        done = await self._complete(messages, answer, max_tokens)
        content = done.content
        try:
            return parse_answer(content, answer)  # type: ignore[return-value]
        except ValueError as exc:
            first = str(exc)
        retry = [*messages, {"role": "assistant", "content": content[:6000]},
                 {"role": "user", "content": f"That answer cannot be used: {first}. "
                                             "Reply again with the complete JSON object only."}]
        if done.finish_reason == "length":
            max_tokens = retry_tokens(max_tokens)
        content = (await self._complete(retry, answer, max_tokens)).content
        try:
            result = parse_answer(content, answer)
        except ValueError as exc:
            if required:
                raise EngineError(f"{self.label}: model {self.client.model} gave no valid answer after one "
                                  f"repair: {exc}") from None
            self.notes.append(f"repair answer unusable ({exc})")
            return None
        self.notes.append(f"invalid answer repaired ({first})")
        return result  # type: ignore[return-value]

    async def _complete(self, messages: list[dict[str, str]], answer: type[BaseModel], max_tokens: int) -> Completion:
        async with self.gate or contextlib.nullcontext():
            done = await self.client.complete(self.http, messages, schema=strict_schema(answer), quotes=self.quotes,
                                              schema_name=answer.__name__, max_tokens=max_tokens,
                                              on_exchange=self.log)
        self.calls += 1
        self.tokens_in += done.tokens_in
        self.tokens_out += done.tokens_out
        self.modes.add(done.mode)
        if done.finish_reason == "length":
            self.notes.append("an answer was cut at the model's token limit")
        if done.dropped_keywords:
            self.notes.append(f"the server rejected schema keyword(s) {', '.join(sorted(done.dropped_keywords))} "
                              f"in {done.mode}: sent without them")
        return done

    async def offload(self, fn: Callable[..., R], *args: Any) -> R:
        """fn(*args) off the event loop: on the batch's check processes when there are some (fn and
        args must then pickle), else on the checks thread; the loop stays free for the network."""
        return await asyncio.get_running_loop().run_in_executor(self.checks or _CHECKS, fn, *args)

    async def in_thread(self, fn: Callable[..., R], *args: Any) -> R:
        """fn(*args) on the checks thread (for closures, which do not pickle)."""
        return await asyncio.get_running_loop().run_in_executor(_CHECKS, fn, *args)

    def judge(self, text: str, citations: list[int], evidence: list[Any], glossary_bad: dict[str, str]) -> Verdict:
        return judge(self.article, self.lang, text, citations, evidence, glossary_bad)

    def glossary_bad(self, entries: list[Any]) -> dict[str, str]:
        return glossary_problems(entries, self.article)

    def drop(self, text: str, citations: list[int], reasons: list[str]) -> None:
        count = len(self.article.paragraphs)
        self.dropped.append(DroppedClaim(text=text, citations=[n for n in citations if 1 <= n <= count],
                                         reasons=reasons))


def judge(article: Article, lang: str, text: str, citations: list[int], evidence: list[Any],
          glossary_bad: dict[str, str]) -> Verdict:
    """Quotes in their paragraphs, atoms in the cited paragraphs, names agreeing with the gazetteer,
    no Chinese left in an English or Japanese statement (leaks.py: the verifier reads only figures,
    dates and names, and a schema pattern holds only where a server enforces it). Quotes the model
    misplaced or copied with a slip are re-anchored first (anchoring.py)."""
    count = len(article.paragraphs)
    anchored = anchor_quotes(citations, evidence, article)
    citations, evidence = anchored.citations, anchored.evidence
    problems = evidence_problems(citations, evidence, article)
    if not text.strip():
        problems.append("empty statement")
    # A quote's paragraph is evidence the statement rests on: cite it too.
    cited = sorted({n for n in citations if 1 <= n <= count}
                   | {e.paragraph for e in evidence if 1 <= e.paragraph <= count})
    check = check_statement(text, cited, article) if cited else Check(status="unsupported",
                                                                     problems=["no valid citation"])
    if check.status == "unsupported":
        problems.extend(check.problems or ["the verifier found atoms not in the cited paragraphs"])
    problems.extend(reason for name, reason in glossary_bad.items() if claims_naming(name, text))
    problems.extend(person_problems(text, article))
    problems.extend(untranslated(text, lang))
    if text.strip():
        problems.extend(not_a_statement(text, lang))
    return Verdict(check, cited, list(dict.fromkeys(problems)), evidence, anchored.moved)
