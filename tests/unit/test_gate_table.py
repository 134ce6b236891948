"""The precomputed gates (consolidate.lang.gate_table): complete, in agreement with what the
patterns derive now, and giving the matches of the patterns they gate."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from consolidate.lang import gate_table, gates, scan
from consolidate.lang.fr import LEXICON as FR
from consolidate.lang.nl import LEXICON as NL

pytestmark = pytest.mark.skipif(not scan.GATED, reason="no sre_parse: patterns are not gated")

TEXTS = [
    "À l'article 12, § 3, alinéa 2, de la même loi, modifié par la loi du 3 juin 2016, "
    "devenu l'alinéa 1er, § 2, les mots \"Ꝗ\" sont remplacés par les mots \"Ꝗ\".",
    "il est inséré, après l'alinéa 1er, un alinéa rédigé comme suit :",
    "In artikel 3 van dezelfde wet, gewijzigd bij de wet van 1 juni 2016, wordt het tweede "
    "lid vervangen als volgt :",
    "L'INTITULÉ DU CHAPITRE II EST REMPLACÉ ; le paragraphe 2 est abrogé.",
]


def test_the_table_holds_every_pattern_the_package_builds_as_derived_now() -> None:
    """Every gated pattern of the modules, of both lexicons and of the grammar's rules is in
    the table, with the entry its parse derives and the same compiled program (a fresh
    interpreter: the command finds the patterns among the live objects)."""
    done = subprocess.run([sys.executable, "-m", "consolidate.lang.gates", "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(gate_table.GATES) > 100


def test_the_problems_name_a_missing_a_different_and_a_stale_entry() -> None:
    source, flags = r"(?:la|le)\s+loi", re.I
    patterns = {scan.key(source, flags): (source, flags)}
    assert gates.problems({}, patterns)[0].startswith("missing: ")
    wrong: dict[str, scan.Entry] = {scan.key(source, flags): (("la",), "", "")}
    assert gates.problems(wrong, patterns)[0].startswith("differs: ")
    right = gates.entries(patterns)
    assert gates.problems(right, patterns) == []
    assert gates.problems({**right, "0" * 32: (None, "", "")}, patterns) == \
        ["no longer built: " + "0" * 32]


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> dict[str, scan.Entry]:
    """An empty table of gates, in place of the package's, to fill in the test."""
    entries: dict[str, scan.Entry] = {}
    monkeypatch.setattr(scan, "_table", entries)
    return entries


def test_a_tabled_pattern_is_not_parsed_and_compiled_when_a_text_passes(
        table: dict[str, scan.Entry], monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?:l['’]|les?\s+)(?:article|alinéa)s?\s+\d+  # verbose: a comment ends it"
    flags = re.I | re.X
    table[scan.key(source, flags)] = scan.entry(source, flags)

    def refused(*_: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(scan.sre_parse, "parse", refused)
    pattern = scan.compile(source, flags)
    assert pattern.search("rien à voir") is None
    assert pattern.literals == ("article", "alinéa") and pattern.regex is scan._UNCOMPILED
    original = re.compile(source, flags)
    for text in TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in original.finditer(text)]
    assert pattern.regex is not scan._UNCOMPILED and pattern.pattern == source


def test_a_top_level_alternative_is_behind_the_look_ahead_too(
        table: dict[str, scan.Entry]) -> None:
    source, flags = r"x?alinéa\s+(\d+)|y?article\s+(\d+)", re.I
    _, head, tail = table[scan.key(source, flags)] = scan.entry(source, flags)
    assert head.startswith("(?=") and head.endswith("(?:") and tail == ")"
    pattern, original = scan.compile(source, flags), re.compile(source, flags)
    for text in TEXTS:
        assert [m.groups() for m in pattern.finditer(text)] == \
            [m.groups() for m in original.finditer(text)]


def test_a_table_of_another_python_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = FR.unit_nouns, re.I | re.X
    assert scan.tabled(source, flags) == scan.entry(source, flags)
    monkeypatch.setattr(scan, "_table", None)
    monkeypatch.setattr(gate_table, "PYTHON", (2, 7))
    assert scan.tabled(source, flags) is None


@pytest.mark.parametrize("lexicon", [FR, NL], ids=["fr", "nl"])
def test_tabled_and_derived_scans_find_the_same_matches(
        lexicon: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each lexicon's fragments, gated from the table and derived from their parse (a pattern
    not in the table), against the plain compiled pattern."""
    names = [name for name in gates._fragments(lexicon, type(lexicon))
             if gates._valid(getattr(lexicon, name), re.I | re.X)]
    assert len(names) > 40
    for name in names:
        source = getattr(lexicon, name)
        original = re.compile(source, re.I | re.X)
        tabled = scan.compile(source, re.I | re.X)
        monkeypatch.setattr(scan, "_table", {})
        derived = scan.compile(source, re.I | re.X)
        for text in (*TEXTS, *(text.upper() for text in TEXTS)):
            expected = [(m.span(), m.groupdict()) for m in original.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in derived.finditer(text)] == expected
            assert [(m.span(), m.groupdict()) for m in tabled.finditer(text)] == expected
        assert tabled.literals == derived.literals, name
        monkeypatch.undo()
