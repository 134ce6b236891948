"""The precompiled programs (consolidate.lang.sre_table): each builds the pattern a fresh
``re.compile`` builds, with the same matches on real texts, and the table is read only by the
interpreter that wrote it (any other, or any error, compiles with ``re.compile``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from consolidate.lang import gates, scan, sre_table
from consolidate.lang.fr import LEXICON as FR

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "be"

written_here = pytest.mark.skipif(
    scan.stamp() != sre_table.STAMP,
    reason=f"the table was written by {sre_table.STAMP!r}: not read by this Python")


def sample() -> list[str]:
    """Paragraphs of the corpus texts (of the seeds when there is no corpus), at most 4,096
    characters each, and their upper case: about 300 texts."""
    files = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    files = files or sorted((ROOT / "seeds").glob("*.md"))
    assert files
    paragraphs: list[str] = []
    for file in files:
        parts = [part for part in file.read_text(encoding="utf-8").split("\n\n") if part.strip()]
        paragraphs += [part[:4096] for part in parts[:: max(1, len(parts) // 6)][:6]]
    texts = paragraphs[:150]
    return texts + [text.upper() for text in texts[:50]]


TEXTS = sample()


def found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@written_here
def test_every_program_builds_the_pattern_re_compile_builds() -> None:
    assert len(sre_table.PROGRAMS) > 100
    for (source, flags) in sre_table.PROGRAMS:
        built, fresh = scan.regex_of(source, flags), re.compile(source, flags)
        assert built is not fresh  # from the table, not re's cache
        assert built == fresh, source[:80]  # flags, source and program (re.Pattern.__eq__)
        assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == \
            (fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex)), source[:80]


@written_here
def test_every_program_finds_the_matches_of_re_compile_on_real_texts() -> None:
    assert len(TEXTS) > 50
    matched = 0
    for (source, flags) in sre_table.PROGRAMS:
        built, fresh = scan.regex_of(source, flags), re.compile(source, flags)
        for text in TEXTS:
            expected = found(fresh, text)
            assert found(built, text) == expected, source[:80]
            matched += bool(expected)
    assert matched > 1000


@written_here
def test_a_tabled_pattern_is_neither_parsed_nor_compiled(
        monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = next(iter(sre_table.PROGRAMS))

    def refused(*_: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re, "compile", refused)
    assert scan.regex_of(source, flags).pattern == source


@pytest.fixture
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table read again at the next lookup."""
    monkeypatch.setattr(scan, "_programs", None)


