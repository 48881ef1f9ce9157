"""Descriptions set between a name and its verb, sources named before their figures, years that end in other
months, shares by value against volume, parts of a whole set against the whole, lists that go on after
their base, hyphenated names whose stock moved, and places and indexes the gazetteer learnt this session.
Each case sets a correct claim against a wrong one (or guards a correct one). Companies are real; figures,
people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- asides: what describes a name is not whose figures follow -------------------------------------------


def test_a_description_after_the_name_does_not_take_its_figures():
    art = article("Ottobock, the Frankfurt-listed German rival, reported that third-quarter revenue rose 6.0% to €400.0 "
                  "million. Embla said its own revenue rose 9.0%.", title="Prosthetics results")
    assert status("Ottobock's third-quarter revenue rose 6.0% to €400.0 million.", [1], art) != "unsupported"


def test_a_description_opened_by_also_does_not_take_its_figures():
    art = article("Manuka Health reported revenue of NZ$120.0 million. Egmont Honey, also privately held and based in "
                  "New Plymouth, lifted revenue 10.0% to NZ$50.0 million.", title="Honey makers")
    assert status("Egmont Honey lifted revenue 10.0% to NZ$50.0 million.", [1], art) == "supported"


def test_an_aside_must_follow_a_name():
    art = article("By segment, Bandai Namco's digital business, which includes its game titles, saw sales fall 3.0% to ¥170.0 "
                  "billion, while the toys business grew 14.0% on demand for Gundam models. The company raised its net "
                  "profit forecast to ¥140 billion.", title="Bandai Namco results")
    assert status("Bandai Namco raised its net profit forecast to ¥140 billion.", [1], art) == "supported"


def test_a_segment_named_with_its_owner_in_an_aside_keeps_its_figure():
    art = article("Prosthetics & Neuro Orthotics, Embla's largest segment, posted sales of US$140.0 million, up 10.0% "
                  "organically, while Patient Care, its clinic network, rose 8.0% organically to US$60.0 million.",
                  title="Embla results")
    assert status("Embla's Patient Care segment grew 8.0% organically.", [1], art) == "supported"
    assert status("Embla's Patient Care segment grew 10.0% organically.", [1], art) == "unsupported"


def test_a_rival_described_after_its_name_is_not_the_other_company():
    art = article("Gruma said volume rose 2.0%. Grupo Minsa, Gruma's smaller rival in corn flour, reported that "
                  "third-quarter net sales fell 3.0% to 2,900 million pesos.", title="Corn flour")
    assert status("Grupo Minsa's third-quarter net sales fell 3.0%.", [1], art) == "supported"


def test_figures_from_a_ministry_are_not_the_ministrys_own():
    art = article("Figures from the Ministry for Primary Industries show New Zealand honey exports reached NZ$500 million "
                  "in the year to June 30. Export volume rose 3.0% to 11,000 tonnes.", title="Honey exports")
    assert status("New Zealand's honey export volume rose 3.0% to 11,000 tonnes in the year to June.", [1], art) == "supported"


# -- periods and measures --------------------------------------------------------------------------------


def test_a_year_to_march_is_not_a_year_to_june():
    art = article("Manuka Health reported revenue of NZ$140.0 million for the year to March 31, 2034, up 5.0%.",
                  title="Honey makers")
    assert status("Manuka Health's revenue rose 5.0% to NZ$140.0 million in the year to March 31, 2034.", [1], art) == "supported"
    assert status("Manuka Health's revenue rose 5.0% to NZ$140.0 million in the year to June 30, 2034.", [1], art) == "unsupported"


def test_a_share_of_the_value_is_not_a_share_of_the_volume():
    art = article("New Zealand honey exports reached NZ$500 million in the year to June 30, with manuka honey making up "
                  "80% of the value.", title="Honey exports")
    assert status("Manuka honey made up 80% of the value of New Zealand's honey exports.", [1], art) == "supported"
    assert status("Manuka honey made up 80% of New Zealand's honey export volume.", [1], art) == "unsupported"


def test_a_part_of_the_revenue_is_not_the_group_revenue():
    art = article("Coloplast said Ostomy Care revenue was DKK 3.0 billion, or 40.0% of group revenue.",
                  title="Coloplast results")
    assert status("Ostomy Care made up 40.0% of Coloplast's revenue.", [1], art) == "supported"
    assert status("Ostomy Care made up 40.0% of Coloplast's European revenue.", [1], art) == "unsupported"
    assert status("Ostomy Care made up 40.0% of Coloplast's US revenue.", [1], art) == "unsupported"


# -- lists and names -------------------------------------------------------------------------------------


def test_a_list_goes_on_after_its_base():
    art = article("In the fourth quarter, residential door volume rose 3.0% from a year earlier and commercial volume fell "
                  "5.0%.", title="Griffon results")
    assert status("Residential door volume rose 3.0% in the fourth quarter while commercial volume fell 5.0%.",
                  [1], art) == "supported"
    assert status("Residential door volume fell 5.0% in the fourth quarter while commercial volume rose 3.0%.",
                  [1], art) == "unsupported"


def test_a_hyphenated_name_whose_shares_moved():
    art = article("Vopak shares rose 5.0% in Amsterdam on Wednesday. Stolt-Nielsen shares fell 1.0% in Oslo on the same day.",
                  title="Tank storage stocks")
    assert status("Vopak shares rose 5.0% on Wednesday while Stolt-Nielsen's fell 1.0%.", [1], art) == "supported"
    assert status("Stolt-Nielsen shares rose 5.0% on Wednesday while Vopak's fell 1.0%.", [1], art) == "unsupported"


def test_a_lone_name_that_closed_at_a_price():
    art = article("Montauk gained 3.0% to $3.00 on Thursday, and Clean Energy Fuels slipped 1.0% to $2.80.",
                  title="RNG stocks")
    assert status("Montauk closed at $3.00 on Thursday and Clean Energy Fuels at $2.80.", [1], art) == "supported"
    assert status("Montauk closed at $2.80 on Thursday and Clean Energy Fuels at $3.00.", [1], art) == "unsupported"


def test_european_indexes_are_told_apart():
    art = article("The OMX Stockholm 30 index added 0.5% on Wednesday, while the Ibex 35 slipped 0.2% on Thursday.",
                  title="European stocks")
    assert status("The Ibex 35 slipped 0.2% on Thursday.", [1], art) == "supported"
    assert status("The OMX Stockholm 30 index fell 0.2% on Thursday.", [1], art) == "unsupported"


def test_greater_china_and_the_republic_of_china():
    art = dated("安捷伦公布的第三财季业绩显示，其大中华区收入同比下降6%；赛默飞二季度中国区收入同比下降4%。",
                when="2034-08-28 09:00")
    assert status("Agilent's Greater China revenue fell 6% year on year in its fiscal third quarter.", [1], art) == "supported"
    # (A company's sales region is no subject of its own: the 6% stays Agilent's.)
    assert status("Thermo Fisher's Greater China revenue fell 6% year on year.", [1], art) == "unsupported"
    tw = dated("中華民國光學工程學會秘書長表示，2033年全球光學感測晶片市場規模約64億美元，年增9%。", when="2034-11-10 09:00")
    assert status("The secretary-general of the Optical Engineering Society of the Republic of China said the global "
                  "optical sensor chip market grew 9% in 2033.", [1], tw) != "unsupported"


# -- gauges and margins ----------------------------------------------------------------------------------


def test_a_sector_board_that_opens_with_its_product_is_the_boards():
    art = dated("二级市场上，双箭股份收涨6.32%。当日沪指下跌0.21%，煤炭板块上涨0.86%。", when="2034-08-28 09:00")
    assert status("The coal sector gained 0.86% on the day.", [1], art) == "supported"
    assert status("The Shanghai Composite Index gained 0.86% on the day.", [1], art) == "unsupported"


def test_a_sector_index_is_read_whole_before_its_shorter_head():
    art = dated("北陆药业今日下跌3.12%。同日，化学制药指数上涨0.74%，上证指数下跌0.21%。", when="2034-08-28 09:00")
    assert status("The chemical pharmaceuticals index rose 0.74% on the day.", [1], art) == "supported"
    assert status("The chemical pharmaceuticals index fell 0.21% on the day.", [1], art) == "unsupported"


def test_a_period_told_again_between_the_measure_and_its_verb():
    art = article("Griffon said revenue for its fiscal fourth quarter, the three months to September 30, fell 2.0% from a "
                  "year earlier to $690.0 million.", title="Griffon results")
    assert status("Griffon's fiscal fourth-quarter revenue fell 2.0% from a year earlier.", [1], art) == "supported"
    assert status("Griffon's fiscal fourth-quarter net income fell 2.0% from a year earlier.", [1], art) == "unsupported"


def test_the_margin_of_ebita_is_no_net_margin():
    art = article("Prosegur Cash said revenue for the first nine months rose 7.0% to €1,500 million. EBITA rose to €210.0 "
                  "million, a margin of 14.0%, and net profit climbed 12.0% to €100.0 million.", title="Prosegur Cash results")
    assert status("Prosegur Cash's EBITA margin in the first nine months was 14.0%.", [1], art) == "supported"
    assert status("Prosegur Cash's net profit margin in the first nine months was 14.0%.", [1], art) == "unsupported"


# -- bases of balance-sheet levels -----------------------------------------------------------------------


def test_the_start_of_the_fiscal_year_is_no_year_earlier():
    art = article("Inventories were $1.80 billion at the end of the second quarter, up 4.0% from a year earlier, and "
                  "long-term debt fell to $400 million from $450 million at the start of the fiscal year.",
                  title="BJ's Wholesale results")
    assert status("Long-term debt fell to $400 million from $450 million at the start of the fiscal year.",
                  [1], art) == "supported"
    assert status("Long-term debt fell to $400 million from $450 million a year earlier.", [1], art) == "unsupported"
    assert status("Inventories of $1.80 billion were 4.0% higher than a year earlier.", [1], art) == "supported"
    assert status("Inventories of $1.80 billion were 4.0% higher than at the start of the fiscal year.",
                  [1], art) == "unsupported"


def test_an_average_each_worked_out_is_not_called_wrong():
    art = dated("双箭股份上半年钢丝绳芯输送带销量236万平方米，同比增长14.9%，实现收入7.58亿元。", when="2034-08-28 09:00")
    assert status("Double Arrow sold 2.36 million square metres of steel-cord belts in the first half, an average of "
                  "about 321 yuan a square metre.", [1], art) != "unsupported"


# -- Chinese heads that are no one's figures -------------------------------------------------------------


def test_the_exchange_a_company_lists_on_owns_nothing():
    art = dated("同为行业头部企业的中淳高科仍在推进深交所主板上市。中淳高科招股说明书显示，今年1-6月公司实现营业收入21.00亿元，"
                "同比增长6.0%；实现净利润1.10亿元，同比增长18.0%。", when="2034-10-28 09:00")
    assert status("Zhongchun Hi-Tech's first-half net profit rose 18.0% to 110 million yuan.", [1], art) != "unsupported"


def test_a_product_written_before_as_a_segment_is_no_company():
    art = dated("分产品看，上半年常宝股份油套管业务收入19.00亿元，同比增长14.0%；锅炉管收入9.00亿元，同比增长2.0%。"
                "油套管销量为28.0万吨，同比增长10.0%。", when="2034-08-28 09:00")
    assert status("Changbao's OCTG sales volume rose 10.0% to 280,000 tonnes.", [1], art) == "supported"


def test_a_region_list_runs_to_the_full_stop():
    art = dated("以地區別來看，前三季虹堡歐洲營收38.00億元；美洲營收17.00億元；中東及非洲營收5.00億元。產品方面，前三季虹堡安卓"
                "智慧終端出貨186萬台，年增27%。", when="2034-11-10 09:00")
    assert status("Castles shipped 1.86 million Android smart terminals in the first nine months, up 27%.", [1], art) == "supported"


def test_what_drives_a_forecast_is_not_its_measure():
    art = dated("分析師預估，虹堡今年每股純益可達16.8元，明年在越南新廠產能開出帶動下可望達20.1元。", when="2034-11-10 09:00")
    assert status("The analyst forecasts Castles' EPS at NT$16.8 for 2034 and NT$20.1 for 2035.", [1], art) != "unsupported"


def test_a_bodys_name_holds_no_item_of_its_figures():
    art = dated("据中国美发美容协会8月21日发布的数据，2034年上半年国内洗发水零售额为312.6亿元，同比增长4.8%。", when="2034-08-28 09:00")
    assert status("China's retail sales of shampoo rose 4.8% to 31.26 billion yuan in the first half of 2034.",
                  [1], art) == "supported"


def test_a_brand_name_that_starts_as_its_pinyin_is_not_called_another_company():
    art = dated("美芯晟（688458）10月26日晚发布三季报，前三季度实现营收5.84亿元，同比增长63.5%。",
                "美芯晟董事长表示，公司芯片已通过认证。今年上半年，伏达半导体、易冲半导体和美芯晟的份额分别为31%、24%和17%。",
                when="2034-10-28 09:00")
    # (美芯晟 is a subject of [1] only; in [2] the companies with figures are others.)
    assert status("Maxic Technology held 17% of the market in the first half.", [2], art) != "unsupported"


def test_a_fiscal_years_revenue_is_not_its_fourth_quarters():
    art = article("Concentrix reported that revenue for its fiscal fourth quarter, ended November 30, rose 2.4% on the year "
                  "to US$2.61 billion, bringing fiscal 2027 revenue to US$9.93 billion, up 1.9%.", title="Concentrix results")
    assert status("Concentrix's fiscal 2027 revenue rose 1.9% to US$9.93 billion.", [1], art) == "supported"
    assert status("Concentrix's fiscal 2027 revenue rose 2.4%.", [1], art) == "unsupported"


def test_jess_link_is_jpc_connectivity():
    art = dated("股價方面，良維今日上漲4.6%，報341.5元；佳必琪亮燈漲停，報158.5元。", when="2034-11-10 09:00")
    assert status("Jess-Link shares closed limit-up at NT$158.5.", [1], art) == "supported"
    assert status("Jess-Link shares rose 4.6% to NT$341.5.", [1], art) == "unsupported"


# -- more lists, asides and shares -----------------------------------------------------------------------


def test_a_segment_list_with_its_after_and():
    art = article("Kirby Corp said third-quarter revenue was $894.0 million. Marine transportation revenue grew 7.9% to $534.0 "
                  "million, while distribution and services revenue edged up 0.3% to $360.0 million.", title="Kirby results")
    assert status("Kirby's marine transportation revenue was $534.0 million and its distribution and services revenue "
                  "$360.0 million in the third quarter.", [1], art) == "supported"
    assert status("Kirby's marine transportation revenue was $360.0 million and its distribution and services revenue "
                  "$534.0 million in the third quarter.", [1], art) == "unsupported"


def test_a_name_whose_verb_comes_after_a_relative_clause():
    art = article("Sterigenics grew 10.0% to $208.0 million and Nelson Labs 11.2% to $75.0 million, while Nordion, which "
                  "supplies cobalt-60 sources, fell 4.5% to $36.0 million.", title="Sotera Health results")
    assert status("Nordion's revenue fell 4.5% to $36.0 million.", [1], art) == "supported"
    assert status("Nelson Labs' revenue fell 4.5% to $36.0 million.", [1], art) == "unsupported"


def test_a_share_by_number_is_not_a_share_by_value():
    art = dated("聯合信用卡處理中心副總經理指出，感應支付占刷卡交易筆數的比重升至81.4%。", when="2034-11-10 09:00")
    assert status("Contactless payments accounted for 81.4% of the number of card transactions.", [1], art) == "supported"
    assert status("Contactless payments accounted for 81.4% of the value of card transactions.", [1], art) == "unsupported"


def test_a_fraction_is_not_held_to_a_share_of_another_item():
    art = dated("海亮股份前三季度实现营业收入712.6亿元。分业务看，前三季度海亮股份铜管业务收入398.4亿元，铜棒业务收入96.7亿元。"
                "铜管销量78.6万吨，其中海外基地销量21.3万吨，占比27.1%。", when="2034-10-30 09:00")
    assert status("Copper tubes brought in 39.84 billion yuan of Hailiang's revenue in the first nine months, a little over "
                  "half of the total.", [1], art) != "unsupported"


def test_a_company_whose_name_ends_in_a_country():
    art = article("Murphy USA shares rose 6.3% on Wednesday to $512.40, while ARKO fell 4.1% to $5.86 on Tuesday.",
                  title="Fuel retailers")
    assert status("Murphy USA shares rose 6.3% on Wednesday.", [1], art) == "supported"
    assert status("Murphy USA shares fell 4.1% on Wednesday.", [1], art) == "unsupported"


def test_three_of_them_respectively_are_the_items_listed_before():
    art = dated("今年上半年国内惯性导航产品市场规模约为186.0亿元。其中光纤陀螺类产品78.0亿元、激光陀螺类产品52.0亿元、"
                "微机电惯性器件56.0亿元，三者同比分别增长9.8%、6.1%和28.4%。", when="2034-08-28 09:00")
    assert status("Fibre-optic gyroscope products in China grew 9.8% in the first half.", [1], art) == "supported"
    assert status("Laser gyroscope products in China grew 9.8% in the first half.", [1], art) == "unsupported"
    commas = dated("今年前三季度国内红人营销市场规模为1,286亿元。其中，品牌种草类投放482亿元，带货佣金类收入617亿元，"
                   "其他收入187亿元，三者同比分别增长15.2%、9.1%和10.3%。", when="2034-10-28 09:00")
    assert status("Brand seeding placements grew 15.2% in the first three quarters.", [1], commas) == "supported"
    assert status("Sales-commission income grew 15.2% in the first three quarters.", [1], commas) == "unsupported"


def test_last_years_full_year_is_the_year_before():
    art = dated("累計今年前三季，虹堡稅後純益7.68億元，每股純益12.36元，已超越去年全年的11.05元。", when="2034-11-10 09:00")
    assert status("Castles' nine-month EPS of NT$12.36 already exceeds its full-year 2033 EPS of NT$11.05.", [1], art) == "supported"
    assert status("Castles' nine-month EPS of NT$12.36 already exceeds its full-year 2032 EPS of NT$11.05.", [1], art) == "unsupported"


def test_a_based_adjective_is_no_company():
    art = article("Murphy USA said retail fuel volumes rose 2.4%. The El Dorado, Arkansas-based chain ended September with 1,812 "
                  "stores, up from 1,774 at the end of June.", title="Murphy USA results")
    assert status("Murphy USA had 1,812 stores at the end of September.", [1], art) == "supported"


def test_the_end_of_a_bodys_name_is_no_company():
    art = dated("芯动联科上半年营收3.00亿元。中国惯性技术学会副秘书长表示，预计今年国内惯性导航市场规模将达395亿元。",
                when="2034-08-28 09:00")
    assert status("Chinese Society of Inertial Technology deputy secretary-general said China's inertial navigation market "
                  "would reach 39.5 billion yuan this year.", [1], art) != "unsupported"
