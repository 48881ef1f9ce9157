"""Who a figure belongs to and what it counts, where the reader used to guess wrong: a metric's
qualifier read as a subject (表观消费量), a Chinese change joined to the next clause's level, "shareholders'"
as a name, a count the claim names itself ('23.7 million orders'), 'earnings of NT$3.12 a share', a move
spelt 'raising … by a fifth', a share spelt 'almost a third of', a part worked out as a share of a level,
a name opened by a letter and a digit ('B2 Impact ASA'), a sentence about 公司 after a product's figures,
a segment the text calls one ('within Climate Solutions'), gapped names with 'about', and a list whose
second name is the first one's unit. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status

_STYRENE = article("据行业协会统计，2030年前三季度全国苯乙烯产量为1,310万吨，同比增长5.5%；表观消费量为1,120万吨，同比增长4.2%；"
                   "进口量降至85万吨，同比下降18.6%，出口量则增至64万吨，同比增长35.1%。", title="苯乙烯供需")


def test_apparent_consumption_is_a_measure_not_a_subject():
    assert status("China's styrene imports fell 18.6% to 850,000 tonnes in the first nine months.", [1], _STYRENE) == "supported"
    assert status("China's apparent styrene consumption rose 4.2% to 11.2 million tonnes in the first nine months.", [1],
                  _STYRENE) == "supported"


def test_a_chinese_change_is_not_joined_to_the_next_clauses_level():
    assert status("China's styrene exports rose 35.1% to 640,000 tonnes in the first nine months.", [1], _STYRENE) == "supported"
    assert status("China's styrene imports fell 35.1% to 850,000 tonnes in the first nine months.", [1], _STYRENE) == "unsupported"


def test_shareholders_net_income_is_the_companys():
    art = article("Humana said on Wednesday that third-quarter revenue rose 8.2% to $28.1 billion. Shareholders' net income "
                  "was $2.35 billion, or $4.10 a diluted share, compared with $1.96 billion a year earlier.", title="Humana")
    assert status("Humana's shareholders' net income rose to $2.35 billion from $1.96 billion.", [1], art) == "supported"


def test_a_count_the_claim_names_itself_is_no_other_measure():
    art = article("前三季度城市即时配送完成订单4,160万单，同比增长62%；配送骑手人数为18.2万人。", title="即时配送")
    assert status("Instant deliveries in the city reached 41.6 million orders in the first nine months, up 62%.", [1], art) \
        == "supported"


def test_earnings_of_a_sum_a_share_are_earnings_per_share():
    art = article("公司第三季稅後純益5.46億元，季增8.1%，每股純益3.12元。", title="第三季財報")
    assert status("Third-quarter net profit was NT$546 million, and earnings were NT$3.12 a share.", [1], art) == "supported"


def test_raising_by_a_fifth_is_a_rise_of_20_percent():
    art = article("The new kiln, which cost €80 million, will start in March, raising output at the plant by a fifth.",
                  title="Kiln")
    assert status("The new kiln will increase output at the plant by 20%.", [1], art) == "supported"
    assert status("The new kiln will cut output at the plant by 20%.", [1], art) == "unsupported"


def test_a_part_worked_out_as_a_share_of_a_level():
    art = article("Paid members reached 9.4 million at the end of June, up 18% on the year. The premium tier now accounts "
                  "for 22% of paid members.", title="Members")
    assert status("About 2.1 million of the paid members were on the premium tier.", [1], art) == "supported"
    assert status("About 3.1 million of the paid members were on the premium tier.", [1], art) == "unsupported"


def test_a_name_opened_by_a_letter_and_a_digit():
    art = article("B2 Impact ASA reported that cash collections rose 6.2% to NOK 1.52 billion in the second quarter, while "
                  "Axactor's fell 3.1% to NOK 0.71 billion.", title="Debt purchasers")
    assert status("B2 Impact's cash collections rose 6.2% to NOK 1.52 billion in the second quarter.", [1], art) == "supported"
    assert status("Axactor's cash collections rose 6.2% to NOK 1.52 billion in the second quarter.", [1], art) == "unsupported"


def test_a_sentence_about_the_company_does_not_carry_the_product_before():
    art = article("振华股份前三季度铬盐销量20.3万吨，同比增长6.4%。第三季度铬酸酐均价为每吨2.41万元，同比上涨5.2%。"
                  "目前公司铬盐年产能为32万吨。", title="铬盐")
    assert status("Zhenhua Chemical has an annual chromium-salt capacity of 320,000 tonnes.", [1], art) == "supported"


def test_a_purchase_is_no_name():
    art = article("太钢不锈前三季度不锈钢产量315万吨，同比增长3.8%；高碳铬铁采购均价为每吨9,120元，同比上涨2.6%。", title="太钢不锈")
    assert status("Taigang Stainless paid an average of 9,120 yuan a tonne for high-carbon ferrochrome.", [1], art) \
        == "supported"


_NIBE = article("NIBE said on Thursday that Climate Solutions sales rose 3.1% to SEK 29.4 billion in the nine months, while "
                "Element fell 2.2% to SEK 4.6 billion. Heat pump sales within Climate Solutions grew 12.5% to SEK 9.8 billion, "
                "almost a third of group revenue.", title="NIBE")


def test_a_segment_the_text_calls_one_is_the_companys():
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion in the nine months.", [1], _NIBE) == "supported"


def test_a_share_spelt_as_a_fraction():
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion, almost 33% of group revenue.", [1], _NIBE) \
        == "supported"
    assert status("NIBE's heat pump sales grew 12.5% to SEK 9.8 billion, almost 45% of group revenue.", [1], _NIBE) \
        == "unsupported"


def test_gapped_names_with_about():
    art = article("按网约车订单量计，Grab、Gojek及TADA今年上半年在东南亚的市场份额分别约为62%、24%及5%。", title="东南亚网约车")
    assert status("By orders, Grab held about 62% of the market in the first half, Gojek about 24% and TADA about 5%.", [1],
                  art) == "supported"
    assert status("By orders, Grab held about 62% of the market in the first half, TADA about 24% and Gojek about 5%.", [1],
                  art) == "unsupported"


def test_a_list_whose_second_name_is_the_firsts_unit():
    art = article("按营收计，百望云、税友股份旗下亿企赢及票易通2030年在电子发票服务市场的份额分别为9.4%、8.1%和4.9%。",
                  title="电子发票")
    assert status("Baiwang, Servyou's Yiqiying and Xforceplus held 9.4%, 8.1% and 4.9% of the e-invoice services market "
                  "respectively.", [1], art) == "supported"
