"""The Codes of the Regions and Communities cited by name (fr._CODES, nl_words.CODES): the
FWB's "Code de l'enseignement fondamental et de l'enseignement secondaire", the CoDT by its
official name "Code du Développement territorial", the Walloon Codes of the Habitation
durable, Agriculture, Bien-être des animaux, Tourisme, the French names of the Flemish Codes,
the COBRACE (also "de l'Energie", the capital's accent dropped), the Brussels municipal
electoral Code, the Code des taxes assimilées au timbre. P007 before ("no rule reads 'Code
wallon l'Agriculture'"); "Code de l'enseignement" is a shorter Code, never the longer one's."""

from __future__ import annotations

import pytest

from consolidate.parser import parse_text

_FR = ("12 JUIN 2025. - Décret modifiant divers codes\n\nArticle 1er. Dans l'article {label} "
       "du {code}, les mots « A » sont remplacés par les mots « B ».\n")
_NL = ("12 JUNI 2025. - Ordonnantie tot wijziging van diverse wetboeken\n\nArtikel 1. In "
       "artikel 12 van het {code} worden de woorden \"A\" vervangen door de woorden \"B\".\n")


@pytest.mark.parametrize(("code", "label", "canonical"), [
    ("Code de l'enseignement fondamental et de l'enseignement secondaire", "1.7.1",
     "Code de l'enseignement fondamental et de l'enseignement secondaire"),
    ("Code du Développement Territorial", "D.IV.4", "Code wallon du Développement territorial"),
    ("Code wallon de l'Habitation durable", "3", "Code wallon de l'Habitation durable"),
    ("Code wallon de l'Agriculture", "D.24", "Code wallon de l'Agriculture"),
    ("Code wallon du Bien-être des animaux", "D.8", "Code wallon du Bien-être des animaux"),
    ("Code wallon du Tourisme", "12", "Code wallon du Tourisme"),
    ("Code flamand de l'aménagement du territoire", "4.3.1",
     "Code flamand de l'aménagement du territoire"),
    ("Code flamand de la Fiscalité", "2.9.1.0.1", "Code flamand de la fiscalité"),
    ("Code bruxellois de l'Air, du Climat et de la Maîtrise de l'Energie", "2.2.1",
     "Code bruxellois de l'air, du climat et de la maîtrise de l'énergie"),
    ("Code électoral communal bruxellois", "12", "Code électoral communal bruxellois"),
    ("Code des taxes assimilées au timbre", "12", "Code des taxes assimilées au timbre"),
])
def test_french(code: str, label: str, canonical: str) -> None:
    act = parse_text(_FR.format(code=code, label=label), "decret.txt")
    (operation,) = act.articles[0].operations
    assert (operation.target.act.code, operation.target.article) == (canonical, label)


@pytest.mark.parametrize(("code", "canonical"), [
    ("Brussels Gemeentelijk Kieswetboek", "Code électoral communal bruxellois"),
    ("Wetboek der met het zegel gelijkgestelde taksen", "Code des taxes assimilées au timbre"),
])
def test_dutch(code: str, canonical: str) -> None:
    act = parse_text(_NL.format(code=code), "ordonnantie.txt", language="nl")
    (operation,) = act.articles[0].operations
    assert operation.target.act.code == canonical
