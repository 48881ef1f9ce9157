"""Which named part a figure is of where an English paragraph heads each figure with a capitalised
name: 'By division, Insulated Panels revenue rose 4.1% …, Insulation 7.9% to €1.046 billion, Roofing
9.7% …'; "CoreCivic's Safety segment … contributed $521.7 million, the Community segment $38.9 million
and the Properties segment $25.8 million".

A figure's head is the capitalised words of its clause (from the last comma, 'and', 'while' or the
sentence's start up to the figure; past a 'which …' aside that runs up to it). A claim is contradicted
only when the words it heads its figure with hold one that heads another figure of the same sentence
and not this one, and the claim has none of the words that head this one and not that one. Names the
story keeps coming back to (its companies: ArticleIndex.recurring_names), owners ("Rockwool's"), pronouns and speakers head nothing
here: whose figure it is is the binding's to compare.
"""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.binding import RESPECTIVELY, sentence_span, sentence_start
from citebrief.facts.glossary import metrics
from citebrief.facts.lexicon import stopwords
from citebrief.facts.temporal import CALENDAR_WORD
from citebrief.verify.index import ArticleIndex

_SEPARATOR = re.compile(r"[,;:]\s|\s(?:and|while|whereas|but)\s")
_ASIDE = re.compile(r",\s(?:which|who|whose)\s")
_CAPITALISED = re.compile(r"(?<![\w'’&.-])[A-Z][\w&-]*(?:['’]s\b)?")
_CALENDAR = re.compile(CALENDAR_WORD, re.IGNORECASE)
_PRONOUNS = frozenset("he she it its they we i his her their our this that these those there".split())
# A word followed by a reporting verb is who speaks ('Kon said'), a name, not a part.
# ('Banco de Mexico estimates': the name's particles too.)
_SAYS_AFTER = re.compile(r"(?:\s(?:[A-Z][\w-]*|de|del|da|do|di|du|of|van|von|der|la|le))*\s(?:said|says|expects|expected|noted|added|told|estimates|forecast|forecasts|sees|put)\b")
_WORD = re.compile(r"[A-Za-z][\w&-]*")
_AMOUNT_GLUED = re.compile(r"[A-Z]{1,3}\d[\d.,]*")  # ('RM31' of 'RM31.4 million': a currency glued to its figure)
_APPOSITIVE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_LEVELS = ("amount", "number", "figure", "percent")


def head_problems(facts: TextFacts, citations: list[int], idx: ArticleIndex, worked_out: frozenset[int] = frozenset()) -> list[str]:
    """"'7.9%' is Insulation's in [7], not Roofing's" for a claim that heads a listed figure with the
    name of another part of the list. ``worked_out``: the claim's figures (by index) it works out
    from the paragraphs' ('about 20% above its close'), whoever else a paragraph gives them to."""
    if facts.han or not facts.figures or RESPECTIVELY.search(facts.text):
        return []  # ('Confused.com and GoCompare had 21% and 20% …, respectively': a list pairs them, not heads)
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count and not idx.paragraphs[n - 1].facts.han]
    if not cited:
        return []
    story = idx.recurring_names
    for i, fig in enumerate(facts.figures):
        if fig.q.kind not in _LEVELS or i in worked_out:
            continue
        # (The claim's words about this figure: its own clause; 'Retailing brought in
        # £100 million …, and Manufacturing £160 million' does not head £100 million with Manufacturing.)
        since = max((m.end() for m in _SEPARATOR.finditer(facts.text, sentence_start(facts.text, fig.q.start), fig.q.start)),
                    default=sentence_start(facts.text, fig.q.start))
        upto = _SEPARATOR.search(facts.text, fig.q.end)
        claim_words = {w.lower() for w in _WORD.findall(facts.text, since, upto.start() if upto else len(facts.text))}
        # (Only the words the claim heads this figure with: not who says it, nor another figure's.)
        claim_head = _head(facts.text, fig.q.start, story)
        if not claim_head:
            continue
        verdicts = []
        for n in cited:
            positions = [sb.figure.q for sb in idx.bindings_matching(fig.q, [n])]
            if not positions:
                continue
            text = idx.paragraphs[n - 1].text
            heads = _paragraph_heads(idx, n, story)
            for q in positions:
                own = heads.get((q.start, q.end), set())
                # (Only the parts its own sentence lists beside it.)
                start, end = sentence_span(text, q.start, q.end)
                others = set().union(*(h for span, h in heads.items() if span != (q.start, q.end) and h != own
                                       and start <= span[0] < end))
                if not others and own and start > 0:
                    # (A list run on from the sentence before: '…, while Home Services fell 6.8%. Cashback,
                    # which includes Quidco, increased 8.7%'.)
                    before = sentence_start(text, start - 1)
                    listed = [h for span, h in heads.items() if h and h != own and before <= span[0] < start]
                    # (Only where the sentence before lists parts of its own, two or more.)
                    others = set().union(*listed) if len({frozenset(h) for h in listed}) >= 2 else set()
                mine = own - others
                hits = (claim_head & others) - own
                wrong = bool(mine) and bool(hits) and not ({w.lower() for w in mine} & claim_words)
                verdicts.append((wrong, n, mine, hits))
        if verdicts and all(v[0] for v in verdicts):
            _, n, mine, hits = verdicts[0]
            return [f"'{fig.q.text}' is {' '.join(sorted(mine))}'s in [{n}], not {' '.join(sorted(hits))}'s"]
    return []


