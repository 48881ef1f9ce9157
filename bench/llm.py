"""Throughput of the LLM engine's batch path: articles per minute at concurrency 1, 4 and 16
against the local fake provider (tests/support/llm_server.py) answering after a fixed latency, next to
the ideal (concurrency / latency). Target: at least 90% of the ideal at 16.

    .venv/bin/python -m bench.llm [--latency 0.2] [--per-slot 8]

Each article costs one request (a well-behaved model: nothing to repair), so the figure shows
what the client, the checks and the verifier add on top of the provider's latency.

Peer, in the same run: the openai SDK (AsyncOpenAI) sending the same prompts with the same
response_format at the same concurrency and parsing the JSON answer, with no checks at all: what a
user would write without citebrief. "vs peer" is our articles/min over the SDK's. Batches go
through citebrief.pipeline.make_briefs, the call behind `citebrief brief DIR --engine llm
--concurrency N`.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import time

from citebrief.engines.llm import LLMEngine
from citebrief.pipeline import make_briefs
from tests.support.llm import article, as_json, good
from tests.support.llm_server import FakeProvider, Reply


def _serve(latency: float, answer: str, urls, stop) -> None:
    """The provider runs in its own process, as a real one would: its threads must not share
    our interpreter lock."""
    with FakeProvider(latency=latency, responder=lambda body: Reply(content=answer)) as fake:
        urls.put(fake.url)
        stop.wait()


async def _peer(url: str, articles: list, level: int) -> float:
    """Seconds the openai SDK takes for the same requests, `level` at a time (no checks)."""
    import httpx
    from openai import AsyncOpenAI

    from citebrief.engines.llm.prompts import abstractive_messages
    from citebrief.engines.llm.schemas import AbstractiveAnswer, strict_schema

    limits = httpx.Limits(max_connections=level, max_keepalive_connections=level)
    async with httpx.AsyncClient(limits=limits, timeout=30) as http:
        client = AsyncOpenAI(base_url=url, api_key="bench", max_retries=0, http_client=http)
        fmt = {"type": "json_schema", "json_schema": {"name": "AbstractiveAnswer",
                                                      "schema": strict_schema(AbstractiveAnswer), "strict": True}}
        gate = asyncio.Semaphore(level)

        async def one(art) -> None:
            async with gate:
                reply = await client.chat.completions.create(model="bench-model", temperature=0, response_format=fmt,
                                                             messages=abstractive_messages(art, "en"))
            json.loads(reply.choices[0].message.content)

        await asyncio.gather(*(one(a) for a in articles[:level]))  # connections and imports, not timed
        t0 = time.perf_counter()
        await asyncio.gather(*(one(a) for a in articles))
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency", type=float, default=0.2, help="seconds the fake provider waits per request")
    ap.add_argument("--per-slot", type=int, default=8, help="articles per concurrency slot")
    ap.add_argument("--levels", default="1,4,16")
    args = ap.parse_args()

    answer = as_json(good())
    print(f"fake provider latency {args.latency:.2f} s per request; one request per article")
    print(f"{'concurrency':>11} {'articles':>8} {'seconds':>8} {'art/min':>9} {'ideal/min':>9} {'share':>6}"
          f" {'SDK art/min':>11} {'SDK share':>9} {'vs peer':>7}")
    worst = 1.0
    urls, stop = mp.Queue(), mp.Event()
    server = mp.Process(target=_serve, args=(args.latency, answer, urls, stop), daemon=True)
    server.start()
    engine = None
    try:
        url = urls.get(timeout=30)
        engine = LLMEngine(base_url=url, model="bench-model", cache=False, retry_backoff=0.01, timeout=30)
        # Imports, jieba/gazetteer loading and the engine's check processes (started by its first
        # batch, kept for the next): one-time costs, not what we measure.
        make_briefs([article(title=f"warm-up {i}") for i in range(8)], engine, concurrency=4)
        for level in (int(x) for x in args.levels.split(",")):
            articles = [article(title=f"bench {level} #{i}") for i in range(level * args.per_slot)]
            t0 = time.perf_counter()
            results = make_briefs(articles, engine, concurrency=level)
            seconds = time.perf_counter() - t0
            failed = [r for r in results if isinstance(r, Exception)]
            if failed:
                print(f"  {len(failed)} failed: {failed[0]}")
            rate = len(articles) / seconds * 60
            ideal = level / args.latency * 60
            worst = min(worst, rate / ideal) if level == 16 else worst
            peer = len(articles) / asyncio.run(_peer(url, articles, level)) * 60
            print(f"{level:>11} {len(articles):>8} {seconds:>8.2f} {rate:>9.0f} {ideal:>9.0f} {rate / ideal:>6.0%}"
                  f" {peer:>11.0f} {peer / ideal:>9.0%} {rate / peer:>6.2f}x")
    finally:
        if engine is not None:
            engine.close()
        stop.set()
        server.join(5)
    if "16" in args.levels.split(","):
        print(f"target: >= 90% of ideal at concurrency 16: {'met' if worst >= 0.9 else 'NOT met'}")
    # What bounds the rate once the provider is fast enough: the CPU the checks take per article
    # (quotes, verifier, gazetteer) runs on one core, between the awaits.
    from citebrief.engines.llm.grounding import check_statement, evidence_problems
    from citebrief.engines.llm.schemas import AbstractiveAnswer, parse_answer

    parsed = parse_answer(answer, AbstractiveAnswer)
    claims = [parsed.core_viewpoint] + [b for s in parsed.sections for b in s.bullets]
    t0 = time.perf_counter()
    for i in range(20):
        art = article(title=f"cpu #{i}")
        for c in claims:
            evidence_problems(c.citations, c.evidence, art)
            check_statement(c.text, c.citations, art)
    per = (time.perf_counter() - t0) / 20
    print(f"checks: {per * 1000:.1f} ms CPU per article ({len(claims)} claims) -> at most "
          f"{60 / per:.0f} articles/min on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
