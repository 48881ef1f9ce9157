"""Names: every name of a claim looked up in the paragraphs it cites, and every title checked.

A gazetteer name is found through its forms in any script. Any other name is found literally, through
the article's own glosses ('德信銀行（Tak Shun Bank）'), through pinyin, or by reading the article's
Han names in other romanisations (facts.readings: Cantonese, Wade-Giles, Japanese, Korean). A person
the cited paragraphs do not name, where they name someone else, is a wrong name (the 'Katsunori
Inoue' case); a name found nowhere keeps the claim from being 'supported'. A person the paragraphs
give another title (董事长 called CEO) is a wrong title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from citebrief.brief import Atom
from citebrief.facts.atoms import (
    NameMention,
    TextFacts,
    english_names,
    lead_words,
    owns_after,
    pinyin_company,
    prepare,
    source_names,
)
from citebrief.facts.binding import PERSON_SAYS, is_broker, is_place_subject, is_sector_gauge, metric_word, org_named, says_after
from citebrief.facts.company_names import COMPANY_WORD, company_endings
from citebrief.facts.gazetteer import group_members, lookup, namesakes
from citebrief.facts.glossary import roles
from citebrief.facts.names import SURNAMES, abbreviates, chinese_name_parts, han_pinyin, is_pinyin_word, pinyin_key
from citebrief.facts.people import OTHER_TITLE, Person, people, person_like_name
from citebrief.facts.readings import char_readings, name_spans
from citebrief.facts.temporal import CALENDAR_WORD
from citebrief.text.script import HAN
from citebrief.verify.fastmodel import construct
from citebrief.verify.scope import NATIONWIDE_ZH

# A stock code written after a name ('Zhongjie Resources (002021)', '(03836.HK)').
_CODE_AFTER = re.compile(r"\s?[（(](\d{4,6})(?:\.[A-Za-z]{2})?[)）]")


@dataclass
class NameCheck:
    atoms: list[Atom] = field(default_factory=list)
    soft: set[int] = field(default_factory=set)  # indexes into atoms: reported, never a problem
    problems: list[str] = field(default_factory=list)
    unfound: list[str] = field(default_factory=list)  # names found nowhere: the claim is not 'supported'


def _atom(kind: str, text: str, value: str | None, found_in: list[int]) -> Atom:
    return construct(Atom, kind=kind, text=text, value=value, found_in=found_in, cited=False)


_THE_CENTRAL_BANK = re.compile(r"\bthe central bank\b|央行|中央银行|中央銀行")


def _body_meant(ent, after: str, cited: list[int], idx) -> bool:
    """Whether a body the article names elsewhere is the one the cited paragraphs mean: an industry
    body or regulator written before its officer's title ('JMTBA executive director Takashi Ishii
    said'), or a central bank they call 'the central bank' (央行)."""
    if ent.kind in ("institution", "regulator", "exchange"):
        return _TITLE_AFTER.match(after.lower()) is not None
    return ent.kind == "central_bank" and any(_THE_CENTRAL_BANK.search(idx.paragraphs[n - 1].lower) for n in cited)


def _a_surname_of(word: str, cited: list[int], idx) -> bool:
    """Whether a person of the cited paragraphs has a surname read as ``word`` ('chao': 晁思敏)."""
    return any(HAN.match(p.text[:1]) and word in char_readings(p.text[0])
               for n in cited for p in idx.paragraphs[n - 1].people)


# '上述四家公司合计192.82亿元', 'the four companies': the companies the story named before.
_THOSE_ABOVE = re.compile(r"(?:上述|以上|前述|这|這)[一二三四五六七八九十两\d]+家|[一二三四五六七八九十两\d]+家(?:合计|合共|共)|"
                          r"\b(?:the|these|those) (?:two|three|four|five|six|seven|eight) (?:[a-z-]+ )?(?:companies|firms|"
                          r"groups|makers|producers|banks|lenders|developers|insurers|brokers|carriers|airlines|airports|"
                          r"operators|retailers|miners|shipping lines|container lines|utilities)\b(?:'|’)?")


def _listed_above(found: list[int], cited: list[int], idx) -> bool:
    """Whether a company found only before the cited paragraphs is among 'the four companies above'
    a cited paragraph counts together."""
    return bool(found) and bool(cited) and min(found) < min(cited) and any(
        _THOSE_ABOVE.search(idx.paragraphs[n - 1].lower) for n in cited)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")


def _in_a_list(mention: NameMention, names: list[NameMention], text: str) -> bool:
    """Whether a name is one of a list of names ('HMM, SM Line, KMTC and Sinokor')."""
    return any(other is not mention and (_LIST_JOIN.fullmatch(text, mention.end, other.start) or
                                         _LIST_JOIN.fullmatch(text, other.end, mention.start)) for other in names)


def _cites(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers) if numbers else "no paragraph"


def _carried(entity_id: int, cited: list[int], idx) -> bool:
    """Whether the last paragraph before the first cited one that names a company names this company (or
    body) and the cited paragraphs name none of their own: '[2] DBS's margin… [3] Chief Executive Tan Su
    Shan said the bank…' is still DBS."""
    if not cited or cited[0] < 2:
        return False
    # (Past paragraphs that name no company of their own: '[3] 钒钛股份… [4] 公司钒产品… [5] 公司董事长…'.)
    k = cited[0] - 2
    while k > 0 and not any(s.entity_id is not None and not is_place_subject(s) for s in idx.paragraphs[k].subjects):
        k -= 1
    before = idx.paragraphs[k].subjects
    if not any(s.entity_id == entity_id for s in before):
        return False
    # (A market or site the paragraph names is no company of its own: 'North America accounted for 52%'.)
    return not any(s.entity_id is not None and not is_place_subject(s) for n in cited for s in idx.paragraphs[n - 1].subjects)


def _story_company(word: str, paragraph, idx) -> bool:
    """Whether a Chinese run is a company the paragraph names: a subject of it, a name the story writes with
    a stock code, or one it glosses with a full company name ('第六元素（常州第六元素材料科技股份有限公司）')."""
    return any(s.text == word or (s.text.startswith(word) and org_named(s.text)) for s in paragraph.subjects) or \
        word in idx.story_names or \
        re.search(re.escape(word) + r"\s?[（(][^）)]{2,40}(?:公司|集团|集團)\s?[）)]", paragraph.text) is not None


# A paragraph that opens by cutting the company before into its parts.
_BY_PART_OPENING = re.compile(r"\s*(?:By (?:segment|division|business|unit|region|geography|product|market)s?,|"
                              r"(?:分|按)(?:产品|業務|业务|板块|板塊|地区|地區|產品|区域|區域)(?:来|來)?(?:看|劃分|划分)[，,])")


