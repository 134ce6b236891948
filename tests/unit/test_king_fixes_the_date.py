""""Le Roi fixe … la date d'entrée en vigueur …": read, or refused — never autonomous.

Two real articles of the corpus were silently autonomous (no rule read them, none refused
them): 2016007106 art. 17 "Le Roi fixe la date d'entrée en vigueur de la présente loi avant le
31 décembre 2016." and 2013011667 art. 9 "Le Roi fixe la date de l'entrée en vigueur de chacune
des dispositions de la présente loi et de …". Both are read now (the last day before "avant le
31 décembre" is the 30th); so is the incidental "par arrêté délibéré en Conseil des ministres"
(the Guide's words); an authority fixing the date in words no rule reads is P001.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consolidate.errors import ParseError
from consolidate.model import EntryIntoForce
from consolidate.parser import parse_text

HEAD = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
        "**Article 1er.** L'article 5 de la loi du 8 août 1983 organisant un registre national "
        "des personnes physiques est abrogé.\n\n**Art. 2.** ")


def rules(sentence: str) -> list[EntryIntoForce]:
    act = parse_text(HEAD + sentence + "\n", language="fr")
    article = act.articles[-1]
    assert article.kind == "entry_into_force"
    return list(article.entry_into_force)


@pytest.mark.parametrize(("sentence", "deadline"), [
    ("Le Roi fixe la date d'entrée en vigueur de la présente loi avant le 31 décembre 2016.",
     dt.date(2016, 12, 30)),
    ("Le Roi fixe la date d'entrée en vigueur de la présente loi au plus tard le 1er janvier "
     "2025.", dt.date(2025, 1, 1)),
    ("Le Roi fixe la date de l'entrée en vigueur de chacune des dispositions de la présente "
     "loi et de chacune des dispositions insérées par la présente loi dans le Code de droit "
     "économique.", None),
    ("Le Roi fixe, par arrêté délibéré en Conseil des ministres, la date d'entrée en vigueur "
     "de la présente loi.", None),
])
def test_the_king_fixes_the_date(sentence: str, deadline: dt.date | None) -> None:
    (rule,) = rules(sentence)
    assert (rule.mode, rule.authority, rule.provisions, rule.deadline) == (
        "fixed_by_king", "Roi", (), deadline)


@pytest.mark.parametrize("sentence", [
    "Le Roi fixe, par arrêté délibéré en Conseil des ministres et pour chaque disposition, la "
    "date d'entrée en vigueur de la présente loi.",
])
def test_an_unread_fixing_of_the_date_is_refused(sentence: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(HEAD + sentence + "\n", language="fr")
    assert caught.value.code == "P001"


def test_other_rules_of_the_king_stay_autonomous() -> None:
    act = parse_text(HEAD + "Le Roi fixe les modalités d'exécution du présent article.\n",
                     language="fr")
    assert act.articles[-1].kind == "autonomous"


@pytest.mark.parametrize(("sentence", "language"), [
    ("Les dispositions de la présente loi entrent en vigueur le 1er janvier 2024.", "fr"),
    ("L'ensemble des dispositions du présent arrêté entre en vigueur le 1er janvier 2024.",
     "fr"),
    ("De bepalingen van deze wet treden in werking op 1 januari 2024.", "nl"),
])
def test_the_provisions_of_this_act_are_the_act(sentence: str, language: str) -> None:
    """"Les dispositions de la présente loi entrent en vigueur …" was P001 (a near miss):
    its subject is the whole act, as "La présente loi"."""
    head = HEAD if language == "fr" else (
        '---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
        "**Artikel 1.** Artikel 5 van de wet van 8 augustus 1983 tot regeling van een "
        "Rijksregister wordt opgeheven.\n\n**Art. 2.** ")
    act = parse_text(head + sentence + "\n", language=language)
    (rule,) = act.articles[-1].entry_into_force
    assert (rule.mode, rule.date, rule.provisions) == ("date", dt.date(2024, 1, 1), ())
