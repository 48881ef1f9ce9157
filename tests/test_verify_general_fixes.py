"""General verifier rules added after the blind held-out set (eval/data/holdout) showed them
missing: each test pairs a correct claim (must not be flagged) with a wrong one (must be)."""
from __future__ import annotations

from citebrief.facts.quantities import find_quantities
from citebrief.verify import check_claim
from tests.support.verify import article

HANS = article(
    "某银行第三季度净息差为1.62%，同比下降0.12个百分点，环比提升0.03个百分点。",
    "9月末社会融资规模存量同比增长8.4%，增速比上月末低0.1个百分点。",
    "该行约六成贷款投向制造业，不良贷款率为1.25%。",
    "副行长赵立新表示，2027年下半年将在重庆开设新的数据中心；系统升级已于2026年初完成。",
    "受此影响，沪深两市银行板块集体走强，上证指数上涨1.1%。",
    title="某银行三季度净息差企稳",
)
HANT = article(
    "聯發科今日公布第三季財報，營收為新台幣1,530億元，季增4.2%，年增9.8%。",
    "稅後純益為282億元，每股純益17.72元；股價上漲35元，收在1,345元。",
    "前三季累計營收年增12.5%。",
    title="聯發科第三季獲利優於預期",
)


def test_bare_points_after_a_percentage_are_percentage_points():
    ok = check_claim("Net interest margin was 1.62%, down 0.12 points from a year earlier.", [1], HANS)
    assert ok.status == "supported", ok.problems
    wrong = check_claim("Net interest margin was 1.62%, down 0.21 points from a year earlier.", [1], HANS)
    assert wrong.status == "unsupported"
    assert [q.kind for q in find_quantities("the index rose 500 points")] == ["points"]
    assert find_quantities("at one point it fell") == []  # 'one point' is not a figure


def test_month_on_month_forms_in_chinese_are_a_sequential_basis():
    ok = check_claim("Growth slowed by 0.1 percentage points from the previous month.", [2], HANS)
    assert ok.status == "supported", ok.problems
    # 低 right before the figure is a fall: 'accelerated' contradicts it.
    wrong = check_claim("Growth accelerated by 0.1 percentage points from the previous month.", [2], HANS)
    assert wrong.status == "unsupported"
    assert any("goes the other way" in p for p in wrong.problems)


def test_taiwan_compact_bases_nian_zeng_and_ji_zeng():
    assert check_claim("Revenue rose 4.2% quarter on quarter.", [1], HANT).status == "supported"
    assert check_claim("Revenue rose 9.8% year on year.", [1], HANT).status == "supported"
    # A paragraph that only says 年增 contradicts a sequential claim.
    assert check_claim("Nine-month revenue rose 12.5% year on year.", [3], HANT).status == "supported"
    assert check_claim("Nine-month revenue rose 12.5% quarter on quarter.", [3], HANT).status == "unsupported"


def test_bare_yuan_in_a_new_taiwan_dollar_story_is_nt_dollars():
    ok = check_claim("Net income was NT$28.2 billion and EPS NT$17.72; shares rose NT$35 to NT$1,345.", [2], HANT)
    assert ok.status == "supported", ok.problems
    assert check_claim("Net income was NT$28.5 billion.", [2], HANT).status == "unsupported"
    # No currency conversion: US dollars are still not NT dollars.
    assert check_claim("Net income was $28.2 billion.", [2], HANT).status == "unsupported"
    # A mainland story's bare 元 stays renminbi only.
    cn = article("公司净利润为282亿元。")
    assert check_claim("Net profit was NT$28.2 billion.", [1], cn).status == "unsupported"


def test_cheng_tenths_are_percentages():
    assert check_claim("About 60% of its loans go to manufacturers.", [3], HANS).status == "supported"
    assert check_claim("About 40% of its loans go to manufacturers.", [3], HANS).status == "unsupported"
    assert [q.value for q in find_quantities("成本下降三成半，完成一成不变的任务")] == [35.0]


def test_pinyin_chinese_name_absent_from_a_chinese_story_is_unsupported():
    ok = check_claim("Vice president Zhao Lixin said a new data centre would open in Chongqing.", [4], HANS)
    assert ok.status == "supported", ok.problems
    wrong = check_claim("Vice president Zhou Lixiang said a new data centre would open in Chongqing.", [4], HANS)
    assert wrong.status == "unsupported"
    assert any("Zhou Lixiang" in p for p in wrong.problems)
    # Not a pinyin personal name, but the paragraph has someone else say it (副行长赵立新): a wrong name.
    marsh = check_claim("Analyst Robin Marsh said the data centre would open in Chongqing.", [4], HANS)
    assert marsh.status == "unsupported"
    assert any("Robin Marsh" in p and "赵立新" in p for p in marsh.problems)


def test_a_half_year_is_tied_to_the_year_written_with_it():
    ok = check_claim("A new data centre will open in the second half of 2027.", [4], HANS)
    assert ok.status == "supported", ok.problems
    wrong = check_claim("A new data centre will open in the second half of 2026.", [4], HANS)
    assert wrong.status == "unsupported"
    assert any("H2 2026" in p for p in wrong.problems)


def test_shanghai_and_shenzhen_markets_by_their_abbreviations():
    ok = check_claim("Bank shares in Shanghai and Shenzhen rallied as the Shanghai Composite rose 1.1%.", [5], HANS)
    assert ok.status == "supported", ok.problems
    # The abbreviation is what places Shanghai in [5]: the claim's place atom is found there.
    place = [a for a in ok.atoms if a.text == "Shenzhen"]
    assert place and place[0].found_in == [5]


PAIRS = article(
    "公司高雄新厂预计2027年量产；新竹厂则因用电问题延后至2029年。",
    "2纳米良率已达到60%，3纳米良率为85%。",
    "深圳工厂于2024年投产，2026年将扩产一倍。",
    title="某晶圆厂扩产计划",
)


def test_a_value_tied_to_the_wrong_place_or_node_is_a_swap():
    assert check_claim("The Kaohsiung fab will start volume production in 2027.", [1], PAIRS).status == "supported"
    assert check_claim("The Hsinchu fab was delayed to 2029.", [1], PAIRS).status == "supported"
    wrong = check_claim("The Kaohsiung fab will start volume production in 2029.", [1], PAIRS)
    assert wrong.status == "unsupported"
    assert any("Kaohsiung" in p and "2027" in p for p in wrong.problems)
    assert check_claim("2nm yield reached 60%, and 3nm yield 85%.", [2], PAIRS).status == "supported"
    assert check_claim("3nm yield reached 60%.", [2], PAIRS).status == "unsupported"


def test_facts_in_separate_clauses_without_a_rival_label_are_not_a_swap():
    # 2026 stands in another clause than Shenzhen, but no other place claims it: silence, not a swap.
    ok = check_claim("The Shenzhen plant, opened in 2024, will double output in 2026.", [3], PAIRS)
    assert ok.status == "supported", ok.problems


def test_a_surname_read_two_ways_is_no_false_alarm():
    # pypinyin reads 曾 in 曾刚 as 'ceng'; the English spelling is Zeng Gang.
    art = article("首席经济学家曾刚表示，四季度GDP增速有望达到4.8%左右。")
    assert check_claim("Chief economist Zeng Gang expects fourth-quarter growth of about 4.8%.", [1],
                       art).status == "supported"
    assert check_claim("Chief economist Zhou Hongyuan expects fourth-quarter growth of about 4.8%.", [1],
                       art).status == "unsupported"
