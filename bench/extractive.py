"""Briefs per second of the extractive engine against sumy's LexRank, on the same generated articles.

    python -m bench.extractive --n 500

One run: generates N seeded articles (zh-Hans, zh-Hant, en in rotation, 500 to 3,000 characters;
see bench/_articles.py), warms both sides up (jieba/rjieba dictionaries, OpenCC, NLTK and sumy
imports: one-time costs, excluded from both rates), then times, in alternating blocks of 25 articles (so load changes hit both alike),
  - ours:  ExtractiveEngine().brief(article) -> a full Brief (Core Viewpoint + themed sections);
  - sumy:  PlaintextParser + LexRankSummarizer(Stemmer(lang)) with sumy's stop words, as sumy's
           README sets it up, asked for as many sentences as our brief has bullets;
           Tokenizer("chinese") (jieba words) for Chinese, Tokenizer("english") for English.
Then a second pass per side under tracemalloc reports Python heap (current and peak) and the
process's current RSS after 100, 250 and N articles: flat figures mean memory does not grow
with the count. Rates are wall clock (the target); CPU time is printed too, as a busy machine
moves wall clock more than CPU time.

sumy's English tokenizer needs NLTK's punkt_tab data; when it is not installed (no data downloads
here) the bench gives sumy NLTK's untrained PunktSentenceTokenizer and NLTKWordTokenizer, the same
code sumy runs, minus the trained abbreviation list. The bench says which one it used.
"""
from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")  # jieba imports the deprecated pkg_resources

# Imported after the filter above, so their imports' warnings are silenced too.
from bench._articles import generate_articles  # noqa: E402
from citebrief.article import Article  # noqa: E402
from citebrief.engines import get_engine  # noqa: E402


