"""What a share is of, what an amount is per, which measure or item a change belongs to, and whose a
figure is where the story names a company by a short form or a sector board moves. Each case sets a
correct claim against a wrong one where it can. Companies are real; figures, people and sentences are
ours."""
from __future__ import annotations

from tests.support.verify import article, status

# -- a share's whole ------------------------------------------------------------------------------------


def test_a_share_of_a_segment_is_not_a_share_of_the_companys_total_revenue():
    art = article("中文在线前三季度短剧业务收入8.27亿元，同比增长46.2%；其中海外短剧收入2.35亿元，占短剧业务收入的28.4%。",
                  title="中文在线前三季度短剧收入增46.2%")
    assert status("Overseas short dramas made up 28.4% of COL Group's short-drama revenue.", [1], art) == "supported"
    assert status("Overseas short dramas made up 28.4% of COL Group's total revenue.", [1], art) == "unsupported"


def test_a_share_of_the_company_or_of_the_whole_market_is_of_the_total():
    art = article("普源精电前三季度营业收入6.12亿元，其中高端示波器收入占公司营业收入的比重约为40%。",
                  "截至9月末，全国风电累计并网装机容量约6.18亿千瓦，占全国发电装机总容量的16.2%。",
                  title="普源精电前三季度营收")
    assert status("High-end oscilloscopes made up about 40% of RIGOL's total revenue.", [1], art) == "supported"
    assert status("Wind power made up 16.2% of China's total generating capacity at the end of September.", [2],
                  art) == "supported"


def test_an_english_share_whose_whole_is_written_before_the_figure():
    art = article("Analyst Maya Ortiz estimates that Tinder's share of US dating-app revenue slipped to 46% in 2027 "
                  "from 48% in 2026.", title="Match Group results")
    assert status("Ortiz estimates Tinder's share of US dating-app revenue slipped to 46% in 2027.", [1], art) == "supported"
    assert status("Ortiz estimates Tinder accounted for 46% of Match Group's total revenue in 2027.", [1],
                  art) == "unsupported"


def test_a_whole_named_with_an_acronym_inside_it():
    art = article("Travel + Leisure's chief financial officer Dana Reyes said the loan-loss provision was 21.5% of "
                  "gross VOI sales in the third quarter.", title="Travel + Leisure third quarter")
    assert status("Travel + Leisure's loan-loss provision was 21.5% of gross VOI sales.", [1], art) == "supported"
    assert status("Travel + Leisure's loan-loss provision was 21.5% of its total revenue.", [1], art) == "unsupported"


# -- what an amount is per ---------------------------------------------------------------------------------


def test_a_price_per_unit_the_claim_names_in_its_own_word():
    art = article("前三季度，特润牧业向外部客户销售生鲜乳，每吨亏损约460元。",
                  "三季度公司单公里平均售价（不含税）为14.1元，同比下降21.6%。",
                  "上半年毛燕采购均价为每公斤1.46万元，按年上涨11.8%。", title="乳业与金刚线")
    assert status("Terun lost about 460 yuan a tonne on the raw milk it sold to outside buyers.", [1], art) == "supported"
    assert status("Terun lost about 460 yuan per cow on the raw milk it sold to outside buyers.", [1], art) == "unsupported"
    assert status("The average selling price was 14.1 yuan per kilometre in the third quarter.", [2], art) == "supported"
    assert status("The average selling price was 14.1 yuan a metre in the third quarter.", [2], art) == "unsupported"
    assert status("Raw bird's nest cost an average of 14,600 yuan a kilogram in the first half.", [3], art) == "supported"
    assert status("Raw bird's nest cost an average of 14,600 yuan a catty in the first half.", [3], art) == "unsupported"


def test_a_thing_counted_in_the_claims_own_word_is_no_other_denominator():
    art = article("一列350公里时速标准动车组售价约1.85亿元，折合每辆约2,310万元，同比上涨2.2%。", title="动车组价格")
    assert status("A standard train set costs about 185 million yuan, or roughly 23.1 million yuan per car.", [1],
                  art) == "supported"


def test_the_change_of_a_monthly_rate_is_per_month_too():
    art = article("歌华有线有线电视用户每户每月平均收入（ARPU）为24.6元，同比下降0.8元。", title="歌华有线三季报")
    assert status("Gehua's average monthly revenue per cable user was 24.6 yuan, 0.8 yuan less than a year earlier.",
                  [1], art) == "supported"


# -- which measure or item a change is of ----------------------------------------------------------------


