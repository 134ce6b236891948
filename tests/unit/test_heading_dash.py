"""The dash the Moniteur puts after an article's heading ("Article 1er. - L'article 4 …",
"Art. 3. - Le présent arrêté entre en vigueur …", "Artikel 1. - …"; fr.ARTICLE_HEADING) is no
part of the article's text: an entry into force, a constitutional basis or an execution
article headed so is read as such. Before: the entry into force was P001 (the act
unreadable), the basis and the execution clause autonomous rules."""

from __future__ import annotations

import datetime as dt

from consolidate.parser import parse_text

_FR = """12 JUIN 2025. - Arrêté du Gouvernement wallon modifiant l'arrêté du Gouvernement wallon du 4 mai 1999 relatif au stage

Article 1er. - Le présent arrêté règle, en application de l'article 138 de la Constitution, une matière visée à l'article 128 de celle-ci.

Art. 2. - L'article 4 de l'arrêté du Gouvernement wallon du 4 mai 1999 relatif au stage est abrogé.

Art. 3. - Le présent arrêté entre en vigueur le 1er janvier 2026.

Art. 4. - Le Ministre de l'Emploi est chargé de l'exécution du présent arrêté.
"""  # noqa: E501 (an act's paragraphs are single lines)
_NL = """12 JUNI 2025. - Besluit van de Vlaamse Regering tot wijziging van het besluit van de Vlaamse Regering van 4 mei 1999 betreffende de stage

Artikel 1. - Artikel 4 van het besluit van de Vlaamse Regering van 4 mei 1999 betreffende de stage wordt opgeheven.

Art. 2. - Dit besluit treedt in werking op 1 januari 2026.
"""  # noqa: E501 (an act's paragraphs are single lines)


def test_french() -> None:
    act = parse_text(_FR, "agw.txt")
    assert [article.kind for article in act.articles] == [
        "constitutional_basis", "amending", "entry_into_force", "execution"]
    assert act.articles[1].text.startswith("L'article 4")
    assert act.articles[2].entry_into_force[0].date == dt.date(2026, 1, 1)


def test_dutch() -> None:
    act = parse_text(_NL, "bvr.txt", language="nl")
    assert [article.kind for article in act.articles] == ["amending", "entry_into_force"]
