"""A stock code that names a company, changes spelt as fractions, English lists that leave out what they
measure, counts per month against totals and annual capacity, and who a crop, a forecast or an order book
belongs to. Each case sets a correct claim against a wrong one where it can. Companies are real; figures,
people and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_a_stock_code_in_the_claim_names_the_company_written_with_it():
    art = article("华宝新能（301327）前三季度营收26.4亿元，同比增长31.2%；中捷资源（002021）前三季度营收3.36亿元。",
                  title="储能")
    # The code says which company it is; its English name is not found, so no more than unverifiable.
    assert status("Hello Tech Energy (301327) had nine-month revenue of 2.64 billion yuan.", [1], art) == "unverifiable"
    # (Without the code, or with one the paragraph does not write, the name is another company's.)
    assert status("Hello Tech Energy had nine-month revenue of 2.64 billion yuan.", [1], art) == "unsupported"
    assert status("Hello Tech Energy (301999) had nine-month revenue of 2.64 billion yuan.", [1], art) == "unsupported"


def test_a_place_cut_from_a_company_name_is_found_only_as_written():
    art = article("和谐汽车（03836）上半年股东应占溢利为0.71亿元，按年增长12.5%。期内新车销量按年下降4.2%。",
                  title="汽车经销商")
    assert status("China Harmony Auto raised first-half attributable profit 12.5% to 71 million yuan.", [1], art) == "supported"


def test_a_change_spelt_as_a_fraction_must_fit_the_paragraphs_change():
    art = article("Incitec Pivot reported underlying net profit of A$215 million for the year to September 30, down "
                  "27.4% from a year earlier, on revenue of A$4.9 billion.", title="Fertiliser", language="en")
    assert status("Incitec Pivot's underlying net profit fell by more than a quarter to A$215 million.", [1], art) != "unsupported"
    check = check_claim("Incitec Pivot's underlying net profit fell by about a fifth to A$215 million.", [1], art)
    assert check.status == "unsupported" and any("fits no change" in p for p in check.problems), check.problems


def test_an_english_list_that_leaves_out_its_measure_keeps_each_figure_with_its_head():
    art = article("Australia's canola production was forecast at 6.4 million tonnes, down 8.3%, chickpeas at 1.1 "
                  "million tonnes, up 14.6%, and lentils at 1.7 million tonnes, down 2.2%.", title="Crops", language="en")
    assert status("Canola production was forecast to fall 8.3%.", [1], art) != "unsupported"
    assert status("Chickpea production was forecast to fall 8.3%.", [1], art) == "unsupported"


def test_segments_after_its_are_items_of_their_own():
    art = article("SKF India's industrial revenue rose 11.7% to ₹812.4 crore in the quarter, its automotive revenue "
                  "rose 6.1% to ₹604.3 crore and its export revenue rose 19.2% to ₹121.8 crore.", title="Bearings",
                  language="en")
    assert status("SKF India's industrial revenue rose 11.7% in the quarter.", [1], art) != "unsupported"
    assert status("SKF India's automotive revenue rose 11.7% in the quarter.", [1], art) == "unsupported"


def test_a_count_per_month_against_an_annual_capacity_or_a_quarters_total():
    art = article("杰克股份计划在越南建设一座年产能24万台的工业缝纫机工厂。三季度全国工业缝纫机产量为168.4万台。",
                  title="缝制机械")
    assert status("Jack plans a plant in Vietnam able to make 240,000 industrial sewing machines a year.", [1], art) != "unsupported"
    assert status("Jack plans a plant in Vietnam able to make 240,000 industrial sewing machines a month.", [1], art) == "unsupported"
    assert status("China made about 1.684 million industrial sewing machines a month in the third quarter.", [1], art) == "unsupported"


def test_a_year_earlier_is_not_two_years_earlier():
    art = dated("分析师指出，第三方机构食品检测业务毛利率已由2026年的46%左右降至目前的39%左右。",
                when="2028-10-30 08:00", title="检测")
    assert status("Third-party labs' food testing gross margin has fallen to about 39% from about 46% in 2026.", [1], art) != "unsupported"
    assert status("Third-party labs' food testing gross margin has fallen to about 39% from about 46% a year earlier.",
                  [1], art) == "unsupported"


def test_states_own_their_crops_and_a_swap_between_them_is_caught():
    art = article("Queensland was expected to harvest 3.9 million tonnes, down 12.8%, while South Australia's crop was "
                  "forecast to rise 4.6% to 9.2 million tonnes.", title="Crops", language="en")
    assert status("Queensland's crop was forecast to fall 12.8% while South Australia's was forecast to rise 4.6%.",
                  [1], art) != "unsupported"
    check = check_claim("South Australia's crop was forecast to fall 12.8% while Queensland's was forecast to rise 4.6%.",
                        [1], art)
    assert check.status == "unsupported" and any("belongs to" in p for p in check.problems), check.problems


def test_a_base_against_an_average_of_years_is_not_the_previous_season():
    art = article("The bureau forecast the winter crop at 61.2 million tonnes, down 4.1% on the previous season but "
                  "11.3% above the ten-year average.", title="Crops", language="en")
    assert status("The winter crop is forecast to be 11.3% above the ten-year average.", [1], art) != "unsupported"
    assert status("The winter crop is forecast to be 11.3% above the previous season's.", [1], art) == "unsupported"


def test_an_order_book_is_not_revenue_and_a_rise_in_net_profit_is_not_revenues():
    art = article("Managing director Rahul Menon said the order book for railway components had reached ₹940 crore. "
                  "Smaller peer NRB Bearings posted a 22.8% rise in June-quarter net profit to ₹38.1 crore.",
                  title="Bearings", language="en")
    assert status("The order book for railway components reached ₹940 crore.", [1], art) != "unsupported"
    assert status("Revenue from railway components reached ₹940 crore.", [1], art) == "unsupported"
    assert status("NRB Bearings' net profit rose 22.8% in the June quarter.", [1], art) != "unsupported"
    assert status("NRB Bearings' revenue rose 22.8% in the June quarter.", [1], art) == "unsupported"


def test_private_firms_figures_are_not_foreign_ones():
    art = article("上半年全行业营收2,312亿元；其中，民营检验检测机构营收1,046亿元，同比增长10.8%；外资机构营收265亿元，同比增长3.1%。",
                  title="检测")
    assert status("Private testing firms' revenue rose 10.8% to 104.6 billion yuan.", [1], art) != "unsupported"
    assert status("Foreign-invested testing firms' revenue rose 10.8% to 104.6 billion yuan.", [1], art) == "unsupported"


def test_a_net_loss_written_as_a_negative_profit():
    art = article("中捷资源（002021）前三季度归母净利润为-1,830万元，上年同期为-2,960万元，亏损同比收窄。", title="缝制机械")
    assert status("Zhongjie Resources' nine-month net loss narrowed to 18.3 million yuan.", [1], art) != "unsupported"


def test_an_analysts_firm_owns_its_target():
    art = article("华兴资本分析师陆思远将杰克股份目标价由44元上调至50元。杰克股份周五收报41.20元。", title="缝制机械")
    assert status("China Renaissance's 50-yuan target for Jack is about 21% above its close of 41.20 yuan.", [1], art) != "unsupported"


def test_a_surname_that_says_something_is_held_to_what_that_person_says():
    art = article("Chief executive Priya Ramanathan said the company expected revenue of A$1.2 billion next year. Chief "
                  "financial officer Oliver Tennant said it would buy back up to A$40 million of shares over 12 months.",
                  title="Buyback", language="en")
    assert status("Tennant said the company would buy back up to A$40 million of shares.", [1], art) != "unsupported"
    assert status("Ramanathan said the company would buy back up to A$40 million of shares.", [1], art) == "unsupported"


def test_a_balance_compared_with_a_quarters_end_is_not_a_year_on_year_change():
    art = article("Net debt was A$275 million at September 30, A$36 million lower than at March 31.", title="Debt",
                  language="en")
    assert status("Net debt of A$275 million was A$36 million lower than at March 31.", [1], art) != "unsupported"
    assert status("Net debt of A$275 million was A$36 million lower than a year earlier.", [1], art) == "unsupported"


def test_a_deadline_at_a_years_end_is_not_one_in_its_first_half():
    art = dated("董事会主席在业绩会上表示，集团计划在2029年上半年前新增24家新能源品牌门店。", when="2028-08-29 19:00",
                title="汽车经销商")
    assert status("The group plans to add 24 new-energy brand stores by the first half of 2029.", [1], art) != "unsupported"
    assert status("The group plans to add 24 new-energy brand stores by the end of 2029.", [1], art) == "unsupported"


def test_the_reporting_quarter_of_another_year_is_not_the_storys():
    art = dated("Timken India reported a net profit of ₹118.7 crore for the July-September quarter, up 6.3%.",
                "Its new plant would start commercial production in the April-June quarter of 2029.",
                when="2028-11-14 21:00", title="Bearings' July-September quarter")
    assert status("The new plant would start production in the April-June quarter of 2029.", [2], art) != "unsupported"
    assert status("The new plant would start production in the July-September quarter of 2029.", [2], art) == "unsupported"


def test_a_share_of_revenue_is_not_a_share_of_one_segments_revenue():
    art = article("Timken India's railway revenue rose 19.4% to ₹236.1 crore and its industrial revenue rose 8.2% to "
                  "₹402.7 crore. Exports made up 21.6% of revenue.", title="Bearings", language="en")
    assert status("Exports made up 21.6% of Timken India's revenue.", [1], art) != "unsupported"
    assert status("Exports made up 21.6% of Timken India's industrial revenue.", [1], art) == "unsupported"


def test_a_loss_that_narrowed_in_a_clause_of_its_own_did_not_widen():
    art = article("中捷资源（002021）前三季度归母净利润为-1,830万元，上年同期为-2,960万元，亏损同比收窄。", title="缝制机械")
    assert status("Zhongjie Resources' nine-month net loss narrowed to 18.3 million yuan.", [1], art) != "unsupported"
    check = check_claim("Zhongjie Resources' nine-month net loss widened to 18.3 million yuan.", [1], art)
    assert check.status == "unsupported" and any("other way" in p for p in check.problems), check.problems
