"""The faster scans of consolidate.lang.scan give the same matches as the patterns they wrap."""

from __future__ import annotations

import re

import pytest

from consolidate.lang.fr import LEXICON
from consolidate.lang.scan import FOLDED, LONGEST, WARM, Scan, folded, scanner

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


def test_a_pattern_is_gated_after_its_first_uses_only() -> None:
    faster = scanner(re.compile(r"modifié\s+par", re.I))
    assert isinstance(faster, Scan) and faster.literals is None
    for _ in range(WARM):
        assert faster.search("sont remplacés par") is None
    assert faster.literals is not None and not faster.possible("sont remplacés par")
