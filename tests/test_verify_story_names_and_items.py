"""Names a story gives a company that the gazetteer does not (a title's short form, a name written with
a stock code, a romanised name two companies share, a two-character short form), products a claim names
in English that the dictionary reads, and the words that are no name or item of a figure. Each case sets
a correct claim against a wrong one where it can. Companies are real; figures, people and sentences are
ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- the company a title names ---------------------------------------------------------------------------


def test_a_title_that_names_the_company_by_its_short_form_makes_it_the_group_of_later_paragraphs():
    art = article("好孩子國際（01086）昨日公布中期業績，收入51.2億港元，按年增長9.5%。",
                  "集團上半年汽車安全座椅收入24.6億港元，按年增長14.1%；嬰兒推車收入18.7億港元，按年增長7.3%。",
                  title="好孩子中期收入增9.5%")
    assert status("Goodbaby's car-seat revenue rose 14.1% in the first half.", [2], art) == "supported"
    assert status("Goodbaby's stroller revenue rose 7.3% in the first half.", [2], art) == "supported"
    assert status("Goodbaby's stroller revenue rose 14.1% in the first half.", [2], art) == "unsupported"


def test_a_title_that_names_the_company_as_the_story_writes_it_with_its_stock_code():
    art = article("钒价回升，钒钛股份（000629）前三季度实现营业收入97.1亿元，同比增长6.2%。",
                  "分产品看，公司钒产品营收45.3亿元，同比增长13.8%，毛利率为23.9%。",
                  title="钒钛股份前三季度营收增6.2%")
    assert status("Pangang Vanadium Titanium's vanadium revenue rose 13.8% to 4.53 billion yuan.", [2], art) == "supported"
    assert status("Pangang Vanadium Titanium's vanadium revenue rose 6.2% to 4.53 billion yuan.", [2], art) == "unsupported"


# -- names the gazetteer gives another company -------------------------------------------------------------


def test_a_romanised_name_the_gazetteer_gives_another_company_is_read_in_the_story():
    # The gazetteer's 'Sanfu' is 三孚股份; this story is about 三福化, whose name reads the same.
    art = article("三福化（4755）今日公布10月營收4.71億元，月增5.8%，年增17.6%。", title="三福化10月營收創新高")
    assert status("Sanfu's October revenue rose 17.6% on the year to NT$471 million.", [1], art) == "supported"
    assert status("Sanfu's October revenue rose 15.8% on the year to NT$471 million.", [1], art) == "unsupported"


def test_a_short_name_written_with_the_companys_stock_code():
    art = article("導線架廠長華（8070）10月營收38.2億元，月增6.1%。旗下長科（6548）10月營收12.1億元，年增28.7%。",
                  title="導線架廠10月營收")
    assert status("Chang Wah Electromaterials' October revenue rose 6.1% from September to NT$3.82 billion.", [1],
                  art) == "supported"
    assert status("Chang Wah Technology's October revenue rose 28.7% on the year to NT$1.21 billion.", [1],
                  art) == "supported"
    assert status("Chang Wah Electromaterials' October revenue rose 28.7% on the year.", [1], art) == "unsupported"


def test_the_first_two_characters_of_a_name_the_story_spells_out_elsewhere():
    art = article("中強光電（5371）10月營收37.5億元，月減4.1%。",
                  "今日瑞儀收127.5元，上漲4.2%；中強收96.2元，漲1.8%。", title="導光板廠10月營收")
    assert status("Coretronic closed up 1.8% at NT$96.2.", [2], art) == "supported"
    assert status("Coretronic closed up 4.2% at NT$127.5.", [2], art) == "unsupported"


# -- products named in English -----------------------------------------------------------------------------


def test_a_product_the_claim_names_in_english_is_the_figures_own_not_another_owner():
    art = article("旗下導線架廠長科（6548）指出，10月蝕刻導線架出貨量為181億支，月增6.9%；沖壓導線架出貨量為92億支，"
                  "月減2.4%，年增8.1%。", title="導線架廠10月出貨")
    assert status("Chang Wah Technology's stamped lead-frame shipments fell 2.4% from September to 9.2 billion, though "
                  "they were 8.1% higher than a year earlier.", [1], art) == "supported"
    assert status("Chang Wah Technology's etched lead-frame shipments fell 2.4% from September to 9.2 billion.", [1],
                  art) == "unsupported"


def test_words_that_open_a_clause_or_compare_are_no_company_name():
    art = article("中華化10月營收3.41億元，年減3.3%，不過電子級雙氧水出貨量月增11.6%。", title="中華化10月營收")
    assert status("Chung Hwa's shipments of electronic grade hydrogen peroxide rose 11.6% from September.", [1],
                  art) == "supported"
    margin = article("密尔克卫仓储业务毛利率为24.1%，高出公司整体毛利率12.2个百分点。东南亚地区收入6.5亿元，同比增长40.2%。",
                     title="密尔克卫三季报")
    assert status("Milkyway's revenue from Southeast Asia rose 40.2% to 650 million yuan.", [1], margin) == "supported"
    assert status("Milkyway's revenue from Southeast Asia rose 12.2% to 650 million yuan.", [1], margin) == "unsupported"


def test_a_shares_aside_names_its_whole_not_the_figures_item():
    art = article("Fiskars said second-quarter net sales at its Vita business fell 3.1% to €127.9 million. Group net "
                  "sales rose 0.4% to €286.1 million, with the Terra garden tools business contributing €157.9 million, "
                  "up 3.6%.", title="Fiskars")
    assert status("Fiskars' Terra business grew 3.6% to €157.9 million, accounting for more than half of group sales.",
                  [1], art) == "supported"
    assert status("Fiskars' Terra business grew 0.4% to €157.9 million.", [1], art) == "unsupported"


def test_lots_bought_by_an_investor_type_are_that_types():
    art = article("法人今日買超長華（8070）3,810張，其中外資買超2,910張，投信賣超210張。", title="長華股價")
    assert status("Institutional investors bought a net 3,810 lots of Chang Wah Electromaterials, including 2,910 lots "
                  "bought by foreign investors.", [1], art) == "supported"
    assert status("Institutional investors bought a net 3,810 lots of Chang Wah Electromaterials, including 2,910 lots "
                  "bought by investment trusts.", [1], art) == "unsupported"


# -- periods, units -----------------------------------------------------------------------------------------


def test_the_same_quarter_of_last_year_is_a_year_earlier():
    art = dated("协会数据显示，三季度行业平均开工率为71.8%，较二季度提高1.4个百分点，但仍低于上年同期的74.6%。",
                when="2028-11-03 10:00")
    assert status("The industry's operating rate was 71.8% in the third quarter, below the 74.6% of the same quarter "
                  "of 2027.", [1], art) == "supported"
    assert status("The industry's operating rate was 71.8% in the third quarter, below the 74.6% of the second "
                  "quarter.", [1], art) == "unsupported"


def test_a_bare_start_of_the_year_is_the_datelines_year():
    art = dated("总经理表示，公司2030年订单饱满，开放式耳机品牌客户已由年初的4家增至7家。", when="2030-10-30 21:05")
    assert status("The company's open-ear brand customers rose to seven from four at the start of 2030.", [1],
                  art) == "supported"
    assert status("The company's open-ear brand customers rose to seven from four at the end of 2030.", [1],
                  art) == "unsupported"


def test_a_fleets_deadweight_tonnes():
    art = article("截至9月末，公司运营化学品船47艘，总运力52.1万载重吨。公司订造的4艘1.3万载重吨化学品船将于明年交付。",
                  title="盛航股份三季报")
    assert status("The company operated 47 chemical tankers totalling 521,000 deadweight tonnes at end-September.", [1],
                  art) == "supported"
    assert status("Four 13,000-deadweight-tonne chemical tankers are due next year.", [1], art) == "supported"
    assert status("The company operated 47 chemical tankers totalling 512,000 deadweight tonnes at end-September.", [1],
                  art) == "unsupported"


def test_the_month_a_figure_was_reported_in_is_not_its_period():
    art = article("Zespri reported in May that total fruit sales rose 8.7% to NZ$5.41 billion in the year to March 31, "
                  "2030, on volumes up 6.1%.", title="Zespri")
    assert status("Zespri's total fruit sales rose 8.7% to NZ$5.41 billion in the year to March 31, 2030.", [1],
                  art) == "supported"
    assert status("Zespri's total fruit sales rose 8.7% to NZ$5.41 billion in the year to March 31, 2029.", [1],
                  art) == "unsupported"


def test_six_months_to_a_fiscal_month_end_are_a_fiscal_first_half():
    art = article("Moonpig Group said revenue rose 6.4% to £197.2 million in the six months to October 31, and "
                  "reported profit before tax climbed 14.2% to £35.8 million.", title="Moonpig")
    assert status("Moonpig's reported pre-tax profit climbed 14.2% to £35.8 million in the first half.", [1],
                  art) == "supported"
    assert status("Moonpig's reported pre-tax profit climbed 14.2% to £35.8 million in the second half.", [1],
                  art) == "unsupported"


# -- amounts worked out -----------------------------------------------------------------------------------


def test_the_rest_of_a_total_the_paragraph_parts():
    art = article("今年前10月輪椅及電動代步車出口值為1.84億美元，年增9.1%；其中電動輪椅出口值1.01億美元，"
                  "手動輪椅出口值0.60億美元，其餘為零組件。", title="輪椅出口")
    assert status("Parts made up about US$23 million of January-October wheelchair and scooter exports.", [1],
                  art) == "supported"
    assert status("Parts made up about US$33 million of January-October wheelchair and scooter exports.", [1],
                  art) == "unsupported"


def test_an_average_price_worked_out_from_an_amount_and_a_count():
    art = article("Chief executive Nikolaus Grunewald said MGIC repurchased 4.8 million shares for $130 million during "
                  "the quarter.", title="MGIC")
    assert status("MGIC bought back 4.8 million shares for $130 million, an average of about $27 a share.", [1],
                  art) != "unsupported"
    assert status("MGIC bought back 4.8 million shares for $130 million, an average of about $31 a share.", [1],
                  art) == "unsupported"


def test_contract_prices_are_prices_under_contract_not_a_fall():
    art = article("确成股份总经理表示，公司已将四季度海外大客户合约价格每吨上调150元，国内报价维持不变。", title="确成股份")
    assert status("Quechen raised fourth-quarter contract prices for large overseas customers by 150 yuan a tonne.", [1],
                  art) == "supported"
    assert status("Quechen cut fourth-quarter contract prices for large overseas customers by 150 yuan a tonne.", [1],
                  art) == "unsupported"


def test_a_company_carries_past_paragraphs_that_name_no_company():
    art = article("消防报警龙头青鸟消防（002960）前三季度营收41.2亿元，同比增长9.1%。",
                  "分产品看，公司通用报警产品营收19.5亿元，同比增长6.3%。",
                  "公司董事长表示，天津新基地将于明年三季度投产，年产能将由2,400万只提升至3,600万只。",
                  title="消防行业三季报综述")
    assert status("Jade Bird Fire's Tianjin base will raise annual capacity to 36 million units from 24 million.", [3],
                  art) == "supported"
    assert status("Jade Bird Fire's Tianjin base will raise annual capacity to 48 million units from 24 million.", [3],
                  art) == "unsupported"


def test_the_full_year_in_a_story_of_the_first_months_is_the_year_just_ended():
    art = dated("For the full year, Match Group's revenue rose 1.2% to US$3.52 billion, and free cash flow was US$1.01 "
                "billion. The company guided for 2028 revenue of US$3.55 billion to US$3.62 billion.",
                when="2028-02-25 06:30", title="Match Group")
    assert status("Match Group generated US$1.01 billion of free cash flow in 2027.", [1], art) == "supported"
    assert status("Match Group generated US$1.01 billion of free cash flow in 2026.", [1], art) == "unsupported"


def test_a_name_glossed_in_english_starts_after_the_trade_before_it():
    art = article("高端產後護理服務商聖貝拉（Saint Bella）公佈中期業績，收入按年增長25.1%至人民幣8.55億元。",
                  "聖貝拉股價今日上升7.4%至9.28港元。", title="產後護理中期業績")
    assert status("Saint Bella shares rose 7.4% to HK$9.28.", [2], art) == "supported"
    assert status("Saint Bella shares rose 7.4% to HK$9.82.", [2], art) == "unsupported"


def test_a_companys_own_chief_executive_speaks_for_it():
    art = article("Jackson Hewitt, which is privately held, said its chief executive Rhoda Mabry expects the company to "
                  "have prepared about 2.04 million returns this season, 2.8% fewer than last season.", title="Tax season")
    assert status("Jackson Hewitt expects to have prepared about 2.04 million returns this season, 2.8% fewer than last "
                  "season.", [1], art) == "supported"
    assert status("Jackson Hewitt expects to have prepared about 2.04 million returns this season, 2.8% more than last "
                  "season.", [1], art) == "unsupported"
