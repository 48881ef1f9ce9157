"""Personal and place names across scripts: pinyin (via pypinyin) and name keys.

An English claim may spell a Chinese name the gazetteer does not know ('Zhang Wei' for 张伟); we
compare the name's letters with the toneless pinyin of every run of 2-4 Han characters.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from citebrief.text.script import HAN_RUN

_HAN = HAN_RUN
_NAME_SPLIT = re.compile(r"[\s\-'’]+")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (about 410)."""
    from pypinyin.pinyin_dict import pinyin_dict

    out: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", r) if not unicodedata.combining(c))
            out.add(plain.replace("ü", "v").lower())
    out.discard("")
    return frozenset(s for s in out if s.isalpha())


def is_pinyin_word(word: str) -> bool:
    """'Jinping' -> True (jin+ping); 'Powell' -> False."""
    w = word.lower()
    syl = syllables()

    @cache
    def ok(i: int) -> bool:
        if i == len(w):
            return True
        return any(w[i:j] in syl and ok(j) for j in range(min(len(w), i + 6), i, -1))

    return bool(w) and w.isalpha() and ok(0)


def pinyin_key(name: str) -> str | None:
    """'Xi Jinping' -> 'xijinping' when every word is pinyin; None otherwise."""
    words = [w for w in _NAME_SPLIT.split(name.strip()) if w]
    if not words or not all(is_pinyin_word(w) for w in words):
        return None
    return "".join(w.lower() for w in words)


def han_pinyin(text: str) -> list[str]:
    """Toneless pinyin of each Han character in ``text`` (no heteronyms: the common reading)."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False)


def pinyin_windows(text: str, min_len: int = 2, max_len: int = 4) -> dict[str, str]:
    """Concatenated pinyin of every run of ``min_len``..``max_len`` Han characters -> the run.

    {'xijinping': '习近平', 'jinping': '近平', ...}; built once per paragraph by the verifier.
    """
    out: dict[str, str] = {}
    for run in _HAN.findall(text):
        py = han_pinyin(run)
        if len(py) != len(run):
            continue
        for i in range(len(run)):
            for n in range(min_len, max_len + 1):
                if i + n <= len(run):
                    out.setdefault("".join(py[i:i + n]), run[i:i + n])
    return out


def name_variants(name: str) -> set[str]:
    """Spellings of one English name worth matching literally: 'Lai Ching-te' -> {'lai ching-te',
    'lai ching te', 'lai chingte'}."""
    base = name.strip().lower()
    return {base, base.replace("-", " "), base.replace("-", "")}


# The commonest Chinese surnames in pinyin (about 95% of people): a pinyin name that opens with one
# is a Chinese personal name, which a Chinese story would have to spell in characters. (Not those
# that are also English words or open well-known company names: an, ban, man, she, you, ping for
# Ping An, hai for Hai Di Lao, ming for Ming Yang.)
SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
yao jin fu zhong tan jia xia fan fang shi zou xiong meng qin bai yan hou qiu duan lei long tao mao hao gu
kong shao wan qian dai wen yin yi chang kang niu hong mo xiang lai qi geng wei zhan ou ni yue
sang teng mi miao cen chao cui diao dou fei gong gou guan huo ji jian jiao jie kou kuang lan lang lao leng
lian liao ling lou luan mai mei min mou mu nie ning nong pang pei pu qiao qu quan rao rong ruan shang sheng
shu shuai tai tu weng xi xian xin xing xiu xuan xue ying yong yun zang zhen zhi zhuang zhuo zong zu zuo bao
bi bian chai che chu dang ge ke qiang qing ran sha
ju jing kuai zhai zha gan hui piao sui bu chi di huai she qie ao
""".split())


def chinese_name_parts(name: str) -> tuple[str, str] | None:
    """'Huang Shilin' -> ('huang', 'shilin'): a surname and a one- or two-syllable given name, all
    pinyin; None for anything else ('Robin Zeng', 'Hong Kong Exchanges', 'Tesla')."""
    words = [w for w in _NAME_SPLIT.split(name.strip()) if w]
    if len(words) not in (2, 3) or words[0].lower() not in SURNAMES:
        return None
    if not all(w[:1].isupper() for w in words) or not all(is_pinyin_word(w) for w in words):
        return None
    given = "".join(w.lower() for w in words[1:])
    if len(given) < 2 or len(given) > 12:
        return None
    return words[0].lower(), given


def han_abbreviates(short: str, name: str) -> bool:
    """Whether a Chinese ``short`` name is a short form of ``name``: shorter, opening with its
    first character, the rest its characters in order ('中海' of 中国海外发展, '长科' of 长华科技)."""
    if not 2 <= len(short) < len(name) or short[0] != name[0] or short.isascii():
        return False
    rest = iter(name[1:])
    return all(ch in rest for ch in short[1:])


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``'s capitalised words (or ``name`` cut short):
    'UOB' of 'United Overseas Bank' (and of 'United Overseas')."""
    if not (short.isupper() and 2 <= len(short) <= 6 and short.isalpha()):
        return False
    # (A word after a hyphen adds no letter, 'Bio-energy'; a demonym a name was read without may
    # lead the acronym: ISMA for '(Indian) Sugar & Bio-energy Manufacturers Association'.)
    initials = "".join(w[0] for w in re.findall(r"(?<![-A-Za-z])[A-Z][A-Za-z&]*(?![-\w])", name))
    return len(initials) >= 2 and (initials == short or short.startswith(initials) or
                                   (len(initials) >= 3 and short[1:] == initials))
