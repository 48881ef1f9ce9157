"""Changes told of the wrong level: 'rose 41% to 1.724 million' where the paragraph gives 1.724
million its own change (172.4万张，按年增加9%) and the 41% belongs to another figure of it (平均每日成交额
为2,486亿港元，按年增加41%).

A level (an amount or count) and the percentage changes written right with it are a pair, in the
claim and in the paragraph: Chinese writes the changes after the level ('758.9亿元，同比增长7.4%，
环比下降3.1%') or before it with 至 ('增长9.8%至1,186.4亿元'); English before it with 'to' ('rose 41%
to ...') or after it ('..., up 9%'). A claim's pair is contradicted only when the cited paragraph
pairs the claim's level with other changes and the claim's change with another level: a paragraph
that writes them apart is silence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from citebrief.facts.atoms import Figure, TextFacts
from citebrief.facts.glossary import metrics
from citebrief.facts.quantities import matches

# A level's change is a percentage; a rate's (a percentage level: 'HIBOR 3.05%') is in points.
_CHANGE_KINDS = {"amount": ("percent",), "number": ("percent",), "figure": ("percent",), "percent": ("bp", "pp")}
# Between a change and the level after it: 'rose 41% to', 'up 3.1% at', '增长9.8%至'.
CHANGE_TO = re.compile(r"\s?(?:to|at|至|到)\s?(?:a record\s|about\s|around\s|nearly\s|some\s|约|近)?$")
# Between a level and a change after it: ', up 9%', '，按年增加9%', ', a rise of 5%', ' (up 3%)'.
# ('rose 18.4% year on year to about HK$61.38 billion': the base between them does not part them.)
_BASE_WORDS = re.compile(r"\s(?:year[- ]on[- ]year|on[- ]year|month[- ]on[- ]month|on[- ]month|quarter[- ]on[- ]quarter|"
                         r"on[- ]quarter|from a year (?:earlier|ago)|from last year|from the previous (?:month|quarter)|"
                         r"from the (?:first|second|third|fourth|march|june|september|december) quarter)")
_LEVEL_THEN = re.compile(r"^[^;。!?；]{0,24}$")
# ('sold 34.1 million square metres of flooring in the first nine months, 9.8% less': English may name
# what and when between a level and its change.)
_LEVEL_THEN_EN = re.compile(r"^(?!.*\b(?:and|but|than|while|whereas|with|or|its|their)\b)[^;.!?()]{0,64}$")
# ('rose 1.2% to €44.60 in Madrid, as the IBEX 35 gained 0.3%': a clause of its own subject and verb.)
# ('…to 791 million yuan, outpacing the 3.9% rise in its hot-melt adhesive revenue': a change set against it is another's.)
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|outpacing|outstripping|outperforming|lagging|versus|compared with)\b|[，,]\s?而|\bas\s(?!much\b|many\b|high\b|low\b|well\b|of\b|at\b|a\b|an\b)[a-z]")
_SENTENCE_BREAK = re.compile(r"[;；。!?]|\.\s")
_CLAUSE_BREAK_ZH = re.compile(r"[;；。!?，,]")
# Between a level and its restatement ('196.8 billion won, or 262 won a share').
_RESTATED = re.compile(r",\s*or\s+(?:about\s+|around\s+)?")
# A change that says after it which measure it is of: 'up 15.6% in volume'.
_MEASURE_NAMED_AFTER = re.compile(r"\s(?:in|by)\s(volume|value)\b")
# A level a change is measured from: '较今年第一批的54.30亿元增长26.0%'.
_COMPARED_LEVEL_BEFORE = re.compile(r"(?:较|(?<![占对环同])比(?![重例率])|相比|相较|\bthan|\bfrom|\bcompared with|\bversus)[^，,;；。\d]{0,12}$")
# A clause of the compared level's own that moves it: 'more than its ₹138.2 crore of issuer charges,
# which grew 14.6%'.
_OWN_CHANGE_CLAUSE = re.compile(r",\s(?:which|that)\s")
# A change that names what it measures after two levels ('with volume down 31.6% and value down 12.3%').
_NAMED_MEASURE = re.compile(r"\b(?:volume|value|volumes|values|price|prices)\b")


def _pairs(facts: TextFacts) -> list[tuple[Figure, list[Figure]]]:
    """Each level figure of ``facts`` with the percentage changes written right with it."""
    figs = facts.figures
    text = facts.text.lower()
    out: list[tuple[Figure, list[Figure]]] = []
    for i, f in enumerate(figs):
        if f.q.kind not in _CHANGE_KINDS or (f.q.kind == "number" and f.q.value < 100 and not f.q.unit):
            continue  # ('19日…上涨': a bare small number is a day or a count of things, not a level)
        change_kinds = _CHANGE_KINDS[f.q.kind]
        changes: list[Figure] = []
        # A change right before it, joined by 'to' / 至.
        # (Not across a Chinese clause: '同比下降27.5%，出口量则增至36.0万吨' joins 36.0万吨 to its own verb;
        # English may put the period between: 'rose 8.7% in 2027, to 398,500'.)
        if i and figs[i - 1].q.kind in change_kinds and CHANGE_TO.search(text, figs[i - 1].q.end, f.q.start) and \
                len(_BASE_WORDS.sub("", text[figs[i - 1].q.end:f.q.start])) <= 16 and \
                not (facts.han and _CLAUSE_BREAK_ZH.search(text, figs[i - 1].q.end, f.q.start)):
            changes.append(figs[i - 1])
        # Changes right after it, before any other level and within its sentence.
        j, prev_end = i + 1, f.q.end
        while j < len(figs) and figs[j].q.kind in change_kinds and figs[j].direction is not None:
            gap = text[prev_end:figs[j].q.start]
            if _SENTENCE_BREAK.search(gap) or not (_LEVEL_THEN.match(gap) or (not facts.han and _LEVEL_THEN_EN.match(gap))) \
                    or _OTHER_CLAUSE.search(gap):
                break  # ('jumped 11.2% to 18,750 won, while KG Steel fell 1.7%': another's change)
            if metrics().find(gap):
                break  # ('rose 38.7% to 318 million yuan, on revenue up 26.4%': the change names its own metric)
            if i and figs[i - 1].q.kind in _CHANGE_KINDS and _NAMED_MEASURE.search(gap):
                break  # '12,700 tonnes … worth US$694 million, with volume down 31.6%': the word picks the level
            # 'fell 4% to HK$3.86 billion, while X rose 3%': a change joined to the next level by 'to' is that level's.
            if j + 1 < len(figs) and figs[j].q.kind in _CHANGE_KINDS.get(figs[j + 1].q.kind, ()) and \
                    CHANGE_TO.search(text, figs[j].q.end, figs[j + 1].q.start):
                break
            named = _MEASURE_NAMED_AFTER.match(text, figs[j].q.end)
            if named and (named.group(1) == "volume") == (f.q.kind == "amount"):
                break  # ('42.8 million meters worth US$1.96 billion, up 15.6% in volume': the count's change)
            changes.append(figs[j])
            prev_end = figs[j].q.end
            j += 1
        if changes and i and figs[i - 1].q.kind in _CHANGE_KINDS and _RESTATED.fullmatch(text, figs[i - 1].q.end, f.q.start):
            # 'net profit fell 27.4% to 196.8 billion won, or 262 won a share, but rose 12.5% from the
            # second quarter': a level restated per share, the changes after it are the first one's too.
            if out and out[-1][0] is figs[i - 1]:
                out[-1] = (out[-1][0], out[-1][1] + changes)
            else:
                out.append((figs[i - 1], changes))
        if changes and _COMPARED_LEVEL_BEFORE.search(text, max(0, f.q.start - 16), f.q.start) and \
                not _OWN_CHANGE_CLAUSE.search(text, f.q.end, changes[0].q.start):
            # ('总中标金额为68.42亿元，同比增长12.6%，较今年第一批的54.30亿元增长26.0%': the level compared
            # with is no level of its own; the change after it is the one before's.)
            if out and not _SENTENCE_BREAK.search(text, out[-1][0].q.end, f.q.start):
                out[-1] = (out[-1][0], out[-1][1] + changes)
            continue
        if changes:
            out.append((f, changes))
    return out


def change_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """Problems of a claim (read as ``facts``) whose changes the cited paragraphs give to another
    level (``idx``: ArticleIndex)."""
    claim_pairs = _pairs(facts)
    if not claim_pairs:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    # Each cited paragraph's pairs, read once, its bare 元 in the story's currency.
    source_pairs = {n: [(replace(lv, q=idx.story_quantity(lv.q)), cs) for lv, cs in _pairs(idx.paragraphs[n - 1].facts)]
                    for n in cited}
    problems: list[str] = []
    for level, changes in claim_pairs:
        for change in changes:
            verdicts: list[tuple[int, list[Figure], Figure] | None] = []
            for n in cited:
                pairs = source_pairs[n]
                own = [c for lv, cs in pairs if matches(level.q, lv.q) for c in cs]
                if not own:
                    continue
                if any(matches(change.q, c.q) for c in own):
                    verdicts.append(None)
                    break
                other = next((lv for lv, cs in pairs if not matches(level.q, lv.q)
                              and any(matches(change.q, c.q) for c in cs)), None)
                verdicts.append((n, own, other) if other is not None else None)
            first = verdicts[0] if verdicts else None
            if first is not None and all(v is not None for v in verdicts):
                n, own, other = first
                problems.append(f"'{change.q.text}' is the change of {other.q.text} in [{n}], not of "
                                f"{level.q.text} (there {'/'.join(c.q.text for c in own)})")
    return problems
