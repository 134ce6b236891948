"""The faster scans of consolidate.lang.scan give the same matches as the patterns they wrap."""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType
from typing import Any

import pytest

from consolidate.lang import scan
from consolidate.lang.fr import LEXICON
from consolidate.lang.scan import FOLDED, LONGEST, Scan, folded, scanner

RANGES = re.findall(r"(.)-(.)", FOLDED)
#: every character of FOLDED (the ranges written in it), as one string
EVERY = "".join(chr(code) for low, high in RANGES for code in range(ord(low), ord(high) + 1))

# instructions shaped like the corpus's (a recital and a renumbering as in 2006023386, art.
# 102; masked skeletons as the parser scans them; Dutch; a long s, which is not folded)
SENTENCES = [
    "À l'article 12, § 3, alinéa 2, de la même loi, modifié par la loi du 3 juin 2016, "
    "devenu l'alinéa 1er, § 2, les mots \"Ꝗ\" sont remplacés par les mots \"Ꝗ\".",
    "Dans l'article 1 ꜲꜲꜲꜲ, les mots ꝖꝖꝖ sont remplacés par les mots ꝖꝖ.",
    "il est inséré, après l'alinéa 1er, un alinéa rédigé comme suit :",
    "les deux dernières phrases du 2°, a), sont abrogées ; la phrase liminaire est complétée",
    "In artikel 3 van dezelfde wet, gewijzigd bij de wet van 1 juni 2016, wordt het tweede "
    "lid vervangen als volgt :",
    "L'intitulé du chapitre II, ſans accent, est remplacé ; Le PARAGRAPHE 2 est abrogé.",
]


def derived(pattern: re.Pattern[str]) -> Scan:
    """``pattern`` as a Scan behind its gate and first-character test already."""
    faster = scanner(pattern)
    assert isinstance(faster, Scan)
    faster.derive()
    return faster


def test_folded_characters_fold_as_the_engine_compares() -> None:
    """Within FOLDED, ``str.lower`` is one character and two characters are equal ignoring
    case for the engine exactly when their lower cases are equal."""
    assert all(len(char.lower()) == 1 for char in EVERY)
    lowered = EVERY.lower()
    for char in EVERY:
        if char.lower() == char.upper():
            continue
        found = {match.start() for match in re.finditer(re.escape(char), EVERY, re.I)}
        assert found == {i for i, other in enumerate(lowered) if other == char.lower()}, char


def test_a_text_outside_folded_is_not_folded() -> None:
    assert folded("ſ") is None and folded("İl") is None and folded("Αβ") is None
    assert folded("L'ALINÉA ꜲꝖ") == "l'alinéa ꜳꝗ"


@pytest.mark.parametrize("name", sorted(LEXICON.compiled))
def test_every_lexicon_pattern_scans_alike(name: str) -> None:
    original = LEXICON.compiled[name]
    faster = derived(original)
    for text in (*SENTENCES, *(sentence.upper() for sentence in SENTENCES)):
        for start in (0, 5):
            assert [m.span() for m in faster.finditer(text, start)] == \
                [m.span() for m in original.finditer(text, start)], (name, text)
            found, expected = faster.search(text, start), original.search(text, start)
            assert (found and found.groupdict()) == (expected and expected.groupdict())
            assert faster.sub("#", text) == original.sub("#", text)


def test_a_gate_skips_a_text_without_its_literals() -> None:
    faster = derived(re.compile(r"(?:tel\s+que\s+)?(?:modifié|inséré)\s+par\s", re.I))
    assert not faster.possible("les mots sont remplacés")
    assert faster.possible("l'article 5, MODIFIÉ PAR la loi")
    assert faster.possible("x" * (LONGEST + 1))  # too long to fold: scanned as it is


def test_look_arounds_and_case_sensitive_groups_keep_their_matches() -> None:
    source = r"(?<=Ꜳ)\s+par\s+(?=Ꜳ)|(?-i:[A-Z])\.\s?\d+|(?:le\s+)?§\s*\d+"
    original = re.compile(source, re.I)
    faster = derived(original)
    text = "ꜲꜲ par Ꜳ, I.1, i.2, le § 3, § 4"
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in original.finditer(text)]
    found, expected = faster.search(text, 3), original.search(text, 3)
    assert found is not None and expected is not None and found.span() == expected.span()