def _carried_by_number(found: list[int], cited: list[int], idx) -> bool:
    """Whether the one cited paragraph comes right after one where the name was found and names no company,
    body or person of its own ('分产品看，…' after the company's results)."""
    if len(cited) != 1 or cited[0] < 2 or cited[0] - 1 not in found:
        return False
    # (Right after it, naming no one: a speaker's firm, '世曜電子董事長林欣怡表示', is a company of its own.)
    paragraph = idx.paragraphs[cited[0] - 1]
    if _BY_PART_OPENING.match(paragraph.text) and not paragraph.people:
        return True  # ('By segment, Executive Search fee revenue rose…': the parts of the company before, by name)
    # (A clause's head the gazetteer lacks and no organisation's word ends is a product's, '导热膜收入占比…'.)
    return not paragraph.people and not any(not is_place_subject(s) and (s.entity_id is not None or s.text.isascii()
                                                                        or org_named(s.text)) for s in paragraph.subjects) and \
        not any(b.speaker is not None for b in paragraph.bindings)


def check_names(facts: TextFacts, citations: list[int], idx, offset: int) -> NameCheck:
    """Atoms and problems of the names of a claim read as ``facts``; ``offset`` is the number of
    atoms the claim already has (soft indexes are counted from it)."""
    out = NameCheck()
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    names = (source_names(facts.text) + english_names(facts.text)) if facts.han else english_names(facts.text)
    # The claim's people and titles, read only when a title or an unknown name is there to check.
    claim_people = people(facts) if (names or roles().find(facts.text.lower())) else []
    seen: set[str] = set()
    for mention in names:
        if _CURRENCY_NAME.match(facts.text, mention.end):
            continue  # 'the New Taiwan dollar', 'the Hong Kong dollar': a currency, not a place to find
        key = mention.entity.name if mention.entity else mention.text
        if key in seen:
            continue
        seen.add(key)
        if mention.entity is None and metric_word(mention.text):
            continue  # 'underlying EBIT rose 14.7%': a metric's name, which the figure's check reads
        if mention.entity is None and any(t.start == 0 and t.end == len(mention.text) for t in roles().find(mention.text.lower())):
            continue  # 'President and COO Yolanda Iverson': a title, which the people's check reads
        if mention.entity is None:
            # ('Deputy Commissioner for Transport Au Chi-fung': the person is the name's end, the
            # title's portfolio before it no part of it.)
            inner = next((p for p in claim_people if mention.start < p.start and p.end == mention.end), None)
            if inner is not None:
                mention = NameMention(inner.text, None, inner.start, inner.end)
        if mention.entity is not None:
            ent = mention.entity
            found = idx.entity_paragraphs(ent)
            if not set(found) & set(cited):
                # One English name for two companies ('CSSC': the state group and its listed arm):
                # the one the cited paragraphs name is meant, else the one the story names.
                named = [e for e in namesakes(ent, mention.text)[1:] if idx.entity_paragraphs(e)]
                ent = next((e for e in named if set(idx.entity_paragraphs(e)) & set(cited)),
                           ent if found or not named else named[0])
                found = idx.entity_paragraphs(ent)
            if not set(found) & set(cited) and ent.kind == "company":
                # ('Yuanta' for 元大投顾 where the group's 元大金控 is not named: a unit the group's name opens.)
                unit = next((e for e in group_members(mention.text) if set(idx.entity_paragraphs(e)) & set(cited)), None)
                if unit is not None:
                    ent, found = unit, idx.entity_paragraphs(unit)
                elif not found and (member := idx.named_member(mention.text)) is not None:
                    ent, found = member, idx.entity_paragraphs(member)  # ('Cleanaway' for 可寧衛)
            if not found and ent.kind == "company" and idx.han and \
                    set(read_as := idx.name_paragraphs(mention.text)[0]) & set(cited):
                # ('Sanfu' for 三福化 where the gazetteer's Sanfu is 三孚股份, which the story never names:
                # one romanised name for two companies; the cited paragraph writes one it reads as.)
                out.atoms.append(_atom("entity", mention.text, mention.text, read_as))
                continue
            if not found and ent.kind == "place" and any(is_pinyin_word(w) for w in mention.text.split()) and \
                    (named_on := _NAME_AFTER_PLACE.match(facts.text, mention.end)):
                # 'Zhejiang Sanmei', 'Inner Mongolia Yitai': a province opening a company's English name
                # the gazetteer lacks is part of that name, not a place the article must name (a place
                # written in pinyin: not 'Silicon Valley Microelectronics' for 矽晶微電子).
                whole = facts.text[mention.start:named_on.end()]
                members = group_members(whole)
                if len(members) == 1 and set(found := idx.entity_paragraphs(members[0])) & set(cited):
                    out.atoms.append(_atom("entity", whole, members[0].name, found))  # ('Hangzhou Oxygen': 杭氧)
                    continue
                out.unfound.append(whole)
                continue
            if not set(found) & set(cited) and ent.kind == "company" and idx.han and \
                    (unit_of := _unit_opened_by(ent, facts.text, mention.end, cited, idx)) is not None:
                # ('CCCC Tianhe' for 中交天和: a unit whose name opens with its parent's short form, 中交.)
                out.atoms.append(_atom("entity", facts.text[mention.start:unit_of[1]], unit_of[0], cited[:1]))
                continue
            if found and not set(found) & set(cited) and _body_meant(ent, facts.text[mention.end:], cited, idx):
                found = sorted(set(found) | set(cited[:1]))
            if not set(found) & set(cited) and _ADVISER_AFTER.match(facts.text, mention.end):
                # 'President Securities Investment Consulting' is 统一投顾: the broker's advisory arm;
                # 'E.Sun Investment Consulting' 玉山投顾, the financial holding's.
                stems = [z.removesuffix(end) for z in ent.zh for end in _GROUP_ENDINGS if z.endswith(end) and len(z) > len(end) + 1]
                found = sorted(set(found) | {n for n in cited for st in stems
                                             if st + "投顾" in idx.paragraphs[n - 1].lower or
                                             st + "投资顾问" in idx.paragraphs[n - 1].lower})
            if not found and not idx.han and _ACRONYM.fullmatch(mention.text):
                # ('STA president' where the story names the Securities Transfer Association, no tax office:
                # an acronym the story spells out itself is its own before the gazetteer's.)
                found = [n for n in cited if any(abbreviates(mention.text, run)
                                                 for run in _CAPITALISED_RUN.findall(idx.paragraphs[n - 1].text))]
            forms = "/".join(ent.zh[:2])
            atom = _atom(ent.kind if ent.kind in ("person", "place") else "entity", mention.text,
                         f"{ent.name} ({forms})" if forms and not facts.han else ent.name, found)
            # A place elsewhere in the article is context, not a wrong fact; so is the story's own.
            if (ent.kind == "place" or ent.id in idx.topic) and (found or ent.id == idx.home_place
                                                                 or _national_in(ent, cited, idx)):
                out.soft.add(offset + len(out.atoms))
            elif ent.kind != "person" and _carried(ent.id, cited, idx):
                out.soft.add(offset + len(out.atoms))
            elif ent.kind != "person" and _listed_above(found, cited, idx):
                out.soft.add(offset + len(out.atoms))
            elif ent.kind == "person" and not set(found) & set(cited) and \
                    set(read_as := idx.name_paragraphs(mention.text, person=True)[0]) & set(cited):
                # ('Chen Tai-ming' for 陈泰明 where the gazetteer's Chen Tai-ming is 陳泰銘: one romanised
                # name for two people; the cited paragraph names one it reads as.)
                atom = _atom("person", mention.text, mention.text, read_as)
            elif ent.kind == "person" and not set(found) & set(cited) and " " not in mention.text.strip() and \
                    (read_in := [n for n in cited if _a_surname_of(mention.text.lower(), [n], idx)]):
                # ("Xi's 2028 forecast" for the analyst 郗叙澜: a surname alone, not the gazetteer's Xi.)
                atom = _atom("person", mention.text, mention.text, read_in)
            elif ent.kind == "person" and not set(found) & set(cited):
                # The seed brief's 'Fumio Kishida' where the paragraph names 高市早苗: say who it names.
                others = [p.text for n in cited for p in idx.paragraphs[n - 1].people if p.entity_id != ent.id]
                if others:
                    where = f"found in {_cites(found)}" if found else "not in the article"
                    out.problems.append(f"'{mention.text}' ({forms}) not in {_cites(cited)}; {where}; there the "
                                        f"person named is {', '.join(dict.fromkeys(others))}")
                    out.soft.add(offset + len(out.atoms))
            out.atoms.append(atom)
            continue
        single = " " not in mention.text.strip() and "-" not in mention.text
        translated = False
        titled = any(p.start <= mention.start < p.end for p in claim_people)
        found, form = idx.name_paragraphs(mention.text, person=titled)
        if found and not set(found) & set(cited) and not idx.han and len(words := mention.text.split()) >= 2 and \
                (titled or _is_person_name(mention.text) or person_like_name(mention.text)):
            # ("Quilty Space's Stamatia Oldershaw" where [10] says 'Quilty Space's Oldershaw' and [8] names her in
            # full: a person the story has named, by surname in the cited paragraph.)
            last_word = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
            found = sorted(set(found) | {n for n in cited if 1 <= n <= idx.count and last_word.search(idx.paragraphs[n - 1].text)})
        if not found and idx.han and not facts.han and not titled and not _is_person_name(mention.text):
            # (In the cited paragraphs first; else where the story names it: 'The Sixth Element' for 第六元素 of [1].)
            found, form = in_dictionary(mention.text, cited, idx)
            if not found and not single:
                # (Else a company the story names elsewhere, word for word: 'The Sixth Element' for [1]'s 第六元素;
                # not words that merely translate, 'Flat Glass' for 光伏玻璃.)
                for n in (n for n in range(1, idx.count + 1) if n not in cited):
                    there, word = in_dictionary(mention.text, [n], idx)
                    if there and word and _story_company(word, idx.paragraphs[n - 1], idx):
                        form, translated = word, True  # (a name the dictionary translates is no person's)
                        break
                if translated:
                    found = [n for n in range(1, idx.count + 1) if form in idx.paragraphs[n - 1].text]
        if not found and idx.han and not facts.han and not titled and not single:
            found, form = idx.company_paragraphs(mention.text)  # 'Wanda Film' = 万达电影
        if not found and not titled and not single and len(members := group_members(mention.text)) == 1 and \
                set(idx.entity_paragraphs(members[0])) & set(cited):
            found = idx.entity_paragraphs(members[0])
            # (The opening words of one company's English name, 'Hangzhou Oxygen' for Hangzhou Oxygen Plant
            # Group, where the story does not write them.)
            form = members[0].name
        if not found and idx.han and not facts.han and (code := _CODE_AFTER.match(facts.text, mention.end)) and \
                (coded := idx.code_paragraphs(code.group(1)))[0]:
            # 'Xi'an Typical Industries (600302)' is the company the paragraph writes 标准股份（600302）: no
            # other company, but its English name is not found there either ('Hong Kong Medical (02391.HK)'
            # for 港灣醫療 is as well written): `unverifiable`, never `supported` on the code alone.
            out.atoms.append(_atom("name", mention.text, f"{mention.text} ({coded[1]}, by its stock code)", coded[0]))
            out.soft.add(offset + len(out.atoms) - 1)
            out.unfound.append(mention.text)
            continue
        value = f"{mention.text} ({form})" if form else mention.text
        if not found and idx.han and not single:
            parts = chinese_name_parts(mention.text)
            # A Chinese personal name in pinyin maps to characters by itself: a Chinese story that
            # never spells it does not hold it (also for surnames read two ways, 曾 zeng/ceng).
            if parts and not lookup(mention.text) and not idx.pinyin_anywhere(parts[0] + parts[1]) \
                    and not idx.pinyin_given_anywhere(parts[1]):
                out.atoms.append(_atom("person", mention.text, f"{mention.text} (pinyin)", []))
                continue
        if not found and idx.han and not facts.han and _place_like(facts.text, mention):
            # 'Rokkaido and Saitama Prefecture' where the paragraph names 熊本县: a place no reading
            # of the cited paragraphs finds, where they name their own places.
            places = [pl for n in cited for pl in idx.paragraphs[n - 1].places]
            if places and not any(name_spans(mention.text, idx.paragraphs[n - 1].text) for n in cited):
                out.problems.append(f"'{mention.text}' not in {_cites(cited)}; there the place named is "
                                    f"{', '.join(dict.fromkeys(places))}")
                continue
        if not found:
            if single and not idx.han and _ACRONYM.fullmatch(mention.text):
                # 'SIAM President …' where the article names FADA: an acronym is a name; found when
                # some capitalised name of the article has its initials ('Society of Indian …').
                spelled = [p.number for p in idx.paragraphs if any(abbreviates(mention.text, run)
                                                                  for run in _CAPITALISED_RUN.findall(p.text))]
                if spelled:
                    out.atoms.append(_atom("name", mention.text, mention.text, spelled))
                else:
                    out.unfound.append(mention.text)
                continue
            if single and idx.han and not facts.han and _SURNAME_SPEAKS.match(facts.text, mention.end) \
                    and (mention.text.lower() in SURNAMES or _a_surname_of(mention.text.lower(), cited, idx)):
                # 'Zhou raised her target' where the paragraph's analyst is 孙颖: a surname alone that
                # speaks is a person, found when a person of the cited paragraphs has that surname.
                # (Any character of the paragraphs that reads as the surname may start a name no title marks.)
                others = [p.text for n in cited for p in idx.paragraphs[n - 1].people]
                alone = mention.text.lower()
                if others and not any(alone in char_readings(ch) for n in cited
                                      for ch in set(idx.paragraphs[n - 1].text) if HAN.match(ch)):
                    out.problems.append(f"'{mention.text}' not in {_cites(cited)}; there the person named is "
                                        f"{', '.join(dict.fromkeys(others))}")
                continue
            if single and (idx.han or not owns_after(facts.text, mention.end)) \
                    and not (idx.han and _mainland_pinyin_company(facts.text, mention, idx)):
                # A lone capitalised word nothing maps to is too often an ordinary word; one that owns
                # or says what follows ("Hisense's revenue", 'HCLTech reported') is a name, which an
                # English story writes as it is (a Chinese one may have no reading of it: 'Gree').
                continue
            # Said to be someone else only with a person's marks: a title, a verb of saying, or a
            # name's shape ('Peter Chan Ka-ming', 'Zhang Zhiqiang'); 'Great Wall' is not one.
            # ('Ambit Capital's Rahul Verma cut his ITC target': an untitled name that makes a call.)
            person = (any(p.start <= mention.start < p.end for p in claim_people) or _is_person_name(mention.text)
                      or (person_like_name(mention.text) and says_after(facts.text, mention.end)
                          and not is_broker(mention.text, None))) \
                and not _TITLE_AFTER.match(facts.text[mention.end:].lower()) \
                and not _BODY_OF_BEFORE.search(facts.text, max(0, mention.start - 40), mention.start)
            # ('Renqiao Asset expects': a firm; 'the Chinese Association of Rehabilitation Medicine expects': a body's name)
            surname = (_by_surname(mention.text, cited, idx) or _by_own_spelling(mention.text, cited, idx)) if person else None
            if surname:
                # 'Wendell Huang' for 黄仁昭: an English given name and a surname that reads the
                # surname of the person the paragraph names.
                out.atoms.append(_atom("person", mention.text, f"{mention.text} ({surname})", cited[:1]))
                continue
            if person:
                others = [p.text for n in cited for p in idx.paragraphs[n - 1].people
                          if p.text.lower() != mention.text.lower()] + \
                    [b.speaker.text for n in cited for b in idx.paragraphs[n - 1].bindings
                     if b.speaker is not None and b.speaker.text.lower() != mention.text.lower()]
                if others:
                    out.problems.append(f"'{mention.text}' not in {_cites(cited)}; there the person named is "
                                        f"{', '.join(dict.fromkeys(others))}")
                    out.atoms.append(_atom("person", mention.text, mention.text, []))
                    out.soft.add(offset + len(out.atoms) - 1)  # the problem above says it better
                    continue
            if _PORTFOLIO_BEFORE.search(facts.text, max(0, mention.start - 20), mention.start):
                continue  # 'Secretary for Financial Services and the Treasury': a portfolio, not a company
            pinyin_name = single and _mainland_pinyin_company(facts.text, mention, idx)
            if not single and not person and idx.han and not facts.han and owns_after(facts.text, mention.end):
                # 'Jiaozuo Wanfang's net profit' in a Chinese story no run of whose characters reads
                # jiaozuowanfang: a company's name in pinyin, which the story does not hold.
                pinyin = pinyin_key(mention.text)
                pinyin_name = pinyin is not None and not idx.pinyin_anywhere(pinyin)
            if pinyin_name and any(name_spans(mention.text, idx.paragraphs[n - 1].text) for n in cited):
                # ('Hangyuen' for 恒远, read in Cantonese: a company's own English name.)
                out.atoms.append(_atom("name", mention.text, mention.text, cited[:1]))
                continue
            # (Only a mainland story's: Taiwanese and Hong Kong companies' English names are brands no
            # reading of their Chinese names finds, 'Jentech Precision' for 健策.)
            if idx.han and not facts.han and ((COMPANY_WORD.search(mention.text) and idx.country == "CN") or pinyin_name) \
                    and not _INSTITUTION.search(mention.text) \
                    and not _INSTITUTION_OF_BEFORE.search(facts.text, max(0, mention.start - 30), mention.start):
                # (Not the end of a body's name: 'Chinese Society of Inertial Technology'.)
                # An English company name no reading, gloss or gazetteer form finds in a Chinese story
                # ('Storast Energy' for 华储能源; 'Yanghe' where the paragraph's payer is 五粮液) where the
                # paragraph names its own companies.
                # (Not a place: '主要投向越南基地' names where the company invests, no other company.)
                others = [s.text for n in cited for s in idx.paragraphs[n - 1].subjects
                          if (s.entity_id is None or (pinyin_name and not _is_place(s.entity_id)))
                          and s.start >= 0 and HAN.match(s.text[:1]) and not is_sector_gauge(s)]
                # (Or, whatever the name, a company only other paragraphs of the story name: '美芯晟董事长…表示' names
                # 美芯晟 as a speaker's firm, its own paragraph as a subject. A company of the cited paragraph itself
                # is left to the pinyin reading: 'Hello Tech Energy' is not read into 华宝新能.)
                elsewhere = (s.text for p in idx.paragraphs if p.number not in cited for s in p.subjects
                             if s.start >= 0 and HAN.match(s.text[:1]))
                if others and any(han_pinyin(o[:1])[:1] and han_pinyin(o[:1])[0][:1] == mention.text[:1].lower()
                                  for o in chain(others if pinyin_name else [], elsewhere)):
                    # 'Guosen' for 国信 (guoxin), 'Maxic Technology' for 美芯晟 (meixinsheng): a company's own
                    # English name may start as its pinyin.
                    others = []
                endings = company_endings(mention.text)
                firm = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:{'|'.join(endings)}){_SPEAKER_AFTER_FIRM}") if endings else None
                if others and firm is not None and any(firm.search(idx.paragraphs[n - 1].lower) for n in cited):
                    others = []  # 'Phillip Securities' where an analyst's broker is 辉立证券, which no reading finds
                if others:
                    out.problems.append(f"'{mention.text}' not in {_cites(cited)}; there the company named is "
                                        f"{', '.join(dict.fromkeys(others))}")
                    continue
            if not idx.han and not single and COMPANY_WORD.search(mention.text) and not _INSTITUTION.search(mention.text) \
                    and not _first_word_in_article(mention.text, idx):
                # ('Cochin International Airport Ltd's quarterly net profit' in an English story that
                # never names Cochin: English stories write companies' names as they are.)
                others = [s.text for n in cited for s in idx.paragraphs[n - 1].subjects if not is_place_subject(s)]
                if others:
                    out.problems.append(f"'{mention.text}' not in {_cites(cited)}; not in the article; there the "
                                        f"company named is {', '.join(dict.fromkeys(others))}")
                    continue
            out.unfound.append(mention.text)
            continue
        if single and not form:
            out.soft.add(offset + len(out.atoms))  # lone capitalised words are too often ordinary words
        elif not single and not set(found) & set(cited) and \
                (translated or not _person_like(mention.text, mention.start, claim_people) or _a_subject_in(mention.text, found, idx)
                 or (form is not None and _a_subject_in(form, found, idx))) \
                and any(_GENERIC_REFERENCE.search(idx.paragraphs[n - 1].lower) or not idx.paragraphs[n - 1].subjects
                        for n in cited):
            # A company the article names elsewhere, cited where the paragraph calls it 'the company'
            # or '三家公司', or names no one ('In the July-September quarter alone, net profit rose…'):
            # not the paragraph's words, but not a wrong name either.
            out.soft.add(offset + len(out.atoms))
        elif single and form and not set(found) & set(cited) and _the_storys_company(mention, form, cited, idx):
            # ('Nuode's debt ratio' where [6] says 财务总监…介绍，截至9月末公司资产负债率: the company the
            # title names, which the paragraph calls 公司 and names no other.)
            out.soft.add(offset + len(out.atoms))
        elif not single and found and not set(found) & set(cited) and not titled and \
                _title_company_carried(mention, form or mention.text, found, cited, idx):
            # ('Krispy Kreme's net debt fell 4.1%' where [3] says 财务长柯莱特指出，9月底淨負債…, after [2]'s Krispy
            # Kreme; 'Oil-Dri's Business to Business Products Group' where [2] names only the groups.)
            out.soft.add(offset + len(out.atoms))
        elif found and not set(found) & set(cited) and not titled \
                and (translated or not _person_like(mention.text, mention.start, claim_people) or _a_subject_in(mention.text, found, idx)) \
                and (idx.han or (len(cited) == 1 and _BY_PART_OPENING.match(idx.paragraphs[cited[0] - 1].text))) \
                and _carried_by_number(found, cited, idx):
            # ('Wanwei's display-grade PVA film revenue' where [3] opens 分产品看 after [2]'s 皖维高新…三季报: the
            # company the paragraph before names, read from its name, where the cited one names none.)
            out.soft.add(offset + len(out.atoms))
        elif found and not set(found) & set(cited) and _listed_above(found, cited, idx) and _in_a_list(mention, names, facts.text):
            # ('HMM, SM Line, KMTC and Sinokor earned a combined…' where [6] counts 'the four carriers'
            # together): one of those named above.
            out.soft.add(offset + len(out.atoms))
        out.atoms.append(_atom("name", mention.text, value, found))
    out.problems += _role_problems(claim_people, cited, idx, facts.text)
    if not idx.han and names:
        named_people = claim_people + [Person(m.text, m.start, m.end, frozenset(), None) for m in names
                                       if m.entity is None and person_like_name(m.text)
                                       and not any(p.start <= m.start < p.end for p in claim_people)]
        out.problems += _affiliation_problems(facts.text, names, named_people, cited, idx)
    return out


