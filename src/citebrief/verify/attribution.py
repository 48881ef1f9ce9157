"""Attribution: a claim's figure tied, in the paragraphs it cites, to another subject, metric,
comparison base, denominator or period.

"B's revenue fell 3%" against '甲公司营收增长12%，B公司下降3%' is fine; against 'A公司营收下降3%，
B公司增长12%' the 3% belongs to A. Every figure of the claim is found among the cited paragraphs'
bound figures (facts.binding); the claim is contradicted in one respect only when every figure of
the cited paragraphs with its value is surely bound to something else in that respect. An unsure
binding on either side leaves the claim's verdict as it was.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from itertools import combinations

from citebrief.facts.atoms import TextFacts, english_names, lead_words, read
from citebrief.facts.binding import (
    CALL_OWNED,
    CHANGE_AFTER_LEVEL,
    CHANGE_LEAD,
    DESTINATION_BEFORE,
    LEVEL_REACHED,
    OF_WHICH_EN,
    PERCENT_PER_TIME_EN,
    SENTENCE_END,
    SUMMED_ANY,
    TIME_RATES,
    Binding,
    Subject,
    affiliations,
    base_name,
    bases_conflict,
    bind,
    denominator_name,
    denominators_conflict,
    is_broker,
    is_place_subject,
    is_sector_gauge,
    item_dimension,
    items_conflict,
    not_a_name_zh,
    previous_period,
    sentence_span,
    sentence_start,
    source_names,
    subject_key,
    subjects_of,
    wholes_conflict,
)
from citebrief.facts.company_names import COMPANY_WORD
from citebrief.facts.descriptors import contrast, other_whole, part_of_whole, swapped
from citebrief.facts.gazetteer import group_members, load as gazetteer, lookup
from citebrief.facts.glossary import Glossary, items, metrics, roles, word_list
from citebrief.facts.names import abbreviates, han_abbreviates
from citebrief.facts.people import OTHER_TITLE, Person, names_one_person
from citebrief.facts.places import COUNTRY_NAMES
from citebrief.facts.quantities import matches, word_counts
from citebrief.facts.temporal import (
    MONTH_EN,
    MONTH_NAMES,
    QUARTER_BY_MONTH,
    TO_THE_SAME_DATE,
    YEAR_SO_FAR,
    base_years,
    cumulative,
    months_of,
    year_to_month,
)
from citebrief.text.script import HAN_CLASS, HAN_RUN
from citebrief.verify.differences import WORKED_OUT
from citebrief.verify.index import rise_as_multiple
from citebrief.verify.naming import in_dictionary
from citebrief.verify.points import compared_point
from citebrief.verify.scope import NATIONWIDE_ZH

# A share of a whole market's measure is a market share: '17% of industry sales' = 市场份额约17%.
_UNOWNED_SALES = re.compile(r"(?!(?:its|their|the\scompany|the\sgroup)\b)(?:[a-z-]+\s){0,5}(?:sales|revenue|spending|shipments)\b.*",
                            re.IGNORECASE | re.DOTALL)
_MARKET_WHOLE = re.compile(r"\b(?:industry|industry-wide|market|sector|nationwide|national)\b", re.IGNORECASE)


def attribution_problems(facts: TextFacts, citations: list[int], idx, worked_out: frozenset[int] = frozenset()) -> list[str]:
    """Problems of the claim read as ``facts`` against the paragraphs it cites (``idx``: ArticleIndex).
    ``worked_out``: the claim's figures (by index) it works out from the paragraphs' ('about 20% above
    its close'): whoever else a paragraph gives the same figure to is no rival owner."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    # The cited paragraphs' figures each claim figure matches, found before the claim is bound: a
    # claim none of whose figures is there has nothing to attribute (its figures' own problems say so).
    found: dict[int, list[tuple[int, Binding]]] = {}
    for i, fig in enumerate(facts.figures):
        for n in cited:
            for sb in idx.paragraphs[n - 1].bindings:
                if matches(fig.q, idx.story_quantity(sb.figure.q)) or rise_as_multiple(fig, sb.figure):
                    found.setdefault(i, []).append((n, sb))
        hits = found.get(i, [])
        if fig.q.unit and any(sb.figure.q.unit for _, sb in hits):
            # ('2.00 yuan a share' is 每10股…2.00元, not the day of '本月2日'.)
            found[i] = [(n, sb) for n, sb in hits if sb.figure.q.unit]
        exact = [(n, sb) for n, sb in found.get(i, []) if math.isclose(idx.story_quantity(sb.figure.q).value, fig.q.value, rel_tol=1e-9)]
        if exact and not fig.q.approx:
            # An exact figure outranks one that merely rounds to the claim's ('3-4% a year' against 3.9%).
            found[i] = exact
    if not found:
        return []
    problems: list[str] = []
    bindings = claim_bindings(facts)
    if _CALL_WORDS.search(facts.text):
        # ("Nadiah's FY2027 forecast … after RM192.5 million in the first half": an analyst a cited
        # paragraph names owns the call, not the company's figures the claim reads with it.)
        analysts = {(b.subject.start, b.subject.end) for b in bindings if b.subject is not None and (
            (b.subject.entity_id is None and any(_names_person(idx.paragraphs[n - 1], b.subject, idx.glosses) for n in cited))
            or (b.subject.entity_id is not None and any(_analysts_firm(idx.paragraphs[n - 1], b.subject.entity_id) for n in cited))
            or _forecaster(b.subject, facts.text, cited, idx))}
        bindings = [replace(b, subject=None, subject_sure=False)
                    if b.subject is not None and (b.subject.start, b.subject.end) in analysts else b for b in bindings]
    named = subjects_of(facts)
    for i, cb in enumerate(bindings):
        candidates = found.get(i)
        if not candidates:
            continue
        if _states_something(cb):
            # The claim's other subjects, and those that surely own another of its figures that the
            # paragraphs give someone else (a swap; 'Harbor Tech's HK$58 target … its HK$50 close',
            # both Harbor Tech's in the paragraphs, is none).
            # (A stake is the holder's and the held company's alike: 'CK Hutchison holds about 66.1% of HTHK'.)
            owners = [b.subject for j, b in enumerate(bindings) if j != i and b.subject is not None and b.subject_sure
                      and not any(_same_subject(b.subject, sb2.subject, idx.paragraphs[m - 1], idx.glosses)
                                  or _stake(sb2, idx.paragraphs[m - 1]) for m, sb2 in found.get(j, []))]
            verdicts = [(n, sb, _conflicts(cb, sb, idx.paragraphs[n - 1], idx.glosses, idx, facts.text, named, owners))
                        for n, sb in candidates]
            if i in worked_out:  # (worked out from its own levels: whoever else a paragraph gives the figure to)
                verdicts = [(n, sb, [c for c in conflicts if not c.startswith("belongs to")]) for n, sb, conflicts in verdicts]
            if all(c for _, _, c in verdicts):
                n, sb, conflicts = min(verdicts, key=lambda v: len(v[2]))
                unsure = conflicts[0].startswith("belongs to ") and _owner_named_nowhere(cb, sb, idx.paragraphs[n - 1], idx)
                if unsure and len(conflicts) > 1:
                    conflicts, unsure = conflicts[1:], False  # (whoever it is, the figure is another period's, base's…)
                problem = f"'{cb.figure.q.text}' {conflicts[0]} in [{n}], not {_claim_side(cb, conflicts[0], facts.text)}"
                problems.append(problem + UNNAMED_OWNER if unsure else problem)  # (see unsure_problem)
                continue
        other = _other_item(facts, i, found, idx)
        if other is not None:
            problems.append(other)
    if not problems and len(found) > 1:
        swap = _swapped_items(facts, found, idx, worked_out)
        if swap is not None:
            problems.append(swap)
    return problems


def _swapped_items(facts: TextFacts, found: dict[int, list[tuple[int, Binding]]], idx,
                   worked_out: frozenset[int]) -> str | None:
    """A problem when two of the claim's figures, each found once in one cited paragraph, trade the
    items the paragraph gives them (facts.descriptors.swapped): each figure alone looks right, the
    pair does not."""
    claim_spans = [(f.q.start, f.q.end) for f in facts.figures]
    for i, j in combinations(sorted(k for k in found if k not in worked_out), 2):
        for n in {m for m, _ in found[i]} & {m for m, _ in found[j]}:
            at_i = [sb for m, sb in found[i] if m == n]
            at_j = [sb for m, sb in found[j] if m == n]
            if len(at_i) != 1 or len(at_j) != 1 or at_i[0] is at_j[0]:
                continue
            paragraph = idx.paragraphs[n - 1]
            spans = [(b.figure.q.start, b.figure.q.end) for b in paragraph.bindings]
            first, second = at_i[0].figure.q, at_j[0].figure.q
            # (A percentage and an amount are not of one kind: one side's rare words then tell nothing.)
            one_kind = (facts.figures[i].q.kind == "percent") == (facts.figures[j].q.kind == "percent")
            swap = swapped(facts.text, claim_spans, claim_spans[i], claim_spans[j], paragraph.text, spans,
                           (first.start, first.end), (second.start, second.end), one_kind=one_kind)
            if swap is not None:
                words = [w for w in (swap.first_word, swap.second_word) if w]
                said = f"'{words[0]}' is the other's" + (f", and so is its '{words[1]}'" if len(words) > 1 else "")
                return (f"'{facts.figures[i].q.text}' and '{facts.figures[j].q.text}' are swapped in [{n}]: there "
                        f"'{first.text}' is of '{_item_quoted(swap.first)}' and '{second.text}' of '{_item_quoted(swap.second)}' (the claim's "
                        f"{said})")
    return None


_ITEM_OPENING = re.compile(r"^\s*(?:(?:and|while|whereas|but|with)\s+)?")


def _item_quoted(item: str) -> str:
    """A paragraph's item as a reader quotes it: without the word that joined it to the one before."""
    return _ITEM_OPENING.sub("", item).strip()


def _forecaster(subject: Subject, claim_text: str, cited: list[int], idx) -> bool:
    """Whether the claim's subject owns a call ("ABARES's forecast winter crop") and the cited paragraphs
    name it but give it no figure: the body that forecasts, not whose figure it is."""
    if not CALL_OWNED.match(claim_text, subject.end):
        return False
    named = [n for n in cited if idx.paragraphs[n - 1].subject_spans(subject, idx.glosses)]
    return bool(named) and not any(_same_subject(subject, sb.subject, idx.paragraphs[n - 1], idx.glosses)
                                   for n in named for sb in idx.paragraphs[n - 1].bindings)


def _analysts_firm(paragraph, entity_id: int) -> bool:
    """Whether the paragraph names the company as an analyst's firm ('华兴资本分析师琚清漪'): its
    possessive in a claim owns the analyst's call ("China Renaissance's 52-yuan target")."""
    return any(re.search(re.escape(form) + _ANALYST_AFTER_FIRM, paragraph.lower)
               for form in gazetteer().entities[entity_id].folded_forms if len(form) >= 2)


_ANALYST_AFTER_FIRM = r"(?:的)?(?:首席)?(?:分析师|研究员|研报|证券分析师|analysts?\b)"


def _narrower_whole(claim_whole: str, source_whole: str, paragraph, at: int) -> str | None:
    """A word that narrows the claim's whole ('industrial' revenue) where an English paragraph's whole is
    plain ('Exports made up 17.3% of revenue.': the word is not in the share's sentence) and the paragraph
    writes that word before the whole's own word elsewhere ('its industrial revenue rose 14.5%'): another
    item's share, not the whole's."""
    if HAN_RUN.search(paragraph.text):
        return None
    opens, ends = sentence_span(paragraph.lower, at, at)
    sentence = paragraph.lower[opens:ends]
    from citebrief.facts.descriptors import name_words
    from citebrief.facts.lexicon import content_words

    source_words = content_words(source_whole)
    heads = source_words - name_words(source_whole)
    if not heads:
        return None
    # ('of industry shipments' against 'of the total': a word of the whole market narrows nothing.)
    extra = content_words(claim_whole) - source_words - name_words(claim_whole) - _WHOLE_MARKET_WORDS
    # ('of Tabcorp's wagering turnover' where 'Digital wagering turnover grew 8.7%' is a figure of its own:
    # the claim's own head word counts as a head too.)
    claim_head = re.findall(r"[a-z]+", claim_whole.lower())[-1:]
    heads |= {h for h in claim_head if h in extra}
    return next((w for w in sorted(extra) for h in sorted(heads) if w != h and w not in sentence
                 and re.search(rf"\b{re.escape(w)}\s(?:[a-z-]+\s){{0,1}}{re.escape(h)}\b", paragraph.lower)), None)


_WHOLE_MARKET_WORDS = frozenset({"industry", "market", "total", "overall", "all", "national", "nationwide"})
_MOVES_OR_LEVELS = frozenset({"percent", "amount"})
# "Grape King's direct-selling subsidiary had November revenue of…", "Tianzhen's Vietnam plant produced 41%": a
# unit or site the claim names by its parent.
_UNIT_OF_CLAIMED = re.compile(r"(?:'s|’s)\s(?:[\w-]+\s){0,2}(?:subsidiary|subsidiaries|unit|units|arm|division|affiliate)\b")
_UNIT_NAMED_CLAIMED = re.compile(r"(?:\s[A-Z][\w&-]*){0,2}(?:'s|’s)\s((?:[A-Z][\w&-]*\s){1,3})(?:unit|segment|division|business)\b")


def _other_unit_named(cb: Binding, sb: Binding, paragraph, claim_text: str) -> str | None:
    """The unit a claim names by name ("Amorim's Composite Cork unit grew its sales by 9.5%") where the
    paragraph gives that unit a figure of its own of the same kind and the claimed figure to another
    subject (the Cork Stoppers unit's 9.5%, Composite Cork's 2.6%)."""
    m = _UNIT_NAMED_CLAIMED.match(claim_text, cb.subject.end) if cb.subject is not None else None
    if m is None or m.end() > cb.figure.q.start or re.search(r"\sand\s|[,;]", claim_text[m.end():cb.figure.q.start]):
        return None  # (only the figure of the unit's own clause: not '… and International Farming $18.3 million')
    unit = m.group(1).strip()
    if any(e.kind == "place" for e in lookup(unit)):
        return None  # ("Orion's China unit": a unit by its market, which the paragraph names as a place)
    if sb.subject is not None and sb.subject.text.lower() == unit.lower():
        return None
    if unit.lower() in paragraph.lower[sentence_start(paragraph.text, sb.figure.q.start):sb.figure.q.start]:
        return None  # ('its Institutional Retirement business wrote £7.82 billion': the unit named in the figure's sentence)
    own = [b for b in paragraph.bindings if b.subject is not None and b.subject.text.lower() == unit.lower()
           and b.figure.q.kind == sb.figure.q.kind and b.figure.q.start != sb.figure.q.start]
    if own:
        return unit
    # ('Receivables at the bank's V12 Retail Finance arm rose 6.4%' where the claim gives the 6.4% to the Vehicle
    # Finance division the paragraph names elsewhere: the figure's sentence names its own unit.)
    start = sentence_start(paragraph.text, sb.figure.q.start)
    theirs = [u.group(1) for u in _UNIT_IN_SENTENCE_EN.finditer(paragraph.text, start, sb.figure.q.start)]
    if theirs and theirs[-1].strip().lower() != unit.lower() and re.search(rf"\b{re.escape(unit)}\b", paragraph.text, re.IGNORECASE):
        return unit
    return None


_UNIT_IN_SENTENCE_EN = re.compile(r"(?:\bits|\bthe\s(?:bank|group|company)(?:'s|’s)|[A-Z][\w&.-]*(?:'s|’s))\s"
                                  r"((?:[A-Z0-9][\w&-]*\s){1,4})(?:division|arm|unit|segment|business)\b")


_SITE_OF_CLAIMED = re.compile(r"(?:'s|’s)\s(?:[\w-]+\s){0,2}(?:plant|plants|factory|factories|base|mill|site)\b")
_SITE_HEAD = re.compile(r"(?:工厂|工廠|厂|廠|基地)$")


def _cost_against_result(cb: Binding, sb: Binding) -> bool:
    """A cost against a profit or revenue ('employee costs rose 18.1%' where 18.1% is EBITDA's): the cost
    family stands apart from results in the glossary (so that a cost's share of revenue is the cost's),
    yet a cost is never a result. Not for ratios, whose metric may be their whole ('員工成本佔收入比率')."""
    if cb.whole or sb.whole_text or cb.figure.q.kind not in _MOVES_OR_LEVELS or sb.figure.q.kind not in _MOVES_OR_LEVELS:
        return False
    a, b = cb.metric or frozenset(), sb.metric or frozenset()
    g = metrics()
    cost = [x for x in (a, b) if g.within(x, "costs")]
    result = [x for x in (a, b) if g.within(x, "profit") or g.within(x, "revenue")]
    return len(cost) == 1 and len(result) == 1 and cost[0] is not result[0]


# 'export revenue', 'export sales': what exports bring in; against exports not counted as a volume.
_EXPORT_TAKINGS = re.compile(r"\bexport\s(?:revenue|revenues|sales|turnover)\b", re.IGNORECASE)
_VOLUME_WORDS = re.compile(r"量|volume|shipments|shipped|units|tonnes", re.IGNORECASE)


def _export_takings(cb: Binding, sb: Binding, claim_text: str) -> bool:
    """Whether the claim's revenue is its exports' takings ('export revenue rose 11.8% to ₹208.5 crore')
    and the source's exports are not a volume ('exports grew 11.8% to ₹208.5 crore'; not 出口量)."""
    start = cb.figure.q.start
    return sb.metric is not None and cb.metric is not None and "exports" in sb.metric and "revenue" in cb.metric \
        and not _VOLUME_WORDS.search(sb.metric_text or "") \
        and _EXPORT_TAKINGS.search(claim_text, max(0, start - 40), start) is not None


# ('reached 23.7 million orders', '9.17 million of the new cars': what a count counts, written right after it.)
_COUNTED_AFTER = re.compile(r"\s(?:of\s(?:the\s|its\s|their\s)?)?(?:[a-z-]+\s)?")


def _counted_as(cb: Binding, ids: frozenset[str] | None, glossary: Glossary, claim_text: str) -> bool:
    """Whether the claim names what a source figure measures or is of (``ids`` of ``glossary``) as
    what its own figure counts ('drone deliveries reached 23.7 million orders' where [2] says
    完成订单2,370万单; '9.17 million of the new cars' where it says 新车为917万辆): the word before is
    the topic."""
    if ids is None:
        return False
    after = claim_text[cb.figure.q.end:cb.figure.q.end + 40].lower()
    return any(t.ids & ids and _COUNTED_AFTER.fullmatch(after, 0, t.start) for t in glossary.find(after))


def _place_in_clause(claim_text: str, cb: Binding, place: str) -> bool:
    """Whether the claim's figure's own clause names the place, or its adjective ('Virbac's North
    American revenue grew 14.9%' for North America): the company's figure there, not another's."""
    named = _place_pattern(place)
    return named is not None and named.search(claim_text, _clause_start(claim_text, cb.figure.q.start), cb.figure.q.start) is not None


def _place_pattern(place: str, ignore_case: bool = False) -> re.Pattern | None:
    """A capitalised place's words and the adjectives made of them ('North America', 'North American'); None
    for a place not written in capitals."""
    words = place.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return re.compile(r"\b" + r"\s".join(re.escape(w) + r"[a-z]*" for w in words) + r"\b", re.IGNORECASE if ignore_case else 0)


# ('联盟秘书长仝苡澍表示，…今年全年工业软件收入将突破4,600亿元' for China's: the body whose officer speaks of
# its industry's figures, which are the country's.)
_INDUSTRY_BODY_ZH = re.compile(r"(?:联盟|聯盟|协会|協會|学会|學會|商会|商會|联合会|聯合會|同业公会|同業公會|公会|公會)$")


def _carried_place_named_before(claim_text: str, cb: Binding, sb: Binding, paragraph) -> bool:
    """Whether the paragraph's place is carried to the figure from a clause before its own, and the claim names
    that place before its figure too, giving the figure to a product or brand, no place or listed company
    ('Canadian breakfast traffic rose 2.1% … and doughnut and Timbits volumes grew 6.4%' for '第三季加拿大早餐
    時段來客數季增2.1%，甜甜圈與Timbits品項銷量年增6.4%')."""
    from citebrief.facts.gazetteer import load

    if sb.subject is None or sb.subject.entity_id is None or cb.subject is None or cb.subject.entity_id is not None \
            or sb.subject.start < 0 or sb.subject.end > _clause_start(paragraph.text, sb.figure.q.start):
        return False
    from citebrief.verify.fractions import place_of_word

    names = load().entities[sb.subject.entity_id].english
    return any((named := _place_pattern(name)) is not None and named.search(claim_text, 0, cb.figure.q.start)
               for name in names) or any((e := place_of_word(w)) is not None and e.id == sb.subject.entity_id
                                         for w in re.findall(r"\b[A-Z][a-z]{3,}\b", claim_text[:cb.figure.q.start]))


def _place_is_claims_item(place: Subject, cb: Binding) -> bool:
    """Whether the claim's figure is of the place as the company's market, an item the claim carries
    to it ("Keller's European revenue fell 1.4% … and operating profit dropped 6.8%" for 'Europe's
    revenue slipped 1.4% … and its operating profit fell 6.8%')."""
    named = _place_pattern(place.text, ignore_case=True) if cb.item and cb.item_text else None
    return named is not None and named.search(cb.item_text or "") is not None


def _change_of_rate(sb: Binding, paragraph) -> bool:
    """Whether the source figure is the change of a rate written just before it in its sentence
    ('每户每月平均收入为24.6元，同比下降0.8元': 0.8 yuan a month less, not a total)."""
    before = [b for b in paragraph.bindings if b.figure.q.end <= sb.figure.q.start
              and sb.figure.q.start - b.figure.q.end <= 16 and b.denominator is not None]
    if not before:
        return False
    gap = re.match(r"[，,]\s*", paragraph.lower[before[-1].figure.q.end:])
    return gap is not None and CHANGE_LEAD.match(paragraph.lower, before[-1].figure.q.end + gap.end()) is not None


_MULTIPLE_BASE_ZH = re.compile(r"(?:为|為|是|相当于|相當於)[^，,。；;\d]{0,12}的\s?(?:约|約)?\s?$")


def _base_of_multiple(sb: Binding, paragraph) -> bool:
    """Whether the paragraph's item for a multiple is what it is a multiple of: '约为传统燃油车型的1.6倍' gives the
    new-energy models' value as 1.6 times the fuel cars'."""
    if not sb.item_text or not (sb.figure.q.unit == "x" or sb.figure.q.text.endswith(("倍", "times"))):
        return False
    before = paragraph.lower[max(0, sb.figure.q.start - 24):sb.figure.q.start]
    m = _MULTIPLE_BASE_ZH.search(before)
    return m is not None and sb.item_text.lower() in m.group(0)


def _traded_measure(cb: Binding, sb: Binding, paragraph) -> bool:
    """Whether the paragraph writes its measure right after 出口 or 进口 and the claim's is exports or imports:
    '中国出口货量' is export volume ('Chinese exports now account for 27%')."""
    if not cb.metric or not sb.metric_text:
        return False
    at = paragraph.lower.rfind(sb.metric_text.lower(), 0, sb.figure.q.start)
    before = paragraph.lower[max(0, at - 2):at] if at > 0 else ""
    return (before == "出口" and metrics().within(cb.metric, "exports")) or \
        (before == "进口" and metrics().within(cb.metric, "imports"))


def _fee_revenue(cb: Binding, sb: Binding, paragraph) -> bool:
    """Whether the claim's fees are the paragraph's fee revenue written as 收入 after the fee's name
    ('基本收视费收入268亿元' for 'basic subscription fees … 26.8 billion yuan')."""
    if cb.metric is None or "fee_income" not in cb.metric or sb.metric_text not in ("收入", "营收"):
        return False
    before = paragraph.lower[max(0, sb.figure.q.start - 30):sb.figure.q.start]
    at = before.rfind(sb.metric_text)
    return at > 0 and before[at - 1] == "费"


def _loss_as_negative_profit(cb: Binding, sb: Binding, paragraph) -> bool:
    """A net loss the paragraph writes as a negative profit ('归母净利润为-2,150万元')."""
    claimed, given = cb.metric, sb.metric
    if claimed is None or given is None:
        return False
    return "net_loss" in claimed and metrics().within(given, "profit") and \
        paragraph.text[max(0, sb.figure.q.start - 1):sb.figure.q.start] in ("-", "−", "–")


# What a share is measured by, right after it: 'of the value of …', 'of the ten-month volume', 'by value'.
_SHARE_MEASURES = r"(value|volume|tonnage|number)"
_SHARE_MEASURE_EN = re.compile(r"\s(?:of\s(?:the\s|its\s|their\s)?(?:[\w'’-]+\s){0,6}?|by\s)" + _SHARE_MEASURES + r"\b", re.IGNORECASE)


def _share_measure(text: str, end: int) -> str | None:
    m = _SHARE_MEASURE_EN.match(text, end)
    if m is None:
        return None
    word = m.group(1).lower()
    return "volume" if word == "tonnage" else word


# What a Chinese share's whole counts: '占刷卡交易笔数的比重' is by number, '占出口金额' by value.
_COUNTED_WHOLE_ZH = re.compile(r"(?:笔数|件数|台数|数量|宗数|宗數|筆數|件數|台數|數量|人次)$")
_SOLD_WHOLE_ZH = re.compile(r"(?:销量|出货量)$")
_VALUED_WHOLE_ZH = re.compile(r"(?:金额|总额|销售额|交易额|金額|總額|銷售額|交易額)$")


# What the shares of a Chinese sentence are counted by, said before them: '以申領金額計，西醫佔38.2%'.
_MEASURED_BY_LEAD_ZH = re.compile(r"[以按]([^，,。；;\d]{1,10}?)[计計][算]?[，,]")


def _measured_by_zh(low: str, at: int) -> str | None:
    """The measure ('value', 'number', 'volume') a lead of the figure's sentence counts its shares by."""
    leads = list(_MEASURED_BY_LEAD_ZH.finditer(low, sentence_start(low, at), at))
    return _share_measure_zh(leads[-1].group(1)) if leads else None


def _share_measure_zh(whole_text: str | None) -> str | None:
    if not whole_text or not HAN_RUN.search(whole_text):
        return None
    return "number" if _COUNTED_WHOLE_ZH.search(whole_text) else "volume" if _SOLD_WHOLE_ZH.search(whole_text) else \
        "value" if _VALUED_WHOLE_ZH.search(whole_text) else None


# A speaker a claim names by title alone: "Dentsu's CFO said …", 'the company's finance director expects …'.
_SAYS_AFTER_TITLE = re.compile(r"\s(?:said|says|expects|expected|told|added|noted|sees|forecast|forecasts|estimated|estimates)\b")


@lru_cache(maxsize=4096)
def title_speaking(claim_text: str) -> tuple[frozenset[str], str] | None:
    """The title (role ids, as written) right before a verb of saying in a claim, or None."""
    low = claim_text.lower()
    return next(((t.ids, claim_text[t.start:t.end]) for t in roles().find(low) if _SAYS_AFTER_TITLE.match(low, t.end)), None)


def _other_broker(cb: Binding, sb: Binding, paragraph, glosses: dict, claim_text: str, idx) -> str | None:
    """The broker the paragraph's sentence holding the figure names, where the claim has another broker
    make the call and that broker is not named in the sentence ('Japan Asia Securities cut its target
    price for Komeri to ¥3,600' where Hirogin Securities' analyst did)."""
    claim_start = sentence_start(claim_text, cb.figure.q.start)
    brokers = [n for n in english_names(claim_text) if claim_start <= n.start and n.end <= cb.figure.q.start
               and is_broker(n.text, n.entity.id if n.entity else None)]
    if not brokers:
        return None
    a, b = sentence_span(paragraph.text, sb.figure.q.start, sb.figure.q.end)
    if paragraph.facts.han:
        # ('巨丰投顾分析师…；汇正财经分析师鄢栖桐则…预计其全年营收约为91亿元': a Chinese sentence's clauses
        # after a semicolon are each another analyst's.)
        a = max([a] + [m.end() for m in re.finditer(r"[；;]", paragraph.text[:sb.figure.q.start])])
        b = min([b] + [sb.figure.q.end + m.start() for m in re.finditer(r"[；;]", paragraph.text[sb.figure.q.end:b])])
    for broker in brokers:
        subject = Subject(broker.text, broker.entity.id if broker.entity else None, broker.start, broker.end)
        if any(a <= x < b for x, _ in paragraph.subject_spans(subject, glosses)):
            return None
        # (Only a broker the story names somewhere: one the gazetteer cannot find in the story, 'Mega
        # Securities Investment Consulting' for 兆丰投顾, may be the paragraph's own under another name.)
        if not any(p.subject_spans(subject, glosses) for p in idx.paragraphs):
            return None
    names = source_names(paragraph.text) + english_names(paragraph.text) if paragraph.facts.han else english_names(paragraph.text)
    # ('an analyst at CL King & Associates': a house its analyst is said to work at, whatever its name.)
    theirs = [n.text for n in names if a <= n.start < b and (is_broker(n.text, n.entity.id if n.entity else None)
                                                              or _ANALYST_AT_EN.search(paragraph.text, max(0, n.start - 16), n.start))]
    if not theirs and paragraph.facts.han:
        # ('富隆证券分析师乔宥菱将达方目标价…上调至82元': a broker the gazetteer lacks, by its analyst.)
        theirs = [m.group(1) or m.group(2) for m in _ZH_BROKER_OF_ANALYST.finditer(paragraph.text, a, b)]
    return theirs[0] if len(set(theirs)) == 1 else None


_ANALYST_AT_EN = re.compile(r"\banalysts?\s(?:at|with)\s$")
# ('…；中和应泰分析师钮岱恒则…': a house the gazetteer lacks, opening its clause before its analyst.)
_ZH_BROKER_OF_ANALYST = re.compile(rf"([{HAN_CLASS}]{{2,6}}?(?:证券|投顾|证券投资顾问|财经|智投))(?:分析师|研究员|首席)|"
                                   rf"(?<![^；;，,。\s])([{HAN_CLASS}]{{2,6}})(?:分析师|研究员)")


def _names_person(paragraph, subject: Subject, glosses: dict) -> bool:
    """Whether the paragraph names the claim's subject as a person, or as one who says a figure
    ('Neha Joshi of Centrum Broking raised her target…' for 'Joshi')."""
    if paragraph.person_matching(subject, glosses) is not None:
        return True
    word = re.compile(rf"(?<![A-Za-z]){re.escape(subject.text)}(?![A-Za-z])")
    return any(b.speaker is not None and word.search(b.speaker.text) for b in paragraph.bindings)


def _other_item(facts: TextFacts, i: int, found: dict[int, list[tuple[int, Binding]]], idx) -> str | None:
    """A problem when the claim describes its i-th figure, wherever the cited paragraphs give it,
    with the words of another item of that paragraph (facts.descriptors). ``found``: each claim
    figure's matching figures in the cited paragraphs."""
    q = facts.figures[i].q
    claim_spans = [(f.q.start, f.q.end) for f in facts.figures]
    contrasts = []
    # (A figure the paragraph gives exactly is the one meant, not another it rounds: 'fell 6%' is the
    # wheat cost's 6%, not revenue's 6.3%.)
    counted = word_counts(facts.text)
    exact = [(n, sb) for n, sb in found[i] if abs(idx.story_quantity(sb.figure.q).value - q.value) <= 1e-9 * max(1.0, abs(q.value))]
    for n, sb in exact or found[i]:
        paragraph = idx.paragraphs[n - 1]
        # (An ordinal or a day names no item of its own: '本月16日公布第五批…冷链物流基地' is the list's.)
        spans = [(b.figure.q.start, b.figure.q.end) for b in paragraph.bindings if not _ordinal_or_day(paragraph.text, b.figure.q)]
        same = {(b.figure.q.start, b.figure.q.end) for m, b in found[i] if m == n}
        others = {(b.figure.q.start, b.figure.q.end) for j, hits in found.items() if j != i for m, b in hits if m == n}
        # (A count the claim writes as a word is the claim's too: 'from two optical-module makers' for 两家光模块厂商.)
        others |= {(b.figure.q.start, b.figure.q.end) for b in paragraph.bindings if b.figure.q.value in counted}
        c = contrast(facts.text, (q.start, q.end), claim_spans, paragraph.text, (sb.figure.q.start, sb.figure.q.end),
                     spans, same, others, title=idx.article.title)
        if c is None:
            return None
        contrasts.append((n, c))
    n, c = contrasts[0]
    return f"'{q.text}' is of {c.own} in [{n}]; '{c.claim_word}' is another item's ({c.other_word})"


def _ordinal_or_day(text: str, q) -> bool:
    return text[q.start - 1:q.start] == "第" or q.text.isdigit() and (
        text[q.end:q.end + 1] in ("日", "号", "號") or _MONTH_BEFORE_EN.search(text, max(0, q.start - 11), q.start) is not None)


_MONTH_BEFORE_EN = re.compile(rf"\b{MONTH_EN}\s$", re.IGNORECASE)


def claim_bindings(facts: TextFacts) -> list[Binding]:
    """The claim's bindings, read once per claim (attribution, per-share dividends and bases all ask)."""
    cached = getattr(facts, "_claim_bindings", None)
    if cached is None:
        cached = [_item_named_after(facts.text, b) for b in bind(facts)]
        facts._claim_bindings = cached  # type: ignore[attr-defined]
    return cached


def bases_left_open(facts: TextFacts, citations: list[int], idx) -> set[str]:
    """The claim's bases ('yoy') that no figure of it contradicts in the cited paragraphs: each of
    its figures measured on that base is there, written with no base of its own ('posted a 5% rise
    ... to S$1.86 billion' for 'rose 5% from a year earlier'). A paragraph that gives another
    figure another base ('3% higher than in the second quarter') says nothing of this one."""
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    open_bases: dict[str, bool] = {}
    for cb in claim_bindings(facts):
        if cb.base is None:
            continue
        sources = idx.bindings_matching(cb.figure.q, cited)
        left_open = bool(sources) and all(sb.base is None for sb in sources)
        open_bases[cb.base] = open_bases.get(cb.base, True) and left_open
    return {b for b, ok in open_bases.items() if ok}


_ENTIRE_WHOLE = re.compile(r"\b(?:entire|whole|overall|total|all)\b", re.IGNORECASE)


def _narrower_market(cb: Binding, sb: Binding, paragraph, claim_text: str) -> bool:
    """Whether the paragraph's market share is of a narrower market than the claim's: its whole, less the
    claim's words, keeps a word that narrows a market (data/whole_narrowing_words.txt), or keeps any word
    where the claim says the market is the entire one ("China's entire fuse market" for 国内新能源汽车熔断器市场)."""
    left = part_of_whole(sb.whole_text or "", [s.text for s in paragraph.subjects], _whole_and_after(cb.whole_text or "", claim_text),
                         every_word=True)
    if not left:
        return False
    return any(w in left for w in word_list("whole_narrowing_words.txt")) or bool(_ENTIRE_WHOLE.search(cb.whole_text or ""))


def _whole_and_after(whole: str, claim_text: str) -> str:
    """A claim's whole with the words after it in its clause ("China's market for new-energy vehicle
    fuses": what the market is for)."""
    at = claim_text.find(whole)
    if at < 0:
        return whole
    end = re.search(r"[,;.](?:\s|$)|\s(?:in|during|by|from|at|on|and|while|according)\s", claim_text[at + len(whole):])
    return claim_text[at:at + len(whole) + (end.start() if end else len(claim_text))]


_MEASURED_WHOLE = re.compile(r"\b" + _SHARE_MEASURES + r"\b", re.IGNORECASE)


def _states_something(b: Binding) -> bool:
    # (A whole named by its market or its measure says something too: 'of the global headphone market',
    # 'of the value of card transactions'.)
    return b.speaker is not None or b.whole is not None or (b.item is not None and b.item_sure) or (b.subject is not None and b.subject_sure) or (b.metric is not None and b.metric_sure) or \
        b.base is not None or b.denominator is not None or b.period is not None or b.year is not None or \
        (b.whole_text is not None and (_MARKET_WHOLE.search(b.whole_text) or _MEASURED_WHOLE.search(b.whole_text)) is not None)


# ('1,205 lots by foreign investors and 514 by investment trusts', '2,940 lots bought by foreign investors': the
# item a figure is of, after it.)
# (Not 'of' or 'from': '43.9% of liquor revenue' is a share's whole, 'RM2.3 billion of launches' what it counts.)
_ITEM_AFTER = re.compile(r"\s(?:[a-z]+\s){0,2}?(?:by|at)\s(?:the\s|its\s)?")


_MOVE_IN_AFTER = re.compile(r"\s(?:rise|increase|growth|gain|jump|fall|drop|decline)\sin\s")


def _item_named_after(text: str, b: Binding) -> Binding:
    """The binding with the item the claim names right after its figure ('514 by investment trusts'),
    which is the figure's rather than one named before it."""
    low = text.lower()
    if (m := _ITEM_AFTER.match(low, b.figure.q.end)) is not None:
        term = next((t for t in items().find(low[m.end():m.end() + 40]) if t.start == 0), None)
    elif (m := _MOVE_IN_AFTER.match(low, b.figure.q.end)) is not None:
        # ('the 2.6% rise in exports to North America': the move's item, a few words on; only a market:
        # 'a 4% fall in retail' may name a channel the paragraph calls otherwise.)
        term = next((t for t in items().find(low[m.end():m.end() + 40]) if t.start <= 24
                     and "." not in low[m.end():m.end() + t.start] and item_dimension(t.ids) == "market"), None)
    else:
        return b
    if term is None:
        return b
    return replace(b, item=term.ids, item_text=text[m.end() + term.start:m.end() + term.end], item_sure=True,
                   items_before=frozenset())


# A share's whole that points back to one unit: 占该业务收入的, 'of the segment's revenue'.
_THAT_UNITS_WHOLE = re.compile(r"(?:该|該|这一|這一|此)(?:业务|業務|板块|板塊|分部|部门|部門|事业部|事業部|产品|產品)|"
                               r"(?:the|that)\s(?:segment|division|unit|business)['’]s\b", re.IGNORECASE)
# ("Gavekal's head of technology research, Au Ching-fei, said…": a research house's person speaks; the house
# is not whose the figure is.)
_FIRMS_TITLE_AFTER = re.compile(r"['’]s\s(?:[a-z&-]+\s){0,4}?(?:analysts?|economists?|strategists?|researchers?|research)\b"
                                r"[^.;]{0,60}?\b(?:said|says|expects|estimates|forecasts|predicts|warned|believes)\b")


def _speaks_elsewhere_only(speaker, claim_text: str, paragraph, glosses: dict, idx) -> bool:
    """Whether the claim's speaker is a person of other paragraphs only, none of which holds any of the
    claim's figures (a claim that sets one analyst's forecast against a company's figure of another
    paragraph gives the speaker only the forecast)."""
    theirs = [p for p in idx.paragraphs if p.number != paragraph.number and p.person_matching(speaker, glosses) is not None]
    if not theirs:
        return False
    figures = read(claim_text).figures
    return not any(idx.bindings_matching(f.q, [p.number]) for f in figures for p in theirs)


def _conflicts(cb: Binding, sb: Binding, paragraph, glosses: dict, idx, claim_text: str = "",
               claim_subjects: list[Subject] | None = None, claim_owners: list[Subject] | None = None) -> list[str]:
    """How the source binding ``sb`` contradicts the claim's ``cb`` (an empty list: it does not).
    ``claim_subjects``: every subject the claim names; ``claim_owners``: those that surely own
    another of its figures."""
    out: list[str] = []
    if cb.subject is not None and cb.subject_sure and sb.subject is not None and sb.subject_sure and \
            not _MODEL_AFTER.match(claim_text, cb.figure.q.end) and \
            not _FIRMS_TITLE_AFTER.match(claim_text, cb.subject.end):
        if other_subject(cb.subject, sb.subject, paragraph, glosses, idx) and \
                not (_holder_named_too(cb.subject, sb.subject, paragraph, glosses, claim_text) and
                     not _place_owning_another(sb.subject, claim_owners or [])) and \
                not _owner_named_aside(sb.subject, paragraph, glosses, claim_text, claim_subjects or [], claim_owners or []) and \
                not _persons_own(cb.subject, sb, paragraph, glosses, claim_text) and \
                not _publisher_of(sb.subject, cb.subject) and \
                not (sb.item_text in _DOMESTIC_ZH and cb.subject.entity_id is not None and cb.subject.entity_id == idx.home_place) and \
                not (cb.subject.entity_id is not None and cb.subject.entity_id == idx.home_place and
                     _nationwide_product(sb, paragraph.text)) and \
                not _group_totals(cb, sb, paragraph.lower, claim_text) and \
                not _holder_of_stake(cb.subject, sb, paragraph, glosses) and \
                not _route_end(cb.subject, sb.subject, claim_text) and \
                not _named_in_figures_sentence(cb.subject, sb, paragraph, glosses) and \
                not _trade_partner_named(sb.subject, paragraph, claim_text) and \
                not _segment_of(cb.subject, sb.subject, paragraph, glosses) and \
                not (_division_of_story(cb.subject, sb.subject, idx, glosses, paragraph.number) and
                     sb.subject.start < sentence_start(paragraph.text, sb.figure.q.start)) and \
                not _item_named_in_english(sb.subject, claim_text, cb) and \
                not (sb.speaker is not None and sb.speaker.text == sb.subject.text and cb.speaker is not None) and \
                not _UNIT_OF_CLAIMED.match(claim_text, cb.subject.end) and \
                not (is_place_subject(cb.subject) and sb.speaker is not None and _INDUSTRY_BODY_ZH.search(sb.subject.text)) and \
                not (is_place_subject(sb.subject) and (_place_in_clause(claim_text, cb, sb.subject.text)
                                                       or _place_is_claims_item(sb.subject, cb)
                                                       or _carried_place_named_before(claim_text, cb, sb, paragraph))) and \
                not (_SITE_OF_CLAIMED.match(claim_text, cb.subject.end) and _SITE_HEAD.search(sb.subject.text)):
            out.append(f"belongs to {sb.subject.text}")
    if not out and cb.subject is not None and (unit := _other_unit_named(cb, sb, paragraph, claim_text)) is not None:
        out.append(f"is another unit's than {unit}")  # "Amorim's Composite Cork unit grew 9.5%" where Composite Cork grew 2.6%
    if not out and sb.subject is None and cb.subject is not None and cb.subject_sure and \
            (later := _named_after(cb.subject, sb, paragraph, glosses)) is not None:
        out.append(f"belongs to what comes before {later}")  # '稻香村…销售额…增长3.1%；华美食品约9.6亿元' for Huamei's 3.1%
    if not out and sb.subject is None and cb.subject is not None and cb.subject_sure and cb.subject.entity_id is not None and \
            gazetteer().entities[cb.subject.entity_id].kind == "company" and \
            (officers_firm := _speakers_company(sb, paragraph)) is not None and officers_firm.entity_id != cb.subject.entity_id and \
            other_subject(cb.subject, officers_firm, paragraph, glosses, idx):
        out.append(f"belongs to {officers_firm.text}")  # "Aroundtown's board will propose…" where Grand City's chief executive said so
    if not out and cb.subject is not None and cb.subject_sure and cb.subject.entity_id is not None and \
            (system := _system_of(sb, paragraph)) is not None:
        out.append(f"belongs to {system}")  # ("Tisco's NPL ratio … 2.97%" where 2.97% is the banking system's)
    if cb.speaker is not None and sb.speaker is not None:
        said_by = paragraph.person_matching(cb.speaker, glosses)
        if said_by is not None and (said_by.start, said_by.end) != (sb.speaker.start, sb.speaker.end) and \
                not names_one_person(said_by.text, sb.speaker.text) and not _speakers_firm(cb.speaker.text, sb.speaker, paragraph.text):
            out.append(f"is said by {sb.speaker.text}")
        elif said_by is None and " " in cb.speaker.text and cb.speaker.text not in sb.speaker.text and \
                re.search(rf"(?<![A-Za-z]){re.escape(cb.speaker.text)}(?![A-Za-z])", paragraph.text) and \
                not _speakers_firm(cb.speaker.text, sb.speaker, paragraph.text) and \
                not (_company_call_in_sentence(cb.speaker.text, sb, paragraph.text)
                     and not _SAID_BEFORE_EN.search(claim_text, 0, max(0, cb.speaker.start))):
            # ('Motilal Oswal's Sneha Kulkarni cut her target…': a person the paragraph names without a
            # title, there as the other analyst.)
            out.append(f"is said by {sb.speaker.text}")
        elif said_by is None and not names_one_person(cb.speaker.text, sb.speaker.text) and \
                not _speakers_firm(cb.speaker.text, sb.speaker, paragraph.text) and \
                cb.metric is not None and \
                metrics().within(cb.metric, "target_price") and \
                _speaks_elsewhere_only(cb.speaker, claim_text, paragraph, glosses, idx):
            # ('Edmond de Rothschild's Tai Yi-shuo set a NT$155 target' where [9]'s 巫睿翰 set it and 戴熠硕
            # speaks in [10], which holds no figure of the claim: a target is its setter's call.)
            out.append(f"is said by {sb.speaker.text}")
    if cb.figure.q.kind == "percent" and (claimed := _share_measure(claim_text, cb.figure.q.end)) and \
            (given := _share_measure(paragraph.lower, sb.figure.q.end) or _share_measure_zh(sb.whole_text)
             or _measured_by_zh(paragraph.lower, sb.figure.q.start)) and claimed != given \
            and {claimed, given} != {"volume", "number"}:
        out.append(f"is a share by {given}")  # 'of the value of Vietnam's rubber exports' for 'of the ten-month volume'
    # (Or the claim's speaker is the broker itself: 'Ta-Ting Securities raised its target price…'.)
    if (cb.speaker is None or is_broker(cb.speaker.text, cb.speaker.entity_id)) and sb.speaker is not None and not out and \
            (firm := _other_broker(cb, sb, paragraph, glosses, claim_text, idx)) is not None:
        out.append(f"is said by {sb.speaker.text} of {firm}")  # 'Japan Asia Securities cut its target' where Hirogin's analyst did
    elif (cb.speaker is None or is_broker(cb.speaker.text, cb.speaker.entity_id)) and sb.speaker is None and not out and \
            sb.metric_sure and sb.metric and "target_price" in sb.metric and \
            (firm := _other_broker(cb, sb, paragraph, glosses, claim_text, idx)) is not None:
        out.append(f"is said by an analyst of {firm}")  # (its analyst's name not read: 'In Yu-chan, an analyst at Shinhan Investment, raised…')
    if cb.speaker is None and sb.speaker is not None and not out and (titled := title_speaking(claim_text)) is not None:
        # ("Dentsu's CFO said full-year organic growth should be about 2%" where the president and CEO said it.)
        said = next((p for p in paragraph.people if p.start < sb.speaker.end and sb.speaker.start < p.end), None)
        if said is not None and said.roles and OTHER_TITLE not in said.roles and not said.roles & titled[0]:
            out.append(f"is said by {sb.speaker.text}, {said.role_text}")
    if cb.metric and sb.metric and cb.metric_sure and sb.metric_sure and (metrics().rivals(cb.metric, sb.metric)
                                                                          or _cost_against_result(cb, sb)) \
            and not _loss_as_negative_profit(cb, sb, paragraph) and not _export_takings(cb, sb, claim_text) \
            and not _counted_as(cb, sb.metric, metrics(), claim_text) \
            and not _fee_revenue(cb, sb, paragraph) \
            and not _whole_as_measure(cb, sb) and not _traded_measure(cb, sb, paragraph):
        out.append(f"is {sb.metric_text} ({metrics().name(sb.metric)})")
    elif cb.metric and sb.metric and cb.period == "12M" and metrics().within(cb.metric, "dividend") and \
            not metrics().within(cb.metric, "quarterly_dividend") and metrics().within(sb.metric, "quarterly_dividend") and \
            sb.denominator != "year":
        out.append(f"is a {sb.metric_text}")  # 'a dividend of 15 cents a share for the year' where [4] says 'a quarterly dividend'
    elif cb.metric and metrics().within(cb.metric, "quarterly_dividend") and sb.denominator == "year" and \
            cb.denominator is not None and "year" not in cb.denominator.split("|"):
        out.append("is a year's")  # 'its quarterly distribution at $2.10' where [7] says '52.5 cents…, or $2.10 annualized'
    elif sb.figure.q.kind == "percent" and _VALUE_CLAIMED.search(claim_text, _clause_start(claim_text, cb.figure.q.start),
                                                                  cb.figure.q.start) and \
            (count := _counted_level(sb, paragraph)) is not None:
        out.append(f"is a change in volume ({count})")  # 'the value of … imports rose 6.4%' where [1] says 'rose 6.4% to 612 million units'
    elif sb.figure.q.kind == "percent" and cb.figure.direction and sb.figure.direction and sb.metric is None and \
            cb.metric and cb.metric_sure and _money_result(cb.metric) and \
            (count := _counted_level(sb, paragraph)) is not None and \
            not _writes_a_count(claim_text):
        out.append(f"is a change in volume ({count})")  # "Diam's revenue rose 6.0%" where [5] says 'sold 690 million closures…, up 6.0%'
    elif (basis := _other_basis(cb, sb, paragraph)) is not None:
        out.append(f"is {basis}")  # 'statutory profit before tax rose 11.8%' where 11.8% is the adjusted profit's
    elif cb.metric and cb.metric_sure and (apart := _metric_given_apart(cb, sb, paragraph, claim_text)) is not None:
        out.append(f"is another measure's ({apart.metric_text}: {apart.figure.q.text})")  # 'gross originations rose 21.7%…, revenue rose 14.2%'
    elif cb.metric and cb.metric_sure and cb.whole is None and sb.metric is None and sb.whole and sb.whole[0] and \
            cb.figure.q.kind == "percent" and metrics().within(cb.metric, "margin"):
        out.append(f"is a share of {sb.whole_text}")  # 'gross margin rose to 63.5%' where [3] says 海外收入占比为63.5%
    elif cb.whole and cb.whole[0] and cb.metric is None and sb.whole is None and sb.metric and sb.metric_sure and \
            cb.figure.q.kind == "percent" == sb.figure.q.kind and metrics().within(sb.metric, "margin"):
        # 'modulators accounted for 46.1% of first-half revenue' where [3] says 铌酸锂调制器毛利率达46.1%
        out.append(f"is a margin ({sb.metric_text})")
    elif cb.metric and cb.metric_sure and cb.whole is None and cb.figure.q.kind == "percent" and cb.figure.direction and \
            not sb.figure.direction and not sb.compared and sb.whole and sb.whole[0] and sb.whole_text and \
            not _LEVEL_REACHED_BEFORE.search(claim_text, max(0, cb.figure.q.start - 12), cb.figure.q.start):
        out.append(f"is a share of {sb.whole_text}")  # 'revenue rose 23.0%' where [3] says 研发开支…相當於收入的23.0%
    if cb.item and sb.item and cb.item_sure and sb.item_sure and items_conflict(cb.item, cb.items_before, sb.item) and \
            not _counted_as(cb, sb.item, items(), claim_text) and not _base_of_multiple(sb, paragraph):
        out.append(f"is for {sb.item_text} ({items().name(sb.item)})")
    elif cb.item and sb.item and sb.item_sure and (cb.item < sb.item or all(cb.item & items().ancestors(i) for i in sb.item)) and \
            _says_total(claim_text, _clause_start(claim_text, cb.figure.q.start), cb.figure.q.start):
        # ("Toei Animation's overall licensing sales rose 27.4%" where 27.4% is its overseas licensing's;
        # 'total lighting exports' where it is LED lighting's, a narrower item.)
        out.append(f"is for {sb.item_text} ({items().name(sb.item)})")
    elif cb.item and cb.item_sure and sb.item is None and (head := _unlisted_item(cb, sb, paragraph)) is not None:
        out.append(f"is for {head}")  # '燃气灶收入…；消毒柜收入3.06亿元，同比下降27.5%' for 'gas-stove revenue'
    elif cb.item and cb.item_sure and sb.item is None and cb.item_text and \
            cb.item_text.lower() in claim_text[_clause_start(claim_text, cb.figure.q.start):cb.figure.q.start].lower() and \
            (company := _company_total(cb, sb, paragraph)) is not None:
        out.append(f"is for the whole of {company}")  # '营收…增长9.6%；其中多肽…业务收入…增长41.3%'
    elif not cb.item and sb.item and sb.item_sure and \
            _says_total(claim_text, _clause_start(claim_text, cb.figure.q.start), cb.figure.q.start) and \
            not _TOTAL_WORD.search(paragraph.lower, sentence_start(paragraph.lower, sb.figure.q.start), sb.figure.q.start):
        out.append(f"is for {sb.item_text} ({items().name(sb.item)})")  # 'total revenue' against 封测事业's
    if not any(c.startswith("is for") for c in out) and cb.item is None and sb.item and sb.item_sure and \
            "overseas" in sb.item and _home_market(cb, claim_text) is not None:
        out.append(f"is for {sb.item_text} ({items().name(sb.item)})")  # "Boohoo's UK revenue" where [6] says 'international revenue'
    if not any(c.startswith("is for") for c in out) and (whole := _whole_before_its_part(cb, sb, paragraph)) is not None:
        out.append(f"is for the whole of {whole}")  # '成交额…增长8.4%；其中床上用品成交额…增长11.2%' for 'bedding sales rose 8.4%'
    if cb.whole and sb.whole_text and _total_named_before(cb, sb, paragraph):
        pass  # '纺织品出口61.85亿美元；其中布料…占总出口比重约71.3%': the total is the one just named
    elif cb.whole and sb.whole and wholes_conflict(cb.whole, sb.whole):
        out.append(f"is a share of {sb.whole_text}")
    elif cb.whole and cb.whole[2] and not cb.whole[1] and sb.whole_text and _THAT_UNITS_WHOLE.match(sb.whole_text):
        out.append(f"is a share of {sb.whole_text}")  # "of Bosun's total revenue" where [7] says 占该业务收入的66.2%
    elif cb.whole_text and sb.whole_text and not HAN_RUN.search(paragraph.text) and _other_whole_owner(cb.whole_text, sb.whole_text):
        out.append(f"is a share of {sb.whole_text}")  # "of McGrath's total rental revenue" where [8] says "of Mobile Modular's rental revenue"
    elif cb.whole and cb.whole[2] and not cb.whole[1] and sb.whole_text and not (sb.whole and (sb.whole[1] or sb.whole[2])) and \
            part_of_whole(sb.whole_text, [s.text for s in paragraph.subjects], cb.whole_text or "") is not None:
        out.append(f"is a share of {sb.whole_text}")  # 'of COL Group's total revenue' where [4] says 占短剧业务收入的28.4%
    elif cb.whole and sb.whole and cb.whole[1] and not sb.whole[1] and sb.whole[0] and "revenue" in sb.whole[0] and \
            _bare_measure(sb.whole_text or ""):
        out.append(f"is a share of {sb.whole_text}")  # 'of its own-brand revenue' where [3] says 占营业收入的比重
    elif cb.whole and sb.whole and cb.whole[0] and not cb.whole[1] and not cb.whole[2] and sb.whole[2] and not sb.whole[1] and \
            (sb.whole[0] & cb.whole[0]) and _part_named_in_whole(cb.whole_text or "") is not None:
        out.append(f"is a share of {sb.whole_text}")  # "of Loomis's US revenue" where [3] says 'of group revenue'
    elif cb.whole is None and sb.whole is None and cb.whole_text and sb.whole_text and _MARKET_WHOLE.search(cb.whole_text) and \
            ("市场" in sb.whole_text or "市場" in sb.whole_text) and _narrower_market(cb, sb, paragraph, claim_text):
        out.append(f"is a share of {sb.whole_text}")  # 'of the global headphone market' where [7] says 在全球开放式耳机市场的份额
    elif cb.whole_text and sb.whole_text and not _implicit_whole(sb, paragraph.lower) and sb.whole_text not in _BARE_TOTALS_ZH and \
            not (sb.whole_text.startswith(_SEGMENT_POINTED_ZH) and not _TOTAL_CLAIMED.search(cb.whole_text)) and \
            not _whole_named_before(cb, sb, paragraph.lower) and not _whole_pointed_back(cb.whole_text, sb.whole_text, paragraph.text[:sb.figure.q.start]) and other_whole(cb.whole_text, sb.whole_text + _part_before(sb, paragraph.text), paragraph.text):
        out.append(f"is a share of {sb.whole_text}")  # 'of liquid milk revenue' where the whole is 营业总收入
    elif cb.whole and cb.whole[0] and sb.whole is None and sb.metric and sb.figure.q.kind == "percent" and \
            (_SHARE_OF_ITS_OWN.search(paragraph.lower, max(0, sb.figure.q.start - 12), sb.figure.q.start)
             or any(m.end() == sb.figure.q.start
                    for m in OF_WHICH_EN.finditer(paragraph.lower, max(0, sb.figure.q.start - 80), sb.figure.q.start))
             or _OF_IT_AFTER_EN.match(paragraph.lower, sb.figure.q.end)) and \
            metrics().rivals(cb.whole[0], sb.metric):
        # '除税前溢利为5.42亿美元，占集团约29%': a share of the group's pretax profit, not of its revenue;
        # 'net profit of A$1.568 billion, of which REA contributed about 53%': of the net profit.
        out.append(f"is a share of {sb.metric_text}")
    elif cb.whole and cb.whole[0] and sb.whole is None and sb.metric_sure and sb.metric and "market_share" in sb.metric \
            and not metrics().related(cb.whole[0], sb.metric) and not _MARKET_WHOLE.search(cb.whole_text or "") \
            and not (cb.whole_text and _UNOWNED_SALES.fullmatch(cb.whole_text)):
        # ('held 18.4% of first-half online insect-control sales on China's main e-commerce platforms': a
        # whole of no one's, a category's sales, is a market.)
        out.append(f"is a market share ({sb.metric_text})")  # 'of its total assets' where [4] says 市场份额为7.6%
    elif cb.whole and cb.whole[2] and sb.whole is None and sb.item is not None and sb.item_sure and sb.metric_sure and \
            sb.metric and metrics().within(sb.metric, "margin"):
        # '9.5% of Alibaba's total revenue' where [3] says 云智能集团…利润率为9.5%: a segment's margin.
        out.append(f"is a margin of {sb.item_text}")
    elif cb.whole and cb.whole[0] and (target := _OF_TARGET_AFTER.match(paragraph.lower, sb.figure.q.end)) is not None and \
            not _TARGET_WORD.search(cb.whole_text or ""):
        out.append(f"is a share of {target.group(1)}")  # '76.1% of its order backlog' where [2] says 'of its annual target'
    elif cb.whole_text and sb.whole_text and _COMBINED_WHOLE.search(cb.whole_text) and _OWN_WHOLE.match(sb.whole_text) and \
            not SUMMED_ANY.search(sb.whole_text) and \
            not SUMMED_ANY.search(paragraph.lower, sentence_start(paragraph.lower, sb.figure.q.start), sb.figure.q.end):
        # ("made up 34.6% of the four companies' combined October revenue" where [4] says 占全公司营收的34.6%.)
        out.append(f"is a share of {sb.whole_text}")
    elif cb.whole and sb.whole and cb.whole_text and sb.whole_text and \
            _narrower_whole(cb.whole_text, sb.whole_text, paragraph, sb.figure.q.start) is not None:
        # "17.3% of Schaeffler India's industrial revenue" where [3] says 'Exports made up 17.3% of revenue' and
        # gives industrial revenue a figure of its own.
        out.append(f"is a share of {sb.whole_text}")
    if cb.base and sb.base and bases_conflict(cb.base, sb.base) and not (
            {cb.base, sb.base} == {"yoy", "ytd"} and
            _AT_YEAR_END.search(paragraph.lower, max(0, sb.figure.q.start - 48), sb.figure.q.start)):
        # ('2026年末…为18.6%，较上年末下降2.3个百分点': at a year's end, since the last is a year on.)
        out.append(f"is {base_name(sb.base)}")
    rates_of_time = cb.denominator in TIME_RATES and sb.denominator in TIME_RATES and \
        cb.figure.q.kind in ("percent", "pp", "bp") and not (  # 'the monthly CPI indicator rose 3.6%': a rate, not per month
            # ('cut to 0.10% a month' where the paragraph says '0.10% a year': a percentage written per span of time.)
            PERCENT_PER_TIME_EN.match(claim_text.lower(), cb.figure.q.end)
            and (PERCENT_PER_TIME_EN.match(paragraph.lower, sb.figure.q.end)
                 # ('1.42% a quarter' where [3] says 'annualised credit cost at 1.42%')
                 or _ANNUALISED_BEFORE.search(paragraph.lower, max(0, sb.figure.q.start - 60), sb.figure.q.start)))
    if cb.figure.q.kind in _LEVELS and (_EACH_AFTER.match(claim_text.lower(), _unit_end(claim_text.lower(), cb.figure.q.end))
                                         or _AVERAGE_BEFORE.search(claim_text, max(0, cb.figure.q.start - 24), cb.figure.q.start)) \
            and _COMBINED_BEFORE.search(paragraph.lower, max(0, sb.figure.q.start - 24), sb.figure.q.start):
        out.append("is a combined total")  # 'for an average of A$96 million each' where [5] says 'for a combined A$96 million'
    elif cb.figure.q.kind in _LEVELS and _COMBINED_CAPACITY_BEFORE.search(claim_text, max(0, cb.figure.q.start - 40), cb.figure.q.start) \
            and _EACH_AFTER.match(paragraph.lower, _unit_end(paragraph.lower, sb.figure.q.end)):
        out.append("is each one's")  # 'with a combined capacity of 17,000 cubic metres' where [6] says '17,000 cubic metres each'
    elif cb.denominator and sb.denominator and not rates_of_time and denominators_conflict(cb.denominator, sb.denominator):
        out.append(f"is {denominator_name(sb.denominator)}")
    elif cb.denominator == "share" and sb.denominator == "ads" and cb.figure.q.kind == "amount" and any(
            b.denominator == "share" and b.figure.q.kind == "amount" and not matches(b.figure.q, sb.figure.q)
            for b in paragraph.bindings):
        # ('a special dividend of US$0.24 a share' where [4] says 每股0.12美元（即每股美國存託股0.24美元）: a
        # paragraph that gives both tells a share from an ADS.)
        out.append(f"is {denominator_name(sb.denominator)}")
    elif cb.denominator in TIME_RATES and sb.denominator is None and sb.figure.q.kind in _LEVELS \
            and cb.figure.q.kind in _LEVELS and not sb.compared and not _change_of_rate(sb, paragraph) and \
            not _RATING_AFTER.match(claim_text, cb.figure.q.end) and \
            not (sb.metric and metrics().within(sb.metric, "recurring_revenue")) and \
            not (cb.denominator == "month" and (cb.period or "")[:1] == "M") and \
            not (cb.denominator == "year" and not _PART_OF_YEAR.fullmatch(sb.period or "") and
                 _ANNUAL_ADJECTIVE.search(claim_text) and not _PER_YEAR.search(claim_text)):
        # ('October revenue hit a monthly record'; 'annual operating profit' is a year's total)
        out.append("is a total")  # '672,340 units a week' where the paragraph gives the month's total
    elif cb.denominator == "each" and sb.denominator is None and sb.figure.q.kind == "amount" == cb.figure.q.kind:
        out.append("is a total")  # '¥21.8 billion for each of the eleven homes' where [5] gives the purchase's price
    if cb.period and sb.period is None and not sb.compared and idx.title_quarter and cumulative(cb.period) and \
            not any(k[:1] in "QHRM" or k.endswith("M") for k in paragraph.temporal_keys) and sb.year is None:
        # 'in the first nine months' where a paragraph of a third-quarter story names no period (not a
        # year's forecast: '红宝丽2065年和2066年归母净利润分别为2.95亿元和4.40亿元').
        sb = replace(sb, period=idx.title_quarter, period_text=f"the story's {idx.title_quarter}")
    # ('from 11.4%': the claim names no period; 'its budget for the year': a year that may be fiscal,
    # read only so that no month nearby is taken for the figure's period.)
    # A claim that works a figure out of others ('second-quarter profit was about NT$968 million,
    # given the 22.5% on-quarter rise') names the worked-out figure's period, not the inputs'.
    inferred = (cb.compared and cb.period_text == "the previous period") or (cb.period_text or "").lower() == "for the year" \
        or _OF_THE_WHOLE.search(claim_text, max(0, cb.figure.q.start - 16), cb.figure.q.start) is not None \
        or bool(WORKED_OUT.search(claim_text)) or _period_of_subject_before(cb, claim_text) \
        or _own_start_in_clause(cb, claim_text)
    # ('第二季度亏损10.74亿元，环比减亏62.3%': a sequential change read with the quarter it is measured from.)
    from_previous = sb.base in ("qoq", "seq", "mom") and sb.figure.direction is not None and \
        previous_period(cb.period) == sb.period
    # ('from 5,000 at the end of 2025' where the paragraph says 'at the end of last year': the year checks it.)
    from_previous = from_previous or (sb.period == "Y-1" and (cb.period_text or "").startswith("the end of "))
    # ("26% more than last year's 19,800 tonnes": the claim says the figure is last year's itself.)
    from_previous = from_previous or (sb.period == "Y-1" and _LAST_YEARS_BEFORE.search(
        claim_text, max(0, cb.figure.q.start - 32), cb.figure.q.start) is not None)
    # ("about 44% above 2074's 624 million yuan", '290 million yuan for the whole of 2074' in a 2075 story
    # whose paragraph says 去年的6.24亿元: last year named by its number.)
    from_previous = from_previous or (sb.period == "Y-1" and (last := _year("-1", idx)) is not None and (
        (before := _A_YEARS_BEFORE.search(claim_text, max(0, cb.figure.q.start - 32), cb.figure.q.start)) is not None
        and before.group(1) == last
        or (after := _FOR_A_YEAR_AFTER.match(claim_text, cb.figure.q.end)) is not None and after.group(1) == last))
    # ('fell to 38.4% at the end of 2027 from 52.1% a year earlier' where the paragraph says 'from 52.1% at
    # the end of 2026': a year before the claim's own year.)
    source_year = _year(sb.year, idx)
    # ('up from NZ$96.7 million a year earlier' where [1] says 'against NZ$96.7 million in the first half of
    # fiscal 2028': the story's own period, of the year its compared figure names.)
    from_previous = from_previous or (cb.period == "Y-1" and sb.compared and sb.period in idx.lead_periods
                                      and source_year is not None and source_year.isdigit())
    from_previous = from_previous or (cb.period == "Y-1" and sb.compared and source_year is not None and source_year.isdigit()
                                      and str(int(source_year) + 1) in _YEAR_IN_CLAIM.findall(claim_text))
    # ('from A$131 in the first half of fiscal 2074' in a February 2075 story of the six months to December: a
    # half, fiscal or calendar, of the year before the dateline's, against the story's half.)
    from_previous = from_previous or (cb.period == "Y-1" and sb.compared and sb.period in ("H1", "H2")
                                      and any(k in ("H1", "H2") for k in idx.lead_periods)
                                      and source_year is not None and source_year == _year("-1", idx))
    # ('rose to 41.6 billion won from 12.9 billion won' for '… from 12.9 billion won a year earlier': a
    # compared level whose period the paragraph leaves unsaid may be a year's.)
    # (Not a level at a month's end the paragraph names: 'against 20.8% at end-March'.)
    from_previous = from_previous or (cb.period == "Y-1" and sb.compared and sb.period_text == "the previous period"
                                      and (sb.period or "")[:1] in "QH" and not any(
                                          t.key == sb.period and 0 <= t.start - sb.figure.q.end <= 40
                                          for t in paragraph.facts.temporals))
    # ('… in the first half, and is aiming for 11 this year': the figure's own time, written after it.)
    from_previous = from_previous or (sb.period == "12M" and _THIS_YEAR_AFTER.match(claim_text, cb.figure.q.end) is not None)
    if cb.period and sb.period and not inferred and not from_previous and \
            (_periods_differ(cb.period, sb.period) or _month_spans_differ(cb, sb) or
             _told_apart(cb.period, sb, paragraph) or _single_month(cb.period, sb, paragraph) or
             _quarter_told_as_half(cb.period, sb, paragraph)) and \
            not _fiscal_ambiguity(cb, sb) and not _to_date(cb.period, sb.period, claim_text) and \
            not _last_full_year(cb, sb, idx) and \
            not _level_at_period_end(cb.period, sb, paragraph) and not _quarter_to_month_end(cb.period, sb, paragraph) and \
            not _quarter_framed_by_year(cb.period, sb, paragraph) and not _period_restated(cb.period, sb, paragraph) and \
            not _year_so_far(cb.period, sb, paragraph) and not _to_the_same_date(cb.period, sb, paragraph) and \
            not (cb.period[:1] == "M" and sb.period == "12M" and _TRAILING.search(sb.period_text or "")) and \
            not (cb.denominator == sb.denominator == "year" and (cb.period or "")[:1] in "QHM" and (sb.period or "")[:1] in "QHM"):
        # (A yearly rate, '12,000-tonne-a-year plant', has no quarter or month of its own: the ones beside it
        # are when the plant starts or reaches full output.)
        out.append(f"is of {sb.period_text}")
    elif cb.year and not cb.period and not cb.compared and _month_beside_its_year(sb, paragraph) and \
            not (sb.period == "M12" and _YEAR_END_CLAIM.search(claim_text)):  # ('by the end of 2028': December's)
        out.append(f"is of {sb.period_text}")  # 'fell 22.5% in 2026' where 22.5% is 其中12月's, 18.2% the year's
    elif not cb.period and not cb.compared and sb.period and sb.period[:1] in "QHM" and sb.period[1:].isdigit() \
            and sb.period_text and (whole_year := _WHOLE_YEAR_CLAIM.search(claim_text)) is not None and \
            not _year_just_before(whole_year.group(0), sb, paragraph) and \
            not (whole_year.group(0).lower().startswith(("fiscal", "financial")) and sb.period[:1] == "M"):
        # (A fiscal year against a month: the month its year ends in, 'the year to September 2029'.)
        out.append(f"is of {sb.period_text}")  # 'averaged US$91.40 in calendar 2027' where [1] gives the December quarter's
    elif cb.period and cb.period[:1] in "QHM" and cb.period[1:].isdigit() and sb.period is None and sb.year and \
            not sb.compared and not cb.compared and not sb.denominator and not inferred and \
            _year(sb.year, idx) is not None and _year(cb.year, idx) == _year(sb.year, idx) and \
            not _YEAR_OF_ITS_OWN.search(claim_text) and not _YEAR_AFTER_CLAIMED.match(claim_text, cb.figure.q.end) and \
            (year_word := _whole_year_before(sb, paragraph)) is not None:
        out.append(f"is of {year_word} as a whole")  # 'in the first half of 2034' where [8] says 预计今年…总量将达8,600万例
    elif cb.period == "12M" and sb.period is None and not sb.compared and \
            (part := _IN_THE_PART_AFTER.match(paragraph.lower, sb.figure.q.end)) is not None:
        out.append(f"is of the {part.group(1)}")  # 'about £38 million … in the full year' where [7] says '£38 million in the half'
    elif cb.period == "Y-1" and (sb.period is None or sb.compared) and not HAN_RUN.search(paragraph.text) and \
            (point := compared_point(sb.figure.q, paragraph)) is not None:
        out.append(f"is of {point}")  # 'from £468 million a year earlier' where [5] says 'at December 31'
    elif sb.period == "Y-1" and not cb.period and not cb.compared and not _YEAR_AGO_WORDS.search(claim_text) and \
            not _FROM_LEVEL_BEFORE.search(claim_text, max(0, cb.figure.q.start - 40), cb.figure.q.start):
        # ('swung to a net loss of C$1.2 million from net income of C$0.8 million': 'from' tells the earlier one.)
        # A year-ago figure told as the current one ('declared a dividend of HK$1.25' where the
        # paragraph says 去年同期为每股1.25港元).
        out.append("is of a year earlier")
    c_year, s_year = _year(cb.year, idx), _year(sb.year, idx)
    if s_year is None and sb.period == "Y-1" and _LAST_YEARS_RIGHT_BEFORE_ZH.search(
            paragraph.lower, max(0, sb.figure.q.start - 4), sb.figure.q.start):
        s_year = _year("-1", idx)  # '已由2055年的46%升至去年的53%': last calendar year's level, not a year-ago one
    if c_year and c_year == s_year and not cb.period and sb.period in _BEFORE_YEAR_END and \
            (by_end := _BY_YEAR_END.search(claim_text)) is not None and by_end.group(1) == c_year and \
            _EARLIER_DEADLINE.search(paragraph.lower, sentence_start(paragraph.lower, sb.figure.q.start), sb.figure.q.end):
        out.append(f"is of {sb.period_text}")  # 'by the end of 2029' where [3] says 在2029年上半年前
    if c_year and s_year and c_year != s_year and not _year_of_a_list_before(sb, paragraph) and \
            not re.search(rf"(?<![\d/–-]){s_year}(?![\d/–-])", claim_text[cb.figure.q.end:_clause_end(claim_text, cb.figure.q.end)]):
        # (Not where the claim names the paragraph's year after the figure, in its own clause: 'and to have 260
        # stores by the end of 2029', which the claim's reading gave the earlier clause's 2028.)
        out.append(f"is of {s_year}")  # '80% in 2026' where the paragraph says 明年 (2027)
    elif c_year and c_year.isdigit() and s_year is None and not sb.compared and not cb.compared and \
            c_year in base_years(paragraph.lower, str(int(c_year) + 1)):
        out.append(f"is of {int(c_year) + 1}")  # 'NPATA for fiscal 2027' where [1] gives it 'up 11.2% on fiscal 2027'
    elif cb.period == "Y-1" and not c_year and s_year and s_year.isdigit() and not out and not from_previous and \
            _not_a_year_before(sb, s_year, paragraph, idx) and str(int(s_year) + 1) not in _YEAR_IN_CLAIM.findall(claim_text):
        out.append(f"is of {s_year}")  # 'from about 42% a year earlier' where [10] says 由2026年的42%左右降至目前的35%
    return out


# A share's whole several companies make up ('the four companies' combined revenue') against the company's own.
_COMBINED_WHOLE = re.compile(r"\b(?:combined|together|in all|between them)\b|\b(?:two|three|four|five|six|seven|eight|"
                             r"nine|ten|\d+)\s(?:companies|firms|groups|makers|banks|carriers|chains|operators|developers|"
                             r"producers|insurers|brokers|dealers|lenders)['’]", re.IGNORECASE)
_OWN_WHOLE = re.compile(r"全公司|公司整体|全集团|集团整体|公司|集团|the company's|the group's|its|(?:当月|当季|当期|单月|本月)(?:营收|营业收入|收入|销售额|营业额)$")
# A claim that gives its year whole: 'in calendar 2027', 'full-year', 'for the whole year'.
_WHOLE_YEAR_CLAIM = re.compile(r"\b(?:(?:in |for )?calendar|full[- ]year|whole[- ]year|for all of|throughout)\s(?:the\s)?(?:year\s)?20\d\d\b|"
                               r"\bfor the (?:whole|full|entire) year\b|"
                               # ("Concentrix's fiscal 2027 revenue": the fiscal year's, said before its measure)
                               r"\b(?:fiscal|financial)\s(?:year\s)?20\d\d(?:/\d\d)?\s(?:[a-z-]+\s){0,2}(?:revenue|sales|profit|earnings|income|ebitda)\b",
                               re.IGNORECASE)


def _year_just_before(claimed: str, sb: Binding, paragraph) -> bool:
    """Whether the year a claim names, as the claim writes it, stands right before the source figure ('bringing
    fiscal 2027 revenue to US$9.93 billion, up 1.9%'): the figure is that year's, whatever period its sentence
    opened with."""
    return claimed.lower() in paragraph.lower[max(0, sb.figure.q.start - 60):sb.figure.q.start]


# A deadline at a year's end, against one the paragraph sets at a half or quarter of that year.
_YEAR_END_CLAIM = re.compile(r"\b(?:by|at|until|till|through) (?:the )?end(?: of |-)20\d\d\b", re.IGNORECASE)
_BY_YEAR_END = re.compile(r"\bby (?:the )?end(?: of |-)(20\d\d)\b", re.IGNORECASE)
_BEFORE_YEAR_END = frozenset({"H1", "Q1", "Q2", "Q3"})
_EARLIER_DEADLINE = re.compile(r"(?:上半年|[一二三]季度|年中)(?:之)?前|\bby (?:the )?(?:first half|mid-|middle of|end of (?:march|june|september))")


_ITS_BEFORE = re.compile(r"\b(?:its|their)\s(?:fiscal\s|financial\s)?$", re.IGNORECASE)


def _period_of_subject_before(cb: Binding, claim_text: str) -> bool:
    """Whether the claim's period is one it gives an earlier subject with 'its' ("EZCORP's scrap sales
    rose 31% in its fiscal fourth quarter, outpacing FirstCash's 24% rise"): not the later figure's."""
    if cb.subject is None or not cb.period_text:
        return False
    at = claim_text.find(cb.period_text)
    return 0 <= at < cb.subject.start and _ITS_BEFORE.search(claim_text, max(0, at - 20), at) is not None


_STARTING_MONTH = re.compile(r"\b(?:from|since|starting|effective|as of)\s(?:early\s|mid-|late\s)?(?:January|February|March|April|May|"
                             r"June|July|August|September|October|November|December)\b")


def _own_start_in_clause(cb: Binding, claim_text: str) -> bool:
    """Whether the claim's period comes from a clause before the figure's, which names when its own
    move starts ('first-quarter orders rose about 26%, and that Weixing raised prices … by 0.03 yuan a
    metre from April'): the earlier clause's period is not the figure's."""
    if not cb.period_text:
        return False
    opens = _clause_start(claim_text, cb.figure.q.start)
    at = claim_text.find(cb.period_text)
    return 0 <= at < opens and _STARTING_MONTH.search(claim_text, opens) is not None


def _year_of_a_list_before(sb: Binding, paragraph) -> bool:
    """Whether the paragraph's year for the figure is the last of several years an earlier clause lists
    and the figure's own clause names none ('2028年EPS预估上调至8.35元、2029年为9.60元，以今日收盘价计算，
    本益比约23.5倍'): which year's earnings the multiple is of, the paragraph leaves unsaid."""
    at = sb.figure.q.start
    opens = _clause_start(paragraph.text, at)
    begins = sentence_start(paragraph.text, at)
    years = {t.key for t in paragraph.facts.temporals if t.kind == "year" and begins <= t.start < opens}
    return len(years) >= 2 and not any(t.kind == "year" and opens <= t.start < at for t in paragraph.facts.temporals)


def _quarter_framed_by_year(claim_period: str, sb: Binding, paragraph) -> bool:
    """Whether the paragraph's twelve months frame the claim's quarter, which its sentence names before
    them ('fourth-quarter revenue of $2.93 billion for its fiscal year ended May 31, 2028, up 8.1%')."""
    if claim_period[:1] not in "QH" or (sb.period or "")[:1] != "R" or len(months_of(sb.period) or ()) != 12:
        return False
    begins = sentence_start(paragraph.text, sb.figure.q.start)
    frame = next((t.start for t in paragraph.facts.temporals if t.key == sb.period and begins <= t.start < sb.figure.q.start), None)
    return frame is not None and any(t.kind == "quarter" and t.key == claim_period and begins <= t.start < frame
                                     for t in paragraph.facts.temporals)


def _quarter_to_month_end(claim_period: str, sb: Binding, paragraph) -> bool:
    """Whether the paragraph's month is where a quarter ends, in brackets after it ('2028财年第3季（截至
    2027年12月底）'): the claim's fiscal quarter is that quarter, not a month of its own."""
    return claim_period[:1] == "Q" and (sb.period or "")[:1] == "M" and bool(sb.period_text) and re.search(
        r"季[度]?\s?[(（](?:截至|截止)" + re.escape(sb.period_text or "") + r"[底末]?[)）]", paragraph.text) is not None


def _not_a_year_before(sb: Binding, s_year: str, paragraph, idx) -> bool:
    """Whether the figure the source compares ``sb`` (of ``s_year``) with, in its sentence, is of a
    year other than the next one: 2026's 42% against 目前 (2028)'s 35% is no year-earlier figure."""
    opens, ends = sentence_span(paragraph.lower, sb.figure.q.start, sb.figure.q.end)
    current = [b for b in paragraph.bindings if b is not sb and opens <= b.figure.q.start < ends and not b.compared
               and b.metric == sb.metric]
    # (A current level with no year of its own, '降至目前的39%', is the story's: its dateline's year.)
    years = {y for b in current if (y := _year(b.year or "+0", idx)) is not None}
    return len(years) == 1 and all(y.isdigit() and int(y) != int(s_year) + 1 for y in years)


# ('42% of its ¥740 billion plan', 'Of the ¥38 billion of capital spending planned for the full year'):
# a whole the claim measures a part against, whatever period the part is of.
_OF_THE_WHOLE = re.compile(r"\bof (?:its|the|their|this year's) (?:about |roughly |some )?$", re.IGNORECASE)
_RELATIVE_YEAR_NAMES = {"+0": "this year", "+1": "next year", "-1": "last year"}
_YEAR_IN_CLAIM = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# ('capital expenditure of £38 million in the half': the story's part of the year, no full year.)
_IN_THE_PART_AFTER = re.compile(r"\s(?:in|for|during|over)\s(?:the|this)\s(half|quarter|month)\b")


# A year written in the figure's own clause before it, with no part of the year between ('预计今年全国麻醉诊疗
# 总量将达8,600万例'; not '今年上半年', '今年以来', '今年底').
_YEAR_WORD_ZH = re.compile(r"(?:今年|明年|去年|本年|(?:19|20)\d\d\s?年)(?:度|全年)?")
_PART_OF_YEAR_ZH = re.compile(r"[季月半旬周週底末初]|同期|前三|以来|以來|至今|截至|截止|迄今|期间|期間|h\d|q\d")


# A claim that gives a figure a year of its own besides a part of it ("this year's 4.6 trillion yuan … by
# October", 'its 2026 capex budget', 'full-year'): the part is when, not what the figure is of.
# ('targets 30% revenue growth in 2027', 'capex of about 3.8 billion yuan this year': a year the claim gives the
# figure itself, whatever quarter an earlier clause named.)
_YEAR_AFTER_CLAIMED = re.compile(r"(?:\s[\w-]+){0,4}?\s(?:(?:in|for|during)\s(?:fiscal\s)?(?:(?:19|20)\d\d|this year|next year)|"
                                 r"this year|next year)\b", re.IGNORECASE)
_YEAR_OF_ITS_OWN = re.compile(r"\b(?:this|next|last) year['’]s\b|\b(?:19|20)\d\d(?:['’]s)?\s(?:[a-z-]+\s){0,3}?(?:budget|forecast|target|"
                              r"plan|guidance|estimate|outlook|quota)|\bfull[- ]year\b|\bannual\b|\bwhole[- ]year\b|\bfor the year\b",
                              re.IGNORECASE)


def _whole_year_before(sb: Binding, paragraph) -> str | None:
    """The year word of a Chinese figure's clause that makes it the whole year's, or None."""
    low = paragraph.lower
    if not HAN_RUN.search(low):
        return None
    start = max((m.end() for m in re.finditer(r"[，,；;。：:]", low[:sb.figure.q.start])), default=0)
    years = list(_YEAR_WORD_ZH.finditer(low, start, sb.figure.q.start))
    if len(years) != 1 or _PART_OF_YEAR_ZH.search(low, years[-1].end(), sb.figure.q.start):
        return None
    return years[-1].group(0)


_LAST_YEARS_RIGHT_BEFORE_ZH = re.compile(r"去年(?:的|底|末|全年)?(?:约|近)?$")


def _year(key: str | None, idx) -> str | None:
    """A binding's year as a calendar year; 明年 / 'next year' by the article's dateline (none without one)."""
    if key is None or key[:1] not in "+-":
        return key
    when = idx.article.published_at
    return str(when.year + int(key)) if when else None


# A total said of a figure, in the claim's clause or the source's sentence ('its total sales,
# including domestic dispatches, … rose 14.2%': the paragraph's figure is the total too).
# One of several against all of them together: 'A$6 million each' against 'a combined A$96 million'.
_EACH_AFTER = re.compile(r"\s(?:each|apiece)\b")
_AVERAGE_BEFORE = re.compile(r"\ban average of\s(?:about\s|around\s)?$", re.IGNORECASE)
_COMBINED_BEFORE = re.compile(r"(?:\ba combined|\bcombined|\ba total of|\btotal of|合计|共计|总计)\s?(?:about\s|约)?"
                              r"(?:[a-z]{0,3}\$|¥|€|£|₹)?\s?$")
_COMBINED_CAPACITY_BEFORE = re.compile(r"\b(?:a combined|combined|a total|total|together)\b[^,;.\d]{0,30}$", re.IGNORECASE)
_UNIT_WORDS_AFTER = re.compile(r"(?:\s(?:cubic|square)?\s?(?:metres|meters|tonnes|tons|units|barrels|megawatts|gigawatts|mw|gw|"
                               r"beds|rooms|seats|teu|dwt|cubic metres|rt|refrigeration tons))+")


# A claim's change said of a value ('The value of US cotton trouser imports rose 6.4%').
_VALUE_CLAIMED = re.compile(r"\b(?:the\s)?value\sof\b|\bby\svalue\b|\bin\svalue\b|\bimport\svalue\b|\bexport\svalue\b",
                            re.IGNORECASE)
_TO_LEVEL_AFTER_EN = re.compile(r"\s(?:on\sthe\syear\s|year\son\syear\s|from\sa\syear\searlier\s)?to\s(?:about\s|some\s)?$")
# ('sold 690 million closures in the quarter, up 6.0%': what was counted, then its change.)
_CHANGE_AFTER_COUNT_EN = re.compile(r"\s[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,5}" + CHANGE_AFTER_LEVEL.pattern)
_CHANGE_AFTER_COUNT_ZH = re.compile(r"[^\d，,。；;%]{0,3}?[，,]\s?(?:同比|环比|按年|按季|较上年同期)?(?:增长|下降|增加|减少|上升|下跌|成长|衰退|增|减)$")


@lru_cache(maxsize=4096)
def _writes_a_count(claim_text: str) -> bool:
    """Whether a claim writes a count of its own ('sold 2.1 billion bottles'), read once per claim."""
    return any(f.q.kind in ("number", "figure") for f in read(claim_text).figures)


def _money_result(metric: frozenset[str]) -> bool:
    """Whether a metric is a money result (revenue, profit, a margin), never a count of things."""
    return all("results" in metrics().ancestors(m) for m in metric)


def _counted_level(sb: Binding, paragraph) -> str | None:
    """The count a source's change moves a level to or from ('rose 6.4% on the year to 612 million units';
    '出货量为486万台，同比增长14.2%'): a change of a volume, not of a value. None where the level is an
    amount, or none is written."""
    figures = sorted((b.figure.q for b in paragraph.bindings), key=lambda q: q.start)
    low = paragraph.lower
    after = next((q for q in figures if q.start > sb.figure.q.end), None)
    if after is not None and _TO_LEVEL_AFTER_EN.fullmatch(low, sb.figure.q.end, after.start):
        return after.text if after.kind in ("number", "figure") else None
    before = next((q for q in reversed(figures) if q.end <= sb.figure.q.start), None)
    if before is not None and before.kind in ("number", "figure") and \
            (_CHANGE_AFTER_COUNT_ZH.fullmatch(low, before.end, sb.figure.q.start)
             or _CHANGE_AFTER_COUNT_EN.fullmatch(low, before.end, sb.figure.q.start)):
        return before.text
    return None


def _unit_end(low: str, end: int) -> int:
    """Where a figure's unit words end ('17,000 cubic metres' each)."""
    unit = _UNIT_WORDS_AFTER.match(low, end)
    return unit.end() if unit else end


_TOTAL_WORD = re.compile(r"(?<!of the )(?<!of their )\b(?:total|overall|consolidated|combined(?! ratio)|group-wide|company-wide)\b|合并|合计|总[营收销额产资出进成利装量]|整体",
                         re.IGNORECASE)
# ("18% of Inkeverse's total": the whole a share is of, not the item a figure is.)
_OF_OWNERS_BEFORE = re.compile(r"\bof\s(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s\s$")


def _says_total(claim_text: str, start: int, end: int) -> bool:
    """Whether a claim's clause calls its figure a total (not a share's whole: "of Inkeverse's total")."""
    return any(not _OF_OWNERS_BEFORE.search(claim_text, max(0, m.start() - 50), m.start())
               for m in _TOTAL_WORD.finditer(claim_text, start, end))


_CLAUSE_BREAK = re.compile(r"[,;.，；。](?!\d)")  # (a source paragraph's too: '…512.36亿元。奶粉及…')


def _unlisted_item(cb: Binding, sb: Binding, paragraph) -> str | None:
    """What a Chinese clause gives its figure for, where the item glossary does not know it and the
    claim's item is one the paragraph names elsewhere: '…燃气灶收入14.65亿元…；消毒柜收入3.06亿元，同比下降
    27.5%' gives 27.5% to 消毒柜, not to the gas stoves (燃气灶) the claim names. None when unsure."""
    if not paragraph.facts.han or not sb.metric_text or not sb.metric_sure:
        return None
    low = paragraph.lower
    at = sb.figure.q.start
    sentence = max((m.end() for m in _ZH_LIST_BREAK.finditer(low, 0, at)), default=0)
    metric_at = low.rfind(sb.metric_text.lower(), sentence, at)
    if metric_at < 0:
        return None
    head_start = max((m.end() for m in _ZH_HEAD_OPEN.finditer(low, sentence, metric_at)), default=sentence)
    # ('思摩尔企业客户业务收入…': the company opening the head is whose item it is, not the item.)
    head_start = next((s.end for s in paragraph.subjects if s.start == head_start and s.end < metric_at), head_start)
    head = low[head_start:metric_at]
    # (Words every business line may carry, 业务 or 客户, are no sign of a period or a measure.)
    core = _ITEM_WORDS_ZH.sub("", head)
    if not 2 <= len(head) <= 6 or not HAN_RUN.fullmatch(head) or _NOT_AN_ITEM_ZH.search(head) or len(core) < 2 \
            or not_a_name_zh(core) \
            or any(head_start <= s.start < metric_at for s in paragraph.subjects):
        return None  # (a period, the company, a total or a measure is no product: 前三季度累计, 公司, 折合)
    forms = items().source_forms(cb.item or frozenset())
    if any(f in head for f in forms):
        return None
    elsewhere = any(not (sentence <= m.start() < at) for f in forms for m in re.finditer(re.escape(f), low))
    return head if elsewhere else None


def _company_total(cb: Binding, sb: Binding, paragraph) -> str | None:
    """The company whose total (its revenue or profit, no item named) the source figure is, where the
    paragraph gives the claim's item a figure of its own: '凯莱英…营收47.92亿元，同比增长9.6%；…其中
    多肽、寡核苷酸等新兴业务收入12.64亿元，同比增长41.3%' holds no 9.6% for peptides."""
    # (A total's own metric word, revenue or profit: _TOTAL_METRICS_ZH.)
    if cb.item is None or sb.subject is None or not sb.subject_sure or sb.subject.entity_id is None or not sb.metric_sure \
            or not paragraph.facts.han or sb.metric_text not in _TOTAL_METRICS_ZH:
        return None
    # (The metric written right after the company or the period, nothing between that may be a line of
    # business: not '…磷肥营业收入', a product the glossary lacks.)
    low = paragraph.lower
    at = low.rfind(sb.metric_text, sentence_start(low, sb.figure.q.start), sb.figure.q.start)
    if at < 0 or not (at == sb.subject.end or _TOTAL_LEAD_ZH.search(low, max(0, at - 4), at)):
        return None
    own_line = any(b is not sb and b.item is not None and b.item_sure and b.figure.q.kind == sb.figure.q.kind
                   and not items_conflict(cb.item, frozenset(), b.item) and b.subject == sb.subject
                   for b in paragraph.bindings)
    return sb.subject.text if own_line else None


def _whole_before_its_part(cb: Binding, sb: Binding, paragraph) -> str | None:
    """What the source figure is the whole of, where its sentence goes on ('其中' in Chinese) to give the
    claim's item (or a narrower one) a figure of its own: '家纺类商品全网成交额为386.4亿元，同比增长8.4%；其中床上用品
    成交额为241.7亿元，同比增长11.2%' holds no 8.4% for bedding. The source figure names no item, or a
    broader one ('各类叉车…环比下降4.3%；其中电动叉车…' for electric forklifts)."""
    if not cb.item or not cb.item_sure:
        return None
    g = items()
    if sb.item and sb.item & cb.item:
        return None  # (the source figure is of the claim's item itself)
    # (A market the source figure is of is another way of cutting it: 国内 beside 叉车.)
    source_items = [a for a in sb.item or () if "market" not in g.ancestors(a)]
    if not all(any(a in g.ancestors(c) for c in cb.item) for a in source_items):
        return None
    low = paragraph.lower
    if paragraph.facts.han:
        full_stop = low.find("。", sb.figure.q.end)
        end = full_stop if full_stop >= 0 else len(low)
        of_which = low.find("其中", sb.figure.q.end, end)
        if of_which < 0:
            return None
    else:
        # ('unsold homes … down 2.4% from end-August, while homes left unsold after completion rose 1.8%')
        stop = SENTENCE_END.search(paragraph.text, sb.figure.q.end)
        end = stop.start() if stop else len(low)
        of_which = sb.figure.q.end
    part = next((b for b in paragraph.bindings if of_which < b.figure.q.start < end and b.item and b.item_sure
                 and b.item != sb.item
                 and b.figure.q.kind == sb.figure.q.kind
                 and all(c == i or c in g.ancestors(i) for c in cb.item for i in b.item)), None)
    if part is None:
        return None
    return sb.item_text or sb.metric_text or "the total"


_TOTAL_METRICS_ZH = frozenset({"营收", "营业收入", "营业总收入", "总营收", "归母净利润", "净利润"})
_TOTAL_LEAD_ZH = re.compile(r"(?:实现|共实现|累计实现|[度年期季]|[)）])$")
_ZH_LIST_BREAK = re.compile(r"[；;。]")
_ITEM_WORDS_ZH = re.compile(r"业务|板块|分部|客户")
_NOT_AN_ITEM_ZH = re.compile(r"[季年月日期周]|公司|集团|累计|合计|折合|全国|全球|新建|两者|总|吨|每|[A-Za-z]股|港股|本|该|其")
_ZH_HEAD_OPEN = re.compile(r"[，,、：:]|其中|而|则|另外|此外")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the next clause break, at most 80 characters on)."""
    m = _CLAUSE_BREAK.search(text, pos, pos + 80)
    return m.start() if m else min(len(text), pos + 80)


def _clause_start(text: str, pos: int) -> int:
    return max(max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, pos - 60), pos)), default=0), pos - 60, 0)


_ANNUALISED_BEFORE = re.compile(r"\bannuali[sz]ed\s(?:[a-z-]+\s){0,3}(?:at|of|was|were|is|to)\s(?:about\s|around\s)?$")
_ANNUAL_ADJECTIVE = re.compile(r"\bannual\b", re.IGNORECASE)
_PER_YEAR = re.compile(r"\b(?:a|per|each|every) year\b", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"[QHM]\d+|(?:[1-9]|1[01])M")
_LEVELS = ("amount", "number", "figure")


def _part_before(sb: Binding, text: str) -> str:
    """What the share's clause says before its figure ('自新西兰进口的婴配粉占进口总量的'): the part
    is of the whole's kind, so '46.2% of China's infant formula imports' is 进口总量's."""
    return " " + text[_clause_start(text, sb.figure.q.start):sb.figure.q.start]


