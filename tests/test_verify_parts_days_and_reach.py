"""A part's figure given to the whole (其中), the day of the week a figure is of, the world's figure against one
country's, designations that tell a product line apart ('40.5kV'), an as-of day's month, a year written after
its figure, a trailing year, insurers' ratios, bookings, a share worked out of amounts another part owns,
analysts who keep a target, changes of another subject's clause, and units named with 'its' or set off by
'mainly'. Each case sets a correct claim against a wrong one (or guards a correct one). Companies are real;
figures, people and sentences are ours."""
from __future__ import annotations

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
