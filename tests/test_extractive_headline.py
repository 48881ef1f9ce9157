"""The default brief keeps the figures its title states (engines/extractive.W_TITLE): a headline
change ('月增12.4%', 'up 43%') is what the story is about, even where the engine would otherwise
prefer the level beside it and the paragraph's other figures."""
from citebrief.article import Article
from citebrief.engines import get_engine
from citebrief.verify import verify_brief

# Written for this test (an invented company and invented figures).
PARAGRAPHS = [
    "远岫电子今日公布10月合并营收为新台币812.5亿元，月增12.4%，年增30.2%，创单月历史新高；"
    "累计前10月营收为新台币6,904.3亿元，较去年同期增长27.1%。",
    "远岫电子表示，10月营收成长主要受惠于云端服务器与网通产品出货增加，其中服务器机柜出货量环比增长约两成，"
    "消费电子产品出货则与上月大致持平。",
    "公司预估，第四季营收将介于新台币2,350亿元至2,450亿元之间，毛利率约为7.2%至7.5%，"
    "高于第三季的6.9%。",
    "法人指出，远岫电子今年资本支出约为新台币520亿元，较去年增加约三成，主要用于墨西哥及越南的服务器新产能，"
    "预计明年上半年陆续投产。",
    "远岫电子股价今日收在新台币186.5元，上涨3.5元，成交量约为4.2万张，外资当日买超约6,800张。",
    "远岫电子将于11月13日召开法说会，说明第三季财报及明年营运展望，市场关注其人工智能服务器订单能见度。",
    "业内人士认为，大型云端业者持续扩大数据中心投资，服务器代工厂商的接单动能可望延续到明年，"
    "但零组件供应与海外新厂的良率爬坡仍是影响出货节奏的主要变量。",
]


def test_a_change_the_title_states_is_in_the_brief_though_the_lead_has_a_level_beside_it():
    article = Article(title="远岫电子10月营收年增30.2% 创单月新高", language="zh-Hans", paragraphs=PARAGRAPHS)
    brief = get_engine("extractive").brief(article)
    texts = [brief.core_viewpoint.text] + [b.text for s in brief.sections for b in s.bullets]
    assert any("30.2%" in t for t in texts), texts
    assert all(c.check.status == "supported" for c in verify_brief(brief).claims())


# Written for this test: a lead with no figure, then a paragraph of figures per index and stock.
MARKET_CLOSE = [
    "Stocks ended higher on Tuesday, led by a rebound in chipmakers and a stronger-than-expected reading "
    "on consumer confidence that eased worries about spending over the holiday season.",
    "The Eastland 300 gained 0.84% to end at 7,412.36 points. The tech-heavy Harbor index climbed 1.31% to 25,118.40, "
    "and the blue-chip Northgate 30 rose 0.42% to 49,205.77.",
    "A gauge of chip stocks jumped 3.6%, its best day in five weeks, as Corvane Devices rose 6.2% after a broker raised "
    "its price target to $180.",
    "The Conference Council said its consumer confidence index rose to 101.8 in November from 96.4 in October, "
    "well above the 97.5 economists had expected.",
    "Ten-year bond yields fell 4 basis points to 4.06%, and traders raised bets on a rate cut in December to about 70%.",
    "Retailer Lumora fell 7.4% after cutting its full-year sales forecast to $48 billion.",
    "Oil prices slipped, with the Eastland crude benchmark settling down 1.1% at $71.40 a barrel after a report showed "
    "inventories rose by 2.3 million barrels last week.",
    "Volume on Eastland exchanges was 17.9 billion shares, compared with a 20-day average of 16.3 billion, and advancing "
    "issues outnumbered decliners by a 2.1-to-1 ratio.",
]


def test_a_lead_with_no_figure_is_told_in_its_first_clause_so_figures_get_the_room():
    article = Article(title="Stocks close higher as chipmakers rebound", language="en", paragraphs=MARKET_CLOSE)
    brief = get_engine("extractive").brief(article)
    assert brief.core_viewpoint.text == "Stocks ended higher on Tuesday"
    texts = [b.text for s in brief.sections for b in s.bullets]
    assert sum("%" in t for t in texts) >= 4, texts  # (three with the lead told whole)
