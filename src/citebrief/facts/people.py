"""People named in a text, with the title written next to each ('董事长王志强', 'chief executive
Peter Chan Ka-ming', 'Wang Zhiqiang, the chairman,').

Chinese text: a title (data/roles.tsv) followed by a name of two to four Han characters, cut before a
verb of saying or a function word; the gazetteer's people too. English text: a title followed by a
capitalised name, or a name followed by ', <title>'; a capitalised name before 'said'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citebrief.facts.atoms import NameMention, TextFacts, english_names, source_names
from citebrief.facts.glossary import Term, roles, word_list
from citebrief.text.script import HAN_CLASS

# What may follow a Chinese name: a verb of saying, a function word, punctuation. (Not 和 before a verb
# of saying: '总经理酆致和介绍' names 酆致和.)
_ZH_NAME = re.compile(rf"[{HAN_CLASS}]{{2,4}}?(?=表示|称|说|指出|指[，,：:]|认为|透露|强调|坦言|预计|预期|预估|估计|预测|提到|引述|援引|引用|回应|补充|说明|坦承|直言|重申|证实|"
                      r"维持|上调|下调|调升|调降|给予|首次覆盖|"
                      r"介绍|宣布|答询|质询|时|的|在|于|对|向|也|则|亦|与|和(?!(?:则|也|亦)?(?:介绍|表示|称|说|指出|认为|透露|强调|坦言|预计|说明))|等|曾|将|今|日前|近日|本月|上月|本周|上周|当日|当天|此前|随后|周[一二三四五六日]|昨|[\dA-Za-z，,。；;：:（(“\"、\s]|$)")
_EN_NAME = re.compile(r"[A-Z][a-zA-Z'’.\-]+(?:\s+[A-Z][a-zA-Z'’.\-]+){0,3}")
# "Founder Securities' Gan Yuchen": a title word that opens a firm's name, which owns the name after it.
_POSSESSIVE_WORD = re.compile(r"[A-Z][a-zA-Z.\-]*(?:['’]s?)\s")
# A verb of saying right after a name ("Park said"): the name speaks.
SAYS_AFTER = re.compile(r"\s*(?:said|says|told|noted|added|wrote)\b")
# ', the chairman', ', Hokuriku Steel's chairman', ', a ruling Liberal Democratic Party lawmaker'
_EN_APPOSITION = re.compile(r",\s+(?:the\s+|its\s+|an?\s+)?(?:[A-Za-z][\w.&’'-]*\s+){0,5}?(?=\S)")


@dataclass(frozen=True, slots=True)
class Person:
    text: str
    start: int
    end: int
    roles: frozenset[str]  # role ids (data/roles.tsv); empty when no title is written next to the name
    role_text: str | None
    entity_id: int | None = None


def people(facts: TextFacts) -> list[Person]:
    """The people ``facts`` names (read by facts.atoms.read), each with its title (cached by text:
    the name check, the binding's subjects and its speakers all ask)."""
    return list(_people(facts.text, facts.han))


# Characters that make 相 a word of its own (相对, 相当, 相关, 相比, 相信, 相同…), not '经产相' (a minister).
_XIANG_COMPOUND_NEXT = frozenset("对對当當关關比信同似互继繼应應较較处處符近差")


@lru_cache(maxsize=4096)
def _people(text: str, han: bool) -> tuple[Person, ...]:
    low = text.lower()
    terms = roles().find(low)
    out: list[Person] = []
    taken: list[tuple[int, int]] = []

    def add(p: Person) -> None:
        # ('长园电力总经理夹谷澍岑': a titled name that holds a shorter one read before, 谷澍, is the person.)
        inside = [q for q in out if p.start <= q.start and q.end <= p.end and (q.start, q.end) != (p.start, p.end)]
        if inside and p.roles and not any(q.roles for q in inside):
            for q in inside:
                out.remove(q)
                taken.remove((q.start, q.end))
        if not any(a < p.end and p.start < b for a, b in taken):
            out.append(p)
            taken.append((p.start, p.end))

    names: list[NameMention] = (source_names(text) + english_names(text)) if han else english_names(text)
    for n in names:
        if n.entity is not None and n.entity.kind == "person" and _names_the_person(low, n):
            start: int = n.start
            entity_id: int | None = n.entity.id
            given = _another_given_name(text, n)
            if given is not None:  # ('Ardiansyah Purbaya' is someone else than Purbaya Yudhi Sadewa)
                start, entity_id = given, None
            before = _title_before(terms, start, low)
            term = before or _title_after(terms, n.end, low)
            p = _person(text[start:n.end], start, n.end, term, entity_id, text)
            if before is not None:
                p = _with_chain(p, [t for t in terms if t.end <= before.start], before, low)
            elif term is not None:
                p = _with_chain_after(p, [t for t in terms if t.start >= term.end], term, low)
            elif other := _OTHER_TITLE.match(text, n.end):
                p = Person(p.text, start, n.end, frozenset({OTHER_TITLE}), other.group(1), entity_id)  # a title the glossary lacks
            add(p)
    for k, term in enumerate(terms):
        if han and low[term.start:term.end] == "相" and low[term.end:term.end + 1] in _XIANG_COMPOUND_NEXT:
            continue  # '则相对谨慎', '相关', '相比': a word of its own, not a minister's title
        if han:
            m = _ZH_NAME.match(text, term.end)
            if m and not roles().find(m.group(0)):
                add(_with_chain(_person(m.group(0), m.start(), m.end(), term, source=text), terms[:k], term, low))
                continue
        # 'chief executive Peter Chan', "Kinsei's chief financial officer, Naomi Hirano,"
        # ('总裁董事Ardiansyah Purbaya表示': a Chinese title runs straight into a romanised name.)
        gap = re.match(r",?\s" if not han else r",?\s?(?=[A-Z])", text[term.end:term.end + 3])
        m = _EN_NAME.match(text, term.end + gap.end()) if gap else None
        if m:
            name = _trim(m.group(0))
            if name and not _POSSESSIVE_WORD.match(m.group(0)):  # ("Founder Securities' Gan Yuchen": a firm's title word)
                add(_with_chain(_person(name, m.start(), m.start() + len(name), term, source=text), terms[:k], term, low))
    if not han or re.search(r"[A-Za-z]", text):
        for m in _EN_NAME.finditer(text):
            name = _trim(m.group(0))
            start = m.start() + m.group(0).find(name) if name else m.start()
            portfolio_of = next((t for t in terms if _PORTFOLIO_GAP.fullmatch(low, t.end, m.start())), None)
            if name.count(" ") >= 2 and portfolio_of is not None and not _OWNER_WORD.search(m.group(0).split(" ", 1)[0]) \
                    and not _UNIT_AFTER.match(text, start + len(name)):
                # 'Deputy Commissioner for Transport Au Chi-fung': the title's portfolio is no name.
                first = name.split(" ", 1)[0]
                name, start = name[len(first) + 1:], start + len(first) + 1
                add(_person(name, start, start + len(name), portfolio_of, source=text))
                continue
            if not name or " " not in name:
                continue
            end = start + len(name)
            if text[max(0, start - 2):start] == "& " or any(
                    n.start < start and end <= n.end and n.entity is not None and n.entity.kind != "person" for n in names):
                continue  # ('Smith & Wesson Brands said': the end of a firm's name, no person)
            term = _title_after(terms, end, low)
            # ('Hanyang Heavy Industries said': a company says things too.)
            if term or (SAYS_AFTER.match(text, end) and person_like_name(name)):
                p = _person(name, start, end, term, source=text)
                if term is not None:  # 'Wee Ee Cheong, UOB's deputy chairman and chief executive'
                    p = _with_chain_after(p, [t for t in terms if t.start >= term.end], term, low)
                add(p)
            elif person_like_name(name) and (other := _OTHER_TITLE.match(text, end)):
                # 'Partho Banerjee, senior executive officer for marketing and sales at Maruti, said': a
                # title the glossary lacks is still a title, and not any the glossary names.
                add(Person(name, start, end, frozenset({OTHER_TITLE}), other.group(1)))
            elif person_like_name(name) and (heads := _WHO_HEADS_AFTER.match(text, end)):
                # ('Vinzenz Gsponer, who heads the Injectable Aesthetics business, said': a unit's head.)
                add(Person(name, start, end, frozenset({"department_head"}), "head of " + heads.group(1)))
    out.sort(key=lambda p: p.start)
    return tuple(out)


# ("general manager of Huadong's Xinkeli Aesthetics unit": a company's unit, not a portfolio and a name.)
_OWNER_WORD = re.compile(r"(?:'s|’s)$")
_UNIT_AFTER = re.compile(r"\s(?:unit|arm|subsidiary|division|business|segment|brand|joint venture)\b")
OTHER_TITLE = "other"  # the role id of a title the glossary lacks
_PORTFOLIO_GAP = re.compile(r"\s(?:for|of)\s")
# (Or a company's unit in lower case: 'who heads Bühler's food processing unit'.)
_WHO_HEADS_AFTER = re.compile(r",\s(?:who|and)\s(?:heads|runs|leads|oversees)\s(?:the\s|its\s)?((?:[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,4}|"
                              r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}['’]s(?:\s[a-z][\w&-]*){1,3})\s"
                              r"(?:business|division|unit|segment|arm|operations))\b")
_OTHER_TITLE = re.compile(r",\s(?:the\s|an?\s)?((?:[a-z][a-z&-]*\s){0,3}(?:officer|director|manager|head|president|chairman|"
                          r"executive|secretary|minister|analyst|economist|strategist|spokesman|spokeswoman|partner|"
                          r"adviser|advisor|governor|commissioner)(?:\s(?:for|of)\s[a-z &]+?)?)\s(?:at|of)\s[A-Z]")


_CHAIN = re.compile(r"\s?(?:兼|暨|及|、|和|and|&|,)\s?$")
_CHAIN_OWN_BODY = re.compile(r"[、兼][\u4e00-\u9fff]{2,12}")
# 'Founder and group managing director Stanley Thai': a title, 'and', then a title of the group.
_CHAIN_EN = re.compile(r",?\s(?:and|&)\s(?:group|joint)\s")


def _with_chain(person: Person, before: list[Term], last: Term, low: str) -> Person:
    """'执行董事兼董事总经理郭基辉': every title joined to the one before the name is the person's."""
    ids, start = set(person.roles), last.start
    for term in reversed(before):
        # ('Managing director and chief executive Gareth Carrick': both his.)
        if (start - term.end <= 3 or low[term.end:start] in (" and ", " & ")) and _CHAIN.search(low, term.end, start) is not None \
                or term.end == start \
                or _CHAIN_OWN_BODY.fullmatch(low, term.end, start) or _CHAIN_EN.fullmatch(low, term.end, start):
            # ('新闻发言人、国民经济综合统计司司长付凌晖': a title, then the next one of its own department.)
            ids |= term.ids
            start = term.start
        else:
            break
    return _with_roles(person, ids)


def _with_roles(person: Person, ids: set[str]) -> Person:
    if ids == set(person.roles):
        return person
    return Person(person.text, person.start, person.end, frozenset(ids), person.role_text, person.entity_id)


_CHAIN_AFTER = re.compile(r"^\s?(?:,\s?(?:and\s)?|\sand\s|\s?&\s?|、|兼|暨)(?:the\s)?$")


def _with_chain_after(person: Person, after: list[Term], first: Term, low: str) -> Person:
    """'Li Bin, NIO's founder, chairman and CEO': every title joined to the first after the name."""
    ids, end = set(person.roles), first.end
    for term in after:
        if _CHAIN_AFTER.match(low[end:term.start]):
            ids |= term.ids
            end = term.end
        else:
            break
    return _with_roles(person, ids)


_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)\s$")