def test_a_change_under_a_measure_the_glossary_cannot_name_is_not_the_revenue_change_beside_it():
    art = article("Katapult Holdings said third-quarter gross originations rose 21.7% to $68.4 million, revenue rose "
                  "14.2% to $71.9 million and its net loss narrowed to $4.1 million.",
                  "Bank of Queensland posted a 7.1% fall in cash profit to A$352 million, while statutory profit rose "
                  "12.8% to A$318 million.", title="Lenders report")
    assert status("Katapult's revenue rose 14.2% in the third quarter.", [1], art) == "supported"
    assert status("Katapult's revenue rose 21.7% in the third quarter.", [1], art) == "unsupported"
    assert status("Bank of Queensland's cash profit fell 7.1% to A$352 million.", [2], art) == "supported"


def test_sibling_items_that_share_no_word():
    art = article("At Rollins, residential pest control revenue rose 7.2% to $519 million, commercial pest control rose "
                  "9.8% to $392 million, and termite and ancillary services jumped 11.5% to $263 million.",
                  "At Pool Corp, chemicals sales rose 5.2% in the quarter and equipment sales 3.1%, while building "
                  "materials fell 1.4%.",
                  title="Rollins and Pool Corp")
    assert status("Rollins' termite and ancillary services revenue jumped 11.5%.", [1], art) == "supported"
    assert status("Rollins' commercial pest control revenue jumped 11.5%.", [1], art) == "unsupported"
    assert status("Pool Corp's chemicals sales rose 5.2% in the quarter.", [2], art) == "supported"
    assert status("Pool Corp's equipment sales rose 5.2% in the quarter.", [2], art) == "unsupported"


def test_fee_revenue_written_after_the_fees_name():
    art = article("前三季度全国有线电视行业营业收入612亿元，同比下降4.6%，其中基本收视费收入268亿元，同比下降7.9%。",
                  title="有线电视行业收入")
    assert status("Basic subscription fees fell 7.9% to 26.8 billion yuan in the first three quarters.", [1],
                  art) == "supported"


def test_a_total_capacity_of_one_product_line_is_that_lines_total():
    art = article("赞宇科技董事长表示，届时油脂化工总产能将由目前的每年110万吨提升至130万吨。", title="赞宇科技")
    assert status("Zanyu's total oleochemical capacity will rise to 1.3 million tonnes a year from 1.1 million.", [1],
                  art) == "supported"


# -- whose a figure is -------------------------------------------------------------------------------------


def test_a_sector_board_that_moves_is_the_subject_of_its_move():
    art = article("广州酒家股价上涨4.12%，收报24.76元；食品饮料板块当日上涨0.86%，上证指数下跌0.21%。", title="广州酒家")
    assert status("The food and beverage sector rose 0.86%.", [1], art) == "supported"
    assert status("The Shanghai Composite Index rose 0.86%.", [1], art) == "unsupported"
    assert status("The Shanghai Composite Index fell 0.21%.", [1], art) == "supported"


def test_a_figure_before_the_claims_company_is_first_named_is_not_its():
    art = article("非上市企业中，北京稻香村中秋月饼销售额约18.5亿元，同比增长3.1%；华美食品约9.6亿元，同比下降5.4%。",
                  title="月饼市场")
    assert status("Huamei Foods' mooncake sales fell 5.4%.", [1], art) == "supported"
    assert status("Huamei Foods' mooncake sales rose 3.1%.", [1], art) == "unsupported"


def test_a_name_the_story_writes_with_its_stock_code_owns_the_figures_after_it():
    art = article("日友（8341）11月營收3.12億元，年增11.4%。",
                  "投信基金經理人表示，可寧衛明年營收可望成長，並預估日友今年EPS約5.70元。", title="日友11月營收")
    assert status("A fund manager forecast Sunny Friend's EPS this year at about NT$5.70.", [2], art) == "supported"
    assert status("A fund manager forecast Cleanaway's EPS this year at about NT$5.70.", [2], art) == "unsupported"


def test_companies_named_after_places_and_founders_and_a_place_before_a_comma():
    art = article("建龙微纳收涨12.36%，中触媒涨3.58%。",
                  "In Frankfurt, Villeroy & Boch's preference shares closed 0.6% lower, and Fiskars fell 1.1% in Helsinki.",
                  title="Shares")
    assert status("China Catalyst shares rose 3.58%.", [1], art) == "supported"
    assert status("China Catalyst shares jumped 12.36%.", [1], art) == "unsupported"
    assert status("Villeroy & Boch's preference shares closed 0.6% lower.", [2], art) == "supported"
    assert status("Fiskars shares closed 0.6% lower.", [2], art) == "unsupported"


def test_an_analysts_fund_is_not_the_subject_of_the_forecast():
    art = article("淳厚基金基金经理甄青竹预计金杯电工今年归母净利润为6.3亿元。", title="金杯电工")
    assert status("Chunhou Fund's Zhen Qingzhu expects Gold Cup's net profit of 630 million yuan this year.", [1],
                  art) != "unsupported"


