"""Figures read the way a careful reader reads them: the rand written R5.7 billion, 每萬 as 10,000, 三分之一 as a
third, Taiwan's lots as 1,000 shares; a sentence that ends after 'May.'; a pronoun that speaks for the analyst
named before it; places that name a bank or an analyst's region; a part a list names beside its figure; a
clause that goes on with the project before it; H shares set against A shares; adjusted and statutory
profit; names that open with 'National'; and figures worked out as a month's rate, an average, a unit price
times a count or a share of parts together. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_the_rand_written_before_its_figure_is_money():
    art = article("Harmony Gold said revenue rose 12% to R61.2 billion in the year to June, while all-in sustaining "
                  "costs rose 7% to R1,042,000 a kilogram.", title="Harmony Gold")
    assert status("Harmony Gold's revenue rose 12% to R61.2 billion.", [1], art) == "supported"
    assert status("Harmony Gold's revenue rose 12% to R612 billion.", [1], art) == "unsupported"


def test_a_models_letter_and_digit_are_no_rand():
    art = article("Rivian said R2 deliveries reached 12,400 vehicles in the quarter.", title="Rivian")
    assert status("Rivian delivered 12,400 R2 vehicles in the quarter.", [1], art) == "supported"


def test_per_ten_thousand_written_as_its_scale():
    art = article("市卫健委数据显示，全市每万人拥有执业医师38.6人，较上年增加1.2人。", title="卫健委")
    assert status("The city had 38.6 practising doctors per 10,000 people.", [1], art) == "supported"


def test_a_third_written_in_chinese_is_a_share():
    art = article("一季度，宁德时代和比亚迪分别向该公司采购设备12台和8台，合计约占公司同期交付量的三分之一。", title="设备")
    assert status("CATL and BYD bought 12 and 8 machines respectively, about a third of its deliveries.", [1], art) != "unsupported"
    assert status("CATL and BYD bought 12 and 8 machines respectively, about half of its deliveries.", [1], art) == "unsupported"


def test_taiwans_lots_are_thousands_of_shares():
    art = article("發言人表示，台積電董事會通過自11月13日起買回庫藏股8,000張，買回價格區間為每股950元至1,150元。", title="台積電")
    assert status("TSMC's board approved buying back 8,000 lots, or 8 million shares, from November 13.", [1], art) == "supported"


def test_a_sentence_ends_after_a_short_month():
    art = article("Stats SA said mining output fell 2.2% on the year in June but rose 3.9% from May. Sipho Dlamini, chief "
                  "economist at the Minerals Council South Africa, said the sector employed 468,000 people.", title="Mining")
    assert status("South Africa's mining output rose 3.9% from May, Stats SA said.", [1], art) == "supported"


def test_a_pronoun_speaks_for_the_analyst_named_before_it_past_the_firm():
    art = article("Thabo Nkosi of Anchor Capital raised his Implats target to R215. Lerato Dube of Peresec was more cautious "
                  "and cut Sibanye-Stillwater to hold; she expects its output to fall to 1.58 million ounces in 2066.",
                  title="PGM miners")
    assert status("Lerato Dube expects Sibanye-Stillwater's output to fall to 1.58 million ounces in 2066.", [1], art) == "supported"


def test_a_place_in_a_banks_name_or_an_analysts_region_is_no_figures_place():
    art = article("Senders also pay a 1% federal tax on cash transfers, which Banco de Mexico estimates cost households "
                  "US$120 million in the first nine months.", title="Remittances")
    assert status("Banco de Mexico estimates the 1% US tax on cash transfers cost households about US$120 million.", [1], art) \
        == "supported"
    art = article("Prismark's Asia analyst Lin Wei-ting said global capital spending by PCB makers would rise 14.1% to "
                  "US$17.6 billion.", title="PCB")
    assert status("Prismark's Asia analyst Lin Wei-ting expects PCB makers' capital spending to rise 14.1%.", [1], art) == "supported"


def test_a_plural_noun_opening_a_sentence_owns_nothing():
    art = article("Western Union said third-quarter revenue rose 3.1% to US$1.05 billion. Transactions grew 5.2% to 79.4 "
                  "million, about 38% of them digital.", title="Western Union")
    assert status("About 38% of Western Union's 79.4 million third-quarter transactions were digital.", [1], art) == "supported"


def test_a_part_a_list_names_beside_its_figure_is_not_whose_the_next_sentence_is():
    art = article("Group production rose 3.4% to 3.71 million ounces, with Rustenburg contributing 1.22 million ounces, "
                  "Zimplats 628,000 ounces and Impala Canada 241,000 ounces. The board declared a final dividend of 325 "
                  "cents a share.", title="Implats results")
    assert status("Implats declared a final dividend of 325 cents a share.", [1], art) == "supported"


def test_half_year_results_are_the_half():
    art = dated("Sibanye-Stillwater said its output fell 2.8% in the six months to June 30, 2065.",
                "Valterra Platinum, which published half-year results on Monday, said refined production rose 6% to "
                "1.94 million ounces.", when="2065-08-27 17:45", title="PGM miners")
    assert status("Valterra Platinum's refined production rose 6% to 1.94 million ounces in the first half of 2065.", [2], art) \
        == "supported"


def test_a_part_of_a_year_given_whole_is_that_years():
    art = dated("分析师预计2065年全年国内手机出货量约为2.98亿部，同比增长3.5%，其中下半年出货1.52亿部。",
                when="2065-08-26 21:05", title="手机")
    assert status("The analyst expects 152 million phones to ship in China in the second half of 2065.", [1], art) == "supported"


def test_the_years_of_a_list_of_forecasts():
    art = dated("研究员预计，万华化学2065年和2066年归母净利润分别为295亿元和340亿元。", when="2065-10-27 19:40", title="万华化学")
    assert status("The analyst forecasts Wanhua Chemical's net profit at 29.5 billion yuan for 2065 and 34 billion yuan "
                  "for 2066.", [1], art) == "supported"


def test_a_clause_of_plan_goes_on_with_the_project_before_it():
    art = article("红宝丽董事长表示，公司在泰兴的年产40万吨环氧丙烷项目已完成土建，预计明年二季度投产，届时年产能将由现有的24万吨"
                  "提高至64万吨。", title="红宝丽")
    assert status("The Taixing plant will lift Hongbaoli's capacity from 240,000 to 640,000 tonnes a year.", [1], art) == "supported"


def test_a_share_of_which_is_the_companys_one_share():
    art = article("酷派集团上半年手机出货量386万部，其中约41%通过天音通信渠道销售；爱施德则披露，vivo产品占其分销收入的46%。",
                  title="手机分销")
    assert status("About a quarter of Coolpad's first-half phone shipments went through Telling's channel.", [1], art) \
        == "unsupported"
    assert status("About two-fifths of Coolpad's first-half phone shipments went through Telling's channel.", [1], art) \
        != "unsupported"


def test_h_shares_set_against_a_shares():
    art = article("按1港元兌人民幣0.92元計算，浙江世寶H股較A股折讓約64%。", title="浙江世寶")
    assert status("Zhejiang Shibao's H shares traded at about a 64% discount to its A shares.", [1], art) == "supported"
    assert status("Zhejiang Shibao's A shares traded at about a 64% discount to its H shares.", [1], art) == "unsupported"


def test_adjusted_and_statutory_profit_are_told_apart():
    art = article("RWS Holdings said adjusted profit before tax rose 11.8% to £58.9 million. Statutory profit before tax "
                  "was £31.7 million, against £18.2 million a year earlier.", title="RWS")
    assert status("RWS's adjusted profit before tax rose 11.8%.", [1], art) == "supported"
    assert status("RWS's statutory profit before tax rose 11.8%.", [1], art) == "unsupported"


def test_a_name_that_opens_with_national():
    art = article("National Storage rose 1.7% on Wednesday and Abacus Storage King 3.2% on Thursday.", title="Self storage")
    assert status("National Storage rose 1.7% on Wednesday.", [1], art) == "supported"
    assert status("National Storage rose 3.2% and Abacus Storage King 1.7%.", [1], art) == "unsupported"


def test_a_latin_name_after_of_which_owns_its_share():
    art = article("根据市调机构的资料，全球强固型电脑市场规模约42亿美元；其中Dell以约24%市占率居首，神基约17%居次。", title="神基")
    assert status("Getac held about 17% of the global rugged computer market.", [1], art) == "supported"
    assert status("Getac leads the global rugged computer market with about 24%.", [1], art) == "unsupported"


def test_a_figure_worked_out_as_a_months_rate_an_average_or_a_unit_price_is_not_wrong():
    art = article("The new plant in Kendal will have capacity of 1.2 billion packs a year. The company bought nine "
                  "distribution centres for Rp 1.46 trillion during the half.", title="Indofood")
    assert status("The Kendal plant's capacity equals about 100 million packs a month.", [1], art) != "unsupported"
    assert status("The company paid an average of about Rp 162 billion for each of the nine centres.", [1], art) != "unsupported"
    art = article("公司自主研发的多波束测深系统今年已交付3套，单套售价约1,600万元。", title="海兰信")
    assert status("The three systems delivered this year were worth about 48 million yuan.", [1], art) != "unsupported"


def test_parts_a_sentence_lists_together_are_a_share_of_the_whole():
    art = article("前三季度国内民用水声设备市场规模为48.6亿元。其中，多波束测深系统、侧扫声呐和水下通信设备分别实现销售额19.3亿元、"
                  "11.8亿元和7.2亿元。", title="水声设备")
    assert status("The three product lines together accounted for about 79% of the market.", [1], art) == "supported"

