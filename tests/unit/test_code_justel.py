"""A Code's Justel page with compound article labels, read, addressed and amended.

``tests/data/codes/code-droit-economique-extrait.md``: an abridged extract of the Code de droit
économique in legalize-be's markdown of Justel pages ("##### Article I.1.", "##### Art. VI.83.",
the Moniteur's "Article XII. 20." of corpus 2013011667), the articles' text shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.address import parse_address, resolve_address
from consolidate.document import Document, label_text, render_text
from consolidate.errors import AddressError
from consolidate.justel import read_text, write_justel
from consolidate.justel.lines import ARTICLE
from consolidate.model import InsertUnit

PAGE = Path(__file__).resolve().parents[1] / "data" / "codes" / "code-droit-economique-extrait.md"
TITLE = "15 DECEMBRE 2013. - Loi modifiant le Code de droit économique\n\n"


@pytest.fixture
def code() -> Document:
    return api.load(PAGE)


def test_the_page_reads_compound_articles(code: Document) -> None:
    assert code.warnings == [] and code.identity.aliases == ("Code de droit économique",)
    assert [(a.get("eId"), label_text(a)) for a in code.articles()] == [
        ("art_i.1", "I.1"), ("art_vi.83", "VI.83"), ("art_vi.84", "VI.84"),
        ("art_xii.20", "XII.20")]
    assert "Art. VI.84. § 1er. Toute clause abusive" in render_text(code)
    # written in Justel's text format and read back: the same articles
    again = read_text(write_justel(code))
    assert [a.get("eId") for a in again.articles()] == [a.get("eId") for a in code.articles()]


@pytest.mark.parametrize(("line", "label"), [
    ("Art. I.1. Sauf disposition contraire", "I.1"), ("Art. VI.83/1. Les clauses", "VI.83/1"),
    ("Art. L1124-1. Le directeur général", "L1124-1"), ("Art. D.IV.1. Le permis", "D.IV.1"),
    ("Artikel 4.3.1. De vergunning", "4.3.1"), ("Art. 71/1. De", "71/1"),
    ("Art. 3.1. [1 Relativement au transfert", "3.1"),  # corpus 2004033073
])
def test_the_reader_article_line(line: str, label: str) -> None:
    match = ARTICLE.match(line)
    assert match is not None and match["label"] == label


def test_addresses_find_compound_articles(code: Document) -> None:
    assert parse_address("l'article XII.20, alinéa 1er")[0] == "XII.20"
    assert parse_address("article L. 1124-1, § 2")[0] == "L. 1124-1"
    paragraph = resolve_address(code, "article VI.84, § 2")
    assert paragraph.get("eId") == "art_vi.84__para_2"
    with pytest.raises(AddressError, match=r"XII\.2\b"):
        resolve_address(code, "article XII.2")  # XII.2 is not XII.20


def test_an_act_amends_the_code(code: Document) -> None:
    act = api.parse(text=TITLE + (
        "Article 1er. Dans l'article I.1, alinéa 1er, du Code de droit économique, les mots "
        '"toute personne physique" sont remplacés par les mots "toute personne physique ou '
        'association".\n\n'
        "Art. 2. Dans le même Code, il est inséré un article VI.83/1 rédigé comme suit :\n\n"
        '"Art. VI.83/1. § 1er. Les clauses visées à l\'article VI.83 sont nulles.\n\n'
        '§ 2. Le Roi peut préciser ces clauses."\n\n'
        "Art. 3. L'article XII.20 du même Code est abrogé.\n"))
    assert act.problems == ()
    assert [op.target.article for art in act.articles for op in art.operations] == [
        "I.1", None, "XII.20"]
    (after,), report = api.apply([code], act)
    assert report.counts["applied"] == 3 and report.counts["failed"] == 0
    articles = list(after.articles())
    # VI.83/1 is placed by order, between VI.83 and VI.84
    assert [label_text(a) for a in articles] == ["I.1", "VI.83", "VI.83/1", "VI.84", "XII.20"]
    assert [c.get("eId") for c in articles[2] if c.get("eId")] == [
        "art_vi.83-1__para_1", "art_vi.83-1__para_2"]
    text = render_text(after)
    assert "on entend par entreprise : toute personne physique ou association ou" in text
    assert "Art. VI.83/1. § 1er. Les clauses visées à l'article VI.83 sont nulles." in text
    assert "Art. XII.20. (abrogé)" in text


def test_an_article_of_the_code_that_is_not_there_fails(code: Document) -> None:
    act = api.parse(text=TITLE + (
        "Article 1er. Dans l'article VI.85 du Code de droit économique, les mots \"nulle\" "
        'sont remplacés par les mots "réputée non écrite".\n'))
    _, report = api.apply([code], act, keep_going=True)
    (outcome,) = report.outcomes
    assert outcome.status == "failed" and "VI.85" in (outcome.message or "")


def test_designations_of_the_code_de_la_democratie_locale() -> None:
    """Walloon drafting: "l'article L1124-1 du Code de la démocratie locale et de la
    décentralisation" (was read as the whole Code: the label was dropped), "L. 1124-2"."""
    act = api.parse(text=(
        "15 DECEMBRE 2013. - Décret modifiant le Code de la démocratie locale et de la "
        "décentralisation\n\n"
        "Article 1er. Dans l'article L1124-1 du Code de la démocratie locale et de la "
        'décentralisation, les mots "le directeur" sont remplacés par les mots "le directeur '
        'général".\n\n'
        "Art. 2. Dans l'article L. 1124-2 du même Code, les mots \"le directeur\" sont "
        'remplacés par les mots "le directeur général".\n'))
    assert [op.target.article for art in act.articles for op in art.operations] == [
        "L1124-1", "L. 1124-2"]


def test_dutch_insert_of_a_code_article() -> None:
    """Dutch drafting: "In het Wetboek van economisch recht wordt een artikel VI.83/1 ingevoegd,
    luidende:" — the dots of "VI.83/1" are no full stop between "wordt" and "ingevoegd" (was
    P001: no predicate found)."""
    act = api.parse(text=(
        "15 DECEMBER 2013. - Wet tot wijziging van het Wetboek van economisch recht\n\n"
        "Artikel 1. In het Wetboek van economisch recht wordt een artikel VI.83/1 ingevoegd, "
        'luidende:\n\n"Art. VI.83/1. § 1. De bedingen bedoeld in artikel VI.83 zijn nietig.\n\n'
        '§ 2. De Koning kan deze bedingen nader bepalen."\n\n'
        "Art. 2. In artikel 4.3.1 van het Wetboek van economisch recht worden de woorden "
        '"geen algemene" vervangen door de woorden "geen enkele".\n'))
    assert act.problems == ()
    insert, replace = (op for art in act.articles for op in art.operations)
    assert isinstance(insert, InsertUnit)
    (article,) = insert.new
    assert (article.label, [(c.kind, c.label) for c in article.children]) == (
        "VI.83/1", [("paragraph", "1"), ("paragraph", "2")])
    assert replace.target.article == "4.3.1"
