"""A renumbering said in a relative clause of a designation (3 December 2026, branch depth4;
no sentence in shared/ but 2022033790's "dans l'alinéa 2, qui devient l'alinéa 6,", each in
the style of the lois and arrêtés royaux and of their Dutch texts): ", qui devient le § 3,",
", devenant le 3°,", ", dat § 3 wordt,", ", dat het derde lid wordt," made into the act's
renumbering when no point of the act says it, recalled when one does, refused (P001) when
the reading is unsure (docs/formulas.md, "Depth, fourth pass"; parsing/became.py)."""

from __future__ import annotations

import pytest
from test_depth3_formulas import FR, LAW_FR, _apply, _fr, _nl, _refused

from consolidate import api
from consolidate.errors import ParseError
from consolidate.justel import read_text, write_justel
from consolidate.model import InsertUnit, Renumber, RepealUnit, RepealWords, ReplaceWords, Step

LEAD_FR = "Dans l'article 5 de la même loi, les modifications suivantes sont apportées :\n"
LEAD_NL = "In artikel 5 van dezelfde wet worden de volgende wijzigingen aangebracht:\n"


def _ops(act: api.AmendingAct) -> list[object]:
    return list(act.articles[1].operations)


@pytest.mark.parametrize("act", [
    _fr("Dans l'article 5 de la même loi, le § 2, qui devient le § 3, les mots « Le chef de "
        "corps » sont remplacés par les mots « Le commandant »."),
    _fr("Dans l'article 5 de la même loi, le § 2, devenant le § 3, les mots « Le chef de "
        "corps » sont remplacés par les mots « Le commandant »."),
    _nl("In artikel 5 van dezelfde wet worden in § 2, dat § 3 wordt, de woorden \"Le chef de "
        "corps\" vervangen door de woorden \"Le commandant\"."),
])
def test_a_clause_no_other_point_says_is_the_renumbering(act: api.AmendingAct) -> None:
    """It was history only: the § kept its number, silently. Now the act renumbers it, by
    its old label, first in the article; the change is addressed to the old label too."""
    renumber, change = _ops(act)
    assert isinstance(renumber, Renumber) and isinstance(change, ReplaceWords)
    assert renumber.target.path == (Step(unit="paragraph", label="2"),)
    assert renumber.new_label == "3"
    assert change.target.path == renumber.target.path
    if change.language == "nl":
        return  # the base is French: the Dutch operations are skipped there
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert "§ 3.]1 [1 Le commandant]1 en fixe les modalités." in text
    assert "§ 2. Le chef de corps" not in text


def test_the_clause_frees_the_label_the_article_inserts() -> None:
    """"1° il est inséré un § 2 …; 2° dans le § 2 ancien, qui devient le § 3, …": the old
    § 2 becomes § 3 before the new § 2 is placed by its label."""
    act = _fr(LEAD_FR + "1° il est inséré un § 2 rédigé comme suit :\n« § 2. Le commandant "
              "donne son avis. »;\n2° dans le § 2 ancien, qui devient le § 3, les mots « Le "
              "chef de corps » sont remplacés par les mots « Le commandant ».")
    assert isinstance(_ops(act)[0], Renumber)
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    lines = [line for line in text.splitlines() if "§" in line][:3]
    assert lines == ["Art. 5. § 1er. Le ministre autorise le travail à distance.",
                     "[1 § 2. Le commandant donne son avis.]1",
                     "[1 § 3.]1 [1 Le commandant]1 en fixe les modalités."]


@pytest.mark.parametrize("act", [
    _fr(LEAD_FR + "1° le § 2 devient le § 3;\n2° dans le § 2, qui devient le § 3, les mots "
        "« Le chef de corps » sont remplacés par les mots « Le commandant »."),
    _nl(LEAD_NL + "1° § 2 wordt § 3;\n2° in § 2, dat § 3 wordt, worden de woorden \"Le chef "
        "de corps\" vervangen door de woorden \"Le commandant\"."),
])
def test_a_clause_that_recalls_the_acts_renumbering_adds_nothing(act: api.AmendingAct) -> None:
    renumbers = [op for op in _ops(act) if isinstance(op, Renumber)]
    assert len(renumbers) == 1 and renumbers[0].source.point == "1°"