# Where a person's firm stands next to the name: "SMBC Nikko's Hiroshi Tanabe", 'Jefferies analyst
# Nikhil Arora', 'Hiroshi Tanabe, senior economist at SMBC Nikko Securities'.
_FIRM_BEFORE = re.compile(r"^(?:'s|’s|'|’)?\s(?:[a-z-]+\s){0,3}$")
# ('Chairman Mahendra Bajoria said new plants at Guwahati…': no verb of saying between them.)
_FIRM_AFTER = re.compile(r"^,?\s(?:(?:an?|the)\s)?(?:(?!(?:said|says|told|expects?|added|noted|sees)\s)[a-z-]+\s){0,3}"
                         r"(?:at|of|with|from)\s(?:the\s)?(?:[A-Z][\w&.-]*\s)?$")
# Words of a title, not a firm: 'President and Global CEO Atsunori Kitazawa'.
_TITLE_ADJECTIVES = frozenset({"Global", "Group", "Regional", "Deputy", "Executive", "Senior", "Joint", "Acting", "Interim"})
_ITS_TITLE = re.compile(r"\b(?:[Ii]ts|[Tt]he (?:company|group|trust|bank|firm)['’]s)\s(?:[a-z-]+\s){0,3}$")
_FIRM_TITLE_BEFORE = re.compile(r"(?<![\w'’.])([A-Z][\w&-]+(?:\s[A-Z][\w&-]+){0,2})\s(?:analyst|economist|strategist|"
                                r"chairman|chairwoman|chief executive|CEO|president)\s$")


