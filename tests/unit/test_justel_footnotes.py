"""Justel footnotes ↔ Note, and the marks tokenizer / stripper."""

from __future__ import annotations

import datetime as dt

import pytest

from consolidate.justel import normalise, strip_marks
from consolidate.justel.footnotes import format_note, note_body, parse_note
from consolidate.justel.marks import count_marks, render_tokens, tokenize
from consolidate.model import Note


def test_a_modern_footnote() -> None:
    note = parse_note(1, "L 2018-07-11/10, art. 2, 132; En vigueur : 30-07-2018")
    assert (note.kind, note.reference, note.article, note.version) == (
        "L", "2018-07-11/10", "2", "132")
    assert note.in_force == dt.date(2018, 7, 30) and note.in_force_text == "30-07-2018"


@pytest.mark.parametrize(
    ("body", "kind", "reference", "article", "version", "in_force_text"),
    [
        ("Inséré par L 2009-04-14/01, art. 5, 073; En vigueur : 15-04-2009",
         "L", "2009-04-14/01", "5", "073", "15-04-2009"),
        ("L 2014-04-10/80, art. 2, 111; En vigueur : indéterminée et au plus tard le 01-05-2016",
         "L", "2014-04-10/80", "2", "111", "indéterminée et au plus tard le 01-05-2016"),
        ("L 2006-12-27/33, art. 36, 1°, 061;  En vigueur :  07-01-2007",
         "L", "2006-12-27/33", "36, 1°", "061", "07-01-2007"),
        ("W 2024-03-25/42, art. 2, 002; Inwerkingtreding : 01-01-2024",
         "W", "2024-03-25/42", "2", "002", "01-01-2024"),
        ("L 09-04-1930, art. 32", "L", "09-04-1930", "32", None, None),
    ],
)
def test_footnote_variants(body: str, kind: str, reference: str, article: str,
                           version: str | None, in_force_text: str | None) -> None:
    note = parse_note(3, body)
    assert (note.kind, note.reference, note.article, note.version, note.in_force_text) == (
        kind, reference, article, version, in_force_text)
    assert note.raw == body


def test_an_unreadable_footnote_keeps_its_text() -> None:
    note = parse_note(2, "Art. 87 de la modification précédente")
    assert note.kind == "" and note.raw == "Art. 87 de la modification précédente"
    assert format_note(note) == "(2)<Art. 87 de la modification précédente>"


def test_composed_footnotes_french_and_dutch() -> None:
    note = Note(number=1, kind="L", reference="2024-03-25/42", article="25", version="002",
                in_force=dt.date(2024, 1, 1), in_force_text="01-01-2024")
    assert format_note(note) == "(1)<L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024>"
    assert format_note(note, "nl") == (
        "(1)<W 2024-03-25/42, art. 25, 002; Inwerkingtreding : 01-01-2024>")
    undated = note.model_copy(update={"in_force": None, "in_force_text": None})
    assert note_body(undated) == "L 2024-03-25/42, art. 25, 002"


def test_tokens_round_trip() -> None:
    line = "A [1 b [2 c]2 d]1 [3 ...]3 e <L 1996-07-10/42, art. 4, 018> (f) [euros]."
    tokens = tokenize(line)
    assert [t.kind for t in tokens].count("open") == 3
    assert [t.kind for t in tokens].count("ref") == 1
    assert render_tokens(tokens) == line
    assert count_marks(line) == {"open": 3, "close": 3, "ref": 1}


def test_strip_marks_gives_the_plain_text() -> None:
    justel = (
        "10 AVRIL 2016. - Loi relative au travail\n\n"
        "Art. 2. Les militaires [1 ...]1 qui se trouvent :\n"
        "1° [2 l'activité]2 ;\n"
        "2° [1 ...]1\n"
        "Sont visés les candidats [1 et les candidats de réserve]1 qui.\n"
        "----------\n(1)<L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024>\n\n"
        "Art. 39. [1 ...]1\n----------\n"
        "(1)<L 2024-03-25/42, art. 15, 002; En vigueur : 01-01-2024>\n"
    )
    assert strip_marks(justel) == (
        "10 AVRIL 2016. - Loi relative au travail\n\n"
        "Art. 2. Les militaires qui se trouvent :\n"
        "1° l'activité ;\n"
        "Sont visés les candidats et les candidats de réserve qui.\n\n"
        "Art. 39. (abrogé)\n"
    )


def test_normalise_ignores_spacing_around_marks() -> None:
    assert normalise("Art.  5.[1 Toute  personne]1") == normalise("Art. 5. [1 Toute personne]1")
    assert normalise("a [1 ...]1") != normalise("a [1 b]1")


def test_the_verb_of_a_footnote() -> None:
    from consolidate.justel.footnotes import note_verb

    # corpus/be/1921022450.md: "Article 2quater. <inséré par L 2003-05-03/46, art. 8; …>"
    inserted = parse_note(0, "inséré par L 2003-05-03/46, art. 8; En vigueur : 02-06-2003")
    assert note_verb(inserted) == "inséré"
    plain = parse_note(5, "L 2018-02-25/02, art. 63, 020; En vigueur : 01-04-2018")
    assert note_verb(plain) == ""
    assert note_verb(parse_note(1, "Abrogé par L 2014-04-10/80, art. 2, 111")) == "abrogé"
