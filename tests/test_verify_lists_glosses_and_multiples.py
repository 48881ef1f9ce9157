"""Readings of the fifty-fourth session: a listed name after its modifier (未上市的X), a lone name that
leads a market, a fiscal year glossed with its end, a numbered quarter 'to' a month, backlog and
receivables, a town and state describing 'the company', a fund manager's firm, an analyst's house by 'an
analyst at', a margin against a claimed share, adjusted against IFRS loss, ten shares' average price, a
change on the quarter before's level, 期内, kVAh, price-earnings multiples, counts spelt as words, the same
fraction of the same amount, a glossed name after its trade or parent word, the quarter's end month, and
a ratio that is better lower. Companies and bodies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_listed_name_after_its_modifier_takes_its_figure():
    art = article("按2070年出货金额计算，住友大阪水泥以31%的份额居首，光库科技和未上市的HyperLight分别占18%和8%。",
                  title="铌酸锂调制器")
    assert status("Advanced Fiber Resources held 18% and unlisted HyperLight 8% of the 2070 market.", [1], art) \
        == "supported"
    assert status("Unlisted HyperLight led the 2070 market with a 31% share.", [1], art) == "unsupported"


def test_a_fiscal_year_glossed_with_its_end_is_the_year_to_that_month():
    art = article("董事长表示，集团维持2071财年（截至2071年3月31日）订阅收入增长18%至21%的目标。", title="HR软件")
    assert status("The company kept its target of 18% to 21% subscription revenue growth for the fiscal year to "
                  "March 31, 2071.", [1], art) == "supported"


def test_a_numbered_quarter_to_a_month_is_that_quarter():
    art = article("同业Paylocity截至9月底止的2071财年第一季收入8.21亿美元，按年增长9.4%。", title="HR软件")
    assert status("Paylocity's revenue for its fiscal first quarter to September rose 9.4%.", [1], art) == "supported"
    assert status("Paylocity's revenue for its fiscal second quarter to September rose 9.4%.", [1], art) \
        == "unsupported"


def test_receivables_are_not_contract_liabilities():
    art = article("截至9月末，中科江南合同负债为4.9亿元，较上年末增长35%；应收账款4.1亿元，较上年末增长11%。", title="财政软件")
    assert status("Zhongke Jiangnan's accounts receivable rose 11% from the end of last year.", [1], art) == "supported"
    assert status("Zhongke Jiangnan's accounts receivable rose 35% from the end of last year.", [1], art) == "unsupported"


def test_a_subscription_backlog_is_no_revenue():
    art = article("Workday未来12个月订阅收入积压为238亿美元，按年增长11.6%；订阅收入60.2亿美元，按年增长12.2%。", title="HR软件")
    assert status("Workday's 12-month subscription backlog rose 11.6% to US$23.8 billion.", [1], art) == "supported"
    assert status("Workday's subscription revenue rose 11.6%.", [1], art) == "unsupported"


def test_a_town_and_state_before_the_company_are_where_it_is():
    art = article("Smith & Wesson Brands said its quarterly net sales rose 11.2%.",
                  "The Springfield, Massachusetts, company earned $12.1 million, or 28 cents a share, as gross margin "
                  "widened to 33.9% from 30.8%.", title="Gunmakers")
    assert status("Smith & Wesson's gross margin widened to 33.9% from 30.8%.", [2], art) == "supported"


def test_a_fund_managers_firm_is_not_whose_forecast_it_is():
    art = article("德盛安联基金经理杨承熙把北森2071财年经调整净利润预测由0.8亿元上调至1.2亿元。", title="北森")
    assert status("Yang Chengxi raised his forecast for Beisen's fiscal 2071 adjusted net profit to 120 million yuan.", [1],
                  art) == "supported"


def test_the_house_of_an_analyst_at_it_makes_the_call():
    art = article("Rupert Vane, an analyst at CL King & Associates, raised his price target on Ruger to $61 from $55. "
                  "Delia Marsh of Ascendiant Capital Markets kept a hold rating on Smith & Wesson.", title="Gunmakers")
    assert status("CL King & Associates raised its price target on Ruger to $61.", [1], art) == "supported"
    assert status("Ascendiant Capital Markets raised its price target on Ruger to $61.", [1], art) == "unsupported"


def test_a_margin_is_not_a_share_of_revenue():
    art = article("上半年光库科技综合毛利率为37.2%，其中铌酸锂调制器毛利率达44.8%。", title="铌酸锂调制器")
    assert status("Lithium niobate modulators had a gross margin of 44.8% in the first half.", [1], art) == "supported"
    assert status("Lithium niobate modulators accounted for 44.8% of first-half revenue.", [1], art) == "unsupported"


def test_an_ifrs_loss_is_not_the_adjusted_loss():
    art = article("北森录得经调整净利润3,900万元，上年同期为经调整净亏损5,800万元；按国际财务报告准则计算的期内亏损为1.05亿元，"
                  "较上年同期的2.9亿元收窄63.8%。", title="北森")
    assert status("Beisen's loss for the period under IFRS narrowed 63.8% to 105 million yuan.", [1], art) == "supported"
    assert status("Beisen's adjusted net loss narrowed 63.8% to 105 million yuan.", [1], art) == "unsupported"


def test_an_average_per_ten_shares_is_ten_times_the_average_per_share():
    art = article("期内北森在市场上回购1,100万股，涉资6,710万港元。", title="北森")
    assert status("Beisen bought back 11 million shares for HK$67.1 million, or about HK$6.10 per 10 shares.", [1], art) \
        == "unsupported"


def test_a_change_from_the_first_quarters_level_is_on_the_quarter():
    art = article("Smith & Wesson Brands said net sales rose 11.8% from a year earlier to $207.3 million in its fiscal "
                  "second quarter, and were up 17.6% from the $176.3 million of the first quarter.", title="Gunmakers")
    assert status("Smith & Wesson's fiscal second-quarter net sales were 17.6% higher than in the first quarter.", [1], art) \
        == "supported"
    assert status("Smith & Wesson's fiscal second-quarter net sales were 17.6% higher than a year earlier.", [1], art) \
        == "unsupported"
    assert status("Smith & Wesson's net sales for the first half rose 11.8%.", [1], art) == "unsupported"


def test_a_sentence_opening_on_qinei_is_of_the_period_just_named():
    art = article("美国保险理赔公估商克劳福德（Crawford & Company）公布第三季业绩。期内收入（不计可报销开支）为3.31亿美元，"
                  "按年增长11.9%；首九个月收入为9.4亿美元，按年增长8.2%。", title="理赔")
    assert status("Crawford's third-quarter revenue before reimbursements rose 11.9%.", [1], art) == "supported"
    assert status("Crawford's revenue for the first nine months rose 11.9%.", [1], art) == "unsupported"


def test_kilovolt_ampere_hours_are_no_kilovolts():
    art = article("圣阳股份位于曲阜的年产280万千伏安时储能电池项目预计于四季度投产。", title="铅蓄电池")
    assert status("Sacred Sun's Qufu energy-storage battery plant will have annual capacity of 2.8 million kVAh.", [1], art) \
        == "supported"
    assert status("Sacred Sun's Qufu energy-storage battery plant will have annual capacity of 28 million kVAh.", [1], art) \
        == "unsupported"


def test_a_price_earnings_multiple_from_the_close_and_earnings_per_share():
    art = article("On Thursday Houlihan Lokey shares rose 3.9% to $198.40. Lena Moss, an analyst at Odeon Capital, lifted "
                  "her fiscal 2071 earnings forecast to $7.80 a share.", title="Advisers")
    assert status("Odeon Capital's $7.80 a share forecast puts Houlihan Lokey at about 25 times earnings.", [1], art) \
        == "supported"
    assert status("Odeon Capital's $7.80 a share forecast puts Houlihan Lokey at about 31 times earnings.", [1], art) \
        == "unsupported"


def test_a_count_spelt_as_a_word():
    art = article("Thirteen deals worth more than $10 billion were announced in the quarter, against eight a year earlier.",
                  title="M&A")
    assert status("13 deals of more than $10 billion were announced in the quarter.", [1], art) == "supported"
    assert status("16 deals of more than $10 billion were announced in the quarter.", [1], art) == "unsupported"


def test_the_same_fraction_of_the_same_amount():
    art = article("Global announced M&A volume reached $1.31 trillion in the quarter, with the United States accounting "
                  "for $641 billion, or just under half. Independent advisers' share of fees rose to 22.4%.", title="M&A")
    assert status("US deals accounted for $641 billion, just under half of global announced M&A volume.", [1], art) \
        == "supported"
    assert status("US deals accounted for $641 billion, just over half of global announced M&A volume.", [1], art) \
        == "unsupported"


def test_a_glossed_name_after_its_trade_its_parent_or_a_foreign_country():
    art = article("美国保险理赔公估商克劳福德（Crawford & Company）第三季收入增长11.9%。",
                  "克劳福德B股11月4日收市急升7.7%。",
                  "长园集团表示，旗下长园电力（CYG Power）已中标一批海上风电项目，合同总额2.9亿元。",
                  "德国普菲斯特（Pfisterer）首九个月订单额4.9亿欧元，按年增长21.0%。", title="理赔")
    assert status("Crawford's Class B shares jumped 7.7% on November 4.", [2], art) == "supported"
    assert status("CYG Power won offshore wind contracts worth 290 million yuan.", [3], art) == "supported"
    assert status("Pfisterer's order intake for the first nine months rose 21.0%.", [4], art) == "supported"


def test_the_end_of_the_quarter_is_the_end_of_its_last_month():
    art = article("US mortgage REITs reported third-quarter results this week.",
                  "Annaly's investment portfolio totalled $81.2 billion at the end of the quarter, made up of $70.1 "
                  "billion of agency securities.", title="Mortgage REITs: third-quarter results")
    assert status("Annaly's portfolio totalled $81.2 billion at the end of September.", [2], art) == "supported"


def test_a_lower_ratio_is_an_improvement():
    art = article("Perella Weinberg's adjusted compensation ratio improved to 66.2% from 68.0% a year earlier.",
                  title="Advisers")
    assert status("Perella Weinberg cut its adjusted compensation ratio to 66.2% from 68.0%.", [1], art) == "supported"
    assert status("Perella Weinberg raised its adjusted compensation ratio to 66.2% from 68.0%.", [1], art) == "unsupported"


def test_the_year_of_a_quarter_the_story_is_dated_in():
    art = dated("Chief financial officer Ola Brekke said quarterly cash burn would fall below $4 million from the "
                "second quarter of 2072, down from $4.4 million in the third quarter.", when="2071-11-14 08:00",
                title="Biometrics")
    assert status("Ola Brekke expects cash burn to fall below $4 million from the second quarter of 2072, from $4.4 "
                  "million in the third quarter of 2071.", [1], art) == "supported"
    assert status("Ola Brekke expects cash burn to fall below $4 million from the second quarter of 2072, from $4.4 "
                  "million in the third quarter of 2069.", [1], art) == "unsupported"
