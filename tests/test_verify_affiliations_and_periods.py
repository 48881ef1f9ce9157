"""Who a figure is of where the company is one the gazetteer lacks (named before an officer's title,
run by an operator, opened by a place), English paragraphs with Chinese glosses, dates written after a
compared level, and the units and metrics that tell one figure from another. Each case sets a correct
claim against a wrong one. Companies are real, figures and sentences are ours."""
from __future__ import annotations

from citebrief.facts.atoms import chinese_text, english_names, read
from citebrief.facts.people import people
from citebrief.facts.quantities import find_quantities
from tests.support.verify import article, dated, status


def test_an_officer_speaks_for_the_company_named_before_the_title():
    art = article("星宇冷链第三季度营业收入6.12亿元，同比增长4.1%。星宇冷链总经理陈立表示，公司泰国工厂将于明年投产。"
                  "松川制冷董事会秘书赵敏则表示，公司前三季度新签订单1.86亿元。", title="冷链设备")
    assert status("Songchuan Refrigeration's new orders reached 186 million yuan in the first nine months.", [1], art) \
        != "unsupported"
    assert status("Xingyu Cold Chain's new orders reached 186 million yuan in the first nine months.", [1], art) \
        == "unsupported"


def test_the_operator_named_before_what_it_runs_owns_nothing():
    # The operator is not whose figure it is: the ferry it runs is.
    from citebrief.facts.binding import bind
    owners = {b.subject.text for b in bind(read("由港湾集团营运的海鸥小轮10月日均载客3.26万人次，按年增加7.4%。"))
              if b.subject is not None and b.subject_sure}
    assert owners == {"海鸥小轮"}


def test_an_english_paragraph_with_chinese_glosses_is_read_as_english():
    text = ("E Ink chairman Johnny Lee (李政昊) said the new line would add monthly capacity of 30,000m2 of film in the "
            "second quarter of next year.")
    assert not chinese_text(text)
    assert chinese_text("元太董事长李政昊表示，新产线明年第二季投产。")
    art = article(text, title="E Ink capacity", language="en")
    assert status("E Ink's new line will add monthly capacity of 30,000 square metres.", [1], art) == "supported"
    assert status("E Ink's new line will add annual capacity of 30,000 square metres.", [1], art) == "unsupported"


def test_a_month_abbreviation_before_its_day_ends_no_sentence():
    from citebrief.facts.binding import SENTENCE_END

    assert not SENTENCE_END.search("reported on Oct. 30, rose 18.2 percent")
    assert SENTENCE_END.search("orders slowed in Oct. The company said")
    art = article("Net profit in the third quarter, reported on Oct. 30, rose 18.2 percent quarter-on-quarter and 9.6 "
                  "percent year-on-year to NT$1.96 billion, or earnings per share of NT$1.71. Gross margin widened 1.4 "
                  "percentage points to 51.2 percent. Net profit for the first three quarters was NT$4.88 billion, or "
                  "NT$4.26 a share.", title="Results", language="en")
    assert status("Third-quarter net profit rose 18.2% from the second quarter to NT$1.96 billion, or NT$1.71 a share.",
                  [1], art) == "supported"
    assert status("Third-quarter net profit rose 18.2% from the second quarter to NT$1.96 billion, or NT$1.71 per 10 "
                  "shares.", [1], art) == "unsupported"
    # (The aside between the metric and its verb parts nothing: the 18.2% is net profit's.)
    assert status("Third-quarter revenue rose 18.2% from the second quarter.", [1], art) == "unsupported"


def test_a_title_with_a_portfolio_keeps_the_name_apart():
    named = [p.text for p in people(read("Deputy Commissioner for Transport Chan Siu-ming said fares would rise."))]
    assert named == ["Chan Siu-ming"]
    art = article("運輸署副署長區嘉明表示，加價後約六成路線的票價增幅不超過0.5元。", title="巴士加價")
    assert status("Deputy Commissioner for Transport Au Ka-ming said fares on six in ten routes would rise by no more "
                  "than HK$0.5.", [1], art) == "supported"
    assert status("Deputy Commissioner for Transport Wong Ka-ming said fares on six in ten routes would rise by no more "
                  "than HK$0.5.", [1], art) == "unsupported"


def test_a_surname_alias_before_another_given_name_is_someone_else():
    names = english_names("Secretary-general Xi Zhenhua said demand would grow.")
    assert any("Xi Zhenhua" in n.text and n.entity is None for n in names)
    assert not any(n.entity is not None and n.entity.kind == "person" for n in names)


def test_a_lone_analyst_who_cut_his_target_speaks_for_it():
    art = article("Hiroshi Tanabe, an analyst at Orbis Securities, raised his target price for Daiichikosho to ¥2,600. "
                  "Aya Kudo of Naito Securities cut her target for Koshidaka to ¥1,020.", title="Karaoke targets", language="en")
    assert status("Kudo cut her target for Koshidaka to ¥1,020.", [1], art) == "supported"
    assert status("Tanabe cut his target for Koshidaka to ¥1,020.", [1], art) == "unsupported"


