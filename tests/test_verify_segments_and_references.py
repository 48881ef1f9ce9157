"""Segments named by a head alone, counts a claim writes as words, levels at a month's end, 'the stock'
in a claim, 'against' a year-earlier figure, and words that are no names (SaaS, a harbour, a sales
measure ending in 零售). Each case sets a correct claim against a wrong one where it can. Companies are
real; figures, people and sentences are ours."""
from __future__ import annotations

from datetime import datetime

from citebrief.article import Article
from citebrief.verify import check_claim
from tests.support.verify import article, status


def test_segments_named_by_a_head_alone_keep_their_own_figures():
    art = article("By segment, Vietnam Rubber Group's rubber revenue grew 8.2% to 11,400 billion dong in the nine "
                  "months, wood processing rose 2.9% to 3,950 billion dong and industrial parks jumped 21.5% to "
                  "2,610 billion dong.", title="Rubber", language="en")
    assert status("GVR's wood-processing revenue rose 2.9% in the nine months.", [1], art) != "unsupported"
    assert status("GVR's industrial park revenue jumped 21.5% in the nine months.", [1], art) != "unsupported"
    assert status("GVR's wood-processing revenue jumped 21.5% in the nine months.", [1], art) == "unsupported"


def test_a_segment_named_anew_stops_the_last_ones_carry():
    art = article("Kohnan Shoji's home-improvement business grew 4.1% to ¥96.2 billion in the half and its pet "
                  "business 12.8% to ¥18.4 billion.", title="Home centres", language="en")
    assert status("Kohnan's pet business grew 12.8% to ¥18.4 billion in the half, faster than its "
                  "home-improvement business, which rose 4.1% to ¥96.2 billion.", [1], art) != "unsupported"
    # (The list leaves the verb out of its second item; the figure is still the pet business's.)
    assert status("Kohnan's home-improvement business grew 12.8% in the half.", [1], art) == "unsupported"


def test_an_elided_list_item_may_have_a_head_of_three_words():
    art = article("For April-September, sales totalled ¥1.85 trillion, down 1.2% from a year earlier, with garden "
                  "goods down 5.1% and professional building materials up 2.7%.", title="DIY", language="en")
    assert status("Sales of professional building materials rose 2.7% in April-September.", [1], art) != "unsupported"
    assert status("Sales of professional building materials fell 5.1% in April-September.", [1], art) == "unsupported"


def test_a_count_the_claim_writes_as_a_word_is_the_claims_own():
    art = article("黄河旋风董事会秘书表示，公司用于芯片散热的金刚石热沉片已获得两家光模块厂商订单，在手订单金额约0.9亿元。",
                  title="培育钻石")
    assert status("Huanghe Whirlwind has about 90 million yuan of orders for diamond heat spreaders from two "
                  "optical-module makers.", [1], art) != "unsupported"


def test_a_level_at_a_months_end_written_after_it_is_of_that_month():
    art = article("分析师估算，印度主要切磨商的培育钻石毛坯库存已由3月末的约5.1个月销量降至6月末的约3.8个月。", title="培育钻石")
    assert status("Indian cutters' rough inventories fell from about 5.1 months of sales at the end of March to "
                  "about 3.8 months at the end of June.", [1], art) != "unsupported"
    check = check_claim("Indian cutters' rough inventories fell from about 3.8 months of sales at the end of March "
                        "to about 5.1 months at the end of June.", [1], art)
    assert check.status == "unsupported", check.problems


def test_a_sales_measure_ending_in_retail_is_no_retailer():
    art = article("其中7-8月学生书包零售额同比增长2.2%；前三季度书写工具出口额为16.6亿美元，同比增长4.6%，出口单价同比下降约2%。",
                  title="文具")
    assert status("China's exports of writing instruments rose 4.6% to US$1.66 billion in the first nine months, "
                  "although export unit prices fell about 2%.", [1], art) != "unsupported"


