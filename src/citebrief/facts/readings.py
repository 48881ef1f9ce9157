"""Readings of Han names in the romanisations English news uses, to find a name the gazetteer lacks.

An English claim writes 陳家明 as 'Peter Chan Ka-ming' (Hong Kong, Cantonese), 魏哲家 as 'Wei
Che-chia' (Taiwan, Wade-Giles), 关芳弘 as 'Seki Yoshihiro' or 'Yoshihiro Seki' (Japanese readings),
朴成俊 as 'Park Sung-joon' (Korean), 张志强 as 'Zhang Zhiqiang' (pinyin). Each Han character gets
its readings in every system (pypinyin for Mandarin, pinyin and Wade-Giles; ToJyutping for Cantonese,
spelt the Hong Kong way; pykakasi's dictionary for Japanese, whole words first; hanja and
korean-romanizer for Korean); a name matches a run of characters when its letters split, in order,
into one reading per character (or per Japanese word). Western order, a leading English given name and
a trailing English word ('Jiahe Lithium', 'Huabei Steel') are tried too.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from citebrief.facts.glossary import word_forms
from citebrief.text.script import HAN_RUN, fold

_TOKEN = re.compile(r"[A-Za-z]+")

# Cantonese (Jyutping) spelt the Hong Kong way: initials and finals with their usual spellings.
_JP_INITIALS = [("gw", ("kw",)), ("kw", ("kw",)), ("ng", ("ng", "")), ("b", ("p", "b")), ("p", ("p",)),
                ("m", ("m",)), ("f", ("f",)), ("d", ("t", "d")), ("t", ("t",)), ("n", ("n",)), ("l", ("l",)),
                ("g", ("k", "g")), ("k", ("k",)), ("h", ("h",)), ("w", ("w",)), ("z", ("ch", "ts", "tz", "j")),
                ("c", ("ch", "ts", "tz")), ("s", ("s", "sh")), ("j", ("y", ""))]
# ("am" is spelt "um" in some Hong Kong names: 岑 Shum, 沈 Shum.)
_JP_FINALS = {
    # (The long a is doubled in some Hong Kong names: 嵐 'Laam' in Szeto Ching-laam, as well as 'Lam'.)
    "aa": ("a", "ah"), "aai": ("ai", "aai"), "aau": ("au", "aau"), "aam": ("am", "aam"), "aan": ("an", "aan"),
    "aang": ("ang", "aang"),
    "aap": ("ap",), "aat": ("at",), "aak": ("ak",), "ai": ("ai", "ei"), "au": ("au",), "am": ("am", "um"),
    "an": ("an", "un"), "ang": ("ang",), "ap": ("ap",), "at": ("at",), "ak": ("ak",), "e": ("e",),
    "ei": ("ei", "ee", "i", "ai"), "eng": ("eng",), "ek": ("ek",), "i": ("i", "ee", "ze", "z"), "iu": ("iu",),
    "im": ("im",), "in": ("in",), "ing": ("ing",), "ip": ("ip",), "it": ("it",), "ik": ("ik",),
    "o": ("o", "oh"), "oi": ("oi", "oy"), "ou": ("o", "ou"), "on": ("on",), "ong": ("ong",), "ot": ("ot",),
    "ok": ("ok",), "oe": ("oe", "eu"), "oeng": ("eung", "eong"), "oek": ("euk", "eok"),
    "eoi": ("ui", "eui", "ue"), "eon": ("un", "eun", "on"), "eot": ("ut", "eut"), "u": ("u", "oo"),
    "ui": ("ui", "ooi"), "un": ("un", "oon"), "ung": ("ung",), "ut": ("ut",), "uk": ("uk",),
    "yu": ("u", "ue", "yu"), "yun": ("uen", "yuen", "un"), "yut": ("uet", "yut"), "m": ("m",), "ng": ("ng",),
}
# Korean Revised Romanisation syllables and the older spellings names keep (Park Sung-joon).
_KO_SUBS = [("eo", ("eo", "u", "o")), ("eu", ("eu", "u")), ("u", ("u", "oo")), ("ae", ("ae", "ai")),
            ("i", ("i", "ee")), ("oe", ("oe", "oi"))]
_KO_INITIAL = {"g": ("g", "k"), "d": ("d", "t"), "b": ("b", "p"), "j": ("j", "ch"), "r": ("r", "l", "")}
_KO_SURNAMES = {"김": ("kim", "gim"), "이": ("lee", "yi", "rhee", "i"), "박": ("park", "pak", "bak"),
                "최": ("choi", "choe"), "정": ("jung", "chung", "jeong"), "강": ("kang", "gang"),
                "조": ("cho", "jo"), "윤": ("yoon", "yun"), "장": ("jang", "chang"), "임": ("lim", "im"),
                "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh"), "신": ("shin", "sin"),
                "권": ("kwon", "gwon"), "황": ("hwang",), "안": ("ahn", "an"), "송": ("song",),
                "류": ("ryu", "yoo", "yu"), "유": ("yoo", "yu"), "전": ("jeon", "chun", "jun"), "홍": ("hong",),
                "고": ("ko", "go"), "문": ("moon", "mun"), "양": ("yang",), "손": ("son", "sohn"),
                "배": ("bae", "pae"), "백": ("baek", "paik"), "허": ("heo", "huh"), "노": ("noh", "roh", "no"),
                "남": ("nam",), "구": ("koo", "gu"), "곽": ("kwak",), "성": ("sung", "seong")}


def _plain(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


@lru_cache(maxsize=20000)
def char_readings(char: str) -> frozenset[str]:
    """Every reading of one Han character, in letters only: pinyin, Wade-Giles, Cantonese, Korean, and
    Japanese readings of the character alone."""
    out: set[str] = set()
    out |= _mandarin(char)
    out |= _cantonese(char)
    out |= _korean(char)
    out |= _japanese_single(char)
    out.discard("")
    if not out:
        # A character the tables lack in this form (OpenCC writes 煇 as 𪸩): read its other script.
        from citebrief.text.script import to_simplified, to_traditional

        for other in {to_traditional(char), to_simplified(char)} - {char}:
            out |= char_readings(other)
    return frozenset(out)


@lru_cache(maxsize=4000)
def korean_readings(char: str) -> frozenset[str]:
    """The Korean readings of one Han character (Revised Romanization and its common variants)."""
    return frozenset(_korean(char))


@lru_cache(maxsize=4000)
def chinese_readings(char: str) -> frozenset[str]:
    """The Mandarin (pinyin, Wade-Giles) and Cantonese readings of one Han character."""
    return frozenset(_mandarin(char) | _cantonese(char))


def _mandarin(char: str) -> set[str]:
    from pypinyin import Style, pinyin

    out: set[str] = set()
    for style in (Style.NORMAL, Style.WADEGILES):
        # (Surname readings the dictionary lacks: 谌 is shèn as a surname.)
        extra = list(word_forms("surname_readings.tsv").get(char, ())) if style == Style.NORMAL else []
        for reading in (pinyin(char, style=style, heteronym=True, errors="ignore")[0] if pinyin(
                char, style=style, errors="ignore") else []) + extra:
            plain = _plain(reading.replace("ü", "u").replace("v", "u"))
            out.add(plain)
            if style == Style.NORMAL and reading[:2] in ("lv", "nv", "lü", "nü"):
                # The passport spelling of ü after l and n: 吕 is Lyu as well as Lu.
                out.add(reading[0] + "yu" + _plain(reading[2:]))
                out.add(reading[0] + "v" + _plain(reading[2:]))  # (and as pinyin typed it: 绿 is Lv)
            if style == Style.NORMAL:
                # Taiwanese passport and Tongyong spellings of pinyin syllables.
                for a, b in (("x", "hs"), ("q", "ch"), ("zh", "ch"), ("z", "ts"), ("c", "ts"), ("x", "s"),
                             ("q", "c"), ("zh", "jh"), ("r", "j")):
                    if plain.startswith(a):
                        out.add(b + plain[len(a):])
                if plain in ("zi", "ci", "si"):
                    out |= {plain[0] + "ih", "tzu", "tsu", "szu", "ssu"}
                if plain.startswith("yi"):
                    out.add("i" + plain[2:])
    return out


def _cantonese(char: str) -> set[str]:
    import ToJyutping

    out: set[str] = set()
    # Every reading, not only the commonest: a surname may be read apart (區 is 'keoi' in 地區 but
    # 'Au' in 區志鋒, Au Chi-fung).
    for _, readings in ToJyutping.get_jyutping_candidates(char):
        for syllable in readings:
            syllable = syllable.rstrip("123456")
            for ini, spellings in _JP_INITIALS:
                if syllable.startswith(ini) and syllable[len(ini):] in _JP_FINALS:
                    final = _JP_FINALS[syllable[len(ini):]]
                    out |= {a + b for a in spellings for b in final}
                    break
            else:
                if syllable in _JP_FINALS:
                    out |= set(_JP_FINALS[syllable])
            # 'si'/'zi'/'ci' are spelt 'sze', 'tsz', 'chi' in Hong Kong names.
            if syllable in ("si", "zi", "ci"):
                out |= {"sze", "see", "tsz", "tze", "chi", "tsze"}
    return out


# Surnames whose hanja reading the converter gives in its non-initial form (金 is 김 as a surname).
_KO_HANJA_SURNAMES = {"金": "김", "李": "이", "柳": "류", "盧": "노", "卢": "노", "羅": "나", "罗": "나", "林": "임",
                      "梁": "양", "呂": "여", "吕": "여", "廉": "염", "陸": "육", "陆": "육"}


def _korean(char: str) -> set[str]:
    import hanja
    from korean_romanizer.romanizer import Romanizer

    hangul = _KO_HANJA_SURNAMES.get(char) or hanja.translate(char, "substitution")
    if hangul == char:
        return set()
    rr = _plain(Romanizer(hangul).romanize())
    out = {rr} | set(_KO_SURNAMES.get(hangul, ()))
    variants = {rr}
    for a, subs in _KO_SUBS:
        variants |= {v.replace(a, s) for v in variants for s in subs if a in v}
    for ini, subs in _KO_INITIAL.items():
        variants |= {s + v[1:] for v in variants if v.startswith(ini) for s in subs}
    return out | variants


def _to_romaji(kana: str) -> set[str]:
    conv = _kakasi()
    roma = "".join(part["hepburn"] for part in conv.convert(kana))
    out = {roma, roma.replace("ou", "o").replace("uu", "u").replace("oo", "o"), roma.replace("ou", "oh")}
    return {_plain(r) for r in out}


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=1)
def _kanwa():
    from pykakasi.kanji import Kanwa

    return Kanwa()


def _japanese_forms(text: str) -> list[str]:
    """The text as written, in traditional script, and in Japanese shinjitai (关 -> 關 -> 関)."""
    from citebrief.text.script import _converter

    trad = _converter("s2t").convert(text)
    return list(dict.fromkeys([text, trad, _converter("t2jp").convert(trad)]))


def _japanese_single(char: str) -> frozenset[str]:
    return _japanese_word(char)


@lru_cache(maxsize=20000)
def _japanese_word(word: str) -> frozenset[str]:
    """Japanese readings of ``word`` as a dictionary entry (a name or a kanji), in romaji."""
    out: set[str] = set()
    for form in _japanese_forms(word):
        table = _kanwa().load(form[0]) or {}
        for reading, _ in table.get(form, ()):
            out |= _to_romaji(reading)
    return frozenset(out)


def _units(run: str, i: int) -> list[tuple[int, frozenset[str]]]:
    """What may be read from ``run[i]`` on: one character, or a Japanese dictionary word of 2-3."""
    units = [(i + 1, char_readings(run[i]))]
    for n in (2, 3):
        if i + n <= len(run):
            word = _japanese_word(run[i:i + n])
            if word:
                units.append((i + n, word))
    return units


def _ends(key: str, run: str, i: int, limit: int) -> set[int]:
    """The ends j (i < j <= i + limit) such that ``key`` splits, in order, into readings of all of
    ``run[i:j]``: a breadth-first walk over (character, letters read) states."""
    states, done, ends = [(i, 0)], set(), set()
    while states:
        j, pos = states.pop()
        if (j, pos) in done or j >= len(run) or j - i >= limit:
            continue
        done.add((j, pos))
        for nxt, readings in _units(run, j):
            if nxt - i > limit:
                continue
            for r in readings:
                if key.startswith(r, pos):
                    if pos + len(r) == len(key):
                        ends.add(nxt)
                    elif pos + len(r) < len(key):
                        states.append((nxt, pos + len(r)))
    return ends


# A surname and a hyphenated given name ('Wong Ka-wai', 'Kim Tae-hoon'): its first word is the surname,
# never an English given name to leave out.
_SURNAME_THEN_GIVEN = re.compile(r"[A-Z][a-z]+\s[A-Z][a-z]+-[a-z]+")


def _orders(tokens: list[str], person: bool, surname_first: bool = False) -> list[list[str]]:
    """Token orders worth trying: as written, surname last moved first (Western order), without a
    leading English given name; for a company, also without trailing English words ('Jiahe
    Lithium' is 嘉禾 + an English word). A person's name is read whole: 'Kim Tae-hoon' is not 金泰."""
    out = [tokens]
    if len(tokens) >= 2:
        out.append([tokens[-1], *tokens[:-1]])
    if len(tokens) >= 3 and not surname_first:
        out.append(tokens[1:])
    if not person:
        for cut in range(len(tokens) - 1, 0, -1):
            out.append(tokens[:cut])
    return out


def _place_forms(tokens: list[str]) -> tuple[str, ...] | None:
    """The source forms of the place ``tokens`` name, if they name one ('hokuriku': 北陆), else None."""
    from citebrief.facts.gazetteer import lookup

    places = [e for e in lookup(" ".join(tokens)) if e.kind == "place"]
    return tuple(fold(z) for e in places for z in e.zh) if places else None


def _starts_inside_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` is inside a word jieba reads there, not at its start (服 of 伺服/系统;
    not 大 of 韩国/大成/制铁)."""
    from citebrief.text.words import cut

    if at == 0 or HAN_RUN.match(text, at - 1) is None:
        return False
    start = max(0, at - 4)
    pos = start
    for token in cut(text[start:at + 4]):
        if pos == at:
            return False
        if pos > at:
            return True
        pos += len(token)
    return True


@lru_cache(maxsize=8192)
def name_spans(name: str, text: str, min_chars: int = 2, person: bool = False,
               word_start: bool = False) -> list[tuple[int, int]]:
    """Where a run of Han characters in ``text`` reads as ``name`` in some romanisation (the longest
    run of 2-4 characters at each place). ``word_start``: a company's name only where a word starts, for a
    name searched anywhere in a story (not where the caller checks it against a subject the text names:
    jieba may cut 厂长/华 over 导线架厂长华)."""
    tokens = [t.lower() for t in _TOKEN.findall(name)]
    if not tokens or sum(map(len, tokens)) < 3:
        return []
    if any(w.isupper() and w.isalpha() and 2 <= len(w) <= 5 for w in name.split()):
        return []  # ('SIE Consulting': an acronym spells letters, no reading of characters, not 事会 si-e)
    runs = [(m.start(), m.group(0)) for m in HAN_RUN.finditer(text)]
    if not runs:
        return []
    for order in _orders(tokens, person, bool(_SURNAME_THEN_GIVEN.fullmatch(name.strip()))):
        key = "".join(order)
        if len(key) < 3:
            continue
        # A place left when a company's later words are cut is found only as that place is written
        # ('Hokuriku Steel' in 北陆制钢; 'China Harmony Auto' is no 期内, which reads 'china').
        place = _place_forms(order) if len(order) < len(tokens) else None
        hits = []
        for start, run in runs:
            for i in range(len(run) - min_chars + 1):
                # Cheap test first: the first character must read as the start of the name.
                if not any(key.startswith(r) for r in char_readings(run[i])) and not any(
                        _japanese_word(run[i:i + n]) for n in (2, 3)):
                    continue
                ends = [j for j in _ends(key, run, i, 4) if j - i >= min_chars]
                if ends and place is not None and not any(fold(run[i:i + len(z)]) == z for z in place):
                    continue
                if ends:
                    hits.append((start + i, start + max(ends)))
        # (A company's name does not start inside a word: 'Fuxi' is no 服系 of 伺服/系统. A person's may, after a
        # title: 董事长江涛.)
        if word_start and not person:
            hits = [(a, b) for a, b in hits if not _starts_inside_word(text, a)]
        if hits:
            return hits
    return []


__all__ = ["char_readings", "name_spans"]