def test_a_clause_against_the_acts_renumbering_is_refused() -> None:
    error = _refused(LEAD_FR + "1° le § 2 devient le § 4;\n2° dans le § 2, qui devient le § 3, "
                     "les mots « Le chef de corps » sont remplacés par les mots « Le "
                     "commandant ».", "fr")
    assert error.code == "P001" and "gives paragraph 2 the label '4'" in error.message


def test_an_item_renumbered_by_its_clause() -> None:
    (renumber, repeal) = _ops(_fr("Dans l'article 5 de la même loi, le 2°, devenant le 3°, est "
                                  "abrogé."))
    assert isinstance(renumber, Renumber) and isinstance(repeal, RepealUnit)
    assert (renumber.target.path[-1].label, renumber.new_label) == ("2°", "3°")


@pytest.mark.parametrize("act", [
    _fr("Dans l'article 9 de la même loi, les modifications suivantes sont apportées :\n1° "
        "entre les alinéas 1er et 2, un alinéa rédigé comme suit est inséré :\n« Le chef de "
        "corps donne son avis. »;\n2° dans l'alinéa 2, qui devient l'alinéa 3, les mots "
        "« dans le mois » sont remplacés par les mots « dans les deux mois »."),
])
def test_an_alineas_rank_told_by_the_clause_is_checked_against_the_insertion(
        act: api.AmendingAct) -> None:
    """An alinéa has no number to give: the clause recalls what the insertion does (the
    second alinéa, one inserted before it, is the third)."""
    assert not any(isinstance(op, Renumber) for op in _ops(act))
    assert isinstance(_ops(act)[0], InsertUnit)
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert "Le ministre statue sur la demande [1 dans les deux mois]1." in text


@pytest.mark.parametrize("act", [
    _fr("Dans l'article 9 de la même loi, dans l'alinéa 2, qui devient l'alinéa 3, les mots "
        "« dans le mois » sont remplacés par les mots « dans les deux mois »."),
    _nl("In artikel 9 van dezelfde wet worden in het tweede lid, dat het derde lid wordt, de "
        "woorden \"dans le mois\" vervangen door de woorden \"dans les deux mois\"."),
])
def test_an_alineas_rank_no_point_explains_is_a_warning(act: api.AmendingAct) -> None:
    """"c) à l'actuel alinéa 3, qui devient l'alinéa 4, …" (2006023386, art. 91): no point of
    the article inserts an alinéa; an alinéa's rank cannot be given, only follow from
    instructions of their own — the change is read on the alinéa named, with P016."""
    (op,) = _ops(act)
    assert isinstance(op, ReplaceWords) and op.target.path[-1].label == "2"
    (warning,) = [p for p in act.problems if p.code == "P016"]
    assert warning.severity == "warning"
    assert ("rank 3" if op.language is None else "rang 3") in warning.message


@pytest.mark.parametrize(("sentence", "language", "words"), [
    # one alinéa inserted before it: the third, not the fourth
    ("Dans l'article 9 de la même loi, les modifications suivantes sont apportées :\n1° entre "
     "les alinéas 1er et 2, un alinéa rédigé comme suit est inséré :\n« Le chef de corps donne "
     "son avis. »;\n2° dans l'alinéa 2, qui devient l'alinéa 4, les mots « dans le mois » sont "
     "remplacés par les mots « dans les deux mois ».", "fr", "make it alinéa 3"),
])
def test_an_alineas_rank_nothing_explains_is_refused(sentence: str, language: str,
                                                     words: str) -> None:
    error = _refused(sentence, language)
    assert error.code == "P001" and words in error.message


def test_a_clause_after_an_earlier_articles_renumbering_is_refused() -> None:
    """Art. 2 renumbered § 2; art. 3 still calls it § 2: the designation names a label the
    unit no longer has when art. 3 applies."""
    act = FR.format(sentence=f"Dans l'article 5 de {LAW_FR}, le § 2 devient le § 3.") + (
        "\n**Art. 3.** Dans l'article 5 de la même loi, le § 2, qui devient le § 3, est "
        "abrogé.\n")
    with pytest.raises(ParseError) as raised:
        api.parse(text=act, language="fr")
    assert raised.value.code == "P001" and "already renumbered" in raised.value.message


