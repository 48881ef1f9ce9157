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


def test_a_companys_total_is_not_a_line_it_names_apart():
    art = article("凯莱英前三季度实现营收45.00亿元，同比增长8.8%；其中多肽、寡核苷酸等新兴业务收入12.00亿元，同比增长40.2%。",
                  title="医药外包")
    assert status("Asymchem's peptide and oligonucleotide businesses grew 40.2% in the first three quarters.", [1], art) \
        == "supported"
    assert status("Asymchem's peptide and oligonucleotide businesses grew 8.8% in the first three quarters.", [1], art) \
        == "unsupported"


def test_an_acronym_ending_a_lines_name_is_no_subject():
    art = article("分业务看，康龙化成前三季度实验室服务收入60.00亿元，同比增长15.5%；小分子CMC服务收入25.00亿元，同比增长11.1%。",
                  title="医药外包")
    assert status("Pharmaron's small-molecule CMC services revenue rose 11.1% in the first three quarters.", [1], art) \
        == "supported"
    assert status("Pharmaron's small-molecule CMC services revenue rose 15.5% in the first three quarters.", [1], art) \
        == "unsupported"


def test_items_written_after_each_figure_of_an_english_list():
    art = article("海外市場中，美洲收益同比增長130.5%，亞太增長80.5%，歐洲增長120.5%。", title="潮玩")
    assert status("Overseas revenue grew 130.5% in the Americas, 80.5% in Asia-Pacific and 120.5% in Europe.", [1], art) \
        == "supported"
    assert status("Overseas revenue grew 130.5% in the Americas, 120.5% in Asia-Pacific and 80.5% in Europe.", [1], art) \
        == "unsupported"


def test_casino_drop_is_not_revenue():
    art = article("GKL reported third-quarter revenue of 110.0 billion won, up 10.5% on year. Table drop rose 17.5% on "
                  "year to 1.01 trillion won, and the hold rate was 11.0%.", title="Casinos", language="en")
    assert status("GKL's table drop rose 17.5% on year to 1.01 trillion won.", [1], art) == "supported"
    assert status("GKL's revenue rose 17.5% on year to 1.01 trillion won.", [1], art) == "unsupported"


def test_visitors_by_nationality():
    art = article("Chinese visitors numbered 600,000 in September, up 20.5% on year, and Japanese visitors 330,000, up "
                  "4.5%.", title="Tourism", language="en")
    assert status("Japanese visitors numbered 330,000 in September.", [1], art) == "supported"
    assert status("Japanese visitors numbered 600,000 in September.", [1], art) == "unsupported"


def test_a_fiscal_quarter_that_is_also_a_calendar_one():
    art = article("ASL Marine reported revenue of S$90.0 million for its first quarter to September 30, up 5.5% from a "
                  "year earlier.", "Marco Polo Marine, whose financial year ended on September 30, reported full-year "
                  "revenue of S$130.0 million, up 8.5%.", title="Shipyards", language="en")
    assert status("ASL Marine's revenue for the quarter to September 30 rose 5.5% to S$90.0 million.", [1], art) \
        == "supported"
    assert status("Marco Polo Marine's revenue for the financial year to September 30 rose 8.5% to S$130.0 million.",
                  [2], art) == "supported"
    assert status("Marco Polo Marine's revenue for the financial year to March 31 rose 8.5% to S$130.0 million.",
                  [2], art) == "unsupported"


def test_production_and_sales_listed_with_respectively():
    art = article("10月全国摩托车产销分别为170.0万辆和168.0万辆，销量同比增长4.5%。", title="摩托车")
    assert status("China's motorcycle production was 1.7 million units in October and sales 1.68 million.", [1], art) \
        == "supported"
    assert status("China's motorcycle production was 1.68 million units in October.", [1], art) == "unsupported"


def test_deputy_titles_hong_kong_verbs_and_records():
    art = article("协会副秘书长慕容钟民表示，今年全年国内矿产金产量预计约360吨。", title="黄金")
    assert status("The association's deputy secretary-general Murong Zhongmin expects domestic mined gold output of "
                  "about 360 tonnes this year.", [1], art) == "supported"
    toys = article("泡泡瑪特董事長崔韶霆表示，海外門店將增至250間；總裁曹遠航指，毛絨產品月產能將由1,000萬隻提升至1,800萬隻。",
                   title="潮玩")
    assert status("President Cao Yuanhang said monthly plush capacity would rise from 10 million to 18 million pieces.",
                  [1], toys) == "supported"
    assert status("Chairman Cui Shaoting said monthly plush capacity would rise from 10 million to 18 million pieces.",
                  [1], toys) == "unsupported"
    gold = article("10月21日盘中金价一度触及1,010.50元/克的历史高点。", title="黄金")
    assert status("Gold touched a record 1,010.50 yuan a gram on October 21.", [1], gold) == "supported"


def test_a_move_told_by_the_level_it_reached():
    art = article("Lotte Tour posted a net loss of 8.0 billion won, narrower than the 20.5 billion won loss a year "
                  "earlier. It refinanced its loans at an average rate of 5.0%, down from 6.5%.",
                  title="Casinos", language="en")
    assert status("Lotte Tour's net loss narrowed to 8.0 billion won.", [1], art) == "supported"
    assert status("Lotte Tour's net loss widened to 8.0 billion won.", [1], art) == "unsupported"
    assert status("Lotte Tour's refinancing cut its average borrowing rate to 5.0%.", [1], art) == "supported"
    assert status("Lotte Tour's refinancing raised its average borrowing rate to 5.0%.", [1], art) == "unsupported"


def test_an_english_storys_home_country_and_monthly_bases():
    art = article("Ramyeon exports totalled $150.0 million in October, up 20.5% on-year, the Ministry of Agriculture, "
                  "Food and Rural Affairs said.", title="Food exports", language="en")
    assert status("South Korea's ramyeon exports rose 20.5% on-year to $150.0 million in October.", [1], art) \
        == "supported"
    nickel = article("Nickel exports fell 5.5 per cent on month to $800.0 million in September.", title="Nickel",
                     language="en")
    assert status("Nickel exports were $800.0 million in September, down 5.5% from August.", [1], nickel) == "supported"
    assert status("Nickel exports were $800.0 million in September, down 5.5% from July.", [1], nickel) == "unsupported"
    steel = article("Hoa Sen Group, whose fiscal year ends in September, said net profit rose 70.5% to 1.2 trillion dong.",
                    title="Steel", language="en")
    assert status("Hoa Sen's net profit rose 70.5% in its fiscal year to September.", [1], steel) == "supported"


def test_a_share_of_the_figure_just_named():
    art = article("The four utilities' combined half-year ordinary profit came to 600.0 billion yen, of which TEPCO "
                  "accounted for about 40.5%; their combined revenue was about 6.8 trillion yen.",
                  title="Utilities", language="en")
    assert status("TEPCO accounted for 40.5% of the four utilities' combined half-year ordinary profit.", [1], art) \
        == "supported"
    assert status("TEPCO accounted for 40.5% of the four utilities' combined half-year revenue.", [1], art) \
        == "unsupported"