def test_an_index_or_sector_the_gazetteer_lacks_moves_on_its_own():
    art = article("当日基础化工指数上涨0.84%，深证成指上涨0.52%。", "当日上证指数上涨0.37%，机械设备板块上涨1.12%。", title="收盘")
    assert status("The Shenzhen Component Index rose 0.52%.", [1], art) == "supported"
    assert status("The Shenzhen Component Index rose 0.84%.", [1], art) == "unsupported"
    assert status("The machinery sector rose 1.12%.", [2], art) == "supported"
    assert status("The machinery sector rose 0.37%.", [2], art) == "unsupported"


def test_a_place_a_thing_goes_to_or_a_town_is_in_owns_no_figure():
    art = article("岱宇董事長表示，前三季商用品牌對美國連鎖健身房出貨年增34%。",
                  "百果园董事长表示，位于广西钦州的进口水果分拨中心年处理能力30万吨，总投资4.2亿元。", title="岱宇與百果园")
    assert status("Dyaco said shipments of its commercial brand to US gym chains rose 34% year on year.", [1],
                  art) != "unsupported"
    assert status("Pagoda's distribution centre in Qinzhou, Guangxi, will handle 300,000 tonnes a year.", [2],
                  art) != "unsupported"


# -- names and titles -------------------------------------------------------------------------------------


def test_a_romanised_name_the_gazetteer_gives_an_australian_company_is_the_story_companys():
    # The gazetteer's 'Cleanaway' is Cleanaway Waste Management (ASX); this story's is 可寧衛, its Cleanaway Company.
    art = article("可寧衛（8422）11月營收2.35億元，年增8.6%。", "財務長表示，公司去年每股配發現金股利12元，配發率約86%。",
                  title="可寧衛11月營收")
    assert status("Cleanaway paid a cash dividend of NT$12 a share last year, a payout ratio of about 86%.", [2],
                  art) == "supported"


def test_a_societys_head_may_be_called_its_president_and_a_hyphenated_title_is_no_part_of_a_name():
    art = article("台灣睡眠醫學學會理事長董逸珊估計，全台約180萬人有睡眠呼吸中止症。",
                  "怪獸充電（Energy Monster）副總裁柏俊璐表示，東南亞點位增至6.2萬個。", title="睡眠與充電")
    assert status("Tung I-shan, president of the Taiwan Society of Sleep Medicine, estimates about 1.8 million people "
                  "in Taiwan have sleep apnoea.", [1], art) != "unsupported"
    assert status("Vice-president Bai Junlu said Energy Monster's locations in Southeast Asia rose to 62,000.", [2],
                  art) != "unsupported"


def test_a_medical_record_is_no_record_high():
    art = article("上半年电子病历系统招标58.2亿元，同比增长21.3%。", title="医疗信息化")
    assert status("Electronic medical record system tenders rose 21.3% to 5.82 billion yuan in the first half.", [1],
                  art) == "supported"
    assert status("Electronic medical record system tenders rose 21.3% to a record 5.82 billion yuan.", [1],
                  art) == "unsupported"


def test_a_whole_written_with_its_own_amount_and_two_owners_wholes():
    art = article("精达股份前三季度扁线销量为6.42万吨，占漆包线总销量28.6万吨的约22.4%。",
                  "McGrath's chief executive said education customers made up about 42% of Mobile Modular's rental "
                  "revenue.", title="精达股份与McGrath")
    assert status("Flat wire made up about 22.4% of Jingda's magnet wire sales volume.", [1], art) == "supported"
    assert status("Flat wire made up about 22.4% of Jingda's nine-month revenue.", [1], art) == "unsupported"
    assert status("Education customers made up about 42% of Mobile Modular's rental revenue.", [2], art) == "supported"
    assert status("Education customers made up about 42% of McGrath's total rental revenue.", [2], art) == "unsupported"


def test_a_quarters_figure_is_not_its_halfs_where_the_sentence_names_no_half():
    art = article("Great Lakes Dredge & Dock reported second-quarter revenue of $214.6 million, up 7.8% on the year. "
                  "The company won 38% of the US dredging work put out to bid in the first half.", title="Dredging")
    assert status("Great Lakes' second-quarter revenue rose 7.8% on the year to $214.6 million.", [1], art) == "supported"
    assert status("Great Lakes' first-half revenue rose 7.8% on the year to $214.6 million.", [1], art) == "unsupported"


def test_about_an_average_worked_out_from_a_rounded_amount_and_count():
    art = article("CoreCivic's chief financial officer said the company had bought back 1.8 million shares for $38.5 "
                  "million in the quarter.", title="CoreCivic")
    assert status("CoreCivic bought back 1.8 million shares for $38.5 million, an average of about $21.40 a share.", [1],
                  art) != "unsupported"
    assert status("CoreCivic bought back 1.8 million shares for $38.5 million, an average of about $23.40 a share.", [1],
                  art) == "unsupported"
