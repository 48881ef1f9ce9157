"""Years a dateline implies, changes and shares spelt as fractions, officers who put or guide a figure,
stock codes written beside names, subsidiaries and things a company owns, periods of one clause or one
subject, and a paragraph's frames of quarters and years. Each case sets a correct claim against a wrong
one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- years the dateline implies ------------------------------------------------------------------------


def test_a_period_the_paragraph_gives_no_year_is_of_the_dateline_year():
    art = dated("基金经理表示，前三季度全国房屋新开工面积同比下降8.9%，预计明年上半年产品价格还将下降3%。",
                when="2028-10-30 08:45")
    assert status("New housing starts fell 8.9% year on year in the first nine months of 2028.", [1], art) == "supported"
    assert status("New housing starts fell 8.9% year on year in the first nine months of 2027.", [1], art) == "unsupported"


def test_the_quarter_a_first_quarter_is_compared_with_is_last_years_fourth():
    art = dated("訊聯第一季營收3.76億元，季減2.1%；毛利率61.4%，季增0.7個百分點。", when="2028-06-12 18:20")
    assert status("BIONET's first-quarter gross margin was 61.4%, 0.7 percentage points higher than in the fourth "
                  "quarter of 2027.", [1], art) == "supported"
    assert status("BIONET's first-quarter gross margin was 61.4%, 0.7 percentage points higher than in the fourth "
                  "quarter of 2026.", [1], art) != "supported"


def test_the_end_of_last_year_is_the_end_of_december_or_december_31():
    art = dated("Its order book shrank to €6.37 billion at the end of June from €6.81 billion at the end of December.",
                when="2028-08-20 07:00", title="Boskalis")
    assert status("The order book fell to €6.37 billion at the end of June from €6.81 billion at the end of 2027.",
                  [1], art) == "supported"
    assert status("The order book fell to €6.37 billion at the end of June from €6.81 billion at the end of 2026.",
                  [1], art) == "unsupported"
    days = dated("The chief financial officer said net debt was 1.01 billion euros at June 30, 74 million euros less "
                 "than at December 31. The group expects 2028 sales of 2.5 billion euros.", when="2028-07-28 08:00",
                 title="Fluidra")
    assert status("Net debt fell by 74 million euros from the end of 2027 to 1.01 billion euros at June 30.", [1],
                  days) == "supported"


# -- fractions -------------------------------------------------------------------------------------------


def test_a_change_the_paragraph_spells_as_a_fraction():
    art = article("Chief executive Everett Quaile said Tilray would cut its cultivation footprint by a fifth by May 2028.",
                  title="Tilray")
    assert status("Tilray will reduce its cultivation footprint by 20% by May 2028.", [1], art) == "supported"
    assert status("Tilray will reduce its cultivation footprint by 25% by May 2028.", [1], art) == "unsupported"
    assert status("Tilray will increase its cultivation footprint by 20% by May 2028.", [1], art) == "unsupported"
    zh = article("公司表示，明年将把产能减少三分之一。")
    assert status("The company will cut capacity by 33% next year.", [1], zh) == "supported"


def test_a_fraction_is_held_to_the_shares_the_amounts_work_out_to():
    art = article("In the first half, DEME's Offshore Energy revenue jumped 18.2% to €1.04 billion, Dredging & Infra rose 2.6% "
                  "to €860 million, Environmental grew 6.3% to €170 million and Concessions fell 4.8% to €140 million.",
                  title="DEME")
    assert status("Offshore Energy made up nearly half of DEME's first-half revenue.", [1], art) == "supported"
    assert status("Offshore Energy accounted for about two-thirds of DEME's first-half revenue.", [1], art) == "unsupported"


def test_a_share_contributed_is_a_share():
    art = article("以归母净利润计，两家公司前三季度合计盈利4.662亿元，其中青鸟消防贡献约88%。")
    assert status("Jade Bird Fire contributed about 88% of the two companies' combined nine-month net profit.", [1],
                  art) == "supported"
    assert status("Jade Bird Fire contributed about three-quarters of the two companies' combined nine-month net profit.",
                  [1], art) == "unsupported"


# -- officers who put, guide or raise a figure -----------------------------------------------------------------


def test_an_officer_who_puts_a_figure_at_a_level_says_it():
    art = article("Great Lakes Dredge & Dock chief executive Hadrian Meriwether said the company's new Jones Act hopper dredger would be delivered "
                  "in 2029, and chief financial officer Briony Tollemache put full-year capital spending at $165 million. "
                  "The company won 38% of the $1.46 billion of dredging work put out to bid.",
                  title="Great Lakes Dredge & Dock")
    assert status("Great Lakes CFO Briony Tollemache expects capital spending of $165 million this year.", [1], art) == "supported"
    assert status("Great Lakes CEO Hadrian Meriwether put full-year capital spending at $165 million.", [1], art) == "unsupported"
    # (A vessel of the company's is not whose figure follows.)
    assert status("Great Lakes won 38% of the $1.46 billion of dredging work put out to bid.", [1], art) == "supported"


def test_guidance_is_the_officer_who_guided_or_raised_it():
    art = article("Chief executive Roderic Ainsley guided to fiscal 2029 revenue of $12.15 billion-$12.30 billion. "
                  "Hyacinth Rourke, president and chief operating officer, said a new distribution centre would open.",
                  title="Cintas")
    assert status("Cintas CEO Roderic Ainsley guided to fiscal 2029 revenue of $12.15 billion-$12.30 billion.", [1], art) == "supported"
    assert status("Cintas president Hyacinth Rourke guided to fiscal 2029 revenue of $12.15 billion-$12.30 billion.", [1],
                  art) == "unsupported"


# -- names: stock codes, subsidiaries, longer names, readings -------------------------------------------------


def test_a_stock_code_beside_an_english_name_is_no_figure_and_must_be_the_articles():
    art = article("东睦股份（600114）披露三季报，公司前三季度实现营业收入48.72亿元，同比增长16.4%。", title="东睦股份三季报")
    assert status("NBTM (Dongmu, 600114) reported nine-month revenue of 4.872 billion yuan, up 16.4%.", [1], art) == "supported"
    assert status("NBTM (Dongmu, 600115) reported nine-month revenue of 4.872 billion yuan, up 16.4%.", [1], art) == "unsupported"
    hk = article("遠大醫藥（00512）公布中期業績，上半年收入按年增長9.4%至人民幣63.8億元。", title="遠大醫藥")
    assert status("Grand Pharma (512) reported first-half revenue up 9.4% at 6.38 billion yuan.", [1], hk) == "supported"


def test_a_subsidiary_named_after_the_word_for_it_owns_its_figures():
    art = article("中国同辐旗下原子高科上半年收入为人民币12.4亿元，按年增长13.2%，净利润人民币1.86亿元，按年增长19.8%。")
    assert status("CIRC subsidiary Atom High Tech raised first-half net profit 19.8% to 186 million yuan.", [1], art) != "unsupported"


def test_a_longer_name_that_opens_with_an_acronym_is_not_the_acronyms_company():
    art = article("浔兴股份一季度实现营收5.28亿元，同比增长9.7%。", title="浔兴股份")
    assert status("SBS Zipper's first-quarter revenue rose 9.7% on the year to 528 million yuan.", [1], art) != "unsupported"


def test_a_product_acronym_beside_a_common_noun_owns_no_figure():
    art = article("中铁工业董事会秘书表示，上半年公司盾构机/TBM新签合同额46.8亿元，同比下降6.5%。", title="中铁工业")
    assert status("The company's shield-machine and TBM contract signings fell 6.5% to 4.68 billion yuan in the "
                  "first half.", [1], art) == "supported"


def test_a_long_a_may_be_doubled_in_a_hong_kong_name():
    art = article("興證國際分析師司徒靜嵐將中國同輻目標價由33港元上調至36港元。", title="中國同輻")
    assert status("Szeto Ching-laam raised her CIRC target price to HK$36.", [1], art) == "supported"


# -- owners and periods ----------------------------------------------------------------------------------------


def test_revenue_that_came_from_a_place_is_not_the_places():
    art = article("Aurora Cannabis said global medical cannabis net revenue climbed 17.8% to C$71.4 million, of which C$28.9 million came from "
                  "Canada and C$42.5 million from international markets.", title="Aurora Cannabis")
    assert status("Aurora's medical cannabis net revenue rose 17.8% to C$71.4 million, with C$42.5 million coming from "
                  "international markets.", [1], art) == "supported"


def test_taking_part_is_no_comparison():
    art = article("俞穎翰指出，截至5月底，全台核准的細胞治療計畫累計412件，其中該公司參與37件；去年市場規模約68億元。")
    assert status("By the end of May, 412 cell-therapy plans had been approved, 37 of them involving the company.", [1],
                  art) == "supported"


def test_a_measure_with_what_it_leaves_out_in_an_aside_keeps_its_metric():
    art = article("青鸟消防前三季度归母净利润4.12亿元，同比增长15.8%；扣非净利润3.86亿元，同比增长13.1%。", title="青鸟消防")
    assert status("Jade Bird Fire's recurring net profit, excluding one-off items, was 386 million yuan in the first nine "
                  "months.", [1], art) == "supported"
    assert status("Jade Bird Fire's recurring net profit, excluding one-off items, was 412 million yuan in the first nine "
                  "months.", [1], art) == "unsupported"


def test_a_period_given_with_its_belongs_to_the_subject_before():
    art = article("FirstCash's scrap revenue rose 24% to $48.2 million in its third quarter, while EZCORP's scrap sales "
                  "rose 31% to $21.5 million in its fiscal fourth quarter.", title="Pawn lenders")
    assert status("EZCORP's scrap sales rose 31% to $21.5 million in its fiscal fourth quarter, outpacing FirstCash's 24% "
                  "rise to $48.2 million.", [1], art) == "supported"
    assert status("FirstCash's scrap revenue rose 24% to $48.2 million in its fourth quarter.", [1], art) == "unsupported"


def test_a_clause_that_says_when_its_move_starts_keeps_no_earlier_period():
    art = article("总经理称，一季度国际品牌客户订单同比增长约26%；公司自4月起对部分金属拉链产品每米上调0.03元。", title="伟星股份")
    assert status("The general manager said first-quarter orders rose about 26% on the year, and that Weixing raised "
                  "prices by 0.03 yuan a metre from April.", [1], art) == "supported"


def test_a_month_in_brackets_after_a_quarter_is_where_it_ends():
    art = article("羅技公布2028財年第3季（截至2027年12月底）財報，營收14.82億美元，年增6.4%。", title="羅技")
    assert status("Logitech's revenue for the third quarter of its fiscal 2028 rose 6.4% to US$1.482 billion.", [1],
                  art) == "supported"


def test_a_multiple_after_a_list_of_years_is_of_no_year_in_particular():
    art = article("研究員將圓展2028年EPS預估上調至8.35元、2029年為9.60元，以今日收盤價計算，本益比約23.5倍。", title="圓展")
    assert status("Her 2028 forecast values AVer at about 23.5 times earnings.", [1], art) == "supported"


def test_a_fiscal_year_frames_the_quarter_its_sentence_names():
    art = article("Cintas reported fourth-quarter revenue of $2.93 billion for its fiscal year ended May 31, 2028, up 8.1% "
                  "on the year. Quarterly net income was $548.2 million. For the full fiscal 2028, revenue rose 8.4% to "
                  "$11.37 billion.", title="Cintas")
    assert status("Cintas's fiscal fourth-quarter revenue rose 8.1% to $2.93 billion.", [1], art) == "supported"
    assert status("Cintas earned $548.2 million in the quarter to May 31.", [1], art) == "supported"
    assert status("Cintas's full-year revenue rose 8.1% to $2.93 billion.", [1], art) == "unsupported"


def test_than_in_the_second_is_the_quarter_before():
    art = article("三季度水雾化铁粉平均价格为每吨5,850元，环比下跌3.4%，同比下跌8.1%。")
    assert status("Water-atomised iron powder prices were 3.4% lower in the third quarter than in the second.", [1],
                  art) == "supported"
    assert status("Water-atomised iron powder prices were 8.1% lower in the third quarter than in the second.", [1],
                  art) == "unsupported"


def test_export_contracts_are_contracts():
    art = article("总经理称，上半年公司新签合同额112.6亿元，同比增长10.2%，其中出口新签合同额28.4亿元，同比增长1.3倍。", title="铁建重工")
    assert status("New contracts rose 10.2% to 11.26 billion yuan in the first half, with export contracts of 2.84 "
                  "billion yuan.", [1], art) == "supported"


def test_a_fraction_of_a_claim_that_names_no_one_is_held_to_the_paragraphs_one_share():
    art = article("据行业统计，上半年国内企业共下线盾构机及TBM 286台，同比增长8.3%；其中出口52台，占下线总量的18.2%。")
    assert status("Exports made up nearly a fifth of the shield machines and TBMs rolled out in the first half.", [1],
                  art) == "supported"
    assert status("Exports made up about a quarter of the shield machines and TBMs rolled out in the first half.", [1],
                  art) == "unsupported"


def test_a_whole_the_lead_gives_is_a_whole_a_fraction_may_be_of():
    art = article("Machine tool orders rose 9.1% to 142.3 billion yen in October; foreign orders were 96.8 billion yen.",
                  "Orders from China rose 27.4% to 31.26 billion yen and those from North America 11.8% to 29.85 billion yen, "
                  "while European orders fell 3.6% to 17.42 billion yen.", title="Machine tool orders")
    assert status("China accounted for nearly a third of October's foreign machine tool orders.", [2], art) == "supported"
    assert status("China accounted for about half of October's foreign machine tool orders.", [2], art) == "unsupported"


def test_a_share_of_one_countrys_market_is_not_of_the_worlds():
    art = article("The association estimates that U.S. pest-control revenue reached $28.4 billion in 2027. By that measure "
                  "Rollins holds about 16% of the U.S. market.", title="Rollins")
    assert status("Rollins holds about 16% of the U.S. pest-control market.", [1], art) == "supported"
    assert status("Rollins holds about 16% of the global pest-control market.", [1], art) == "unsupported"
    zh = article("2027年全国火灾报警产品市场规模约236亿元，其中青鸟消防市占率约17.3%。", title="青鸟消防")
    assert status("Jade Bird Fire held about 17.3% of China's fire-alarm market in 2027.", [1], zh) == "supported"
    assert status("Jade Bird Fire held about 17.3% of the world fire-alarm market in 2027.", [1], zh) == "unsupported"


def test_a_unit_named_with_its_parents_short_form_is_the_parents_acronym_and_its_own_name():
    art = article("另据中交天和披露，上半年其盾构机下线31台，同比增长14.8%。", title="盾构机")
    assert status("CCCC Tianhe rolled out 31 shield machines in the first half, up 14.8% on the year.", [1], art) == "supported"
    assert status("CCCC Tiangong rolled out 31 shield machines in the first half, up 14.8% on the year.", [1], art) != "supported"


def test_each_ones_capacity_is_no_combined_total():
    art = article("Jan De Nul said it had ordered two hopper dredgers with a capacity of 17,000 cubic metres each.", title="Jan De Nul")
    assert status("Jan De Nul ordered two hopper dredgers with a capacity of 17,000 cubic metres each.", [1], art) == "supported"
    assert status("Jan De Nul ordered two hopper dredgers with a combined capacity of 17,000 cubic metres.", [1],
                  art) == "unsupported"


# -- readings from the blind94/95 sets' first runs ----------------------------------------------------------


def test_a_firms_hong_kong_name_and_a_short_name_are_the_firm():
    art = article("羅兵咸永道香港金融服務合夥人祁朗翹指出，上半年機構客戶開戶數為1,480個，按年增長44%。")
    assert status("PwC's Kei Long-kiu said institutional accounts opened in the first half rose 44% to 1,480.", [1],
                  art) == "supported"
    zh = article("大智慧研究员庾守真将高测股份2028年归母净利润预测由4.6亿元下调至4.1亿元。")
    assert status("DZH researcher Yu Shouzhen cut his 2028 net profit forecast for Gaoce to 410 million yuan.", [1],
                  zh) == "supported"


def test_a_place_the_company_invests_in_is_no_other_company():
    art = dated("财务总监郗荻舟介绍，截至9月末，公司货币资金为6.84亿元；资产负债率为38.6%，较6月末下降1.4个百分点。"
                "公司预计今年资本开支约3.2亿元，主要投向越南基地。", when="2028-10-28 20:00", title="安利股份三季报")
    assert status("Anli's debt-to-asset ratio was 38.6% at the end of September, 1.4 percentage points lower than at "
                  "the end of June.", [1], art) != "unsupported"


def test_a_brand_before_branded_owns_nothing():
    art = article("HGV's contract sales at Diamond-branded resorts fell 3.8% to $142 million. Chief financial officer "
                  "Honorine Baptiste said net debt was 3.6 times adjusted EBITDA at the end of September.", title="HGV")
    assert status("HGV's net debt was 3.6 times adjusted EBITDA at the end of September, its CFO said.", [1], art) == "supported"


def test_trading_turnover_and_fees_are_read_as_the_paragraph_means_them():
    art = article("上半年持牌平台合计现货交易额为4,860亿港元，按年增长68.5%，按半年增长21.4%。")
    assert status("Spot turnover was HK$486 billion in the first half, up 68.5% year on year.", [1], art) == "supported"
    assert status("Spot turnover was HK$486 billion in the first half, up 21.4% year on year.", [1], art) == "unsupported"
    fees = article("新火科技中期收入为2.86亿港元；其中托管业务收入1.12亿港元，按年增长81.3%；资产管理费收入9,400万港元，按年增长36.2%。",
                   title="新火科技")
    assert status("New Huo's asset-management fees rose 36.2% to HK$94 million.", [1], fees) != "unsupported"


def test_a_year_named_as_a_chinese_base_is_no_other_years_whole():
    art = dated("毕马威表示，预计本港持牌平台全年现货交易额将达1.02万亿港元，较2027年增长约55%。", when="2028-08-20 08:00")
    assert status("Spot turnover is expected to reach HK$1.02 trillion in 2028, about 55% more than in 2027.", [1],
                  art) == "supported"


def test_a_group_total_told_after_its_measure_is_the_groups():
    art = article("建龙微纳、中触媒、万润股份三家公司前三季度合计归母净利润约6.35亿元，其中万润股份占比约61%。")
    assert status("Jianlong, China Catalyst and Valiant earned about 635 million yuan combined in the first nine months.",
                  [1], art) == "supported"


def test_a_yearly_capacity_has_no_quarter_or_month():
    art = article("董事长表示，公司泰国基地年产1.2万吨分子筛项目已于9月试产，预计明年二季度达产。", title="建龙微纳")
    assert status("The chairman said the 12,000-tonne-a-year Thailand plant started trial production in September.", [1],
                  art) == "supported"


def test_a_gap_a_claim_works_out_goes_the_way_its_levels_do():
    art = article("Hertz shares closed at $7.82 on Thursday, down 21% this year.",
                  "Analyst Ottilie Lathbury set a $9.50 target on Hertz.", title="Hertz")
    assert status("Lathbury's $9.50 target is about 21% above Hertz's Thursday close of $7.82.", [2, 1], art) == "supported"
    assert status("Lathbury's $9.50 target is about 21% below Hertz's Thursday close of $7.82.", [2, 1], art) == "unsupported"


def test_a_short_form_after_the_full_name_is_that_company():
    art = article("美畅股份收报23.46元；高测股份收报18.72元。以前三季度归母净利润计，美畅、高测两家合计8.18亿元，其中美畅占比约62.6%。")
    assert status("Metron accounted for about 63% of the combined nine-month net profit of Metron and Gaoce.", [1],
                  art) == "supported"
    assert status("Gaoce accounted for about 63% of the combined nine-month net profit of Metron and Gaoce.", [1],
                  art) == "unsupported"


def test_a_share_of_a_whole_is_held_to_the_part_not_the_whole():
    art = article("康众医疗三季度营收1.06亿元；三季度出口收入占比为57.4%，较上年同期提升6.2个百分点。", title="康众医疗")
    assert status("Exports made up 57.4% of CareRay's third-quarter revenue.", [1], art) == "supported"


def test_interim_results_to_june_30_are_the_first_half():
    art = dated("燕之屋公布截至6月30日止的2028年中期业绩，收入为人民币11.86亿元，按年增长8.3%；期内毛利率为47.9%。",
                when="2028-08-29 07:30", title="燕之屋中期纯利跌12.6%")
    assert status("Yan Palace's first-half revenue rose 8.3% to 1.186 billion yuan.", [1], art) == "supported"


def test_a_year_the_claim_names_after_its_figure_is_the_figures():
    art = dated("行政总裁表示，公司计划于2028年第四季开设首家香港门店，并于2029年底前将直营门店增至260家。", when="2028-08-29 07:30",
                title="燕之屋")
    assert status("The chief executive said the company plans to open its first Hong Kong store in the fourth quarter "
                  "of 2028 and to have 260 directly operated stores by the end of 2029.", [1], art) == "supported"
    assert status("The chief executive said the company plans to have 260 directly operated stores by the end of 2028.",
                  [1], art) == "unsupported"


def test_per_unit_and_per_month_at_once():
    art = article("Hertz's depreciation per unit per month fell to $298 from $336 a year earlier, a decline of 11.3%.",
                  title="Hertz")
    assert status("Hertz's depreciation per unit fell about 11% to $298 a month from $336 a year earlier.", [1],
                  art) == "supported"


def test_a_verb_left_out_of_a_list_carries_past_a_decimal_point_but_a_names_word_is_no_move():
    art = article("Americas Contract sales rose 3.1% to $498.2 million, International Contract & Specialty sales 8.9% to "
                  "$265.7 million and Global Retail sales 3.6% to $248.1 million.", title="MillerKnoll")
    assert status("International Contract & Specialty sales grew 8.9% to $265.7 million.", [1], art) == "supported"
    assert status("International Contract & Specialty sales fell 8.9% to $265.7 million.", [1], art) == "unsupported"


def test_industry_names_no_narrower_whole():
    art = article("Industry shipments in the nine months rose 4.8% to 82,460 homes. September shipments were 9,870, and "
                  "multi-section homes made up 57.3% of the total.", title="Manufactured housing")
    assert status("Multi-section homes made up about 57% of industry shipments.", [1], art) == "supported"


def test_a_site_the_claim_names_by_its_company_a_market_topic_and_a_container_box():
    art = article("天振股份越南工厂产量占公司总产量的41%，较上年同期提升12个百分点。", title="天振股份")
    assert status("Tianzhen's Vietnam plant produced 41% of its output, 12 percentage points more than a year earlier.", [1],
                  art) == "supported"
    box = article("9月末中国至美西航线40英尺集装箱运价为每箱2,150美元，较6月末下降31.4%。")
    assert status("Rates to the US West Coast were $2,150 per 40-foot box at the end of September.", [1], box) == "supported"
    tea = article("香港方面，凉茶铺连锁黄振龙行政总裁麦颂廷表示，首三季香港营业额3.46亿港元，按年增长6.8%。每杯凉茶平均售价18.5港元。",
                  title="黄振龙")
    assert status("A cup of herbal tea at Wong Chun Loong costs HK$18.50 on average.", [1], tea) != "unsupported"


def test_a_level_a_year_earlier_after_its_unit_word_is_the_year_agos():
    art = article("他又指，第四季渠道库存约为1.3个月，低于去年同期的1.8个月。")
    assert status("Channel inventory was about 1.3 months in the fourth quarter, below 1.8 months a year earlier.", [1],
                  art) == "supported"
