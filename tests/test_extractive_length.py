"""The budgeted brief: lengths, compression inside sentences (lead-ins trimmed, clause ends),
figures kept with their clause, and the length option in the engine, the API and the config."""
from __future__ import annotations

from pathlib import Path

import pytest

from citebrief.article import Article
from citebrief.engines import get_engine
from citebrief.engines.extractive import ExtractiveEngine, resolve_length
from citebrief.engines.ranking import fact_atoms
from citebrief.engines.spans import clauses, rules, trim_start
from citebrief.errors import ConfigError
from citebrief.loaders import load_article

ROOT = Path(__file__).resolve().parents[1]
COVERAGE = sorted((ROOT / "eval" / "data" / "coverage").glob("*.txt"))
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
ARTICLES = [(p.stem, load_article(p)) for p in COVERAGE + EXAMPLES]


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "none.toml"))


# -- lead-ins and furniture -----------------------------------------------------------------

@pytest.mark.parametrize("sentence,chinese,rest", [
    ("智通财经APP获悉，据知情人士透露，日本执政党自民党正计划每年筹集约1万亿日元资金。", True, "日本执政党"),
    ("据知情人士透露，极光汽车正与多家银行洽谈一笔约30亿美元的银团贷款。", True, "极光汽车"),
    ("鉅亨網記者林詠晴　台北報導 財政部今（7）日公布10月海關進出口統計。", True, "財政部"),
    ("中央社記者韋志明台北15日電 美股科技股反彈帶動台股今天強勢走高。", True, "美股"),
    ("新华财经北京11月7日电 海关总署7日发布数据显示，前10个月进出口36.9万亿元。", True, "前10个月"),
    ("分析人士认为，“安倍经济学”的延续将成为日本股市的长期催化剂。", True, "“安倍经济学”"),
    ("BEIJING, March 12 (Reuters) - China's central bank cut rates on Thursday.", False, "China's"),
    ("LONDON, Nov 2 (Harbor Wire) - OPEC+ agreed on Sunday to raise output.", False, "OPEC+"),
    ("BEIJING, March 12 - China's central bank cut rates on Thursday.", False, "China's"),
    ("Analysts said the cut would lift bank shares by about 2%.", False, "the cut"),
])
def test_lead_ins_and_furniture_are_trimmed(sentence, chinese, rest):
    assert sentence[trim_start(sentence, chinese):].startswith(rest)


@pytest.mark.parametrize("sentence,chinese", [
    ("华信证券首席经济学家李思远认为，降准释放的资金有助于配合四季度政府债券发行。", True),
    ("高市早苗在10月21日的记者会上表示，经济安全是首要任务之一。", True),
    ("单看第三季，东洋海运营收为新台币1,048亿元。", True),  # the period is not furniture
    ("Chief executive Laura Whitfield said the pipeline was strong.", False),
    ("The Bank of Japan kept rates steady at 0.5% on Thursday.", False),
])
def test_named_speakers_and_periods_stay(sentence, chinese):
    assert trim_start(sentence, chinese) == 0


def test_analysts_said_closes_a_span():
    s = "Brent could average $58 a barrel in the first half of 2026, analysts said."
    cuts, _ = clauses(s, False)
    assert s[:cuts[-1]] == "Brent could average $58 a barrel in the first half of 2026"


def test_clauses_are_cut_outside_brackets_and_quotes_and_not_inside_numbers():
    zh = "公司营收为51,236亿元（较“上年同期”增长12%，创新高），净利润为3.2亿元，同比增长8%。"
    cuts, _ = clauses(zh, True)
    assert [zh[:c] for c in cuts] == ["公司营收为51,236亿元（较“上年同期”增长12%，创新高）", "公司营收为51,236亿元（较“上年同期”增长12%，创新高），净利润为3.2亿元"]
    en = '"We expect more cuts, and soon," said Lin Hao, chief economist at Harbour Street Capital.'
    cuts, _ = clauses(en, False)
    assert [en[:c] for c in cuts] == ['"We expect more cuts, and soon," said Lin Hao']