def rss_mib() -> float:
    """Resident set size of this process now (Linux /proc), else its peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_sumy():
    import logging

    import jieba
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    jieba.setLogLevel(logging.WARNING)
    try:
        english = Tokenizer("english")
        english_note = "Tokenizer('english') with NLTK punkt_tab"
    except LookupError:
        from nltk.tokenize import NLTKWordTokenizer
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        class EnglishTokenizer(Tokenizer):
            def _get_sentence_tokenizer(self, language):
                return PunktSentenceTokenizer()

            def _get_word_tokenizer(self, language):
                return NLTKWordTokenizer()

        english = EnglishTokenizer("english")
        english_note = "Tokenizer('english') with untrained Punkt (punkt_tab data not installed)"
    chinese = Tokenizer("chinese")
    summarizers = {}
    for key, lang in (("zh", "chinese"), ("en", "english")):
        s = LexRankSummarizer(Stemmer(lang))  # as sumy's README sets it up
        s.stop_words = get_stop_words(lang)
        summarizers[key] = s

    def summarize(article: Article, count: int):
        key = "zh" if article.language.startswith("zh") else "en"
        parser = PlaintextParser.from_string("\n\n".join(article.paragraphs), chinese if key == "zh" else english)
        return summarizers[key](parser.document, count)

    return summarize, english_note


def timed_pair(ours, theirs, articles: list[Article], block: int = 25) -> tuple[dict, dict, list]:
    """Wall and CPU seconds per language for each side, run in alternating blocks of articles so
    that a change in machine load during the run hits both sides alike; ours runs first in each
    block, since theirs needs our bullet counts. CPU time is the process's (all threads). The
    garbage collector is off while timing, as in timeit."""
    gc.collect()
    gc.disable()  # as timeit does, for both sides: collections land at random in either
    try:
        return _timed_pair(ours, theirs, articles, block)
    finally:
        gc.enable()


def _timed_pair(ours, theirs, articles: list[Article], block: int) -> tuple[dict, dict, list]:
    ours_t: dict = {}
    theirs_t: dict = {}
    briefs: list = []

    def add(table: dict, lang: str, wall: float, cpu: float) -> None:
        w, c = table.get(lang, (0.0, 0.0))
        table[lang] = (w + wall, c + cpu)

    for lo in range(0, len(articles), block):
        chunk = list(enumerate(articles[lo:lo + block], start=lo))
        out = []
        for i, a in chunk:
            w, c = time.perf_counter(), time.process_time()
            out.append(ours(i, a))
            add(ours_t, a.language, time.perf_counter() - w, time.process_time() - c)
        briefs.extend(out)
        for i, a in chunk:
            w, c = time.perf_counter(), time.process_time()
            theirs(i, a, out[i - lo])
            add(theirs_t, a.language, time.perf_counter() - w, time.process_time() - c)
    return ours_t, theirs_t, briefs


def memory_pass(fn, articles: list[Article], checkpoints: list[int]) -> list[tuple[int, float, float, float]]:
    """(articles done, traced current MiB, traced peak MiB, RSS MiB) at each checkpoint; results dropped."""
    gc.collect()
    tracemalloc.start()
    rows = []
    for i, article in enumerate(articles):
        fn(i, article)
        if i + 1 in checkpoints:
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
            rows.append((i + 1, current / 2**20, peak / 2**20, rss_mib()))
    tracemalloc.stop()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=500, help="articles to generate (default 500)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if args.n < 3:
        ap.error("--n must be at least 3")

    articles = generate_articles(args.n, seed=args.seed)
    sizes = [sum(len(p) for p in a.paragraphs) for a in articles]
    langs = {lang: sum(a.language == lang for a in articles) for lang in ("zh-Hans", "zh-Hant", "en")}
    print(f"articles: {len(articles)} ({', '.join(f'{k} {v}' for k, v in langs.items())}), "
          f"{min(sizes)}-{max(sizes)} chars, mean {sum(sizes) / len(sizes):.0f}")

    engine = get_engine("extractive")
    summarize, english_note = make_sumy()
    # Warm-up, excluded from the rates: dictionaries, converters and imports load once per process.
    warm = generate_articles(3, seed=args.seed + 1)
    for a in warm:
        engine.brief(a)
        summarize(a, 5)

    def bullets(brief) -> int:
        return sum(len(s.bullets) for s in brief.sections)

    ours_t, sumy_t, briefs = timed_pair(lambda i, a: engine.brief(a),
                                        lambda i, a, brief: summarize(a, bullets(brief)), articles)
    counts = [bullets(b) for b in briefs]
    del briefs
    ours_s = sum(w for w, _ in ours_t.values())
    sumy_s = sum(w for w, _ in sumy_t.values())
    ours_cpu = sum(c for _, c in ours_t.values())
    sumy_cpu = sum(c for _, c in sumy_t.values())

    ours_rate, sumy_rate = len(articles) / ours_s, len(articles) / sumy_s
    print(f"sumy English tokenizer: {english_note}")
    print(f"bullets per brief: mean {sum(counts) / len(counts):.1f} (sumy asked for the same count)")
    print("per language, ms/article wall (CPU): citebrief | sumy | ratio")
    for lang, n in langs.items():
        (ow, oc), (sw, sc) = ours_t[lang], sumy_t[lang]
        print(f"  {lang:8} {1000 * ow / n:6.2f} ({1000 * oc / n:5.2f}) | {1000 * sw / n:6.2f} ({1000 * sc / n:5.2f})"
              f" | {sw / ow:4.1f}x")
    print(f"citebrief extractive: {ours_rate:8.1f} briefs/s  ({1000 * ours_s / len(articles):.2f} ms/article)")
    print(f"sumy LexRank:         {sumy_rate:8.1f} briefs/s  ({1000 * sumy_s / len(articles):.2f} ms/article)")
    print(f"CPU-time ratio: {sumy_cpu / ours_cpu:.1f}x")
    print(f"ratio (briefs/s, wall clock): {ours_rate / sumy_rate:.1f}x (target >= 10x)")

    checkpoints = sorted({min(100, args.n), min(250, args.n), args.n})
    for label, fn in (("citebrief", lambda i, a: engine.brief(a)), ("sumy", lambda i, a: summarize(a, counts[i]))):
        print(f"memory, {label} (tracemalloc current / peak, process RSS):")
        for done, cur, peak, rss in memory_pass(fn, articles, checkpoints):
            print(f"  after {done:5d} articles: {cur:7.2f} MiB / {peak:7.2f} MiB, RSS {rss:7.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
