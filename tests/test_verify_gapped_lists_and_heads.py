"""Items told apart where a list writes them tersely: a Chinese list of heads and figures (电冰箱1,050万台；
洗衣机1,180万台), an English claim's second item with its verb left out ('… and washing machines 10.5 million'),
two counts of two things ('186 million phones and 43 million notebooks'), a single character that means one
thing (锂 lithium), a measure described by a relative clause ('recurring net profit, which excludes one-off
items, rose …'), a bare measure after 'with', a name the story defines with a bracketed acronym, a lone name
opening a claim ('Zhengguang held 18%'), and a claim whose levels contradict its verb whatever their kind.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status

# -- a Chinese list of heads and their figures ------------------------------------------------------------

_APPLIANCES = article("今年上半年全国废旧家电规范回收量为5,210万台，同比增长7.5%。其中电视机1,380万台，同比下降1.9%；"
                      "电冰箱1,050万台，同比增长10.2%；洗衣机1,180万台，同比增长8.8%；空调器820万台，同比增长21.4%。",
                      title="废旧家电回收")


def test_a_head_and_its_figure_is_an_item_of_its_own():
    assert status("Washing machines collected in the first half numbered 11.8 million.", [1], _APPLIANCES) == "supported"
    assert status("Refrigerators collected in the first half numbered 11.8 million.", [1], _APPLIANCES) == "unsupported"
    assert status("Televisions collected in the first half numbered 11.8 million.", [1], _APPLIANCES) == "unsupported"


def test_a_measure_told_with_its_verb_is_no_head():
    art = article("门店总数共有6,120家，较年初净增95家，其中加盟店4,860家。", title="零售门店")
    assert status("The chain had 6,120 stores, a net 95 more than at the start of the year.", [1], art) == "supported"


# -- an English claim's second item, its verb left out ----------------------------------------------------


def test_a_gapped_second_item_is_read_apart():
    assert status("Washing machines collected in the first half numbered 11.8 million and refrigerators 10.5 million.",
                  [1], _APPLIANCES) == "supported"
    assert status("Refrigerators collected in the first half numbered 11.8 million and washing machines 10.5 million.",
                  [1], _APPLIANCES) == "unsupported"


def test_a_gapped_item_after_a_period_and_a_unit():
    art = article("上半年钢丝绳芯输送带产量3,720万平方米，同比增长8.1%；织物芯输送带产量8,950万平方米，同比增长1.6%。",
                  title="输送带产量")
    assert status("Fabric-core belt output was 89.5 million square metres in the first half and steel-cord output 37.2 "
                  "million square metres.", [1], art) == "supported"
    assert status("Steel-cord belt output was 89.5 million square metres in the first half and fabric-core output 37.2 "
                  "million square metres.", [1], art) == "unsupported"


def test_a_second_verb_is_no_gapped_item():
    art = article("Okuma said July-September orders rose 5.2% on-year and fell 1.8% on-quarter to 61.4 billion yen.",
                  title="Machine tool orders")
    assert status("Okuma's July-September orders rose 5.2% on-year to 61.4 billion yen.", [1], art) == "supported"


def test_a_base_after_a_figure_is_no_item():
    art = article("Prosegur Cash's third-quarter revenue was €512 million, up 6.1% on the year and 3.9% from the second "
                  "quarter.", title="Cash logistics")
    assert status("Prosegur Cash's third-quarter revenue was €512 million, up 3.9% from the second quarter.", [1], art) \
        == "supported"


def test_two_counts_of_two_things():
    art = article("研调机构Canalys预估，明年全球折叠手机出货将达4,100万支，全球笔电出货约1.92亿台，年增2%。", title="出货预估")
    assert status("Canalys expects global shipments of 41 million foldable phones and 192 million notebooks next year.",
                  [1], art) == "supported"
    assert status("Canalys expects global shipments of 192 million foldable phones and 41 million notebooks next year.",
                  [1], art) == "unsupported"


# -- one character, one meaning ---------------------------------------------------------------------------


def test_a_single_character_that_means_one_thing_tells_an_item():
    art = article("西藏矿业前三季度营业收入9.31亿元。其中锂盐产品收入6.42亿元，同比增长51.3%；铬矿石收入2.37亿元，同比下降4.6%；其他业务收入0.52亿元。",
                  title="西藏矿业三季报")
    assert status("Tibet Mineral Development's chromium ore brought in 237 million yuan.", [1], art) == "supported"
    assert status("Tibet Mineral Development's lithium salts brought in 237 million yuan.", [1], art) == "unsupported"
    assert status("Tibet Mineral Development's lithium salts brought in 237 million yuan and its chromite 642 million "
                  "yuan.", [1], art) == "unsupported"


def test_a_character_inside_a_gloss_tells_nothing():
    art = article("新能源炭材料（硬碳负极材料和超级电容炭）收入4.35亿元，同比增长1.6倍。新能源炭材料收入占公司营业收入的比重由"
                  "上年同期的8.7%升至20.9%。", title="活性炭企业三季报")
    assert status("New-energy carbon materials accounted for 20.9% of revenue, up from 8.7% a year earlier.", [1], art) \
        == "supported"


# -- what a measure is, and whose ---------------------------------------------------------------------------


def test_a_relative_clause_between_a_measure_and_its_verb():
    art = article("前三季度公司实现营业收入26.10亿元，同比增长12.2%；归母净利润2.95亿元，同比增长25.7%；扣非净利润2.71亿元，"
                  "同比增长22.9%。", title="齿轮箱企业三季报")
    assert status("Recurring net profit, which excludes one-off items, rose 22.9% to 271 million yuan.", [1], art) \
        == "supported"
    assert status("Recurring net profit, which excludes one-off items, rose 25.7% to 295 million yuan.", [1], art) \
        == "unsupported"


def test_a_bare_measure_after_with_is_the_item_before_it():
    art = article("分产品看，公司前三季度船用齿轮箱、工业齿轮箱分别实现收入10.84亿元和5.31亿元，同比分别增长21.6%和9.2%。",
                  title="齿轮箱企业三季报")
    assert status("Marine gearboxes were the fastest-growing line, with revenue up 21.6%.", [1], art) == "supported"
    assert status("Industrial gearboxes were the fastest-growing line, with revenue up 21.6%.", [1], art) == "unsupported"


def test_a_bracketed_acronym_is_the_name_it_follows():
    art = article("Compagnie des Alpes (CDA) said revenue rose 7.1% to €1.35 billion.",
                  "An analyst raised his target price for CDA to €31 from €28.", title="Ski resorts")
    assert status("An analyst raised his target price for Compagnie des Alpes to €31 from €28.", [2], art) == "supported"
    assert status("An analyst raised his target price for SkiStar to €31 from €28.", [2], art) == "unsupported"


def test_a_lone_name_opening_a_claim_is_read():
    art = article("去年国内离子交换树脂市场规模约120亿元，外资品牌合计份额为40%，蓝晓科技和争光股份分别占19%和5%。",
                  title="离子交换树脂")
    assert status("Zhengguang held 5% of China's ion-exchange resin market last year.", [1], art) == "supported"
    assert status("Zhengguang held 19% of China's ion-exchange resin market last year.", [1], art) == "unsupported"


# -- levels that contradict the verb ----------------------------------------------------------------------


def test_amounts_that_contradict_their_verb():
    art = article("Mitie's order book stood at £11.6 billion at the end of September. A year earlier it was £10.9 billion.",
                  title="Facilities")
    assert status("Mitie's order book grew to £11.6 billion from £10.9 billion a year earlier.", [1], art) == "supported"
    assert status("Mitie's order book shrank to £11.6 billion from £10.9 billion a year earlier.", [1], art) \
        == "unsupported"


def test_a_place_the_claim_names_is_no_company_named_aside():
    art = article("按出货功率计，去年国内风电齿轮箱市场中，南高齿（中国高速传动，00658.HK）、德力佳和重庆齿轮箱的份额分别为33.1%、"
                  "22.4%和11.9%。", title="风电齿轮箱")
    assert status("Delijia held 22.4% of China's wind gearbox market last year.", [1], art) == "supported"
    assert status("Delijia held 33.1% of China's wind gearbox market last year.", [1], art) == "unsupported"


def test_a_months_level_times_twelve_is_the_years_the_claim_works_out():
    art = article("他同时透露，金属铬产线技改已经完成，月产能由700吨提升至1,150吨。", title="铬盐企业")
    assert status("Its monthly chromium metal capacity has been raised from 700 tonnes to 1,150 tonnes, equivalent to "
                  "13,800 tonnes a year.", [1], art) == "supported"
    assert status("Its monthly chromium metal capacity has been raised from 700 tonnes to 1,150 tonnes, equivalent to "
                  "15,800 tonnes a year.", [1], art) == "unsupported"
