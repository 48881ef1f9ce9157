"""Declared dependencies equal imports: every third-party module the package imports is declared, every
declared dependency is imported (or says in pyproject.toml why not yet), optional ones are in extras and
imported only where that extra is needed; the package ships py.typed."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCAL = {"citebrief", "tests", "bench", "eval"}  # the package, and the repository's own test, bench and eval packages


def _dist(requirement: str) -> str:
    """'psycopg[binary]>=3.1' -> 'psycopg' (normalised)."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def _imports(folder: Path) -> dict[str, list[str]]:
    """Top-level module -> the files importing it (absolute imports, the standard library left out)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in LOCAL and top != "__future__":
                    found.setdefault(top, []).append(str(path.relative_to(ROOT)))
    return found


def _dists_of(module: str) -> set[str]:
    # A module of an extra this environment did not install (atheris, for eval/fuzz.py) is taken to
    # be its distribution's name: installed metadata is the only other way to tell.
    return {_dist(d) for d in packages_distributions().get(module, [module])}


def _with_requirements(dists: set[str]) -> set[str]:
    """The distributions and what they require (one level: what an extra brings with it)."""
    out = set(dists)
    for dist in dists:
        try:
            out |= {_dist(r) for r in requires(dist) or [] if "extra ==" not in r}
        except PackageNotFoundError:
            pass
    return out


CORE = {_dist(r) for r in PYPROJECT["project"]["dependencies"]}
EXTRAS = {name: {_dist(r) for r in reqs} for name, reqs in PYPROJECT["project"]["optional-dependencies"].items()}
UNIMPORTED = PYPROJECT["tool"]["citebrief"]["unimported-dependencies"]
# Extras the package itself may import from (optional features: postgres, workers, ...); test and
# bench are for the tests and the benches only.
RUNTIME_EXTRAS = set().union(*(dists for name, dists in EXTRAS.items() if name not in ("test", "bench")))


def test_every_module_the_package_imports_is_a_declared_dependency():
    undeclared = {}
    for module, files in _imports(ROOT / "src" / "citebrief").items():
        if not _dists_of(module) & (CORE | RUNTIME_EXTRAS):
            undeclared[module] = files[:3]
    assert not undeclared, f"imported but not declared in [project.dependencies]: {undeclared}"


def test_every_declared_dependency_is_imported_or_says_why_not():
    imported = set().union(*(_dists_of(m) for m in _imports(ROOT / "src" / "citebrief")))
    unused = CORE - imported - {_dist(name) for name in UNIMPORTED}
    assert not unused, f"declared but never imported by src/citebrief: {sorted(unused)}"
    stale = {_dist(name) for name in UNIMPORTED} & imported
    assert not stale, f"listed as not imported yet, but imported now: {sorted(stale)}"
    assert all(reason.strip() for reason in UNIMPORTED.values())


def test_tests_benches_and_evals_import_only_what_their_extras_bring():
    core_and_extras = _with_requirements(CORE | set().union(*EXTRAS.values()))
    for folder in ("tests", "bench", "eval"):
        missing = {m: f[:2] for m, f in _imports(ROOT / folder).items() if not _dists_of(m) & core_and_extras}
        assert not missing, f"{folder}/ imports modules no dependency or extra declares: {missing}"
    bench_only = _imports(ROOT / "bench") | _imports(ROOT / "eval")
    scripts = "\n".join(p.read_text(encoding="utf-8") for folder in ("bench", "eval")
                        for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".sh"))
    for extra_dist in EXTRAS["bench"]:  # imported, or run as a program (datasette)
        used = any(extra_dist in _dists_of(m) for m in bench_only) or f'which("{extra_dist}")' in scripts
        assert used, f"bench extra {extra_dist} is not used"
    assert not {"sumy", "jieba", "openai", "networkx"} & set(_imports(ROOT / "src" / "citebrief"))


def test_the_package_ships_py_typed():
    assert (ROOT / "src" / "citebrief" / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["citebrief"]
