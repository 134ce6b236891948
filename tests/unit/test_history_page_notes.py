"""The history of an article of a real Justel page is every note the page has for it
(docs/time.md, "History of an article"): the numbered ones (``(1)<L …>``), the old-style ones
in the text (``( … ) <L …>``), the one heading the article (``Article 2quater. <inséré par
L …>``) and those on a repealed unit (``(Alinéa 3 abrogé) <L …>``), in date order.

The page is the loi du 24 février 1921 (corpus/be/1921022450.md, read leniently):
art. 2quater (line 261) opens with ``<inséré par L 2003-05-03/46, art. 8; …>``, has the
old-style note of L 2006-12-13/35 art. 88 twice (at the end of its first line, and after the
second dash of its 4°, line 273) and the numbered note (1) of L 2014-02-07/21; art. 7 has the
tombstones ``(Alinéa 3 abrogé) <L 2004-07-09/30, art. 90, 010; …>`` (lines 171, 173)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_path

import consolidate
from consolidate.document import Document
from consolidate.history import article_history, render_history
from consolidate.provenance import page_notes


@pytest.fixture(scope="module")
def page() -> Document:
    return consolidate.load(shared_path("data/corpus/be/1921022450.md"), lenient=True)


def notes(page: Document, label: str) -> list[tuple[str, str, str | None, dt.date | None]]:
    [history] = article_history([page], None, label)
    return [(n.style, n.note.reference, n.note.article, n.note.in_force)
            for n in history.notes]


def test_every_style_of_note_of_2quater_in_date_order(page: Document) -> None:
    assert notes(page, "2quater") == [
        ("heading", "2003-05-03/46", "8", dt.date(2003, 6, 2)),
        ("inline", "2006-12-13/35", "88", dt.date(2007, 1, 1)),
        ("numbered", "2014-02-07/21", "4", dt.date(2014, 3, 20)),
    ]


def test_a_note_repeated_in_the_article_is_listed_once(page: Document) -> None:
    cited = [entry for entry in page_notes(page) if entry.article == "art_2quater"
             and entry.note.reference == "2006-12-13/35"]
    assert len(cited) == 2  # the page writes it twice
    assert [n for n in notes(page, "2quater") if n[1] == "2006-12-13/35"] == [
        ("inline", "2006-12-13/35", "88", dt.date(2007, 1, 1))]


def test_date_order_not_number_order(page: Document) -> None:
    # art. 1: (5) L 2018-02-25/02 is in force on 01-04-2018, (4) L 2018-10-30/06 on 26-11-2018
    numbered = [n[1] for n in notes(page, "1") if n[0] == "numbered"]
    assert numbered == ["2009-12-23/03", "2013-03-19/03", "2014-02-07/21", "2018-02-25/02",
                        "2018-10-30/06"]
    assert notes(page, "1")[:2] == [
        ("heading", "2003-05-03/46", "3", dt.date(2003, 6, 2)),
        ("inline", "2008-12-22/33", "105", dt.date(2009, 1, 8))]


def test_tombstones_and_an_undated_heading_note(page: Document) -> None:
    found = notes(page, "7")
    # <L 09-07-1975, art. 7> gives no date in force: it takes the act's date, so comes first
    assert found[0] == ("heading", "09-07-1975", "7", None)
    assert ("tombstone", "2004-07-09/30", "90", dt.date(2004, 7, 25)) in found
    dates = [n[3] for n in found[1:]]
    assert dates == sorted(d for d in dates if d is not None)


def test_the_text_says_where_each_note_stands(page: Document) -> None:
    lines = render_history(article_history([page], None, "2quater")).splitlines()
    assert lines[1:5] == [
        "history in the base text:",
        "  <inséré par L 2003-05-03/46, art. 8; En vigueur : 02-06-2003> (heading the article)",
        "  <L 2006-12-13/35, art. 88, 012; En vigueur : 01-01-2007> (in the text)",
        "  (1)<L 2014-02-07/21, art. 4, 016; En vigueur : 20-03-2014>",
    ]


def test_a_base_without_notes_has_no_history() -> None:
    # the embedded base (no Justel notes): nothing is invented
    bases = consolidate.api.load_embedded()
    [history] = article_history(bases, None, "73")
    assert history.notes == ()
