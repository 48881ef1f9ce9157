"""A change in percentage points that a paragraph tells only as two levels: 'widened by 130 basis
points to 11.4%' where the paragraph says 'widened to 11.4% from 10.1%', 'fell 20 basis points to
17.0%' where it says '17.0% at the end of September, compared with 17.2% at the end of June'.

Two percentages of one sentence make such a pair when a comparison word stands right before the
second (from, compared with, than, versus, 较, 比): the second is the earlier level, the first the
new one; or when 'from'/由 stands before the first and 'to'/至 before the second ('由1.4%下调至1.3%'). A claim's percentage-point change is found in the paragraph when it is their difference
(to the digits the claim shows), and goes the same way when the new level is the higher one for a
rise (the lower for a fall).
"""
from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from citebrief.facts.atoms import Figure, better_when_lower
from citebrief.facts.binding import BARE_RANGE, PREMIUM_WORDS, SUMMED, TIME_RATES
from citebrief.facts.glossary import metrics
from citebrief.facts.quantities import Quantity, compatible, matches, same_value, word_counts
from citebrief.facts.temporal import months_of
from citebrief.verify.limits import LIMIT_MOVE
from citebrief.verify.multiples import earnings_multiple_paragraphs, multiple_paragraphs
from citebrief.verify.parts import written_as_share
from citebrief.verify.targets import PREVIOUS_TARGET_BASE, target_move_paragraphs

_POINT_KINDS = ("pp", "bp", "points")
_COMPARED_BEFORE = re.compile(r"(?:\bfrom|\bcompared with|\bcompared to|\bthan|\bversus|\bvs\.?|较|比|相比)"
                              r"[^;；。!?\d]{0,40}$", re.IGNORECASE)
# A bound written right before a figure, no comparison: 'to more than 30%', 'less than 5%'.
_BOUND_END = re.compile(r"\b(?:more|less|fewer)\sthan\s$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:(?:由|从|從)(?:[^\d，,。；;：:]{1,10}的)?|\bfrom )\s?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^[^;；。!?\d]{0,12}?(?:至|到|\bto\b)\s?(?:more than |over |at least |about |around )?$", re.IGNORECASE)
# ('rose to 1.62% on Nov. 12 from 1.95%': an abbreviation's full stop ends no sentence.)
_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Co|Corp|Inc|Ltd|No)\.")
_SENTENCE_BREAK = re.compile(r"[;；。!?！？]|\.\s")
# A change's base, then the next change: 'rose 7.9% from a year earlier and 4.5% from the second quarter'.
_BASE_THEN_ANOTHER = re.compile(r"^\s(?:from|than|compared with|versus)\s(?:a\syear\s(?:earlier|ago|before)|last\syear|"
                                r"the\s(?:previous|prior|preceding|first|second|third|fourth|same)\s(?:quarter|half|period|month|year)"
                                r"(?:\sa\syear\searlier)?|the\sprevious\s(?:three|six)\smonths)\s(?:and|but)\s$", re.IGNORECASE)
# The second earlier level of one comparison: '... from 3.41% in the second quarter and 3.62% a year earlier'.
_AND_THEN = re.compile(r"^[^;；。!?\d]{0,32}?(?:\band|和|及|、)\s?$")


def level_pairs(facts, percent_only: bool = True) -> list[tuple[Figure, Figure]]:
    """(new level, earlier level) of each pair of percentages a text compares: 'to 11.4% from 10.1%',
    '由1.4%下调至1.3%'; with ``percent_only`` False, of levels of any one kind and unit too ('rose to
    A$79 a tonne from A$71')."""
    text = facts.text
    kinds = ("percent",) if percent_only else ("percent", *_LEVEL_KINDS)
    levels = [f for f in facts.figures if f.q.kind in kinds]
    out: list[tuple[Figure, Figure]] = []
    for k, (first, second) in enumerate(zip(levels, levels[1:])):
        between = text[first.q.end:second.q.start]
        if _SENTENCE_BREAK.search(_ABBREVIATION.sub("", between)) or not compatible(first.q, second.q):
            continue
        if first.q.kind != second.q.kind and len(between) > 24:
            continue  # ('fall to 1.62 million ounces in 2065 and warned that a rand stronger than R16.50': two things)
        if _COMPARED_BEFORE.search(_BOUND_END.sub("", between)) and not _BASE_THEN_ANOTHER.search(between):
            out.append((first, second))
            # 'narrowed to 3.28% from 3.41% in the second quarter and 3.62% a year earlier'
            third = levels[k + 2] if k + 2 < len(levels) else None
            if third is not None and _AND_THEN.search(text[second.q.end:third.q.start]):
                out.append((first, third))
        elif _FROM_BEFORE.search(text, max(0, first.q.start - 14), first.q.start) and _TO_BETWEEN.search(between):
            out.append((second, first))  # '由1.4%下调至1.3%', 'from 1.4% to 1.3%', '由去年同期的22%降至18%'
    return out


# A level a move reaches: 'rose to 1.62% from 1.95%' (not 'rose 8.2% from September and 12.6% ...').
_TO_BEFORE = re.compile(r"(?:\bto|至|到)\s?(?:about |around |nearly |almost |a record )?$", re.IGNORECASE)


def reversed_levels(facts, citations: list[int], idx) -> list[str]:
    """A claim's move between two levels that a cited paragraph tells the other way round: 'raised to
    1.4% from 1.3%' where the paragraph says 由1.4%下调至1.3%; or that contradicts itself: 'rose to
    1.62% from 1.95%'."""
    out: list[str] = []
    judged = _JUDGED.search(facts.text)
    for new, old in level_pairs(facts, percent_only=False):
        if old.direction is not None:
            continue  # '18.9% higher than a year earlier but 6.8% lower': two changes, not two levels
        if judged is not None and new.q.kind == "percent" and new.q.value != old.q.value and \
                judged.end() <= new.q.start and better_when_lower(facts.text[:judged.start()]):
            # ('its combined ratio worsened to 94.7% from 97.2%': lower is better, so worse is higher.)
            worse = judged.group(1).lower() != "improved"
            if worse != (new.q.value > old.q.value):
                out.append(f"'{judged.group(1)} to {new.q.text} from {old.q.text}' contradicts itself: for this "
                           f"ratio lower is better, and {new.q.text} is {'below' if new.q.value < old.q.value else 'above'} "
                           f"{old.q.text}")
                continue
        if new.direction is not None and new.q.value != old.q.value and \
                (new.direction_word or "").lower() not in _JUDGED_WORDS and \
                _TO_BEFORE.search(facts.text, max(0, new.q.start - 24), new.q.start) and \
                (new.direction == "up") != (new.q.value > old.q.value) and \
                (new.q.kind == "percent" or ((new.direction_word or "").lower() in _SIZE_VERBS and
                                             not _LOSS_BEFORE.search(facts.text, max(0, new.q.start - 60), new.q.start))):
            # (Levels of any kind moved by a verb of size: 'shrank to £11.8 billion from £11.1 billion'; not a
            # loss's, told as it shrinks or grows either way, nor a currency's, 'strengthened to 4.18 per dollar'.)
            out.append(f"'{new.direction_word} to {new.q.text} from {old.q.text}' contradicts itself: "
                       f"{new.q.text} is {'below' if new.q.value < old.q.value else 'above'} {old.q.text}")
            continue
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            for s_new, s_old in level_pairs(idx.paragraphs[n - 1].facts, percent_only=False):
                if s_old.direction is None and matches(new.q, s_old.q) and matches(old.q, s_new.q) \
                        and not matches(new.q, s_new.q):
                    out.append(f"'{old.q.text} to {new.q.text}' goes the other way in [{n}]: from "
                               f"{s_old.q.text} to {s_new.q.text}")
    return out


_JUDGED = re.compile(r"\b(improved|worsened|deteriorated)\b", re.IGNORECASE)
_SIZE_VERBS = frozenset("""rose grew increased climbed jumped surged expanded fell shrank decreased declined dropped slipped
slid plunged contracted""".split())
_LOSS_BEFORE = re.compile(r"\b(?:loss|losses|deficit|outflows?|debt|shortfall)\b|亏损|赤字", re.IGNORECASE)
# ('system loss improved to 5.21% from 5.38%': better or worse, which way only the measure tells.)
_JUDGED_WORDS = frozenset({"improved", "worsened", "deteriorated"})
# ('widened to 8.4 billion won', 'grew …, reaching S$17.42 billion'): a move told by the level it reached.
_REACHING_BEFORE = re.compile(r"(?:\bto|\breaching|\breached|\bhitting|至|到)\s?(?:about |around |nearly |almost |some )?"
                              r"(?:[$¥€£₩₹]|[a-z]{1,3}\$|rs\.?\s?|rp\s?)?$", re.IGNORECASE)


def one_level_moves(facts, citations: list[int], idx) -> list[str]:
    """A claim's move told by the level it reached ('its net loss widened to 8.4 billion won') where
    every cited paragraph that compares that level with an earlier one has it go the other way
    ('a net loss of 8.4 billion won, narrower than the 21.7 billion won loss a year earlier')."""
    out: list[str] = []
    paired = {id(f) for pair in level_pairs(facts, percent_only=False) for f in pair}
    for fig in facts.figures:
        if fig.direction is None or id(fig) in paired or \
                not _REACHING_BEFORE.search(facts.text, max(0, fig.q.start - 40), fig.q.start):
            continue
        ways = []
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            for s_new, s_old in level_pairs(idx.paragraphs[n - 1].facts, percent_only=False):
                if s_old.direction is None and matches(fig.q, s_new.q) and s_new.q.value != s_old.q.value:
                    ways.append((n, s_new, s_old, (s_new.q.value > s_old.q.value) == (fig.direction == "up")))
        if ways and not any(agrees for *_, agrees in ways):
            n, s_new, s_old, _ = ways[0]
            out.append(f"'{fig.direction_word} to {fig.q.text}' goes the other way in [{n}]: {s_new.q.text} against "
                       f"{s_old.q.text} before")
    return out


