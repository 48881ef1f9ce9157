"""Products that run on from a company's name (中国电子烟), a fiscal year that frames a quarter, a
December year-end, twelve months to a month, the home country of an English story by its currency, a
part's figure against the year's, a change joined to another item's level after a comma, a speaker set
off by a title, 'each' against 'a combined' total, and lexicon senses segments are told apart by. Each
case sets a correct claim against a wrong one where it can. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_product_that_runs_on_from_a_company_name_is_no_company():
    art = article("据中国海关数据，今年上半年中国电子烟及类似个人电子雾化设备出口额为人民币498.0亿元，同比增长6.9%。", title="电子烟")
    assert status("China's exports of e-cigarettes and similar vaporisers rose 6.9% to 49.8 billion yuan in the first "
                  "half.", [1], art) == "supported"


def test_a_share_of_the_paragraphs_own_total_is_no_other_whole():
    art = article("据中国海关数据，今年上半年中国电子烟及类似个人电子雾化设备出口额为人民币498.0亿元，同比增长6.9%。"
                  "按市场划分，美国占上半年出口额的30.2%，较去年同期下降3.9个百分点。", title="电子烟")
    assert status("The United States took 30.2% of China's e-cigarette exports in the first half.", [1], art) \
        != "unsupported"


def test_a_fiscal_year_that_frames_a_quarter_is_not_the_quarters_period():
    art = article("Nippon Parking Development reported first-quarter (August-October) net sales of 12.10 billion yen for "
                  "the year ending July 2029, up 16.2%, with operating profit up 21.0% at 2.95 billion yen.",
                  title="Nippon Parking")
    assert status("Nippon Parking Development's first-quarter (August-October) sales rose 16.2% to 12.10 billion yen.",
                  [1], art) == "supported"
    assert status("Nippon Parking Development's sales for the year ending July 2029 rose 16.2% to 12.10 billion yen.",
                  [1], art) == "unsupported"


def test_a_december_year_end_is_no_period_and_the_year_to_december_is_the_year():
    art = article("Smartgroup, which has a December year-end, reported revenue of A$290.1 million for calendar 2027, up "
                  "7.9%. Goodman's operating profit rose 10.4% to A$1.31 billion in the December half.", title="Smartgroup")
    assert status("Smartgroup's revenue rose 7.9% to A$290.1 million in calendar 2027.", [1], art) == "supported"
    assert status("Goodman's operating profit rose 10.4% to A$1.31 billion in the year to December 2027.", [1], art) \
        == "unsupported"


def test_twelve_months_to_a_month_is_a_year_to_that_month():
    art = article("截至6月底止12个月的年度活跃用户为1.96亿，较去年同期增加1,520万。", title="京东健康")
    assert status("The platform had 196 million annual active users in the 12 months to the end of June.", [1], art) \
        == "supported"


def test_the_country_of_an_english_storys_currency_need_not_be_named():
    art = article("Smartgroup reported revenue of A$290.1 million and net profit of A$70.2 million. McMillan Shakespeare "
                  "reported revenue of A$280.4 million.",
                  "Across the industry, 109,200 new novated leases were written in calendar 2027, up 11.9%, and the "
                  "average financed vehicle cost A$62,100.", title="Novated leasing")
    assert status("109,200 new novated leases were written in Australia in calendar 2027, up 11.9%.", [2], art) \
        != "unsupported"


def test_a_parts_figure_is_not_the_years_where_the_year_has_its_own():
    art = dated("大聯大（3702）2027年合併營收9,512.2億元，年增15.0%；每股純益（EPS）8.10元。其中第四季營收2,640.5億元，"
                "單季EPS 2.21元。", when="2028-03-10 09:00", title="大聯大")
    assert status("WPG earned NT$8.10 a share in 2027.", [1], art) == "supported"
    assert status("WPG earned NT$2.21 a share in 2027.", [1], art) == "unsupported"


def test_a_change_and_a_level_after_a_comma_are_held_to_one_item():
    art = article("北斗星通前三季度芯片及数据服务收入9.10亿元，同比增长21.4%；微波陶瓷元器件业务收入4.40亿元，同比增长10.3%。",
                  title="北斗星通")
    assert status("BDStar's chip and data-service revenue grew 21.4% in the first nine months, to 910 million yuan.", [1],
                  art) != "unsupported"
    assert status("BDStar's microwave ceramic components revenue grew 21.4% in the first nine months, to 440 million yuan.",
                  [1], art) == "unsupported"


def test_a_title_set_off_by_commas_before_a_target_call_makes_a_speaker():
    art = article("Thitirat Wongsakunphan, an analyst at Krungthai Xspring Securities, raised her target price for "
                  "Muangthai Capital to 56 baht. Apichaya Boonyaratkalin of Merchant Partners Securities downgraded "
                  "Srisawad to hold.", title="Title lenders")
    assert status("Krungthai Xspring's Thitirat Wongsakunphan raised her Muangthai Capital target price to 56 baht.", [1],
                  art) != "unsupported"
    assert status("Merchant Partners' Apichaya Boonyaratkalin raised her Muangthai Capital target price to 56 baht.", [1],
                  art) == "unsupported"


def test_each_is_not_a_combined_total():
    art = article("Nido chief executive Gwen Parrot said the company bought 14 centres during 2027 for a combined A$84 "
                  "million, or about A$6 million a centre.", title="Nido Education")
    assert status("Nido Education bought 14 centres in 2027 for a combined A$84 million.", [1], art) != "unsupported"
    assert status("Nido Education bought 14 centres in 2027 for an average of A$84 million each.", [1], art) \
        == "unsupported"


def test_segments_are_told_apart_by_their_words():
    lasers = article("分产品看，锐科激光前三季度连续光纤激光器收入23.10亿元，同比增长11.9%；脉冲光纤激光器收入4.02亿元，同比下降6.1%；"
                     "超快激光器收入1.88亿元，同比增长60.2%。", title="锐科激光")
    assert status("Raycus's pulsed fibre-laser revenue fell 6.1% to 402 million yuan in the first nine months.", [1], lasers) \
        != "unsupported"
    assert status("Raycus's ultrafast-laser revenue fell 6.1% to 402 million yuan in the first nine months.", [1], lasers) \
        == "unsupported"
    flavours = article("华宝国际上半年收入19.10亿元。其中香精业务收入9.30亿元，同比增长2.9%；烟用原料业务收入4.02亿元，同比下跌7.0%。",
                       title="华宝国际")
    assert status("Huabao's flavour revenue fell 7.0% in the first half.", [1], flavours) == "unsupported"


def test_a_fraction_must_be_about_the_nearest_one():
    art = article("以上半年計，思摩爾與華寶國際股東應佔溢利合計11.20億元人民幣，思摩爾佔約77%。", title="電子煙")
    assert status("Smoore accounted for about three-quarters of the combined first-half profit of Smoore and Huabao.",
                  [1], art) != "unsupported"
    assert status("Smoore accounted for about four-fifths of the combined first-half profit of Smoore and Huabao.",
                  [1], art) == "unsupported"



def test_a_platforms_part_of_a_category_is_of_that_category_but_a_product_is_not():
    art = article("2028年三季度国内主要电商平台卫生巾品类销售额为82.1亿元，同比增长7.2%；其中抖音平台销售额29.8亿元，同比增长23.1%，"
                  "占比升至36.3%，较二季度提高1.9个百分点。", title="卫生巾")
    assert status("Douyin's sanitary-pad sales rose 23.1% to 2.98 billion yuan in the third quarter.", [1], art) \
        != "unsupported"
    food = article("前三季度速冻食品零售额为1,320亿元，同比增长6.0%；其中速冻菜肴制品零售额为410亿元，同比增长10.9%。", title="速冻")
    assert status("China's frozen-food retail sales rose 10.9% in the first three quarters.", [1], food) == "unsupported"

