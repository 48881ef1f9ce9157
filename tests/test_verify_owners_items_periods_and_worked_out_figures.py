"""Owners, items, periods and worked-out figures read the way a careful reader reads them: the company a
forecast says would earn, shares counted of a company, a region or item the claim carries, a unit's head,
a range's period, a quarter told by its end days, the day a story's lead reports levels at, a change on the
half before, a fall in the previous quarter, a gap to a close the paragraph gives, a midpoint, a month's
rate made a year's, a ratio of two measures, a share of a total another paragraph gives, words an item takes
in or a whole's country, names translated word for word, and clause heads that are products, not companies.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_forecast_that_implies_what_a_company_would_earn_is_the_companys():
    art = article("顺络电子前三季度归母净利润9.82亿元，同比增长28.4%。",
                  "明达资产研究员阚瀚谌预计，顺络电子2061年归母净利润为13.6亿元。", title="顺络电子")
    assert status("Mingda's 2061 forecast implies Sunlord would earn about 378 million yuan in the fourth quarter, after "
                  "982 million yuan in the first nine months.", [1, 2], art) != "unsupported"


def test_shares_of_a_company_held_are_that_companys_count():
    art = article("观富资产基金经理鄂昶岫表示，三季度末其管理的产品持有顺络电子1,560万股，较二季度末减少240万股。", title="顺络电子")
    assert status("Funds managed by Guanfu held 15.6 million Sunlord shares at the end of the third quarter.", [1], art) \
        != "unsupported"


def test_automotive_electronics_are_one_item():
    art = article("总裁谯檀缙补充称，公司汽车电子在手订单约9.6亿元，较6月末增加1.3亿元。", title="顺络电子")
    assert status("Sunlord president Qiao Tanjin said automotive electronics orders in hand were about 960 million yuan.",
                  [1], art) == "supported"


def test_a_product_list_tells_linen_fabric_from_linen_yarn():
    art = article("分部方面，亚麻纱、亚麻面料以及贸易及其他业务分别录得收入10.63亿元、2.21亿元及1.42亿元，按年分别增长15.4%、6.3%及3.1%。",
                  title="亚麻纺织")
    assert status("Linen fabric revenue rose 6.3% to 221 million yuan.", [1], art) == "supported"
    assert status("Linen yarn revenue rose 6.3% to 221 million yuan.", [1], art) == "unsupported"


def test_a_change_on_the_half_before_is_measured_from_last_years_second_half():
    art = dated("上半年亞麻紗平均售價每噸7.93萬元，按年上升5.1%，按半年則上升1.8%。", when="2061-08-20 09:00", title="亞麻紡織")
    assert status("The average linen yarn price rose 5.1% on the year and 1.8% from the second half of 2060.", [1], art) \
        == "supported"
    assert status("The average linen yarn price rose 1.8% from the second half of 2059.", [1], art) == "unsupported"


def test_a_rise_in_underlying_operating_profit_is_that_profits():
    art = article("Keller Group reported a 4.1% rise in first-half revenue to £1,618.4 million and a 9.6% increase in "
                  "underlying operating profit to £108.6 million.", title="Keller")
    assert status("Keller's underlying operating profit rose 9.6% to £108.6 million in the first half.", [1], art) == "supported"
    assert status("Keller's revenue rose 9.6% in the first half.", [1], art) == "unsupported"


def test_a_region_carried_through_the_claim_is_the_companys_market():
    art = article("At Keller, Europe's revenue slipped 1.4% to £401.7 million and its operating profit fell 6.8% to £17.9 million, while "
                  "AMEA grew revenue by 8.9% to £275.5 million.", title="Keller")
    assert status("Keller's European revenue fell 1.4% to £401.7 million and operating profit dropped 6.8% to £17.9 million.",
                  [1], art) == "supported"


def test_the_head_of_a_business_may_be_its_president():
    art = article("Merrion Pybus, president of Keller's North American business, said volumes rose 7% while prices fell 3%.",
                  title="Keller")
    assert status("Merrion Pybus, head of Keller's North American business, said volumes rose 7%.", [1], art) == "supported"
    assert status("Merrion Pybus, finance director of Keller's North American business, said volumes rose 7%.", [1], art) \
        == "unsupported"


def test_a_ranges_period_is_told_after_its_high_end():
    art = article("Chief financial officer Emmeline Gazeley said capital expenditure was £38.4 million in the first half and "
                  "should reach £80 million to £85 million for the year.", title="Keller")
    assert status("Emmeline Gazeley said Keller spent £38.4 million on capital expenditure in the first half and expects "
                  "£80 million to £85 million for the year.", [1], art) == "supported"


def test_a_quarter_told_by_the_days_it_runs_between():
    art = article("Man Group said funds under management reached a record $248.6 billion at June 30, up 7.4% from $231.5 "
                  "billion at the end of December and 3.2% higher than the $240.9 billion it managed at March 31.", title="Man Group")
    assert status("Man Group's assets rose 3.2% in the second quarter, from $240.9 billion at March 31 to $248.6 billion at "
                  "June 30.", [1], art) == "supported"
    assert status("Man Group's assets rose 3.2% in the third quarter, from $240.9 billion at March 31 to $248.6 billion at "
                  "June 30.", [1], art) == "unsupported"


def test_levels_of_a_later_paragraph_are_at_the_day_the_lead_reports_at():
    art = dated("Man Group said funds under management reached a record $248.6 billion at June 30.",
                "Alternative strategies accounted for $168.3 billion of the total, while long-only strategies held $80.3 billion.",
                when="2061-07-28 09:00", title="Man Group")
    assert status("Alternatives made up $168.3 billion of Man Group's assets at June 30.", [2], art) == "supported"
    assert status("Alternatives made up $168.3 billion of Man Group's assets at March 31.", [2], art) == "unsupported"


def test_thermal_film_is_not_the_powders_item():
    art = article("今年上半年，国内氧化石墨烯粉体出货量4,850吨，同比增长22.1%，石墨烯导热膜出货量1,320万平方米，同比增长31.4%。",
                  title="石墨烯")
    assert status("China's graphene thermal film shipments rose 22.1% in the first half.", [1], art) == "unsupported"
    assert status("China's graphene oxide powder shipments rose 22.1% in the first half.", [1], art) == "supported"


def test_a_name_translated_word_for_word_is_the_company_the_story_names():
    art = article("北交所上市公司第六元素（常州第六元素材料科技股份有限公司）披露半年报：上半年实现营业收入4.86亿元，同比增长23.4%。",
                  "分产品看，导热膜收入占比升至36.8%，毛利率为37.5%，高于粉体业务的28.9%。", title="石墨烯")
    assert status("The Sixth Element's revenue rose 23.4% in the first half.", [1], art) == "supported"
    assert status("At The Sixth Element, thermal film carried a gross margin of 37.5%, above powder's 28.9%.", [2], art) \
        == "supported"
    assert status("At The Sixth Element, thermal film carried a gross margin of 28.9% and powder one of 37.5%.", [2], art) \
        == "unsupported"


def test_a_fall_in_the_previous_quarter_is_that_quarters():
    art = article("Burberry said comparable store sales fell 4% in its first quarter to June 27, an improvement on a 9% "
                  "decline in the fourth quarter of its previous financial year.", title="Burberry")
    assert status("Burberry's comparable store sales fell 4% in its first quarter to June 27, an improvement on a 9% fall in "
                  "the previous quarter.", [1], art) == "supported"


def test_a_target_above_the_close_the_paragraph_gives():
    art = article("Kering shares fell 7.3% to €318.40 in Paris on Tuesday. Cyprien Lachaume, an analyst at Union Bancaire "
                  "Privée, cut his Kering price target to €340 from €390.", title="Kering")
    assert status("Cyprien Lachaume cut his Kering price target to €340 from €390, about 7% above Tuesday's close.", [1], art) \
        == "supported"
    assert status("Cyprien Lachaume cut his Kering price target to €340 from €390, about 7% below Tuesday's close.", [1], art) \
        == "unsupported"


def test_an_associations_officer_speaks_of_the_countrys_industry():
    art = article("联盟秘书长仝苡澍表示，他预计，今年全年工业软件收入将突破4,600亿元，同比增长约15%。", title="工业软件")
    assert status("Tong Yishu expects China's industrial software revenue to exceed 460 billion yuan this year, up about 15%.",
                  [1], art) != "unsupported"


def test_recurring_loss_is_no_ones_name():
    art = article("索辰科技上半年实现营业收入3.26亿元；扣非后净亏损430万元，亏损额同比收窄82.1%。", title="索辰科技")
    assert status("Excluding non-recurring items, Suochen lost 4.3 million yuan in the first half, a loss 82.1% smaller than a "
                  "year earlier.", [1], art) != "unsupported"


def test_an_acronym_is_no_reading_of_characters():
    art = article("赛意信息上半年营业收入11.42亿元，同比增长7.2%。", "董事会秘书表示，公司拟每10股派发现金红利1.20元。", title="赛意信息")
    assert status("SIE Consulting's revenue rose 7.2% to 1.142 billion yuan in the first half.", [1], art) != "unsupported"


def test_what_an_item_takes_in_is_no_item_of_its_own():
    art = article("分应用看，前三季度数据中心GPU（含通用GPU加速卡）市场规模为846.3亿元，占整体市场的67.8%；图形渲染及桌面显卡市场规模为251.7亿元。",
                  title="GPU")
    assert status("Data-centre GPUs, including general-purpose accelerator cards, made up about 68% of the GPU market in the "
                  "first three quarters.", [1], art) != "unsupported"


def test_a_share_worked_out_from_the_claims_own_amount():
    art = article("沐曦股份前三季度营业收入23.57亿元，同比增长88.6%。前三季度研发费用为6.18亿元，占营收比重为26.2%。",
                  "分产品看，沐曦股份训练类C系列加速卡收入15.84亿元，推理类产品收入5.93亿元。", title="GPU")
    assert status("MetaX's C-series training cards brought in 1.584 billion yuan, about two-thirds of its nine-month revenue.",
                  [1, 2], art) != "unsupported"
    assert status("MetaX's C-series training cards brought in 1.584 billion yuan, about half of its nine-month revenue.",
                  [1, 2], art) == "unsupported"


def test_a_school_year_after_a_comma():
    art = article("中國民辦教育協會的報告顯示，2071/72學年全國民辦中小學在校生為1,842萬人，按年減少2.6%。", title="民辦教育")
    assert status("Private schools had 18.42 million students in the 2071/72 school year, 2.6% fewer than a year earlier.", [1],
                  art) != "unsupported"


def test_deferred_revenue_is_no_ones_name():
    art = article("天立國際首席財務官指出，截至8月底，遞延收入（主要為預收學費）為21.35億元，較一年前增加15.8%。", title="天立國際")
    assert status("Tianli's deferred revenue was 2.135 billion yuan at the end of August.", [1], art) != "unsupported"


def test_the_midpoint_of_a_range():
    art = article("Steadfast expects underlying net profit of A$445 million to A$460 million in 2071-72.", title="Steadfast")
    assert status("The midpoint of Steadfast's 2071-72 guidance is A$452.5 million.", [1], art) != "unsupported"
    assert status("The midpoint of Steadfast's 2071-72 guidance is A$455.5 million.", [1], art) == "unsupported"


def test_funds_from_operations_are_not_net_operating_income():
    art = article("Iguatemi reported that net revenue rose 14.7% to R$341.6 million, NOI 16.2% to R$287.9 million and "
                  "adjusted FFO 21.5% to R$178.3 million.", title="Iguatemi")
    assert status("Iguatemi's adjusted FFO jumped 21.5% to R$178.3 million.", [1], art) == "supported"
    assert status("Iguatemi's NOI jumped 21.5% to R$178.3 million.", [1], art) == "unsupported"


def test_a_monthly_amount_adds_up_to_a_years():
    art = article("Chief executive Caetano Vasconcellos said Allos would keep paying a monthly dividend of R$0.07 a share.",
                  title="Allos")
    assert status("Allos's monthly dividend of R$0.07 a share adds up to R$0.84 a share a year.", [1], art) != "unsupported"
    assert status("Allos's monthly dividend of R$0.07 a share adds up to R$0.94 a share a year.", [1], art) == "unsupported"


def test_a_ratio_of_two_measures_the_claim_names():
    art = article("Storytel said net sales rose 9.8% to SEK 1,046 million in the third quarter, while net profit climbed to "
                  "SEK 96 million.", "Adjusted EBITDA rose 25.1% to SEK 214 million.", title="Storytel")
    assert status("Storytel's net profit was about 45% of its adjusted EBITDA in the third quarter.", [1, 2], art) \
        != "unsupported"
    assert status("Storytel's net profit was about 55% of its adjusted EBITDA in the third quarter.", [1, 2], art) \
        != "supported"


def test_a_share_of_a_total_another_paragraph_gives():
    art = article("四家公司前三季度合计实现归属于上市公司股东的净利润24.44亿元，同比增长12.0%。",
                  "新泉股份前三季度实现营业收入112.46亿元；归母净利润8.72亿元，同比增长18.6%。", title="汽车内饰")
    assert status("Xinquan accounted for about 36% of the four makers' combined attributable profit for the first nine months.",
                  [1, 2], art) != "unsupported"
    assert status("Xinquan accounted for about 30% of the four makers' combined attributable profit for the first nine months.",
                  [1, 2], art) == "unsupported"


def test_a_change_set_against_a_level_is_another_items():
    art = article("鹿山新材上半年光伏胶膜收入7.91亿元，同比增长31.2%；热熔胶收入5.36亿元，同比增长3.9%。", title="鹿山新材")
    assert status("Lushan's solar-film revenue grew 31.2% to 791 million yuan, outpacing the 3.9% rise in its hot-melt "
                  "adhesive revenue.", [1], art) == "supported"


def test_before_the_end_of_next_year_is_no_year_before_last():
    art = dated("行政總裁甯永辰表示，杭州工廠傳感器月產能已達150萬個，明年底前年產能目標為2,400萬個。", when="2070-08-27 09:00",
                title="微泰醫療")
    assert status("Ning Yongchen said the company aims for annual capacity of 24 million sensors by the end of 2071.", [1], art) \
        != "unsupported"


def test_what_part_of_a_whole_is_does_not_describe_the_whole():
    art = article("上游方面，EVA供应商联泓新科上半年EVA产量14.6万吨，其中光伏级产品9.8万吨，占比约67.1%。", title="光伏胶膜")
    assert status("About two-thirds of Levima's 146,000 tonnes of first-half EVA output was photovoltaic grade.", [1], art) \
        == "supported"


def test_a_countrys_market_is_no_listed_companys_word():
    art = article("协会秘书长表示，2071年国内分离蛋白市场中，山东禹王、嘉华股份和谷神（未上市）的份额分别约为22%、15%和11%。",
                  title="大豆蛋白")
    assert status("Shandong Yuwang had about 22% of China's soy protein isolate market in 2071, Jiahua 15% and Gushen 11%.",
                  [1], art) != "unsupported"


def test_about_one_percent_lower_for_a_year_as_a_whole():
    art = article("FEVE secretary-general Sieglinde Vanhove said she expected European output to be flat in the second half and "
                  "to decline about 1% for 2035 as a whole.", title="Glass")
    assert status("Sieglinde Vanhove expects European output to be flat in the second half and about 1% lower for 2035 as a "
                  "whole.", [1], art) == "supported"


def test_a_university_lecturer_speaks_the_figures_are_not_the_universitys():
    art = article("建銀亞洲經濟師巫鯤贇預期明年本地零售銷貨值增長2%至3%；香港恒生大學講師車蕙闐則表示，7月至9月港人北上合共1,486萬人次，按年增長9.7%。",
                  title="零售")
    assert status("Hang Seng University of Hong Kong lecturer Che Wai-tin said Hong Kong residents made 14.86 million "
                  "northbound trips in July-September, up 9.7%.", [1], art) != "unsupported"


def test_textured_protein_is_not_the_isolate():
    art = article("2072年上半年国内大豆分离蛋白产量约为24.6万吨，同比增长8.8%；组织化大豆蛋白产量约31.2万吨，同比增长5.1%。",
                  title="大豆蛋白")
    assert status("Soy protein isolate output grew 8.8% in the first half while textured soy protein output grew 5.1%.", [1],
                  art) == "supported"
    assert status("Soy protein isolate output grew 5.1% in the first half while textured soy protein output grew 8.8%.", [1],
                  art) == "unsupported"


def test_a_change_on_the_first_half_of_a_financial_year_is_no_years():
    art = article("天立國際下半財年收入為人民幣20.57億元，按年增長25.1%，較上半財年增長13.8%。", title="天立國際")
    assert status("Tianli's second-half revenue rose 13.8% from the first half to 2.057 billion yuan.", [1], art) == "supported"
    assert status("Tianli's second-half revenue rose 13.8% year on year to 2.057 billion yuan.", [1], art) == "unsupported"


def test_a_change_since_a_months_end_is_no_years():
    art = article("天立國際首席財務官指出，截至8月底，淨負債比率為36.4%，較2月底下降4.7個百分點。", title="天立國際")
    assert status("Tianli's net gearing fell 4.7 percentage points from the end of February to 36.4%.", [1], art) == "supported"
    assert status("Tianli's net gearing fell 4.7 percentage points from a year earlier to 36.4%.", [1], art) == "unsupported"


def test_a_figure_of_the_quarter_is_not_the_lead_spans():
    art = article("Storytel said net sales for the first nine months of 2070 came to SEK 3,012 million, up 8.9%, and third-quarter "
                  "net sales rose 9.8% to SEK 1,046 million.",
                  "Chief financial officer Kajsa Wennerberg said free cash flow was SEK 162 million in the quarter.", title="Storytel")
    assert status("Storytel's free cash flow was SEK 162 million in the third quarter.", [2], art) == "supported"
    assert status("Storytel's free cash flow was SEK 162 million in the first nine months.", [2], art) == "unsupported"


def test_net_sales_where_the_paragraph_leaves_net_out():
    art = article("By region, Becle's net sales in the US and Canada grew 12.8% to 9.41 billion pesos, sales in Mexico rose 6.1% to "
                  "2.73 billion pesos and the rest of the world added 11.4% to 2.12 billion pesos.",
                  "Gross revenue was C$82.2 million before C$9.8 million of excise taxes, and net revenue was C$72.4 million.",
                  title="Becle")
    assert status("Becle's net sales in Mexico rose 6.1% to 2.73 billion pesos.", [1], art) == "supported"
    assert status("Net revenue was C$82.2 million.", [2], art) == "unsupported"