def test_a_clause_after_several_units_is_refused() -> None:
    """"In artikel 13 wordt artikel 5, dat artikel 6 wordt, opgeheven": two articles
    designated, one clause — which one becomes article 6 is not said."""
    error = _refused("In artikel 13 van dezelfde wet wordt artikel 5, dat artikel 6 wordt, "
                     "opgeheven.", "nl")
    assert error.code == "P001" and "meer eenheden" in error.message


def test_a_clause_of_the_lead_in_renumbers_once() -> None:
    """"Dans l'article 5, § 2, qui devient le § 3, les modifications suivantes sont
    apportées : 1° …; 2° …": every point carries the clause; one renumbering."""
    act = _fr("Dans l'article 5 de la même loi, § 2, qui devient le § 3, les modifications "
              "suivantes sont apportées :\n1° les mots « Le chef » sont remplacés par les "
              "mots « Le commandant »;\n2° les mots « les modalités » sont remplacés par les "
              "mots « les règles ».")
    assert [op.op for op in _ops(act)] == ["renumber", "replace_words", "replace_words"]
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert "[1 § 3.]1 [1 Le commandant]1 de corps en fixe [1 les règles]1." in text


def test_a_clause_recalling_a_later_articles_renumbering_adds_nothing() -> None:
    act = FR.format(sentence=f"Dans l'article 5 de {LAW_FR}, le § 2, qui devient le § 3, les "
                    "mots « Le chef » sont remplacés par les mots « Le commandant ».") + (
        "\n**Art. 3.** Dans l'article 5 de la même loi, le § 2 devient le § 3.\n")
    parsed = api.parse(text=act, language="fr")
    assert [op.op for op in parsed.articles[1].operations] == ["replace_words"]
    assert [op.op for op in parsed.articles[2].operations] == ["renumber"]


def test_a_clause_after_the_place_of_an_insertion_is_refused() -> None:
    """"entre le § 1er et le § 2, qui devient le § 3, il est inséré un § 2": the clause
    renumbers the place, not a unit the designation names — refused, not guessed."""
    error = _refused("Dans l'article 5 de la même loi, entre le § 1er et le § 2, qui devient le "
                     "§ 3, il est inséré un § 2 rédigé comme suit :\n« § 2. Le commandant donne "
                     "son avis. »", "fr")
    assert error.code == "P001" and "follows the place of an insertion" in error.message


def test_past_tense_stays_history() -> None:
    """", devenu le § 3 par la loi du …," is what an earlier act did: no renumbering."""
    (op,) = _ops(_fr("Dans l'article 5 de la même loi, le § 2, devenu l'article 3, est "
                     "abrogé."))
    assert isinstance(op, RepealUnit) and op.history == ("devenu l'article 3",)


def test_a_paragraph_renumbered_and_replaced() -> None:
    """"le § 2, devenant le § 3, est remplacé par ce qui suit : « § 3. … »" (P007 before:
    "devenant" was no word of the grammar): the renumbering, then the replacement, whose
    quote has the new label."""
    act = _fr("Dans l'article 5 de la même loi, le § 2, devenant le § 3, est remplacé par ce qui "
              "suit :\n« § 3. Le commandant en fixe les modalités. »")
    assert [op.op for op in _ops(act)] == ["renumber", "replace_unit"]
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert "§ 3.]1 Le commandant en fixe les modalités.]1" in text


# --- "sauf à l'alinéa 3", "behalve in het derde lid": a change with an exception of place -------

#: a Justel page of the loi du 10 avril 2016 whose article 12 names the minister in each alinéa
EXCEPT_BASE = """10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense

Art. 12. Le ministre autorise le travail à distance.
Le ministre en fixe les modalités.
Le ministre peut déléguer ce pouvoir.

Art. 13. Les décisions sont prises par :
1° le ministre;
2° le chef de corps;
3° le ministre ou son délégué.
"""

EXCEPT_BASE_NL = """10 APRIL 2016. - Wet betreffende het telewerk bij Defensie

Art. 12. De minister staat het telewerk toe.
De minister bepaalt de nadere regels.
De minister kan die bevoegdheid overdragen.
"""


