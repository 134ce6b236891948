"""The footnote ``apply()`` writes gives the date in force of its amending article, as Justel
prints it: one date per provision when an act's articles take effect on different dates, and
"indéterminée" while the date is left to the King (was: the whole act's date on every note,
e.g. the tenth day after publication for a provision still pending)."""

from __future__ import annotations

import re

import consolidate
from consolidate import api
from consolidate.justel import write_justel

ACT = """---
title-fr: "(acte écrit pour les tests de consolidate) modifiant les articles 10 et 73"
date: 2025-02-03
case: 2025-02-03/7
publication: 2025-02-20
---

**Article 1er.** Dans l'article 10, 1°, de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve des Forces armées, les mots "les officiers de carrière du niveau A" sont remplacés par les mots "les officiers de carrière pensionnés du niveau A".

**Art. 2.** Dans l'article 73, alinéa 1er, de la même loi, les mots "soixante ans" sont remplacés par les mots "soixante-deux ans".

**Art. 3.** L'article 1er entre en vigueur le 1er mars 2025.

L'article 2 entre en vigueur à une date fixée par le Roi.
"""  # noqa: E501 (an act's paragraphs are single lines)


def notes(act_text: str) -> list[str]:
    act = consolidate.parse(text=act_text)
    base = api.load_embedded()[0]  # the embedded model of the loi du 16 mai 2001
    after, report = consolidate.apply([base], act)
    assert report.counts["applied"] == 2, report.outcomes
    return re.findall(r"^\(\d+\)<L 2025-02-03/7, art\. [^>]*>$", write_justel(after[0]), re.M)


def test_each_note_has_its_article_s_date_or_indeterminee() -> None:
    assert sorted(notes(ACT)) == [
        "(1)<L 2025-02-03/7, art. 1er, 002; En vigueur : 01-03-2025>",
        "(1)<L 2025-02-03/7, art. 2, 002; En vigueur : indéterminée>",
    ]


def test_an_act_with_one_date_gives_it_to_every_note() -> None:
    one_date = ACT.replace("L'article 1er entre en vigueur le 1er mars 2025.\n\n"
                           "L'article 2 entre en vigueur à une date fixée par le Roi.",
                           "La présente loi entre en vigueur le 1er mars 2025.")
    assert sorted(notes(one_date)) == [
        "(1)<L 2025-02-03/7, art. 1er, 002; En vigueur : 01-03-2025>",
        "(1)<L 2025-02-03/7, art. 2, 002; En vigueur : 01-03-2025>",
    ]
