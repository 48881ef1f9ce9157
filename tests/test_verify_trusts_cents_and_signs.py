"""Hong Kong trusts and their managers, rental reversions and property segments, cents as hundredths of a
currency, fiscal years listed with 分别, a signed figure as a direction, per-10-gram gold prices written with
Indian grouping, module speeds as product lines, a year named alone, officers' companies, leverage and
worth metrics, buyers and ticket size, Hong Kong sell ratings, goods' retail sales, a group named as an
aside, a company's project, kitchen appliances and vitamins, a clause opened by a verb, items across a
word's end. Each case sets a correct claim against a wrong one. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, dated, status


def test_a_trusts_manager_is_the_trust_and_no_central_bank_hides_in_its_title():
    art = article("置富產業信託第三季出租率為94.0%。置富管理人行政總裁陳美華表示，翻新工程投資額約2.5億港元。", title="房託")
    assert status("Fortune REIT's manager said renovation will cost about HK$250 million.", [1], art) == "supported"
    assert status("Link REIT's manager said renovation will cost about HK$250 million.", [1], art) == "unsupported"


def test_rental_reversion_and_property_segments():
    art = article("陽光房地產基金第一季寫字樓出租率為90.0%，零售物業出租率為97.0%；零售續租租金調整率為+1.2%，寫字樓則為-5.5%。",
                  title="房託")
    assert status("Sunlight REIT's retail rental reversion was +1.2%, against -5.5% for its offices.", [1], art) \
        == "supported"
    assert status("Sunlight REIT's office rental reversion was +1.2%.", [1], art) == "unsupported"
    assert status("Sunlight REIT's retail rental reversion was -1.2%.", [1], art) == "unsupported"


def test_hong_kong_cents_are_hundredths_of_a_dollar():
    art = article("領展中期業績：每基金單位中期分派為130.10港仙，按年下跌2.0%。", title="房託")
    assert status("Link REIT declared an interim distribution of 130.10 Hong Kong cents per unit.", [1], art) \
        == "supported"
    assert status("Link REIT declared an interim distribution of HK$1.301 per unit.", [1], art) == "supported"
    assert status("Link REIT declared an interim distribution of HK$130.10 per unit.", [1], art) == "unsupported"


def test_cents_in_a_claim_against_dollars_in_the_source():
    art = article("亞瑪芬體育第三季收入18.00億美元，經調整每股盈利0.33美元。", title="運動用品")
    assert status("Amer Sports' adjusted earnings per share were 33 cents in the third quarter.", [1], art) == "supported"
    assert status("Amer Sports' adjusted earnings per share were 3.3 cents in the third quarter.", [1], art) \
        == "unsupported"


def test_fiscal_years_listed_before_respectively():
    art = article("分析師將領展目標價由38.0港元上調至41.0港元，預測2026/27財年及2027/28財年每基金單位分派分別為260.0港仙及266.0港仙。",
                  title="房託")
    assert status("The analyst forecasts Link's distribution per unit at 260.0 HK cents for 2026/27 and 266.0 HK cents "
                  "for 2027/28.", [1], art) == "supported"
    assert status("The analyst forecasts Link's distribution per unit at 260.0 HK cents for 2027/28.", [1], art) \
        == "unsupported"


def test_a_metric_named_after_the_last_figure_is_the_lists_own():
    art = article("某证券将中国中免目标价由70元上调至80元，预计公司2026年、2027年归母净利润分别为46.0亿元和57.0亿元。",
                  title="免税")
    assert status("The broker expects CTG Duty Free's 2026 net profit attributable to shareholders of 4.6 billion yuan.",
                  [1], art) == "supported"
    assert status("The broker expects CTG Duty Free's 2026 revenue of 4.6 billion yuan.", [1], art) == "unsupported"


def test_a_sign_written_before_a_percentage_is_its_direction():
    art = article("香港零售續租租金調整率為+2.1%，上年同期為-3.0%。", title="房託")
    assert status("Rents on renewed Hong Kong retail leases rose 2.1%.", [1], art) == "supported"
    assert status("Rents on renewed Hong Kong retail leases fell 2.1%.", [1], art) == "unsupported"


def test_gold_per_ten_grams_with_indian_grouping():
    art = article("Gold averaged 1,20,300 rupees per 10 grams in Mumbai in July-September, according to the bullion "
                  "association.", title="Jewellers")
    assert status("Gold averaged 1,20,300 rupees per 10 grams in Mumbai in the September quarter.", [1], art) \
        == "supported"
    assert status("Gold averaged 1,20,300 rupees per gram in Mumbai in the September quarter.", [1], art) \
        == "unsupported"


def test_a_modules_speed_names_its_product_line():
    art = article("中际旭创前三季度800G光模块出货量约1,000万只；1.6T光模块出货量约300万只，其中第三季度出货140万只，环比增长35%。",
                  title="光模块")
    assert status("Innolight's 1.6T module shipments rose 35% quarter on quarter in the third quarter.", [1], art) \
        == "supported"
    assert status("Innolight's 800G module shipments rose 35% quarter on quarter in the third quarter.", [1], art) \
        == "unsupported"


def test_a_year_named_alone_is_checked():
    art = dated("中际旭创今年1.6T出货量预计约800万只。董事长表示，预计明年1.6T出货量将超过1,500万只。", when="2026-10-30 18:00",
                title="光模块")
    assert status("Innolight expects to ship more than 15 million 1.6T modules in 2027.", [1], art) == "supported"
    assert status("Innolight expects to ship more than 15 million 1.6T modules in 2026.", [1], art) == "unsupported"


def test_an_officer_with_any_title_names_the_company():
    art = article("新易盛董事长表示，公司泰国工厂月产能提升至85万只。天孚通信前三季度营业收入48.00亿元。天孚通信董事会秘书王芳称，"
                  "公司光引擎产品前三季度营收19.00亿元。", title="光模块")
    assert status("TFC Optical's board secretary said optical engine revenue reached 1.9 billion yuan in the first "
                  "three quarters.", [1], art) == "supported"
    assert status("Eoptolink's optical engine revenue reached 1.9 billion yuan in the first three quarters.", [1], art) \
        == "unsupported"


def test_a_quarter_named_to_open_a_sentence_is_the_changes_base():
    art = article("Titan Company's net profit for July-September rose 30.0% on-year to 1,400 crore rupees. From the "
                  "April-June quarter, profit rose 8.0%.", title="Jewellers")
    assert status("Titan's profit rose 8.0% from the previous quarter.", [1], art) == "supported"
    assert status("Titan's September-quarter profit rose 8.0% on-year.", [1], art) == "unsupported"


def test_leverage_payouts_and_worth_are_told_apart():
    art = article("領展資產負債比率為19.0%。可分派總額為33.00億港元，按年下跌1.5%。領展市值約940.0億港元。", title="房託")
    assert status("Link REIT's gearing was 19.0%.", [1], art) == "supported"
    assert status("Link REIT's debt-to-equity ratio was 19.0%.", [1], art) == "unsupported"
    assert status("Link REIT's distributable income fell 1.5% year on year.", [1], art) == "supported"
    assert status("Link REIT's distribution per unit fell 1.5% year on year.", [1], art) == "unsupported"
    assert status("Link REIT's market value was about HK$94 billion.", [1], art) == "supported"
    assert status("Link REIT's net asset value was about HK$94 billion.", [1], art) == "unsupported"


def test_buyers_and_ticket_size_are_two_measures():
    art = article("Titan said the number of buyers grew 6% and the average ticket size rose 18%.", title="Jewellers")
    assert status("Titan's buyer numbers rose 6% and its average ticket size 18%.", [1], art) == "supported"
    assert status("Titan's number of buyers rose 18%.", [1], art) == "unsupported"


def test_a_hong_kong_downgrade_to_sell():
    art = article("分析師將領展目標價上調至42.0港元。另一分析師則將泓富評級由「持有」下調至「沽售」。", title="房託")
    assert status("An analyst cut Prosperity REIT to sell from hold.", [1], art) == "supported"
    assert status("An analyst cut Link REIT to sell from hold.", [1], art) == "unsupported"


def test_goods_retail_sales_name_no_organisation():
    art = article("中国家电市场承压。", "国家统计局数据显示，9月全国家用电器和音像器材类商品零售额为800.0亿元，同比下降6.0%。",
                  title="家电")
    assert status("China's retail sales of household appliances fell 6.0% year on year in September.", [2], art) \
        == "supported"
    assert status("China's retail sales of household appliances rose 6.0% year on year in September.", [2], art) \
        == "unsupported"


def test_the_group_a_company_belongs_to_is_not_whose_figure():
    art = article("同屬遠東集團的太平洋SOGO今年週年慶全台7店業績為110.0億元，年增2.0%。遠百同日股價上漲3.0%。", title="百貨")
    assert status("Pacific SOGO's anniversary sales at its seven stores rose 2.0% to NT$11 billion.", [1], art) \
        == "supported"


def test_a_project_named_with_its_is_the_companys():
    art = article("Vinhomes reported its nine-month results on Tuesday.",
                  "The developer's presales reached 110.0 trillion dong in the first nine months. Its Green Paradise "
                  "project accounted for 40% of presales. Gross margin for the nine months was 44.0%.", title="Property")
    assert status("Vinhomes' nine-month gross margin was 44.0%.", [2], art) == "supported"
    assert status("Novaland's nine-month gross margin was 44.0%.", [2], art) == "unsupported"


def test_kitchen_appliances_and_feed_additives_are_told_apart():
    art = article("分产品看，老板电器前三季度吸油烟机收入33.00亿元，同比下降2.0%；燃气灶收入14.00亿元，同比增长1.5%；"
                  "集成灶收入3.00亿元，同比下降27.0%。", title="厨电")
    assert status("Robam's integrated-stove revenue fell 27.0% in the first nine months.", [1], art) == "supported"
    assert status("Robam's gas-stove revenue fell 27.0% in the first nine months.", [1], art) == "unsupported"
    prices = article("10月国内维生素A市场均价为85.0元/公斤，环比下跌7.0%；维生素E均价为70.0元/公斤，环比上涨3.0%。", title="维生素")
    assert status("Vitamin E averaged 70.0 yuan per kg in October.", [1], prices) == "supported"
    assert status("Vitamin E averaged 85.0 yuan per kg in October.", [1], prices) == "unsupported"


def test_a_clause_opened_by_a_verb_names_no_company():
    art = article("台积电新厂满载后月产能约10万片，可使公司总产能提升约15%。", title="晶圆")
    assert status("The new fab will lift TSMC's total capacity by about 15%.", [1], art) == "supported"
    assert status("The new fab will lift TSMC's total capacity by about 25%.", [1], art) == "unsupported"


def test_no_item_across_a_words_end():
    art = article("国家电影局发布的数据显示，10月全国电影票房为48.00亿元，同比增长17.0%。", title="电影")
    assert status("China's box office in October was 4.8 billion yuan, up 17.0% on year.", [1], art) == "supported"
    assert status("China's box office in October was 4.8 billion yuan, down 17.0% on year.", [1], art) == "unsupported"


def test_a_product_the_paragraph_names_elsewhere_against_one_no_glossary_knows():
    art = article("分产品看，老板电器前三季度燃气灶收入14.00亿元，同比增长1.5%；消毒柜收入3.00亿元，同比下降26.0%。", title="厨电")
    assert status("Robam's gas-stove revenue rose 1.5% in the first nine months.", [1], art) == "supported"
    assert status("Robam's disinfection-cabinet revenue fell 26.0% in the first nine months.", [1], art) == "supported"
    assert status("Robam's gas-stove revenue fell 26.0% in the first nine months.", [1], art) == "unsupported"
