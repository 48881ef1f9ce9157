"""Analysts' rating moves: a claim that has a broker move a company's rating ('downgraded LB Group to
neutral from accumulate') is held to the moves the cited paragraphs give, where they give one of that
kind: the same move given to another company ('将惠云钛业评级由"增持"下调至"中性"') and none to the
claim's is a wrong company; the claim's company moved otherwise ('由"买入"下调至"增持"') is a wrong
move. Ratings are compared on a coarse scale kept as data (data/ratings.tsv)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from citebrief.facts.atoms import TextFacts, english_names
from citebrief.facts.binding import Subject, is_broker, sentence_start, subjects_of
from citebrief.facts.gazetteer import load as gazetteer
from citebrief.facts.glossary import alternation, load
from citebrief.facts.people import is_person_name, people, person_like_name
from citebrief.text.script import fold


@dataclass(frozen=True)
class RatingMove:
    company: str
    start: int
    end: int
    to: frozenset[str]
    before: frozenset[str] | None  # the rating moved from, when written
    at: int = -1  # where the move's verb stands (its company may be named earlier: 'the stock')

    def __post_init__(self) -> None:
        if self.at < 0:
            object.__setattr__(self, "at", self.start)


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    r = "(?i:" + alternation("ratings") + ")"
    q = r"[\"'“”「」‘’]?"
    # (A web name may open in lower case: 'momo.com'.)
    name_en = r"(?:[A-Z][\w&.'’-]*|[a-z][\w-]*\.(?:com|net|co|tw|hk|cn|jp))(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&.'’-]*){0,4}"
    zh_name = r"[^，,。；;将\"“”「」]{2,14}?"
    move_zh = r"(?:下调|上调|调降|调升|调高|调低|下修|上修|调整|降|升)"
    return (
        # '将惠云钛业评级由"增持"下调至"中性"', '将思维列控的投资评级下调至"增持"', Taiwan's '将创业家兄弟评等由「买进」下调至「中立」'
        re.compile(rf"将(?P<co>{zh_name})(?:的)?(?:投资)?(?:评级|评等)(?:由{q}(?P<before>{r}){q})?\s?{move_zh}(?:至|为){q}(?P<to>{r}){q}"),
        # 'downgraded Mazagon Dock to reduce from add', 'upgraded Indika to a buy rating', "cut Ausnutria's rating to…"
        re.compile(rf"\b(?i:downgraded|upgraded|downgrades|upgrades|cut|raised|lowered|lifted)\s(?P<co>{name_en}|the stock|the shares|its shares)(?:['’]s?\s(?:shares|stock|rating|recommendation))?"
                   rf"\sto\s(?:an?\s)?{q}(?P<to>{r}){q}(?:\s(?:rating|recommendation))?(?:\sfrom\s(?:an?\s)?{q}(?P<before>{r}){q})?"),
        # 'downgraded Three Squirrels from buy to overweight': the rating before, then after
        re.compile(rf"\b(?i:downgraded|upgraded|downgrades|upgrades|cut|raised|lowered|lifted)\s(?P<co>{name_en}|the stock|the shares|its shares)"
                   rf"\sfrom\s(?:an?\s)?{q}(?P<before>{r}){q}(?:\s(?:rating|recommendation))?\sto\s(?:an?\s)?{q}(?P<to>{r}){q}"),
        # '维持"中性"评级', '维持巨星科技"买入"评级': a rating kept (its company, when not written, the one named before)
        re.compile(rf"维持(?:对)?(?P<co>{zh_name})?(?:的)?{q}(?P<to>{r}){q}(?:的)?(?:投资)?(?:评级|评等)"),
        # 'kept a neutral rating on Greenworks', 'reiterated its buy call on Daye'
        re.compile(rf"\b(?i:kept|keeps|maintained|maintains|reiterated|reiterates|retained|retains)\s(?:a|an|its|his|her|their)\s"
                   rf"{q}(?P<to>{r}){q}\s(?:rating|recommendation|call)\s(?:on|for)\s(?P<co>{name_en})"),
        # 'cut its rating on Yixintang to neutral from accumulate'
        re.compile(rf"\b(?i:cut|lowered|raised|lifted|downgraded|upgraded|changed)\s(?:its|his|her|their|the)\s(?:rating|recommendation|call)\s"
                   rf"(?:on|for)\s(?P<co>{name_en})\sto\s(?:an?\s)?{q}(?P<to>{r}){q}(?:\sfrom\s(?:an?\s)?{q}(?P<before>{r}){q})?"),
    )


def _ids(word: str | None) -> frozenset[str] | None:
    if word is None:
        return None
    return load("ratings").forms.get(fold(word.strip("\"'“”「」‘’")))


def rating_moves(text: str) -> list[RatingMove]:
    """The rating moves a text states, in order (English names keep their case: matched on ``text``)."""
    if "评级" not in text and "评等" not in text and not re.search(r"grade|rating|recommendation|\b(?:cut|raised|lowered|lifted)\b", text):
        return []
    out = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            to = _ids(m.group("to"))
            if to:
                before = _ids(m.group("before")) if "before" in pattern.groupindex else to  # (a rating kept: from itself)
                if m.group("co") is None:  # (a rating kept with no company written: the one named before it)
                    out.append(RatingMove(_KEPT, m.start(), m.start(), to, before, m.start()))
                else:
                    # ('…a neutral rating on Greenworks.': not the full stop after the name)
                    co = m.group("co")[:-1] if _FULL_STOP_AFTER_NAME.search(m.group("co")) else m.group("co")
                    out.append(RatingMove(co, m.start("co"), m.start("co") + len(co), to, before, m.start()))
    return sorted(out, key=lambda mv: mv.start)


def _same_move(a: RatingMove, b: RatingMove) -> bool:
    return bool(a.to & b.to) and (a.before is None or b.before is None or bool(a.before & b.before))


_OF_FIRM_AFTER = re.compile(r"\s(?:of|at|from)\s[A-Z]")  # 'Sarthak Bhasin of Swastika Investmart': an analyst
_KEPT = "the stock kept"
_FULL_STOP_AFTER_NAME = re.compile(r"(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bBhd)(?<!\bPLC)(?<!\b[A-Z])\.$")
_REFERENCE = frozenset({"the stock", "the shares", "its shares", _KEPT})


def _moves_in(paragraph) -> list[RatingMove]:
    """A paragraph's rating moves, 'the stock' read as the company the sentence named before it
    ('cut her Mazagon Dock target … and downgraded the stock to reduce')."""
    movers = [(p.start, p.end) for p in paragraph.people]
    out = []
    for move in rating_moves(paragraph.text):
        resolved = _resolved(paragraph.text, move, paragraph.subjects, movers)
        if resolved is not None:
            out.append(resolved)
    return out


def _resolved(text: str, move: RatingMove, subjects: list[Subject], movers: list[tuple[int, int]]) -> RatingMove | None:
    """The move with 'the stock' read as the company named before it (None when none is), in a
    paragraph or a claim alike."""
    if move.company not in _REFERENCE:
        return move
    # (Not the broker that moves it: 'Sarthak Bhasin of Swastika Investmart cut the stock'; the
    # stock is then the company a sentence before named.)
    s0 = sentence_start(text, move.start)
    rated = [sj for sj in subjects if not is_broker(sj.text, sj.entity_id)
             and not (sj.entity_id is None and (is_person_name(sj.text) or (
                 person_like_name(sj.text) and _OF_FIRM_AFTER.match(text, sj.end))))
             and not any(a <= sj.start < b for a, b in movers)]
    named = [sj for sj in rated if s0 <= sj.start < move.start] or [sj for sj in rated if sj.start < s0]
    if not named:
        return None
    return RatingMove(named[-1].text, named[-1].start, named[-1].end, move.to, move.before, move.start)


def _mover_problem(claim_movers: list[Subject], move: RatingMove, n: int, paragraph, glosses: dict) -> str | None:
    """The broker or analyst the claim has make the move, where the paragraph's sentence that makes it
    names someone else and not them ('Axis Capital's Arnav Bhattacharjee downgraded…' where HDFC
    Securities' Ketaki Pendharkar did)."""
    if not claim_movers:
        return None
    s0 = sentence_start(paragraph.text, move.at)
    if any(s0 <= a < move.at for mover in claim_movers for a, _ in paragraph.subject_spans(mover, glosses)):
        return None
    others = [p.text for p in paragraph.people if s0 <= p.start < move.at]
    if not others:
        # ("BIMB Securities' Yap Wai Kit downgraded…": a name that looks a person's, with no title.)
        others = [n.text for n in english_names(paragraph.text) if s0 <= n.start < move.at and n.entity is None
                  and " " in n.text and (is_person_name(n.text) or person_like_name(n.text))]
    if not others:
        return None
    return (f"'{claim_movers[-1].text}' not the one who moves {move.company}'s rating in [{n}]: there it is "
            f"{', '.join(dict.fromkeys(others))}")


def rating_problems(facts: TextFacts, citations: list[int], idx) -> list[str]:
    """A claim's rating move that the cited paragraphs give to another company, or give its company
    otherwise, or have someone else make."""
    if facts.han:
        return []
    claimed = rating_moves(facts.text)
    if not claimed:
        return []
    if any(move.company in _REFERENCE for move in claimed):
        # ('cut her target for Komeri … and downgraded the stock to neutral': the stock is Komeri.)
        claim_people = [(p.start, p.end) for p in people(facts)]
        claimed = [m for move in claimed if (m := _resolved(facts.text, move, subjects_of(facts), claim_people)) is not None]
    cited = [n for n in dict.fromkeys(citations) if 1 <= n <= idx.count]
    names = english_names(facts.text)
    problems: list[str] = []
    for move in claimed:
        mention = next((m for m in names if m.start <= move.start < m.end or move.start <= m.start < move.end), None)
        subject = Subject(move.company.removesuffix("'s").removesuffix("’s"),
                          mention.entity.id if mention is not None and mention.entity is not None else None,
                          move.start, move.end)
        s0 = sentence_start(facts.text, move.start)
        movers = [Subject(m.text.removesuffix("'s").removesuffix("’s"), m.entity.id if m.entity else None, m.start, m.end)
                  for m in names if s0 <= m.start and m.end <= move.at and not (m.entity is not None and m.entity.kind == "place")]
        own: list[tuple[int, RatingMove]] = []
        others: list[tuple[int, RatingMove]] = []
        # (A company the gazetteer knows and the story names elsewhere is seen to be absent where it is not named.)
        # (So is a name it lacks that the story writes: 'PHR', named in [2], is not the DPR that [10] downgrades.)
        read_in = set(idx.name_paragraphs(subject.text)[0]) if subject.entity_id is None else set()
        named_elsewhere = bool(idx.entity_paragraphs(gazetteer().entities[subject.entity_id])) if subject.entity_id is not None \
            else bool(read_in)
        for n in cited:
            paragraph = idx.paragraphs[n - 1]
            spans = paragraph.subject_spans(subject, idx.glosses)
            for source in _moves_in(paragraph):
                mine = any(a < source.end and source.start < b for a, b in spans)
                if not mine and not spans and n in read_in:
                    continue  # ('Hsin Hsin' read in 欣欣 of this paragraph: the claim's own company, named otherwise)
                if mine or spans or named_elsewhere:  # (another's move only where the claim's company is seen)
                    (own if mine else others).append((n, source))
        if own:
            same = [(n, source) for n, source in own if _same_move(move, source)]
            if not same:
                n, source = own[0]
                problems.append(f"'{move.company}' rated {_name(move.to)} not in [{n}]: there its rating "
                                + (f"stays at {_name(source.to)}" if source.before == source.to else
                                   f"goes to {_name(source.to)}" + (f" from {_name(source.before)}" if source.before else "")))
            else:
                n, source = same[0]
                wrong = _mover_problem(movers, source, n, idx.paragraphs[n - 1], idx.glosses)
                if wrong:
                    problems.append(wrong)
            continue
        rival = next(((n, s) for n, s in others if _same_move(move, s)), None)
        if rival is not None:
            n, source = rival
            problems.append(f"the rating move to {_name(move.to)} in [{n}] is {source.company}'s, not {move.company}'s")
    return problems


def _name(ids: frozenset[str] | None) -> str:
    english = load("ratings").english
    return "/".join(english[i] for i in sorted(ids or ()))
