"""Whose share a percentage is ('TV advertising accounted for 55%' against the share of digital), a
speaker named by title alone ("the company's CFO said"), seasons, what a figure includes or leaves
out, a maker's word before a Taiwanese name, a target date in the clause after a figure, the preceding
half as a base, a year written before a results measure, gallons, glosses before a segment's measure,
a unit's name not carried to the company's dividend, and a name with '!' in it. Each case sets a
correct claim against a wrong one where it can. Companies are real; figures, people and sentences are
ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_share_is_of_the_part_the_paragraph_gives_it():
    art = article("TV advertising accounted for 55.2% of Nine Entertainment's revenue in the half, while the share of "
                  "its streaming service Stan rose 3.1 points to 30.4%.", title="Nine")
    assert status("TV advertising accounted for 55.2% of Nine Entertainment's revenue in the half.", [1], art) \
        != "unsupported"
    assert status("Nine Entertainment's streaming service accounted for 55.2% of its revenue in the half.", [1], art) \
        == "unsupported"


def test_a_share_is_not_the_part_another_clause_gives_the_rest():
    art = article("Motorcycle loans made up 31.7% of Srisawad's loan book at the end of June, while car and truck "
                  "loans accounted for most of the rest.", title="Srisawad")
    assert status("Motorcycle loans made up 31.7% of Srisawad's loan book at the end of June.", [1], art) != "unsupported"
    assert status("Car and truck loans made up 31.7% of Srisawad's loan book at the end of June.", [1], art) \
        == "unsupported"


def test_a_title_alone_must_be_the_title_of_whoever_said_it():
    art = article("President and CEO Hiroshi Tanabe-Ono said Dentsu now expects full-year organic growth of about 2.6%. "
                  "Chief Financial Officer Rie Komatsubara said net debt fell to 398 billion yen.", title="Dentsu")
    assert status("Dentsu's CEO said full-year organic growth should be about 2.6%.", [1], art) != "unsupported"
    assert status("Dentsu's CFO said full-year organic growth should be about 2.6%.", [1], art) == "unsupported"


def test_an_officer_who_raised_a_forecast_is_its_speaker():
    art = article("President Kenji Moriyasu raised Seiko's net profit forecast for the year to March 2029 to ¥17.2 "
                  "billion. Chief financial officer Aya Kuribara said the interim dividend would be ¥40 a share.",
                  title="Seiko")
    assert status("Seiko president Kenji Moriyasu raised the full-year net profit forecast to ¥17.2 billion.", [1], art) \
        != "unsupported"
    assert status("Seiko chief financial officer Aya Kuribara raised the full-year net profit forecast to ¥17.2 billion.",
                  [1], art) == "unsupported"


def test_a_name_of_the_body_whose_officer_the_paragraph_names_is_someone_else():
    art = article("Tomoya Hisakawa, executive director of the Japan Clock & Watch Association, said inbound tourists "
                  "accounted for about 26% of domestic watch sales in the half.", title="Watches")
    assert status("Tomoya Hisakawa of the Japan Clock & Watch Association said inbound tourists accounted for about "
                  "26% of domestic watch sales.", [1], art) != "unsupported"
    assert status("Masaru Ikezawa of the Japan Clock & Watch Association said inbound tourists accounted for about "
                  "26% of domestic watch sales.", [1], art) == "unsupported"


def test_a_season_is_held_to_the_season_the_paragraph_names():
    art = article("Casio said a titanium G-Shock line priced at about ¥180,000 would go on sale in the spring.",
                  title="Casio")
    assert status("Casio's titanium G-Shock line will go on sale in the spring.", [1], art) != "unsupported"
    assert status("Casio's titanium G-Shock line will go on sale in the autumn.", [1], art) == "unsupported"


def test_including_is_not_excluding():
    art = article("Citizen Watch will buy back up to 8 million shares, or 4.3% of shares outstanding excluding "
                  "treasury stock, by March 2029.", title="Citizen")
    assert status("Citizen will buy back up to 8 million shares, 4.3% of its shares excluding treasury stock.", [1], art) \
        != "unsupported"
    assert status("Citizen will buy back up to 8 million shares, 4.3% of its shares including treasury stock.", [1], art) \
        == "unsupported"


def test_a_makers_word_before_a_taiwanese_name_is_no_part_of_it():
    art = article("面板廠友達（2409）今日公布10月合併營收245.6億元，月增2.1%、年增7.8%。", title="友達10月營收")
    assert status("AUO posted October revenue of NT$24.56 billion, up 2.1% from September and 7.8% on the year.", [1], art) \
        == "supported"


def test_a_target_date_in_the_next_clause_is_the_figures():
    art = article("台半總經理表示，第四季營收可望季增3%至5%；宜蘭廠六吋晶圓月產能將由目前的4萬片擴增至5.5萬片，預計明年第三季完成。",
                  title="台半擴產")
    assert status("TSC plans to raise monthly 6-inch wafer capacity at its Yilan fab to 55,000 wafers by the third "
                  "quarter of next year.", [1], art) != "unsupported"


def test_the_preceding_half_is_no_year_earlier():
    art = article("Nine Entertainment's EBITDA margin rose to 25.4% in the half from 23.9% a year earlier.", title="Nine")
    assert status("Nine's EBITDA margin rose to 25.4% from 23.9% a year earlier.", [1], art) != "unsupported"
    assert status("Nine's EBITDA margin rose to 25.4% from 23.9% in the preceding half.", [1], art) == "unsupported"


def test_the_end_of_a_year_is_its_december():
    art = article("Nine Entertainment will buy back up to A$90 million of its shares by the end of December 2028.",
                  title="Nine")
    assert status("Nine plans to buy back up to A$90 million of its shares by the end of 2028.", [1], art) != "unsupported"


def test_a_year_written_before_a_profit_is_the_whole_year():
    art = article("ARN Media, whose financial year follows the calendar, reported a 2027 net profit of A$41.3 million, "
                  "up 5.2% on 2026.", title="ARN")
    assert status("ARN Media's 2027 net profit rose 5.2% to A$41.3 million.", [1], art) != "unsupported"
    assert status("ARN Media's second-half net profit was A$41.3 million.", [1], art) == "unsupported"


def test_a_price_per_gallon_is_not_per_litre():
    art = article("晶瑞电材总经理透露，公司自11月起将i线光刻胶报价下调约5%，至每加仑约3,600元。", title="光刻胶")
    assert status("Crystal Clear will cut its i-line photoresist price by about 5% to about 3,600 yuan a gallon.", [1], art) \
        != "unsupported"
    assert status("Crystal Clear will cut its i-line photoresist price by about 5% to about 3,600 yuan a litre.", [1], art) \
        == "unsupported"


def test_a_gloss_between_a_segment_and_its_measure_keeps_the_segment():
    art = article("晶瑞电材前三季度实现营业收入11.9亿元。分业务看，前三季度光刻胶业务收入3.12亿元，同比增长41.6%；"
                  "高纯化学品（高纯双氧水、高纯硫酸等）收入5.87亿元，同比增长8.3%。",
                  title="晶瑞电材")
    assert status("Crystal Clear's photoresist revenue rose 41.6% in the first nine months.", [1], art) != "unsupported"
    assert status("Crystal Clear's high-purity chemicals revenue rose 41.6% in the first nine months.", [1], art) \
        == "unsupported"


def test_a_ratio_clause_goes_on_with_the_product_before_it():
    art = article("三季度KrF光刻胶市场规模约10.4亿元，同比增长24.1%，国产化率升至29.5%；ArF光刻胶市场规模约11.8亿元，国产化率为7.6%。",
                  title="光刻胶")
    assert status("KrF photoresist's domestic share rose to 29.5% in the third quarter.", [1], art) != "unsupported"
    assert status("ArF photoresist's domestic share rose to 29.5% in the third quarter.", [1], art) == "unsupported"


def test_a_units_name_is_not_whose_dividend_the_next_sentence_gives():
    art = article("Seven West Media posted a half-year net profit of A$58.2 million. The West Australian publishing "
                  "business lifted revenue 1.5% to A$91.7 million. Earnings per share were 3.8 cents, and the board cut "
                  "the interim dividend to 1.4 cents from 2.2 cents.", title="Seven West Media")
    assert status("Seven West Media cut its interim dividend to 1.4 cents from 2.2 cents.", [1], art) != "unsupported"


def test_a_bang_inside_a_name_ends_no_sentence():
    art = article("ARN Media rose 1.7% to 62.5 cents and oOh!media gained 3.4% to A$1.27.", title="Media shares")
    assert status("oOh!media shares rose 3.4%.", [1], art) != "unsupported"
    assert status("ARN Media shares rose 3.4%.", [1], art) == "unsupported"


def test_a_name_owning_a_figure_after_anothers_share_owns_it():
    art = article("Chief executive Ann Rowley said Nine's share of metropolitan free-to-air advertising rose to 38.6% "
                  "in the half.", "Seven's share of metropolitan free-to-air advertising was 36.9% in the half, "
                  "chief executive Tom Gale said.", title="Broadcasters")
    assert status("Nine's share of metropolitan free-to-air advertising was 38.6% in the half and Seven's 36.9%.",
                  [1, 2], art) != "unsupported"
    assert status("Nine's share of metropolitan free-to-air advertising was 36.9% in the half and Seven's 38.6%.",
                  [1, 2], art) == "unsupported"


def test_a_semicolon_sentences_respectively_list_leaves_the_items_before_it_apart():
    art = article("三季度中海油服自升式钻井平台日历天使用率为90.6%，同比提高2.1个百分点；半潜式钻井平台日历天使用率为81.4%，"
                  "同比下降2.8个百分点；两类平台平均日收入分别为每天8.2万美元和19.7万美元。", title="中海油服")
    assert status("COSL's jack-up rigs had calendar-day utilisation of 90.6% in the third quarter.", [1], art) \
        != "unsupported"
    assert status("COSL's semi-submersible rigs had calendar-day utilisation of 90.6% in the third quarter.", [1], art) \
        == "unsupported"


def test_a_cause_is_not_the_measure_of_the_change_after_it():
    art = dated("上海新阳三季度单季归母净利润6,010万元，受研发投入加大影响同比下降7.9%。", when="2028-10-28 20:00",
                title="上海新阳")
    assert status("Shanghai Sinyang's third-quarter net profit attributable to shareholders fell 7.9% on the year to "
                  "60.1 million yuan.", [1], art) != "unsupported"


def test_a_record_belongs_to_the_company_whose_figure_it_follows():
    art = article("功率半導體廠台半（5425）今日公布11月合併營收14.87億元，月增3.1%、年增16.9%，創歷年同期新高。"
                  "強茂（2481）11月營收13.64億元，月減1.8%、年增10.2%。", title="功率半導體11月營收")
    assert status("Taiwan Semiconductor Co.'s November revenue was a record for the month.", [1], art) != "unsupported"
    assert status("Panjit's November revenue was a record for the month.", [1], art) == "unsupported"


def test_free_cash_flow_is_not_operating_cash_flow():
    art = article("首席财务官表示，本季度阿里巴巴经营活动产生的现金流量净额为341.2亿元，同比下降19.6%；自由现金流为净流出48.7亿元。",
                  title="阿里巴巴")
    assert status("Alibaba's operating cash flow fell 19.6% to 34.12 billion yuan in the quarter.", [1], art) \
        != "unsupported"
    assert status("Alibaba's free cash flow fell 19.6% to 34.12 billion yuan in the quarter.", [1], art) == "unsupported"


def test_the_words_of_a_measures_name_are_no_other_items():
    art = article("前三季度，兴业银行归属于母公司股东的净利润611.2亿元，同比增长2.3%。中信银行同期归母净利润541.7亿元，同比增长3.1%。",
                  title="银行三季报")
    assert status("China CITIC Bank's net profit attributable to shareholders rose 3.1% to 54.17 billion yuan in the "
                  "first nine months.", [1], art) != "unsupported"


def test_a_change_and_a_level_of_two_items_are_not_one_items():
    art = article("分业务看，杭氧股份前三季度气体运营收入70.1亿元，同比增长10.9%；空分设备收入36.4亿元，同比增长4.8%。",
                  title="杭氧股份三季报")
    assert status("Hangzhou Oxygen's gas operations revenue rose 10.9% to 7.01 billion yuan in the first nine months.",
                  [1], art) != "unsupported"
    assert status("Hangzhou Oxygen's air-separation equipment revenue rose 10.9% to 3.64 billion yuan in the first nine "
                  "months.", [1], art) == "unsupported"


def test_the_opening_words_of_a_companys_english_name_are_that_company():
    art = article("杭氧股份前三季度实现营业收入113.2亿元，同比增长9.1%。", title="杭氧股份三季报")
    assert status("Hangzhou Oxygen's revenue rose 9.1% to 11.32 billion yuan in the first nine months.", [1], art) \
        == "supported"


def test_the_same_half_a_year_earlier_is_year_on_year():
    art = article("Second-half net profit was A$311 million, up 12.9% on the same half a year earlier and 14.2% on the "
                  "first half.", title="Sonic Healthcare")
    assert status("Sonic's second-half net profit of A$311 million was 14.2% higher than in the first half.", [1], art) \
        != "unsupported"
    assert status("Sonic's second-half net profit of A$311 million was 12.9% higher than in the first half.", [1], art) \
        == "unsupported"


def test_a_level_above_a_quarter_ends_is_sequential():
    art = article("Hanwha Engine's order backlog stood at 3.48 trillion won at the end of December, up 17.6% from the "
                  "end of 2026 and 3.9% from the end of September.", title="Hanwha Engine")
    assert status("Hanwha Engine's order backlog at the end of December was 3.9% above its end-September level.", [1],
                  art) != "unsupported"
    assert status("Hanwha Engine's order backlog at the end of December was 17.6% above its end-September level.", [1],
                  art) == "unsupported"


def test_a_bare_year_is_the_years_figure_where_the_paragraph_gives_one():
    art = article("首创环保披露2027年年报：全年实现营业收入215.3亿元，同比增长5.8%。其中第四季度营收66.9亿元，同比增长3.7%。",
                  title="首创环保年报")
    assert status("Capital Eco-Environment's revenue rose 5.8% in 2027.", [1], art) != "unsupported"
    assert status("Capital Eco-Environment's revenue rose 3.7% in 2027.", [1], art) == "unsupported"


def test_a_sentence_going_on_with_profit_after_tax_keeps_the_quarter():
    art = article("Sabeco reported third-quarter net revenue of 8,512 billion dong, up 2.4% on the year. Net profit after "
                  "tax was 1,388 billion dong, down 3.1% on the year. Nine-month net profit was 3,902 billion dong, "
                  "down 5.0%.", title="Sabeco")
    assert status("Sabeco's third-quarter net profit after tax fell 3.1% on the year.", [1], art) != "unsupported"
    assert status("Sabeco's nine-month net profit fell 3.1% on the year.", [1], art) == "unsupported"


def test_export_sales_volume_is_an_export_figure():
    art = article("9月高空作业平台出口销量9,600台，同比增长33.8%；国内销量9,100台，同比下降4.2%。", title="高空作业平台")
    assert status("Exports of aerial work platforms rose 33.8% year on year to 9,600 units in September.", [1], art) \
        != "unsupported"


def test_a_counts_measure_word_begins_no_name():
    art = article("浙江鼎力董事长表示，公司年产4,000台大型智能高空作业平台项目预计明年二季度达产，届时臂式产品年产能将由1.1万台提升至1.5万台。",
                  title="浙江鼎力")
    assert status("Dingli's boom-lift capacity will rise to 15,000 units a year from 11,000.", [1], art) != "unsupported"


def test_a_product_ending_in_a_material_word_is_no_company():
    art = article("前三季度，闰土股份活性染料销量9.3万吨，同比增长5.9%；分散染料销量7.0万吨，同比下降2.1%。", title="闰土股份")
    assert status("Runtu's disperse dye sales fell 2.1% to 70,000 tonnes in the first nine months.", [1], art) != "unsupported"


def test_a_compared_figures_own_period_is_the_one_named_before_its_measure():
    art = article("中櫃第三季稅後淨損2,950萬元，第二季則為獲利1,380萬元。", title="中櫃")
    assert status("China Container Terminal swung to a third-quarter net loss of NT$29.5 million from a second-quarter "
                  "profit of NT$13.8 million.", [1], art) != "unsupported"


def test_a_title_word_before_ceo_is_no_firm():
    art = article("President and Global CEO Atsunori Kitazawa said Dentsu now expects full-year organic growth of about "
                  "2.4%, up from its earlier forecast of 1.2%.", title="Dentsu")
    assert status("Dentsu CEO Atsunori Kitazawa raised the full-year organic growth forecast to about 2.4% from 1.2%.",
                  [1], art) != "unsupported"


def test_proprietary_desks_are_dealers():
    art = article("三大法人今日合計買超中菲行1,040張，其中外資買超830張、投信買超268張，自營商則賣超58張。", title="中菲行")
    assert status("Institutional investors were net buyers of 1,040 lots of Dimerco, with foreign investors buying 830 "
                  "lots net and proprietary desks selling 58.", [1], art) != "unsupported"


def test_a_companys_own_share_is_no_share_of_several_companies_combined():
    art = article("南亞指出，電子材料事業10月營收占全公司營收的33.9%，較去年同期的26.8%提高7.1個百分點。", title="台塑四寶10月營收")
    assert status("Electronic materials made up 33.9% of Nan Ya's October revenue.", [1], art) != "unsupported"
    assert status("Nan Ya's electronic materials business made up 33.9% of the four companies' combined October revenue.",
                  [1], art) == "unsupported"


def test_a_currency_told_stronger_where_it_weakened_is_contradicted():
    art = article("新台幣兌美元11月平均匯率為32.08元，較10月貶值0.7%。", title="新台幣匯率")
    assert status("The New Taiwan dollar averaged 32.08 to the US dollar in November, 0.7% weaker than in October.", [1],
                  art) != "unsupported"
    assert status("The New Taiwan dollar averaged 32.08 to the US dollar in November, 0.7% stronger than in October.", [1],
                  art) == "unsupported"


def test_hong_kong_shouyi_is_revenue_for_telling_items_apart():
    art = article("數碼通中期收益33.9億港元，按年增長3.0%，其中服務收益25.8億港元，按年增長2.5%；手機及配件銷售收益8.1億港元，按年增長4.6%。",
                  title="數碼通中期業績")
    assert status("SmarTone's handset and accessory sales revenue rose 4.6% on year.", [1], art) != "unsupported"
    assert status("SmarTone's service revenue rose 4.6% on year.", [1], art) == "unsupported"


def test_a_rise_is_not_told_to_a_level_that_moved_by_its_own():
    art = article("中華電11月行動通訊業務營收76.91億元，年增3.9%；企業客戶ICT業務營收年增17.2%。", title="中華電11月營收")
    assert status("Chunghwa's mobile communications revenue rose 3.9% on year in November to NT$7.691 billion.", [1],
                  art) != "unsupported"
    assert status("Chunghwa's mobile communications revenue rose 17.2% on year in November to NT$7.691 billion.", [1],
                  art) == "unsupported"
