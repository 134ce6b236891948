"""A list of articles followed by a place ("Les articles 14 et 15, § 2, de la même loi sont
abrogés"): the § 2 may be article 15's only (article 14 repealed whole) or each one's; it was
read as each one's, silently. For units it is refused (P007, naming the place); quoted words
are looked for in either and keep the reading (2016036305 art. 13: "Dans les articles 64, 67,
68, alinéa deux, …, les mots … sont insérés"); a place after the act is each one's."""

from __future__ import annotations

import pytest

from consolidate.errors import ParseError
from consolidate.parser import parse_text

_ACT = ("12 JUIN 2025. - Loi modifiant la loi du 3 juillet 1978 relative aux contrats de "
        "travail\n\nArticle 1er. L'article 2 de la loi du 3 juillet 1978 relative aux contrats "
        "de travail est abrogé.\n\nArt. 2. {sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Les articles 14 et 15, § 2, de la même loi sont abrogés.",
    "Les articles 14 et 15, alinéa 2, de la même loi sont remplacés par ce qui suit :\n"
    "« Texte. »",
])
def test_units_refused(sentence: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_text(_ACT.format(sentence=sentence), "loi.txt")
    assert refused.value.code == "P007" and refused.value.article == "2"


def test_a_place_after_the_act_is_each_ones() -> None:
    act = parse_text(_ACT.format(sentence="Dans les articles 14 et 15 de la même loi, "
                                          "l'alinéa 2 est abrogé."), "loi.txt")
    assert [(op.target.article, op.target.path[0].label)
            for op in act.articles[1].operations] == [("14", "2"), ("15", "2")]
