"""A repeal in the active voice, the act as subject ("Le présent arrêté abroge l'article 5 de
l'arrêté royal du …", "Dit besluit heft artikel 5 van … op"): no rule reads it, so it is
refused (P001, naming the article) — before, it was an autonomous rule, the repeal silently
lost. Acts in the style of the Moniteur belge."""

from __future__ import annotations

import pytest

from consolidate.errors import ParseError
from consolidate.parser import parse_text


@pytest.mark.parametrize(("text", "language"), [
    ("12 JUIN 2025. - Arrêté royal modifiant l'arrêté royal du 4 mai 1999 relatif au stage\n\n"
     "Article 1er. L'article 4 de l'arrêté royal du 4 mai 1999 relatif au stage est abrogé.\n\n"
     "Art. 2. Le présent arrêté abroge l'article 5 de l'arrêté royal du 4 mai 1999 relatif au "
     "stage.\n", "fr"),
    ("12 JUIN 2025. - Décret modifiant le décret du 4 mai 1999 relatif au stage\n\n"
     "Article 1er. L'article 4 du décret du 4 mai 1999 relatif au stage est abrogé.\n\n"
     "Art. 2. Le présent décret abroge le décret du 5 mai 1999 relatif aux primes.\n", "fr"),
    ("12 JUNI 2025. - Koninklijk besluit tot wijziging van het koninklijk besluit van 4 mei "
     "1999 betreffende de stage\n\nArtikel 1. Artikel 4 van het koninklijk besluit van 4 mei "
     "1999 betreffende de stage wordt opgeheven.\n\nArt. 2. Dit besluit heft artikel 5 van het "
     "koninklijk besluit van 4 mei 1999 betreffende de stage op.\n", "nl"),
])
def test_refused_not_autonomous(text: str, language: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_text(text, "act.txt", language=language)
    assert (refused.value.code, refused.value.article) == ("P001", "2")
