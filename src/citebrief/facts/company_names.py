"""English company names against Chinese ones: the company word an English name ends in
('Film', 'Media', 'Securities'; data/company_words.txt), the Chinese words it stands for
(data/company_word_forms.tsv: Film = 电影/影业/影视), and the head before it read as the Chinese
may write it ('China Film' = 中国 + 电影, 'Wanda Film' = 万达 (wanda) + 电影)."""
from __future__ import annotations

import re
from functools import lru_cache

from citebrief.facts.gazetteer import lookup
from citebrief.facts.glossary import word_forms, word_list
from citebrief.text.script import HAN

# An English company word, capitalised as in a name ('Shangfeng Cement', 'Enlight Media').
COMPANY_WORD = re.compile(r"\b(?:" + "|".join(sorted((w.capitalize() for w in word_list("company_words.txt")),
                                                      key=len, reverse=True)) + r")\b")


_NAME_END = re.compile(r"(?:\s(?:[A-Z][a-z]+\s)?(?:Group|Holdings|Co|Corp|Ltd|Inc|Company|Corporation)\.?)*(?:'s|’s)?\s*")


def company_endings(name: str) -> tuple[str, ...]:
    """The Chinese words a company with this English name may end in ('Enlight Media': 传媒, 文化)."""
    forms = word_forms("company_word_forms.tsv")
    return tuple(f for w in COMPANY_WORD.findall(name) for f in forms.get(w.lower(), ()))


@lru_cache(maxsize=1024)
def head_forms(name: str) -> tuple[str, ...]:
    """What an English company name says before its company word, as Chinese may write it: a
    place's Han forms ('China Film': 中国), or '=' and the pinyin key ('Wanda Film': '=wanda').
    Empty when the head is neither (a brand of its own: 'Enlight Media')."""
    from citebrief.facts.names import pinyin_key

    tail = COMPANY_WORD.search(name)
    head = name[:tail.start()].strip() if tail else ""
    # (The company word ends the name, but for a generic one: not 'China Film Administration'.)
    if tail is None or not head or not _NAME_END.fullmatch(name, tail.end()):
        return ()
    places = [e for e in lookup(head) if e.kind in ("place", "country")]
    if places:
        return tuple(f for e in places for f in e.zh if HAN.match(f[:1]))
    key = pinyin_key(head)
    return ("=" + key,) if key and len(key) >= 4 else ()


def company_spans(name: str, low: str, pinyin: dict[str, str]) -> list[tuple[int, int]]:
    """Where a Chinese text (``low``, its pinyin windows ``pinyin``) writes an English company name
    as its head and the Chinese of its company word: 万达电影 for 'Wanda Film'."""
    heads, endings = head_forms(name), company_endings(name)
    spans: list[tuple[int, int]] = []
    if not heads or not endings:
        return spans
    for head in heads:
        run = pinyin.get(head[1:]) if head.startswith("=") else head
        if not run:
            continue
        for m in re.finditer(re.escape(run), low):
            ending = next((e for e in endings if low.startswith(e, m.end())), None)
            if ending:
                spans.append((m.start(), m.end() + len(ending)))
    return spans