def test_a_pattern_is_gated_from_its_first_use_and_compiled_when_a_text_passes() -> None:
    faster = scanner(re.compile(r"modifié\s+par", re.I))
    assert isinstance(faster, Scan) and faster.literals is None and faster.untried
    assert faster.search("sont remplacés par") is None
    assert faster.literals is not None and not faster.possible("sont remplacés par")
    assert faster.regex is scan._UNCOMPILED  # no text passed the gate: not compiled
    found = faster.search("tel que MODIFIÉ par la loi")
    assert found is not None and found.span() == (8, 19)
    assert faster.regex is not scan._UNCOMPILED


# --- compiled at the first use (the package's one wrapper of re.compile) ---------------------

# the footnote the 2024 act's art. 2 leaves in the consolidated loi du 16 mai 2001
# (tests/golden/chain/at-2024-06-01.txt, line 6)
NOTE = "(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>"
NOTE_SOURCE = r"(?P<kind>[A-Z]+)\s+(?P<ref>\d{4}-\d{2}-\d{2}/\d+)"


def test_not_compiled_before_its_first_use() -> None:
    pattern = scan.compile(NOTE_SOURCE)
    assert pattern.regex is scan._UNCOMPILED
    assert pattern.search(NOTE) is not None
    compiled = pattern.regex
    assert compiled is not scan._UNCOMPILED and pattern.pattern == NOTE_SOURCE
    assert pattern.compiled() is compiled and pattern.search(NOTE) is not None


def test_any_first_use_compiles_it() -> None:
    for use in ("finditer", "findall", "split", "match"):
        pattern = scan.compile(r"\d{2}-\d{2}-\d{4}")
        getattr(pattern, use)(NOTE)
        assert pattern.regex is not scan._UNCOMPILED
    assert scan.compile(NOTE_SOURCE).groupindex == {"kind": 1, "ref": 2}


def every_result(pattern: Any, text: str) -> list[Any]:
    """What each method of ``pattern`` gives on ``text``."""
    def found(match: re.Match[str] | None) -> Any:
        return match and (match.span(), match.groupdict())
    return [
        *(found(getattr(pattern, name)(text, start)) for name in ("search", "match", "fullmatch")
          for start in (0, 4)),
        [m.span() for m in pattern.finditer(text)], pattern.findall(text),
        pattern.sub("X", text), pattern.sub(lambda m: m[0][::-1], text, count=1),
        pattern.subn("X", text), pattern.split(text),
        pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
    ]


@pytest.mark.parametrize("flags", [0, re.I, re.ASCII])
def test_every_method_gives_what_re_compile_gives(flags: int) -> None:
    lazy, eager = scan.compile(NOTE_SOURCE, flags), re.compile(NOTE_SOURCE, flags)
    for _ in range(2):  # its first use (the gate derived), then the next
        assert every_result(lazy, NOTE) == every_result(eager, NOTE)
        assert every_result(lazy, "art. 2") == every_result(eager, "art. 2")
    assert (lazy.literals is None) == bool(flags & re.ASCII)  # an ASCII pattern is not gated


# --- without the engine's parser (a Python that no longer has sre_parse) ---------------------


def without_parser(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """consolidate.lang.scan imported anew where ``sre_parse`` cannot be imported."""
    monkeypatch.setitem(sys.modules, "sre_parse", None)  # "import sre_parse" raises ImportError
    spec = importlib.util.spec_from_file_location("scan_without_parser", scan.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_the_parser_a_scan_is_the_plain_compiled_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    plain = without_parser(monkeypatch)
    assert plain.GATED is False and scan.GATED is True
    source = LEXICON.unit_nouns
    faster, original = plain.compile(source, re.I | re.X), re.compile(source, re.I | re.X)
    for _ in range(2):
        for text in SENTENCES:
            assert every_result(faster, text) == every_result(original, text)
    assert faster.literals is None and not faster.untried  # no gate, no look-ahead
    assert faster.compiled().pattern == source