_PERIOD_WORD = re.compile(r"^(?:(?:first|second|third|fourth|full|nine|six|three)-(?:half|quarter|year|month)|quarterly|annual|"
                          r"monthly|yearly|half-year|\d{4})$", re.IGNORECASE)
_NO_PART_WORDS = frozenset({"the", "its", "their", "net", "gross", "operating", "adjusted", "core", "underlying", "reported"})


def _part_named_in_whole(whole_text: str) -> str | None:
    """The word an English claim's whole names a part by, between whose it is and its measure ("US" in
    "Loomis's US revenue", "API" in "Starry's API revenue"); None for "the group's total revenue"."""
    owner = _WHOLE_OWNER.match(whole_text)
    if owner is None or HAN_RUN.search(whole_text):
        return None
    owner_name = re.sub(r"^the\s|(?:'s|’s|'|’)\s$", "", owner.group(0))
    if any(e.kind in ("place", "country") for e in lookup(owner_name)):
        return None  # ("China's third-quarter CBD exports": a country's whole, of the thing it counts)
    rest = whole_text[owner.end():]
    term = min(metrics().find(rest.lower()), key=lambda t: t.start, default=None)
    if term is None:
        return None
    # (A capitalised word only, a region or a line's name: "China's two-way radio shipments" names the
    # thing counted, not a part of it; nor a month, "China's October production".)
    plain = word_list("whole_plain_words.txt")
    words = [w for w in re.findall(r"[A-Za-z][\w&-]*", rest[:term.start])
             if w[0].isupper() and w.lower() not in plain and w.lower() not in _NO_PART_WORDS and not _PERIOD_WORD.match(w)
             and w not in MONTH_NAMES]
    return words[0] if words else None


