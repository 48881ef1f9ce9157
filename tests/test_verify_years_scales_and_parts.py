"""A fiscal year named by its own end, a span's year from the dateline, a sentence opened by 'Within', what
'on sales of' is, a cause (受…影响) that owns no figure, a ratio told without its 倍, a slip of scale that
arithmetic happens to give, items and metrics the glossaries lacked (game consoles, steel structures,
turnover days, pre-tax margins, churn), 引述 after a speaker, a share's whole written R&D, 'added' as a rise,
a named segment's parent, a percentage per quarter against per year, and a fraction of a share carried
from the paragraph's one company. Each case sets a correct claim against a wrong one where it can.
Companies are real; figures, people and sentences are ours."""
from __future__ import annotations

from citebrief.article import Article
from tests.support.verify import article, dated, status


def test_a_whole_fiscal_year_is_named_by_its_own_end():
    art = dated("Computershare reaffirmed its guidance for the year to June 30, 2029 on Tuesday: revenue of US$3.1 "
                "billion to US$3.2 billion.", when="2028-11-15 18:00", title="Computershare")
    assert status("Computershare reaffirmed revenue guidance of US$3.1 billion to US$3.2 billion for the year to "
                  "June 30, 2029.", [1], art) == "supported"
    assert status("Computershare reaffirmed revenue guidance of US$3.1 billion to US$3.2 billion for the year to "
                  "June 30, 2028.", [1], art) == "unsupported"


def test_a_spans_year_is_the_datelines_when_the_paragraph_names_none():
    art = dated("Kakaku.com said net sales rose 5.2% to ¥38.4 billion in the six months to September 30, the first "
                "half of the fiscal year ending March 2029.", when="2028-11-14 18:00", title="Kakaku.com")
    assert status("Kakaku.com's net sales rose 5.2% to ¥38.4 billion in the six months to September 30, 2028.",
                  [1], art) == "supported"


def test_within_opens_no_name():
    art = article("Toppan's Electronics sales rose 8.1% to ¥120.5 billion. Within Electronics, photomask sales grew "
                  "12.4% to ¥40.2 billion.", title="Toppan")
    assert status("Toppan's photomask sales grew 12.4% to ¥40.2 billion.", [1], art) == "supported"


def test_on_sales_of_is_the_sales():
    art = article("DNP's Electronics sales grew 9.0% to ¥98.0 billion and its operating profit rose 15.0% to ¥21.0 "
                  "billion.", title="DNP")
    assert status("DNP's Electronics segment earned ¥21.0 billion of operating profit on sales of ¥98.0 billion.",
                  [1], art) == "supported"
    assert status("DNP's Electronics segment earned ¥98.0 billion of operating profit on sales of ¥21.0 billion.",
                  [1], art) == "unsupported"


def test_a_cause_owns_no_figure():
    art = article("精工钢构总经理表示，受海外项目延期影响，公司计划明年将加工费由每吨950元上调至1,020元。", title="精工钢构")
    assert status("Jinggong Steel plans to raise its processing fee from 950 yuan to 1,020 yuan a tonne next year.",
                  [1], art) == "supported"


def test_a_ratio_told_without_its_times():
    art = article("机构对鸿路钢构明年归母净利润的一致预期为12.40亿元，对应市盈率约21.3倍。", title="鸿路钢构")
    assert status("The consensus puts Honglu's net profit next year at 1.24 billion yuan, a price-earnings ratio of "
                  "about 21.3.", [1], art) == "supported"
    assert status("The consensus puts Honglu's net profit next year at 1.24 billion yuan, a price-earnings ratio of "
                  "about 23.1.", [1], art) == "unsupported"


def test_a_futures_house_is_not_its_bank():
    art = article("建信期货研究员蔡明远预计，四季度螺纹钢均价将在每吨3,200元至3,350元之间波动。", title="螺纹钢")
    assert status("CCB Futures researcher Cai Mingyuan expects rebar prices of 3,200 to 3,350 yuan a tonne in the "
                  "fourth quarter.", [1], art) == "supported"


def test_a_slip_of_scale_is_no_arithmetic():
    # (9億 × 50.0% happens to give NT$450 million: the paragraph's 4,500萬元 says the claim slipped a digit.)
    art = article("全漢現金較去年底增加9億元，負債比率為50.0%；第三季匯兌損失約4,500萬元。", title="全漢")
    assert status("FSP booked a foreign-exchange loss of about NT$45 million in the third quarter.", [1], art) \
        == "supported"
    assert status("FSP booked a foreign-exchange loss of about NT$450 million in the third quarter.", [1], art) \
        == "unsupported"


def test_game_consoles_are_not_notebooks():
    art = article("群電總經理表示，11月遊戲機電源出貨年增約21%，但筆電變壓器出貨年減約4%。", title="群電")
    assert status("Chicony Power's game-console power-supply shipments rose about 21% on the year in November.",
                  [1], art) == "supported"
    assert status("Chicony Power's notebook-adapter shipments rose about 21% on the year in November.", [1], art) \
        == "unsupported"


