"""A unit that an older amendment replaced starts its Justel line with the old style's round
bracket before its label: "(1° la réclusion;" (Code pénal art. 7), "(§ 4. Aux niveaux …"
(art. 37sexies), "(2° Ceux qui …" (art. 563). The reader takes the bracket for the opening of
the old mark it is, not for the start of an alinéa: the unit is the item or § its label says
(``c:lead="("``, written back before the label), so that amending acts that name it, or the
units after it, reach the right unit (before 2026-12-02, night: "(§ 4." was an alinéa of § 3,
and "le § 3 est remplacé" silently took § 4 with it; "l'alinéa 3" of art. 7 was the "(1°" line).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate import api
from consolidate.document import Document, akn, cns
from consolidate.justel import read_text, write_justel

PAGE = "data/justel/code-penal-1867-fr.html"
ACT = Path(__file__).resolve().parents[1] / "data" / "acts" / \
    "loi-2025-06-12-code-penal-anciens.fr.txt"
_PAGES: dict[str, Document] = {}


@pytest.fixture
def page(shared: Callable[[str], Path]) -> Document:
    if PAGE not in _PAGES:
        _PAGES[PAGE] = api.load(shared(PAGE))
    return _PAGES[PAGE].copy()


def labels(document: Document, article: str) -> list[str]:
    found = document.article(article)
    assert found is not None
    return [unit.findtext(akn("num")) or "" for unit in found.iter(akn("paragraph"), akn("point"))]


def test_the_bracketed_units_are_read_as_their_labels_say(page: Document) -> None:
    assert labels(page, "37sexies") == ["§ 1er.", "§ 2.", "§ 3.", "§ 4."]
    assert labels(page, "563") == ["1°", "2°", "3°", "4°", "5°"]
    seven = page.article("7")
    assert seven is not None
    second = seven.findall(akn("alinea"))[1]
    assert [p.findtext(akn("num")) for p in second.iter(akn("point"))] == ["1°", "2°"]
    assert second.find(f"{akn('list')}/{akn('point')}").get(cns("lead")) == "("


def test_the_justel_line_keeps_its_bracket(page: Document) -> None:
    justel = write_justel(page)
    assert "\n(1° la réclusion;\n2° la détention.) <L 1996-07-10/42" in justel
    assert "\n(§ 4. Aux niveaux fédéral et local" in justel
    assert "\n(2° Ceux qui auront volontairement dégradé" in justel
    again = read_text(justel)
    assert write_justel(again) == justel


def test_an_act_reaches_the_units_after_the_bracket(page: Document) -> None:
    act = api.parse(text=ACT.read_text(encoding="utf-8"), source=str(ACT))
    (after,), report = api.apply([page], act)
    assert [o.status for o in report.outcomes] == ["applied"] * 3
    justel = write_justel(after)
    sexies = justel[justel.index("\nArt. 37sexies."):justel.index("\nArt. 37septies.")]
    new = "[3 § 3. Le Roi fixe les modalités de l'exécution de la peine de travail.]3"
    assert f"\n{new}\n" in sexies
    assert "\n(§ 4. Aux niveaux fédéral et local" in sexies  # § 4 is still there
    seven = justel[justel.index("\nArt. 7."):justel.index("\nArt. 7bis.")]
    assert "4° la peine de probation autonome.\n[3 5° la peine de sursis probatoire.]3\n" in seven
    assert "\n(2° [1 ...]1\n" in justel[justel.index("\nArt. 563."):]


def test_the_dutch_page_too(shared: Callable[[str], Path]) -> None:
    dutch = api.load(shared("data/justel/code-penal-1867-nl.html"))
    assert labels(dutch, "37sexies") == ["§ 1.", "§ 2.", "§ 3.", "§ 4."]
    assert labels(dutch, "563") == ["1°", "2°", "3°", "4°", "5°"]
    assert "\n(§ 4. " in write_justel(dutch)
