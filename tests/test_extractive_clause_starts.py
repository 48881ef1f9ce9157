"""Where a budgeted bullet may start inside a sentence (engines/spans.py, extractive._may_skip):
a clause that names its metric before its figure, skipping no speaker and no period it needs."""
from citebrief.engines.extractive import _is_change, _may_skip
from citebrief.engines.spans import cut_points, starts


def test_a_chinese_clause_naming_its_metric_before_its_figure_may_start_a_bullet():
    s = "兴华银行10月29日晚间披露三季报，第三季度实现营业收入540.3亿元，同比增长0.8%"
    begins = starts(s, True)
    assert s.index("第三季度") in begins
    assert s.index("同比") not in begins  # a bare change has no metric of its own


def test_a_span_may_skip_an_announcement_day_but_not_a_period_or_a_speaker():
    p = "兴华银行10月29日晚间披露三季报，今年前三季度实现营业收入1,652.8亿元；归属于母公司股东的净利润为612.5亿元"
    assert _may_skip(p, 0, p.index("今年"), True)  # only the day of the report is left out
    assert not _may_skip(p, 0, p.index("归属于"), True)  # the figure's period would be lost
    q = "单看第三季，东洋海运营收为新台币1,048亿元，季减6.7%，稅後純益為新台幣402億元"
    assert not _may_skip(q, 0, q.index("稅後"), True)
    r = "嘉源国际分析师认为，新车型放量将推动公司毛利率回升，目标价上调至175港元"
    assert not _may_skip(r, 0, r.index("目标价"), True)  # the analyst's call stays theirs


def test_english_clause_with_its_own_subject_may_start_a_bullet():
    s = ("The combined company would produce about 1.4 million tonnes of copper a year, and Redstone "
         "expects annual pre-tax cost savings of $600 million by the end of the third year.")
    assert s.index("Redstone") in starts(s, False)


def test_a_percentage_change_is_told_from_a_level():
    p = "Total revenue rose 11% to $31.2 billion. The ratio stood at 13.9%. 营收同比增长27.5%，毛利率为24.6%"
    assert _is_change(p, p.index("11%"), False)
    assert not _is_change(p, p.index("13.9%"), False)
    assert _is_change(p, p.index("27.5%"), True)
    assert not _is_change(p, p.index("24.6%"), True)


def test_a_change_weighs_little_only_beside_a_level_in_its_sentence():
    from citebrief.article import Article
    from citebrief.engines.extractive import _groups, _sentences

    article = Article(title="Eastland", language="en", paragraphs=[
        "The Bank of Eastland raised its benchmark rate to 1.25% on Friday.",
        "Total revenue at Eastland Steel rose 11% to $31.2 billion. Core consumer prices rose 3.0% in November.",
    ])
    weights = {key: w for g in _groups(article, _sentences(article), False) for _, key, w, _ in g.atoms}
    assert weights["11%"] < weights["$31.2billion"] / 3  # the level beside it is the news
    assert weights["3.0%"] > weights["11%"]  # alone in its sentence, the change is the news


def test_deferred_skip_checks_choose_the_same_spans(monkeypatch):
    # The engine leaves each clause start's check to the moment a bullet would start there;
    # the spans chosen are those of checking every start up front. (At that moment the check
    # also knows the Core Viewpoint, which may state a period the start skips: that rule is
    # tested in test_extractive_spans.py; here it is held off, to compare the deferral alone.)
    from bench._articles import generate_articles
    from citebrief.engines.extractive import _Group, _groups, _select, _sentences
    from citebrief.text.script import is_chinese

    usable = _Group.usable
    monkeypatch.setattr(_Group, "usable", lambda self, stated="": usable(self))

    for article in generate_articles(30, seed=11):
        chinese = is_chinese(article.language)
        units = _sentences(article)
        picked = []
        for defer in (False, True):
            groups = _groups(article, units, chinese, defer=defer)
            _, _, chosen = _select(groups, chinese, 400, 8)
            picked.append(sorted((groups[k].paragraph, groups[k].start, e) for k, e in chosen.items()))
        assert picked[0] == picked[1], article.title


def test_english_spans_may_end_before_a_comparison_a_second_predicate_or_a_reason():
    from citebrief.engines.spans import cut_points

    s = ("Revenue for the second quarter fell 6% from a year earlier to $4.38 billion, slightly below "
         "the $4.45 billion analysts had forecast.")
    assert s.index(", slightly") in cut_points(s, False)
    t = ("Maria Rossi said Harbor would cut capital spending by $600 million to about $2.4 billion, "
         "and would delay the second phase of its plant in Ohio.")
    assert t.index(", and would") in cut_points(t, False)
    u = "The automotive unit saw revenue fall 17% to $1.93 billion as European and Japanese carmakers cut inventories."
    assert u.index(" as European") in cut_points(u, False)


def test_a_figure_in_an_aside_is_not_the_paragraphs_first():
    from citebrief.article import Article
    from citebrief.engines.extractive import _groups, _sentences

    article = Article(title="Harbor", language="en", paragraphs=[
        "Harbor Semiconductor cut its revenue forecast to $18.2 billion on Thursday.",
        "The automotive unit, which accounts for about 44% of sales, saw revenue fall 17% to $1.93 billion.",
    ])
    weights = {key: w for g in _groups(article, _sentences(article), False) for _, key, w, _ in g.atoms}
    assert weights["$1.93billion"] > weights["44%"]


def test_a_title_before_a_verb_is_no_person():
    from citebrief.engines.ranking import fact_atoms

    assert not [a for a in fact_atoms("部分分析師警告明年運價恐面臨下行壓力", True) if a[0] == "person"]
    assert [a for a in fact_atoms("首席经济学家陈立新表示", True) if a[0] == "person"]


def test_a_subordinate_clause_with_its_own_subject_may_start_a_bullet_after_a_short_main_clause():
    s = "Her departure comes as Valdor's deliveries in China fell 18% in the first half to 412,000 vehicles."
    assert s.index("Valdor's") in starts(s, False)
    assert s.index(" as Valdor's") not in cut_points(s, False)  # 'Her departure comes' is no bullet
    t = "Shares fell as the company's deliveries in China dropped 18% to 412,000 vehicles."
    assert t.index("the company's") in starts(t, False)
