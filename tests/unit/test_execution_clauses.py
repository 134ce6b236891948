"""Execution clauses of arrêtés and besluiten (lexicons' ``execution``): "sont chargés, chacun
pour ce qui le concerne, de l'exécution …" (besides "en ce qui le concerne"), the Dutch "zijn,
ieder wat hem betreft, belast met de uitvoering …" (the comma right after the verb), and "De
leden van het Verenigd College …". They were autonomous rules."""

from __future__ import annotations

import pytest

from consolidate.parser import parse_text

_FR = ("12 JUIN 2025. - Arrêté royal modifiant l'arrêté royal du 4 mai 1999 relatif au stage"
       "\n\nArticle 1er. L'article 4 de l'arrêté royal du 4 mai 1999 relatif au stage est "
       "abrogé.\n\nArt. 2. {clause}\n")
_NL = ("12 JUNI 2025. - Koninklijk besluit tot wijziging van het koninklijk besluit van 4 mei "
       "1999 betreffende de stage\n\nArtikel 1. Artikel 4 van het koninklijk besluit van 4 mei "
       "1999 betreffende de stage wordt opgeheven.\n\nArt. 2. {clause}\n")


@pytest.mark.parametrize(("clause", "language"), [
    ("Les ministres qui ont l'Emploi et l'Économie dans leurs attributions sont chargés, "
     "chacun pour ce qui le concerne, de l'exécution du présent arrêté.", "fr"),
    ("De minister bevoegd voor Werk en de minister bevoegd voor Economie zijn, ieder wat hem "
     "betreft, belast met de uitvoering van dit besluit.", "nl"),
    ("De leden van het Verenigd College, bevoegd voor het Gezondheidsbeleid, zijn belast met "
     "de uitvoering van dit besluit.", "nl"),
])
def test_execution(clause: str, language: str) -> None:
    act = parse_text((_FR if language == "fr" else _NL).format(clause=clause), "a.txt",
                     language=language)
    assert act.articles[-1].kind == "execution"
