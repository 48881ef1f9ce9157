"""Key-fact coverage of the extractive engine against lead-N and LexRank at the same length.

    python eval/coverage.py                    # per-article table and overall figures
    python eval/coverage.py --length full      # the brief at another length (short|standard|full)
    python eval/coverage.py --check            # exit 1 if a target below is missed
    python eval/coverage.py --show             # also print each brief and the facts it missed
    python eval/coverage.py --oracle --ceiling # also what the engine's spans could carry (below)
    python eval/coverage.py --set holdout      # the held-out set (eval/data/coverage-holdout)

Each article ``eval/data/coverage/<slug>.txt`` (or ``coverage-holdout/``, ``--set holdout``: 8
articles written after the selection's tuning, never tuned on) (house text layout) has ``<slug>.facts.json``: a
list of {"fact": "<figure or name as written in the source>", "paragraph": n}, written with the
article, before any tuning. A fact is carried when some claim (Core Viewpoint or bullet) holds the
fact's text (both folded: NFKC, simplified script, lower case) and cites the fact's paragraph.
Articles are loaded with ``citebrief.loaders.load_article``, so paragraph numbers are the ones
every other part uses.

Equal length: each baseline gets the characters of citebrief's brief of that article (Core
Viewpoint + bullets, the texts only) and no more:
  - lead-N:    the article's first sentences (citebrief's sentence splitter) in order, while the
               next one still fits;
  - LexRank:   sumy's LexRankSummarizer (as bench/extractive.py sets it up: sumy's stemmer, stop
               words and tokenizers, jieba words for Chinese) rates every sentence; the best rated
               are taken while they fit (one that does not fit is skipped, the next tried);
  - lead-chars (shown for information): the article's first characters, cut wherever the budget
               ends, even inside a sentence or a figure.
A baseline sentence cites the paragraph it comes from. sumy is in the ``bench`` extra; without
it the LexRank column is left out (and --check fails).

``--oracle`` adds what a selection that knows the key facts could carry with the engine's own
spans at the same length (the lead sentence's shortest span, then, cheapest first, the shortest
span holding each fact while the budget lasts): how much of a shortfall is selection and how
much is what the spans allow. ``--ceiling`` adds the most any choice of those spans could carry
(the Core Viewpoint a span of the lead sentence, at most 8 other spans, none overlapping, the
same characters): an exact search (scipy's mixed-integer solver), so a selection of today's spans
can never carry more; what it misses is what span length allows at that length. Totals are
printed for each language too.

Length: the brief's characters over the article's (paragraph texts), bullets, sections, and
sections of one bullet. Targets (``--check``), at the default length: citebrief carries at least
85% of the key facts, at least 10 points more than lead-N and than LexRank; every article of 5 or
more paragraphs gets a brief of at most 35% of its characters with 4-8 bullets in 2-4 sections,
and no section of one bullet in a brief of more than 3 bullets.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from citebrief.article import Article
from citebrief.brief import Brief
from citebrief.engines import get_engine
from citebrief.loaders import load_article
from citebrief.text.script import fold
from citebrief.text.sentences import split_sentences

SETS = {  # --set name -> folder of <slug>.txt + <slug>.facts.json
    "coverage": Path(__file__).resolve().parent / "data" / "coverage",  # the set selection is tuned on
    "holdout": Path(__file__).resolve().parent / "data" / "coverage-holdout",  # written after, never tuned on
    "dev2": Path(__file__).resolve().parent / "data" / "coverage-dev2",  # written blind to the engine (see its README)
    "dev3": Path(__file__).resolve().parent / "data" / "coverage-dev3",  # written blind to the engine (see its README)
    "dev4": Path(__file__).resolve().parent / "data" / "coverage-dev4",  # written blind to the engine (see its README)
    "dev5": Path(__file__).resolve().parent / "data" / "coverage-dev5",  # written blind to the engine (see its README)
    "dev6": Path(__file__).resolve().parent / "data" / "coverage-dev6",  # written blind to the engine (see its README)
    "dev7": Path(__file__).resolve().parent / "data" / "coverage-dev7",  # written blind to the engine (see its README)
    "dev8": Path(__file__).resolve().parent / "data" / "coverage-dev8",  # written blind to the engine (see its README)
    "dev9": Path(__file__).resolve().parent / "data" / "coverage-dev9",  # written blind to the engine (see its README)
    "dev10": Path(__file__).resolve().parent / "data" / "coverage-dev10",  # written blind to the engine (see its README)
    "dev11": Path(__file__).resolve().parent / "data" / "coverage-dev11",  # written blind to the engine (see its README)
    "dev12": Path(__file__).resolve().parent / "data" / "coverage-dev12",  # written blind to the engine (see its README)
    "dev13": Path(__file__).resolve().parent / "data" / "coverage-dev13",  # written blind to the engine (see its README)
    "dev14": Path(__file__).resolve().parent / "data" / "coverage-dev14",  # written blind to the engine (see its README)
    "dev15": Path(__file__).resolve().parent / "data" / "coverage-dev15",  # written blind to the engine (see its README)
    "dev16": Path(__file__).resolve().parent / "data" / "coverage-dev16",  # written blind to the engine (see its README)
    "dev17": Path(__file__).resolve().parent / "data" / "coverage-dev17",  # written blind to the engine (see its README)
    "dev18": Path(__file__).resolve().parent / "data" / "coverage-dev18",  # written blind to the engine (see its README)
    "dev19": Path(__file__).resolve().parent / "data" / "coverage-dev19",  # written blind to the engine (see its README)
    "dev20": Path(__file__).resolve().parent / "data" / "coverage-dev20",  # written blind to the engine (see its README)
    "dev21": Path(__file__).resolve().parent / "data" / "coverage-dev21",  # written blind to the engine (see its README)
    "dev22": Path(__file__).resolve().parent / "data" / "coverage-dev22",  # written blind to the engine (see its README)
    "dev23": Path(__file__).resolve().parent / "data" / "coverage-dev23",  # written blind to the engine (see its README)
    "dev24": Path(__file__).resolve().parent / "data" / "coverage-dev24",  # written blind to the engine (see its README)
    "dev25": Path(__file__).resolve().parent / "data" / "coverage-dev25",  # written blind to the engine (see its README)
    "dev26": Path(__file__).resolve().parent / "data" / "coverage-dev26",  # written blind to the engine (see its README)
    "dev27": Path(__file__).resolve().parent / "data" / "coverage-dev27",  # written blind to the engine (see its README)
    "dev28": Path(__file__).resolve().parent / "data" / "coverage-dev28",  # written blind to the engine (see its README)
    "dev29": Path(__file__).resolve().parent / "data" / "coverage-dev29",  # written blind to the engine (see its README)
    "dev30": Path(__file__).resolve().parent / "data" / "coverage-dev30",  # written blind to the engine (see its README)
    "dev31": Path(__file__).resolve().parent / "data" / "coverage-dev31",  # written blind to the engine (see its README)
    "dev32": Path(__file__).resolve().parent / "data" / "coverage-dev32",  # written blind to the engine (see its README)
    "dev33": Path(__file__).resolve().parent / "data" / "coverage-dev33",  # written blind to the engine (see its README)
    "dev34": Path(__file__).resolve().parent / "data" / "coverage-dev34",  # written blind to the engine (see its README)
    "dev35": Path(__file__).resolve().parent / "data" / "coverage-dev35",  # written blind to the engine (see its README)
    "dev36": Path(__file__).resolve().parent / "data" / "coverage-dev36",  # written blind to the engine (see its README)
    "dev37": Path(__file__).resolve().parent / "data" / "coverage-dev37",  # written blind to the engine (see its README)
    "dev38": Path(__file__).resolve().parent / "data" / "coverage-dev38",  # written blind to the engine (see its README)
    "dev39": Path(__file__).resolve().parent / "data" / "coverage-dev39",  # written blind to the engine (see its README)
    "dev40": Path(__file__).resolve().parent / "data" / "coverage-dev40",  # written blind to the engine (see its README)
    "dev41": Path(__file__).resolve().parent / "data" / "coverage-dev41",  # written blind to the engine (see its README)
    "dev42": Path(__file__).resolve().parent / "data" / "coverage-dev42",  # written blind to the engine (see its README)
    "dev43": Path(__file__).resolve().parent / "data" / "coverage-dev43",  # written blind to the engine (see its README)
    "dev44": Path(__file__).resolve().parent / "data" / "coverage-dev44",  # written blind to the engine (see its README)
    "dev45": Path(__file__).resolve().parent / "data" / "coverage-dev45",  # written blind to the engine (see its README)
    "dev46": Path(__file__).resolve().parent / "data" / "coverage-dev46",  # written blind to the engine (see its README)
    "dev47": Path(__file__).resolve().parent / "data" / "coverage-dev47",  # written blind to the engine (see its README)
    "dev48": Path(__file__).resolve().parent / "data" / "coverage-dev48",  # written blind to the engine (see its README)
    "dev49": Path(__file__).resolve().parent / "data" / "coverage-dev49",  # written blind to the engine (see its README)
    "dev50": Path(__file__).resolve().parent / "data" / "coverage-dev50",  # written blind to the engine (see its README)
    "dev51": Path(__file__).resolve().parent / "data" / "coverage-dev51",  # written blind to the engine (see its README)
    "dev52": Path(__file__).resolve().parent / "data" / "coverage-dev52",  # written blind to the engine (see its README)
    "dev53": Path(__file__).resolve().parent / "data" / "coverage-dev53",  # written blind to the engine (see its README)
    "dev54": Path(__file__).resolve().parent / "data" / "coverage-dev54",  # written blind to the engine (see its README)
    "dev55": Path(__file__).resolve().parent / "data" / "coverage-dev55",  # written blind to the engine (see its README)
    "dev56": Path(__file__).resolve().parent / "data" / "coverage-dev56",  # written blind to the engine (see its README)
}
TARGET = 0.85
MARGIN = 0.10  # points above each baseline
MAX_SHARE = 0.35
BULLETS = (4, 8)
SECTIONS = (2, 4)


@dataclass
class Piece:
    """A claim of a brief or a baseline: its text and the paragraphs it cites."""

    text: str
    citations: list[int]


def load_facts(path: Path, paragraphs: list[str]) -> list[dict]:
    """The facts file, checked against the article: a fact must be in the paragraph it names."""
    facts = json.loads(path.read_text(encoding="utf-8"))
    for f in facts:
        n = f["paragraph"]
        if not 1 <= n <= len(paragraphs) or fold(f["fact"]) not in fold(paragraphs[n - 1]):
            raise SystemExit(f"{path.name}: fact {f['fact']!r} is not in paragraph {n}")
    return facts


def pieces_of(brief: Brief) -> list[Piece]:
    return [Piece(c.text, list(c.citations)) for c in brief.claims()]


def carried(pieces: list[Piece], fact: dict) -> bool:
    needle = fold(fact["fact"])
    return any(fact["paragraph"] in p.citations and needle in fold(p.text) for p in pieces)


def covered(brief: Brief, fact: dict) -> bool:
    return carried(pieces_of(brief), fact)


def lead_n(article: Article, budget: int) -> list[Piece]:
    out: list[Piece] = []
    used = 0
    for n, paragraph in enumerate(article.paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            if used + len(sentence) > budget:
                return out
            out.append(Piece(sentence, [n]))
            used += len(sentence)
    return out


def lead_chars(article: Article, budget: int) -> list[Piece]:
    out: list[Piece] = []
    left = budget
    for n, paragraph in enumerate(article.paragraphs, start=1):
        if left <= 0:
            break
        out.append(Piece(paragraph[:left], [n]))
        left -= len(paragraph)
    return out


class LexRank:
    """sumy's LexRank, rating every sentence of an article (see the module docs)."""

    def __init__(self) -> None:
        import logging

        import jieba
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        jieba.setLogLevel(logging.WARNING)
        self.parser = PlaintextParser
        try:
            english = Tokenizer("english")
            self.note = "Tokenizer('english') with NLTK punkt_tab"
        except LookupError:  # as bench/extractive.py: punkt_tab data not installed, no downloads
            from nltk.tokenize import NLTKWordTokenizer
            from nltk.tokenize.punkt import PunktSentenceTokenizer

            class EnglishTokenizer(Tokenizer):
                def _get_sentence_tokenizer(self, language):
                    return PunktSentenceTokenizer()

                def _get_word_tokenizer(self, language):
                    return NLTKWordTokenizer()

            english = EnglishTokenizer("english")
            self.note = "Tokenizer('english') with untrained Punkt (punkt_tab data not installed)"
        self.tokenizers = {"zh": Tokenizer("chinese"), "en": english}
        self.summarizers = {}
        for key, lang in (("zh", "chinese"), ("en", "english")):
            s = LexRankSummarizer(Stemmer(lang))
            s.stop_words = get_stop_words(lang)
            self.summarizers[key] = s

    def rated(self, article: Article) -> list[tuple[float, int, int, str]]:
        """(rating, paragraph, order, sentence) for every sentence sumy finds."""
        key = "zh" if article.language.startswith("zh") else "en"
        document = self.parser.from_string("\n\n".join(article.paragraphs), self.tokenizers[key]).document
        s = self.summarizers[key]
        # LexRankSummarizer.__call__ up to its ratings (it then keeps the best N in source order).
        words = [s._to_words_set(x) for x in document.sentences]
        if not words:
            return []
        matrix = s._create_matrix(words, s.threshold, s._compute_tf(words), s._compute_idf(words))
        scores = s.power_method(matrix, s.epsilon)
        rating = {id(x): float(r) for x, r in zip(document.sentences, scores)}
        out = []
        if len(document.paragraphs) == len(article.paragraphs):
            for n, par in enumerate(document.paragraphs, start=1):
                out += [(rating[id(x)], n, len(out), x._text) for x in par.sentences]
        else:  # sumy joined or split a paragraph: find each sentence where it is
            for x in document.sentences:
                n = next((i for i, p in enumerate(article.paragraphs, start=1) if x._text in p), 0)
                out.append((rating[id(x)], n, len(out), x._text))
        return out

    def pieces(self, article: Article, budget: int) -> list[Piece]:
        out: list[tuple[int, Piece]] = []
        used = 0
        for _, n, order, text in sorted(self.rated(article), key=lambda r: (-r[0], r[2])):
            if used + len(text) <= budget:
                out.append((order, Piece(text, [n])))
                used += len(text)
        return [p for _, p in sorted(out, key=lambda t: t[0])]


