"""Units and words *added* ("toegevoegd", "ajouté") read as their place says.

The Flemish and Brussels decrees write "Aan artikel 5 wordt het volgende lid toegevoegd:",
"Aan artikel 5, eerste lid, worden de woorden "…" toegevoegd", "wordt de zin "…" vervangen
door de zin "…"" where the federal acts write "wordt aangevuld met …" and "worden de woorden
"…" vervangen door de woorden "…"". These sentences are written in those decrees' words
(the one attested in ../shared/ is excerpt 2013031159, art. 2: "Aan artikel 11, § 2, van het
Brussels Wetboek van Ruimtelijke Ordening wordt een punt 5 toegevoegd dat luidt als volgt");
each must give the operation of its French counterpart, and the bilingual check must be clean.
An addition with a stated place goes there, not at the end: "il est ajouté, après l'alinéa
1er, un alinéa" was read as an alinéa at the end of the article before.
"""

from __future__ import annotations

import re

import pytest

from consolidate import api
from consolidate.cli.parse_cmd import describe_operation
from consolidate.model import AmendingAct
from consolidate.parser import parse_text

HEAD_NL = ('---\ntitle-nl: "Decreet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** ")
HEAD_FR = ('---\ntitle: "Décret portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
           "**Article 1er.** ")
W = "artikel 3 van het decreet van 27 maart 2009 betreffende radio-omroep en televisie"
L = "l'article 3 du décret du 27 mars 2009 relatif à la radio"
TARGET = "décret du 2009-03-27, article 3"


def read(text: str, language: str) -> AmendingAct:
    return parse_text((HEAD_NL if language == "nl" else HEAD_FR) + text + "\n",
                      language=language)


def lines(act: AmendingAct) -> list[str]:
    return [re.sub(r"\s+", " ", describe_operation(op)) for op in act.operations()]


CASES: list[tuple[str, str, str, str]] = [
    ("het volgende lid toegevoegd",
     f'Aan {W} wordt het volgende lid toegevoegd:\n\n"Nieuw lid."',
     f"{L[0].upper()}{L[1:]} est complété par l'alinéa suivant :\n\n\"Nouvel alinéa.\"",
     f'insert_unit {TARGET} [nl]: insert 1 alinéa: "Nieuw lid." at the end'),
    ("de volgende zin toegevoegd",
     f'Aan {W} wordt de volgende zin toegevoegd:\n\n"Nieuwe zin."',
     f"{L[0].upper()}{L[1:]} est complété par la phrase suivante :\n\n\"Nouvelle phrase.\"",
     f'insert_unit {TARGET} [nl]: insert 1 sentence: "Nieuwe zin." at the end'),
    ("de volgende leden toegevoegd",
     f'Aan {W} worden de volgende leden toegevoegd:\n\n"Lid een.\n\nLid twee."',
     f"{L[0].upper()}{L[1:]} est complété par les alinéas suivants :\n\n\"Un.\n\nDeux.\"",
     f'insert_unit {TARGET} [nl]: insert 2 alinéas: "Lid een." (+1 more) at the end'),
    ("de woorden toegevoegd",
     f'Aan {W.replace("artikel 3", "artikel 3, eerste lid,")} worden de woorden '
     '", behalve in dringende gevallen" toegevoegd.',
     f"{L[0].upper()}{L[1:].replace('article 3', 'article 3, alinéa 1er,')} est complété par "
     'les mots ", sauf urgence".',
     f'append_words {TARGET}, alinéa 1er [nl]: append ", behalve in dringende gevallen"'),
    ("een lid toegevoegd tussen",
     f'In {W} wordt tussen het eerste en het tweede lid een lid toegevoegd, luidende:\n\n'
     '"Nieuw lid."',
     f"Dans {L}, entre les alinéas 1er et 2, il est inséré un alinéa rédigé comme suit :\n\n"
     "\"Nouvel alinéa.\"",
     f'insert_unit {TARGET} [nl]: insert 1 alinéa: "Nieuw lid." after alinéa 1er'),
    ("de zin vervangen door de zin",
     f'In {W} wordt de zin "De regering bepaalt de regels." vervangen door de zin '
     '"De regering kan de regels bepalen."',
     f'Dans {L}, la phrase "Le gouvernement fixe les règles." est remplacée par la phrase '
     '"Le gouvernement peut fixer les règles."',
     f'replace_unit {TARGET}, phrase "De regering bepaalt de regels." [nl]: replace by 1 '
     'sentence: "De regering kan de regels bepalen."'),
]


@pytest.mark.parametrize(("dutch", "french", "expected"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_dutch_addition_reads_as_its_french_counterpart(dutch: str, french: str,
                                                        expected: str) -> None:
    act = read(dutch, "nl")
    assert lines(act) == [f"art. 1 {expected}"]
    comparison = api.compare(read(french, "fr"), act)
    assert comparison.clean, [d.describe() for d in comparison.divergences]
    assert not comparison.one_sided


@pytest.mark.parametrize("french", [
    f"Dans {L}, il est ajouté, après l'alinéa 1er, un alinéa rédigé comme suit :\n\n"
    "\"Nouvel alinéa.\"",
    f"A {L[2:] if L.startswith('l') else L}, un alinéa rédigé comme suit est ajouté entre les "
    "alinéas 1er et 2 :\n\n\"Nouvel alinéa.\"",
])
def test_an_addition_with_a_place_goes_there(french: str) -> None:
    assert lines(read(french, "fr")) == [
        f'art. 1er insert_unit {TARGET}: insert 1 alinéa: "Nouvel alinéa." after alinéa 1er']
