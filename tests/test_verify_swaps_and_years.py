"""Two figures of one claim that trade their items, and years a careful reader supplies: the year a results
story reports on, implied in its later paragraphs; 'up 6.3% from 2026' for a year-on-year change; 'for the
year' in an October story; the period written after a figure; 'a year earlier' against the end of the year
before. Also a surname alias before a possessive given name, an analyst named before 维持, a share cut to a
market (对美出口占比) and a second predicate opened by 'and would'. Each case sets a correct claim against a
wrong one where it can. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import article, dated, status


def test_two_segments_traded_in_one_claim_are_swapped():
    art = article("HD Hyundai Electric said third-quarter revenue rose 18.2% to 1.02 trillion won: power transformer "
                  "revenue rose 31.2% to 612 billion won, while rotating machinery revenue fell 6.4% to 98 billion won.",
                  title="Power equipment", language="en")
    assert status("HD Hyundai Electric's power transformer revenue rose 31.2% while its rotating machinery revenue "
                  "fell 6.4%.", [1], art) == "supported"
    check = check_claim("HD Hyundai Electric's rotating machinery revenue rose 31.2% while its power transformer "
                        "revenue fell 6.4%.", [1], art)
    assert check.status == "unsupported"
    assert any("swapped" in p for p in check.problems), check.problems


def test_two_products_traded_in_one_claim_are_swapped_in_chinese():
    art = article("莱茵生物前三季度营收12.80亿元，同比增长16.4%，其中甜菊糖苷收入同比增长24.6%，罗汉果提取物收入同比下降7.3%。",
                  title="代糖")
    assert status("Layn's stevia revenue rose 24.6% while its monk fruit extract revenue fell 7.3%.", [1], art) != "unsupported"
    check = check_claim("Layn's stevia revenue fell 7.3% while its monk fruit extract revenue rose 24.6%.", [1], art)
    assert check.status == "unsupported" and any("swapped" in p for p in check.problems), check.problems


def test_the_year_a_results_story_reports_on_holds_in_its_later_paragraphs():
    art = dated("首创环保3月30日晚披露2027年年报：全年实现营业收入218.64亿元，同比增长6.3%。",
                "分业务看，城镇水务业务收入142.37亿元，同比增长8.2%。位于雄安新区的再生水厂二期预计2028年三季度投产。",
                when="2028-03-31 08:30", title="水务")
    assert status("Capital Eco-Environment's urban water revenue was 14.237 billion yuan in 2027, up 8.2%.", [2], art) != "unsupported"
    assert status("Capital Eco-Environment's urban water revenue was 14.237 billion yuan in 2026, up 8.2%.", [2], art) == "unsupported"


def test_a_year_on_year_change_is_up_from_the_year_before():
    art = dated("首创环保3月30日晚披露2027年年报：全年实现营业收入218.64亿元，同比增长6.3%。",
                when="2028-03-31 08:30", title="水务")
    assert status("Capital Eco-Environment's 2027 revenue was 21.864 billion yuan, up 6.3% from 2026.", [1], art) != "unsupported"
    assert status("Capital Eco-Environment's 2027 revenue was 21.864 billion yuan, up 6.3% from 2025.", [1], art) == "unsupported"


def test_a_year_named_as_the_base_of_a_balance_is_not_a_year_on_year_change():
    art = dated("截至9月末，中国人寿总投资资产为7.62万亿元，较2025年底增长12.3%；前三季度归母净利润同比增长41.5%。",
                when="2026-10-31 08:30", title="保险")
    assert status("China Life's total investment assets were up 12.3% from the end of 2025.", [1], art) != "unsupported"
    assert status("China Life's total investment assets were up 12.3% from the end of 2024.", [1], art) == "unsupported"


def test_the_year_for_the_year_in_an_october_story():
    art = dated("Chairman Phung Van Thuan said Kinh Bac City was keeping its target of 250 hectares for the year, and a "
                "new park in Hung Yen should receive approval in the first quarter of 2028.",
                when="2027-10-29 16:45", title="Industrial parks")
    assert status("Kinh Bac City kept its 2027 leasing target of 250 hectares.", [1], art) != "unsupported"


def test_the_period_after_a_figure_is_its_own():
    art = dated("勝利證券分析師邱卓霖預計福壽園平均售價升幅將由今年上半年的15.9%放緩至2028年上半年的5%左右。",
                when="2027-08-24 07:30", title="殯葬")
    assert status("Yau expects growth in Fu Shou Yuan's average selling price to slow from 15.9% in the first half of "
                  "2027 to about 5% in the first half of 2028.", [1], art) != "unsupported"


def test_a_year_earlier_is_the_end_of_the_year_before():
    art = dated("Chief financial officer Gwak Seo-yeong said Hanwha Engine's net debt ratio fell to 38.4% at the end of "
                "December from 52.1% at the end of 2026. Capital spending, 142 billion won last year, is planned at 215 "
                "billion won this year.", when="2028-02-10 17:20", title="Engines")
    assert status("Hanwha Engine's net debt ratio fell to 38.4% at the end of 2027 from 52.1% a year earlier.", [1], art) != "unsupported"
    assert status("Hanwha Engine's net debt ratio fell to 38.4% at the end of 2027 from 52.1% at the end of June.", [1], art) == "unsupported"


def test_a_surname_alias_before_a_possessive_given_name_is_someone_else():
    art = article("利弗莫尔证券分析师郗明远预计首创环保2028年归母净利润为26.10亿元。", title="水务")
    check = check_claim("Xi Mingyuan's forecast puts Capital Eco-Environment's 2028 net profit at 2.61 billion yuan.", [1], art)
    assert check.status != "unsupported", check.problems
    assert not any("习近平" in p for p in check.problems)


def test_an_analyst_named_before_maintaining_a_rating_owns_the_forecast():
    art = article("福壽園上半年股東應佔溢利為3.87億元人民幣。",
                  "金利豐證券分析師屈子謙維持福壽園「買入」評級，目標價5.30港元；他預測集團2027年及2028年股東應佔溢利分別為8.15億元"
                  "及8.92億元人民幣。", title="殯葬")
    assert status("Wat's full-year 2027 profit forecast of 815 million yuan implies second-half profit of about 428 "
                  "million yuan (worked out).", [2, 1], art) != "unsupported"


def test_a_share_cut_to_a_market_is_the_share_of_the_item_before_it():
    art = article("9月我国三氯蔗糖出口1,842吨，同比增长16.8%，其中对美出口占比12.5%。9月赤藓糖醇出口8,350吨，同比下降21.7%，"
                  "其中对美出口占比降至9.4%，较8月下降3.1个百分点。", title="代糖")
    assert status("The US share of China's erythritol exports fell to 9.4% in September, 3.1 percentage points lower than "
                  "in August.", [1], art) != "unsupported"


def test_and_would_opens_a_clause_with_its_own_period():
    art = dated("Chairman Tiet Minh Sang said Becamex IDC leased 46 hectares at Becamex Binh Phuoc in the nine months and "
                "would begin a 1,000-hectare extension of the park in July 2028.", when="2027-10-29 16:45", title="Parks")
    assert status("Becamex IDC will begin a 1,000-hectare extension of its Becamex Binh Phuoc park in July 2028.", [1], art) != "unsupported"



def test_a_breakdown_after_a_colon_is_the_parts_not_the_total():
    art = article("Hanwha Aerospace said fourth-quarter revenue was 3.12 trillion won: the land systems division, which "
                  "builds engines for tanks and ships, grew 22.1% on-year to 1.41 trillion won, while aircraft engines "
                  "fell 4.2% to 0.62 trillion won.", title="Defence", language="en")
    assert status("Hanwha Aerospace's land systems revenue rose 22.1% on the year.", [1], art) == "supported"
    assert status("Hanwha Aerospace's aircraft engine revenue rose 22.1% on the year.", [1], art) == "unsupported"


def test_institutions_and_individuals_are_investor_types_of_their_own():
    art = article("LG Energy Solution shares fell 1.8% on Friday. Foreign investors sold a net 41.2 billion won of the stock, "
                  "while institutions bought a net 12.6 billion won and individuals 28.1 billion won.",
                  title="Batteries", language="en")
    assert status("Foreign investors sold a net 41.2 billion won of LG Energy Solution shares on Friday.", [1], art) == "supported"
    assert status("Institutional investors sold a net 41.2 billion won of LG Energy Solution shares on Friday.", [1], art) == "unsupported"


def test_a_pinyin_apostrophe_is_inside_the_name():
    art = article("三安光电（600703）旗下湖南三安第三季度碳化硅业务收入7.93亿元，同比增长58.2%。", title="碳化硅")
    check = check_claim("Hunan San'an, a San'an Optoelectronics subsidiary, had silicon-carbide revenue of 793 million yuan "
                        "in the third quarter, up 58.2% on the year.", [1], art)
    assert check.status != "unsupported", check.problems  # (not 'Hunan San', someone else than 三安)


def test_a_company_written_in_capitals_is_the_company():
    art = article("監控設備股方面，奇偶（3356）昨日收41.05元，漲2.6%；晶睿（3454）亮燈漲停，收228元。", title="保全")
    assert status("GeoVision shares rose 2.6% to NT$41.05, while VIVOTEK hit the daily limit at NT$228.", [1], art) == "supported"
    assert status("VIVOTEK shares rose 2.6% to NT$41.05.", [1], art) == "unsupported"


def test_a_firms_possessive_before_its_analyst_owns_no_figure():
    art = article("源达信息分析师闵书远将通策医疗评级由“增持”下调至“中性”，预计公司2027年归母净利润同比下降5.2%至6.35亿元。",
                  title="口腔")
    assert status("Yuanda Information's Min Shuyuan cut Topchoice to neutral and expects its 2027 net profit to fall "
                  "5.2% to 635 million yuan.", [1], art) != "unsupported"


def test_monthly_pay_already_reached_is_a_monthly_figure():
    art = article("保全公會表示，駐衛保全員平均月薪已達3.52萬元，年增4.5%。", title="保全")
    assert status("Average monthly pay for security guards reached NT$35,200, up 4.5% on the year.", [1], art) == "supported"
    assert status("Average annual pay for security guards reached NT$35,200, up 4.5% on the year.", [1], art) == "unsupported"


def test_a_vietnamese_province_is_a_place_not_a_company():
    art = article("Vinamilk chief executive Dao Minh Khue said a new dairy farm in Tay Ninh province would start milking in "
                  "the second quarter of 2028, lifting the herd from 140,000 to 165,000 head. The board approved an interim "
                  "cash dividend of 1,500 dong a share, equal to 15% of par value, to be paid on December 10.",
                  title="Dairy", language="en")
    assert status("Vinamilk will pay an interim cash dividend of 1,500 dong a share, 15% of par value, on December 10.",
                  [1], art) == "supported"
