"""Brief articles with a real model behind one or more OpenAI-compatible endpoints, with both
strategies, and report per server and strategy: seconds per article, statements published and
dropped (and why), the share passing verification before and after repair, published statements
that keep untranslated Chinese (leaks.py; target 0), statements published twice in one brief
(target 0), key-fact coverage (for articles that have a
`<name>.facts.json` beside them: [{"fact": "186.4亿元", "paragraph": 1}, ...]), and the response
format ("dialect") each server was asked in, with what it rejected.

Run by eval/llm_local.sh against two local llama.cpp servers; works against any endpoint:

    .venv/bin/python eval/llm_local.py --server NAME=http://127.0.0.1:8765/v1 --model NAME ARTICLE...

max_tokens and the read timeout are the engine's own (sized from the article, budget.py) unless
--max-tokens / --timeout fix them. extract-translate translates the extractive brief of the length
set by brief.length (CITEBRIEF_BRIEF_LENGTH; eval/llm_local.sh: LLM_EVAL_LENGTH).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from datetime import UTC
from pathlib import Path

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.engines.llm import LLMEngine
from citebrief.engines.llm.leaks import chinese_left
from citebrief.errors import CitebriefError
from citebrief.pipeline import load_article, render
from citebrief.text.script import fold
from citebrief.verify import check_claim, verify_brief

# Key facts of examples/articles/*.txt. Not beside the articles: `citebrief brief examples/articles`
# (examples/make.sh) takes every file of the folder for an article.
EXAMPLE_FACTS = Path(__file__).resolve().parent / "data" / "examples-facts"


def facts_for(path: Path) -> list[dict] | None:
    """[{"fact": "186.4亿元", "paragraph": 1}, ...] from <stem>.facts.json beside the article or in
    eval/data/examples-facts/."""
    name = path.name[: -len(path.suffix)] if path.suffix else path.name
    for facts in (path.with_name(name + ".facts.json"), EXAMPLE_FACTS / (name + ".facts.json")):
        if facts.exists():
            return json.loads(facts.read_text(encoding="utf-8"))
    return None


def _keys(atom) -> set[str]:
    """What an atom stands for, comparable across languages: the normalised value without its
    currency code ('367.47 billion TWD' -> '367.47 billion': the verifier may read 元 as CNY in a
    Taiwanese story), and for names the English name and every source form in its parentheses
    ('Sanae Takaichi (高市早苗/高市)' -> sanae takaichi, 高市早苗, 高市)."""
    value = atom.value or atom.text
    if atom.kind in ("person", "entity", "name", "place"):
        head, _, forms = value.partition(" (")
        return {fold(k).strip() for k in [head, *forms.rstrip(")").split("/")] if k.strip()}
    return {_CURRENCY.sub("", value)}


_CURRENCY = re.compile(r" [A-Z]{3}$")


def covered(fact: dict, brief: Brief, article: Article) -> bool:
    """A key fact counts as covered when a published claim that cites the fact's paragraph
    carries it, as the verifier reads the claim's own words (not its quotes):
    check_claim(claim text, [paragraph]) is `supported` and, for every atom of the fact (a figure,
    a date, a gazetteer name), the claim has an atom of the same value ('1.7万亿日元' = '1.7
    trillion yen', '高市早苗' = 'Sanae Takaichi'). A name the gazetteer lacks has no atom: it counts
    when a claim atom maps to it by pinyin ('Huang Renzhao (黄仁昭)') or the claim spells it."""
    para = int(fact["paragraph"])
    want = [_keys(a) for a in check_claim(fact["fact"], [para], article).atoms if a.kind != "basis"]
    target = fold(fact["fact"]).replace(" ", "")
    for claim in brief.claims():
        if para not in claim.citations:
            continue
        check = check_claim(claim.text, [para], article)
        if check.status != "supported":
            continue
        have: set[str] = set().union(*(_keys(a) for a in check.atoms)) if check.atoms else set()
        if want and all(keys & have for keys in want):
            return True
        if not want and (target in {k.replace(" ", "") for k in have}
                         or target in fold(claim.text).replace(" ", "")):
            return True
    return False


def repeats(brief: Brief) -> list[str]:
    """Published claims that say again what an earlier claim of the brief said: the same words
    (case, spacing and the final stop aside), or a translation of the same source sentence."""
    seen: set[str] = set()
    out: list[str] = []
    for claim in brief.claims():
        keys = {"text:" + " ".join(claim.text.casefold().split()).rstrip(".。")}
        if claim.source_text:
            keys.add("source:" + " ".join(claim.source_text.split()))
        if keys & seen:
            out.append(claim.text)
        seen |= keys
    return out


_FORMAT_NOTE = re.compile(r"response format: ([\w, -]+)$")


class Tally:
    """One server's and strategy's figures over the articles it briefed."""

    def __init__(self, server: str, base_url: str, strategy: str, args: argparse.Namespace) -> None:
        self.server, self.base_url, self.strategy = server, base_url, strategy
        self.lang = args.lang
        self.out = Path(args.out) / server / strategy
        self.out.mkdir(parents=True, exist_ok=True)
        store = self.out / "llm.sqlite"
        store.unlink(missing_ok=True)  # measure real requests, not the cache
        # timeout / max_tokens None: the engine sizes each request from the article (budget.py).
        self.engine = LLMEngine(base_url=base_url, model=args.model, strategy=strategy, lang=args.lang,
                                timeout=args.timeout, max_tokens=args.max_tokens, cache=store,
                                retry_backoff=2.0, response_format=args.response_format)
        self.seconds: list[float] = []
        self.before = self.after = self.total = self.unsupported = 0
        self.chinese_published = self.chinese_dropped = 0
        self.formats: set[str] = set()
        self.leaks: list[str] = []
        self.twice: list[str] = []
        self.facts_total = self.facts_covered = 0
        self.tokens_in = self.tokens_out = 0
        self.failures: list[str] = []
        self.drops: list[str] = []

    def brief(self, path: Path) -> None:
        article = load_article(str(path))
        t0 = time.perf_counter()
        try:
            brief = self.engine.brief(article)
        except CitebriefError as exc:
            self.seconds.append(time.perf_counter() - t0)
            self.failures.append(f"{path.name}: {exc}")
            # No brief: its key facts count as missed, and the statements the model wrote (all
            # dropped) count as failing, so a strategy cannot look better by failing whole articles.
            self.facts_total += len(facts_for(path) or [])
            report = getattr(exc, "report", None)
            if report is not None:
                self.total += len(report.dropped)
                self.tokens_in += report.tokens_in
                self.tokens_out += report.tokens_out
                self.drops.extend(f"{path.name}: {d.text[:80]!r} -- {'; '.join(d.reasons)[:160]}"
                                  for d in report.dropped)
            print(f"  {self.label:32} {path.name:32} {self.seconds[-1]:6.1f} s  FAILED {exc}", flush=True)
            return
        self.seconds.append(time.perf_counter() - t0)
        brief = verify_brief(brief)
        published = len(brief.claims())
        report = brief.report
        self.total += published + len(report.dropped)
        self.after += published
        self.before += published - report.repaired
        self.unsupported += brief.summary["unsupported"]
        self.tokens_in += report.tokens_in
        self.tokens_out += report.tokens_out
        self.drops.extend(f"{path.name}: {d.text[:80]!r} -- {'; '.join(d.reasons)[:160]}" for d in report.dropped)
        self.formats |= _formats(report.notes)
        for claim in brief.claims():
            if chinese_left(claim.text, self.lang):
                self.chinese_published += 1
                self.leaks.append(f"{path.name}: {claim.text[:160]!r}")
        again = repeats(brief)
        self.twice.extend(f"{path.name}: {text[:160]!r}" for text in again)
        self.chinese_dropped += sum(any("not translated" in r for r in d.reasons) for d in report.dropped)
        facts = facts_for(path)
        got = ""
        if facts:
            hit = sum(covered(f, brief, article) for f in facts)
            self.facts_total += len(facts)
            self.facts_covered += hit
            got = f" facts {hit}/{len(facts)}"
        (self.out / f"{path.stem}.md").write_text(render(brief, "md"), encoding="utf-8")
        (self.out / f"{path.stem}.json").write_text(render(brief, "json"), encoding="utf-8")
        print(f"  {self.label:32} {path.name:32} {self.seconds[-1]:6.1f} s  published {published} "
              f"(repaired {report.repaired}) dropped {len(report.dropped)} twice {len(again)}{got}  "
              f"tokens {report.tokens_in}/{report.tokens_out}  format {','.join(sorted(_formats(report.notes)))}",
              flush=True)

    @property
    def label(self) -> str:
        return f"{self.server}/{self.strategy}"

    def dialect(self) -> str:
        """The response format(s) the answers came in, and what the server rejected on the way."""
        profile = self.engine.client.profile
        text = ", ".join(sorted(self.formats)) or "-"
        if profile is not None and profile.rejected_formats:
            text += f" (rejected: {', '.join(sorted(profile.rejected_formats))})"
        if profile is not None:
            words = sorted({w for ws in profile.rejected_keywords.values() for w in ws})
            if words:
                text += f" (keywords rejected: {', '.join(words)})"
        return text

    def result(self) -> dict:
        total = self.total
        return {"server": self.server, "base_url": self.base_url, "strategy": self.strategy,
                "dialect": self.dialect(), "articles": len(self.seconds), "failed": len(self.failures),
                "seconds_per_article": round(statistics.mean(self.seconds), 1) if self.seconds else None,
                "published": self.after, "dropped": total - self.after,
                "published_twice": len(self.twice), "twice": self.twice,
                "chinese_published": self.chinese_published, "chinese_dropped": self.chinese_dropped,
                "bullets": total, "pass_before_repair": self.before / total if total else None,
                "pass_after_repair": self.after / total if total else None,
                "unsupported_published": self.unsupported,
                "key_fact_coverage": self.facts_covered / self.facts_total if self.facts_total else None,
                "facts": f"{self.facts_covered}/{self.facts_total}",
                "tokens": f"{self.tokens_in}/{self.tokens_out}",
                "failures": self.failures, "drops": self.drops, "leaks": self.leaks}


def _formats(notes: list[str]) -> set[str]:
    """The response formats of a brief's report note ("3 model call(s); response format: json_schema")."""
    found: set[str] = set()
    for note in notes:
        m = _FORMAT_NOTE.search(note)
        if m:
            found |= {f.strip() for f in m.group(1).split(",") if f.strip() not in ("", "-")}
    return found


def pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def _deadline(hhmm: str | None) -> float | None:
    if not hhmm:
        return None
    from datetime import datetime, timedelta

    now = datetime.now(UTC)
    hour, minute = (int(x) for x in hhmm.split(":"))
    at = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return (at + timedelta(days=1) if at < now else at).timestamp()  # the next time it is HH:MM


def _servers(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(name, base URL) of each --server NAME=URL, or of --base-url (named by its host:port)."""
    servers = []
    for spec in args.server or []:
        name, sep, url = spec.partition("=")
        if not sep or not name or not url:
            raise SystemExit(f"llm_local: --server {spec!r}: expected NAME=URL")
        servers.append((name, url.rstrip("/")))
    if args.base_url:
        url = args.base_url.rstrip("/")
        servers.append((re.sub(r"^\w+://|/v1$", "", url), url))
    if not servers:
        raise SystemExit("llm_local: no server: pass --server NAME=URL (or --base-url URL)")
    return servers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="+", type=Path)
    ap.add_argument("--server", action="append", metavar="NAME=URL",
                    help="an endpoint to brief against (repeatable), e.g. llama-server=http://127.0.0.1:8766/v1")
    ap.add_argument("--base-url", help="one endpoint, named by its address")
    ap.add_argument("--model", required=True)
    ap.add_argument("--strategies", default="extract-translate,abstractive")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--timeout", type=float, default=None,
                    help="fixed read timeout in seconds (default: the engine's, from max_tokens and the measured speed)")
    ap.add_argument("--max-tokens", type=int, default=None,
                    help="fixed cap on every answer (default: the engine's, sized from the article)")
    ap.add_argument("--response-format", default=None, help="auto (default), json_schema, json_object_schema, ...")
    ap.add_argument("--out", default="llm-eval-results")
    ap.add_argument("--deadline", help="HH:MM (UTC, the next time it comes): start no brief after it "
                                       "(the figures cover what ran)")
    args = ap.parse_args()

    servers = _servers(args)
    tallies = [Tally(name, url, s, args) for name, url in servers for s in args.strategies.split(",")]
    stop_at = _deadline(args.deadline)
    skipped: list[str] = []
    # Article by article, every server and strategy on each: when time runs out, all have figures
    # over the same articles, measured under the same load.
    for path in args.articles:
        for tally in tallies:
            if stop_at is not None and time.time() >= stop_at:
                skipped.append(f"{tally.label} {path.name}")
                continue
            tally.brief(path)
    results = [t.result() for t in tallies]
    sizing = (f"max_tokens {args.max_tokens or 'sized by the engine'}, "
              f"timeout {f'{args.timeout:g} s' if args.timeout else 'derived by the engine'}")
    lengths = {t.engine.length for t in tallies if t.engine.length}
    length = f"; extractive length {', '.join(sorted(lengths))}" if lengths else ""
    print(f"\nmodel {args.model}; {len(args.articles)} articles; brief language {args.lang}; {sizing}{length}")
    for name, url in servers:
        print(f"  {name}: {url}")
    if skipped:
        print(f"not run (deadline {args.deadline} UTC): {', '.join(skipped)}")
    print(f"{'server/strategy':32} {'s/article':>9} {'failed':>6} {'published':>9} {'dropped':>7} "
          f"{'Chinese published':>17} {'pass before':>11} {'pass after':>10} {'unsupported':>11} {'key facts':>13}  dialect")
    for t, r in zip(tallies, results):
        print(f"{t.label:32} {r['seconds_per_article'] or '-':>9} {r['failed']:>6} {r['published']:>9} "
              f"{r['dropped']:>7} {r['chinese_published']:>17} {pct(r['pass_before_repair']):>11} "
              f"{pct(r['pass_after_repair']):>10} {r['unsupported_published']:>11} "
              f"{pct(r['key_fact_coverage']):>6} ({r['facts']})  {r['dialect']}"
              f"  [{r['articles']} articles, {r['published_twice']} published twice, tokens in/out {r['tokens']}, "
              f"{r['chinese_dropped']} dropped for Chinese]")
    for t, r in zip(tallies, results):
        if r["leaks"]:
            print(f"\n{t.label}: PUBLISHED WITH UNTRANSLATED CHINESE")
            for line in r["leaks"]:
                print("  ! " + line)
        if r["twice"]:
            print(f"\n{t.label}: PUBLISHED TWICE IN ONE BRIEF")
            for line in r["twice"]:
                print("  ! " + line)
        if r["drops"] or r["failures"]:
            print(f"\n{t.label}: dropped (never published)")
            for line in r["drops"]:
                print("  - " + line)
            for line in r["failures"]:
                print("  ! " + line)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    (Path(args.out) / "summary.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
