"""What each figure belongs to, read as a careful reader reads it: fiscal line items (taxes, central
and local budgets), the year a figure is of (今年/明年 by the dateline), per dry or wet tonne, the
kind of level a change is of, the company a lone pinyin name stands for, acronyms, titles that end
in their head noun, vice ministers, and the period of a share's whole. Each test pairs what must
stay supported with a wrong claim that must be flagged. Sentences are ours."""
from __future__ import annotations

from tests.support.verify import dated, status


def test_fiscal_line_items_are_what_their_figures_are_of():
    art = dated("1-10月，全国一般公共预算收入180,000亿元，同比增长1.1%。其中，全国税收收入150,000亿元，同比增长0.8%；"
                "非税收入30,000亿元，同比增长2.7%。",
                "1-10月中央一般公共预算收入80,000亿元，同比增长0.3%；地方一般公共预算本级收入100,000亿元，同比增长1.8%。",
                "1-10月全国一般公共预算支出220,000亿元，同比增长3.5%。分项看，社会保障和就业支出35,000亿元，同比增长7.2%；"
                "教育支出33,000亿元，同比增长3.8%。")
    assert status("Non-tax revenue grew 2.7% year on year in January-October.", [1], art) == "supported"
    assert status("Tax revenue grew 2.7% year on year in January-October.", [1], art) == "unsupported"
    assert status("Local government general budget revenue grew 1.8% in the first ten months.", [2], art) == "supported"
    assert status("Central government budget revenue grew 1.8% in the first ten months.", [2], art) == "unsupported"
    assert status("General public budget spending rose 3.5% to 22 trillion yuan.", [3], art) == "supported"
    assert status("General public budget revenue rose 3.5% to 22 trillion yuan.", [3], art) == "unsupported"
    assert status("Education spending grew 3.8% year on year.", [3], art) == "supported"
    assert status("Education spending grew 7.2% year on year.", [3], art) == "unsupported"


def test_the_year_a_figure_is_of():
    art = dated("廣達董事長表示，今年AI伺服器營收占伺服器總營收比重將達70%，明年可望進一步提升至85%以上。",
                "The ministry expects iron ore export earnings of A$105 billion in 2026-27, down from A$112 billion "
                "in 2025-26.", when="2026-11-11 08:00")
    assert status("AI servers will make up more than 85% of server revenue next year.", [1], art) == "supported"
    assert status("AI servers will make up more than 85% of server revenue in 2027.", [1], art) == "supported"
    assert status("AI servers will make up more than 85% of server revenue in 2026.", [1], art) == "unsupported"
    assert status("Export earnings are expected at A$112 billion in 2025-26.", [2], art) == "supported"
    assert status("Export earnings are expected at A$112 billion in 2026-27.", [2], art) == "unsupported"


def test_dry_and_wet_tonnes_and_pounds():
    art = dated("Harbor Iron received an average of US$90.10 per dry metric tonne, while its C1 cost rose to "
                "US$18.20 per wet metric tonne. Its realised copper price was US$4.40 per pound.")
    assert status("Harbor Iron received US$90.10 a tonne.", [1], art) == "supported"
    assert status("Harbor Iron received US$90.10 per dry metric tonne.", [1], art) == "supported"
    assert status("Harbor Iron received US$90.10 per wet metric tonne.", [1], art) == "unsupported"
    assert status("Harbor Iron's C1 cost was US$90.10 a tonne.", [1], art) == "unsupported"
    assert status("Its realised copper price was US$4.40 per kilogram.", [1], art) == "unsupported"


def test_a_change_is_of_the_level_it_is_written_with():
    art = dated("10月份共錄得7,050宗樓宇買賣合約登記，按年增加18.2%；合約總值約605億港元，按年增加21.5%。")
    assert status("Registrations rose 18.2% year on year to 7,050 in October.", [1], art) == "supported"
    assert status("The value of agreements rose 18.2% year on year to about HK$60.5 billion.", [1], art) == "unsupported"
    assert status("The value of agreements rose 21.5% year on year to about HK$60.5 billion.", [1], art) == "supported"


