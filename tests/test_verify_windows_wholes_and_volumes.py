"""Spans of market moves, wholes of everything, changes of counts, partners and worked-out fractions, where
the reader used to pass a wrong claim: a day's move told as the year's ('since the start of the year'
for 收盘上涨7.84%), a move on another weekday, 'over the past month' for 年初至今; a share of a part told
as a share of 'all …' or 'China's entire … market'; a count's change told as revenue's ('sold 690 million
closures…, up 6.0%'); a partner (合伙人) as a speaker; a fraction worked out against another measure's or
another period's amount. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status

_BROKER_CLOSE = article("二级市场上，受三季报提振，中信证券今日（10月30日）收盘上涨6.12%，报31.25元/股；华泰证券收涨3.05%，"
                        "报18.40元/股。今年以来，中信证券股价累计上涨27.4%，华泰证券累计下跌4.6%。", title="券商股")


def test_a_days_move_is_not_the_years():
    assert status("CITIC Securities shares have gained 6.12% since the start of the year.", [1], _BROKER_CLOSE) == "unsupported"
    assert status("CITIC Securities shares have gained 27.4% since the start of the year.", [1], _BROKER_CLOSE) == "supported"
    assert status("CITIC Securities shares closed 6.12% higher on October 30.", [1], _BROKER_CLOSE) == "supported"


def test_a_years_move_is_not_the_past_months():
    assert status("Huatai Securities shares have fallen 4.6% over the past month.", [1], _BROKER_CLOSE) == "unsupported"
    assert status("Huatai Securities shares have fallen 4.6% this year.", [1], _BROKER_CLOSE) != "unsupported"


def test_a_move_on_another_weekday():
    art = article("Qantas shares rose 2.4% to A$9.12 on Tuesday and added a further 0.8% on Wednesday, while the S&P/ASX 200 "
                  "fell 0.3% on Wednesday.", title="Qantas")
    assert status("Qantas shares rose 2.4% to A$9.12 on Wednesday.", [1], art) == "unsupported"
    assert status("Qantas shares rose 2.4% to A$9.12 on Tuesday.", [1], art) == "supported"
    assert status("Qantas shares added 0.8% on Wednesday.", [1], art) == "supported"


def test_a_move_since_a_month_is_not_the_years():
    art = article("上周五（10月27日）万华化学股价收涨2.36%，报88.10元，10月以来累计上涨11.8%。", title="万华化学")
    assert status("Wanhua Chemical shares have risen 11.8% so far this year.", [1], art) == "unsupported"
    assert status("Wanhua Chemical shares closed 2.36% higher on Friday.", [1], art) == "supported"


def test_a_share_of_a_part_is_not_of_everything():
    art = article("按交易额计，在券商核心交易系统市场，恒生电子、金证股份的份额分别约为48%和21%。", title="交易系统")
    assert status("Hundsun held about 48% of China's entire financial software market.", [1], art) == "unsupported"
    en = article("Halfords said its autocentres now handle 18% of do-it-for-me oil changes in Britain.", title="Halfords")
    assert status("Halfords' autocentres handle 18% of all oil changes in Britain.", [1], en) == "unsupported"
    assert status("Halfords' autocentres handle 18% of do-it-for-me oil changes in Britain.", [1], en) == "supported"


def test_a_share_of_a_whole_of_everything_is_read_as_written():
    art = article("截至9月末，全国民用无人机实名登记数量达412.6万架，同比增长31.2%；其中消费级和工业级无人机分别为268.3万架和"
                  "144.3万架，工业级占比为35.0%。", title="无人机")
    assert status("Industrial drones made up about 35% of all registered drones at the end of September.", [1], art) != "unsupported"
    en = article("Foreign-trade cargo rose 5.6% to 471 million tonnes in October, or 30.7% of all cargo handled.", title="Ports")
    assert status("Foreign-trade cargo was 30.7% of all cargo handled in October.", [1], en) == "supported"


def test_a_change_of_a_count_is_not_revenues():
    art = article("Vidrala sold 2.1 billion bottles in the first half, up 4.2% on the year, and revenue rose 7.9% to €842 million.",
                  title="Vidrala")
    assert status("Vidrala's revenue rose 4.2% in the first half.", [1], art) == "unsupported"
    assert status("Vidrala's revenue rose 7.9% in the first half.", [1], art) == "supported"
    assert status("Vidrala's bottle sales rose 4.2% in the first half.", [1], art) == "supported"
    zh = article("前三季度公司累计运输煤炭3.2亿吨，同比增长18%；营业收入46.5亿元，同比增长9%。", title="运输")
    assert status("The company's revenue rose 18% in the first nine months.", [1], zh) == "unsupported"


def test_a_partner_is_a_speaker():
    art = article("高毅资产合伙人邓晓峰预计，紫金矿业明年营收增速约12%；景林资产研究员蒋彦则认为铜价仍有回调压力。", title="机构观点")
    assert status("Jiang Yan of Greenwoods Asset Management expects Zijin Mining's revenue to grow about 12% next year.", [1], art) \
        == "unsupported"


def test_a_fraction_is_not_worked_out_against_another_measure_or_period():
    art = article("Verisure said first-half revenue rose 11.2% to €2.40 billion. Portfolio services revenue rose 12.1% to "
                  "€2.16 billion, while product sales brought in €240 million. Adjusted EBITDA rose 13.0% to €960 million, "
                  "and second-quarter revenue was €1.22 billion.", title="Verisure")
    assert status("Product sales made up about a tenth of Verisure's first-half revenue.", [1], art) != "unsupported"
    assert status("Product sales made up about a quarter of Verisure's first-half revenue.", [1], art) == "unsupported"
    assert status("Product sales made up about a fifth of Verisure's first-half revenue.", [1], art) == "unsupported"


def test_an_analyst_who_kept_a_quoted_rating_speaks_on_after_a_semicolon():
    art = article("Pareto analyst Eirik Solberg raised his target for Kongsberg to NOK 420 and expects EBITDA of NOK 9.1 billion in "
                  "2048. Arctic Securities' Hanne Vik kept a \"hold\" rating on Wilhelmsen, warning that car-carrier rates had "
                  "peaked; she forecasts 2048 net profit of NOK 3.4 billion.", title="Analysts")
    assert status("Hanne Vik of Arctic Securities forecasts Wilhelmsen's 2048 net profit at NOK 3.4 billion.", [1], art) == "supported"
    assert status("Eirik Solberg of Pareto forecasts Wilhelmsen's 2048 net profit at NOK 3.4 billion.", [1], art) == "unsupported"


def test_a_chief_risk_officer_is_a_title_not_a_company():
    art = article("風控長喬以勤表示，3月底信用貸款逾放比為0.78%，季減0.05個百分點。", title="純網銀")
    assert status("Next Bank's non-performing loan ratio on credit loans was 0.78% at the end of March, chief risk officer "
                  "Chiao I-chin said.", [1], art) != "unsupported"


def test_all_deposits_is_the_whole_of_deposits():
    art = article("不过纯网银存款占全体银行存款的比重仅约0.32%。", title="纯网银")
    assert status("Online-only banks hold only about 0.32% of all bank deposits.", [1], art) == "supported"


def test_a_range_is_of_the_period_written_after_it():
    art = article("Au Ching-fei of Gavekal said model API prices fell about 45% in the first half and could fall another 20% "
                  "to 30% in the second half.", title="Prices")
    assert status("Au Ching-fei said model API prices could fall another 20% to 30% in the second half.", [1], art) == "supported"
    assert status("Au Ching-fei said model API prices could fall another 20% to 30% in the first half.", [1], art) == "unsupported"


def test_a_research_houses_analyst_does_not_make_the_house_the_owner():
    art = article("智譜將目標價上調至480港元。龍洲經訊科技研究主管區靖霏則指，主流模型API價格上半年平均下降約45%。", title="大模型")
    assert status("Gavekal's head of technology research, Au Ching-fei, said mainstream model API prices fell about 45% in the "
                  "first half.", [1], art) != "unsupported"


def test_a_share_of_one_units_revenue_is_not_of_the_total():
    art = article("上半年，博深股份金刚石工具业务收入3.94亿元，同比下降9.8%，其中出口收入2.61亿元，占该业务收入的66.2%。", title="博深")
    assert status("Exports accounted for 66.2% of Bosun's total revenue in the first half.", [1], art) == "unsupported"
    assert status("Exports accounted for 66.2% of Bosun's diamond tools revenue in the first half.", [1], art) != "unsupported"


def test_the_start_of_the_storys_year_is_its_year():
    art = dated("截至6月末，公司在手订单金额9.48亿元，较年初增长22.6%；上年同期为7.1亿元。", when="2048-08-20 09:00", title="订单")
    assert status("The order backlog stood at 948 million yuan at the end of June, 22.6% more than at the start of 2048.", [1], art) \
        == "supported"


def test_litres_in_any_scale_and_a_bare_sheng_that_means_rose():
    art = article("India's lubricant consumption rose 4.8% on the year to 1.06 million kilolitres in July-September.", title="Oil")
    assert status("India's lubricant consumption rose 4.8% to about 1.06 billion litres in July-September.", [1], art) == "supported"
    assert status("India's lubricant consumption rose 4.8% to 1.06 million litres in July-September.", [1], art) == "unsupported"
    zh = article("前三季度公司蜂窝陶瓷载体销量386万升，同比增长22.4%；行业评级由3升至2。", title="载体")
    assert status("The company sold 3.86 million litres of honeycomb ceramic substrates in the first nine months, up 22.4%.", [1], zh) \
        == "supported"
    assert status("The company sold 3.86 million tonnes of honeycomb ceramic substrates in the first nine months.", [1], zh) \
        == "unsupported"


def test_heads_of_institutes_and_medical_officers_have_titles():
    art = article("中国环境监测总站副站长麻晞露表示，上半年全国优良天数比例为87.6%，同比上升1.2个百分点。", title="空气质量")
    assert status("Ma Xilu, deputy director of the China National Environmental Monitoring Centre, said the share of good-air "
                  "days rose 1.2 percentage points.", [1], art) == "supported"
    assert status("Ma Xilu, director of the China National Environmental Monitoring Centre, said the share of good-air "
                  "days rose 1.2 percentage points.", [1], art) == "unsupported"
    hk = article("首席醫學官冼志揚預計，公司將於明年上半年遞交上市申請。首席財務官戚佩詩稱，截至6月底公司現金儲備12.46億元人民幣。",
                 title="騰盛博藥")
    assert status("Chief financial officer Chik Pui-sze said cash reserves stood at 1.246 billion yuan at the end of June.", [1], hk) \
        != "unsupported"
    assert status("Chief medical officer Sin Chi-yeung said cash reserves stood at 1.246 billion yuan at the end of June.", [1], hk) \
        == "unsupported"
