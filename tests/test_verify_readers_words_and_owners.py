"""Words a careful reader does not misread: an amount written '1,500-crore', a dictionary word opening a
sentence ('Fuel made up…'), a surname spelt like a pronoun (厍 She), a broker's possessive before its
forecast, the stock an analyst of a firm rates, a company's unit after 'general manager of', flights a
company runs to a place, 'of the total' as a whole, per person against per passenger, a market's share that
does not carry, a paragraph that names only places, a change worked out from the claim's own two levels,
a Latin name before 公司, kilolitres, syringes and seat-kilometres, investor types, a Chinese sector gauge,
and a word that ends another name ('Akasa Air' is not Air India). Each case sets a correct claim against a
wrong one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import article, status


def test_a_hyphenated_crore_amount_is_the_amount():
    art = article("IndiGo's chief financial officer said the airline plans to raise 1,200 crore rupees through a "
                  "rights issue, after a loss of 145 crore a year earlier.", title="Airlines", language="en")
    assert status("IndiGo plans a 1,200-crore rights issue.", [1], art) == "supported"
    assert status("IndiGo plans a 1,400-crore rights issue.", [1], art) == "unsupported"


def test_a_dictionary_word_opening_a_sentence_is_no_company():
    art = article("SpiceJet flew 1.2 million passengers in the quarter. Fuel made up 34.1% of total expenses. "
                  "Chief executive Rahul Mehta said 11 grounded aircraft would return by March, lifting the operating "
                  "fleet from 30 to 41 planes.",
                  title="Airlines", language="en")
    assert status("Rahul Mehta said 11 grounded aircraft would return by March, taking SpiceJet's operating fleet "
                  "from 30 to 41.", [1], art) == "supported"
    check = check_claim("Fuel made up 34.1% of SpiceJet's total expenses.", [1], art)
    assert check.status == "supported" and not any(a.text == "Fuel" for a in check.atoms)  # no name 'Fuel' to look for


def test_a_surname_spelt_like_a_pronoun_is_the_analysts():
    art = article("华泰证券分析师厍芮雯将贵州茅台评级由\"增持\"下调至\"中性\"。", title="白酒")
    check = check_claim("Huatai Securities' She Ruiwen downgraded Kweichow Moutai to 'neutral' from 'overweight'.",
                        [1], art)
    assert check.status != "unsupported"
    assert [a.found_in for a in check.atoms if a.text == "She Ruiwen"] == [[1]]  # the whole name, found


def test_a_brokers_possessive_owns_its_forecast_not_the_companys_figure():
    art = article("爱美客前三季度归母净利润12.10亿元。", "华泰证券预计爱美客2027年归母净利润为15.80亿元。", title="医美")
    assert status("Huatai Securities' 1.58-billion-yuan forecast implies Imeik will earn about 370 million yuan in "
                  "the fourth quarter, after 1.21 billion yuan in the first nine months.", [1, 2], art) != "unsupported"


def test_the_stock_an_analyst_of_a_firm_cuts_is_the_company_named_before():
    art = article("Rohan Desai of Motilal Oswal raised his target for Tata Motors to 900 rupees. Meera Iyer of "
                  "ICICI Securities cut the stock to 'hold' from 'buy'.", title="Autos", language="en")
    assert status("Meera Iyer of ICICI Securities cut Tata Motors to 'hold' from 'buy'.", [1], art) == "supported"


def test_a_unit_after_general_manager_of_is_no_person():
    art = article("华东医药旗下欣可丽美学总经理隗黛琪表示，今年销量预计约38万支。", title="医美")
    assert status("Wei Daiqi, general manager of Huadong's Xinkeli Aesthetics unit, expects sales of about 380,000 units "
                  "this year.", [1], art) != "unsupported"


def test_flights_a_company_runs_to_a_place_are_the_companys():
    art = article("雄獅旅遊表示，公司已包下明年1月至3月共36架次的北海道包機，較今年同期增加8架次。", title="旅遊")
    assert status("Lion Travel has chartered 36 flights to Hokkaido for January-March, 8 more than a year earlier.",
                  [1], art) == "supported"


def test_of_the_total_is_a_whole_not_the_claims_item():
    art = article("根據移民署統計，11月前往日本旅客為58.2萬人次，占比約36.9%，較去年同期提高1.8個百分點。", title="出國")
    assert status("Trips to Japan totalled 582,000 in November, about 36.9% of the total and a share 1.8 percentage "
                  "points higher than a year earlier.", [1], art) == "supported"


def test_per_person_is_per_passenger_and_per_syringe_is_not_per_millilitre():
    art = article("航空燃油附加費自12月起調降，台北往返東京每人次附加費由1,380元降至1,220元。", title="旅遊")
    assert status("The Taipei-Tokyo fuel surcharge falls to NT$1,220 per passenger from December.", [1], art) \
        != "unsupported"
    filler = article("新氧平台数据显示，10月玻尿酸平均成交价为每毫升1,380元，同比下降8.2%。", title="医美")
    assert status("Hyaluronic acid fillers averaged 1,380 yuan per millilitre in October.", [1], filler) == "supported"
    assert status("Hyaluronic acid fillers averaged 1,380 yuan per syringe in October.", [1], filler) == "unsupported"


def test_kilolitres_and_seat_kilometres_are_denominators():
    art = article("Aviation turbine fuel in Mumbai was priced at 91,210 rupees per kilolitre for December. Revenue "
                  "per available seat kilometre rose 5.1% to 4.86 rupees.", title="Airlines", language="en")
    assert status("ATF in Mumbai cost 91,210 rupees per kilolitre in December.", [1], art) == "supported"
    assert status("ATF in Mumbai cost 91,210 rupees per tonne in December.", [1], art) == "unsupported"
    assert status("Revenue rose 5.1% to 4.86 rupees per passenger.", [1], art) == "unsupported"


def test_a_markets_share_does_not_carry_into_the_companys_next_sentence():
    art = article("LS Electric said new orders came to US$1.2 billion in the quarter.",
                  "New orders rose 9.1% on-year; North America accounted for 48% of the total. The order backlog "
                  "stood at US$7.4 billion at end-September, up 2.2% from end-June.", title="Power", language="en")
    assert status("LS Electric's order backlog was US$7.4 billion at end-September, up 2.2% from end-June.",
                  [2], art) == "supported"


def test_a_change_worked_out_from_the_claims_own_levels():
    art = article("Korea's transformer exports rose 12% in September. The average export price rose to US$21,600 per "
                  "megavolt-ampere (MVA) of capacity from US$18,000 a year earlier.", title="Transformers", language="en")
    assert status("The average transformer export price rose to US$21,600 per megavolt-ampere from US$18,000 a "
                  "year earlier, an increase of about 20%.", [1], art) == "unverifiable"  # arithmetic the paragraph does not state: never a false alarm
    assert status("The average transformer export price rose to US$21,600 per megavolt-ampere from US$18,000 a "
                  "year earlier, an increase of about 26%.", [1], art) == "unsupported"


def test_a_latin_name_before_gongsi_owns_its_figures():
    art = article("印尼国有锡企PT Timah前三季度精炼锡产量1.48万吨，同比下降6.1%。南美方面，秘鲁Minsur公司第三季度锡产量为"
                  "6,930吨，同比增长3.8%。", title="锡")
    assert status("Minsur's third-quarter tin output was 6,930 tonnes, up 3.8% on the year.", [1], art) == "supported"
    assert status("PT Timah's third-quarter tin output was 6,930 tonnes, up 3.8% on the year.", [1], art) == "unsupported"


def test_investor_types_of_a_markets_flows():
    art = article("三大法人當日合計買超雄獅540張，其中外資買超402張，投信賣超26張。", title="旅遊")
    assert status("Foreign investors bought a net 402 lots of Lion Travel.", [1], art) == "supported"
    assert status("Investment trusts sold a net 26 lots of Lion Travel.", [1], art) == "supported"
    assert status("Foreign investors sold a net 26 lots of Lion Travel.", [1], art) == "unsupported"
    assert status("Institutional investors bought a net 540 lots of Lion Travel, including 402 lots by foreign "
                  "investors.", [1], art) == "supported"
    assert status("Institutional investors bought a net 540 lots, with 26 lots sold by foreign investors and 402 "
                  "bought by investment trusts.", [1], art) == "unsupported"


def test_a_chinese_sector_gauge_owns_its_move():
    art = article("有色金属板块指数当日上涨1.9%，上证指数微涨0.4%，创业板指下跌0.7%。", title="锡")
    assert status("The ChiNext index fell 0.7%.", [1], art) == "supported"
    assert status("The ChiNext index rose 1.9%.", [1], art) == "unsupported"


def test_the_last_word_of_another_name_is_no_short_form():
    art = article("Air India posted a 7.4% on-year rise in quarterly revenue to 12,410 crore rupees. Privately held "
                  "Akasa Air said its revenue rose 38.2% on-year to 2,980 crore rupees.", title="Airlines", language="en")
    assert status("Air India's quarterly revenue rose 7.4% on-year.", [1], art) == "supported"
    assert status("Air India's quarterly revenue rose 38.2% on-year.", [1], art) == "unsupported"


def test_a_change_that_names_its_own_metric_is_not_the_levels():
    art = article("上能电气前三季度实现营收38.20亿元，同比增长24.1%；归母净利润2.95亿元，同比增长36.2%。", title="逆变器")
    assert status("Sineng Electric's nine-month net profit rose 36.2% to 295 million yuan, on revenue up 24.1%.",
                  [1], art) == "supported"
    assert status("Sineng Electric's nine-month net profit rose 24.1% to 295 million yuan, on revenue up 36.2%.",
                  [1], art) == "unsupported"


def test_mass_production_is_an_event_not_an_output_figure():
    art = article("LG Display said its new OLED line would start mass production in the third quarter, with a monthly "
                  "capacity of 12,000 glass substrates.", title="Displays", language="en")
    assert status("LG Display's new OLED line will start mass production in the third quarter at 12,000 substrates "
                  "a month.", [1], art) == "supported"