def _firm_of(text: str, person_start: int, person_end: int, mentions) -> str | None:
    """The name of a person's firm written right by the person ('SMBC Nikko's Hiroshi Tanabe')."""
    titled = _FIRM_TITLE_BEFORE.search(text, max(0, person_start - 60), person_start)
    if titled and not all(w.lower() in lead_words() or w in _TITLE_ADJECTIVES for w in titled.group(1).split()):
        return titled.group(1)  # (not 'Group chief executive …')
    for m in reversed(mentions):
        if person_start - 40 <= m.end <= person_start and _FIRM_BEFORE.match(text[m.end:person_start]) \
                and not person_like_name(m.text):
            return m.text
    for m in mentions:
        if person_end <= m.start <= person_end + 40 and _FIRM_AFTER.match(text[person_end:m.start]) \
                and not person_like_name(m.text):
            return m.text
    return None


def _affiliation_problems(text: str, mentions, claim_people: list[Person], cited: list[int], idx) -> list[str]:
    """A person's firm that the cited paragraphs do not name, where they give that person another
    firm: 'Nomura Securities' Hiroshi Tanabe' where [10] says 'SMBC Nikko's Hiroshi Tanabe' (English
    stories, where firms are written as they are)."""
    out: list[str] = []
    for person in claim_people:
        firm = _firm_of(text, person.start, person.end, mentions)
        if firm is None:
            continue
        entity = lookup(firm)
        named = any(name_spans(firm, idx.paragraphs[n - 1].text) for n in cited) or (
                entity and set(idx.entity_paragraphs(entity[0])) & set(cited)) or \
                set(idx.literal_paragraphs(firm)) & set(cited) or \
                (_ACRONYM.fullmatch(firm) and any(abbreviates(firm, run) for n in cited
                                                   for run in _CAPITALISED_RUN.findall(idx.paragraphs[n - 1].text)))
        # ('NRAI president' where [8] writes 'the National Restaurant Association of India (NRAI)';
        # 'AIPMA president' where it writes only 'the All India Plastics Manufacturers' Association'.)
        # A firm the paragraphs name may still not be the person's: 'Tokyo Seimitsu president Noriaki
        # Suetsugu' where [6] names Tokyo Seimitsu but writes 'Towa president Noriaki Suetsugu'.
        for n in cited:
            paragraph = idx.paragraphs[n - 1]
            match = paragraph.person_matching(person, idx.glosses)
            if match is None:
                continue
            # (The paragraph's reading of the person may run back over a sentence: its name ends it.)
            start = max(match.start, match.end - len(person.text))
            other = _firm_of(paragraph.text, start, match.end, english_names(paragraph.text))
            titled = _FIRM_TITLE_BEFORE.search(paragraph.text, max(0, start - 60), start) if named else None
            if named and (other is None or titled is None or _PORTFOLIO_WORD_BEFORE.search(paragraph.text, max(0, titled.start() - 12), titled.start())
                          or (lookup(other) and lookup(other)[0].kind in ("place", "country"))):
                continue  # ("Nomura's chief Korea economist Park Jeong-woo": a portfolio, not a firm)
            if other is None and not idx.han and _ITS_TITLE.search(paragraph.text, max(0, start - 40), start):
                # ('CICT's leverage…. Its chief executive Melvin Chua said': the company the paragraph is about.)
                before = [sj.text for sj in paragraph.subjects if 0 <= sj.end <= start and sj.text.isascii()]
                other = before[-1] if before else None
            if other is not None and (places := lookup(other)) and places[0].kind in ("place", "country"):
                continue  # ('president of US Issuer Services': the place opens the unit's name, no firm of his)
            if other is not None and firm.lower() not in other.lower() and other.lower() not in firm.lower() and \
                    not abbreviates(firm, other) and \
                    not abbreviates(other, firm) and firm.split()[0].lower() != other.split()[0].lower():
                out.append(f"'{person.text}' is of {other} in [{n}], not of {firm}" if named else
                           f"'{firm}' not in [{n}]; there {paragraph.text[start:match.end]} is of {other}")
                break
    return out


