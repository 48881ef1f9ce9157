"""Every name checked (issue 9, item 2): names the gazetteer lacks are found by reading the source in
the romanisation its place uses; a person the cited paragraph does not name, where it names someone
else, is unsupported; a title the paragraph contradicts is unsupported; a name found nowhere keeps the
claim from being 'supported'. Articles are our own invented text."""
from __future__ import annotations

from citebrief.facts.readings import name_spans
from citebrief.verify import check_claim
from tests.support.verify import article

JP = article("自民党众议员关芳弘表示，日本希望重夺半导体制造强国地位。",
             "石破茂内阁此前已拨款约1.7万亿日元。", title="日本芯片政策")
TW = article("力晶科技董事長魏哲仁表示，第四季營收可望季增5%。",
             "財務長黃仁昭指出，明年資本支出約新臺幣300億元。", title="力晶科技法說會")
HK = article("恒昌銀行行政總裁陳家明表示，商業地產貸款減值壓力尚未見頂。", title="香港銀行業績")
KR = article("大成制铁代表理事朴成俊表示，公司计划在越南新建热轧厂。", title="韩国钢厂")
NOBODY = article("日本希望重夺半导体制造强国地位。", title="日本芯片政策")


def status(text, cites, art):
    return check_claim(text, cites, art)


def test_japanese_readings_of_kanji_names_either_order():
    for name in ("Seki Yoshihiro", "Yoshihiro Seki"):
        check = status(f"LDP lawmaker {name} said Japan hopes to regain its status as a chipmaking power.", [1], JP)
        assert check.status == "supported", (name, check.problems)
    assert status("The cabinet of Shigeru Ishiba had set aside about 1.7 trillion yen.", [2], JP).status == \
        "supported"


def test_an_invented_name_where_the_paragraph_names_someone_else_is_unsupported():
    check = status("The Liberal Democratic Party's representative, Katsunori Inoue, said that Japan hopes to "
                   "regain its status as a leading semiconductor manufacturer.", [1], JP)
    assert check.status == "unsupported"
    assert any("Katsunori Inoue" in p and "关芳弘" in p for p in check.problems)


def test_a_name_found_nowhere_is_never_supported():
    check = status("Lawmaker Katsunori Inoue said Japan hopes to regain its chipmaking status.", [1], NOBODY)
    assert check.status == "unverifiable"
    assert not check.problems  # nobody else is named there: not a false alarm either


def test_taiwanese_names_in_wade_giles_and_english_given_names():
    assert status("Chairman Wei Che-jen said fourth-quarter revenue may rise 5% from the third quarter.", [1],
                  TW).status == "supported"
    assert status("CFO Wendell Huang said capital spending next year would be about NT$30 billion.", [2],
                  TW).status == "supported"


def test_hong_kong_cantonese_and_korean_names():
    assert status("Hang Cheong Bank chief executive Peter Chan Ka-ming said impairment pressure had not peaked.",
                  [1], HK).status == "supported"
    assert status("Daesung Steel CEO Park Sung-joon said the company plans a new mill in Vietnam.", [1],
                  KR).status == "supported"


def test_a_title_the_paragraph_contradicts_is_unsupported():
    wrong = status("CEO Wei Che-jen said fourth-quarter revenue may rise 5% from the third quarter.", [1], TW)
    assert wrong.status == "unsupported"
    assert any("'Wei Che-jen' is 董事长 (chairman) in [1], not CEO" in p for p in wrong.problems)
    cfo = status("Chief executive Wendell Huang said capital spending would be about NT$30 billion.", [2], TW)
    assert cfo.status == "unsupported"


def test_readings_do_not_match_a_different_name():
    assert name_spans("Katsunori Inoue", "自民党议员关芳弘表示") == []
    assert name_spans("Kim Tae-hoon", "大成制铁会长金泰浩表示", person=True) == []
    assert name_spans("Kim Tae-ho", "大成制铁会长金泰浩表示", person=True) != []


def test_an_english_company_name_the_chinese_story_does_not_spell_is_unsupported():
    cn = article("华储能源第三季度净利润同比增长42%。", title="华储能源三季报")
    assert status("Huachu Energy's third-quarter net profit rose 42%.", [1], cn).status == "supported"
    wrong = status("Storast Energy's third-quarter net profit rose 42%.", [1], cn)
    assert wrong.status == "unsupported"
    assert any("there the company named is 华储能源" in p for p in wrong.problems)


