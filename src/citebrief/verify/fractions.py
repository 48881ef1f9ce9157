"""Shares spelt as fractions: 'Vietnam Airlines accounted for about two-thirds of the combined
revenue' where the cited paragraph gives its share as 60.9%; 'about half' for 39.6%. A careful reader
reads 'about two-thirds' as 62-71%, 'more than half' as just above 50%.

A claim is contradicted only when it writes no percentage of its own (one it does is checked as a
figure), a cited paragraph gives some share as a percentage ('占比约60.9%', 'accounting for about
60.9%'), and no share in the cited paragraphs fits the fraction. A claim that works its fraction out
of amounts the paragraph gives, with no share written there, is left alone; a share of a share ('62% of
revenue, of which AI servers 83%') counts as the product."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts, english_names, source_names
from citebrief.facts.binding import (
    FULL_STOP,
    PERIOD_KINDS,
    PLURAL_ACRONYM,
    SENTENCE_END,
    Subject,
    enclosing_span,
    sentence_span,
    subject_key,
    subjects_of,
)
from citebrief.facts.gazetteer import Entity, lookup
from citebrief.facts.glossary import items, metrics
from citebrief.facts.quantities import matches
from citebrief.text.script import HAN
from citebrief.verify.attribution import claim_bindings
from citebrief.verify.parts import SHARE_VERBS, claim_part_words, part_senses, words_meet, written_as_share

_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "two-thirds": 2 / 3, "quarter": 1 / 4, "three-quarters": 3 / 4,
              "fifth": 1 / 5, "two-fifths": 2 / 5, "three-fifths": 3 / 5, "four-fifths": 4 / 5, "tenth": 1 / 10}
# Tenths a careful writer uses for large shares ('about nine-tenths'): named, but no yardstick of how near
# another fraction is (a third, a half… are the fractions readers round to).
_TENTHS = {"three-tenths": 3 / 10, "seven-tenths": 7 / 10, "nine-tenths": 9 / 10}
_MANY_FRACTIONS = r"two[- ]thirds|three[- ]quarters|two[- ]fifths|three[- ]fifths|four[- ]fifths|three[- ]tenths|seven[- ]tenths|nine[- ]tenths"
# ('about a third of', 'two-thirds', 'more than half'; not 'the second quarter', 'the first half', 'H1',
# 'the first three quarters')
_CLAIM = re.compile(r"(?<![\w-])(?P<q>about|around|roughly|approximately|some|nearly|almost|close to|(?:just\s|well\s)?(?:more than|"
                    r"over|under|less than))?\s?(?:(?:a|one)[- ](?P<one>third|quarter|fifth|tenth)|(?<!first )(?<!last )(?<!past )(?<!next )(?P<many>"
                    + _MANY_FRACTIONS + r")|(?<!first )(?<!second )(?<!the )(?<!a )"
                    r"(?<!by )(?P<half>half))(?=\s(?:of|,)|,|\.|\)|$)", re.IGNORECASE)
# A percentage written as a share: '占比约60.9%', '占…的33.1%', 'accounting for about 60.9%', '60.9% of'.
_ABOVE_BEFORE = re.compile(r"(?:超过|超|逾|高于|more than|over|above)\s?(?:约\s?)?$", re.IGNORECASE)
_JOINT_BEFORE = re.compile(r"\b(?:together|combined|jointly)\b", re.IGNORECASE)
_SHARE_OWNER_LEADS = re.compile(r"([A-Z][\w&.'-]{1,30}(?:\s[A-Z][\w&.'-]+){0,3})\s(?:accounts|accounted|makes|made|takes|took|"
                                r"contributes|contributed|represents|represented)\b")
_ABOUT = 4.5  # percentage points either side of 'about two-thirds'
_NEAR = 7.0
_BEYOND = 15.0


def _fits(qualifier: str, fraction: float, value: float, about: float = _ABOUT, near: float = _NEAR) -> bool:
    """Whether a percentage fits 'about a third' and the like: within ``about`` points either side,
    'nearly' up to ``near`` below, 'more than' / 'less than' up to _BEYOND beyond."""
    target = fraction * 100
    q = " ".join(qualifier.lower().split())
    if q in ("nearly", "almost", "close to"):
        return target - near <= value <= target + 0.5
    if q.endswith(("more than", "over")):
        return target < value <= target + _BEYOND
    if q.endswith(("less than", "under")):
        return target - _BEYOND <= value < target
    # ('about four-fifths' for 77%: within reach, yet a careful reader says 'about three-quarters'; the
    # fraction named must be about as near as the nearest one.)
    nearest = min(abs(value - f * 100) for f in (*_FRACTIONS.values(), fraction))
    return abs(value - target) <= about and abs(value - target) <= nearest + _NEAREST_SLACK


_NEAREST_SLACK = 0.5  # percentage points a named fraction may be farther than the nearest


def _fraction(m: re.Match) -> float:
    """The fraction a match of _CLAIM or _CHANGE spells ('two thirds': 2/3)."""
    word = (m.group("one") or m.group("many") or m.group("half")).lower().replace(" ", "-")
    return _FRACTIONS.get(word) or _TENTHS[word]


def fraction_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    if any(f.q.kind == "percent" for f in facts.figures):
        return []
    m = _CLAIM.search(facts.text)
    if m is None or any(c.end() >= m.end() > c.start() for c in _CHANGE.finditer(facts.text)):
        return []  # (a change's fraction is the change's to check: 'a drop of roughly a quarter')
    # ('Accommodation and transportation together brought in … roughly three-quarters': a sum's share, held
    # only to a share the paragraph gives jointly too: 'HUB24 and Netwealth together captured about 41.5%'.)
    joint = _JOINT_BEFORE.search(facts.text, 0, m.start()) is not None
    fraction = _fraction(m)
    # (A lone acronym is no sure subject of a figure, but it names whose share a fraction is: 'DCM accounts
    # for about a quarter of …'.)
    subjects = subjects_of(facts) or [Subject(n.text, n.entity.id if n.entity else None, n.start, n.end)
                                      for n in english_names(facts.text) if (n.entity is None or n.entity.kind == "company")
                                      and not PLURAL_ACRONYM.fullmatch(n.text)]
    led = False  # (a subject read only from the words that open the claim: 'Exports made up …' may be no name)
    if not subjects and (lead := _SHARE_OWNER_LEADS.match(facts.text)) is not None:
        subjects, led = [Subject(lead.group(1), None, lead.start(1), lead.end(1))], True
    # ('LCI accounted for just over half of the combined sales of LCI and Patrick': the share is of the
    # name before it, not of the whole's other parts.)
    subjects = [s for s in subjects if s.end <= m.start()] or subjects
    claim_items = frozenset().union(*(t.ids for t in items().find(facts.text.lower())))
    # What the claim's fraction is of: the first measure after it ('a third of its revenue on R&D'), else any it names.
    # (Not a word of a name: 'of Chaman Lal Setia Exports' revenue' is of revenue.)
    named_spans = [(n.start, n.end) for n in english_names(facts.text)]
    claim_terms = [t for t in metrics().find(facts.text.lower()) if not any(a <= t.start < b for a, b in named_spans)]
    after = [t for t in claim_terms if t.start >= m.end()]
    claim_metrics = frozenset(after[0].ids) if after else frozenset().union(*(t.ids for t in claim_terms))
    shares: list[tuple[int, str, float]] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        text = paragraph.facts.text
        named = [a for s in subjects for a, _ in paragraph.subject_spans(s, idx.glosses)]
        sole = len({subject_key(x.subject) for x in paragraph.bindings if x.subject is not None}) == 1
        written_as_shares = [b for b in paragraph.bindings if written_as_share(b.figure, text)]
        for b in written_as_shares:
            f = b.figure
            # (Only a share of something the claim names in its sentence, 'about 41.6% of it HAL's', or of its item.)
            opens, ends = sentence_span(text, f.q.start, f.q.end)
            # (Or the one share of a paragraph whose figures are all of the claim's subject: 'R&D spending
            # was…, or 25.4% of revenue'.)
            # (Or the one share of the one paragraph cited, for a claim that names no one: 'Exports made up about
            # a quarter of the machines rolled out' where [1] says 其中出口52台，占下线总量的18.2%.)
            # (A subject-less share too, in a paragraph of the claim's one company: 'lifting the share of revenue
            # earned outside the US to 41.5%' after 'Beyond Meat's US retail revenue rose…'.)
            # (Or the one share the binding surely gives the claim's subject: '酷派集团…；上半年手机出货量386万部，
            # 其中约41%…'.)
            if not any(opens <= a < ends for a in named) and not (b.item and claim_items & b.item) and \
                    not (b.subject is not None and b.subject_sure and b.subject.start in named and sum(
                        o.subject is not None and subject_key(o.subject) == subject_key(b.subject) for o in written_as_shares) == 1) and not (
                    (b.subject.start in named if b.subject is not None else bool(named)) and sole and len(written_as_shares) == 1) and \
                    not ((not subjects or (led and not named)) and len(written_as_shares) == 1 and len(set(citations)) == 1):
                continue
            if joint and not _JOINT_BEFORE.search(text, opens, f.q.start):
                continue
            measure = b.whole[0] if b.whole and b.whole[0] else b.metric
            if measure and claim_metrics and metrics().rivals(measure, claim_metrics) and not any(opens <= a < ends for a in named):
                continue  # ('其中海外基地销量…占比27.1%': a share of the volume, in another sentence, for a share of revenue)
            # ('超过50%', 'more than 50%': just above the figure.)
            above = _ABOVE_BEFORE.search(text, max(0, f.q.start - 12), f.q.start) is not None
            shares.append((n, f.q.text, f.q.value + (0.5 if above else 0.0)))
    # ('占总营收比重约62%，其中AI伺服器占伺服器营收比重约83%': a share of a share, about half of the total.)
    nested = [a * b / 100 for i, (n, _, a) in enumerate(shares) for m2, _, b in shares[i + 1:] if m2 == n]
    if any(_spells_the_same(m, idx.paragraphs[n - 1].facts.text, facts.text) for n in dict.fromkeys(citations) if 1 <= n <= idx.count):
        return []  # ('to make up more than half of the commercial weight-management market', as the paragraph says it)
    if not shares:
        return _worked_out_share_problems(m, fraction, facts, citations, idx, claim_metrics)
    if any(_fits(m.group("q") or "", fraction, v) for v in [v for _, _, v in shares] + nested):
        return []
    if any(_fits(m.group("q") or "", fraction, r) for r in _claimed_amount_ratios(facts, citations, idx, claim_metrics)):
        return []  # ('cards brought in 1.584 billion yuan, about two-thirds of its nine-month revenue' of [6]'s 23.57亿元)
    phrase = m.group(0).strip()
    listed = ", ".join(dict.fromkeys(t for _, t, _ in shares))
    return [f"'{phrase}' fits no share in {', '.join(f'[{n}]' for n in dict.fromkeys(n for n, _, _ in shares))}: "
            f"the shares there are {listed}"]


_WORDS_AFTER = re.compile(r"\s((?:[\w'’-]+\s?){1,4})")


_AMOUNT_BEFORE = re.compile(r"(\d[\d.,]*\s?(?:billion|million|trillion|bn|m)?)\b[^\d]{0,12}$")


def _spells_the_same(m: re.Match, paragraph: str, claim: str) -> bool:
    """Whether the paragraph spells the claim's fraction itself, of the same words ('more than half of the
    commercial weight-management market' in both)."""
    # ('accounted for $612 billion, just under half' where the paragraph says '$612 billion, or just under
    # half': the same fraction of the same amount, right after it in both.)
    amount = _AMOUNT_BEFORE.search(claim, max(0, m.start() - 28), m.start())
    if amount is not None and any(
            p.group(0).strip().lower() == m.group(0).strip().lower() and (theirs := _AMOUNT_BEFORE.search(paragraph, max(0, p.start() - 28), p.start()))
            is not None and theirs.group(1) == amount.group(1) for p in _CLAIM.finditer(paragraph)):
        return True
    after = _WORDS_AFTER.match(claim, m.end())
    if after is None:
        return False
    for p in _CLAIM.finditer(paragraph):
        theirs = _WORDS_AFTER.match(paragraph, p.end())
        if abs(_fraction(p) - _fraction(m)) < 1e-9 and theirs is not None and \
                theirs.group(1).lower().split() == after.group(1).lower().split():
            return True
    return False


