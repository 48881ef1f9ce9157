"""Whose shares hit the daily limit; spans of months written with their year or by the month they
end in ('July-September 2026', 'the September quarter', 'its half to end-September'); a fiscal
year that frames a half; ranges that share a currency and a scale; units a sentence leaves out;
'made up 30%' and 'up to 5 million' as no rises; an analyst's firm as no owner of a forecast; a
company the paragraph calls 'the company'. Each case sets a correct claim against a wrong one.
Companies are real, figures and sentences are ours."""
from __future__ import annotations

from citebrief.facts.atoms import prepare, read
from citebrief.facts.quantities import find_quantities
from citebrief.facts.temporal import find_temporals
from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_a_limit_move_belongs_to_the_company_named_with_it():
    art = dated("昨日（16日）二级市场上，太阳纸业收于15.62元，上涨3.79%；山鹰国际涨停，收于2.31元；晨鸣纸业则下跌1.85%，收于3.18元。",
                when="2026-11-17 09:00")
    assert status("Shanying International closed limit-up on Nov. 16.", [1], art) == "supported"
    wrong = check_claim("Chenming Paper hit its daily limit on Nov. 16.", [1], art)
    assert wrong.status == "unsupported"
    assert any("山鹰国际" in p and "Chenming Paper" in p for p in wrong.problems)


def test_month_spans_with_a_year_and_quarters_named_by_their_last_month():
    keys = {t.key for t in find_temporals("net profit for July-September 2026 rose")[0]}
    assert {"Q3", "2026"} <= keys and "M9" not in keys
    assert {t.key for t in find_temporals("volume grew in the September quarter")[0]} == {"Q3"}
    art = article("新东方2027财年第一财季(即2026年6月至8月)净营收为15.86亿美元，同比增长8.7%。", title="新东方业绩")
    assert status("New Oriental's net revenue for June-August 2026 rose 8.7% on year.", [1], art) == "supported"
    assert status("New Oriental's net revenue for July-September 2026 rose 8.7% on year.", [1], art) == "unsupported"


def test_a_half_to_a_month_is_the_fiscal_half():
    art = article("太阳诱电10月30日公布，上半财年营收同比增长7.4%，并上调全年预测。", title="日系同业")
    assert status("Taiyo Yuden's revenue for its half to end-September rose 7.4%.", [1], art) == "supported"
    assert status("Taiyo Yuden's revenue for its half to end-September rose 4.7%.", [1], art) == "unsupported"


def test_the_fiscal_year_that_frames_a_half_is_not_the_figure_period():
    art = article("Tokio Marine Holdings said its net profit for the April-September first half of the fiscal year "
                  "ending March 2027 rose 18.4% from a year earlier to ¥742.6 billion.", title="Tokio Marine", language="en")
    assert status("Tokio Marine's net profit for April-September rose 18.4% on year to ¥742.6 billion.", [1], art) == \
        "supported"
    assert status("Tokio Marine's net profit for October-March rose 18.4% on year to ¥742.6 billion.", [1], art) == \
        "unsupported"


def test_a_range_shares_its_currency_and_scale():
    low, high = find_quantities("capex of $5-6 billion")
    assert (low.unit, low.value, high.unit, high.value) == ("USD", 5e9, "USD", 6e9)
    art = article("Managing director Harish Ramakrishnan said Polycab would spend ₹1,200-1,400 crore on new capacity.",
                  title="Polycab", language="en")
    assert status("Polycab plans to spend ₹1,200-1,400 crore on new capacity.", [1], art) == "supported"
    assert status("Polycab plans to spend ₹2,200-2,400 crore on new capacity.", [1], art) == "unsupported"


def test_a_bare_scaled_number_takes_the_unit_of_the_figure_before_it():
    kinds = [(q.text, q.unit) for q in find_quantities("output of 21.8 million tonnes, up from 20.1 million a year earlier")]
    assert kinds == [("21.8 million tonnes", "t"), ("20.1 million", "t")]
    # ('4.04万亿立方英尺': a unit the reader lacks is not left out.)
    assert [q.unit for q in find_quantities("原油产量7.12亿桶，天然气产量4.04万亿立方英尺")] == ["bbl", None]


def test_made_up_and_up_to_are_no_rises():
    shares = read(prepare("Foreign-trade cargo made up about 30.7% of throughput."), prepared=True)
    assert shares.figures[0].direction is None
    cap = read(prepare("It will buy back up to 5 million shares."), prepared=True)
    assert cap.figures[0].direction is None
    assert read(prepare("Revenue was up 5% on year."), prepared=True).figures[0].direction == "up"


