"""What a sentence opened by 公司 or by a bare title is of, names inside 其中 and 卖超, changes from the
quarter or month before, hotel room metrics, fertilisers, gas-price units, a share owned after 'of which',
a forecast's speaker, places joined by a hyphen, surnames spelt like words, a level written out before a
scaled one, 分别 lists cut at 其中, exports by value or volume, one metric shared out by 分别, a given name
spelt like a month, a rating move written from then to, a single month as no other item. Each case sets a correct claim against a wrong one. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_sentence_opened_by_the_company_is_not_sure_of_the_unit_named_last():
    art = article("海康威视前三季度境内主业收入290.10亿元，同比下降2.0%。创新业务中，海康机器人收入40.10亿元，同比增长20.0%。"
                  "公司前三季度毛利率为45.0%；研发费用90.50亿元，占营业收入的12.5%。", title="安防")
    assert status("Hikvision's research and development spending was 9.05 billion yuan in the first nine months.",
                  [1], art) == "supported"
    assert status("Hikvision Robot's revenue was 9.05 billion yuan in the first nine months.", [1], art) == "unsupported"


def test_no_name_inside_qizhong_or_net_selling():
    art = article("研華11月營收60.10億元，年增10.5%。其中物聯網事業群營收占比為33.0%。外資買超研華1,500張，賣超威強電700張。",
                  title="工業電腦")
    assert status("Advantech's IoT group accounted for 33.0% of its November revenue.", [1], art) == "supported"
    assert status("Foreign investors were net sellers of 700 lots of IEI.", [1], art) == "supported"
    assert status("Foreign investors were net sellers of 700 lots of Advantech.", [1], art) == "unsupported"


def test_a_change_from_the_quarter_before_is_quarter_on_quarter():
    art = article("Gulf Development reported net profit of 6.10 billion baht for July-September, up 15.2% year on "
                  "year and 6.4% from the April-June quarter.", title="Thai power")
    assert status("Gulf Development's July-September net profit rose 6.4% quarter on quarter to 6.10 billion baht.",
                  [1], art) == "supported"
    assert status("Gulf Development's July-September net profit rose 6.4% year on year to 6.10 billion baht.",
                  [1], art) == "unsupported"


def test_a_change_on_the_month_before_is_month_on_month():
    art = article("研華11月營收60.10億元。其中物聯網事業群11月營收占比為33.0%，較10月提高1.2個百分點。", title="工業電腦")
    assert status("The IoT group's share of Advantech's November revenue rose 1.2 percentage points from October.",
                  [1], art) == "supported"
    assert status("The IoT group's share of Advantech's November revenue was 1.2 percentage points higher than a year "
                  "earlier.", [1], art) == "unsupported"


def test_hotel_room_metrics_are_told_apart():
    art = article("Lemon Tree Hotels' revenue grew 12.0% to 320.5 crore rupees. Its average room rate was 6,010 rupees, "
                  "occupancy 68.0% and RevPAR 4,090 rupees.", title="Hotels")
    assert status("Lemon Tree's average room rate was 6,010 rupees.", [1], art) == "supported"
    assert status("Lemon Tree's RevPAR was 4,090 rupees.", [1], art) == "supported"
    assert status("Lemon Tree's revenue per available room was 6,010 rupees.", [1], art) == "unsupported"


def test_map_and_dap_are_different_fertilisers():
    art = article("10月磷酸一铵均价为3,400元/吨，环比下跌2.0%；磷酸二铵均价为3,850元/吨，环比上涨1.1%。", title="磷化工")
    assert status("DAP averaged 3,850 yuan a tonne in October, up 1.1% from September.", [1], art) == "supported"
    assert status("MAP averaged 3,850 yuan a tonne in October, up 1.1% from September.", [1], art) == "unsupported"


def test_a_gas_price_per_mmbtu_is_not_per_thousand_cubic_feet():
    art = article("The regulator said the pool gas price is forecast at 290 baht per million British thermal units.",
                  title="Thai power")
    assert status("The pool gas price is forecast at 290 baht per MMBtu.", [1], art) == "supported"
    assert status("The pool gas price is forecast at 290 baht per thousand cubic feet.", [1], art) == "unsupported"


def test_the_company_named_after_of_which_owns_the_share():
    art = article("Juniper Hotels posted revenue of 240.5 crore rupees. The four listed chains' combined quarterly "
                  "revenue came to 3,500.0 crore rupees, of which IHCL accounted for about 70.0%.", title="Hotels")
    assert status("IHCL accounted for about 70.0% of the four listed chains' combined quarterly revenue.",
                  [1], art) == "supported"
    assert status("Juniper Hotels accounted for about 70.0% of the four listed chains' combined quarterly revenue.",
                  [1], art) == "unsupported"


def test_who_forecasts_a_figure():
    art = article("海康威视董事长敖永镇表示，新基地明年二季度投产。总经理蔺书垣称，预计全年营业收入增长8%左右。", title="安防")
    assert status("Hikvision's general manager Lin Shuyuan forecast full-year revenue growth of around 8%.",
                  [1], art) == "supported"
    assert status("Hikvision chairman Ao Yongzhen forecast full-year revenue growth of around 8%.", [1], art) == "unsupported"


def test_a_bare_title_opening_a_sentence_speaks_for_the_paragraphs_company():
    art = article("華航董事長表示，首架波音777-9客機預計明年交機。財務長卓韻如則說，截至9月底負債比為70.5%。", title="航空")
    assert status("China Airlines' debt ratio was 70.5% at the end of September.", [1], art) == "supported"
    assert status("Boeing's debt ratio was 70.5% at the end of September.", [1], art) == "unsupported"


def test_places_joined_by_a_hyphen_and_a_surname_spelt_like_a_word():
    art = article("星宇董事長表示，台北－達拉斯航線將於明年第二季開航，初期每週3班。美林證券分析師冉信宏則將星宇評等由「買進」調降至「中立」。",
                  title="航空")
    assert status("Starlux said the Taipei-Dallas route would start in the second quarter of next year with three "
                  "flights a week.", [1], art) == "supported"
    assert status("Starlux said the Taipei-Dallas route would start with three flights a day.", [1], art) == "unsupported"
    assert status("Merrill Lynch analyst Jan Hsin-hung cut Starlux to neutral from buy.", [1], art) == "supported"


def test_a_level_written_out_is_not_scaled_by_the_next():
    art = article("雅迪总裁表示，印尼工厂投产后海外年产能将由60万辆提升至120万辆。", title="两轮车")
    assert status("Yadea's overseas annual capacity will rise from 600,000 to 1.2 million units.", [1], art) == "supported"
    assert status("Yadea's overseas annual capacity will rise from 500,000 to 1.2 million units.", [1], art) == "unsupported"


def test_a_list_stops_at_qizhong_and_a_change_clause_is_the_names_before_it():
    art = article("亞光、先進光10月營收分別為24.10億元和3.05億元，年增9.1%和4.2%，其中先進光月減11.0%；揚明光10月營收為5.40億元，"
                  "年減18.0%，今國光則為1.05億元，年減7.0%。", title="光學")
    assert status("Asia Optical's October revenue rose 9.1% on year.", [1], art) == "supported"
    assert status("Ability Opto-Electronics' October revenue rose 9.1% on year.", [1], art) == "unsupported"
    assert status("Young Optics' October revenue fell 7.0% on year.", [1], art) == "unsupported"


def test_the_value_or_volume_of_exports():
    art = article("前三季度我国隔膜出口量23.1亿平方米，同比增长55.0%；出口金额11.2亿元，同比增长20.5%。", title="隔膜")
    assert status("The volume of China's separator exports rose 55.0% in the first nine months.", [1], art) == "supported"
    assert status("The value of China's separator exports rose 55.0% in the first nine months.", [1], art) == "unsupported"


def test_one_metric_shared_out_by_fenbie_stays_sure():
    art = article("两家银行核心一级资本充足率分别为9.80%和9.90%，资本充足率分别为14.00%和13.30%。", title="银行")
    assert status("The two banks' capital adequacy ratios were 14.00% and 13.30%, respectively.", [1], art) == "supported"
    assert status("One of the banks had a core tier-1 capital ratio of 13.30%.", [1], art) == "unsupported"


def test_a_given_name_spelt_like_a_month_is_kept():
    art = article("中国平安首席财务官付欣表示，预计全年营运利润将保持稳健增长。", title="保险")
    assert status("Chief financial officer Fu Xin expects Ping An's full-year operating profit to keep growing.",
                  [1], art) == "supported"
    assert status("Chief financial officer Yao Jun expects Ping An's full-year operating profit to keep growing.",
                  [1], art) == "unsupported"


def test_a_rating_move_written_from_then_to():
    art = article("南京证券将盐津铺子目标价上调至90元。财达证券分析师则将三只松鼠评级由“买入”下调至“增持”。", title="零食")
    assert status("An analyst downgraded Three Squirrels from buy to overweight.", [1], art) == "supported"
    assert status("An analyst downgraded Yanjin Pupu from buy to overweight.", [1], art) == "unsupported"


def test_a_single_month_is_no_other_item():
    art = article("根據財政部關務署統計，台灣前10月變壓器出口值為17.80億美元，年增46.0%；10月單月出口值2.05億美元，年增39.0%。",
                  title="重電")
    assert status("October transformer exports were US$205 million, up 39.0% on year.", [1], art) == "supported"
    assert status("October transformer exports rose 46.0% on year.", [1], art) == "unsupported"