def spans_of(article: Article) -> list:
    """The engine's span groups (extractive._groups), each clause start that its skip check
    allows once the Core Viewpoint states what it may state (the whole lead sentence's first
    span: a period skipped that the Core Viewpoint names may go, as in the engine's selection)."""
    from citebrief.engines import extractive as ex
    from citebrief.text.script import is_chinese

    groups = ex._groups(article, ex._sentences(article), is_chinese(article.language), defer=True)
    stated = groups[0].text_of(groups[0].ends[-1])
    return [g for k, g in enumerate(groups) if not k or g.usable(stated)]


def oracle(article: Article, facts: list[dict], budget: int) -> list[Piece]:
    """The engine's spans picked knowing the key facts (see the module docs)."""
    groups = spans_of(article)
    lead = groups[0]
    chosen = {0: lead.ends[0]}
    used = lead.ends[0] - lead.start

    def length(k: int, e: int) -> int:
        return e - groups[k].start

    options = []
    for f in facts:
        needle = fold(f["fact"])
        for k, g in enumerate(groups):
            if g.paragraph == f["paragraph"]:
                e = next((e for e in g.ends if needle in fold(g.text_of(e))), None)
                if e is not None:
                    options.append((length(k, e), k, e))
    for _, k, e in sorted(options):
        g = groups[k]
        have = chosen.get(k)
        if have is not None and have >= e:
            continue
        if any(o != k and groups[o].paragraph == g.paragraph and g.start < oe and groups[o].start < e
               for o, oe in chosen.items()):
            continue
        extra = length(k, e) - (length(k, have) if have is not None else 0)
        if used + extra <= budget:
            chosen[k] = e
            used += extra
    return [Piece(groups[k].text_of(e), [groups[k].paragraph]) for k, e in chosen.items()]