def _bare_measure(whole_text: str) -> bool:
    """Whether a share's whole is written in Chinese as the company's revenue alone (占营业收入的比重): its whole, no
    part of it. (Not in English: 'export volume' in a paragraph about starch is starch's.)"""
    return whole_text.strip() in _COMPANY_REVENUE_ZH


_COMPANY_REVENUE_ZH = frozenset({"营业收入", "营收", "总收入", "营业总收入", "总营收"})  # (not 销售额: a market's too)


def _total_named_before(cb: Binding, sb: Binding, paragraph) -> bool:
    """A share of 'the total' (总出口, 总营收) in a part introduced by 其中 is a share of the figure
    named just before 其中 ('纺织品出口61.85亿美元；其中布料…占总出口比重约71.3%'): a claim whose whole
    is that figure's (of textile exports) names the same whole."""
    low = paragraph.lower
    if cb.whole is None or not (sb.whole_text or "").startswith("总"):
        return False
    at = low.rfind("其中", max(0, sb.figure.q.start - 40), sb.figure.q.start)
    if at <= 0 or any(ch in low[at:sb.figure.q.start] for ch in "。"):
        return False
    total = next((b for b in reversed(paragraph.bindings) if b.figure.q.end <= at), None)
    if total is None or total.metric is None or "。" in low[total.figure.q.end:at]:
        return False
    c_metric = cb.whole[0]
    if not c_metric or not metrics().related(c_metric, total.metric):
        return False
    if sb.whole and sb.whole[0] and not metrics().related(sb.whole[0], total.metric):
        return False  # ('归母净利润1.86亿元…，其中热电联产板块营收…，占总营收的36.8%': the total is revenue, not the profit before)
    # The claim's whole names nothing of the part's that the total lacks ('of its passenger-car
    # sales' where the total is 新能源汽车销量 and 乘用车 comes after 其中).
    told = paragraph.text[paragraph.text.rfind("。", 0, at) + 1:at]
    return not cb.whole[1] and other_whole(cb.whole_text or "", told, paragraph.text[at:sb.figure.q.end]) is None