_ACRONYM = re.compile(r"[A-Z]{3,6}")
_PORTFOLIO_WORD_BEFORE = re.compile(r"(?:\b(?:chief|senior|head|lead|principal|deputy)|['’]s)\s$")
# A capitalised word after a place that makes it a name's first word ('Zhejiang Sanmei'), not a
# place's own word ('Zhejiang Province', 'Jiangsu government').
_NAME_AFTER_PLACE = re.compile(r"\s(?!(?:Province|City|Prefecture|Region|County|District|State|Government|"
                               r"Municipality|Autonomous|Free|Special|Bay|Area|Island|Islands)\b)[A-Z][a-z]{2,}")
_GROUP_ENDINGS = ("证券", "證券", "金控", "金融控股", "金")
_ADVISER_AFTER = re.compile(r"\s(?:Securities\s)?Investment (?:Consulting|Advisory|Advisers|Advisors)\b")
_CURRENCY_NAME = re.compile(r"\s(?:dollars?|cents?|yuan|won|yen|rupees?|ringgit|baht|pesos?|rupiah)\b")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Secretary|Minister|Ministry|Department|Bureau) (?:for|of) (?:the )?$")
# A speaker's firm ending in a company word ('辉立证券分析师张伟伦'): a paragraph naming one may name the
# claim's company. (Only as a speaker's firm: a company the paragraph is about is read, not guessed.)
_SPEAKER_AFTER_FIRM = r"(?=\s?(?:分析师|首席|经济学家|研究员|策略师|研究部|董事长|总裁|行长|主席|副?总经理|协理))"


