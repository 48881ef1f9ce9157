"""Readings of the fifty-third session: names not read across a word's edge, an analyst who 估计s, 低逾 as
lower, a share's market reach from the paragraph's lead, 'by value' a few words on, a region's head against
a 'global' title, a unit's head in lower case, a quarter carried past a later sentence's period, the title's
company carried to a paragraph that names no other, same-store sales, a part after 其中, 逾千亿元, the
year so far, a move noun's figure, a town and its state, a whole that points back, a body called by the end
of its name, one-character elements, a change fraction from the claim's own levels, 'in the half', a year
compared with, the change of a daily level, a fiscal quarter restated as its months, an acronym's
definition. Companies and bodies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_company_name_is_not_read_across_the_edge_of_two_words():
    # (服系 reads 'fuxi', but only across 伺服 / 系统: no company of that name.)
    art = article("分产品看，伺服系统收入6.42亿元，同比增长9.1%。", title="编码器")
    assert status("Fuxi Capital's revenue rose 9.1%.", [1], art) != "supported"


def test_an_analyst_who_estimates_is_the_one_who_makes_the_call():
    art = article("凱基投顧研究員邵允芊估計，信邦電子2071年EPS為12.4元；元富投顧分析師柏承翰則提醒，毛利率恐下滑1個百分點。",
                  title="信邦電子")
    assert status("Shao Yun-chien forecasts Sinbon's 2071 EPS at NT$12.4.", [1], art) == "supported"
    assert status("Po Cheng-han forecasts Sinbon's 2071 EPS at NT$12.4.", [1], art) == "unsupported"


def test_lower_by_more_than_is_read_as_lower():
    art = article("分析师指出，宝元毛利率较新代低逾11个百分点。", title="控制器")
    assert status("LNC's gross margin is more than 11 percentage points below Syntec's.", [1], art) == "supported"
    assert status("LNC's gross margin is more than 11 percentage points above Syntec's.", [1], art) == "unsupported"


def test_a_share_takes_the_market_the_paragraph_opened_with():
    art = article("据行业统计，2070年上半年国内编码器市场规模约为58.6亿元，同比增长14.2%。国产品牌合计市场份额升至34.8%，较上年同期"
                  "提高4.6个百分点。", title="编码器")
    assert status("Domestic brands held 34.8% of China's encoder market in the first half.", [1], art) == "supported"
    assert status("Domestic brands held 34.8% of the global encoder market in the first half.", [1], art) == "unsupported"


def test_by_value_a_few_words_after_the_share():
    art = article("按材料划分，金线和铜线的销售额占比分别为38.5%和44.2%；按销量计，铜线占比已升至71.8%。", title="键合丝")
    assert status("Copper wire made up 71.8% of China's bonding wire sales by volume.", [1], art) == "supported"
    assert status("Copper wire made up 71.8% of China's bonding wire sales by value.", [1], art) == "unsupported"


def test_a_regions_head_is_not_the_global_chief_executive():
    art = article("贺利氏电子中国区总裁雍修杰表示，上半年贺利氏在华键合丝销量同比增长6.8%。", title="键合丝")
    assert status("Heraeus Electronics' China president Yong Xiujie said its China volumes rose 6.8%.", [1], art) == "supported"
    assert status("Heraeus Electronics' global chief executive Yong Xiujie said its China volumes rose 6.8%.", [1], art) \
        == "unsupported"


def test_the_head_of_a_companys_unit_in_lower_case_is_no_chief_executive():
    art = article("Lothar Amstutz, who heads Bühler's food processing unit, said customers were approving projects they "
                  "froze in 2069.", title="Food equipment")
    assert status("Lothar Amstutz, Bühler's chief executive, said customers were approving projects frozen in 2069.", [1],
                  art) == "unsupported"


def test_a_quarter_carries_to_the_first_sentence_of_the_next_paragraph_only():
    art = article("Eastman said Fibers sales fell 6.0% from a year earlier and 2.2% from the second quarter to $268 "
                  "million in the third quarter.",
                  "Within Fibers, acetate tow sales were $171 million. Over the first nine months, Fibers sales were "
                  "$819 million.", title="Acetate tow")
    assert status("Eastman's acetate tow sales were $171 million in the third quarter.", [2], art) == "supported"
    assert status("Eastman's Fibers sales were $819 million in the third quarter.", [2], art) == "unsupported"


def test_the_titles_company_carries_to_a_paragraph_of_its_groups():
    art = article("Oil-Dri Corporation of America said net sales rose 9.4% to $128.6 million in its fiscal first quarter.",
                  "The Business to Business Products Group, which sells fluids-purification products, grew 6.2% to "
                  "$45.2 million.", title="Oil-Dri's litter sales jump")
    assert status("Oil-Dri's Business to Business Products Group grew 6.2% to $45.2 million.", [2], art) == "supported"


def test_same_store_sales_are_no_other_measure_than_sales():
    art = article("旗下品牌中，Tim Hortons加拿大同店销售年增3.4%，部门营收11.26亿美元，年增4.9%。", title="餐饮")
    assert status("Tim Hortons' Canadian same-store sales rose 3.4%, and its segment revenue 4.9% to US$1.126 billion.",
                  [1], art) == "supported"


def test_a_part_after_qizhong_has_its_wholes_words():
    art = article("2070年上半年国内家电智能控制器市场规模约1,286亿元，同比增长9.4%；其中变频控制器占比41.7%，较去年同期提高2.6个百分点。",
                  title="控制器")
    assert status("Inverter controllers made up 41.7% of the appliance-controller market in the first half.", [1], art) \
        == "supported"


def test_over_a_thousand_yi_is_over_100_billion():
    art = article("基金今年以来已有5个月单月收益逾千亿元。", title="基金")
    assert status("The fund earned more than 100 billion yuan in each of five months this year.", [1], art) == "supported"
    assert status("The fund earned more than 10 billion yuan in each of five months this year.", [1], art) == "unsupported"


def test_the_year_to_a_month_is_the_year_so_far_to_its_end():
    art = article("截至今年9月底，劳动基金总规模达8兆2,460亿元，今年以来收益率8.12%。", title="劳动基金")
    assert status("The labour funds returned 8.12% in the year to September.", [1], art) != "unsupported"
    assert status("The labour funds returned 8.12% in the year to August.", [1], art) == "unsupported"


def test_a_move_noun_keeps_to_its_own_figure():
    art = article("國安基金執行秘書池瑞蘭表示，9月台股雖然單月下跌4.8%，但國安基金可動用額度仍維持5,000億元。", title="國安基金")
    assert status("The fund has not intervened despite a 4.8% fall in Taiwan stocks in September, and still has "
                  "NT$500 billion available.", [1], art) == "supported"


def test_a_town_and_its_state_own_no_figure():
    art = article("Oil-Dri said net sales rose 9.4% to $128.6 million.",
                  "A new kiln line at Ripley, Mississippi, will add 90,000 tons of capacity. The board raised the "
                  "quarterly dividend by 2 cents to 21 cents a share.", title="Oil-Dri's litter sales jump")
    assert status("Oil-Dri raised its quarterly dividend by 2 cents to 21 cents a share.", [2], art) == "supported"


def test_a_whole_that_points_back_is_the_one_named_before():
    art = article("Oil-Dri shipped 168,400 tons of cat litter in the quarter. Lightweight litter made up 31% of the "
                  "volume, against 26% a year earlier.", title="Oil-Dri")
    assert status("Lightweight litter rose to 31% of Oil-Dri's litter volume from 26%.", [1], art) == "supported"


def test_a_body_called_by_the_end_of_its_name_is_the_speakers():
    art = article("国家授时中心副主任阚强旭表示，二期总投资约126亿元。上海天文台研究员禚瑞坤介绍，天文台今年前三季度交付氢原子钟62台。",
                  title="时间频率")
    assert status("The Shanghai Astronomical Observatory delivered 62 hydrogen masers in the first nine months.", [1], art) \
        == "supported"
    assert status("The National Time Service Center delivered 62 hydrogen masers in the first nine months.", [1], art) \
        == "unsupported"


def test_one_character_elements_tell_items_apart():
    art = article("前三季度公司交付氢原子钟186台，较上年同期增加54台；交付铯原子钟74台，同比增长21.3%。", title="原子钟")
    assert status("The company delivered 74 cesium atomic clocks in the first nine months.", [1], art) == "supported"
    assert status("The company delivered 74 hydrogen atomic clocks in the first nine months.", [1], art) == "unsupported"


def test_a_change_fraction_is_checked_against_the_claims_own_levels():
    art = article("头部应用的适配报价由2070年的约65万元降至2071年的约48万元。", title="鸿蒙")
    assert status("Quotes fell from about 650,000 yuan in 2070 to about 480,000 yuan in 2071, a drop of roughly a "
                  "quarter.", [1], art) == "supported"
    assert status("Quotes fell from about 650,000 yuan in 2070 to about 480,000 yuan in 2071, a drop of about a "
                  "fifth.", [1], art) == "unsupported"


def test_in_the_half_is_the_storys_half():
    # (A half written by its months, which a fiscal year from July numbers first: the claim may number it so.)
    art = article("Gemlife Communities reported net profit of A$38.2 million for the six months to December 31, up 22.8%.",
                  "Gemlife said 63% of its settlements in the half were to buyers in Queensland.", title="Land lease")
    assert status("63% of Gemlife's first-half settlements were to buyers in Queensland.", [2], art) == "supported"


def test_a_year_compared_with_is_the_compared_figures():
    art = article("截至2070年底，全国渗滤液处理能力约为31.5万吨/日，较2067年底的26.8万吨/日增加4.7万吨/日。", title="渗滤液")
    assert status("Leachate capacity reached 315,000 tonnes a day at the end of 2070, up from 268,000 tonnes a day at "
                  "the end of 2067.", [1], art) != "unsupported"
    assert status("Leachate capacity reached 315,000 tonnes a day at the end of 2070, up from 268,000 tonnes a day at "
                  "the end of 2068.", [1], art) == "unsupported"


def test_the_change_of_a_daily_level_is_daily_too():
    art = dated("截至9月末，公司在运营的渗滤液项目日处理规模合计3.86万吨，较上年末增加0.42万吨。", when="2070-10-28 09:00",
                title="维尔利")
    assert status("Welle was operating leachate projects of 38,600 tonnes a day at the end of September, 4,200 tonnes a "
                  "day more than at the end of 2069.", [1], art) == "supported"


def test_a_fiscal_quarter_restated_as_its_months():
    art = article("Mueller Water Products reported that net sales for its fiscal fourth quarter, July to September, rose "
                  "6.9% to $386 million.", title="Waterworks")
    assert status("Mueller Water Products' fiscal fourth-quarter net sales rose 6.9% to $386 million.", [1], art) == "supported"


def test_an_acronyms_definition_is_its_items_words():
    art = article("截至季末，「每日新鲜配送」（DFD）销售点达1万5,820个；每个DFD销售点平均每周销售额为712美元，年增3.5%。",
                  title="甜甜圈")
    assert status("Average weekly sales per delivered-fresh-daily door rose 3.5% on the year to US$712.", [1], art) \
        == "supported"
