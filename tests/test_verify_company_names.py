"""Companies as news names them: an English name made of a place or pinyin head and a company word
('China Film' = 中国电影, 'Wanda Film' = 万达电影), Taiwanese abbreviations the story never spells out
(南纺, 宜进), two-letter tickers that move, the company a target is for, appositives, trusts named
short. Each case sets a correct claim against a wrong one. Companies are real or invented; all
figures and sentences are ours."""
from __future__ import annotations

from citebrief.article import Article
from citebrief.verify import check_claim
from tests.support.verify import article, dated, status

FILM = dated("二级市场方面，万达电影收涨4.05%，报13.86元；光线传媒涨停，报24.60元；中国电影上涨2.88%。")


def test_a_place_or_pinyin_head_and_a_company_word_name_a_chinese_company():
    assert status("Wanda Film shares rose 4.05% to 13.86 yuan.", [1], FILM) == "supported"
    assert status("China Film shares rose 2.88%.", [1], FILM) == "supported"
    wrong = check_claim("China Film shares closed at 24.60 yuan.", [1], FILM)
    assert wrong.status == "unsupported"
    assert any("光线传媒" in p for p in wrong.problems)
    # A film company the paragraph does not name, where it names others, is a wrong name.
    assert status("Shanghai Film shares rose 2.88%.", [1], FILM) == "unsupported"
    # A body, not a company: 'China Film Administration' is not 中国电影.
    body = dated("国家电影局数据显示，10月全国电影票房为48.62亿元。")
    assert status("October box office was 4.862 billion yuan, the China Film Administration said.", [1], body) != \
        "unsupported"


def test_a_taiwanese_abbreviation_the_story_uses_names_the_company():
    art = Article(title="紡織廠10月營收", source="經濟日報", language="zh-Hant",
                  paragraphs=["其他紡織廠方面，南紡10月營收28.14億元，年減4.6%；宜進10月營收5.62億元，年減11.2%。"])
    assert status("Tainan Spinning's October revenue fell 4.6% on year.", [1], art) == "supported"
    assert status("Yi Jinn Industrial's October revenue fell 11.2% on year.", [1], art) == "supported"
    assert status("Yi Jinn Industrial's October revenue fell 4.6% on year.", [1], art) == "unsupported"
    # (Everest Textile is 宏遠興業, 1460.TW; 宜進 is Yi Jinn Industrial, 1457.TW.)
    assert status("Everest Textile's October revenue fell 11.2% on year.", [1], art) != "supported"


def test_two_letter_names_that_move_by_a_figure_own_it():
    art = article("HYBE closed up 4.7 percent, while SM rose 2.1 percent and JYP jumped 6.3 percent. "
                  "YG fell 1.4 percent.", title="Entertainment shares", language="en")
    assert status("SM shares rose 2.1% on Friday.", [1], art) == "supported"
    assert status("YG shares rose 2.1% on Friday.", [1], art) == "unsupported"


def test_the_company_a_target_is_for_and_the_level_it_moved_from():
    art = article("Park Sang-woo of Eugene Investment & Securities set a target of 92,000 won for JYP.",
                  "Guohai Securities analyst Lin Xiaoyu raised her target price for Wantai to 85 yuan from 72 yuan.",
                  title="Targets", language="en")
    assert status("Eugene Investment & Securities' Park Sang-woo set a 92,000-won target for JYP.", [1], art) == \
        "supported"
    assert status("Cho Eun-bi set a 92,000-won target price for JYP.", [1], art) == "unsupported"
    assert status("Guohai Securities' Lin Xiaoyu raised her Wantai target price to 85 yuan from 72 yuan.", [2],
                  art) == "supported"


def test_an_appositives_companies_and_a_trust_named_short():
    art = article("Eternal, the parent of Zomato and Blinkit, reported a net profit of 486 crore rupees for "
                  "July-September.",
                  "Mapletree Logistics Trust's quarterly DPU fell 6.2 per cent to 1.82 cents. Mapletree Logistics "
                  "blamed weaker Chinese rents, which fell 4.5 per cent on renewal.", title="Results", language="en")
    assert status("Eternal's July-September net profit was 486 crore rupees.", [1], art) == "supported"
    assert status("Mapletree Logistics Trust's quarterly DPU fell 6.2% to 1.82 cents as Chinese rents fell 4.5%.",
                  [2], art) == "supported"


def test_a_previous_close_worked_out_from_a_limit_move_is_not_invented():
    art = dated("千味央厨涨停，收报31.46元。")
    assert status("Qianwei Central Kitchen's limit-up close of 31.46 yuan implies a previous close of about 28.60 "
                  "yuan.", [1], art) == "unverifiable"
    assert status("Qianwei Central Kitchen's limit-up close of 31.46 yuan implies a previous close of about 26.10 "
                  "yuan.", [1], art) == "unsupported"


def test_a_segment_and_an_analysts_call_own_no_figure():
    seg = dated("分业务看，前三季度招商公路收费公路业务收入79.14亿元，同比增长3.6%；交通科技业务收入10.35亿元，同比下降6.8%。")
    assert status("China Merchants Expressway's transport-technology revenue fell 6.8% on year.", [1], seg) == \
        "supported"
    call = dated("国海证券首席分析师林晓宇预计万泰生物2026年归母净利润为2.05亿元。")
    assert status("Lin's 2026 net profit forecast for Wantai is 205 million yuan.", [1], call) == "supported"


def test_a_place_that_opens_an_english_sentence_owns_what_follows():
    art = article("The January contract on Bursa Malaysia Derivatives fell 1.8% to 4,126 ringgit a tonne. In Indonesia, "
                  "the world's largest producer, September exports fell 12.4% from August to 2.31 million tonnes.",
                  title="Palm oil", language="en")
    assert status("Indonesia's September exports fell 12.4% from August.", [1], art) == "supported"
    assert status("Malaysia's September exports fell 12.4% from August.", [1], art) == "unsupported"
