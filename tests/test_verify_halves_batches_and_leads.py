"""Halves named by their month ('the June half'), kilograms, tender batches as bases, a sentence's
lead clause shared by its items, the level a change is measured from, 'in volume', a period written
after a figure's measure, a deadline of another verb, a subsidiary set off by commas, products named
before 'game', fund managers, renewables against new-energy vehicles, consumption, regions as items,
a fraction of a gap worked out from the claim's own levels, and a margin told where the paragraph
gives a share. Each case sets a correct claim against a wrong one where it can. Companies are real;
figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_kilograms_are_a_weight_not_thousands():
    art = article("2028年前三季度，吨钢耐材消耗约为13.8千克，较上年同期的14.2千克减少0.4千克。", title="耐材")
    assert status("Refractory use per tonne of steel fell to about 13.8 kilograms from 14.2 kilograms.", [1], art) \
        == "supported"
    assert status("Refractory use per tonne of steel fell to about 13.8 tonnes from 14.2 tonnes.", [1], art) \
        == "unsupported"


def test_a_december_31_without_a_year_is_the_last_one_before_the_dateline():
    art = dated("Chief financial officer Mara Quill said net debt was A$455 million at June 30, down A$71 million "
                "from December 31, and leverage was 1.1 times.", when="2028-08-20 10:00", title="Crown")
    assert status("Net debt was A$455 million at June 30, A$71 million less than at December 31, 2027.", [1], art) \
        == "supported"
    assert status("Net debt was A$455 million at June 30, A$71 million less than at December 31, 2025.", [1], art) \
        == "unsupported"


def test_since_december_31_is_no_change_on_a_year_earlier():
    art = article("Net debt was A$455 million at June 30, down A$71 million from December 31.", title="Crown")
    assert status("Net debt fell A$71 million from a year earlier to A$455 million.", [1], art) == "unsupported"


def test_a_half_named_by_its_month_is_a_half_and_is_not_carried_to_the_year():
    art = article("Star Entertainment reported net profit of A$120.4 million for the year to June 30, 2028. Profit in "
                  "the June half was A$52.3 million, 23.1% less than the A$68.1 million earned in the December half. "
                  "Earnings per share were 4.2 cents.", title="Star")
    assert status("Star Entertainment earned 4.2 cents a share in fiscal 2028.", [1], art) != "unsupported"
    assert status("Star Entertainment's June-half profit was 23.1% lower than in the December half.", [1], art) \
        != "unsupported"
    assert status("Star Entertainment's June-half profit was 23.1% lower than a year earlier.", [1], art) \
        == "unsupported"


def test_a_period_after_the_figures_measure_is_its_own_not_an_earlier_deadline():
    art = article("Chief executive Lina Ferro said the new app would be live nationally by March 2029, and that the "
                  "cost-out programme delivered A$58 million of savings in fiscal 2028.", title="Tabcorp")
    assert status("The cost-out programme saved A$58 million in fiscal 2028.", [1], art) == "supported"


def test_a_level_reached_from_another_by_a_date_takes_that_date():
    art = article("President Hana Oide said Alfresa had raised its full-year forecast to ¥31.0 billion from ¥28.5 "
                  "billion and would expand its cold-chain network to 16 bases from 11 by March 2030.", title="Alfresa")
    assert status("Alfresa plans to expand its cold-chain network from 11 to 16 bases by March 2030.", [1], art) \
        == "supported"


def test_a_subsidiary_set_off_by_commas_is_not_whose_later_figures_are():
    art = article("Medipal Holdings reported first-half revenue of ¥1.91 trillion. Cosmetics and OTC drug wholesale, "
                  "handled by its listed subsidiary PALTAC, rose 4.2% to ¥598.1 billion. Earnings per share were ¥128.6.",
                  title="Medipal")
    assert status("Medipal earned ¥128.6 a share in the first half.", [1], art) != "unsupported"


def test_a_name_before_game_is_a_product_not_a_company():
    art = article("The Lottery Corporation reported fiscal 2028 net profit of A$440.1 million. Chief executive Ada Lim "
                  "said a redesigned Saturday Lotto game would launch in the March quarter of 2029. Net debt was A$2.48 "
                  "billion at June 30.", title="The Lottery Corporation")
    assert status("Lottery Corp's net debt was A$2.48 billion at June 30.", [1], art) != "unsupported"
    assert status("The redesigned Saturday Lotto game will launch in the June quarter of 2029.", [1], art) \
        == "unsupported"


def test_a_division_named_x_and_y_is_no_company():
    art = article("Tabcorp reported fiscal 2028 revenue of A$2.42 billion. Wagering and Media revenue rose 4.1% to A$2.01 "
                  "billion. Racing fees cost the group A$0.98 billion, equal to 39.5% of revenue.", title="Tabcorp")
    assert status("Racing fees cost Tabcorp A$0.98 billion, about 39.5% of revenue.", [1], art) != "unsupported"


def test_a_company_that_estimates_what_a_tax_costs_it_owns_the_figure():
    art = article("Tabcorp estimated the change would cost it about A$9 million a year and PointsBet about A$3 million "
                  "a year.", title="Wagering")
    assert status("Tabcorp estimates the tax change will cost it about A$9 million a year.", [1], art) != "unsupported"
    assert status("PointsBet estimates the tax change will cost it about A$9 million a year.", [1], art) == "unsupported"


def test_a_sentences_lead_clause_is_every_item_of_it():
    art = article("国家电网公示2028年第三批电能表及用电信息采集设备招标采购中标结果，总中标金额为61.20亿元，同比增长9.6%。"
                  "集中器、采集器等用电信息采集设备中标金额为13.10亿元。", title="国网")
    assert status("State Grid's third 2028 batch of meter and data-collection equipment tenders was awarded for 6.12 "
                  "billion yuan, up 9.6%.", [1], art) != "unsupported"


def test_a_level_compared_with_is_not_the_changes_owner():
    art = article("总中标金额为61.20亿元，同比增长9.6%，较今年第二批的50.00亿元增长22.4%。", title="国网")
    assert status("The third batch's 6.12 billion yuan of awards was 22.4% more than the second batch's 5 billion yuan.",
                  [1], art) != "unsupported"
    assert status("The third batch's total awards of 6.12 billion yuan were 22.4% higher than in the same batch a year "
                  "earlier.", [1], art) == "unsupported"


def test_a_change_said_to_be_in_volume_is_the_counts():
    art = article("今年1-9月全国智能电能表出口量为3,950万只，同比增长12.2%；出口额为17.4亿美元，同比增长16.9%。", title="电表")
    assert status("China exported 39.5 million smart meters worth US$1.74 billion in January-September, up 12.2% in "
                  "volume.", [1], art) != "unsupported"
    assert status("China exported 39.5 million smart meters worth US$1.74 billion in January-September, up 12.2% in "
                  "value.", [1], art) == "unsupported"


def test_a_source_after_the_figures_names_no_item():
    art = article("中国耐火材料行业协会数据显示，今年前三季度全国耐火材料产量为1,702万吨，同比下降2.8%。同期钢铁行业消耗耐火材料约"
                  "1,050万吨。", title="耐材")
    assert status("China produced 17.02 million tonnes of refractories in the first nine months, 2.8% less than a year "
                  "earlier, according to the refractories industry association.", [1], art) != "unsupported"


def test_renewables_are_not_new_energy_vehicles_and_new_energy_is_either():
    art = article("林洋能源前三季度储能板块收入7.40亿元，同比增长19.8%；新能源板块收入18.10亿元，同比下降6.5%；智能板块收入21.30亿元，"
                  "同比增长12.1%。", title="林洋")
    assert status("Linyang's renewables segment revenue fell 6.5% to 1.81 billion yuan in the first nine months.", [1], art) \
        != "unsupported"
    assert status("Linyang's renewables segment revenue rose 12.1% to 2.13 billion yuan in the first nine months.", [1],
                  art) == "unsupported"


def test_a_fund_manager_is_a_title_and_the_name_before_ze_is_whole():
    art = article("富国基金研究员石川岚认为，预计濮耐股份2028年、2029年归母净利润分别为2.70亿元和3.10亿元。嘉实基金基金经理邝星和则表示，"
                  "鲁阳节能2028年归母净利润预计为5.60亿元。", title="耐材")
    assert status("Fullgoal Fund's Shi Chuanlan forecasts Puyang Refractories' 2029 net profit at 310 million yuan.", [1],
                  art) != "unsupported"
    assert status("Harvest Fund's Kuang Xinghe forecasts Puyang Refractories' 2029 net profit at 310 million yuan.", [1],
                  art) == "unsupported"
    assert status("Fullgoal Fund's Shi Chuanlan forecasts Puyang Refractories' 2029 revenue at 310 million yuan.", [1],
                  art) == "unsupported"


def test_a_clause_of_another_period_goes_on_with_the_measure():
    art = dated("優分析分析師林芷萱預估，中砂（1560）今年EPS預估為12.90元，明年為15.40元。", when="2028-12-11 14:00",
                title="中砂")
    assert status("Kinik's 2029 earnings per share are forecast at NT$15.40.", [1], art) != "unsupported"
    assert status("Kinik's 2029 dividend is forecast at NT$15.40 a share.", [1], art) == "unsupported"


def test_consumption_is_not_output_and_power_use_is_consumption():
    art = article("今年全国纯碱表观消费量预计约为3,580万吨。", title="纯碱")
    assert status("China's apparent soda ash consumption is expected to be about 35.8 million tonnes this year.", [1], art) \
        != "unsupported"
    assert status("China's soda ash output is expected to be about 35.8 million tonnes this year.", [1], art) \
        == "unsupported"
    power = article("10月城乡居民生活用电量为1,080亿千瓦时，同比增长6.9%。", title="用电")
    assert status("Urban and rural households consumed 108 billion kWh in October, up 6.9%.", [1], power) != "unsupported"


def test_a_region_is_an_item_of_its_own():
    art = article("分区域看，前三季度海兴电力拉美地区收入9.10亿元，同比增长25.2%；非洲地区收入7.05亿元，同比增长10.4%。", title="海兴")
    assert status("Hexing's Latin American revenue grew 25.2% to 910 million yuan in the first nine months.", [1], art) \
        != "unsupported"
    assert status("Hexing's revenue from Africa grew 25.2% to 910 million yuan in the first nine months.", [1], art) \
        == "unsupported"


def test_a_margin_is_not_the_share_the_paragraph_gives():
    art = article("海兴电力前三季度综合毛利率为40.8%，同比提升1.0个百分点；海外收入占比为61.9%。", title="海兴")
    assert status("Hexing's gross margin was 40.8% in the first nine months.", [1], art) != "unsupported"
    assert status("Hexing's gross margin rose to 61.9% in the first nine months.", [1], art) == "unsupported"


def test_a_gap_spelt_as_a_fraction_must_fit_the_claims_own_levels():
    art = article("優分析分析師林芷萱預估，昇陽半（8028）目標價250元，較今日收盤價204元高約22.5%。", title="昇陽半")
    assert status("Its NT$250 target for Phoenix Silicon is about a fifth above the close of NT$204.", [1], art) \
        != "unsupported"
    assert status("Its NT$250 target for Phoenix Silicon is about a third above the close of NT$204.", [1], art) \
        == "unsupported"


def test_a_whole_year_said_with_over_is_the_whole_year():
    art = article("Group chief executive Omar Dey said PointsBet would spend about A$12 million on marketing in Ontario "
                  "in the first half of fiscal 2029.", title="PointsBet")
    assert status("PointsBet will spend about A$12 million on marketing in Ontario in the first half of fiscal 2029.", [1],
                  art) != "unsupported"
    assert status("PointsBet will spend about A$12 million on marketing in Ontario over fiscal 2029.", [1], art) \
        == "unsupported"
