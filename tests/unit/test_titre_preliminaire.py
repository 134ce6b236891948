""""l'article 21 du titre préliminaire du Code de procédure pénale" (the Dutch "artikel 21 van
de Voorafgaande Titel van het Wetboek van strafvordering"): the loi du 17 avril 1878 cited by
its name, as a Code. It was P007 ("no rule reads 'titre préliminaire'"); it designates that
act now, by its type and date, so its Justel page is the base it applies to. Sentences in the
style of the Moniteur (the formula of e.g. the lois of 2006–2024 on prescription)."""

from __future__ import annotations

import datetime as dt

from consolidate import api
from consolidate.justel import read_text, write_justel

FR = "\n".join([
    "15 JUIN 2023. - Loi modifiant le titre préliminaire du Code de procédure pénale",
    "",
    "Article 1er. Dans l'article 21 du titre préliminaire du Code de procédure pénale, les mots "
    '"cinq ans" sont remplacés par les mots "dix ans".',
    "",
    "Art. 2. Dans l'article 22 du Titre préliminaire du Code d'instruction criminelle, les mots "
    '"un an" sont remplacés par les mots "deux ans".',
    "",
])

NL = "\n".join([
    "15 JUNI 2023. - Wet tot wijziging van de Voorafgaande Titel van het Wetboek van "
    "strafvordering",
    "",
    "Artikel 1. In artikel 21 van de Voorafgaande Titel van het Wetboek van strafvordering "
    'worden de woorden "vijf jaar" vervangen door de woorden "tien jaar".',
    "",
])

BASE = "\n".join([
    "17 AVRIL 1878. - Loi contenant le titre préliminaire du Code de procédure pénale",
    "",
    "Art. 21. L'action publique sera prescrite après cinq ans.",
    "",
    "Art. 22. La prescription sera interrompue pendant un an.",
    "",
])


def test_the_titre_preliminaire_is_the_loi_of_17_april_1878() -> None:
    for text in (FR, NL):
        act = api.parse(text=text, keep_going=True)
        assert act.problems == ()
        for op in act.operations():
            assert (op.target.act.type, op.target.act.date) == ("loi", dt.date(1878, 4, 17))
            assert op.target.act.code == "Titre préliminaire du Code de procédure pénale"
    assert [op.target.article for op in api.parse(text=FR).operations()] == ["21", "22"]


def test_it_applies_to_the_justel_page_of_that_law() -> None:
    (after,), report = api.apply([read_text(BASE, source="base.txt")], api.parse(text=FR))
    assert report.ok, report.outcomes
    text = write_justel(after)
    assert "Art. 21. L'action publique sera prescrite après [1 dix ans]1." in text
    assert "Art. 22. La prescription sera interrompue pendant [1 deux ans]1." in text