def test_an_analysts_firm_owns_no_forecast():
    art = article("Kanokwan Srisuk of Kasikorn Securities raised her BDMS target price to 30 baht from 28 baht and "
                  "forecast 2026 net profit of 17.6 billion baht.", title="BDMS", language="en")
    assert status("Kanokwan Srisuk's 2026 net profit forecast for BDMS is 17.6 billion baht.", [1], art) == "supported"
    assert status("Kanokwan Srisuk's 2026 net profit forecast for BDMS is 16.7 billion baht.", [1], art) == "unsupported"


def test_the_company_spoken_of_is_no_name_of_its_own():
    art = article("中国铝业董事长何文建表示，目前公司电解铝产能中使用水电等清洁能源的比例已提升至47%。", title="中国铝业")
    assert status("Clean energy supplies 47% of Chalco's smelting capacity.", [1], art) == "supported"
    assert status("Clean energy supplies 74% of Chalco's smelting capacity.", [1], art) == "unsupported"


def test_a_company_named_before_is_the_one_a_paragraph_calls_the_company():
    art = article("Matsukiyo Cocokara & Co. said its net profit for the April-September half rose 11.8% to ¥32.46 billion.",
                  "The company raised its full-year net profit forecast to ¥62.0 billion from ¥58.5 billion.",
                  title="Matsukiyo Cocokara", language="en")
    assert status("Matsukiyo Cocokara raised its full-year net profit forecast to ¥62.0 billion.", [2], art) == "supported"
    assert status("Matsukiyo Cocokara raised its full-year net profit forecast to ¥26.0 billion.", [2], art) == "unsupported"


def test_a_change_and_its_level_joined_by_at():
    art = article("Shanying International's nine-month net profit rose 41.7% to 264 million yuan, while revenue rose 3.1% "
                  "to 22.671 billion yuan.", title="Paper", language="en")
    assert status("Shanying's net profit rose 41.7% to 264 million yuan, on revenue up 3.1% at 22.671 billion yuan.",
                  [1], art) == "supported"
    wrong = check_claim("Shanying's net profit rose 3.1% to 264 million yuan, on revenue up 41.7% at 22.671 billion yuan.",
                        [1], art)
    assert wrong.status == "unsupported"


def test_a_chinese_company_in_pinyin_the_story_never_reads_is_not_its_company():
    art = article("南山铝业前三季度归母净利润为39.82亿元；中孚实业归母净利润为7.36亿元，同比增长42.5%。", title="铝企三季报")
    assert status("Nanshan Aluminium's net profit for the first nine months was 3.982 billion yuan.", [1], art) == "supported"
    wrong = check_claim("Jiaozuo Wanfang's net profit for the first nine months rose 42.5% to 736 million yuan.", [1], art)
    assert wrong.status == "unsupported"
    assert any("Jiaozuo Wanfang" in p for p in wrong.problems)


def test_a_company_word_is_no_name_shared_with_another_company():
    art = article("Kansai Nerolac Paints posted a 6.8 per cent fall in net profit to ₹142.3 crore, while Indigo Paints' "
                  "net profit rose 27.3 per cent to ₹41.8 crore.", title="Paint makers", language="en")
    assert status("Indigo Paints' net profit rose 27.3% to ₹41.8 crore.", [1], art) == "supported"
    assert status("Shalimar Paints' net profit rose 27.3% to ₹41.8 crore.", [1], art) == "unsupported"


def test_a_relative_clause_names_no_owner_of_the_figures_after_it():
    art = article("Australian-listed Nickel Industries, which runs its smelters in the Indonesia Morowali Industrial Park, "
                  "said its nickel metal output fell 3.8 per cent on quarter to 34,620 tonnes in the September quarter.",
                  title="Nickel", language="en")
    assert status("Nickel Industries' nickel output fell 3.8% on quarter to 34,620 tonnes.", [1], art) == "supported"
    assert status("Nickel Industries' nickel output rose 3.8% on quarter to 34,620 tonnes.", [1], art) == "unsupported"


def test_a_place_written_after_its_figure_is_its_place():
    art = article("周生生第三季度珠宝零售同店销售内地按年下跌4.7%，香港及澳门则上升11.3%。", title="周生生")
    assert status("Chow Sang Sang's same-store sales fell 4.7% on the mainland and rose 11.3% in Hong Kong.", [1], art) == \
        "supported"
    assert status("Chow Sang Sang's same-store sales fell 11.3% on the mainland and rose 4.7% in Hong Kong.", [1], art) == \
        "unsupported"


def test_the_body_whose_count_a_paragraph_quotes_owns_no_figure():
    art = article("美国市调机构Golf Datatech统计，9月美国高尔夫球杆零售额年增4.6%。财政部统计，前10月台湾高尔夫球具出口值为12.86亿美元，"
                  "年增7.4%。", title="球具")
    assert status("Taiwan's golf equipment exports rose 7.4% on year to US$1.286 billion in January-October.", [1], art) == \
        "supported"
    assert status("Taiwan's golf equipment exports rose 4.7% on year to US$1.286 billion in January-October.", [1], art) == \
        "unsupported"