@pytest.mark.parametrize("text,ends", [
    ("申联证券银行业分析师吴桐认为", True), ("中国人民银行9月15日宣布", True), ("新首相高市早苗上任后", True),
    ("随着人工智能需求回暖", True), ("为因应运力需求", True), ("市场方面", True),
    ("兴华银行净息差为1.68%", False), ("公司营收186.4亿元", False), ("日经225指数周三收涨1.4%", False),
])
def test_a_chinese_span_never_ends_on_a_clause_that_only_introduces(text, ends):
    from citebrief.engines.spans import introduces

    assert introduces(text, 0, len(text), 0) is ends


def test_lead_in_table_is_data_and_every_line_parses(tmp_path, monkeypatch):
    table = rules()
    assert {("lead", "zh"), ("lead", "en"), ("tail", "en"), ("cut", "en")} <= set(table)
    text = (ROOT / "src" / "citebrief" / "data" / "lead_ins.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert all(len(ln.split("\t")) >= 3 for ln in lines)
    assert len(lines) >= 25


# -- what every budgeted brief keeps --------------------------------------------------------

def _claims(brief):
    return [(c.text, c.citations) for c in brief.claims()]


def _lead_ends(paragraph: str) -> set[int]:
    """Where each sentence of the paragraph starts once its lead-ins are trimmed."""
    from citebrief.text.sentences import split_sentences
    from citebrief.text.words import has_han

    out, pos = set(), 0
    for sentence in split_sentences(paragraph):
        start = paragraph.find(sentence, pos)
        out.add(start + trim_start(sentence, has_han(sentence)))
        pos = start + len(sentence)
    return out


@pytest.mark.parametrize("length", ["standard", "short"])
@pytest.mark.parametrize("name,article", ARTICLES, ids=[n for n, _ in ARTICLES])
def test_each_claim_is_a_clause_span_of_one_paragraph(length, name, article):
    """A bullet begins at a sentence's start, after a lead-in, or at a clause of its own, and
    ends at the sentence's end or a clause end: never inside a clause, so each figure it keeps
    has the words of its clause (and of the sentence before it)."""
    brief = get_engine("extractive", length=length).brief(article)
    for text, citations in _claims(brief):
        assert len(citations) == 1
        paragraph = article.paragraphs[citations[0] - 1]
        at = paragraph.find(text)
        assert at >= 0, text
        end = at + len(text)
        assert end == len(paragraph) or paragraph[end] in "，；：,;: " or paragraph[end - 1] in "。！？.!?”\"」）)", text
        assert at == 0 or paragraph[at - 1] in "，；：,;: 。！？.!?”\"」　" or at in _lead_ends(paragraph), text
        # no figure is cut in two
        for _kind, key, start, stop in fact_atoms(paragraph):
            assert not (start < at < stop or start < end < stop), (key, text)


@pytest.mark.parametrize("name,article", ARTICLES, ids=[n for n, _ in ARTICLES])
def test_no_statement_twice(name, article):
    brief = get_engine("extractive", length="standard").brief(article)
    texts = [c.text for c in brief.claims()]
    assert len(texts) == len(set(texts))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert a not in b and b not in a


def test_lengths_order_the_briefs():
    for name, article in ARTICLES:
        sizes = {length: sum(len(c.text) for c in get_engine("extractive", length=length).brief(article).claims())
                 for length in ("short", "standard", "full")}
        total = sum(len(p) for p in article.paragraphs)
        assert sizes["short"] <= sizes["standard"] <= sizes["full"], name
        if len(article.paragraphs) >= 5:
            assert sizes["short"] <= 0.20 * total and sizes["standard"] <= 0.35 * total, name


def test_the_default_brief_keeps_most_key_facts_on_the_coverage_sets():
    import json

    from citebrief.text.script import fold

    engine = get_engine("extractive")
    hit = total = 0
    # Every coverage set the value model (engines/value.py) is fitted on (eval/fit_value.py).
    fitted = json.loads((ROOT / "src" / "citebrief" / "data" / "value_model.json").read_text(encoding="utf-8"))["fitted_on"]
    folders = {"coverage": "coverage", "holdout": "coverage-holdout"}
    for name in fitted:
        for path in sorted((ROOT / "eval" / "data" / folders.get(name, f"coverage-{name}")).glob("*.txt")):
            article = load_article(path)
            facts = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))
            claims = _claims(engine.brief(article))
            total += len(facts)
            hit += sum(any(f["paragraph"] in cites and fold(f["fact"]) in fold(text) for text, cites in claims)
                       for f in facts)
    # eval/coverage.py reports this per set against lead-N and LexRank at the same length, and
    # eval/fit_value.py cross-validated (each set carried by a model fitted without it: 69.7%);
    # the floor here keeps what was measured from sliding back: 71.4% of 1,903 on 2026-12-02; 69.4%
    # of 4,576 on 2026-12-05, when the harder dev26-dev34 joined the fit (the model before carried
    # 69.1% of the same 4,576).
    assert total > 4000
    assert hit / total >= 0.69, hit / total


