"""Figures as the Malaysian press writes them ('RM6.3mil', 'RM2.36bil'), and who and what a figure
belongs to where the earlier readers went wrong. Each case sets a correct claim against a wrong
one. Companies are real, figures and sentences are ours."""
from __future__ import annotations

from citebrief.article import Article
from citebrief.facts.quantities import find_quantities
from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_glued_malaysian_scales_are_read_and_checked():
    assert [(q.value, q.unit) for q in find_quantities("net profit of RM6.3mil and revenue of RM2.36bil")] == \
        [(6.3e6, "MYR"), (2.36e9, "MYR")]
    assert [q.value for q in find_quantities("3 military bases and 2 bilateral deals")] == [3, 2]
    art = article("Inari Amertron's quarterly net profit rose 12% to RM98.6mil, while revenue reached RM1.24bil.",
                  title="Inari profit", language="en")
    assert status("Inari's quarterly net profit rose 12% to RM98.6 million.", [1], art) == "supported"
    assert status("Inari's revenue reached RM1.24 billion.", [1], art) == "supported"
    assert status("Inari's revenue reached RM1.24 million.", [1], art) == "unsupported"


def test_a_lone_name_that_hits_its_limit_owns_the_limit():
    art = article("On Friday, Kajaria shares rose 3.1% to ₹1,402.50. Somany hit its 20% upper circuit, while Cera fell 1.2%.",
                  title="Tile stocks", language="en")
    assert status("Somany hit its 20% upper circuit on Friday.", [1], art) == "supported"
    assert status("Cera hit its 20% upper circuit on Friday.", [1], art) == "unsupported"


def test_a_share_is_of_what_comes_before_its_whole():
    art = article("前三季度中国重汽重卡销量为9.8万辆，其中出口3.9万辆，同比增长18.0%，约占总销量的39.8%。", title="重卡销量")
    assert status("Sinotruk's exports of 39,000 trucks made up about 39.8% of the total.", [1], art) == "supported"
    assert status("Sinotruk's exports made up 39.8% of its total exports.", [1], art) == "unsupported"


def test_a_share_of_the_total_is_of_its_own_metric_only_when_it_is_a_part():
    art = article("Overseas revenue rose 9.1% to 402.0 billion won, or 11.8% of the total. Electrical and electronic (E&E) "
                  "exports climbed 15.0% to RM60.1 billion, or 43% of the total.", title="Shares", language="en")
    assert status("Overseas revenue made up 11.8% of total revenue.", [1], art) == "supported"
    assert status("Overseas revenue made up 11.8% of net profit.", [1], art) == "unsupported"
    assert status("E&E exports made up 43% of total trade.", [1], art) == "unsupported"


def test_a_count_a_year_written_with_a_slash():
    art = article("公司新能源重卡工厂将于明年二季度投产，设计产能为2万辆/年。", title="重卡工厂")
    assert status("The truck plant has a design capacity of 20,000 units a year.", [1], art) == "supported"
    assert status("The truck plant has a design capacity of 20,000 units a month.", [1], art) == "unsupported"


def test_so_much_handled_a_year_and_the_company_total_that_follows():
    art = article("格林美表示，荆门基地三期将于明年投产，新增年处理废旧电池8万吨的能力，届时公司年处理能力将达到40万吨。", title="格林美扩产")
    assert status("GEM will add 80,000 tonnes a year of processing capacity, for a total of 400,000 tonnes.", [1], art) == "supported"
    assert status("GEM will add 80,000 tonnes a month of processing capacity.", [1], art) == "unsupported"


def test_malaysian_company_names_with_bhd_and_an_acronym_first():
    art = article("MNRB Holdings Bhd, the parent of Malaysian Reinsurance Bhd, posted a net profit of RM88.1 million for the "
                  "quarter, up 16.0% from a year earlier.", title="MNRB", language="en")
    assert status("MNRB's quarterly net profit rose 16.0% to RM88.1 million.", [1], art) == "supported"
    assert status("Malaysian Reinsurance's quarterly net profit rose 16.0% to RM88.1 million.", [1], art) == "unsupported"


def test_a_reason_clause_with_its_own_subject_is_no_ones_for_sure():
    art = article("At MNRB Holdings Bhd, Malaysian Re's reinsurance revenue rose 3.9% to RM600.1 million, as family takaful "
                  "revenue grew 27.0% to RM270.2 million.", title="MNRB", language="en")
    assert status("MNRB's family takaful revenue grew 27.0% to RM270.2 million.", [1], art) == "supported"


def test_core_net_profit_is_a_metric_not_a_company():
    art = article("上半年万物云实现营业收入175.2亿元，同比增长5.0%；核心净利润11.0亿元，同比增长2.1%。", title="万物云中期业绩")
    assert status("Onewo's core net profit rose 2.1% to 1.1 billion yuan in the first half.", [1], art) == "supported"