def _implicit_whole(sb: Binding, low: str) -> bool:
    """A share's whole read from the metric before 占比 ('出口占比为68.4%'): only a metric's name,
    it says nothing of what else the claim's whole may name."""
    at = low.rfind(f"{sb.whole_text}占比", max(0, sb.figure.q.start - 24), sb.figure.q.start)
    # ('占行业销量的29.9%': the industry's whole is the market the claim may name as 'China's bus sales'.)
    # ('Australia was the largest destination with 18.7% of volume': the volume of what the sentence
    # before named.)
    # ('…ordinary profit came to 610.5 billion yen, of which TEPCO accounted for about 39.6%': the whole is
    # the figure before, read by its metric's name alone.)
    return at >= 0 or (sb.whole_text or "").startswith(("行业", "行業", "全行业", "全行業", "全国", "全國", "全市场", "全市場")) \
        or (sb.whole_text or "").lower() in _BARE_WHOLES \
        or (sb.whole is not None and (sb.whole_text or "").isascii() and sb.whole_text == sb.metric_text)


# ('rose to 23%', 'reached 23%': a level the claim names, which may be a share.)
_LEVEL_REACHED_BEFORE = re.compile(r"\b(?:to|at|reached|hit|of|was|were|is|stood at)\s(?:about\s|around\s|some\s|nearly\s|almost\s)?$", re.IGNORECASE)


