"""Figures and periods as Asian papers write them: ringgit, rupiah, dong and peso amounts; a bare '$'
that is the paper's own dollar; a fiscal quarter 'ended Sept 30'; two months joined; a rate of
output (年产); 'for ten months'; 'for the year'. Each case sets a correct claim against a wrong one.
Companies are real, figures and sentences are ours."""
from __future__ import annotations

from datetime import datetime

from citebrief.article import Article
from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_ringgit_rupiah_dong_and_peso_amounts_are_read_and_checked():
    art = article("Kossan said net profit rose 31.4% to RM52.7 million, and its shares closed at RM1.89.",
                  "Vinh Hoan's net profit was 312.5 billion dong; Harita sold ore at Rp 1,250 per share.",
                  "Ayala's core net income was 12.3 billion pesos.", title="Results", language="en")
    assert status("Kossan's net profit rose 31.4% to RM52.7 million.", [1], art) == "supported"
    assert status("Kossan's net profit rose 31.4% to RM57.2 million.", [1], art) == "unsupported"
    assert status("Vinh Hoan's net profit was 312.5 billion dong.", [2], art) == "supported"
    assert status("Vinh Hoan's net profit was 312.5 billion rupiah.", [2], art) == "unsupported"
    assert status("Ayala's core net income was 12.3 billion pesos.", [3], art) == "supported"
    assert status("Ayala's core net income was 12.3 billion dong.", [3], art) == "unsupported"


def test_a_bare_dollar_in_a_singapore_paper_is_the_singapore_dollar():
    para = "Distributable income grew 2.1 per cent to $227.6 million, and MPACT closed at $1.47."
    local = Article(title="MPACT results", source="The Straits Times", language="en", paragraphs=[para])
    assert status("MPACT's distributable income rose 2.1% to S$227.6 million.", [1], local) == "supported"
    assert status("MPACT's distributable income rose 2.1% to US$227.6 million.", [1], local) == "unsupported"
    # In a paper of nowhere in particular, '$' stays the US dollar.
    elsewhere = Article(title="MPACT results", source="Kestrel Wire", language="en", paragraphs=[para])
    assert status("MPACT's distributable income rose 2.1% to S$227.6 million.", [1], elsewhere) == "unsupported"


def test_a_quarter_ended_in_a_month_is_also_its_calendar_months():
    art = article("Hartalega said its net profit for the second quarter ended Sept 30 rose 46.2% on-year to "
                  "RM68.4 million.", title="Hartalega", language="en")
    assert status("Hartalega's net profit for the July-September quarter rose 46.2% on year.", [1], art) == "supported"
    assert status("Hartalega's net profit for the October-December quarter rose 46.2% on year.", [1], art) == \
        "unsupported"


def test_two_months_joined_are_one_span():
    art = dated("猫眼研究院预测，按此测算，11月和12月全国票房合计需达到约76.65亿元。")
    assert status("November and December box office would need to total about 7.665 billion yuan.", [1], art) == \
        "supported"
    assert status("October box office would need to total about 7.665 billion yuan.", [1], art) == "unsupported"


def test_annual_output_written_before_the_figure_is_a_rate():
    art = dated("赛轮轮胎董事长刘燕华表示，墨西哥工厂年产600万条半钢胎项目将于明年二季度投产。")
    assert status("Sailun's Mexico plant can make 6 million half-steel tyres a year.", [1], art) == "supported"
    assert status("Sailun's Mexico plant can make 6 million half-steel tyres a month.", [1], art) == "unsupported"


def test_ten_months_and_the_year_as_english_periods():
    art = dated("1-10月，全国电影总票房累计448.35亿元；10月票房为48.62亿元。")
    assert status("Box office came to 44.835 billion yuan for ten months.", [1], art) == "supported"
    assert check_claim("Box office came to 44.835 billion yuan in October.", [1], art).status == "unsupported"
    budget = dated("9月末，公司全年资本开支预算为64亿元，前三季度已使用41.6亿元。")
    # 'for the year' keeps 'by the end of September' from being taken for the budget's period.
    assert status("The company had used 4.16 billion yuan of its 6.4 billion yuan capital spending budget for the "
                  "year by the end of September.", [1], budget) == "supported"


def test_a_quarterly_eps_is_per_share_and_of_its_period():
    art = Article(title="儒鴻第三季財報", source="經濟日報", language="zh-Hant",
                  paragraphs=["儒鴻第三季每股純益（EPS）6.51元，累計前三季EPS 17.10元。"])
    got = check_claim("Eclat earned NT$6.51 a share in the third quarter.", [1], art)
    assert got.status == "supported", got.problems


def test_a_tops_verb_is_no_ranking():
    art = article("CEO Jeong Wook said he expects fourth-quarter revenue to top 220 billion won.", title="JYP",
                  language="en")
    assert status("Jeong Wook expects fourth-quarter revenue of more than 220 billion won.", [1], art) == "supported"
    assert status("Jeong Wook expects fourth-quarter revenue of more than 250 billion won.", [1], art) == "unsupported"
    ranking = article("It is one of the top 100 developers by sales.", title="Ranking", language="en")
    assert not any(a.kind == "number" for a in check_claim("It is one of the top 100 developers.", [1],
                                                           ranking).atoms)


def test_fiscal_dates_come_from_the_dateline():
    # (The dateline matters only for relative dates here; kept explicit so the test reads alone.)
    art = Article(title="t", language="en", published_at=datetime(2026, 11, 20, 9, 0),
                  paragraphs=["Supermax said its net loss for the first quarter ended Sept 30 narrowed to RM8.6 "
                              "million from RM21.4 million a year earlier."])
    assert status("Supermax's July-September net loss narrowed to RM8.6 million from RM21.4 million.", [1], art) == \
        "supported"
    assert status("Supermax's July-September net loss narrowed to RM8.6 million from RM24.1 million.", [1], art) == \
        "unsupported"


def test_the_dateline_year_a_claim_gives_the_year_so_far():
    art = dated("报告期内，公司前三季度综合毛利率为27.3%，较上年同期下降3.8个百分点。", when="2026-11-05 09:00")
    assert status("The company's gross margin was 27.3% in the first nine months of 2026.", [1], art) == "supported"
    assert status("The company's gross margin was 27.3% in the first nine months of 2027.", [1], art) == "unsupported"
