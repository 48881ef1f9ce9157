"""Where a budgeted bullet may end (engines/spans.py, data/lead_ins.tsv) and what counts as a
figure in it: what a reader of the default brief sees."""
from citebrief.article import Article
from citebrief.engines.ranking import fact_atoms
from citebrief.engines.spans import cut_points, introduces


def test_an_english_bullet_may_end_before_a_comparison_base_but_keeps_a_year():
    s = "Group operating margin dropped to 4.2% in the second quarter from 7.9% a year earlier."
    assert s.index(" from 7.9%") in cut_points(s, False)
    t = "Chief executive Marcus Hale said the acquisition would add to earnings from 2028."
    assert t.index(" from 2028") not in cut_points(t, False)  # 'from 2028' is when, not a base


def test_an_english_bullet_may_end_before_the_occasion_of_a_statement_or_an_aside():
    s = ('"The board thanks Ingrid for her commitment," supervisory board chair Klaus Wernicke said '
         'in a statement.')
    assert s.index(" in a statement") in cut_points(s, False)
    t = "Bluepeak will pay $92 a share, a 47% premium to Corvane's closing price on Friday."
    assert t.index(", a 47%") in cut_points(t, False)


def test_a_chinese_bullet_never_ends_on_the_forecaster_alone():
    p = "华信证券首席经济学家李思远估计，首付比例下调可能带动四季度新房销售环比回升约8%"
    assert introduces(p, 0, p.index("，"))


def test_a_chinese_index_level_is_a_figure_but_a_clock_time_is_not():
    figures = [key for kind, key, _, _ in fact_atoms("上证指数涨1.04%，报3512.37点，收在27,218.64點", True)
               if kind == "figure"]
    assert figures == ["1.04%", "3512.37点", "27,218.64點"]
    assert not [a for a in fact_atoms("公司定于下午3点召开发布会", True) if a[0] == "figure"]


def test_an_index_level_weighs_as_the_news_and_its_move_in_points_as_a_change():
    from citebrief.engines.extractive import _groups, _sentences

    article = Article(title="港股收盘", language="zh-Hans", paragraphs=[
        "8月20日，A股三大指数全天震荡走高，截至收盘，上证指数涨1.04%，报3512.37点。",
        "港股方面，恒生指数收涨0.87%，报25,165.9点；櫃買指數終場上漲3.62點，收在268.45點。",
    ])
    weights = {key: w for g in _groups(article, _sentences(article), True) for _, key, w, _ in g.atoms}
    assert weights["3.62點"] < weights["268.45點"] / 3  # a move in points is a change, the level the news
    assert "25,165.9点" in weights and "3512.37点" in weights  # levels with a thousands comma or a decimal


def test_an_english_bullet_may_end_before_where_the_shares_traded_but_keeps_its_date():
    s = "Valdor shares rose 2.4% to 86.52 euros in early Frankfurt trading."
    assert s.index(" in early Frankfurt trading") in cut_points(s, False)
    t = "Northgate's shares rose 6.8% before the bell on Wednesday."
    assert t.index(" before the bell") in cut_points(t, False)
    u = "Shares in Kestrel rose 2.7% in the first half of trading on Monday."
    assert u.index(" in the first half") not in cut_points(u, False)  # a period, not a trading session


def test_a_chinese_purpose_or_topic_clause_without_a_figure_is_trimmed_but_a_period_stays():
    from citebrief.engines.spans import trim_start

    s = "為因應運力需求，東洋海運去年底宣布訂造12艘貨櫃船，總金額約32億美元。"
    assert s[trim_start(s, True):].startswith("東洋海運")
    t = "對於新台幣匯率，央行指出，今年以來新台幣兌美元升值約7.4%。"
    assert t[trim_start(t, True):].startswith("央行指出")  # the speaker stays
    u = "为2025年目标，公司计划将产能提升至200GWh。"
    assert trim_start(u, True) == 0  # a clause with a figure (a year) is no mere purpose


# -- 2026-12-01: shorter spans and what a figure weighs (docs/evals/2026-12-01-coverage-5.md) --------

def _weights(paragraphs: list[str], chinese: bool = True) -> dict[str, float]:
    from citebrief.engines.extractive import _groups, _sentences

    article = Article(title="t", language="zh-Hans" if chinese else "en", paragraphs=paragraphs)
    return {key: w for g in _groups(article, _sentences(article), chinese) for _, key, w, _ in g.atoms}


