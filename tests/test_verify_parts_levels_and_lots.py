"""A whole told for its part ('其中床上用品…' after the total's 8.4%), a move between two levels told the
other way round after 由…的, board lots told as shares, spelt fractions against the share a paragraph
gives, a level's own month-end, 'N months earlier', a deputy secretary-general and a 理事长, the item
named after 'the N% of', a company named by a word of its English name, an officer's sentence that is
not the country before it, and the rate per wagon. Each case sets a correct claim against a wrong one.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_total_is_not_the_part_its_sentence_gives_apart():
    art = article("行业协会数据显示，双11期间家纺类商品全网成交额为210.5亿元，同比增长6.2%；其中床上用品成交额为"
                  "130.4亿元，同比增长9.7%。", title="家纺")
    assert status("Bedding sales during Singles' Day rose 9.7% year on year.", [1], art) == "supported"
    assert status("Bedding sales during Singles' Day rose 6.2% year on year.", [1], art) == "unsupported"


def test_a_move_between_levels_told_the_other_way_round():
    art = article("岱宇发言人表示，欧洲市场占营收比重已由去年同期的25%降至19%。", title="健身器材")
    assert status("Dyaco said Europe's share of revenue fell to 19% from 25% a year earlier.", [1], art) == "supported"
    assert status("Dyaco said Europe's share of revenue rose to 25% from 19% a year earlier.", [1], art) == "unsupported"


def test_lots_are_not_shares():
    art = article("外资昨日买超乔山2,415张，卖超力山508张。", title="健身器材股")
    assert status("Foreign investors bought a net 2,415 lots of Johnson Health Tech.", [1], art) == "supported"
    assert status("Foreign investors bought a net 2,415 shares of Johnson Health Tech.", [1], art) == "unsupported"


def test_a_spelt_fraction_must_fit_the_share_given():
    art = article("Vietnam Airlines and Vietjet together had nine-month revenue of VND150.2 trillion, with Vietnam "
                  "Airlines accounting for about 58.3%.", title="Airlines", language="en")
    assert status("Vietnam Airlines accounted for well over half of the two carriers' combined nine-month revenue.",
                  [1], art) != "unsupported"
    assert status("Vietnam Airlines accounted for about 58.3% of the two carriers' combined nine-month revenue.",
                  [1], art) == "supported"
    assert status("Vietnam Airlines accounted for about two-thirds of the two carriers' combined nine-month revenue.",
                  [1], art) == "unsupported"
    assert status("Vietnam Airlines accounted for about half of the two carriers' combined nine-month revenue.",
                  [1], art) == "unsupported"


def test_a_compared_level_keeps_the_month_end_it_is_written_with():
    art = article("Chief financial officer Meera Nair said net debt had fallen to 210 crore rupees at the end of "
                  "September from 455 crore at the end of March. The board approved the plan in June.", title="Wagons",
                  language="en")
    assert status("Net debt fell to 210 crore rupees at the end of September from 455 crore at the end of March.",
                  [1], art) == "supported"
    assert status("Net debt fell to 210 crore rupees at the end of September from 455 crore at the end of June.",
                  [1], art) == "unsupported"


def test_months_earlier_steps_back_that_many_months():
    art = article("KT's 5G users accounted for 82.4 percent of its handset subscribers at the end of September, up "
                  "from 80.1 percent three months earlier. It added 190,000 5G users in August.", title="Telcos",
                  language="en")
    assert status("5G users made up 82.4% of KT's handset subscribers at the end of September, up from 80.1% at the "
                  "end of June.", [1], art) == "supported"
    assert status("5G users made up 82.4% of KT's handset subscribers at the end of September, up from 80.1% at the "
                  "end of August.", [1], art) == "unsupported"


def test_a_deputy_secretary_general_and_an_association_chairman():
    art = article("工业车辆分会副秘书长钱卓远表示，欧洲需求偏弱。行业协会理事长彭立言预计全年产值将达980亿元。",
                  title="叉车")
    assert status("Qian Zhuoyuan, deputy secretary-general of the branch, said European demand was weak.", [1], art) \
        == "supported"
    assert status("Qian Zhuoyuan, secretary-general of the branch, said European demand was weak.", [1], art) \
        == "unsupported"
    assert status("Peng Liyan, chairman of the industry association, expects output of 98 billion yuan this year.",
                  [1], art) == "supported"
    assert status("Hsu Wen-ming, chairman of the industry association, expects output of 98 billion yuan this year.",
                  [1], art) == "unsupported"


def test_the_item_after_the_n_percent_of():
    art = article("杭叉集团前三季度海外收入为50.2亿元，毛利率为27.9%，高于国内业务的19.8%。", title="叉车")
    assert status("Hangcha's overseas gross margin was 27.9%, above the 19.8% of its domestic business.", [1], art) \
        == "supported"
    assert status("Hangcha's domestic gross margin was 27.9%, above the 19.8% of its overseas business.", [1], art) \
        == "unsupported"


def test_a_company_named_by_a_word_of_its_english_name():
    art = article("水星家纺第三季度归母净利润为0.88亿元，同比增长12.1%。", title="家纺")
    assert status("Mercury's third-quarter net profit rose 12.1% year on year to 88 million yuan.", [1], art) \
        == "supported"
    assert status("Fuanna's third-quarter net profit rose 12.1% year on year to 88 million yuan.", [1], art) \
        == "unsupported"


def test_an_officers_sentence_is_not_the_country_before_it():
    art = article("Vietnam Airlines posted a nine-month pre-tax profit of VND7.10 trillion.",
                  "General director Pham Quoc Bao said the load factor on routes to China would rise above 78% in the "
                  "fourth quarter from 71% in the third. Chief financial officer Do Minh Chau said owners' equity had "
                  "turned positive at VND2.80 trillion at the end of September, from minus VND1.95 trillion at the end "
                  "of 2025.", title="Airlines", language="en")
    assert status("Vietnam Airlines' owners' equity turned positive at VND2.80 trillion at the end of September from "
                  "minus VND1.95 trillion at the end of 2025.", [1, 2], art) == "supported"
    assert status("Vietnam Airlines' owners' equity turned positive at VND2.80 trillion at the end of June from "
                  "minus VND1.95 trillion at the end of 2025.", [1, 2], art) == "unsupported"


def test_a_price_per_wagon_is_not_per_tonne():
    art = article("Titagarh's average realisation was about 41 lakh rupees per wagon in the quarter.",
                  title="Wagons", language="en")
    assert status("Titagarh's average realisation was about 41 lakh rupees a wagon.", [1], art) == "supported"
    assert status("Titagarh's average realisation was about 41 lakh rupees per tonne.", [1], art) == "unsupported"


def test_the_whole_a_part_is_of_is_not_the_parts_owner():
    art = article("The Railway Board's latest tender for 6,000 open wagons was awarded on October 20. Titagarh won "
                  "2,600 of the wagons and Jupiter 1,900.", title="Wagons", language="en")
    assert status("Titagarh won 2,600 of the 6,000 wagons in the latest tender.", [1], art) == "supported"
    assert status("Titagarh won 1,900 of the 6,000 wagons in the latest tender.", [1], art) == "unsupported"


def test_exports_by_volume_are_not_exports_by_value():
    art = article("海关总署数据显示，前三季度我国叉车出口金额为61.2亿美元，同比增长8.3%。", title="叉车")
    assert status("China's forklift exports rose 8.3% by value in the first three quarters.", [1], art) == "supported"
    assert status("China's forklift exports rose 8.3% by volume in the first three quarters.", [1], art) == "unsupported"


def test_when_an_event_is_due_by_year():
    art = article("Chief financial officer Le Thu Ha said the airline planned to take delivery of 12 aircraft in 2027 "
                  "and aimed to resume dividend payments from 2029.", title="Airlines", language="en")
    assert status("The airline aims to resume dividend payments from 2029.", [1], art) == "supported"
    assert status("The airline aims to resume dividend payments from 2027.", [1], art) == "unsupported"


def test_stores_run_directly_and_by_franchisees():
    art = article("董事长表示，公司明年将新开直营门店45家，同时关闭低效加盟门店约90家。", title="家纺")
    assert status("The company will open 45 directly run stores next year and close about 90 franchised stores.",
                  [1], art) == "supported"
    assert status("The company will open 90 directly run stores next year and close about 45 franchised stores.",
                  [1], art) == "unsupported"


def test_return_on_assets_is_not_the_net_interest_margin():
    art = article("The lender's net interest margin was 10.9% in July-September, compared with 10.4% in April-June.",
                  title="Gold loans", language="en")
    assert status("The lender's net interest margin was 10.9% in July-September.", [1], art) == "supported"
    assert status("The lender's return on assets was 10.9% in July-September.", [1], art) == "unsupported"


def test_per_gram_is_not_per_ten_grams():
    art = article("The average loan per gram of gold was 6,210 rupees, against 5,030 rupees a year earlier.",
                  title="Gold loans", language="en")
    assert status("The average loan per gram of gold was 6,210 rupees.", [1], art) == "supported"
    assert status("The average loan per 10 grams of gold was 6,210 rupees.", [1], art) == "unsupported"


def test_a_surname_read_shen_and_a_place_after_zai():
    art = article("岱宇发言人谌欣瑶指出，越南平阳厂二期将于明年第一季投产。乔山表示，公司在台中大里的新厂将于明年量产。",
                  title="健身器材")
    assert status("Spokesperson Shen Hsin-yao said the second phase of Dyaco's Vietnam plant will start production "
                  "in the first quarter of next year.", [1], art) != "unsupported"
    assert status("Johnson Health Tech said its new plant in Taichung will start volume production next year.",
                  [1], art) != "unsupported"
    assert status("Johnson Health Tech said its new plant in Tainan will start volume production next year.",
                  [1], art) != "supported"


def test_a_finance_officers_sentence_is_not_the_regulators():
    art = article("Muthoot Finance posted a record quarterly profit.",
                  "The managing director said the Reserve Bank of India's directions cap the loan-to-value ratio at "
                  "85%. Chief financial officer Meena Iyer said the company raised 3,800 crore rupees through "
                  "non-convertible debentures in the quarter.", title="Gold loans", language="en")
    assert status("CFO Meena Iyer said Muthoot Finance raised 3,800 crore rupees through debentures in the quarter.",
                  [1, 2], art) == "supported"
    assert status("CFO Meena Iyer said Muthoot Finance raised 3,800 crore rupees through debentures in the quarter.",
                  [2], art) != "supported"  # (the company is named in [1] only)


def test_in_the_quarter_is_not_a_quarter_an_earlier_sentence_schedules():
    art = article("Jupiter's chairman said its wheel plant would start production in January-March 2027. Chief executive "
                  "Ravi Menon said the order book was 5,920 crore rupees at the end of September, and that brake-system "
                  "revenue grew 28% on-year in the quarter.", title="Wagons in July-September",
                  language="en")
    assert status("Jupiter's brake-system revenue grew 28% on-year in July-September.", [1], art) == "supported"
    assert status("Jupiter's brake-system revenue grew 28% on-year in the quarter.", [1], art) == "supported"


def test_a_gauge_named_with_its_index_word_is_not_the_broad_index():
    art = article("Muthoot Finance rose 3.9%. The Nifty Financial Services index gained 0.7% and the Nifty 50 rose 0.3%.",
                  title="Gold loans", language="en")
    assert status("The Nifty 50 rose 0.3%.", [1], art) == "supported"
    assert status("The Nifty 50 gained 0.7%.", [1], art) == "unsupported"


def test_an_english_total_is_not_the_part_its_sentence_gives_apart():
    art = article("The ministry said unsold homes nationwide stood at 64,120 units at end-September, down 3.1% from "
                  "end-August, while homes left unsold after completion rose 2.2% to 26,900.", title="Builders",
                  language="en")
    assert status("Homes left unsold after completion rose 2.2% to 26,900.", [1], art) == "supported"
    assert status("Homes left unsold after completion fell 3.1% from end-August.", [1], art) == "unsupported"


def test_a_level_written_with_its_months_is_not_a_year_earlier():
    art = article("Blinkit's adjusted Ebitda loss narrowed to ₹88 crore from ₹151 crore in April-June.",
                  title="Quick commerce in July-September", language="en")
    assert status("Blinkit's adjusted Ebitda loss narrowed to ₹88 crore from ₹151 crore in April-June.", [1], art) \
        == "supported"
    assert status("Blinkit's adjusted Ebitda loss of ₹88 crore compared with ₹151 crore a year earlier.", [1], art) \
        == "unsupported"


def test_a_share_of_a_target_is_not_a_share_of_a_level():
    art = article("Hyundai E&C's new orders for January-September totalled 20.14 trillion won, 71.3% of its annual "
                  "target of 28.2 trillion won. Its order backlog stood at 92.1 trillion won at end-September.",
                  title="Builders", language="en")
    assert status("Hyundai E&C's new orders for January-September were 71.3% of its annual target.", [1], art) \
        == "supported"
    assert status("Hyundai E&C's new orders for January-September were 71.3% of its order backlog.", [1], art) \
        == "unsupported"
