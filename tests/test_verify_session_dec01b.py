"""Whose a figure is when the claim names its owner beside a metric, a person or a date; 分别 lists of
two and the rest of a whole; short company names; GMV, EBITA, cargo volume and capacity utilisation;
accented pinyin; worked-out figures (a rate before it slowed, sums of four, revenue outside two
segments, a target's premium over a close); a statistics bureau's figures; group totals; plural
possessive wholes; items before 'respectively'; target prices 'for' a company; time words before
公司; a dated year end; 'respectively' runs with the unit written once; banking and retail items.
Each test pairs what must not be called wrong with a wrong claim that must be flagged. Company
names are real or invented; all figures and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status

# --- the figure's own subject named in the claim is no move ----------------------------------------


def test_a_company_said_its_gmv_fell_is_the_companys_gmv():
    art = dated("霸王茶姬第三季度GMV为82.4亿元，同比下降4.6%，全球门店总数增至7210家。", when="2026-11-20 09:00")
    assert status("Chagee said its third-quarter GMV fell 4.6% to 8.24 billion yuan.", [1], art) == "supported"
    assert status("Chagee said third-quarter GMV fell 4.6% to 8.24 billion yuan.", [1], art) == "supported"


def test_gmv_is_a_metric_of_its_own_not_revenue():
    art = dated("霸王茶姬第三季度GMV为82.4亿元，同比下降4.6%，全球门店总数增至7210家。", when="2026-11-20 09:00")
    wrong = check_claim("Chagee's third-quarter revenue fell 4.6% to 8.24 billion yuan.", [1], art)
    assert wrong.status == "unsupported"
    assert any("GMV" in p and "revenue" in p for p in wrong.problems)


def test_two_companies_gmv_side_by_side_and_a_swap_of_them():
    art = dated("霸王茶姬第三季度GMV同比下降4.6%，蜜雪集团同期GMV同比增长12.3%。", when="2026-11-20 09:00")
    assert status("Chagee's third-quarter GMV fell 4.6%, while Mixue's rose 12.3%.", [1], art) == "supported"
    swapped = check_claim("Chagee's third-quarter GMV rose 12.3%, while Mixue's fell 4.6%.", [1], art)
    assert swapped.status == "unsupported"
    assert any("蜜雪集团" in p and "Chagee" in p for p in swapped.problems)
    other = check_claim("Mixue said its third-quarter GMV fell 4.6%.", [1], art)
    assert other.status == "unsupported"
    assert any("霸王茶姬" in p and "Mixue" in p for p in other.problems)


# --- target prices and forecasts 'for' a company ---------------------------------------------------


def test_a_brokers_target_for_one_of_two_companies_chinese():
    art = dated("华西证券给予天齐锂业目标价58元，给予赣锋锂业目标价45元，均维持买入评级。")
    assert status("Huaxi Securities set a 58-yuan target price for Tianqi Lithium.", [1], art) == "supported"
    assert status("Huaxi Securities set a target price of 45 yuan for Ganfeng Lithium.", [1], art) == "supported"
    wrong = check_claim("Huaxi Securities set a 58-yuan target price for Ganfeng Lithium.", [1], art)
    assert wrong.status == "unsupported"
    # The problem names the company the target is for, on both sides (not the broker).
    assert any("天齐锂业" in p and "not to Ganfeng Lithium" in p for p in wrong.problems)


def test_a_brokers_target_for_one_of_two_companies_english():
    art = dated("Huaxi Securities set a 58-yuan target price for Tianqi Lithium and a 45-yuan target price for "
                "Ganfeng Lithium, saying lithium prices had bottomed.")
    assert status("Huaxi Securities set a 58-yuan target price for Tianqi Lithium.", [1], art) == "supported"
    assert status("Huaxi Securities' target price for Ganfeng Lithium is 45 yuan.", [1], art) == "supported"
    wrong = check_claim("Huaxi Securities set a 58-yuan target price for Ganfeng Lithium.", [1], art)
    assert wrong.status == "unsupported"
    assert any("Tianqi Lithium" in p for p in wrong.problems)


# --- a person is no owner -------------------------------------------------------------------------


def test_a_chief_executives_bank_is_the_bank_she_runs():
    art = dated("Harbor Union Bank chief executive Maria Santos said the bank's net income rose 12.4% to 8.2 billion "
                "pesos in the third quarter.")
    assert status("Maria Santos's bank earned 8.2 billion pesos in the third quarter, up 12.4%.", [1], art) \
        == "supported"
    assert status("Maria Santos's bank earned 9.2 billion pesos in the third quarter.", [1], art) == "unsupported"


# --- 分别 lists of two, and the rest of the whole ---------------------------------------------------


def test_a_fenbie_list_of_two_markets():
    art = dated("佳格食品第三季度营收为75.2亿元，其中中国与台湾市场营收占比分别为41%和47%，其余来自东南亚。")
    assert status("China accounted for 41% of Standard Foods' third-quarter revenue.", [1], art) == "supported"
    assert status("Taiwan accounted for 47% of Standard Foods' third-quarter revenue.", [1], art) == "supported"
    wrong = check_claim("China accounted for 47% of Standard Foods' third-quarter revenue.", [1], art)
    assert wrong.status == "unsupported"
    assert any("台湾" in p for p in wrong.problems)


def test_the_rest_of_a_whole_parted_in_shares_is_worked_out():
    art = dated("佳格食品第三季度营收为75.2亿元，其中中国与台湾市场营收占比分别为41%和47%，其余来自东南亚。")
    assert status("Southeast Asia accounted for about 12% of Standard Foods' third-quarter revenue.", [1], art) \
        == "unverifiable"
    assert status("Southeast Asia accounted for about 22% of Standard Foods' third-quarter revenue.", [1], art) \
        == "unsupported"


# --- a short company name once the story names it in full -------------------------------------------


def _uni_president(last: str):
    return dated("统一企业第三季度合并营收为新台币1582亿元，年增4.2%。",
                 "同业味全第三季度营收为新台币68.2亿元，年减1.5%。",
                 last)


def test_a_short_name_after_the_full_one_is_the_same_company():
    art = _uni_president("统一第三季度税后纯益为新台币62.3亿元，年增8.1%，每股纯益1.10元。")
    assert status("Uni-President's third-quarter net profit rose 8.1% to NT$6.23 billion.", [3], art) == "supported"
    wrong = check_claim("Uni-President's third-quarter net profit rose 18.1%.", [3], art)
    assert wrong.status == "unsupported"
    assert not any("'Uni-President'" in p for p in wrong.problems)  # only the figure is wrong


def test_a_short_name_is_no_company_whose_name_it_only_starts():
    # Guard: 统一超 is President Chain Store, not Uni-President (统一企业).
    art = _uni_president("统一超第三季度税后纯益为新台币32.3亿元，年增6.1%。")
    assert status("President Chain Store's third-quarter net profit rose 6.1%.", [3], art) == "supported"
    assert status("Uni-President's third-quarter net profit rose 6.1%.", [3], art) == "unsupported"


# --- a dated 公司 is the officer's company -----------------------------------------------------------


def test_a_dated_gongsi_is_the_chairmans_company_not_a_rival_named_before():
    art = dated("万科董事长郁亮表示，受碧桂园等同业降价影响，9月末公司资产负债率为72.3%。")
    assert status("Vanke's debt-to-asset ratio was 72.3% at the end of September.", [1], art) == "supported"
    wrong = check_claim("Country Garden's debt-to-asset ratio was 72.3% at the end of September.", [1], art)
    assert wrong.status == "unsupported"
    assert any("万科" in p for p in wrong.problems)


def test_a_quarter_end_gongsi_is_the_speakers_company():
    art = dated("碧桂园近期出售项目后，万科董事长郁亮表示，三季度末公司现金余额为812亿元。")
    assert status("Vanke had 81.2 billion yuan of cash at the end of the third quarter.", [1], art) == "supported"
    assert status("Country Garden had 81.2 billion yuan of cash at the end of the third quarter.", [1], art) \
        == "unsupported"


# --- metrics: EBITA, cargo volume, capacity utilisation --------------------------------------------


def test_adjusted_ebita_is_a_profit_metric_of_its_own():
    art = dated("阿里巴巴第三季度经调整EBITA为409亿元，同比下降14%，收入为2478亿元，同比增长5%。")
    assert status("Alibaba's adjusted EBITA fell 14% to 40.9 billion yuan in the third quarter.", [1], art) \
        == "supported"
    revenue = check_claim("Alibaba's revenue fell 14% to 40.9 billion yuan in the third quarter.", [1], art)
    assert revenue.status == "unsupported"
    assert any("EBITA" in p for p in revenue.problems)
    assert status("Alibaba's net profit fell 14% to 40.9 billion yuan in the third quarter.", [1], art) \
        == "unsupported"


def test_cargo_volume_is_no_revenue_and_no_output():
    art = dated("国泰航空10月货运量为13.2万吨，同比增长5.2%，载客量为240万人次，同比增长18.3%。")
    assert status("Cathay Pacific's cargo volume rose 5.2% to 132,000 tonnes in October.", [1], art) == "supported"
    revenue = check_claim("Cathay Pacific's revenue rose 5.2% in October.", [1], art)
    assert revenue.status == "unsupported"
    assert any("cargo volume" in p for p in revenue.problems)
    assert status("Cathay Pacific's output rose 5.2% in October.", [1], art) == "unsupported"


def test_capacity_utilisation_is_not_read_as_output():
    art = dated("恒川钢铁第三季度产能利用率为78.5%，粗钢产量为412万吨，同比增长3.2%。")
    assert status("Hengchuan Steel's capacity utilisation was 78.5% in the third quarter.", [1], art) == "supported"


# --- accented pinyin -------------------------------------------------------------------------------


def test_an_accented_pinyin_name_is_read_and_checked():
    art = dated("恒川电子董事长吕志仁表示，明年资本支出将增至45亿元。")
    assert status("Hengchuan Electronics chairman Lü Zhiren said capital spending would rise to 4.5 billion yuan "
                  "next year.", [1], art) == "supported"
    wrong = check_claim("Hengchuan Electronics chairman Lü Zhiming said capital spending would rise to 4.5 billion "
                        "yuan next year.", [1], art)
    assert wrong.status == "unsupported"
    assert any("Zhiming" in p for p in wrong.problems)


# --- worked-out figures ----------------------------------------------------------------------------


def test_a_rate_before_it_slowed_some_points_is_worked_out():
    art = dated("国家统计局数据显示，10月社会消费品零售总额同比增长2.9%，增速较9月回落0.9个百分点。")
    assert status("China's retail sales grew 2.9% in October, slowing from 3.8% in September.", [1], art) \
        == "unverifiable"
    assert status("China's retail sales grew 3.8% in September.", [1], art) == "unverifiable"
    assert status("China's retail sales grew 2.9% in October, slowing from 4.8% in September.", [1], art) \
        == "unsupported"


def test_a_total_of_four_segments_in_one_paragraph():
    art = dated("恒川控股第三季度四大业务板块营收分别为：消费电子124亿元、汽车电子87亿元、工业控制53亿元、医疗设备31亿元。")
    assert status("Hengchuan's four divisions had combined third-quarter revenue of about 29.5 billion yuan.",
                  [1], art) != "unsupported"
    assert status("Hengchuan's four divisions had combined third-quarter revenue of about 31.5 billion yuan.",
                  [1], art) == "unsupported"


def test_a_total_of_four_units_in_an_english_paragraph():
    art = dated("Harbor Group's consumer unit earned 12.4 billion pesos in the third quarter, its auto unit 8.7 "
                "billion pesos, its industrial unit 5.3 billion pesos and its medical unit 3.1 billion pesos.")
    assert status("Harbor Group's four units earned a combined 29.5 billion pesos in the third quarter.", [1], art) \
        != "unsupported"
    assert status("Harbor Group's four units earned a combined 31.5 billion pesos in the third quarter.", [1], art) \
        == "unsupported"


def test_revenue_outside_two_segments_is_the_whole_less_both():
    art = dated("恒川电子第三季度营收为812亿元，其中智能手机收入为423亿元，电脑收入为219亿元。")
    assert status("Hengchuan Electronics' revenue outside smartphones and computers was about 17 billion yuan in "
                  "the third quarter.", [1], art) != "unsupported"
    assert status("Hengchuan Electronics' revenue outside smartphones and computers was about 27 billion yuan in "
                  "the third quarter.", [1], art) == "unsupported"
    english = dated("Harbor Electronics' third-quarter revenue was 81.2 billion pesos, of which smartphones brought "
                    "in 42.3 billion pesos and computers 21.9 billion pesos.")
    assert status("Harbor Electronics' revenue outside smartphones and computers was about 17 billion pesos.",
                  [1], english) != "unsupported"
    assert status("Harbor Electronics' revenue outside smartphones and computers was about 27 billion pesos.",
                  [1], english) == "unsupported"


def test_how_far_a_target_is_above_a_close_given_in_another_paragraph():
    art = dated("中金公司将恒川科技目标价上调至58.0元，维持跑赢行业评级。", "恒川科技周五收盘报50.0元，上涨2.1%。")
    assert status("CICC's 58-yuan target for Hengchuan Tech is about 16% above Friday's 50-yuan close.", [1, 2], art) \
        != "unsupported"
    assert status("CICC's 58-yuan target for Hengchuan Tech is about 26% above Friday's 50-yuan close.", [1, 2], art) \
        == "unsupported"


def test_a_target_for_a_company_and_its_premium_in_english():
    art = dated("Jefferies raised its target price on Harbor Tech to HK$58.0 from HK$52.0, citing stronger AI server "
                "demand.", "Harbor Tech shares closed at HK$50.0 on Friday, up 2.1%.")
    assert status("Jefferies' HK$58 target for Harbor Tech is about 16% above Friday's HK$50 close.", [1, 2], art) \
        != "unsupported"
    assert status("Jefferies' HK$58 target for Harbor Tech is about 26% above Friday's HK$50 close.", [1, 2], art) \
        == "unsupported"


# --- whose: a statistics bureau, a group total, a plural possessive whole -------------------------------


def test_a_statistics_bureaus_figures_are_its_countrys():
    art = dated("中國國家統計局公布，10月全國餐飲收入為5213億元人民幣，年增3.6%。")
    assert status("China's catering revenue rose 3.6% to 521.3 billion yuan in October.", [1], art) == "supported"
    assert status("China's catering revenue rose 6.3% in October.", [1], art) == "unsupported"


def test_a_group_total_is_owned_by_no_one_company():
    art = dated("赣锋锂业前三季度营收为150.8亿元。", "包括天齐锂业在内，四家公司营收合计327.9亿元。")
    assert status("Ganfeng Lithium accounted for about 46% of the four companies' combined revenue of 32.79 billion "
                  "yuan.", [1, 2], art) != "unsupported"
    # The total is still not Ganfeng's own revenue.
    assert status("Ganfeng Lithium's revenue was 32.79 billion yuan.", [2], art) == "unsupported"


def test_a_share_of_a_plural_possessive_whole():
    art = dated("Standard Foods said its China business contributed 63% of profit in the third quarter and 41% of "
                "revenue.")
    assert status("China contributed 63% of Standard Foods' third-quarter profit.", [1], art) == "supported"
    assert status("China contributed 41% of Standard Foods' third-quarter revenue.", [1], art) == "supported"
    wrong = check_claim("China contributed 63% of Standard Foods' third-quarter revenue.", [1], art)
    assert wrong.status == "unsupported"
    assert any("profit" in p for p in wrong.problems)


# --- English items and 'respectively' runs ----------------------------------------------------------


def test_english_items_before_a_respectively_list_are_told_apart():
    art = dated("In the third quarter, PC revenue jumped 31.5% to 463.2 billion won and mobile revenue grew 18.9% to "
                "512.0 billion won, while console and licensing sales rose 4.2% and 2.1%, respectively, Harbor Games "
                "said.")
    assert status("Harbor Games' PC revenue jumped 31.5% in the third quarter.", [1], art) == "supported"
    assert status("Harbor Games' mobile revenue grew 18.9%.", [1], art) == "supported"
    wrong = check_claim("Harbor Games' mobile revenue grew 31.5%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("mobile" in p for p in wrong.problems)


def test_a_respectively_run_with_its_unit_written_once():
    art = dated("LG Chem, SK Innovation and Lotte Chemical posted third-quarter operating profit of 2.1 trillion, "
                "3.4 trillion and 0.9 trillion won, respectively.")
    assert status("LG Chem's third-quarter operating profit was 2.1 trillion won.", [1], art) == "supported"
    assert status("SK Innovation's third-quarter operating profit was 3.4 trillion won.", [1], art) == "supported"
    wrong = check_claim("LG Chem's third-quarter operating profit was 3.4 trillion won.", [1], art)
    assert wrong.status == "unsupported"
    assert any("SK Innovation" in p for p in wrong.problems)


def test_banking_and_retail_businesses_are_items():
    art = dated("Harbor Group said its banking business earned 12.4 billion pesos in the third quarter, up 8.2%, "
                "while its retail business earned 3.1 billion pesos, down 4.5%.")
    assert status("Harbor Group's banking business earned 12.4 billion pesos.", [1], art) == "supported"
    assert status("Harbor Group's banking profit rose 8.2%.", [1], art) == "supported"
    wrong = check_claim("Harbor Group's retail business earned 12.4 billion pesos.", [1], art)
    assert wrong.status == "unsupported"
    assert any("banking" in p for p in wrong.problems)
    assert status("Harbor Group's retail profit rose 8.2%.", [1], art) == "unsupported"


# --- time words and year ends -------------------------------------------------------------------------


def test_a_peak_season_before_gongsi_is_no_company():
    art = dated("恒川航空表示，暑运旺季期间公司日均执行航班1250班，客座率达到86.5%。")
    assert status("Hengchuan Airlines operated 1,250 flights a day during the summer peak season.", [1], art) \
        == "supported"
    assert status("Hengchuan Airlines operated 1,520 flights a day during the summer peak season.", [1], art) \
        == "unsupported"
    listed = dated("国泰航空表示，暑运旺季期间公司日均执行航班1250班，客座率达到86.5%。")
    assert status("Cathay Pacific operated 1,250 flights a day during the summer peak season.", [1], listed) \
        == "supported"


def test_the_end_of_a_dated_year_is_that_year():
    art = dated("恒川材料表示，新厂预计于2027年底投产，届时月产能将增至350万米。", when="2026-11-18 09:00")
    assert status("Hengchuan said its new plant would start production at the end of 2027.", [1], art) == "supported"
    assert status("Hengchuan said its new plant would start production at the end of 2026.", [1], art) \
        == "unsupported"
    capacity = dated("恒川材料预计2027年底月产能将增至350万米。", when="2026-11-18 09:00")
    assert status("Hengchuan expects monthly capacity to reach 3.5 million meters by the end of 2026.", [1],
                  capacity) == "unsupported"


# --- net buying and net selling --------------------------------------------------------------------


def test_net_selling_told_as_net_buying():
    art = dated("外资昨日买超恒川电子9,120张，卖超远拓电池3,405张。")
    assert status("Foreign investors net bought 9,120 lots of Hengchuan Electronics shares.", [1], art) != "unsupported"
    wrong = check_claim("Foreign investors net bought 3,405 lots of Yuantuo Battery shares.", [1], art)
    assert wrong.status == "unsupported"
    assert any("net selling" in p for p in wrong.problems)


def test_net_selling_told_as_net_buying_english():
    art = dated("Foreign portfolio investors sold a net ₹2,480 crore of Indian shares on Friday, while domestic "
                "institutions bought a net ₹1,905 crore.")
    assert status("Domestic institutions bought a net ₹1,905 crore of Indian shares on Friday.", [1], art) \
        != "unsupported"
    assert status("Foreign portfolio investors bought a net ₹2,480 crore of Indian shares on Friday.", [1], art) \
        == "unsupported"


def test_a_profit_told_as_a_loss():
    art = dated("Harbor Games posted an operating profit of 41.2 billion won in the third quarter, swinging from a "
                "loss of 9.8 billion won a year earlier.")
    assert status("Harbor Games swung to an operating profit of 41.2 billion won in the third quarter.", [1], art) \
        != "unsupported"
    wrong = check_claim("Harbor Games swung to an operating loss of 41.2 billion won in the third quarter.", [1], art)
    assert wrong.status == "unsupported"
    assert any("is a profit" in p for p in wrong.problems)


def test_a_period_of_another_verb_or_a_quarters_end_is_not_the_figures():
    art = dated("海湾茶饮董事长表示，明年海外门店目标为600家，明年二季度进入美国第三个州。")
    assert status("The chairman targets 600 overseas stores in 2027 and plans to enter a third US state in the "
                  "second quarter of 2027.", [1], art) != "unsupported"
    art = dated("Harbor Coffee said revenue for its fiscal fourth quarter, which ended in September, rose 9.1% to "
                "$862 million.")
    assert status("Harbor Coffee's revenue for its fiscal fourth quarter, ended in September, rose 9.1% to $862 "
                  "million.", [1], art) != "unsupported"


def test_earnings_per_ads_told_as_per_ordinary_share():
    art = dated("海湾咖啡三季度每股美国存托股(ADS)摊薄收益6.48元(1股ADS代表8股A类普通股)。")
    assert status("Harbor Coffee's diluted earnings per ADS were 6.48 yuan in the third quarter.", [1], art) \
        != "unsupported"
    assert status("Harbor Coffee's diluted earnings per share were 6.48 yuan in the third quarter.", [1], art) \
        != "unsupported"
    wrong = check_claim("Harbor Coffee's diluted earnings per Class A ordinary share were 6.48 yuan in the third "
                        "quarter.", [1], art)
    assert wrong.status == "unsupported"
    assert any("American depositary share" in p for p in wrong.problems)


def test_a_targets_premium_and_an_earlier_level_are_worked_out_not_wrong():
    art = dated("海湾医疗昨日收报250.00元。", "中泰证券分析师徐明给予海湾医疗目标价302.50元。")
    assert status("Xu's new target is about 21% above the stock's close.", [1, 2], art) == "unverifiable"
    assert status("Xu's new target is about 41% above the stock's close.", [1, 2], art) == "unsupported"
    art = dated("海湾影像9月末在手订单为95.6亿元，较6月末增长19.7%。")
    assert status("The order backlog at the end of June was about 7.99 billion yuan.", [1], art) == "unverifiable"
    assert status("The order backlog at the end of June was about 8.99 billion yuan.", [1], art) == "unsupported"
