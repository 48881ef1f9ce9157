"""What the budgeted brief's value model weighs (engines/value.py through extractive.weighed_atoms, engines/ranking.py):
a Chinese paragraph's later figure by whether its clause names its metric, an analyst below a
person who makes the news, a name written before its title after a verb of appointment."""
from citebrief.article import Article
from citebrief.engines import extractive as ex
from citebrief.engines.ranking import fact_atoms, is_analyst
from citebrief.engines.spans import figure_names_metric, trim_start


def _weights(paragraphs: list[str], language: str = "zh-Hans") -> dict[str, float]:
    article = Article(title="测试", language=language, paragraphs=paragraphs)
    chinese = language.startswith("zh")
    groups = ex._groups(article, ex._sentences(article), chinese)
    return {key: w for g in groups for _, key, w, _ in g.atoms}


def test_a_chinese_clause_names_its_metric_before_its_figure():
    p = "前10个月出口2,811亿美元，同比增长5.1%；进口2,050亿美元；贸易顺差为761亿美元，覆盖约3100家企业。"
    assert figure_names_metric(p, 0, p.index("761"))
    assert not figure_names_metric(p, 0, p.index("3100"))


def test_a_later_chinese_figure_weighs_more_when_its_clause_names_its_metric():
    w = _weights(["示例集团前三季度营业收入为812亿元，同比增长9%；归母净利润为96亿元，新增门店约430家。",
                  "示例集团第三季度营业收入为280亿元。"])
    assert w["96亿"] > 2 * w["430家"]  # the net profit is the paragraph's next point; the store count detail


def test_an_analyst_is_told_from_a_person_who_makes_the_news():
    zh = "华远证券首席经济学家周立文认为，降息空间仍在；示例银行行长陈国强表示，净息差将企稳。"
    people = {key: is_analyst(zh, s, e, True) for kind, key, s, e in fact_atoms(zh, True) if kind == "person"}
    assert people == {"周立": True, "陈国": False}
    en = ('"Demand is holding up," said Marta Lindqvist, chief Nordic economist at Fjell Bank. '
          'Chief Executive Tomas Berg told analysts on a call that orders rose. Analysts at Harlow Capital said the cut helps.')
    people_en = {key: is_analyst(en, s, e) for kind, key, s, e in fact_atoms(en) if kind == "person"}
    assert people_en == {"Marta Lindqvist": True, "Tomas Berg": False, "Harlow Capital": True}


def test_an_analysts_name_weighs_less_than_an_executives():
    w = _weights(["示例集团第三季度净利润为12亿元。",
                  "华远证券分析师周立文认为，公司盈利拐点已现。",
                  "示例集团总裁陈国强表示，明年将扩大海外布局。"])
    assert w["周立"] < w["陈国"]


def test_a_name_before_its_title_after_a_verb_of_appointment_is_a_person():
    p = "董事會同時通過任命林靜宜為新設立的電動車事業處總經理，公司另聘任周志遠为首席技术官。"
    people = [key for kind, key, _, _ in fact_atoms(p, True) if kind == "person"]
    assert people == ["林靜", "周志"]
    assert not [a for a in fact_atoms("董事会选举产生新一届董事会成员", True) if a[0] == "person"]


def test_a_team_or_a_verb_after_a_title_is_no_name():
    for s in ("华远证券首席经济学家团队认为，年内仍有降准空间", "华远证券分析师维持“买入”评级"):
        assert not [a for a in fact_atoms(s, True) if a[0] == "person"]


def test_a_reporters_source_and_a_statistics_office_are_trimmed():
    s = "财经周报记者从2026中国国际汽车博览会（广州车展）获悉，首日共有42款新车发布，同比增加8款。"
    assert s[trim_start(s, True):].startswith("首日共有42款")
    t = "国家统计局此前公布，9月份全国居民消费价格指数（CPI）同比上涨0.2%。"
    assert t[trim_start(t, True):].startswith("9月份全国")
    u = "示例集团此前公布，第三季度净利润为12亿元。"  # a company is a named source: it stays
    assert trim_start(u, True) == 0


def test_a_chinese_clause_that_opens_with_this_starts_no_bullet():
    from citebrief.engines.spans import starts

    s = "仅上一财年的补充预算中就有约1.5万亿日元用于半导体，这是政府承诺投入逾10万亿日元的一部分。"
    assert not starts(s, True)
    t = "公司前三季度营业收入为812亿元，其中海外收入为210亿元。"  # 'of which' opens a clause of its own
    assert starts(t, True) == [t.index("其中")]


def test_a_share_of_a_total_starts_no_bullet():
    from citebrief.engines.spans import starts

    s = "我国与东盟贸易总值为5.1万亿元，增长7.9%，占外贸总值的15.8%。"
    assert s.index("占") not in starts(s, True)


def test_a_consensus_figure_weighs_as_a_base():
    s = "Revenue rose to $41.2 billion, beating estimates of $40.1 billion."
    assert ex._is_base(s, s.index("$40.1"), False) and not ex._is_base(s, s.index("$41.2"), False)
    p = "出口增长4.1%，低于市场预期的5.2%。"
    assert ex._is_base(p, p.index("5.2"), True)
    t = "The company expects revenue of $9 billion."
    assert not ex._is_base(t, t.index("$9"), False)
