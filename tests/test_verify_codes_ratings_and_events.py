"""Stock codes that name a company or are no year, short names an article defines, analysts' rating
moves, when a plant or project is due, and the constructions that tell whose a figure is (causes,
payees, a city opening its clause, a verb left out). Each case sets a correct claim against a wrong
one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.facts.atoms import read
from citebrief.facts.quantities import find_quantities
from citebrief.facts.temporal import find_temporals
from tests.support.verify import article, dated, status


def test_a_taiwan_stock_code_in_brackets_is_no_year_and_names_the_company():
    assert [t.key for t in find_temporals("螺丝大厂春雨（2012）昨（10）日公布10月营收")[0] if t.kind == "year"] == []
    assert [t.key for t in find_temporals("预估明（2027）年营收将突破1兆元")[0] if t.kind == "year"] == ["2027"]
    art = dated("螺絲大廠春雨（2012）昨（10）日公布10月合併營收8.96億元，月增4.3%，年增12.6%。",
                "董事長藍啟峰表示，新廠預計明年第三季量產，將新增月產能2,000公噸。", when="2026-11-11 07:40")
    assert status("Chun Yu reported October revenue of NT$896 million, up 12.6% year on year.", [1], art) == "supported"
    assert status("Chun Yu reported October revenue of NT$896 million, up 12.6% month on month.", [1], art) \
        == "unsupported"
    # (The chairman's paragraph names no company: the story's own is meant.)
    assert status("Chun Yu chairman Lan Chi-feng said the new plant will add 2,000 tonnes of monthly capacity.",
                  [2], art) == "supported"
    assert status("Chun Yu chairman Lan Chi-feng said the new plant will add 2,000 tonnes of annual capacity.",
                  [2], art) == "unsupported"


def test_a_name_written_with_its_listed_code_is_the_gazetteer_company():
    # The gazetteer keeps 老百姓大药房 (603883.SS); the story writes its stock short name with the code.
    art = article("老百姓（603883）前三季度实现营业收入168.2亿元，同比下降1.5%；归母净利润5.18亿元，同比下降22.7%。"
                  "一心堂前三季度营业收入135.6亿元，同比增长2.1%。", title="药店三季报")
    assert status("LBX Pharmacy's nine-month net profit fell 22.7% to 518 million yuan.", [1], art) == "supported"
    assert status("Yixintang's nine-month net profit fell 22.7% to 518 million yuan.", [1], art) == "unsupported"


def test_a_short_name_an_english_story_defines_in_brackets():
    art = article("Bharat Dynamics (BDL) reported second-quarter net profit of ₹182 crore, up 31%.",
                  "HAL shares rose 2.8% to ₹4,812, while BEL gained 1.9% and BDL jumped 6.3% to ₹1,562.",
                  title="Defence stocks", language="en")
    assert status("Bharat Dynamics jumped 6.3% to ₹1,562.", [2], art) == "supported"
    assert status("Bharat Dynamics gained 1.9%.", [2], art) == "unsupported"
    # A verb left out keeps each name with its figure.
    assert status("HAL rose 2.8% and BEL 1.9%.", [2], art) == "supported"
    assert status("BEL rose 2.8% and HAL 1.9%.", [2], art) == "unsupported"


def test_an_analysts_rating_move_belongs_to_the_company_it_names():
    art = article("华鑫证券分析师冼嘉芃在研报中，将龙佰集团目标价由17.60元上调至19.80元，维持\"买入\"评级；"
                  "同时将惠云钛业评级由\"增持\"下调至\"中性\"。", title="钛白粉")
    assert status("Xian Jiapeng raised his LB Group target to 19.80 yuan from 17.60 yuan.", [1], art) == "supported"
    assert status("Xian Jiapeng downgraded LB Group to neutral from accumulate.", [1], art) == "unsupported"
    en = article("HDFC Securities analyst Ketaki Pendharkar cut her Mazagon Dock target to ₹2,400 from ₹2,650 and "
                 "downgraded the stock to reduce from add. Axis Capital analyst Arnav Bhattacharjee kept a buy rating "
                 "on HAL.", title="Defence", language="en")
    assert status("HDFC Securities' Ketaki Pendharkar downgraded Mazagon Dock to reduce from add.", [1], en) == "supported"
    assert status("Axis Capital's Arnav Bhattacharjee downgraded Mazagon Dock to reduce from add.", [1], en) \
        == "unsupported"
    assert status("HDFC Securities' Ketaki Pendharkar downgraded Mazagon Dock to sell from add.", [1], en) \
        == "unsupported"


def test_when_a_plant_is_due_is_held_to_the_paragraph():
    art = dated("京元电子董事长表示，铜锣新厂预计明年第二季量产，第三季度资本支出约45亿元。", when="2026-12-09 08:00")
    assert status("KYEC's Tongluo plant will start volume production in the second quarter of 2027.", [1], art) \
        != "unsupported"
    assert status("KYEC's Tongluo plant will start volume production in the third quarter of 2027.", [1], art) \
        == "unsupported"


def test_a_cause_a_payee_and_an_aside_own_no_figure():
    zh = article("总经理仇俊豪指出，受央行选择性信用管制影响，兴富发11月新案平均去化率降至约35%，较10月下滑6个百分点。",
                 title="建商")
    assert status("Highwealth's average sell-through rate fell to about 35% in November.", [1], zh) == "supported"
    en = article("Bukit Asam produced 38.6 million tonnes of coal in the nine months. Rail haulage costs paid to state "
                 "railway operator KAI rose 5.3% to Rp 5.62 trillion, and the stripping ratio averaged 6.1. Gross margin "
                 "narrowed to 19.8% from 24.6%.", title="Coal", language="en")
    assert status("Bukit Asam's gross margin narrowed to 19.8% from 24.6%.", [1], en) == "supported"
    assert status("KAI's gross margin narrowed to 19.8% from 24.6%.", [1], en) == "unsupported"


def test_a_city_opening_its_clause_owns_its_figure():
    art = article("六都中，台中市10月移转3912栋，年减14.1%；高雄市2786栋，年减26.5%。", title="移转")
    assert status("Taichung's building transfers fell 14.1% year on year in October.", [1], art) == "supported"
    assert status("Kaohsiung's building transfers fell 14.1% year on year in October.", [1], art) == "unsupported"


def test_a_share_is_no_comparison_and_a_topic_sets_the_period():
    art = article("以业务别来看，11月晶圆测试营收占比52.6%，成品测试占比39.8%；晶圆测试占比较10月增加1.2个百分点。",
                  title="测试")
    assert status("Wafer probing made up 52.6% of November revenue.", [1], art) == "supported"
    assert status("Final test made up 52.6% of November revenue.", [1], art) == "unsupported"
    builders = article("第三季获利方面，长虹税后纯益6.85亿元，年增48.3%；华固税后纯益12.04亿元，前三季EPS达9.87元；"
                       "远雄税后纯益2.46亿元，年减52.6%。", title="建商")
    assert status("Farglory's third-quarter net profit fell 52.6% year on year.", [1], builders) == "supported"
    assert status("Farglory's nine-month net profit fell 52.6% year on year.", [1], builders) == "unsupported"


def test_the_philippine_peso_and_a_unit_left_out_after_from():
    pesos = [(q.kind, q.unit, q.value) for q in find_quantities("closed at P1,286, a market value of P277.9 billion; P2P, P5")]
    assert pesos == [("amount", "PHP", 1286.0), ("amount", "PHP", 277.9e9)]
    figures = read("lifting capacity to 860,000 tonnes a year from 660,000.").figures
    assert [f.q.unit for f in figures] == ["t", "t"]


def test_a_marked_working_out_is_arithmetic_not_an_invented_figure():
    art = article("10月我国农药出口19.8万吨，出口金额8.42亿美元。太阳纸业北海基地前三季度销售纸品186万吨，占公司总销量的31.5%。",
                  title="出口")
    # Worked out and said so: never called invented (at best unverifiable: arithmetic, not a reading).
    assert status("China exported 198,000 tonnes of pesticides worth US$842 million in October, about US$4,250 a tonne.",
                  [1], art) == "unverifiable"
    assert status("Sun Paper's Beihai base sold 1.86 million tonnes, 31.5% of its total, which works out at roughly "
                  "5.9 million tonnes in all.", [1], art) == "unverifiable"
    # A price per tonne the figures do not give is still wrong.
    assert status("China exported 198,000 tonnes of pesticides worth US$842 million in October, about US$5,250 a tonne.",
                  [1], art) == "unsupported"
