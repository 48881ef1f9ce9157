"""Who speaks: a sentence a pronoun opens goes on with the analyst named before it ('她维持…并预计…');
a surname alone names the one person of the paragraph who has it ('Sun's forecast'), and one no character of
the paragraph reads as is no one's there ('Zhou raised her target'); 'the daily
limit' is no rate per day. Company names are real or invented; all figures and sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status

_ANALYST = ("中泰证券分析师孙颖表示，四季度水泥价格有望继续上行。她维持海螺水泥“买入”评级，将目标价由31.00元上调至33.20元，"
            "并预计公司2026年全年归母净利润为91.6亿元。")


def test_a_pronoun_goes_on_with_the_analyst_named_before_and_a_surname_names_her():
    art = dated(_ANALYST)
    assert status("Sun's full-year profit forecast for Conch is 9.16 billion yuan.", [1], art) == "supported"
    assert status("Sun raised her Conch target price to 33.20 yuan.", [1], art) == "supported"
    wrong = check_claim("Zhou raised her Conch target price to 33.20 yuan.", [1], art)
    assert wrong.status != "supported"


def test_the_daily_limit_is_no_rate_per_day():
    art = dated("上峰水泥昨日涨停，收报12.28元；华新水泥上涨3.1%，收报16.02元。")
    got = check_claim("Huaxin gained 3.1% to 16.02 yuan, while Shangfeng Cement rose by the daily limit to close at "
                      "12.28 yuan.", [1], art)
    assert got.status != "unsupported", got.problems


def test_hong_kong_margin_words():
    art = dated("波司登毛利率為49.0%，按年上升0.7個百分點；經營溢利率為18.4%。")
    assert status("Bosideng's operating margin was 18.4%.", [1], art) == "supported"
    assert status("Bosideng's operating profit was 18.4%.", [1], art) != "supported"


def test_zongshouru_is_total_revenue():
    art = dated("波司登品牌羽絨服業務收入70.5億元，佔總收入的67.2%。")
    assert status("Branded down apparel made up 67.2% of Bosideng's total revenue.", [1], art) == "supported"
    assert status("Branded down apparel made up 67.2% of Bosideng's gross profit.", [1], art) == "unsupported"


def test_a_share_restated_keeps_its_whole_and_main_business_revenue_is_not_the_total():
    art = dated("华新水泥海外业务收入106.2亿元，占营业收入的比重首次超过四成，达到41.5%。")
    assert status("Huaxin's overseas business made up 41.5% of its revenue.", [1], art) == "supported"
    assert status("Huaxin's overseas business made up 41.5% of its net profit.", [1], art) == "unsupported"
    sany = dated("三一重工海外主营业务收入440.1亿元，同比增长19.2%，占主营业务收入的66.1%。")
    assert status("Overseas sales made up 66.1% of Sany's main business revenue.", [1], sany) == "supported"
    assert status("Overseas sales made up 66.1% of Sany's total operating revenue.", [1], sany) == "unsupported"


def test_a_hong_kong_name_is_read_with_its_surname():
    # 'Ka-wai' alone reads as 货为 in 存货为…: a surname and a hyphenated given name are read whole.
    art = dated("執行董事兼財務總監陳靜表示，截至9月底存货为47.1億元，存貨周轉天數按年縮短8天至117天。")
    wrong = check_claim("Bosideng finance director Wong Ka-wai said inventory turnover days fell to 117.", [1], art)
    assert wrong.status == "unsupported"
    assert any("Wong Ka-wai" in p for p in wrong.problems)
