"""Story grouping: figures cross languages and scripts; look-alikes stay apart; the eval target holds."""
from __future__ import annotations

import importlib.util

from citebrief.stories import StoryDoc, article_text, atoms, cluster, periods_disagree, same_story
from citebrief.text.script import to_traditional
from tests.support.store import ROOT, load_story, story_files


def doc(key: int, name: str) -> StoryDoc:
    article = load_story(name)
    return StoryDoc(key, article_text(article.title, article.paragraphs))


def test_figures_are_the_same_atom_in_every_language_and_script():
    zh = atoms("第三季度营收350亿美元，同比增长94%，毛利率提升2.5个百分点，11月20日公布。")
    hant = atoms("第三季營收350億美元，年增94%，毛利率提升2.5個百分點，11月20日公布。")
    en = atoms("Third-quarter revenue rose 94% to $35 billion; margin up 2.5 percentage points (Nov. 20).")
    for a in ("num:3.5e+10", "pct:94", "pp:2.5", "date:11-20"):
        assert a in zh and a in hant and a in en
    assert "q:3" in zh and "q:3" in en


def test_traditional_copy_joins_and_another_quarter_does_not():
    names = story_files("s01-xinghai-q3")
    simplified = doc(1, names[0])
    article = load_story(names[0])
    copy = StoryDoc(2, to_traditional(article_text(article.title, article.paragraphs)))
    assert same_story(simplified, copy)
    other_quarter = doc(3, story_files("s02-xinghai-q2")[0])
    assert not same_story(simplified, other_quarter)
    assert not same_story(copy, other_quarter)


def test_cluster_groups_english_with_chinese_reports():
    names = story_files("s07-dingtai-ipo") + story_files("s08-jiaze-ipo")  # two IPOs, one template
    docs = [doc(i, n) for i, n in enumerate(names)]
    groups = cluster(docs)
    want = [list(range(len(story_files("s07-dingtai-ipo")))),
            list(range(len(story_files("s07-dingtai-ipo")), len(names)))]
    assert sorted(groups) == sorted(want)


def test_eval_precision_and_recall_reach_target():
    spec = importlib.util.spec_from_file_location("eval_stories", ROOT / "eval" / "stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate()
    assert result["articles"] >= 60 and result["stories"] >= 15
    assert result["precision"] >= 0.9, result["mistakes"]
    assert result["recall"] >= 0.9, result["mistakes"]


# The three shapes that split English from Chinese reports on a blind set (issue 9, item 7); the
# texts are invented. The figures are read by citebrief.facts, the reader the verifier uses.
QINGLAN_EN = ("Qinglan Motors delivers 58,513 vehicles in June\n"
              "Qinglan Motors delivered 58,513 vehicles in June, up 41.2% from a year earlier. "
              "Its new plant in Hefei will add 20,000 units of annual capacity.")
QINGLAN_ZH = ("青岚汽车上月交付5万8513辆 同比增长41.2%\n"
              "青岚汽车上月交付新车5万8513辆，同比增长41.2%，增速为2020年3月以来最高。\n"
              "公司在合肥的新工厂投产后将新增年产能2万辆。")


def test_figures_with_thousands_separators_are_figures_not_stock_codes():
    found = atoms("Qinglan Motors delivered 58,513 vehicles; capacity rises by 20,000 units.")
    assert {"num:5.85e+04", "num:2e+04"} <= found
    assert not any(a.startswith("code:") for a in found)
    assert not any(a.startswith("code:") for a in atoms("全年交付120000辆，其中海外交付105000辆。"))


def test_stock_codes_need_context():
    assert "code:600519" in atoms("贵州茅台（600519）周五收涨2.1%。")
    assert "code:688123" in atoms("星海半导体688123周五收涨2.1%。")
    assert "code:700" in atoms("Tencent (0700.HK) rose 2.1% on Friday.")
    assert "code:2330" in atoms("台積電(2330)週五收漲2.1%。")
    assert "code:2333" in atoms("Huasheng Bio (02333) said on Friday it would buy back shares.")
    # The figure next to a code is still a figure, and the code is not one.
    found = atoms("星海半导体（688123）营收350亿元。")
    assert "num:3.5e+10" in found and "num:6.88e+05" not in found


def test_wan_compound_is_one_figure():
    found = atoms("青岚汽车上月交付5万8513辆。")
    assert "num:5.85e+04" in found
    assert "num:5e+04" not in found and "num:8.51e+03" not in found


def test_month_without_year_does_not_veto_a_dated_month():
    en, zh = StoryDoc(1, QINGLAN_EN), StoryDoc(2, QINGLAN_ZH)
    assert "month:6" in en.atoms and "month:3@2020" in zh.atoms
    assert not periods_disagree(en.atoms, zh.atoms, "month:")
    assert same_story(en, zh)
    assert cluster([en, zh]) == [[1, 2]]


def test_months_still_veto_when_comparable():
    # Both carry the year.
    assert periods_disagree({"month:6@2024"}, {"month:5@2024", "year:2024"}, "month:")
    assert periods_disagree({"month:6@2024", "year:2024"}, {"month:6@2023", "year:2023"}, "month:")
    # Neither does: two reports of the current period.
    assert periods_disagree({"month:6"}, {"month:5"}, "month:")
    # The undated one's text names that year and no other: clearly the same year.
    assert periods_disagree({"month:6", "year:2020"}, {"month:3@2020", "year:2020"}, "month:")
    # ... but not another year, or several.
    assert not periods_disagree({"month:6", "year:2025"}, {"month:3@2020", "year:2020"}, "month:")
    assert not periods_disagree({"month:6", "year:2020", "year:2025"}, {"month:3@2020"}, "month:")
    # One month in common is enough.
    assert not periods_disagree({"month:6", "month:5"}, {"month:5"}, "month:")
    # Quarters follow the same rule.
    assert periods_disagree({"q:3"}, {"q:2"}, "q:")
    assert not periods_disagree({"q:3"}, {"q:2@2020", "year:2020", "year:2025"}, "q:")


def test_another_month_of_the_same_company_stays_apart():
    june = StoryDoc(1, QINGLAN_EN)
    may = StoryDoc(2, "Qinglan Motors delivers 52,004 vehicles in May\n"
                      "Qinglan Motors delivered 52,004 vehicles in May, up 38.5% from a year earlier. "
                      "Its new plant in Hefei will add 20,000 units of annual capacity.")
    assert not same_story(june, may)