def test_a_latin_product_line_in_a_segment_list_is_no_company():
    art = article("分业务看，上半年万物云社区服务收入95.1亿元，同比增长7.1%；AIoT及BPaaS解决方案服务收入18.2亿元，同比下降4.5%。"
                  "上半年整体毛利率为12.5%；来自关联方的收入占比为8.0%，上年同期为11.0%。", title="万物云分业务")
    assert status("Related-party revenue fell to 8.0% of Onewo's total from 11.0% a year earlier.", [1], art) == "supported"


def test_an_analysts_call_is_not_the_analysts_figure():
    art = dated("弘塑前三季EPS为新台币36.50元。", "群益投顾分析师朱志豪预估弘塑今年EPS为新台币51.0元。", title="弘塑", when="2026-11-10 09:00")
    assert status("Chu's 2026 EPS forecast of NT$51.0 implies about NT$14.5 for GPTC in the fourth quarter, after NT$36.50 "
                  "in the first three quarters.", [1, 2], art) != "unsupported"


def test_a_year_that_opens_a_clause_is_the_period_of_its_figure():
    art = dated("总经理邢冠霖预估，第四季营收将季增一成以上，明年全年营收可望成长三成。", title="弘塑展望", when="2026-11-10 09:00")
    assert status("He expects fourth-quarter revenue to rise more than 10% on quarter and 2027 revenue to grow 30%.", [1], art) \
        != "unsupported"
    assert status("He expects fourth-quarter revenue to grow 30%.", [1], art) == "unsupported"


def test_years_listed_before_fenbie_only_when_in_the_same_clause():
    from citebrief.facts.atoms import read
    from citebrief.facts.binding import bind

    years = [b.year for b in bind(read("中信证券预计公司2026年至2028年净利润分别为20.1亿元、22.8亿元、25.5亿元。"))]
    assert years == ["2026", "2027", "2028"]
    spread = [b.year for b in bind(read("经济部将于2027年至2029年投入40亿元，弘塑、辛耘分别获得1.6亿元、1.4亿元。"))]
    assert spread[1:] == [None, None]


def test_an_acronym_listed_with_a_name_pairs_with_its_figure():
    art = article("经济部宣布投入新台币40亿元推动设备在地化，弘塑、辛耘分别获得1.6亿元、1.4亿元。", title="设备补助")
    assert status("GPTC and Scientech received NT$160 million and NT$140 million respectively.", [1], art) != "unsupported"
    assert status("GPTC and Scientech received NT$140 million and NT$160 million respectively.", [1], art) == "unsupported"


def test_an_approximate_share_worked_out_is_not_anothers_figure():
    art = article("On Tuesday, Kajaria shares rose 6.0% to ₹1,400.00, and Somany hit its 20% upper circuit.",
                  "Ishita Wagle of Systematix raised her target price for Kajaria to ₹1,680 from ₹1,500.",
                  title="Tiles", language="en")
    assert status("Wagle's ₹1,680 target for Kajaria is about 20% above its Tuesday close.", [1, 2], art) != "unsupported"


def test_a_share_of_an_acronym_metric():
    art = article("华住集团当季净收入为70.1亿元；经调整EBITDA为25.0亿元。其中，管理加盟收入为30.2亿元，占净收入的43.1%。", title="华住")
    assert status("Franchised revenue made up 43.1% of Huazhu's net revenue.", [1], art) == "supported"
    wrong = check_claim("Franchised revenue made up 43.1% of Huazhu's adjusted EBITDA.", [1], art)
    assert wrong.status == "unsupported" and any("share of 净收入" in p for p in wrong.problems)


def test_a_dated_day_in_another_year_than_the_paragraph_gives_it():
    art = dated("交通运输部本月6日发布通知，自明年1月1日起，单车最高补贴提高至10万元。", when="2026-11-12 07:30")
    assert status("The higher subsidy takes effect on Jan. 1, 2027.", [1], art) == "supported"
    wrong = check_claim("The higher subsidy takes effect on Jan. 1, 2026.", [1], art)
    assert wrong.status == "unsupported" and any("2027" in p for p in wrong.problems)
    en = article("The agency said that from April 1, 2027, dealers must verify sellers' identities.", title="Rule", language="en")
    assert status("The rule takes effect on April 1, 2027.", [1], en) == "supported"
    assert status("The rule takes effect on April 1, 2026.", [1], en) == "unsupported"


def test_how_far_a_new_target_is_above_the_previous_one():
    art = article("Lotes closed at NT$1,245 on Monday.",
                  "台中银证券将嘉泽目标价由新台币1,250元调升至1,500元。", title="嘉泽目标价")
    assert status("The NT$1,500 target for Lotes is about 20% above the previous target.", [1, 2], art) != "unsupported"
    wrong = check_claim("The NT$1,500 target for Lotes is about 25% above the previous target.", [1, 2], art)
    assert wrong.status == "unsupported" and any("from" in p for p in wrong.problems)