def test_a_lone_pinyin_company_name_in_a_mainland_story():
    art = dated("五粮液拟每10股派发现金红利25.60元（含税），合计约99.4亿元。")
    assert status("Wuliangye will pay 2.56 yuan per share.", [1], art) == "supported"
    assert status("Yanghe will pay 2.56 yuan per share.", [1], art) == "unsupported"


def test_an_unknown_acronym_is_a_name():
    art = dated("FADA President Arjun Mehra said dealer inventory had fallen to about 40 days.",
                "The Society of Indian Automobile Manufacturers said exports rose 9%.")
    assert status("FADA President Arjun Mehra said inventory had fallen to about 40 days.", [1], art) == "supported"
    assert status("SIAM President Arjun Mehra said inventory had fallen to about 40 days.", [1], art) != "supported"
    assert status("SIAM said exports rose 9%.", [2], art) == "supported"


def test_titles_end_in_their_head_noun_and_vice_ministers():
    art = dated("东方证券首席宏观分析师王明预计，明年赤字率有望维持在4%左右。",
                "财政部副部长廖明表示，专项债券额度已发行95%；财政部部长蓝安表示，将加快下达额度。")
    assert status("Wang Ming, chief macro analyst at Dongfang Securities, expects a deficit ratio of about 4%.", [1],
                  art) == "supported"
    assert status("Vice Finance Minister Liao Ming said 95% of the quota had been issued.", [2], art) == "supported"
    assert status("Finance Minister Liao Ming said 95% of the quota had been issued.", [2], art) == "unsupported"


def test_a_shares_whole_keeps_its_period():
    art = dated("聯晶董事長表示，AI加速器相關營收占全年營收比重約達兩成五。")
    assert status("AI accelerators will make up about 25% of full-year revenue.", [1], art) == "supported"
    assert status("AI accelerators will make up about 25% of fourth-quarter revenue.", [1], art) == "unsupported"


def test_last_weekday_in_a_story_dated_that_weekday():
    art = dated("Harbor Iron said last Thursday that its shipments rose 1.6% to 84.3 million tonnes.",
                when="2026-10-22 16:30")  # a Thursday
    assert status("Harbor Iron said on Oct. 15 that shipments rose 1.6%.", [1], art) == "supported"
    assert status("Harbor Iron said on Oct. 22 that shipments rose 1.6%.", [1], art) == "unsupported"


def test_a_title_the_glossary_lacks_is_still_a_title():
    art = dated("Ravi Menon, senior executive officer for marketing and sales at Harbor Motors, said the company "
                "retailed about 280,000 vehicles in October.")
    assert status("Ravi Menon, senior executive officer at Harbor Motors, said it retailed about 280,000 vehicles.",
                  [1], art) == "supported"
    assert status("Ravi Menon, Harbor Motors' chief financial officer, said it retailed about 280,000 vehicles.",
                  [1], art) == "unsupported"


def test_a_quarter_of_next_year_by_the_dateline():
    art = dated("緯豐董事長表示，美國德州新廠預計明年第一季量產。", when="2026-11-11 08:00")
    assert status("The Texas plant will start mass production in the first quarter of next year.", [1], art) == "supported"
    assert status("The Texas plant will start mass production in the first quarter of 2027.", [1], art) == "supported"
    assert status("The Texas plant will start mass production in the first quarter of 2026.", [1], art) == "unsupported"


def test_the_company_is_the_one_named_with_the_speakers_title():
    art = dated("中国人寿总裁利明光表示，四季度将稳中求进。副总裁刘晖表示，公司前三季度总投资收益率为6.3%，同比提升1.2个百分点。")
    assert status("China Life's total investment yield was 6.3% in the first nine months.", [1], art) == "supported"
    assert status("Ping An's total investment yield was 6.3% in the first nine months.", [1], art) == "unsupported"


def test_a_move_between_two_levels_told_the_other_way():
    art = dated("中国人民银行将7天期逆回购操作利率由1.5%下调至1.4%。")
    assert status("The seven-day reverse repo rate will be cut to 1.4% from 1.5%.", [1], art) == "supported"
    assert status("The seven-day reverse repo rate will be raised to 1.5% from 1.4%.", [1], art) == "unsupported"


