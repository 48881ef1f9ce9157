"""Brands, rivals, restatements and parts, where the reader used to flag a right claim or pass a
wrong one: a brand written in pinyin for a product range (可威系列 as 'Kewei'); a rival ranked 'ahead of'
the item just named; a compared level with a 'which grew' clause of its own; a month span that lasts
(由1月持续至4月); an event's period restated in months or set against a figure's; a period after a
restatement ('…, or NT$3.64 a share, in the third quarter'); a relative 'whose' clause; 'a quarter of' as
a fraction; 欧美 as Europe and the US; 产销量 as output or sales; 'solar cells' as what 电池 names; and,
the other way, 制剂 and 头孢 read as formulations and cephalosporins, and a country's change after its
level ('and Spain 14.8 bcm, up 0.7%') as that country's, and a forecast one professor gives as not
another's. Companies are real; figures, people and
sentences are ours."""
from __future__ import annotations

from tests.support.verify import article, status


def test_a_brand_in_pinyin_names_the_product_range():
    art = article("东阳光药上半年抗病毒产品收入20.10亿元。可威系列上半年销量按年增长22.0%，其中颗粒剂销量增长30.5%，胶囊销量增长9.1%。", title="东阳光药")
    assert status("HEC Pharm's Kewei granules sales rose 30.5% in the first half, against 9.1% for the capsules.", [1], art) \
        == "supported"


def test_a_rival_ranked_ahead_of_takes_its_own_figure():
    art = article("Convenience stores took 14.0% of snack spending, and discounters 19.5%, while supermarkets remained the "
                  "largest channel with 31.2%.", title="Snacks")
    assert status("Supermarkets remained the largest snack channel with 31.2% of spending, ahead of discounters at 19.5% "
                  "and convenience stores at 14.0%.", [1], art) == "supported"


def test_a_compared_level_keeps_its_own_change():
    art = article("At CDSL, transaction charges rose 22.0% to ₹210.4 crore and issuer charges rose 8.5% to ₹96.1 crore.", title="CDSL")
    assert status("CDSL's transaction charges rose 22.0% to ₹210.4 crore, more than its ₹96.1 crore of issuer charges, which "
                  "grew 8.5%.", [1], art) == "supported"
    assert status("CDSL's transaction charges rose 22.0% to ₹210.4 crore, more than its ₹96.1 crore of issuer charges, which "
                  "grew 22.0%.", [1], art) == "unsupported"


def test_a_month_span_that_lasts():
    art = article("卫生署表示，今年冬季流感季由1月持续至4月，历时16周。", title="流感")
    assert status("The health department said this year's winter flu season ran from January to April.", [1], art) != "unsupported"


def test_an_events_period_set_against_a_figure():
    art = article("Some 2.40 million trading accounts were opened in the October-December quarter, against 1.90 million in "
                  "July-September.", title="Accounts")
    assert status("About 2.4 million accounts were opened in October-December, up from the 1.9 million opened in "
                  "July-September.", [1], art) != "unsupported"


def test_an_events_period_restated_in_months():
    art = article("The company said its new assembly line would start production in the third quarter of fiscal 2031, the "
                  "October-December period.", title="Plant")
    assert status("The new assembly line is due to start production in October-December 2031.", [1], art) != "unsupported"
    assert status("The new assembly line is due to start production in January-March 2031.", [1], art) == "unsupported"


def test_a_period_after_a_restatement_is_both_figures():
    art = article("立積第三季稅後純益3.10億元，每股純益3.64元；累計前三季稅後純益8.20億元，每股純益9.63元。", title="立積")
    assert status("Richwave earned NT$310 million, or NT$3.64 a share, in the third quarter, and NT$820 million, or "
                  "NT$9.63 a share, in the first nine months.", [1], art) == "supported"


def test_a_whose_clause_names_no_subject():
    art = article("Oklo, whose first powerhouse at Idaho National Laboratory is due to start commercial operation in the "
                  "second half of 2030, reported third-quarter revenue of US$21.5 million.", title="Oklo")
    assert status("Oklo reported third-quarter revenue of US$21.5 million.", [1], art) == "supported"


def test_a_quarter_of_is_a_fraction_not_a_rate():
    art = article("Tidal generators exported 1,200 gigawatt-hours in the first half. MeyGen produced 300 GWh in the half.",
                  title="Tidal")
    problems = _problems("MeyGen's 300 GWh made up a quarter of tidal exports in the first half.", [1], art)
    assert not any("per quarter" in p for p in problems)


def test_europe_and_the_us_in_one_word():
    art = article("宏达电表示，10月营收成长主要来自新款头戴装置在欧美市场上市。", title="宏达电")
    assert status("HTC said October's growth came mainly from a new headset launched in Europe and the US.", [1], art) \
        != "unsupported"


def test_formulations_told_from_cdmo():
    art = article("普洛药业前三季度CDMO业务收入20.10亿元，同比增长15.2%；制剂业务收入8.30亿元，同比增长4.4%。", title="普洛药业")
    assert status("Apeloa's formulations revenue grew 15.2% in the first nine months.", [1], art) == "unsupported"
    assert status("Apeloa's formulations revenue grew 4.4% in the first nine months.", [1], art) == "supported"


def test_penicillin_and_cephalosporin_swapped():
    art = article("前三季度青霉素类原料药出口量3.90万吨，同比增长7.1%；头孢类原料药出口量1.50万吨，同比下降2.3%。", title="原料药")
    assert status("Penicillin API exports fell 2.3%, while cephalosporin API exports rose 7.1%.", [1], art) == "unsupported"
    assert status("Penicillin API exports rose 7.1%, while cephalosporin API exports fell 2.3%.", [1], art) == "supported"


def test_output_and_sales_head_either():
    art = article("产销量方面，上半年云南锗业生产区熔锗锭18.2吨，同比增长7.4%。", title="云南锗业")
    assert status("Yunnan Germanium produced 18.2 tonnes of zone-refined germanium ingot in the first half, 7.4% more than "
                  "a year earlier.", [1], art) == "supported"


def test_solar_cells_are_what_dianchi_names():
    art = article("5N Plus上半年特种半导体业务收入为1.05亿美元，同比增长12.0%，其中太阳能电池用锗衬底收入占该业务的比重约为40%。",
                  title="锗")
    problems = _problems("5N Plus's specialty semiconductors revenue rose 12.0% in the first half, with germanium substrates "
                         "for solar cells making up about 40% of it.", [1], art)
    assert not any("batteries" in p for p in problems)


def test_a_countrys_change_after_its_level():
    art = article("In the first half, Italy consumed 30.2 bcm, down 1.6%, and Spain 14.8 bcm, up 0.7%.", title="Gas")
    assert status("Italy's gas consumption rose 0.7% in the first half.", [1], art) == "unsupported"
    assert status("Spain's gas consumption rose 0.7% in the first half.", [1], art) != "unsupported"


def test_a_professors_forecast_is_his_own():
    art = article("陽明交大教授駱澤霖預估，宏達電明年每股純益可達1.60元；台科大教授蒲國耀則認為，頭戴裝置均價明年將下滑6%。",
                  title="宏達電")
    assert status("Taiwan Tech professor Pu Kuo-yao forecasts HTC's earnings next year at NT$1.60 a share.", [1], art) \
        == "unsupported"
    assert status("NYCU professor Lo Tse-lin forecasts HTC's earnings next year at NT$1.60 a share.", [1], art) != "unsupported"


def _problems(text: str, citations: list[int], art) -> list[str]:
    from citebrief.verify import check_claim

    return list(check_claim(text, citations, art).problems)
