"""Seeded generator of synthetic financial wire stories for benches (zh-Hans, zh-Hant, en).

    >>> from bench._articles import generate_articles, house_text
    >>> arts = generate_articles(500, seed=7)        # list[Article], 500 to 3,000 characters each
    >>> print(house_text(arts[0]))                    # the house text layout, for loader benches

Stories are made of template sentences filled with random companies, people, regulators, figures,
dates and quarters, so every paragraph carries the kind of facts an engine must keep. Traditional
Chinese stories are simplified ones converted with OpenCC's s2twp (Taiwan phrasing: 芯片 -> 晶片).
Same seed, same articles.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from functools import lru_cache

from citebrief.article import Article

ZH_COMPANIES = ["宁德时代", "比亚迪", "腾讯控股", "阿里巴巴", "中芯国际", "华虹半导体", "招商银行", "中国平安", "美团",
                "小米集团", "京东方", "隆基绿能", "紫金矿业", "中国移动", "海康威视", "药明康德", "台积电", "联发科",
                "鸿海精密", "丰田汽车", "索尼集团", "软银集团", "Rapidus公司", "三星电子", "英伟达", "苹果公司"]
ZH_PEOPLE = ["王建国", "李明华", "张志强", "陈晓东", "刘芳", "黄伟", "周立群", "吴海燕", "魏哲家", "高市早苗", "植田和男",
             "潘功胜", "吴清", "孙正义", "林志玲", "赵文博"]
ZH_ROLES = ["董事长", "首席执行官", "首席财务官", "总裁", "发言人", "首席经济学家", "分析师"]
ZH_REGULATORS = ["中国证监会", "中国人民银行", "国家金融监督管理总局", "国家发改委", "日本央行", "美联储", "香港证监会",
                 "财政部", "商务部", "上海证券交易所", "深圳证券交易所"]
ZH_PLACES = ["上海", "深圳", "香港", "北京", "东京", "台北", "新加坡", "纽约", "杭州", "苏州"]
ZH_SECTORS = ["半导体", "新能源汽车", "人工智能", "动力电池", "光伏", "生物医药", "消费电子", "数据中心", "云计算", "银行"]
ZH_UNITS = ["亿元", "亿美元", "万亿日元", "亿港元", "亿元人民币", "万吨", "万辆"]

EN_COMPANIES = ["Northwind Capital", "Harbor Semiconductor", "Meridian Bank", "Atlas Motors", "Kestrel Energy",
                "Bluepeak Pharma", "Orion Logistics", "Sable Insurance", "Crestline Retail", "Vantage Cloud",
                "Pioneer Mining", "Lumen Telecom", "Rapidus", "TSMC", "Sony Group", "Toyota Motor", "SoftBank"]
EN_PEOPLE = ["Laura Chen", "David Okafor", "Maria Rossi", "Kenji Sato", "Priya Natarajan", "Thomas Weber",
             "Aisha Rahman", "Michael Grant", "Sofia Alvarez", "Daniel Kim", "Emma Larsen", "Hiroshi Tanaka"]
EN_ROLES = ["chief executive", "chief financial officer", "chairman", "spokesperson", "chief economist", "analyst"]
EN_REGULATORS = ["the Securities and Exchange Commission", "the Federal Reserve", "the European Central Bank",
                 "the Bank of Japan", "the Financial Conduct Authority", "the Treasury", "the Commerce Department",
                 "Hong Kong's Securities and Futures Commission"]
EN_PLACES = ["London", "New York", "Tokyo", "Hong Kong", "Singapore", "Frankfurt", "Taipei", "Shanghai"]
EN_SECTORS = ["semiconductor", "electric vehicle", "artificial intelligence", "battery", "solar", "biotech",
              "consumer electronics", "data center", "cloud computing", "banking"]
EN_UNITS = ["billion dollars", "million dollars", "billion euros", "trillion yen", "billion yuan"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

ZH_TEMPLATES = [
    "{co}周{wd}公布{q}财报，营收达到{amt}，同比增长{pct}，净利润为{amt2}。",
    "{co}{role}{person}在{place}表示，公司计划在{year}年前将{sector}产能提高{pct}。",
    "{reg}于{date}宣布，将对{sector}行业实施新的监管政策，涉及资金规模约{amt}。",
    "据{place}消息，{co}拟以{amt}收购{co2}约{pct}的股权，交易预计在{year}年{month}月完成。",
    "{co}股价当日上涨{pct}，收于{price}元，市值升至{amt}。",
    "分析师预计，{sector}市场需求将在{year}年增长{pct}，但原材料价格上涨仍是主要风险。",
    "{co}与{co2}签署合作协议，双方将共同投资{amt}建设{sector}研发中心。",
    "{reg}数据显示，{month}月{sector}行业贷款余额达到{amt}，较年初增加{pct}。",
    "{co}此前于{year0}年成立，总部位于{place}，目前员工超过{n}人。",
    "{co}{role}{person}警告称，{sector}行业竞争加剧，{q}毛利率可能下降{pp}个百分点。",
    "受此消息影响，{sector}板块整体上涨{pct}，{co}和{co2}涨幅居前。",
    "{co}表示，将在{year}年发行规模为{amt}的债券，用于补充营运资金和偿还贷款。",
    "{reg}{role}{person}在{date}的发布会上指出，政策利率将维持在{rate}不变。",
    "{co}去年在{sector}领域累计投入{amt}，占其总收入的{pct}。",
    "{co}{q}出货量达到{units}，创下历史新高，其中海外市场占比{pct}。",
    "按照计划，{co}将于{year}年在{place}量产新一代{sector}产品，总投资约{amt}。",
]
EN_TEMPLATES = [
    "{co} reported {q} revenue of {amt} on {date}, up {pct} from a year earlier, with net profit of {amt2}.",
    "{person}, {role} of {co}, said in {place} that the company plans to raise {sector} capacity by {pct} by {year}.",
    "{reg} announced on {date} new rules for the {sector} industry covering about {amt} of assets.",
    "{co} agreed to buy a {pct} stake in {co2} for {amt}, a deal expected to close in {month} {year}.",
    "Shares of {co} rose {pct} to close at ${price}, lifting its market value to {amt}.",
    "Analysts expect {sector} demand to grow {pct} in {year}, though rising input costs remain the main risk.",
    "{co} and {co2} signed a partnership to invest {amt} in a joint {sector} research center.",
    "Data from {reg} showed {sector} lending reached {amt} in {month}, {pct} higher than at the start of the year.",
    "Founded in {year0} and based in {place}, {co} now employs more than {n} people.",
    "{person}, {role} at {co}, warned that competition in {sector} could cut {q} gross margin by {pp} percentage points.",
    "The {sector} index gained {pct} on the news, led by {co} and {co2}.",
    "{co} said it will issue {amt} of bonds in {year} to refinance loans and fund working capital.",
    "{person} of {reg} told reporters on {date} that the policy rate would stay at {rate}.",
    "Last year {co} spent {amt} on {sector}, or {pct} of its total revenue.",
    "{co} shipped {units} in {q}, a record, with overseas markets accounting for {pct}.",
    "Under the plan, {co} will start mass production of {sector} products in {place} in {year}, investing about {amt}.",
]
ZH_TITLES = ["{co}{q}营收增长{pct}，{sector}业务成主要动力", "{reg}出台{sector}新规，{co}拟投资{amt}",
             "{co}拟斥资{amt}收购{co2}股权"]
EN_TITLES = ["{co} {q} revenue rises {pct} on {sector} demand", "{reg} tightens {sector} rules as {co} invests {amt}",
             "{co} to buy {co2} stake for {amt}"]
SOURCES = {"zh-Hans": ["财联社", "智通财经网", "证券时报"], "zh-Hant": ["經濟日報", "工商時報", "信報"],
           "en": ["Harbor Wire", "Market Ledger", "Asia Finance Daily"]}


def _slots(rng: random.Random, zh: bool) -> dict[str, str]:
    year = rng.randint(2024, 2028)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    amount = f"{rng.randint(2, 980)}.{rng.randint(0, 9)}"
    if zh:
        cos = rng.sample(ZH_COMPANIES, 2)
        return {
            "co": cos[0], "co2": cos[1], "person": rng.choice(ZH_PEOPLE), "role": rng.choice(ZH_ROLES),
            "reg": rng.choice(ZH_REGULATORS), "place": rng.choice(ZH_PLACES), "sector": rng.choice(ZH_SECTORS),
            "amt": amount + rng.choice(ZH_UNITS), "amt2": f"{rng.randint(1, 90)}.{rng.randint(0, 9)}亿元",
            "pct": f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%", "pp": str(rng.randint(1, 5)),
            "price": f"{rng.randint(5, 400)}.{rng.randint(10, 99)}", "rate": f"{rng.randint(0, 5)}.{rng.randint(0, 75)}%",
            "year": str(year), "year0": str(rng.randint(1985, 2020)), "month": str(month),
            "date": f"{year}年{month}月{day}日", "q": rng.choice(["第一季度", "第二季度", "第三季度", "第四季度", "上半年"]),
            "wd": rng.choice("一二三四五"), "n": str(rng.randint(2, 90) * 1000),
            "units": f"{rng.randint(10, 900)}万辆",
        }
    cos = rng.sample(EN_COMPANIES, 2)
    return {
        "co": cos[0], "co2": cos[1], "person": rng.choice(EN_PEOPLE), "role": rng.choice(EN_ROLES),
        "reg": rng.choice(EN_REGULATORS), "place": rng.choice(EN_PLACES), "sector": rng.choice(EN_SECTORS),
        "amt": f"{amount} {rng.choice(EN_UNITS)}", "amt2": f"${rng.randint(1, 90)}.{rng.randint(0, 9)} billion",
        "pct": f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%", "pp": str(rng.randint(1, 5)),
        "price": f"{rng.randint(5, 400)}.{rng.randint(10, 99)}", "rate": f"{rng.randint(0, 5)}.{rng.randint(0, 75)}%",
        "year": str(year), "year0": str(rng.randint(1985, 2020)), "month": EN_MONTHS[month - 1],
        "date": f"{EN_MONTHS[month - 1]} {day}", "q": rng.choice(["the first quarter", "the second quarter",
                                                                    "the third quarter", "the fourth quarter"]),
        "n": f"{rng.randint(2, 90)},000", "units": f"{rng.randint(10, 900)},000 vehicles",
    }


@lru_cache(maxsize=1)
def _taiwan_converter():
    from opencc import OpenCC

    return OpenCC("s2twp")


def generate_article(rng: random.Random, language: str, min_chars: int = 500, max_chars: int = 3000) -> Article:
    zh = language.startswith("zh")
    templates = ZH_TEMPLATES if zh else EN_TEMPLATES
    target = rng.randint(min_chars, max_chars)
    paragraphs: list[str] = []
    total = 0
    while True:
        sentences = [rng.choice(templates).format(**_slots(rng, zh)) for _ in range(rng.randint(2, 4))]
        paragraph = ("" if zh else " ").join(sentences)
        if total + len(paragraph) > target and total >= min_chars:
            break
        if total + len(paragraph) > max_chars:
            paragraph = sentences[0]
            if total + len(paragraph) > max_chars:
                break
        paragraphs.append(paragraph)
        total += len(paragraph)
    title = rng.choice(ZH_TITLES if zh else EN_TITLES).format(**_slots(rng, zh))
    if language == "zh-Hant":
        conv = _taiwan_converter()
        paragraphs = [conv.convert(p) for p in paragraphs]
        title = conv.convert(title)
    published = datetime(2025, 1, 1) + timedelta(minutes=rng.randint(0, 525_000))
    return Article(title=title, source=rng.choice(SOURCES[language]), published_at=published,
                   language=language, paragraphs=paragraphs, origin="generated")


def generate_articles(n: int, seed: int = 7, languages: tuple[str, ...] = ("zh-Hans", "zh-Hant", "en")) -> list[Article]:
    """n articles, languages in rotation, 500 to 3,000 characters of paragraphs each."""
    rng = random.Random(seed)
    return [generate_article(rng, languages[i % len(languages)]) for i in range(n)]


def house_text(article: Article) -> str:
    """The article in the house text layout (title, dateline, blank line, paragraphs)."""
    head = [article.title] + ([article.dateline] if article.dateline else [])
    return "\n".join(head) + "\n\n" + "\n\n".join(article.paragraphs) + "\n"
