"""The extractive engine's text helpers: words, theme rules, sentence spans."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citebrief.engines.sections import FALLBACK_TITLE, THEMES, themes_of
from citebrief.text.script import to_traditional
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


def test_themes_in_both_chinese_scripts_and_english():
    assert themes_of("台積電第三季營收年增30%")[0] == "Earnings"
    assert themes_of("台积电第三季营收同比增长30%")[0] == "Earnings"
    assert "Technology" in themes_of("晶片需求強勁")  # Taiwan usage, not a conversion of 芯片
    assert themes_of("The central bank raised interest rates, regulators said.")[0] == "Policy and Regulation"
    assert "Deals and Investment" in themes_of("Bluepeak agreed to acquire Corvane")  # prefix: acqui-
    assert themes_of("The chairman maintained his view") == ["Companies and Key Players"]  # no 'ai' in it
    assert themes_of("nothing to see") == []


def test_every_simplified_keyword_has_its_traditional_form_in_the_table():
    for theme in THEMES:
        missing = [k for k in theme.zh_hans if to_traditional(k) not in theme.zh_hant]
        assert not missing, (theme.title, missing)
    assert FALLBACK_TITLE not in {t.title for t in THEMES}


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


def test_english_multi_word_keywords_stay_whole():
    # "last year" is Background; "year" alone (year-on-year) and "chief" alone (chief economist) are not.
    assert "Background" not in themes_of("Net profit rose 12% year-on-year.")
    assert "Background" in themes_of("Sales fell sharply last year.")
    assert "Companies and Key Players" not in themes_of("Prices will ease, said Lin Hao, chief economist at Nomura.")
    assert "Companies and Key Players" in themes_of("The chief executive resigned.")


def test_english_keywords_inside_company_names_do_not_theme_a_sentence():
    quote = '"We expect two more cuts," said Lin Hao, an economist at Harbour Street Capital in Hong Kong.'
    assert "Funding and Financials" not in themes_of(quote)
    assert themes_of(quote)[0] == "Outlook and Risks"
    assert themes_of("Harbor Semiconductor said on Tuesday it would hire 300 engineers.") == []
    # The same words outside a name, or at the start of the sentence, still count.
    assert themes_of("The group raised fresh capital from pension funds.")[0] == "Funding and Financials"
    assert "Funding and Financials" in themes_of("Capital spending will double.")
    assert "Technology" in themes_of("Harbor Semiconductor makes semiconductor equipment.")
    # Names of authorities and titles before a name say what the sentence is about.
    assert themes_of("The Ministry of Finance said on Friday it would review the plan.")[0] == "Policy and Regulation"
    assert "Companies and Key Players" in themes_of("Chief Executive Laura Chen declined to comment.")


def test_chinese_keywords_must_end_a_word_and_not_open_a_company_name():
    assert "Deals and Investment" not in themes_of("投资者担心债券市场波动加剧。")  # 投资者 = investors
    assert themes_of("投资者担心债券市场波动加剧。")[0] == "Market and Industry"
    assert themes_of("新政府的首要任务是稳定物价。") == ["Policy and Regulation"]  # 政府 heads 新政府
    assert "Technology" not in themes_of("华虹半导体公司股价上涨5%。")  # part of the company's name
    assert "Technology" in themes_of("公司将扩大半导体产能。")
    gic = themes_of("新加坡政府投资公司认购2.8亿美元股份。")  # GIC, a fund: not policy
    assert gic[0] == "Deals and Investment" and "Policy and Regulation" not in gic
    assert "Policy and Regulation" in themes_of("政府支持公司扩大产能。")  # 政府 is not in a name here
    assert "Policy and Regulation" in themes_of("美国进一步扩大出口管制。")  # a keyword of two jieba words


def test_the_storys_subject_does_not_pull_every_sentence_to_its_theme():
    from citebrief.engines.sections import ArticleWeights
    from citebrief.text.words import fold_for_words

    # A chip story: 半导体 and AI in most sentences, the stock market in one.
    story = ("日本政府计划扶持半导体产业。半导体设备商受益。半导体和AI是重点。AI芯片需求强劲。"
             "日本将在AI和半导体领域投入1万亿日元。AI芯片和半导体制造是核心。"
             "分析人士认为，日本股市将受益，科技股以及半导体和AI相关板块尤其受益。")
    sentence = "分析人士认为，日本股市将受益，科技股以及半导体和AI相关板块尤其受益。"
    assert themes_of(sentence)[0] == "Technology"  # unweighted: two technology keywords beat one
    assert themes_of(sentence, weights=ArticleWeights(fold_for_words(story)))[0] == "Market and Industry"
