"""A list's bare numbers with the unit it ends in, a broker's analyst read by surname, a yearly rate written
年…量, a forecast that carries its paragraph's item, a plant abroad that is the company's, a metric after a
span of months, a company named after a place, an index's compiler, a weekly service, a ship's size and a
term written as a word. Each case sets a correct claim against a wrong one where it can. Companies are real;
figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_lists_bare_numbers_take_the_unit_it_ends_in():
    art = article("截至9月末，华峰化学、新乡化纤、泰和新材氨纶产能分别为38万吨/年、21万吨/年和12.5万吨/年。", title="氨纶")
    assert status("Huafon, Xinxiang and Tayho had spandex capacity of 380,000, 210,000 and 125,000 tonnes a year "
                  "respectively at end-September.", [1], art) == "supported"
    assert status("Huafon, Xinxiang and Tayho had spandex capacity of 380,000, 310,000 and 125,000 tonnes a year "
                  "respectively at end-September.", [1], art) == "unsupported"


def test_an_analyst_read_by_a_surname_of_the_fuller_list():
    art = article("中州国际分析师鞠帆屹则将泰和新材评级由“买入”下调至“中性”。", title="氨纶")
    assert status("Zhongzhou International analyst Ju Fanyi cut Tayho Advanced Materials to neutral from buy.", [1],
                  art) == "supported"
    assert status("Zhongzhou International analyst Jin Ruochen cut Tayho Advanced Materials to neutral from buy.",
                  [1], art) == "unsupported"


def test_a_yearly_rate_written_with_nian():
    art = article("董事长表示，年采浆量有望由今年的约2,700吨提升至2029年的3,300吨。", title="血制品")
    assert status("The chairman said annual plasma collection should rise from about 2,700 tonnes this year to "
                  "3,300 tonnes in 2029.", [1], art) == "supported"
    assert status("The chairman said monthly plasma collection should rise from about 2,700 tonnes this year to "
                  "3,300 tonnes in 2029.", [1], art) == "unsupported"


def test_a_forecast_carries_the_item_its_paragraph_opens_on():
    art = article("台灣工具機暨零組件工業同業公會統計，今年前三季工具機產值為新台幣801.2億元，年減3.1%。公會理事長表示，"
                  "他預估今年全年產值約為1,080億元，明年可望回升至1,140億元。", title="工具機")
    assert status("The association's chairman forecast machine-tool output of about NT$108 billion this year.", [1],
                  art) == "supported"


def test_a_plant_abroad_is_the_companys():
    art = article("程泰董事長表示，公司泰國新廠月產能將由目前的55台提升至明年第二季的100台；總經理指出，其中航太與醫療產業"
                  "訂單占比由去年同期的13%提高至21%。", title="工具機")
    assert status("Goodway said aerospace and medical orders rose to 21% of the total from 13% a year earlier.", [1],
                  art) == "supported"


def test_a_metric_after_a_span_of_months():
    art = article("Coromandel International posted a 13.9% rise in July-September net profit to 741.2 crore rupees. "
                  "Revenue rose 8.8% on-year to 9,512.4 crore rupees.", title="Fertilisers", language="en")
    assert status("Coromandel's net profit rose 13.9% on-year in the September quarter.", [1], art) == "supported"
    assert status("Coromandel's revenue rose 13.9% on-year in the September quarter.", [1], art) == "unsupported"


def test_a_company_named_after_a_place():
    art = article("Korea Marine Transport Co. (KMTC), which focuses on intra-Asia routes, reported third-quarter "
                  "operating profit of 91.2 billion won, while revenue edged up 2.9% to 702.5 billion won. Sinokor "
                  "Merchant Marine's operating profit rose 17.5% on-year.", title="Container lines", language="en")
    assert status("KMTC's third-quarter revenue edged up 2.9% to 702.5 billion won.", [1], art) == "supported"
    assert status("Sinokor's third-quarter revenue edged up 2.9% from a year earlier.", [1], art) == "unsupported"


def test_an_index_is_not_its_compilers():
    art = article("The Korea Containerized Freight Index (KCCI) compiled by the Korea Ocean Business Corp. (KOBC) "
                  "stood at 2,311 last week, up 2.9% from a week earlier.", title="Freight", language="en")
    assert status("The KCCI stood at 2,311 last week, up 2.9% week on week.", [1], art) == "supported"
    assert status("The KCCI stood at 2,311 last week, down 2.9% week on week.", [1], art) == "unsupported"


def test_a_ships_size_and_a_term_written_as_a_word():
    art = article("SM Line president Maeng Jae-ryong said the carrier would open a weekly service between Busan and "
                  "Nhava Sheva in the first quarter of 2028, deploying four 4,300-TEU vessels.", title="Container lines",
                  language="en")
    assert status("SM Line will use four 4,300-TEU ships on its weekly Busan-Nhava Sheva service.", [1],
                  art) != "unsupported"
    assert status("SM Line will use four 4,800-TEU ships on its weekly Busan-Nhava Sheva service.", [1],
                  art) == "unsupported"
    assert status("SM Line will use four 4,300-TEU ships chartered for five years on its weekly Busan-Nhava Sheva "
                  "service.", [1], art) == "unsupported"


def test_a_month_alone_is_not_its_quarter():
    art = article("单看三季度，静丙批签发698批，同比增长14.9%。其中9月单月静丙批签发247批，同比增长20.6%，环比增长8.1%。",
                  title="血制品")
    assert status("IVIG batch releases rose 20.6% year on year in September.", [1], art) == "supported"
    assert status("IVIG batch releases rose 20.6% year on year in the third quarter.", [1], art) == "unsupported"


def test_imports_by_volume_are_not_by_value():
    art = article("前三季度我国人血白蛋白进口额为6.52亿美元，同比下降2.8%，进口量为291.4吨，同比增长1.6%。", title="血制品")
    assert status("China's albumin imports fell 2.8% by value in the first nine months.", [1], art) == "supported"
    assert status("China's albumin imports fell 2.8% by volume in the first nine months.", [1], art) == "unsupported"


def test_albumin_is_not_ivig():
    art = article("三季度10g规格人血白蛋白平均中标价为每瓶341元，同比下降4.6%；2.5g规格静丙平均中标价为每瓶640元，同比下降6.9%。",
                  title="血制品")
    assert status("The average tender price of a 2.5g bottle of IVIG fell 6.9% year on year in the third quarter.", [1],
                  art) == "supported"
    assert status("The average tender price of a 2.5g bottle of IVIG fell 4.6% year on year in the third quarter.", [1],
                  art) == "unsupported"
