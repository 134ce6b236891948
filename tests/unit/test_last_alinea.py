"""'le dernier alinéa', 'l'avant-dernier alinéa' (labels "#-1", "#-2"): the live alinéas of
the unit counted from its end, when each amending article is applied — as a target and as the
anchor of an insertion (they raised an internal error, ValueError, before)."""

from __future__ import annotations

import pytest

from consolidate import api
from consolidate.errors import ApplyError

BASE = "seeds/loi-2001-05-16-statut-reserve.fr.xml"
HEAD = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\n"
        "Article 1er. La présente loi règle une matière visée à l'article 74 de la "
        "Constitution.\n\n")
CITED = "de la loi du 16 mai 2001 relative au statut des militaires"


def consolidated(*articles: str) -> str:
    act = api.parse(text=HEAD + "\n\n".join(articles) + "\n", source="act.txt")
    (after,), report = api.apply([api.load(BASE)], act)
    assert {outcome.status for outcome in report.outcomes} == {"applied"}
    text = api.render(api.consolidate(act, [api.load(BASE)]), "text")
    assert isinstance(text, str) and after is not None
    return text[text.index("Art. 73."):text.index("Art. 76.")]


def test_the_last_alinea_is_repealed_and_a_new_one_goes_after_the_new_last() -> None:
    text = consolidated(
        f"Art. 2. Dans l'article 73 {CITED}, le dernier alinéa est abrogé.",
        "Art. 3. Dans l'article 73 de la même loi, il est inséré, après le dernier alinéa, "
        "un alinéa rédigé comme suit :\n« Nouveau texte. »",
        "Art. 4. Dans l'article 73 de la même loi, l'avant-dernier alinéa est remplacé par "
        "ce qui suit :\n« Autre texte. »")
    lines = text.strip().splitlines()
    assert lines[2:] == ["Autre texte.", "Nouveau texte."]  # alinéas 3 and 4 of 4
    assert "Le militaire de réserve dont le rengagement" not in text
    assert lines[1].startswith("Le militaire de réserve atteint par la limite d'âge")


def test_the_rank_is_described_in_words() -> None:
    act = api.parse(text=HEAD + f"Art. 2. Dans l'article 73 {CITED}, l'avant-dernier "
                    "alinéa est abrogé.\n", source="act.txt")
    (op,) = act.operations()
    assert op.target.path[-1].label == "#-2"
    assert op.target.describe().endswith("article 73, avant-dernier alinéa")


def test_an_alinea_before_the_last_of_a_single_alinea_fails_closed() -> None:
    act = api.parse(text=HEAD + f"Art. 2. Dans l'article 38 {CITED}, l'avant-dernier "
                    "alinéa est abrogé.\n", source="act.txt")
    with pytest.raises(ApplyError) as caught:
        api.apply([api.load(BASE)], act)
    message = str(caught.value)
    assert "avant-dernier alinéa does not exist" in message
    assert "has 1 alinéa" in message and "amending art. 2" in message


def test_the_dutch_last_and_before_last_lid_are_the_same_ranks() -> None:
    text = ("12 JUNI 2025. - Wet tot wijziging van de wet van 16 mei 2001\n\n"
            "Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de "
            "Grondwet.\n\nArt. 2. In artikel 73 van de wet van 16 mei 2001 betreffende het "
            "statuut van de militairen wordt het laatste lid opgeheven.\n\nArt. 3. In artikel "
            "73 van dezelfde wet wordt het voorlaatste lid opgeheven.\n")
    labels = [op.target.path[-1].label for op in api.parse(text=text, source="wet.txt")
              .operations()]
    assert labels == ["#-1", "#-2"]


@pytest.mark.parametrize(("words", "unit", "label"), [
    ("le dernier paragraphe est abrogé", "paragraph", "#-1"),
    ("le deuxième paragraphe est abrogé", "paragraph", "#2"),
    ("l'avant-dernier paragraphe est abrogé", "paragraph", "#-2"),
    ("le dernier point est abrogé", "point", "#-1"),
    ("l'avant-dernier alinéa est abrogé", "alinea", "#-2"),
])
def test_a_unit_by_rank_after_a_cited_title_is_not_part_of_the_title(
        words: str, unit: str, label: str) -> None:
    # the title swallowed ", le dernier paragraphe": the whole article 19 was repealed
    act = api.parse(text=HEAD + f"Art. 2. Dans l'article 19 {CITED}, {words}.\n",
                    source="act.txt")
    (op,) = act.operations()
    assert op.target.act.title == "relative au statut des militaires"
    assert [(step.unit, step.label) for step in op.target.path] == [(unit, label)]


def test_the_last_paragraph_and_the_item_before_the_last_are_applied() -> None:
    act = api.parse(text=HEAD + f"Art. 2. Dans l'article 19 {CITED}, le dernier paragraphe "
                    "est abrogé.\n\nArt. 3. Dans l'article 20 de la même loi, le dernier point "
                    "est abrogé.\n", source="act.txt")
    result = api.consolidate(act, [api.load(BASE)])
    assert {outcome.status for outcome in result.report.outcomes} == {"applied"}
    text = api.render(result, "text")
    assert isinstance(text, str)
    assert "§ 2. La résiliation du rengagement" not in text
    assert "§ 1er. Le rengagement prend fin" in text
    assert "2° le cas échéant, une formation complémentaire" not in text
    assert "\n1° " in text[text.index("Art. 20."):text.index("Art. 26.")]


def test_a_rank_beyond_the_units_fails_closed_naming_them() -> None:
    act = api.parse(text=HEAD + f"Art. 2. Dans l'article 73 {CITED}, le dernier paragraphe "
                    "est abrogé.\n", source="act.txt")
    with pytest.raises(ApplyError) as caught:
        api.apply([api.load(BASE)], act)
    assert "has no §" in str(caught.value) and "amending art. 2" in str(caught.value)
