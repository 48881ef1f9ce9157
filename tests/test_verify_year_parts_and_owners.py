"""Parts of a year ('mid-2029' against 2029年底, 'throughout 2029' against 明年上半年), a whole year
against a quarter's figure, a year named only as a base ('up 10% on fiscal 2027'), a month's figure told
as a quarter the paragraph never names, bases carried by a participle, multiples written as rises, and
owners a paragraph names in passing (a place after a mine's name, a trade body after a company's, a verb
of cause before 公司, a ratio named with 比). Each case sets a correct claim against a wrong one where it
can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_part_of_a_year_is_held_to_the_part_the_paragraph_names():
    art = dated("苏盐井神总经理表示，公司淮安盐穴储气库一期工程预计2029年底开始注气。", when="2028-10-30 21:00")
    assert status("Suyan Jingshen expects to start injecting gas at its Huai'an salt-cavern storage by the end of 2029.",
                  [1], art) != "unsupported"
    assert status("Suyan Jingshen expects to start injecting gas at its Huai'an salt-cavern storage in mid-2029.",
                  [1], art) == "unsupported"


def test_a_whole_year_is_not_the_half_the_paragraph_names():
    art = dated("分析师认为，明年上半年全国住宅竣工面积仍将同比下降。", when="2028-10-31 20:00")
    assert status("The analyst expects completed residential floor area to keep falling on the year in the first "
                  "half of 2029.", [1], art) != "unsupported"
    assert status("The analyst expects completed residential floor area to keep falling on the year throughout 2029.",
                  [1], art) == "unsupported"


def test_a_calendar_year_is_not_the_quarter_a_figure_is_of():
    art = dated("Spot uranium prices averaged US$85.20 a pound in the December quarter, 5.1% higher than in the "
                "September quarter, according to UxC.", when="2028-01-20 10:00", title="Uranium")
    assert status("Spot uranium averaged US$85.20 a pound in the December quarter.", [1], art) != "unsupported"
    assert status("Spot uranium averaged US$85.20 a pound in calendar 2027.", [1], art) == "unsupported"


def test_a_year_named_only_as_a_base_leaves_the_figures_to_the_next_year():
    art = dated("Aristocrat Leisure reported NPATA of A$2.05 billion for the year to September 30, up 10.4% on "
                "fiscal 2027.", when="2028-11-20 07:30", title="Aristocrat")
    assert status("Aristocrat's NPATA rose 10.4% to A$2.05 billion in fiscal 2028.", [1], art) != "unsupported"
    assert status("Aristocrat's NPATA for fiscal 2027 was A$2.05 billion.", [1], art) == "unsupported"


def test_a_months_figure_is_not_a_quarter_the_paragraph_never_names():
    art = article("前三季度全国刨花板产量同比增长9.1%。9月刨花板出厂均价为每立方米1,412元，同比下跌7.3%。", title="人造板")
    assert status("Particleboard prices fell 7.3% on the year in September to 1,412 yuan a cubic metre.", [1], art) \
        != "unsupported"
    assert status("Particleboard prices fell 7.3% on the year in the third quarter.", [1], art) == "unsupported"


def test_a_change_between_quarter_ends_may_be_told_as_the_quarters():
    art = article("五粮液第三季度营业收入同比下降22.4%。", "五粮液董事长表示，截至9月末，公司合同负债余额为90.4亿元，较6月末增加20.6亿元。",
                  title="五粮液三季度营收下滑")
    assert status("Wuliangye's contract liabilities rose by 2.06 billion yuan during the third quarter to 9.04 "
                  "billion yuan.", [2], art) != "unsupported"


def test_new_capacity_is_no_rise_of_the_price_after_it():
    art = article("受新增产能集中释放影响，9月刨花板出厂均价为每立方米1,412元，环比下跌3.2%。", title="人造板")
    assert status("Particleboard's average ex-factory price fell to 1,412 yuan a cubic metre in September, down "
                  "3.2% from August.", [1], art) != "unsupported"


def test_a_multiple_of_last_quarter_is_its_rise_plus_one_and_keeps_its_owner():
    art = article("丰林集团第三季度归母净利润2,510万元，环比增长1.3倍；千年舟第三季度归母净利润4,200万元，同比增长6.2%。",
                  title="人造板")
    assert status("Fenglin Group's third-quarter net profit of 25.1 million yuan was 2.3 times its second-quarter "
                  "figure.", [1], art) != "unsupported"
    assert status("Qiannianzhou's third-quarter net profit was 2.3 times its second-quarter figure.", [1], art) \
        == "unsupported"


def test_a_base_named_before_a_participle_is_the_moves():
    art = article("苏盐井神第三季度归母净利润1.61亿元，同比增长4.3%，环比增长96.5%。", title="盐业")
    assert status("Suyan Jingshen's third-quarter net profit nearly doubled from the second quarter, rising 96.5% "
                  "to 161 million yuan.", [1], art) != "unsupported"
    assert status("Suyan Jingshen's third-quarter net profit nearly doubled on the year, rising 96.5% to 161 "
                  "million yuan.", [1], art) == "unsupported"


def test_a_ratio_named_with_bi_is_no_comparison():
    art = article("財務長表示，9月底成霖負債比為44.1%，較6月底下降1.6個百分點。", title="衛浴")
    assert status("Globe Union's debt ratio was 44.1% at the end of September, down 1.6 percentage points from the "
                  "end of June.", [1], art) != "unsupported"


def test_a_place_after_a_mines_name_is_where_it_is_not_who_produces():
    art = article("Paladin Energy said Langer Heinrich in Namibia produced 1.27 million pounds of U3O8 in the "
                  "December quarter, up 9.5% from the September quarter.", title="Uranium", language="en")
    assert status("Langer Heinrich produced 1.27 million pounds of U3O8 in the December quarter.", [1], art) \
        != "unsupported"


def test_a_trade_body_is_not_the_company_whose_name_opens_it():
    art = article("中国盐业协会统计显示，三季度全国原盐产量为2,204万吨，同比增长3.1%。", title="盐业")
    assert status("The China Salt Industry Association said China produced 22.04 million tonnes of raw salt in the "
                  "third quarter.", [1], art) != "unsupported"


def test_a_verb_of_cause_opens_no_company_name():
    art = article("苏盐井神表示，三季度纯碱均价为每吨1,450元，同比下降17.2%，拖累公司盐化工板块毛利率同比下降5.1个百分点。",
                  title="盐业")
    assert status("Falling soda ash prices cut the gross margin of Suyan Jingshen's salt-chemicals business by 5.1 "
                  "percentage points.", [1], art) != "unsupported"


def test_a_named_officer_who_kept_guidance_is_its_speaker():
    art = article("Managing director Harold Finchley kept Paladin's FY2028 production guidance at 5.0 million to 5.5 "
                  "million pounds. Chief financial officer Odette Marchbank said the debt facility remained undrawn.",
                  title="Uranium", language="en")
    assert status("Paladin managing director Harold Finchley kept FY2028 production guidance at 5.0-5.5 million "
                  "pounds.", [1], art) != "unsupported"
    assert status("Paladin CFO Odette Marchbank kept the company's FY2028 production guidance at 5.0-5.5 million "
                  "pounds.", [1], art) == "unsupported"


def test_a_cash_cost_is_not_an_all_in_sustaining_cost():
    art = article("Paladin cut its C1 cash cost by 6.1% from the September quarter to US$40.70/lb.",
                  title="Uranium", language="en")
    assert status("Paladin's C1 cash cost fell 6.1% to US$40.70 a pound.", [1], art) != "unsupported"
    assert status("Paladin's all-in sustaining cost fell 6.1% to US$40.70 a pound.", [1], art) == "unsupported"


def test_export_revenue_is_what_exports_bring_in():
    art = article("Shakti Pumps' domestic revenue rose 35.1% to ₹598.2 crore, while exports grew 10.9% to ₹207.4 "
                  "crore.", title="Pumps", language="en")
    assert status("Shakti Pumps' export revenue rose 10.9% to ₹207.4 crore.", [1], art) != "unsupported"


def test_products_of_one_maker_keep_their_own_figures():
    art = article("成霖前三季水龍頭出貨量1,320萬組，年增5.4%；智能馬桶銷量17.9萬台，年增39.8%。", title="衛浴")
    assert status("Globe Union's smart-toilet sales rose 39.8% in the first three quarters.", [1], art) != "unsupported"
    assert status("Globe Union's faucet shipments rose 39.8% in the first three quarters.", [1], art) == "unsupported"
    pumps = article("The association estimates domestic pump sales at ₹7,310 crore in April-September, with "
                    "agricultural pumps making up 47%, residential pumps 30% and industrial pumps 23%.",
                    title="Pumps", language="en")
    assert status("Agricultural pumps accounted for 47% of domestic pump sales in April-September.", [1], pumps) \
        != "unsupported"
    assert status("Residential pumps accounted for 47% of domestic pump sales in April-September.", [1], pumps) \
        == "unsupported"


def test_a_segment_that_heads_its_own_figure_is_no_other_segments():
    art = article("Light & Wonder said third-quarter revenue rose 7.5% to US$935 million. Gaming revenue rose 8.7% "
                  "to US$608 million, SciPlay's rose 4.1% to US$219 million and iGaming's rose 12.2% to US$108 "
                  "million.", title="Gaming", language="en")
    assert status("Light & Wonder's iGaming revenue rose 12.2% to US$108 million in the third quarter.", [1], art) \
        != "unsupported"


def test_the_same_half_a_year_before_is_a_year_earlier():
    art = article("Ryman Healthcare reported underlying profit of NZ$139.8 million for the six months to September "
                  "30, up 18.2% from a year earlier. Reported profit was NZ$214.6 million, against NZ$95.2 million "
                  "in the first half of fiscal 2028.", title="Aged care", language="en")
    assert status("Ryman's reported profit was NZ$214.6 million, up from NZ$95.2 million a year earlier.", [1], art) \
        != "unsupported"


def test_a_studio_in_a_city_is_where_it_is_not_whose_cash():
    art = article("The chief executive said a new game-development studio in Las Vegas would open in 2029. The "
                  "chief financial officer said Aristocrat's net cash stood at A$1.84 billion at September 30, up "
                  "from A$1.39 billion a year earlier.", title="Aristocrat", language="en")
    assert status("Aristocrat's net cash rose to A$1.84 billion at September 30 from A$1.39 billion a year earlier.",
                  [1], art) != "unsupported"


def test_cmd_is_a_chairman_and_managing_directors_title():
    art = article("Chairman and managing director Devendra Kulkarni said Shakti Pumps' new plant near Indore would "
                  "start production in the April-June quarter of 2029.", title="Pumps", language="en")
    assert status("CMD Devendra Kulkarni said Shakti Pumps' new plant near Indore would start production in "
                  "April-June 2029.", [1], art) != "unsupported"


def test_a_chinese_name_may_end_in_he_before_a_verb_of_saying():
    art = article("晨光股份董事长在交流会上表示将提价。科力普总经理酆致和介绍，科力普前三季度新中标项目131个，在手订单约43亿元。", title="文具")
    assert status("Colipu general manager Feng Zhihe said Colipu had won 131 new projects in the first nine months.",
                  [1], art) != "unsupported"
    assert status("M&G's chairman said Colipu had won 131 new projects in the first nine months, according to "
                  "Qi Zhenlu.", [1], art) != "supported"


def test_a_full_year_payout_is_not_the_final_dividend():
    art = article("HUB24 declared a fully franked final dividend of 47 cents a share, taking the full-year payout to "
                  "86 cents, up from 65 cents.", title="Platforms", language="en")
    assert status("HUB24's full-year dividend rose to 86 cents from 65 cents.", [1], art) != "unsupported"
    assert status("HUB24 declared a fully franked final dividend of 86 cents a share.", [1], art) == "unsupported"


def test_a_cost_is_not_the_profit_beside_it():
    art = article("Netwealth's EBITDA rose 17.6% to A$215.2 million, but the EBITDA margin slipped as employee costs "
                  "rose 23.9%.", title="Platforms", language="en")
    assert status("Netwealth's employee costs rose 23.9%.", [1], art) != "unsupported"
    assert status("Netwealth's employee costs rose 17.6%.", [1], art) == "unsupported"


def test_a_share_of_operating_costs_is_not_one_of_revenue():
    art = article("南航总经理介绍，第三季度航油成本占营业成本的比重为31.2%。", title="航空")
    assert status("Jet fuel accounted for 31.2% of China Southern's operating costs in the third quarter.", [1], art) \
        != "unsupported"
    assert status("Jet fuel accounted for 31.2% of China Southern's operating revenue in the third quarter.", [1], art) \
        == "unsupported"


def test_a_margin_written_after_a_profit_is_that_profits_margin():
    art = article("Shakti Pumps' net profit rose 37.6% to ₹117.9 crore. Ebitda was ₹170.2 crore, a margin of 20.9%.",
                  title="Pumps", language="en")
    assert status("Shakti Pumps' Ebitda margin was 20.9%.", [1], art) != "unsupported"
    assert status("Shakti Pumps' net profit margin was 20.9%.", [1], art) == "unsupported"


def test_a_change_after_a_count_is_the_counts_measure():
    art = article("Shakti Pumps shipped 57,900 solar pump systems in the quarter, 26.8% more than a year earlier.",
                  title="Pumps", language="en")
    assert status("Shakti Pumps' solar pump shipments rose 26.8% on the year.", [1], art) != "unsupported"
    assert status("Shakti Pumps' solar pump revenue rose 26.8% on the year.", [1], art) == "unsupported"


def test_a_level_and_its_change_may_be_parted_by_what_and_when():
    art = article("大亚圣象前三季度营业收入41.08亿元，同比下降9.6%；地板销量3,392万平方米，同比下降8.7%。", title="人造板")
    assert status("Dare Power Dekor sold 33.92 million square metres of flooring in the first nine months, 8.7% "
                  "less than a year earlier.", [1], art) != "unsupported"
    assert status("Dare Power Dekor sold 33.92 million square metres of flooring in the first nine months, 9.6% "
                  "less than a year earlier.", [1], art) == "unsupported"


def test_a_head_with_its_measure_is_set_apart_from_the_next_head_that_elides_it():
    art = article("KSB reported July-September revenue of ₹739.6 crore. Mixer revenue rose 11.4% to ₹585.1 crore, while "
                  "gaskets grew 3.6% to ₹154.5 crore.", title="Pumps", language="en")
    assert status("KSB's mixer revenue rose 11.4% in the quarter.", [1], art) != "unsupported"
    assert status("KSB's gasket revenue rose 11.4% in the quarter.", [1], art) == "unsupported"


def test_a_change_and_its_level_are_paired_across_a_named_quarter():
    art = article("三季度国内赖氨酸均价为每公斤9.91元，环比上涨6.5%；同期苏氨酸均价为每公斤10.36元，环比上涨3.3%。", title="氨基酸")
    assert status("The average price of threonine rose 3.3% from the second quarter to 10.36 yuan a kilogram.", [1],
                  art) != "unsupported"
    assert status("The average price of threonine rose 6.5% from the second quarter to 10.36 yuan a kilogram.", [1],
                  art) == "unsupported"


def test_new_cars_are_a_line_of_business_not_a_company():
    art = article("中升控股上半年新車銷量21.1萬輛，按年減少6.6%；新車毛利率為-0.9%，去年同期為0.6%。", title="汽車經銷")
    assert status("Zhongsheng's new-car gross margin was minus 0.9% in the first half, against 0.6% a year earlier.",
                  [1], art) != "unsupported"


def test_a_hong_kong_name_may_spell_am_as_um():
    art = article("新世界發展行政總裁岑浩霆表示，集團將繼續出售非核心資產。", title="地產")
    assert status("New World Development chief executive Shum Ho-ting said the group would keep selling non-core "
                  "assets.", [1], art) != "unsupported"


def test_a_projects_date_is_not_another_projects():
    art = dated("梅花生物董事长表示，公司吉林白城基地二期项目计划于明年一季度投产；新疆五家渠基地的苏氨酸改造项目则将在明年下半年完成。",
                when="2028-10-28 20:00", title="氨基酸")
    assert status("Meihua's Baicheng phase-two project is due to start production in the first quarter of 2029.",
                  [1], art) != "unsupported"
    assert status("Meihua's Baicheng phase-two project is due to start production in the second half of 2029.",
                  [1], art) == "unsupported"
