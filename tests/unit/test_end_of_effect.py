"""An entry-into-force article that also ends the effect of the provisions ("… et cesse
d'être en vigueur le 30 juin 2020", "… en treedt buiten werking op 30 juni 2020"): the end
is kept (``until``) and it is said (P015, a warning), never dropped in silence; Dutch acts in
legalize-be's front matter (a title that begins with its date) are read."""

from __future__ import annotations

import datetime as dt

import pytest

import consolidate
from consolidate.errors import ParseError

FR = "\n".join([
    "---",
    'title: "15 AVRIL 2020. - Arrêté royal modifiant l\'arrêté royal du 25 novembre 1991 '
    'portant réglementation du chômage"',
    "identifier: 2020999001",
    "publication_date: 2020-04-20",
    "language: fr",
    "---",
    "",
    "##### Article 1er. Dans l'article 36, § 1er, de l'arrêté royal du 25 novembre 1991 "
    'portant réglementation du chômage, les mots "312 jours" sont remplacés par les mots '
    '"300 jours".',
    "",
    "##### Art. 2. Le présent arrêté produit ses effets le 1er mars 2020 et cesse d'être en "
    "vigueur le 30 juin 2020.",
    "",
])

NL = "\n".join([
    "---",
    'title: "15 APRIL 2020. - Koninklijk besluit tot wijziging van het koninklijk besluit van '
    '25 november 1991 houdende de werkloosheidsreglementering"',
    "identifier: 2020999002",
    "publication_date: 2020-04-20",
    "language: nl",
    "---",
    "",
    "##### Artikel 1. In artikel 36, § 1, van het koninklijk besluit van 25 november 1991 "
    'houdende de werkloosheidsreglementering worden de woorden "312 dagen" vervangen door de '
    'woorden "300 dagen".',
    "",
    "##### Art. 2. Dit besluit heeft uitwerking met ingang van 1 maart 2020 en treedt buiten "
    "werking op 30 juni 2020.",
    "",
])


@pytest.mark.parametrize(("text", "words"), [
    (FR, "cesse d'être en vigueur le 30 juin 2020"),
    (NL, "treedt buiten werking op 30 juni 2020"),
])
def test_the_end_of_effect_is_said_not_dropped(text: str, words: str) -> None:
    act = consolidate.parse(text=text, keep_going=True)
    [problem] = act.problems
    assert (problem.code, problem.severity, problem.article) == ("P015", "warning", "2")
    # the end is kept now (test_chain_time3: not applied on a date after it), still said
    assert words in problem.message and "is kept" in problem.message
    [rule] = act.articles[1].entry_into_force
    assert (rule.mode, rule.date) == ("retroactive", dt.date(2020, 3, 1))  # the start is kept
    assert rule.until == dt.date(2020, 6, 30)
    assert len(act.operations()) == 1


def test_an_entry_into_force_without_an_end_has_no_warning() -> None:
    text = FR.replace(" et cesse d'être en vigueur le 30 juin 2020", "")
    assert consolidate.parse(text=text, keep_going=True).problems == ()


def test_a_dutch_title_line_in_front_matter_gives_the_date_and_type() -> None:
    act = consolidate.parse(text=NL, keep_going=True)
    assert (act.act.date, act.act.type, act.act.justel_id) == (
        dt.date(2020, 4, 15), "arrêté royal", "AR 2020-04-15")
    assert act.act.title.startswith("Koninklijk besluit tot wijziging")


def test_front_matter_with_no_date_anywhere_says_what_it_expects() -> None:
    text = NL.replace("15 APRIL 2020. - ", "")
    with pytest.raises(ParseError) as caught:
        consolidate.parse(text=text)
    assert caught.value.code == "P005"
    assert "has no 'date'" in caught.value.message