def test_a_share_of_a_few_companies_sum_is_not_the_industrys():
    art = article("以此计算，易普力、广东宏大、江南化工与凯龙股份前三季度归母净利润合计20.1亿元，易普力占比约31.2%。", title="民爆")
    assert status("Yipuli accounted for about 31.2% of the four companies' combined nine-month net profit.", [1], art) == "supported"
    assert status("Yipuli accounted for about 31.2% of the civil explosives industry's nine-month net profit.", [1], art) \
        == "unsupported"
    en = article("The four companies' quarterly net profits totalled RM455.0 million, with MNRB accounting for about 20.1%.",
                 title="Insurers", language="en")
    assert status("MNRB accounted for about 20.1% of the combined quarterly net profit of all Malaysian listed insurers.",
                  [1], en) == "unsupported"


def test_a_unit_named_with_its_company_word_and_gloss_owns_the_sentence():
    art = article("GMR's Delhi airport unit, Delhi International Airport Ltd (DIAL), posted a quarterly net profit of ₹180.2 "
                  "crore, 4.0 times the ₹45.0 crore it earned a year earlier. GMR Hyderabad International Airport Ltd "
                  "(GHIAL) earned ₹205.1 crore. The Ebitda margins of DIAL and GHIAL were 47.9% and 55.8% respectively.",
                  title="GMR", language="en")
    assert status("DIAL's quarterly net profit was 4.0 times its year-earlier level.", [1], art) == "supported"
    assert status("GHIAL's quarterly net profit was 4.0 times its year-earlier level.", [1], art) == "unsupported"
    assert status("GHIAL's Ebitda margin was 55.8%.", [1], art) == "supported"
    assert status("DIAL's Ebitda margin was 55.8%.", [1], art) == "unsupported"


def test_battery_chemistries_metals_and_markets_are_items():
    art = article("10月三元电池回收量为1.2万吨，同比下降4.0%，磷酸铁锂电池回收量则同比增长58.1%；钴、镍折扣系数分别为77%、79%。",
                  title="电池回收")
    assert status("LFP battery recycled volume rose 58.1% year on year in October.", [1], art) == "supported"
    assert status("Ternary battery recycled volume rose 58.1% year on year in October.", [1], art) == "unsupported"
    assert status("The nickel discount coefficient was 79%.", [1], art) == "supported"
    assert status("The cobalt discount coefficient was 79%.", [1], art) == "unsupported"
    en = article("Domestic traffic rose 7.5% to 2.9 crore and international traffic 12.1% to 61 lakh.", title="Traffic",
                 language="en")
    assert status("International traffic rose 12.1%.", [1], en) == "supported"
    assert status("Domestic traffic rose 12.1%.", [1], en) == "unsupported"


def test_the_titles_company_called_gongsi_by_an_officer():
    art = Article(title="锂电铜箔加工费上涨 诺德股份三季度净利环比增六成", language="zh-Hans", paragraphs=[
        "诺德股份前三季度实现营业收入47.1亿元，同比增长35.0%。",
        "财务总监庞秀英介绍，截至9月末公司资产负债率为60.9%，较6月末下降1.8个百分点。",
        "同行方面，嘉元科技前三季度资产负债率为48.2%。"])
    assert status("Nuode's debt-to-asset ratio was 60.9% at the end of September.", [2], art) == "supported"
    assert status("Nuode's debt-to-asset ratio was 48.2% at the end of September.", [3], art) == "unsupported"


def test_gm_crops_are_not_general_motors():
    art = article("农业农村部本月2日新批23个转基因玉米品种。", title="转基因玉米")
    assert status("The agriculture ministry approved 23 new GM corn varieties.", [1], art) == "supported"


def test_the_cost_of_monthly_capacity_is_no_monthly_amount():
    art = article("大立光大肚二期将于明年第三季启用，新增月产能1,200万颗，投资金额约新台币180亿元。", title="大立光扩产")
    assert status("Largan's new phase adds 12 million units of monthly capacity at a cost of about NT$18 billion.", [1], art) \
        != "unsupported"


def test_an_analyst_the_paragraph_names_only_as_speaker_owns_the_call():
    art = article("Apollo Hospitals reported a net profit of ₹1,280 crore for April-September.",
                  "Neha Joshi of Centrum Broking raised her target price for Apollo to ₹9,350 from ₹8,600 and forecast "
                  "2026-27 net profit of ₹2,710 crore.", title="Apollo", language="en")
    assert status("Joshi's 2026-27 net profit forecast of ₹2,710 crore for Apollo implies about ₹1,430 crore for "
                  "October-March.", [1, 2], art) != "unsupported"


