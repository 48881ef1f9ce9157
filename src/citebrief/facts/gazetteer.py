"""The bilingual gazetteer: people, companies, regulators, places with their source-language forms.

Shipped as ``citebrief/data/gazetteer*.tsv`` (kind, English names, source forms, ticker, country).
Source forms are stored in whatever script is usual and compared after folding (NFKC, simplified,
lower case), so '台積電' finds the entry written '台积电'.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from citebrief.text.script import fold


@dataclass(frozen=True)
class Entity:
    id: int
    kind: str  # person, company, central_bank, regulator, institution, party, exchange, index, place
    english: list[str]
    zh: list[str]  # source forms in any script (Chinese, Japanese, Latin as written in the source)
    ticker: str | None = None
    country: str | None = None

    @property
    def name(self) -> str:
        return self.english[0]

    @property
    def folded_forms(self) -> tuple[str, ...]:
        return _folded(self.id)


@dataclass(frozen=True)
class Gazetteer:
    entities: list[Entity]
    by_english: dict[str, list[Entity]]  # exact English name (case kept) -> entities
    by_english_lower: dict[str, list[Entity]]
    by_form: dict[str, list[Entity]]  # folded source form -> entities
    max_words: int


def _data_files() -> list:
    base = resources.files("citebrief") / "data"
    return sorted((p for p in base.iterdir() if p.name.startswith("gazetteer") and p.name.endswith(".tsv")),
                  key=lambda p: p.name)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    entities: list[Entity] = []
    for path in _data_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = (line.split("\t") + [""] * 5)[:5]
            kind, english, zh, ticker, country = (c.strip() for c in cols)
            entities.append(Entity(
                id=len(entities), kind=kind,
                english=[e for e in english.split("|") if e],
                zh=[z for z in zh.split("|") if z],
                ticker=ticker or None, country=country or None,
            ))
    by_english: dict[str, list[Entity]] = {}
    by_lower: dict[str, list[Entity]] = {}
    by_form: dict[str, list[Entity]] = {}
    for ent in entities:
        for name in ent.english:
            by_english.setdefault(name, []).append(ent)
            by_lower.setdefault(name.lower(), []).append(ent)
        for form in ent.zh:
            by_form.setdefault(fold(form), []).append(ent)
        if ent.ticker:
            by_lower.setdefault(ent.ticker.lower(), []).append(ent)
    max_words = max(len(n.split()) for n in by_english)
    return Gazetteer(entities, by_english, by_lower, by_form, max_words)


@cache
def _folded(entity_id: int) -> tuple[str, ...]:
    ent = load().entities[entity_id]
    return tuple(dict.fromkeys(fold(z) for z in ent.zh))


def lookup(name: str) -> list[Entity]:
    """Entities known by ``name``: an English name (any case), a source form (any script) or a ticker."""
    g = load()
    key = name.strip()
    found = g.by_english.get(key) or g.by_english_lower.get(key.lower()) or g.by_form.get(fold(key)) or []
    return list(found)


def namesakes(entity: Entity, written: str) -> list[Entity]:
    """The entity and every other one known by the English name it is ``written`` with ('CSSC': the
    state group and its listed arm), the entity first."""
    others = [e for e in load().by_english.get(written.strip(), ()) if e.id != entity.id] if written else []
    return [entity, *others]


@lru_cache(maxsize=4096)
def group_members(name: str) -> tuple[Entity, ...]:
    """Companies whose English name opens with ``name`` as its first word(s): 'Yuanta' for Yuanta
    Securities Investment Consulting (元大投顾), a group's short name the press gives its units."""
    prefix = name.strip().lower() + " "
    return tuple(e for e in load().entities if e.kind == "company"
                 and any(n.lower().startswith(prefix) for n in e.english))


def by_stock_code(code: str) -> list[Entity]:
    """Entities listed under a bare stock code as a Chinese story writes it in brackets: six digits
    for Shanghai, Shenzhen or Beijing (603883), four for Taiwan (2012), four or five for Hong Kong
    (00700)."""
    g = load()
    suffixes: tuple[str, ...]
    if len(code) == 6:
        suffixes = (".ss", ".sz", ".bj")
    elif len(code) == 4:
        suffixes = (".tw", ".two", ".hk")
    else:
        suffixes = (".hk",)
    code = code.lstrip("0").rjust(4, "0") if len(code) == 5 else code
    return [e for s in suffixes for e in g.by_english_lower.get(code + s, ())]


def entities() -> list[Entity]:
    return list(load().entities)
