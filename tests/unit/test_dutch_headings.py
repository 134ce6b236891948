"""Dutch structural headings between articles ("HOOFDSTUK 3. - Wijzigingen van het
Gerechtelijk Wetboek", "Afdeling 1. - …", "TITEL 3. - Inwerkingtreding"; nl.STRUCTURE_HEADING)
are not the text of the article before them, and the act a heading names is the one
"hetzelfde Wetboek" of the next article means (as the French "CHAPITRE 3. - Modifications du
Code judiciaire"). Before: the heading was read into the article before it (refused, P001 /
P009), and "hetzelfde Wetboek" after it took the Code of that article (a silent wrong act
with --keep-going). Acts in the style of the Moniteur belge."""

from __future__ import annotations

from consolidate.model import RepealUnit, ReplaceWords
from consolidate.parser import parse_text

_ACT = """22 DECEMBER 2025. - Wet houdende diverse bepalingen inzake justitie

TITEL 1. - Algemene bepaling

Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.

TITEL 2. - Justitie

HOOFDSTUK 1. - Wijziging van het Wetboek van vennootschappen en verenigingen

Afdeling 1. - Bestuur

Art. 2. Artikel 2:143, § 3, van het Wetboek van vennootschappen en verenigingen wordt opgeheven.

HOOFDSTUK 2. - Wijzigingen van het Gerechtelijk Wetboek

Art. 3. In artikel 1395 van hetzelfde Wetboek wordt het tweede lid opgeheven.

Art. 4. In artikel 1396 van hetzelfde Wetboek worden in de Franse tekst de woorden "de la présente" vervangen door de woorden "du présent".

Onderafdeling 2. - Slotbepaling

Art. 5. Deze wet treedt in werking op 1 januari 2026.
"""  # noqa: E501 (an act's paragraphs are single lines)


def test_headings_are_not_article_text_and_name_the_act() -> None:
    act = parse_text(_ACT, "wet.txt", language="nl")
    first, second, third, fourth, last = act.articles
    assert first.kind == "constitutional_basis"
    assert "HOOFDSTUK" not in second.text
    (repeal,) = third.operations
    assert isinstance(repeal, RepealUnit)
    assert (repeal.target.act.code, repeal.target.article) == ("Code judiciaire", "1395")
    (words,) = fourth.operations
    assert isinstance(words, ReplaceWords) and words.language == "fr"
    assert last.kind == "entry_into_force"


def test_a_sentence_opening_with_a_division_noun_is_no_heading() -> None:
    # "Hoofdstuk 2 van …" without a period or dash after its label is an instruction
    act = parse_text(_ACT.replace(
        "Art. 5. Deze wet treedt in werking op 1 januari 2026.",
        "Art. 5. In hetzelfde Wetboek worden de volgende wijzigingen aangebracht:\n"
        "1° artikel 1397 wordt opgeheven;\n"
        "Hoofdstuk 2 van hetzelfde Wetboek wordt opgeheven."), "wet.txt", keep_going=True,
        language="nl")
    assert "Hoofdstuk 2 van hetzelfde Wetboek" in act.articles[-1].text