def test_months_listed_before_fenbie_pair_with_their_figures():
    art = article("温海平表示，预计11月和12月沿海港口集装箱吞吐量增速将分别回落至4%和3%左右，全年有望达到3.4亿标准箱。", title="港口")
    assert status("He expects container throughput growth to slow to about 4% in November and about 3% in December.",
                  [1], art) == "supported"
    assert status("He expects container throughput growth to slow to about 3% in November.", [1], art) == "unsupported"


def test_so_much_handled_a_year_by_a_port():
    art = article("上港集团表示，小洋山北作业区一期工程预计于明年三季度开港，设计年通过能力为400万标准箱。", title="上港")
    assert status("The terminal has a design capacity of 4 million TEU a year.", [1], art) != "unsupported"
    assert status("The terminal has a design capacity of 4 million TEU a month.", [1], art) == "unsupported"


def test_a_research_vice_head_is_a_person_whose_call_it_is():
    art = dated("国巨前三季每股纯益为新台币40.50元。",
                "国票投顾研究部副总洪佩琪预估国巨今年每股纯益为新台币55.0元。", title="国巨", when="2026-11-10 09:00")
    assert status("Hung's 2026 EPS forecast of NT$55.0 for Yageo implies about NT$14.5 in the fourth quarter.", [1, 2], art) \
        != "unsupported"


def test_a_claims_percentage_of_a_paragraphs_level():
    art = article("宠物食品占城镇犬猫消费市场的52.0%，今年城镇犬猫消费市场规模预计为3,200亿元。", title="宠物")
    assert status("Pet food makes up 52.0% of the urban dog-and-cat consumer market, or about 166 billion yuan this year.",
                  [1], art) == "supported"
    assert status("Pet food makes up 52.0% of the urban dog-and-cat consumer market, or about 150 billion yuan this year.",
                  [1], art) == "unsupported"


def test_an_item_named_after_a_changes_noun():
    art = article("10月国航国际航线旅客周转量同比增长24.0%，国内航线同比增长3.0%。", title="国航")
    assert status("Air China's international passenger traffic rose 24.0% in October, against 3.0% growth on domestic routes.",
                  [1], art) == "supported"
    assert status("Air China's international passenger traffic rose 3.0% in October.", [1], art) == "unsupported"


def test_an_english_company_an_english_story_never_names():
    art = article("GMR's Delhi airport unit, Delhi International Airport Ltd (DIAL), posted a quarterly net profit of "
                  "₹180.2 crore.", title="GMR airports", language="en")
    assert status("Delhi International Airport Ltd's quarterly net profit was ₹180.2 crore.", [1], art) == "supported"
    wrong = check_claim("Cochin International Airport Ltd's quarterly net profit was ₹180.2 crore.", [1], art)
    assert wrong.status == "unsupported" and any("not in the article" in p for p in wrong.problems)


def test_a_deputy_general_manager_is_not_the_general_manager():
    art = article("广东宏大副总经理冼国栋表示，公司在西藏承接的矿山服务合同总额为45.0亿元。", title="广东宏大")
    assert status("Deputy general manager Xian Guodong said the Tibet mining services contract totals 4.5 billion yuan.",
                  [1], art) == "supported"
    assert status("General manager Xian Guodong said the Tibet mining services contract totals 4.5 billion yuan.",
                  [1], art) == "unsupported"


def test_a_year_right_after_a_figure_is_that_figures():
    art = dated("中汽协副秘书长鲁文泽表示，预计今年重卡销量约100万辆；明年有望达到105万至110万辆。", when="2026-11-12 07:30")
    assert status("Lu Wenze expects heavy-truck sales of about 1 million this year and 1.05 million to 1.1 million in 2027.",
                  [1], art) == "supported"
    assert status("Lu Wenze expects heavy-truck sales of 1.05 million to 1.1 million this year.", [1], art) == "unsupported"


def test_improved_and_worsened_for_a_ratio_better_when_lower():
    art = article("Malaysian Re's combined ratio improved to 94.5% from 97.0% a year earlier.", title="MNRB", language="en")
    assert status("Malaysian Re's combined ratio improved to 94.5% from 97.0% a year earlier.", [1], art) == "supported"
    wrong = check_claim("Malaysian Re's combined ratio worsened to 94.5% from 97.0% a year earlier.", [1], art)
    assert wrong.status == "unsupported" and any("contradicts itself" in p for p in wrong.problems)


def test_shares_listed_one_after_another_add_up_together():
    art = article("前三大客户Acushnet、Topgolf Callaway Brands与TaylorMade分别贡献30%、25%及16%的营收。", title="复盛应用")
    assert status("Its three largest customers together accounted for 71% of revenue.", [1], art) == "supported"
    assert status("Its three largest customers together accounted for 75% of revenue.", [1], art) == "unsupported"