def _apply_except(act: api.AmendingAct, base: str = EXCEPT_BASE) -> tuple[str, api.Report]:
    (after,), report = api.apply([read_text(base, source="base.txt")], act, keep_going=True)
    return write_justel(after), report


def _only(act: api.AmendingAct) -> ReplaceWords | RepealWords:
    (op,) = _ops(act)
    assert isinstance(op, ReplaceWords | RepealWords)
    return op


@pytest.mark.parametrize(("sentence", "step"), [
    ("Dans l'article 12 de la même loi, les mots « Le ministre » sont chaque fois remplacés par "
     "les mots « Le Roi », sauf à l'alinéa 3.", Step(unit="alinea", label="3")),
    ("Dans l'article 12 de la même loi, les mots « Le ministre » sont remplacés chaque fois par "
     "les mots « Le Roi », excepté dans l'alinéa 3.", Step(unit="alinea", label="3")),
])
def test_words_changed_everywhere_but_in_one_alinea(sentence: str, step: Step) -> None:
    """It was refused by name (P001): now ``except_in``, the alinéa left byte-identical."""
    act = _fr(sentence)
    op = _only(act)
    assert op.except_in == (step,) and op.every
    assert op.model_dump(mode="json")["except_in"] == [step.model_dump(mode="json")]
    text, report = _apply_except(act)
    assert report.counts["failed"] == 0
    assert "Art. 12. [1 Le Roi]1 autorise le travail à distance.\n[1 Le Roi]1 en fixe les " \
        "modalités.\nLe ministre peut déléguer ce pouvoir." in text


def test_an_item_excepted_and_the_one_occurrence_left_outside() -> None:
    """Without "chaque fois": the one occurrence outside the 3° is changed."""
    act = _fr("Dans l'article 13 de la même loi, les mots « le ministre » sont remplacés par les "
              "mots « le Roi », sauf au 3°.")
    op = _only(act)
    assert op.except_in == (Step(unit="point", label="3°"),) and not op.every
    text, report = _apply_except(act)
    assert report.counts["failed"] == 0
    assert "1° [1 le Roi]1;" in text and "3° le ministre ou son délégué." in text


def test_several_occurrences_outside_without_each_time_are_ambiguous() -> None:
    act = _fr("Dans l'article 12 de la même loi, les mots « Le ministre » sont remplacés par les "
              "mots « Le Roi », sauf à l'alinéa 3.")
    text, report = _apply_except(act)
    (outcome,) = report.outcomes
    assert outcome.error_code == "A002"
    assert text == write_justel(read_text(EXCEPT_BASE, source="base.txt"))


def test_an_excepted_alinea_the_article_lacks_is_a003() -> None:
    act = _fr("Dans l'article 12 de la même loi, les mots « Le ministre » sont chaque fois "
              "remplacés par les mots « Le Roi », sauf à l'alinéa 5.")
    _, report = _apply_except(act)
    (outcome,) = report.outcomes
    assert outcome.error_code == "A003" and "excepts" in (outcome.message or "")


def test_a_repeal_of_words_with_an_exception_of_place() -> None:
    act = _fr("Dans l'article 13 de la même loi, les mots « ou son délégué » sont supprimés, "
              "sauf au 1°.")
    assert isinstance(_only(act), RepealWords)
    _, report = _apply_except(act)
    assert report.counts["failed"] == 0


@pytest.mark.parametrize(("sentence", "step"), [
    ("In artikel 12 van dezelfde wet worden de woorden « De minister » telkens vervangen door de "
     "woorden « De Koning », behalve in het derde lid.", Step(unit="alinea", label="3")),
    ("In artikel 12 van dezelfde wet worden de woorden « De minister » telkens vervangen door de "
     "woorden « De Koning », met uitzondering van het derde lid.",
     Step(unit="alinea", label="3")),
    ("In artikel 13 van dezelfde wet worden de woorden « de minister » vervangen door de "
     "woorden « de Koning », uitgezonderd in de bepaling onder 3°.",
     Step(unit="point", label="3°")),
])
def test_the_dutch_exception_of_place(sentence: str, step: Step) -> None:
    act = _nl(sentence)
    assert _only(act).except_in == (step,)
    if step.unit != "alinea":
        return
    text, report = _apply_except(act, EXCEPT_BASE_NL)
    assert report.counts["failed"] == 0, report
    assert "De minister kan die bevoegdheid overdragen." in text
    assert "[1 De Koning]1 bepaalt de nadere regels." in text


