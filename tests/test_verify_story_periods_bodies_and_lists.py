"""Story periods, bodies, lists and units, where the reader used to flag a right claim or pass a wrong one:
'the half' and 'the quarter' of a results story that also looks ahead to another half; 'phase III' read as
an acronym; a trust 'sponsored by' a body; a firm whose name joins words with 'and'; a scholar who opens a
sentence of his own; a dividend's yield worked out from a per-10-share payout; Latin names listed with 和;
a sector's 类股; electric and fuel-powered products; a level's own item before a 分别 list of changes;
'exports of X should reach'; a body's name read as a person's; 放款 as loans; last year's quarter after
低于; a share 'of full-year revenue'; 千伏 as kilovolts; 美仙 as US cents; 'in the quarter' right after a
figure; steam sales volumes and a yearly supply capacity; 10月 before a panel size; a breakdown after the
half; underlying and statutory pre-tax profit; an analyst's firm in an aside; 亮灯涨停; companies described in
asides; a year compared after a level; and a compared average. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_the_half_of_a_results_story_is_the_half_that_ended():
    art = dated("Private rents in England rose 4.6% in the 12 months to June, the statistics office said.",
                "Harbour Lettings reported revenue of £50.2 million for the six months to June 30, up 6.0%.",
                "Its chief executive expected rents to rise more slowly in the second half.",
                "LSL Property Services said group revenue for the half rose 4.1% to £31.5 million.",
                when="2033-07-30 09:00", title="Letting agents")
    assert status("LSL Property Services' first-half revenue rose 4.1% to £31.5 million.", [4], art) == "supported"


def test_the_quarter_of_a_results_story_is_the_quarter_that_ended():
    art = dated("Units of listed infrastructure trusts rose 2.1% in October.",
                "India Grid Trust reported revenue of ₹1,200 crore for the July-September quarter, up 10.0% from a year "
                "earlier and 3.0% from April-June.",
                "IRB InvIT Fund said toll revenue rose 9.0% to ₹850 crore in the quarter but fell 2.0% from April-June.",
                when="2033-11-04 09:00", title="InvITs")
    assert status("IRB InvIT's toll revenue rose 9.0% to ₹850 crore in July-September.", [3], art) == "supported"


def test_phase_iii_is_a_trials_phase_not_an_institute():
    art = article("台灣微脂體表示，止痛新藥的第三期臨床試驗已收案300名病患。", title="台灣微脂體")
    assert status("Taiwan Liposome Company's phase III trial of its painkiller has enrolled 300 patients.", [1], art) \
        == "supported"


def test_a_body_that_sponsors_a_trust_does_not_own_its_figures():
    art = article("National Highways Infra Trust, sponsored by the National Highways Authority of India (NHAI), collected ₹1,200 "
                  "crore of tolls in the quarter, up 15.0%.", title="InvITs")
    assert status("National Highways Infra Trust collected ₹1,200 crore of tolls, up 15.0%.", [1], art) == "supported"


def test_a_firm_whose_name_joins_words_with_and_is_no_speaker():
    art = article("Ravi Menon of Infomerics Valuation and Rating said PowerGrid InvIT's revenue would fall by about 4% a "
                  "year.", title="InvITs")
    assert status("Ravi Menon of Infomerics said PowerGrid InvIT's revenue would fall by about 4% a year.", [1], art) \
        == "supported"


def test_a_scholar_opening_his_own_sentence_speaks_of_the_field():
    art = article("玖鹏资产分析师预计，威海广泰2027年归母净利润为5.10亿元。中国民航大学经济与管理学院教授王立华则提醒，"
                  "明年地方机场投资增速可能放缓至6%左右。", title="威海广泰")
    assert status("Professor Wang Lihua of the Civil Aviation University of China warned that growth in local airport "
                  "investment could slow to about 6%.", [1], art) != "unsupported"


def test_a_dividend_yield_worked_out_from_a_per_ten_share_payout():
    art = article("威海广泰拟向全体股东每10股派发现金红利2.00元（含税）。", "10月27日，威海广泰收报25.00元。", title="威海广泰")
    assert status("Weihai Guangtai's proposed dividend of 0.20 yuan a share is worth about 0.8% of its 25.00-yuan closing "
                  "price.", [1, 2], art) == "supported"
    assert status("Weihai Guangtai's proposed dividend of 0.20 yuan a share is worth about 1.8% of its 25.00-yuan closing "
                  "price.", [1, 2], art) == "unsupported"


def test_latin_names_listed_with_he_pair_with_their_figures():
    art = article("外资品牌中，Oshkosh AeroTech和TLD的份额分别为9.3%和7.2%。", title="机场地面设备")
    assert status("Oshkosh AeroTech and TLD held 9.3% and 7.2% of purchases, respectively.", [1], art) == "supported"
    assert status("Oshkosh AeroTech and TLD held 7.2% and 9.3% of purchases, respectively.", [1], art) == "unsupported"


def test_a_sectors_lei_gu_moves_on_its_own():
    art = article("櫃買指數上漲0.8%，生技類股上漲1.6%。", title="台股")
    assert status("The TPEx index rose 1.6%.", [1], art) == "unsupported"


def test_electric_and_fuel_powered_products_are_not_each_other():
    art = article("威海广泰空港设备中，电动产品收入16.42亿元，毛利率为31.6%，高于燃油产品的24.9%。", title="威海广泰")
    assert status("Weihai Guangtai's electric products had a gross margin of 31.6%, above the 24.9% of its fuel-powered "
                  "products.", [1], art) == "supported"
    assert status("Weihai Guangtai's fuel-powered products had a gross margin of 31.6%, above the 24.9% of its electric "
                  "products.", [1], art) == "unsupported"


def test_a_levels_own_item_before_a_list_of_changes():
    art = article("分板块看，安达维尔机载设备收入4.25亿元，航空维修收入2.93亿元，同比分别增长9.6%和8.1%。", title="安达维尔")
    assert status("Andawell's airborne equipment revenue was 425 million yuan.", [1], art) == "supported"
    assert status("Andawell's aviation maintenance revenue was 425 million yuan.", [1], art) == "unsupported"


def test_exports_of_a_product_that_should_reach_a_level():
    art = article("台灣微脂體及奈米劑型藥品產值今年可望達到128億元，年增22%，其中外銷比重約71%。", title="台灣生技")
    assert status("Taiwan's exports of liposomal and nano-formulated drugs should reach about NT$12.8 billion this year.",
                  [1], art) == "unsupported"


def test_a_bodys_name_is_no_persons():
    art = article("中国生物技术发展中心估算，Eppendorf上半年在中国市场的耗材销售额约为6.9亿元，首席执行官李明表示将扩产。",
                  title="实验室耗材")
    assert status("The China National Center for Biotechnology Development estimates that Eppendorf's lab-consumable sales "
                  "in China were about 690 million yuan in the first half.", [1], art) != "unsupported"


def test_fangkuan_is_loans():
    art = article("連線銀行截至3月底存款餘額1,068億元，較去年底增加7.6%，放款餘額742億元，較去年底增加5.9%。", title="純網銀")
    assert status("LINE Bank's loans rose 5.9% to NT$74.2 billion.", [1], art) == "supported"
    assert status("LINE Bank's deposits rose 5.9% to NT$74.2 billion.", [1], art) == "unsupported"


def test_last_years_quarter_after_lower_than():
    art = article("將來銀行第一季稅後虧損1.12億元，較去年同期虧損2.35億元大幅收斂，也低於去年第四季的虧損1.58億元。", title="純網銀")
    assert status("Next Bank's first-quarter net loss narrowed to NT$112 million from NT$235 million a year earlier and "
                  "NT$158 million in the fourth quarter of last year.", [1], art) == "supported"


def test_a_share_of_full_year_revenue_is_the_years():
    art = article("Chief executive Anna Keller said Partners Group would publish its first-half figures on September 8 "
                  "and expected performance fees to make up 20-30% of full-year revenue.", title="Private markets")
    assert status("Partners Group expects performance fees to make up 20-30% of full-year revenue.", [1], art) == "supported"


def test_qianfu_is_kilovolts():
    art = article("前三季度全国110千伏及以上输电线路新开工长度4.86万公里，同比增长12.4%。", title="输电")
    assert status("Construction started on 48,600 km of transmission lines of 110 kV and above, up 12.4%.", [1], art) \
        == "supported"
    assert status("Construction started on 48,600 km of transmission lines of 220 kV and above, up 12.4%.", [1], art) \
        == "unsupported"


def test_meixian_is_us_cents():
    art = article("聖諾醫藥上半年研發開支4,120萬美元，每股虧損3.2美仙。", title="聖諾醫藥")
    assert status("Sirnaomics' loss per share was 3.2 US cents in the first half.", [1], art) == "supported"


def test_the_quarter_right_after_a_figure_is_the_storys():
    art = article("Bunge said on Wednesday that third-quarter adjusted profit rose 4.0%.",
                  "Chief financial officer John Neppl said Bunge had bought back $400 million of shares in the quarter "
                  "and expected to repurchase a further $600 million by the end of June 2034.", title="Bunge Q3")
    assert status("Bunge bought back $400 million of its shares in the third quarter.", [2], art) == "supported"


def test_steam_sales_volume_is_no_revenue():
    art = article("杭州热电上半年蒸汽销售收入6.12亿元，同比增长9.1%，售汽量256.4万吨，同比增长11.6%。", title="杭州热电")
    assert status("Hangzhou Thermal Power's steam sales volume rose 11.6% to 2.564 million tonnes in the first half.", [1], art) \
        == "supported"
    assert status("Hangzhou Thermal Power's steam revenue rose 11.6% in the first half.", [1], art) == "unsupported"


def test_an_annual_steam_supply_capacity_is_a_years():
    art = article("杭州热电董事长表示，公司在绍兴柯桥投资建设的热电联产项目预计2033年三季度投运，投运后将新增年供汽能力300万吨。",
                  title="杭州热电")
    assert status("Hangzhou Thermal Power's Keqiao cogeneration project should start operating in the third quarter of 2033, "
                  "adding 3 million tonnes of annual steam capacity.", [1], art) == "supported"


def test_a_month_before_a_panel_size_is_the_month():
    art = dated("價格方面，10月55吋數位看板面板報價為每片138美元，較9月上漲1.5%。", when="2031-11-13 09:00", title="數位看板")
    assert status("The price of 55-inch digital signage panels was US$138 each in October, up 1.5% from September.", [1], art) \
        == "supported"


def test_a_breakdown_after_the_half_keeps_the_half_but_not_a_trailing_ratio():
    art = article("Japan's arcade market grew 7.4% in the year to March.",
                  "GENDA reported on Friday that revenue for the February-July first half rose 31.6% on the year to ¥78.35 "
                  "billion.",
                  "Arcade revenue rose 28.4% to ¥61.28 billion. The chief financial officer said net debt was ¥96.4 billion "
                  "at the end of July, or 4.1 times trailing 12-month EBITDA.", title="GENDA")
    assert status("GENDA's arcade revenue rose 28.4% to ¥61.28 billion in the first half.", [3], art) == "supported"
    assert status("GENDA's net debt at end-July was 4.1 times its first-half EBITDA.", [3], art) == "unsupported"


def test_underlying_and_statutory_pre_tax_profit():
    art = article("OSB Group said underlying profit before tax rose 6.2% to £318.4 million in the first half, while statutory "
                  "pre-tax profit climbed 9.8% to £296.7 million.", title="OSB")
    assert status("OSB Group's underlying pre-tax profit rose 6.2% to £318.4 million in the first half.", [1], art) == "supported"
    assert status("OSB Group's statutory pre-tax profit rose 6.2% in the first half.", [1], art) == "unsupported"


def test_an_analysts_firm_in_an_aside_owns_no_forecast():
    art = article("Llewelyn Gatacre, an analyst at Peterhouse Capital, raised his OSB target price to 720p and forecast "
                  "2064 underlying pre-tax profit of £640 million.", title="OSB")
    assert status("Gatacre forecasts OSB's 2064 underlying pre-tax profit at £640 million.", [1], art) == "supported"


def test_a_limit_up_written_liang_deng_is_the_stocks():
    art = article("10日創惟收128.5元，上漲4.5%；威鋒亮燈漲停，收236元；旺玖收41.35元，下跌1.7%。", title="USB晶片")
    assert status("VIA Labs shares rose by the daily limit to close at NT$236.", [1], art) == "supported"
    assert status("Genesys Logic shares closed at NT$236.", [1], art) == "unsupported"


def test_a_company_described_in_an_aside_owns_its_figures():
    art = article("Leasys, which is also unlisted, said its fleet rose 9.4% on the year to 1.12 million vehicles. Athlon, the "
                  "leasing arm of Mercedes-Benz Mobility, reported a fleet of 412,000 vehicles, up 3.2%.", title="Leasing")
    assert status("Leasys's fleet grew 9.4% on the year while Athlon's grew 3.2%.", [1], art) == "supported"
    assert status("Athlon's fleet grew 9.4% on the year while Leasys's grew 3.2%.", [1], art) == "unsupported"


def test_a_year_compared_with_after_a_level_is_no_other_years():
    art = dated("ABIEC president Jurandir Siqueira expects Brazil's full-year beef exports of 2.85 million tonnes, about 10% "
                "more than the 2.59 million tonnes shipped in 2058.", when="2059-11-13 16:40", title="Beef")
    assert status("ABIEC expects Brazil's 2059 beef exports to reach 2.85 million tonnes, about 10% more than the 2.59 "
                  "million tonnes shipped in 2058.", [1], art) == "supported"


def test_a_compared_average_is_its_own_periods():
    art = article("PSV spot rates in the North Sea averaged NOK 312,000 a day in the second quarter.",
                  "Ketil Vatnaland expects rates to average NOK 280,000 a day in the second half.", title="Offshore")
    assert status("Ketil Vatnaland expects PSV spot rates to average NOK 280,000 a day in the second half, about 10% below "
                  "the second-quarter average of NOK 312,000.", [2, 1], art) != "unsupported"


def test_an_analyst_of_another_paragraph_did_not_set_this_target():
    art = article("富敦資產管理台股研究主管巫睿翰表示，給予創惟目標價155元。",
                  "愛德蒙得洛希爾亞洲科技基金經理戴熠碩則對旺玖看法保守，預估其2065年營收將年減約3%。", title="USB晶片")
    assert status("Tai Yi-shuo set a NT$155 target price for Genesys Logic.", [1, 2], art) == "unsupported"


def test_taiwanese_short_names_own_their_figures():
    art = article("戴熠碩則對旺玖看法保守，預估其2065年營收將年減約3%；但他認為威鋒PD晶片成長動能明確，2065年營收可望年增25%以上。",
                  title="USB晶片")
    assert status("Tai Yi-shuo expects VIA Labs' 2065 revenue to grow by more than 25%.", [1], art) == "supported"
    assert status("Tai Yi-shuo expects Prolific's 2065 revenue to grow by more than 25%.", [1], art) == "unsupported"


def test_a_figures_sentence_that_names_another_unit():
    art = article("Secure Trust Bank said net lending balances in its Vehicle Finance division rose 11.8% to £712.4 million. "
                  "Receivables at the bank's V12 Retail Finance arm rose 6.4% to £1.684 billion.", title="Motor finance")
    assert status("Receivables at Secure Trust Bank's V12 Retail Finance arm rose 6.4% to £1.684 billion.", [1], art) \
        == "supported"
    assert status("Receivables in Secure Trust Bank's Vehicle Finance division rose 6.4% to £1.684 billion.", [1], art) \
        == "unsupported"


def test_a_half_told_apart_from_the_quarter_named_on_its_own():
    art = article("新中港上半年实现营业收入4.52亿元，同比增长4.1%；归母净利润7,840万元，同比增长18.2%。二季度营收2.19亿元，"
                  "同比增长2.8%。", title="新中港")
    assert status("Xinzhonggang's first-half net profit rose 18.2%.", [1], art) == "supported"
    assert status("Xinzhonggang's second-quarter net profit rose 18.2%.", [1], art) == "unsupported"


def test_a_share_of_total_revenue_after_a_profit_is_not_the_profits():
    art = article("宁波能源上半年营收38.60亿元，同比下降3.2%，归母净利润1.86亿元，同比增长12.4%，其中热电联产板块营收14.20亿元，"
                  "同比增长6.5%，占总营收的36.8%。", title="宁波能源")
    assert status("Ningbo Energy's cogeneration segment made up 36.8% of its first-half revenue.", [1], art) == "supported"
    assert status("Ningbo Energy's cogeneration segment accounted for 36.8% of its first-half net profit.", [1], art) \
        == "unsupported"