_UNREAD_CURRENCY_AFTER = re.compile(r"\s?[\u4e00-\u9fff]{1,3}元|\s(?:patacas|kip|riel|kyat)\b", re.IGNORECASE)


def _claimed_amount_ratios(facts: TextFacts, citations: list[int], idx, claim_metrics: frozenset[str]) -> list[float]:
    """The shares (in %) the claim's own amounts make of the cited paragraphs' totals of the measure the
    fraction is of (no segment's, item's or compared figure), where no paragraph writes that amount's share."""
    if not claim_metrics:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    mine = [idx.story_quantity(f.q) for f in facts.figures if f.q.kind == "amount" and f.q.value > 0]
    # (An amount whose sentence writes a share of it: '境外收入为8,480万元，占总营收的比重升至12.4%' is 12.4%.)
    for n in cited:
        text = idx.paragraphs[n - 1].facts.text
        for b in idx.paragraphs[n - 1].bindings:
            if any(matches(q, idx.story_quantity(b.figure.q)) for q in mine) and any(
                    written_as_share(o.figure, text) and sentence_span(text, o.figure.q.start, o.figure.q.end)
                    == sentence_span(text, b.figure.q.start, b.figure.q.end) for o in idx.paragraphs[n - 1].bindings):
                return []
    wholes = [idx.story_quantity(b.figure.q) for n in cited for b in idx.paragraphs[n - 1].bindings
              if b.figure.q.kind == "amount" and b.figure.q.unit and not b.compared and b.denominator is None
              and not b.item and b.metric and metrics().related(b.metric, claim_metrics)]
    return [100 * a.value / w.value for a in mine for w in wholes if a.unit == w.unit and 0 < a.value < w.value]