# A run of capitalised words with the small words names keep inside ('Society of Indian Automobile Manufacturers').
_CAPITALISED_RUN = re.compile(r"(?!The\s)[A-Z][A-Za-z&]*(?:\s(?:of|and|for|the|&)?\s?[A-Z][A-Za-z&]*)+")


# What a person does after a surname alone: 'Zhou said', 'Sun raised her target', "Sun's forecast".
_SURNAME_SPEAKS = re.compile(PERSON_SAYS.pattern + r"|(?:'s|’s)\s(?:[a-z0-9.$-]+\s){0,4}(?:forecast|target|estimate)")


def in_dictionary(name: str, cited: list[int], idx) -> tuple[list[int], str | None]:
    """The cited paragraphs with a Chinese word whose dictionary senses hold every word of an
    English name no reading finds (坦桑尼亚 for 'Tanzania', 东南亚 for 'Southeast Asia'), and that word."""
    from citebrief.facts.lexicon import content_words, translated_span

    words = frozenset(content_words(name))
    if not words:
        return [], None
    for n in cited:
        if (word := _word_meaning_all(idx.paragraphs[n - 1].text, words)) is not None:
            return [n], word
    for n in cited:
        # (Or side by side, word for word: 第六元素 for 'Sixth Element'.)
        if (span := translated_span(idx.paragraphs[n - 1].text, words)) is not None:
            return [n], span
    return [], None


@lru_cache(maxsize=16384)  # (a brief's claims ask the same paragraphs for the same names)
def _word_meaning_all(text: str, words: frozenset[str]) -> str | None:
    """A Chinese word of ``text`` (two or more characters) whose dictionary senses hold every one of ``words``."""
    from citebrief.facts.lexicon import chinese_words

    return next((word for word, senses in chinese_words(text).items() if len(word) > 1 and words <= senses), None)


def _mainland_pinyin_company(text: str, mention, idx) -> bool:
    """'Yanghe will pay' in a mainland story: a lone pinyin word that acts and is no surname
    ('Zeng said' is a person), where names are romanised in pinyin (not Taiwan's 'Fubon', 'Mega')."""
    from citebrief.facts.names import SURNAMES

    return mention.text.lower() not in SURNAMES and idx.yuan_currencies == "CNY" \
        and pinyin_company(text, mention.start, mention.end)


_PLACE_SUFFIX = re.compile(r"\s(?:Prefecture|Province|County|Island|Islands|Peninsula)$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)\s(?:the\s)?$")
_NOT_PLACE = re.compile(CALENDAR_WORD)


def _place_like(text: str, mention) -> bool:
    """A name written as a place: 'Saitama Prefecture', 'in Rokkaido'."""
    if _NOT_PLACE.match(mention.text):
        return False
    return bool(_PLACE_SUFFIX.search(mention.text) or _PLACE_BEFORE.search(text, max(0, mention.start - 8),
                                                                           mention.start))


# 'Great Wall chairman Wei Jianjun': a name followed by a title is the organisation the person heads.
# The words before the end of a body's name: 'Association of ', 'Center for ' ('… of Rehabilitation Medicine').
_BODY_OF_BEFORE = re.compile(r"\b(?:Association|Center|Centre|Institute|Council|Society|Federation|Academy|Bureau|"
                             r"Administration|Ministry|Department|Office|Commission|Agency|Authority|Foundation|Chamber|"
                             r"College|University|School|Committee|Board|Corporation)\s(?:of|for|on)\s(?:the\s)?$")
