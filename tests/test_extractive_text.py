"""The extractive engine's text helpers: words and sentence spans (theme rules: tests/test_sections.py)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from citebrief.text.sentences import split_sentences
from citebrief.text.words import sentence_words, words


def test_simplified_and_traditional_text_give_the_same_words():
    hans = "台积电第三季度营收同比增长30.3%，人工智能芯片需求强劲。"
    hant = "台積電第三季度營收同比增長30.3%，人工智能芯片需求強勁。"
    assert words(hans, "zh-Hans") == words(hant, "zh-Hant")
    assert "营收" in words(hant, "zh-Hant")
    assert "的" not in words("公司的营收", "zh-Hans")  # function words dropped
    assert "，" not in words(hans, "zh-Hans")  # punctuation dropped


def test_full_width_digits_read_as_ascii():
    assert "30.5%" in words("營收年增３０．５％。", "zh-Hant")


def test_english_words_are_lower_case_without_stopwords():
    got = words("The Federal Reserve said it would hold rates at 4.25% in December.", "en")
    assert got == ["federal", "reserve", "hold", "rates", "4.25", "december"]


def test_sentence_words_match_words_of_each_sentence():
    paragraph = "華儲能源第三季營收186.4億元。董事長王振宇表示，將擴大產能至200GWh！"
    spans, pos = [], 0
    for s in split_sentences(paragraph):
        start = paragraph.find(s, pos)
        spans.append((start, start + len(s)))
        pos = start + len(s)
    assert sentence_words(paragraph, spans, "zh-Hant") == [words(paragraph[a:b], "zh-Hant") for a, b in spans]




def test_chinese_sentences_end_at_full_stops_not_semicolons():
    p = "公司营收186.4亿元；净利润21.3亿元。他说：“很好！”股价上涨3%。"
    assert split_sentences(p) == ["公司营收186.4亿元；净利润21.3亿元。", "他说：“很好！”", "股价上涨3%。"]


def test_english_sentences_keep_abbreviations_and_decimals():
    p = "Meridian Bank Inc. earned $6.8 billion, up 2.4% in the U.S. market. Shares rose 3.1% on Tuesday."
    assert split_sentences(p) == ["Meridian Bank Inc. earned $6.8 billion, up 2.4% in the U.S. market.",
                                  "Shares rose 3.1% on Tuesday."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="营收亿元增长。！？；…”」）Ab .!?\"'1234,%", min_size=1, max_size=120))
def test_sentences_are_exact_substrings_in_order(paragraph):
    pos = 0
    for s in split_sentences(paragraph):
        assert s and s == s.strip()
        found = paragraph.find(s, pos)
        assert found >= 0
        pos = found + len(s)



