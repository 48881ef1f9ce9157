"""Citation marks in a claim's text: '[1]', '[1][4]', '[1, 3]', '[2-4]', '【5】', and the marks
that look like citations but are not ('[abc]', '[-1]', '[1.5]', '[]').

One reading for the brief parser (verify.parse) and the checker (verify.check): a malformed mark is
one problem ("malformed citation '[abc]'"), never a figure ('[-1]' is not the number 1) and never
a claim that cites nothing.
"""
from __future__ import annotations

import re

# A well-formed mark: paragraph numbers, lists and ranges.
VALID = re.compile(r"[\[【]\s*(\d+(?:\s*[-–,，、]\s*\d+)*)\s*[\]】]")
# Anything short in brackets with no spaces inside but around separators: where a citation stands,
# a mark that is not a valid one is a malformed citation. ('[the company]' is an editor's insertion.)
MARK = re.compile(r"[\[【]\s*([^\[\]【】\s]{0,16}(?:\s*[,，、]\s*[^\[\]【】\s]{1,16})*)\s*[\]】]")
# Bracketed words that are editorial, not citations.
_EDITORIAL = {"sic", "...", "…", "sic!"}


def numbers(inner: str) -> list[int]:
    """'1, 3' -> [1, 3]; '2-4' -> [2, 3, 4] (a range over 50 keeps its two ends)."""
    out: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", inner):
        if re.search(r"[-–]", part):
            a, b = (int(x) for x in re.split(r"\s*[-–]\s*", part))
            out.extend(range(a, b + 1) if 0 < b - a < 50 else [a, b])
        elif part.strip():
            out.append(int(part))
    return out


def is_malformed(mark: str) -> bool:
    """Whether a bracketed mark (as MARK matches it) stands for a citation but is not a valid one."""
    if VALID.fullmatch(mark):
        return False
    inner = mark[1:-1].strip().lower()
    return inner not in _EDITORIAL


def split_marks(text: str) -> tuple[str, list[int], list[str]]:
    """``text`` without its citation marks, the paragraph numbers of the valid ones, and the
    malformed ones as written: 'Sales rose 0.6% [7][abc]' -> ('Sales rose 0.6%', [7], ['[abc]'])."""
    if "[" not in text and "【" not in text:
        return text, [], []
    cited: list[int] = []
    malformed: list[str] = []

    def cut(m: re.Match) -> str:
        mark = m.group(0)
        valid = VALID.fullmatch(mark)
        if valid:
            cited.extend(numbers(valid.group(1)))
            return ""
        if is_malformed(mark):
            malformed.append(mark)
            return ""
        return mark

    stripped = MARK.sub(cut, text)
    if stripped is not text and (cited or malformed):
        stripped = re.sub(r"\s+([.。,，;；!?！？])", r"\1", re.sub(r"[ \t]{2,}", " ", stripped)).strip()
    return stripped, list(dict.fromkeys(cited)), malformed


def malformed_problem(mark: str) -> str:
    return f"malformed citation '{mark}': a citation is a paragraph number, as in [3], [1][4] or [2-4]"


__all__ = ["MARK", "VALID", "is_malformed", "malformed_problem", "numbers", "split_marks"]
