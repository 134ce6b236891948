"""The constitutional basis of the decrees and ordinances of the Regions and Communities
(lexicons' ``constitutional_basis``): "Le présent décret règle, en application de l'article 138
de la Constitution, une matière visée à l'article 128 de celle-ci." (Walloon, French-community,
COCOF), "… en vertu de l'article 138 de celle-ci", "une matière régionale" (the French text of
a Flemish decree), "Dit decreet regelt een gemeenschaps- en gewestaangelegenheid." Before: an
autonomous rule, or P001 (the act unreadable) for the "en vertu de … de celle-ci" order."""

from __future__ import annotations

import pytest

from consolidate.errors import ParseError
from consolidate.parser import parse_text

_FR = ("3 AVRIL 2025. - Décret modifiant le décret du 27 octobre 2006 relatif au sol\n\n"
       "Article 1er. {basis}\n\n"
       "Art. 2. L'article 11 du décret du 27 octobre 2006 relatif au sol est abrogé.\n")
_NL = ("4 APRIL 2025. - Decreet tot wijziging van het decreet van 27 oktober 2006 betreffende "
       "de bodemsanering\n\nArtikel 1. {basis}\n\n"
       "Art. 2. Artikel 11 van het decreet van 27 oktober 2006 betreffende de bodemsanering "
       "wordt opgeheven.\n")


@pytest.mark.parametrize("basis", [
    "Le présent décret règle, en application de l'article 138 de la Constitution, une matière "
    "visée à l'article 128 de celle-ci.",
    "Le présent décret règle, en application de l'article 138 de la Constitution, des "
    "matières visées aux articles 127 et 128 de celle-ci.",
    "Le présent décret règle une matière visée aux articles 127 et 128 de la Constitution, en "
    "vertu de l'article 138 de celle-ci.",
    "Le présent arrêté règle, en application de l'article 138 de la Constitution, une matière "
    "visée à l'article 128 de celle-ci.",
    "Le présent décret règle une matière régionale.",
    "Le présent décret règle une matière communautaire et régionale.",
])
def test_french(basis: str) -> None:
    act = parse_text(_FR.format(basis=basis), "decret.txt")
    assert act.articles[0].kind == "constitutional_basis"


@pytest.mark.parametrize("basis", [
    "Dit decreet regelt een gemeenschaps- en gewestaangelegenheid.",
    "Dit decreet regelt een gemeenschapsaangelegenheid.",
    "Dit decreet regelt een gewestaangelegenheid.",
])
def test_dutch(basis: str) -> None:
    act = parse_text(_NL.format(basis=basis), "decreet.txt", language="nl")
    assert act.articles[0].kind == "constitutional_basis"


def test_a_basis_followed_by_an_instruction_is_not_one() -> None:
    # not taken for a basis (its instruction would be lost): read as an instruction, refused
    with pytest.raises(ParseError) as refused:
        parse_text(_FR.format(
            basis="Le présent décret règle une matière régionale. L'article 12 du décret du 27 "
                  "octobre 2006 relatif au sol est abrogé."), "decret.txt")
    assert refused.value.article == "1er"