def test_a_mixed_case_word_is_not_cut_into_a_name():
    art = article("齐心集团前三季度B2B办公物资业务收入79.6亿元，同比增长4.4%；云视频及SaaS业务收入4.87亿元，同比下降6.2%。",
                  title="文具")
    assert status("Comix's cloud video and SaaS business shrank 6.2% to 487 million yuan.", [1], art) != "unsupported"
    assert status("Comix's cloud video and SaaS business shrank 4.4% to 487 million yuan.", [1], art) == "unsupported"


def test_a_figure_against_a_year_earlier_is_the_year_earliers():
    art = article("Its industrial park companies leased 210 hectares in the nine months, against 175 hectares a "
                  "year earlier.", title="Rubber", language="en")
    assert status("Its industrial park companies leased 210 hectares in the nine months, compared with 175 "
                  "hectares a year earlier.", [1], art) != "unsupported"


def test_the_stock_in_a_claim_is_the_company_it_named_before():
    art = article("Hitomi Sakuragawa at Mizuho Securities cut her target price for Komeri to ¥3,250 from ¥3,700 "
                  "and downgraded the stock to \"neutral\" from \"buy\".", title="Home centres", language="en")
    assert status("Mizuho's Hitomi Sakuragawa cut her target price for Komeri to ¥3,250 and downgraded the stock "
                  "to neutral from buy.", [1], art) != "unsupported"
    check = check_claim("Mizuho's Hitomi Sakuragawa cut her target price for Komeri to ¥3,250 and upgraded the "
                        "stock to buy from neutral.", [1], art)
    assert check.status == "unsupported" and any("Komeri" in p for p in check.problems), check.problems


def test_a_place_word_makes_a_hyphenated_run_a_place_not_a_person():
    art = article("東哥遊艇董事長表示，位於高雄興達港的新廠預計明年第二季完工，年產能將由約70艘提升至95艘。", title="遊艇")
    assert status("Alexander Marine's new plant at Hsing-ta Harbour in Kaohsiung should be finished in the second "
                  "quarter of next year, lifting annual capacity to 95 yachts.", [1], art) != "unsupported"


def test_yachts_shipped_abroad_are_exports():
    art = article("今年前10月台灣遊艇出口金額為新台幣276.4億元，年增9.8%；出口艘數為198艘，年減2.5%。", title="遊艇")
    assert status("Taiwan's yacht exports rose 9.8% to NT$27.64 billion in the first ten months, although the "
                  "number of yachts shipped fell 2.5% to 198.", [1], art) != "unsupported"


def test_what_the_companies_make_is_not_the_item_of_their_combined_profit():
    art = article("以前三季度归母净利润计，三家文具公司合计12.48亿元，其中晨光股份占比约76.5%。", title="文具")
    assert status("The three stationery companies' combined nine-month net profit was 1.248 billion yuan, of "
                  "which M&G accounted for about 76.5%.", [1], art) != "unsupported"


def test_a_list_inside_brackets_does_not_part_a_segment():
    art = article("分业务看，晨光股份前三季度传统核心业务收入61.2亿元，同比下降2.1%；零售大店业务（九木杂物社、晨光生活馆）收入17.6亿元，"
                  "同比增长8.3%。", title="文具")
    assert status("M&G's large-store retail business revenue grew 8.3% in the first nine months.", [1], art) != "unsupported"
    assert status("M&G's traditional core business revenue grew 8.3% in the first nine months.", [1], art) == "unsupported"


def test_an_officer_named_by_title_alone_speaks_for_the_storys_company():
    art = article("科力普总经理表示，科力普前三季度新中标集采项目金额约41亿元。董事会秘书则表示，公司已累计回购股份1,320万股，耗资约4.3亿元。",
                  title="晨光股份")
    assert status("M&G has bought back 13.2 million shares for about 430 million yuan.", [1], art) != "unsupported"


def test_he_who_puts_a_figure_is_the_officer_named_before():
    art = article("Komeri president Kenji Arakawa said the company would open 12 stores this year. Managing director "
                  "Sayuri Tonegawa said prices were cut on 1,100 items. He put capital spending at about ¥22 billion.",
                  title="Home centres", language="en")
    check = check_claim("Komeri president Kenji Arakawa said capital spending would be about ¥22 billion.", [1], art)
    assert check.status == "unsupported" and any("Sayuri Tonegawa" in p for p in check.problems), check.problems