def test_years_listed_before_a_respectively_pair_with_its_figures():
    art = article("国盛证券分析师方若琳将欧派家居目标价由68元上调至78元，预计公司2026年、2027年净利润分别为27.1亿元、29.8亿元。",
                  title="欧派家居")
    assert status("Fang forecasts Oppein's 2026 net profit at 2.71 billion yuan.", [1], art) == "supported"
    assert status("Fang forecasts Oppein's 2027 net profit at 2.71 billion yuan.", [1], art) == "unsupported"


def test_a_level_compared_with_keeps_its_period_to_itself():
    from citebrief.verify.attribution import claim_bindings

    claim = read(prepare("Liquid-cooling products rose to 38% of Asia Vital Components' revenue in the third quarter "
                         "from 31% in the second, and server-related products made up 71%."), prepared=True)
    periods = {b.figure.q.text: b.period for b in claim_bindings(claim)}
    assert periods["38%"] == "Q3" and periods["71%"] == "Q3"


def test_a_span_across_two_years_and_the_quarter_after_a_half():
    keys = {t.key for t in find_temporals("cane crushing in the October 2026-September 2027 season")[0]}
    assert {"R10-9", "2027"} <= keys
    art = article("Net profit for the April-September half rose 22.7% to ₹234.3 crore, and earnings per share for the "
                  "quarter were ₹4.28, after ₹3.10 in the July-September quarter a year earlier.", title="Balrampur",
                  language="en")
    assert status("Balrampur's quarterly earnings per share were ₹4.28.", [1], art) != "unsupported"
    assert status("Balrampur's earnings per share for October-December were ₹4.28.", [1], art) == "unsupported"


def test_an_english_company_name_against_a_taiwanese_paragraph_is_unverifiable_not_wrong():
    from datetime import datetime

    from citebrief.article import Article

    tw = Article(title="散熱廠營收", source="經濟日報", language="zh-Hant", published_at=datetime(2026, 11, 10, 9),
                 paragraphs=["超眾10月營收11.05億元，月減4.6%；健策10月營收24.36億元，年增27.2%。"])
    # A Taiwanese company's English name is a brand no reading of 健策 finds: not a wrong name.
    assert status("Jentech Precision's October revenue rose 27.2% on year.", [1], tw) != "unsupported"
    mainland = dated("太阳纸业前三季度归母净利润为28.47亿元；博汇纸业归母净利润为1.28亿元。", title="纸企三季报")
    # In a mainland story too, an English company name no reading finds may be a brand the gazetteer lacks
    # ('Sinowealth', 'Union Semiconductor'): never supported, not called wrong (since the forty-ninth session).
    assert status("Fujian Nanping Paper's nine-month net profit was 128 million yuan.", [1], mainland) == "unverifiable"
    # A name the story gives under a reading is still another company: 'Sun Paper' is 太阳纸业.
    assert status("Sun Paper's nine-month net profit was 128 million yuan.", [1], mainland) == "unsupported"


def test_an_acronym_of_a_name_read_without_its_demonym():
    from citebrief.facts.names import abbreviates

    assert abbreviates("ISMA", "Sugar & Bio-energy Manufacturers Association")
    assert abbreviates("UOB", "United Overseas Bank")
    assert not abbreviates("ISMA", "Sugar Mills Corporation")


def test_a_product_line_named_like_a_company_owns_no_later_figure():
    art = article("北方稀土公布三季报。分产品看，前三季度公司稀土氧化物销量为6.82万吨；磁性材料实现营业收入48.60亿元，同比增长21.3%。"
                  "公司前三季度毛利率为16.8%，同比提高5.9个百分点。", title="北方稀土三季报")
    assert status("Northern Rare Earth's gross margin in the first three quarters was 16.8%.", [1], art) == "supported"
    assert status("Northern Rare Earth's gross margin in the first three quarters was 18.6%.", [1], art) == "unsupported"


def test_segments_and_denominators_of_an_indian_results_story():
    art = article("Consumer electronics revenue fell 4.8% to ₹1,208 crore. Home appliances rose 12.6% to ₹742 crore. "
                  "Average sugar realisation rose 6.2% to ₹4,030 a quintal.", title="Dixon", language="en")
    assert status("Consumer electronics revenue fell 4.8%.", [1], art) == "supported"
    assert status("Home appliances revenue fell 4.8%.", [1], art) == "unsupported"
    assert status("Sugar realisation rose 6.2% to ₹4,030 a quintal.", [1], art) == "supported"
    assert status("Sugar realisation rose 6.2% to ₹4,030 a tonne.", [1], art) == "unsupported"
