""""De Koning bepaalt, bij een besluit vastgesteld na overleg in de Ministerraad, de datum van
inwerkingtreding van deze wet": the Dutch of "Le Roi fixe, par arrêté délibéré en Conseil des
ministres, la date d'entrée en vigueur de la présente loi" (tests/unit/test_king_fixes_the_date.py).

It was P001 (a near miss: "dit artikel lijkt een … inwerkingtreding, maar geen regel leest
het"). Read now with its variants ("van elke bepaling ervan", "van de artikelen 3 tot 5", "op
een door de Koning, bij een besluit …, te bepalen datum", "en uiterlijk op …"), each as its
French; the authority is written without its determiner in both languages ("Roi", "Koning").
"""

from __future__ import annotations

import datetime as dt

import pytest

from consolidate.bilingual import compare_acts
from consolidate.model import AmendingAct, EntryIntoForce
from consolidate.parser import parse_text

HEAD_FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2023-06-15\n---\n\n'
           "**Article 1er.** L'article 5 de la loi du 8 août 1983 organisant un registre "
           "national des personnes physiques est abrogé.\n\n**Art. 2.** ")
HEAD_NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** Artikel 5 van de wet van 8 augustus 1983 tot regeling van een "
           "Rijksregister van de natuurlijke personen wordt opgeheven.\n\n**Art. 2.** ")
FR_DECREE = "par arrêté délibéré en Conseil des ministres"
NL_DECREE = "bij een besluit vastgesteld na overleg in de Ministerraad"


def read(sentence: str, language: str) -> AmendingAct:
    return parse_text((HEAD_FR if language == "fr" else HEAD_NL) + sentence + "\n",
                      language=language)


def rules(act: AmendingAct) -> list[EntryIntoForce]:
    article = act.articles[-1]
    assert article.kind == "entry_into_force"
    return list(article.entry_into_force)


CASES = [
    # (French, Dutch, provisions, deadline)
    (f"Le Roi fixe, {FR_DECREE}, la date d'entrée en vigueur de la présente loi.",
     f"De Koning bepaalt, {NL_DECREE}, de datum van inwerkingtreding van deze wet.", (), None),
    (f"Le Roi fixe, {FR_DECREE}, la date d'entrée en vigueur de chacune des dispositions de "
     "la présente loi.",
     f"De Koning bepaalt, {NL_DECREE}, de datum van inwerkingtreding van elke bepaling ervan.",
     (), None),
    (f"Le Roi fixe, {FR_DECREE}, la date d'entrée en vigueur des articles 3 à 5.",
     f"De Koning bepaalt, {NL_DECREE}, de datum van inwerkingtreding van de artikelen 3 tot 5.",
     ("3-5",), None),
    (f"Le Roi fixe, {FR_DECREE}, la date d'entrée en vigueur de la présente loi, et au plus "
     "tard le 1er janvier 2026.",
     f"De Koning bepaalt, {NL_DECREE}, de datum van inwerkingtreding van deze wet, en uiterlijk "
     "op 1 januari 2026.", (), dt.date(2026, 1, 1)),
    (f"La présente loi entre en vigueur à une date fixée par le Roi, {FR_DECREE}.",
     f"Deze wet treedt in werking op een door de Koning, {NL_DECREE}, te bepalen datum.",
     (), None),
    (f"La présente loi entre en vigueur à une date fixée par le Roi, {FR_DECREE}, et au plus "
     "tard le 1er janvier 2026.",
     f"Deze wet treedt in werking op een door de Koning, {NL_DECREE}, te bepalen datum en "
     "uiterlijk op 1 januari 2026.", (), dt.date(2026, 1, 1)),
]


@pytest.mark.parametrize(("french", "dutch", "provisions", "deadline"), CASES)
def test_the_king_fixes_the_date_in_both_languages(
        french: str, dutch: str, provisions: tuple[str, ...], deadline: dt.date | None) -> None:
    acts = {"fr": read(french, "fr"), "nl": read(dutch, "nl")}
    for language, authority in (("fr", "Roi"), ("nl", "Koning")):
        (rule,) = rules(acts[language])
        assert (rule.date, rule.mode, rule.authority, rule.provisions, rule.deadline) == (
            None, "fixed_by_king", authority, provisions, deadline)
    assert compare_acts(acts["fr"], acts["nl"]).divergences == ()


def test_the_deadline_after_a_comma_is_not_dropped() -> None:
    """"…, et au plus tard le …" after the act: the comma ended the rule before, and its
    deadline was lost."""
    (rule,) = rules(read(CASES[3][0], "fr"))
    assert rule.deadline == dt.date(2026, 1, 1)
