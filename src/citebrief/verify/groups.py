"""How many members a group has: 'DCM accounts for about 31.4% of the combined net profit of the five
home-centre chains' where the cited paragraph adds up four ('The half-year net profits of Komeri, Kohnan, DCM
and Arcland add up to ¥32.75 billion') or says 'the four chains' (四家公司合计). A claim's count of a group
is contradicted only when the cited paragraphs count some group and never the claim's number. So is a whole
the claim says is of listed members ('of the combined revenue of M&B, Marston's and Fuller's') where the
paragraph adds up another number of them ('M&B and Marston's together took…', '两家公司合计')."""
from __future__ import annotations

import re

from citebrief.facts.atoms import TextFacts
from citebrief.facts.temporal import COUNT_WORDS

_MEMBERS_EN = (r"(?:companies|chains|banks|lenders|groups|carriers|airlines|insurers|brokers|developers|retailers|"
               r"makers|producers|operators|miners|firms|stocks|subsidiaries|players)")
# 'the five home-centre chains', 'the four listed subsidiaries' (a count before the members' noun).
_GROUP_EN = re.compile(r"\b(?:the|all|these|those)\s(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
                       r"(?:[a-z-]+\s){0,2}(" + _MEMBERS_EN + r")\b", re.IGNORECASE)
_GROUP_ZH = re.compile(r"([两二三四五六七八九十]|\d{1,2})(?:家|大)(?:[^\d，。；,;]{0,6}?)(?:公司|企业|集团|银行|券商|车企|险企|房企|上市公司|连锁)")
# A list of names added up: 'of Komeri, Kohnan, DCM and Arcland add up to', '…, B and C combined'.
_ADDED_LIST_EN = re.compile(r"((?:[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3},\s)+(?:[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3}),?\s"
                            r"and\s[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})\s(?:add up to|added up to|together|combined|totall?ed)\b")
_NAME_EN = r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}"
# Two names added up: 'M&B and Marston's together took…', 'Together, LCI and Patrick had…'.
_ADDED_PAIR_EN = re.compile(rf"(?<![\w,]\s)(?<!,)\b({_NAME_EN}\sand\s{_NAME_EN})\s(?:together|combined)\b|"
                            rf"\bTogether,\s({_NAME_EN}\sand\s{_NAME_EN})\b")
# ('分眾與兆訊兩家合計': a count of two before 合计 with no word for the members.)
_GROUP_SUM_ZH = re.compile(r"([两兩二三四五六七八九十]|\d{1,2})家合[计計]")
# A claim's whole of listed members: 'of the combined nine-month profit of Focus Media, Zhaoxun and Asiaray'.
_COMBINED_LIST_EN = re.compile(rf"\b(?:combined|total|joint)\s(?:[\w&'’-]+\s){{0,5}}?of\s(?:the\s)?"
                               rf"(?P<list>(?:{_NAME_EN},\s)*{_NAME_EN},?\sand\s{_NAME_EN})")
# ('The five producers (UltraTech, …)': a claim that names the group's members itself.)
_LISTED_AFTER = re.compile(r"\s?\(")
_LIST_PARTS = re.compile(r",\s(?:and\s)?|\sand\s")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS.get(word.lower(), 0)


def group_counts(text: str, members: str | None) -> set[int]:
    """The sizes of the groups of ``members`` ('chains') a text counts: 'the four chains', or groups of
    any members it counts otherwise ('三家公司', a list of names it adds up)."""
    counts = {_count(m.group(1)) for m in _GROUP_EN.finditer(text) if members is None or m.group(2).lower() == members} | \
        {_count(m.group(1)) for m in _GROUP_ZH.finditer(text)}
    for m in _ADDED_LIST_EN.finditer(text):
        counts.add(len(_LIST_PARTS.split(m.group(1))))
    if members is None:  # (any members: a pair added up, or a count before 合计)
        counts |= {2 for _ in _ADDED_PAIR_EN.finditer(text)}
        counts |= {_count(m.group(1)) for m in _GROUP_SUM_ZH.finditer(text)}
    return {c for c in counts if c >= 2}


def group_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """A claim's count of a group that the cited paragraphs count otherwise."""
    claimed = list(_GROUP_EN.finditer(facts.text))
    if not (claimed or _COMBINED_LIST_EN.search(facts.text)) or facts.han:
        return []
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    problems = []
    for m in claimed:
        if _LISTED_AFTER.match(facts.text, m.end()):
            continue  # ('The five producers (UltraTech, …, JK Cement and Nuvoco)': the claim names them)
        problems += _miscounted(m.group(0), _count(m.group(1)), cited, idx, m.group(2).lower(), "counts")
    for m in _COMBINED_LIST_EN.finditer(facts.text):
        # ('of the combined revenue of M&B, Marston's, Fuller's and Wetherspoon' where [9] adds up two.)
        problems += _miscounted(m.group(0).rstrip("."), len(_LIST_PARTS.split(m.group("list"))), cited, idx, None,
                                "adds up")
    return problems


def _miscounted(phrase: str, n: int, cited: list[int], idx, members: str | None, verb: str) -> list[str]:
    """The problem when the cited paragraphs count some group of ``members`` and never ``n``."""
    given = {k: group_counts(idx.paragraphs[k - 1].text, members) for k in cited}
    counted = set().union(*given.values()) if given else set()
    if not counted or n in counted:
        return []
    where = ", ".join(f"[{k}]" for k, v in given.items() if v)
    return [f"'{phrase}': {where} {verb} {', '.join(str(c) for c in sorted(counted))}, not {n}"]