def test_a_change_over_the_same_period_has_the_base_of_the_change_before():
    art = article("Kohnan said debt stood at ¥150.1 billion at the end of August, ¥6.2 billion less than at the end of "
                  "February, and the equity ratio rose 1.4 points over the same period to 38.2%.", title="DIY", language="en")
    assert status("Kohnan's equity ratio rose 1.4 points from a year earlier to 38.2%.", [1], art) == "unsupported"


def test_a_list_of_names_that_leaves_out_its_verb_keeps_the_first_items():
    art = article("On Tuesday, Komeri fell 4.2% to ¥3,180, while Kohnan Shoji rose 1.1% to ¥4,050, DCM Holdings 0.6% "
                  "to ¥1,472 and Arcland 2.0% to ¥2,031.", title="Home centres", language="en")
    assert status("Arcland shares rose 2.0% to ¥2,031 on Tuesday.", [1], art) != "unsupported"
    assert status("Arcland shares fell 2.0% to ¥2,031 on Tuesday.", [1], art) == "unsupported"


def test_a_chief_accountant_is_not_the_general_director():
    art = article("Chief accountant Tran Thi Ngoc Lan said Dong Phu Rubber (DPR) sold 13,900 tonnes in the nine months.",
                  title="Rubber", language="en")
    assert status("DPR chief accountant Tran Thi Ngoc Lan said the company sold 13,900 tonnes.", [1], art) != "unsupported"
    assert status("DPR general director Tran Thi Ngoc Lan said the company sold 13,900 tonnes.", [1], art) == "unsupported"


def test_a_rating_move_given_to_another_company_named_in_the_story():
    art = article("Phuoc Hoa Rubber (PHR) raised nine-month profit 48.6%.",
                  "Tan Viet Securities (TVSI) downgraded DPR to \"hold\" from \"buy\" with a target of 44,000 dong.",
                  title="Rubber", language="en")
    assert status("TVSI downgraded DPR to hold from buy.", [2], art) != "unsupported"
    assert status("TVSI downgraded PHR to hold from buy.", [2], art) == "unsupported"


def test_a_figure_restated_in_another_measure_keeps_its_year():
    art = article("Dak Lak Rubber said a 2027 cash dividend of 7% of par, or 700 dong a share, will be paid on "
                  "November 18.", title="Rubber", language="en")
    assert status("Dak Lak Rubber will pay a 2027 cash dividend of 700 dong a share on November 18.", [1], art) != "unsupported"
    assert status("Dak Lak Rubber will pay its 2028 cash dividend of 700 dong a share on November 18.", [1], art) == "unsupported"


def test_lab_grown_diamonds_are_not_diamond_single_crystal():
    art = article("分产品看，力量钻石前三季度培育钻石收入3.12亿元，同比下降24.5%；金刚石单晶收入1.78亿元，同比增长4.2%。",
                  title="培育钻石")
    assert status("Liliang's lab-grown diamond revenue fell 24.5% in the first nine months.", [1], art) != "unsupported"
    assert status("Liliang's revenue from diamond single crystal fell 24.5% in the first nine months.", [1], art) == "unsupported"


def test_a_target_the_claim_gives_another_broker():
    art = article("Hitomi Sakuragawa at Mizuho Securities cut her target price for Komeri to ¥3,250 from ¥3,700. "
                  "Daichi Morimoto at SMBC Nikko Securities raised his target for Kohnan Shoji to ¥4,600.",
                  title="Home centres", language="en")
    assert status("Mizuho Securities cut its target price for Komeri to ¥3,250.", [1], art) != "unsupported"
    check = check_claim("SMBC Nikko Securities cut its target price for Komeri to ¥3,250.", [1], art)
    assert check.status == "unsupported" and any("Mizuho" in p for p in check.problems), check.problems


