"""Passport spellings of ü (吕 = Lyu), a company read in pinyin where its figure's binding opens on it, a
rate written after an amount ('in monthly revenue'), 'and that' opening a clause, a quarter compared with
('2.7 times the April-June level'), an English company named by the head of its name ('Tohoku'), a
sector gauge against its broad index, a destination that acts ('Australia was the largest destination'),
the whole of a share written bare ('of volume'), a sum that is the part of a named whole, per-500-ml
prices, and the lines of refiners, motorcycle makers, catering statistics and grain buyers. Each case sets
a correct claim against a wrong one. Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_lyu_is_a_passport_spelling_of_lu():
    art = article("春风动力董事长吕明宇表示，泰国工厂二期已于8月投产，年产能提升至12万辆。", title="摩托车")
    assert status("CFMOTO chairman Lyu Mingyu said the second phase of its Thai plant began production in August.",
                  [1], art) == "supported"
    assert status("CFMOTO chairman Liu Mingyu said the second phase of its Thai plant began production in August.",
                  [1], art) != "supported"


def test_a_company_read_in_pinyin_where_its_figure_opens_on_it():
    art = article("古越龙山董事长在业绩会上表示，截至9月末公司资产负债率为23.1%，较上年末下降1.2个百分点。",
                  "会稽山前三季度营业收入12.05亿元。", title="黄酒")
    assert status("Guyue Longshan's debt-to-asset ratio was 23.1% at the end of September.", [1], art) == "supported"
    assert status("Kuaijishan's debt-to-asset ratio was 23.1% at the end of September.", [1], art) == "unsupported"


def test_a_rate_written_after_the_amount():
    art = article("豆府第三季平均每家門市月營收約為310萬元。", title="餐飲")
    assert status("Dofu's stores each averaged about NT$3.1 million in monthly revenue in the third quarter.", [1], art) \
        == "supported"
    assert status("Dofu's stores each averaged about NT$3.1 million in revenue in the third quarter.", [1], art) \
        == "unsupported"


def test_and_that_opens_a_clause_with_its_own_period():
    art = article("SK Energy posted a third-quarter operating profit of 498.0 billion won. Its president said the "
                  "refiner would cut crude runs by 30,000 barrels a day in January and that its jet fuel exports rose "
                  "11.4% on the year to 8.7 million barrels in the quarter.", title="Refiners", language="en")
    assert status("SK Energy's jet fuel exports rose 11.4% year on year to 8.7 million barrels in the third quarter.",
                  [1], art) == "supported"
    assert status("SK Energy's jet fuel exports rose 11.4% year on year to 8.7 million barrels in January.",
                  [1], art) == "unsupported"


def test_a_quarter_compared_with_is_not_the_figures_own():
    art = article("In the July-September quarter alone, Kansai Electric's ordinary profit was 150.0 billion yen, up 8.0% "
                  "on the year and 2.5 times the April-June level of 60.0 billion yen. President Taro Sato said the "
                  "Ohi plant, which restarted in June, ran at 90.5% of capacity in the quarter.",
                  title="Utilities", language="en")
    assert status("Kansai Electric's July-September ordinary profit was up 8.0% on the year, about 2.5 times the "
                  "April-June figure.", [1], art) == "supported"
    assert status("Kansai Electric's April-June ordinary profit was 60.0 billion yen.", [1], art) == "supported"
    assert status("Kansai Electric's April-June ordinary profit was up 8.0% on the year.", [1], art) == "unsupported"
    assert status("Taro Sato said the Ohi plant ran at 90.5% of capacity in the July-September quarter.", [1], art) \
        == "supported"


def test_an_english_company_named_by_the_head_of_its_name():
    art = article("Tohoku Electric Power's half-year ordinary profit rose 5.0% to 140.0 billion yen.",
                  "Tohoku fell 1.2% to 1,250 yen, while Chugoku Electric Power gained 2.0% to 1,100 yen.",
                  title="Utilities", language="en")
    assert status("Tohoku Electric shares fell 1.2% to 1,250 yen.", [2], art) == "supported"
    assert status("Tohoku Electric shares fell 2.0% to 1,100 yen.", [2], art) == "unsupported"


def test_a_sector_gauge_is_not_its_broad_index():
    art = article("On Friday the Topix electric power and gas index rose 2.1%, while the broader Topix added 0.4%.",
                  title="Utilities", language="en")
    assert status("The Topix electric power and gas index rose 2.1%, while the broader Topix added 0.4%.", [1], art) \
        == "supported"
    assert status("The Topix electric power and gas index rose 0.4%.", [1], art) == "unsupported"


def test_a_destination_that_acts_owns_its_share():
    art = article("South Korea's petroleum product exports in the third quarter were 120.0 million barrels. Australia "
                  "was the largest destination with 19.5% of volume, followed by Singapore with 12.5%.",
                  title="Refiners", language="en")
    assert status("Australia took 19.5% of South Korea's third-quarter petroleum product exports by volume and "
                  "Singapore 12.5%.", [1], art) == "supported"
    assert status("Australia took 12.5% of South Korea's third-quarter petroleum product exports by volume.", [1], art) \
        == "unsupported"


def test_a_sum_that_is_the_part_of_a_named_whole():
    art = article("三家上市黄酒企业前三季度营业收入合计30.00亿元，约占规模以上企业销售收入的21.0%；其中古越龙山占三家合计收入的50.1%。",
                  title="黄酒")
    assert status("The three listed huangjiu makers' combined revenue was about 21.0% of the sales revenue of the "
                  "industry's large producers.", [1], art) == "supported"
    assert status("Guyue Longshan accounted for 50.1% of the whole huangjiu industry's revenue.", [1], art) \
        == "unsupported"


def test_a_price_per_500_ml_is_not_per_litre():
    art = article("单价在每500毫升60元以上的中高端产品销售收入占比达到40.5%。", title="黄酒")
    assert status("Products priced above 60 yuan per 500 ml made up 40.5% of sales revenue.", [1], art) == "supported"
    assert status("Products priced above 60 yuan per litre made up 40.5% of sales revenue.", [1], art) == "unsupported"


def test_refiners_lines_and_fuels():
    art = article("GS Caltex's refining business earned 400.0 billion won, petrochemicals 35.0 billion won and "
                  "lubricants 60.0 billion won. Gasoline averaged 1,690 won per litre in October, while diesel "
                  "averaged 1,560 won per litre.", title="Refiners", language="en")
    assert status("GS Caltex's lubricants business earned 60.0 billion won.", [1], art) == "supported"
    assert status("GS Caltex's petrochemicals business earned 60.0 billion won.", [1], art) == "unsupported"
    assert status("Diesel averaged 1,560 won per litre in October.", [1], art) == "supported"
    assert status("Gasoline averaged 1,560 won per litre in October.", [1], art) == "unsupported"


def test_motorcycle_makers_lines():
    art = article("宗申动力公司通用动力机械收入为30.00亿元，同比增长20.5%；摩托车发动机销量为190.0万台，同比增长6.0%。",
                  title="摩托车")
    assert status("Zongshen sold 1.9 million motorcycle engines, up 6.0%.", [1], art) == "supported"
    assert status("Zongshen's motorcycle engine revenue rose 20.5% to 3.0 billion yuan.", [1], art) == "unsupported"


def test_catering_statistics_and_grain_prices():
    art = article("10月餐館業營業額為750億元，年增3.5%；飲料店業營業額為100億元，年增2.0%。", title="餐飲")
    assert status("Taiwan's restaurants took NT$75.0 billion in October, up 3.5% on the year.", [1], art) == "supported"
    assert status("Taiwan's beverage shops took NT$75.0 billion in October, up 3.5% on the year.", [1], art) \
        == "unsupported"
    grain = article("今年绍兴地区糯米收购均价为每吨4,200元；小麦收购均价为每吨2,500元。", title="黄酒")
    assert status("Glutinous rice in the Shaoxing area cost an average 4,200 yuan a tonne.", [1], grain) == "supported"
    assert status("Wheat in the Shaoxing area cost an average 4,200 yuan a tonne.", [1], grain) == "unsupported"