def test_a_speaker_who_cites_statistics_keeps_his_title():
    art = article("電電公會秘書長王明德引述財政部統計指出，今年1至10月電源供應器出口值年增9.1%。", title="電電公會")
    assert status("TEEMA secretary-general Wang Ming-te said power-supply exports rose 9.1% in the first ten months.",
                  [1], art) == "supported"
    assert status("TEEMA chairman Wang Ming-te said power-supply exports rose 9.1% in the first ten months.", [1], art) \
        == "unsupported"


def test_receivable_days_are_not_inventory_days():
    art = article("威高骨科应收账款周转天数为88天，较上年同期缩短9天。", title="威高骨科")
    assert status("Weigao Orthopaedic's receivable turnover days were 88, nine days fewer than a year earlier.", [1], art) \
        == "supported"
    assert status("Weigao Orthopaedic's inventory turnover was 88 days.", [1], art) == "unsupported"


def test_a_margin_before_tax_is_no_net_margin():
    art = article("TechnologyOne's profit before tax margin widened to 30.2% from 29.5%.", title="TechnologyOne")
    assert status("TechnologyOne's pre-tax margin widened to 30.2% from 29.5%.", [1], art) == "supported"
    assert status("TechnologyOne's net profit margin widened to 30.2% from 29.5%.", [1], art) == "unsupported"


def test_a_share_of_rd_spending_is_no_share_of_revenue():
    art = article("TechnologyOne expects capitalised development costs to fall to about 18% of total R&D spending "
                  "from 22% this year.", title="TechnologyOne")
    assert status("TechnologyOne expects capitalised development costs to fall to about 18% of total R&D spending.",
                  [1], art) == "supported"
    assert status("TechnologyOne expects capitalised development costs to fall to about 18% of revenue.", [1], art) \
        == "unsupported"


def test_added_is_a_rise():
    art = article("On Friday Xero added 2.3% to $150.10.", title="Xero")
    assert status("Xero shares rose 2.3% to $150.10 on Friday.", [1], art) == "supported"
    assert status("Xero shares fell 2.3% to $150.10 on Friday.", [1], art) == "unsupported"


def test_a_named_segment_is_whose_figures_follow():
    art = article("DNP's Imaging Communication segment, which includes photo services, saw sales slip 2.2% to ¥300.1 billion. Life "
                  "Science sales rose 3.9% to ¥210.4 billion.", title="DNP")
    assert status("Sales in DNP's Imaging Communication segment slipped 2.2%.", [1], art) == "supported"
    assert status("Sales in DNP's Life Science segment slipped 2.2%.", [1], art) == "unsupported"


def test_a_percentage_per_quarter_is_not_one_per_year():
    art = article("The federation said commercial printing shipments fell 2.9% on the year, and its executive "
                  "director expects the decline to continue at 2-3% a year.", title="Printing")
    assert status("The executive director expects shipments to keep falling by 2-3% a year.", [1], art) == "supported"
    assert status("The executive director expects shipments to keep falling by 2-3% a quarter.", [1], art) \
        == "unsupported"


def test_a_fraction_of_the_paragraphs_one_company():
    art = article("TechnologyOne's profit before tax rose 18.1%. Research and development spending was $150.0 "
                  "million, or 24.0% of revenue.", title="TechnologyOne")
    assert status("TechnologyOne spent about a quarter of its revenue on research and development.", [1], art) \
        == "supported"
    assert status("TechnologyOne spent about a third of its revenue on research and development.", [1], art) \
        == "unsupported"


def test_churn_is_better_when_lower():
    art = article("Xero's average monthly churn edged up to 0.95% from 0.90% a year earlier.", title="Xero")
    assert status("Xero's average monthly churn rose to 0.95% from 0.90%.", [1], art) == "supported"
    assert status("Xero's average monthly churn improved to 0.95% from 0.90%.", [1], art) == "unsupported"


def test_two_businesses_figures_swapped():
    art = article("东南网架分业务看，钢结构业务收入58.2亿元，化纤业务收入21.7亿元。", title="东南网架")
    assert status("Southeast Space Frame's steel-structure revenue was 5.82 billion yuan.", [1], art) == "supported"
    assert status("Southeast Space Frame's steel-structure revenue was 2.17 billion yuan.", [1], art) == "unsupported"


def test_an_interim_to_june_is_the_first_half():
    art = article("康华医疗（09999）公布截至2028年6月30日止中期业绩：收入12.40亿元人民币，按年增长8.2%。", title="康华医疗")
    assert status("Kanghua's first-half revenue rose 8.2% to 1.24 billion yuan.", [1], art) == "supported"
    assert status("Kanghua's third-quarter revenue rose 8.2% to 1.24 billion yuan.", [1], art) == "unsupported"


def test_fen_per_share_are_hundredths_of_a_yuan():
    art = article("康华医疗每股基本盈利12.5分人民币，不派中期息。", title="康华医疗")
    assert status("Kanghua's basic earnings were 0.125 yuan a share.", [1], art) == "supported"
    assert status("Kanghua's basic earnings were 12.5 yuan a share.", [1], art) == "unsupported"


