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
    from citebrief.engines.extractive import W_CHANGE, _groups, _sentences

    article = Article(title="港股收盘", language="zh-Hans", paragraphs=[
        "8月20日，A股三大指数全天震荡走高，截至收盘，上证指数涨1.04%，报3512.37点。",
        "港股方面，恒生指数收涨0.87%，报25,165.9点；櫃買指數終場上漲3.62點，收在268.45點。",
    ])
    weights = {key: w for g in _groups(article, _sentences(article), True) for _, key, w, _ in g.atoms}
    assert weights["0.87%"] == W_CHANGE and weights["3.62點"] == W_CHANGE
    assert weights["25,165.9点"] > W_CHANGE and weights["268.45點"] > W_CHANGE


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
