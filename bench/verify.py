"""Verifier speed: claims verified per second on one core, and the share of an extractive brief's
time spent verifying it.

    python -m bench.verify --n 300

1. Claims/s, English claims (LLM-style briefs): the 248 planted-set bullets against their
   articles, looped for --seconds; the per-article index is built once per article, as
   verify_brief does for all claims of a brief.
2. Claims/s, extractive briefs: every claim of the extractive briefs of N generated articles
   (bench/_articles.py; zh-Hans, zh-Hant, en), index build included (a new article each time).
3. Share: for each of the N articles, time ExtractiveEngine().brief(article) and then
   verify_brief(brief) on a cold index; report verify / (brief + verify), in wall time and in
   this process's CPU time (steadier when the machine is shared).
Targets: >= 2,000 claims/s; verifying < 10% of an extractive brief's time.
"""
from __future__ import annotations

import argparse
import os
import sys
import time


def _one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def bench_planted(seconds: float) -> tuple[int, list[float], list[float]]:
    from citebrief.verify.check import check_with_index
    from citebrief.verify.index import build_index
    from eval.verify import load_set

    articles, bullets = load_set()
    indexes = {name: build_index(a) for name, a in articles.items()}
    for b in bullets:  # warm-up: lazy tables (gazetteer, pinyin syllables, regexes)
        check_with_index(b["text"], b["citations"], indexes[b["article"]])
    # Rounds of one pass over the set; report the median round (other processes on the machine
    # slow some rounds down) and the total.
    # CPU time of this process as well: on a shared machine it is the steadier measure of one core.
    rounds: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(rounds) < 3:
        t0, c0 = time.perf_counter(), time.process_time()
        for b in bullets:
            check_with_index(b["text"], b["citations"], indexes[b["article"]])
        rounds.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    rounds.sort()
    cpu.sort()
    return len(bullets), rounds, cpu


def bench_extractive(n: int) -> dict:
    from bench._articles import generate_articles
    from citebrief.engines import get_engine
    from citebrief.verify import index as index_module, verify_brief

    articles = generate_articles(n, seed=11)
    engine = get_engine("extractive")
    for a in articles[:5]:  # warm-up: jieba, OpenCC, gazetteer
        verify_brief(engine.brief(a))
    index_module._CACHE.clear()
    t_brief = t_verify = c_brief = c_verify = 0.0
    claims = unsupported = 0
    for a in articles:
        c0, t0 = time.process_time(), time.perf_counter()
        brief = engine.brief(a)
        c1, t1 = time.process_time(), time.perf_counter()
        verified = verify_brief(brief)
        c2, t2 = time.process_time(), time.perf_counter()
        t_brief += t1 - t0
        t_verify += t2 - t1
        c_brief += c1 - c0
        c_verify += c2 - c1
        claims += len(verified.claims())
        unsupported += sum(c.check.status == "unsupported" for c in verified.claims())
    return {"articles": n, "claims": claims, "unsupported": unsupported, "t_brief": t_brief, "t_verify": t_verify,
            "c_brief": c_brief, "c_verify": c_verify}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="verifier speed")
    parser.add_argument("--n", type=int, default=300, help="generated articles for the extractive part")
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of the planted-set loop")
    args = parser.parse_args(argv)
    print(f"bench/verify.py: python {sys.version.split()[0]}, {_one_core()}")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine load average (1 min): {load:.2f} on {os.cpu_count()} CPUs")
    per_round, rounds, cpu = bench_planted(args.seconds)
    median, best = rounds[len(rounds) // 2], rounds[0]
    print(f"1. planted-set English claims, warm index: {len(rounds)} rounds of {per_round} claims; median "
          f"{per_round / median:,.0f} claims/s, best {per_round / best:,.0f} claims/s (target >= 2,000)")
    print(f"   CPU time: median {per_round / cpu[len(cpu) // 2]:,.0f} claims per CPU-second, best "
          f"{per_round / cpu[0]:,.0f}")

    r = bench_extractive(args.n)
    rate = r["claims"] / r["t_verify"]
    share = r["t_verify"] / (r["t_brief"] + r["t_verify"])
    print(f"2. extractive briefs of {r['articles']} generated articles: {r['claims']} claims verified in "
          f"{r['t_verify']:.2f} s incl. index build = {rate:,.0f} claims/s; unsupported: {r['unsupported']}")
    print(f"3. extractive brief {r['t_brief'] / r['articles'] * 1000:.1f} ms/article, verify "
          f"{r['t_verify'] / r['articles'] * 1000:.1f} ms/article: verifying is {share * 100:.1f}% of the "
          f"time (target < 10%)")
    # CPU time of this process only: less disturbed than wall time by other load on the machine.
    c_share = r["c_verify"] / (r["c_brief"] + r["c_verify"])
    print(f"   CPU time: brief {r['c_brief'] / r['articles'] * 1000:.2f} ms/article, verify "
          f"{r['c_verify'] / r['articles'] * 1000:.2f} ms/article: verifying is {c_share * 100:.1f}% of the CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