def test_a_fraction_of_a_share_for_a_company_named_by_an_acronym():
    art = article("The half-year net profits of Komeri, Kohnan, DCM and Arcland add up to ¥31.60 billion, of which "
                  "DCM accounts for about 32.2%.", title="Home centres", language="en")
    assert status("DCM accounts for about a third of the four chains' combined half-year net profit.", [1], art) != "unsupported"
    assert status("DCM accounts for about a quarter of the four chains' combined half-year net profit.", [1], art) == "unsupported"


def test_a_group_counted_otherwise():
    art = article("The half-year net profits of Komeri, Kohnan, DCM and Arcland add up to ¥31.60 billion, of which "
                  "DCM accounts for about 32.2%.", title="Home centres", language="en")
    check = check_claim("DCM accounts for about 32.2% of the combined half-year net profit of the five home-centre "
                        "chains.", [1], art)
    assert check.status == "unsupported" and any("counts 4" in p for p in check.problems), check.problems


def test_a_year_earlier_as_a_base_names_no_year_of_its_own():
    art = Article(title="Platforms", language="en", published_at=datetime(2028, 8, 24, 7, 30), paragraphs=[
        "HUB24 reported its fiscal 2028 results on Monday.",
        "HUB24's platform funds under administration were A$151.2 billion at June 30, up 27.8% on a year earlier. "
        "The Tech Solutions segment earned A$76.1 million, up 8.7%, and managed portfolios made up 36.9% of "
        "platform funds, against 34.1% a year earlier."])
    assert status("HUB24's Tech Solutions segment earned revenue of A$76.1 million in fiscal 2028, up 8.7%.", [2], art) != "unsupported"


def test_a_slowdown_on_a_year_earlier_is_a_change_of_this_period():
    art = article("中国饮料工业协会估算，上半年内地包装饮用水零售额约为1,142亿元，按年增长3.1%，增速较去年同期放缓3.8个百分点。",
                  title="饮料")
    assert status("Mainland bottled-water retail sales rose 3.1% to about 114.2 billion yuan in the first half, 3.8 "
                  "percentage points slower than a year earlier.", [1], art) != "unsupported"


def test_a_listed_capacity_keeps_the_rate_of_the_first():
    art = article("广博股份董事会秘书称，公司在越南的文具工厂将于明年二季度投产，设计年产能为中性笔1.2亿支、本册6,000万本。",
                  title="文具")
    assert status("Guangbo's stationery factory in Vietnam will have annual capacity of 120 million gel pens and 60 "
                  "million notebooks.", [1], art) != "unsupported"


def test_a_capital_inside_a_word_opens_no_name():
    art = article("艾媒咨询首席分析师预计，今年全国图书零售码洋将下降2%至3%。", title="出版")
    check = check_claim("iiMedia Research's chief analyst expects China's book retail sales to fall by 2% to 3% this year.",
                        [1], art)
    assert not any("Media Research" in p for p in check.problems), check.problems


def test_an_analyst_who_downgrades_a_company_is_a_person_the_paragraph_names_otherwise():
    art = article("英皇证券分析师厍凌皓将中兵红箭评级由“买入”下调至“中性”，目标价由19.8元下调至17.5元。", title="培育钻石")
    check = check_claim("Ben Ruoyuan of Emperor Securities downgraded Zhongbing Hongjian to neutral from buy.", [1], art)
    assert check.status == "unsupported" and any("厍凌皓" in p for p in check.problems), check.problems


def test_days_lengthened_since_a_quarter_end_are_not_a_year_on_year_change():
    art = article("财务总监介绍，截至9月末齐心集团应收账款周转天数为86天，较6月末延长5天。", title="文具")
    assert status("Comix's receivable turnover days lengthened by five days from the end of June to 86 days.", [1], art) != "unsupported"
    assert status("Comix's receivable turnover days lengthened by five days from a year earlier to 86 days.", [1], art) == "unsupported"


def test_a_share_by_value_is_not_a_share_by_volume():
    art = article("Vietnam exported 1.48 million tonnes of natural rubber in the first ten months, and China took 70.6% "
                  "of the ten-month volume.", title="Rubber", language="en")
    assert status("China took 70.6% of the volume of Vietnam's rubber exports in the first ten months.", [1], art) != "unsupported"
    assert status("China accounted for 70.6% of the value of Vietnam's rubber exports in the first ten months.", [1], art) == "unsupported"