def _whole_named_before(cb: Binding, sb: Binding, low: str) -> bool:
    """A whole written as 'the' and one noun that points back to what the sentence before named ('U.S.
    avocado shipments totalled … Mexico supplied 78.6% of the fruit'): a claim may name it as that sentence
    did ('of the avocados shipped'), every word of the claim's whole (past its measure) written there."""
    from citebrief.facts.lexicon import content_words

    if not re.fullmatch(r"the [a-z]{3,}", (sb.whole_text or "").lower()) or (sb.whole_text or "").lower() in _NOT_BACK_REFERENCES:
        return False
    start = sentence_start(low, sb.figure.q.start)
    # (Or its own sentence's opening: 'US galvanizers processed 4.6 million tons …, with transmission
    # accounting for 27% of the tonnage'.)
    previous = (low[sentence_start(low, start - 2):start] if start >= 2 else "") + low[start:sb.figure.q.start]
    whole = (cb.whole_text or "").lower()
    for term in sorted(metrics().find(whole), key=lambda t: -t.start):
        whole = whole[:term.start] + " " + whole[term.end:]
    # (The source's own noun is given: 'of US galvanizing tonnage' for 'of the tonnage'.)
    words = content_words(whole) - content_words((sb.whole_text or "").lower())
    return bool(words) and all(re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", previous) or
                               re.search(rf"\b{re.escape(_STEM_END.sub('', w))}", previous) for w in words)


_STEM_END = re.compile(r"(?<=\w{4})(?:ing|ers|er|ed|es|s)$")  # ('galvanizing' as 'galvanizers' write it)


# ('the market', 'the industry': a whole of its own, not the thing the sentence before named.)
_NOT_BACK_REFERENCES = frozenset({"the market", "the industry", "the sector", "the country", "the group", "the company"})


_BARE_WHOLES = frozenset({"volume", "value", "total", "the total", "by volume", "by value"})


_SYSTEM_WORDS = r"(?:system|sector|industry)"


def _system_of(sb: Binding, paragraph) -> str | None:
    """The whole market a source figure is of, where its sentence names no company and says so ('The
    banking system's NPL ratio stood at 2.97%'), whatever subject an earlier sentence left."""
    low = paragraph.lower
    start = sentence_start(low, sb.figure.q.start)
    if any(start <= s.start < sb.figure.q.start for s in paragraph.subjects):
        return None  # (a company its own sentence names)
    owners = _GENERIC_OWNERS_EN.search(low, start, sb.figure.q.start) if not paragraph.facts.han else None
    if owners is not None and not _COUNTED_BEFORE_EN.search(low, max(0, owners.start() - 24), owners.start()):
        # ("Figures … showed banks' housing loan balances …, while business lending rose 0.9%": every bank's.)
        return f"{owners.group(1)} in general"
    if not sb.item_text or not sb.item_sure:
        return None
    m = re.compile(rf"\b(?:the\s)?{re.escape(sb.item_text.lower())}\s{_SYSTEM_WORDS}(?:'s|’s)?\s").search(
        low, start, sb.figure.q.start)
    return m.group(0).strip().removesuffix("'s").removesuffix("’s") if m else None


# ("the five banks' combined nine-month profit": some of them, counted or named, not all.)
_COUNTED_BEFORE_EN = re.compile(r"\b(?:the|these|those|its|their|both|several|\d+|two|three|four|five|six|seven|eight|"
                                r"nine|ten|dozen|listed|top|big|major|largest|biggest|smaller|larger|other)\s(?:[a-z-]+\s)?$")
# A sector's members as a whole, owning what follows: "banks' housing loan balances", "insurers' premiums".
_GENERIC_OWNERS_EN = re.compile(r"(?<![\w'’-])(banks|lenders|developers|airlines|insurers|carriers|brokers|brokerages|"
                                r"automakers|carmakers|miners|retailers|exporters|importers|producers|steelmakers|"
                                r"chipmakers|refiners|utilities)(?:'|’)\s")


def _named_after(claim: Subject, sb: Binding, paragraph, glosses: dict) -> str | None:
    """The claim's subject as the paragraph first names it, where that is only after the figure and a
    '；' that closes the figure's part of the sentence ('北京稻香村中秋月饼销售额…增长3.1%；华美食品约9.6亿元'):
    the figure, bound to no name, is the part's before, not the subject's. None otherwise."""
    # (A Chinese list's parts only: an English paragraph may name its company late, 'free cash flow for the half
    # was negative €46 million; PostNL will pay an interim dividend'.)
    spans = paragraph.subject_spans(claim, glosses) if HAN_RUN.search(paragraph.text) else []
    if not spans:
        return None
    first = min(spans)
    between = paragraph.text[sb.figure.q.end:first[0]]
    if first[0] < sb.figure.q.end or not re.search(r"[；;]", between) or re.search(r"[。.!?]\s", between) or "。" in between:
        return None
    return paragraph.text[first[0]:first[1]]


def _nationwide_product(sb: Binding, text: str) -> bool:
    """Whether the source's subject is a product the sentence first names as the whole nation's, no company:
    its figures are the country's ('今年上半年全国轮胎模具产量约6.9万套…；轮胎模具出口额为2.38亿美元')."""
    if sb.subject is None or sb.subject.entity_id is not None:
        return False
    opened = text.rfind("。", 0, sb.figure.q.start) + 1
    sentence = text[opened:sb.figure.q.start]
    return any(w + sb.subject.text in sentence for w in NATIONWIDE_ZH)


# ('net debt at the end of September was 1.9 times trailing EBITDA': a multiple at a month's end, of a
# trailing year's earnings; its month is no other period.)
_TRAILING = re.compile(r"\btrailing\b|\b(?:past|last|preceding|previous)\s(?:twelve|12)\smonths\b")
# ('占总量的63.5%': the total of what the sentence counts, whatever the claim calls it.)
_BARE_TOTALS_ZH = frozenset({"总量", "总数", "总额", "总体", "整体"})
# ('佔該板塊收入的37.3%': 'that segment' points back to one named before, which is not read; a claim of the
# company's total is still told apart, one of a segment is not.)
_SEGMENT_POINTED_ZH = ("该板块", "该业务", "该分部", "该部门", "此板块", "该领域")
_TOTAL_CLAIMED = re.compile(r"\b(?:total|overall|group|consolidated|company's|whole)\b|'s\s(?:first-half\s|nine-month\s|full-year\s)?"
                            r"(?:revenue|sales)\b", re.IGNORECASE)
# ('欧盟对…的审批有望…，明年国内CBD出口量有望增长25%': 国内 is the story's own country, whatever place came before.)
_DOMESTIC_ZH = frozenset({"国内", "國內", "境内", "境內"})
# ('46-series cylindrical cells': a number that names a product's model, no one's figure.)
_MODEL_AFTER = re.compile(r"-(?:series|type|class|generation|gen)\b", re.IGNORECASE)
_POINTS_BACK_TO_TOTAL = re.compile(r"\bthe (?:total|figure|sum|tally)\b|\b(?:it|they)\s(?:was|were|rose|fell|grew)\b|合计|总计|总额|其")


_WHOLE_OWNER = re.compile(r"^(?:the\s)?([A-Z][\w&.\-]*(?:\s(?:[A-Z][\w&.\-]*|&))*)(?:'s|’s)\s")


def _other_whole_owner(claim_whole: str, source_whole: str) -> bool:
    """Whether two English shares' wholes are written as two owners' with no word in common ("McGrath's
    total rental revenue" against "Mobile Modular's rental revenue")."""
    a, b = _WHOLE_OWNER.match(claim_whole), _WHOLE_OWNER.match(source_whole)
    if a is None or b is None:
        return False
    return not set(a.group(1).lower().split()) & set(b.group(1).lower().split())


_ADJUSTED_BASIS = re.compile(r"\b(?:adjusted|underlying|core|normali[sz]ed|cash)\b|经调整|调整后", re.IGNORECASE)
_STATUTORY_BASIS = re.compile(r"\b(?:statutory|reported|ifrs|gaap)\b|财务报告准则|会计准则", re.IGNORECASE)


