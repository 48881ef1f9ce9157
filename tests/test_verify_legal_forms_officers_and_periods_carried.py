"""Who a figure belongs to and when, read past what used to hide it: a European legal form after a
company's name ('AG', 'plc'), a company whose officer says what its board will propose, the parts a
sentence opening with 其中 gives of the period before it, a paragraph's period carried past a sentence of
none, a level at a month's end that sets no period for the next sentence, a half written right after its
figure, a landlord's rental income against its FFO, and a home market named as a company's own. Also the
readings that made correct claims look wrong: Hong Kong's bureau chiefs as Secretaries, 核心溢利 as core
profit, 'in the year', a unit's name inside a title, a source glossed after 据, a total written 总产量.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_european_legal_form_keeps_the_company_whose_figures_follow():
    art = article("Quorvale AG said revenue rose 5.4% to €2.1 billion in the first half, while Brantelle SE said its "
                  "sales fell 3.2%.", title="Chemicals")
    assert status("Quorvale's revenue rose 5.4% in the first half.", [1], art) == "supported"
    assert status("Quorvale's sales fell 3.2%.", [1], art) == "unsupported"


def test_what_a_companys_officer_says_the_board_will_propose_is_that_companys():
    art = article("Grand City chief executive Selma Vorhagen said the board would propose paying out 55% of FFO I per "
                  "share for 2070. Aroundtown, which holds about 61% of Grand City, said its own FFO I fell 4.4%.",
                  title="Landlords")
    assert status("Grand City's board will propose paying out 55% of FFO I per share for 2070.", [1], art) == "supported"
    assert status("Aroundtown's board will propose paying out 55% of FFO I per share for 2070.", [1], art) == "unsupported"


def test_a_sentence_opening_on_qizhong_gives_parts_of_the_period_before():
    art = article("2070年前三季度全国印刷版材产量为4.91亿平方米，同比增长3.4%。其中，免处理版产量1.42亿平方米，同比增长20.8%；"
                  "热敏版产量2.61亿平方米，同比下降2.3%。单看第三季度，全国版材产量为1.73亿平方米，同比增长4.6%。", title="版材")
    assert status("Process-free plate output rose 20.8% in the first nine months of 2070.", [1], art) == "supported"
    assert status("Process-free plate output rose 20.8% in the third quarter of 2070.", [1], art) == "unsupported"


def test_a_paragraphs_period_carries_past_a_sentence_with_none():
    art = article("Grand City Properties said net rental income fell 1.3% to €291.2 million in January-September. "
                  "Like-for-like rent growth was 3.8% and the vacancy rate 4.5%. FFO I fell 2.7% to €131.9 million. In "
                  "the third quarter, FFO I rose 1.6% from a year earlier.", title="Grand City")
    assert status("Grand City's FFO I fell 2.7% in the first nine months.", [1], art) == "supported"
    assert status("Grand City's FFO I fell 2.7% in the third quarter.", [1], art) == "unsupported"


def test_a_level_at_a_months_end_sets_no_period_for_the_next_sentence():
    art = article("Zalando said gross merchandise volume rose 6.1% in the second quarter. Active customers reached 53.1 "
                  "million at the end of June. Orders rose 5.3% year on year to 68.2 million.", title="Zalando")
    assert status("Zalando's orders rose 5.3% to 68.2 million in the second quarter.", [1], art) == "supported"


def test_a_change_with_its_base_then_its_month():
    art = article("UK online clothing sales fell 1.6% year on year in the second quarter but rose 2.4% in July from a "
                  "year earlier.", title="Online fashion")
    assert status("UK online clothing sales fell 1.6% in the second quarter but rose 2.4% year on year in July.", [1], art) \
        == "supported"


def test_a_half_written_right_after_its_figure_is_not_the_quarter():
    art = article("IMRG said UK online sales fell 1.2% in the second quarter. In Germany, bevh said online fashion "
                  "sales rose 3.3% to €9.1 billion in the first half.", title="Online fashion")
    assert status("German online fashion sales rose 3.3% in the first half, bevh said.", [1], art) == "supported"
    assert status("German online fashion sales rose 3.3% in the second quarter, bevh said.", [1], art) == "unsupported"


def test_a_landlords_rental_income_is_not_its_ffo():
    art = article("Vonovia said rental income rose 4.4% to €4.31 billion in the first nine months. Group funds from "
                  "operations (FFO) rose 6.6% to €1.52 billion.", title="Vonovia")
    assert status("Vonovia's rental income rose 4.4% in the first nine months.", [1], art) == "supported"
    assert status("Vonovia's rental income rose 6.6% in the first nine months.", [1], art) == "unsupported"


def test_a_home_market_named_against_international_revenue():
    art = article("Boohoo said revenue fell 9.1% to £418 million in the four months to June 30, with UK revenue down "
                  "6.9% and international revenue down 13.8%.", title="Boohoo")
    assert status("Boohoo's UK revenue fell 6.9% in the four months to June 30.", [1], art) == "supported"
    assert status("Boohoo's UK revenue fell 13.8% in the four months to June 30.", [1], art) == "unsupported"


def test_a_hong_kong_bureau_chief_is_a_secretary():
    art = article("醫務衞生局局長栢應樂表示，長者醫療券每年金額將由明年1月1日起由2,000港元增至2,500港元。", title="醫療券")
    assert status("Secretary for Health Pak Ying-lok said the annual voucher amount will rise to HK$2,500.", [1], art) \
        == "supported"
    assert status("Chairman Pak Ying-lok said the annual voucher amount will rise to HK$2,500.", [1], art) == "unsupported"


def test_core_profit_in_hong_kong_and_figures_of_the_year():
    art = article("康健國際醫療公布中期業績，撇除投資物業公平值虧損，核心溢利為7,410萬港元，按年增長8.3%。截至6月底，集團旗下"
                  "診所共121間；全年求診人次達318萬，按年增長6.1%。", title="康健國際醫療")
    assert status("Town Health's core profit rose 8.3% to HK$74.1 million.", [1], art) != "unsupported"
    assert status("Town Health ran 121 clinics at the end of June and handled 3.18 million patient visits in the year, "
                  "up 6.1%.", [1], art) != "unsupported"


def test_a_units_name_inside_a_title_and_a_heading_over_firms_name_no_item():
    art = article("外资方面，柯达中国区总裁靳楚晗表示，其厦门工厂三季度版材产量同比下降12%；爱克发则称，其亚太区版材收入三季度同比下降5.1%。",
                  title="版材")
    assert status("Kodak's China president Jin Chuhan said third-quarter plate output at its Xiamen plant fell 12%.", [1], art) \
        == "supported"
    assert status("Agfa's Asia-Pacific plate revenue fell 12% in the third quarter.", [1], art) == "unsupported"


def test_a_source_glossed_after_ju_is_found_by_its_english_name():
    art = article("据睿工业（MIR Databank）发布的数据，上半年国内高压变频器市场规模为68.1亿元。",
                  "按睿工业口径，新风光上半年在国内高压变频器市场的份额为11.6%。", title="变频器")
    assert status("Xinfengguang held 11.6% of China's medium-voltage drive market in the first half, MIR Databank "
                  "figures show.", [2], art) == "supported"


def test_a_total_of_the_measure_first_given_bare():
    art = article("前三季度全国CTP印刷版材产量为4.88亿平方米。其中，免处理版产量1.39亿平方米，占总产量的28.5%。", title="版材")
    assert status("Process-free plates made up 28.5% of China's plate output.", [1], art) == "supported"


def test_shares_counted_by_value_are_not_shares_of_the_number():
    art = article("上半年長者醫療券申領總額為23.9億港元，申領宗數為418萬宗。以申領金額計，西醫佔38.6%，中醫佔26.1%。", title="醫療券")
    assert status("Western medicine accounted for 38.6% of the value of voucher claims.", [1], art) == "supported"
    assert status("Western medicine accounted for 38.6% of the number of voucher claims.", [1], art) == "unsupported"
    assert status("Chinese medicine accounted for 38.6% of the value of voucher claims.", [1], art) == "unsupported"


def test_a_paragraph_that_opens_by_segment_goes_on_with_the_company_before():
    art = article("Korn Ferry said fee revenue rose 6.6% to $731.2 million in its fiscal second quarter.",
                  "By segment, Executive Search fee revenue rose 9.4% to $241.1 million and Digital slipped 1.6% to $93.9 "
                  "million.", "Heidrick chief executive Lorna Quist said the firm had 468 consultants.", title="Executive search")
    assert status("Korn Ferry's Executive Search fee revenue rose 9.4% to $241.1 million.", [2], art) == "supported"
    assert status("Heidrick's Executive Search fee revenue rose 9.4% to $241.1 million.", [2], art) == "unsupported"


def test_a_units_head_is_not_the_companys_chief_executive():
    art = article("Galderma said sales rose 9.8% in the first half. Vinzenz Halbeisen, who heads the Injectable Aesthetics "
                  "business, said aesthetics sales in Asia-Pacific grew 15.2% in the half.", title="Galderma")
    assert status("Vinzenz Halbeisen, head of Galderma's Injectable Aesthetics business, said aesthetics sales grew 15.2% "
                  "in Asia-Pacific.", [1], art) == "supported"
    assert status("Galderma chief executive Vinzenz Halbeisen said aesthetics sales grew 15.2% in Asia-Pacific.", [1], art) \
        == "unsupported"


def test_per_what_written_before_the_figure_and_a_figure_worldwide():
    art = article("Heidrick said it had 468 search consultants, and search productivity per consultant was $1.98 "
                  "million. The Americas rose 4.8% and Europe 2.1%, while Asia-Pacific fell 1.4%, and the number of new "
                  "searches opened worldwide slipped 0.7%.", title="Heidrick")
    assert status("Heidrick's search productivity was $1.98 million per consultant.", [1], art) == "supported"
    assert status("Retained search revenue rose 4.8% in the Americas and 2.1% in Europe but fell 1.4% in Asia-Pacific, "
                  "while new searches opened worldwide slipped 0.7%.", [1], art) == "supported"


def test_a_title_and_this_years_figure_name_no_other_period_or_scope():
    art = article("Chief financial officer Mattia Brenner said net cash fell to €95.1 million at the end of June, and "
                  "that capital expenditure would be about €27 million this year.", title="Zehnder")
    assert status("Zehnder plans about €27 million of capital expenditure this year.", [1], art) != "unsupported"
    art = article("麥肯錫全球董事合夥人翟政謙認為，中國整車物流市場規模去年約為1,560億元人民幣，其中公路、鐵路和水路運輸分別約佔67%、20%和13%。",
                  title="整車物流")
    assert status("Road, rail and waterway transport take about 67%, 20% and 13% of China's finished-vehicle logistics "
                  "market respectively.", [1], art) == "supported"


def test_qizhong_after_a_sentence_of_two_periods_carries_neither():
    art = article("福生10月合併營收為26.4億元，年增8.2%；前10月累計營收為241.3億元，年增5.1%。其中，高爾夫球頭營收19.8億元，約佔74.6%。",
                  title="福生")
    assert status("Golf club heads brought in NT$1.98 billion, about 74.6% of Fusheng's October revenue.", [1], art) != "unsupported"


def test_a_hub_units_figure_is_not_the_brake_systems():
    art = article("分产品看，万向钱潮前三季度轮毂单元收入27.41亿元，同比增长7.4%；制动系统收入24.18亿元，同比增长6.6%；等速驱动轴收入14.62亿元，同比增长18.1%。",
                  title="万向钱潮")
    assert status("Wanxiang Qianchao's hub-unit revenue rose 7.4% to 2.741 billion yuan in the first nine months.", [1], art) \
        == "supported"
    assert status("Wanxiang Qianchao's hub-unit revenue rose 18.1% in the first nine months.", [1], art) == "unsupported"
