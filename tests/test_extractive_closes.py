"""Clauses that lean on the one before them and outlet furniture at a lead's start
(data/lead_ins.tsv, engines/spans.py): the ninth coverage pass. Sentences are our own."""
from citebrief.article import Article
from citebrief.engines import get_engine
from citebrief.engines.spans import starts, trim_start


def test_a_chinese_close_after_the_stock_it_belongs_to_starts_no_bullet():
    s = "科技股全線下挫，甲辰科技跌3.1%，收報56.2元；乙巳集團跌2.0%，收報12.4元。"
    assert all(not s.startswith("收報", i) for i in starts(s, True))
    t = "示例电子早盘低开，午收報8.45元，跌1.2%。"
    assert all(not t.startswith("午收報", i) for i in starts(t, True))


def test_a_chinese_market_value_after_its_company_starts_no_bullet():
    s = "二级市场上，示例能源今日收报25.30元，涨0.8%，总市值约560亿元。"
    assert s.index("总市值") not in starts(s, True)


def test_a_clause_naming_its_own_metric_still_starts_a_bullet():
    s = "公司前三季度营业收入为812亿元，同比增长9.2%；归母净利润为96亿元。"
    assert s.index("归母净利润") in starts(s, True)


def test_an_outlet_dateline_and_a_byline_with_a_place_are_trimmed():
    s = "证券时报e公司讯，示例科技11月3日晚间公告，公司拟配售2000万股新H股。"
    assert s[trim_start(s, True):].startswith("示例科技")
    t = "某某網記者王小明 台北 示例電子今日發表新一代晶片，採用3奈米製程。"
    assert t[trim_start(t, True):].startswith("示例電子")
    u = "示例电子董事长王小明表示，新工厂明年投产。"  # a named speaker is no byline
    assert trim_start(u, True) == 0


def test_no_bullet_of_a_market_wrap_is_a_bare_close():
    article = Article(title="港股收跌 科技股受壓", language="zh-Hant", paragraphs=[
        "港股今日回落，恒生指數收市報24,100點，跌380點或1.55%；恒生科技指數收報5,120點，跌2.1%。全日大市成交額2,310億元。",
        "科技股普遍受壓，甲辰科技跌4.1%，收報96.5元，為表現最差藍籌；乙巳集團跌3.5%，收報140.2元。",
        "金融股相對抗跌，丙午銀行逆市升0.6%，收報110.4元。",
        "南向資金逆市流入，港股通全日淨買入62.3億元，連續第9個交易日錄得淨流入。",
        "內房股跌幅居前，丁未物業跌5.2%，戊申地產跌3.9%。",
        "分析師表示，恒指跌穿24,500點後，短期支持位下移至23,800點。",
        "期指方面，11月期指收報24,080點，低水20點。",
    ])
    brief = get_engine("extractive").brief(article)
    texts = [b.text for s in brief.sections for b in s.bullets]
    assert texts and not any(t.startswith(("收報", "午收報")) for t in texts)
    for s in brief.sections:
        for b in s.bullets:
            assert b.text in article.paragraphs[b.citations[0] - 1]