def _other_basis(cb: Binding, sb: Binding, paragraph) -> str | None:
    """'adjusted profit before tax' (or 'statutory …'): the basis the paragraph gives the figure's measure on,
    where the claim names the other and the paragraph gives that measure on both ('Adjusted profit before
    tax rose 11.8% … Statutory profit before tax was £31.7 million'); else None."""
    if not (cb.metric and sb.metric and cb.metric_sure and sb.metric_sure and cb.metric_text and sb.metric_text) or \
            not metrics().related(cb.metric, sb.metric):
        return None
    for mine, theirs in ((_STATUTORY_BASIS, _ADJUSTED_BASIS), (_ADJUSTED_BASIS, _STATUTORY_BASIS)):
        # ('按国际财务报告准则计算的期内亏损为1.18亿元': the basis written before the measure, in its clause.)
        basis_text = sb.metric_text + " " + paragraph.lower[_clause_start(paragraph.lower, sb.figure.q.start):sb.figure.q.start]
        if mine.search(cb.metric_text) and theirs.search(basis_text) and not mine.search(sb.metric_text) and any(
                b.metric_sure and b.metric_text and mine.search(b.metric_text) and b.metric and metrics().related(b.metric, cb.metric)
                for b in paragraph.bindings):
            return f"{sb.metric_text}'s"
    return None


def _metric_given_apart(cb: Binding, sb: Binding, paragraph, claim_text: str) -> Binding | None:
    """The change the sentence holding ``sb`` gives the claim's measure itself, where ``sb`` is a change
    written under a measure the glossary cannot name ('third-quarter gross originations rose 21.7% to
    $68.4 million, revenue rose 14.2%' for 'revenue rose 21.7%'): of the same subject, period, base and
    item, another value. None when the sentence gives the measure no change of its own, or when the
    words the claim writes before its figure are all in the figure's own clause ('cash profit … fell
    7.1%, but statutory profit rose 12.8%')."""
    if sb.metric is not None or sb.item is not None or sb.whole is not None or cb.item is not None or cb.whole is not None \
            or sb.compared or cb.figure.q.kind != "percent" or cb.figure.direction is None or sb.figure.direction is None:
        return None
    if cb.metric and "volume" in cb.metric and _counted_level(sb, paragraph) is not None:
        return None  # ("bottle sales rose 4.2%" where [1] says 'sold 2.1 billion bottles…, up 4.2%': sales by volume)
    opens, ends = sentence_span(paragraph.lower, sb.figure.q.start, sb.figure.q.end)
    # (The clause since the change before: an amount goes with its own change, 'VND5,186.4 trillion, up 9.3 per cent'.)
    own_start = max([opens] + [b.figure.q.end for b in paragraph.bindings if opens <= b.figure.q.end <= sb.figure.q.start
                               and b.figure.q.kind == "percent"])
    from citebrief.facts.descriptors import name_words
    from citebrief.facts.lexicon import content_words

    claim_head = claim_text[_clause_start(claim_text, cb.figure.q.start):cb.figure.q.start]
    claimed = content_words(claim_head) - name_words(claim_head)
    own_end = min([ends] + [b.figure.q.start for b in paragraph.bindings if sb.figure.q.end <= b.figure.q.start < ends
                            and b.figure.q.kind in ("percent", "amount")])
    if claimed and claimed <= content_words(paragraph.text[own_start:own_end]):  # ('a 7.1% fall in cash profit')
        return None
    if _POINTS_BACK_TO_TOTAL.search(paragraph.lower, own_start, own_end):
        return None  # ('For the first nine months, the total was VND5,186.4 trillion, up 9.3 per cent': the measure before)
    for ob in paragraph.bindings:
        if ob is sb or not opens <= ob.figure.q.start < ends or not (ob.metric and ob.metric_sure and ob.metric <= cb.metric):
            continue
        if ob.figure.q.kind != "percent" or ob.figure.direction is None or ob.item is not None or ob.whole is not None \
                or ob.compared or matches(cb.figure.q, ob.figure.q) or ob.denominator != sb.denominator:
            continue
        if (ob.subject and sb.subject and ob.subject.text != sb.subject.text) or \
                (ob.period and (cb.period or sb.period) and ob.period not in (cb.period, sb.period)) or \
                (ob.base and sb.base and ob.base != sb.base) or (ob.base and cb.base and ob.base != cb.base):
            continue
        return ob
    return None


def _claim_side(cb: Binding, conflict: str, claim_text: str = "") -> str:
    if conflict.startswith("belongs to") and cb.subject is not None:
        return f"to {cb.subject.text}"
    if conflict.startswith("is another unit's than "):
        return conflict.removeprefix("is another unit's than ") + "'s"
    if conflict.startswith("is a change in volume"):
        return "of a value"
    if conflict == "is a year's":
        return "a quarter's"
    if conflict.startswith("is a quarterly"):
        return "a year's"
    if conflict.startswith("is a share by"):
        claimed = _share_measure(claim_text, cb.figure.q.end) if claim_text else None
        return f"by {claimed}" if claimed else "by value" if conflict.endswith(("volume", "number")) else "by volume"
    if conflict.startswith("is a share of") or conflict.startswith("is a market share") or conflict.startswith("is a margin"):
        return f"of {cb.whole_text}" if cb.whole_text else (cb.metric_text or "the claim's measure")
    if conflict.startswith("is another measure's"):
        return cb.metric_text or "the claim's measure"
    if conflict.startswith("is a combined total"):
        return "each"
    if conflict == "is each one's":
        return "a combined total"
    if conflict.startswith("is for"):
        if not cb.item_text and (market := _home_market(cb, claim_text)) is not None:
            return f"for {market}"  # ('UK revenue': the home market)
        return f"for {cb.item_text}" if cb.item_text else "the total"
    if conflict.startswith("is said by"):
        titled = title_speaking(claim_text) if cb.speaker is None else None
        return f"by {cb.speaker.text}" if cb.speaker is not None else f"by the {titled[1]}" if titled else \
            "by the broker the claim names"
    if conflict.startswith("is of") and conflict[6:].isdigit() and cb.year:
        return f"of {_RELATIVE_YEAR_NAMES.get(cb.year, cb.year)}"
    if conflict.startswith("is of") and not cb.period_text and (whole := _WHOLE_YEAR_CLAIM.search(claim_text)):
        return f"of {re.sub(r'^(?:in|for) ', '', whole.group(0).strip())}"  # 'of calendar 2027'
    if conflict.startswith("is of"):
        return f"of {cb.period_text}" if cb.period_text else \
            f"of {_RELATIVE_YEAR_NAMES.get(cb.year, cb.year)} as a whole" if cb.year else "the current figure"
    if (("per " in conflict and "(" not in conflict) or conflict.startswith("is times ") or conflict == "is a total") \
            and cb.denominator:
        return denominator_name(cb.denominator)
    if cb.base and any(w in conflict for w in ("year-on-year", "quarter-on-quarter", "month-on-month", "sequential",
                                               "is since", "average of years")):
        return base_name(cb.base)
    return cb.metric_text or ""


# A claim that says which year its figure is of (or that it is a year-ago figure) is checked by its years.
_A_YEARS_BEFORE = re.compile(r"\b((?:19|20)\d\d)['’]s\s(?:[a-z-]+\s){0,2}(?:about\s|some\s)?\D{0,3}$")
_FOR_A_YEAR_AFTER = re.compile(r"(?:\s[a-z-]+){0,2}?\s(?:for|in)\s(?:the\s(?:whole|full|calendar)\s(?:year\s)?of\s|all\sof\s)?((?:19|20)\d\d)\b")
_LAST_YEARS_BEFORE = re.compile(r"\b(?:last|the previous|the prior)(?: fiscal| financial)? year['’]s\s(?:[a-z-]+\s){0,2}(?:about\s|some\s)?\D{0,3}$",
                                re.IGNORECASE)
# ('main bearings of 16 MW and above': a product's rating, not how much a year)
_RATING_AFTER = re.compile(r"\s(?:and|or)\s(?:above|more|larger|bigger|over)\b", re.IGNORECASE)
_THIS_YEAR_AFTER = re.compile(r"\s(?:this|for the|in the full|for the full|for the whole)\syear\b", re.IGNORECASE)
_FROM_LEVEL_BEFORE = re.compile(r"\b(?:from|against|versus|compared\swith)\s(?:an?\s)?(?:[a-z-]+\s){0,3}(?:of\s)?(?:[A-Z]{0,3}\$|[¥€£])?$")
_YEAR_AGO_WORDS = re.compile(r"year earlier|year ago|year before|(?:last|previous|prior)(?: fiscal| financial)? year|same period|"
                             r"去年|上年|同期|(?<!\d)(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# ('July-September', 6月至8月, 'the six months to December 31')
_MONTH_SPAN = re.compile(rf"{_MONTHS}\s?(?:[-–]|\sto\s)\s?{_MONTHS}|\d{{1,2}}\s?月?\s?[-–至到]\s?\d{{1,2}}\s?月|"
                         rf"\b(?:three|six|nine|twelve|3|6|9|12)\s(?:months?|mths?)\s(?:to|ended|ending|through)\s(?:the\send\sof\s)?{_MONTHS}",
                         re.IGNORECASE)


def _named_by_months(period_text: str | None) -> bool:
    """A period its text names by its months ('July-September', 6月至8月, 'the September quarter'), not
    by a fiscal year's numbering."""
    if not period_text:
        return False
    return _MONTH_SPAN.search(period_text) is not None or QUARTER_BY_MONTH.search(period_text.lower()) is not None \
        or _TO_MONTH.search(period_text) is not None


# ('the quarter to September', 'its half ended March'): a period named by the month it ends in.
_TO_MONTH = re.compile(r"\b(?:quarter|half)\s(?:to|ended|ending|through)\s(?:the end of\s|end-)?[A-Z]?[a-z]{2,}", re.IGNORECASE)


def _last_full_year(cb: Binding, sb: Binding, idx) -> bool:
    """Whether a claim's full year is the year before the story's, which the paragraph calls the year
    before ('its full-year 2033 EPS of NT$11.05' where [3] says 去年全年的11.05元)."""
    if cb.period != "12M" or sb.period != "Y-1" or not idx.lead_year or not idx.lead_year.isdigit():
        return False
    return _year(cb.year, idx) == str(int(idx.lead_year) - 1)


def _fiscal_ambiguity(cb: Binding, sb: Binding) -> bool:
    """'July-September' against 'the second quarter': in a fiscal year from April they are one period;
    a span of months is not compared with a numbered quarter."""
    texts = (cb.period_text or "", sb.period_text or "")
    spans = [_named_by_months(x) for x in texts]
    if all(spans):
        return False  # 'April-June' against 'January-March': both are months, compared as they are
    a, b = months_of(cb.period or ""), months_of(sb.period or "")
    if a and b and len(a) != len(b):
        return False  # 'January-September' is never a quarter, fiscal or not
    # (The numbered side is the other one: 'a year earlier' against 'in April-June' is no fiscal numbering.)
    return (spans[0] and (sb.period or "")[:1] in ("Q", "H")) or (spans[1] and (cb.period or "")[:1] in ("Q", "H"))


def _month_spans_differ(cb: Binding, sb: Binding) -> bool:
    """'July-September' against 6月至8月: two spans the texts name by their months, not by a fiscal
    year's numbering, are different periods when their months differ."""
    if not all(_named_by_months(x) for x in (cb.period_text, sb.period_text)):
        return False
    a, b = months_of(cb.period or ""), months_of(sb.period or "")
    return bool(a and b and a != b)


# 'By the end of October ... had reached 84.4%': a figure to date, the span up to that month.
# ('through September'; not 'sales through builders' merchants'.)
_TO_DATE = re.compile(r"\b(?:by|as of|at) the end of\b|\bas of\b|\bthrough\s(?:the\send\sof\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bso far\b|year[- ]to[- ]date|"
                      r"截至|截止|累计", re.IGNORECASE)


def _to_date(claim: str, source: str, claim_text: str) -> bool:
    """Whether a claim's month, said to date ('by the end of October'), is a source's span from the
    year's start that ends in it (1—10月)."""
    a, b = months_of(claim), months_of(source)
    if not (a and b and _TO_DATE.search(claim_text)):
        return False
    month, span = (a, b) if len(a) == 1 else (b, a)
    return len(month) == 1 and len(span) > 1 and max(month) == max(span) and 1 in span

_MARKET_METRIC_AFTER_EN = re.compile(r"\s(?:revenue|revenues|sales|turnover)\b")


def _home_market(cb: Binding, claim_text: str) -> str | None:
    """The words ('UK revenue') by which a claim names its company's home country as the market of
    the figure's measure ('Boohoo's UK revenue' for a British company), in the figure's clause before
    it; None when it names none."""
    if cb.subject is None or cb.subject.entity_id is None:
        return None
    home = COUNTRY_NAMES.get(gazetteer().entities[cb.subject.entity_id].country or "")
    if home is None:
        return None
    start = _clause_start(claim_text, cb.figure.q.start)
    for n in english_names(claim_text):
        if n.entity is not None and n.entity.kind == "place" and home in n.entity.english and \
                start <= n.start < cb.figure.q.start and (measure := _MARKET_METRIC_AFTER_EN.match(claim_text, n.end)):
            return claim_text[n.start:measure.end()]
    return None


def _told_apart(claim_period: str, sb: Binding, paragraph) -> bool:
    """A quarter and the half it lies in (Q2, H1) are read loosely, unless the paragraph gives the
    figure's metric for both ('…RM92.6 million for the second quarter, up 18.4%…; first-half net profit
    rose 14.2%'): then 'first-half net profit rose 18.4%' is the quarter's figure told as the half's."""
    a, b = months_of(claim_period), months_of(sb.period or "")
    if a is None or b is None or a == b or not (a < b or b < a) or sb.metric is None:
        return False
    if any(o is not sb and o.period == claim_period and o.metric is not None and metrics().related(o.metric, sb.metric)
           and _one_owner(o.subject, sb.subject) for o in paragraph.bindings):
        return True
    # ('上半年…归母净利润7,840万元，同比增长18.2%…。二季度营收2.19亿元…': a paragraph that gives the quarter
    # figures of its own in a sentence of their own, the half's in another, tells the two apart.)
    opens, ends = sentence_span(paragraph.lower, sb.figure.q.start, sb.figure.q.end)
    if not paragraph.facts.han and len(a) == 3 and len(b) == 6 and any(
            t.key == sb.period and sb.figure.q.end <= t.start < ends
            and _HALF_RIGHT_AFTER_EN.fullmatch(paragraph.lower, sb.figure.q.end, t.start) for t in paragraph.facts.temporals):
        return True  # ('online fashion sales rose 3.1% to €9.3 billion in the first half': the half, as written)
    opens = min(opens, paragraph.lower.rfind("。", 0, sb.figure.q.start) + 1)  # (a Chinese sentence runs to its full stop)
    half_named = any(opens <= t.start < sb.figure.q.start and t.key == sb.period for t in paragraph.facts.temporals)
    return half_named and len(a) == 3 and len(b) == 6 and any(
        o.period == claim_period and _one_owner(o.subject, sb.subject)
        and not opens <= o.figure.q.start < ends for o in paragraph.bindings)


# A figure's own period right after it in its clause: 'rose 3.1% to €9.3 billion in the first half'.
_HALF_RIGHT_AFTER_EN = re.compile(r"(?:\s(?:to|from)\s(?:about\s)?[^\s,;]{1,12}(?:\s(?:million|billion|trillion))?)?"
                                  r"\s(?:in|for|during|over)\s(?:the\s|its\s)?")


def _quarter_told_as_half(claim_period: str, sb: Binding, paragraph) -> bool:
    """A quarter's figure ('first-quarter cash earnings were A$148 million') told as its half's where
    the paragraph never names that half (by any name: H1, 6M, April-September): the quarter is all it
    gives."""
    a, b = months_of(claim_period), months_of(sb.period or "")
    if not (a and b and len(a) == 6 and len(b) == 3 and b < a and claim_period[:1] == "H" and (sb.period or "")[:1] == "Q"):
        return False
    if not any(k == claim_period or months_of(k) == a for k in paragraph.temporal_keys):
        return True
    # (Nor in the figure's own sentence: '…won 38% of the work put out to bid in the first half' is another
    # sentence's half; '上半年收入合计25.38亿元；第二季度净利润…增长42.5%' another's.)
    opens, ends = sentence_span(paragraph.lower, sb.figure.q.start, sb.figure.q.end)
    if not any(opens <= t.start < ends and (t.key == claim_period or months_of(t.key) == a) for t in paragraph.facts.temporals):
        return True
    # ('Profit for the April-September half rose 9.8%': the paragraph gives the half a figure of its own.)
    own = sb.metric
    return own is not None and any(b is not sb and b.metric and metrics().related(b.metric, own) and b.figure.q.kind == sb.figure.q.kind
                                   and len(months_of(b.period or "") or ()) == 6 for b in paragraph.bindings)


_MONTH_END = re.compile(r"月末|月底|截至|截止|\bend[- ](?:of\s)?|\bas of\b")
# A month's figure told as the month's alone ('9月单月新建41.3万公里', 'in September alone').
_SINGLE_MONTH = re.compile(r"单月|當月|当月|單月|\b(?:alone|single month)\b")


def _single_month(claim_period: str, sb: Binding, paragraph) -> bool:
    """A month's own figure ('其中9月单月新建41.3万公里') told as its quarter's ('in the third
    quarter'): a month and its quarter are read loosely, unless the paragraph says the month alone
    or never names the quarter."""
    a, b = months_of(claim_period), months_of(sb.period or "")
    if not (a and b and len(b) == 1 and len(a) > 1 and b < a):
        return False
    if len(a) >= 6 and any(k == claim_period or months_of(k) == a for k in paragraph.temporal_keys) and \
            not _SPAN_TO_MONTH.search(paragraph.lower, paragraph.lower.rfind("。", 0, sb.figure.q.start) + 1, sb.figure.q.start):
        # ('rose 1.9% in the first half' where [1] gives the half's 2.8% and June's 1.9%: both named; not
        # '截至今年6月底止六個月', a span that ends in the month.)
        return True
    if len(a) == 3 and not any(k == claim_period or months_of(k) == a for k in paragraph.temporal_keys) and \
            not _MONTH_END.search(paragraph.lower, sentence_start(paragraph.lower, sb.figure.q.start), sb.figure.q.start):
        # ('fell 7.6% in the third quarter' where the paragraph gives only 9月's price: it never names the
        # quarter; not a level at 9月末 or a change since 6月末, which the quarter may be told by.)
        return True
    # ('其中9月单月静丙批签发251批，同比增长21.3%': the month alone opens the figure's sentence.)
    since = max(sentence_start(paragraph.lower, sb.figure.q.start), sb.figure.q.start - 30)
    return _SINGLE_MONTH.search(paragraph.lower, since, sb.figure.q.start) is not None


_SPAN_TO_MONTH = re.compile(r"截至|截止|个月|個月|\bmonths?\b|\bended\b|\bending\b|\bto the end of\b|\bthrough\b")


def _month_beside_its_year(sb: Binding, paragraph) -> bool:
    """Whether ``sb`` is one month's figure ('其中12月进口980吨，同比下降22.5%') in a paragraph that gives
    the same metric for its whole year before it ('2026年…进口量为1.36万吨，同比下降18.2%'): told
    as the year's, the month's figure is another's."""
    months = months_of(sb.period or "")
    if not (months and len(months) == 1 and sb.metric and sb.year):
        return _part_beside_its_year(sb, paragraph)
    return any(b is not sb and b.figure.q.start < sb.figure.q.start and b.period is None and b.year == sb.year
               and b.metric is not None and metrics().related(b.metric, sb.metric)  # (进口量 for the year, 进口 for the month)
               and b.figure.q.kind == sb.figure.q.kind for b in paragraph.bindings)


def _part_beside_its_year(sb: Binding, paragraph) -> bool:
    """Whether ``sb`` is a month's, quarter's or half's figure ('其中第四季度营收68.12亿元，同比增长4.1%') in a
    paragraph that gives the same metric for the whole year ('全年实现营业收入218.64亿元，同比增长6.3%'):
    a claim's bare year ('revenue rose 4.1% in 2027') is that year's figure, not the part's."""
    months = months_of(sb.period or "")
    if not (months and len(months) in (1, 3, 6) and not cumulative(sb.period or "") and sb.metric):
        return False
    # (A figure told with its year and no part of it, '2027年…每股纯益8.48元', is the year's too.)
    years_at = [t.start for t in paragraph.facts.temporals if t.kind == "year" and t.key.isdigit()]
    return any(b is not sb and (b.period == "12M" or (b.period is None and b.figure.q.start < sb.figure.q.start
                                                      and any(y < b.figure.q.start for y in years_at)))
               and not b.compared and b.metric is not None
               and metrics().related(b.metric, sb.metric) and b.figure.q.kind == sb.figure.q.kind for b in paragraph.bindings)


# A stake: '持有和记电讯约66.1%权益', '66.1% of the issued shares', 'a 66.1% stake'.
_STAKE_AFTER = re.compile(r"\s?的?(?:权益|股权|股份|股本|已发行股份)|\s(?:stake|interest|shareholding)\b|\sof\s(?:its|the)\s(?:issued\s)?shares\b")


def _stake(sb: Binding, paragraph) -> bool:
    return _STAKE_AFTER.match(paragraph.lower, sb.figure.q.end) is not None


def _holder_of_stake(claim: Subject, sb: Binding, paragraph, glosses: dict) -> bool:
    """Whether the figure is a stake and the claim gives it to the holder the paragraph names before
    it in its sentence ('长江和记实业持有和记电讯约66.1%权益' for 'CK Hutchison holds 66.1% of HTHK')."""
    if not _stake(sb, paragraph):
        return False
    start = sentence_start(paragraph.lower, sb.figure.q.start)
    return any(start <= a < sb.figure.q.start for a, _ in paragraph.subject_spans(claim, glosses))


def _one_owner(a: Subject | None, b: Subject | None) -> bool:
    """Whether two bindings' subjects are one (none named counts as one: the paragraph's)."""
    if a is None or b is None:
        return a is b
    return subject_key(a) == subject_key(b)


def _level_at_period_end(claim: str, sb: Binding, paragraph) -> bool:
    """Whether the source figure is a level at the end of the month the claim's period ends with
    ('612 MWp at end-September' for a nine-month or third-quarter claim; 截至9月末)."""
    months = months_of(claim)
    reached = sb.figure.q.kind in _LEVELS and LEVEL_REACHED.search(paragraph.lower, max(0, sb.figure.q.start - 16),
                                                                    sb.figure.q.start) is not None
    if not months or not sb.period or sb.period[:1] != "M" or not sb.period[1:].isdigit() or (sb.figure.direction and not reached):
        # (A change to the month's end is the month's or quarter's, not the span's; a level it rose to,
        # 'rose to 1,683,000 RT at the end of June', is the level at the end.)
        return False
    month = int(sb.period[1:])
    # (A span across the new year ends with its own last month: 'the year to the end of June' is R7-6.)
    last = int(claim.split("-")[1]) if re.fullmatch(r"R\d{1,2}-\d{1,2}", claim) else max(months)
    if month != last or len(months) == 1:
        return False
    name = MONTH_NAMES[month - 1].lower()
    ends = (f"{month}月末", f"{month}月底", f"截至{month}月", f"截止{month}月", f"end-{name}", f"end of {name}",
            f"end-{name[:3]}")
    # (In the figure's own sentence: '截至9月末…；…9月单月焚烧处理量为2,684万吨' is September's flow.)
    low, q = paragraph.lower, sb.figure.q
    stop = SENTENCE_END.search(low, q.end)
    own = low[sentence_start(low, q.start):stop.start() if stop else len(low)]
    return any(e in own for e in ends)


def _periods_differ(claim: str, source: str) -> bool:
    """Whether two period keys name different periods: Q3 and Q2, Q3 and H1, Q3 and the first nine
    months, October and Q3, Q3 and a year earlier; not a quarter and the half it is in (Q2 and H1), nor
    a month and its quarter (M9 and Q3): a sentence naming both is read loosely. A span counted from
    the year's start ('9M') is never the quarter inside it."""
    if claim == source:
        return False
    if "Y-1" in (claim, source):
        return True
    a, b = months_of(claim), months_of(source)
    if claim[:1] == source[:1] == "R" and a is not None and a == b and len(a) == 12:
        return True  # 'the year to June 30' against 'the year to March 31': twelve months each, ending apart
    if a is None or b is None or a == b:
        return False
    if {claim[:1], source[:1]} in ({"R", "Q"}, {"R", "H"}) and len(a) == len(b):
        return False  # 4月至9月 against 'the first half': a fiscal year's numbering may be meant (not six months a quarter)
    if (a < b or b < a) and not (cumulative(claim) or cumulative(source)):
        return False
    return True


def _defines_acronym(acronym: str, name: str, idx) -> bool:
    """Whether the story writes ``acronym`` in brackets right after a name that ``name`` is or opens
    ('Compagnie des Alpes (CDA)' for 'CDA' and 'Compagnie', the name as far as it was read)."""
    if idx.han or not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6) or len(name) < 3:
        return False
    for p in idx.paragraphs:
        for m in re.finditer(rf"\s\({re.escape(acronym)}\)", p.text):
            before = p.text[:m.start()]
            at = before.rfind(name)
            if at >= 0 and (at == 0 or not before[at - 1].isalnum()) and _DEFINED_NAME.fullmatch(before[at:]):
                return True
    return False


