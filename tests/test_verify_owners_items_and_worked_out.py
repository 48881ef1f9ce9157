"""Compared periods, items of lists, worked-out figures, readings of ranges, whose a figure is,
rates and totals, a person's firm, shares of wholes, bank ratios and fiscal years. Each test pairs
what must stay supported (or at least not be called wrong) with a wrong claim that must be flagged.
Companies' figures and all sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status

# --- periods a figure is compared with ---------------------------------------------------------


def test_a_quarter_after_times_is_what_the_figure_is_compared_with():
    # 增长1.2倍 is 2.2 times as much; 'the second quarter's' is not the 35.4%'s own period.
    art = dated("宏川科技第三季税后纯益为42.6亿元，较第二季增长1.2倍，年增35.4%，每股纯益3.85元。", when="2026-11-12 09:00")
    assert status("Hongchuan's Q3 net profit was 2.2 times the second quarter's and 35.4% higher than a year "
                  "earlier.", [1], art) == "supported"
    assert status("Hongchuan's Q3 net profit was 3.7 times the second quarter's and 35.4% higher than a year "
                  "earlier.", [1], art) == "unsupported"
    quarterly = dated("宏川科技第三季税后纯益为42.6亿元，季增1.2倍，年增35.4%。", when="2026-11-12 09:00")
    assert status("Hongchuan's Q3 net profit was 2.2 times the previous quarter's and 35.4% higher than a year "
                  "earlier.", [1], quarterly) == "supported"


def test_a_rise_from_a_named_month_is_not_a_rise_on_a_year_earlier():
    art = dated("恒川钢铁股价昨日收于4.85元，较今年3月的低点上涨0.27元。", when="2026-11-12 09:00")
    assert status("Hengchuan Steel's shares closed at 4.85 yuan, 0.27 yuan above the March low.", [1], art) == "supported"
    wrong = check_claim("Hengchuan Steel's shares closed at 4.85 yuan, 0.27 yuan more than a year earlier.", [1], art)
    assert wrong.status == "unsupported"
    assert any("year-on-year" in p for p in wrong.problems)
    both = dated("恒川钢铁股价昨日收于4.85元，较去年同期上涨0.21元，较今年3月的低点上涨0.27元。", when="2026-11-12 09:00")
    assert status("Hengchuan Steel's shares closed at 4.85 yuan, 0.21 yuan more than a year earlier and 0.27 yuan "
                  "above the March low.", [1], both) == "supported"


def test_daily_consumption_is_a_daily_figure():
    art = dated("据统计，11月中旬沿海八省电厂日耗煤量为201万吨，库存可用天数为18天。", when="2026-11-20 09:00")
    assert status("Daily coal burn at coastal power plants was 2.01 million tonnes in mid-November.", [1], art) \
        == "supported"
    assert status("Daily coal burn at coastal power plants was 2.1 million tonnes in mid-November.", [1], art) \
        == "unsupported"


# --- items of 'respectively' and 分别 lists -----------------------------------------------------


def test_an_english_respectively_list_of_loan_items():
    art = dated("Harbor Union Bank said its loan book grew 11.2% in the third quarter. Corporate, commercial and SME, "
                "and consumer loans grew 13.8%, 9.6% and 8.9% respectively.")
    assert status("Harbor Union Bank's consumer loans grew 8.9%.", [1], art) == "supported"
    assert status("Harbor Union Bank's corporate loans grew 13.8%.", [1], art) == "supported"
    wrong = check_claim("Harbor Union Bank's consumer loans grew 13.8%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("corporate loans" in p for p in wrong.problems)


def test_a_chinese_fenbie_list_of_items():
    art = dated("宏川电子第三季度营收为812亿元，其中智能手机、电脑与平板、消费电子的收入占比分别为52%、27%和21%。",
                when="2026-11-12 09:00")
    assert status("Smartphones accounted for 52% of Hongchuan Electronics' third-quarter revenue.", [1], art) == "supported"
    assert status("Computers and tablets accounted for 27% of Hongchuan Electronics' third-quarter revenue.", [1], art) \
        == "supported"
    assert status("Computers and tablets accounted for 52% of Hongchuan Electronics' third-quarter revenue.", [1], art) \
        == "unsupported"


# --- worked-out figures: unverifiable, never wrong; a wrong value still flagged ---------------------


def test_revenue_per_unit_sold_is_worked_out():
    art = dated("恒川牧业10月销售生猪132万头，销售收入20.0亿元。", when="2026-11-06 09:00")
    assert status("Hengchuan Agriculture earned about 1,515 yuan per hog in October.", [1], art) == "unverifiable"
    assert status("Hengchuan Agriculture earned about 1,715 yuan per hog in October.", [1], art) == "unsupported"


def test_a_ratio_named_by_its_two_metrics_is_worked_out():
    art = dated("Harbor Union Bank's loans stood at 812.4 billion pesos at the end of September, while its deposits "
                "were 1,002.9 billion pesos.")
    assert status("Harbor Union Bank's loan-to-deposit ratio was about 81%.", [1], art) == "unverifiable"
    assert status("Harbor Union Bank's loan-to-deposit ratio was about 91%.", [1], art) == "unsupported"


def test_a_previous_close_from_a_close_and_its_change_in_a_long_market_paragraph():
    # (More figures than the pool allows: only the claim's own company's are worked from.)
    art = dated("Naver shares rose 6.2 percent to 284,500 won on Thursday, while Kakao fell 2.3 percent to 41,200 won. "
                "Samsung Electronics gained 1.9 percent to 72,500 won and SK Hynix slipped 0.8 percent to 263,400 won, "
                "while Kia jumped 9.6 percent to 127,350 won and Hyundai Motor added 1.1 percent to 238,000 won. "
                "LG Energy Solution fell 3.4 percent to 351,000 won. The benchmark KOSPI rose 0.52 percent to 4,106.33 "
                "and the KOSDAQ lost 0.31 percent to 903.12. Foreign investors bought a net 31.5 billion won of Naver "
                "shares and sold a net 12.4 billion won of Kakao, while institutions sold 8.8 billion won of Kia.",
                when="2026-11-20 09:00")
    assert status("Naver's previous close was about 267,900 won.", [1], art) == "unverifiable"
    assert status("Naver's previous close was about 277,900 won.", [1], art) == "unsupported"


def test_a_rate_before_its_cut_is_worked_out():
    art = dated("恒川银行宣布下调最优惠利率0.125厘至5.25厘，明日起生效。")
    assert status("Hengchuan Bank's prime rate was 5.375% before the cut.", [1], art) == "unverifiable"
    assert status("Hengchuan Bank cut its prime rate to 5.25% from 5.375% before the cut.", [1], art) == "unverifiable"
    assert status("Hengchuan Bank's prime rate was 5.5% before the cut.", [1], art) == "unsupported"


def test_an_earlier_level_from_a_level_and_the_point_slowdown_the_claim_names():
    art = dated("10月份，全国规模以上工业增加值同比增长4.9%，比9月份回落1.6个百分点。")
    assert status("Industrial output grew 4.9% in October, 1.6 percentage points slower than September's 6.5%.",
                  [1], art) == "unverifiable"
    assert status("Industrial output grew 4.9% in October, 1.6 percentage points slower than September's 7.5%.",
                  [1], art) == "unsupported"


def test_a_total_of_one_figure_from_each_cited_paragraph():
    art = dated("Bank Mandiri's loans rose 11.4% to 1,712.5 trillion rupiah at the end of September.",
                "Bank Rakyat Indonesia's loans grew 6.8% to 1,398.2 trillion rupiah.",
                "Bank Central Asia's loans rose 9.1% to 951.7 trillion rupiah.",
                "Bank Negara Indonesia's loans grew 8.2% to 802.6 trillion rupiah.")
    assert status("The four banks' loans totalled about 4,865 trillion rupiah at the end of September.",
                  [1, 2, 3, 4], art) == "supported"
    assert status("The four banks' loans totalled about 4,965 trillion rupiah at the end of September.",
                  [1, 2, 3, 4], art) == "unsupported"


# --- readings: ranges, tenths, units glued to a count, 放缓 -----------------------------------------


def test_a_count_range_shares_its_scale():
    art = dated("Hengchuan Agriculture expects to sell 43-45 million hogs next year, up from about 38 million this year.")
    assert status("Hengchuan Agriculture expects to sell 43 million to 45 million hogs next year.", [1], art) == "supported"
    assert status("Hengchuan Agriculture expects to sell 53 million to 55 million hogs next year.", [1], art) \
        == "unsupported"


def test_a_range_of_tenths_reads_both_ends():
    art = dated("受需求回暖带动，恒川钢铁预计第四季出货量将增加一至两成。")
    assert status("Hengchuan Steel expects fourth-quarter shipments to rise 10% to 20%.", [1], art) == "supported"
    assert status("Hengchuan Steel expects fourth-quarter shipments to rise 30% to 40%.", [1], art) == "unsupported"


def test_a_teu_class_glued_to_its_number_is_read():
    art = dated("长荣海运宣布，将订造6艘24,000TEU级货柜轮，总金额约14亿美元，预计2029年起陆续交船。")
    assert status("Evergreen Marine will order six container ships of 24,000 TEU each.", [1], art) == "supported"
    assert status("Evergreen Marine will order six container ships of 20,000 TEU each.", [1], art) == "unsupported"


def test_slowing_to_a_rate_is_a_move_down():
    art = dated("恒川电子管理层表示，受消费电子需求疲软影响，预计明年营收增速将放缓至9%左右。")
    assert status("Hengchuan Electronics expects revenue growth to slow to about 9% next year.", [1], art) == "supported"
    assert status("Hengchuan Electronics expects revenue growth to accelerate to about 9% next year.", [1], art) \
        == "unsupported"


# --- whose a figure is ------------------------------------------------------------------------------


def test_another_owners_possessive_is_not_the_subjects_figure():
    # 'the banking system's 10.2%' is not ICICI Bank's for sure: lenders in general are not accused
    # ("Lenders'" names no one: the system's figure, read as such).
    art = dated("ICICI Bank's loans grew 14.6% from a year earlier in the September quarter, outpacing the banking "
                "system's 10.2%.")
    assert status("Lenders' loans grew 10.2%.", [1], art) in ("supported", "unverifiable")
    assert status("ICICI Bank's loans grew 14.6%, faster than the banking system's 10.2%.", [1], art) == "supported"


def test_a_generic_plural_subject_names_no_company():
    art = dated("招商银行三季度末不良贷款率为0.94%，拨备覆盖率为411.2%。")
    assert status("Banks' NPL ratio was 0.94% at the end of the third quarter.", [1], art) != "unsupported"
    # (A real other bank is still another company.)
    assert status("Ping An Bank's NPL ratio was 0.94%.", [1], art) == "unsupported"


# --- a rate of time and a total -----------------------------------------------------------------------


def test_an_annual_figure_is_a_years_total_but_a_year_over_five_years_is_not_their_total():
    art = dated("Kirin Holdings said the restructuring would lift operating profit by about 7 billion yen from 2028.")
    assert status("Kirin expects the restructuring to raise annual operating profit by about 7 billion yen from 2028.",
                  [1], art) == "supported"
    assert status("Kirin expects the restructuring to raise operating profit by about 7 billion yen a year from 2028.",
                  [1], art) == "unsupported"
    five_years = dated("恒川汽车计划未来五年在东南亚市场累计销售18.9万辆新能源车。")
    assert status("Hengchuan plans to sell 189,000 new energy vehicles in Southeast Asia over the next five years.",
                  [1], five_years) == "supported"
    assert status("Hengchuan plans to sell 189,000 new energy vehicles a year in Southeast Asia over the next five "
                  "years.", [1], five_years) == "unsupported"


def test_a_monthly_rate_carries_to_the_level_it_moves_to():
    art = dated("恒川材料表示，铜箔月产能将由目前的120万米，扩增至明年底的350万米。")
    assert status("Hengchuan plans to raise monthly copper foil capacity to 3.5 million meters by the end of next year.",
                  [1], art) == "supported"
    wrong = check_claim("Hengchuan plans to raise annual copper foil capacity to 3.5 million meters by the end of next "
                        "year.", [1], art)
    assert wrong.status == "unsupported"
    assert any("per month" in p for p in wrong.problems)


# --- a person's firm ------------------------------------------------------------------------------


def test_a_firm_the_paragraph_gives_the_economist_otherwise():
    art = dated("\"Exporters are holding back on capital spending until the tariff picture is clearer,\" said Hiroshi "
                "Tanabe, senior economist at SMBC Nikko Securities, who expects the Bank of Japan to raise rates in "
                "January.")
    assert status("SMBC Nikko's Hiroshi Tanabe expects the Bank of Japan to raise rates in January.", [1], art) \
        == "supported"
    wrong = check_claim("Nomura Securities' Hiroshi Tanabe expects the Bank of Japan to raise rates in January.", [1], art)
    assert wrong.status == "unsupported"
    assert any("Nomura Securities" in p for p in wrong.problems)


def test_a_firm_the_paragraph_gives_the_analyst_otherwise():
    art = dated("Bernstein analyst Priya Raman cut her price target on Infosys to 1,620 rupees from 1,780 rupees, "
                "citing slower deal wins.")
    assert status("Bernstein analyst Priya Raman cut her Infosys target to 1,620 rupees.", [1], art) == "supported"
    assert status("Kotak analyst Priya Raman cut her Infosys target to 1,620 rupees.", [1], art) == "unsupported"


# --- shares of wholes -----------------------------------------------------------------------------


def test_a_share_of_revenue_from_the_metric_before_zhanbi():
    art = dated("恒川光电预计，非显示器业务营收占比可望达到45%。")
    assert status("Non-display businesses could make up 45% of Hengchuan's revenue.", [1], art) == "supported"
    assert status("Non-display businesses could make up 45% of Hengchuan's profit.", [1], art) == "unsupported"


def test_of_the_total_is_the_total_of_the_figures_own_metric():
    art = dated("Harbor Union Bank's loans rose 9.4% to 612.3 billion pesos, with micro loans at 263.9 billion pesos, "
                "43.1% of the total, and deposits of 801.2 billion pesos.")
    assert status("Micro loans made up 43.1% of Harbor Union Bank's loans.", [1], art) == "supported"
    assert status("Micro loans made up 43.1% of Harbor Union Bank's deposits.", [1], art) == "unsupported"


def test_a_market_share_is_no_share_of_another_whole():
    art = dated("恒川银行在信用卡领域的市场份额为7.6%，总资产增长6.8%至1.21万亿元。")
    assert status("Hengchuan Bank's credit card market share was 7.6%.", [1], art) == "supported"
    assert status("Hengchuan Bank's credit card business accounted for 7.6% of its total assets.", [1], art) \
        == "unsupported"


# --- bank ratios and balances ---------------------------------------------------------------------


def test_bank_ratios_are_one_family_with_margins():
    art = dated("Harbor Union Bank's net interest margin narrowed to 2.86% in the third quarter, while its NPL ratio "
                "rose to 2.95%.")
    assert status("Harbor Union Bank's NPL ratio rose to 2.95%.", [1], art) == "supported"
    assert status("Harbor Union Bank's NPL ratio was 2.86%.", [1], art) == "unsupported"
    credit = dated("Harbor Union Bank's cost of credit eased to 3.4% in the third quarter from 3.9% a year earlier, "
                   "while its net interest margin was 5.1%.")
    assert status("Harbor Union Bank's cost of credit eased to 3.4% in the third quarter.", [1], credit) == "supported"
    assert status("Harbor Union Bank's cost of credit eased to 5.1% in the third quarter.", [1], credit) == "unsupported"


def test_cash_at_the_end_of_a_month_is_a_balance_not_net_debt():
    art = dated("Harbor Properties had HK$15.6 billion of cash at the end of June and net gearing of 38%.")
    assert status("Harbor Properties had HK$15.6 billion of cash at the end of June.", [1], art) == "supported"
    assert status("Harbor Properties had net debt of HK$15.6 billion at the end of June.", [1], art) == "unsupported"


def test_a_price_paid_in_cash_is_no_cash_balance():
    # Guard against a false alarm (passes on 408748e too): 'in cash' is how a price is paid.
    art = dated("Harbor Properties agreed to buy the Kowloon site for HK$2.1 billion in cash, and expects to complete "
                "the deal in March.")
    assert status("Harbor Properties will pay HK$2.1 billion for the Kowloon site.", [1], art) == "supported"


# --- fiscal years and year ends ---------------------------------------------------------------------


def test_the_year_ending_march_is_the_fiscal_year_named():
    art = dated("Tata Motors expects revenue of 5.2 trillion rupees in FY28, with an EBITDA margin of about 14%.")
    assert status("Tata Motors expects revenue of 5.2 trillion rupees in the year ending March 2028.", [1], art) \
        == "supported"
    assert status("Tata Motors expects revenue of 5.2 trillion rupees in the year ending March 2027.", [1], art) \
        == "unsupported"


def test_next_years_end_is_not_the_end_of_the_storys_year():
    art = dated("恒川材料表示，新厂将于明年年底前投产，届时月产能将增至350万米。")
    assert status("Hengchuan said its new plant would start production by the end of 2027.", [1], art) == "supported"
    assert status("Hengchuan said its new plant would start production by the end of 2026.", [1], art) == "unsupported"