def _another_given_name(text: str, n: NameMention) -> int | None:
    """Where a known person's one-word name starts another person's, after a given name none of
    theirs has ('Ardiansyah Purbaya' is not Purbaya Yudhi Sadewa); else None."""
    if " " in n.text.strip() or n.entity is None:
        return None
    m = _GIVEN_BEFORE.search(text, max(0, n.start - 20), n.start)
    if m is None or m.group(1).lower() in _NOT_NAME_WORDS or roles().find(m.group(1).lower()) \
            or any(m.group(1) in e.split() for e in n.entity.english):
        return None
    return m.start()


def _names_the_person(low: str, n: NameMention) -> bool:
    """A surname alone names the person only when no word continues it (安倍 in 安倍经济学 is Abenomics)."""
    from citebrief.facts.surnames import names_person, short_forms

    alias = n.text.lower()
    if n.entity is None or alias not in short_forms(n.entity):
        return True
    return names_person(low, n.start, alias, tuple(f for f in n.entity.folded_forms if len(f) > len(alias)))


# A word that closes a sentence: a full stop after three or more small letters (not 'J.' nor 'Dr.').
# ('…rose 4.2% from May. Mpho Sekgobela, chief economist…': a month of three letters ends one too.)
_SENTENCE_END_WORD = re.compile(r"(?!(?:Corp|Bhd|Inc|Ltd|Mrs|Gov|Sen|Rep|Gen|Capt|Prof|Bros|Dept|Est|Intl|Hldgs|Pty|Plc|Cos|Sdn|Tbk|Ave|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                                r"Oct|Nov|Dec)\.)(?:[A-Z][a-z]{2,}|[a-z]{3,})\.")
_NOT_NAME_WORDS = frozenset("""the a an of and for in on at to its his her their said says chief executive officer
president chairman chairwoman governor minister deputy vice bank group holdings company corp inc ltd co
party ministry""".split())


