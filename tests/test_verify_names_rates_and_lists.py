"""A capitalised word that ends a company's name is no segment, 目前 before a monthly rate, kilotonnes, a lone
name that reports its own figures, a speaker kept out of a 'respectively' list, 'lift' as a rise, brands in an
aside, new contracts as orders, ride-on against walk-behind machinery, a total against its narrower item, a
bare 分别 whose items open the clauses before it, a reason's quarter,
an industrial park, India's sector indexes, and where the customers are. Each case sets a correct claim against
a wrong one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_capitalised_word_ending_the_name_is_no_segment():
    art = article("阳光照明上半年实现营收16.80亿元，同比下降3.1%；归母净利润1.20亿元，同比增长12.5%。", title="阳光照明")
    assert status("Yankon Lighting's first-half revenue fell 3.1% to 1.68 billion yuan.", [1], art) == "supported"
    assert status("Yankon Lighting's first-half revenue fell 12.5% to 1.68 billion yuan.", [1], art) == "unsupported"


def test_capacity_now_is_monthly():
    art = article("阳光照明董事会秘书表示，公司越南基地目前月产能为500万只，预计明年扩产完成后将提升至800万只。", title="阳光照明")
    assert status("Yankon's Vietnam base has monthly capacity of 5 million units.", [1], art) == "supported"
    assert status("Yankon's Vietnam base has annual capacity of 5 million units.", [1], art) == "unsupported"


def test_kilotonnes_are_thousands_of_tonnes():
    art = article("Iluka Resources said zircon sales were 65.2kt in the quarter and rutile sales 18.4kt.", title="Iluka")
    assert status("Iluka sold 65,200 tonnes of zircon in the quarter.", [1], art) == "supported"
    assert status("Iluka sold 62,500 tonnes of zircon in the quarter.", [1], art) == "unsupported"


def test_a_lone_name_that_produced_owns_the_figures():
    art = article("Strandline Resources produced 38,200 tonnes of heavy mineral concentrate at its Coburn project in "
                  "the quarter, 12% more than in the previous quarter.", title="Strandline")
    assert status("Strandline produced 38,200 tonnes of heavy mineral concentrate at Coburn, up 12% on the previous "
                  "quarter.", [1], art) == "supported"


def test_the_speaker_is_none_of_a_respectively_list():
    art = article("Sheffield Resources said Kimberley Mineral Sands produced 61,000 tonnes of ilmenite and 20,500 "
                  "tonnes of zircon concentrate in the quarter, up 22% and 9% respectively.", title="Sheffield")
    assert status("Kimberley Mineral Sands produced 61,000 tonnes of ilmenite in the quarter.", [1], art) == "supported"


def test_lift_is_a_rise():
    art = article("The analyst expects lower output to lift unit costs to about A$290 a tonne next year.", title="costs")
    assert status("The analyst expects unit costs to rise to about A$290 a tonne next year.", [1], art) == "supported"
    assert status("The analyst expects unit costs to fall to about A$290 a tonne next year.", [1], art) == "unsupported"


def test_brands_in_an_aside_own_nothing():
    art = article("Hatsun Agro Product said revenue from its ice cream business, sold under the Arun and Ibaco brands, "
                  "rose 24.1% to ₹398 crore.", title="Hatsun")
    assert status("Hatsun's ice cream revenue rose 24.1% to ₹398 crore.", [1], art) == "supported"


def test_new_contracts_are_not_revenue():
    art = article("欧普照明上半年新签约工程项目合同金额为12.6亿元，同比增长14.2%。", title="欧普照明")
    assert status("Opple signed 1.26 billion yuan of new contracts in the first half, up 14.2%.", [1], art) == "supported"
    assert status("Opple's revenue rose 14.2% to 1.26 billion yuan in the first half.", [1], art) == "unsupported"


def test_ride_on_machinery_is_not_walk_behind():
    art = article("大叶股份前三季度骑乘式园林机械收入同比增长28.6%至3.40亿元，手推式产品收入同比下降7.2%至7.95亿元。",
                  title="大叶股份")
    assert status("Daye's riding mower revenue grew 28.6% to 340 million yuan.", [1], art) == "supported"
    assert status("Daye's walk-behind products grew 28.6% to 340 million yuan.", [1], art) == "unsupported"


def test_a_total_is_not_its_narrower_item():
    art = article("上半年我国照明行业出口额为281.5亿美元，同比增长3.9%；其中LED照明产品出口额为210.3亿美元，同比增长5.7%。",
                  title="照明出口")
    assert status("China's total lighting exports grew 3.9% in the first half.", [1], art) == "supported"
    assert status("China's total lighting exports grew 5.7% in the first half.", [1], art) == "unsupported"


def test_a_bare_fenbie_pairs_the_items_of_the_clauses_before():
    art = article("直得11月线性滑轨营收占比为57.1%，滚珠螺杆占比为32.0%，较10月分别增加1.2个百分点及减少0.7个百分点。",
                  title="直得")
    assert status("Linear guideways' share of Chieftek's revenue rose 1.2 percentage points in November.", [1],
                  art) == "supported"
    assert status("Linear guideways' share of Chieftek's revenue fell 0.7 percentage points in November.", [1],
                  art) == "unsupported"


def test_a_quarter_named_in_a_reason_is_not_the_figures():
    art = article("The analyst expects the Ebitda margin to average 13.8% in fiscal 2029, lower than in the June "
                  "quarter because the July-September quarter is seasonally weak.", title="margin")
    assert status("The analyst expects the Ebitda margin to average 13.8% in fiscal 2029.", [1], art) == "supported"
    assert status("The analyst expects the Ebitda margin to average 13.8% in the July-September quarter.", [1],
                  art) == "unsupported"


def test_an_industrial_park_is_no_company():
    art = article("直得董事长表示，台中精密園區新廠預計明年量產，屆時線性滑軌月產能將由4萬支提升至7萬支。", title="直得")
    assert status("Chieftek's new plant will lift monthly linear guideway capacity from 40,000 to 70,000 units.", [1],
                  art) == "supported"


def test_indias_sector_index_is_not_the_nifty_50():
    art = article("The Nifty 50 ended 0.42% higher, while the Nifty FMCG index rose 1.05%.", title="Markets")
    assert status("The Nifty FMCG index rose 1.05%.", [1], art) == "supported"
    assert status("The Nifty 50 rose 1.05%.", [1], art) == "unsupported"


def test_where_the_customers_are():
    art = article("阳光照明上半年对欧洲客户销售额同比增长6.1%，对北美客户销售额同比下降9.3%。", title="阳光照明")
    assert status("Yankon's sales to North American customers fell 9.3% in the first half.", [1], art) == "supported"
    assert status("Yankon's sales to European customers fell 9.3% in the first half.", [1], art) == "unsupported"
    art = article("台灣精銳表示，減速機11月接單中來自中國大陸自動化客戶的訂單占比為40.2%，較去年同期減少4.1個百分點。",
                  title="台灣精銳")
    assert status("Mainland Chinese customers accounted for 40.2% of Apex Dynamics' reducer orders, 4.1 percentage "
                  "points less than a year earlier.", [1], art) == "supported"
    art = article("全球傳動總經理表示，公司的行星滾柱螺桿已送樣給2家美系及1家日系客戶。", title="全球傳動")
    assert status("TBI Motion has sent planetary roller screw samples to two US customers.", [1], art) == "supported"


def test_a_rating_kept_is_the_company_named_before_it():
    art = article("分析师将格力博评级由“持有”上调至“买入”；但他提示，大叶股份四季度仍有去库存压力，维持“中性”评级。", title="园林机械")
    assert status("The analyst kept a neutral rating on Daye Garden.", [1], art) == "supported"
    assert status("The analyst kept a neutral rating on Greenworks.", [1], art) == "unsupported"


def test_pence_are_hundredths_of_a_pound():
    art = article("Peel Hunt raised its Mitchells & Butlers target price to 385p from 350p. The shares closed at 330p.",
                  title="M&B")
    assert status("Peel Hunt raised its M&B target price to 385p, about 17% above the 330p close.", [1], art) != "unsupported"
    assert status("Peel Hunt raised its M&B target price to 358p from 350p.", [1], art) == "unsupported"


def test_a_frequency_is_read_with_its_unit():
    art = article("普源精电表示，搭载新芯片组的13GHz带宽示波器计划于明年一季度发布，单台售价预计在80万元左右。", title="普源精电")
    assert status("RIGOL plans to launch a 13 GHz oscilloscope next year at around 800,000 yuan a unit.", [1],
                  art) == "supported"
    assert status("RIGOL plans to launch a 16 GHz oscilloscope next year at around 800,000 yuan a unit.", [1],
                  art) == "unsupported"


def test_fen_after_renminbi_are_hundredths_of_a_yuan():
    art = article("金邦達寶嘉公布中期業績，每股基本盈利人民幣12.4分。", title="金邦達寶嘉")
    assert status("Goldpac's basic earnings per share were 0.124 yuan for the half.", [1], art) == "supported"
    assert status("Goldpac's basic earnings per share were 12.4 yuan for the half.", [1], art) == "unsupported"


def test_a_quotient_the_claim_calls_approximate_is_no_slip_of_scale():
    art = article("Thor's order backlog included $1.07 billion for North American towables. Thor bought back 380,000 "
                  "shares for $40.7 million in the quarter.", title="Thor")
    assert status("Thor repurchased 380,000 shares for $40.7 million, roughly $107 a share.", [1], art) != "unsupported"


def test_a_province_is_no_company():
    art = article("HiteJinro said its first overseas soju plant, in Thai Binh province in Vietnam, would start in 2029 "
                  "with capacity of 90 million bottles a year.", title="HiteJinro")
    assert status("HiteJinro's Vietnamese soju plant will have capacity of 90 million bottles a year.", [1],
                  art) == "supported"



def test_a_combined_whole_of_listed_members_is_counted():
    art = article("In London, M&B shares rose 2.1%. M&B and Marston's together took £3.52 billion of revenue in their "
                  "latest financial years, about 74% of it at M&B.", title="Pubs")
    assert status("M&B accounted for about three-quarters of the combined annual revenue of M&B and Marston's.", [1],
                  art) != "unsupported"
    assert status("M&B accounted for about three-quarters of the combined annual revenue of M&B, Marston's and "
                  "Fuller's.", [1], art) == "unsupported"
    art = article("按前三季度数据计算，奥佳华、荣泰健康两家公司合计实现归母净利润4.51亿元，其中奥佳华占比约62%。", title="按摩椅")
    assert status("Aojiahua's nine-month profit was about 62% of the combined nine-month profit of Aojiahua, Rongtai "
                  "Health and SKG.", [1], art) == "unsupported"


def test_a_sentence_opened_by_the_quarter_before_is_quarter_on_quarter():
    art = article("HiteJinro's third-quarter sales were 705.2 billion won, up 5.8% from a year earlier. Compared with the "
                  "second quarter, sales rose 3.9%.", title="HiteJinro")
    assert status("HiteJinro's third-quarter sales rose 3.9% from the second quarter.", [1], art) == "supported"
    assert status("HiteJinro's third-quarter sales were 3.9% higher than a year earlier.", [1], art) == "unsupported"


def test_days_lengthened_is_a_rise():
    art = article("金邦達寶嘉財務總監指出，應收賬款周轉天數為81天，較去年底縮短7天。", title="金邦達寶嘉")
    assert status("Goldpac's receivable turnover days shortened by seven days to 81.", [1], art) == "supported"
    assert status("Goldpac's receivable turnover days lengthened by seven days to 81.", [1], art) == "unsupported"


def test_a_research_director_is_an_analyst_not_a_chairman():
    art = article("望正资产研究总监郄云阶预计，普源精电明年归母净利润约为2.4亿元。", title="普源精电")
    assert status("Research director Qie Yunjie expects RIGOL's net profit to be about 240 million yuan next year.", [1],
                  art) != "unsupported"
    assert status("Chairman Qie Yunjie expects RIGOL's net profit to be about 240 million yuan next year.", [1],
                  art) == "unsupported"


def test_a_bare_fenbie_after_listed_levels_pairs_their_markets():
    art = article("前三季度按摩椅出口额为10.90亿美元，其中对北美出口4.05亿美元、对东南亚出口2.02亿美元，分别同比增长3.1%和17.6%。",
                  title="按摩椅")
    assert status("Massage-chair exports to Southeast Asia rose 17.6%, far outpacing the 3.1% rise in exports to North "
                  "America.", [1], art) == "supported"
    assert status("Massage-chair exports to North America rose 17.6%, while exports to Southeast Asia rose 3.1%.", [1],
                  art) == "unsupported"


def test_advertising_sites_and_pub_estates_are_items():
    art = article("雅仕維首三季機場媒體收入7.50億港元，按年增長28.4%；地鐵媒體收入4.90億港元，按年增長6.1%。", title="雅仕維")
    assert status("Asiaray's airport media revenue rose 28.4% in the first nine months.", [1], art) == "supported"
    assert status("Asiaray's metro media revenue rose 28.4% in the first nine months.", [1], art) == "unsupported"
    art = article("Fuller's said like-for-like sales in its managed pubs rose 4.2%, while like-for-like profit in its "
                  "tenanted inns rose 1.9%.", title="Fuller's")
    assert status("Fuller's tenanted inns grew like-for-like sales by 4.2%.", [1], art) == "unsupported"


def test_a_part_named_of_its_own_takes_no_carried_item():
    art = article("Chervon said third-quarter revenue rose 16.1% to US$471 million; North America rose 18.2% and Europe "
                  "10.4%.", title="Chervon")
    assert status("Chervon's third-quarter revenue rose 16.1%, with North America up 18.2% and Europe up 10.4%.", [1],
                  art) == "supported"


def test_a_verb_moves_the_named_reduction():
    art = article("The tax service plans to widen the reduction in the liquor-tax base for soju to 24% from 22% next year.",
                  title="Soju")
    assert status("The plan widens the tax-base reduction for soju to 24% next year.", [1], art) == "supported"
    assert status("The plan narrows the tax-base reduction for soju to 24% next year.", [1], art) == "unsupported"


def test_a_gap_to_a_close_the_paragraph_gives():
    art = article("金邦達寶嘉昨日收報3.90港元，升8.1%。", "中信建投國際維持金邦達寶嘉「買入」評級，目標價由3.80港元上調至4.70港元。",
                  title="金邦達寶嘉")
    assert status("China Securities International's HK$4.70 target for Goldpac is about a fifth above the stock's latest "
                  "close.", [1, 2], art) != "unsupported"
    assert status("China Securities International's HK$4.70 target for Goldpac is about a third above the stock's latest "
                  "close.", [1, 2], art) == "unsupported"


def test_a_share_of_the_companys_revenue_is_no_share_of_a_part():
    art = article("奥佳华前三季度按摩椅收入30.10亿元，同比增长11.0%，占营业收入的比重约为52%。", title="奥佳华")
    assert status("Massage chairs made up about 52% of Aojiahua's revenue in the first nine months.", [1], art) == "supported"
    assert status("Massage chairs made up about 52% of Aojiahua's own-brand revenue in the first nine months.", [1],
                  art) == "unsupported"


def test_a_figure_in_a_unit_the_reader_does_not_know_is_not_called_wrong():
    art = article("Iluka Resources said zircon sales were 76.2zt in the quarter.", title="Iluka")
    assert status("Iluka sold 76,200 tonnes of zircon in the quarter.", [1], art) == "unverifiable"
    assert status("Iluka sold 72,600 tonnes of zircon in the quarter.", [1], art) == "unsupported"
