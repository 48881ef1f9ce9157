"""Sentence ranking: continuous LexRank over TF-IDF word vectors, plus boosts for facts.

LexRank (Erkan & Radev 2004) scores a sentence by how central it is in the graph of sentence
similarities; we add boosts for what a financial reader needs in a bullet: figures, dates and names.
Everything is numpy on small dense matrices (tens of sentences), so ranking takes well under a
millisecond; networkx would cost more than the whole rest of the engine.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, count
from typing import Any

import numpy as np


def _gated(pattern: str, first_chars: str, flags: int = 0) -> re.Pattern[str]:
    # A look-ahead on the characters a match can start with lets the regex engine skip most
    # offsets at once instead of trying every alternative there (~2x faster on these patterns).
    return re.compile(f"(?=[{first_chars}])(?:{pattern})", flags)


# ---- figures and dates: a fast path derived from citebrief.facts ----------------------------------
# What counts as a figure or a date is what citebrief.facts reads (the verifier's reader): its
# scale, currency and unit words, its measure words, its month names. But the facts reader costs
# ~6 ms per article (every figure parsed, scaled and interpreted), longer than this whole engine
# takes for a brief, and ranking only asks "is there one in this sentence?". So the words come
# from the facts tables and are compiled here into one small gated regex per language and kind;
# tests/test_ranking.py checks that these answers agree with the facts reader sentence by
# sentence on generated and example articles.
def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a character trie: one branch per first character
    instead of one alternative per word (a long alternation is tried word by word)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


def _both_scripts(words: Iterable[str]) -> set[str]:
    """Each word and its traditional forms (台 as well as 臺: Taiwan writes 台幣)."""
    from citebrief.text.script import HAN, to_traditional

    out = set()
    for w in words:
        out.add(w)
        if HAN.search(w):
            t = to_traditional(w)
            out.update((t, t.replace("臺", "台")))
    return out


def _figure_pattern(chinese: bool) -> re.Pattern[str]:
    from citebrief.facts import quantities as q
    from citebrief.text.script import HAN

    keys = [*q.SCALES, *q.CURRENCIES, *q.UNITS]
    # Latin scale letters (b, m, k) count only after a currency ('$5m'), which the prefix covers.
    latin = {k for k in keys if not HAN.search(k) and k not in ("b", "m", "k") and not k.endswith("$")
             and k not in ("€", "£", "₩", "¥")}
    prefixes = {p for p in q._PRE if not HAN.search(p)} | {"￥"}
    # A whole run of digits, never backtracked into ('2024年' is tried once, not as 202, 20, 2).
    number = r"(?<![\d.,])\d[\d,.]*+"
    # The reader matches on lower-cased text; '(?i:' keeps that to the Latin words ('2 GW', 'US$5').
    latin_unit = rf"(?=[{_first_chars(latin)}])(?i:{_trie(latin)})(?![a-zA-Z])"
    # Currency codes before the figure as news writes them, upper case ('US$5', 'RMB 5'): lower-case
    # letters in the gate would stop the regex at most offsets of an English sentence.
    # ('Rs 500', 'Rp 108', 'RM3.00': capitalised as well; '₹', '₫', '₱' open a figure too.)
    prefixes |= {p.upper() for p in prefixes} | {p.capitalize() for p in prefixes}
    prefix = rf"(?<![a-zA-Z]){_trie(prefixes)}\s?\d"
    first = "$¥￥€£₩\\d" + "".join(sorted({p[0] for p in prefixes if p[0].isupper() or not p[0].isalnum()} - set("$¥€£₩")))
    if not chinese:
        return _gated(rf"{prefix}|{number}[\s-]?{latin_unit}", first)
    # Chinese: also the Han scale, currency and unit words and the measure words ('3家', '5万辆'),
    # in both scripts, Chinese numerals with a scale ('三千亿') and tenths ('逾三成').
    han = _both_scripts(k for k in keys if HAN.search(k)) | _both_scripts(q._MEASURE) | {"％"}
    scales_han = _both_scripts(k for k in q.SCALES if HAN.search(k))
    numerals = "".join(sorted(set(q._CN_DIGITS + "兩") - set("零〇点百千")))
    return _gated(
        rf"{prefix}|{number}[\s-]?(?:(?=[{_first_chars(han)}]){_trie(han)}|{latin_unit})"
        rf"|{_INDEX_POINTS}|[{numerals}][{q._CN_DIGITS}兩]*{_trie(scales_han)}|{q._TENTHS_CN.pattern}",
        first + numerals,
    )


# An index level or move in points ('报3512.37点', '收在27,218.64點', '上漲426點'): English 'points'
# is a unit to citebrief.facts, Chinese 点 is read there as a bare number (it is also a clock time,
# '下午3点'), so only a figure with a decimal, a thousands comma or three digits counts here.
_INDEX_POINTS = r"(?<![\d.,])(?=\d{3}|\d{1,3},\d|\d+\.\d)\d[\d,.]*+[点點](?![\d分半钟鐘])"


def _first_chars(words: Iterable[str]) -> str:
    """A character class body of the first characters of ``words``, both cases."""
    firsts = {w[0] for w in words}
    chars = firsts | {c.upper() for c in firsts}
    return "".join(re.escape(c) for c in sorted(chars))


def _date_pattern(chinese: bool) -> re.Pattern[str]:
    from citebrief.facts.temporal import _MAY_CONTEXT, _MONTHS, _YEAR

    # The shapes of facts/temporal.py's patterns (years, 年/月, 季度, 半年, 前N个月, Q3, H1),
    # loosened where the reader's checks only tell one kind of date from another.
    year = rf"(?<![A-Za-z0-9.,$¥€£]){_YEAR}(?![A-Za-z0-9]|[.,]\d|\s?(?:%|percent))"
    period = r"(?<![A-Za-z])(?:[QH][1-4]|[1-4]Q)(?![A-Za-z0-9])"
    if chinese:
        cn_month = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
        return _gated(
            rf"{_YEAR}\s?(?:年|财年|財年)|{year}|(?<![\d个個第]){cn_month}\s?月|第\s?[一二三四1-4]\s?季"
            r"|[一二三四1-4]\s?季度|[上下]半年|[上下]半(?:财|財)年|首季|[前首]\s?(?:1[01]|[2-9]|十一|十|[二两兩三四五六七八九])\s?(?:个|個)?(?:月|季度?)"
            rf"|{period}",
            r"\d一二三四五六七八九十第上下前首QH",
        )
    # Month names as the reader takes them: capitalised ('Mar', 'Dec' in lower case are words);
    # 'May' only before a day or after the words the reader wants before it ('in May').
    months = sorted({m.capitalize() for m in _MONTHS if m != "may"}, key=len, reverse=True)
    may_after = "|".join(f"(?<={w} )" for w in _MAY_CONTEXT.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|"))
    return _gated(
        rf"{year}|{period}|\b(?:{'|'.join(months)})\b\.?|\bMay(?=\.?\s+\d)|(?:{may_after})May\b|\bFY\s?\d",
        "".join(sorted({m[0] for m in months} | set("12QHF"))),
    )


# English periods written in words, tried only when their word is in the sentence ('in' is far
# cheaper than a regex that must stop at every 'f', 's' and 't').
_EN_PERIOD_WORDS = (
    ("quarter", re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter", re.IGNORECASE)),
    ("half", re.compile(r"\b(?:first|second)[\s-]+half", re.IGNORECASE)),
    ("months", re.compile(r"\b(?:first|past)\s+\w+\s+months\b", re.IGNORECASE)),
    ("nine", re.compile(r"\bnine[\s-]+months?\b", re.IGNORECASE)),  # 'nine-month net profit', 'in the nine months'
)


def _en_period_words(text: str) -> bool:
    return any(word in text and rx.search(text) for word, rx in _EN_PERIOD_WORDS)


# Names: capitalised words after the first word (English), Latin names inside Chinese text,
# organisation suffixes and titles (Chinese). Regexes, because jieba.posseg costs ~25 ms per
# thousand characters, far more than the rest of the engine.
_EN_NAME = _gated(r"(?<=[a-z,;:] )(?:[A-Z][a-zA-Z&.-]+|[A-Z]{2,})", "A-Z")
_ZH_NAME_WORDS = (
    "公司 集团 集團 银行 銀行 证券 證券 交易所 委员会 委員會 央行 基金 控股 资本 資本 电子 電子 科技 "
    "董事长 董事長 总裁 總裁 首席执行官 執行長 行政總裁 行长 行長 部长 部長 主席 首相 总理 總理 总统 總統 "
    "发言人 發言人 分析师 分析師 证监会 證監會 金管会 金管會"
).split()
_ZH_NAME = _gated(
    r"[A-Za-z][A-Za-z&.-]+|" + "|".join(_ZH_NAME_WORDS),
    "A-Za-z" + "".join(sorted({w[0] for w in _ZH_NAME_WORDS})),
)


# (figure, date, name) patterns per language (True: Chinese), compiled on first use: the Chinese
# ones need OpenCC for the traditional forms, which an English-only run never loads.
_PATTERNS: dict[bool, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def _compile(chinese: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    found = _PATTERNS[chinese] = (_figure_pattern(chinese), _date_pattern(chinese),
                                  _ZH_NAME if chinese else _EN_NAME)
    return found


def has_figure(text: str, chinese: bool = False) -> bool:
    """Whether ``text`` states a figure as citebrief.facts reads one: an amount, a percentage, a
    figure with a unit or scale, a count with a measure word (not a bare number)."""
    return (_PATTERNS.get(chinese) or _compile(chinese))[0].search(text) is not None


def figure_starts(text: str, chinese: bool = False) -> list[int]:
    """Where each figure (as :func:`has_figure` reads one) in ``text`` begins, in order."""
    return [m.start() for m in (_PATTERNS.get(chinese) or _compile(chinese))[0].finditer(text)]


def first_figure(text: str, chinese: bool = False, start: int = 0) -> int | None:
    """Where the first figure (as :func:`has_figure` reads one) at or after ``start`` begins."""
    m = (_PATTERNS.get(chinese) or _compile(chinese))[0].search(text, start)
    return None if m is None else m.start()


def has_date(text: str, chinese: bool = False) -> bool:
    """Whether ``text`` states a year, month, date, quarter or half, as citebrief.facts reads them."""
    if (_PATTERNS.get(chinese) or _compile(chinese))[1].search(text) is not None:
        return True
    return not chinese and _en_period_words(text)


def name_count(text: str, chinese: bool = False) -> int:
    return len((_ZH_NAME if chinese else _EN_NAME).findall(text))


def lexrank(token_lists: Sequence[Sequence[str]], *, damping: float = 0.85) -> np.ndarray:
    """Continuous LexRank centrality of each sentence (sums to 1; uniform when nothing overlaps)."""
    return sentence_graph(token_lists, damping=damping)[0]


def sentence_graph(token_lists: Sequence[Sequence[str]], *, damping: float = 0.85,
                   keep: Callable[[Iterable[str]], list[bool]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """LexRank centrality (see :func:`lexrank`) and the matrix of word-set Jaccard similarities,
    both from one vocabulary and count matrix: near-duplicate checks then cost a look-up.

    ``keep``, if given, maps the distinct tokens to whether each is a word (the rest are dropped):
    one test per distinct token instead of one per occurrence.
    """
    n = len(token_lists)
    if n == 0:
        return np.zeros(0), np.zeros((0, 0))
    # Column of each token occurrence; dict.fromkeys, zip and map run in C, a Python loop would not.
    vocab = dict(zip(dict.fromkeys(chain.from_iterable(token_lists)), count()))
    width = len(vocab)
    cols = list(map(vocab.__getitem__, chain.from_iterable(token_lists)))
    flat = np.repeat(np.arange(0, n * width, width), list(map(len, token_lists))) + np.asarray(cols, dtype=np.intp)
    tf = np.bincount(flat, minlength=n * width).reshape(n, width)
    if keep is not None:
        tf = tf[:, np.array(keep(vocab), dtype=bool)]
    if tf.shape[1] == 0:
        return np.full(n, 1.0 / n), np.zeros((n, n))
    present = tf > 0  # one boolean matrix for all the counts below (count_nonzero is ~2x slower)
    df = present.sum(axis=0)
    idf = np.log((n + 1) / (df + 0.5))  # smoothed so words in every sentence still count a little
    vec = tf * idf
    norms = np.sqrt((vec * vec).sum(axis=1))
    norms[norms == 0] = 1.0
    vec /= norms[:, None]
    # Only words found in two or more sentences add to a similarity: drop the rest (after the
    # norms), which shrinks the products ~4x.
    shared_cols = df > 1
    sim = _gram(vec[:, shared_cols])
    inter = _gram(present[:, shared_cols].astype(float))
    sizes = present.sum(axis=1, dtype=float)
    union = sizes[:, None] + sizes[None, :] - inter
    # Counts are whole numbers: a union of 0 has an intersection of 0, so dividing by 1 gives 0.
    jaccard = inter / np.maximum(union, 1.0)
    np.fill_diagonal(sim, 0.0)
    row_sums = sim.sum(axis=1)
    # A sentence that shares nothing links to all others evenly (keeps the matrix stochastic).
    empty = row_sums == 0
    sim[empty] = 1.0
    row_sums[empty] = n
    trans = sim / row_sums[:, None]
    # The stationary vector of the damped walk, solved exactly rather than by power iteration:
    # (I - d T^T) p = (1 - d) / n. Tens of sentences make this a tiny dense solve.
    p = np.linalg.solve(np.eye(n) - damping * trans.T, np.full(n, (1.0 - damping) / n))
    return p / p.sum(), jaccard


# LexRank and the near-duplicate test see at most this many sentences at once: a longer article is
# ranked in consecutive blocks of about this size, so time and memory grow with its length, not
# its square (a dense n x n graph of 10,000 sentences is 800 MB a matrix). News articles have
# far fewer sentences and are ranked as one graph, exactly as before.
GRAPH_BLOCK = 600


def blocked_graph(token_lists: Sequence[Sequence[str]], *, near: float,
                  keep: Callable[[Iterable[str]], list[bool]] | None = None,
                  block: int = GRAPH_BLOCK) -> tuple[list[float], list[set[int]]]:
    """Each sentence's LexRank centrality scaled to mean 1 within its block, and for each the
    indexes of the sentences of its block whose word-set Jaccard similarity exceeds ``near``
    (see :func:`sentence_graph`). One block, the whole article, when it has ``block`` sentences
    or fewer; else blocks of equal size in order."""
    n = len(token_lists)
    blocks = max(1, -(-n // block))
    size = -(-n // blocks) if n else 0
    centrality: list[float] = []
    near_of: list[set[int]] = [set() for _ in range(n)]
    for lo in range(0, n, size or 1):
        part = token_lists[lo:lo + size]
        scores, jaccard = sentence_graph(part, keep=keep)
        centrality.extend((scores * len(part)).tolist())
        rows, cols = np.nonzero(jaccard > near)
        for i, j in zip(rows.tolist(), cols.tolist()):  # Python ints: numpy scalars are slow to loop over
            near_of[lo + i].add(lo + j)
    return centrality, near_of


# OpenBLAS runs a product of fewer than 65536 x 4 multiply-adds on the calling thread; above
# that it wakes its threads, which on a busy machine costs milliseconds for products this small.
# So bigger products are done in row blocks that each stay under the limit.
_BLAS_SINGLE_THREAD_LIMIT = 65536 * 4


def _gram(m: np.ndarray) -> np.ndarray:
    """m @ m.T without waking BLAS threads."""
    rows, cols = m.shape
    if rows * rows * cols < _BLAS_SINGLE_THREAD_LIMIT:
        return m @ m.T  # numpy hands this to BLAS syrk
    block = max(1, _BLAS_SINGLE_THREAD_LIMIT // (rows * cols + 1))
    mt = np.ascontiguousarray(m.T)
    return np.vstack([m[i:i + block] @ mt for i in range(0, rows, block)])


def fact_boost(text: str, chinese: bool) -> float:
    """Multiplier for sentences that carry figures (+0.6), dates (+0.25) and names (+0.1 each,
    at most +0.3). Three small regexes: one combined alternation measured ~25% slower."""
    figure, date, name = _PATTERNS.get(chinese) or _compile(chinese)
    boost = 1.0
    if figure.search(text):
        boost += 0.6
    if date.search(text) or (not chinese and _en_period_words(text)):
        boost += 0.25
    names = len(name.findall(text))
    if names:
        boost += min(0.3, 0.1 * names)
    return boost


def length_factor(text: str, chinese: bool) -> float:
    """Very short sentences say little; very long ones make poor bullets."""
    size = len(text) if chinese else text.count(" ") + 1  # words, near enough
    short, long_ = (12, 160) if chinese else (8, 60)
    if size < short:
        return 0.4 + 0.6 * size / short
    if size > long_:
        return max(0.5, math.sqrt(long_ / size))
    return 1.0


# ---- atoms: what a bullet carries, for the budgeted brief's selection --------------------------
# The same fast patterns, found one by one (with where each is, so a span of a sentence knows
# which it keeps), keyed so that a figure stated twice counts once. Names: a Chinese title
# followed by a personal name (首席经济学家陈立新, 董事長張明哲), and English runs of two or more
# capitalised words (Helena Park, Castlegate Partners).
_NOT_A_NAME_START = "团團维維的之及和与與在于於为為将將等们們兼职職一、表称稱指认認透说說警预預估提坦会會委副总總董首长長部局处處司上下后後前"
# (The look-ahead for a capital letter first: without it the list of words a run may not start
# with is tried at every offset of the text.)
_EN_RUN = re.compile(
    r"(?<![A-Za-z.])(?=[A-Z])(?!(?:The|A|An|In|On|At|For|But|Its|It|He|She|They|This|That|Shares|Chief|Under|After|"
    r"Before|Among|About|Some|Our|We|Their|Her|His)\b)"
    r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,}|&))*[ -](?:[A-Z][a-z]+|[A-Z]{2,})\b")
_EN_TITLE_WORDS = re.compile(
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Chief|Executive|Financial|Operating|"
    r"Technology|Investment|Officer|Chairman|Chairwoman|Chair|President|Vice|Deputy|Senior|Managing|Director|"
    r"Head|Minister|Governor|Secretary|Spokesperson|Spokesman|Spokeswoman|Analyst|Economist|Strategist|Founder|"
    r"CEO|CFO|COO|CTO) )+")
_NUMBER_TAIL = re.compile(r"[\d]*(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|bn|mn)\b)?")
_ATOMS: dict[Any, Any] = {}  # True: _person_pattern's; False: _en_person_context's; ('analyst', chinese)


def _person_pattern() -> re.Pattern[str]:
    found = _ATOMS.get(True)
    if found is None:
        from citebrief.facts.glossary import roles
        from citebrief.text.script import HAN

        titles = _both_scripts(f for f in roles().forms if HAN.search(f) and len(f) > 1)
        found = _ATOMS[True] = re.compile(
            rf"(?=[{_first_chars(titles)}]){_trie(titles)}(?![{_NOT_A_NAME_START}])([\u4e00-\u9fff]{{2,3}})")
    return found


def _appointed_pattern() -> re.Pattern[str]:
    """A name written before its title, after a verb of appointment (data/appointments.txt):
    '任命蔡欣穎為…總經理', '聘任王晓燕为总经理' (the name: group 1)."""
    found = _ATOMS.get("appointed")
    if found is None:
        from importlib import resources

        text = (resources.files("citebrief") / "data" / "appointments.txt").read_text(encoding="utf-8")
        verbs = _both_scripts(w for line in text.splitlines() if not line.startswith("#") for w in line.split())
        found = _ATOMS["appointed"] = re.compile(
            rf"(?=[{_first_chars(verbs)}]){_trie(verbs)}([\u4e00-\u9fff]{{2,3}}?)(?=[为為]|出任|[担擔]任|接任)")
    return found


def scheduled_dates(text: str, chinese: bool = False) -> list[tuple[str, str, int, int]]:
    """('date', key, start, end) of each date in ``text`` that says when something is to happen
    (data/schedule_words.tsv: '預計於2027年1月底完成', '由2027年4月1日起生效', 'expects the deal to
    close in the second half of 2027'): a completion, an effective date, a launch, the next
    meeting. Adjacent date matches ('2027年' '1月') are one date."""
    found: list[tuple[str, str, int, int]] = []
    for m in (_PATTERNS.get(chinese) or _compile(chinese))[1].finditer(text):
        start, end = m.span()
        if found and start - found[-1][3] <= (1 if chinese else 2):  # '2027年1月1日', 'Jan 15, 2027'
            start = found.pop()[2]
        found.append(("date", text[start:end].lower(), start, end))
    if not chinese:
        found += [("date", m.group(0).lower(), m.start(), m.end())
                  for word, rx in _EN_PERIOD_WORDS if word in text for m in rx.finditer(text)]
    before, after = _schedule_words(chinese)
    out = []
    for atom in found:
        _, _, start, end = atom
        reach = text[max(0, start - (12 if chinese else 60)):start]
        clause = _CLAUSE_MARK.split(reach)[-1]  # only the date's own clause
        if before.search(clause) or (after is not None and after.match(text, end)):
            out.append(atom)
    return sorted(out, key=_start_of)


_CLAUSE_MARK = re.compile(r"[，；。,;.:：](?!\d)")


def _schedule_words(chinese: bool) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    found = _ATOMS.get(("schedule", chinese))
    if found is None:
        from importlib import resources

        text = (resources.files("citebrief") / "data" / "schedule_words.tsv").read_text(encoding="utf-8")
        words: dict[str, list[str]] = {}
        for line in text.splitlines():
            parts = line.split("\t")
            if line.startswith("#") or len(parts) != 3 or parts[1] != ("zh" if chinese else "en"):
                continue
            words.setdefault(parts[0], []).extend(parts[2].split(" " if chinese else "|"))
        if chinese:
            before = re.compile(_trie(_both_scripts(words.get("before", ()))))
            # (after a day or a part of the month the date pattern leaves out: '1月1日起', '12月中旬上市')
            after = re.compile(r"(?:\d{1,2}\s?[日号號])?(?:底|初|中旬|上旬|下旬)?\s?(?:" + _trie(_both_scripts(words.get("after", ()))) + ")")
        else:
            before = re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, words.get("before", ()))) + r")\b)")
            after = None
        found = _ATOMS[("schedule", chinese)] = (before, after)
    return found


def _en_person_context() -> tuple[frozenset[str], re.Pattern[str]]:
    """What makes a run of capitalised words a person: a title or 'said' as the last one to
    three words before it (lower case), or ', <title>' / ' said' just after it (roles from
    data/roles.tsv)."""
    found = _ATOMS.get(False)
    if found is None:
        from citebrief.facts.glossary import roles

        titles = sorted((f for f in roles().forms if f.isascii() and len(f) > 2), key=len, reverse=True)
        alt = "|".join(re.escape(t) for t in titles)
        found = _ATOMS[False] = (
            frozenset(t.lower() for t in titles) | {"said", "says", "told"},
            re.compile(rf",?\s(?:said|says|told)\b|,\s(?:\d+,\s)?(?:[\w'-]+\s){{0,4}}(?i:(?:{alt}))\b"),
        )
    return found


def _analyst_pattern(chinese: bool) -> re.Pattern[str]:
    """The titles data/roles.tsv files under 'analyst' (分析师, 首席经济学家, economist,
    strategist): Chinese, written right before the name; English, before it ('Analysts at ') or
    in an apposition after it (', chief Japan economist at')."""
    found = _ATOMS.get(("analyst", chinese))
    if found is None:
        from citebrief.facts.glossary import roles
        from citebrief.text.script import HAN

        forms = [f for f, ids in roles().forms.items() if "analyst" in ids]
        if chinese:
            alt = _trie(_both_scripts(f for f in forms if HAN.search(f)))
            found = re.compile(rf"(?:{alt})$")
        else:
            alt = "|".join(re.escape(f) for f in sorted((f for f in forms if f.isascii()), key=len, reverse=True))
            found = re.compile(rf"(?i:\b(?:{alt})s?(?: (?:at|of|with))? $|^, (?:[\w'-]+ ){{0,4}}?(?:{alt})s?\b)")
        _ATOMS[("analyst", chinese)] = found
    return found


def is_analyst(text: str, start: int, end: int, chinese: bool = False) -> bool:
    """Whether the person text[start:end] (a 'person' of :func:`fact_atoms`) is titled an analyst,
    economist or strategist: a commentator on the news, not one who makes it."""
    rx = _analyst_pattern(chinese)
    if chinese:
        return rx.search(text, max(0, start - 8), start) is not None
    return rx.search(text[max(0, start - 30):start]) is not None or rx.match(text[end:end + 60]) is not None


def fact_atoms(text: str, chinese: bool = False, dates: bool = True) -> list[tuple[str, str, int, int]]:
    """(kind, key, start, end) of each figure, date (unless ``dates`` is False) and name in
    ``text``, in order: kind is 'figure', 'date', 'person' (Chinese: after a title; English: a
    run of capitalised words with a title or 'said' next to it) or 'name' (another English run
    of capitalised words); the key is the text as written (a figure with its whole number:
    '$64.12', '51,236辆'), a Chinese person by the first two characters of the name."""
    figure, date, _ = _PATTERNS.get(chinese) or _compile(chinese)
    out: list[tuple[str, str, int, int]] = []
    append = out.append
    tail = _NUMBER_TAIL.match
    for m in figure.finditer(text):
        start, end = m.span()
        if text[end - 1].isdigit():
            end = tail(text, end).end()  # type: ignore[union-attr]  # the tail may be empty: it always matches
        key = text[start:end]
        append(("figure", key if chinese else key.replace(" ", "").lower(), start, end))
    figures = len(out)
    if dates:
        for m in date.finditer(text):
            append(("date", m.group(0).lower(), m.start(), m.end()))
    if chinese:
        for m in _person_pattern().finditer(text):
            append(("person", m.group(1)[:2], m.start(1), m.end(1)))
        for m in _appointed_pattern().finditer(text):  # (one that follows a title is found above)
            if not any(a[0] == "person" and a[2] == m.start(1) for a in out):
                append(("person", m.group(1)[:2], m.start(1), m.end(1)))
        if len(out) == figures:
            return out  # figures only: in order already
    else:
        words_before, after_rx = _en_person_context()
        for m in _EN_RUN.finditer(text):
            start, run = m.start(), m.group(0)
            head = _EN_TITLE_WORDS.match(run)
            titled = False
            if head and head.end() < len(run) and " " in run[head.end():]:  # 'Chief Executive Marcus Reyes'
                start, run, titled = start + head.end(), run[head.end():], True
            if not titled:
                last = text[max(0, start - 40):start].lower().split()[-3:]
                titled = any(" ".join(last[i:]).strip(",") in words_before for i in range(len(last)))
            kind = "person" if titled or after_rx.match(text, m.end()) else "name"
            append((kind, run, start, m.end()))
    out.sort(key=_start_of)
    return out


def _start_of(atom: tuple[str, str, int, int]) -> int:
    return atom[2]