@pytest.mark.parametrize("sentence", [
    # an insertion: no exception of place in the model
    "Dans l'article 12 de la même loi, les mots « ou son délégué » sont insérés après les mots "
    "« Le ministre », sauf à l'alinéa 3.",
    # two changes: which one the exception limits is not said
    "Dans l'article 12 de la même loi, les mots « Le ministre » sont remplacés par les mots « Le "
    "Roi » et les mots « travail » par les mots « télétravail », sauf à l'alinéa 3.",
    # a unit repealed "sauf à": no change of words
    "Dans l'article 5 de la même loi, le § 2 est abrogé, sauf à l'alinéa 3.",
])
def test_an_exception_of_place_after_another_change_is_refused(sentence: str) -> None:
    error = _refused(sentence, "fr")
    assert error.code == "P001" and "exception of place" in error.message


# --- "les 1° et 2° sont fusionnés", "worden samengevoegd": refused by name ---------------------

@pytest.mark.parametrize(("sentence", "language", "words"), [
    ("Dans l'article 13 de la même loi, les 1° et 2° sont fusionnés.", "fr", "units merged"),
    ("Dans l'article 12 de la même loi, les alinéas 1er et 2 sont fusionnés en un seul alinéa.",
     "fr", "units merged"),
    ("In artikel 13 van dezelfde wet worden de bepalingen onder 1° en 2° samengevoegd.", "nl",
     "samengevoegde eenheden"),
])
def test_units_merged_are_refused_by_name(sentence: str, language: str, words: str) -> None:
    """What the merged unit reads (whose words, joined how, under which label) is not said:
    kept refused (P001), with that reason rather than "unknown formula"."""
    error = _refused(sentence, language)
    assert error.code == "P001" and words in error.message


# --- "le 2°, alinéa 1er": an alinéa inside an item ------------------------------------------

def test_an_alinea_of_an_item_is_refused_with_its_reason() -> None:
    """The document model's item holds one text or its own list, no alinéas (a Justel page
    shows an item's later alinéas as lines of the article): A003 says so, the text is
    untouched."""
    act = _fr("Dans l'article 13 de la même loi, au 2°, alinéa 1er, les mots « le chef de "
              "corps » sont remplacés par les mots « le commandant ».")
    (op,) = _ops(act)
    assert [step.unit for step in op.target.path] == ["point", "alinea"]
    text, report = _apply_except(act)
    (outcome,) = report.outcomes
    assert outcome.error_code == "A003" and "an item holds no alinéas" in (outcome.message or "")
    assert text == write_justel(read_text(EXCEPT_BASE, source="base.txt"))


@pytest.mark.parametrize("sentence", [
    "Dans l'article 12 de la même loi, les mots « Le ministre » sont chaque fois remplacés par "
    "les mots « Le Roi », sauf à l'alinéa 3.",
    "Dans l'article 13 de la même loi, les mots « ou son délégué » sont supprimés, sauf au 1°.",
    "In artikel 12 van dezelfde wet worden de woorden « De minister » telkens vervangen door de "
    "woorden « De Koning », behalve in het derde lid.",
    "In artikel 13 van dezelfde wet worden de woorden « de minister » vervangen door de "
    "woorden « de Koning », behalve in de bepaling onder 3°.",
])
def test_the_drafter_writes_the_exception_of_place_back(sentence: str) -> None:
    """The drafters (consolidate/drafter.py, drafter_nl.py) write ``except_in`` as the
    grammar reads it: drafted, then parsed again, the operation is the same."""
    from consolidate.drafter import draft_operation
    from consolidate.drafter_nl import draft_operation_nl

    dutch = sentence.startswith("In ")
    op = _only(_nl(sentence) if dutch else _fr(sentence))
    drafted = (draft_operation_nl if dutch else draft_operation)(op)
    again = _only(_nl(drafted) if dutch else _fr(drafted))
    assert again.except_in == op.except_in and again.every == op.every
    assert (again.old, getattr(again, "new", None)) == (op.old, getattr(op, "new", None))
