"""Speakers titled in apposition or speaking past a semicolon, a sentence's end inside a run of capitals, a
description of a company ('the Penang port operator'), a date's year, a measure's source (按…口径), a group's
combined total, the move noun right after a figure, a person's firm before a title, a continuing metric sentence's
period, a level's month after 'from … to', items of chemicals, regions and LEDs, and titles. Each case sets a
correct claim against a wrong one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_speaker_titled_in_apposition_owns_what_he_says():
    art = article("Rajan Pillai, chairman of the Penang Shippers' Council, said haulage rates for a 20-foot box had "
                  "climbed to RM410 from RM365 a year earlier, and that waiting times fell in May. He said more "
                  "berths were needed.", title="Ports", language="en")
    assert status("Rajan Pillai said haulage rates for a 20-foot box had climbed to RM410 from RM365 a year "
                  "earlier.", [1], art) == "supported"


def test_a_speaker_speaks_past_a_semicolon():
    art = article("Chief executive Kenji Morita said the company kept its full-year forecast; each one-yen move "
                  "against the euro changes annual operating profit by about 1.8 billion yen. Finance chief Aya Ono "
                  "said the dividend was unchanged.", title="Drugmakers", language="en")
    assert status("Kenji Morita said each one-yen move against the euro changes annual operating profit by about "
                  "1.8 billion yen.", [1], art) == "supported"
    assert status("Aya Ono said each one-yen move against the euro changes annual operating profit by about 1.8 "
                  "billion yen.", [1], art) == "unsupported"


def test_a_description_of_the_company_owns_nothing():
    art = article("Penang Port Sdn Bhd said third-quarter net profit rose 9.1% to RM48.2 million, the Butterworth "
                  "operator said on Friday. The board declared a dividend of 2.40 sen a share.",
                  title="Ports", language="en")
    assert status("Penang Port declared a dividend of 2.40 sen a share.", [1], art) == "supported"


def test_a_dates_year_is_no_period_of_its_own():
    art = article("Gamuda Bhd's net profit for the quarter ended October 31, 2027 rose 11.5% from a year earlier to "
                  "RM241.3 million, while revenue grew 18.2% to RM4.11 billion.", title="Builders", language="en")
    assert status("Gamuda's quarterly net profit rose 11.5% to RM241.3 million.", [1], art) == "supported"
    assert status("Gamuda's quarterly revenue rose 11.5%.", [1], art) == "unsupported"


def test_a_measures_source_is_not_whose_figure_it_is():
    art = article("新宙邦前三季度电解液销量为18.6万吨，同比增长22.4%，按鑫椤资讯口径测算，市场份额约为11.3%。", title="电解液")
    assert status("Capchem sold 186,000 tonnes of electrolyte in the first nine months, a market share of about "
                  "11.3%.", [1], art) == "supported"


def test_a_groups_combined_total_is_not_the_last_companys():
    art = article("Nongshim said third-quarter revenue rose 4.2% to 880.1 billion won. The three companies' combined "
                  "third-quarter revenue came to 2.4316 trillion won.", title="Food", language="en")
    assert status("The three companies' combined third-quarter revenue was 2.4316 trillion won.", [1], art) == "supported"


def test_the_move_noun_right_after_a_figure_rules():
    art = article("Disco posted a 4.1% rise in first-half net profit to ¥98.2 billion, as a 12.6% gain in dicer "
                  "sales was offset by a 7.3% decline in grinder sales.", title="Chip tools", language="en")
    assert status("Disco's grinder sales fell 7.3% in the first half.", [1], art) == "supported"
    assert status("Disco's grinder sales rose 7.3% in the first half.", [1], art) == "unsupported"


def test_a_persons_firm_before_the_title_is_checked_when_the_paragraph_names_both():
    art = article("Lasertec said orders fell 8.2%. Advantest president Douglas Lefever said a new test line would "
                  "open in the second half of 2028.", title="Chip tools", language="en")
    assert status("Advantest president Douglas Lefever said a new test line would open in the second half of "
                  "2028.", [1], art) == "supported"
    assert status("Lasertec president Douglas Lefever said a new test line would open in the second half of "
                  "2028.", [1], art) == "unsupported"


def test_a_continuing_metric_sentence_keeps_the_period_before():
    art = article("Sansiri said third-quarter net profit fell 12.1% on year to 1.42 billion baht. Revenue was 9.86 "
                  "billion baht, down 4.4% on year. Nine-month net profit fell 8.7% to 4.11 billion baht.",
                  title="Developers", language="en")
    assert status("Sansiri's third-quarter revenue fell 4.4% on year to 9.86 billion baht.", [1], art) == "supported"
    assert status("Sansiri's revenue fell 4.4% on year to 9.86 billion baht in the first nine months.", [1],
                  art) == "unsupported"


def test_a_level_reached_in_a_month_keeps_the_month():
    art = article("1-10月，烧碱累计产量为3,420.6万吨，同比增长3.9%。10月烧碱行业平均开工率为81.2%，较9月回落1.6个百分点。",
                  title="氯碱")
    assert status("Caustic soda output for January-October was 34.206 million tonnes, and the average operating "
                  "rate fell 1.6 percentage points from September to 81.2% in October.", [1], art) == "supported"


def test_items_of_chemicals_and_regions():
    art = article("第三季度，公司尿素、醋酸销售均价分别为每吨1,905元和3,012元。", title="煤化工")
    assert status("The company's average acetic acid price was 3,012 yuan a tonne in the third quarter.", [1],
                  art) == "supported"
    assert status("The company's average urea price was 3,012 yuan a tonne in the third quarter.", [1],
                  art) == "unsupported"
    art = article("亞泥前三季水泥銷量2,105萬公噸，其中大陸地區1,240萬公噸，年減5.3%，歐洲地區312萬公噸，年增6.1%。", title="水泥")
    assert status("Asia Cement's cement sales in mainland China fell 5.3% in the first nine months.", [1],
                  art) == "supported"
    assert status("Asia Cement's cement sales in Europe fell 5.3% in the first nine months.", [1], art) == "unsupported"


def test_a_deputy_is_not_the_prime_minister():
    art = article("Deputy Prime Minister Tan Wei Ming said growth would be about 2.8% this year.",
                  title="Economy", language="en")
    assert status("Deputy Prime Minister Tan Wei Ming expects growth of about 2.8% this year.", [1],
                  art) == "supported"
    assert status("Prime Minister Tan Wei Ming expects growth of about 2.8% this year.", [1], art) == "unsupported"


def test_a_net_stock_flow_is_the_named_companys():
    art = article("Samsung C&T shares rose 2.2% on Monday as foreign investors bought a net 18.4 billion won of the "
                  "stock. Hyundai Engineering fell 1.1%.", title="Builders", language="en")
    assert status("Foreign investors bought a net 18.4 billion won of Samsung C&T shares on Monday.", [1],
                  art) == "supported"
    assert status("Foreign investors bought a net 18.4 billion won of Hyundai Engineering shares on Monday.", [1],
                  art) == "unsupported"


def test_prices_in_a_place_and_a_places_elliptic_possessive():
    art = article("Average new-home prices in Da Nang reached 52.1 million dong per square metre, up 14.6% on-year, "
                  "while Can Tho's averaged 31.4 million dong per square metre, up 9.2%.", title="Property",
                  language="en")
    assert status("Average new-home prices in Can Tho rose 9.2% on-year to 31.4 million dong per square metre.", [1],
                  art) == "supported"
    assert status("Average new-home prices in Can Tho rose 14.6% on-year.", [1], art) == "unsupported"


def test_gateway_volume_is_not_transhipment():
    art = article("Container throughput at Northport rose 3.3% in the quarter. Gateway volume rose 7.7% while "
                  "transhipment grew 1.9%.", title="Ports", language="en")
    assert status("Northport's transhipment grew 1.9% in the quarter.", [1], art) == "supported"
    assert status("Northport's transhipment volume rose 7.7% in the quarter.", [1], art) == "unsupported"


def test_pvc_by_process_and_caustic_soda():
    art = article("11月华南地区电石法PVC市场均价为5,120元/吨，环比上涨2.6%；乙烯法PVC均价为5,740元/吨，环比上涨0.9%。"
                  "同期烧碱产量为341.5万吨。", title="氯碱")
    assert status("Carbide-process PVC averaged 5,120 yuan a tonne in November, up 2.6% from October.", [1],
                  art) == "supported"
    assert status("Ethylene-process PVC averaged 5,120 yuan a tonne in November, up 2.6% from October.", [1],
                  art) == "unsupported"


def test_a_name_between_a_metric_and_its_figure():
    art = article("Revenue at the group rose 5.5%, while throughput at the Kuantan Port Consortium rose "
                  "8.4% to 71,200 TEUs.", title="Ports", language="en")
    assert status("Throughput at Kuantan Port Consortium rose 8.4%.", [1], art) == "supported"
    assert status("Kuantan Port Consortium's revenue rose 8.4%.", [1], art) == "unsupported"


def test_an_events_quarter_of_a_year_the_paragraph_ties_to_another_quarter():
    art = article("Managing director Paul Hart said first gold from the Bellevue underground mine was now expected "
                  "in the June quarter of 2028.", title="Gold", language="en")
    assert status("First gold from the Bellevue underground mine is now expected in the June quarter of 2028.", [1],
                  art) == "supported"
    assert status("First gold from the Bellevue underground mine is now expected in the March quarter of 2028.", [1],
                  art) == "unsupported"
