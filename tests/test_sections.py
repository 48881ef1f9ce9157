"""Section themes (engines/sections.py, data/themes.tsv): invented sentences in each script, the
misfilings issue 10 found on the bundled examples, names, the table, and the measured floor."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from citebrief.engines.sections import FALLBACK_TITLE, THEMES, TITLES, ArticleWeights, classify, explain, themes_of
from citebrief.text.script import to_traditional
from citebrief.text.words import fold_for_words

ROOT = Path(__file__).resolve().parents[1]

# Invented sentences (companies and people made up): each theme in English, simplified and
# traditional Chinese (Taiwan and Hong Kong usage, not a conversion of the simplified one).
CASES = {
    "results": [
        "Norvik Foods reported second-quarter revenue of $4.2 billion, up 9% from a year earlier, and net "
        "profit of $610 million.",
        "蓝海食品第二季度实现营业收入42.3亿元，同比增长9.1%；归母净利润为6.1亿元。",
        "藍海食品第二季營收為新台幣42.3億元，年增9.1%，稅後純益6.1億元，每股盈餘2.35元。",
    ],
    "outlook": [
        "The company expects full-year revenue of $17 billion to $17.5 billion, below analysts' forecasts.",
        "公司预计第四季度营收将介于45亿元至48亿元之间，毛利率约为31%。",
        "法人預估該公司明年每股盈餘可達12.5元，並將目標價上調至680元。",
    ],
    "policy": [
        "The central bank will add 200 billion yuan to its relending quota for technological innovation, "
        "the governor said.",
        "中国人民银行宣布下调存款准备金率0.25个百分点，并新增科技创新再贷款额度2000亿元。",
        "金管會宣布放寬銀行不動產貸款上限，新制自明年1月起實施。",
    ],
    "economy": [
        "Consumer prices rose 2.1% in March from a year earlier, while exports grew 6.4%, official data showed.",
        "国家统计局数据显示，3月份居民消费价格指数同比上涨0.7%，工业增加值同比增长5.8%。",
        "財政部統計，3月出口值達512億美元，年增18.2%，進口值為401億美元。",
    ],
    "markets": [
        "Shares of Norvik rose 4.2% to $58.10 in New York, while the benchmark index gained 0.6%.",
        "消息公布后，上证指数收涨1.1%，10年期国债收益率下行3个基点至1.85%。",
        "藍海股價今日收在新台幣215元，上漲3.4%，外資買超逾5,000張，加權指數收漲0.8%。",
    ],
    "deals": [
        "Norvik agreed to acquire a 60% stake in Saltmarsh Brewing for $1.3 billion in cash.",
        "蓝海食品公告，拟以现金18亿元收购华禾乳业51%股权，交易完成后华禾乳业将成为其控股子公司。",
        "港灣科技此次全球發售1.5億股，集資淨額約23億港元，將用於擴建研發中心。",
    ],
    "operations": [
        "The new plant in Ohio will start production in 2027 with annual capacity of 40,000 wafers.",
        "公司位于安徽合肥的二期工厂已于9月投产，年产能为15GWh。",
        "該公司3奈米製程良率已超過80%，新竹新廠預計明年第二季量產。",
    ],
    "people": [
        "Norvik appointed Maria Lindqvist as chief executive, succeeding Tom Hale, who will retire in June.",
        "蓝海食品董事会任命李文涛为总裁，原总裁张建国因年龄原因辞任。",
        "藍海食品董事會宣布，由副總經理陳美玲接任執行長，6月1日起就任。",
    ],
    "risks": [
        "Analysts warned that rising raw-material costs and weak demand in Europe remain the main risks to margins.",
        "不过，业内人士提醒，原材料价格上涨和海外需求疲软仍是公司明年经营的主要风险。",
        "不過分析師提醒，美國關稅政策與新台幣匯率走升，仍是該公司明年營運的主要變數。",
    ],
    "background": [
        "Founded in 1998 as a spin-off from Calder Mills, Norvik now runs 14 plants in six countries.",
        "蓝海食品成立于2003年，总部位于江苏南京，2012年在上海证券交易所上市。",
        "藍海食品成立於1987年，總部位於台中，前身為一家麵粉廠。",
    ],
}


def _first(text: str, weights=None) -> str | None:
    got = classify(text, weights)
    return got[0][0] if got else None


@pytest.mark.parametrize("theme,script", [(t, i) for t in CASES for i in range(3)])
def test_each_theme_in_each_script(theme, script):
    text = CASES[theme][script]
    assert _first(text) == theme, (text, explain(text))
    assert themes_of(text)[0] == TITLES[theme]


def test_every_theme_of_the_table_has_cases():
    assert set(CASES) == {t.id for t in THEMES}


def _article_weights(name: str) -> ArticleWeights:
    from citebrief.loaders import load_article
    from citebrief.text.script import is_chinese

    article = load_article(ROOT / "examples" / "articles" / name)
    whole = "\n".join(article.paragraphs)
    return ArticleWeights(fold_for_words(whole) if is_chinese(article.language) else whole.lower())


def test_the_misfilings_on_the_bundled_examples_land_right():
    # PBOC: a relending quota "for technological innovation" is monetary policy, not technology.
    pboc = ("The central bank will also add 300 billion yuan to its relending quota for technological "
            "innovation and set up a 500 billion yuan facility for consumption and elderly care services, Pan said.")
    # TSMC: the analysts' warning about tariffs and the exchange rate is a risk, not a policy.
    tsmc = "不過分析師提醒，美國對半導體的關稅政策、新台幣匯率走升以及成熟製程需求疲弱，仍是台積電明年營運的主要變數。"
    # Japan: the new prime minister's remark on the government's priorities is policy, not a deal.
    japan = "高市早苗在10月21日的记者会上表示，经济安全与尖端技术投资是新政府的首要任务之一。"
    for text, name, want in ((pboc, "pboc-rate-cut.en.txt", "policy"), (tsmc, "tsmc-revenue.zh-Hant.txt", "risks"),
                             (japan, "japan-chips.zh-Hans.txt", "policy")):
        assert (ROOT / "examples" / "articles" / name).read_text(encoding="utf-8").count(text) == 1
        assert _first(text) == want, explain(text)
        assert _first(text, _article_weights(name)) == want  # as the engine calls it
        assert themes_of(text)[0] not in ("Products and Operations", "Deals and Capital")


def test_the_same_patterns_in_invented_sentences():
    assert _first("The central bank set up a 200 billion yuan relending facility for technology firms.") == "policy"
    assert _first("不过分析师提醒，美国关税政策和新台币汇率走升仍是公司明年营运的主要变数。") == "risks"
    assert _first("财相在记者会上表示，扩大对人工智能的投资是新政府的首要任务。") == "policy"
    # A statement about a person's post is people; what the person says about the business is not.
    assert _first("Finance chief Anna Berg will step down in March and be succeeded by Paul Ames.") == "people"
    assert _first("Chief executive Anna Berg said revenue rose 12% to $3.1 billion in the quarter.") == "results"


def test_a_forecast_of_a_figure_is_outlook_and_a_cause_does_not_decide():
    assert _first("公司预计第四季度营收为120亿元，同比增长15%。") == "outlook"
    assert _first("公司第三季度营收为120亿元，同比增长15%。") == "results"
    assert _first("Revenue rose 8% to $2.1 billion, helped by strong demand for its memory chips.") == "results"
    assert _first("受人工智能需求带动，公司三季度营收同比增长28%。") == "results"
    # Beating an earlier forecast is a result, not a forecast.
    assert _first("第三季度营收为331亿美元，高于公司此前给出的指引区间。") == "results"


def test_both_chinese_scripts_give_the_same_theme():
    for theme, (_, hans, _) in CASES.items():
        assert _first(to_traditional(hans)) == theme


def test_english_cues_inside_proper_names_do_not_theme_a_sentence():
    quote = '"We expect two more cuts," said Lin Hao, an economist at Harbour Street Capital in Hong Kong.'
    assert _first(quote) == "outlook"
    assert "deals" not in dict(classify(quote))
    # Pinecrest Research is a name: no research and development in it.
    assert "operations" not in dict(classify("Analysts at Pinecrest Research cut their price target to $105."))
    # The same word outside a name counts; an authority's name says what the sentence is about.
    assert _first("The group raised fresh capital from pension funds.") == "deals"
    assert _first("The Ministry of Finance said on Friday it would review the plan.") == "policy"


def test_chinese_cues_inside_company_names_and_longer_words_do_not_count():
    assert "operations" not in dict(classify("华虹半导体公司股价上涨5%。"))
    assert _first("华虹半导体公司股价上涨5%。") == "markets"
    gic = classify("新加坡政府投资公司认购2.8亿美元股份。")  # GIC, a fund: not the government
    assert gic[0][0] == "deals" and "policy" not in dict(gic)
    investors = "投资者担心债券市场波动加剧。"  # 投资者 are investors, not investment
    assert "投资" not in {k for k, _, _ in explain(investors)} and _first(investors) == "risks"
    assert _first("新政府的首要任务是稳定物价。") == "policy"
    assert _first("美国进一步扩大出口管制。") == "policy"


def test_api_kept_for_the_engine():
    assert themes_of("nothing to see here") == []
    assert themes_of("") == []
    text = CASES["results"][1]
    assert themes_of(text, ["蓝海", "食品"], ArticleWeights(fold_for_words(text))) == themes_of(text)
    titles = {t.title for t in THEMES}
    assert FALLBACK_TITLE not in titles and len(titles) == len(THEMES)
    assert set(themes_of(CASES["deals"][0])) <= titles
    # Best first, every theme with a cue listed (the engine's layout falls back on the next one).
    ranked = classify(CASES["operations"][2])
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True) and len(ranked) > 1


def test_the_table_is_data_in_both_scripts_and_english():
    from citebrief.text.script import HAN

    for theme in THEMES:
        assert theme.title and theme.cues
        assert any(HAN.search(c) for c in theme.cues), theme.id
        assert any(c.isascii() for c in theme.cues), theme.id


def test_accuracy_on_the_labelled_sentences_stays_above_the_target():
    spec = importlib.util.spec_from_file_location("eval_sections", ROOT / "eval" / "sections.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.evaluate(module.load())
    assert len(results) >= 600
    for lang in ("en", "zh-Hans", "zh-Hant"):
        assert sum(r["lang"] == lang for r in results) >= 150
    accuracy = sum(r["ok"] for r in results) / len(results)
    assert accuracy >= 0.85, accuracy


def test_section_titles_name_the_sections_one_entity_in_english():
    from citebrief.engines.sections import section_title

    tsmc = ["台積電今日公布10月營收，單月合併營收達新台幣3674.7億元。", "累計今年前10月營收達新台幣3兆1280億元。"]
    assert section_title("Results", tsmc) == "Results: TSMC"
    assert section_title("Policy and Regulation", ["中国人民银行宣布下调存款准备金率0.5个百分点。"]) == \
        "Policy and Regulation: People's Bank of China"
    # Two companies, a name the gazetteer does not know, a form two entries share (央行), the
    # catch-all, or an entity in fewer than half of the bullets: the theme's title alone.
    two = ["Samsung Electronics said its operating profit rose 32.5%.", "Rival SK Hynix reported a record profit."]
    assert section_title("Results", two) == "Results"
    assert section_title("Results", ["Norvik Foods reported revenue of $4.2 billion."]) == "Results"
    assert section_title("Policy and Regulation", ["央行今日召開理監事會，決議政策利率維持不變。"]) == "Policy and Regulation"
    assert section_title(FALLBACK_TITLE, tsmc) == FALLBACK_TITLE
    assert section_title("Results", tsmc[1:] * 2 + tsmc[:1]) == "Results"
