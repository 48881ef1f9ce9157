"""Lists of items no glossary knows, paired in order with a run of figures: a Chinese 分别 list whose
names hold 与 or end in a count ('三大业务'), whose run is followed by other figures in the same
sentence; an English 'respectively' list of divisions or segments; a claim that gives one item's
figure to another item of the list. Each test pairs what must not be called wrong with a wrong claim
that must be flagged. Capitalised words that name no organisation or place are items' words too
('FMCG-others revenue'). Company names are real or invented; all figures and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status

# --- Chinese 分别 lists ----------------------------------------------------------------------------

_THREE_BUSINESSES = ("分业务看，康泰医疗前三季度生命信息与支持、体外诊断和医学影像三大业务收入分别为88.1亿元、"
                     "96.4亿元和40.2亿元，同比分别下降3.2%、增长7.4%和增长11.6%，其余5.5亿元来自其他业务。")


def test_a_list_with_and_inside_a_name_and_a_count_at_its_end():
    art = dated(_THREE_BUSINESSES)
    assert status("Kangtai's in vitro diagnostics revenue rose 7.4% in the first nine months.", [1], art) == "supported"
    assert status("Kangtai's medical imaging revenue rose 11.6% in the first nine months.", [1], art) == "supported"
    wrong = check_claim("Kangtai's medical imaging revenue rose 7.4% in the first nine months.", [1], art)
    assert wrong.status == "unsupported"
    assert any("7.4%" in p and "医学" in p for p in wrong.problems)


def test_the_first_name_of_a_list_is_not_the_company_or_period_before_it():
    # '康泰医疗前三季度生命信息与支持': the first name is 生命信息与支持; the claim's period words
    # ('first nine months') are not another item's.
    art = dated(_THREE_BUSINESSES)
    assert status("Kangtai's life information and support revenue fell 3.2% in the first nine months.", [1],
                  art) == "supported"


def test_a_run_after_the_list_is_paired_even_when_the_sentence_goes_on_with_another_figure():
    art = dated("分业务计，品牌羽绒服、贸易代工（OEM）、女装业务收入分别为70.2亿元、25.8亿元、6.1亿元，"
                "按年分别增长9.6%、增长4.8%、下跌5.9%，其中品牌羽绒服业务占总收入的68.1%。")
    assert status("The OEM business's revenue rose 4.8%.", [1], art) == "supported"
    wrong = check_claim("The OEM business's revenue rose 9.6%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("9.6%" in p and "oem" in p.lower() for p in wrong.problems)


def test_places_of_a_list_and_a_later_clause_of_the_sentence():
    art = dated("截至上周五，全国水泥均价为每吨358元。其中，华东和中南地区价格分别较10月末上涨16元/吨和12元/吨，"
                "西南地区则下跌5元/吨。")
    assert status("Cement prices in east China rose 16 yuan a tonne from the end of October.", [1], art) == "supported"
    wrong = check_claim("Cement prices in central-south China rose 16 yuan a tonne from the end of October.", [1], art)
    assert wrong.status == "unsupported"


def test_a_list_whose_metric_and_base_close_the_last_name():
    art = dated("10月全国发电量同比增长4.1%。其中火电发电量同比下降1.9%，水电和核电发电量同比分别增长7.7%和5.2%。")
    assert status("Hydropower output rose 7.7% and nuclear output 5.2% year on year.", [1], art) == "supported"
    assert status("Nuclear power output rose 5.2% year on year.", [1], art) == "supported"
    assert check_claim("Nuclear power output rose 7.7% year on year.", [1], art).status == "unsupported"


def test_a_list_opened_by_qizhong_with_growth_and_fall_written_short():
    art = dated("统一企业中国前三季营收238.4亿元；其中饮料与食品两大事业营收分别年增5.8%和年减1.6%。")
    assert status("Uni-President China's beverage revenue rose 5.8%.", [1], art) == "supported"
    assert check_claim("Uni-President China's food revenue rose 5.8%.", [1], art).status == "unsupported"


def test_and_inside_the_last_name_of_a_list():
    # '消费电子和工业与汽车': the last name is 工业与汽车, not 汽车.
    art = dated("按应用分类，智能手机、消费电子和工业与汽车的收入占比分别为23.6%、40.8%和11.2%。")
    assert status("Smartphones made up 23.6% of revenue, consumer electronics 40.8%, and industrial and "
                  "automotive 11.2%.", [1], art) == "supported"
    assert check_claim("Consumer electronics made up 23.6% of revenue.", [1], art).status == "unsupported"


# --- English 'respectively' lists -------------------------------------------------------------------


def test_english_divisions_respectively_and_a_second_run():
    art = dated("Revenue in Okabe's robot, factory automation (FA) and Robomachine divisions came to 150.4 "
                "billion yen, 110.2 billion yen and 65.3 billion yen, respectively, up 8.8%, 3.9% and 13.1%.")
    assert status("Okabe's robot revenue rose 8.8%.", [1], art) == "supported"
    assert status("Okabe's Robomachine revenue rose 13.1% to 65.3 billion yen.", [1], art) == "supported"
    wrong = check_claim("Okabe's Robomachine revenue rose 8.8%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("8.8%" in p and "robomachine" in p.lower() for p in wrong.problems)


def test_english_list_after_while_and_the_other_item():
    art = dated("PC revenue jumped 30.2 percent to 450.1 billion won, while console and other revenue came to "
                "40.6 billion won and 39.7 billion won, respectively.")
    assert status("Console revenue was 40.6 billion won and other revenue 39.7 billion won.", [1],
                  art) == "supported"
    assert check_claim("Console revenue was 39.7 billion won.", [1], art).status == "unsupported"


def test_english_segments_respectively_with_two_runs():
    art = dated("Home care revenue grew 7.9% to ₹6,010 crore, while personal care and foods grew 2.5% and "
                "4.4% to ₹2,301 crore and ₹3,650 crore, respectively.")
    assert status("Foods revenue grew 4.4% to ₹3,650 crore.", [1], art) == "supported"
    assert check_claim("Foods revenue grew 2.5%.", [1], art).status == "unsupported"


# --- capitalised item words ------------------------------------------------------------------------


def test_a_capitalised_item_word_is_the_items_not_a_name():
    art = dated("Cigarette revenue rose 5.9% to ₹9,010 crore and FMCG-others revenue climbed 9.6% to ₹5,880 crore, "
                "but agri business revenue fell 4.1%.")
    assert status("FMCG-others revenue climbed 9.6% to ₹5,880 crore.", [1], art) == "supported"
    wrong = check_claim("ITC's FMCG-others revenue rose 5.9%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("fmcg" in p.lower() for p in wrong.problems)


def test_a_place_the_claim_names_is_not_another_items_word():
    art = dated("上海新房日均成交2.56万平方米，较10月同期增长7.6%；二手房日均成交3.1万平方米，增长4.2%。")
    assert status("New home sales in Shanghai rose 7.6% from the same days of October.", [1], art) == "supported"


# --- what a list's last name measures, a base before 'respectively', speakers and 'with' clauses ----


def test_a_chinese_list_whose_last_name_carries_what_is_measured():
    art = dated("顺丰控股董事长王卫表示，10月时效快递与经济快递业务量同比分别增长10.9%和25.7%。")
    assert status("SF Holding chairman Wang Wei said economy express volume grew 25.7% in October.", [1],
                  art) == "supported"
    assert check_claim("SF Holding chairman Wang Wei said time-definite express volume grew 25.7% in October.", [1],
                       art).status == "unsupported"


def test_an_english_list_with_a_base_before_respectively_and_a_rounded_rival():
    # The paragraph's 6.2% rounds to the claim's 6% too; the figure meant is the one given exactly.
    art = dated("Chief executive Rakshit Hargave said wheat and palm oil costs fell 6% and 9% on-year, respectively. "
                "Revenue rose 6.2%.")
    assert status("Hargave said wheat costs fell 6% on-year.", [1], art) == "supported"
    wrong = check_claim("Hargave said palm oil costs fell 6% on-year.", [1], art)
    assert wrong.status == "unsupported"
    assert any("palm" in p for p in wrong.problems)


def test_a_with_clause_is_an_item_of_its_own_and_the_speaker_is_no_items_word():
    art = dated("Governor Vitai Ratanakorn said outstanding loans of Thai commercial banks fell 1.8% on year at the "
                "end of September, with loans to small businesses down 6.1%.")
    assert status("Vitai said loans to small businesses fell 6.1%.", [1], art) == "supported"
    assert status("Vitai said outstanding bank loans fell 1.8% on year.", [1], art) == "supported"
    assert check_claim("Vitai said loans to small businesses dropped 1.8% from a year earlier.", [1],
                       art).status == "unsupported"


def test_a_known_company_the_claim_names_is_not_another_items_word():
    art = dated("Bangkok Bank said its quarterly net profit rose 2.7% to 11.9 billion baht. President Chartsiri "
                "Sophonpanich said international loans made up about 28% of the group's lending.")
    assert status("Chartsiri said international loans made up about 28% of Bangkok Bank's lending.", [1],
                  art) == "supported"
