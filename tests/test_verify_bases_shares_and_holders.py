"""Bases written after each figure, quarter ends, worked-out percentages, whose a target or a
destination is, and moves between two levels. Each test pairs what must stay supported (or at
least not be called wrong) with a wrong claim that must be flagged. Sentences are ours."""
from __future__ import annotations

from tests.support.verify import dated, status


def test_each_base_written_after_its_own_figure():
    art = dated("恒川电子第三季度营收为48.2亿元，同比增长12.4%，环比增长3.6%。")
    assert status("Hengchuan's third-quarter revenue rose 12.4% on year and 3.6% on quarter.", [1], art) == "supported"
    assert status("Hengchuan's third-quarter revenue rose 3.6% on year and 12.4% on quarter.", [1], art) == "unsupported"


def test_a_quarter_end_is_its_last_months_end():
    art = dated("第三季末银行业特定分类贷款比率为1.74%，较第二季末的1.86%下降0.12个百分点。", when="2026-11-04 09:00")
    assert status("The classified loan ratio fell to 1.74% from 1.86% at end-June.", [1], art) == "supported"
    assert status("The classified loan ratio fell to 1.74% from 1.86% at end-March.", [1], art) == "unsupported"


def test_a_change_above_the_previous_quarter_is_a_base():
    art = dated("北辰石化第三季度营业收入为612.5亿元，同比下降2.2%，环比增长4.1%。")
    assert status("Beichen's third-quarter revenue was 2.2% lower than a year earlier but 4.1% above the second "
                  "quarter.", [1], art) == "supported"
    assert status("Beichen's third-quarter revenue was 4.1% lower than a year earlier.", [1], art) == "unsupported"


def test_an_approximate_percentage_worked_out_from_two_levels():
    art = dated("招远证券分析师林海将恒川电子目标价由62元上调至75元。昨日恒川电子收报60.00元。")
    # 75 / 60 = 1.25: worked out, so not 'supported', never called wrong.
    assert status("Lin's 75-yuan target is about 25% above Hengchuan's close of 60 yuan.", [1], art) == "unverifiable"
    assert status("Lin's 75-yuan target is about 40% above Hengchuan's close of 60 yuan.", [1], art) == "unsupported"


def test_a_percentage_the_claim_gives_another_metric_is_not_worked_out():
    art = dated("恒川电子明年营收预计增长10%，目标价由60元上调至78元。")
    assert status("Hengchuan's net profit is expected to rise about 30% next year.", [1], art) == "unsupported"


def test_a_destination_named_by_the_claim_too():
    art = dated("Port Cardinal shipped 41.2 million tonnes of ore in October, including 2.9 million tonnes to "
                "Japan and 2.6 million tonnes to South Korea.")
    assert status("Port Cardinal shipped 2.9 million tonnes of ore to Japan in October.", [1], art) == "supported"
    assert status("Port Cardinal shipped 2.6 million tonnes of ore to Japan in October.", [1], art) == "unsupported"


def test_a_move_that_contradicts_itself():
    art = dated("三个月期利率报1.62%，6月末为1.95%。")
    assert status("The three-month rate fell to 1.62% from 1.95% at end-June.", [1], art) == "supported"
    assert status("The three-month rate rose to 1.62% from 1.95% at end-June.", [1], art) == "unsupported"


def test_two_levels_told_the_other_way_round():
    art = dated("Cardinal Iron's cash cost fell to A$71 a wet tonne from A$79 in the June quarter.")
    assert status("Cardinal Iron's cash cost fell to A$71 a wet tonne from A$79.", [1], art) == "supported"
    assert status("Cardinal Iron's cash cost rose to A$79 a wet tonne from A$71.", [1], art) == "unsupported"


def test_quarterly_capacity_is_not_monthly_capacity():
    art = dated("截至三季度末，恒川半导体折合八英寸月产能增至103.5万片。")
    assert status("Hengchuan's monthly capacity rose to 1.035 million wafers.", [1], art) == "supported"
    assert status("Hengchuan's quarterly capacity rose to 1.035 million wafers.", [1], art) == "unsupported"


def test_a_products_sentence_names_items_not_companies():
    art = dated("恒川酒业前三季度营业收入38.4亿元。分产品看，中高档酒收入29.6亿元，同比下降9.3%；普通酒收入5.3亿元，同比增长4.1%。"
                "总经理王勇称，公司将于明年一季度推出新品，出厂价定为每瓶688元。", when="2026-10-30 09:00")
    assert status("Hengchuan general manager Wang Yong said a new liquor will sell at 688 yuan a bottle.", [1], art) \
        != "unsupported"
    assert status("Hengchuan's mid-to-high-end liquor revenue rose 4.1%.", [1], art) == "unsupported"


def test_an_index_name_ending_a_sentence_is_no_figure():
    art = dated("申万养殖业指数上涨1.52%，跑赢沪深300指数（上涨0.31%）1.21个百分点。")
    assert status("The livestock index rose 1.52%, 1.21 percentage points more than the CSI 300.", [1], art) == "supported"
    assert status("The livestock index rose 1.52%, 1.12 percentage points more than the CSI 300.", [1], art) == "unsupported"


def test_a_stock_list_of_closing_prices():
    art = dated("台股昨日加权指数收29,386.42点，上涨215.73点。宏川收386元，涨3.2%；瑞邦收1,125元，涨4.6%。",
                when="2026-11-10 09:00")
    assert status("Hongchuan shares rose 3.2% to 386 yuan.", [1], art) == "supported"
    assert status("Hongchuan shares rose 4.6% to 1,125 yuan.", [1], art) == "unsupported"


def test_a_difference_of_two_levels_the_claim_names():
    art = dated("恒川牧业10月商品猪销售均价为12.36元/公斤，完全成本降至11.62元/公斤。")
    assert status("With a price of 12.36 yuan and a cost of 11.62 yuan per kg, Hengchuan made about 0.74 yuan "
                  "per kg.", [1], art) == "unverifiable"
    assert status("With a price of 12.36 yuan and a cost of 11.62 yuan per kg, Hengchuan made about 0.84 yuan "
                  "per kg.", [1], art) == "unsupported"
