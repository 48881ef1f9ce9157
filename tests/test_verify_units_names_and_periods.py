"""What a figure is counted in (a day, a bag, a stick, million tonnes a year), one English name
for two companies, an analyst's firm, metric lists, a year of its own after a carried quarter,
comparatives and rating moves around a figure, and product segments. Each case sets a correct claim
against a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.facts.quantities import find_quantities
from tests.support.verify import article, dated, status


def test_a_rate_written_after_a_slash_or_in_a_unit_is_per_day_or_per_year():
    art = article("公司董事长在业绩说明会上表示，两座1200吨/日的窑炉计划于明年二季度点火，届时公司总日熔量将由目前的"
                  "1.94万吨/日提升至2.18万吨/日。", title="光伏玻璃")
    assert status("The company's total melting capacity will rise to 21,800 tonnes a day from 19,400.", [1], art) \
        == "supported"
    assert status("The company's total melting capacity will rise to 21,800 tonnes a month from 19,400.", [1], art) \
        == "unsupported"
    en = article("UltraTech commissioned 5.4 million tonnes a year (mtpa) of capacity during the quarter, taking its "
                 "grey cement capacity to 205.6 mtpa. IRPC will complete a 3.8-billion-baht upgrade of its residue unit.",
                 title="Cement", language="en")
    assert [q.value for q in find_quantities("a 3.8-billion-baht upgrade")] == [3.8e9]
    assert status("UltraTech added 5.4 mtpa in the quarter, taking capacity to 205.6 mtpa.", [1], en) == "supported"
    assert status("UltraTech added 5.4 million tonnes a month in the quarter.", [1], en) == "unsupported"
    assert status("IRPC will complete a 3.8 billion baht upgrade of its residue unit.", [1], en) == "supported"
    assert status("IRPC will complete a 4.8 billion baht upgrade of its residue unit.", [1], en) == "unsupported"


def test_a_price_of_a_bag_a_pack_or_a_stick_is_not_per_tonne():
    art = article("A dealer survey showed the all-India average price of a 50-kg bag was 352 rupees in October. "
                  "The rate for machine-made kretek will rise to 1,318 rupiah per stick from 1,231 rupiah.",
                  title="Cement and cigarettes", language="en")
    assert status("The average cement price was 352 rupees per 50-kg bag in October.", [1], art) == "supported"
    assert status("The average cement price was 352 rupees a tonne in October.", [1], art) == "unsupported"
    assert status("Machine-made kretek excise will rise to 1,318 rupiah a stick.", [1], art) == "supported"
    assert status("Machine-made kretek excise will rise to 1,318 rupiah a pack.", [1], art) == "unsupported"


def test_one_english_name_for_a_state_group_and_its_listed_arm():
    # 'CSSC' is both 中国船舶集团 and the listed 中国船舶 (600150): the one the story names is meant.
    art = article("中国船舶（600150.SH）11月新签民船合同金额126.4亿元，同比下降21.7%。",
                  "分析师在研报中将中国船舶目标价由41.20元上调至46.50元，维持“买入”评级；同时将中船防务评级由“买入”下调至“增持”。",
                  title="船舶")
    assert status("CSSC's November orders were worth 12.64 billion yuan, down 21.7% on the year.", [1], art) \
        == "supported"
    assert status("CSSC's November orders were worth 12.64 billion yuan, down 12.7% on the year.", [1], art) \
        == "unsupported"
    assert status("The analyst raised the CSSC target price to 46.50 yuan from 41.20 yuan.", [2], art) == "supported"
    assert status("The analyst downgraded CSSC to accumulate from buy.", [2], art) == "unsupported"


def test_an_analysts_firm_after_of_is_hers_and_no_speaker():
    art = article("Febriana Sitompul of Phintraco Sekuritas raised her target price on Sampoerna to 720 rupiah from "
                  "650 rupiah and kept a buy rating.", title="Tobacco", language="en")
    assert status("Phintraco Sekuritas' Febriana Sitompul raised her Sampoerna target to 720 rupiah.", [1], art) \
        == "supported"
    assert status("Phintraco Sekuritas' Febriana Sitompul raised her Sampoerna target to 750 rupiah.", [1], art) \
        == "unsupported"


def test_a_list_of_metrics_after_a_measure_names_no_company():
    art = article("以载重吨计，1-11月我国造船完工量、新接订单量和手持订单量分别占世界总量的55.8%、68.4%和63.1%。",
                  title="造船")
    assert status("China took 68.4% of global new orders in January-November.", [1], art) == "supported"
    assert status("Japan took 68.4% of global new orders in January-November.", [1], art) == "unsupported"


def test_a_year_of_its_own_ends_a_carried_quarter():
    art = dated("環球晶（6488）董事長表示，新廠月產能將由目前的5萬片於明年第二季提升至12萬片，2028年再擴至20萬片。",
                title="矽晶圓", when="2026-12-08 08:00")
    claim = "GlobalWafers will raise monthly capacity to 120,000 wafers in the second quarter of 2027 and to {} in 2028."
    assert status(claim.format("200,000"), [1], art) == "supported"
    assert status(claim.format("250,000"), [1], art) == "unsupported"


def test_comparatives_after_a_unit_and_rating_words_are_read_as_written():
    art = article("原材料方面，11月末20mm船板价格为3860元/吨，较年初下跌6.3%，较10月末上涨40元/吨。",
                  "诚通证券分析师将章源钨业评级由“买入”下调至“增持”，目标价18.20元。", title="船板")
    claim = "Ship plate cost 3,860 yuan a tonne at end-November, 6.3% lower than at the start of the year but 40 yuan a tonne {} than at end-October."
    assert status(claim.format("higher"), [1], art) == "supported"
    assert status(claim.format("lower"), [1], art) == "unsupported"
    assert status("The analyst cut Zhangyuan Tungsten to overweight from buy with an 18.20-yuan target.", [2], art) \
        == "supported"
    assert status("The analyst cut Zhangyuan Tungsten to hold from buy with an 18.20-yuan target.", [2], art) \
        == "unsupported"


def test_segments_and_products_keep_their_figures():
    art = article("上海家化前三季度分板块看，个护家清（六神、美加净）营收28.15亿元，同比增长3.8%；美妆（佰草集、玉泽）营收13.62亿元，同比增长11.4%。",
                  title="上海家化")
    assert status("Jahwa's beauty segment, home to Herborist and Yuze, grew revenue 11.4%.", [1], art) == "supported"
    assert status("Jahwa's personal care segment, home to Liushen and Maxam, grew revenue 11.4%.", [1], art) \
        == "unsupported"
    en = article("The rate for tier-one machine-made kretek will rise 7.1% to 1,318 rupiah per stick, and that for "
                 "tier-one hand-rolled kretek 5.0% to 507 rupiah per stick.", title="Excise", language="en")
    assert status("Hand-rolled kretek excise will rise 5.0% to 507 rupiah per stick.", [1], en) == "supported"
    assert status("Hand-rolled kretek excise will rise 7.1% to 1,318 rupiah per stick.", [1], en) == "unsupported"


def test_a_company_that_reports_in_its_own_clause_owns_the_figures():
    art = article("产品面，宇瞻表示，11月工控SSD出货量月增9.6%，车用记忆体营收年增41.3%；创见则指出，11月消费性记忆卡"
                  "出货量年减15.2%，但工业用产品营收年增8.7%。", title="记忆体模组")
    assert status("Apacer's automotive memory revenue rose 41.3% year on year in November.", [1], art) == "supported"
    assert status("Transcend's automotive memory revenue rose 41.3% year on year in November.", [1], art) == "unsupported"
    assert status("Transcend's industrial product revenue rose 8.7% year on year in November.", [1], art) == "supported"
    # (A person who speaks is no company: 首席财务官徐宏表示 … 徐宏称.)
    cfo = article("首席财务官徐宏表示，本季度集团回购了1,060万股美国存托股，总额12.1亿美元。徐宏称，回购将持续。",
                  title="阿里巴巴")
    assert status("CFO Xu Hong said the group bought back 10.6 million ADSs for US$1.21 billion in the quarter.", [1],
                  cfo) == "supported"


def test_markets_a_story_parts_figures_by_and_the_years_it_leaves_unnamed():
    art = article("周大福按市场划分，中国内地营业额为361.58亿港元，按年增长5.2%；同店销售方面，内地直营店按年下跌3.8%，"
                  "香港及澳门则按年上升14.5%。", title="周大福中期业绩")
    assert status("Same-store sales at Chow Tai Fook's mainland stores fell 3.8% on year.", [1], art) == "supported"
    assert status("Same-store sales at Chow Tai Fook's mainland stores fell 5.2% on year.", [1], art) == "unsupported"
    dated_art = dated("总经理预计，公司全年营业收入将达到67亿元左右，明年二季度新产能投产。", title="铜箔", when="2026-11-12 20:40")
    assert status("The general manager expects full-year 2026 revenue of about 6.7 billion yuan.", [1], dated_art) \
        == "supported"
    assert status("The general manager expects full-year 2026 revenue of about 7.6 billion yuan.", [1], dated_art) \
        == "unsupported"


def test_a_profit_worked_out_from_a_margin_is_arithmetic_not_an_invented_figure():
    art = article("華城第三季單季合併營收新台幣75.62億元，季增8.9%；第三季營益率為27.1%。", title="重電")
    # 75.62 × 27.1% is about 20.5亿: worked out, so never `supported`, and never called invented.
    assert status("Fortune's third-quarter operating profit was about NT$2.05 billion.", [1], art) == "unverifiable"
    assert status("Fortune's third-quarter operating profit was about NT$2.45 billion.", [1], art) == "unsupported"


def test_passenger_and_cargo_revenue_and_spans_of_months():
    art = article("Korean Air's passenger revenue climbed 12.4% on-year to 3.42 trillion won, while cargo revenue fell "
                  "4.8% to 1.28 trillion won.", title="Korean Air", language="en")
    assert status("Korean Air's cargo revenue fell 4.8% to 1.28 trillion won.", [1], art) == "supported"
    assert status("Korean Air's passenger revenue fell 4.8% to 1.28 trillion won.", [1], art) == "unsupported"
    zh = article("海关总署数据显示，10月我国钨品出口量为1,386吨，同比下降28.4%；1-10月累计出口1.27万吨，同比下降31.6%。",
                 title="钨")
    assert status("China's tungsten exports dropped 31.6% on the year over the first ten months.", [1], zh) == "supported"
    assert status("China's tungsten exports dropped 28.4% on the year over the first ten months.", [1], zh) \
        == "unsupported"


def test_who_said_it_and_what_a_count_of_outlets_is():
    art = article("Managing director Vishwas Kelkar told analysts that capacity rose. Capital expenditure is budgeted at "
                  "9,000 crore rupees for 2026-27, he said. Chief financial officer Revati Bhagat said net debt fell to "
                  "11,250 crore rupees.", title="UltraTech", language="en")
    assert status("Vishwas Kelkar said capital expenditure is budgeted at 9,000 crore rupees for 2026-27.", [1], art) \
        == "supported"
    assert status("CFO Revati Bhagat said capital expenditure is budgeted at 9,000 crore rupees for 2026-27.", [1], art) \
        == "unsupported"
    shop = article("Daiichikosho's chairman said the company aims to open 40 more Big Echo outlets by March 2028. Chief "
                   "financial officer Keiko Noguchi said the interim dividend would be ¥38 a share, up ¥4.",
                   title="Karaoke", language="en")
    assert status("Daiichikosho will pay an interim dividend of ¥38 a share, up ¥4.", [1], shop) == "supported"
    assert status("Daiichikosho will pay an interim dividend of ¥38 a share, up ¥8.", [1], shop) == "unsupported"


def test_earnings_per_share_are_per_share_written_or_not():
    art = article("年興第三季稅後純益新台幣1.84億元，季增16.5%，EPS 0.85元。", title="紡織")
    assert status("Nien Hsing earned NT$0.85 a share in the third quarter.", [1], art) == "supported"
    assert status("Nien Hsing earned NT$0.85 per 10 shares in the third quarter.", [1], art) == "unsupported"
    assert status("Nien Hsing's third-quarter net profit rose 16.5% on quarter to NT$184 million.", [1], art) == "supported"
