"""Where a bullet may start and end inside a sentence: compression that stays verbatim.

A bullet of the budgeted brief is a span of one sentence (or of a sentence and the one it leans
on), never a rewrite: it starts at the sentence's start after any attribution lead-ins and wire
furniture ('智通财经APP获悉，', '据知情人士透露，', 'LONDON, Nov 2 (Harbor Wire) - '), and ends at
the sentence's end or at a clause boundary (Chinese ，；：; English '; ', ' - ', and ', ' before a
clause that only adds to what came before: ', beating estimates', ', up from', ', analysts said').
So a span keeps each figure with the words of its clause and everything before it in the
sentence (its subject, metric and period, which Chinese and English news write before or beside
the figure), and drops only later clauses; it is a substring of the paragraph, so the verifier
finds it as written.

The lead-ins and the English clause openers are data: ``citebrief/data/lead_ins.tsv``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from citebrief.engines.ranking import figure_starts

# Brackets and quotes: no cut inside them (a clause boundary inside a quotation is the speaker's).
_OPEN = "（(“「『《【"
_CLOSE = "）)”」』》】"


@lru_cache(maxsize=1)
def rules() -> dict[tuple[str, str], re.Pattern[str]]:
    """(kind, language) -> one compiled alternation of that kind's patterns."""
    text = (resources.files("citebrief") / "data" / "lead_ins.tsv").read_text(encoding="utf-8")
    found: dict[tuple[str, str], list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in ("lead", "tail", "cut", "join", "sub", "end", "still") or parts[1] not in ("zh", "en"):
            raise ValueError(f"lead_ins.tsv line {number}: want kind<TAB>zh|en<TAB>pattern")
        re.compile(parts[2])  # a bad pattern names its line
        found.setdefault((parts[0], parts[1]), []).append(parts[2])
    return {key: re.compile("|".join(f"(?:{p})" for p in pats)) for key, pats in found.items()}


def trim_start(sentence: str, chinese: bool, pos: int = 0) -> int:
    """Offset in ``sentence`` after the lead-ins at ``pos`` (trimmed one after another), and any
    spaces; ``pos`` when there are none. Never the whole sentence."""
    if chinese not in _LEADS:
        _LEADS[chinese] = rules().get(("lead", "zh" if chinese else "en"))
    lead = _LEADS[chinese]
    if lead is None:
        return pos
    n = len(sentence)
    while True:
        m = lead.match(sentence, pos)
        if m is None:
            break
        after = m.end()
        if after == pos:
            break
        after = _SPACES.match(sentence, after).end()  # type: ignore[union-attr]  # may be empty: always matches
        if n - after < 4:  # the lead-in was the whole sentence: keep it
            break
        pos = after
    return pos


_LEADS: dict[bool, re.Pattern[str] | None] = {}  # chinese -> the lead-ins' pattern (rules(), looked up once)
_SPACES = re.compile("[ \u3000]*")


def cut_points(sentence: str, chinese: bool, start: int = 0) -> list[int]:
    """Offsets after ``start`` where a span of ``sentence`` may end (the span is sentence[:i],
    without the punctuation at i), in order; the sentence's own end is not listed."""
    return clauses(sentence, chinese, start)[0]


def starts(sentence: str, chinese: bool, start: int = 0) -> list[int]:
    """Offsets after ``start`` where a span may begin inside the sentence: a clause with a subject
    of its own. English: after '; ', and after ', while' / ', whereas' / ', and' / ', but' when a
    subject follows (a capitalised word, or the/a/its ...). Chinese: after ；or ， when the clause
    opens with a metric (进口, 净利润, 毛利率: data/metrics.tsv, either script) or an index
    (深证成指, 恒生指数). The caller decides whether what is
    skipped may be (it must not hold the date or the person a kept figure belongs to)."""
    return clauses(sentence, chinese, start)[1]


# Candidate boundaries, found by one regex each; the rules then say which are cuts and starts.
_ZH_MARK = re.compile(r"[，；：]|[,;:](?!\d)")
_EN_MARK = re.compile(r"[,;] | [-–—]{1,2} | and | (?=(?:while|whereas|because|although|though|amid|after|even as|"
                      r"citing|as|from|in|on|at|before|under|to) )")
_BRACKETS = re.compile(r"[（(“「『《【）)”」』》】\"]")


def _shielded(sentence: str) -> list[tuple[int, int]]:
    """Ranges inside brackets or quotation marks (no clause boundary there)."""
    out = []
    depth, opened, straight = 0, 0, -1
    for m in _BRACKETS.finditer(sentence):
        ch, i = m.group(0), m.start()
        if ch == '"':
            if straight < 0:
                straight = i
            else:
                out.append((straight, i))
                straight = -1
        elif ch in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((opened, i))
    if depth:
        out.append((opened, len(sentence)))
    return out


def clauses(sentence: str, chinese: bool, start: int = 0,
            figures: Sequence[int] | None = None) -> tuple[list[int], list[int]]:
    """(cut points, clause starts) of ``sentence`` after ``start``: see cut_points and starts.
    ``figures``: where the sentence's figures start (ranking.figure_starts), when the caller has
    read them already (the extractive engine reads each paragraph's once)."""
    shielded = _shielded(sentence) if _BRACKETS.search(sentence) else ()
    cuts: list[int] = []
    begins: list[int] = []
    if chinese:
        head, still = None, None
        for m in _ZH_MARK.finditer(sentence, start + 1):
            i = m.start()
            if shielded and any(a < i < b for a, b in shielded):
                continue
            cuts.append(i)
            if sentence[i] not in "：:" and i + 1 < len(sentence) - 4:
                if head is None:
                    head, still = _zh_heads(), rules().get(("still", "zh"))
                if still is not None and still.match(sentence, i + 1):
                    continue  # '，这是…': leans on the clause before it
                if head.match(sentence, i + 1):
                    begins.append(i + 1)
                    continue
                if figures is None:
                    figures = figure_starts(sentence, True)
                # A clause that names its metric or index before its first figure ('截至9月末，
                # 该行不良贷款率为1.25%', '10月出口金額達619.8億美元'): the span keeps the figure with
                # the words it measures. One whose first figure comes bare ('同比增长27.5%',
                # '报3512.37点') is no start, nor one whose figure comes more than _METRIC_REACH
                # characters in (what names it is then a scene, not the figure's metric).
                k = bisect_left(figures, i + 1)
                if k < len(figures) and figures[k] - i <= _METRIC_REACH and _names_metric(sentence, i + 1, figures[k]):
                    begins.append(i + 1)
        return cuts, begins
    cut, tail, join, sub, end = _EN_RULES or _en_rules()
    for m in _EN_MARK.finditer(sentence, start + 1):
        i = m.start()
        if shielded and any(a < i < b for a, b in shielded):
            continue
        mark = m.group(0)
        if mark == "; ":
            cuts.append(i)
            j = trim_start(sentence, False, i + 2)
            if j < len(sentence) - 4:
                begins.append(j)
        elif mark == ", ":
            after = i + 2
            if (cut is not None and cut.match(sentence, after)) or (tail is not None and tail.match(sentence, after)):
                cuts.append(i)
                s = _EN_SUBJECT_CLAUSE.match(sentence, i)
                if s and s.end() < len(sentence) - 4:
                    begins.append(s.end())
                elif (s := _EN_LINK.match(sentence, after)) and _en_metric_clause(sentence, s.end(), figures):
                    begins.append(s.end())  # ', while operating profit fell 3%'
            elif (s := _EN_LINK.match(sentence, after)) and _en_metric_clause(sentence, s.end(), figures):
                # ', and adjusted earnings per share were $1.45': a second figure with its own
                # metric (the article's subject understood, as in '，归母净利润为234亿元')
                cuts.append(i)
                begins.append(s.end())
        elif mark == " and ":
            if join is not None and join.match(sentence, i + 5):
                cuts.append(i)
            elif _en_metric_clause(sentence, i + 5, figures):  # '… to $10 billion and net profit climbed 8%'
                cuts.append(i)
                begins.append(i + 5)
        elif mark == " ":
            if end is not None and end.match(sentence, i + 1):
                # ' from $54 billion', ' in a statement': no clause of its own (but not after a
                # bare 'up' / 'down': '…, down from a previous range of' ends at the comma)
                if not sentence.endswith(_DANGLING, max(start, i - 5), i):
                    cuts.append(i)
                continue
            if sub is not None and sub.match(sentence, i + 1):
                if i - start >= 25:
                    cuts.append(i)
                # 'Her departure comes as Valdor's deliveries ... fell 18%': the clause after the
                # conjunction has its own subject and verb and may be a bullet on its own (however
                # short what comes before it).
                s = _EN_SUBORDINATE_SUBJECT.match(sentence, i + 1) or _EN_CONTRAST.match(sentence, i + 1)
                if s and s.end() < len(sentence) - 4 and (s.re is _EN_SUBORDINATE_SUBJECT
                                                          or _en_metric_clause(sentence, s.end(), figures)):
                    begins.append(s.end())
        else:  # a dash
            cuts.append(i)
    return cuts, begins


_DANGLING = (" up", " down")  # a direction adverb wants what follows it ('down from $19.5 billion')
_EN_RULES: list[re.Pattern[str] | None] = []  # the English cut, tail, join, sub and end patterns


def _en_rules() -> list[re.Pattern[str] | None]:
    table = rules()
    _EN_RULES[:] = [table.get((k, "en")) for k in ("cut", "tail", "join", "sub", "end")]
    return _EN_RULES


# A clause a span may start at when it names its own metric before its figure (below).
_EN_LINK = re.compile(r"(?:and|while|whereas|but) ")
_EN_CONTRAST = re.compile(r"(?:while|whereas) ")
_EN_METRIC_REACH = 50  # the clause's first figure within this many characters of its start


def _en_metric_clause(sentence: str, pos: int, figures: Sequence[int] | None) -> bool:
    """Whether an English clause at ``pos`` opens with a metric (data/metrics.tsv: 'net profit',
    'adjusted earnings per share', 'exports') and a verb, its first figure within
    ``_EN_METRIC_REACH`` characters: '…, while operating profit fell 3% to $1.1 billion'. The
    span then says what the figure measures; whose it is, the article's subject, as a Chinese
    clause that opens with its metric ('，归母净利润为234亿元')."""
    if pos >= len(sentence) - 4 or not _en_metric_head().match(sentence, pos):
        return False
    if figures is None:
        figures = figure_starts(sentence, False)
    k = bisect_left(figures, pos)
    return k < len(figures) and figures[k] - pos <= _EN_METRIC_REACH


@lru_cache(maxsize=1)
def _en_metric_head() -> re.Pattern[str]:
    """Up to two modifiers ('adjusted', 'first-half'), an English metric noun of
    data/metrics.tsv, then a lower-case word (its verb). Forms that are verbs or phrases around a
    verb ('delivered', 'set aside', 'valuing the company at') are no subject."""
    from citebrief.engines.ranking import _trie
    from citebrief.facts.glossary import metrics

    forms = [f for f in metrics().forms if f.isascii() and not _EN_VERBISH.search(f)]
    return re.compile(rf"(?i:(?:[a-z][a-z-]* ){{0,2}}?{_trie(forms)})\b(?= [a-z])")


_EN_VERBISH = re.compile(r"(?:ed|ing)\b|^(?:to|set|received|opened|bought)\b")


_EN_SUBJECT_CLAUSE = re.compile(r", (?:while|whereas|and|but) (?=(?:the|a|an|its|their|his|her)\b|[A-Z])")
_EN_SUBORDINATE_SUBJECT = re.compile(r"(?:as|while|whereas|after|because|although|though|even as) (?=[A-Z][a-z]|(?:the|its|their)\b)")


@lru_cache(maxsize=1)
def _zh_heads() -> re.Pattern[str]:
    """A metric (data/metrics.tsv, either script) or an index name ('深证成指涨') at a position."""
    return re.compile(rf"{_zh_metric_patterns()[0].pattern}|[\u4e00-\u9fff]{{1,6}}{_INDEX_TAIL}")


_METRIC_REACH = 20  # a clause names its metric within this many characters before its figure
_INDEX_TAIL = r"(?:指[数數]|成指|板指)(?=[涨跌收上下漲報报])"  # '深证成指涨', '恒生指数收'


@lru_cache(maxsize=1)
def _zh_metric_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a metric word, gated on its first characters; an index name's ending after a Han
    character: '指数涨')."""
    from citebrief.engines.ranking import _both_scripts, _first_chars, _trie
    from citebrief.facts.glossary import metrics
    from citebrief.text.script import HAN

    forms = _both_scripts(f for f in metrics().forms if HAN.search(f) and len(f) > 1)
    return (re.compile(rf"(?=[{_first_chars(forms)}]){_trie(forms)}"),
            re.compile(rf"(?<=[\u4e00-\u9fff]){_INDEX_TAIL}"))


def _names_metric(sentence: str, pos: int, endpos: int) -> bool:
    """Whether sentence[pos:endpos] names a metric or an index (as ``_zh_heads`` reads one). The
    index is found by its ending: a scan for '<1-6 Han characters>指数' would try every Han
    character of the clause."""
    metric, index_tail = _zh_metric_patterns()
    return metric.search(sentence, pos, endpos) is not None \
        or index_tail.search(sentence, pos + 1, endpos) is not None


def figure_names_metric(text: str, lo: int, pos: int) -> bool:
    """Whether the Chinese clause holding the figure at ``pos`` names a metric or an index before
    it (as ``_names_metric`` reads one: '…；贸易顺差为956亿美元', '拨备覆盖率为238.6%'), the clause
    starting after the last clause mark (，；：) between ``lo`` (the sentence's start) and ``pos``."""
    start = lo
    for m in _ZH_MARK.finditer(text, lo, pos):
        start = m.end()
    return _names_metric(text, start, pos)


# A Chinese clause that only introduces what follows ('…分析师吴桐认为', '央行9月15日宣布') or sets
# the scene for it ('新首相高市早苗上任后', '随着需求回暖', '为因应运力需求'): a span may not end with it.
_ZH_INTRODUCES = re.compile(r"(?:表示|[认認][为為]|指出|[称稱]|透露|[说說]|[预預][计計]|估[计計]|[预預]期|[强強][调調]|坦言|分析|[获獲]悉|"
                            r"[显顯]示|宣布|公布|公告|[发發]布|[报報][道导導]|提醒|警告|[预預]估|[认認]定|"
                            r"[后後]|[时時]|之前|以前|之[际際]|期[间間]|以[来來]|[过過]程中|方面|[来來]看|[为為]例|而言|看[来來]|"
                            r"[随隨]着|[随隨]著)$")
_ZH_SUBORDINATE = re.compile(r"(?:[随隨]着|[随隨]著|[为為]了|[为為]因[应應]|[为為]|由于|由於|因[为為]|若|如果|倘若|[虽雖]然|尽管|儘管|"
                             r"在[^，,。]{0,12}(?:下|中|上|[后後]|[时時]|之[际際]))")


# The characters those clauses can end / start with: one set look-up before each regex.
_INTRODUCES_LAST = frozenset("示为為出称稱露说說计計期调調言析悉布告道导導醒估定后後时時前际際间間来來中面看例着著")
_SUBORDINATE_FIRST = frozenset("随隨为為由因若如倘虽雖尽儘在")


def introduces(text: str, start: int = 0, end: int | None = None, clause: int | None = None) -> bool:
    """Whether the Chinese span text[start:end] ends with a clause that only introduces what it
    leaves out: a verb of saying or announcing, a time or scene ('上任后', '方面'), or a clause
    opening with a subordinator ('随着', '为', '由于'; ``clause``: where that last clause starts)."""
    end = len(text) if end is None else end
    if end > start and text[end - 1] in _INTRODUCES_LAST and _ZH_INTRODUCES.search(text, max(start, end - 4), end):
        return True
    return clause is not None and clause < end and text[clause] in _SUBORDINATE_FIRST and \
        _ZH_SUBORDINATE.match(text, clause, end) is not None


def span_text(sentence: str, start: int, end: int) -> str:
    """The span's text: sentence[start:end] without the spaces and the clause punctuation that
    may close it (a cut leaves '，' or ',' outside already; a trailing space is dropped)."""
    return sentence[start:end].rstrip(" \u3000")
