"""The value model the default brief selects by (engines/value.py, fitted by eval/fit_value.py on
the coverage sets' key facts): what it is trained on, what it learns, what the bundled weights say."""
import importlib.util
import json
from pathlib import Path

from citebrief.article import Article
from citebrief.engines import extractive as ex, value

ROOT = Path(__file__).resolve().parents[1]


def _fit_value():
    spec = importlib.util.spec_from_file_location("fit_value", ROOT / "eval" / "fit_value.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _weights(paragraphs: list[str], language: str = "zh-Hans", title: str = "测试") -> dict[str, float]:
    article = Article(title=title, language=language, paragraphs=paragraphs)
    return {key: w for g in ex._groups(article, ex._sentences(article), language.startswith("zh"))
            for _, key, w, _ in g.atoms}


def test_an_atom_is_a_positive_only_where_a_key_fact_of_its_paragraph_covers_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "示例集团公布年报\n示例财经·2026-03-20 08:00\n\n"
        "示例集团2026年营业收入为812亿元，同比增长9%；新增门店约430家。\n\n"
        "示例集团第四季度净利润为96亿元，门店总数达5100家。\n", encoding="utf-8")
    (tmp_path / "a.facts.json").write_text(json.dumps([{"fact": "812亿元", "paragraph": 1},
                                                       {"fact": "5100家", "paragraph": 2}]), encoding="utf-8")
    xs, ys = _fit_value().samples(tmp_path)
    assert len(xs) == len(ys) >= 5  # 812亿, 9%, 430家, 96亿, 5100家
    assert sum(ys) == 2
    # ('430家' is in paragraph 1 and no fact names it; '812亿元' of paragraph 1 covers only its own atom)


def test_the_fit_learns_a_planted_signal_and_is_deterministic():
    fit = _fit_value().fit
    xs = [{"bias": 1.0, "level": 1.0}] * 40 + [{"bias": 1.0, "base": 1.0}] * 40
    ys = [1] * 30 + [0] * 10 + [1] * 5 + [0] * 35
    first = fit(xs, ys)
    assert first["level"] > 0 > first["base"]
    assert fit(xs, ys) == first


def test_the_bundled_model_values_the_news_above_its_detail():
    zh = _weights(["示例集团前三季度营业收入为812亿元，同比增长9%；归母净利润为96亿元，新增门店约430家。",
                   "华远证券分析师周立文维持“买入”评级，目标价为58元。"])
    assert zh["812亿"] > 2 * zh["9%"]  # a level beside its change
    assert zh["96亿"] > 2 * zh["430家"]  # a metric's figure beside a bare count
    assert zh["58元"] > zh["430家"]  # an analyst's target price is a key fact more often than not
    en = _weights(["Harbor Bank said on Monday its net profit rose 12% to $3.1 billion in the third quarter.",
                   "The bank, which employs about 41,000 people, also said Chief Executive Maria Lund would retire."],
                  "en", "Harbor Bank profit rises")
    assert en["$3.1billion"] > 1.5 * en["12%"]  # the level reached beside its change


def test_the_bundled_weights_name_every_feature_and_the_sets_they_were_fitted_on():
    raw = json.loads((ROOT / "src" / "citebrief" / "data" / "value_model.json").read_text(encoding="utf-8"))
    assert set(value.FEATURES) <= set(raw["weights"])
    fresh = _fit_value().FRESH
    assert raw["fitted_on"] and not set(raw["fitted_on"]) & set(fresh)  # never a set kept blind
    assert 0.0 < value.key_fact_chance({"bias": 1.0}) < 0.5  # an atom with nothing for it is no key fact