def test_a_part_of_an_annualised_sum_is_annualised():
    art = article("前三季度全国新增环卫服务项目年化金额约540.2亿元，同比增长4.1%；其中第三季度为176.3亿元，同比下降1.8%。",
                  title="环卫")
    assert status("The annualised value of new sanitation contracts in the third quarter was 17.63 billion yuan.", [1], art) \
        == "supported"


def test_a_change_against_a_years_whole_keeps_its_levels_period():
    art = article("前三季度新能源环卫车渗透率为21.4%，较2027年全年提升5.3个百分点。", title="环卫")
    assert status("The new-energy share of sanitation vehicles reached 21.4% in the first nine months, 5.3 percentage "
                  "points above 2027 as a whole.", [1], art) == "supported"


def test_a_share_of_industry_sales_is_a_market_share():
    art = article("盈峰环境前三季度新能源环卫车销量4,120台，按行业销量测算市场份额约15%。", title="盈峰环境")
    assert status("Infore sold 4,120 new-energy sanitation vehicles, about 15% of industry sales.", [1], art) == "supported"
    assert status("Infore sold 4,120 new-energy sanitation vehicles, about 15% of its revenue.", [1], art) == "unsupported"


def test_added_that_is_no_rise():
    art = article("Chief financial officer Anil Mehra said billing rates had fallen about 3%. He added that net debt was "
                  "₹152 crore at the end of September, down from ₹199 crore at the end of June.", title="Quess")
    assert status("Net debt fell to ₹152 crore at the end of September from ₹199 crore at the end of June.", [1], art) \
        == "supported"


def test_a_years_own_level_is_not_the_half_named_before():
    art = article("她预计明年上半年行业产能利用率仍将维持在70%左右；2029年全国焊接机器人销量将达到7.2万台，较今年的5.6万台增长约"
                  "三成。", title="焊接")
    assert status("She expects 72,000 welding robots to be sold in 2029, up from 56,000 this year.", [1], art) == "supported"


def test_segments_the_glossary_now_tells_apart():
    art = article("SRF's chemicals business grew revenue 22.1% to Rs 1,980 crore. Packaging films revenue increased 3.2% "
                  "to Rs 1,360 crore.", title="SRF")
    assert status("SRF's packaging films revenue rose 3.2%.", [1], art) == "supported"
    assert status("SRF's packaging films revenue rose 22.1%.", [1], art) == "unsupported"
    flour = article("Nippn's operating profit in its flour milling segment rose 3.8% to ¥6.52 billion, but in its food "
                    "segment it fell 10.6% to ¥4.40 billion.", title="Nippn")
    assert status("Nippn's food segment operating profit fell 10.6%.", [1], flour) == "supported"
    assert status("Nippn's flour milling segment operating profit fell 10.6%.", [1], flour) == "unsupported"


def test_a_national_figure_in_a_hong_kong_paper_is_chinas():
    art = Article(title="網約車訂單", source="信報", language="zh-Hant",
                  paragraphs=["據交通運輸部數據，今年7月全國網約車平台共完成訂單8.76億單，同比增長5.9%；如祺出行收入14.86億元人民幣。"])
    assert status("China's ride-hailing platforms completed 876 million orders in July, up 5.9% on the year.", [1], art) \
        == "supported"
    assert status("Japan's ride-hailing platforms completed 876 million orders in July, up 5.9% on the year.", [1], art) \
        == "unsupported"


def test_for_the_full_year_after_a_figure_is_its_period():
    art = article("Chief executive Kim Do-hyun said the company would file for approval in the fourth quarter and "
                  "expects revenue of about 15 billion won for the full year.", title="Lunit")
    assert status("The company expects full-year revenue of about 15 billion won.", [1], art) == "supported"
    assert status("The company expects fourth-quarter revenue of about 15 billion won.", [1], art) == "unsupported"


def test_a_price_per_sized_bag_is_not_per_kilogram():
    art = article("Nisshin Seifun said it would cut commercial flour prices by ¥220 to ¥280 per 25-kilogram bag from "
                  "January 6.", title="Nisshin Seifun")
    assert status("Nisshin Seifun will cut flour prices by ¥220 to ¥280 a bag.", [1], art) == "supported"
    assert status("Nisshin Seifun will cut flour prices by ¥220 to ¥280 per kilogram.", [1], art) == "unsupported"


def test_two_indexes_of_one_family_are_not_one_subject():
    art = article("The Nifty 50 rose 0.42% and the Nifty Smallcap 100 index gained 1.1%.", title="Markets")
    assert status("The Nifty Smallcap 100 rose 1.1%.", [1], art) == "supported"
    assert status("The Nifty Smallcap 100 rose 0.42%.", [1], art) == "unsupported"


def test_a_whole_year_named_with_its_year_is_that_years():
    art = dated("贝康医疗行政总裁表示，公司目标在2030年实现全年盈亏平衡。", when="2029-08-20 18:00", title="贝康医疗")
    assert status("Basecare is aiming for full-year breakeven in 2030.", [1], art) == "supported"
    assert status("Basecare is aiming for full-year breakeven in 2029.", [1], art) == "unsupported"
