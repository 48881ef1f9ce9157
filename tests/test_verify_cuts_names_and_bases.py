"""Readings that kept a fresh set's correct claims from being flagged, and the wrong ones they still catch: a
market cut carries the item its paragraph opens on (对东盟出口 after 玩具出口), a daily figure is the
output's, a short name an English story defines in brackets ('(PLife REIT)'), an English name written with
a place before it, a subject carried from another sentence against a name in the figure's own sentence, a
trade partner the claim names too, 'up 6.4% on the June quarter', 1萬9,632MW, 'for each of', a loss that
收敛 (narrowed) after the level compared, a move right after a compared level (较上年同期的31.8%下降3.5个百分点),
tyre builds in a 分别 list, 'India's share of', per night, 'fell by nine' and a broker read as 北城+证券.
Each case sets a correct claim against a wrong one where it can. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_market_cut_carries_the_item_its_paragraph_opens_on():
    art = article("海关数据显示，10月我国玩具出口额为48.2亿美元，同比增长6.1%。分市场看，对东盟出口5.93亿美元，"
                  "同比增长18.4%；对欧盟出口8.76亿美元，同比下降2.2%。", title="玩具出口")
    assert status("October toy exports to ASEAN rose 18.4% year on year to US$593 million.", [1], art) == "supported"
    assert status("October toy exports to ASEAN rose 2.2% year on year to US$593 million.", [1], art) == "unsupported"


def test_a_daily_figure_is_the_output_the_sentence_opens_on():
    art = article("国家统计局数据显示，10月规模以上工业原煤产量3.98亿吨，同比增长1.2%；日均产量1,284万吨。"
                  "同期焦炭产量4,012万吨。", title="煤炭")
    assert status("Daily raw coal output averaged 12.84 million tonnes in October.", [1], art) == "supported"
    assert status("Daily coke output averaged 12.84 million tonnes in October.", [1], art) == "unsupported"


def test_a_short_name_defined_in_brackets_is_the_full_one():
    art = article("Parkway Life REIT (PLife REIT) raised its third-quarter distribution per unit 8.1% to 3.88 Singapore "
                  "cents. Sasseur REIT's distribution per unit fell 2.1%.", title="REITs", language="en")
    assert status("PLife's third-quarter distribution per unit rose 8.1% to 3.88 Singapore cents.", [1],
                  art) == "supported"
    assert status("Sasseur's third-quarter distribution per unit rose 8.1% to 3.88 Singapore cents.", [1],
                  art) == "unsupported"


def test_an_english_name_with_a_place_before_it():
    art = article("山西煤企中，潞安环能（601699）前三季度归母净利润21.36亿元，同比下降28.4%。平煤股份前三季度归母净利润11.02亿元。",
                  title="煤企")
    assert status("Shanxi Lu'an Environmental Energy's nine-month net profit fell 28.4% to 2.136 billion yuan.", [1],
                  art) == "supported"


def test_a_name_in_the_figures_own_sentence_beats_a_carried_speaker():
    art = article("中国煤炭工业协会副会长表示，今年炼焦煤市场整体供大于求。港口库存方面，截至10月末京唐港炼焦煤库存为"
                  "352万吨，较9月末下降9.8%。", title="焦煤")
    assert status("Coking coal stocks at Jingtang port were 3.52 million tonnes at the end of October, 9.8% lower "
                  "than a month earlier.", [1], art) == "supported"
    assert status("Coking coal stocks at Jingtang port were 3.52 million tonnes at the end of October, 9.8% higher "
                  "than a month earlier.", [1], art) == "unsupported"


def test_a_trade_partner_the_claim_names_too():
    art = article("China's customs data showed imports of lithium concentrate from Australia were 398,400 tonnes in "
                  "August, up 7.7% from July but down 4.1% from a year earlier.", title="Lithium", language="en")
    assert status("China imported 398,400 tonnes of Australian lithium concentrate in August, up 7.7% month on "
                  "month.", [1], art) == "supported"
    assert status("China imported 398,400 tonnes of Australian lithium concentrate in August, up 4.1% month on "
                  "month.", [1], art) == "unsupported"


def test_on_the_quarter_before_is_what_a_change_is_measured_from():
    art = article("PLS Group said it produced 205,300 dmt of spodumene concentrate in the September quarter, up 5.2% "
                  "from the June quarter and 9.8% from a year earlier.", title="Lithium", language="en")
    assert status("PLS produced 205,300 dmt in the September quarter, up 5.2% on the June quarter and 9.8% on a "
                  "year earlier.", [1], art) == "supported"
    assert status("PLS produced 205,300 dmt in the September quarter, up 9.8% on the June quarter and 5.2% on a "
                  "year earlier.", [1], art) == "unsupported"


def test_ten_thousands_and_four_digits_with_a_unit():
    art = article("經濟部能源署統計，今年前10月國內太陽光電新增裝置容量2,731MW，累計裝置容量達1萬8,905MW，台灣離岸風電則另計。",
                  title="太陽光電")
    assert status("Taiwan's cumulative installed solar capacity reached 18,905MW.", [1], art) == "supported"
    assert status("Taiwan's cumulative installed solar capacity reached 28,905MW.", [1], art) == "unsupported"


def test_for_each_of_is_not_the_price_of_the_whole_purchase():
    art = article("Gearing rose after the REIT completed the purchase of nine nursing homes in Japan for ¥19.6 "
                  "billion.", title="REITs", language="en")
    assert status("The REIT paid ¥19.6 billion for nine Japanese nursing homes.", [1], art) == "supported"
    assert status("The REIT paid ¥19.6 billion for each of the nine Japanese nursing homes.", [1], art) == "unsupported"


def test_a_loss_that_narrowed_after_the_level_compared():
    art = article("茂迪第三季稅後淨損5,120萬元，較第二季淨損7,940萬元收斂，每股淨損0.26元。", title="太陽能")
    assert status("Motech's third-quarter net loss narrowed from the second quarter to NT$51.2 million.", [1],
                  art) == "supported"
    assert status("Motech's third-quarter net loss widened from the second quarter to NT$51.2 million.", [1],
                  art) == "unsupported"


def test_a_move_right_after_a_compared_level_is_on_that_levels_base():
    art = article("10月对美国出口占当月玩具出口总额的比重约为29.1%，较上年同期的约32.4%下降约3.3个百分点。", title="玩具")
    assert status("The US share of October toy exports fell about 3.3 percentage points from a year earlier to "
                  "roughly 29.1%.", [1], art) == "supported"
    assert status("The US share of October toy exports fell about 3.3 percentage points from September to roughly "
                  "29.1%.", [1], art) == "unsupported"


def test_tyre_builds_in_a_respectively_list():
    art = article("上周山东地区全钢胎和半钢胎企业平均开工率分别为61.7%和78.9%。", title="轮胎")
    assert status("Average utilisation at Shandong's all-steel tyre plants was 61.7% last week.", [1], art) == "supported"
    assert status("Average utilisation at Shandong's all-steel tyre plants was 78.9% last week.", [1],
                  art) == "unsupported"


def test_a_places_share_of_another_places_exports():
    art = article("財政部統計顯示，台灣太陽能電池出口中，出口至美國的比重由上年同期的36.1%升至44.2%，出口至印度的比重則由16.9%降至12.3%。",
                  title="太陽能出口")
    assert status("The US share of Taiwan's solar cell exports rose to 44.2% from 36.1% a year earlier.", [1],
                  art) == "supported"
    assert status("India's share of Taiwan's solar cell exports rose to 44.2% from a year earlier.", [1],
                  art) == "unsupported"


def test_a_rate_per_night_is_not_per_guest():
    art = article("寒舍（2739）11月營收2.98億元。旗下台北喜來登11月住房率為83.6%，平均房價每晚7,420元，年增4.9%。", title="觀光飯店")
    assert status("Sheraton Grand Taipei's November average room rate was NT$7,420 a night, up 4.9% on the year.",
                  [1], art) == "supported"
    assert status("Sheraton Grand Taipei's November average room rate was NT$7,420 per guest, up 4.9% on the year.",
                  [1], art) == "unsupported"


def test_a_count_written_as_a_word_after_by():
    art = article("他同时提到，10月山西全省因安全检查停产整顿煤矿21座，较9月增加7座。", title="煤矿")
    assert status("The number of Shanxi coal mines halted for safety checks rose by seven from September to 21 in "
                  "October.", [1], art) == "supported"
    assert status("The number of Shanxi coal mines halted for safety checks fell by seven from September to 21 in "
                  "October.", [1], art) == "unsupported"


def test_a_broker_read_by_its_name_and_company_word():
    art = article("北城證券分析師孫苡菱則將茂迪評等由「買進」調降至「中立」。", title="太陽能")
    assert status("Pei Cheng Securities cut Motech to neutral from buy.", [1], art) == "supported"
    assert status("Pei Cheng Securities cut United Renewable Energy to neutral from buy.", [1], art) == "unsupported"


def test_a_first_word_of_another_companys_english_name():
    art = article("高乐股份（002348）前三季度营收3.05亿元，同比下降5.9%。邦宝益智（603398）第三季度净利润同比下降24.1%，"
                  "环比增长13.8%。", title="玩具")
    assert status("Goldlok's nine-month revenue fell 5.9% to 305 million yuan.", [1], art) == "supported"
    assert status("Goldlok's third-quarter net profit fell 24.1% on year.", [1], art) == "unsupported"
