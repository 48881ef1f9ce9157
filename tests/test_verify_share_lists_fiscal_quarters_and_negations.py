"""Share lists that keep their 'for', speakers introduced by a clause or a rating, fiscal quarters said with
'which ended on', the quarter a change is measured from, what an item is not (非PVC, non-PVC) and the other
readings of this session. Each case sets a correct claim against a wrong one (or guards a correct one).
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- lists of shares and of amounts ---------------------------------------------------------------------


def test_a_share_list_that_keeps_its_for():
    art = article("The group said its fleet reached 30.0 million horsepower at mid-year, with the Permian accounting for 40% "
                  "and the Haynesville for 12%.", title="Compression fleet")
    assert status("The Permian accounted for 40% of the fleet at mid-year.", [1], art) == "supported"
    assert status("The Haynesville accounted for 40% of the fleet at mid-year.", [1], art) == "unsupported"


def test_a_lower_case_share_list_after_its_whole():
    art = article("US galvanizers processed about 5.0 million tons of steel in 2033, with power transmission accounting for 30% "
                  "of the tonnage, bridges for 20% and solar mounting structures for 10%.", title="Galvanizing volumes")
    assert status("Bridges accounted for 20% of US galvanizing tonnage in 2033.", [1], art) == "supported"
    assert status("Solar mounting structures accounted for 20% of US galvanizing tonnage in 2033.", [1], art) == "unsupported"
    # ('the tonnage' is the tons the sentence opened with: the claim may name them as it does.)
    assert status("Power transmission accounted for 30% of US galvanizing tonnage in 2033.", [1], art) == "supported"


def test_an_amount_list_with_was_after_its_first_item():
    art = article("Western Digital's cloud revenue reached $2.50 billion, while client revenue was $220 million and consumer "
                  "revenue $150 million.", title="Western Digital results")
    assert status("Western Digital's client revenue was $220 million.", [1], art) == "supported"
    assert status("Western Digital's consumer revenue was $220 million.", [1], art) == "unsupported"


def test_the_business_points_back_to_the_item_named_before():
    art = dated("分业务看，紫江企业包装业务收入30.00亿元，同比增长3.0%；铝塑膜收入5.00亿元，同比增长30.0%。"
                "铝塑膜业务毛利率22.0%，同比下降2.0个百分点。", when="2034-08-26 09:00")
    assert status("Zijiang's aluminium-plastic film revenue rose 30.0%, while the business's gross margin fell 2.0 "
                  "percentage points to 22.0%.", [1], art) == "supported"
    assert status("Zijiang's aluminium-plastic film revenue rose 30.0%, while the business's gross margin fell 2.0 "
                  "percentage points to 25.0%.", [1], art) == "unsupported"


def test_brake_pads_are_not_brake_discs():
    art = dated("前三季度全国汽车刹车片产量约9.00亿片，同比增长6.0%；同期刹车盘产量1.50亿件，同比增长4.0%。", when="2034-10-28 09:00")
    assert status("China's brake pad output rose 6.0% in the first nine months.", [1], art) == "supported"
    assert status("China's brake disc output rose 6.0% in the first nine months.", [1], art) == "unsupported"


# -- who says it ----------------------------------------------------------------------------------------


def test_a_speaker_introduced_by_what_she_does():
    art = article("Chief financial officer Gilbert Raskin said net debt was £200 million. Yvette Cartwright, who runs the "
                  "group's US galvanizing business, said zinc costs were 5% higher than a year earlier.",
                  title="Hill & Smith results")
    assert status("Yvette Cartwright said zinc costs were 5% higher than a year earlier.", [1], art) == "supported"
    assert status("Chief financial officer Gilbert Raskin said zinc costs were 5% higher than a year earlier.",
                  [1], art) == "unsupported"


def test_an_analyst_who_rates_a_stock_and_expects_a_figure():
    art = article("Delia Overbeck of Pickering Energy Partners raised her Archrock target to $36. Frieda Ransome of Johnson "
                  "Rice rated Kodiak \"accumulate\", expecting its 2035 adjusted EBITDA to reach $850 million.",
                  title="Compression analysts")
    assert status("Frieda Ransome expects Kodiak's 2035 adjusted EBITDA to reach $850 million.", [1], art) == "supported"
    assert status("Delia Overbeck expects Kodiak's 2035 adjusted EBITDA to reach $850 million.", [1], art) == "unsupported"


# -- periods --------------------------------------------------------------------------------------------


def test_a_fiscal_quarter_which_ended_on_a_date():
    art = dated("Seagate Technology reported on Tuesday (October 24) that revenue in its fiscal first quarter, which ended on "
                  "September 29, rose 20.0% to $3.10 billion. GAAP net income was $640 million.",
                  title="Seagate results", when="2034-10-25 08:00")
    assert status("Seagate earned $640 million under GAAP in the quarter to September 29.", [1], art) == "supported"
    assert status("Seagate earned $640 million under GAAP in the quarter to June 30.", [1], art) == "unsupported"


def test_a_calendar_quarter_is_the_quarter():
    art = dated("Drive makers shipped 30.0 million drives in the third calendar quarter of 2034, 3.0% more than in the "
                  "second quarter.", title="Drive shipments", when="2034-10-27 08:00")
    assert status("Drive makers shipped 30.0 million drives in the third quarter of 2034.", [1], art) == "supported"
    assert status("Drive makers shipped 30.0 million drives in the fourth quarter of 2034.", [1], art) == "unsupported"


def test_the_quarter_a_sequential_change_is_measured_from():
    art = dated("天宜上佳第三季度营业收入2.60亿元，环比增长10.0%；归母净利润2,400万元，环比增长1.3倍。", when="2034-10-27 09:00")
    assert status("Tianyishangjia's third-quarter attributable profit of 24 million yuan was more than double that of the "
                  "second quarter.", [1], art) == "supported"
    assert status("Tianyishangjia's third-quarter attributable profit of 24 million yuan was more than double that of the "
                  "first quarter.", [1], art) == "unsupported"


# -- what an item is not, what a unit is, what a year's amount is ---------------------------------------


def test_non_pvc_bags_are_not_pvc():
    art = dated("今年上半年全国输液产量约50.0亿瓶（袋），同比增长2.0%；其中非PVC软袋输液占比升至40.0%。", when="2034-08-20 09:00")
    assert status("Non-PVC soft bags accounted for 40.0% of China's IV fluid output in the first half.", [1], art) == "supported"


def test_a_unit_sold_in_bottles():
    art = dated("分业务看，科伦输液收入42.00亿元，同比增长3.0%；输液销量21.0亿瓶（袋），同比增长2.0%，平均每瓶（袋）收入约2.00元。"
                "非输液制剂收入30.00亿元。", when="2034-08-30 09:00")
    assert status("Kelun sold 2.1 billion bottles and bags of IV fluids, up 2.0%, or about 2.00 yuan a unit.", [1], art) == "supported"
    assert status("Kelun sold 2.1 billion bottles and bags of IV fluids, up 2.0%, or about 2.00 yuan a tonne.",
                  [1], art) == "unsupported"


def test_an_annualized_distribution_is_a_years():
    art = article("USA Compression Partners kept its quarterly distribution at 52.5 cents per unit, or $2.10 annualized.",
                  title="USA Compression results")
    assert status("USA Compression's distribution comes to $2.10 a unit a year.", [1], art) == "supported"


def test_a_titles_words_are_no_item():
    art = dated("鄞汝海预计，行业标准《汽车用低铜刹车片》将于明年7月1日起实施，要求刹车片铜含量低于5%。", when="2034-10-28 09:00")
    assert status("A low-copper brake pad standard will require copper content below 5%.", [1], art) == "supported"


def test_a_company_named_in_a_speakers_claim_does_not_accuse_its_figure():
    art = dated("德律董事长骆蘅旻表示，公司服务中心将于明年启用。总经理汤麓翊预期，明年检测设备出货量可望成长两成。"
                "发言人温珩晔则说明，11月营收月减主要因约0.4亿元的出货递延至12月认列。", when="2034-12-08 09:00")
    assert status("Spokesman Wen Heng-yeh said about 40 million yuan of Test Research's shipments had been deferred to "
                  "December.", [1], art) == "supported"


# -- dividends, values and volumes, bases and compared results -----------------------------------------


def test_a_quarterly_dividend_is_not_the_years():
    art = article("Seagate's board kept the quarterly dividend at 70 cents a share and authorised a $50 million buyback.",
                  title="Seagate results")
    assert status("Seagate's board kept its quarterly dividend at 70 cents a share.", [1], art) == "supported"
    assert status("Seagate's board kept its dividend at 70 cents a share for the year.", [1], art) == "unsupported"


def test_an_annualized_distribution_is_not_the_quarters():
    art = article("USA Compression Partners kept its quarterly distribution at 52.5 cents per unit, or $2.10 annualized.",
                  title="USA Compression results")
    assert status("USA Compression kept its quarterly distribution at 52.5 cents per unit.", [1], art) == "supported"
    assert status("USA Compression kept its quarterly distribution at $2.10 per unit.", [1], art) == "unsupported"


def test_a_change_in_units_is_not_a_change_in_value():
    art = article("US imports of cotton trousers rose 6.0% on the year to 600 million units in January-September, while the "
                  "average landed price fell 2.0% to $7.80 a unit.", title="Jeans imports")
    assert status("US cotton trouser imports rose 6.0% in January-September.", [1], art) == "supported"
    assert status("The value of US cotton trouser imports rose 6.0% in January-September.", [1], art) == "unsupported"


def test_since_the_end_of_last_year_in_chinese():
    art = dated("顺丰房托期内整体出租率为94.6%，较去年12月底下降1.3个百分点。", when="2034-08-14 09:00")
    assert status("SF REIT's occupancy was 94.6%, 1.3 percentage points lower than at the end of December 2033.",
                  [1], art) == "supported"
    assert status("SF REIT's occupancy was 94.6%, 1.3 percentage points lower than a year earlier.", [1], art) == "unsupported"


def test_a_level_at_the_end_of_the_half():
    art = dated("顺丰房托公布截至6月30日止六个月的中期业绩，期内整体出租率为94.6%。", when="2034-08-14 09:00")
    assert status("SF REIT's occupancy was 94.6% at the end of June.", [1], art) == "supported"
    assert status("SF REIT's occupancy was 94.6% at the end of March.", [1], art) == "unsupported"


def test_a_loss_a_result_is_compared_against():
    art = article("Montauk Renewables reported third-quarter net income of $4.1 million, or 3 cents a share, against a loss of "
                  "$1.2 million.", title="Montauk results", language="en")
    assert status("Montauk swung to third-quarter net income of $4.1 million from a loss of $1.2 million a year earlier.",
                  [1], art) == "supported"


def test_a_ranges_period_after_both_ends():
    art = article("Capital expenditure for the first nine months was $41.3 million. The company expects capital spending of "
                  "$58 million to $62 million for the full year.", title="USLM results")
    assert status("USLM spent $41.3 million in the first nine months and expects to spend $58 million to $62 million for the "
                  "full year.", [1], art) == "supported"
    assert status("USLM expects to spend $58 million to $62 million in the first nine months.", [1], art) == "unsupported"


def test_a_list_of_customers_shares():
    art = article("Steel customers took 31% of USLM's lime volumes, construction 27%, environmental uses such as "
                  "flue-gas treatment 24%, and other industrial customers 18%.", title="USLM volumes")
    assert status("Steel customers took 31% of USLM's lime volumes in the quarter.", [1], art) == "supported"
    assert status("Construction customers took 31% of USLM's lime volumes in the quarter.", [1], art) == "unsupported"


def test_a_reits_parts_by_place():
    art = dated("顺丰房托公布中期业绩，收益为2.46亿港元。按物业划分，香港物业出租率为98.2%，内地物业平均出租率为91.4%。",
                when="2034-08-14 09:00")
    assert status("SF REIT's mainland properties averaged 91.4% occupancy, against 98.2% for its Hong Kong property.",
                  [1], art) == "supported"


# -- names -----------------------------------------------------------------------------------------------


def test_the_firm_after_of_is_no_speaker():
    art = article("Emmerich Dellacroce, president of Lhoist North America, said the company's shipments to steelmakers fell "
                  "about 6% in the first nine months.", title="Lime producers")
    assert status("Lhoist North America president Emmerich Dellacroce said shipments to steelmakers fell about 6%.",
                  [1], art) == "supported"


def test_a_traditional_character_read_in_a_name():
    art = dated("東江環保總裁樊乾昭指出，上半年集團再生銅銷量為1.86萬噸。財務總監葛孟棠則表示，資產負債率為58.3%。",
                when="2034-08-30 09:00")
    assert status("Dongjiang president Fan Qianzhao said the group sold 18,600 tonnes of recycled copper.", [1], art) == "supported"
    assert status("Dongjiang president Ge Mengtang said the group sold 18,600 tonnes of recycled copper.", [1], art) == "unsupported"


def test_office_software_is_not_office_supplies():
    art = dated("中国软件行业协会副秘书长闵骞沅表示，2033年我国协同办公软件市场规模为486亿元，同比增长11.2%。", when="2034-10-30 09:00")
    assert status("China's collaborative office software market grew 11.2% to 48.6 billion yuan in 2033.", [1], art) == "supported"


def test_a_list_of_moves_with_levels():
    art = article("International retail grew 12.0% to US$20.0 million and international foodservice 7.0% to US$16.0 million, "
                  "lifting Beyond Meat's share of revenue earned outside the US.", title="Beyond Meat results")
    assert status("Beyond Meat's international retail revenue grew 12.0% in the quarter.", [1], art) == "supported"
    assert status("Beyond Meat's international foodservice revenue grew 12.0% in the quarter.", [1], art) == "unsupported"


def test_a_unit_named_by_name_with_a_figure_of_its_own():
    art = article("The Cork Stoppers business unit, Amorim's largest, increased sales by 9.5% to €386.2 million, while "
                  "Composite Cork grew 2.6% to €58.4 million.", title="Amorim first half")
    assert status("Amorim's Composite Cork unit grew its sales by 2.6%.", [1], art) == "supported"
    assert status("Amorim's Composite Cork unit grew its sales by 9.5%.", [1], art) == "unsupported"


def test_e_waste_is_not_hazardous_waste():
    art = dated("分业务看，东江环保上半年工业危废处理收入9.72亿元，按年增长5.0%；电子废弃物处理收入3.86亿元，增长17.3%。",
                when="2034-08-30 09:00")
    assert status("Dongjiang's e-waste processing revenue rose 17.3% to 386 million yuan in the first half.", [1], art) == "supported"
    assert status("Dongjiang's hazardous waste processing revenue rose 17.3% in the first half.", [1], art) == "unsupported"


def test_an_unlisted_company_is_named_without_the_word():
    art = dated("同样从事电子废弃物处理的启迪环境上半年处理量为318万台。未上市的华新绿源上半年处理量约为180万台。",
                when="2034-08-30 09:00")
    assert status("Unlisted Huaxin Lvyuan processed about 1.8 million units in the first half.", [1], art) == "supported"
    assert status("Unlisted Huaxin Lvyuan processed about 3.18 million units in the first half.", [1], art) == "unsupported"


def test_a_segments_share_of_the_segments_sum():
    art = article("AZZ's Metal Coatings segment posted sales of $200.0 million, up 9.8% on the year. The average selling price was about 32 "
                  "cents a pound. Precoat Metals had sales of $250.0 million, up 5.6%.", title="AZZ second quarter")
    assert status("Metal Coatings accounted for about 44% of AZZ's second-quarter sales.", [1], art) == "supported"
    assert status("Metal Coatings accounted for about 54% of AZZ's second-quarter sales.", [1], art) == "unsupported"


def test_a_quarter_of_thirteen_weeks_ended_on_a_date():
    art = dated("BJ's Wholesale Club Holdings said total revenue for its fiscal second quarter, the 13 weeks ended July 29, "
                "rose 5.0% to $5.60 billion. Net income increased 9.8% to $186.5 million.", title="BJ's results",
                when="2034-08-25 08:00")
    assert status("BJ's net income grew 9.8% to $186.5 million in the quarter to July 29.", [1], art) == "supported"
    assert status("BJ's net income grew 9.8% to $186.5 million in the quarter to October 28.", [1], art) == "unsupported"


def test_the_years_guidance_is_the_full_years():
    art = dated("OPAL had $148.6 million of cash at September 30, compared with $121.9 million at December 31, 2033. The "
                "company narrowed its full-year adjusted EBITDA guidance to $112 million to $118 million.",
                title="OPAL results", when="2034-11-10 06:45")
    assert status("OPAL narrowed its 2034 adjusted EBITDA guidance to $112 million to $118 million.", [1], art) == "supported"
    assert status("OPAL narrowed its 2035 adjusted EBITDA guidance to $112 million to $118 million.", [1], art) == "unsupported"


def test_a_price_per_metre_is_not_per_yard():
    art = article("Turkey's Isko said its average fabric price was $3.40 a metre in the third quarter, 3.0% lower than in the "
                  "second quarter.", title="Denim mills")
    assert status("Isko's average fabric price was $3.40 a metre in the third quarter.", [1], art) == "supported"
    assert status("Isko's average fabric price was $3.40 a yard in the third quarter.", [1], art) == "unsupported"
