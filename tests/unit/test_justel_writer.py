"""The Justel writer: marks, tombstones, footnotes, and the round trips with the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

import consolidate.api as api
from consolidate.document import Document, akn, cns, render_text
from consolidate.justel import read_text, strip_marks, write_justel
from consolidate.justel.compare import justel_key

DATA = Path(__file__).resolve().parents[1] / "data" / "justel"
LOI_2016 = DATA / "loi-2016-04-10-art-2-3.fr.txt"


def canonical(document: Document) -> bytes:
    """The round-trip key: body and footnotes without what Justel text cannot carry."""
    return justel_key(document)


@pytest.fixture(scope="module")
def consolidated_2016() -> Document:
    base = read_text(LOI_2016.read_text(encoding="utf-8"), source=str(LOI_2016))
    after, report = api.apply([base], api.parse(), keep_going=True)
    assert report.counts["applied"] == 3 and report.counts["failed"] == 0
    return after[0]


def test_the_2016_law_as_a_justel_base_gets_the_2024_marks(consolidated_2016: Document) -> None:
    justel = write_justel(consolidated_2016)
    lines = justel.splitlines()
    assert lines[0] == "10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense"
    assert lines[2] == ("Art. 2. La présente loi s'applique aux militaires [1 ...]1 qui se "
                        "trouvent dans l'une des positions suivantes :")
    assert ("Sont également visés par la présente loi, les candidats militaires [1 et les "
            "candidats militaires de réserve]1 qui se trouvent dans la sous-position") in justel
    art2 = justel.split("Art. 3.")[0]
    assert art2.rstrip().endswith(
        "----------\n(1)<L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024>")
    assert "[1 La notion de \"candidat militaire de réserve\"" in justel
    assert justel.rstrip().endswith("(1)<L 2024-03-25/42, art. 26, 002; En vigueur : 01-01-2024>")


def test_round_trips_on_the_2016_case(consolidated_2016: Document) -> None:
    justel = write_justel(consolidated_2016)
    again = read_text(justel)
    assert canonical(again) == canonical(consolidated_2016)
    assert write_justel(again) == justel
    assert strip_marks(justel) == render_text(consolidated_2016)


def test_round_trips_on_the_embedded_models() -> None:
    result = api.consolidate()
    for document in (*result.before, *result.after):
        justel = write_justel(document)
        assert strip_marks(justel) == render_text(document)
        again = read_text(justel)
        assert canonical(again) == canonical(document)
        assert write_justel(again) == justel


def test_dutch_footnotes() -> None:
    result = api.consolidate()
    dutch = next(d for d in result.after if d.identity.language == "nl")
    justel = write_justel(dutch)
    assert justel.startswith("16 MEI 2001. - Wet houdende het statuut")
    assert "(1)<W 2024-03-25/42, art. 16, 002; Inwerkingtreding : 01-01-2024>" in justel


def test_repealed_article_is_a_tombstone_with_its_footnote() -> None:
    result = api.consolidate()
    french_2001 = next(d for d in result.after if d.identity.date.year == 2001
                   and d.identity.language == "fr")
    justel = write_justel(french_2001)
    block = justel.split("Art. 39. ")[1].split("\n\n")[0]
    assert block == ("[1 ...]1\n----------\n"
                     "(1)<L 2024-03-25/42, art. 15, 002; En vigueur : 01-01-2024>")
    again = read_text(justel).article("39")
    assert again is not None and again.get("status") == "removed" and again.get(cns("mark")) == "1"


def test_adjacent_units_with_one_mark_share_the_brackets() -> None:
    text = ("1 MAI 2001. - Loi test\n\nArt. 16. Un.\n[1 Six.\nSept.\nHuit.]1\n----------\n"
            "(1)<L 2024-03-25/42, art. 8, 002; En vigueur : 01-01-2024>\n")
    document = read_text(text)
    marks = [a.get(cns("mark")) for a in document.body.iter(akn("alinea"))]
    assert marks == [None, "1", "1", "1"]
    assert write_justel(document) == text


def test_first_alinea_repealed_keeps_the_label_alone() -> None:
    text = ("1 MAI 2001. - Loi test\n\nArt. 18.\n[1 ...]1\nDeux.\n----------\n"
            "(1)<L 2024-03-25/42, art. 9, 002; En vigueur : 01-01-2024>\n")
    document = read_text(text)
    assert document.article("18") is not None
    assert write_justel(document) == text
    plain = "1 MAI 2001. - Loi test\n\nArt. 18. Deux.\n"
    assert strip_marks(text) == render_text(document) == plain


def test_old_style_lines_are_written_back() -> None:
    text = (
        "8 JUIN 1867. - Code pénal\n\n"
        "Art. 8. <L 1996-07-10/42, art. 5, 018; En vigueur : 11-08-1996> La réclusion.\n"
        "(Alinéa 2 abrogé) <L 09-04-1930, art. 32>\n\n"
        "Art. 13. (Abrogé) <L 1996-07-10/42, art. 21, 018; En vigueur : 11-08-1996>\n\n"
        "Art. 14.\n<Abrogé par L 2018-10-15/03, art. 5, 136; En vigueur : 08-11-2018>\n"
    )
    document = read_text(text)
    assert write_justel(document) == text
    assert strip_marks(text) == render_text(document)
