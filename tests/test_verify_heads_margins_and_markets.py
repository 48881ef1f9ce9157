"""Which named part of a list a figure is of, which profit a bare 'margin' is of, which market a market
share is of, and whose a figure is when an aside stands between a name and its verb. Each case sets a
correct claim against a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

# -- parts a list heads by name -------------------------------------------------------------------------


def test_a_division_listed_by_its_capitalised_name():
    art = article("By division, Panels revenue rose 3.2% to €2.41 billion, Insulation 6.4% to €1.12 billion, Roofing "
                  "8.8% to €604 million and Water & Energy 2.7% to €215 million.",
                  "Kingspan's chairman said trading remained steady in the autumn.",
                  "Kingspan will report third-quarter trading in November, Kingspan said.",
                  title="Kingspan half-year results")
    assert status("Kingspan's Insulation division grew revenue 6.4% in the half.", [1], art) == "supported"
    assert status("Kingspan's Roofing division grew revenue 6.4% in the half.", [1], art) == "unsupported"
    assert status("Kingspan's Roofing revenue rose 8.8% to €604 million.", [1], art) == "supported"


def test_a_segment_named_after_a_which_aside():
    art = article("Rockwool's Insulation segment grew revenue 7.7% to €1.51 billion and its Systems segment, which makes "
                  "ceiling tiles, facade boards and growing media, 5.3% to €802 million.",
                  "Rockwool kept its outlook; Rockwool shares rose.", "Rockwool will pay a dividend.",
                  title="Rockwool first half")
    assert status("Rockwool's Systems segment grew revenue 5.3% to €802 million.", [1], art) == "supported"
    assert status("Rockwool's Systems segment grew revenue 7.7% in the first half.", [1], art) == "unsupported"


def test_a_list_of_amounts_each_followed_by_what_it_comes_from():
    art = article("Borussia Dortmund lifted revenue by 3.1% to €512.4 million, including €201.3 million from media rights, "
                  "€149.8 million from advertising, €58.2 million from match operations and €46.0 million from "
                  "merchandising.", title="Borussia Dortmund full-year results")
    assert status("Dortmund earned €149.8 million from advertising.", [1], art) == "supported"
    assert status("Dortmund's media rights revenue was €201.3 million.", [1], art) == "supported"
    assert status("Dortmund's advertising revenue was €201.3 million.", [1], art) == "unsupported"
    assert status("Dortmund earned €58.2 million from merchandising.", [1], art) == "unsupported"


# -- a bare margin is the margin of the profit just named ----------------------------------------------------


def test_the_margin_of_the_profit_the_sentence_just_named():
    art = article("Verallia said first-half revenue fell 0.9% to €1.83 billion. Adjusted EBITDA increased 5.8% to "
                  "€471 million, lifting the margin to 25.7% from 24.1% a year earlier, and net profit rose 9.2% to "
                  "€188 million.", title="Verallia first half")
    assert status("Verallia's adjusted EBITDA margin widened to 25.7% in the first half.", [1], art) == "supported"
    assert status("Verallia's net profit margin widened to 25.7% in the first half.", [1], art) == "unsupported"


def test_an_adjusted_ebitda_margin_is_no_net_margin():
    art = article("WillScot reported third-quarter revenue of $598.1 million and adjusted EBITDA of $262.0 million, "
                  "for an adjusted EBITDA margin of 43.8%, against 45.9% a year earlier.", title="WillScot results")
    assert status("WillScot's adjusted EBITDA margin was 43.8% in the third quarter.", [1], art) == "supported"
    assert status("WillScot's net margin was 43.8% in the third quarter.", [1], art) == "unsupported"


# -- a market share is of the market the paragraph names ------------------------------------------------------


def test_a_share_of_a_narrower_market_is_no_share_of_the_whole_market():
    art = article("韶音科技副总裁表示，前三季度公司开放式耳机全球销量同比增长24%，在全球开放式耳机市场的份额约为29%。",
                  title="韶音科技销量")
    assert status("Shokz holds about 29% of the global open-ear headphone market.", [1], art) == "supported"
    assert status("Shokz holds about 29% of the global headphone market.", [1], art) == "unsupported"


def test_a_domestic_market_share_is_a_share_of_chinas_market():
    art = article("按销量计，瑞华泰上半年在国内PI膜市场的份额约为7.9%。", title="瑞华泰上半年")
    assert status("Rayitek held about 7.9% of China's polyimide film market by volume in the first half.", [1],
                  art) == "supported"


# -- whose figure, past an aside or in a part of a product line ----------------------------------------------------


def test_a_relative_aside_between_a_division_and_its_verb():
    art = article("By division, Brenntag Essentials lifted operating gross profit 0.6% to €591 million, while Brenntag "
                  "Specialties, which serves food, pharmaceutical and personal-care makers, raised operating gross "
                  "profit 4.1% to €437 million.", title="Brenntag third quarter")
    assert status("Brenntag Specialties raised operating gross profit 4.1% in the quarter.", [1], art) == "supported"
    assert status("Brenntag Essentials raised operating gross profit 4.1% in the quarter.", [1], art) == "unsupported"


def test_a_product_named_after_among_is_part_of_the_companys_line():
    art = article("分产品看，拓普集团前三季度底盘系统收入128.1亿元，同比增长36.2%。底盘系统中，空气悬架收入26.9亿元，"
                  "同比增长58.3%，出货40.2万套。", title="拓普集团前三季度")
    assert status("Tuopu's air-suspension revenue was 2.69 billion yuan in the first nine months.", [1],
                  art) == "supported"


def test_a_fiscal_year_written_with_its_year_where_the_paragraph_omits_it():
    art = dated("Juventus reported revenue excluding player trading of €498.2 million for the year to June 30, up 5.4%.",
                title="Juventus full-year results", when="2029-09-21 11:00")
    assert status("Juventus's revenue excluding player trading rose 5.4% to €498.2 million in the year to June 30, 2029.",
                  [1], art) == "supported"
    assert status("Juventus's revenue excluding player trading rose 5.4% to €498.2 million in the year to June 30, 2027.",
                  [1], art) == "unsupported"


def test_a_market_value_said_as_valuing_the_club():
    art = article("Manchester United shares rose 3.9% to $20.86 on Thursday, giving the club a market value of about "
                  "$3.58 billion. Borussia Dortmund shares have gained 5.8% to €4.06, valuing the club at about "
                  "€448 million.", title="Football club shares")
    assert status("Manchester United shares rose 3.9% to $20.86, valuing the club at about $3.58 billion.", [1],
                  art) == "supported"
    assert status("Manchester United shares rose 5.8% to $20.86.", [1], art) == "unsupported"


# -- periods and parts read from Taiwanese and mainland wording --------------------------------------------------


def test_a_taiwanese_growth_word_is_a_change_not_a_year_earlier_level():
    art = article("盟立董事長表示，截至9月底在手訂單約271億元，較去年同期成長28%。", title="盟立在手訂單")
    assert status("Mirle's order backlog was about NT$27.1 billion at the end of September, 28% higher than a year "
                  "earlier.", [1], art) == "supported"


def test_each_share_of_a_list_is_of_its_own_head():
    art = article("以應用別來看，鈺太前三季智慧型手機佔43%、筆電佔21%、穿戴裝置佔18%、車用佔10%、其他佔8%。", title="鈺太前三季")
    assert status("Smartphones accounted for 43% of Zilltek's sales and cars for 10%.", [1], art) == "supported"


def test_last_years_figure_named_as_last_years():
    art = article("七彩化学总经理预计，全年高性能有机颜料销量约2.4万吨，较去年的1.91万吨增长约26%。", title="七彩化学")
    assert status("Qicai expects full-year sales of 24,000 tonnes, about 26% more than last year's 19,100 tonnes.", [1],
                  art) == "supported"
    assert status("Qicai expects full-year sales of 19,100 tonnes.", [1], art) == "unsupported"


def test_a_span_to_a_day_also_names_that_day():
    art = article("ABM Industries said revenue for its fiscal fourth quarter, the three months to October 31, rose 4.2% "
                  "to $2.27 billion.", title="ABM fourth quarter")
    assert status("ABM's revenue rose 4.2% to $2.27 billion in its fiscal fourth quarter ended October 31.", [1],
                  art) == "supported"
    assert status("ABM's revenue rose 4.2% to $2.27 billion in its fiscal fourth quarter ended October 30.", [1],
                  art) == "unsupported"


def test_a_device_or_an_agent_opening_a_sentence_is_no_company():
    art = article("分产品看，湖南天雁前三季度增压器业务收入4.12亿元，同比增长20.3%。增压器销量59.1万台，同比增长18.2%。",
                  title="湖南天雁前三季度")
    assert status("Hunan Tianyan sold 591,000 turbochargers in the first nine months, 18.2% more than a year earlier.", [1],
                  art) == "supported"


def test_a_cost_restated_as_a_share_of_revenue():
    art = article("养元饮品财务总监表示，上半年公司销售费用3.05亿元，同比下降14.9%，销售费用率为10.2%。", title="养元饮品上半年")
    assert status("Yangyuan's selling expenses fell 14.9% to 305 million yuan in the first half, or 10.2% of revenue.", [1],
                  art) == "supported"
    assert status("Yangyuan's net margin was 10.2% in the first half.", [1], art) == "unsupported"


def test_the_year_of_a_figure_risen_from_is_not_the_year_of_the_figure_it_rose_to():
    art = dated("中熔电气应收账款周转天数由去年的96天升至前三季度的109天。", title="中熔电气", when="2034-10-30 09:00")
    assert status("Sinofuse's receivable turnover days rose from 96 last year to 109 in the first three quarters.", [1],
                  art) == "supported"


def test_currently_opens_no_company_name():
    art = article("协会副秘书长表示，目前新能源乘用车单车熔断器价值量约为每辆410元，较去年提高30元。", title="熔断器")
    assert status("The fuses in a new-energy passenger car are now worth about 410 yuan each.", [1], art) == "supported"


def test_a_joint_venture_named_by_its_owners_in_an_aside():
    art = article("Darling Ingredients said Fuel Ingredients earned $108mn of EBITDA, of which $91mn was Darling's share of "
                  "Diamond Green Diesel (DGD).",
                  "DGD, Darling's 50:50 joint venture with Valero, sold 287mn USG of renewable diesel in the third quarter, "
                  "down 4.1% from 299mn USG a year earlier.", title="Darling Ingredients third quarter")
    assert status("Diamond Green Diesel sold 287mn USG in the third quarter, 4.1% less than a year earlier.", [2],
                  art) == "supported"
    assert status("DGD sold 287mn USG in the third quarter, 4.1% more than a year earlier.", [2], art) == "unsupported"


def test_domestic_brands_share_is_not_foreign_brands_share():
    art = article("协会副秘书长表示，去年国内涡轮增压器市场规模约298亿元；自主品牌的市场份额从前年的20.6%升至去年的25.9%。",
                  title="涡轮增压器")
    assert status("Domestic brands' share of China's turbocharger market rose to 25.9% last year.", [1], art) == "supported"
    assert status("Foreign brands' share of China's turbocharger market rose to 25.9% last year.", [1], art) == "unsupported"


def test_a_rate_written_with_a_slash_is_per_that_unit():
    art = article("DGD's EBITDA rose to $0.61/USG in the third quarter from $0.37/USG a year earlier.", title="Darling")
    assert status("DGD's EBITDA was $0.61 a gallon in the third quarter.", [1], art) == "supported"
    assert status("DGD's EBITDA was $0.61 a litre in the third quarter.", [1], art) == "unsupported"


def test_an_index_in_capitals_and_an_index_of_its_own_clause():
    art = article("股價方面，鈺太終場上漲6.95%，收352元。櫃買指數今日上漲0.77%，加權指數下跌0.12%。", title="鈺太股價")
    assert status("The TAIEX fell 0.12% on the day.", [1], art) == "supported"
    assert status("The TAIEX rose 0.77% on the day.", [1], art) == "unsupported"
    art = article("神冠今日收報1.31港元，升7.38%。恒生指數同日跌0.39%，恒生綜合小型股指數升0.31%。", title="神冠股價")
    assert status("The Hang Seng Index fell 0.39% on the day.", [1], art) == "supported"
    assert status("The Hang Seng Index rose 0.31% on the day.", [1], art) == "unsupported"


def test_a_share_of_the_entire_market_where_the_paragraph_gives_a_share_of_part_of_it():
    art = article("他估計，神冠在國內膠原蛋白腸衣市場的佔有率約69%。", title="神冠")
    assert status("Shenguan holds about 69% of China's collagen casing market.", [1], art) == "supported"
    assert status("Shenguan holds about 69% of China's entire casing market.", [1], art) == "unsupported"
