"""Whose a figure is when a sentence names a broker's analyst, a company after another's officer (公司), a
market that takes a share of a company's shipments, a parent with its unit, a whole market ('the banking
system's', "banks' …"); a level at a period's end; a year compared before 预计; pesos written bare beside
written ones; rate words judged by their two levels; 'improved' with no side; a P/E from the claim's own two
levels; 'contracted sales'; initials that end no sentence ('K. Wah'); per metal tonne against per dry tonne.
Each case sets a correct claim against a wrong one where it can. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_brokers_possessive_before_its_analyst_owns_no_figure():
    art = article("Lotus Securities analyst Mei Hanlin raised her Chihong target price to 8.40 yuan from 7.60 yuan, "
                  "about 23.5% above Friday's close of 6.80 yuan.", title="Zinc", language="en")
    assert status("Lotus Securities' Mei Hanlin raised her Chihong target price to 8.40 yuan from 7.60 yuan, about "
                  "23.5% above Friday's close of 6.80 yuan.", [1], art) != "unsupported"


def test_the_company_after_another_companys_officer_is_the_later_company():
    art = article("罗平锌电总经理表示，公司正推进原料长协谈判。兴业银锡前三季度归母净利润13.85亿元，同比增长47.6%；"
                  "公司前三季度银产量248.3吨，同比增长11.2%。", title="锌")
    assert status("Xingye Silver & Tin's silver output rose 11.2% to 248.3 tonnes in the first nine months.",
                  [1], art) == "supported"
    assert status("Luoping Zinc & Electricity's silver output rose 11.2% to 248.3 tonnes in the first nine months.",
                  [1], art) == "unsupported"


def test_a_market_takes_a_share_of_the_companys_shipments():
    art = article("精華光學11月合併營收7.36億元，月增4.8%。精華表示，11月日本市場出貨占比為52.6%，較10月提高1.4個百分點。",
                  title="隱形眼鏡")
    assert status("Japan took 52.6% of St. Shine's November shipments, 1.4 percentage points more than in October.",
                  [1], art) == "supported"


def test_a_parent_named_with_its_unit_is_no_rival_and_a_metric_list_pairs_in_order():
    art = article("Digiworld Corporation (DGW), which distributes phones and laptops, said nine-month revenue and "
                  "profit rose 14.8 per cent and 21.3 per cent, respectively. Masan Group's retail arm WinCommerce "
                  "posted revenue of VND26.41 trillion, up 9.2 per cent.", title="Retail", language="en")
    assert status("WinCommerce's revenue rose 9.2% to VND26.41 trillion.", [1], art) == "supported"
    assert status("Digiworld's nine-month revenue rose 9.2% while WinCommerce's rose 14.8%.", [1], art) == "unsupported"
    assert status("Digiworld's nine-month profit rose 14.8%.", [1], art) == "unsupported"


def test_a_figure_of_the_whole_market_is_no_companys():
    art = article("Tisco's non-performing loan ratio rose to 2.41% at the end of September. The banking system's NPL "
                  "ratio stood at 2.97% at the end of September. Figures from the regulator showed banks' housing "
                  "loans rose 0.5% from August, while business lending rose 0.9% in the month.",
                  title="Banks", language="en")
    assert status("Tisco's NPL ratio stood at 2.41% at end-September.", [1], art) == "supported"
    assert status("Tisco's NPL ratio stood at 2.97% at end-September.", [1], art) == "unsupported"
    assert status("Tisco's business lending rose 0.9% in September.", [1], art) == "unsupported"
    assert status("Business lending rose 0.9% in September.", [1], art) == "supported"


def test_a_level_at_a_periods_end_serves_a_claim_of_the_span_it_closes():
    art = article("Citicore's nine-month net income jumped 84.5 percent to P1.27 billion, as its operating solar "
                  "capacity reached 612 megawatts-peak (MWp) at end-September.", title="Power", language="en")
    assert status("Citicore's nine-month net income jumped 84.5% to P1.27 billion as its operating solar capacity "
                  "reached 612 MWp.", [1], art) == "supported"
    assert status("Citicore's operating solar capacity reached 612 MWp at the end of June.", [1], art) == "unsupported"


def test_a_year_compared_before_its_forecast_owns_the_figure():
    art = dated("财务总监表示，公司计划明年将资本开支控制在25亿元以内，较今年预计的34亿元明显下降。", title="环保")
    assert status("The company plans to cap capital spending at 2.5 billion yuan next year, down from an expected "
                  "3.4 billion yuan this year.", [1], art) == "supported"
    assert status("The company plans to cap capital spending at 3.4 billion yuan next year.", [1], art) == "unsupported"


def test_pesos_written_bare_beside_written_ones():
    art = article("Analyst Patricia Reyes raised her target price for Manila Electric to P540 from P505, after the "
                  "shares closed at P462.40.", title="Power", language="en")
    assert status("Reyes raised her Manila Electric target price to P540 from P505.", [1], art) == "supported"
    assert status("Reyes raised her Manila Electric target price to P560 from P505, above the P462.40 close.",
                  [1], art) == "unsupported"


def test_a_rate_word_is_judged_by_its_two_levels():
    art = article("The Department of Energy expects power demand to grow 6.2 percent in 2028, slightly slower than "
                  "an estimated 6.8 percent this year.", title="Power", language="en")
    assert status("Power demand growth is expected to slow to 6.2% in 2028 from an estimated 6.8% this year.",
                  [1], art) == "supported"
    assert status("Power demand growth is expected to accelerate to 6.2% in 2028 from an estimated 6.8% this year.",
                  [1], art) == "unsupported"


def test_improved_with_no_side_does_not_contradict_itself():
    art = article("Meralco's system loss improved to 5.21 percent from 5.38 percent.", title="Power", language="en")
    assert status("Meralco's system loss improved to 5.21% from 5.38%.", [1], art) != "unsupported"


def test_a_multiple_of_the_claims_own_two_levels_is_worked_out():
    art = article("瀚蓝环境前三季度基本每股收益1.87元。", "瀚蓝环境昨日收报27.18元。", title="环保")
    assert status("At a close of 27.18 yuan, Grandblue traded at about 14.5 times its nine-month EPS of 1.87 yuan.",
                  [1, 2], art) != "unsupported"
    assert status("At a close of 27.18 yuan, Grandblue traded at about 16.5 times its nine-month EPS of 1.87 yuan.",
                  [1, 2], art) == "unsupported"


def test_contracted_sales_are_no_fall_and_an_initial_ends_no_sentence():
    art = article("嘉华国际执行董事表示，集团今年至今本港合约销售约68.5亿港元，较去年同期的52.1亿港元增长31.5%。",
                  "地产股昨日普涨。嘉里建设涨4.61%，报20.40港元；嘉华国际涨7.89%，报2.46港元。", title="地产")
    assert status("K. Wah International's year-to-date contracted sales of about HK$6.85 billion were "
                  "31.5% higher than a year earlier.", [1], art) == "supported"
    assert status("Kerry Properties rose 4.61% to HK$20.40, while K. Wah International gained 7.89% to HK$2.46.",
                  [2], art) == "supported"
    assert status("Kerry Properties rose 7.89% to HK$2.46, while K. Wah International gained 4.61% to HK$20.40.",
                  [2], art) == "unsupported"


def test_per_metal_tonne_is_not_per_dry_tonne():
    art = article("国产锌精矿加工费均价降至2,150元/金属吨；进口锌精矿加工费均价为每干吨38美元。", title="锌")
    assert status("Imported zinc concentrate treatment charges averaged US$38 per dry tonne.", [1], art) == "supported"
    assert status("Imported zinc concentrate treatment charges averaged US$38 per metal tonne.", [1], art) == "unsupported"
