"""The boilerplate filter: page furniture out, look-alike news sentences kept."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from citebrief.loaders import from_bytes, from_text, load_article
from citebrief.loaders.boilerplate import clean_paragraphs
from citebrief.loaders.outlet import outlet_name

FURNITURE = [
    # captions and image credits
    "图片来源：视觉中国", "（图片来源：网络）", "圖片來源：路透社", "图为2025年11月5日拍摄的上海陆家嘴金融区（资料图）",
    "圖／聯晟科技提供", "新华社记者 李贺 摄", "Photo: Reuters/Kim Kyung-Hoon", "Image: Getty Images",
    "(Photo by Lena Park/Getty Images)", "Kim Kyung-Hoon/Reuters", "AFP via Getty Images",
    # bylines
    "记者 王明", "本报记者 张三 李四", "記者林佳蓉／台北報導", "作者：刘洋", "文｜陈晨", "By John Smith",
    "By Jane Doe and Tom Lee, Reuters", "By Priya Raman in Mumbai",
    "Reporting by Daniel Okafor in San Francisco; Editing by Tom Whitfield",
    # editor lines
    "责任编辑：周敏", "編輯：黃志豪", "（编辑：王五）", "校对：李雷 审核：韩梅梅", "Editor: Sam Park", "Edited by Anna Ruiz",
    # share buttons
    "分享到：微信 微博 QQ空间", "点赞 收藏 转发", "Share on Twitter | Facebook | LinkedIn | Email", "分享 Facebook LINE 列印",
    "字号：大 中 小",
    # copyright, disclaimers, sources
    "免责声明：本文仅代表作者个人观点，不构成投资建议。", "免责声明", "版权所有 © 2025 东方财经网 未经授权不得转载",
    "本文来源：证券时报", "来源：新华社", "Copyright © 2025 Harbor Wire. All rights reserved.",
    "Disclaimer: This article is for information only.",
    # end marks, dates, punctuation and empties
    "（完）", "(完)", "【完】", "-END-", "2025-11-05 09:30", "东方财经网·2025-11-05 09:30",
    "2025-11-05 09:30 来源：东方财经网", "。。。", "* * *", "——", "", "　　",
    # widgets and page blocks of Chinese news sites: nav tabs, counters, times, reactions, badges
    "推荐 娱乐 体育 财经", "为您推荐", "加载更多", "图集", "243,470", "09:38", "1.2万", "5小时前", "APP专享",
    "APP专享 09:38 2,416", "好文 钦佩 喜欢 泪目", "赞2,316 评论418 收藏 分享 举报", "243,470 阅读", "跟贴 1,286",
    "扫一扫 关注我", "点击上方蓝字 关注我们", "海量资讯、精准解读，尽在新浪财经APP", "证券时报APP 微信公众号",
    "（原标题：澜岸电池三季报出炉：净利大增四成）", "网友评论仅供其表达个人看法，并不表明网易立场。",
    "您所在的位置：首页 > 快讯 > 公司", "网易首页 > 网易财经 > 股票 > 正文", "人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
    "声明：本文力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议。", "澎湃新闻记者 秦文博", "《棱镜》作者 周纯",
    "澜岸电池位于常州的储能电池生产线。资料图", "（某公司的部分报价单）", "违法和不良信息举报电话：010-85650899",
    "正文已结束，您可以按alt+4进行评论", "17:05 沪指收涨0.4%", "第一财经 2025-11-11 10:05:12 听新闻",
    "返回腾讯网首页>>", "加拿大大叔Gweilo （视频截图）", "BBC报道截图", "2019年10月15日，沈阳，在公园晨练的老年人。（视觉中国）",
    "视频-这个中国人习以为常的地方 为何老外却说“了不得”？", "关键字 : 公园", "我要反馈",
    "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）",
    "女儿的左眼被塞了不止几十块小纸片。 小花母亲供图", "厂区一角。本文图片除特别标注外，均为本报记者段彦超 图",
    "（实习生王金茹对此文亦有贡献）", "石佳/中国青年报", "共享充电宝。视觉中国 资料", "已输入0字", "我要跟帖", "跟踪: 共享充电宝",
    "（原题为《是“收割韭菜”还是“回归理性”》）",
]

NEWS = [
    "记者从国家统计局获悉，10月全国居民消费价格同比上涨0.2%，环比下降0.1%。",
    "By 2027, Rapidus aims to mass-produce 2nm chips at its plant in Chitose, Hokkaido.",
    "By Tuesday, the yen had weakened past 155 per dollar for the first time since February.",
    "Related-party transactions rose 12% to $1.3 billion in 2024, the filing showed.",
    "版权交易市场规模在2024年达到1,200亿元，同比增长15%。",
    "图书出版业务营收下降3.2%。",
    "Photos of the new factory were released on Monday, showing four production lines.",
    "Editors at the newspaper voted to strike on Friday over pay.",
    "Share buybacks totalled $2 billion in the quarter.",
    "来源于海外市场的收入占比提升至29%。",
    "The source of the leak has not been identified, the regulator said.",
    "完成交易后，公司持股比例将升至51%。",
    "Shares rose 3.8% to $64.10.",
    "扫码支付交易额增长30%。",
    # news that looks like furniture: widget words, counts and times inside real sentences
    "公司推荐每10股派发现金红利5元。",
    "10月交付243,470辆，同比增长18.9%。",
    "09:30 沪指高开0.2%，创业板指涨0.5%。",
    "（注：数据截至9月底）",
    "（单位：亿元）",
    "澎湃新闻记者从上海市经信委获悉，首批12个项目已开工。",
    "公司APP月活跃用户达1.2亿，同比增长23%。",
    "评论人士认为，降准的可能性仍然存在。",
    "分享经济规模达到3.8万亿元。",
    "资料显示，该公司成立于2015年。",
    "原标题为《关于调整存款利率的通知》的文件于周一发布。",
    "2025-11-11 10:05 央行公告，将开展2000亿元7天期逆回购操作。",
    "央行当日开展2000亿元逆回购操作。（新华社）",
    "视频平台营收增长12%，广告收入占比提升。",
    "公司公布了未来三年的产能扩张路线图。",
]


def test_link_text_glued_to_the_last_paragraph_is_cut():
    assert clean_paragraphs(["第三方数据行业的整顿仍将持续。返回腾讯网首页>>"]) == ["第三方数据行业的整顿仍将持续。"]
    assert clean_paragraphs(["某公司三季度营收增长8%。（原标题：某公司三季报出炉）"]) == ["某公司三季度营收增长8%。"]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_dropped(line):
    assert clean_paragraphs([line]) == []


@pytest.mark.parametrize("line", NEWS)
def test_news_sentences_are_kept(line):
    assert clean_paragraphs([line]) == [line]


def test_trailing_end_mark_and_editor_note_are_cut():
    assert clean_paragraphs(["维持“买入”评级，目标价上调至68元。（完）"]) == ["维持“买入”评级，目标价上调至68元。"]
    assert clean_paragraphs(["股价上涨2.4%。（编辑：王五）（完）"]) == ["股价上涨2.4%。"]
    assert clean_paragraphs(["Shares rose 3.8%. (Reporting by Jane Doe; Editing by Tom Lee)"]) == ["Shares rose 3.8%."]


def test_interleaved_furniture_does_not_shift_numbering():
    body = ["华拓汽车三季度营收412.6亿元，同比增长23.4%。", "海外交付8.7万辆，同比增长96%。",
            "Pacific Orchard raised guidance to $18.4 billion.", "毛利率为19.8%。"]
    clean = from_text("标题\n\n" + "\n\n".join(body))
    noisy_blocks = []
    for n, p in enumerate(body):
        noisy_blocks += [FURNITURE[(7 * n) % len(FURNITURE)] or "。", p, FURNITURE[(7 * n + 3) % len(FURNITURE)] or "——"]
    noisy = from_text("标题\n\n" + "\n\n".join(noisy_blocks))
    assert noisy.numbered == clean.numbered == list(enumerate(body, start=1))


def test_quick_flash_page_date_line_is_not_a_paragraph():
    html = ("<html><head><title>快讯</title></head><body><article><h1>快讯</h1><div class='time'>2025-11-05 09:30</div>"
            "<p>央行今日开展2000亿元7天期逆回购操作，操作利率为1.40%。</p></article></body></html>")
    article = from_bytes(html.encode(), origin="flash.html")
    assert article.paragraphs == ["央行今日开展2000亿元7天期逆回购操作，操作利率为1.40%。"]
    assert article.published_at is not None and article.published_at.year == 2025  # not "2000亿元"


@given(st.lists(st.sampled_from(FURNITURE + NEWS), max_size=20))
def test_cleaning_is_idempotent(paragraphs):
    once = clean_paragraphs(paragraphs)
    assert clean_paragraphs(once) == once
    assert once == [p for p in paragraphs if p in NEWS]


TOKENS = ["（完）", "（编辑：王五）", "编辑：", "记者", "By", "John", "Smith", "©", "。", "，", " ", "\n", "　", "图为",
          "分享", "微信", "2025-11-05", "09:30", "·", "营收", "增长", "5%", "Shares", "rose", "(", ")", "END", "来源："]


@given(st.lists(st.lists(st.sampled_from(TOKENS), max_size=12).map("".join), max_size=8))
def test_cleaning_random_mixtures_is_idempotent(paragraphs):
    once = clean_paragraphs(paragraphs)
    assert clean_paragraphs(once) == once
    assert all(p and p == p.strip() and "\n" not in p for p in once)


PAGES = Path(__file__).parent / "data" / "pages"


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_news_page_loads_to_its_paragraphs_and_its_outlet(page):
    """Saved pages of Chinese news sites (our own articles in their page structures: nav tabs,
    view counters, share and reaction bars, 原标题 lines, editor lines, copyright footers, a
    copyright meta tag) load to just the article's paragraphs, with the outlet as the source."""
    gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
    article = load_article(page)
    assert article.paragraphs == gold["paragraphs"]
    assert article.source in gold["source_ok"]
    assert "版权所有" not in article.source and "©" not in article.source