def test_a_taiwanese_name_in_its_owners_own_spelling():
    art = dated("長榮海運總經理謝惠全表示，亞洲至北美航線占前三季貨量的38%。", when="2026-11-11 08:00")
    assert status("Evergreen president Hsieh Huey-chuan said the trans-Pacific trade made up 38% of volume.", [1],
                  art) == "supported"
    assert status("Evergreen chairman Hsieh Huey-chuan said the trans-Pacific trade made up 38% of volume.", [1],
                  art) == "unsupported"
    assert status("Evergreen president Lin Huey-chuan said the trans-Pacific trade made up 38% of volume.", [1],
                  art) == "unsupported"


def test_english_bases_a_reader_reads():
    art = dated("Consumer prices in the city rose 1.4% in the July-September quarter from the previous quarter, "
                "the statistics office said. From a year earlier, prices rose 4.2%.",
                "The monthly indicator showed annual inflation of 3.9% in September, with prices rising 0.5% in the "
                "month alone.",
                "乙航空10月平均客座率为81.5%，同比上升0.6个百分点，环比下降2.1个百分点。",
                when="2026-10-28 12:00")
    assert status("Prices rose 1.4% in the third quarter from the previous quarter.", [1], art) == "supported"
    assert status("Prices rose 1.4% from a year earlier.", [1], art) == "unsupported"
    assert status("Prices rose 4.2% from a year earlier.", [1], art) == "supported"
    assert status("Prices rose 4.2% from the previous quarter.", [1], art) == "unsupported"
    assert status("Annual inflation was 3.9% in September.", [2], art) == "supported"
    assert status("Prices rose 3.9% in September from August.", [2], art) == "unsupported"
    # 'from October last year' is the same month a year before, not the month before
    assert status("The load factor fell 2.1 percentage points from September.", [3], art) == "supported"
    assert status("The load factor fell 2.1 percentage points from October last year.", [3], art) == "unsupported"
    assert status("The load factor rose 0.6 percentage point from October last year.", [3], art) == "supported"


def test_a_profit_that_is_a_loss_is_a_net_loss():
    art = dated("前三季度甲光伏营业收入520.40亿元；归母净利润为亏损15.62亿元，上年同期亏损44.18亿元。"
                "第三季度单季归母净利润为3.12亿元。")
    assert status("Its net loss for the first nine months narrowed to 1.562 billion yuan.", [1], art) == "supported"
    assert status("Its third-quarter net loss was 312 million yuan.", [1], art) == "unsupported"
    assert status("Its revenue for the first nine months was 1.562 billion yuan.", [1], art) == "unsupported"


def test_figures_a_reader_works_out_from_the_paragraph():
    art = dated("前三季度乙公司营业收入600.00亿元，其中组件业务收入432.00亿元，硅片业务收入90.00亿元。"
                "前三季度归母净利润亏损12.50亿元，其中第三季度单季归母净利润为2.50亿元。",
                "10月博彩毛收入为220.0亿元，按月增长10.0%。", when="2026-11-01 09:00")
    assert status("Modules made up about 72% of its revenue in the first nine months.", [1], art) == "supported"
    assert status("Modules made up about 64% of its revenue in the first nine months.", [1], art) == "unsupported"
    assert status("Taking out its third-quarter profit, it lost about 1.5 billion yuan in the first half.", [1],
                  art) == "supported"
    assert status("September's gaming revenue works out at about 20 billion yuan.", [2], art) == "supported"
    assert status("September's gaming revenue works out at about 23 billion yuan.", [2], art) == "unsupported"


def test_names_that_hold_numbers_and_a_companys_unit_in_a_place():
    art = dated("Same-store sales at Uniqlo's stores in Japan rose 6.1% in October, as customer numbers rose 2.2%.",
                "银河娱乐表示，第四期项目将于明年第二季分阶段开幕，新增约2,000间客房。",
                "统计局数据显示，第三季中场赌台收入占总博彩收入的74.1%。博彩监察协调局局长何浩端表示，赌台上限维持不变。",
                when="2026-11-02 09:00")
    assert status("Uniqlo Japan's same-store sales rose 6.1% in October.", [1], art) == "supported"
    # 'Phase 4' names the project: it is no figure to find
    assert status("Galaxy's Phase 4 will open from the second quarter of 2027, adding about 2,000 rooms.", [2],
                  art) == "supported"
    assert status("Galaxy's Phase 4 will open from the second quarter of 2027, adding about 3,000 rooms.", [2],
                  art) == "unsupported"
    # an agency's name is no person's (a name no reading finds leaves the claim unverifiable, not wrong)
    assert status("Mass-market tables made 74.1% of gaming revenue in the third quarter, the Statistics and "
                  "Census Service said.", [3], art) == "unverifiable"
    assert status("Gaming bureau director Ho Hao-tuan said the table cap would stay.", [3], art) != "unsupported"