PLANTS = article("台积电在熊本县的第一座工厂已于去年量产，第二座工厂预计2027年投产。",
                 "日本政府为台积电在熊本县的两座工厂提供最多约1.2万亿日元补贴。", title="台积电日本工厂")


def test_an_invented_place_where_the_paragraph_names_its_own_is_unsupported():
    check = status("TSMC received up to about 1.2 trillion yen in subsidies for its two plants in Rokkaido "
                   "and Saitama Prefecture.", [2], PLANTS)
    assert check.status == "unsupported"
    assert any("Rokkaido" in p and "熊本县" in p for p in check.problems)
    # The place read right is found by its Japanese reading.
    right = status("TSMC received up to about 1.2 trillion yen in subsidies for its two plants in Kumamoto "
                   "Prefecture.", [2], PLANTS)
    assert right.status == "supported", right.problems


def test_a_titled_person_is_not_found_by_a_shared_given_name():
    art = article("Governor Sanjay Malhotra said inflation was now projected at 3.4% for 2026/27.",
                  title="RBI holds rates")
    check = status("Governor Sanjay Mehta said inflation is now projected at 3.4% for 2026/27.", [1], art)
    assert check.status == "unsupported" and any("Sanjay Malhotra" in p for p in check.problems)


def test_a_pinyin_name_needs_its_given_name_not_only_the_surname():
    art = article("董事长陈华表示，公司将坚持营销转型。总经理王莉表示，2026年营业总收入增长目标维持在5%左右。",
                  title="白酒企业业绩会")
    assert status("General manager Wang Li said the 2026 revenue growth target remained at about 5%.", [1],
                  art).status == "supported"
    wrong = status("General manager Wang Ying said the 2026 revenue growth target remained at about 5%.", [1], art)
    assert wrong.status == "unsupported", wrong.problems


def test_a_central_bank_or_company_the_story_does_not_name():
    taiwan = article("中央銀行今日宣布利率維持不變，並將今年經濟成長率預測上調至4.55%。",
                     "極光汽車10月交付新車5.1萬輛。",
                     "截至9月末，該行不良貸款率為1.25%。",
                     title="央行理監事會", language="zh-Hant")
    assert check_claim("Taiwan's central bank raised its growth forecast to 4.55%.", [1], taiwan).status == "supported"
    wrong = check_claim("The People's Bank of China raised its growth forecast to 4.55%.", [1], taiwan)
    assert wrong.status != "supported", wrong.problems
    invented = check_claim("Extremus Automotive delivered 51,000 vehicles in October.", [2], taiwan)
    assert invented.status == "unsupported", invented.problems
    # 9月末 is the month's last day too.
    assert check_claim("As of September 30, the bank's NPL ratio was 1.25%.", [3], taiwan).status == "supported"


def test_a_known_name_inside_a_longer_capitalised_name_is_not_read_as_the_shorter_one():
    from citebrief.facts.atoms import english_names

    def read(text):
        return [(n.text, n.entity.name if n.entity else None) for n in english_names(text)]

    # 'Harbour China Life' is not in the gazetteer: read whole, never as China Life (中国人寿).
    assert read("Harbour China Life said premiums rose 8%.") == [("Harbour China Life", None)]
    # A descriptor, a function word or a month before the name leaves it alone.
    for text in ("Rival China Life said premiums rose 8%.", "In October China Life said premiums rose 8%."):
        assert ("China Life", "China Life Insurance") in read(text), read(text)
    # The longer name the gazetteer knows wins.
    assert read("New China Life said premiums rose 8%.") == [("New China Life", "New China Life Insurance")]


def test_english_company_names_match_the_chinese_and_taiwanese_short_forms():
    cn = article("新华保险前三季度原保险保费收入同比增长12%。", title="险企三季报")
    assert status("New China Life's premium income rose 12% in the first three quarters.", [1], cn).status == "supported"
    wrong = status("China Life's premium income rose 12% in the first three quarters.", [1], cn)
    assert wrong.status == "unsupported", wrong.problems
    tw = article("和泰車10月掛牌數年增8%，中華車則年減3%。", title="車市月報", language="zh-Hant")
    assert status("Hotai Motor's October registrations rose 8% year on year.", [1], tw).status == "supported"
    assert status("China Motor's October registrations fell 3% year on year.", [1], tw).status == "supported"