def test_a_level_reached_outweighs_the_change_and_the_base_it_came_from():
    w = _weights(["监管部门决定将准备金提存比率由目前的0.9%调降至0.5%，自明年起执行。",
                  "该指数终场上涨88.2点，涨幅1.37%，收在6,512.4点。",
                  "公司预估第四季营收将季增6%至9%，毛利率介于41%至43%之间。"])
    assert w["0.9%"] < w["0.5%"] / 2  # '降至0.5%' is where it went
    assert w["1.37%"] < w["6,512.4点"] / 2  # '涨幅' is the size of a move
    assert w["43%"] < w["41%"]  # a range's second end adds little to its first
    # (A change's range, '季增6%至9%', has both ends weighed about alike since the 2026-12-05 refit.)


def test_a_count_of_months_after_qian_is_the_period_not_a_figure():
    w = _weights(["今年前7个月，全省新建住宅销售面积为812万平方米；库存去化周期已达19个月。"])
    assert "7个" not in w and "812万" in w
    assert "19个" in w  # a duration is a figure


def test_an_english_base_after_from_weighs_as_a_change():
    w = _weights(["Lumora lowered its forecast to $2.1 billion from $2.4 billion on Monday."], chinese=False)
    assert w["$2.4billion"] < w["$2.1billion"] / 2


def test_a_clause_start_may_skip_a_period_the_core_viewpoint_states_in_the_same_words():
    from citebrief.engines.extractive import _SkipCheck

    p = "今年前三季度，青岚能源实现营业收入88.6亿元，同比增长9.1%；归属于母公司股东的净利润为7.2亿元。"
    start = p.index("归属于")
    check = _SkipCheck(p, 0, start, True)
    assert not check.allows(start)  # alone, '净利润为7.2亿元' would lose its period
    assert _SkipCheck(p, 0, start, True).allows(start, "青岚能源公布三季报，今年前三季度实现营业收入88.6亿元")
    # a different period in the Core Viewpoint does not count
    assert not _SkipCheck(p, 0, start, True).allows(start, "青岚能源公布第三季度营业收入31.0亿元")


def test_an_investor_conference_is_no_speaker_a_clause_start_must_keep():
    from citebrief.engines.extractive import _SkipCheck

    p = "星澄半導體15日召開法說會，公布第三季營收新台幣912億元；每股純益4.36元。"
    start = p.index("每股純益")
    assert _SkipCheck(p, 0, start, True).allows(start, "星澄半導體15日召開法說會，公布第三季營收新台幣912億元")
    q = "董事長陳立群說，第三季營收新台幣912億元；每股純益4.36元。"
    assert not _SkipCheck(q, 0, q.index("每股純益"), True).allows(q.index("每股純益"), q)  # a speaker stays


def test_a_clause_naming_total_trade_may_start_a_span():
    from citebrief.engines.spans import starts

    s = "前9个月欧盟仍是该省第一大贸易伙伴，双方贸易总值为1.12万亿元，增长4.4%。"
    assert s.index("双方") in starts(s, True)


def test_unnamed_speakers_and_data_sources_are_trimmed_but_a_named_speaker_stays():
    from citebrief.engines.spans import trim_start

    s = "A finance ministry official said the budget gap would narrow to about 3.1% of GDP next year."
    assert s[trim_start(s, False):].startswith("the budget gap would narrow")
    t = "Finance Minister Olga Brenner said the budget gap would narrow to about 3.1% of GDP next year."
    assert trim_start(t, False) == 0
    for lead, rest in (("也有业内人士提醒，", "中小银行净息差仍承压"), ("公告同时显示，", "公司聘任林晓为财务总监"),
                       ("行业协会统计，", "今年全国储能装机将增长约35%")):
        u = lead + rest
        assert u[trim_start(u, True):] == rest, u


def test_an_english_bullet_may_end_before_terms_a_premium_base_or_a_second_predicate():
    s = "The regional government has approved grants of 310 million euros for the plant under EU state aid rules."
    assert s.index(" under EU") in cut_points(s, False)
    t = "Lumora will pay $48 a share, a 29% premium to Ardent's closing price on Tuesday."
    assert t.index(" to Ardent's") in cut_points(t, False)
    u = "Lumora's net debt stood at $4.1 billion at the end of June and is expected to peak in 2027."
    assert u.index(" and is expected") in cut_points(u, False)
    v = "Core inflation rose 2.6% in October from a year earlier, official data showed."
    assert v.index(", official data showed") in cut_points(v, False)


