"""A Code whose books are separate texts with their own article numbers (the Walloon Code de
l'Environnement: its Livre Ier and its Livre II, the Code de l'Eau, both have an article D.1):
the book is the act cited, so an instruction aimed at one book never applies to the other's
text; cited without its book, such a Code is refused (P007). A Code numbered across its books
(Code pénal) or by book (Code civil, "livre 3", articles 3.1 …) is one text: the book is
dropped, the article designates itself (lexicon.BOOK_CODES; docs/formulas.md)."""

from __future__ import annotations

import pytest

from consolidate import api
from consolidate.errors import ParseError
from consolidate.justel import read_text, write_justel

TITLE = "12 JUIN 2025. - Décret modifiant le Code wallon de l'Environnement"
FIRST = "Article 1er. Le présent décret règle une matière visée à l'article 39 de la Constitution."
DUTCH_TITLE = "12 JUNI 2025. - Decreet tot wijziging van het Milieuwetboek"
DUTCH_FIRST = ("Artikel 1. Dit decreet regelt een aangelegenheid bedoeld in artikel 39 van de "
               "Grondwet.")


def _codes(*articles: str, dutch: bool = False) -> list[tuple[str | None, str]]:
    head = [DUTCH_TITLE, DUTCH_FIRST] if dutch else [TITLE, FIRST]
    act = api.parse(text="\n\n".join([*head, *articles]) + "\n", source="act.txt")
    return [(op.target.act.code, op.target.describe()) for op in act.operations()]


@pytest.mark.parametrize("cited", [
    "du Livre II du Code de l'Environnement, contenant le Code de l'Eau,",
    "du Livre II du Code wallon de l'Environnement, constituant le Code de l'Eau,",
    "du Livre II du Code de l'Environnement",
    "du Code de l'Eau",
])
def test_the_livre_ii_is_the_code_de_l_eau(cited: str) -> None:
    assert _codes(f"Art. 2. Dans l'article D.2 {cited} les mots « A » sont remplacés par les "
                  "mots « B ».") == [("Code de l'eau", "article D.2")]


def test_the_livre_ier_is_its_own_text() -> None:
    assert _codes("Art. 2. Dans l'article D.49 du Livre Ier du Code de l'Environnement, les "
                  "mots « A » sont remplacés par les mots « B ».", "Art. 3. L'article D.50 du "
                  "même Code est abrogé.") == [
        ("Livre Ier du Code de l'environnement", "article D.49"),
        ("Livre Ier du Code de l'environnement", "article D.50")]


def test_the_code_without_its_book_is_refused() -> None:
    """It was read as the "Code de l'environnement", the Livre Ier's base if one had that
    name: the Code de l'Eau's article D.49 could be changed in the Livre Ier's."""
    for text in ("Art. 2. Dans l'article D.49 du Code wallon de l'Environnement, les mots « A » "
                 "sont remplacés par les mots « B ».",
                 "Art. 2. L'article D.49 du Code de l'Environnement est abrogé."):
        with pytest.raises(ParseError) as raised:
            _codes(text)
        assert raised.value.code == "P007"
        assert "books that are separate texts" in str(raised.value)
        assert "Code de l'eau" in str(raised.value)


def test_dutch_names_the_books_the_same_way() -> None:
    assert _codes("Art. 2. In artikel D.2 van Boek II van het Milieuwetboek, dat het "
                  "Waterwetboek inhoudt, worden de woorden \"A\" vervangen door de woorden "
                  "\"B\".", "Art. 3. In artikel D.49 van Boek I van het Milieuwetboek worden de "
                  "woorden \"A\" vervangen door de woorden \"B\".", dutch=True) == [
        ("Code de l'eau", "article D.2"), ("Livre Ier du Code de l'environnement", "article D.49")]
    with pytest.raises(ParseError) as raised:
        _codes("Art. 2. In artikel D.49 van het Milieuwetboek worden de woorden \"A\" vervangen "
               "door de woorden \"B\".", dutch=True)
    assert raised.value.code == "P007"
    assert "de boeken van dat wetboek (Code de l'environnement) zijn elk een eigen tekst" in str(
        raised.value)


def test_codes_numbered_across_their_books_drop_the_book() -> None:
    assert _codes("Art. 2. Dans l'article 3.1 du livre 3 du Code civil, les mots « A » sont "
                  "remplacés par les mots « B ».", "Art. 3. Dans l'article 100 du Livre Ier du "
                  "Code pénal, les mots « A » sont remplacés par les mots « B ».") == [
        ("Code civil", "article 3.1"), ("Code pénal", "article 100")]


LIVRE_IER = """27 MAI 2004. - Livre Ier du Code de l'Environnement

Art. D.1. Le patrimoine de la Région wallonne.

Art. D.2. Les A.
"""
LIVRE_II = """27 MAI 2004. - Livre II du Code de l'Environnement, contenant le Code de l'Eau

Art. D.1. L'eau fait partie du patrimoine commun.

Art. D.2. Les A.
"""


def test_each_book_applies_to_its_own_page_only() -> None:
    """The two pages have the same date and both an article D.2: an act amending the Code de
    l'Eau changes the Livre II's page and skips the Livre Ier's (act not supplied)."""
    act = api.parse(text="\n\n".join([TITLE, FIRST, (
        "Art. 2. Dans l'article D.2 du Livre II du Code de l'Environnement, contenant le Code "
        "de l'Eau, les mots « Les A » sont remplacés par les mots « Les B ».")]) + "\n",
        source="act.txt")
    first, second = read_text(LIVRE_IER, source="1.txt"), read_text(LIVRE_II, source="2.txt")
    assert first.identity.aliases == ("Livre Ier du Code de l'environnement",)
    assert second.identity.aliases == ("Code de l'eau",)
    (after,), report = api.apply([first], act, keep_going=True)
    assert [o.status for o in report.outcomes] == ["skipped"]
    assert write_justel(after) == LIVRE_IER
    (after,), report = api.apply([second], act, keep_going=True)
    assert report.ok, report.outcomes
    assert "Art. D.2. [1 Les B]1." in write_justel(after)
