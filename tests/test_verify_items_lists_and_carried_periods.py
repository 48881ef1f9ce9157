"""Items told apart by their heads, lists paired in order, and times carried or measured from, where the
reader used to pass a wrong claim or flag a right one: a segment named with a British spelling or with
a 领域-headed list; two prices whose heads differ (阔叶浆均价 / 钛白粉报价); a list's figures run on into
the next sentence; a company the gazetteer knows that reads as a person's name; a share of the group
total told as a place's part; a change spelt as a fraction against one the paragraph spells; and, the
other way, a quarter carried from the paragraph before, a change's base read as a level, 'from June' as
the month said, a monthly 测试产能, 'about 2.7 times a year earlier', '198 of the 612 tonnes', years listed
without 分别. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_an_item_named_in_british_spelling_is_told_apart():
    art = article("按产品划分，微创机器人腔镜手术机器人收入3.20亿元，同比增长51.0%；骨科手术机器人收入0.95亿元，同比增长12.5%。",
                  title="微创机器人")
    assert status("MicroPort MedBot's orthopaedic surgical robot revenue rose 51.0% on the year.", [1], art) == "unsupported"
    assert status("MicroPort MedBot's orthopaedic surgical robot revenue rose 12.5% on the year.", [1], art) == "supported"


def test_items_headed_by_a_field_are_told_apart():
    art = article("协会秘书长表示，去年全国钛材消费量为14.2万吨，其中化工领域占41%，航空航天领域占22%。", title="钛材")
    assert status("Aerospace accounted for 41% of China's titanium consumption last year.", [1], art) == "unsupported"
    assert status("Aerospace accounted for 22% of China's titanium consumption last year.", [1], art) == "supported"


def test_garments_and_home_textiles_swapped():
    art = article("分产品看，万事利丝绸服饰收入1.80亿元，同比增长14.2%；蚕丝被等家纺产品收入0.88亿元，同比下降2.6%。", title="万事利")
    assert status("Wensli's home textiles grew 14.2% while its silk garments fell 2.6%.", [1], art) == "unsupported"
    assert status("Wensli's silk garments grew 14.2% while its home textiles fell 2.6%.", [1], art) == "supported"


def test_two_prices_with_other_heads_are_told_apart():
    art = article("原材料方面，9月国内阔叶浆均价为每吨5,120元，较年初下降5.1%；钛白粉9月末报价为每吨15,300元，较年初上涨2.7%。",
                  title="装饰原纸")
    assert status("Titanium dioxide prices fell 5.1% from the start of the year.", [1], art) == "unsupported"
    assert status("Hardwood pulp prices fell 5.1% from the start of the year.", [1], art) != "unsupported"


def test_a_list_run_on_into_the_next_sentence():
    art = article("Insurance revenue grew 11.2% to £98.0 million. Money revenue rose 3.1% to £51.0 million, while Home "
                  "Services fell 4.4% to £28.5 million. Cashback, which includes Quidco, increased 9.9% to £37.2 million.",
                  title="MONY")
    assert status("MONY's Money division grew revenue 9.9% in the half.", [1], art) == "unsupported"
    assert status("MONY's Cashback revenue grew 9.9% in the half.", [1], art) != "unsupported"


def test_a_company_that_reads_as_a_person():
    art = article("SHL Medical, the Swiss autoinjector maker, said it shipped 301 million autoinjectors in the first half, 18% more than a year earlier. "
                  "Owen Mumford said through a spokesman that it would add a production line in 2027.", title="Autoinjectors")
    assert status("Owen Mumford shipped 301 million autoinjectors in the first half.", [1], art) == "unsupported"
    assert status("SHL Medical shipped 301 million autoinjectors in the first half.", [1], art) == "supported"


def test_a_share_of_the_group_total_is_not_a_places_part():
    art = article("By business unit, Scandinavia's sales rose 1.9% to SEK 1.30 billion and Eastern Europe's 7.4% to SEK 410 "
                  "million. Sales to consumers accounted for 61% of the group total.", title="Inwido")
    assert status("Consumers accounted for 61% of Inwido's Scandinavian sales.", [1], art) == "unsupported"
    assert status("Consumers accounted for 61% of Inwido's sales.", [1], art) != "unsupported"


def test_a_change_spelt_as_a_fraction_against_one_spelt_in_the_paragraph():
    art = article("The council said the province's sawmilling capacity has shrunk by about a quarter since 2031.", title="BC")
    assert status("BC's sawmilling capacity has shrunk by about a third since 2031.", [1], art) == "unsupported"
    assert status("BC's sawmilling capacity has shrunk by about a quarter since 2031.", [1], art) != "unsupported"


def test_a_quarter_carried_from_the_paragraph_before():
    art = article("Inwido said third-quarter net sales rose 4.0% on the year to SEK 2.41 billion.",
                  "By business unit, Scandinavia's sales rose 1.9% to SEK 1.30 billion.", title="Inwido")
    assert status("Inwido's Scandinavian sales rose 1.9% to SEK 1.30 billion in the third quarter.", [2], art) == "supported"


def test_a_changes_base_is_not_a_level():
    art = article("West Fraser said third-quarter sales rose 3.9% from the second quarter and 6.2% from a year earlier to "
                  "US$1.74 billion.", title="West Fraser")
    assert status("West Fraser's third-quarter sales rose 6.2% from a year earlier and 3.9% from the second quarter.",
                  [1], art) == "supported"


def test_a_month_a_change_is_measured_from_is_not_the_month_said():
    art = article("兴发铝业行政总裁表示，8月工业型材新接订单按月增长4.2%，按年增长15.0%。财务总监指出，截至6月底净负债比率为35.1%。",
                  title="兴发铝业")
    assert status("New orders for Xingfa Aluminium's industrial extrusions rose 4.2% from July and 15.0% from a year "
                  "earlier in August, its chief executive said.", [1], art) != "unsupported"


def test_a_monthly_test_capacity_is_monthly():
    art = article("安路科技表示，测试中心二期投产后，月测试产能将由600万颗提升至1,500万颗。", title="安路科技")
    assert status("Anlogic's monthly test capacity will rise from 6 million to 15 million chips.", [1], art) == "supported"


def test_a_multiple_of_the_year_earlier_figure():
    art = article("盛达资源三季度净利润2.10亿元，同比增长1.5倍，环比增长18.0%。", title="盛达资源")
    assert status("Shengda's third-quarter net profit was 210 million yuan, about 2.5 times a year earlier.", [1], art) != "unsupported"


def test_a_part_of_a_figure_takes_its_unit():
    art = article("湖南白银前三季度销售白银540吨，同比增长6.0%，其中出口176吨。", title="湖南白银")
    assert status("Hunan Silver exported 176 of the 540 tonnes of silver it sold in the first nine months.", [1], art) == "supported"
    assert status("Hunan Silver exported 186 of the 540 tonnes of silver it sold in the first nine months.", [1], art) == "unsupported"


def test_years_listed_without_fen_bie():
    art = article("基金经理维持对豫光金铅2027年、2028年净利润11.8亿元和13.4亿元的预测。", title="豫光金铅")
    assert status("A fund manager forecasts Yuguang's 2027 net profit at 1.18 billion yuan.", [1], art) != "unsupported"
    assert status("A fund manager forecasts Yuguang's 2028 net profit at 1.18 billion yuan.", [1], art) == "unsupported"


def test_a_name_after_net_selling():
    art = article("法人動向方面，外資今日買超致新1,120張，投信則賣超力智380張。", title="致新")
    assert status("Investment trusts were net sellers of 380 lots of uPI.", [1], art) != "unsupported"
    assert status("Foreign investors were net buyers of 1,120 lots of uPI shares.", [1], art) == "unsupported"


def test_a_bare_fen_bie_pairs_the_items_the_clause_before_lists():
    art = article("分产品看，豫光金铅前三季度生产电解铅36.2万吨、黄金4,880千克，分别同比增长3.1%和下降2.2%。", title="豫光金铅")
    assert status("Yuguang's electrolytic lead output fell 2.2% in the first nine months.", [1], art) == "unsupported"
    assert status("Yuguang's gold output fell 2.2% in the first nine months.", [1], art) != "unsupported"


def test_bearing_lines_are_items():
    art = article("瓦轴B前三季度风电轴承收入8.10亿元，同比增长40.2%；铁路轴承和汽车轴承收入分别为6.60亿元和6.20亿元。", title="瓦轴")
    assert status("ZWZ's automotive bearing revenue was 660 million yuan in the first nine months.", [1], art) == "unsupported"
    assert status("ZWZ's railway bearing revenue was 660 million yuan in the first nine months.", [1], art) != "unsupported"
