"""Story grouping: figures cross languages and scripts; look-alikes stay apart; the eval target holds."""
from __future__ import annotations

import importlib.util

from _store_helpers import ROOT, load_story, story_files

from citebrief.stories import StoryDoc, article_text, atoms, cluster, same_story
from citebrief.text.script import to_traditional


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