def difference_paragraphs(fig: Figure, citations: list[int], idx, claim_base: str | None = None
                          ) -> tuple[list[int], list[int]]:
    """Cited paragraphs whose two compared levels differ by the claim's point change ``fig``; and
    those of them where the change goes the claim's way. A claim that measures the change from a
    year earlier (``claim_base``, its binding's) needs the earlier level to be a year earlier, and
    one measured from a nearer time needs it not to be."""
    if fig.q.kind not in _POINT_KINDS:
        return [], []
    found: list[int] = []
    same_way: list[int] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        for new, old in level_pairs(paragraph.facts):
            earlier = next((b for b in paragraph.bindings if b.figure.q.start == old.q.start), None)
            source_yoy = earlier is not None and earlier.period == "Y-1"
            # ('widened to 33.4% from 31.9%': an earlier level of no stated time may be either.)
            if claim_base and (earlier is None or earlier.period is not None) and (claim_base == "yoy") != source_yoy:
                continue  # 'from a year earlier' against 'compared with 17.2% at the end of June'

            # ('improved to minus 1.8% of GOV from minus 3.9%': a level written negative.)
            new_value, old_value = (_signed(f.q.value, paragraph.lower, f.q.start) for f in (new, old))
            diff = abs(new_value - old_value)
            told = Quantity(diff, "pp", "pp", min(new.q.precision, old.q.precision), "", 0, 0)
            claimed = Quantity(fig.q.value, "pp", "pp", fig.q.precision, fig.q.text, 0, 0, fig.q.approx)
            if diff and same_value(claimed, told):
                found.append(n)
                way = "up" if new_value > old_value else "down"
                if fig.direction in (None, way):
                    same_way.append(n)
                break
    return found, same_way


_NEGATIVE_BEFORE = re.compile(r"(?:\bminus|\bnegative)\s$|负$|(?:^|\s)[-−]$")


def _signed(value: float, low: str, start: int) -> float:
    """A level's value with the sign its text writes before it ('minus 1.8%', '负1.8%', '-1.8%')."""
    return -value if _NEGATIVE_BEFORE.search(low, max(0, start - 9), start) else value


_LEVEL_KINDS = ("amount", "number", "figure")
# A claim says how it got a figure it derives: what is left to reach a target, a gap, a lead.
_DERIVED_WORDS = re.compile(r"\b(?:would require|requires?|needs?|implies|implied|imply|implying|remaining|the rest|"
                            r"below|above|short of|ahead of|behind|more than|less than|higher than|lower than|"
                            r"outperform\w*|underperform\w*|beat|trail\w*|gap|difference|combined|together|in all|"
                            r"altogether|between them|left|works? out|worked out|taking out|takes? out|"
                            r"stripping out|strip out|subtracting|deducting|minus|leaves?|leaving|would have been|"
                            r"excluding|net of|totall?ed|totall?ing|exceed(?:s|ed)?|topped|outside|other than|"
                            r"apart from|aside from|besides)\b", re.IGNORECASE)
# A gap in points between two rates ('24.6% was 16.2 percentage points faster than Paycom's 8.4%'): worked out
# only for the points, not for a rate the claim names beside them ('slower than September's 6.5%').
_PACE_GAP = re.compile(r"\b(?:faster|slower|quicker)\sthan\b|\boutpac\w*", re.IGNORECASE)
# A rate's change from the period before, in points: '增速较9月回落0.9个百分点', 'growth slowed by 0.9
# percentage point from September'. A slowing or narrowing word puts the earlier rate above this one.
_RATE_MOVED = re.compile(r"(?:增速|增幅|涨幅|跌幅|降幅|growth|pace|decline|drop)[^。；;.]{0,24}?"
                         r"(?P<word>回落|放缓|收窄|下降|加快|回升|提高|扩大|slowed|eased|narrowed|accelerated|"
                         r"quickened|picked up|widened|deepened)[^。；;.\d]{0,6}$", re.IGNORECASE)
_SLOWER = frozenset({"回落", "放缓", "收窄", "下降", "slowed", "eased", "narrowed"})
_GAP_WORDS = re.compile(r"跑赢|跑输|\boutperform\w*|\bunderperform\w*|\blagg(?:ed|ing)\b|\btrail(?:ed|ing)\b")
# A claim that gives a percentage as a share of a whole ('accounted for about 72% of revenue').
_SHARE_WORDS = re.compile(r"\b(?:accounted for|accounting for|accounts? for|made up|makes? up|making up|share|"
                          r"proportion)\b|(?:%|percent|per cent) of\b", re.IGNORECASE)
# A level the claim works out from another and its change ('September's revenue works out at about 17.6
# billion' from October's and its 月增).
# (Also read by verify.attribution: a worked-out figure's period is its own, not its inputs'.)
_WORKS_OUT_WORDS = r"works? out|worked out|implies|implied|imply|implying"
WORKED_OUT = re.compile(rf"\b(?:{_WORKS_OUT_WORDS}|given|based on)\b", re.IGNORECASE)
# A claim that says it works a figure out itself ('implies', 'works out at', 'annualising'); not a
# market's own reading ('futures implied a 38% chance').
SAYS_WORKED_OUT = re.compile(rf"(?<!futures )(?<!pricing )(?<!markets )(?<!swaps )\b(?:{_WORKS_OUT_WORDS}|annualising|annualizing)\b",
                             re.IGNORECASE)


def derived_paragraphs(fig: Figure, claim_text: str, citations: list[int], idx,
                       claim_figures: list[Figure] | None = None, binding=None, claim_bindings=None,
                       found_also: dict[int, list[int]] | None = None) -> list[int]:
    """Cited paragraphs whose two figures add up to, or differ by, a figure the claim derives and
    says it derives ('would require about 29.36 billion yuan in the fourth quarter' from a 123
    billion yuan target and 93.64 billion so far; 'outperformed the index by 0.6 percentage point'
    from a 1.2% and a 0.6% gain; 'together 3.4 million'): the sum or difference must round to the
    claim's figure at the digits it shows, of two figures of one kind and unit. ``binding``: the
    figure's binding; ``claim_bindings``: all the claim's, whose denominators tell a month's level from a
    year's; ``found_also``: paragraphs found for claim figures (by their place in ``claim_figures``) that
    the index's lookup misses ('0.15 yuan a share' for 每10股派1.50元)."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    claimed = idx.story_quantity(fig.q)
    if fig.q.kind == "percent" and claim_figures:
        shared = _share_of_claimed(claimed, claim_figures, cited, idx, found_also or {})
        if shared:
            return shared
    if fig.q.kind == "percent" and _SHARE_WORDS.search(claim_text):
        whole_terms = metrics().find(claim_text[fig.q.end:].lower())
        shared = _share_in_paragraphs(claimed, whole_terms[0].ids if whole_terms else None, cited, idx)
        if not shared and claimed.approx and _TOGETHER.search(claim_text):
            shared = _joint_share(claimed, cited, idx)
        if shared:
            return shared
    if fig.q.kind == "percent" and not _DERIVED_WORDS.search(claim_text):
        # An index's move a paragraph gives only through another's and the gap between them
        # ('光伏指数上涨2.48%，跑赢沪深300指数1.87个百分点': the CSI 300 rose about 0.61%).
        return _percent_moved(claimed, [n for n in cited if _GAP_WORDS.search(idx.paragraphs[n - 1].lower)], idx,
                              fig.direction)
    if fig.q.kind in _LEVEL_KINDS and claim_figures and (year_of := _RATE_A_YEAR.search(claim_text)) is not None and \
            (times := next((k for rate, k in _RATE_TIMES if rate.search(claim_text)), None)) is not None:
        # ('a monthly dividend of R$0.07 a share adds up to R$0.84 a share a year': twelve months of the claim's own rate.)
        for other in claim_figures:
            if other is fig or other.q.end > year_of.start() or not compatible(claimed, other.q):
                continue
            rate = idx.story_quantity(other.q)
            if same_value(claimed, replace(rate, value=rate.value * times)):
                there = [n for n in idx.figure_paragraphs(other)[0] if n in cited]
                if there:
                    return there
    if fig.q.kind in _LEVEL_KINDS and _MIDPOINT.search(claim_text):
        # ('The midpoint of Steadfast's guidance, A$452.5 million' of 'A$445 million to A$460 million'.)
        for n in cited:
            levels = [(n, b, idx.story_quantity(b.figure.q)) for b in idx.paragraphs[n - 1].bindings
                      if b.figure.q.kind in _LEVEL_KINDS and b.figure.q.value > 0]
            if any(compatible(claimed, mid) and same_value(claimed, mid) for _, _, mid in _range_midpoints(levels, idx)):
                return [n]
    if fig.q.unit == "x":
        # ('market value was about 26 times its attributable profit': one named level over the other.)
        divided = multiple_paragraphs(fig, claim_text, citations, idx) or \
            earnings_multiple_paragraphs(fig, claim_text, claim_bindings, citations, idx)
        if divided:
            return divided
    if fig.q.kind in _LEVEL_KINDS and claim_figures:
        # 'operating profit of $74 million was 2.2 times the year-earlier figure of about $34 million':
        # one level over the multiple the claim names.
        multiples = [f.q.value for f in claim_figures if f.q.unit == "x" and f.q.value > 0]
        for n in cited if multiples else []:
            for f in idx.paragraphs[n - 1].facts.figures:
                level = idx.story_quantity(f.q)
                if level.kind in _LEVEL_KINDS and compatible(claimed, level) and any(
                        same_value(claimed, Quantity(v, claimed.kind, claimed.unit, claimed.precision, "", 0, 0))
                        for m in multiples for v in (level.value / m, level.value * m)):
                    return [n]
    if fig.q.kind in _LEVEL_KINDS and fig.q.approx and claim_figures and (WORKED_OUT.search(claim_text) or _OR_ABOUT.search(claim_text)):
        # 'an operating margin of 17.9% … implies an operating profit of about HK$8.28 billion': the
        # claim's percentage of a level of the cited paragraphs.
        of_level = _percent_of_level(claimed, [(None, f.q) for f in claim_figures if f.q.kind == "percent"], cited, idx)
        if of_level:
            return of_level
    if fig.q.kind in _LEVEL_KINDS and fig.q.approx and _PART_OF_AFTER.match(claim_text, fig.q.end):
        # 'About 2.5 million of Duolingo's paid subscribers were on the Max tier' where [3] says Max
        # accounts for 14% of paid subscribers and [2] gives 17.6 million of them.
        shares = [(n, idx.story_quantity(f.q)) for n in cited for f in idx.paragraphs[n - 1].facts.figures
                  if written_as_share(f, idx.paragraphs[n - 1].facts.text)]
        shared = _percent_of_level(claimed, shares, cited, idx)
        if shared:
            return shared
    if fig.q.kind in _LEVEL_KINDS:
        rest = _remainder_amount(claimed, cited, idx)
        if rest:
            return rest
    if fig.q.kind in _LEVEL_KINDS and claim_bindings and binding is not None and binding.denominator == "year" and \
            _EQUIVALENT_BEFORE.search(claim_text, max(0, fig.q.start - 24), fig.q.start):
        # ('raised to 1,200 tonnes a month, equivalent to 14,400 tonnes a year': a month's level times twelve,
        # a quarter's times four, as the claim says it works it out.)
        for other in claim_bindings:
            times = _PER_YEAR.get(other.denominator or "")
            level = idx.story_quantity(other.figure.q)
            if times and other.figure is not fig and compatible(claimed, level) and same_value(
                    claimed, Quantity(level.value * times, claimed.kind, claimed.unit, claimed.precision, "", 0, 0)):
                return [n for n in cited if any(same_value(level, idx.story_quantity(f.q)) for f in idx.paragraphs[n - 1].facts.figures)]
    if not _DERIVED_WORDS.search(claim_text) and not (fig.q.kind in ("pp", "points") and _PACE_GAP.search(claim_text)):
        return []
    if fig.q.kind == "percent":
        if SUMMED.search(claim_text):
            summed = _percent_sum(claimed, cited, idx)
            if summed:
                return summed
        return _percent_moved(claimed, cited, idx, fig.direction)
    if fig.q.kind in _LEVEL_KINDS and WORKED_OUT.search(claim_text):
        before = level_before_change(claimed, cited, idx)
        if before:
            return before
    points = fig.q.kind in ("pp", "points")
    if not points and fig.q.kind not in _LEVEL_KINDS:
        return []
    pool = [(n, idx.story_quantity(f.q)) for n in cited for f in idx.paragraphs[n - 1].facts.figures
            if (f.q.kind == "percent" if points else f.q.kind in _LEVEL_KINDS)]
    for i, (n, a) in enumerate(pool):
        for m, b in pool[i + 1:]:
            if not points and not (compatible(claimed, a) and compatible(claimed, b) and compatible(a, b)):
                continue
            precision = max(a.precision, b.precision)
            for value in (abs(a.value - b.value), a.value + b.value):
                told = Quantity(value, claimed.kind, claimed.unit, precision, "", 0, 0)
                if value and same_value(claimed, told):
                    return sorted({n, m})
    if points:
        return []
    return _three_terms(claimed, [(n, q) for n, q in pool if compatible(claimed, q)]) or \
        _one_per_paragraph(claimed, binding.metric if binding is not None and binding.metric_sure else None, cited, idx)


def _percent_sum(claimed: Quantity, cited: list[int], idx) -> list[int]:
    """A cited paragraph's two or three shares (no changes), written one after another, that add up to
    the claim's ('its three largest customers together accounted for 72%' from 31%, 24% and 17%)."""
    for n in cited:
        shares = [idx.story_quantity(f.q) for f in idx.paragraphs[n - 1].facts.figures
                  if f.q.kind == "percent" and f.direction is None]
        for k in (2, 3):  # (shares written one after another: a list's, not any two of the paragraph)
            for i in range(len(shares) - k + 1):
                parts = shares[i:i + k]
                told = Quantity(sum(p.value for p in parts), "percent", "%", max(p.precision for p in parts), "", 0, 0)
                if same_value(claimed, told):
                    return [n]
    return []