_HYPHENATED_GIVEN = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")


def is_person_name(name: str) -> bool:
    """A person's name rather than a company's: a hyphenated given name ('Peter Chan Ka-ming'), or a
    pinyin personal name ('Zhang Zhiqiang')."""
    from citebrief.facts.names import chinese_name_parts

    return looks_like_person(name) or chinese_name_parts(name) is not None


def looks_like_person(name: str) -> bool:
    """'Peter Chan Ka-ming', 'Lin Hsin-yi', 'Park Sung-joon': a hyphenated given name after or before
    a surname, as Hong Kong, Taiwanese and Korean names are written."""
    words = name.split()
    # (Not 'Hsing-ta Harbour': a place word makes the run a place.)
    return 2 <= len(words) <= 4 and bool(_HYPHENATED_GIVEN.search(name)) and \
        not any(w.lower().strip(".,'’") in _NOT_PERSON for w in words)


# Words that make a capitalised run an organisation, a place or a thing rather than a person: company
# words (data/company_words.txt) and these.
_NOT_PERSON = word_list("company_words.txt") | frozenset("""holding company corporation inc industry heavy electric marine shipbuilding lithium partners fund futures
funds party ministry council commission exchange index area bay province city county university
institute association agency authority office board committee market markets street new
international global asia pacific china chinese japan japanese korea korean taiwan hong kong service
services bureau department administration statistics census survey customs navy army resort resorts
hotel hotels casino casinos macau macao airways ocean retail retailing stores life airport port
railway sands harbour harbor pier wharf terminal centre center island road district asset assets management
investment investments wealth advisors advisers consulting research development biotechnology science sciences
studies innovation planning""".split())