# A name a bracketed acronym defines: capitalised, up to seven words, no clause break.
_DEFINED_NAME = re.compile(r"[A-Z][\w'&.-]*(?:\s[\w'&.-]+){0,6}")


def other_subject(claim: Subject, source: Subject, paragraph, glosses: dict, idx) -> bool:
    """Whether ``source`` (a subject in the paragraph) is surely not the claim's subject: the
    claim's subject is named elsewhere in the paragraph, and not at ``source``; or the paragraph does
    not name it at all but another paragraph of the article does (it is a subject of the story, and
    this figure is someone else's)."""
    if source.entity_id is None and (whole := _named_in_full(source, paragraph)) is not None:
        source = whole  # ('美畅' where the paragraph has named 美畅股份: the short form is that company)
    if claim.entity_id is not None and not idx.entity_paragraphs(gazetteer().entities[claim.entity_id]) and \
            (member := idx.named_member(claim.text)) is not None:
        claim = replace(claim, entity_id=member.id)  # ('Cleanaway' for 可寧衛, not the Australian Cleanaway)
    if claim.entity_id is not None and claim.entity_id == source.entity_id:
        return False
    if source.text.startswith("《"):
        return False  # a film's or book's title: a product, whose figures its maker may be said to have
    if claim.entity_id is None and claim.text.lower() in lead_words():
        return False  # ('Banks' NPL ratio': a common noun, no name to set against the paragraph's)
    if source.start < 0:
        # A subject carried from an earlier paragraph's list: compare the names themselves.
        from citebrief.verify.index import Paragraph

        if Paragraph(0, source.text).subject_spans(claim, glosses):
            return False
        return any(p.subject_spans(claim, glosses) for p in idx.paragraphs)
    if claim.entity_id is not None and (_gauge(source, paragraph) or _two_indexes(claim, source)):
        # 'the broader Topix' against 'the Topix marine transportation index', the Nifty 50 against the
        # Nifty FMCG index: other, where the paragraph also names the claim's index itself.
        return any(not (source.start <= a < source.end) for a, _ in paragraph.subject_spans(claim, glosses))
    if source.entity_id is not None and is_sector_gauge(claim) and not is_sector_gauge(source):
        # 'The Topix electric power and gas index rose 0.5%' where 0.5% is the broader Topix's: other,
        # where the paragraph names the sector gauge apart (in a Chinese paragraph, any sector gauge:
        # 'The machinery sector rose 0.37%' where [9] says 上证指数上涨0.37%，机械设备板块上涨1.12%).
        spans = paragraph.subject_spans(claim, glosses)
        if not spans and HAN_RUN.search(paragraph.text):
            return any(is_sector_gauge(s) and s.start >= 0 for s in paragraph.subjects)
        return any(not (source.start <= a < source.end) for a, _ in spans)
    if abbreviates(claim.text, source.text) or abbreviates(source.text, claim.text):
        return False  # 'UOB' for 'United Overseas Bank', 'OCBC' for 'Oversea-Chinese Banking Corp'
    if _opens_name(claim.text, source.text, claim.entity_id is not None) or \
            _opens_name(source.text, claim.text, source.entity_id is not None):
        return False  # 'Mapletree Logistics' for 'Mapletree Logistics Trust', 'Nido' for 'Nido Education'
    if _defines_acronym(source.text, claim.text, idx) or _defines_acronym(claim.text, source.text, idx):
        return False  # 'CDA' where the story wrote 'Compagnie des Alpes (CDA)'
    if claim.entity_id is None and source.entity_id is not None and _spells_english_name(claim.text, source.entity_id):
        return False  # "Shanxi Lu'an Environmental Energy" for 潞安环能 (Lu'an Environmental Energy Development)
    if source.entity_id is None and claim.entity_id is not None and _shortens(source.text, claim.entity_id):
        return False  # 中海 for 中国海外发展 (COLI), 招行 for 招商银行
    if claim.entity_id is None and source.entity_id is not None and _AGENCY_END.search(claim.text) and \
            gazetteer().entities[source.entity_id].kind in ("regulator", "institution", "central_bank"):
        return False  # 'Industrial Development Administration' under 经济部: an agency may be the ministry's
    if claim.entity_id is None and source.entity_id is not None and " " not in claim.text.strip() \
            and _shares_a_word(claim.text, source):
        return False  # 'Fusheng' for 复盛应用 (Fusheng Precision): a word of its English name
    if claim.entity_id is None and _names_another_company(claim.text, source, paragraph):
        return True  # 'Goldlok' where the paragraph names 高乐股份 (Goldlok Holdings) apart from 邦宝益智
    spans = paragraph.subject_spans(claim, glosses)
    # (Where the paragraph writes the claim's name whole, a word of it inside another name is not it:
    # 'TSX' of 'S&P/TSX composite index' for 'TSX Global Gold'.)
    spans = [(a, b) for a, b in spans if b - a >= len(claim.text)] or spans
    if spans:
        # (Where the paragraph names the source's company, wherever its figure's binding says it is.)
        same = [(s.start, s.end) for s in paragraph.subjects
                if source.entity_id is not None and s.entity_id == source.entity_id]
        return not any(a < y and x < b for a, b in spans for x, y in [(source.start, source.end), *same])
    if any(p is not paragraph and p.subject_spans(claim, glosses) for p in idx.paragraphs):
        return True
    # A claim's company that no paragraph names, for a figure the paragraph surely gives a company
    # whose English names are known (the gazetteer), or that an English story names literally:
    # 'Hisense's revenue' where [6] gives 海尔智家's (Haier).
    # (Not an acronym, 'SHKP' for 新鸿基地产, nor a word with a suffix, 'Moutai-brand', nor a word of the
    # source company's English name, 'Fubon' for Fubon Financial.)
    # (An English company name a Chinese story's paragraphs hold under no reading is the name check's.)
    return claim.entity_id is None and not claim.text.isupper() and not _LOWER_SUFFIX.search(claim.text) and (
        source.entity_id is not None or not idx.han) and not _shares_a_word(claim.text, source)


# A Chinese story's figure the claim gives a company by an English name no paragraph holds under any
# reading, where the gazetteer knows the figure's company by other English names: the claim's name may be
# another company of the story the gazetteer lacks (a swap), or the same company under a name the gazetteer
# lacks ('Sinowealth', 'Union Semiconductor' for 汇成股份, 'Bimotion'). Which is not known: the claim is
# `unverifiable`, never `supported`, and the problem says why.
UNNAMED_OWNER = ", a name no paragraph gives: which company is meant is not known"


def unsure_problem(problem: str) -> bool:
    """Whether a problem only says the claim's company is named nowhere (see UNNAMED_OWNER)."""
    return problem.endswith(UNNAMED_OWNER)


_NOT_A_COMPANY_END = re.compile(r"\b(?:index|indices|sub-index|sector|sectors|board|industry|market|stocks|shares)$", re.IGNORECASE)


def _owner_named_nowhere(cb: Binding, sb: Binding, paragraph, idx) -> bool:
    claim = cb.subject
    return bool(idx.han) and claim is not None and claim.entity_id is None and sb.subject is not None and \
        sb.subject.entity_id is not None and sb.subject.start >= 0 and \
        claim.text[:1].isupper() and not is_sector_gauge(claim) and not _NOT_A_COMPANY_END.search(claim.text) and \
        not _names_another_company(claim.text, sb.subject, paragraph) and \
        not any(p.subject_spans(claim, idx.glosses) for p in idx.paragraphs) and not _read_in_article(claim.text, idx)


def _read_in_article(name: str, idx) -> bool:
    """Whether the name check finds an English name somewhere in the article by a reading or a
    translation ('Huaxin Lvyuan' for 华新绿源, 'China Catalyst' for 中触媒): a company the story names."""
    word = name.removesuffix("'s").removesuffix("’s").strip()
    everywhere = list(range(1, idx.count + 1))
    # (Or the opening words of one company's English name, 'China Catalyst' for China Catalyst Holding, 中触媒.)
    members = group_members(word)
    return bool(idx.name_paragraphs(word)[0] or idx.company_paragraphs(word)[0] or in_dictionary(word, everywhere, idx)[0]
                or (len(members) == 1 and idx.entity_paragraphs(members[0])))


def _whole_as_measure(cb: Binding, sb: Binding) -> bool:
    """Whether the claim's measure is only the whole its share is of, the paragraph's share being of
    that whole too ('Exports made up 57.4% of CareRay's revenue' where [5] says 出口收入占比为57.4%)."""
    if cb.whole and sb.whole and cb.whole[0] and cb.whole[0] == sb.whole[0] == cb.metric:
        return True
    # ('The interim payout … is roughly 41% of Sims' statutory profit' where [2] says 'the payout equals roughly
    # 41% of statutory profit', read as profit's figure: the whole both name.)
    return bool(cb.figure.q.kind == "percent" and cb.whole and cb.whole[0] and sb.whole and sb.whole[0]
                and sb.metric and cb.whole[0] == sb.whole[0] == sb.metric)


def _named_in_full(source: Subject, paragraph) -> Subject | None:
    """The company a Chinese short form stands for where the paragraph names it in full before it
    ('美畅' after 美畅股份), else None."""
    if len(source.text) < 2 or source.text.isascii():
        return None
    return next((s for s in paragraph.subjects if s.entity_id is not None and (source.start < 0 or s.start < source.start)
                 and s.text.startswith(source.text) and s.text != source.text), None)


def _two_indexes(claim: Subject, source: Subject) -> bool:
    """Whether two subjects are two indexes the gazetteer tells apart (the Nifty 50, the Nifty FMCG)."""
    return claim.entity_id is not None and source.entity_id is not None and claim.entity_id != source.entity_id and \
        gazetteer().entities[claim.entity_id].kind == gazetteer().entities[source.entity_id].kind == "index"


def _gauge(source: Subject, paragraph) -> bool:
    """A sector gauge read apart from its index: by its name, or by the index word written after it ('The
    Nifty Financial Services index gained 0.4% and the Nifty 50 rose 0.2%')."""
    return is_sector_gauge(source) or (source.entity_id is None and source.start >= 0
                                       and _INDEX_AFTER.match(paragraph.text, source.end) is not None)


# A share of a goal, not of a level: '76.1% of its annual target of 28.7 trillion won', '完成全年目标的76.1%' (not here).
_OF_TARGET_AFTER = re.compile(r"\sof\s((?:its|the|their)\s(?:[a-z-]+\s){0,2}(?:target|goal|guidance|budget|plan))\b")
_TARGET_WORD = re.compile(r"\b(?:target|goal|guidance|budget|plan|forecast)\b", re.IGNORECASE)
_INDEX_AFTER = re.compile(r"\s(?:index|sub-index|subindex|gauge)\b", re.IGNORECASE)
_LOWER_SUFFIX = re.compile(r"-[a-z]")  # 'Moutai-brand' (not 'V-Guard')
_AGENCY_END = re.compile(r"\b(?:Administration|Bureau|Agency|Office|Department|Commission|Authority|Council|Ministry)$")


def _opens_name(short: str, full: str, short_known: bool = True) -> bool:
    """Whether an English name is a longer one's first words ('Mapletree Logistics' of 'Mapletree
    Logistics Trust'): the same company, named short. One word does so as an acronym ('ITM' of 'ITM
    Power') or, where the gazetteer does not know it (``short_known`` False), as a name ('Nido' of 'Nido
    Education')."""
    a = short.removesuffix("'s").removesuffix("’s").split()
    b = full.removesuffix("'s").removesuffix("’s").split()
    if not a or len(a) >= len(b) or b[:len(a)] != a:
        return False
    if len(a) >= 2:
        return True
    word = a[0]
    return (len(word) >= 3 and word.isupper() and word.isalpha()) or (
        not short_known and len(word) >= 4 and word[:1].isupper() and word.lower() not in _GENERIC_NAME_WORDS
        and not COMPANY_WORD.fullmatch(word))


def _names_another_company(name: str, source: Subject, paragraph) -> bool:
    """Whether a claim's one-word company name the gazetteer does not know is the first word of the
    English name of another company the paragraph names ('Goldlok' for 高乐股份, Goldlok Holdings), not
    of the source's."""
    word = name.removesuffix("'s").removesuffix("’s").strip()
    if " " in word or len(word) < 4 or word.lower() in _GENERIC_NAME_WORDS or COMPANY_WORD.fullmatch(word):
        return False
    g = gazetteer().entities

    def opens(entity_id: int | None) -> bool:
        return entity_id is not None and g[entity_id].kind == "company" and \
            any(e.split()[0] == word for e in g[entity_id].english)

    if source.text.split()[:1] == [word] or opens(source.entity_id):
        return False  # ('Taisei and Shimizu reported…': the source names it so too)
    return any(opens(s.entity_id) for s in paragraph.subjects)


def _spells_english_name(name: str, entity_id: int) -> bool:
    """Whether a claim's name is one of the entity's English names written longer or shorter: with a
    place before it ("Shanxi Lu'an Environmental Energy" for Lu'an Environmental Energy) or without its
    last words (… Development)."""
    words = name.removesuffix("'s").removesuffix("’s").split()
    for english in gazetteer().entities[entity_id].english:
        known = english.split()
        if len(known) >= 2 and (words[-len(known):] == known or _opens_name(name, english)
                                or _opens_name(" ".join(words[1:]), english)):
            return True
    return False


def _route_end(claim: Subject, source: Subject, claim_text: str) -> bool:
    """Whether the claim's subject is only where something goes or comes from ('rates to Europe
    rose 1.4%') and the paragraph's is not a place (the freight index that quotes the route)."""
    if not _TO_FROM.search(claim_text, max(0, claim.start - 9), claim.start):
        return False
    g = gazetteer().entities
    return claim.entity_id is not None and g[claim.entity_id].kind in ("place", "country") and \
        source.entity_id is not None and g[source.entity_id].kind in ("index", "company", "exchange")


_TO_FROM = re.compile(r"\b(?:to|from)\s(?:the\s)?(?:US\s|U\.S\.\s)?$")
# A level at a year's end ('2026年末', '年底', 'at the end of 2026', 'as of December 31').
_AT_YEAR_END = re.compile(r"\d{4}年(?:末|底)|(?<![上去前])年(?:末|底)|(?<![上去前]年)12月(?:末|底|31日)|\bend of (?:20\d\d|the year|december)\b|"
                          r"\bdecember 31\b|\byear-end\b")
_OF_IT_AFTER_EN = re.compile(r"\s(?:of\s(?:it|the\stotal))(?![\w-])")  # ('the loan book grew…, with home loans making up 84.6% of it')
_SHARE_OF_ITS_OWN = re.compile(r"占(?:集团|公司|全行|总体|整体|全部)?(?:的)?\s?(?:约|近|逾|超过)?\s?$|"
                               r"(?:营收|营业收入|收入|销售额|营业额|[，,]\s?)(?:占比|比重)\s?(?:升至|降至|提升至|提高至|下降至|回落至|达到?|为)?\s?(?:约|近|逾)?\s?$")
_TARGET = re.compile(r"\btargets?\b|\bprice objective\b|\bfair value\b", re.IGNORECASE)


def _place_owning_another(source: Subject, claim_owners: list[Subject]) -> bool:
    """Whether the paragraph's place is one the claim gives another figure ('Western Australia's crop …
    fall 21.3% while New South Wales' … rise 6.8%'): a swap, not the place named as a destination."""
    return source.entity_id is not None and gazetteer().entities[source.entity_id].kind == "place" and \
        any(o.entity_id == source.entity_id for o in claim_owners)


def _holder_named_too(claim: Subject, source: Subject, paragraph, glosses: dict, claim_text: str) -> bool:
    """Whether a claim that hangs a figure on someone who owns no figure of the paragraph also names
    the figure's own subject: "Zhou's HK$88 target ... SMIC's close", "Morgan Stanley's new HK$13.8
    target for Dah Sing" (the analyst's or broker's target for the company's shares), or the place
    the paragraph gives it to ('to Japan')."""
    if source.entity_id is None or not claim_text:
        return False
    entity = gazetteer().entities[source.entity_id]
    if entity.kind not in ("place", "country") and not _TARGET.search(claim_text):
        return False  # (a place: 'Port Hedland exported 2.9 million tonnes to Japan' where the paragraph says 'to Japan')
    # (Literally, not as a name read by itself: 'Intra-Asia routes' names Asia too.)
    if not _english_names_in(source.entity_id, claim_text):
        return False
    if entity.kind in ("place", "country"):
        return True
    spans = paragraph.subject_spans(claim, glosses)
    return not any(b.subject is not None and any(a < b.subject.end and b.subject.start < e for a, e in spans)
                   for b in paragraph.bindings)


def _owner_named_aside(source: Subject, paragraph, glosses: dict, claim_text: str, claim_subjects: list[Subject],
                       claim_owners: list[Subject]) -> bool:
    """Whether the claim names the figure's own subject too, without giving it another figure:
    'Chagee said … GMV fell 3.7%', 'Huaxi's Liu set a 58-yuan target for Ganfeng'. The claim then
    hangs the figure on a word of its own sentence (a metric, a brand, the analyst), not on another
    company; a claim that gives the source's subject a figure of its own ('A rose 3% while B rose
    12%') is still read as a swap."""
    # ('Dabur CEO …': a company named with a title; not 'PICC' inside 'PICC P&C', another company.)
    others = [(s.start, s.end) for s in claim_subjects
              if s.entity_id != source.entity_id or (s.entity_id is None and s.text != source.text)]
    # ('GMR's Hyderabad airport handled…': a subject the gazetteer lacks, written as the paragraph writes it.)
    written = _english_names_in(source.entity_id, claim_text) if source.entity_id is not None else \
        list(re.finditer(rf"(?<![A-Za-z]){re.escape(source.text)}(?![A-Za-z])", claim_text)) if source.text.isascii() else []
    literal = any(not any(a <= m.start() < b for a, b in others) for m in written)
    # (A place the claim names is no company's name: "China's wind gearbox market" names not 南高齿（中国高速传动）.)
    company = source.entity_id is not None and gazetteer().entities[source.entity_id].kind == "company"
    named = [s for s in claim_subjects if not (company and s.entity_id is not None and
                                               gazetteer().entities[s.entity_id].kind in ("place", "country"))]
    if not literal and not any(_same_subject(s, source, paragraph, glosses) for s in named):
        return False
    return not any(_same_subject(s, source, paragraph, glosses) for s in claim_owners)