def test_copyright_meta_tag_is_never_the_source():
    html = ("<html><head><meta name='copyright' content='远景财经网版权所有'><title>某公司发布三季报</title></head><body>"
            "<article><h1>某公司发布三季报</h1><p>某公司三季度营收12.4亿元，同比增长8.1%。</p>"
            "<p>公司预计全年净利润增长10%至15%。</p></article>"
            "<footer><p>远景财经网版权所有 © 2025</p></footer></body></html>")
    article = from_bytes(html.encode(), origin="page.html")
    assert article.source == "远景财经网"
    assert article.paragraphs == ["某公司三季度营收12.4亿元，同比增长8.1%。", "公司预计全年净利润增长10%至15%。"]


@pytest.mark.parametrize(("site", "title", "url", "expected"), [
    ("网易版权所有", "标题_网易财经", None, "网易财经"),
    ("网易版权所有", "标题", None, "网易"),
    ("Copyright © 1996-2025 SINA Corporation, All Rights Reserved", "标题_新浪财经_新浪网", None, "新浪财经"),
    ("Copyright © 1996-2025 SINA Corporation, All Rights Reserved", "标题", None, "新浪网"),
    (None, "法国全国大罢工再次严重影响交通-新华网", None, "新华网"),
    (None, "女儿出嫁--文化--人民网", None, "人民网"),
    (None, "标题", "https://finance.ifeng.com/c/8abc", "凤凰网"),
    ("东方财经网", "标题_东方财经网", None, "东方财经网"),   # og:site_name as the page gives it
    (None, "Fed holds rates - Harbor Wire Daily", None, "Harbor Wire Daily"),
    ("© 2025", "标题", None, None),
])
def test_outlet_name(site, title, url, expected):
    assert outlet_name(site_name=site, title=title, url=url) == expected


def test_bare_caption_under_a_picture_is_dropped_but_a_short_sentence_in_the_text_is_kept():
    html = ("<html><head><title>某港口吞吐量创新高_远景财经网</title></head><body><article><h1>某港口吞吐量创新高</h1>"
            "<p>某港口10月集装箱吞吐量达到412万标准箱，同比增长9.6%，创单月新高。</p>"
            "<p><img src='/a.jpg'></p><p>港区一角。</p>"
            "<p>港口集团表示，新开通的6条航线带动了中转箱量增长。</p><p>业绩超出预期。</p>"
            "<p><img src='/b.jpg'></p><p><strong>《港口十年》</strong></p>"
            "<p>四季度吞吐量预计同比增长8%至10%，全年有望突破4500万标准箱。</p></article></body></html>")
    article = from_bytes(html.encode(), origin="port.html")
    assert "港区一角。" not in article.paragraphs
    assert "业绩超出预期。" in article.paragraphs and "《港口十年》" in article.paragraphs
    assert article.source == "远景财经网"