def ceiling(article: Article, facts: list[dict], budget: int, most: int = BULLETS[1]) -> list[Piece]:
    """The most key facts any choice of the engine's spans carries in ``budget`` characters: a
    span of the lead sentence (the Core Viewpoint) and at most ``most`` other spans, no two
    overlapping, picked by an exact search (scipy's mixed-integer solver) that knows the facts.
    What the selection could reach with a perfect value model; the rest is what the spans allow."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    groups = spans_of(article)
    needles = [(fold(f["fact"]), f["paragraph"]) for f in facts]
    shortest: dict[tuple[int, frozenset[int]], tuple[int, int]] = {}  # (group, facts) -> (length, end)
    for k, g in enumerate(groups):
        for e in g.ends:
            text = fold(g.text_of(e))
            held = frozenset(i for i, (needle, n) in enumerate(needles) if n == g.paragraph and needle in text)
            if (held or k == 0) and (k, held) not in shortest:  # ends in order: the first is the shortest
                shortest[(k, held)] = (e - g.start, e)
    spans = [(k, held, length, e) for (k, held), (length, e) in shortest.items()]
    if not spans:
        return []
    n, m = len(spans), len(facts)
    # Variables: one per span (taken or not), then one per fact (carried or not); maximise facts.
    rows, lower, upper = [], [], []

    def row(values: dict[int, float], lo: float, hi: float) -> None:
        r = np.zeros(n + m)
        for i, v in values.items():
            r[i] = v
        rows.append(r)
        lower.append(lo)
        upper.append(hi)

    row({i: s[2] for i, s in enumerate(spans)}, 0, budget)
    row({i: 1 for i, s in enumerate(spans) if s[0] != 0}, 0, most)
    row({i: 1 for i, s in enumerate(spans) if s[0] == 0}, 1, 1)  # the Core Viewpoint
    for f in range(m):  # a fact is carried only by a span taken that holds it
        row({n + f: 1, **{i: -1 for i, s in enumerate(spans) if f in s[1]}}, -np.inf, 0)
    for i in range(n):
        gi = groups[spans[i][0]]
        for j in range(i + 1, n):
            gj = groups[spans[j][0]]
            if gi.paragraph == gj.paragraph and gi.start < spans[j][3] and gj.start < spans[i][3]:
                row({i: 1, j: 1}, -np.inf, 1)  # overlapping spans (or two ends of one group)
    cost = np.concatenate([np.zeros(n), -np.ones(m)])
    result = milp(cost, constraints=LinearConstraint(np.array(rows), lower, upper),
                  integrality=np.ones(n + m), bounds=Bounds(0, 1))
    if result.x is None:
        return []
    return [Piece(groups[k].text_of(e), [groups[k].paragraph])
            for (k, _, _, e), x in zip(spans, result.x[:n]) if x > 0.5]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--length", choices=("short", "standard", "full"), default=None,
                    help="the brief's length (default: the engine's default)")
    ap.add_argument("--check", action="store_true", help="exit 1 if a target is missed (see the module docs)")
    ap.add_argument("--show", action="store_true", help="print each brief and its missed facts")
    ap.add_argument("--oracle", action="store_true",
                    help="also what the engine's spans could carry if the key facts were known")
    ap.add_argument("--ceiling", action="store_true",
                    help="also the most key facts any choice of the engine's spans carries at the same length "
                         "(an exact search knowing the facts; scipy)")
    ap.add_argument("--set", choices=sorted(SETS), default="coverage",
                    help="which bundled set: coverage (tuned on), holdout (held out), dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, dev30, dev31, dev32, dev33, dev34, dev35, dev36, dev37, dev38, dev39, dev40, dev41, dev42, dev43, dev44, dev45, dev46, dev47, dev48, dev49, dev50, dev51, dev52, dev53, dev54, dev55 or dev56 (written blind; see their READMEs)")
    ap.add_argument("--data", type=Path, default=None,
                    help="any folder of <slug>.txt + <slug>.facts.json (instead of --set)")
    args = ap.parse_args(argv)
    data = args.data or SETS[args.set]

    options = {"length": args.length} if args.length else {}
    engine = get_engine("extractive", **options)
    texts = sorted(data.glob("*.txt"))
    if not texts:
        print(f"no articles in {data}", file=sys.stderr)
        return 2
    try:
        lexrank: LexRank | None = LexRank()
    except ImportError as exc:
        print(f"LexRank baseline left out: {exc} (pip install -e '.[bench]')", file=sys.stderr)
        lexrank = None

    total = 0
    hits = {"citebrief": 0, "lead-N": 0, "LexRank": 0, "lead-chars": 0, "oracle": 0, "ceiling": 0}
    by_language: dict[str, dict[str, int]] = {}  # language -> run -> facts carried ('facts': how many)
    shares: list[float] = []
    layout_misses: list[str] = []
    bullets_seen: list[int] = []
    sections_seen: list[int] = []
    print(f"{'article':30} {'lang':7} {'paras':>5} {'share':>5} {'sect':>4} {'bul':>3} {'1-bul':>5} "
          f"{'citebrief':>9} {'lead-N':>6} {'LexRank':>7} {'lead-ch':>7}")
    for path in texts:
        article = load_article(path)
        facts = load_facts(path.with_suffix(".facts.json"), article.paragraphs)
        brief = engine.brief(article)
        ours = pieces_of(brief)
        budget = sum(len(p.text) for p in ours)
        size = sum(len(p) for p in article.paragraphs)
        runs = {"citebrief": ours, "lead-N": lead_n(article, budget), "lead-chars": lead_chars(article, budget)}
        if lexrank is not None:
            runs["LexRank"] = lexrank.pieces(article, budget)
        if args.oracle:
            runs["oracle"] = oracle(article, facts, budget)
        if args.ceiling:
            runs["ceiling"] = ceiling(article, facts, budget)
        got = {name: [f for f in facts if carried(pieces, f)] for name, pieces in runs.items()}
        total += len(facts)
        counts = by_language.setdefault(article.language, {"facts": 0})
        counts["facts"] += len(facts)
        for name, found in got.items():
            hits[name] += len(found)
            counts[name] = counts.get(name, 0) + len(found)
        bullets = sum(len(s.bullets) for s in brief.sections)
        ones = sum(len(s.bullets) == 1 for s in brief.sections)
        share = budget / size
        bullets_seen.append(bullets)
        sections_seen.append(len(brief.sections))
        if len(article.paragraphs) >= 5:
            shares.append(share)
            problems = []
            if share > MAX_SHARE:
                problems.append(f"{share:.0%} of the article")
            if not BULLETS[0] <= bullets <= BULLETS[1]:
                problems.append(f"{bullets} bullets")
            if not SECTIONS[0] <= len(brief.sections) <= SECTIONS[1]:
                problems.append(f"{len(brief.sections)} sections")
            if ones and bullets > 3:
                problems.append(f"{ones} one-bullet section(s)")
            if problems:
                layout_misses.append(f"{path.stem}: {', '.join(problems)}")

        def cell(name: str, width: int) -> str:  # called within this iteration only
            return f"{len(got[name]):>{width - 2}d}/{len(facts)}" if name in got else f"{'-':>{width + 1}}"  # noqa: B023

        print(f"{path.stem[:30]:30} {article.language:7} {len(article.paragraphs):5d} {share:5.0%} "
              f"{len(brief.sections):4d} {bullets:3d} {ones:5d} {cell('citebrief', 8)} {cell('lead-N', 5)} "
              f"{cell('LexRank', 6)} {cell('lead-chars', 6)}")
        if args.show:
            print(f"  Core Viewpoint {brief.core_viewpoint.citations}: {brief.core_viewpoint.text}")
            for s in brief.sections:
                print(f"  {s.title}")
                for b in s.bullets:
                    print(f"    - {b.text} {b.citations}")
            for f in facts:
                if f not in got["citebrief"]:
                    print(f"  MISSED {f['fact']!r} (paragraph {f['paragraph']})")

    share_of = {name: hits[name] / total for name in hits}
    length = args.length or getattr(engine, "length", "default")
    print(f"\nlength: {length}; {len(texts)} articles, {total} key facts; budget = citebrief's brief, per article")
    print(f"key facts carried with a correct citation: citebrief {hits['citebrief']}/{total} = "
          f"{share_of['citebrief']:.1%} | lead-N {share_of['lead-N']:.1%} | "
          + (f"LexRank {share_of['LexRank']:.1%}" if lexrank else "LexRank -")
          + f" | lead-chars {share_of['lead-chars']:.1%}"
          + (f" | oracle {share_of['oracle']:.1%}" if args.oracle else "")
          + (f" | ceiling {share_of['ceiling']:.1%}" if args.ceiling else ""))
    for language, counts in sorted(by_language.items()):
        print(f"  {language}: " + " | ".join(f"{name} {counts[name]}/{counts['facts']}" for name in hits if name in counts))
    if lexrank is not None:
        print(f"  (sumy: {lexrank.note})")
    if shares:
        print(f"length share (articles of 5+ paragraphs): mean {sum(shares) / len(shares):.1%}, "
              f"max {max(shares):.1%}; bullets {min(bullets_seen)}-{max(bullets_seen)}, "
              f"sections {min(sections_seen)}-{max(sections_seen)}")
    for line in layout_misses:
        print(f"  layout: {line}")
    if not args.check:
        return 0
    failed = []
    if share_of["citebrief"] < TARGET:
        failed.append(f"citebrief {share_of['citebrief']:.1%} < {TARGET:.0%}")
    for name in ("lead-N", "LexRank"):
        if name not in share_of or share_of["citebrief"] - share_of[name] < MARGIN:
            failed.append(f"citebrief not {MARGIN:.0%} points above {name}")
    if layout_misses and length in ("standard", "default"):
        failed.append(f"{len(layout_misses)} brief(s) outside the length and layout rules")
    for line in failed:
        print(f"check failed: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