def test_a_fiscal_years_figure_is_not_its_second_halfs():
    art = article("Sonic Healthcare's second-half net profit was A$331 million, up 13.9% on the same half a year "
                  "earlier and 14.2% on the first half.", title="Pathology", language="en")
    assert status("Sonic's second-half net profit rose 13.9% on the year to A$331 million.", [1], art) != "unsupported"
    assert status("Sonic's net profit rose 13.9% on the year in fiscal 2028.", [1], art) == "unsupported"


def test_a_cost_as_a_share_of_revenue_is_the_costs():
    art = article("首席財務官表示，華潤飲料上半年銷售及分銷開支佔收入的比例為27.9%，按年上升1.6個百分點。", title="飲料")
    assert status("China Resources Beverage's selling and distribution expenses rose to 27.9% of revenue in the first "
                  "half, 1.6 percentage points higher than a year earlier.", [1], art) != "unsupported"


def test_a_price_per_case_is_not_a_price_per_bottle():
    art = article("業界人士指出，主要品牌550毫升裝純淨水的經銷商批發價由年初每箱（24瓶）23元人民幣降至目前約21元人民幣。", title="飲料")
    assert status("Distributor prices for 550ml purified water fell from 23 yuan to about 21 yuan a case of 24 bottles.", [1], art) != "unsupported"
    assert status("Distributor prices for 550ml purified water fell to about 21 yuan a bottle from 23 yuan.", [1], art) == "unsupported"


def test_packaged_water_is_an_item_not_a_company():
    art = article("康師傅上半年飲品業務收入255.1億元；飲品業務中，包裝水收入18.6億元，下跌6.9%。", title="飲料")
    assert status("Tingyi's packaged water revenue fell 6.9% to 1.86 billion yuan in the first half.", [1], art) != "unsupported"


def test_up_on_a_year_earlier_is_year_on_year():
    art = article("Funds held on Australian investment platforms reached A$1.15 trillion at the end of June, up 9.1% on "
                  "a year earlier and 2.6% from the end of March.", title="Platforms", language="en")
    assert status("Platform funds rose 9.1% on a year earlier to A$1.15 trillion at the end of June.", [1], art) != "unsupported"
    assert status("Platform funds rose 9.1% from the end of March to A$1.15 trillion.", [1], art) == "unsupported"


def test_a_joint_fraction_is_held_to_the_joint_share():
    art = article("Industry net inflows were A$90.2 billion, of which the two specialist platforms, HUB24 and Netwealth, "
                  "together captured about 40.8%.", title="Platforms", language="en")
    assert status("HUB24 and Netwealth together captured about two-fifths of the industry's net inflows.", [1], art) != "unsupported"
    assert status("HUB24 and Netwealth together captured about half of the industry's net inflows.", [1], art) == "unsupported"



def test_a_figure_set_against_another_belongs_to_the_name_after_for():
    art = article("Over the past 12 months HUB24 shares have risen 36.2%, against 11.9% for Netwealth.",
                  title="Platforms", language="en")
    assert status("HUB24 shares have risen 36.2% over the past 12 months, against 11.9% for Netwealth.", [1], art) != "unsupported"
    check = check_claim("Netwealth shares have risen 36.2% over the past 12 months, against 11.9% for HUB24.", [1], art)
    assert check.status == "unsupported" and any("belongs to HUB24" in p for p in check.problems), check.problems


def test_a_percentage_a_year_is_not_a_percentage_a_month():
    art = article("Chief executive Lysander Pethick said Netwealth would cut its administration fee on account balances "
                  "above A$1 million to 0.12% a year from 0.15%.", title="Platforms", language="en")
    assert status("Netwealth will cut its administration fee on balances above A$1 million to 0.12% a year.", [1], art) != "unsupported"
    assert status("Netwealth will cut its administration fee on balances above A$1 million to 0.12% a month.", [1], art) == "unsupported"