def test_a_year_end_after_a_compared_level_is_its_date():
    art = dated("The bad debt ratio fell to 1.02% at the end of September from 1.15% at the end of June. Staff "
                "numbers fell to 9,800 from 10,400 at the end of last year.", title="Bank", when="2026-11-05 09:00")
    assert status("The bad debt ratio fell to 1.02% at the end of September from 1.15% at the end of June.", [1], art) \
        == "supported"
    assert status("The bad debt ratio fell to 1.02% at the end of September from 1.15% at the end of 2025.", [1], art) \
        == "unsupported"
    assert status("Staff numbers fell to 9,800 from 10,400 at the end of 2025.", [1], art) == "supported"


def test_a_count_is_no_year_and_glued_square_metres_are_read():
    assert [(t.kind, t.text) for t in read("规划年产能2000辆。").temporals] == []
    assert [q.value for q in find_quantities("adding 40,000m2 of film")] == [40000]
    assert [(q.value, q.unit) for q in find_quantities("loans of VND1.62 quadrillion")] == [(1.62e15, "VND")]


def test_starts_completions_costs_and_export_volume_are_told_apart():
    art = article("1-10月全国房屋新开工面积5.02亿平方米，同比下降17.6%；房屋竣工面积3.71亿平方米，同比下降9.3%。", title="房地产")
    assert status("New construction starts fell 17.6% in January-October.", [1], art) == "supported"
    assert status("New construction starts fell 9.3% in January-October.", [1], art) == "unsupported"
    art = article("上半年九巴燃油成本5.96亿元，按年减少6.8%。", title="成本")
    assert status("KMB's fuel costs fell 6.8% in the first half.", [1], art) == "supported"
    assert status("KMB's fuel consumption fell 6.8% in the first half.", [1], art) == "unsupported"
    art = article("越南海关数据显示，1-10月越南鞋类出口金额为198亿美元，同比增长8.1%。", title="越南出口")
    assert status("Vietnam's footwear exports rose 8.1% in January-October.", [1], art) == "supported"
    assert status("Vietnam's footwear export volume rose 8.1% in January-October.", [1], art) == "unsupported"


def test_power_denominators_and_wind_segments():
    art = article("9月陆上风电机组（不含塔筒）中标均价为1612元/千瓦，同比上涨3.9%；海上风电机组中标均价为3080元/千瓦。", title="风机价格")
    assert status("Onshore wind turbines averaged 1,612 yuan per kilowatt in September.", [1], art) == "supported"
    assert status("Onshore wind turbines averaged 1,612 yuan per megawatt in September.", [1], art) == "unsupported"
    assert status("Offshore wind turbine prices rose 3.9% year on year in September.", [1], art) == "unsupported"


def test_names_listed_before_fenbie_in_its_own_clause():
    art = article("經濟部本月5日宣布，將投入40億元推動設備在地化，首批獲補助業者中，弘塑、辛耘分別獲得1.6億元、1.3億元，萬潤獲得1.1億元。",
                  title="設備補助")
    assert status("Grand Process Technology received NT$160 million.", [1], art) == "supported"
    assert status("Grand Process Technology received NT$130 million.", [1], art) == "unsupported"


def test_a_quarter_and_its_half_are_told_apart_when_the_paragraph_gives_both():
    art = article("Kossan Rubber posted a net profit of RM61.2 million for the second quarter, up 12.4% from a year "
                  "earlier. First-half net profit rose 9.8% to RM118.6 million.", title="Kossan", language="en")
    assert status("Kossan's first-half net profit rose 9.8% to RM118.6 million.", [1], art) == "supported"
    assert status("Kossan's second-quarter net profit rose 12.4% to RM61.2 million.", [1], art) == "supported"
    assert status("Kossan's first-half net profit rose 12.4% from a year earlier.", [1], art) == "unsupported"


def test_a_quarter_of_next_year_is_not_the_storys_reporting_quarter():
    art = dated("寶成第三季合併營收為652.3億元，季增2.1%。", "寶成董事長表示，印尼中爪哇新廠將於明年第2季量產。",
                when="2026-11-12 09:00", title="寶成第三季營收")
    assert status("Pou Chen's Central Java plant will start mass production in the second quarter of 2027.", [2], art) \
        != "unsupported"
    assert status("Pou Chen's Central Java plant will start mass production in the third quarter of 2027.", [2], art) \
        == "unsupported"


def test_a_two_word_item_after_a_count_is_what_it_counts():
    art = article("10月宇通客车销售客车3980辆，其中大型客车1925辆、中型客车1310辆、轻型客车745辆。", title="宇通销量")
    assert status("Yutong sold 1,925 large buses and 1,310 medium buses in October.", [1], art) == "supported"
    assert status("Yutong sold 1,310 large buses and 1,925 medium buses in October.", [1], art) == "unsupported"


def test_a_company_set_against_the_last_after_a_comma():
    art = article("辛耘、萬潤10月營收分別為9.12億元、7.48億元，其中辛耘月增4.6%，萬潤則月減2.9%。", title="設備營收")
    assert status("All Ring Tech's October revenue fell 2.9% from September.", [1], art) != "unsupported"
    assert status("Scientech's October revenue fell 2.9% from September.", [1], art) == "unsupported"
