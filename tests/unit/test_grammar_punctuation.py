"""The replacement of a unit's final punctuation, French and Dutch.

No real sentence of the formula ("le point final est remplacé par …", "het punt aan het einde
wordt vervangen door …") is in ../shared/data (corpus, excerpts): the cases use the words of
the Conseil d'État's guide ("Principes de technique législative", its formulas of
modification: "au 4°, le point final est remplacé par un point-virgule") and of the Raad van
State's Handleiding ("in de bepaling onder 4° wordt het punt aan het einde vervangen door een
puntkomma"), as ../shared/design/dutch.md quotes them. The one real sentence of the family in
shared/ quotes the mark (2022015455, art. 3, d): "le signe de ponctuation "." est remplacé par
le signe de ponctuation ";""): quoted words, read by the words rule as before.
"""

from __future__ import annotations

import pytest
from conftest import shared_path

from consolidate import api
from consolidate.cli.parse_cmd import describe_operation
from consolidate.errors import ParseError
from consolidate.model import AmendingAct, ReplacePunctuation
from consolidate.parser import parse_text

HEAD_NL = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2024-03-25\n---\n\n**Artikel 1.** In '
           "artikel 10 van de wet van 16 mei 2001 houdende statuut van de militairen, worden de "
           "volgende wijzigingen aangebracht:\n\n")
HEAD_FR = ('---\ntitle: "Loi modifiant"\ndate: 2024-03-25\n---\n\n**Article 1er.** Dans '
           "l'article 10 de la loi du 16 mai 2001 portant statut des militaires, les "
           "modifications suivantes sont apportées :\n\n")


def read(points: str, language: str = "fr") -> AmendingAct:
    head = HEAD_NL if language == "nl" else HEAD_FR
    return parse_text(head + points + "\n", language=language)


def summary(act: AmendingAct) -> list[tuple[str | None, str, str, str, str]]:
    """(point, kind, path, old, new) of every operation."""
    return [(op.source.point, op.op, op.target.describe(), str(getattr(op, "old", "")),
             str(getattr(op, "new", ""))) for op in act.operations()]


def test_the_guides_french_formulas() -> None:
    act = read(
        "a) au 4°, le point final est remplacé par un point-virgule;\n\n"
        "b) le point final du 3° est remplacé par les mots « ; et »;\n\n"
        "c) au 2°, le point-virgule est remplacé par un point;\n\n"
        "d) à l'alinéa 2, le point final est remplacé par une virgule;\n\n"
        "e) dans le 6°, la virgule est remplacée par un deux-points;\n\n"
        "f) au 7°, le deux-points est remplacé par un point.")
    assert summary(act) == [
        ("a)", "replace_punctuation", "article 10, 4°", ".", ";"),
        ("b)", "replace_punctuation", "article 10, 3°", ".", "; et"),
        ("c)", "replace_punctuation", "article 10, 2°", ";", "."),
        ("d)", "replace_punctuation", "article 10, alinéa 2", ".", ","),
        ("e)", "replace_punctuation", "article 10, 6°", ",", ":"),
        ("f)", "replace_punctuation", "article 10, 7°", ":", "."),
    ]
    assert all(isinstance(op, ReplacePunctuation) and op.position == "final"
               for op in act.operations())


def test_the_handleidings_dutch_formulas() -> None:
    act = read(
        "a) in de bepaling onder 4° wordt het punt aan het einde vervangen door een "
        "puntkomma;\n\n"
        "b) in 3° wordt het punt vervangen door een puntkomma;\n\n"
        'c) het punt aan het einde van de bepaling onder 2° wordt vervangen door de woorden '
        '"; en";\n\n'
        "d) in het tweede lid wordt de komma vervangen door een dubbele punt.", "nl")
    assert [row[1:] for row in summary(act)] == [
        ("replace_punctuation", "article 10, 4°", ".", ";"),
        ("replace_punctuation", "article 10, 3°", ".", ";"),
        ("replace_punctuation", "article 10, 2°", ".", "; en"),
        ("replace_punctuation", "article 10, alinéa 2", ",", ":"),
    ]


def test_a_combined_instruction_is_two_operations_in_order() -> None:
    french = read("a) au 5°, le mot « et » est abrogé et le point-virgule est remplacé par un "
                  "point.")
    assert summary(french) == [
        ("a)", "repeal_words", "article 10, 5°", "et", ""),
        ("a)", "replace_punctuation", "article 10, 5°", ";", "."),
    ]
    dutch = read('a) in de bepaling onder 5° wordt het woord "en" opgeheven en wordt de '
                 "puntkomma vervangen door een punt.", "nl")
    assert [row[1:] for row in summary(dutch)] == [
        ("repeal_words", "article 10, 5°", "en", ""),
        ("replace_punctuation", "article 10, 5°", ";", "."),
    ]


