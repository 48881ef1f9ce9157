"""Chinese companies the gazetteer lacks, read from how the paragraph writes them: a name with its
stock code after a lead-in word ('旗下天山股份(000877)'), a name that opens a clause after a time
lead-in and reports ('同一晚，冀东水泥披露…'), a name that starts with a character that may also end
one ('上峰水泥'), a name that runs straight into its period ('…前三季度归母净利润'); and words that
are not names ('届时公司', a year in brackets). Company names are real or invented; all figures and
sentences are ours."""
from __future__ import annotations

from citebrief.verify import check_claim
from tests.support.verify import dated, status


def test_a_name_with_its_stock_code_owns_its_figures():
    art = dated("中国建材前三季度营业收入1352.4亿元，同比下降4.6%。旗下天山股份(000877)前三季度营业收入571.3亿元，"
                "同比下降7.7%。")
    assert status("CNBM's nine-month revenue fell 4.6% year on year.", [1], art) == "supported"
    wrong = check_claim("CNBM's nine-month revenue fell 7.7% year on year.", [1], art)
    assert wrong.status == "unsupported"
    assert any("天山股份" in p for p in wrong.problems)


def test_a_year_in_brackets_is_no_stock_code():
    art = dated("鸿海董事长刘扬伟表示，预估明(2027)年AI伺服器营收将突破1兆元。", when="2026-11-18 09:00")
    got = check_claim("Chairman Young Liu said Foxconn's AI server revenue is expected to exceed 1 trillion yuan in 2027.",
                      [1], art)
    assert got.status == "supported", got.problems


def test_names_after_a_time_lead_in_and_at_the_start_of_a_list_item():
    art = dated("同一晚，冀东水泥披露前三季度归母净利润亏损2.95亿元；上峰水泥前三季度归母净利润5.71亿元，同比增长33.8%。")
    # (Shangfeng is no name the gazetteer has: read from the paragraph, it is at best unverifiable.)
    assert status("Shangfeng Cement's nine-month attributable profit rose 33.8% to 571 million yuan.", [1],
                  art) != "unsupported"
    wrong = check_claim("Shangfeng Cement posted a nine-month attributable loss of 295 million yuan.", [1], art)
    assert wrong.status == "unsupported"
    assert any("冀东水泥" in p for p in wrong.problems)


def test_a_time_word_before_gongsi_is_no_company():
    art = dated("华新水泥前三季度营业收入251.2亿元。公司总裁李叶青表示，坦桑尼亚新建熟料线预计明年二季度投产，"
                "届时公司海外水泥产能将超过5000万吨/年。")
    assert status("Huaxin president Li Yeqing said its overseas cement capacity would exceed 50 million tonnes a year.",
                  [1], art) == "supported"


def test_a_place_no_reading_finds_is_found_through_the_dictionary():
    art = dated("华新水泥总裁李叶青表示，坦桑尼亚新建熟料线预计明年二季度点火投产。", when="2026-11-18 09:00")
    assert status("Huaxin president Li Yeqing said a new clinker line in Tanzania is expected to start up in the "
                  "second quarter of 2027.", [1], art) == "supported"
    # A place the paragraph does not name is still not found.
    assert status("Huaxin president Li Yeqing said a new clinker line in Zambia is expected to start up in the "
                  "second quarter of 2027.", [1], art) != "supported"


def test_an_associations_huizhang_may_be_called_president_or_chairman():
    art = dated("中国水泥协会执行会长孔祥忠上周四表示，全国熟料设计产能约18.2亿吨。", when="2026-11-18 09:00")
    assert status("China Cement Association executive president Kong Xiangzhong said clinker design capacity is "
                  "about 1.82 billion tonnes.", [1], art) == "supported"
    plain = dated("中国水泥协会会长孔祥忠表示，全国熟料设计产能约18.2亿吨。", when="2026-11-18 09:00")
    for title in ("chairman", "president"):
        assert status(f"China Cement Association {title} Kong Xiangzhong said clinker design capacity is about 1.82 "
                      "billion tonnes.", [1], plain) == "supported"
    assert status("China Cement Association CFO Kong Xiangzhong said clinker design capacity is about 1.82 billion "
                  "tonnes.", [1], art) == "unsupported"


def test_an_english_company_name_with_an_industry_word_is_read_as_a_company():
    # 'Shangfeng Cement' is 上峰 and an English word, not a person's name read whole.
    art = dated("华新水泥收报16.20元，涨3.2%；上峰水泥涨停，收报12.10元。")
    got = check_claim("Shangfeng Cement closed at 12.10 yuan.", [1], art)
    assert got.status == "supported", got.problems


def test_a_clause_head_after_a_lead_in_ending_in_zhong():
    art = dated("其他公司中，开立医疗前三季度归母净利润1.31亿元，同比下降26.8%；乐普医疗前三季度归母净利润6.02亿元，"
                "同比增长14.1%。")
    assert status("Lepu Medical's nine-month attributable profit rose 14.1%.", [1], art) == "supported"
    wrong = check_claim("Lepu Medical's nine-month attributable profit fell 26.8%.", [1], art)
    assert wrong.status == "unsupported"
    assert any("开立医疗" in p for p in wrong.problems)
