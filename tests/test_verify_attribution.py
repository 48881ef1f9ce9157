"""Who and what each figure belongs to (issue 9, item 1): a real figure of the cited paragraph tied to
another subject, metric, comparison base, denominator or period is unsupported, and the problem says
whose it is; an unsure binding keeps the claim's verdict. Articles are our own invented text."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import article

TWO_COMPANIES = article(
    "华东电池集团与西岭锂能周三公布三季报。",
    "华东电池集团第三季度营收增长12%；西岭锂能营收下降3%。",
    "东岳重工第三季度营收为412.7亿元，季增10.2%，年增60.7%；税后纯益率为18.4%。",
    "公司拟每10股派发现金红利39.74元。",
    title="两家电池企业公布三季报")

EN = article(
    "Hanmaru Motors' third-quarter sales rose 12%, while Daejin Auto's fell 3%.",
    "Revenue at Hanmaru, Daejin and Seoyang was 4.8 trillion won, 2.9 trillion won and 1.2 trillion won, "
    "respectively.",
    "Daejin said its operating profit rose 40% from a year earlier to 310 billion won, compared with "
    "221 billion won a year earlier.",
    title="Korean carmakers report results", language="en")


def check(text, cites, art):
    return check_claim(text, cites, art)


def test_a_figure_moved_to_the_other_company_of_the_paragraph():
    ok = check("Huadong Battery Group's third-quarter revenue rose 12%.", [2], TWO_COMPANIES)
    assert ok.status == "supported", ok.problems
    wrong = check("Xiling Lithium's third-quarter revenue rose 12%.", [2], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("'12%' belongs to 华东电池集团 in [2], not to Xiling Lithium" in p for p in wrong.problems)


def test_english_while_clauses_and_respectively_lists():
    assert check("Hanmaru Motors' sales rose 12% in the third quarter.", [1], EN).status == "supported"
    wrong = check("Daejin Auto's third-quarter sales rose 12%.", [1], EN)
    assert wrong.status == "unsupported"
    assert any("belongs to Hanmaru Motors" in p for p in wrong.problems)
    assert check("Daejin's revenue was 2.9 trillion won.", [2], EN).status == "supported"
    swapped = check("Seoyang's revenue was 2.9 trillion won.", [2], EN)
    assert swapped.status == "unsupported"
    assert any("'2.9 trillion won' belongs to Daejin" in p for p in swapped.problems)


def test_comparison_bases_are_bound_to_each_figure():
    ok = check("Dongyue Heavy's third-quarter revenue rose 10.2% from the previous quarter and 60.7% "
               "year on year.", [3], TWO_COMPANIES)
    assert ok.status == "supported", ok.problems
    swapped = check("Dongyue Heavy's third-quarter revenue rose 10.2% year on year and 60.7% quarter on "
                    "quarter.", [3], TWO_COMPANIES)
    assert swapped.status == "unsupported"
    assert any("'10.2%' is quarter-on-quarter in [3], not year-on-year" in p for p in swapped.problems)


def test_per_ten_shares_is_not_per_share():
    wrong = check("The company will pay a cash dividend of 39.74 yuan per share.", [4], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("is per 10 shares in [4], not per share" in p for p in wrong.problems)
    assert check("The company will pay 39.74 yuan for every 10 shares.", [4], TWO_COMPANIES).status == "supported"
    # Said per share, the same payout is a tenth of it.
    assert check("The dividend works out to about 3.97 yuan a share.", [4], TWO_COMPANIES).status == "supported"


def test_a_metric_named_in_the_claim_must_be_the_figure_s_metric():
    wrong = check("Dongyue Heavy's pre-tax margin was 18.4% in the third quarter.", [3], TWO_COMPANIES)
    assert wrong.status == "unsupported"
    assert any("'18.4%' is 税后纯益率 (net margin) in [3], not pre-tax margin" in p for p in wrong.problems)
    assert check("Dongyue Heavy's after-tax margin was 18.4%.", [3], TWO_COMPANIES).status == "supported"
    # A broader word is not a contradiction: a margin is a margin.
    assert check("Dongyue Heavy's margin was 18.4%.", [3], TWO_COMPANIES).status == "supported"


def test_a_year_earlier_figure_is_not_this_quarter_s():
    assert check("Daejin's operating profit rose 40% to 310 billion won.", [3], EN).status == "supported"
    # 'Daejin said its operating profit…': the company speaking of itself owns the figures.
    moved = check("Hanmaru's operating profit rose 40% from a year earlier.", [3], EN)
    assert moved.status == "unsupported" and any("belongs to Daejin" in p for p in moved.problems)
    wrong = check("Daejin's third-quarter operating profit was 221 billion won.", [3], EN)
    assert wrong.status == "unsupported"
    assert any("'221 billion won' is of a year earlier in [3]" in p for p in wrong.problems)


def test_a_named_month_is_a_period_not_a_monthly_rate():
    tw = article("台積電與聯電10月營收分別為3,674.7億元及205.3億元。", "規劃月產能為3萬片晶圓。", title="晶圓代工10月營收")
    assert check("TSMC's October revenue was NT$367.47 billion.", [1], tw).status == "supported"
    assert check("UMC's October revenue was NT$367.47 billion.", [1], tw).status == "unsupported"
    wrong = check("Planned annual capacity is 30,000 wafers.", [2], tw)
    assert wrong.status == "unsupported" and any("per month" in p for p in wrong.problems)


def test_a_figure_said_by_the_other_person_of_the_paragraph():
    hk = article("主席兼董事總經理郭炳聯表示，香港樓市已走出谷底。執行董事郭基煇（Adam Kwok）補充，商場租金按年上升約2%。",
                 title="新鴻基地產全年業績")
    assert check("Executive director Adam Kwok said mall rents rose about 2% year on year.", [1], hk).status == \
        "supported"
    wrong = check("Chairman Kwok Ping-luen said mall rents rose about 2% year on year.", [1], hk)
    assert wrong.status == "unsupported"
    assert any("'2%' is said by 郭基" in p for p in wrong.problems)


def test_an_unsure_binding_keeps_the_verdict():
    # The paragraph names two companies but the claim names none: nothing to contradict.
    assert check("Third-quarter revenue fell 3%.", [2], TWO_COMPANIES).status == "supported"
    # A company the paragraph does not name at all is the name check's business, not attribution's.
    wrong = check("Nanfang Power's revenue fell 3%.", [2], TWO_COMPANIES)
    assert not any("belongs to" in p for p in wrong.problems)


SEGMENTS = article(
    "恒远新能源前三季度累计实现营收980.2亿元，同比增长11.4%。其中储能电池收入为301.5亿元，同比增长58.7%，"
    "占总营收的比重升至30.8%；海外收入为276.3亿元，同比增长19.6%。",
    "价格方面，普氏铁矿石指数报每吨104.2美元，较9月末下跌2.7%；国内热轧卷板现货均价为每吨3,512元，环比下跌1.6%。",
    title="电池与钢材")


def test_a_figure_of_one_segment_or_product_told_of_another():
    wrong = check("Hengyuan's overseas revenue rose 58.7% in the first nine months.", [1], SEGMENTS)
    assert wrong.status == "unsupported" and any("储能" in p for p in wrong.problems), wrong.problems
    assert check("Hengyuan's energy storage battery revenue rose 58.7% in the first nine months.", [1],
                 SEGMENTS).status == "supported"
    assert check("Overseas revenue rose 19.6% to 27.63 billion yuan.", [1], SEGMENTS).status == "supported"
    ore = check("Hot-rolled coil prices fell 2.7% from the end of September.", [2], SEGMENTS)
    assert ore.status == "unsupported" and any("铁矿石" in p for p in ore.problems), ore.problems
    assert check("Domestic hot-rolled coil averaged 3,512 yuan a tonne, down 1.6% from the previous month.", [2],
                 SEGMENTS).status == "supported"


LISTS = article(
    "泸岭酒业（000999.SZ）与晋阳酒业（600999.SH）前三季度分别实现营业收入231.5亿元和306.8亿元，"
    "同比分别下降4.8%和增长2.3%。",
    "资产质量方面，东海银行不良贷款率为0.93%；南山银行不良贷款率为1.05%。两家银行前三季度净息差分别为1.87%和1.79%。",
    title="酒企与银行")
EN_LIST = article(
    "The benchmark Kospi rose 1.4% to 3,962.15, with Hanmaru Motors and Daejin Auto gaining 2.1% and 3.8%, "
    "respectively.", title="Seoul stocks", language="en")


def test_lists_with_tickers_earlier_names_and_english_absolute_clauses():
    assert check("Jinyang Liquor's revenue rose 2.3% in the first nine months.", [1], LISTS).status != "unsupported"
    wrong = check("Jinyang Liquor's revenue fell 4.8% in the first nine months.", [1], LISTS)
    # The pinyin of 晋阳酒业 reads 'Jinyang'; the 4.8% is 泸岭酒业's.
    assert wrong.status == "unsupported" and any("泸岭酒业" in p for p in wrong.problems), wrong.problems
    nim = check("Nanshan Bank's net interest margin was 1.87% in the first nine months.", [2], LISTS)
    assert nim.status == "unsupported" and any("东海银行" in p for p in nim.problems), nim.problems
    assert check("Daejin Auto shares rose 3.8%.", [1], EN_LIST).status == "supported"
    moved = check("Daejin Auto shares rose 2.1%.", [1], EN_LIST)
    assert moved.status == "unsupported" and any("Hanmaru" in p for p in moved.problems), moved.problems


SHARES = article(
    "恒远新能源其中储能电池收入为301.5亿元，占总营收的比重升至30.8%。",
    "台湾9月对美国出口为187.3亿美元，占出口比重达33.1%。",
    "Hanyang delivered 13 ships in the quarter, or about four a month, and plans to raise output to six a month by "
    "2028.", title="份额", language="zh")


def test_a_share_of_another_whole_and_a_rate_per_another_period():
    assert check("Energy storage batteries made up 30.8% of Hengyuan's total revenue.", [1], SHARES).status == \
        "supported"
    part = check("Energy storage batteries made up 30.8% of Hengyuan's overseas revenue.", [1], SHARES)
    assert part.status == "unsupported" and any("share of" in p for p in part.problems), part.problems
    assert check("The United States took 33.1% of Taiwan's exports in September.", [2], SHARES).status == "supported"
    broader = check("The United States took 33.1% of Taiwan's total trade in September.", [2], SHARES)
    assert broader.status == "unsupported", broader.problems
    assert check("Hanyang plans to raise output to six ships a month by 2028.", [3], SHARES).status == "supported"
    rate = check("Hanyang plans to raise output to six ships a quarter by 2028.", [3], SHARES)
    assert rate.status == "unsupported" and any("per month" in p for p in rate.problems), rate.problems


PERIODS = article(
    "前三季度，青禾电器累计实现营业总收入2,408.6亿元，同比增长9.1%；归母净利润为214.3亿元，同比增长11.5%。",
    "Tanaka Heavy spent 41.2 billion yen on plant in the third quarter and 96.5 billion yen in the first nine "
    "months. Its shipments rose to 8,400 units in October from 7,900 units in September.",
    "远帆汽车10月交付新车6.1万辆；1—10月累计交付52.8万辆，完成全年目标的88%。",
    title="期间", language="zh")


def test_a_span_to_date_told_as_its_last_quarter_or_month():
    # The sentence's opening 前三季度 holds after its semicolon: 214.3亿元 is a nine-month profit.
    assert check("Qinghe Electric's net profit was 21.43 billion yuan in the first nine months.", [1], PERIODS).status \
        == "supported"
    quarter = check("Qinghe Electric's third-quarter net profit was 21.43 billion yuan.", [1], PERIODS)
    assert quarter.status == "unsupported" and any("前三季度" in p for p in quarter.problems), quarter.problems
    # A period right after an English figure is that figure's own.
    assert check("Tanaka Heavy spent 41.2 billion yen in the third quarter and 96.5 billion yen in the first nine "
                 "months.", [2], PERIODS).status == "supported"
    assert check("Tanaka Heavy spent 96.5 billion yen in the third quarter.", [2], PERIODS).status == "unsupported"
    # The compared figure's own month is not stepped back a second time.
    assert check("Tanaka Heavy's shipments rose to 8,400 units in October from 7,900 units in September.", [2],
                 PERIODS).status == "supported"
    # 'By the end of October' is the span up to it; 'in October' is the month alone.
    assert check("By the end of October Yuanfan had delivered 528,000 vehicles, 88% of its annual target.", [3],
                 PERIODS).status == "supported"
    month = check("Yuanfan delivered 528,000 vehicles in October.", [3], PERIODS)
    assert month.status == "unsupported", month.problems


LEVELS = article(
    "海尔智家第三季度营业收入为758.9亿元，同比增长7.4%。",
    "首三季平均每日成交额为2,486億港元，按年增加41%。衍生產品合約平均每日成交量為172.4萬張，按年增加9%。",
    "公司拟向全体股东每10股派发现金红利10元（含税）。",
    title="三季报", language="zh")

LEVELS_EN = article(
    "Sejong Foods said revenue rose 8.9 percent on-year and 7.2 percent from the previous quarter. Sejong's "
    "headcount fell by 1,240 to 48,300, and it will pay a quarterly dividend of 250 won per share.",
    "Sejong said snacks accounted for about 45 percent of its domestic revenue, while Hanil Dairy's exports rose.",
    title="Sejong Foods results", language="en")


def test_a_change_told_of_another_level():
    assert check("Average daily turnover rose 41% to HK$248.6 billion.", [2], LEVELS).status == "supported"
    wrong = check("Average daily derivatives volume rose 41% to 1.724 million contracts.", [2], LEVELS)
    assert wrong.status == "unsupported" and any("is the change of" in p for p in wrong.problems), wrong.problems


def test_a_company_the_article_never_names_for_a_known_companys_figure():
    assert check("Haier's third-quarter revenue rose 7.4% to 75.89 billion yuan.", [1], LEVELS).status == "supported"
    # A name no paragraph gives under any reading may be another company or a brand of 海尔智家 the gazetteer lacks:
    # never supported, and the problem says whose the figure is (since 2026-12-07's forty-ninth session).
    wrong = check("Skyworth's third-quarter revenue rose 7.4% to 75.89 billion yuan.", [1], LEVELS)
    assert wrong.status == "unverifiable" and any("海尔智家" in p and "a name no paragraph gives" in p
                                                  for p in wrong.problems), wrong.problems
    other = check("Daerim's headcount fell by 1,240 to 48,300.", [1], LEVELS_EN)
    assert other.status == "unsupported" and any("Sejong" in p for p in other.problems), other.problems


def test_bases_dividends_and_wholes_as_written():
    # 'X percent on-year' is year-on-year, and the next figure's base is its own.
    assert check("Sejong's revenue rose 8.9% from a year earlier.", [1], LEVELS_EN).status == "supported"
    assert check("Sejong's revenue rose 8.9% from the previous quarter.", [1], LEVELS_EN).status == "unsupported"
    # A quarterly dividend is not the annual one.
    assert check("Sejong will pay a quarterly dividend of 250 won a share.", [1], LEVELS_EN).status == "supported"
    assert check("Sejong will pay an annual dividend of 250 won a share.", [1], LEVELS_EN).status == "unsupported"
    # The 10 of 每10股 is how many shares, not a figure of its own.
    assert check("The company will pay a cash dividend of 10 yuan for every 10 shares.", [3], LEVELS).status == \
        "supported"
    assert check("The company will pay a cash dividend of 10 yuan per share.", [3], LEVELS).status == "unsupported"
    # A share of its domestic revenue is not a share of the total.
    assert check("Snacks made up about 45% of Sejong's domestic revenue.", [2], LEVELS_EN).status == "supported"
    assert check("Snacks made up about 45% of Sejong's total revenue.", [2], LEVELS_EN).status == "unsupported"