# -- the option -----------------------------------------------------------------------------

def test_length_comes_from_the_option_then_the_config_then_standard(tmp_path, monkeypatch):
    assert resolve_length(None) == "standard"
    assert ExtractiveEngine().length == "standard"
    config = tmp_path / "config.toml"
    config.write_text('[brief]\nlength = "full"\n', encoding="utf-8")
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(config))
    assert ExtractiveEngine().length == "full"
    assert ExtractiveEngine(length="Short").length == "short"
    config.write_text('[brief]\nlength = "tiny"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="brief.length"):
        ExtractiveEngine()


def test_the_api_passes_the_length(tmp_path):
    from citebrief import make_brief

    article = load_article(COVERAGE[0])
    short = make_brief(article, "extractive", length="short", verify=False)
    full = make_brief(article, "extractive", length="full", verify=False)
    assert sum(len(c.text) for c in short.claims()) < sum(len(c.text) for c in full.claims())


def test_config_set_checks_the_length(tmp_path, monkeypatch):
    from citebrief.config import get_value, set_value

    path = tmp_path / "c.toml"
    set_value("brief.length", "Full", path)
    assert get_value("brief.length", path) == "full"
    with pytest.raises(ConfigError, match="short, standard, full"):
        set_value("brief.length", "medium", path)


def test_a_short_article_keeps_its_gist():
    article = Article(title="两段", language="zh-Hans", paragraphs=[
        "华储能源10月28日公布三季报，营业收入186.4亿元，同比增长27.5%。",
        "公司董事长王振宇表示，将在2026年底前把产能提升至200GWh。"])
    brief = get_engine("extractive").brief(article)
    texts = " ".join(c.text for c in brief.claims())
    assert "186.4亿元" in texts and "200GWh" in texts and "王振宇" in texts



def test_no_bullet_is_only_a_company_name():
    # A segment named before an aside (', which sells ...') must not become a bullet of its own.
    article = Article(title="Harbinlow first-half profit rises 18%", language="en", source="Test Wire",
                      paragraphs=[
        "Harbinlow Group reported revenue of $8.2 billion for its fiscal second quarter, up 9% from a year earlier.",
        "The Consumer Devices Group, which includes laptops, phones and tablets, posted revenue of $5.1 billion, up 7%, with an operating margin of 6.2%.",
        "The Cloud Systems Group, which sells servers and storage, grew revenue 24% to $2.3 billion and swung to an operating profit of $41 million.",
        "The Services Group grew revenue 11% to $0.8 billion, with an operating margin of 19.5%.",
        "Harbinlow expects revenue growth in the second half to be in the high single digits.",
        "The board declared an interim dividend of 6.1 Hong Kong cents a share.",
    ])
    brief = ExtractiveEngine(length="short").brief(article)
    for section in brief.sections:
        for bullet in section.bullets:
            assert [a for a in fact_atoms(bullet.text, False) if a[0] != "name"], bullet.text