_TITLE_AFTER = re.compile(r"\s+(?:chairman|chairwoman|chair|president|ceo|cfo|coo|cto|chief|vice|deputy|"
                          r"executive|lawmaker|governor|director|spokes\w+|analyst|founder|head|minister)\b")
_INSTITUTION_WORDS = (r"(?:Association|Federation|Council|Institute|Ministry|Bureau|Commission|Committee|"
                      r"Administration|Agency|Exchange|University|Chamber|Alliance|Society|Forum|Union|Academy|"
                      r"Center|Centre)")
_INSTITUTION = re.compile(r"\b" + _INSTITUTION_WORDS + r"\b")
_INSTITUTION_OF_BEFORE = re.compile(r"\b" + _INSTITUTION_WORDS + r"\sof\s(?:the\s)?$")  # ('Chinese Society of …')


def _first_word_in_article(name: str, idx) -> bool:
    """Whether the word a company's name starts with ('Cochin' of 'Cochin International Airport Ltd',
    'Uttam' of 'Uttam Sugar Mills') is anywhere in the article."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", name) if w.lower() not in ("the", "of", "and")]
    if not words or COMPANY_WORD.fullmatch(words[0].capitalize()):
        return True
    first = re.compile(rf"(?<![A-Za-z]){re.escape(words[0].lower())}(?![A-Za-z])")
    return any(first.search(p.lower) for p in idx.paragraphs) or bool(first.search(idx.article.title.lower()))


# What 全国 is of in a Chinese story: the mainland in a mainland or Hong Kong paper, Taiwan in a Taiwanese one.
_NATIONAL_COUNTRY = {"CN": "China", "HK": "China", "TW": "Taiwan"}
# (海外 and 境外 are measured from the nation: '41 of them outside China' for 其中海外41台.)
_NATIONAL_WORDS_ZH = (*NATIONWIDE_ZH, "国家", "内地", "海外", "境外")


def _national_in(ent, cited: list[int], idx) -> bool:
    """Whether a cited paragraph of a Chinese story gives a national figure (全国网约车平台…) of the
    country the claim names ('China's ride-hailing platforms')."""
    name = _NATIONAL_COUNTRY.get(idx.country or "") if idx.han else None
    if name is None or not any(e.id == ent.id for e in lookup(name)):
        return False
    # (Folded: 全國 reads 全国. 国内, 境内, 国家网信办 and a Hong Kong story's 内地 are the nation's too.)
    if any(any(word in idx.paragraphs[n - 1].lower for word in _NATIONAL_WORDS_ZH) for n in cited if 1 <= n <= idx.count):
        return True
    # (A Hong Kong story of mainland companies: its bare 元 amounts are the mainland's, 'prices in China' for
    # 長江現貨鋁錠…每噸19,860元 in a story of Foshan's makers.)
    return idx.country == "HK" and idx.of_mainland_companies and any(
        "CNY" in (idx.story_quantity(f.q).unit or "") for n in cited if 1 <= n <= idx.count
        for f in idx.paragraphs[n - 1].facts.figures if f.q.kind == "amount")


# A mainland paragraph's own company: '…介绍，截至9月末公司资产负债率', '前三季度公司铜箔出货量' (not 子公司, 证券公司).
_SELF_COMPANY_ZH = re.compile(r"(?:^|[，,。；;：:])[^，,。；;：:]{0,10}?(?<![子母分控券险托司业])(?:公司|集团)(?![债股])")


def _the_storys_company(mention, form: str, cited: list[int], idx) -> bool:
    """Whether the claim's company is the one the story's title names, and each cited paragraph calls
    it 公司 (or 集团) and names no other company, or names no one at all ('按渠道劃分，線上渠道收入3.46億元…')."""
    if form.lower() not in prepare(idx.article.title).lower():
        return False
    own = mention.entity.id if mention.entity is not None else None
    for n in cited:
        paragraph = idx.paragraphs[n - 1]
        if not paragraph.subjects and not paragraph.people:
            continue
        if not _SELF_COMPANY_ZH.search(paragraph.lower) or any(
                s.entity_id is not None and s.entity_id != own for s in paragraph.subjects):
            return False
    return True


def _title_company_carried(mention, form: str, found: list[int], cited: list[int], idx) -> bool:
    """Whether the claim's company is one the story's title names, the paragraph right before the first cited
    one names it too (or, with no company between, an earlier one), and the cited paragraphs name no other
    company: no gazetteer company, none the title names."""
    title = prepare(idx.article.title).lower()
    if form.lower() not in title or not cited or cited[0] < 2:
        return False
    k = cited[0] - 1  # (the paragraph before, by number)
    while k > 1 and k not in found and not any(not is_place_subject(s) for s in idx.paragraphs[k - 1].subjects):
        k -= 1
    if k not in found:
        return False
    own = mention.entity.id if mention.entity is not None else None
    for n in cited:
        for s in idx.paragraphs[n - 1].subjects:
            if is_place_subject(s) or s.text.lower() == form.lower():
                continue
            if (s.entity_id is not None and s.entity_id != own) or (len(s.text) > 2 and s.text.lower() in title):
                return False
    return True


_GENERIC_REFERENCE = re.compile(r"[两三四五六七八九\d几多各]家(?:公司|企业|银行|集团|厂商)|该公司|该行|该集团|"
                                r"\b(?:the company|the bank|the group|the lender|the firm|both companies|the three)\b")


def _is_person_name(name: str) -> bool:
    """A name's shape: 'Peter Chan Ka-ming', 'Zhang Zhiqiang' (not 'Hong Kong', which the gazetteer knows)."""
    from citebrief.facts.people import is_person_name

    return not lookup(name) and is_person_name(name)


def _by_surname(name: str, cited: list[int], idx) -> str | None:
    """The Han name of a person of the cited paragraphs whose surname ``name`` spells as its last
    (or first) word, when its other words are not romanised Han (an English given name)."""
    from citebrief.facts.readings import char_readings

    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if len(words) != 2 or chinese_name_parts(name) is not None:
        return None  # 'Wang Ying' is a whole pinyin name: its given name must be read too (王莉 is Wang Li)
    for n in cited:
        for p in idx.paragraphs[n - 1].people:
            han = p.text
            if not han or not HAN.match(han[0]):
                continue
            readings = char_readings(han[0])
            if words[-1] in readings or words[0] in readings:
                return han
    return None


def _by_own_spelling(name: str, cited: list[int], idx) -> str | None:
    """The Han name of a cited person a Taiwan or Hong Kong story's claim spells in its owner's own
    romanisation ('Hsieh Huey-chuan' for 谢惠全; ArticleIndex.Paragraph.person_matching reads it)."""
    if idx.yuan_currencies == "CNY" and "-" not in name:
        return None  # a mainland story romanises in pinyin, read elsewhere (not 'Liang Mong-song', his own)
    probe = Person(name, 0, len(name), frozenset(), None)
    for n in cited:
        match = idx.paragraphs[n - 1].person_matching(probe)
        if match is not None and HAN.match(match.text[:1]):
            return match.text
    return None


def _a_subject_in(name: str, found: list[int], idx) -> bool:
    """Whether the paragraphs that hold a name read it as whose figures they give ('Matsukiyo
    Cocokara' reported…): a company, whatever its name looks like."""
    return any(s.text == name for n in found for s in idx.paragraphs[n - 1].subjects)


def _person_like(text: str, start: int, claim_people: list[Person]) -> bool:
    """A capitalised run that names a person: one the claim gives a title or has say something, or
    two or three words none of which is an organisation or place word."""
    if any(p.start <= start < p.end for p in claim_people):
        return True
    return person_like_name(text)


# ('Merrion Pybus, head of Keller's North American business' for its president: a unit's head, whatever
# the unit calls its top job.)
_HEAD_OF_UNIT_EN = re.compile(r"\b(?:head|chief|boss|leader)\sof\s(?:the\s)?(?:[\w'’&-]+\s){0,4}?(?:business|businesses|division|unit|"
                              r"segment|operations|arm|subsidiary|region)\b", re.IGNORECASE)
_UNIT_TOP_JOBS = frozenset({"president", "ceo", "general_manager", "coo", "chairman", "department_head"})


# A title of one region of a company, written right before it: 中国区总裁, 亚太区总经理, 'Asia-Pacific president'.
_REGION_BEFORE_TITLE = re.compile(r"(?:中国区|中國區|大中华区|大中華區|亚太区|亞太區|亚洲区|亞洲區|华东区|華東區|华南区|華南區|"
                                  r"北美区|北美區|欧洲区|歐洲區|在华|在華|中国|中國)$|"
                                  r"\b(?:china|asia[- ]pacific|asia|greater china|north america|europe|emea|regional)\s$", re.IGNORECASE)
# A claim's title said to be the whole company's: 'global chief executive', 'group CEO'.
_GLOBAL_TITLE = re.compile(r"\b(?:global|group|worldwide)\s(?:chief|ceo|president|managing|head|chairman|general)", re.IGNORECASE)


def _regional_title(match: Person, text: str) -> str | None:
    """The region a paragraph writes right before a person's title ('中国区' of 中国区总裁雍修杰), or None."""
    if not match.role_text or match.start < 0:
        return None
    at = text.rfind(match.role_text, max(0, match.start - len(match.role_text) - 16), match.start + 1)
    if at < 0:
        at = text.lower().rfind(match.role_text.lower(), max(0, match.start - len(match.role_text) - 40), match.start + 1)
    found = _REGION_BEFORE_TITLE.search(text[max(0, at - 16):at]) if at >= 0 else None
    return found.group(0) if found else None


def _one_title_word(person: Person) -> bool:
    """Whether all a person's title ids come from one word ('Secretary': a bureau's or a cabinet's)."""
    terms = roles().find((person.role_text or "").lower())
    return len(terms) == 1 and terms[0].ids == person.roles


def _role_problems(claim_people: list[Person], cited: list[int], idx, claim_text: str = "") -> list[str]:
    out: list[str] = []
    for person in claim_people:
        if not person.roles:
            continue
        if person.roles == {"department_head"} and (person.role_text or "").startswith("head of "):
            continue  # ('Hisae Sakuragawa, who heads Citizen's watch business': a unit's head may hold any officer's title)
        if (unit_head := _HEAD_OF_UNIT_EN.search(claim_text)) is not None and person.roles <= {"department_head"} and \
                abs(unit_head.start() - person.end) <= 4 and any(
                (m := idx.paragraphs[n - 1].person_matching(person, idx.glosses)) is not None and m.roles & _UNIT_TOP_JOBS
                for n in cited):
            continue
        for n in cited:
            paragraph = idx.paragraphs[n - 1]
            match = paragraph.person_matching(person, idx.glosses)
            if match is None or not match.roles:
                continue
            if match.roles == {OTHER_TITLE}:
                # A title the glossary lacks ('senior executive officer for marketing and sales'): the
                # claim's is another when it is not written there.
                if (person.role_text or "").lower() not in (match.role_text or "").lower():
                    out.append(f"'{person.text}' is {match.role_text} in [{n}], not {person.role_text}")
                break
            if (region := _regional_title(match, paragraph.text)) and _GLOBAL_TITLE.search(claim_text):
                # ('global chief executive Yong Xiujie' where [7] says 贺利氏电子中国区总裁雍修杰: a region's head.)
                out.append(f"'{person.text}' is {region}{match.role_text} in [{n}], not {person.role_text} of the whole company")
                break
            # ('President and CFO' where [4] says 'President and chief operating officer': of two titles
            # each side gives, each of the claim's is to be there.)
            # (One title word may stand for two ids, 'Secretary' a bureau's or a cabinet's: two titles
            # are two words.)
            if not (match.roles & person.roles) or (not _one_title_word(person)
                                                    and len(person.roles) >= 2 and len(match.roles) >= 2
                                                    and OTHER_TITLE not in person.roles | match.roles
                                                    and not person.roles <= match.roles):
                names = roles().name(match.roles)
                out.append(f"'{person.text}' is {match.role_text} ({names}) in [{n}], not {person.role_text}")
            break
    return out


__all__ = ["NameCheck", "check_names"]


_NEXT_NAME_WORD = re.compile(r"\s([A-Z][a-z]{2,})\b")


def _unit_opened_by(ent, text: str, end: int, cited: list[int], idx) -> tuple[str, int] | None:
    """The Han name of a unit a cited paragraph writes as the parent's two-character short form and a
    name the word after the claim's acronym reads as ('CCCC Tianhe' = 中交天和: 中交 of 中国交建, 天和
    Tianhe), with the end of that word in the claim; else None."""
    from citebrief.facts.readings import name_spans
    from citebrief.verify.attribution import _shortens

    word = _NEXT_NAME_WORD.match(text, end)
    if word is None:
        return None
    for n in cited:
        if not 1 <= n <= idx.count:
            continue
        paragraph = idx.paragraphs[n - 1].text
        for a, b in name_spans(word.group(1), paragraph):
            if a >= 2 and _shortens(paragraph[a - 2:a], ent.id):
                return paragraph[a - 2:b], word.end()
    return None


def _is_place(entity_id: int) -> bool:
    from citebrief.facts.gazetteer import load

    return load().entities[entity_id].kind in ("place", "country")