def _one_per_paragraph(claimed: Quantity, metric: frozenset[str] | None, cited: list[int], idx) -> list[int]:
    """A total the claim adds up from one figure of each cited paragraph ('the four banks' loans
    totalled about 5,186 trillion rupiah' from four banks' paragraphs), each of the claim's metric."""
    if len(cited) < 3 or metric is None:
        return []
    g = metrics()
    choices = []
    for n in cited:
        own = [idx.story_quantity(b.figure.q) for b in idx.paragraphs[n - 1].bindings
               if b.metric and g.related(b.metric, metric) and b.figure.direction is None
               and compatible(claimed, idx.story_quantity(b.figure.q))]
        if not own:
            return []
        choices.append(own)
    if math.prod(len(c) for c in choices) > 4096:
        return []
    precision = max(q.precision for c in choices for q in c)
    for combo in itertools.product(*choices):
        if same_value(claimed, Quantity(sum(q.value for q in combo), claimed.kind, claimed.unit, precision, "", 0, 0)):
            return list(cited)
    return []


def _three_terms(claimed: Quantity, pool: list[tuple[int, Quantity]]) -> list[int]:
    """Three to five levels that add up to the claim's figure, or one less the others ('together
    about $439 million' of three resorts; four segments' total; a first quarter as the nine months
    less the second and third; 'outside' two segments, the revenue less both)."""
    if len(pool) > 14:
        return []  # (a paragraph of many figures would make almost any sum)
    for size in (3, 4, 5):
        for combo in itertools.combinations(pool, size):
            values = [q.value for _, q in combo]
            top, total = max(values), sum(values)
            precision = max(q.precision for _, q in combo)
            for value in (total, 2 * top - total):
                told = Quantity(value, claimed.kind, claimed.unit, precision, "", 0, 0)
                if value > 0 and same_value(claimed, told):
                    return sorted({n for n, _ in combo})
    return []


# A paragraph that says what is left of a whole it parts in shares: '其余来自东南亚', 'the rest'.
_REMAINDER = re.compile(r"其余|其他|剩余|余下|\bthe rest\b|\bremainder\b|\bremaining\b|\bothers?\b")