def test_french_and_dutch_texts_compare_clean() -> None:
    french = read("a) au 4°, le point final est remplacé par un point-virgule.")
    dutch = read("a) in de bepaling onder 4° wordt het punt aan het einde vervangen door een "
                 "puntkomma.", "nl")
    assert api.compare(french, dutch).clean


def test_a_mark_in_a_later_words_clause_is_the_new_words() -> None:
    # "les mots "A" sont remplacés par un point-virgule" in an instruction that replaces a
    # mark: the mark is the new words
    act = read('a) au 4°, le point final est remplacé par un point-virgule et le mot « ou » '
               "est remplacé par une virgule.")
    assert summary(act) == [
        ("a)", "replace_punctuation", "article 10, 4°", ".", ";"),
        ("a)", "replace_words", "article 10, 4°", "ou", ","),
    ]


@pytest.mark.parametrize(("points", "message"), [
    # (removed, "le point final est abrogé", it is read: test_punctuation_removed.py)
    ("a) au 4°, le point final est rétabli.", "only its replacement or its removal is read"),
    ("a) au 4°, le point final est remplacé par les mots « ; » et « et ».",
     "found 2"),
    ("a) au 4°, le point final est remplacé.", "found 0"),
    ("a) au 4°, le point final est remplacé par un point-virgule et une virgule.",
     "no rule reads"),
    ("a) au 4°, le point final et la virgule sont remplacés par un point-virgule.",
     "2 punctuation marks replaced"),
])
def test_what_the_formula_does_not_say_is_refused(points: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as raised:
        read(points)
    assert raised.value.code in ("P001", "P007")


def test_a_point_with_its_label_is_still_a_unit() -> None:
    act = read("a) le point 3° est abrogé;\n\nb) au 2°, le point b) est abrogé.")
    assert [row[1:3] for row in summary(act)] == [
        ("repeal_unit", "article 10, 3°"), ("repeal_unit", "article 10, 2°, b)")]


def test_the_quoted_sign_of_2022015455_stays_words() -> None:
    text = shared_path("data/corpus/be/2022015455.md").read_text(encoding="utf-8")
    act = parse_text(text, keep_going=True)
    signs = [op for op in act.operations() if op.source.point == "d)" and
             op.source.article == "3"]
    assert [(op.op, op.target.describe(), getattr(op, "old", None), getattr(op, "new", None))
            for op in signs] == [
        ("replace_words", "article 11, § 1er, 4°", ".", ";"),
        ("replace_words", "article 11, § 1er, 5°", ".", ";"),
    ]


def test_the_parse_summary_names_the_marks() -> None:
    act = read("a) au 4°, le point final est remplacé par les mots « ; et ».")
    assert describe_operation(act.operations()[0]).endswith('final "." → "; et"')


def test_quoted_words_replaced_by_a_mark() -> None:
    # the item after the 4° repealed, the 4° ends the enumeration (the guide's formula)
    french = read("a) au 4°, les mots « ; et » sont remplacés par un point.")
    assert summary(french) == [("a)", "replace_words", "article 10, 4°", "; et", ".")]
    dutch = read('a) in de bepaling onder 4° worden de woorden "; en" vervangen door een punt.',
                 "nl")
    assert [row[1:] for row in summary(dutch)] == [
        ("replace_words", "article 10, 4°", "; en", ".")]


def test_another_mark_in_the_dutch_text_is_a_divergence() -> None:
    french = read("a) au 4°, le point final est remplacé par un point-virgule.")
    dutch = read("a) in de bepaling onder 4° wordt de puntkomma vervangen door een punt.", "nl")
    comparison = api.compare(french, dutch)
    assert not comparison.clean
    assert any("final mark" in str(divergence) for divergence in comparison.divergences)


def test_the_dutch_counterpart_of_the_quoted_sign() -> None:
    # the words of 2022015455 art. 3, d) in Dutch ("le signe de ponctuation" is "het
    # leesteken"; the act's Dutch text is not in shared/): quoted words, as in French (it was
    # P007: "leesteken" was read by no rule)
    act = read('a) in paragraaf 1, 4° en 5°, wordt het leesteken "." vervangen door het '
               'leesteken ";".', "nl")
    assert [row[1:] for row in summary(act)] == [
        ("replace_words", "article 10, § 1, 4°", ".", ";"),
        ("replace_words", "article 10, § 1, 5°", ".", ";"),
    ]
