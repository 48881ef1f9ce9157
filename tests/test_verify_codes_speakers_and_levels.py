"""Product codes as what a price is of, whose speech runs to the full stop, a guidance kept, a level
restated per share, margins that improve, units of cable and rubber, a month alone against its quarter,
a year as a whole, subsidiaries, leverage gauges and net cash. Each case sets a correct claim against
a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from datetime import datetime

from citebrief.article import Article
from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_a_product_code_is_what_its_price_is_of():
    art = article("价格方面，11月R410A均价为4.36万元/吨，环比上涨2.1%；R125均价为3.92万元/吨，环比下跌0.8%。", title="制冷剂")
    assert status("R410A averaged 43,600 yuan a tonne in November, up 2.1% from October.", [1], art) == "supported"
    assert status("R125 averaged 43,600 yuan a tonne in November, up 2.1% from October.", [1], art) == "unsupported"
    # A code against a glossary word says nothing: '制冷剂' is no contradiction of 'R410A'.
    assert status("Refrigerant R410A averaged 43,600 yuan a tonne in November.", [1], art) == "supported"


def test_styrene_butadiene_rubber_is_not_natural_rubber_and_a_metric_ton_is_a_tonne():
    art = article("原料方面，天然橡膠（RSS3）11月均價為每公噸1,742美元；丁苯橡膠均價每公噸1,508美元；碳黑每公噸1,096美元。",
                  title="輪胎")
    assert status("Styrene-butadiene rubber averaged US$1,508 a tonne in November.", [1], art) == "supported"
    assert status("Styrene-butadiene rubber averaged US$1,742 a tonne in November.", [1], art) == "unsupported"
    assert status("Carbon black cost US$1,096 a tonne in November.", [1], art) == "supported"
    assert status("Carbon black cost US$1,096 a kilogram in November.", [1], art) == "unsupported"


def test_a_price_per_core_kilometre_is_not_per_kilometre():
    art = article("中国电信本次集采中标含税均价为每芯公里58.3元，较上一期上涨9.6%。", title="光纤")
    assert status("China Telecom's tender price averaged 58.3 yuan per core-kilometre.", [1], art) == "supported"
    assert status("China Telecom's tender price averaged 58.3 yuan per kilometre of cable.", [1], art) == "unsupported"


def test_a_finance_director_speaks_to_the_full_stop():
    art = article("总经理吴立新称，四季度产品价格已上调。财务总监邵敏介绍，截至9月末公司资产负债率为41.2%，较上年末下降1.5个百分点；"
                  "公司今年资本开支约36亿元，明年计划降至30亿元。", title="化工")
    assert status("Finance director Shao Min said capital spending would fall to 3 billion yuan next year from "
                  "3.6 billion yuan this year.", [1], art) == "supported"
    assert status("General manager Wu Lixin said capital spending would fall to 3 billion yuan next year from "
                  "3.6 billion yuan this year.", [1], art) == "unsupported"


def test_an_officer_who_keeps_guidance_says_it_and_a_while_clause_has_its_own_speaker():
    art = article("Managing director and chief executive Paul Hennessy kept full-year gold guidance at 640,000 ounces, "
                  "while chief operating officer Rhea Lindqvist said the new mill would reach its design rate in the June "
                  "quarter of 2027.", title="Gold", language="en")
    assert status("Managing director Paul Hennessy kept full-year gold guidance at 640,000 ounces.", [1], art) \
        == "supported"
    assert status("Chief operating officer Rhea Lindqvist kept full-year gold guidance at 640,000 ounces.", [1], art) \
        == "unsupported"


def test_guidance_kept_of_a_range_was_not_cut():
    art = article("Chief executive Meera Anand kept the guidance of 410-430 million tonnes of cargo for the year ending "
                  "March 2027.", title="Ports", language="en")
    assert status("The company kept its cargo guidance at 410-430 million tonnes, CEO Meera Anand said.", [1], art) \
        == "supported"
    assert status("The company cut its cargo guidance to 410-430 million tonnes, CEO Meera Anand said.", [1], art) \
        == "unsupported"


def test_a_profit_restated_per_share_keeps_the_change_after_it():
    art = article("Kyobo Life said its third-quarter net profit fell 18.2% on-year to 241.5 billion won, or 2,350 won "
                  "a share, but rose 7.4% from the second quarter.", title="Insurers", language="en")
    assert status("Kyobo Life's third-quarter net profit fell 18.2% to 241.5 billion won but rose 7.4% from the "
                  "second quarter.", [1], art) == "supported"
    assert status("Kyobo Life's third-quarter net profit fell 18.2% to 241.5 billion won but rose 7.9% from the "
                  "second quarter.", [1], art) == "unsupported"


def test_earning_so_much_a_share_is_earnings_per_share_beside_a_dividend():
    art = article("公司上半年每股基本盈利0.36元，董事会宣派中期股息每股0.15港元。", title="乳业")
    assert status("It declared an interim dividend of HK$0.15 a share after earning 0.36 yuan a share in the first "
                  "half.", [1], art) == "supported"
    assert status("It declared an interim dividend of HK$0.36 a share in the first half.", [1], art) == "unsupported"


def test_a_margin_that_improved_rose_unless_lower_is_better():
    art = article("公司上半年毛利率为52.4%，同比下降0.9个百分点；综合成本率为96.1%，同比下降1.2个百分点。", title="测试")
    assert status("Its first-half gross margin fell 0.9 percentage points on the year to 52.4%.", [1], art) \
        == "supported"
    assert status("Its first-half gross margin improved 0.9 percentage points on the year to 52.4%.", [1], art) \
        == "unsupported"
    assert status("Its combined ratio improved 1.2 percentage points on the year to 96.1%.", [1], art) == "supported"


def test_a_negative_margin_that_rose_toward_zero_improved():
    art = article("Its contribution margin improved to minus 2.6 per cent of GOV from minus 4.1 per cent in the "
                  "previous quarter.", title="Quick commerce", language="en")
    assert status("Its contribution margin improved by 1.5 percentage points to minus 2.6% of GOV.", [1], art) \
        == "supported"
    assert status("Its contribution margin worsened by 1.5 percentage points to minus 2.6% of GOV.", [1], art) \
        == "unsupported"


def test_a_months_own_figure_is_not_its_quarters():
    art = article("三季度，全国新建5G基站21.5万个；其中9月单月新建7.3万个，同比增长4.1%。", title="通信")
    assert status("China built 73,000 5G base stations in September alone, up 4.1% on the year.", [1], art) \
        == "supported"
    assert status("China built 73,000 5G base stations in the third quarter, up 4.1% on the year.", [1], art) \
        == "unsupported"


def test_a_year_as_a_whole_is_not_its_december():
    art = article("2026年全国民航完成旅客运输量7.62亿人次，同比增长6.3%。其中，12月旅客运输量为6,210万人次，同比增长8.8%。",
                  title="民航")
    assert status("Air passenger trips rose 6.3% on year in 2026 as a whole.", [1], art) == "supported"
    assert status("Air passenger trips rose 8.8% on year in 2026 as a whole.", [1], art) == "unsupported"


def test_a_subsidiary_named_after_the_word_for_it_owns_its_figures():
    art = article("广深铁路2026年归母净利润为14.6亿元。全资子公司羊城铁路公司全年实现净利润2.35亿元，上年同期为亏损0.88亿元。",
                  title="铁路")
    assert status("Guangshen Railway's net profit attributable to shareholders was 1.46 billion yuan in 2026.", [1], art) \
        == "supported"
    assert status("Guangshen Railway's net profit was 235 million yuan in 2026.", [1], art) == "unsupported"


def test_net_debt_to_ebitda_is_not_debt_to_equity_and_net_cash_is_not_cash():
    art = article("Chief financial officer Lena Ruiz said net debt fell to 8,420 crore rupees at the end of September, "
                  "bringing net debt to Ebitda down to 0.81 times. The group held cash and bullion of A$2.04 billion "
                  "and net cash of A$1.37 billion.", title="Leverage", language="en")
    assert status("Net debt to Ebitda fell to 0.81 times at the end of September.", [1], art) == "supported"
    assert status("The net debt to equity ratio fell to 0.81 times at the end of September.", [1], art) \
        == "unsupported"
    assert status("The group had net cash of A$1.37 billion.", [1], art) == "supported"
    assert status("The group had net cash of A$2.04 billion.", [1], art) == "unsupported"


def test_a_compared_year_is_the_one_before_the_year_the_paragraph_names():
    art = dated("正新截至2026年9月末資產負債比率為36.9%，較上年末下降1.4個百分點。", when="2027-01-11 08:00", title="輪胎")
    assert status("Its debt ratio was 36.9% at end-September 2026, 1.4 percentage points lower than at the end of "
                  "2025.", [1], art) == "supported"
    assert status("Its debt ratio was 36.9% at end-September 2026, 1.4 percentage points lower than at the end of "
                  "2024.", [1], art) == "unsupported"


def test_a_traditional_story_is_placed_by_how_it_writes_a_change():
    # No source and no dollar named: 年增 / 月增 is Taipei's way, so a bare 元 is NT$ and Taiwan is home.
    art = Article(title="觀光", paragraphs=["10月來台旅客82.1萬人次，年增7.9%；全台觀光旅館平均房價每晚4,920元，年增3.3%。"],
                  language="und", published_at=datetime(2026, 11, 12, 9, 0))
    assert check_claim("Taiwan received 821,000 visitor arrivals in October, up 7.9% on the year.", [1], art).status \
        == "supported"
    assert check_claim("Hotels averaged NT$4,920 a night in October.", [1], art).status == "supported"
    assert check_claim("Hotels averaged HK$4,920 a night in October.", [1], art).status == "unsupported"


def test_a_country_of_origin_the_gazetteer_knows_is_checked():
    art = article("从来源地看，1-10月自新西兰进口的婴配粉占进口总量的44.8%；自荷兰进口占比为23.1%。", title="婴配粉")
    assert status("New Zealand supplied 44.8% of China's infant formula imports in January-October.", [1], art) \
        == "supported"
    assert status("The Netherlands supplied 44.8% of China's infant formula imports in January-October.", [1], art) \
        == "unsupported"


def test_a_province_opening_an_unknown_company_name_is_part_of_the_name():
    art = article("三美股份前三季度归母净利润14.28亿元，同比增长168.9%。", title="制冷剂")
    # 'Zhejiang Gaoke' is a name the gazetteer lacks: not found where the paragraph names another company,
    # so unsupported as a company's name, and no wrong place.
    from citebrief.verify import check_claim

    gaoke = check_claim("Zhejiang Gaoke's nine-month net profit rose 168.9% to 1.428 billion yuan.", [1], art)
    assert gaoke.status == "unsupported" and all("'Zhejiang' " not in p for p in gaoke.problems)
    assert any("'Zhejiang Gaoke'" in p for p in gaoke.problems)
    assert status("Zhejiang Sanmei's nine-month net profit rose 168.9% to 1.428 billion yuan.", [1], art) == "supported"
    assert status("Jiangsu's nine-month net profit rose 168.9% to 1.428 billion yuan.", [1], art) == "unsupported"


def test_a_hotel_groups_food_and_beverage_line_is_its_own_item_not_a_company():
    art = article("晶華11月合併營收8.12億元，年增9.1%；其中餐飲營收3.96億元，年增5.8%，占合併營收的48.8%；"
                  "客房營收2.87億元，年增12.4%。", title="觀光")
    assert status("FIH's food and beverage revenue rose 5.8% on the year to NT$396 million in November, 48.8% of "
                  "the total.", [1], art) == "supported"
    assert status("FIH's room revenue rose 5.8% on the year to NT$396 million in November.", [1], art) \
        == "unsupported"