def _worked_out_share_problems(m: re.Match, fraction: float, facts: TextFacts, citations: list[int], idx,
                               claim_metrics: frozenset[str] = frozenset()) -> list[str]:
    """A fraction where the cited paragraphs write no share: held to the shares their amounts of one
    currency work out to ('North America … £876 million' of '£1.418 billion' is 62%, not 'about
    two-thirds'), against each other, against one the story's lead gives, or against a paragraph's sum. Only a
    claim of one or two cited paragraphs that give two to six such amounts each (totals of one currency) and
    that writes no figure of its own; any ratio that fits leaves it alone."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    lead = _PART_LEAD.fullmatch(facts.text, 0, m.start())
    # (A number inside the part's name is no figure: 'Take 5 accounted for …'.)
    if not 1 <= len(cited) <= 2 or any(f.q.kind in ("amount", "number", "figure") and not (lead and f.q.end <= lead.end("part"))
                                       for f in facts.figures):
        return []
    # (The part the claim opens with, where a paragraph gives it an amount: its share alone.)
    part_ratios = _part_ratios(lead, facts, cited, idx, claim_metrics) if lead else None
    if part_ratios is not None:
        if not part_ratios or any(_fits(m.group("q") or "", fraction, r) for r in part_ratios):
            return []
        return [f"'{m.group(0).strip()}' fits no share the amounts in {', '.join(f'[{n}]' for n in cited)} work out to"]
    # (Totals, not amounts per share or per tonne; of one currency.)
    amounts = [[b.figure.q for b in idx.paragraphs[n - 1].bindings if b.figure.q.kind == "amount" and b.figure.direction is None
                and not b.compared and b.figure.q.unit and b.denominator is None] for n in cited]
    units = {q.unit for qs in amounts for q in qs}
    if not 2 <= sum(len(qs) for qs in amounts) <= 6 * len(cited) or len(units) != 1:
        return []
    if any(f.q.kind == "number" and not f.q.unit and _UNREAD_CURRENCY_AFTER.match(idx.paragraphs[n - 1].facts.text, f.q.end)
           for n in cited for f in idx.paragraphs[n - 1].facts.figures):
        return []  # ('236.85億澳門元': a sum in a currency not read may be the whole)
    values = [[idx.story_quantity(q).value for q in qs] for qs in amounts]
    # (Against an amount of that currency the paragraphs or the story's lead give, which may be the whole
    # the claim names, or against a paragraph's sum: the segments a paragraph lists add up to it.)
    wholes = [idx.story_quantity(b.figure.q).value for p in {**{n: idx.paragraphs[n - 1] for n in cited}, 1: idx.paragraphs[0]}.values()
              for b in p.bindings if b.figure.q.kind == "amount" and b.figure.q.unit in units]
    ratios = [100 * a / b for vs in values for a in vs for b in wholes if 0 < a < b] + \
        [100 * a / sum(vs) for vs in values for a in vs if a > 0]
    if not ratios or any(_fits(m.group("q") or "", fraction, r) for r in ratios):
        return []
    return [f"'{m.group(0).strip()}' fits no share the amounts in {', '.join(f'[{n}]' for n in cited)} work out to"]


# The part a share is of, opening the claim: 'Take 5 accounted for about two-thirds of …'.
_PART_LEAD = re.compile(r"(?:the\s)?(?P<part>[A-Z][\w&.'’-]*(?:\s[\w&.'’()-]+){0,4}?)\s(?:" + SHARE_VERBS +
                        r"|contributed|contributes|generated|generates|provided|provides|brought in|brings in)\s?$")
_COMBINED = re.compile(r"\b(?:combined|together|jointly|both)\b|\b(?:two|three|four|five|six)\s(?!quarters?\b)[a-z]+s\b", re.IGNORECASE)
_CLAUSE_OPEN_ZH = re.compile(r"[，,；;。：:、]")


def _whole_amounts(paragraph, idx) -> list:
    """A paragraph's amounts that may be a part or a whole, in the story's currency: totals of a
    currency, not changes, compared levels or amounts per share or per tonne."""
    return [idx.story_quantity(b.figure.q) for b in paragraph.bindings if b.figure.q.kind == "amount"
            and b.figure.direction is None and not b.compared and b.figure.q.unit and b.denominator in (None, "period")]


def _part_ratios(lead: re.Match, facts: TextFacts, cited: list[int], idx,
                 claim_metrics: frozenset[str] = frozenset()) -> list[float] | None:
    """Shares the amount of the part a claim opens with (``lead``: 'Take 5 accounted for about
    two-thirds of …') works out to in paragraphs that give that part an amount: in English, the first
    amount after its name in the same clause; in Chinese, an amount whose clause's words mean the
    part's (钒产品实现营收46.8亿元 for 'Vanadium products'). Against each larger amount of its currency
    there (or in the story's lead, when no smaller than the part's sentence's list), against the sum of
    its sentence's or paragraph's amounts, and, for a combined whole, against itself plus any one
    other. None when no cited paragraph gives the part an amount, so that the reading of all the
    amounts applies."""
    part = lead.group("part").lower()
    words = claim_part_words(lead.group("part"))
    parts: list = []
    amounts = {n: _whole_amounts(idx.paragraphs[n - 1], idx) for n in cited}
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        low = paragraph.facts.text.lower()
        if paragraph.facts.han:
            # (The clause's words before the amount: '分产品看，前三季度公司钒产品实现营收46.8亿元'.)
            for q in amounts[n]:
                opens = max((h.end() for h in _CLAUSE_OPEN_ZH.finditer(low, 0, q.start)), default=0)
                if words and words_meet(words, part_senses(low[opens:q.start], True)):
                    parts.append((n, q))
            continue
        # (A plural part is its singular's too: 'Heat pumps made up…' where [6] says 'Heat pump sales'.)
        # (Only where the part is not written as the claim writes it: 'Closures revenue', not 'closure maker'.)
        written = re.escape(part) if re.search(r"(?<![\w-])" + re.escape(part) + r"(?![\w-])", low) else \
            r"\s+".join(re.escape(w[:-1]) + "s?" if w.endswith("s") and len(w) > 3 else re.escape(w) for w in part.split())
        for at in (h.start() for h in re.finditer(r"(?<![\w-])" + written + r"(?![\w-])", low)):
            stop = SENTENCE_END.search(low, at)
            end = stop.start() if stop else len(low)
            first = next((q for q in amounts[n] if at < q.start < end), None)
            if first is not None:
                parts.append((n, first))
    if not parts:
        return None
    lead_amounts = _whole_amounts(idx.paragraphs[0], idx)
    # (Not an amount another part surely owns, which the claim does not name: 'Partners revenue made up about
    # half of Wix's revenue' is not held to Creative Subscriptions' $431.7 million; siblings still add up to it.)
    claim_low = facts.text.lower()
    owned = {(m, b.figure.q.start) for m in {*amounts, 1} for b in idx.paragraphs[m - 1].bindings
             if not idx.paragraphs[m - 1].facts.han and b.subject is not None and b.subject_sure
             and b.subject.entity_id is None and b.subject.text.lower().split()[0] not in claim_low}  # ('Ariston Holding' is "Ariston's")
    combined = _COMBINED.search(facts.text) is not None
    # (Not an amount of a measure the claim's whole is not: "of Verisure's revenue" is not held to its EBITDA.)
    # (Nor of another period than the claim's: "first-half revenue" is not held to Q2's.)
    claim_periods = {t.key for t in facts.temporals if t.kind in PERIOD_KINDS}
    rival = {(n, b.figure.q.start) for n in cited for b in idx.paragraphs[n - 1].bindings
             if claim_metrics and b.metric and b.metric_sure and metrics().rivals(b.metric, claim_metrics)
             or len(claim_periods) == 1 and b.period is not None and b.period not in claim_periods}
    ratios: list[float] = []
    for n, q in parts:
        text = idx.paragraphs[n - 1].facts.text
        # (Its sentence to the full stops: a list's parts may be parted by semicolons.)
        opens, ends = enclosing_span([h.end() for h in FULL_STOP.finditer(text)], q.start, len(text))
        same = [(m, x) for m, xs in amounts.items() for x in xs if x.unit == q.unit]
        # (Not the amounts listed after the part in its sentence: 'CSS grew to $2.14 billion; EES $2.27 billion'
        # are its siblings, not its whole; they still add up to it.)
        wholes = [x.value for m, x in same if not (m == n and q.start <= x.start < ends) and (m, x.start) not in owned
                  and (m, x.start) not in rival]
        # (A sentence's list, 'Europe €5.02 billion; North America €4.38 billion; …', adds up to its whole, and so
        # does a paragraph's.)
        sentence = [x.value for m, x in same if m == n and opens <= x.start < ends]
        # (A whole the story's lead gives, 'foreign orders of 95.1 billion yen', at least as large as the
        # part's sentence's list: not any larger amount of an industry's.)
        wholes += [x.value for x in lead_amounts if x.unit == q.unit and x.value >= sum(sentence) and (1, x.start) not in owned]
        sums = [sum(sentence), sum(x.value for _, x in same)]
        if combined:
            sums += [q.value + x.value for _, x in same if x.start != q.start]
        ratios += [100 * q.value / w for w in wholes + sums if w > 0 and q.value <= w]
    return ratios


# A change spelt as a fraction: 'fell by about a fifth', 'rose by nearly a quarter', 'almost doubled' is not one.
# A qualified fraction of a move or a gap: 'about a fifth', 'nearly two-thirds' (read by _CHANGE and _PREMIUM).
_QUALIFIED_FRACTION = (r"(?P<q>about|around|roughly|approximately|some|nearly|almost|close to|more than|over|less than|under)?\s?"
                       r"(?:(?:a|one)[- ](?P<one>third|quarter|fifth|tenth)|(?P<many>two[- ]thirds|three[- ]quarters)|(?P<half>half))")
_CHANGE = re.compile(r"\b(?P<move>rose|rise|risen|rising|increased|grew|grown|climbed|jumped|gained|fell|fall|fallen|"
                     r"dropped|declined|decreased|slid|slumped|shrank|shrunk|contracted|expanded|was up|was down|were up|were down|"
                     # ('expects … capacity to grow by about half')
                     r"grow|grows|growing|increase|increases|expand|expands|climb|climbs|drop|drops|decline|declines|shrink|shrinks|"
                     # ('fell from about 650,000 yuan … to about 480,000 yuan, a drop of roughly a quarter')
                     r"(?:a|an)\s(?:drop|fall|decline|cut|reduction|rise|increase|gain|jump)\sof)\s(?:by\s)?"
                     + _QUALIFIED_FRACTION + r"(?!\s(?:of|year|century|point))\b", re.IGNORECASE)
_DOWN = re.compile(r"fell|fall|fallen|drop|dropped|decline|declined|decreased|slid|slumped|shrank|shrunk|shrink|contracted|down|cut|reduction",
                   re.IGNORECASE)
_CHANGE_ABOUT = 3.5  # percentage points either side of 'about a fifth' (a change of 27.6% is more than a quarter)
_CHANGE_NEAR = 4.5


def _spelt_changes(text: str, down: bool, claim_metrics: frozenset[str], n: int) -> list[tuple[int, str, float]]:
    """A paragraph's changes spelt as fractions ('capacity has shrunk by about a fifth'), the way the claim's
    goes, of a metric of the claim's named before it in their sentence, as percentages."""
    out = []
    for m in _CHANGE.finditer(text):
        if bool(_DOWN.search(m.group("move"))) != down:
            continue
        opens = sentence_span(text, m.start(), m.end())[0]
        named = frozenset().union(*(t.ids for t in metrics().find(text.lower()[opens:m.start()])))
        if any(metrics().within(named, c) for c in claim_metrics):
            out.append((n, m.group(0).strip(), _fraction(m) * 100))
    return out


_FROM_BEFORE_EN = re.compile(r"\bfrom\s(?:about\s|around\s|roughly\s|some\s)?$", re.IGNORECASE)
_TO_BETWEEN_EN = re.compile(r"\s(?:[\w,.-]+\s){0,4}?to\s(?:about\s|around\s|roughly\s|some\s)?$", re.IGNORECASE)


def _moved_from_to(facts: TextFacts, before: int):
    """The two levels of a claim's 'from X … to Y' before ``before``, of one kind and unit, or None."""
    figures = [f.q for f in facts.figures if f.q.end <= before and f.q.kind in ("amount", "number", "figure")]
    for a, b in zip(figures, figures[1:]):
        if a.unit == b.unit and a.value and _FROM_BEFORE_EN.search(facts.text, max(0, a.start - 14), a.start) and \
                _TO_BETWEEN_EN.fullmatch(facts.text, a.end, b.start):
            return a, b
    return None


def change_fraction_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """'GrainCorp's underlying net profit fell by about a fifth' where the cited paragraph gives its fall
    as 27.6%: a change spelt as a fraction, checked against the changes of the same metric (and subject,
    when the claim names one) the cited paragraphs give in percent. Only when the claim writes no
    percentage of its own and names a metric; a paragraph with no such change leaves it alone."""
    if any(f.q.kind == "percent" for f in facts.figures):
        return []
    m = _CHANGE.search(facts.text)
    if m is None:
        return []
    if (moved := _moved_from_to(facts, m.start())) is not None:
        # ('fell from about 650,000 yuan in 2083 to about 480,000 yuan in 2084, a drop of roughly a quarter': the
        # change the claim's own two levels work out to.)
        first, last = moved
        change = abs(last.value - first.value) / first.value * 100
        if (last.value < first.value) == bool(_DOWN.search(m.group("move"))) and \
                _fits(m.group("q") or "", _fraction(m), change, _CHANGE_ABOUT, _CHANGE_NEAR):
            return []
        return [f"'{m.group(0).strip()}' is not the change from {first.text} to {last.text} ({change:.1f}%)"]
    claim_metrics = frozenset().union(*(t.ids for t in metrics().find(facts.text.lower()[:m.start()])))
    if not claim_metrics:
        return []
    fraction = _fraction(m)
    down = bool(_DOWN.search(m.group("move")))
    subjects = [s for s in subjects_of(facts) if s.start < m.start()]
    # (The period the claim names is the change's: 'nine-month net profit rose by about a quarter' is not
    # the third quarter's 24.6%.)
    periods = {b.period for b in claim_bindings(facts) if b.period}
    changes: list[tuple[int, str, float]] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1]
        named = [span for s in subjects[-1:] for span in paragraph.subject_spans(s, idx.glosses)]
        for b in paragraph.bindings:
            f = b.figure
            if f.q.kind != "percent" or f.direction not in ("up", "down") or (f.direction == "down") != down:
                continue
            # (A narrower measure is the claim's too: 归属股东净利润 for 'net profit'.)
            if not b.metric or not b.metric_sure or not any(metrics().within(b.metric, c) for c in claim_metrics):
                continue
            # (A figure whose owner the paragraph leaves unsure, 'The Office of Agricultural Economics forecast
            # cassava output … down 6.1%', is the claim's to hold too: 'Thailand's cassava output'.)
            if subjects and b.subject_sure and not (b.subject is not None and any(a <= b.subject.start < e for a, e in named)):
                continue
            if periods and b.period and b.period not in periods:
                continue
            changes.append((n, f.q.text, f.q.value))
        changes += _spelt_changes(paragraph.facts.text, down, claim_metrics, n)
    if not changes or any(_fits(m.group("q") or "", fraction, v, _CHANGE_ABOUT, _CHANGE_NEAR) for _, _, v in changes):
        return []
    phrase = m.group(0).strip()
    listed = ", ".join(dict.fromkeys(t for _, t, _ in changes))
    return [f"'{phrase}' fits no change in {', '.join(f'[{n}]' for n in dict.fromkeys(n for n, _, _ in changes))}: "
            f"the changes there are {listed}"]


# 'about a third above the December 11 close of NT$204': how far one level is above or below another,
# spelt as a fraction.
_PREMIUM = re.compile(_QUALIFIED_FRACTION + r"\s(?P<way>above|below|higher than|lower than|more than|less than)\s", re.IGNORECASE)


def premium_fraction_problems(facts: TextFacts, citations: list[int] | None = None, idx=None) -> list[str]:
    """'Lin's NT$245 target for Phoenix Silicon is about a third above the close of NT$204', where
    NT$245 is 20.1% above NT$204: a gap spelt as a fraction that the claim's own two levels (of one
    unit, one before the fraction and one after it) do not fit. Only when the claim writes no
    percentage of its own."""
    if any(f.q.kind == "percent" for f in facts.figures):
        return []
    m = _PREMIUM.search(facts.text)
    if m is None:
        return []
    before = [f.q for f in facts.figures if f.q.end <= m.start() and f.q.kind == "amount"]
    after = [f.q for f in facts.figures if f.q.start >= m.end() and f.q.kind == "amount"]
    if not before:
        return []
    level = before[-1]
    if after:
        bases = [after[0]]
    elif idx is not None and citations and _CLOSE_WORD_EN.search(facts.text, m.end()):
        # ('… is about a third above the stock's latest close' where [9] gives the close, 收報3.86港元.)
        bases = [q for n in dict.fromkeys(citations) if 1 <= n <= idx.count
                 for f in idx.paragraphs[n - 1].facts.figures
                 if (q := idx.story_quantity(f.q)).kind == "amount"
                 and _CLOSE_BEFORE.search(idx.paragraphs[n - 1].text, max(0, f.q.start - 6), f.q.start)]
    else:
        bases = []
    bases = [b for b in bases if b.unit == level.unit and b.value]
    if not bases:
        return []
    below = m.group("way").lower() in ("below", "lower than", "less than")
    gaps = [(b, (1 - level.value / b.value if below else level.value / b.value - 1) * 100) for b in bases]
    if any(gap <= 0 or _fits(m.group("q") or "", _fraction(m), gap, _CHANGE_ABOUT, _CHANGE_NEAR) for _, gap in gaps):
        return []
    base, gap = gaps[0]
    return [f"'{m.group(0).strip()}' does not fit {level.text} against {base.text} ({gap:.1f}%)"]


_CLOSE_WORD_EN = re.compile(r"[^.;]{0,40}\bclos(?:e|ing price)\b", re.IGNORECASE)
_CLOSE_BEFORE = re.compile(r"(?:收报|收報|收盘价?|收市价|收於|收于|closed at|close of|closing at)\s?$", re.IGNORECASE)


# A change a paragraph spells as a fraction: 'would cut its footprint by a fifth', '产能减少三分之一'.
_SPELT_CHANGE = re.compile(r"\bby\s(?:(?:about|nearly|almost|roughly|some)\s)?(?:(?:a|one)[- ](?P<one>third|quarter|fifth|tenth)|"
                           r"(?P<many>" + _MANY_FRACTIONS + r")|(?P<half>half))\b", re.IGNORECASE)
_SPELT_CHANGE_ZH = re.compile(r"(?:增加|增长|增長|提高|提升|上升|减少|減少|下降|降低|缩减|縮減|削减|削減)(?:约|約|近)?"
                              r"(?P<zh>三分之一|四分之一|五分之一|十分之一|三分之二|四分之三|一半)")
_ZH_FRACTIONS = {"一半": 1 / 2, "三分之一": 1 / 3, "四分之一": 1 / 4, "五分之一": 1 / 5, "十分之一": 1 / 10,
                 "三分之二": 2 / 3, "四分之三": 3 / 4}
_SPELT_SLACK = 0.4  # percentage points: 33% or 33.3% is a third


def spelt_change_paragraphs(fig, citations: list[int], idx) -> tuple[list[int], list[int]]:
    """The cited paragraphs that spell a claim's percentage change as a fraction ('cut … by 20%' where
    [6] says 'cut … by a fifth'), and those of them whose move goes the claim's way; or its approximate
    share ('almost 20% of group revenue' where [6] says 'almost a fifth of group revenue')."""
    from citebrief.facts.atoms import read

    if fig.q.kind != "percent":
        return [], []
    found: list[int] = []
    same_way: list[int] = []
    for n in dict.fromkeys(citations):
        if not 1 <= n <= idx.count:
            continue
        text = idx.paragraphs[n - 1].facts.text
        for m in [*_SPELT_CHANGE.finditer(text), *_SPELT_CHANGE_ZH.finditer(text)]:
            zh = m.re is _SPELT_CHANGE_ZH
            value = 100 * (_ZH_FRACTIONS[m.group("zh")] if zh else _fraction(m))
            if abs(value - fig.q.value) > _SPELT_SLACK:
                continue
            found.append(n)
            # (Its move, read from the sentence with the fraction written as the claim's percentage:
            # '减少三分之一' as '减少33%', 'by a fifth' as 'by 20%'.)
            opens, ends = sentence_span(text, m.start(), m.end())
            written = (text[opens:m.start("zh")] if zh else text[opens:m.start()] + "by ") + fig.q.text + text[m.end():ends]
            if fig.direction is None or fig.direction in {f.direction for f in read(written).figures if f.q.value == fig.q.value}:
                same_way.append(n)
            break
        if n not in found and fig.q.approx and fig.direction is None and any(
                abs(100 * _fraction(m) - fig.q.value) <= _SPELT_SLACK for m in _CLAIM.finditer(text)
                if m.group("q") and text.startswith(" of", m.end())):
            found.append(n)
            same_way.append(n)
    return found, same_way


# A share's market told by its scope: the world's, or one country's ('of the global pest-control market'
# where [8] says 'of the U.S. market'; '全球市场' against a claim's 'China's market').
_GLOBAL_SHARE_EN = re.compile(r"\bof (?:the )?(?:global|world|worldwide|world's)\b[^.;,]{0,40}?market\b|\bglobal (?:market )?share\b"
                              r"|\bof all\b[^.;,]{0,40}?\b(?:worldwide|globally|in the world)\b", re.IGNORECASE)
_NATIONAL_SHARE_EN = re.compile(r"\bof (?:the )?(?:U\.S\.|(?:domestic|national|US|American|China's|Chinese|Japan's|Japanese|India's|"
                                r"Indian|Taiwan's|Korea's|Korean|Hong Kong's|mainland)\b)[^;,]{0,40}?\bmarket\b"
                                # ('of the rugged computer market in Taiwan')
                                r"|\bof (?:the )?[^;,]{0,40}?\bmarket in (?:the )?(?:U\.S\.|[A-Z][a-z]+)")
# The region a claim's market is of: "of the European rental market" (a place or its adjective).
_REGION_MARKET_EN = re.compile(r"\bof (?:the )?(?:[\w-]+\s){0,3}?([A-Z][a-z]+)(?:'s)?\s(?:[\w-]+\s){0,3}?market\b")
_GLOBAL_WORDS = re.compile(r"全球|世界|global|world|worldwide|international|海外", re.IGNORECASE)
# (One region's is no more the world's: 'the EU market for animal medicines', 'European orders'.)
_NATIONAL_WORDS = re.compile(r"全国|国内|國內|全國|中国市场|国内市场|大陆|本土|台湾市场|欧洲市场|美国|美國|日本|欧洲|歐洲|\bU\.S\.|\b(?:US|domestic|national|China's|Japan's|"
                             r"India's|Taiwan's|Korea's|EU|European|Europe's)\b")


_TITLE_AFTER_GLOBAL = re.compile(r"\s?(?:董事|合伙人|合夥人|副总裁|副總裁|总裁|總裁|首席|负责人|負責人|主管|总监|總監|"
                                r"head|chief|president|partner|director|strategist|economist)", re.IGNORECASE)
# A part's share of the whole named before it: '其中台灣市場約佔27%'.
_PART_SHARE_ZH = re.compile(r"[\u4e00-\u9fff]{0,2}(?:约|約)?(?:占|佔)(?!有)")


def share_scope_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """'Rollins holds about 16% of the global pest-control market' where [8] gives 16% of the U.S.
    market: a share whose market the claim gives another scope than the paragraph's sentence does
    (the world's against one country's or region's, or the other way). Only where that sentence names its scope
    and not the other."""
    out: list[str] = []
    for f in facts.figures:
        if f.q.kind != "percent":
            continue
        after = facts.text[f.q.end:f.q.end + 64]
        claim_global = bool(_GLOBAL_SHARE_EN.search(after))
        claim_national = bool(_NATIONAL_SHARE_EN.search(after))
        if claim_global and claim_national:
            continue
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            paragraph = idx.paragraphs[n - 1]
            for b in paragraph.bindings:
                g = b.figure
                if g.q.kind != "percent" or abs(g.q.value - f.q.value) > 0.05 or not (
                        written_as_share(g, paragraph.facts.text) or (b.metric and "market_share" in b.metric)):
                    continue
                opens, ends = sentence_span(paragraph.text, g.q.start, g.q.end)
                sentence = paragraph.text[opens:ends]
                if _PART_SHARE_ZH.search(sentence):
                    # ('…全球…市場規模約31.5億美元；…其中台灣市場約佔27%': the part is one country's, of the
                    # whole before the semicolon.)
                    sentence = paragraph.text[paragraph.text.rfind("。", 0, g.q.start) + 1:ends]
                # ('麥肯錫全球董事合夥人翟政達認為': a title's 'global' says nothing of the market.)
                is_global = any(not _TITLE_AFTER_GLOBAL.match(sentence, m.end()) for m in _GLOBAL_WORDS.finditer(sentence))
                is_national = any(not _PART_SHARE_ZH.match(sentence, m.end()) for m in _NATIONAL_WORDS.finditer(sentence))
                if not is_global and not is_national and opens > 0:
                    # (A sentence that names no market's reach has the one the paragraph opened with: '据统计，…国内编码器
                    # 市场规模约为58.6亿元…。…国产品牌合计市场份额升至34.8%'.)
                    lead = paragraph.text[:opens]
                    is_global = any(not _TITLE_AFTER_GLOBAL.match(lead, m.end()) for m in _GLOBAL_WORDS.finditer(lead))
                    is_national = any(not _PART_SHARE_ZH.match(lead, m.end()) for m in _NATIONAL_WORDS.finditer(lead))
                if claim_global and is_national and not is_global:
                    out.append(f"'{f.q.text}' is a share of one country's or region's market in [{n}], not of the world's")
                elif claim_national and is_global and not is_national:
                    out.append(f"'{f.q.text}' is a share of the world market in [{n}], not of one country's")
                elif (other := _other_region(after, sentence)) is not None:
                    out.append(f"'{f.q.text}' is a share of {other}'s market in [{n}]")
    return list(dict.fromkeys(out))


_MARKET_AFTER_PLACE = re.compile(r"(?:'s|’s)?\s(?:[\w-]+\s){0,4}?market\b|[^，,。；;]{0,10}?市[场場]")


def place_of_word(word: str) -> Entity | None:
    """The gazetteer place a word names or is the adjective of ('European': Europe, 'Chinese': China)."""
    for form in (word, word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-2] + "a"):
        places = [e for e in lookup(form) if e.kind in ("place", "country")] if len(form) > 2 else []
        if places:
            return places[0]
    return None


def _other_region(after: str, sentence: str) -> str | None:
    """The place a paragraph's sentence gives a share's market where the claim gives it another ('of the
    European rental market' where the sentence speaks of the UK market), and the claim's is not named there."""
    m = _REGION_MARKET_EN.search(after)
    if m is None or (claimed := place_of_word(m.group(1))) is None:
        return None
    names = (source_names(sentence) + english_names(sentence)) if HAN.search(sentence) else english_names(sentence)
    # (Only a place the sentence gives a market: 'the UK plant and tool hire market', '国内…市场'; not the
    # home of a company it names.)
    theirs = [n.entity for n in names if n.entity is not None and n.entity.kind in ("place", "country")
              and _MARKET_AFTER_PLACE.match(sentence, n.end)]
    if not theirs or any(e.id == claimed.id for e in theirs) or claimed.english[0].lower() in sentence.lower() \
            or _GLOBAL_WORDS.search(sentence):
        return None
    return theirs[0].english[0]
