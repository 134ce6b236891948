"""Formulas of the Flemish decrees (Dutch lexicon): a division "dat bestaat uit artikel 10 tot
en met 15" (the articles it holds: a description, as "dat de artikelen 10 tot 15 bevat"), a
singular "artikel 3 tot en met 5" (a range: articles 3 to 5), and the restoration "wordt
opnieuw opgenomen in de volgende lezing:" (the Flemish "hersteld"). P007 / P001 before. Acts in
the style of the Moniteur belge."""

from __future__ import annotations

from consolidate.model import InsertUnit, RepealUnit, ReplaceWords, RestoreUnit
from consolidate.parser import parse_text

_HEAD = ("12 JUNI 2025. - Decreet tot wijziging van het decreet van 18 mei 1999 betreffende "
         "de sector van de geestelijke gezondheidszorg\n\nArtikel 1. Artikel 2 van het decreet "
         "van 18 mei 1999 betreffende de sector van de geestelijke gezondheidszorg wordt "
         "opgeheven.\n\nArt. 2. {sentence}\n")


def _operations(sentence: str) -> tuple[object, ...]:
    act = parse_text(_HEAD.format(sentence=sentence), "decreet.txt", language="nl")
    return act.articles[1].operations


def test_a_division_that_consists_of_articles_is_repealed_whole() -> None:
    (repeal,) = _operations("Hoofdstuk III van hetzelfde decreet, dat bestaat uit artikel 10 "
                            "tot en met 15, wordt opgeheven.")
    assert isinstance(repeal, RepealUnit)
    assert repeal.target.article is None
    assert [(d.unit, d.label) for d in repeal.target.divisions] == [("chapter", "III")]


def test_a_division_inserted_that_consists_of_an_article() -> None:
    (insert,) = _operations("In titel II van hetzelfde decreet wordt een hoofdstuk IIbis, dat "
                            "bestaat uit artikel 12bis, ingevoegd, dat luidt als volgt:\n"
                            "\"Hoofdstuk IIbis. De omkadering\nArt. 12bis. De Vlaamse Regering "
                            "bepaalt de omkadering.\"")
    assert isinstance(insert, InsertUnit)
    assert [child.label for child in insert.new[0].children] == ["12bis"]


def test_a_singular_article_with_a_range() -> None:
    (first,) = _operations("In artikel 3 tot en met 5 van hetzelfde decreet worden de "
                                  "woorden \"de minister\" vervangen door de woorden \"de "
                                  "Vlaamse Regering\".")
    assert isinstance(first, ReplaceWords)
    assert (first.target.article, first.target.article_until) == ("3", "5")
    (repeal,) = _operations("Artikel 6 tot en met 8 van hetzelfde decreet worden opgeheven.")
    assert (repeal.target.article, repeal.target.article_until) == ("6", "8")  # type: ignore[attr-defined]


def test_restored_in_the_following_reading() -> None:
    (restore,) = _operations("Artikel 21 van hetzelfde decreet, opgeheven bij het decreet van "
                             "3 mei 2012, wordt opnieuw opgenomen in de volgende lezing:\n"
                             "\"Art. 21. De Vlaamse Regering evalueert.\"")
    assert isinstance(restore, RestoreUnit)
    assert restore.target.article == "21" and restore.new[0].label == "21"
