"""An item, then a list of its sub-items ("l'article 5, 1°, a) et b)", "1°, a), b) et c)"):
the a) and the b) of the 1° (two places), where it was one place, the b) inside the a) — a
silent wrong path (parsing/units.py, the items rule). "1°, 2° et 3°, a)" (a list, then a
sub-item: whose?) is read label by label, as before."""

from __future__ import annotations

import pytest

from consolidate.parser import parse_text

_ACT = ("12 JUIN 2025. - Loi modifiant le Code judiciaire\n\nArticle 1er. Dans l'article "
        "{place} du Code judiciaire, les mots « X » sont remplacés par les mots « Y ».\n")


@pytest.mark.parametrize(("place", "paths"), [
    ("5, 1°, a) et b),", [["1°", "a)"], ["1°", "b)"]]),
    ("5, § 3, 1°, a), b) et c),", [["3", "1°", "a)"], ["3", "1°", "b)"], ["3", "1°", "c)"]]),
    ("5, 2°, a) et c), et 3°, b),", [["2°", "a)"], ["2°", "c)"], ["3°", "b)"]]),
    ("5, 1°, a),", [["1°", "a)"]]),
])
def test_sub_items_of_one_item(place: str, paths: list[list[str]]) -> None:
    act = parse_text(_ACT.format(place=place), "loi.txt")
    assert [[step.label for step in op.target.path]
            for op in act.articles[0].operations] == paths
