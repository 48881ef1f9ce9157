"""A company's segment named after it, what a multiple is of (times EBITDA), a change per head (per ad),
a share 'of which' a company contributed, two months told together (10、11月), a dividend's period, a
Chinese sentence's semicolon clauses as each analyst's own, a list's elided share (…占营收比重约46%，
…约29%), a stake's company that owns no figures, a forecast of a period ahead that is no report of it,
and names the gazetteer lacks. Each case sets a correct claim against a wrong one where it can.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_segment_named_after_its_company_is_the_companys():
    art = article("Canon said on Monday that first-half revenue rose 3.1% to ¥2.01 trillion. Printing Solutions revenue "
                  "rose 2.2% to ¥1.12 trillion, with laser printer unit sales up 4.4% at 6.15 million, while Visual "
                  "Communications fell 1.9% to ¥0.31 trillion.", title="Canon")
    assert status("Canon sold 6.15 million laser printers in the first half, 4.4% more than a year earlier.", [1], art) \
        == "supported"
    assert status("Canon's Medical Imaging revenue fell 1.9% in the first half.", [1], art) == "unsupported"


def test_what_a_multiple_is_of():
    art = article("Chief financial officer Wendy Arkwright said net debt fell to A$840 million, cutting leverage to 1.8 "
                  "times EBITDA.", title="Carsales")
    assert status("Leverage fell to 1.8 times EBITDA.", [1], art) == "supported"
    assert status("Leverage fell to 1.8 times revenue.", [1], art) == "unsupported"


def test_a_change_of_a_measure_per_head():
    art = article("Job ads fell 7.2%, partly offset by an 8.8% rise in the average yield per ad.", title="Seek")
    assert status("The average yield per ad rose 8.8%.", [1], art) == "supported"
    assert status("The average yield per customer rose 8.8%.", [1], art) == "unsupported"


def test_a_share_of_which_a_company_contributed_is_of_the_measure_before():
    art = article("Together, the three groups reported revenue of about A$4.21 billion and net profit of A$1.32 billion, "
                  "of which REA contributed about 48%.", title="Classifieds")
    assert status("REA contributed about 48% of the three groups' combined net profit.", [1], art) == "supported"
    assert status("REA accounted for about 48% of the three groups' combined revenue.", [1], art) == "unsupported"


def test_two_months_told_together_are_one_period():
    art = article("台灣晶技10、11月平均月營收較第三季月平均高出約3.7%。", title="晶技")
    assert status("TXC's average monthly revenue in October and November was about 3.7% above its third-quarter "
                  "average.", [1], art) == "supported"


def test_a_dividends_period_is_the_one_whose_profit_it_distributes():
    art = article("广和通董事会秘书表示，公司越南工厂将于2029年一季度投产；公司拟以每10股派发现金红利1.50元（含税）实施前三季度"
                  "利润分配。", title="广和通")
    assert status("Fibocom plans a cash dividend of 1.50 yuan per 10 shares for the first three quarters.", [1], art) \
        == "supported"


def test_each_semicolon_clause_is_its_own_analysts():
    art = article("巨丰投顾分析师仉砚潮给予移远通信目标价106元；汇正财经分析师鄢栖桐则将广和通目标价上调至26元，预计其全年营收约为"
                  "88亿元。", title="模组")
    assert status("Jufeng Investment Advisory expects Fibocom's full-year revenue to be about 8.8 billion yuan.", [1], art) \
        == "unsupported"


def test_a_lists_elided_share_is_of_the_same_whole():
    art = article("致伸總經理表示，今年前三季滑鼠與鍵盤等周邊產品占營收比重約44%，影像模組約31%，聲學產品約25%。", title="致伸")
    assert status("Mice, keyboards and other peripherals made up about 44% of Primax's revenue in the first nine months.",
                  [1], art) == "supported"
    assert status("Imaging modules made up about 44% of Primax's revenue in the first nine months.", [1], art) \
        == "unsupported"


def test_the_company_of_a_stake_owns_no_figures():
    art = article("Atinum's chief executive said gains from selling part of its stake in Rebellions accounted for about "
                  "21 billion won of revenue, and that the firm planned to launch a 250 billion won fund in 2029.",
                  title="Atinum")
    assert status("Atinum plans to launch a 250 billion won fund in 2029.", [1], art) == "supported"


def test_a_half_a_paragraph_opens_on_keeps_the_lead_quarter_out():
    art = article("Brother said its first-half operating profit rose 6.0%, and July-September quarter operating profit "
                  "rose 9.1%.",
                  "Seiko Epson said first-half revenue rose 2.4% to ¥690.1 billion. Printing Solutions revenue rose 3.0%, "
                  "with unit sales of ink tank printers up 5.5% at 8.03 million.", title="Printer makers")
    assert status("Epson sold 8.03 million ink tank printers in the first half.", [2], art) == "supported"
    assert status("Epson sold 8.03 million ink tank printers in the July-September quarter.", [2], art) == "unsupported"


def test_a_surname_alone_read_in_the_paragraphs_person():
    art = article("宝新证券分析师郗叙澜预计雪榕生物2028年归母净利润为2.05亿元。", title="雪榕生物")
    assert status("Xi expects Xuerong's 2028 net profit to be 205 million yuan.", [1], art) == "supported"


def test_a_twenty_percent_limit_in_traders_words():
    art = article("10月30日，天准科技“20cm”涨停，报41.76元。", title="机器视觉")
    assert status("TZTEK's shares rose by the 20% daily limit to 41.76 yuan.", [1], art) == "supported"
    assert status("TZTEK's shares rose by the 10% daily limit to 41.76 yuan.", [1], art) == "unsupported"


def test_a_first_three_quarters_is_no_fraction():
    art = article("希華第三季EPS為0.71元，前三季EPS為1.92元。", title="希華")
    assert status("Siward earned NT$0.71 a share in the third quarter and NT$1.92 a share in the first three quarters.",
                  [1], art) == "supported"


def test_a_stock_commentator_is_a_speaker_of_his_own():
    art = article("招商永隆證券分析師岑栢朗預測都市麗人全年純利約為人民幣3.1億元。股評人貢煒燊則預期維珍妮純利可增長約12%。",
                  title="內衣")
    assert status("Kung Wai-sun forecasts Cosmo Lady's full-year net profit at about 310 million yuan.", [1], art) \
        == "unsupported"