def person_like_name(name: str) -> bool:
    """Two to four capitalised words none of which names an organisation, place or thing
    ('Katsunori Inoue', 'Peter Chan Ka-ming'; not 'Hang Cheong Bank', 'Greater Bay Area')."""
    words = name.replace("-", " ").split()
    return 2 <= len(words) <= 5 and not any(w.lower().strip(".,'’") in _NOT_PERSON for w in words) \
        and words[-1].rstrip(".,") not in _LEGAL_ENDINGS


# A company's legal form written last, as written ('Quorvale AG', 'Brantelle ASA'; not 'Kim Se-jin').
_LEGAL_ENDINGS = frozenset("AG SE SA NV ASA AB Oyj GmbH KGaA SpA S.p.A PLC Plc plc Ltd Bhd Tbk LLC Inc".split())


def _trim(name: str) -> str:
    words = name.replace("’s", "").replace("'s", "").split()
    # ("Guantong Futures' Yi Difan said…": a plural owner's apostrophe ends the firm before the person.)
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'", "’"))]
    if owners:
        words = words[owners[-1] + 1:]
    # ('…fell to 47 minutes in October from 68 minutes in June. He said…': a sentence ends inside the run.)
    ends = [i for i, w in enumerate(words[:-1]) if _SENTENCE_END_WORD.fullmatch(w)]
    if ends:
        words = words[ends[-1] + 1:]
    while words and words[-1].lower().strip(".,") in _NOT_NAME_WORDS:
        words.pop()
    while words and words[0].lower().strip(".,") in _NOT_NAME_WORDS:
        words.pop(0)
    return " ".join(words).rstrip(".,")


def _person(text: str, start: int, end: int, term: Term | None, entity_id: int | None = None,
            source: str = "") -> Person:
    title = (source[term.start:term.end] if source else term.text) if term else None
    return Person(text, start, end, term.ids if term else frozenset(), title, entity_id)


def _title_before(terms: list[Term], start: int, low: str) -> Term | None:
    for term in terms:
        if 0 <= start - term.end <= 1 and not low[term.end:start].strip():
            return term
    return None


def _title_after(terms: list[Term], end: int, low: str) -> Term | None:
    """A title in apposition: 'Wang Zhiqiang, the chairman' (English needs the comma: in 'Tak Shun
    chief executive Tsang Wai-man' the title is the next name's)."""
    m = _EN_APPOSITION.match(low, end)
    if not m:
        return None
    stop = low.find(",", m.start() + 1)
    for k, term in enumerate(terms):
        if m.start() < term.start <= m.end() + 60 and (stop < 0 or term.start < stop) \
                and len(low[m.end():term.start].split()) <= 6:
            return _head_title(terms[k:], low)
    return None


def _head_title(terms: list[Term], low: str) -> Term:
    """English titles end in their head noun: 'chief food and beverage analyst' is an analyst, not
    the 'chief' of a department (a chain, 'chief executive and chairman', keeps its first title)."""
    first = terms[0]
    if first.text != "chief" or len(terms) < 2:
        return first
    gap = low[first.end:terms[1].start]
    if len(gap.split()) <= 4 and not _CHAIN_AFTER.match(gap) and not re.search(r"[,;(]|\b(?:at|of|for)\b", gap):
        return terms[1]
    return first


def names_one_person(a: str, b: str) -> bool:
    """Whether two mentions name one person: one is the other, or a word of it ('Rhee Chang-yong', 'Rhee')."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return " " not in short.strip() and re.search(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", long) is not None


__all__ = ["SAYS_AFTER", "Person", "names_one_person", "people"]

