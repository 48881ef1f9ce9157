"""What the engine already knows about a Chinese text, told to the model before it writes English.

Small models get Chinese scales wrong (35亿元 becomes "35 billion yen") and swap names (高市早苗
becomes "Shinzo Abe"); the verifier catches that, but then the statement is lost. The engine reads
the same figures and names the verifier will check, so it hands them over in English:

    35亿元 = 3.5 billion yuan;  0.25个百分点 = 0.25 percentage points;  高市早苗 = Sanae Takaichi

The hints come from the verifier's own readers (facts/quantities.py and the gazetteer), so a model that
follows them writes exactly what will be checked. Nothing here decides what is published.
"""
from __future__ import annotations

from citebrief.article import Article
from citebrief.text.script import fold, han_count

# ISO code -> how an English brief names the currency.
CURRENCY_WORDS = {
    "CNY": "yuan", "JPY": "yen", "USD": "US dollars", "TWD": "New Taiwan dollars", "HKD": "Hong Kong dollars",
    "EUR": "euros", "GBP": "pounds", "KRW": "won", "SGD": "Singapore dollars", "AUD": "Australian dollars",
}
_NAME_KINDS = {"person", "company", "central_bank", "regulator", "institution", "party", "exchange", "index"}
MAX_HINTS = 24  # a long article's hints must not crowd out the article itself


def english_hints(text: str, yuan: str = "CNY") -> dict[str, str]:
    """{source form: English} for the figures and gazetteer names of a Chinese text, in order of
    appearance; empty for text without Chinese. `yuan`: what a bare 元 is in this story
    (story_yuan), e.g. TWD in a Taiwanese one."""
    if not han_count(text):
        return {}
    folded = fold(text)
    same_length = len(folded) == len(text)
    found: list[tuple[int, str, str]] = []
    for start, end, english in _figures(folded, yuan) + _names(folded):
        source = text[start:end] if same_length else folded[start:end]
        if han_count(source):
            found.append((start, source, english))
    hints: dict[str, str] = {}
    for _, source, english in sorted(found):
        hints.setdefault(source, english)
        if len(hints) >= MAX_HINTS:
            break
    return hints


def hint_lines(hints: dict[str, str]) -> str:
    return "\n".join(f"{source} = {english}" for source, english in hints.items())


def story_yuan(article: Article) -> str:
    """What a bare 元 means in a story: the New Taiwan or Hong Kong dollar when the story names
    one (as the verifier reads it, from the article's cached index), else renminbi."""
    from citebrief.verify.index import index_for

    codes = index_for(article).yuan_currencies.split("|")
    return next((c for c in codes if c != "CNY"), "CNY")


def _figures(folded: str, yuan: str) -> list[tuple[int, int, str]]:
    from citebrief.facts.quantities import _fmt, find_quantities

    out = []
    for q in find_quantities(folded):
        unit = q.unit
        if unit == "CNY" and q.text.endswith("元") and not any(w in q.text for w in ("人民币", "rmb", "cny")):
            unit = yuan  # a bare 元
        if q.kind == "amount" and unit in CURRENCY_WORDS:
            english = f"{_fmt(q.value)} {CURRENCY_WORDS[unit]}"
        elif q.kind == "percent":
            english = f"{_fmt(q.value)}%"
        elif q.kind == "pp":
            english = f"{_fmt(q.value)} percentage points"
        elif q.kind == "bp":
            english = f"{_fmt(q.value * 100)} basis points"
        elif q.kind == "number" and q.value >= 1e4:
            english = _fmt(q.value) if q.value >= 1e6 else f"{q.value:,.6g}"
        else:
            continue
        out.append((q.start, q.end, english))
    return out


def _names(folded: str) -> list[tuple[int, int, str]]:
    from citebrief.facts.atoms import source_names

    return [(m.start, m.end, m.entity.name) for m in source_names(folded)
            if m.entity is not None and m.entity.kind in _NAME_KINDS]