def test_an_english_bullet_never_ends_on_a_bare_down():
    s = "Lumora cut its annual sales forecast to $7.1 billion, down from a previous range of $7.6 billion to $7.9 billion."
    cuts = cut_points(s, False)
    assert s.index(", down") in cuts and s.index(" from a previous") not in cuts



def test_a_hong_kong_interim_or_final_dividend_clause_may_start_a_span():
    from citebrief.engines.spans import starts

    s = "集團期內股東應佔溢利為21.6億元，每股盈利0.83元；派中期息每股0.25元，按年持平。"
    assert s.index("派中期息") in starts(s, True)
    t = "全年股東應佔溢利為58.2億元，每股盈利2.1元；派末期息每股0.62元。"
    assert t.index("派末期息") in starts(t, True)


def test_chinese_report_and_summary_lead_ins_are_trimmed_but_a_named_analyst_stays():
    from citebrief.engines.spans import trim_start

    for lead, rest in (("据悉，", "安澜能源拟投资45亿元建设储能电站"), ("據了解，", "遠岫電子第三季營收為新台幣512億元"),
                       ("具体来看，", "新能源汽车销量为38万辆"), ("整體而言，", "壽險業前三季稅前損益為1,230億元"),
                       ("值得关注的是，", "经营活动现金流净额为-8.6亿元"), ("公司公告称，", "拟以12.5亿元收购星衡科技51%股权"),
                       ("根据公告，", "交易对价为52亿元"), ("另据海关总署数据，", "前10个月出口总值为21.6万亿元"),
                       ("公司同时宣布，", "拟每10股派发现金红利5元"), ("報導指出，", "遠岫電子10月營收為新台幣301億元")):
        u = lead + rest
        assert u[trim_start(u, True):] == rest, u
    named = "华信证券首席经济学家李思远认为，明年GDP增速约为4.8%"
    assert trim_start(named, True) == 0


def test_english_data_sources_are_trimmed_and_the_statement_words_go_with_the_company():
    from citebrief.engines.spans import trim_start

    s = "According to LSEG data, analysts had on average expected revenue of $10.1 billion."
    assert s[trim_start(s, False):].startswith("analysts had on average expected")
    t = "According to a Harbor Wire poll of economists, the bank is expected to cut rates by 25 basis points."
    assert t[trim_start(t, False):].startswith("the bank is expected")
    # Not a bullet opening 'in a statement that it would ...'
    u = "The company said in a statement that it would buy back up to $5 billion of its shares."
    assert u[trim_start(u, False):].startswith("it would buy back")
    v = "Sales in China fell 9% to $3.1 billion, LSEG data showed."
    assert v.index(", LSEG data showed") in cut_points(v, False)


def test_an_english_clause_that_names_its_metric_may_be_a_bullet_of_its_own():
    from citebrief.engines.spans import starts

    s = "Lumora reported revenue of 12.3 billion yuan for the quarter, up 15% year on year, while net profit rose 22% to 2.1 billion yuan."
    assert s.index("net profit rose") in starts(s, False)
    t = "Ardent's net income climbed 12% to $2.3 billion, and adjusted earnings per share were $1.45, beating estimates."
    assert t.index("adjusted earnings per share") in starts(t, False)
    assert t.index(", and adjusted") in cut_points(t, False)
    u = "Ardent's revenue rose 5% to $10.2 billion and operating profit fell 3% to $1.1 billion."
    assert u.index("operating profit fell") in starts(u, False)
    assert u.index(" and operating") in cut_points(u, False)
    # No metric of its own (a list's last item, a verb): no start there
    v = "Ardent sells chips to carmakers, phone makers and industrial customers in 40 countries."
    w = "Ardent cut 1,200 jobs last year and delivered 412,000 vehicles in the first half."
    assert not starts(v, False) and w.index("delivered") not in starts(w, False)


def test_a_board_secretary_and_a_chief_investment_officer_are_people_the_brief_weighs():
    people = [key for kind, key, _, _ in fact_atoms("公司董事会秘书宋嘉言在业绩说明会上表示，全年分红比例将不低于30%", True)
              if kind == "person"]
    assert people == ["宋嘉"]  # a Chinese person is keyed by the name's first two characters
    english = [key for kind, key, _, _ in fact_atoms(
        "Its chief investment officer, Marta Lindqvist, will join the Ardent board.", False) if kind == "person"]
    assert english == ["Marta Lindqvist"]