def _rate_before(claimed: Quantity, binding, cited: list[int], idx) -> list[int]:
    """A paragraph giving a rate and how many points it moved from the period before ('同比增长3.8%，
    增速较9月回落0.9个百分点'): the claim's rate of another period than this one is the earlier rate
    (4.7%; 2.5% where '降幅较上月扩大0.2个百分点' after a 2.7% fall)."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        bindings = paragraph.bindings
        for k, gap in enumerate(bindings):
            if gap.figure.q.kind != "pp" or k == 0:
                continue
            moved = _RATE_MOVED.search(paragraph.lower, max(0, gap.figure.q.start - 40), gap.figure.q.start)
            rate = bindings[k - 1]
            if moved is None or rate.figure.q.kind != "percent":
                continue
            if binding is not None and binding.period and binding.period == rate.period:
                continue  # the claim's rate is of this period: the earlier one is not it
            a, d = idx.story_quantity(rate.figure.q), idx.story_quantity(gap.figure.q)
            value = a.value + d.value if moved.group("word").lower() in _SLOWER else a.value - d.value
            told = Quantity(value, "percent", "%", max(a.precision, d.precision), "", 0, 0)
            if value > 0 and same_value(claimed, told):
                return [n]
    return []


def _remainder_share(claimed: Quantity, claim_whole: frozenset[str] | None, cited: list[int], idx) -> list[int]:
    """A paragraph that parts a whole in shares and names the rest ('中国与台湾市场营收占比分别为38%
    和52%，其余来自东南亚'): the claim's share is 100% less one to three of the paragraph's, shares of
    no other metric than the claim's whole ('of its profit' against 营收占比)."""
    g = metrics()
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        if not _REMAINDER.search(paragraph.lower):
            continue
        shares = [idx.story_quantity(b.figure.q) for b in paragraph.bindings
                  if b.figure.q.kind == "percent" and b.figure.direction is None and 0 < b.figure.q.value < 100
                  and not (claim_whole and (whole := b.whole[0] if b.whole else b.metric) and g.rivals(claim_whole, whole))]
        if len(shares) <= 10 and _whole_less_parts(claimed, 100, None, shares):
            return [n]
    return []


_FULL_STOP = re.compile(r"[。！？!?]|\.\s")


def _full_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, by full stops only (a Chinese sentence's ； parts are one)."""
    return max((m.end() for m in _FULL_STOP.finditer(text, 0, pos)), default=0)


def _remainder_amount(claimed: Quantity, cited: list[int], idx) -> list[int]:
    """A paragraph that parts a total in amounts and names the rest ('出口值为1.86亿美元；其中电动轮椅
    1.02亿美元，手动轮椅0.61亿美元，其余为零组件'): the claim's amount is the largest amount of the
    remainder's sentence less one to three of the others there, to the digits the claim shows."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        for rest in _REMAINDER.finditer(paragraph.lower):
            # (The amounts of the remainder's own sentence, before it: not 'accounting for the rest of the
            # sales growth' after a sentence of other amounts.)
            start = _full_sentence_start(paragraph.lower, rest.start())
            levels = [idx.story_quantity(f.q) for f in paragraph.facts.figures
                      if start <= f.q.start < rest.start() and f.q.kind in _LEVEL_KINDS and f.direction is None
                      and compatible(claimed, idx.story_quantity(f.q))]
            if not 3 <= len(levels) <= 10:
                continue
            total = max(levels, key=lambda q: q.value)
            if _whole_less_parts(claimed, total.value, total, [q for q in levels if q is not total]):
                return [n]
    return []


def _whole_less_parts(claimed: Quantity, whole: float, written: Quantity | None, parts: list[Quantity]) -> bool:
    """Whether ``whole`` (100 for shares, or the ``written`` total) less one to three of ``parts`` is the
    claim's figure, to the digits the claim and those figures show."""
    for size in (1, 2, 3):
        for combo in itertools.combinations(parts, size):
            value = whole - sum(q.value for q in combo)
            precision = max(q.precision for q in (*combo, *([written] if written else [])))
            if value > 0 and same_value(claimed, Quantity(value, claimed.kind, claimed.unit, precision, "", 0, 0)):
                return True
    return False


def _share_of_claimed(claimed: Quantity, claim_figures: list[Figure], cited: list[int], idx,
                      found_also: dict[int, list[int]]) -> list[int]:
    """Paragraphs giving two levels the claim itself names whose ratio is the claim's percentage
    ('1.63 trillion won … made up about 44% of … 3.71 trillion won'); the two may be in different
    cited paragraphs."""
    levels = [(k, idx.story_quantity(f.q)) for k, f in enumerate(claim_figures) if f.q.kind in _LEVEL_KINDS]
    for i, a in enumerate(levels):
        for b in levels[i + 1:]:
            part, whole = sorted((a, b), key=lambda it: it[1].value)
            if not whole[1].value or not part[1].value or not compatible(part[1], whole[1]):
                continue
            if not same_value(claimed, Quantity(100 * part[1].value / whole[1].value, "percent", "%", claimed.precision, "", 0, 0)):
                continue
            holding = [[n for n in cited if n in idx.figure_paragraphs(claim_figures[k])[0] or n in found_also.get(k, ())]
                       for k, _ in (part, whole)]
            if all(holding):
                return sorted(set(holding[0]) | set(holding[1]))
    return []


# A claim that says how far one of its levels is above or below another.
_PREMIUM_WORDS = re.compile(rf"\b(?:{PREMIUM_WORDS})\b", re.IGNORECASE)


# '52.8% of the market, or about 170 billion yuan': a share told again as the amount it comes to.
# A level a claim gives for a year, worked out from one of a shorter period ('equivalent to 14,400 tonnes a year').
_EQUIVALENT_BEFORE = re.compile(r"\b(?:equivalent to|equal to|or)\s(?:about\s|around\s|some\s|roughly\s)?\S*$", re.IGNORECASE)
_PER_YEAR = {"month": 12, "quarter": 4, "week": 52}  # (a denominator's periods in a year)
_OR_ABOUT = re.compile(r"\bor (?:about|roughly|around|some|nearly|almost)\b", re.IGNORECASE)


# A part told as so much of a whole, right after its figure: 'about 31,000 tonnes of XLX's … sales',
# 'about 3,600 of the UK's 5,942 practices'.
_PART_OF_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,2}?of\s")


def _percent_of_level(claimed: Quantity, percents: Sequence[tuple[int | None, Quantity]], cited: list[int], idx) -> list[int]:
    """A cited paragraph's level whose share (one of ``percents``: the claim's own, paragraph None, or a
    paragraph's share) is the claim's level, at the digits the claim shows; with the share's paragraph."""
    for n in cited:
        for f in idx.paragraphs[n - 1].facts.figures:
            level = idx.story_quantity(f.q)
            if level.kind not in _LEVEL_KINDS or not level.value or not compatible(claimed, level):
                continue
            for m, p in percents:
                told = Quantity(level.value * p.value / 100, claimed.kind, claimed.unit, claimed.precision, "", 0, 0)
                if same_value(claimed, told):
                    return sorted({n} | ({m} if m is not None else set()))
    return []


def _premium(claimed: Quantity, levels: list[Quantity], claim_text: str, cited: list[int], idx) -> list[int]:
    """How far one level of the claim is above (or below) another level of the cited paragraphs,
    which the claim may or may not write out ('a ₹1,720 target, about 16% above the ₹1,486.3
    close'; '… about 13% above the Nov. 5 close'): arithmetic, worked out by the reader."""
    if not _PREMIUM_WORDS.search(claim_text) or PREVIOUS_TARGET_BASE.search(claim_text):
        return []  # (above the previous target: verify/targets.py holds it to that target alone)
    if not any(q.kind in _LEVEL_KINDS for q in levels):
        # 'Xu's new target is about 21% above Mindray's close': the paragraphs' target price.
        levels = [idx.story_quantity(b.figure.q) for n in cited for b in idx.paragraphs[n - 1].bindings
                  if b.metric and "target_price" in b.metric]  # (unsure too: '将冰轮环境目标价由17.50元上调至19.80元')
    for level in levels:
        if level.kind in _LEVEL_KINDS:
            over = _premium_over_cited(claimed, level, claim_text, cited, idx)
            if over:
                return over
    return []


def _premium_over_cited(claimed: Quantity, level: Quantity, claim_text: str, cited: list[int], idx) -> list[int]:
    """How far the claim's one level is above (or below) a level of the cited paragraphs it does not
    write out: 'a ₹2,950 target, about 13% above the Nov. 5 close' where [9] gives the close
    (₹2,618.40). The claim's level must be in a cited paragraph, and the way (above, below) hold."""
    held = [n for n in cited if any(matches(level, idx.story_quantity(f.q)) for f in idx.paragraphs[n - 1].facts.figures)]
    if not held or not level.value:
        return []
    above = not _BELOW_WORDS.search(claim_text)
    for n in cited:
        for f in idx.paragraphs[n - 1].facts.figures:
            other = idx.story_quantity(f.q)
            if f.q.kind not in _LEVEL_KINDS or not other.value or other.value == level.value or \
                    not compatible(level, other) or (level.value > other.value) != above:
                continue
            value = 100 * abs(level.value / other.value - 1)
            if same_value(claimed, Quantity(value, "percent", "%", claimed.precision, "", 0, 0)):
                return sorted(set(held) | {n})
    return []


_BELOW_WORDS = re.compile(r"\b(?:below|downside|discount|lower than|short of)\b", re.IGNORECASE)


def _share_in_paragraphs(claimed: Quantity, claim_metric: frozenset[str] | None, cited: list[int], idx) -> list[int]:
    """A paragraph with two levels of one kind and unit whose ratio is the claim's share ('modules
    made up about 72% of revenue' from 438.20亿元 of 612.48亿元), the whole not of another metric
    than the one the claim names ('of operating revenue' against a whole that is operating profit)."""
    for n in cited:
        levels = [(idx.story_quantity(b.figure.q), b.metric if b.metric_sure else None)
                  for b in idx.paragraphs[n - 1].bindings if b.figure.q.kind in _LEVEL_KINDS]
        for i, a in enumerate(levels):
            for b in levels[i + 1:]:
                (part, _), (whole, whole_metric) = sorted((a, b), key=lambda lv: lv[0].value)
                if not whole.value or part.value <= 0 or not compatible(part, whole):
                    continue
                if claim_metric and whole_metric and metrics().rivals(claim_metric, whole_metric):
                    continue
                told = Quantity(100 * part.value / whole.value, "percent", "%", claimed.precision, "", 0, 0)
                if same_value(claimed, told):
                    return [n]
        # (Only a share the claim says is rough, of a measure it names: 'about 44% of AZZ's sales'; an exact
        # '39.7% of revenue from operations' is a figure the paragraph should give.)
        if claim_metric and claimed.approx and _share_of_listed_sum(claimed, claim_metric, idx.paragraphs[n - 1], idx):
            return [n]
    return _share_across_paragraphs(claimed, claim_metric, cited, idx) if claimed.approx and len(cited) >= 2 else []


_TOGETHER = re.compile(r"\b(?:together|combined|between them|jointly)\b", re.IGNORECASE)


def _joint_share(claimed: Quantity, cited: list[int], idx) -> list[int]:
    """A paragraph one of whose sentences lists amounts whose sum is the claim's rough share of a larger
    amount it gives ('the three product lines together accounted for about 79%' of the market: 19.3亿,
    11.8亿 and 7.2亿 of 48.6亿)."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        amounts = [(b.figure.q.start, idx.story_quantity(b.figure.q)) for b in paragraph.bindings
                   if b.figure.q.kind == "amount" and b.figure.q.value > 0 and not b.compared]
        by_sentence: dict[int, list[Quantity]] = {}
        for at, q in amounts:
            by_sentence.setdefault(_full_sentence_start(paragraph.lower, at), []).append(q)
        for listed in by_sentence.values():
            if not 2 <= len(listed) <= 5 or not all(compatible(listed[0], q) for q in listed[1:]):
                continue
            part = sum(q.value for q in listed)
            for _, whole in amounts:
                if whole.value > part and compatible(whole, listed[0]) and \
                        same_value(claimed, Quantity(100 * part / whole.value, "percent", "%", claimed.precision, "", 0, 0)):
                    return [n]
    return []


def _share_across_paragraphs(claimed: Quantity, claim_metric: frozenset[str] | None, cited: list[int], idx) -> list[int]:
    """Two cited paragraphs, one with a part and the other with its whole, of one measure (the claim's, where it
    names one), whose ratio is the claim's rough share ('Xinquan accounted for about 36% of the four makers'
    combined attributable profit' from [2]'s 8.72亿元 of [1]'s 24.44亿元)."""
    g = metrics()
    levels = [(n, idx.story_quantity(b.figure.q), b.metric) for n in cited for b in idx.paragraphs[n - 1].bindings
              if b.figure.q.kind in _LEVEL_KINDS and b.metric_sure and b.metric and not b.compared and b.figure.direction is None
              and (not claim_metric or g.related(b.metric, claim_metric))]
    for i, (n, a, ma) in enumerate(levels):
        for m, b, mb in levels[i + 1:]:
            if n == m or not g.related(ma, mb) or not compatible(a, b) or min(a.value, b.value) <= 0:
                continue
            part, whole = sorted((a, b), key=lambda q: q.value)
            if same_value(claimed, Quantity(100 * part.value / whole.value, "percent", "%", claimed.precision, "", 0, 0)):
                return sorted({n, m})
    return []


def _share_of_listed_sum(claimed: Quantity, claim_metric: frozenset[str], paragraph, idx) -> bool:
    """Whether one amount of a sentence's list of amounts, or of the paragraph's (segments' sales, no
    changes, none compared), is the claim's share of their sum ('Metal Coatings accounted for about 44% of AZZ's sales' from
    $203.6 million and Precoat's $259.2 million; 'the RNG Fuel segment generated nearly 59%' of three)."""
    by_sentence: dict[int, list[Quantity]] = {}
    for b in paragraph.bindings:
        q = b.figure.q
        # (A level a move reached is a level still: 'revenue rose 11.4% to C$812 million'.)
        reached = b.figure.direction is not None and _TO_BEFORE.search(paragraph.lower, max(0, q.start - 24), q.start)
        if q.kind == "amount" and (b.figure.direction is None or reached) and not b.compared and b.denominator is None and \
                not (b.metric and b.metric_sure and not metrics().related(b.metric, claim_metric)):
            by_sentence.setdefault(_full_sentence_start(paragraph.lower, q.start), []).append(idx.story_quantity(q))
    # (Each sentence's list, and the paragraph's amounts together: segments told one sentence each.)
    groups = list(by_sentence.values()) + ([[a for g in by_sentence.values() for a in g]] if len(by_sentence) > 1 else [])
    for amounts in groups:
        if not 2 <= len(amounts) <= 6 or not all(compatible(amounts[0], a) for a in amounts[1:]):
            continue
        whole = sum(a.value for a in amounts)
        if whole <= 0:
            continue
        for part in amounts:
            told = Quantity(100 * part.value / whole, "percent", "%", claimed.precision, "", 0, 0)
            if part.value > 0 and same_value(claimed, told):
                return True
    return False


def level_before_change(claimed: Quantity, cited: list[int], idx) -> list[int]:
    """A paragraph with a level and a percentage change that give the claim's earlier level: 197.5亿
    up 12.2% from a month earlier puts the month before at about 17.6 billion."""
    for n in cited:
        figures = [idx.story_quantity(f.q) for f in idx.paragraphs[n - 1].facts.figures]
        levels = [q for q in figures if q.kind in _LEVEL_KINDS and compatible(claimed, q)]
        changes = [q.value for q in figures if q.kind == "percent" and 0 < q.value < 1000]
        for a in levels:
            for p in changes:
                for value in (a.value / (1 + p / 100), a.value / (1 - p / 100) if p < 100 else 0):
                    told = Quantity(value, claimed.kind, claimed.unit, a.precision, "", 0, 0)
                    if value and same_value(claimed, told):
                        return [n]
    return []


def _percent_moved(claimed: Quantity, cited: list[int], idx, direction: str | None = None) -> list[int]:
    """Paragraphs where a percentage and a point gap make the claim's percentage ('rose about 0.42%,
    trailing the index's 1.35% gain' where the paragraph says it lagged by 0.93 percentage point)."""
    for n in cited:
        facts = idx.paragraphs[n - 1].facts.figures
        # (Levels signed by their direction: '下跌0.43%' is -0.43.)
        levels = [(idx.story_quantity(f.q), -1.0 if f.direction == "down" else 1.0) for f in facts if f.q.kind == "percent"]
        gaps = [idx.story_quantity(f.q) for f in facts if f.q.kind in ("pp", "bp")]
        for a, sign in levels:
            for d in gaps:
                for value in (sign * a.value - d.value, sign * a.value + d.value):
                    if direction == ("up" if value < 0 else "down"):
                        continue  # 'rose 0.21%' where the gap puts the index 0.21% lower
                    told = Quantity(value, "percent", "%", max(a.precision, d.precision), "", 0, 0)
                    if value and same_value(claimed, told):
                        return [n]
    return []


_PREVIOUS_CLOSE = re.compile(r"\b(?:previous|prior|preceding|last) (?:day's )?close\b|\bclosed? (?:the day )?before\b",
                             re.IGNORECASE)
# The daily limits of the markets these stories come from (10% main boards, 20% ChiNext/STAR, 5% ST
# shares, 30% Beijing; Taiwan 10%, Korea 30%), either way.
_LIMIT_STEPS = (0.05, 0.1, 0.2, 0.3)


def close_before_limit(claimed: Quantity, claim_text: str, cited: list[int], idx) -> list[int]:
    """The previous close a reader works out from a close at the daily limit ('a limit-up close of
    31.46 yuan implies a previous close of about 28.60 yuan'): the close over one plus the limit."""
    if not (claimed.approx or WORKED_OUT.search(claim_text)) or not _PREVIOUS_CLOSE.search(claim_text):
        return []
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        if not LIMIT_MOVE.search(paragraph.lower):
            continue
        for f in paragraph.facts.figures:
            level = idx.story_quantity(f.q)
            if level.kind not in _LEVEL_KINDS or not compatible(claimed, level) or level.value <= 0:
                continue
            for step in _LIMIT_STEPS:
                for value in (level.value / (1 + step), level.value / (1 - step)):
                    if same_value(claimed, Quantity(value, claimed.kind, claimed.unit, claimed.precision, "", 0, 0)):
                        return [n]
    return []


# A level given per unit of anything ('a share', 'a unit'), or of something the paragraph counts ('per hog
# sold', 'each', 'a parcel': _PER_THING, not per share or per period).
_PER_ANY = re.compile(r"\s(?:per|a|an)\s[a-z]|\seach\b", re.IGNORECASE)  # ('roughly 600,000 yuan each.')


def _counted_by(amount_metric: frozenset[str] | None, count_metric: frozenset[str] | None) -> bool:
    """Whether a count is what an amount was paid or taken for: the same metric (a buyback's sum and
    its shares), or sales against the units shipped or delivered."""
    if not amount_metric or not count_metric:
        return False
    return bool(amount_metric & count_metric) or ("revenue" in amount_metric and metrics().within(count_metric, "volume"))


_PER_THING = re.compile(r"\s(?:per|each|a|an)\s(?!share\b|year\b|month\b|quarter\b|day\b|week\b)[a-z]|\seach\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:a year (?:earlier|ago|before)|last year|previous|prior|before|earlier)\b|去年|上年|此前", re.IGNORECASE)
# A paragraph with more figures than this would make almost any value by some sum or ratio.
_UNMARKED_POOL = 16


def _ratio_of_claimed(claimed: Quantity, levels: list[Quantity]) -> bool:
    """Whether a multiple is the ratio of two levels of one kind that the claim itself names."""
    levels = [q for q in levels if q.kind in _LEVEL_KINDS and q.unit != "x" and q.value > 0]
    return any(a is not b and compatible(a, b) and
               same_value(claimed, Quantity(a.value / b.value, claimed.kind, claimed.unit, claimed.precision, "", 0, 0))
               for a in levels for b in levels)


def unmarked_derivation(fig: Figure, claim_text: str, citations: list[int], idx, binding=None,
                        levels_told: list[Quantity] | None = None,
                        claim_others: list[Quantity] | None = None) -> list[int]:
    """Cited paragraphs from two of whose figures of one thing a careful reader works out the
    claim's figure although the claim does not say it is worked out: a first half as nine months
    less the third quarter, a count before and after ('cut to 650 from 712': 62 branches), a level
    before its change (512.6 million after adding 9.8 million), 'roughly 1.6 times' of two levels,
    a share of a total ('about 60% of ₹1.5 lakh crore': ₹90,000 crore), the rest of a whole parted
    in shares, a rate before it moved some points. Two figures are of one
    thing when their bindings name no two subjects and no rival metrics. Such a figure is
    arithmetic, not a reading of what the paragraph says it is: the caller keeps the claim from
    being `supported` (at best `unverifiable`), and never calls it wrong for it."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    if fig.q.kind == "percent":
        claimed = idx.story_quantity(fig.q)
        whole = binding.whole[0] if binding is not None and binding.whole else None
        return _level_and_move(claimed, claim_text, cited, idx, claim_others or []) or \
            _percent_of_levels(claimed, binding, cited, idx, levels_told, claim_text, claim_others or [], fig.direction) or \
            _remainder_share(claimed, whole, cited, idx) or _rate_before(claimed, binding, cited, idx) or \
            _premium(claimed, claim_others or [], claim_text, cited, idx) or \
            target_move_paragraphs(claimed, claim_text, claim_others or [], cited, idx) or \
            _approximate_arithmetic(claimed, cited, idx, binding, claim_text)
    if fig.q.kind not in _LEVEL_KINDS and fig.q.kind != "points":
        return []
    claimed = idx.story_quantity(fig.q)
    limit = close_before_limit(claimed, claim_text, cited, idx)
    if limit:
        return limit
    if claimed.unit == "x" and _ratio_of_claimed(claimed, claim_others or []):
        return cited  # ('at a close of 27.18 yuan, about 14.5 times its EPS of 1.87 yuan': the claim's own two levels)
    kinds = (*_LEVEL_KINDS, "points") if claimed.kind == "points" else _LEVEL_KINDS  # an index's close and its move
    pool = [(n, b, idx.story_quantity(b.figure.q)) for n in cited for b in idx.paragraphs[n - 1].bindings]
    own = binding.subject.entity_id if binding is not None and binding.subject is not None else None
    if len(pool) > _UNMARKED_POOL * len(cited) and own is not None:
        # (A long paragraph of many companies: the claim's own subject's figures only.)
        pool = [(n, b, q) for n, b, q in pool if b.subject is not None and b.subject.entity_id == own]
    if not pool or len(pool) > _UNMARKED_POOL * len(cited):
        # (Too many figures for every pair of them; the one-step search of a figure the claim
        # calls approximate keeps its own, wider bound.)
        return _approximate_arithmetic(claimed, cited, idx, binding, claim_text) or _marked_steps(claimed, claim_text, cited, idx, binding)
    levels = [(n, b, q) for n, b, q in pool if q.kind in kinds and q.value > 0]
    # ('capacity equals about 100 million packs a month' where [5] says 1.2 billion packs a year: a year's
    # rate told as a month's, or the other way.)
    for per, times, theirs in ((_A_MONTH_AFTER, 12.0, "year"), (_A_YEAR_AFTER, 1 / 12, "month")):
        if per.match(claim_text, fig.q.end):
            for n, b, q in levels:
                if b.denominator == theirs and compatible(claimed, q) and same_value(claimed, replace(q, value=q.value / times)):
                    return [n]
    if claimed.kind == "amount" and claimed.approx and _EACH_OF.search(claim_text):
        # ('paid an average of about A$16.2 million for each of the nine centres' where [3] says 'bought nine
        # centres for A$146 million': a total over its count.)
        for n, _, total in levels:
            if total.kind == "amount" and compatible(claimed, total):
                counts = [q.value for m, _, q in levels if m == n and q.kind == "number" and not q.unit and 1 < q.value < 1000]
                counts += list(word_counts(idx.paragraphs[n - 1].facts.text))
                if any(1 < c < 1000 and same_value(claimed, replace(total, value=total.value / c)) for c in counts):
                    return [n]
    if claimed.kind == "amount" and claimed.approx:
        # ('the three systems … were worth about 48 million yuan' where [7] says 已交付3套，单套售价约1,600万元: a
        # count times a unit price.)
        for n, _, price in levels:
            text = idx.paragraphs[n - 1].facts.text
            if price.kind != "amount" or not compatible(claimed, price) or \
                    not _UNIT_PRICE_BEFORE.search(text, max(0, price.start - 12), price.start):
                continue
            for m, _, count in levels:
                if m == n and count.kind == "number" and not count.unit and 1 < count.value < 10000 and \
                        same_value(claimed, replace(price, value=price.value * count.value)):
                    return [n]
    # A figure of the paragraph nearer the claim's than the worked-out one is the one it rounds
    # (rightly or not): 'about S$5.6 billion' for 5.64 is not nine months less a quarter.
    nearest = min((abs(q.value - claimed.value) for _, _, q in levels if compatible(claimed, q)), default=math.inf)
    told: list[tuple[float, str, str | None, float, set[int]]] = []  # value, kind, unit, precision, paragraphs
    for i, (n, a_binding, a) in enumerate(levels):
        for m, b_binding, b in levels[i + 1:]:
            if not compatible(a, b) or (a.kind != b.kind and (a.unit or b.unit)):
                continue  # (nor a sum in a currency against a bare count: 18元 and 142家)
            if claimed.unit == "x":
                # ('Yuexiu's sales were roughly 1.6 times Longfor's': two subjects, one metric.)
                if not (a_binding.metric and b_binding.metric and metrics().related(a_binding.metric, b_binding.metric)):
                    continue
                told.append((max(a.value, b.value) / min(a.value, b.value), "figure", "x", claimed.precision, {n, m}))
            elif _one_thing(a_binding, b_binding) and compatible(claimed, a) and compatible(claimed, b):
                precision = max(a.precision, b.precision)
                # (A difference only: a sum the claim does not call one ('together') is a coincidence
                # more often than a reading.)
                told.append((abs(a.value - b.value), claimed.kind, claimed.unit, precision, {n, m}))
                if "down" in (a_binding.figure.direction, b_binding.figure.direction) and \
                        None in (a_binding.figure.direction, b_binding.figure.direction):
                    # ('收报25431.6点，下跌312.4点': the close before it, 25,744.0, is the sum.)
                    told.append((a.value + b.value, claimed.kind, claimed.unit, precision, {n, m}))
        if claimed.kind == "amount" and a.kind == "amount" and _PER_ANY.match(claim_text, fig.q.end):
            # 'about 1,515 yuan per hog sold': revenue over the hogs sold, of one subject; 'about $44,000
            # a unit': sales over the units shipped; 'roughly $102 a share': a buyback's sum over its shares.
            plain = _PER_THING.match(claim_text, fig.q.end) is not None
            for m, c_binding, c in pool:
                # (Or a measured quantity: '2.36 million square metres' for 'about 321 yuan a square metre'.)
                # (One subject's: sales and the units sold are rival metrics, yet what one is counted by.)
                if c.kind not in ("number", "figure") or c.unit == "x" or c.value <= 1 or not _one_subject(a_binding, c_binding):
                    continue
                if (plain and c_binding.metric is None) or _counted_by(a_binding.metric, c_binding.metric):
                    told.append((a.value / c.value, claimed.kind, claimed.unit, claimed.precision, {n, m}))
        if claimed.unit != "x" and compatible(claimed, a):
            for m, p_binding, p in pool:
                if p.kind != "percent" or not 0 < p.value < 100 or not (
                        _one_thing(a_binding, p_binding) or _part_of_total(p_binding, a_binding, idx.paragraphs[m - 1].lower)):
                    continue
                # A share (no direction) of the level, or the level before a change (a direction)
                # where the claim speaks of that earlier time.
                if p_binding.figure.direction is None and not p_binding.compared:
                    # (Not a rate compared with, 'to about 35% from 60%': it is no share of the level.)
                    value = a.value * p.value / 100
                elif _EARLIER.search(claim_text) or (_earlier_period(binding, a_binding) and _change_of(a_binding, p_binding)):
                    value = a.value / (1 + p.value / 100) if p_binding.figure.direction == "up" else a.value / (1 - p.value / 100)
                else:
                    continue
                told.append((value, claimed.kind, claimed.unit, claimed.precision, {n, m}))
    if levels_told:
        # 'With a price of 12.36 yuan and a cost of 11.62 yuan, it made about 0.74 yuan': the claim
        # names both levels it takes one from the other.
        named = [q for q in levels_told if compatible(claimed, q)]
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                value = abs(a.value - b.value)
                if value and same_value(claimed, Quantity(value, claimed.kind, claimed.unit,
                                                          max(a.precision, b.precision), "", 0, 0)):
                    return cited[:1]
    for value, kind, unit, precision, paragraphs in told:
        if value > 0 and abs(value - claimed.value) < nearest and \
                same_value(claimed, Quantity(value, kind, unit, precision, "", 0, 0)):
            return sorted(paragraphs)
    return _approximate_arithmetic(claimed, cited, idx, binding, claim_text) or _marked_steps(claimed, claim_text, cited, idx, binding)


# Words that say a level is worked out from others: a whole from its share ('which works out at roughly
# 5.9 million tonnes in all'), a year from a half ('annualising …').
_IN_ALL = re.compile(r"\b(?:in all|in total|altogether|overall)\b", re.IGNORECASE)
_ANNUALISED = re.compile(r"\bannuali[sz](?:ing|ed|es|e)\b", re.IGNORECASE)


def _marked_steps(claimed: Quantity, claim_text: str, cited: list[int], idx, binding=None) -> list[int]:
    """Cited paragraphs from which one step a claim marks as worked out ('about', with 'works out',
    'implies', 'in all', 'annualising') gives its level: a price per unit (US$842 million for 198,000
    tonnes: about US$4,250 a tonne), a whole from a part and its share (1.86 million tonnes, 31.5% of
    the total: roughly 5.9 million tonnes in all), a half's figure annualised (4.31 cents: about 8.62)."""
    if not claimed.approx or claimed.kind not in _LEVEL_KINDS:
        return []
    per_unit = binding is not None and binding.denominator not in (None, "share", "ads", "10 share", "period", "hour", *TIME_RATES)
    in_all, annualised = bool(_IN_ALL.search(claim_text)), bool(_ANNUALISED.search(claim_text))
    if not (per_unit or (WORKED_OUT.search(claim_text) and in_all) or annualised):
        return []
    pool = [(n, idx.story_quantity(b.figure.q)) for n in cited for b in idx.paragraphs[n - 1].bindings]
    if len(pool) > _APPROX_POOL:
        return []
    candidates: list[tuple[float, set[int]]] = []
    levels = [(n, q) for n, q in pool if q.kind in _LEVEL_KINDS and q.value > 0]
    if per_unit:
        candidates += [(a.value / b.value, {n, m}) for n, a in levels for m, b in levels
                       if compatible(claimed, a) and not compatible(a, b) and b.kind != "amount"]
    if in_all:
        candidates += [(100 * a.value / p.value, {n, m}) for n, a in levels for m, p in pool
                       if compatible(claimed, a) and p.kind == "percent" and 1 <= p.value < 100]
    if annualised:
        candidates += [(a.value * k, {n}) for n, a in levels if compatible(claimed, a) for k in (2, 4)]
    for value, paragraphs in candidates:
        if value > 0 and same_value(claimed, Quantity(value, claimed.kind, claimed.unit, claimed.precision, "", 0, 0)):
            return sorted(paragraphs)
    return []



# The most figures the cited paragraphs may hold for one step of arithmetic on any two of them to
# count: more would make almost any approximate value.
_APPROX_POOL = 24


def _approximate_arithmetic(claimed: Quantity, cited: list[int], idx, binding=None, claim_text: str = "") -> list[int]:
    """Cited paragraphs from two of whose figures one step of arithmetic gives a figure the claim
    says is approximate ('roughly 1.06 trillion won', 'about 25% of revenue'): a sum or difference,
    a level before a percentage change; a percentage as one level's
    share of another of the whole the claim names ('of revenue'). This only keeps a careful
    reader's working-out from being called invented. A claim whose figure is near one the
    paragraphs give (within a tenth) rounds that one, rightly or not: nothing is worked out for it."""
    if not claimed.approx:
        return []
    pool = [(n, b, idx.story_quantity(b.figure.q)) for n in cited for b in idx.paragraphs[n - 1].bindings]
    if len(pool) > _APPROX_POOL:
        return []
    # (A figure of another period than the claim's is no neighbour: 'about 138.6 billion yen in
    # September' beside October's 142.1 billion and its change on the month.)
    # Only periods of one kind tell apart (Q2 and Q3, September and October; not 'first-half' and
    # April-September, which may be one).
    period = binding.period if binding is not None else None
    if any(compatible(claimed, q) and abs(q.value - claimed.value) <= 0.1 * abs(claimed.value)
           and not (period and b.period and period[0] == b.period[0] and period != b.period) for _, b, q in pool):
        return []
    levels = [(n, b, q) for n, b, q in pool if q.kind in _LEVEL_KINDS and q.value > 0]
    candidates: list[tuple[float, set[int]]] = []
    if claimed.kind == "percent":
        g = metrics()
        whole = binding.whole[0] if binding is not None and binding.whole else None
        # A margin is its profit's share of revenue ('an operating margin of about 25%').
        margin = binding is not None and binding.metric_sure and binding.metric is not None and \
            _under(binding.metric, "margin")
        if not whole and not margin:
            return []
        revenue = frozenset({"revenue"})
        for (n, a_binding, a), (m, b_binding, b) in itertools.permutations(levels, 2):
            if not compatible(a, b) or not b_binding.metric:
                continue
            if whole and g.related(b_binding.metric, whole) and not (a_binding.metric and g.rivals(a_binding.metric, whole)):
                candidates.append((100 * a.value / b.value, {n, m}))
            elif margin and g.related(b_binding.metric, revenue) and a_binding.metric and \
                    _under(a_binding.metric, "profit"):
                candidates.append((100 * a.value / b.value, {n, m}))
    elif claimed.kind in _LEVEL_KINDS:
        mine = [(n, q) for n, _, q in levels if compatible(claimed, q)]
        percents = [(n, q) for n, _, q in pool if q.kind == "percent" and 0 < q.value < 1000]
        for (n, a), (m, b) in itertools.combinations(mine, 2):
            candidates += [(a.value + b.value, {n, m}), (abs(a.value - b.value), {n, m})]
        if claimed.kind == "amount":
            # ('bought back 4.9 million shares for $132 million … an average of about $27 a share': an
            # amount over a count of its own sentence.)
            averages = [(a, c, n) for n, a_binding, a in levels if compatible(claimed, a)
                        for m, c_binding, c in levels if m == n and c.kind == "number" and c.value > 1
                        and _full_sentence_start(idx.paragraphs[n - 1].lower, a_binding.figure.q.start)
                        == _full_sentence_start(idx.paragraphs[n - 1].lower, c_binding.figure.q.start)]
            # ('HK$79.4 million for 12.6 million shares, or about HK$6.30 per 10 shares': ten shares' worth, 63.)
            lot = binding.denominator.split()[0] if binding is not None and binding.denominator else ""
            times = int(lot) if lot.isdigit() else 1
            candidates += [(times * a.value / c.value, {n}) for a, c, n in averages]
            if claimed.approx and re.search(r"\baverag", claim_text, re.IGNORECASE):
                # ('$38.5 million for 1.8 million shares … an average of about $21.40': 21.39, within what the
                # rounded amount and count leave open.)
                for a, c, n in averages:
                    value = times * a.value / c.value
                    slack = value * (a.precision / 2 / a.value + c.precision / 2 / c.value)
                    if abs(claimed.value - value) <= slack:
                        return [n]
        # ('营收75.62亿元…营益率为27.1%': about 2.05 billion of operating profit, the margin's share of revenue.)
        candidates += [(r.value * m.value / 100, {n, k}) for n, m_binding, m in pool
                       if m.kind == "percent" and _margin_of_claim(m_binding, binding)
                       for k, r_binding, r in levels if compatible(claimed, r) and r_binding.metric
                       and metrics().related(r_binding.metric, frozenset({"revenue"})) and r_binding.period == m_binding.period]
        # ('季增1.3倍': up by 1.3 times, so 2.3 times the quarter before.)
        percents += [(n, replace(q, value=100 * q.value)) for n, b, q in pool
                     if q.unit == "x" and q.text.endswith("倍") and b.figure.direction == "up" and 0 < q.value < 20]
        for n, a in mine:
            for m, p in percents:
                f = p.value / 100
                # (Only the level before a change: a share of a level, or a level after a change
                # the paragraph would give, is as often a figure made up.)
                steps = [a.value / (1 + f)] + ([a.value / (1 - f)] if f < 1 else [])
                candidates += [(v, {n, m}) for v in steps]
    for value, paragraphs in candidates:
        if value > 0 and same_value(claimed, Quantity(value, claimed.kind, claimed.unit, claimed.precision, "", 0, 0)):
            return sorted(paragraphs)
    return []


_MARGIN_PROFITS = {"operating_margin": "operating_profit", "gross_margin": "gross_profit", "net_margin": "net_profit",
                   "pretax_margin": "pretax_profit", "ebitda_margin": "ebitda"}


def _margin_of_claim(margin, claim) -> bool:
    """Whether a paragraph's margin (a binding) is of the profit a claim's level names (both sure)."""
    if claim is None or not claim.metric_sure or not claim.metric or not margin.metric_sure or not margin.metric:
        return False
    return any(_MARGIN_PROFITS.get(m) in claim.metric for m in margin.metric)


def _under(ids: frozenset[str], top: str) -> bool:
    """Whether some meaning of a metric is ``top`` or narrower ('operating_margin' is a margin)."""
    return any(x == top or top in metrics().ancestors(x) for x in ids)


def _change_of(level, change) -> bool:
    """Whether a percentage is the change of the level written right before it, of its period
    ('9月末在手订单95.6亿元，较6月末增长19.7%')."""
    return change.period == level.period and 0 <= change.figure.q.start - level.figure.q.end <= 30


def _earlier_period(claim, level) -> bool:
    """Whether the claim speaks of a period before the paragraph's level ('at the end of June' against
    9月末 and its change on 6月末; 'second-quarter' against the third quarter and its qoq change)."""
    if claim is None or not claim.period or not level.period:
        return False
    a, b = months_of(claim.period), months_of(level.period)
    return a is not None and b is not None and bool(a and b) and max(a) < max(b)


def _level_and_move(claimed: Quantity, claim_text: str, cited: list[int], idx, claim_others: list[Quantity]) -> list[int]:
    """Cited paragraphs from whose level and point move a reader works out the claim's percentage:
    the earlier level, from a level and the move the claim names too ('5.6%, 2.7 percentage points
    slower than September's 8.3%'), or from a paragraph's rate and its cut where the claim speaks of
    before ('5.375% before the cut' from 下调0.125厘至5.25厘)."""
    def points(q: Quantity) -> float | None:
        if q.kind in ("pp", "points"):
            return q.value
        return q.value / 100 if q.kind == "bp" else None

    def told(level: Quantity, move: Quantity, step: float) -> bool:
        precision = max(level.precision, move.precision)
        return any(same_value(claimed, Quantity(v, "percent", "%", precision, "", 0, 0))
                   for v in (level.value + step, level.value - step) if v > 0)

    def held(q: Quantity) -> list[int]:
        return [n for n in cited if any(matches(q, idx.story_quantity(f.q)) or
                                        q.kind in ("pp", "bp") and f.q.kind in ("pp", "bp", "percent") and
                                        abs(idx.story_quantity(f.q).value - q.value) < 1e-9
                                        for f in idx.paragraphs[n - 1].facts.figures)]

    levels = [q for q in claim_others if q.kind == "percent"]
    for move in claim_others:
        step = points(move)
        if step is None:
            continue
        for level in levels:
            if told(level, move, step):
                where = held(level)
                if where and held(move):
                    return where
    if not _EARLIER.search(claim_text):
        return []
    for n in cited:
        bindings = idx.paragraphs[n - 1].bindings
        for a in bindings:
            if a.figure.q.kind != "percent" or a.figure.direction is not None:
                continue
            for b in bindings:
                step = points(b.figure.q)
                if step is None and b.figure.q.kind == "percent" and b.figure.direction is not None:
                    step = b.figure.q.value  # ('下调0.125厘': a rate's move in 厘 is in points)
                if b is a or step is None or not _one_thing(a, b) or b.figure.q.value >= a.figure.q.value:
                    continue
                if told(a.figure.q, b.figure.q, step):
                    return [n]
    return []


# Prices of one share that a reader compares ('a HK$88 target, about 22% above the close').
_SHARE_PRICES = frozenset({"target_price", "share_price", "offer_price", "opening_price"})


# A ratio the claim names by its two metrics: 'loan-to-deposit ratio', 'debt-to-equity ratio'.
_RATIO_OF = re.compile(r"\b([a-z]+)[- ]to[- ]([a-z]+) ratio\b", re.IGNORECASE)


def _ratio_of_named(claimed: Quantity, ratio: re.Match, cited: list[int], idx) -> list[int]:
    """Paragraphs giving one subject's two levels of the metrics a claimed ratio names, whose
    quotient is the claim's percentage ('putting its loan-to-deposit ratio at about 82%' from loans
    of 1,018.4 trillion and deposits of 1,246.5 trillion)."""
    g = metrics()
    parts = [g.find(word.lower()) or g.find(word.lower() + "s") for word in ratio.groups()]
    if not all(parts):
        return []
    top, bottom = parts[0][0].ids, parts[1][0].ids
    for n in cited:
        bindings = [b for b in idx.paragraphs[n - 1].bindings if b.figure.q.kind in _LEVEL_KINDS and b.metric]
        for a in bindings:
            if not g.related(a.metric, top):
                continue
            for b in bindings:
                if b is a or not g.related(b.metric, bottom) or not _one_subject(a, b):
                    continue
                qa, qb = idx.story_quantity(a.figure.q), idx.story_quantity(b.figure.q)
                if qb.value and compatible(qa, qb) and same_value(
                        claimed, Quantity(100 * qa.value / qb.value, "percent", "%", claimed.precision, "", 0, 0)):
                    return [n]
    return []


def _one_subject(a, b) -> bool:
    """Whether two bindings are of one subject (or none for both)."""
    if (a.subject is None) != (b.subject is None):
        return False
    return a.subject is None or a.subject.text == b.subject.text or (
        a.subject.entity_id is not None and a.subject.entity_id == b.subject.entity_id)


def _percent_of_levels(claimed: Quantity, binding, cited: list[int], idx,
                       levels_told: list[Quantity] | None = None, claim_text: str = "",
                       claim_levels: list[Quantity] | None = None, direction: str | None = None) -> list[int]:
    """Cited paragraphs from two of whose levels (same kind and unit) a reader works out an
    approximate percentage: one as a share of the other ('about 30% of the five companies'
    combined profit'), or how far one is above or below the other ('a HK$88 target, about 22%
    above the close'). Only for a claim that says its percentage is approximate ('about',
    'roughly'): an exact percentage is one the paragraph should give. The two levels are of one
    metric (where both say which), and no metric the claim gives its percentage ('net profit to
    rise about 30%', 'about 58% of operating revenue') is a rival of theirs, or unrelated to both.
    How far one is above the other is worked out for one subject's levels (a target and the
    close); a share, of any two. With ``levels_told`` (the claim's own levels, for a percentage
    another paragraph gives as it is) one of the two is among them; an exact percentage needs both
    among the claim's own levels (``claim_levels`` when ``levels_told`` is None) and is read the way
    its ``direction`` goes (an increase on the lower level, a fall from the higher)."""
    own = levels_told if levels_told is not None else claim_levels or []
    if not claimed.approx and not own:
        return []  # (an exact percentage only where the claim tells both levels: 'to 350,000 from 280,000, an increase of 25%')
    ratio = _RATIO_OF.search(claim_text) if claimed.approx else None
    if ratio is not None:
        named = _ratio_of_named(claimed, ratio, cited, idx)
        if named:
            return named
    said = [m for m in ((binding.metric if binding is not None and binding.metric_sure else None),
                        (binding.whole[0] if binding is not None and binding.whole else None)) if m]
    levels = [(n, b, idx.story_quantity(b.figure.q)) for n in cited for b in idx.paragraphs[n - 1].bindings
              if b.figure.q.kind in _LEVEL_KINDS and b.figure.q.value > 0]
    if len(levels) > _UNMARKED_POOL * len(cited):
        return []
    if _MIDPOINT.search(claim_text):
        levels += _range_midpoints(levels, idx)
    g = metrics()
    named_metrics = [t.ids for t in g.find(claim_text.lower())]
    for i, (n, a_binding, a) in enumerate(levels):
        for m, b_binding, b in levels[i + 1:]:
            if a.value == b.value or not compatible(a, b):
                continue
            # (Two levels the claim itself tells are what it says they are: 'rose to US$23,400 from US$19,800,
            # an increase of about 18%', whatever metric the paragraph's reading gives each.)
            both_own = any(same_value(t, a) for t in own) and any(same_value(t, b) for t in own)
            theirs = [x.metric for x in (a_binding, b_binding) if x.metric]
            # ('net profit was about 45% of its adjusted EBITDA': a ratio of two measures the claim names both of.)
            both_named = len(theirs) == 2 and all(any(g.related(t, c) for c in named_metrics) for t in theirs) \
                and not g.related(*theirs)
            if not both_own and not both_named and len(theirs) == 2 and not g.related(*theirs) and \
                    not all(t & _SHARE_PRICES for t in theirs):
                continue  # (a target against the close is one share's prices)
            if not both_own and not both_named and (any(g.rivals(c, t) for c in said for t in theirs) or
                                 (said and theirs and not any(g.related(c, t) for c in said for t in theirs))):
                continue
            if levels_told is not None and not any(same_value(t, a) or same_value(t, b) for t in levels_told):
                continue
            if not claimed.approx and not both_own:
                continue
            low, high = sorted((a.value, b.value))
            values = [low / high * 100]
            if _one_thing(a_binding, b_binding) or (a_binding.subject is None) != (b_binding.subject is None) or both_own:
                values += [(high / low - 1) * 100, (1 - low / high) * 100]
            if not claimed.approx:  # exact, of the claim's own two levels: the change its direction says
                values = [(high / low - 1) * 100] if direction == "up" else [(1 - low / high) * 100] if direction == "down" else []
            for value in values:
                if same_value(claimed, Quantity(value, "percent", claimed.unit, claimed.precision, "", 0, 0)):
                    return sorted({n, m})
    if claimed.approx and own and _OF_A_TOTAL.search(claim_text):
        return _share_of_listed_total(claimed, own, cited, idx)
    return []


# A share of a whole the claim names as a total: 'about 36% of group revenue', 'about 16% of its nine-month total'.
_OF_A_TOTAL = re.compile(r"\bof\s(?:the\s|its\s|their\s)?(?:group|total|combined|overall|company-wide|[a-z]+-month\stotal|"
                         r"quarterly\stotal|\w+(?:'s|’s)\s(?:total|group))\b", re.IGNORECASE)


def _share_of_listed_total(claimed: Quantity, own: list[Quantity], cited: list[int], idx) -> list[int]:
    """A cited paragraph that lists the parts of a whole in one sentence ('passenger revenue … DKK 2.94
    billion, ferry freight … DKK 3.87 billion and logistics … DKK 1.31 billion'), one of them the claim's
    level, whose share of their sum is the claim's approximate percentage ('about 36% of group revenue')."""
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        figures = [f for f in paragraph.facts.figures if f.q.kind in _LEVEL_KINDS and f.q.value > 0]
        for f in figures:
            level = idx.story_quantity(f.q)
            if not any(same_value(t, level) for t in own):
                continue
            # (The whole sentence, its semicolons too: '…收入3.12亿元…；密码芯片收入1.08亿元…；…0.58亿元…。')
            opens = max((m.end() for m in _FULL_STOP.finditer(paragraph.text, 0, f.q.start)), default=0)
            close = _FULL_STOP.search(paragraph.text, f.q.end)
            ends = close.start() if close else len(paragraph.text)
            parts = [idx.story_quantity(g.q) for g in figures if opens <= g.q.start < ends]
            parts = [q for q in parts if compatible(q, level)]
            if len(parts) < 3:
                continue
            told = Quantity(level.value / sum(q.value for q in parts) * 100, "percent", claimed.unit, claimed.precision, "", 0, 0)
            if same_value(claimed, told):
                return [n]
    return []


_EACH_OF = re.compile(r"\b(?:each|apiece|an average of|on average|average (?:price|cost))\b", re.IGNORECASE)
_UNIT_PRICE_BEFORE = re.compile(r"(?:单|單|每)(?:套|台|艘|辆|輛|件|座|个|個|吨|噸)[^\d，,。；;]{0,6}$|\b(?:each|apiece|a unit|per unit|unit price of)\s(?:about\s|around\s)?\D{0,3}$",
                                re.IGNORECASE)
_A_MONTH_AFTER = re.compile(r"(?:\s[a-z-]+){0,3}?\s(?:a|per|each)\smonth\b", re.IGNORECASE)
_A_YEAR_AFTER = re.compile(r"(?:\s[a-z-]+){0,3}?\s(?:a|per|each)\syear\b", re.IGNORECASE)
_RATE_A_YEAR = re.compile(r"\b(?:a|per|each)\syear\b|\bannual(?:ly)?\b|\bfor\sthe\s(?:full\s)?year\b", re.IGNORECASE)
_RATE_TIMES = ((re.compile(r"\bmonthly\b|\b(?:a|per|each)\smonth\b", re.IGNORECASE), 12),
               (re.compile(r"\bquarterly\b|\b(?:a|per|each)\squarter\b", re.IGNORECASE), 4),
               (re.compile(r"\bweekly\b|\b(?:a|per|each)\sweek\b", re.IGNORECASE), 52))
_MIDPOINT = re.compile(r"\bmid-?points?\b", re.IGNORECASE)


def _range_midpoints(levels: list, idx) -> list:
    """The midpoint of each range a paragraph gives ('A$190 million to A$205 million'), as a level of
    the range's first binding: 'about 31% higher at the midpoint' than A$151 million."""
    out = []
    for (n, a_binding, a), (m, b_binding, b) in zip(levels, levels[1:]):
        if n == m and compatible(a, b) and BARE_RANGE.fullmatch(idx.paragraphs[n - 1].lower, a_binding.figure.q.end,
                                                                b_binding.figure.q.start):
            out.append((n, a_binding, replace(a, value=(a.value + b.value) / 2)))
    return out


def _part_of_total(share, level, text: str) -> bool:
    """Whether a share names its own measure but is 'of the total' the level is ('orders … 235.4 billion
    yen, with exports making up 74.8% of the total'): a part of that level, whatever the rival words."""
    return _one_subject(share, level) and share.figure.direction is None and \
        _OF_THE_TOTAL.match(text, share.figure.q.end) is not None


_OF_THE_TOTAL = re.compile(r"\s?(?:percent\s|per cent\s)?of (?:the |their |its )?total\b")


def _one_thing(a, b) -> bool:
    """Whether two bindings may be of one thing: one subject (or none for both), no rival metrics.
    ('Meridian expects 740,000 units; the association cut its forecast to 720,000': not one thing.)"""
    return _one_subject(a, b) and not (a.metric and b.metric and metrics().rivals(a.metric, b.metric))

__all__ = ["derived_paragraphs", "difference_paragraphs", "level_pairs", "reversed_levels", "unmarked_derivation"]


def own_arithmetic(claimed: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether a claim works ``claimed`` out of its own ``others`` (figures the cited paragraphs
    hold), to the digits it shows: a product ('at a close of 141.80 yuan, its 131.7 million shares were
    worth about 18.7 billion yuan'), a count as one amount over another (a payout over a dividend a
    share), a sum of parts or what a total leaves ('31.5 cents … an interim of 13.0 cents, a final of
    15.5 cents and a special of 3.0 cents'), or a level before or after a percentage change ('about
    1.44 billion yuan, given the 27.8% rise to 1.84 billion'). Arithmetic the claim shows its inputs
    for: never `supported`, never called wrong for a value no paragraph writes."""
    if claimed.kind not in _LEVEL_KINDS or claimed.value <= 0 or _significant_digits(claimed.text) < 3:
        return False  # ('about US$1,500 an ounce': a round figure many sums come near)
    levels = [o for o in others if o.kind in _LEVEL_KINDS and o.value > 0]
    same = [o for o in levels if o.kind == claimed.kind and compatible(claimed, o)]
    candidates: list[float] = []
    for a, b in itertools.permutations(levels, 2):
        if claimed.kind == "amount" and a.kind == "amount" and b.kind == "number" and not b.unit and compatible(claimed, a):
            candidates.append(a.value * b.value)  # a price or a payout a share, times a count of shares
        if claimed.kind == "number" and not claimed.unit and a.kind == b.kind == "amount" and a.unit == b.unit:
            candidates.append(a.value / b.value)  # a total over an amount each
        if claimed.kind == "number" and not claimed.unit and a.kind == "number" and not a.unit and b.kind in ("number", "figure"):
            # ('28 machines per 10,000 square metres, … 850,000 square metres … about 2,380 machines': a rate
            # per a round quantity, times a quantity.)
            candidates += [a.value * b.value / per.value for per in levels
                           if per is not a and per is not b and per.value in _ROUND_PER]
    for size in (2, 3):
        for combo in itertools.combinations(same, size):
            candidates.append(sum(o.value for o in combo))
    for total in same:
        rest = [o for o in same if o is not total]
        for size in (1, 2):
            for parts in itertools.combinations(rest, size):
                candidates.append(total.value - sum(o.value for o in parts))
    for level in same:
        for p in (o.value for o in others if o.kind == "percent" and 0 < o.value < 1000):
            candidates += [level.value / (1 + p / 100), level.value * (1 + p / 100)]
            if p < 100:
                candidates += [level.value / (1 - p / 100), level.value * (1 - p / 100)]
    return any(c > 0 and same_value(claimed, replace(claimed, value=c)) for c in candidates)


_ROUND_PER = (10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0)


def _significant_digits(text: str) -> int:
    """How many significant digits a figure is written with: '18.7 billion' 3, '1,500' 2, '13.0' 3."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if number is None:
        return 0
    digits = number.group(0).replace(",", "")
    whole, _, fraction = digits.partition(".")
    return len((whole.lstrip("0") or "") + fraction) if fraction else len(whole.strip("0"))
