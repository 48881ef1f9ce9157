"""Numbers with scale and unit in Chinese and English text, normalised to comparable values.

``find_quantities`` reads text in either script (or both mixed) and returns every figure with its
fully scaled value, the precision it was written with, and its unit: '1.7万亿日元', '1.7兆円',
'1,700,000,000,000 yen' and '1.7 trillion yen' all become ``Quantity(1.7e12, 'amount', 'JPY')``.
Matching compares values within the precision the claim shows (6.5 billion = 65亿, 1.7 != 1.9)
and never converts between currencies.

How a claim's figure is matched against a source figure (``same_value``), as a careful reader
rounds: a claim that shows fewer digits than the source matches a source value that rounds to it
at the claim's last digit, half up: '183.7 billion' for 1836.5亿 (183.65 billion), '315 billion'
for 3,148.6亿 (314.86 billion), but not '183.6 billion' for 183.65 and not '1 trillion' for 1.5万亿.
A claim that says it is approximate ('about', 'approximately', '约', '左右' ...) may round either way:
half a step each side, both ends included ('about 183.6 billion' for 183.65 too), and the zeros
ending a whole number are rounding ('about 3,420 yen' for 3,418 yen; two significant digits are
kept, so 'about 300' is 295 to 305). A claim never shows more than the source: '183.65 billion'
does not match 约1837亿.

Compound amounts are one figure: 3兆417亿 = 3.0417 trillion, 4兆6,118亿 = 4.6118 trillion,
1亿2000万 = 120 million, 5万8513辆 = 58,513, 三万五千 = 35,000. Numbers inside the names of market
indexes (CSI 300, Nikkei 225, 沪深300; the list is data/index_names.txt) are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from citebrief.text.patterns import phrase_alternation
from citebrief.text.script import HAN_CLASS

# Scale words -> multiplier. 兆 is 10^12 (traditional Chinese / Japanese money); 兆瓦 is a unit.
SCALES: dict[str, float] = {
    "万亿": 1e12, "兆": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
    "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
    "quadrillion": 1e15, "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
    "m": 1e6, "thousand": 1e3, "k": 1e3, "lakh crore": 1e12, "crore": 1e7, "lakh": 1e5,
    # Malaysian press glues these to the figure: 'RM6.3mil', 'RM2.36bil'.
    "mil": 1e6, "bil": 1e9,
}
# Scales that are also the start of words ('3 military', '5 billionaires'): read only whole.
_SHORT_SCALES = ("b", "m", "k", "mil", "bil")

# Currency words and symbols -> ISO code. '¥' is yen or yuan: it matches either.
CURRENCIES: dict[str, str] = {
    "日元": "JPY", "日圆": "JPY", "円": "JPY", "yen": "JPY", "jpy": "JPY",
    "美元": "USD", "美金": "USD", "us dollars": "USD", "us dollar": "USD", "dollars": "USD",
    "dollar": "USD", "usd": "USD", "us$": "USD", "$": "USD",
    "人民币": "CNY", "元": "CNY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "港元": "HKD", "港币": "HKD", "hong kong dollars": "HKD", "hk dollars": "HKD", "hkd": "HKD",
    "hk$": "HKD",
    "新台币": "TWD", "台币": "TWD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "nt dollars": "TWD", "twd": "TWD", "nt$": "TWD",
    "欧元": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "英镑": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "£": "GBP",
    "韩元": "KRW", "won": "KRW", "krw": "KRW", "₩": "KRW",
    "新加坡元": "SGD", "新元": "SGD", "新币": "SGD", "s$": "SGD", "sgd": "SGD", "澳元": "AUD", "a$": "AUD", "aud": "AUD",
    "卢比": "INR", "rupees": "INR", "rupee": "INR", "inr": "INR", "rs.": "INR", "rs": "INR", "₹": "INR",
    "林吉特": "MYR", "令吉": "MYR", "ringgit": "MYR", "myr": "MYR", "rm": "MYR",
    "印尼盾": "IDR", "rupiah": "IDR", "idr": "IDR", "rp": "IDR",
    "泰铢": "THB", "baht": "THB", "thb": "THB",
    "越南盾": "VND", "dong": "VND", "vnd": "VND", "₫": "VND",
    "菲律宾比索": "PHP", "比索": "PHP", "pesos": "PHP", "peso": "PHP", "php": "PHP", "₱": "PHP",
    "nz$": "NZD", "nzd": "NZD", "c$": "CAD", "cad": "CAD",
    "挪威克朗": "NOK", "nok": "NOK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "norwegian krone": "NOK",
    "swedish crowns": "SEK", "swedish krona": "SEK", "danish crowns": "DKK", "danish krone": "DKK", "瑞典克朗": "SEK", "sek": "SEK", "swedish kronor": "SEK",
    "丹麦克朗": "DKK", "dkk": "DKK", "danish kroner": "DKK", "瑞士法郎": "CHF", "chf": "CHF", "swiss francs": "CHF",
    "秘鲁索尔": "PEN", "soles": "PEN",
    # Gulf, Middle East and other currencies a Chinese or Asian desk meets in results news.
    "阿联酋迪拉姆": "AED", "迪拉姆": "AED", "dirhams": "AED", "dirham": "AED", "aed": "AED",
    "沙特里亚尔": "SAR", "里亚尔": "SAR", "saudi riyals": "SAR", "riyals": "SAR", "riyal": "SAR", "sar": "SAR",
    "卡塔尔里亚尔": "QAR", "qatari riyals": "QAR", "qar": "QAR", "科威特第纳尔": "KWD", "kuwaiti dinars": "KWD", "kwd": "KWD",
    "阿曼里亚尔": "OMR", "omani rials": "OMR", "omr": "OMR", "巴林第纳尔": "BHD", "bahraini dinars": "BHD", "bhd": "BHD",
    "埃及镑": "EGP", "egyptian pounds": "EGP", "egp": "EGP", "南非兰特": "ZAR", "兰特": "ZAR", "rand": "ZAR", "zar": "ZAR",
    "土耳其里拉": "TRY", "里拉": "TRY", "lira": "TRY", "liras": "TRY", "巴西雷亚尔": "BRL", "雷亚尔": "BRL", "reais": "BRL", "brl": "BRL", "r$": "BRL",
    "墨西哥比索": "MXN", "mexican pesos": "MXN", "mxn": "MXN", "卢布": "RUB", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "兹罗提": "PLN", "zlotys": "PLN", "zloty": "PLN", "pln": "PLN", "谢克尔": "ILS", "shekels": "ILS", "ils": "ILS",
    "巴基斯坦卢比": "PKR", "pkr": "PKR", "孟加拉塔卡": "BDT", "taka": "BDT", "bdt": "BDT",
    "¥": "JPY|CNY",
}

# Which currency a word for cents is a hundredth of; a bare 'cents' may be any dollar's (or a euro's).
CENTS: dict[str, str] = {
    "港仙": "HKD", "美仙": "USD", "仙": "HKD", "hk cents": "HKD", "hong kong cents": "HKD", "美分": "USD", "us cents": "USD",
    "u.s. cents": "USD", "分钱": "CNY", "fen": "CNY", "australian cents": "AUD", "singapore cents": "SGD", "新分": "SGD", "nz cents": "NZD",
    "new zealand cents": "NZD", "canadian cents": "CAD", "euro cents": "EUR", "malaysian cents": "MYR",
    "pence": "GBP",
}

# Other units -> (kind, unit, factor). Power is kept in watts so 2 GW = 2000 MW = 200万千瓦.
UNITS: dict[str, tuple[str, str | None, float]] = {
    "%": ("percent", "%", 1), "percent": ("percent", "%", 1), "per cent": ("percent", "%", 1),
    "个百分点": ("pp", "pp", 1), "百分点": ("pp", "pp", 1), "percentage points": ("pp", "pp", 1),
    "percentage point": ("pp", "pp", 1), "percentage-point": ("pp", "pp", 1), "pp": ("pp", "pp", 1),
    "ppt": ("pp", "pp", 1),
    # Bare 'points' are index points ('up 500 points' = 上涨500点) or, after a percentage, percentage
    # points ('25.8%, down 0.4 points' = 下降0.4个百分点): a kind of its own that matches either.
    "points": ("points", None, 1), "point": ("points", None, 1),
    # Basis points are kept in percentage points (50个基点 = 0.5个百分点); the kind says how it was written.
    "个基点": ("bp", "pp", 0.01), "基点": ("bp", "pp", 0.01), "basis points": ("bp", "pp", 0.01),
    "basis point": ("bp", "pp", 0.01), "bps": ("bp", "pp", 0.01), "bp": ("bp", "pp", 0.01),
    # ('a 25-basis-point hike': the unit joined to the number as an adjective)
    "-basis-point": ("bp", "pp", 0.01), "-basis-points": ("bp", "pp", 0.01), "-bp": ("bp", "pp", 0.01),
    "点子": ("bp", "pp", 0.01),  # Hong Kong usage: '上升21点子' = 21 basis points
    "厘": ("percent", "%", 1),  # Hong Kong usage for rates: '按息约为3.1厘' = 3.1%
    "纳米": ("figure", "nm", 1), "奈米": ("figure", "nm", 1), "nm": ("figure", "nm", 1),
    "nanometers": ("figure", "nm", 1), "nanometer": ("figure", "nm", 1),
    "nanometres": ("figure", "nm", 1), "nanometre": ("figure", "nm", 1),
    "太瓦时": ("figure", "Wh", 1e12), "吉瓦时": ("figure", "Wh", 1e9), "兆瓦时": ("figure", "Wh", 1e6),
    "千瓦时": ("figure", "Wh", 1e3), "度": ("figure", "Wh", 1e3),
    "twh": ("figure", "Wh", 1e12), "gwh": ("figure", "Wh", 1e9), "mwh": ("figure", "Wh", 1e6),
    "kwh": ("figure", "Wh", 1e3),
    "terawatt-hours": ("figure", "Wh", 1e12), "terawatt hours": ("figure", "Wh", 1e12),
    "gigawatt-hours": ("figure", "Wh", 1e9), "gigawatt hours": ("figure", "Wh", 1e9),
    "megawatt-hours": ("figure", "Wh", 1e6), "megawatt hours": ("figure", "Wh", 1e6),
    "kilowatt-hours": ("figure", "Wh", 1e3), "kilowatt hours": ("figure", "Wh", 1e3),
    "吉瓦": ("figure", "W", 1e9), "兆瓦": ("figure", "W", 1e6), "千瓦": ("figure", "W", 1e3),
    "gigawatts": ("figure", "W", 1e9), "gigawatt": ("figure", "W", 1e9), "gw": ("figure", "W", 1e9),
    "megawatts": ("figure", "W", 1e6), "megawatt": ("figure", "W", 1e6), "mw": ("figure", "W", 1e6),
    # Solar capacity in peak watts ('612 megawatts-peak (MWp)') is of one kind with watts.
    "gwp": ("figure", "W", 1e9), "mwp": ("figure", "W", 1e6), "kwp": ("figure", "W", 1e3),
    "megawatts-peak": ("figure", "W", 1e6), "megawatt-peak": ("figure", "W", 1e6),
    "gigawatts-peak": ("figure", "W", 1e9), "gigawatt-peak": ("figure", "W", 1e9),
    "kilowatts": ("figure", "W", 1e3), "kw": ("figure", "W", 1e3),
    # Voltage ('110千伏及以上输电线路' = lines of 110 kV and above): a line's class, no count.
    "千伏": ("figure", "V", 1e3), "kv": ("figure", "V", 1e3), "kilovolts": ("figure", "V", 1e3), "kilovolt": ("figure", "V", 1e3),
    # Apparent power and its energy: a transformer's kVA, a lead battery's kVAh (not kilovolts).
    "千伏安时": ("figure", "VAh", 1e3), "kvah": ("figure", "VAh", 1e3), "兆伏安时": ("figure", "VAh", 1e6), "mvah": ("figure", "VAh", 1e6),
    "千伏安": ("figure", "VA", 1e3), "kva": ("figure", "VA", 1e3), "兆伏安": ("figure", "VA", 1e6), "mva": ("figure", "VA", 1e6),
    "吨": ("figure", "t", 1), "公吨": ("figure", "t", 1), "tonnes": ("figure", "t", 1), "tonne": ("figure", "t", 1),
    "tons": ("figure", "t", 1), "ton": ("figure", "t", 1), "metric tons": ("figure", "t", 1),
    # A fleet's or ship's deadweight ('526,000 deadweight tonnes', '57.8万载重吨'): tonnes of cargo it can carry.
    "deadweight tonnes": ("figure", "t", 1), "deadweight tons": ("figure", "t", 1), "dwt": ("figure", "t", 1),
    "deadweight-tonne": ("figure", "t", 1), "deadweight tonne": ("figure", "t", 1),
    "载重吨": ("figure", "t", 1),
    "ghz": ("figure", "Hz", 1e9), "mhz": ("figure", "Hz", 1e6), "khz": ("figure", "Hz", 1e3),  # ('13GHz bandwidth')
    "gigahertz": ("figure", "Hz", 1e9), "megahertz": ("figure", "Hz", 1e6), "kilohertz": ("figure", "Hz", 1e3),
    "kt": ("figure", "t", 1e3), "kilotonnes": ("figure", "t", 1e3),  # ('78.4kt', thousand tonnes)
    # ('85koz', '1.2Moz': thousands and millions of ounces, a count as '85,000 ounces' is read)
    "koz": ("number", None, 1e3), "moz": ("number", None, 1e6),
    # Kilograms are kept in tonnes: '14.6千克' is 14.6 kilograms, not 14,600 (千 is no scale here).
    "千克": ("figure", "t", 1e-3), "公斤": ("figure", "t", 1e-3), "kilograms": ("figure", "t", 1e-3),
    "kilogram": ("figure", "t", 1e-3), "kg": ("figure", "t", 1e-3),
    "mtpa": ("figure", "t", 1e6), "mmtpa": ("figure", "t", 1e6),  # million tonnes per annum (a rate: binding)
    "桶": ("figure", "bbl", 1), "barrels": ("figure", "bbl", 1), "barrel": ("figure", "bbl", 1),
    # Litres ('1.06 million kilolitres' = 1.06 billion litres; '386万升'); a bare 升 before 至 is 'rose' ('由3升至4').
    "升": ("figure", "L", 1), "litres": ("figure", "L", 1), "litre": ("figure", "L", 1), "liters": ("figure", "L", 1), "liter": ("figure", "L", 1),
    "kilolitres": ("figure", "L", 1e3), "kilolitre": ("figure", "L", 1e3), "kiloliters": ("figure", "L", 1e3),
    "kiloliter": ("figure", "L", 1e3), "千升": ("figure", "L", 1e3), "公升": ("figure", "L", 1),
    "megalitres": ("figure", "L", 1e6), "megaliters": ("figure", "L", 1e6),
    "倍": ("figure", "x", 1), "times": ("figure", "x", 1), "fold": ("figure", "x", 1),
    # Cents are hundredths of their currency (CENTS): '258.6港仙' = '258.6 HK cents' = HK$2.586.
    **{word: ("amount", "cents", 0.01) for word in (*CENTS, "cents", "cent")},
}
_ROSE_AFTER_ZH = frozenset("至到为為了幅级級值")
_ANY_CENTS = "USD|HKD|AUD|SGD|NZD|CAD|TWD|EUR|MYR"
_CENTS_WRITTEN = re.compile(r"(?:cents?|港仙|美仙|仙|美分|分钱|新分|pence|(?<=\d)p)$", re.IGNORECASE)
# ('a 400p target', '8.60p per share': pence glued to the number, as London writes them; not '10 p.m.'.)
_PENCE_GLUED = re.compile(r"p(?![a-z\d])(?!\.m\.)")


def written_in_cents(q: Quantity) -> bool:
    """Whether an amount was written in cents ('68 cents', '129.05港仙'): its value is in the currency's
    units (0.68), its text in hundredths."""
    return q.kind == "amount" and _CENTS_WRITTEN.search(q.text) is not None


_CN_DIGITS = "零〇一二两三四五六七八九十百千点"
# ('chartered for five years': a term, written as a word.)
_FOR_BEFORE = re.compile(r"\bfor\s$", re.IGNORECASE)
_DURATION_AFTER = re.compile(r"\s(?:years?|months?)\b", re.IGNORECASE)
# ('fell by nine from September to 23': a count a move is by, written as a word.)
_MOVED_BY_BEFORE = re.compile(r"\b(?:rose|fell|increased|decreased|grew|dropped|climbed|declined|jumped|slipped|"
                              r"gained|lost|went up|went down|up|down|lengthened|shortened|extended|widened|narrowed)\s+by\s+$",
                              re.IGNORECASE)
# ('three more than a year earlier': a difference in a count, written as a word.)
_MORE_THAN_AFTER = re.compile(r"\s(?:more|fewer)\s(?:[a-z-]+\s){0,2}?than\b", re.IGNORECASE)
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_EN_WORD_RE = re.compile(r"\b(" + "|".join(_EN_WORDS) + r")\b", re.IGNORECASE)


def word_counts(text: str) -> set[float]:
    """The values of the English number words in ``text`` ('two optical-module makers' → {2.0}),
    whether or not they were read as figures."""
    return {float(_EN_WORDS[m.group(1).lower()]) for m in _EN_WORD_RE.finditer(text)}


# Measure words that make a bare Chinese numeral a count ('三家' = 3, but not '统一').
_MEASURE = "家个名辆台座项款条份位只架艘套批次人股所间起笔枚颗块大"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PRE = ["us$", "hk$", "nt$", "s$", "a$", "$", "¥", "€", "£", "₩", "rmb", "cny", "jpy", "usd",
        "hkd", "eur", "twd", "krw", "gbp", "人民币", "新台币", "台币", "港币", "港元", "美元", "日元",
        "欧元", "rs.", "rs", "₹", "inr", "rm", "myr", "rp", "idr", "thb", "sgd", "aud",
        "vnd", "₫", "php", "₱", "nz$", "nzd", "c$", "cad", "nok", "sek", "dkk", "chf",
        "aed", "sar", "qar", "kwd", "omr", "bhd", "egp", "zar", "brl", "r$", "mxn", "pln", "pkr", "bdt"]
_POST = [k for k in CURRENCIES if k not in {"$", "¥", "€", "£", "₩", "₹", "rs", "rs."}] + list(UNITS)
# Found in two steps for speed: a cheap scan for the number itself, then the currency before it
# and the multiplier and unit after it are matched at that position only.
_NUM = re.compile(
    # (Indian grouping first: '₹1,21,460 crore' is one number, lakhs in pairs of digits.)
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN_DIGITS + r"]+"
    r"|(?:" + phrase_alternation(_EN_WORDS, longest_first=True) + r")\b",
)
_PRE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<pre>" + _alt(_PRE) + r")\s?$")
_SCALE_AT = re.compile(r"\s?(" + _alt([s for s in SCALES if s not in _SHORT_SCALES]) + r")(?!瓦)(?!(?<=千)[克升伏])"
                       r"|(b|m|k|\s?mil|\s?bil)(?![a-z\d²³])")  # ('40,000m2': square metres, not millions)
_POST_KEYS = frozenset(_POST)
_CUR_KEYS = frozenset(c for c in CURRENCIES if re.match(rf"[a-z{HAN_CLASS}]", c))
_POST_MAXLEN = max(len(k) for k in _POST_KEYS)


def _word_at(text: str, pos: int, keys: frozenset[str]) -> str:
    """The longest key starting at ``pos`` that does not run into a Latin letter ('' if none).
    Dictionary probes instead of a regex alternation of ~150 units: many times faster."""
    if pos >= len(text):
        return ""
    for cand in _BY_FIRST.get(text[pos], ()):
        if cand in keys and text.startswith(cand, pos):
            nxt = pos + len(cand)
            if not (nxt < len(text) and text[nxt].isascii() and text[nxt].isalpha() and cand[-1].isascii()):
                return cand
    return ""


_BY_FIRST: dict[str, list[str]] = {}
for _k in sorted(_POST_KEYS | _CUR_KEYS, key=len, reverse=True):
    _BY_FIRST.setdefault(_k[0], []).append(_k)
_PRE_LAST = frozenset(p[-1] for p in _PRE)


def _after(text: str, pos: int) -> tuple[bool, str, str, str, int]:
    """What follows a number: (多/余, scale, unit, currency after the unit, end)."""
    more = pos < len(text) and text[pos] in "多余"
    if more:
        pos += 1
    scale = ""
    m = _SCALE_AT.match(text, pos)
    if m:
        scale = m.group(1) or m.group(2).lstrip()
        pos = m.end()
    unit = unit2 = ""
    for skip in (0, 1):
        if skip and not (pos < len(text) and text[pos] in " -"):
            break
        unit = _word_at(text, pos + skip, _POST_KEYS)
        if unit:
            pos += skip + len(unit)
            break
    if unit:
        for skip in (0, 1):
            if skip and not (pos < len(text) and text[pos] == " "):
                break
            unit2 = _word_at(text, pos + skip, _CUR_KEYS)
            if unit2:
                pos += skip + len(unit2)
                break
    return more, scale, unit, unit2, pos


_CM_LIMIT = re.compile(r"(?<![\d.])(10|20|30)\s?cm[”\"’']?\s?(?:涨停|跌停|漲停)", re.IGNORECASE)
_PERCENT_CN = re.compile(r"百分之([" + _CN_DIGITS + r"\d.]+)")
_FRACTION_CN = re.compile(r"(?<![百\d])([一二两三四五六七八九十]{1,2})分之([一二两三四五六七八九]{1,2})")
# '七成' = 70%, '逾三成' = over 30%, '两成半' = 25% (not '成本', '成为', '完成', '八成是').
# '两成五' = 25%; '约三成为内地客' = about 30% (成为 'become' only without an 'about' before it).
_TENTHS_CN = re.compile(r"(?<![\d" + _CN_DIGITS + r"])([一二两三四五六七八九]|[1-9])成(半|五)?(?![本功交长员立型就熟果品绩都效不])")
_TENTHS_RANGE_CN = re.compile(r"([一二两三四五六七八九])(?:至|到|~)$")
_APPROX = re.compile(
    r"(?:about|approximately|around|roughly|nearly|almost|over|more than|some|up to|close to|"
    r"约为|约|大约为|大约|逾|超过|超|近|将近|接近|高达|达)\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|多|余)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as written, with its scaled value and what it counts."""

    value: float
    kind: str  # 'amount' (money), 'number' (no unit), 'percent', 'pp', 'bp', 'points', 'figure' (nm, W, t ...)
    unit: str | None  # ISO currency ('JPY', 'JPY|CNY' for ¥) or physical unit ('nm', 'W', 't')
    precision: float  # the value of one step in the last digit written, scaled
    text: str
    start: int
    end: int
    approx: bool = False
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def normalized(self) -> str:
        if self.kind == "bp":
            return f"{_fmt(self.value * 100)} bp"
        unit = f" {self.unit}" if self.unit else ""
        return f"{_fmt(self.value)}{unit}"