def test_a_change_on_the_previous_quarter_is_of_the_quarter_after_it():
    art = dated("第三季度单季归母净利润亏损3.10亿元，第二季度亏损8.20亿元，环比减亏62.2%。",
                "第三季度多晶硅均价回升至每吨50,800元，较第二季度上涨17.9%。")
    assert status("Its third-quarter loss was 62.2% smaller than in the second quarter.", [1], art) == "supported"
    assert status("Its first-quarter loss was 62.2% smaller than in the fourth quarter.", [1], art) == "unsupported"
    assert status("The polysilicon price rose to 50,800 yuan a tonne in the third quarter, 17.9% above the second "
                  "quarter.", [2], art) == "supported"
    assert status("The polysilicon price rose 17.9% from a year earlier.", [2], art) == "unsupported"


def test_a_function_or_a_speakers_words_are_no_company():
    art = dated("盈利指标方面，前三季度隆基综合毛利率为9.1%。前三季度公司计提资产减值损失13.20亿元，同比减少50.2%；"
                "研发投入26.40亿元，占营业收入的4.3%。",
                "隆基绿能董事长表示，行业限产推动价格企稳。他预计公司全年组件出货量为70GW至74GW，新产能将在明年二季度末达到60GW。")
    assert status("LONGi spent 2.64 billion yuan on research and development, equal to 4.3% of revenue.", [1],
                  art) == "supported"
    assert status("LONGi's new capacity is due to reach 60 GW by the end of the second quarter of 2027.", [2],
                  art) == "supported"


def test_three_figures_a_claim_adds_up():
    art = dated("旗下甲酒店、乙酒店及丙酒店的经调整EBITDA分别为2.10亿美元、1.65亿美元及0.58亿美元。")
    assert status("The three resorts together produced about $433 million of adjusted EBITDA.", [1], art) == "supported"
    assert status("The three resorts together produced about $463 million of adjusted EBITDA.", [1], art) == "unsupported"


def test_a_brokers_fee_lines_are_fee_income():
    art = dated("前三季度乙证券实现营业收入512.30亿元；经纪业务手续费净收入97.20亿元，同比增长35.1%；"
                "投资银行业务手续费净收入28.40亿元，同比增长6.2%。")
    assert status("Net brokerage commission income rose 35.1% to 9.72 billion yuan.", [1], art) == "supported"
    assert status("Investment banking fee income rose 6.2%.", [1], art) == "supported"
    assert status("Net profit rose 35.1% to 9.72 billion yuan.", [1], art) == "unsupported"


def test_a_months_record_is_no_monthly_rate():
    art = dated("欣兴10月营收121.36亿元，创单月新高，月增11.8%。", "丙工厂月产能为12,000片。", when="2026-11-11 09:00")
    assert status("Its October revenue hit a monthly record of 12.136 billion yuan.", [1], art) == "supported"
    assert status("Its revenue runs at 12.136 billion yuan a month.", [1], art) == "unsupported"
    assert status("The plant can make 12,000 wafers a month.", [2], art) == "supported"


def test_an_index_told_through_another_and_the_gap():
    art = dated("申万光伏设备指数全天上涨2.36%，跑赢沪深300指数1.75个百分点。",
                "中证银行指数当日上涨0.28%，跑赢沪深300指数0.49个百分点。")
    assert status("The CSI 300 rose about 0.61% that day.", [1], art) == "supported"
    assert status("The CSI 300 rose about 0.71% that day.", [1], art) == "unsupported"
    # 0.28% less 0.49 points is a fall of 0.21%
    assert status("The CSI 300 fell 0.21% that day.", [2], art) == "supported"
    assert status("The CSI 300 rose 0.21% that day.", [2], art) == "unsupported"