@pytest.mark.parametrize("stamp", [
    ("cpython", (3, 11, 0), 20220615, 4, "little"),  # another micro release
    ("cpython", (3, 12, 7), 20221023, 4, "little"),  # another version and engine
    ("pypy", (3, 11, 7), 20220615, 4, "little"),
    ("cpython", (3, 11, 7), 20220615, 4, "big"),
], ids=["micro", "version", "pypy", "byte-order"])
def test_a_table_of_another_interpreter_is_not_read(
        stamp: tuple[object, ...], fresh_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = next(iter(sre_table.PROGRAMS))
    monkeypatch.setattr(sre_table, "STAMP", stamp)
    monkeypatch.setattr(scan, "stamp", lambda: ("cpython", (3, 11, 7), 20220615, 4, "little"))
    assert scan.programs() == {}
    assert scan.regex_of(source, flags) is re.compile(source, flags)  # re's own, cached


def test_a_pattern_not_in_the_table_is_compiled_by_re(fresh_table: None) -> None:
    source = r"(?P<jamais>pas\s+dans\s+la\s+table)\s*\d+"
    assert (source, 0) not in scan.programs()
    assert scan.regex_of(source) is re.compile(source)


def test_a_broken_entry_falls_back_to_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = r"(a)(?P<b>b)", re.I
    right = gates.program(source, flags)
    broken = {(source, flags): (right[0], "pas du base64 !", *right[2:])}
    monkeypatch.setattr(scan, "_programs", broken)
    assert scan.regex_of(source, flags) is re.compile(source, flags)
    monkeypatch.setattr(scan, "_programs", {(source, flags): right})
    built = scan.regex_of(source, flags)
    assert built == re.compile(source, flags) and built is not re.compile(source, flags)
    assert built.groupindex == {"b": 2} and built.match("AB") is not None


def test_the_problems_name_a_missing_a_different_and_a_stale_program() -> None:
    source, flags = r"(?:la|le)\s+loi", re.I
    sources = {(source, flags)}
    assert gates.program_problems({}, sources)[0].startswith("program missing: ")
    other = gates.program(r"(?:la|les)\s+loi", re.I)
    assert gates.program_problems({(source, flags): other}, sources)[0].startswith(
        "program differs: ")
    right = gates.programs_of(sources)
    assert gates.program_problems(right, sources) == []
    assert gates.program_problems({**right, ("x", 0): gates.program("x", 0)}, sources) == \
        ["program no longer built: 'x' (flags 0)"]


@written_here
def test_a_scan_of_the_grammar_takes_its_program_from_the_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon's fragment, gated: what it compiles (its source behind its look-ahead) is in
    the table, and is neither parsed nor compiled."""
    source, flags = FR.unit_nouns, re.I | re.X
    _, head, tail = scan.entry(source, flags)
    assert head and (head + source + tail, flags) in sre_table.PROGRAMS

    def refused(*_: object) -> None:
        raise AssertionError("compiled")

    monkeypatch.setattr(re, "compile", refused)
    pattern = scan.compile(source, flags)
    assert pattern.search("rien à voir") is None
    assert pattern.search("dans l'alinéa 2") is not None
    assert pattern.compiled().pattern == head + source + tail


def test_regex_builds_once_what_re_compile_builds_and_remembers_it(
        fresh_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_regexes", {})
    source, flags = r"(?P<loi>loi)\s+du\s+(\d+)\s+mars\s+jamais\s+tablée", re.I
    assert (source, int(flags)) not in scan.programs()
    built = scan.regex(source, flags)
    assert built == re.compile(source, flags) and built.pattern == source
    assert scan.regex(source, int(flags)) is built  # flags as an int or an enum: one pattern
    assert (source, int(flags)) in scan.requested()  # what the generator tables
    assert built.search("la LOI du 25 mars jamais tablée")["loi"] == "LOI"


def _patterns_of(value: object) -> list[re.Pattern[str]]:
    """The compiled patterns of a module's global: itself, or those of a tuple, list or dict
    (of tuples) it holds."""
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (tuple, list)):
        return [item for part in value
                for item in (part if isinstance(part, tuple) else (part,))
                if isinstance(item, re.Pattern)]
    return []


#: the core modules, which import nothing of the package (tests/unit/test_architecture.py):
#: their patterns are compiled by re.compile
_CORE = ("consolidate.text", "consolidate.errors", "consolidate.model")


@written_here
def test_every_module_level_pattern_of_the_package_comes_from_the_table() -> None:
    """A module-level pattern is built by ``scan.regex`` from its tabled program, not parsed
    and compiled at each start (docs/benchmarks.md, "Start-up (3 December 2026, day)"): a new
    one written ``re.compile(...)`` fails here; write it ``scan.regex(...)`` and run
    ``python -m consolidate.lang.gates``."""
    import importlib
    import pkgutil

    import consolidate

    modules = [importlib.import_module(found.name) for found in
               pkgutil.walk_packages(consolidate.__path__, "consolidate.")
               if not found.name.endswith("__main__")]
    built = {id(pattern): given for given, pattern in scan._regexes.items()}
    tabled = set(sre_table.PROGRAMS)
    count, wrong = 0, []
    for module in modules:
        if module.__name__ in _CORE:
            continue
        for name, value in vars(module).items():
            if value is scan._regexes:  # what scan.regex has built, not a module's pattern
                continue
            for pattern in _patterns_of(value):
                if pattern is scan._UNCOMPILED:  # the Scan's sentinel
                    continue
                count += 1
                if built.get(id(pattern)) not in tabled:  # re.compile's, or not tabled
                    wrong.append(f"{module.__name__}.{name}")
    assert count > 100
    assert wrong == []