def _fmt(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.6g} {word}"
    return f"{value:.6g}"


def parse_number(text: str) -> tuple[float, float] | None:
    """'1.7' -> (1.7, 0.1); '1,700' -> (1700, 1); '一千五百' -> (1500, 100); None if not a number."""
    s = text.strip().lower().replace(",", "")
    if not s:
        return None
    if s in ("千", "百", "十"):
        s = "一" + s  # (a bare 千 before its scale: '逾千亿元' is over 100 billion)
    if s in _EN_WORDS:
        return float(_EN_WORDS[s]), 1.0
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        value = float(s)
        if "." in s:
            return value, 10.0 ** -len(s.split(".")[1])
        return value, 1.0
    return _parse_cn(s)


@lru_cache(maxsize=4096)
def _parse_cn(s: str) -> tuple[float, float] | None:
    import cn2an

    try:
        value = float(cn2an.cn2an(s.replace("〇", "零"), "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if "点" in s:
        return value, 10.0 ** -len(s.split("点", 1)[1])
    # '一千五百' is shown to the hundred; '十二' to the unit.
    digits = str(int(value))
    trailing = len(digits) - len(digits.rstrip("0")) if value else 0
    return value, 10.0 ** trailing if s[-1] in "十百千" else 1.0


_HYPHENATED_SCALE = re.compile(r"(\d)-(?=(?:trillion|billion|million|thousand|lakh|crore)\b)", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` (any script, already width-normalised) with scale and unit."""
    out: list[Quantity] = []
    display = text
    # Matching runs on the lower-cased text (case-insensitive regexes are much slower); the
    # figure's text is cut from the original.
    low = text.lower()
    text = low if len(low) == len(display) else display
    if "-" in text:
        # 'a 3.8-billion-baht upgrade': the hyphens of a compound adjective join no other figure.
        text = _HYPHENATED_SCALE.sub(lambda m: m.group(1) + " ", text)
    names = _index_names()
    for m in _NUM.finditer(text):
        if m.start() >= 5 and text[m.start() - 1] == "/" and len(m.group(0)) == 2 and (
                _FISCAL_YEAR.match(text, m.start() - 5) or not text[m.start() - 5:m.start() - 1].strip()):
            # (The year before the slash may already be masked by the date reader.)
            continue  # '2025/26' is a fiscal year, not the figure 26
        if m.start() and text[m.start() - 1].isalnum() and text[m.start() - 1].isascii() \
                and not text[m.start() - 1].isdigit() and m.group(0)[0].isdigit():
            # '5G', 'HBM4', 'Q3': a digit glued to Latin letters is part of a name... unless a
            # currency code ('US$5', 'JPY1.7tn') stands right before it.
            if not _PRE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not _glued_letter_currency(display, text, m):
                continue
        if text.startswith(("-inch", " inch", "-in ", "英寸", "寸"), m.end()):
            continue  # '12-inch wafers', '八英寸晶圆': a size that names a product line, not a figure
        if _GRADE_AFTER.match(text, m.end()) and m.group(0).isdigit():
            continue  # '304不锈钢', '304 stainless steel': a steel's grade, not a figure
        if _SHARES_PER.search(text, max(0, m.start() - 6), m.start()) and _SHARES_AFTER.match(text, m.end()):
            continue  # '每10股派10元', 'per 10 shares', 'per 10 grams': how many a price is for, not a figure
        if _SHARES_FOR_EVERY.search(text, max(0, m.start() - 24), m.start()):
            continue  # 'a bonus issue of 3 shares for every 10': the shares held, not a figure
        if m.start() and text[m.start() - 1] in "(（/" and _TICKER.match(text, m.start()):
            continue  # '泸州老窖（000568.SZ）', '瑞昱（2379）': a stock code, not a figure
        if _named_ticker_at(display, m.start()):
            continue  # 'Grand Pharma (512)', '(NBTM New Materials, 600114)': a name's stock code in English
        if _RANK_BEFORE.search(text, max(0, m.start() - 5), m.start()) and not _RANK_NOT_AFTER.match(text, m.end()) \
                or _RANK_AFTER_ZH.match(text, m.end()) and text[max(0, m.start() - 1):m.start()] == "前":
            continue  # 'the top 100 developers', 'TOP100房企', '前50强': a ranking's size, not a figure
        if _TIER_BEFORE.search(text, max(0, m.start() - 6), m.start()) and len(m.group(0)) == 1:
            continue  # 'common equity tier 1 ratio', '一级资本': a capital tier, not a figure
        if m.group(0) == "100" and _FULL_STRENGTH_BASIS.match(text, m.end()):
            continue  # 'on a 100% basis' (折百): how a chemical's price is counted, not a figure
        if m.group(0) in names and _in_index_name(text, m, names[m.group(0)]):
            continue  # 'CSI 300', '日经225': a name, not a figure
        prev = out[-1] if out and out[-1].end == m.start() else None
        big = _compound_head(prev) if prev is not None else 0.0
        q = _from_parts(text, m, display, continued=bool(big))
        if q is None or q.kind == "number" and _names_a_thing(text, display, m):
            continue
        if big == 1e4 and prev is not None and prev.kind == "number" and q.kind == "figure" and q.unit and \
                len(m.group(0).replace(",", "").split(".")[0]) == 4:
            # ('1萬9,632MW': the four digits after 萬 carry the unit for the whole, 19,632 MW.)
            digits = float(m.group(0).replace(",", ""))
            scale = q.value / digits
            out[-1] = Quantity((prev.value + digits) * scale, q.kind, q.unit, q.precision, display[prev.start:q.end].strip(),
                               prev.start, q.end, prev.approx or q.approx, q.meta)
            continue
        if big and prev is not None and _continues(q, m, big):
            # '3兆417亿', '1亿2000万', '5万8513': one amount written in two parts.
            value, precision = q.value, q.precision
            if len(m.group(0)) == 1 and m.group(0) in _CN_DIGITS and q.value < 10:
                value = precision = big / 10  # '三万五' is 35,000, shown to the thousand
                value *= q.value
            kind, unit, meta = (q.kind, q.unit, q.meta) if prev.kind == "number" else (prev.kind, prev.unit, {})
            out[-1] = Quantity(prev.value + value, kind, unit, precision, display[prev.start:q.end].strip(),
                               prev.start, q.end, prev.approx or q.approx, meta)
            continue
        out.append(q)
    if "成" in text:
        for m in _TENTHS_CN.finditer(text):
            parsed = parse_number(m.group(1))
            approx = _APPROX.search(text[max(0, m.start() - 14):m.start()]) is not None
            if text.startswith("为", m.end()) and not m.group(2) and not approx:
                continue  # '成为': become
            if parsed:
                value = parsed[0] * 10 + (5 if m.group(2) else 0)
                low_end = _TENTHS_RANGE_CN.search(text, max(0, m.start() - 3), m.start())
                low_value = parse_number(low_end.group(1)) if low_end else None
                if low_end and low_value:  # '一至两成': 10% to 20%
                    out.append(Quantity(low_value[0] * 10, "percent", "%", 10.0, low_end.group(1), low_end.start(1),
                                        low_end.end(1), approx))
                out.append(Quantity(value, "percent", "%", 5.0 if m.group(2) else 10.0, m.group(0), m.start(),
                                    m.end(), approx))
        out.sort(key=lambda q: q.start)
    if "百分之" in text:
        for m in _PERCENT_CN.finditer(text):
            parsed = parse_number(m.group(1))
            if parsed:
                out.append(Quantity(parsed[0], "percent", "%", parsed[1], m.group(0), m.start(), m.end()))
    if "分之" in text:
        # ('合计约占凯世通同期交付量的三分之一': a third, as a share.)
        for m in _FRACTION_CN.finditer(text):
            whole, part = parse_number(m.group(1)), parse_number(m.group(2))
            if whole and part and whole[0] > part[0] > 0:
                approx = _APPROX.search(text[max(0, m.start() - 14):m.start()]) is not None
                out.append(Quantity(part[0] / whole[0] * 100, "percent", "%", 0.01, m.group(0), m.start(), m.end(), approx))
        out.sort(key=lambda q: q.start)
    if "cm" in text:
        # '天准科技“20cm”涨停': the 20% daily limit of the STAR Market and ChiNext, in traders' words.
        for m in _CM_LIMIT.finditer(text):
            out.append(Quantity(float(m.group(1)), "percent", "%", 1.0, m.group(1) + "%", m.start(1), m.end(1)))
        out.sort(key=lambda q: q.start)
    if "每" in text:
        # ('每萬平方公尺…配置28台': per 10,000 square metres, a number written as its scale alone.)
        for m in _PER_SCALE_ZH.finditer(text):
            value = SCALES[m.group(1).replace("萬", "万")]
            out.append(Quantity(value, "number", None, value, display[m.start(1):m.end(1)], m.start(1), m.end(1)))
        out.sort(key=lambda q: q.start)
    if "分" in text and "每股" in text:
        out = [_fen_per_share(text, display, q) for q in out]
    return _elided_units(text, _currency_ranges(text, _shared_units(text, out)))


_PER_SCALE_ZH = re.compile(rf"每(十万|十萬|百万|百萬|万|萬|千)(?=[{HAN_CLASS}])(?!(?:万|萬|亿|億|元|美元))")


# ('每股基本盈利8.6分': fen, hundredths of a yuan, in an amount per share; not '3分钟' or a score.)
_PER_SHARE_BEFORE_FEN = re.compile(r"每股[^，,。；;\d]{0,8}$")


def _fen_per_share(text: str, display: str, q: Quantity) -> Quantity:
    # ('每股基本盈利人民幣13.6分': the currency may be written before, as Hong Kong papers do.)
    renminbi = q.kind == "amount" and q.unit == "CNY" and not q.meta.get("bare_yuan")
    if not (renminbi or (q.kind == "number" and not q.unit)) or not text.startswith("分", q.end) \
            or text.startswith("分钟", q.end) or not _PER_SHARE_BEFORE_FEN.search(text, max(0, q.start - 12), q.start):
        return q
    return Quantity(q.value * 0.01, "amount", "CNY", q.precision * 0.01, display[q.start:q.end + 1], q.start, q.end + 1,
                    q.approx, q.meta if renminbi else {**q.meta, "bare_yuan": True})


def _currency_ranges(text: str, out: list[Quantity]) -> list[Quantity]:
    """'₹1,200-1,400 crore', '$5-6 billion', 'Rs 500 and 600 crore': the currency written before the
    first figure and the scale after the second are both figures'."""
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        if q.kind != "amount" or nxt.kind != "number" or nxt.unit or _SCALE_WORD.search(q.text.lower()) or \
                not _SCALE_WORD.search(nxt.text.lower()) or nxt.start - q.end > 6 or \
                not (RANGE_JOIN.fullmatch(text, q.end, nxt.start) or text[q.end:nxt.start].strip() == "and"):
            continue
        head = _LEADING_NUMBER.match(nxt.text)
        written = parse_number(head.group(0)) if head else None
        if not written or not written[0]:
            continue
        factor = nxt.value / written[0]
        out[i] = Quantity(q.value * factor, q.kind, q.unit, q.precision * factor, q.text, q.start, q.end, q.approx,
                          dict(q.meta))
        out[i + 1] = Quantity(nxt.value, q.kind, q.unit, nxt.precision, nxt.text, nxt.start, nxt.end,
                              nxt.approx or q.approx, dict(q.meta))
    return out


# A figure written with a scale word of SCALES at its end ('20.1 million', '1,400 crore', '3565.5万').
_SCALE_WORD = re.compile(r"(?:" + "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True)) + r"|萬|億)$")
_CLAUSE_BREAK = re.compile(r"[;；。!?！？]|\.(?:\s|$)")
# What may follow a number whose unit is left out: a function word or punctuation, not a unit the
# reader lacks ('4.04万亿立方英尺', '20 million barrels').
_AFTER_ELIDED = re.compile(r"\s*(?:$|[,，。；;:：、)）(（.!?]|(?:a|an|the|for|in|from|to|and|or|less|minus|plus|at|on|by|"
                           r"with|than|a year|last|earlier|ago|before|after|while|but|as|compared|versus|vs|during|"
                           r"this|which|respectively)\b|[和及与或较比])")


_FROM_BEFORE = re.compile(r"\bfrom\s$")


def _elided_units(text: str, out: list[Quantity]) -> list[Quantity]:
    """'21.8 million tonnes, up from 20.1 million', '32.82 million tonnes (36.582 million less
    3.764 million)': a bare scaled number after a figure of one scale word in the same sentence
    leaves out that figure's unit."""
    for i in range(1, len(out)):
        q = out[i]
        if q.kind != "number" or q.unit:
            continue
        scale = _SCALE_WORD.search(q.text.lower())
        prev = next((p for p in reversed(out[:i]) if p.kind != "percent"), None)
        if prev is None or prev.kind != "figure" or not prev.unit or q.start - prev.end > 90 or \
                _CLAUSE_BREAK.search(text, prev.end, q.start) or not _AFTER_ELIDED.match(text, q.end):
            continue
        if scale is None:
            # ('to 860,000 tonnes a year from 660,000': an unscaled number after 'from', of the same order.)
            if not (_FROM_BEFORE.search(text, max(0, q.start - 12), q.start) and q.value and
                    0.2 <= prev.value / q.value <= 5 and q.start - prev.end <= 40):
                continue
        elif scale.group(0) not in prev.text.lower():
            continue
        out[i] = Quantity(q.value, prev.kind, prev.unit, q.precision, q.text, q.start, q.end, q.approx, dict(prev.meta))
    return out


# Words that number what they name: 'Phase 4', 'No. 2 blast furnace', 'Fab 18', 'Terminal 3', 'Level 2'.
_LABEL_BEFORE = re.compile(r"(?:\b|(?<=[^\x00-\x7f]))(?:phase|no\.|version|fab|tower|terminal|block|gen|generation|stage|tranche|batch|level|"
                           r"pillar|cat\.|cat)\s?$")
# A product's version after its name: 'HPBC 2.0', 'TOPCon 3.0'.
_NAME_BEFORE_VERSION = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s$")


def _names_a_thing(text: str, display: str, m: re.Match) -> bool:
    """A bare number that is part of a name, not a figure: 'Phase 4', 'No. 2', '7-Eleven', 'HPBC 2.0'."""
    return bool(_LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _TENOR_AFTER.match(text, m.end())
                or display.startswith("-", m.end()) and display[m.end() + 1:m.end() + 2].isupper()
                and not _UNIT_AFTER_HYPHEN.match(display, m.end() + 1)  # ('4,300-TEU ships': a size, not 7-Eleven)
                or m.group(0).endswith(".0") and _NAME_BEFORE_VERSION.search(display, max(0, m.start() - 12), m.start()))


_GRADE_AFTER = re.compile(r"\s?(?:stainless|不锈钢|不鏽鋼)", re.IGNORECASE)
_UNIT_AFTER_HYPHEN = re.compile(r"(?:TEU|FEU|DWT|MW|GW|MWh|GWh|kW|kWh)\b")
# A bond's tenor names the bond: 'the 10-year yield', '30-year JGBs', '5-year LPR'.
_TENOR_AFTER = re.compile(r"[- ](?:year|month)[- ](?:(?:government|treasury|japanese|u\.s\.|us|chinese|benchmark)\s)?"
                          r"(?:yield|yields|bond|bonds|note|notes|treasur|jgb|gilt|bund|lpr|loan prime|swap|tenor|paper|debt)",
                          re.IGNORECASE)
# Units a Chinese text glues to a count: '24,000TEU级货柜轮' is ships of 24,000 TEU.
_GLUED_COUNT = re.compile(r"(?:teu|feu|dwt|cbm|m2|m³|m3|sqm|sq ?ft|km2)(?![a-z])")
_FULL_STRENGTH_BASIS = re.compile(r"\s?(?:%|percent|per cent)[\s-](?:basis|concentration basis)\b", re.IGNORECASE)
_TIER_BEFORE = re.compile(r"\btier[\s-]?$", re.IGNORECASE)
# (Not 'to top 220 billion won', 'could top $5': the verb.)
_RANK_BEFORE = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )\btop[- ]?$")
_RANK_NOT_AFTER = re.compile(r"\s?(?:%|percent|per cent|(?:billion|million|trillion|bn|mn)\b)")
_RANK_AFTER_ZH = re.compile(r"(?:强|名|位)")
_WORD_RATE = re.compile(r"(?:\s[a-z]+)?\s(?:a|an|per|each)\s(?:month|quarter|year|week|day)\b")
_FISCAL_YEAR = re.compile(r"(?:19|20)\d\d/\d\d(?!\d)")
_SHARES_PER = re.compile(r"(?:每|per\s|every\s|each\s)$", re.IGNORECASE)
_SHARES_FOR_EVERY = re.compile(r"\bshares?\s(?:for\s)?(?:every|each)\s$", re.IGNORECASE)
_SHARES_AFTER = re.compile(r"\s?(?:股|shares\b|克|grams\b|grammes\b)", re.IGNORECASE)  # (gold is priced per 10 grams in India)
_TICKER = re.compile(r"\d{4,6}(?:\.[a-z]{1,2})?\s?[)）/]", re.IGNORECASE)
_NAMED_TICKER = re.compile(r"\d{3,6}(?:\.[a-z]{1,2})?\)", re.IGNORECASE)
_NAME_THEN_OPEN = re.compile(r"[A-Za-z]\s\($")
_NAME_IN_PARENS = re.compile(r"\((?:[A-Z][\w&.'’-]*\s?){1,5},\s$")


def _named_ticker_at(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are a stock code written in English beside a name."""
    return bool(_NAMED_TICKER.match(text, start)) and bool(
        _NAME_THEN_OPEN.search(text, max(0, start - 3), start) or _NAME_IN_PARENS.search(text, max(0, start - 48), start))


def named_stock_codes(text: str) -> list[str]:
    """The stock codes an English text writes beside names ('Grand Pharma (512)', '(CIRC, 1763)'),
    without leading zeros."""
    return [m.group(0).lstrip("0") for m in re.finditer(r"(?<![\d.])\d{3,6}", text) if _named_ticker_at(text, m.start())]
_JOINED = re.compile(r"\s*(?:个|個)?(?:and|to|or|至|到|和|及|或|、|-|–|~)\s*$")  # ('分别提高5个及3个百分点')
RANGE_JOIN = re.compile(r"\s*(?:to|至|到|-|–|~)\s*")
_LEADING_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _shared_units(text: str, out: list[Quantity]) -> list[Quantity]:
    """'2 to 3 percentage points', '11 and 8 basis points', '2至3个百分点', '5 to 7 billion yuan': a bare
    number joined to the next figure takes its unit and scale."""
    # (From the last: in '400,000, 230,000 and 135,000 tonnes' each takes the unit the one after it took.)
    listed: set[int] = set()
    for i in reversed(range(len(out) - 1)):
        q, nxt = out[i], out[i + 1]
        if q.kind != "number" or q.unit or nxt.kind == "number" and not RANGE_JOIN.fullmatch(text, q.end, nxt.start):
            continue  # (a count's range shares its scale: '43-45 million hogs'; 'Kymco's 18,451 and 29.5%' nothing)
        if _LIST_COMMA.fullmatch(text, q.end, nxt.start) and i + 1 in listed:
            pass  # a list's comma, before a figure that took the list's unit
        elif (nxt.start - q.end > 6 or not _JOINED.match(text[q.end:nxt.start])) and not (_PART_OF.fullmatch(text, q.end, nxt.start) and "-" not in text[nxt.start:nxt.end + 1]):
            continue  # ('exported 198 of the 612 tonnes': a part of the figure after it, in its unit)
        lead = _LEADING_NUMBER.match(q.text)
        scale_word = q.text[lead.end():].strip().lower() if lead else ""
        if not lead or (scale_word and not nxt.text.lower().lstrip("$¥€£hkntus ")[len(
                (_LEADING_NUMBER.match(nxt.text.lstrip("$¥€£hkntus ")) or lead).group(0)):].strip().startswith(scale_word)):
            continue  # ('21.8 million and 4.1 million tonnes': the same scale word, then the unit)
        head = _LEADING_NUMBER.match(nxt.text.lstrip("$¥€£hkntus "))
        written = parse_number(head.group(0)) if head else None
        if not written or not written[0]:
            continue
        factor = nxt.value / written[0]
        mine = parse_number(lead.group(0))
        if not mine:
            continue
        if nxt.kind in ("percent", "pp", "bp") and mine[0] > 100 * max(1.0, written[0]):
            continue  # "Kymco's 18,451 and 29.5%": a count and a share, not two percentages
        if mine[0] >= 1000 and factor >= 1000 and not scale_word:
            factor = 1.0  # ('from 600,000 to 1.2 million units': written out in full, it takes the unit only)
        out[i] = Quantity(mine[0] * factor, nxt.kind, nxt.unit, mine[1] * factor, q.text, q.start, q.end,
                          q.approx or nxt.approx, dict(nxt.meta))
        listed.add(i)
    return out


_LIST_COMMA = re.compile(r",\s")
_PART_OF = re.compile(r"\s(?:out\s)?of\s(?:the|its|their)\s")


# The big scales a compound amount continues after, by the character it ends with.
_COMPOUND_HEADS = {"兆": 1e12, "亿": 1e8, "億": 1e8, "万": 1e4, "萬": 1e4}


def _compound_head(prev: Quantity) -> float:
    """The scale of ``prev`` if a smaller amount may continue it ('3兆' in '3兆417亿'), else 0: a
    whole number of 兆/万亿, 亿 or 万 with no unit yet."""
    # (An amount too when its currency came first: '新台币3兆' in '新台币3兆729亿元'.)
    if prev.kind not in ("number", "amount") or not prev.text or prev.text[-1] not in _COMPOUND_HEADS:
        return 0.0
    scale = _COMPOUND_HEADS[prev.text[-1]]
    if prev.text.endswith(("万亿", "萬億")):
        scale = 1e12
    units = prev.value / scale
    return scale if abs(units - round(units)) < 1e-9 and units >= 1 else 0.0


def _continues(q: Quantity, m: re.Match, big: float) -> bool:
    """Whether ``q``, right after a whole number of ``big``, is the rest of the same amount: a
    smaller scaled amount ('417亿' after '3兆'), Chinese numerals ('五千' after '三万'), or the four
    digits after 万 ('5万8513', '2万7,315.42'); not '3万5' (colloquially 35,000) nor '3亿1' (a stray digit)."""
    if not 0 < q.value < big:
        return False
    num = m.group(0)
    if num[0] in _CN_DIGITS:
        return q.end - q.start == len(num) or q.kind != "number"  # '三万五千', not '三万五千亿'
    if q.end - q.start > len(num) and q.precision >= 1e3:  # a scale word follows the digits
        return True
    # ('2万7,315.42点': an index level's four digits may carry decimals.)
    return big == 1e4 and len(num.replace(",", "").split(".")[0]) == 4


def _index_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """The number of each index name -> its (prefix, suffix) forms, folded (data/index_names.txt)."""
    global _INDEX_NAMES
    if _INDEX_NAMES is None:
        from citebrief.text.script import fold

        table: dict[str, set[tuple[str, str]]] = {}
        text = resources.files("citebrief").joinpath("data/index_names.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = re.search(r"(\d+)(?!.*\d)", fold(line))
            if not m:
                continue
            prefix = fold(line)[:m.start()].rstrip(" -")
            table.setdefault(m.group(1), set()).add((prefix, fold(line)[m.end():].strip()))
        _INDEX_NAMES = {k: tuple(sorted(v)) for k, v in table.items()}
    return _INDEX_NAMES


_INDEX_NAMES: dict[str, tuple[tuple[str, str], ...]] | None = None


def _in_index_name(text: str, m: re.Match, forms: tuple[tuple[str, str], ...]) -> bool:
    start, end = m.start(), m.end()
    if end < len(text) and (text[end] == "%" or text[end].isdigit() or
                            text[end] == "." and text[end + 1:end + 2].isdigit()):
        return False  # ('CSI 300.' ends a sentence; 300.5 is a figure)
    head = text[max(0, start - 24):start].lower()
    bare = head.rstrip(" -")
    if len(head) - len(bare) > 1:
        return False
    tail = text[end:end + 8].lower()
    for prefix, suffix in forms:
        if bare.endswith(prefix) and (not suffix or tail.startswith(suffix)):
            before = bare[:-len(prefix)][-1:]
            # A Latin prefix must start a word ('csi', not 'xcsi').
            if not (prefix[0].isascii() and prefix[0].isalpha() and before.isascii() and before.isalnum()):
                return True
    return False


def _glued_letter_currency(display: str, text: str, m: re.Match) -> str | None:
    """A capital letter glued before a number that starts a word, as Manila's and Johannesburg's papers
    write their currencies: the Philippine peso ('P1,286', 'P277.9 billion'), the rand ('R36,850',
    'R5.72 billion'); only with a separator, a decimal or a scale word (not 'P2P', 'P5', Rivian's
    'R2'). The code ('php', 'zar'), or None."""
    at, num = m.start(), m.group(0)
    if at < 1 or display[at - 1] not in _GLUED_CURRENCY or (at > 1 and display[at - 2].isalnum()):
        return None
    letter = display[at - 1]
    # ('to P540 from P505' beside 'P462.40': a text that writes pesos so elsewhere reads bare ones too.)
    written = _GLUED_CURRENCY[letter][1]
    if "," in num or "." in num or _SCALE_AT.match(text, m.end()) is not None or \
            (len(num) >= 2 and written.search(display) is not None):
        return _GLUED_CURRENCY[letter][0]
    return None


_PESO_WRITTEN = re.compile(r"(?<![A-Za-z0-9])P\d{1,3}(?:,\d{3})*\.\d|(?<![A-Za-z0-9])P\d[\d,.]*\s(?:million|billion|trillion)\b|"
                           r"\bpesos?\b|₱")
_RAND_WRITTEN = re.compile(r"(?<![A-Za-z0-9])R\d{1,3}(?:,\d{3})*\.\d|(?<![A-Za-z0-9])R\d[\d,.]*\s(?:million|billion|trillion)\b|"
                           r"\brand\b")
_GLUED_CURRENCY = {"P": ("php", _PESO_WRITTEN), "R": ("zar", _RAND_WRITTEN)}


def _from_parts(text: str, m: re.Match, display: str, continued: bool = False) -> Quantity | None:
    num = m.group(0)
    before = m.start() - 1
    if before >= 0 and text[before] == " ":
        before -= 1
    pm = (_PRE_BEFORE.search(text, max(0, m.start() - 8), m.start())
          if before >= 0 and text[before] in _PRE_LAST else None)
    pre = pm.group("pre").lower() if pm else ""
    start = pm.start("pre") if pm else m.start()
    more, scale, unit, unit2, end = _after(text, m.end())
    if not (scale or unit) and num[0].isdigit() and _PENCE_GLUED.match(text, m.end()):
        unit, end = "pence", m.end() + 1
    if unit == "仙" and not num[0].isdigit():
        return None  # '八仙过海': the Eight Immortals, not eight cents
    if not pm and (glued := _glued_letter_currency(display, text, m)):
        pre, start = glued, m.start() - 1  # 'P1,286', 'R5.72 billion': the peso or the rand as their papers write them
    if not (scale or unit) and m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalpha() \
            and not _GLUED_COUNT.match(text, m.end()):
        return None  # '1st', '5G', '3D': part of a word, not a figure
    if (num[0].isdigit() and m.start() >= 2 and text[m.start() - 1] == "-" and text[m.start() - 2].isalpha()
            and text[m.start() - 2].isascii() and not text[:m.start()].endswith(("mid-", "low-", "high-"))):
        return None  # 'COVID-19', 'F-35': a name
    if scale in ("b", "m", "k") and not pre:
        # '5m' alone is metres or a model name; only '$5m' is money.
        return None
    is_cn = num[0] in _CN_DIGITS
    if is_cn:
        if num[0] == "点":
            return None
        after = text[m.end():m.end() + 1]
        if not (scale or unit or continued or (after and after in _MEASURE)):
            return None
        if num in ("千", "百", "十", "万") and not scale:
            return None
        if num in ("千", "百", "十") and ((m.start() > 0 and text[m.start() - 1] in "数几幾數") or not unit):
            # ('逾千亿元' is over 100 billion yuan; not '数千亿元', some hundreds of billions, nor '千万不要'.)
            return None
    elif num.lower() in _EN_WORDS and not (scale or pre or (unit and unit not in ("point", "points"))) \
            and not _WORD_RATE.match(text, m.end()) \
            and not _MOVED_BY_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
            and not _MORE_THAN_AFTER.match(text, m.end()) \
            and not (_FOR_BEFORE.search(text, max(0, m.start() - 5), m.start()) and _DURATION_AFTER.match(text, m.end())):
        # 'one' and 'ten' as words are counts only with a unit or scale, or as a rate ('six a
        # month', 'four ships a quarter'); bare ones are noise.
        return None
    parsed = parse_number(num)
    if parsed is None:
        return None
    value, precision = parsed
    factor = SCALES.get(scale, 1.0)
    kind, unit_out = "number", None
    # '3674.7億元新台幣', '50亿元人民币': the currency named after 元 says which 元 it is.
    named_after = CURRENCIES.get(unit2) if unit == "元" else None
    currency = CURRENCIES.get(pre) or named_after or CURRENCIES.get(unit) or CURRENCIES.get(unit2)
    if unit in UNITS:
        kind, unit_out, f = UNITS[unit]
        if unit == "度" and not scale and not pre:
            return None  # '度' alone is degrees, not kWh
        if unit == "升" and not scale and text[end:end + 1] in _ROSE_AFTER_ZH:
            kind, unit_out, f, end = "number", None, 1.0, end - 1  # ('由3升至4': rose to, no litres)
        factor *= f
        if unit_out == "cents":
            unit_out = CENTS.get(unit, _ANY_CENTS)
    elif currency:
        kind, unit_out = "amount", currency
    if currency and kind == "amount":
        unit_out = currency
    # 'mid-30%' is 33-37%, 'low-30%' 30-34%, 'high-30%' 36-39%: a range, not the figure 30.
    lead = text[max(0, start - 5):start]
    for word, centre in (("mid-", 5), ("low-", 2), ("high-", 8)):
        if lead.endswith(word) and value == int(value) and value % 10 == 0:
            value, precision = value + centre * precision, 5 * precision
            approx_range = True
            break
    else:
        approx_range = False
    # An approximation word just before, or 左右/多 just after.
    head = text[max(0, start - 14):start]
    approx = bool(approx_range or more or _APPROX.search(head) or _APPROX_AFTER.match(text[end:end + 3]))
    q = Quantity(value * factor, kind, unit_out, precision * factor, display[start:end].strip(), start, end,
                 approx)
    if unit == "元" and not pre and not unit2:
        q.meta["bare_yuan"] = True  # '4862亿元': yuan of whatever currency the story is in (see index)
    elif pre == "$" and not text[max(0, start - 1):start].isalpha():
        q.meta["bare_dollar"] = True  # '$227.6 million' in a Singapore paper: its own dollar (see index)
    return q


def same_value(claim: Quantity, source: Quantity) -> bool:
    """Whether the source value rounds to the claim's at the digits the claim shows: 6.5 billion =
    65亿 = 6,500,000,000; '183.7 billion' = 1836.5亿 (half up); 'about 183.6 billion' = 1836.5亿 too
    (an approximate claim may round either way). See the module's docstring."""
    eps = 1e-9 * max(abs(claim.value), abs(source.value), 1.0)
    over = abs(source.value) - abs(claim.value)  # how far the source is above the claim, in size
    half = claim.precision / 2
    if abs(over) <= eps:
        return True
    if claim.approx:
        return abs(over) <= max(half, _approx_step(claim) / 2) + eps
    # Rounded half up: the value half a step below the claim rounds up to it; half a step above
    # rounds away from it (1.5 trillion is '2 trillion', never '1 trillion').
    return -half - eps <= over < half - eps


def reach(claim: Quantity) -> float:
    """How far from the claim's value a source value may be and still match it (for range
    lookups; ``same_value`` decides)."""
    step = _approx_step(claim) if claim.approx else claim.precision
    return max(step, claim.precision) / 2 + 1e-9 * max(abs(claim.value), 1.0)


_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _approx_step(q: Quantity) -> float:
    """The step an approximate whole number is rounded to: 'about 3,420 yen' is to the ten (for
    3,418), 'about 1,800' to the hundred; two significant digits are always kept ('about 40%' is
    to the unit, 'about 300' to the ten)."""
    m = _FIRST_NUMBER.search(q.text)
    if not m or "." in m.group(0) or q.precision <= 0:
        return q.precision
    n = round(abs(q.value) / q.precision)
    step = q.precision
    while n % 10 == 0 and n >= 100:
        n //= 10
        step *= 10
    return step


def compatible(claim: Quantity, source: Quantity) -> bool:
    """Same kind of figure, same unit where both say one (no currency conversion)."""
    if claim.kind == "points" or source.kind == "points":
        other = source if claim.kind == "points" else claim
        return other.kind in ("points", "number", "pp", "bp")
    if claim.kind in ("pp", "bp") and source.kind == "percent" and source.text.endswith("厘"):
        return True  # Hong Kong writes a rate's move in 厘 as well: '下调0.125厘' = 0.125 percentage point
    if claim.kind == "number" and not claim.unit and source.unit == "x":
        return True  # 'a price-earnings ratio of 16.8' is '市盈率16.8倍': a ratio told without its 'times'
    money = ("amount", "number")
    if claim.kind in money and source.kind in money:
        if claim.unit and source.unit:
            return bool(set(claim.unit.split("|")) & set(source.unit.split("|")))
        return True
    return (claim.kind == source.kind or {claim.kind, source.kind} == {"pp", "bp"}) and claim.unit == source.unit


def matches(claim: Quantity, source: Quantity) -> bool:
    if claim.kind == "percent" and source.unit == "x":
        # 'rose 120%' = '增长1.2倍': a growth multiple written as a percentage.
        as_percent = Quantity(source.value * 100, "percent", "%", source.precision * 100, source.text,
                              source.start, source.end)
        return same_value(claim, as_percent)
    return compatible(claim, source) and same_value(claim, source)