def _english_names_in(entity_id: int, text: str) -> list[re.Match]:
    """Where ``text`` writes one of the entity's English names literally, as a word of its own."""
    return [m for name in gazetteer().entities[entity_id].english
            for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text)]


# A sum over several subjects: '四家公司前三季度营收合计327.99亿元', 'the four companies' combined revenue'.
_GROUP_SUM_ZH = re.compile(r"(?:合计|共计|合共|总计|累计共|加总)[^，,。；;\d]{0,8}$")
_GROUP_SUM_EN = re.compile(r"\b(?:combined|together|between them|in total|in all|altogether|aggregate)\b", re.IGNORECASE)


def _group_totals(cb: Binding, sb: Binding, low: str, claim_text: str) -> bool:
    """Whether both sides give the figure as a sum over several subjects: no one company owns it, so
    the claim's subject word ('Ganfeng accounted for 46% of the four companies' combined revenue of
    32.8 billion') is not set against the paragraph's."""
    summed = _GROUP_SUM_ZH.search(low, max(0, sb.figure.q.start - 10), sb.figure.q.start) or \
        max(_GROUP_SUM_EN.finditer(low, sentence_start(low, sb.figure.q.start), sb.figure.q.start), default=None,
            key=lambda m: m.start())
    if summed is None:
        return False
    if sb.subject is not None and sb.subject_sure and sb.subject.start >= summed.end() and sb.figure.q.kind == "percent":
        return False  # ('combined quarterly revenue came to …, of which IHCL accounted for about 70.3%': IHCL's share)
    return bool(_GROUP_SUM_EN.search(claim_text, _clause_start(claim_text, cb.figure.q.start), cb.figure.q.end + 40))


def _same_subject(claim: Subject, source: Subject | None, paragraph, glosses: dict) -> bool:
    """Whether the claim's subject is the paragraph's ``source``: one entity, or named where it stands."""
    if source is None:
        return False
    if claim.entity_id is not None and claim.entity_id == source.entity_id:
        return True
    if claim.entity_id is not None and _gauge(source, paragraph):
        return False  # 'the broader Topix' is not 'the Topix marine transportation index'
    if _two_indexes(claim, source):
        return False  # two indexes the gazetteer tells apart: the Nifty 50 is not the Nifty Smallcap 100
    if _maker_and_brand(claim.text, source, paragraph.text):
        return True
    return source.start >= 0 and any(a < source.end and source.start < b for a, b in paragraph.subject_spans(claim, glosses))


def _speakers_firm(firm: str, speaker: Person, text: str) -> bool:
    """Whether ``firm`` is the firm the paragraph writes with its speaker ("NH Korindo Sekuritas'
    Anindito Soerjowardojo", 'Anindito Soerjowardojo of NH Korindo Sekuritas'): a claim may give the
    call to the firm."""
    if speaker.start < 0:
        return False
    before = text[max(0, speaker.start - len(firm) - 48):speaker.start]
    after = text[speaker.end:speaker.end + len(firm) + 24]
    lead = text[sentence_start(text, speaker.start):speaker.start]
    # (Or with the speaker's title between: 'Fitch Ratings senior director Ekkehard Dellbrueck'.)
    return re.search(rf"{re.escape(firm)}(?:'s|’s|'|’)?\s(?:[a-z][a-z-]*\s){{0,4}}$", before) is not None or \
        re.match(rf",?\s(?:of|at|from)\s(?:the\s)?{re.escape(firm)}\b", after) is not None or \
        (lead.startswith(firm) and _ITS_TITLE_BEFORE.search(lead) is not None)  # 'Jackson Hewitt … said its chief executive Rhoda Mabry'


_ITS_TITLE_BEFORE = re.compile(r"\bits\s(?:[\w-]+\s){1,4}$")


_SAID_BEFORE_EN = re.compile(r"\b(?:said|says|told|added)\b")


def _company_call_in_sentence(name: str, sb: Binding, text: str) -> bool:
    """Whether the figure's sentence has ``name`` make the call its speaker reports ('She said Smart Sand
    now expects 2034 capital spending of…'): the company's officer speaks for it."""
    opens = sentence_start(text, sb.figure.q.start)
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])\s(?:now\s|still\s|also\s)?(?:expects|expected|forecasts|"
                     rf"sees|estimates|plans|targets|guides|projects)\b", text[opens:sb.figure.q.start]) is not None


def _segment_of(claim: Subject, source: Subject, paragraph, glosses: dict) -> bool:
    """Whether the paragraph's subject is a segment of the claim's company, named before it ('Seiko Epson
    … Printing Solutions revenue rose 3.6%, with unit sales of … printers up 6.1%' for 'Epson sold …'):
    a name the gazetteer lacks that ends in a segment's word (data/segment_name_endings.txt) or that the
    paragraph calls a part ('within Thermal Comfort', 'its Burners division')."""
    if source.entity_id is not None or " " not in source.text or source.start < 0:
        return False
    # ('Heat pump sales within Thermal Comfort jumped 17.2%': a part of the company the text calls one.)
    called = re.search(r"\bwithin\s" + re.escape(source.text) + r"\b|\b(?:its|the)\s" + re.escape(source.text)
                       + r"\s(?:segment|division|unit|business)\b", paragraph.text) is not None
    if not called and source.text.rsplit(" ", 1)[1].lower() not in word_list("segment_name_endings.txt"):
        return False
    return any(b <= source.start for _, b in paragraph.subject_spans(claim, glosses))


def _division_of_story(claim: Subject, source: Subject, idx, glosses: dict, number: int) -> bool:
    """Whether the paragraph's subject is a division the story calls one ('PIC, the porcine business,
    lifted revenue…', 'its Concorde division') and the claim's is a company the story names up to the
    paragraph (Genus, in [1]): a later
    sentence's figure carried from the division may be told as the company's product's ('sales of
    Genus's gene-edited pigs')."""
    if source.entity_id is not None or source.start < 0 or not idx.count:
        return False
    called = re.compile(re.escape(source.text) + r"(?:,\s(?:the|its)\s(?:[\w-]+\s){0,3}|\s)(?:business|division|unit|segment|arm)\b")
    return any(called.search(p.text) for p in idx.paragraphs) and \
        any(p.subject_spans(claim, glosses) for p in idx.paragraphs[:number])


# Where a claim turns to another subject: its figure's words are those between two of these.
_SUBJECT_TURN = re.compile(r"[;:]|\b(?:while|whereas|against|compared|and\s(?:its|the))\b")
_POINTS_BACK_TO_ITEM = re.compile(r"\b(?:the|that|this)\s(?:segment|division|unit|business|product|line)(?:'s|’s)?\s")


def _to_the_same_date(claimed: str, sb: Binding, paragraph) -> bool:
    """Whether the paragraph's span ends on a date it gave before ('£104.7 million in the nine months to the same
    date' after 'the three months to June 30'), as long as the claim's span ('the nine months to June 30')."""
    if not sb.period_text:
        return False
    at = paragraph.lower.rfind(sb.period_text.lower(), 0, sb.figure.q.start + 80)
    a, b = months_of(claimed), months_of(sb.period or "")
    return at >= 0 and TO_THE_SAME_DATE.match(paragraph.lower, at + len(sb.period_text)) is not None and \
        a is not None and b is not None and len(a) == len(b) > 0


def _year_so_far(claimed: str, sb: Binding, paragraph) -> bool:
    """Whether the claim's 'year to September' is the source's year so far to that month's end (截至今年9月底…
    今年以来收益…), read by the paragraph as the month or its first months."""
    month = year_to_month(claimed)
    if month is None or sb.period not in (f"M{month}", f"{month}M"):
        return False
    a, z = sentence_span(paragraph.lower, sb.figure.q.start, sb.figure.q.end)
    return YEAR_SO_FAR.search(paragraph.lower, a, z) is not None or YEAR_SO_FAR.search(paragraph.lower[:a]) is not None


_POINTING_WHOLE_EN = re.compile(r"(?:the|its|their|that|this)\s([a-z]+)", re.IGNORECASE)
_POINTING_TOTAL_EN = re.compile(r"(?:the|its|that|this)\s(?:month|quarter|year|week|day|period|half)(?:'s|’s)\s(?:total|tally|count)",
                                re.IGNORECASE)


def _whole_pointed_back(claimed: str, source: str, before: str = "") -> bool:
    """Whether the paragraph's whole only points back to one named before ('made up 31% of the volume' after
    'shipped 168,400 tons of cat litter'), with the head word the claim's whole ends with ("of Oil-Dri's litter
    volume"); or is a period's total ("57% of the month's total" after 'Adjusted background checks … totaled
    1.327 million') whose measure, the claim's whole's head word, the paragraph names before the figure."""
    if _POINTING_TOTAL_EN.fullmatch(source.strip()):
        head = re.search(r"([a-z]+)$", claimed.strip().lower())
        return head is not None and re.search(rf"\b{head.group(1)}\b", before.lower()) is not None
    m = _POINTING_WHOLE_EN.fullmatch(source.strip())
    return m is not None and re.search(rf"\b{re.escape(m.group(1).lower())}$", claimed.strip().lower()) is not None


def _period_restated(claimed: str, sb: Binding, paragraph) -> bool:
    """Whether the paragraph writes the claim's period right before the figure's, the one restating the other:
    'its fiscal fourth quarter, July to September' (Q4 of a year to September, the calendar third quarter)."""
    if not sb.period_text or not _named_by_months(sb.period_text):
        return False  # (only months restate a numbered quarter: '三季报，前三季度…' is a report, then nine months)
    at = paragraph.text.rfind(sb.period_text, 0, sb.figure.q.start)
    return at > 0 and any(t.key == claimed and 0 <= at - t.end <= 3 and paragraph.text[t.end:at].strip() in (",", "，", "(", "（", "")
                          for t in paragraph.facts.temporals)


def _item_named_in_english(source: Subject, claim_text: str, cb: Binding) -> bool:
    """Whether the paragraph's subject is a product or segment the claim names in English in its
    figure's clause, read through the dictionary: '冲压导线架' for 'stamped lead-frame shipments fell
    2.3%'; more than half of its characters are in words with a sense the clause writes. Not a gazetteer
    entity: that is named, not translated. In an English paragraph, a segment named with capitals the
    claim writes in its figure's clause ('Leisure Parks drew …' for "Compagnie des Alpes' leisure parks
    drew …")."""
    if source.start >= 0 and source.entity_id is None and not HAN_RUN.search(source.text) and " " in source.text:
        # (In lower case, as a common noun: written with its capitals it is a name the binding compares,
        # 'Australian Vintage and Lark Distilling reported … respectively'.)
        opens = max((m.end() for m in _SUBJECT_TURN.finditer(claim_text, 0, cb.figure.q.start)), default=0)
        written = claim_text[opens:cb.figure.q.start]
        return re.search(rf"\b{re.escape(source.text.lower())}\b", written) is not None and source.text not in written
    if source.start < 0 or not HAN_RUN.fullmatch(source.text):
        return False
    if source.entity_id is not None:
        return _place_named_in_clause(source, claim_text, cb)
    from citebrief.facts.lexicon import chinese_words, content_words, same_word

    turns = [m for m in _SUBJECT_TURN.finditer(claim_text, 0, cb.figure.q.start)]
    start = turns[-1].end() if turns else 0
    if turns and _POINTS_BACK_TO_ITEM.search(claim_text, start, cb.figure.q.start):
        # ('…film revenue rose 31.4%, while the business's gross margin fell': the clause before names it)
        start = turns[-2].end() if len(turns) > 1 else 0
    stop = next((m.start() for m in _SUBJECT_TURN.finditer(claim_text, cb.figure.q.end)), len(claim_text))
    # (Its lower-case words: a capitalised one is a name's, 'Beijing Daxing International Airport', not
    # a translation of 北京首都机场股份.)
    clause = content_words(re.sub(r"\b[A-Z][\w'’-]*", " ", claim_text[start:stop]))
    covered = [False] * len(source.text)
    from citebrief.facts.atoms import english_names
    from citebrief.text.script import fold

    for n in english_names(claim_text[start:stop]):
        # (A place the clause names covers its Chinese form: 'its Hong Kong property' for 香港物业.)
        if n.entity is not None and n.entity.kind == "place":
            for form in n.entity.zh:
                at = source.text.find(fold(form))
                if at >= 0 and len(form) > 1:
                    covered[at:at + len(form)] = [True] * len(form)
    # (A brand the clause writes in pinyin covers its characters: 'HEC Pharm's Kewei granules' for 可威系列;
    # from the claimed subject on when that is carried from a clause before: '…, against 12.6% for the capsules'.)
    from citebrief.facts.names import is_pinyin_word, pinyin_windows

    opens = min(start, max(cb.subject.start, 0)) if cb.subject is not None else start
    brands = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", claim_text[opens:stop]) if is_pinyin_word(w)]
    readings = pinyin_windows(source.text) if brands else {}
    for run in (readings[w] for w in brands if w in readings):
        at = source.text.find(run)
        covered[at:at + len(run)] = [True] * len(run)
    for word, senses in chinese_words(source.text).items():
        if any(same_word(w, e) for w in clause for e in senses):
            at = source.text.find(word)
            while at >= 0:
                covered[at:at + len(word)] = [True] * len(word)
                at = source.text.find(word, at + 1)
    # (A range's 系列 is no word of what it is: 可威系列 is Kewei.)
    named = len(source.text) - (2 if source.text.endswith("系列") else 0)
    return 2 * sum(covered[:named]) > named


def _place_named_in_clause(source: Subject, claim_text: str, cb: Binding) -> bool:
    """Whether the paragraph's subject is a place the claim's clause names in lower case as where the
    claimed subject's part is ('SF REIT's mainland properties averaged 91.4%' where [2] says
    內地物業平均出租率為91.4%)."""
    ent = gazetteer().entities[source.entity_id] if source.entity_id is not None else None
    if ent is None or ent.kind != "place":
        return False
    start = max((m.end() for m in _SUBJECT_TURN.finditer(claim_text, 0, cb.figure.q.start)), default=0)
    clause = claim_text[start:cb.figure.q.start]
    return any(re.search(rf"\b{re.escape(name.removeprefix('the '))}\b", clause)
               for name in ent.english if name[:1].islower() or name.startswith("the "))


def _maker_and_brand(claim: str, source: Subject, text: str) -> bool:
    """'Asahi Super Dry' for the paragraph's 'Super Dry' when its sentence names Asahi before it ('Asahi's
    … its flagship Super Dry beer'): a brand written with its maker's name."""
    if source.start < 0 or not claim.endswith(" " + source.text):
        return False
    maker = claim[:-len(source.text)].strip()
    return len(maker) > 1 and maker in text[sentence_start(text, source.start):source.start]


# A person's own call: 'Park's 1.68 trillion won full-year forecast'.
_CALL_WORDS = re.compile(r"\b(?:forecasts?|estimates?|projections?|targets?|expects?|expectations?|sees|predicts?|calls?)\b",
                         re.IGNORECASE)


# Titles of a company's own officers: what they say of 'the board' or 'the company' is their firm's.
_OFFICERS = frozenset({"ceo", "cfo", "chairman", "president", "general_manager", "coo", "board_secretary"})


def _speakers_company(sb: Binding, paragraph) -> Subject | None:
    """The company (not a broker) whose officer says the figure, named right before the title
    ('Grand City chief executive Noam Kestenbaum said the board would propose…50%'), when the
    figure's own sentence names no other company."""
    if sb.speaker is None or not (sb.speaker.roles & _OFFICERS):
        return None
    firm = next((a for a in reversed(affiliations(paragraph.facts)) if a.end <= sb.speaker.start <= a.end + 40), None)
    if firm is None or firm.entity_id is None or is_broker(firm.text, firm.entity_id):
        return None
    start, end = sentence_span(paragraph.text, sb.figure.q.start, sb.figure.q.end)
    if firm.start < start or any(start <= s.start < end and s.entity_id != firm.entity_id for s in paragraph.subjects):
        return None
    return firm


def _persons_own(claim: Subject, sb: Binding, paragraph, glosses: dict, claim_text: str) -> bool:
    """Whether a claim that hangs the figure on a person of the paragraph is right to: the person's
    own forecast or target ('Park's 1.68 trillion won full-year forecast'), or a figure of the
    company the paragraph names with the person's title ('Maria Santos's bank' for Harbor Union
    Bank's chief executive). A person the paragraph ties to no company says nothing of whose it is."""
    if claim.entity_id is not None and gazetteer().entities[claim.entity_id].kind == "company":
        return False  # ('Owen Mumford', a company the gazetteer knows, though it reads as a person's name)
    person = paragraph.person_matching(claim, glosses)
    if person is None:
        return False
    if sb.speaker is not None and (person.start, person.end) == (sb.speaker.start, sb.speaker.end) and \
            _CALL_WORDS.search(claim_text):
        return True
    if sb.speaker is None and _CALL_WORDS.search(claim_text) and \
            sentence_start(paragraph.lower, sb.figure.q.start) <= person.start < sb.figure.q.start:
        return True  # '分析师濮晓帆本月8日发布研报，…预计公司2026年净利润为6.85亿元': the analyst's own call
    firm = next((a for a in reversed(affiliations(paragraph.facts)) if a.end <= person.start <= a.end + 40), None)
    if firm is None or sb.subject is None:
        return True
    return _same_subject(firm, sb.subject, paragraph, glosses)


def _named_in_figures_sentence(claim: Subject, sb: Binding, paragraph, glosses: dict) -> bool:
    """Whether the source's subject is carried from an earlier sentence while the claim's is named in
    the figure's own sentence, before it ('…协会副会长…表示…。港口库存方面，截至10月末京唐港炼焦煤库存为386万吨'):
    a carried subject is too unsure to set against a name the sentence itself gives."""
    if sb.subject is None or sb.subject.start < 0:
        return False
    start = sentence_start(paragraph.text, sb.figure.q.start)
    if sb.subject.start >= start:
        return False
    spans = paragraph.subject_spans(claim, glosses)
    if not spans and paragraph.facts.han and claim.text.isascii():
        from citebrief.facts.readings import name_spans

        spans = name_spans(claim.text, paragraph.text, person=False)  # ('Jingtang' = 京唐港, no subject of its own)
    return any(start <= a < sb.figure.q.start for a, _ in spans)


def _trade_partner_named(source: Subject, paragraph, claim_text: str) -> bool:
    """Whether the source's subject is only where goods come from or go to ('imports of lithium
    concentrate from Australia were 412,300 tonnes') and the claim names that place too ('China imported
    412,300 tonnes of Australian lithium concentrate'): the importer is the claim's to name."""
    if source.entity_id is None or source.start < 0 or \
            not DESTINATION_BEFORE.search(paragraph.text, max(0, source.start - 14), source.start):
        return False
    place = gazetteer().entities[source.entity_id]
    return place.kind in ("place", "country") and any(
        re.search(rf"\b{re.escape(name)}(?:n|ns|ian|ese)?\b", claim_text) for name in place.english)


def _publisher_of(source: Subject, claim: Subject) -> bool:
    """Whether the paragraph's subject is a body that publishes the claim's country's figures
    ('国家统计局…10月全国餐饮收入5463亿元' for 'China's catering revenue'): the economy's, not its own."""
    if source.entity_id is None or claim.entity_id is None:
        return False
    g = gazetteer().entities
    body, place = g[source.entity_id], g[claim.entity_id]
    return body.kind in ("regulator", "central_bank", "institution") and place.kind == "place" and \
        COUNTRY_NAMES.get(body.country or "") in place.english


def _shortens(short: str, entity_id: int) -> bool:
    """Whether a Chinese name the gazetteer lacks is a short form of the entity's: its characters in
    order, from the first ('中海' of 中国海外发展); a trust's manager is the trust's ('置富管理人' of
    置富产业信托)."""
    short = short.removesuffix("管理人")
    if len(short) > 4:
        return False
    ent = gazetteer().entities[entity_id]
    return any(han_abbreviates(short, form) for form in (*ent.zh, *ent.folded_forms))


def _shares_a_word(name: str, source: Subject) -> bool:
    """Whether a claim's company name shares a word with the source's ('Fubon' of Fubon Financial);
    not a company word ('Shalimar Paints' against Indigo Paints)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name) if not COMPANY_WORD.fullmatch(w)} - _GENERIC_NAME_WORDS
    if not words:
        return True  # ('Energy' read out of 'EVE Energy': nothing of a name left to tell them apart)
    english = gazetteer().entities[source.entity_id].english if source.entity_id is not None else [source.text]
    return any(words & {w.lower() for w in re.findall(r"[A-Za-z]+", e)} for e in english)


_GENERIC_NAME_WORDS = frozenset({"the", "of", "and", "co", "corp", "inc", "ltd", "limited", "company"})


def per_share_paragraphs(facts: TextFacts, citations: list[int], idx) -> dict[int, list[int]]:
    """Figures of a claim written per share that a cited paragraph gives per 10 shares
    ('0.36 yuan a share' for 每10股派发现金红利3.60元): index of the figure -> paragraphs."""
    out: dict[int, list[int]] = {}
    claim = claim_bindings(facts)
    for i, cb in enumerate(claim):
        if cb.denominator != "share":
            continue
        for n in dict.fromkeys(citations):
            if not 1 <= n <= idx.count:
                continue
            for sb in idx.paragraphs[n - 1].bindings:
                if sb.denominator == "10 share":
                    q = sb.figure.q
                    tenth = idx.story_quantity(replace(q, value=q.value / 10, precision=q.precision / 10))
                    if matches(cb.figure.q, tenth) and not any(
                            c.startswith("belongs to") for c in _conflicts(cb, sb, idx.paragraphs[n - 1], idx.glosses, idx)):
                        # ('CCB … 0.1195 yuan per share' where 每10股派发1.195元 is 农业银行's: not CCB's dividend.)
                        out.setdefault(i, []).append(n)
    return out


__all__ = ["attribution_problems", "bases_left_open", "claim_bindings", "per_share_paragraphs"]
