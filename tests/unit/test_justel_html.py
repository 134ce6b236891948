"""Justel HTML pages: lines, marks from <sup>, identifiers, Dutch, and safe parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate.api import load
from consolidate.document import cns, render_text
from consolidate.errors import JustelReadError
from consolidate.justel import read_html, read_text, strip_marks, write_justel
from consolidate.justel.html import read_page
from consolidate.provenance import read_notes

DATA = Path(__file__).resolve().parents[1] / "data" / "justel"
DUTCH = DATA / "wet-telewerk-fixture.nl.html"


def test_a_dutch_page() -> None:
    document = read_html(DUTCH.read_bytes(), source=str(DUTCH))
    identity = document.identity
    assert (identity.type, identity.language, identity.numac) == ("loi", "nl", "2016007106")
    assert identity.eli == "eli/wet/2016/04/10/2016007106"
    assert identity.version == 2
    notes = read_notes(document, "art_2")
    assert [(n.kind, n.reference, n.article, n.version) for n in notes] == [
        ("W", "2024-03-25/42", "25", "002")]
    assert render_text(document).splitlines()[-1] == "Art. 3. (opgeheven)"
    justel = write_justel(document)
    assert "(1)<W 2024-03-25/42, art. 25, 002; Inwerkingtreding : 01-01-2024>" in justel
    assert "militairen [1 ...]1 die zich" in justel
    assert strip_marks(justel) == render_text(document)
    assert write_justel(read_text(justel)) == justel


def test_load_sniffs_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(DUTCH.read_bytes())
    assert load(path).identity.language == "nl"


def test_sup_numbers_make_the_marks() -> None:
    page = (
        b"<html><body><b>1 MAI 2001. - Loi test</b><br><br>"
        b"Art. 1. Un [<sup><font color=red>1</font></sup> deux]<sup>1</sup> trois.<br>"
        b"&nbsp;&nbsp;----------<br>&nbsp;&nbsp;(<font color=red>1</font>)&lt;L "
        b"<a href='x'>2024-03-25/42</a>, art. 2, 002; En vigueur : 01-01-2024&gt;<br></body></html>"
    )
    assert read_page(page).text_lines[:3] == [
        "1 MAI 2001. - Loi test", "", "Art. 1. Un [1 deux]1 trois."]
    document = read_html(page)
    assert write_justel(document).splitlines()[2] == "Art. 1. Un [1 deux]1 trois."
    assert read_notes(document, "art_1")[0].version == "002"


def test_windows_1252_pages_are_decoded() -> None:
    page = "<html><body>1 MAI 2001. - Loi test<br><br>Art. 1. Été.<br></body></html>"
    document = read_html(page.encode("cp1252"))
    assert render_text(document).splitlines()[2] == "Art. 1. Été."


def test_entities_and_external_resources_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    page = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body>1 MAI 2001. - Loi test<br><br>Art. 1. Un &x; deux."
        f'<img src="file://{secret}"><br></body></html>'
    ).encode()
    assert not any("TOP SECRET" in line for line in read_page(page).lines())
    # the HTML parser does not read a DTD subset: its "]>" is text, so the title line is wrong
    with pytest.raises(JustelReadError) as error:
        read_html(page)
    assert "TOP SECRET" not in str(error.value)
    without_doctype = page[page.index(b"<html>"):]
    document = read_html(without_doctype)
    assert "TOP SECRET" not in render_text(document) + write_justel(document)


def test_a_page_without_a_title_line_is_an_error() -> None:
    with pytest.raises(JustelReadError):
        read_html(b"<html><body><p>Rien ici.</p></body></html>")


def test_heading_footnotes_follow_their_heading() -> None:
    text = ("1 MAI 2001. - Loi test\n\nCHAPITRE II. [1 - Des peines]1\n----------\n"
            "(1)<Inséré par L 2014-02-07/15, art. 6, 110; En vigueur : 01-05-2016>\n\n"
            "Art. 1. Un.\n")
    document = read_text(text)
    notes = [n for n in document.root.iter(cns("notes"))]
    assert [n.get("article") for n in notes] == ["chp_1"]
    assert write_justel(document) == text
