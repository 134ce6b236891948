"""A cited act's title ends before the designation that follows its comma: the words of the
lexicon ("les mots", "le chiffre « 2 »", "la définition du « … »", "chaque fois") and a unit by
rank or "unique". The title swallowed them ("relative au statut des militaires, le chiffre"),
and "…, le paragraphe unique est abrogé" repealed the whole article."""

from __future__ import annotations

import pytest

from consolidate import api

FR = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\nArticle 1er. Dans l'article 19 "
      "de la loi du 16 mai 2001 relative au statut des militaires, {}.\n")
NL = ("12 JUNI 2025. - Wet tot wijziging van de wet van 16 mei 2001\n\nArtikel 1. In artikel "
      "19 van de wet van 16 mei 2001 betreffende het statuut van de militairen, {}.\n")


@pytest.mark.parametrize(("template", "words", "op", "path"), [
    # the item that defines the term (it was read as the word "militaire" repealed; third
    # French probe, docs/formulas.md)
    (FR, "la définition du « militaire » est abrogée", "repeal_unit",
     (("headed", "militaire"),)),
    (FR, "chaque fois les mots « a » sont remplacés par les mots « b »", "replace_words", ()),
    (FR, "le chiffre « 2 » est remplacé par le chiffre « 3 »", "replace_words", ()),
    (FR, "la date « 1er janvier 2024 » est remplacée par la date « 1er janvier 2025 »",
     "replace_words", ()),
    (FR, "le paragraphe unique est abrogé", "repeal_unit", (("paragraph", "#1"),)),
    (NL, "wordt het cijfer \"2\" vervangen door het cijfer \"3\"", "replace_words", ()),
    (NL, "wordt de enige paragraaf opgeheven", "repeal_unit", (("paragraph", "#1"),)),
])
def test_the_title_ends_at_the_comma_before_the_designation(
        template: str, words: str, op: str, path: tuple[tuple[str, str], ...]) -> None:
    act = api.parse(text=template.format(words), source="act.txt")
    (operation,) = act.operations()
    assert operation.op == op
    assert operation.target.act.title in ("relative au statut des militaires",
                                          "betreffende het statuut van de militairen")
    assert tuple((step.unit, step.label) for step in operation.target.path) == path


def test_a_title_that_lists_codes_keeps_them() -> None:
    text = ("12 JUIN 2025. - Loi modifiant la loi du 16 mai 2001\n\nArticle 1er. Dans l'article"
            " 3 de la loi du 5 mai 2014 modifiant le Code pénal, le Code judiciaire et le Code "
            "civil, les mots « a » sont remplacés par les mots « b ».\n")
    (operation,) = api.parse(text=text, source="act.txt").operations()
    assert operation.target.act.title == ("modifiant le Code pénal, le Code judiciaire et le "
                                          "Code civil")
