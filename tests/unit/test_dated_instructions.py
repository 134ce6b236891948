"""A date of effect inside an amending instruction (``parsing/dated.py``).

"les mots « A » sont remplacés, à partir du 1er janvier 2025, par les mots « B »", "Avec effet
au 1er janvier 2024, l'article 8 … est abrogé", "In artikel 5 … worden met ingang van 1 januari
2025 de woorden …", "Met uitwerking op 1 januari 2024 wordt artikel 8 … opgeheven" were refused
(P007: "no rule reads 'Avec effet'" / "geen regel leest 'ingang'"). The instruction is read
without its date, and the amending article gets a rule for itself: mode ``date`` ("à partir
du", "met ingang van") or ``retroactive`` ("avec effet au", "met uitwerking op"). The
timeline gives the article that date; a chain applies it on that date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consolidate
from consolidate.bilingual import compare_acts
from consolidate.document import article_lines
from consolidate.errors import ParseError
from consolidate.model import AmendingAct, EntryIntoForce
from consolidate.parser import parse_text
from consolidate.timeline import provision_time

HEAD_FR = ('---\ntitle: "Loi portant des dispositions diverses"\ndate: 2024-06-15\n'
           "publication: 2024-06-28\n---\n\n**Article 1er.** ")
HEAD_NL = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2024-06-15\n'
           "publication: 2024-06-28\n---\n\n**Artikel 1.** ")
LOI = "de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve des Forces armées"
WET = ("van de wet van 16 mei 2001 houdende statuut van de militairen van het reservekader van "
       "de Krijgsmacht")


def read(text: str, language: str) -> AmendingAct:
    return parse_text((HEAD_FR if language == "fr" else HEAD_NL) + text + "\n",
                      language=language)


def rule_of(act: AmendingAct) -> EntryIntoForce:
    (rule,) = act.articles[0].entry_into_force
    return rule


CASES = [
    # (French, Dutch, date, mode, operation)
    (f"Dans l'article 15, alinéa 1er, {LOI}, les mots « trois ans » sont remplacés, à partir "
     "du 1er janvier 2025, par les mots « quatre ans ».",
     f'In artikel 15, eerste lid, {WET}, worden met ingang van 1 januari 2025 de woorden '
     '"drie jaar" vervangen door de woorden "vier jaar".',
     dt.date(2025, 1, 1), "date", "replace_words"),
    (f"Avec effet au 1er janvier 2024, l'article 8 {LOI} est abrogé.",
     f"Met uitwerking op 1 januari 2024 wordt artikel 8 {WET} opgeheven.",
     dt.date(2024, 1, 1), "retroactive", "repeal_unit"),
    (f"À partir du 1er janvier 2025, l'article 8 {LOI} est abrogé.",
     f"Met ingang van 1 januari 2025 wordt artikel 8 {WET} opgeheven.",
     dt.date(2025, 1, 1), "date", "repeal_unit"),
    (f"A partir du 1er janvier 2025, dans l'article 15, alinéa 1er, {LOI}, les mots « trois "
     "ans » sont remplacés par les mots « quatre ans ».",
     f'In artikel 15, eerste lid, {WET}, worden, met ingang van 1 januari 2025, de woorden '
     '"drie jaar" vervangen door de woorden "vier jaar".',
     dt.date(2025, 1, 1), "date", "replace_words"),
]


@pytest.mark.parametrize(("french", "dutch", "date", "mode", "op"), CASES)
def test_a_date_inside_an_instruction_dates_its_article(
        french: str, dutch: str, date: dt.date, mode: str, op: str) -> None:
    acts = {language: read(text, language) for language, text in (("fr", french),
                                                                  ("nl", dutch))}
    for act in acts.values():
        article = act.articles[0]
        assert article.kind == "amending"
        assert [o.op for o in article.operations] == [op]
        rule = rule_of(act)
        assert (rule.date, rule.mode, rule.provisions) == (date, mode, (article.number,))
        time = provision_time(act, article.number)
        assert (time.date, time.mode) == (date, mode)
    assert compare_acts(acts["fr"], acts["nl"]).divergences == ()


def test_the_date_is_not_part_of_the_words() -> None:
    (op,) = read(CASES[0][0], "fr").operations()
    assert (op.old, op.new) == ("trois ans", "quatre ans")  # type: ignore[union-attr]
    (op,) = read(CASES[0][1], "nl").operations()
    assert (op.old, op.new) == ("drie jaar", "vier jaar")  # type: ignore[union-attr]


def test_a_date_inside_a_quote_is_the_quote() -> None:
    act = read(f"Dans l'article 15, alinéa 1er, {LOI}, les mots « trois ans » sont remplacés "
               "par les mots « trois ans à partir du 1er janvier 2025 ».", "fr")
    assert act.articles[0].entry_into_force == ()
    assert act.operations()[0].new == "trois ans à partir du 1er janvier 2025"  # type: ignore


def test_the_article_date_beats_the_whole_act_rule() -> None:
    act = read(CASES[0][0] + "\n\n**Art. 2.** La présente loi entre en vigueur le jour de sa "
               "publication au Moniteur belge.", "fr")
    assert provision_time(act, "1er").date == dt.date(2025, 1, 1)


@pytest.mark.parametrize(("text", "language"), [
    # a date inside one instruction of an article of two operations would date both
    (f"Dans l'article 15 {LOI}, les mots « trois ans » sont remplacés, à partir du 1er janvier "
     "2025, par les mots « quatre ans » et l'alinéa 2 est abrogé.", "fr"),
    (f'In artikel 15 {WET} worden met ingang van 1 januari 2025 de woorden "drie jaar" '
     'vervangen door de woorden "vier jaar" en wordt het tweede lid opgeheven.', "nl"),
    # a date that does not exist
    (f"Avec effet au 31 février 2024, l'article 8 {LOI} est abrogé.", "fr"),
])
def test_a_date_that_does_not_date_the_whole_article_is_refused(
        text: str, language: str) -> None:
    with pytest.raises(ParseError) as caught:
        read(text, language)
    assert caught.value.code == "P001"
    assert "date of effect" in str(caught.value) or "datum van uitwerking" in str(caught.value)


@pytest.mark.parametrize(("text", "language"), [
    # a dated point after a lead-in: left to the grammar, which refuses it (P007)
    (f"Dans l'article 15 {LOI}, les modifications suivantes sont apportées :\n\n1° dans "
     "l'alinéa 1er, les mots « trois ans » sont remplacés, à partir du 1er janvier 2025, par "
     "les mots « quatre ans »;\n\n2° l'alinéa 2 est abrogé.", "fr"),
    (f"In artikel 15 {WET} worden de volgende wijzigingen aangebracht:\n\n1° in het eerste "
     'lid worden met ingang van 1 januari 2025 de woorden "drie jaar" vervangen door de '
     'woorden "vier jaar";\n\n2° het tweede lid wordt opgeheven.', "nl"),
])
def test_a_dated_point_is_refused(text: str, language: str) -> None:
    with pytest.raises(ParseError) as caught:
        read(text, language)
    assert caught.value.code in ("P001", "P007")
    assert caught.value.article == ("1er" if language == "fr" else "1")


def test_points_of_different_dates_stay_refused() -> None:
    """2005009998, art. 7: "1° à partir du 1er septembre 2006 : a) …; 2° à partir du 1er
    janvier 2007, …": the model dates whole articles; refused where the date is (P007)."""
    with pytest.raises(ParseError) as caught:
        read(f"Dans l'article 15 {LOI}, les modifications suivantes sont apportées :\n\n1° à "
             "partir du 1er septembre 2025, dans l'alinéa 1er, les mots « trois ans » sont "
             "remplacés par les mots « quatre ans »;\n\n2° à partir du 1er janvier 2026, "
             "l'alinéa 2 est abrogé.", "fr")
    assert caught.value.code == "P007"
    assert "partir" in str(caught.value)


def test_a_chain_applies_the_replacement_on_its_date() -> None:
    act = parse_text(
        '---\ntitle: "(acte écrit pour les tests) modifiant l\'article 73"\ndate: 2025-05-05\n'
        "case: 2025-05-05/12\npublication: 2025-05-26\n---\n\n**Article 1er.** Dans l'article "
        f"73, alinéa 1er, {LOI}, les mots \"soixante ans\" sont remplacés, à partir du 1er "
        "janvier 2026, par les mots \"soixante-deux ans\".\n", language="fr")

    def article_73(at: dt.date) -> str:
        chain = consolidate.consolidate(acts=[act], at=at)
        return article_lines(chain.after[0].article("73"))[0]

    assert "soixante ans" in article_73(dt.date(2025, 12, 31))
    assert "soixante-deux ans" in article_73(dt.date(2026, 1, 1))
