"""A part's figure given to the whole (其中), the day of the week a figure is of, the world's figure against one
country's, designations that tell a product line apart ('40.5kV'), an as-of day's month, a year written after
its figure, a trailing year, insurers' ratios, bookings, a share worked out of amounts another part owns,
analysts who keep a target, changes of another subject's clause, and units named with 'its' or set off by
'mainly'. Each case sets a correct claim against a wrong one (or guards a correct one). Companies are real;
figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.article import Article
from tests.support.verify import article, dated, status

# -- a part's figure is not the whole's -------------------------------------------------------------------


def test_a_part_after_qizhong_is_not_the_company_overall():
    art = article("上半年公司综合毛利率为31.5%，同比提升0.6个百分点，其中精密模具毛利率为36.2%，同比提升0.9个百分点。",
                  title="模具企业半年报")
    assert status("The company's gross margin was 31.5% overall, and its precision moulds earned 36.2%.", [1], art) == "supported"
    assert status("Its precision moulds earned a gross margin of 31.5%, against 36.2% for the company as a whole.",
                  [1], art) == "unsupported"


def test_a_paragraph_without_a_part_keeps_the_verdict():
    art = article("上半年公司毛利率为31.5%，同比提升0.6个百分点。", title="模具企业半年报")
    assert status("The company's gross margin was 31.5% overall in the first half.", [1], art) == "supported"


# -- the day of the week ----------------------------------------------------------------------------------


def test_a_figure_of_tuesday_is_not_wednesdays():
    art = dated("Squarespace shares climbed 4.0% to $44.10 on Wednesday. Endurance shares had fallen 2.5% to $18.20 on "
                "Tuesday after its results.", when="2034-11-16 08:00", title="Web hosting shares")
    assert status("Endurance shares fell 2.5% to $18.20 on Tuesday.", [1], art) == "supported"
    assert status("Endurance shares fell 2.5% to $18.20 on Wednesday.", [1], art) == "unsupported"
    assert status("Squarespace shares climbed 4.0% on Wednesday.", [1], art) == "supported"


def test_a_date_in_the_sentence_tells_the_day():
    art = dated("Endurance reported on November 14 that revenue rose 6.0% to $300 million.", when="2034-11-16 08:00",
                title="Web hosting results")  # November 14, 2034 is a Tuesday
    assert status("Endurance said on Tuesday that revenue rose 6.0%.", [1], art) == "supported"
    assert status("Endurance said on Thursday that revenue rose 6.0%.", [1], art) == "unsupported"


def test_a_sentence_without_a_day_is_silence():
    art = dated("Endurance said revenue rose 6.0% to $300 million.", when="2034-11-16 08:00", title="Web hosting results")
    assert status("Endurance said on Thursday that revenue rose 6.0%.", [1], art) != "unsupported"


# -- the world's or one country's -------------------------------------------------------------------------


def test_a_share_of_national_output_is_not_of_global_output():
    art = article("协会负责人表示，国内产量排名前五的企业合计占全国产量的61%。", title="行业数据")
    assert status("The top five makers account for 61% of national output.", [1], art) == "supported"
    assert status("The top five makers account for 61% of global output.", [1], art) == "unsupported"


def test_a_worldwide_forecast_is_not_one_countrys():
    art = article("Allianz Trade chief economist Ana Boata forecast that business insolvencies worldwide would rise 6% "
                  "next year, while claims in Germany and Italy kept climbing.", title="Credit insurers")
    assert status("Ana Boata forecast that business insolvencies worldwide would rise 6% next year.", [1], art) == "supported"
    assert status("Ana Boata forecast that business insolvencies in Germany would rise 6% next year.", [1], art) == "unsupported"


# -- designations tell product lines apart ----------------------------------------------------------------


def test_a_rating_names_which_line_the_share_is_of():
    art = article("今年前三季度全国真空断路器产量同比增长9.1%，其中12kV产品占71%，40.5kV产品占22%，其余产品占7%。",
                  title="行业数据")
    assert status("12kV products accounted for 71% of output in the first nine months.", [1], art) == "supported"
    assert status("40.5kV products accounted for 71% of output in the first nine months.", [1], art) == "unsupported"


# -- periods --------------------------------------------------------------------------------------------


def test_a_running_total_counted_to_a_day_is_of_that_days_month():
    art = article("董事会秘书表示，公司已于9月实施中期分红；截至10月24日，公司累计回购股份820万股，成交总金额0.96亿元。",
                  title="回购进展")
    assert status("By October 24, the company had bought back 8.2 million shares for 96 million yuan.", [1], art) == "supported"
    assert status("By the end of September, the company had bought back 8.2 million shares for 96 million yuan.",
                  [1], art) == "unsupported"


def test_a_year_written_right_after_the_figure_is_its_period():
    art = article("The finance chief said fourth-quarter revenue would grow 5% to 7% and that the company expected to "
                  "spend about $1.1 billion on buybacks in 2034.", title="Hosting outlook")
    assert status("The company expects to spend about $1.1 billion on buybacks in 2034.", [1], art) == "supported"
    assert status("The company expects to spend about $1.1 billion on buybacks in the fourth quarter.", [1], art) == "unsupported"


def test_a_period_after_a_semicolon_part_is_not_carried():
    art = article("The net loss ratio rose 1.5 points from a year earlier to 41.2%, and reached 44.0% in the third "
                  "quarter; with a cost ratio of 30.1%, the combined ratio for the nine months was 71.3%.",
                  title="Credit insurer")
    assert status("The nine-month combined ratio was 71.3%, made up of a 41.2% loss ratio and a 30.1% cost ratio.",
                  [1], art) == "supported"
    assert status("The cost ratio was 41.2% in the first nine months.", [1], art) == "unsupported"


def test_a_trailing_year_is_not_a_quarter():
    art = article("Net debt fell to €0.9 billion at the end of September, bringing leverage down to 1.7 times adjusted "
                  "EBITDA for the past twelve months.", title="Hosting debt")
    assert status("Net debt was 1.7 times adjusted EBITDA for the past twelve months.", [1], art) == "supported"
    assert status("Net debt was 1.7 times third-quarter adjusted EBITDA.", [1], art) == "unsupported"


def test_trailing_earnings_are_a_year_not_a_quarter_and_not_against_the_month_end():
    art = article("Net debt stood at $1.5 billion at the end of September, or 2.1 times trailing adjusted EBITDA.",
                  title="Fuel retailer debt")
    assert status("At the end of September, net debt was 2.1 times trailing adjusted EBITDA.", [1], art) == "supported"
    assert status("Net debt was 2.1 times third-quarter adjusted EBITDA.", [1], art) == "unsupported"


def test_a_level_the_quarter_ended_at():
    art = article("Hostinger said third-quarter revenue rose 20%. The number of customers rose by 150,000 from the end "
                  "of June to 4.2 million.", title="Hosting results")
    assert status("Hostinger gained 150,000 customers, ending September with 4.2 million.", [1], art) == "supported"
    assert status("Hostinger gained 150,000 customers, ending December with 4.2 million.", [1], art) == "unsupported"


# -- metrics --------------------------------------------------------------------------------------------


def test_bookings_are_not_the_companys_name():
    art = article("Squarespace reported that third-quarter revenue rose 8.0% to $300.0 million. Bookings grew 10.0% to "
                  "$320.0 million.", title="Web hosting results")
    assert status("Squarespace's revenue rose 8.0% to $300.0 million, and bookings grew 10.0% to $320.0 million.",
                  [1], art) == "supported"


# -- worked-out shares, analysts, clauses, units ----------------------------------------------------------


def test_a_worked_out_share_is_not_held_to_another_parts_amount():
    art = article("Squarespace reported that third-quarter revenue rose 8.0% to $300.0 million. Business Solutions revenue "
                  "increased 6.0% to $210.0 million. Partners revenue, earned by agencies, jumped 30.0% to $100.0 million.",
                  title="Web hosting results")
    assert status("Partners revenue made up about a third of Squarespace's revenue.", [1], art) == "supported"
    assert status("Partners revenue made up about half of Squarespace's revenue.", [1], art) == "unsupported"


def test_an_analyst_who_kept_a_target_is_a_person():
    art = article("Anna Kruger of Berenberg kept her €52 target on United Internet.", title="Analysts")
    assert status("Anna Kruger of Berenberg kept a €52 target on United Internet.", [1], art) == "supported"
    assert status("Jonas Feld of Berenberg kept a €52 target on United Internet.", [1], art) == "unsupported"


def test_another_subjects_clause_keeps_its_change():
    art = article("Grifols shares rose 1.4% to €12.60 in Madrid, giving a market value of about €8.6 billion, as the "
                  "IBEX 35 gained 0.5%.", title="Spanish shares")
    assert status("Grifols shares rose 1.4% to €12.60 as the IBEX 35 gained 0.5%.", [1], art) == "supported"


def test_units_named_with_its_or_after_mainly():
    art = article("Revenue in Cloud Solutions increased 9.0% to €400.0 million, while AdTech, mainly the domain "
                  "marketplace, edged up 1.0% to €80.0 million.", title="Hosting segments")
    assert status("Cloud Solutions revenue was €400.0 million and its AdTech revenue €80.0 million.", [1], art) == "supported"
    assert status("Cloud Solutions revenue was €80.0 million and its AdTech revenue €400.0 million.", [1], art) == "unsupported"


# -- the gazetteer and glossaries ---------------------------------------------------------------------------


def test_overseas_sales_written_waixiao_are_a_market_not_a_company():
    art = article("上半年公司外销收入为18.40亿元，占营业收入的47.5%。", title="模具企业半年报")
    assert status("Overseas sales of 1.84 billion yuan made up 47.5% of the company's first-half revenue.", [1], art) == "supported"


def test_nanke_is_the_southern_taiwan_science_park():
    art = article("南科管理局表示，園區今年前三季營業額年增12.5%。", title="園區營收")
    assert status("Revenue in the Southern Taiwan Science Park rose 12.5% in the first three quarters.", [1], art) == "supported"


def test_a_nationwide_products_exports_are_the_countrys():
    art = article("今年上半年全国注塑模具产量同比增长6.2%；注塑模具出口额为3.10亿美元，同比增长9.5%。",
                  title="行业数据")
    assert status("China's injection mould exports rose 9.5% to US$310 million in the first half.", [1], art) == "supported"


# -- more from the session's fresh sets: places, currencies, what is counted, who speaks ------------------


def test_the_rest_of_the_world_is_no_world():
    art = article("Sales in the United States were $500 million, or 60% of the total, while the rest of the world "
                  "contributed $330 million, up 25% on the year.", title="Tracker sales")
    assert status("US sales made up 60% of revenue, while rest-of-world sales rose 25% to $330 million.", [1], art) == "supported"


def test_a_balance_date_or_a_written_date_tells_no_weekday():
    art = dated("Main Street Capital reported core earnings of $1.05 a share on Tuesday (October 31). Net income came to "
                "$0.98 a share, and net asset value was $31.20 at September 30.", when="2034-11-02 08:00", title="BDCs")
    assert status("Main Street Capital reported on Tuesday, October 31, net income of $0.98 a share.", [1], art) == "supported"


def test_a_simplified_wenhui_story_is_a_mainland_one():
    art = Article(title="化工企业三季报", paragraphs=["公司前三季度实现营业收入25.40亿元，同比增长12.0%。"],
                  language="und", source="文汇报")
    assert status("Revenue rose 12.0% to 2.54 billion yuan in the first nine months.", [1], art) == "supported"


def test_nordic_currencies_are_read():
    art = article("Austevoll paid a dividend of NOK 5.00 a share, or about NOK 1.01 billion, in May. Sector Alarm said "
                  "revenue rose 9.0% to 4.10 billion Norwegian crowns.", title="Nordic companies")
    assert status("Austevoll paid a dividend of NOK 5.00 a share in May, about NOK 1.01 billion in total.", [1], art) == "supported"
    assert status("Sector Alarm's revenue rose 9.0% to €4.10 billion.", [1], art) == "unsupported"


def test_what_a_quantity_is_of():
    art = article("Austral bought 400,000 tonnes of anchovy in the quarter and produced 90,000 tonnes of fishmeal and "
                  "13,000 tonnes of fish oil.", title="Fishmeal producers")
    assert status("Austral produced 90,000 tonnes of fishmeal and 13,000 tonnes of fish oil.", [1], art) == "supported"
    assert status("Austral produced 13,000 tonnes of fishmeal and 90,000 tonnes of fish oil.", [1], art) == "unsupported"
    assert status("Austral produced 400,000 tonnes of fishmeal in the quarter.", [1], art) == "unsupported"


def test_head_of_investor_relations_is_no_chief_executive():
    art = article("Chief executive Rosa Iturbe said catches rose 10%, while head of investor relations Mikel Arrieta said "
                  "the sardine catch fell 8%.", title="Fishing companies")
    assert status("Head of investor relations Mikel Arrieta said the sardine catch fell 8%.", [1], art) == "supported"
    assert status("Chief executive Mikel Arrieta said the sardine catch fell 8%.", [1], art) == "unsupported"


def test_an_acronym_the_story_spells_out_is_its_own():
    art = article("According to the Securities Transfer Association, whose president Jane Holt spoke on Monday, the "
                  "largest agents administer about 70% of accounts.", title="Transfer agents")
    assert status("STA president Jane Holt said the largest agents administer about 70% of accounts.", [1], art) == "supported"


def test_the_company_after_a_bare_title_is_no_index():
    art = article("二级市场上，沧州大化收涨5.10%，报17.20元；梦百合则下跌1.20%。同日上证指数上涨0.40%。"
                  "董事会秘书透露，截至10月27日，公司已累计回购股份300万股，耗资5,100万元。", title="回购进展")
    assert status("Cangzhou Dahua had bought back 3 million shares for 51 million yuan by October 27.", [1], art) != "unsupported"


def test_a_year_that_frames_its_own_clause_is_the_figures():
    art = article("香港数码广告占整体广告开支的比例已由2031年的55%升至今年上半年的66%；他预计明年本港数码广告开支将增长7%至8%。",
                  title="广告开支")
    assert status("He expects Hong Kong's digital advertising spending to grow by 7% to 8% next year.", [1], art) != "unsupported"


def test_a_day_before_the_verb_of_saying_keeps_the_speaker():
    art = article("上市公司董事长鲍屺松表示，公司明年收入目标为15亿元。行业协会副秘书长冀颂棠10月27日表示，行业前三家企业合计份额约67%。"
                  "他预计，明年国内电池结构件市场规模将达到700亿元。", title="电池结构件")
    assert status("Ji Songtang expects China's battery structural-parts market to reach 70 billion yuan next year.", [1], art) == "supported"


def test_an_item_that_only_says_what_kind_of_product():
    art = article("分产品看，圆柱电池钢壳收入10.50亿元，精密件收入4.00亿元；钢壳出货量9.0亿只，同比增长40%。", title="电池壳企业")
    assert status("Cylindrical steel cases brought in 1.05 billion yuan, and steel-case shipments rose 40%.", [1], art) == "supported"


def test_recurring_monthly_revenue_is_per_month_by_its_name():
    art = article("Chief executive Jim DeVries said ADT aims to lift RMR to $400 million by 2036.", title="Alarm monitoring")
    assert status("ADT is targeting recurring monthly revenue of $400 million by 2036.", [1], art) == "supported"


def test_a_measure_described_in_an_aside_is_not_the_figures():
    art = article("Verisure said revenue rose 10.0% to €2.000 billion. Portfolio services revenue, the recurring monthly "
                  "fees paid by customers, climbed 12.0% to €1.750 billion and accounted for 87.5% of the total.",
                  title="Alarm monitoring")
    assert status("Portfolio services made up 87.5% of Verisure's revenue, at €1.750 billion.", [1], art) == "supported"


def test_the_oslo_benchmark_is_an_index():
    art = article("Austevoll shares rose 3.0% to NOK 110.00 in Oslo on Wednesday, as the benchmark OSEBX index gained 0.4%.",
                  title="Oslo shares")
    assert status("Austevoll rose 3.0% on Wednesday while the OSEBX index gained 0.4%.", [1], art) == "supported"
    assert status("The OSEBX index rose 3.0% on Wednesday while Austevoll gained 0.4%.", [1], art) == "unsupported"