def _paragraph_heads(idx: ArticleIndex, n: int, story: frozenset[str]) -> dict[tuple[int, int], set[str]]:
    """Each figure's head in paragraph ``n``, read once per article index."""
    if n not in idx.figure_heads:
        paragraph = idx.paragraphs[n - 1]
        idx.figure_heads[n] = {(b.figure.q.start, b.figure.q.end): _head(paragraph.text, b.figure.q.start, story)
                               for b in paragraph.bindings}
    return idx.figure_heads[n]


def _head(text: str, at: int, story: frozenset[str]) -> set[str]:
    """The capitalised words heading the figure at ``at``: its clause's, or, when a 'which …' aside
    stands between the clause's name and the figure, the clause's before the aside."""
    start = sentence_start(text, at)
    seps = [m.span() for m in _SEPARATOR.finditer(text, start, at)]
    cut = seps[-1][1] if seps else start
    words = _caps(text, cut, at, story)
    if words:
        return words
    if len(seps) >= 2 and not _WORD.search(text, cut, at) and _APPOSITIVE.match(text, seps[-2][1]):
        # ('Retailing, the Woodie's DIY chain in Ireland, £160 million': the name before the aside.)
        return _caps(text, seps[-3][1] if len(seps) >= 3 else start, seps[-2][0], story)
    aside = max((m.start() for m in _ASIDE.finditer(text, start, at)), default=None)
    # (Only an aside right before the figure: 'Smartgroup (ASX: SIQ), which has a December year-end,
    # reported revenue of …, NPATA of …, up 10.2%' gives the first figures the name, not the last.)
    if aside is None or _FIGURE.search(text, aside, at):
        return set()
    before = max((m.end() for m in _SEPARATOR.finditer(text, start, aside)), default=start)
    return _caps(text, before, aside, story)


def _caps(text: str, start: int, end: int, story: frozenset[str]) -> set[str]:
    """Capitalised words between ``start`` and ``end``: not owners ("Rockwool's"), function words,
    months or days, nor the story's recurring names."""
    stop = stopwords()
    out = set()
    for m in _CAPITALISED.finditer(text, start, end):
        w = m.group()
        if w.endswith(("'s", "’s")) or _AMOUNT_GLUED.fullmatch(w) or w.lower() in stop or w.lower() in _PRONOUNS or _CALENDAR.search(w) \
                or w in story or len(w) < 2 or _SAYS_AFTER.match(text, m.end()) or w.lower().endswith("-based") \
                or _in_brackets(text, start, m.start()) or metrics().find(w.lower()):
            continue
        out.add(w)
    return out


def _in_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside brackets opened after ``start`` ('(ASX: SIQ)': a ticker, no part)."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and text.find(")", opened, at) < 0


__all__ = ["head_problems"]
