"""Dutch formulas of real Belgian drafting that shared/ does not hold (the fourth sweep of 3
December 2026): the Dutch side of the third French probe's readings ("et suivants", the
tirets announced, "la définition du « … »", "précité", the text before the 1°), and the
Dutch formulas the third sweep left refused ("vervalt", "vernummerd tot 2° tot 4°", "een komma
ingevoegd", "samengevoegd", a table replaced by an annex). Each sentence in the style of the
Belgisch Staatsblad is read to its operations (applied where the place matters) or refused
with a coded error in Dutch words (docs/dutch.md, "Formulas not in shared/, the fourth
sweep"); with the French mirror where the rule is shared."""

from __future__ import annotations

import pytest
from apply_docs import LOI_2001, alinea, amending, article, document, point

from consolidate.applier import apply
from consolidate.document import Document, render_text
from consolidate.errors import ParseError
from consolidate.lang.nl_messages import dutch
from consolidate.model import (
    AmendingAct,
    InsertUnit,
    InsertWords,
    Operation,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text

_LAW_NL = ("12 JUNI 2025. - Wet houdende diverse bepalingen\n\nArtikel 1. Deze wet regelt een "
           "aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n\nArt. 2. Artikel 4 van "
           "de wet van 16 mei 2001 houdende statuut van de militairen wordt opgeheven.\n\n"
           "Art. 3. {sentence}\n")
_LAW_FR = ("12 JUIN 2025. - Loi portant des dispositions diverses\n\nArticle 1er. La présente "
           "loi règle une matière visée à l'article 74 de la Constitution.\n\nArt. 2. L'article "
           "4 de la loi du 16 mai 2001 portant statut des militaires est abrogé.\n\n"
           "Art. 3. {sentence}\n")
W = "van de wet van 16 mei 2001 houdende statuut van de militairen"
L = "de la loi du 16 mai 2001 portant statut des militaires"


def _act(sentence: str, language: str = "nl") -> AmendingAct:
    template = _LAW_NL if language == "nl" else _LAW_FR
    return parse_text(template.format(sentence=sentence), f"wet.{language}.txt",
                      language=language)


def _ops(sentence: str, language: str = "nl") -> tuple[Operation, ...]:
    return _act(sentence, language).articles[-1].operations


def _refused(sentence: str, language: str = "nl") -> ParseError:
    with pytest.raises(ParseError) as caught:
        _act(sentence, language)
    assert caught.value.article == "3"
    return caught.value


def _read(operations: tuple[Operation, ...]) -> list[tuple[object, ...]]:
    """(kind, article, path) of each operation."""
    return [(type(op).__name__, op.target.article,
             tuple((step.unit, step.label) for step in op.target.path)) for op in operations]


def _applied(operations: tuple[Operation, ...], base: Document) -> str:
    """The base after the operations, moved onto the act of ``apply_docs`` (LOI_2001)."""
    moved = [op.model_copy(update={"target": op.target.model_copy(update={"act": LOI_2001})})
             for op in operations]
    (out,), report = apply([base], amending(("3", moved)))
    assert report.ok, report
    assert [outcome.status for outcome in report.outcomes] == ["applied"] * len(moved)
    return render_text(out)


#: article 9: an alinéa, then a list whose 1° holds tirets
BASE = document(article("9", alinea("De werkloze."), alinea(
    intro="Worden bedoeld:", items=point("1°", "de werknemers:", items=point(
        "-", "voltijds;") + point("-", "deeltijds;")) + point("2°", "de anderen."))),
    language="nl")


# --- 1. "en volgende", "en de volgende leden": refused (P007), never the first alone ---------

@pytest.mark.parametrize("sentence", [
    f"In artikel 5 {W} worden het derde lid en de volgende leden opgeheven.",
    f"In artikel 5 {W} worden het derde lid en volgende opgeheven.",
    f"In artikel 5 {W} worden de leden 3 en volgende opgeheven.",
    f"De artikelen 5 en volgende {W} worden opgeheven.",
    "In de wet van 16 mei 2001 houdende statuut van de militairen worden de artikelen 5 en "
    "volgende opgeheven.",
    f"In artikel 5 {W} worden de bepalingen onder 3° en volgende opgeheven.",
    f"In artikel 5 {W} worden de bepalingen onder 3° en de daaropvolgende bepalingen "
    "vervangen als volgt:\n\"3° de werknemers.\"",
])
def test_the_units_and_the_following_ones_are_refused(sentence: str) -> None:
    # was the third alinéa (article 5, the 3°) alone repealed, silently
    error = _refused(sentence)
    assert error.code == "P007"
    assert "volgende" in error.message
    assert "worden niet een voor een genoemd" in error.message  # the Dutch message


@pytest.mark.parametrize("sentence", [
    # the words "en volgende" quoted are words; a new alinéa after a repeal is no range
    f"In artikel 5 {W} worden de woorden \"en volgende\" opgeheven.",
    f"In artikel 5 {W} wordt het woord \"drie\" vervangen door de woorden \"artikel 3 en "
    "volgende\".",
    f"In artikel 5 {W} wordt het tweede lid opgeheven en worden de volgende leden "
    "toegevoegd:\n\"Een.\nTwee.\"",
])
def test_following_in_other_words_is_not_the_range(sentence: str) -> None:
    assert _ops(sentence)


def test_the_following_articles_after_a_title_are_refused() -> None:
    # "en de volgende artikelen" went into the act's title: article 5 alone repealed, silently
    error = _refused(f"Artikel 5 {W} en de volgende artikelen worden opgeheven.")
    assert error.code == "P007" and "'en de volgende artikelen'" in error.message


def test_a_second_article_of_the_same_act_after_a_title() -> None:
    # "en artikel 7 van dezelfde wet" went into the title (no title cites "dezelfde wet"):
    # article 5 alone repealed, silently; the French mirror was read
    assert _read(_ops(f"Artikel 5 {W} en artikel 7 van dezelfde wet worden opgeheven.")) == [
        ("RepealUnit", "5", ()), ("RepealUnit", "7", ())]
    assert _read(_ops(f"L'article 5 {L} et l'article 7 de la même loi sont abrogés.", "fr")) == [
        ("RepealUnit", "5", ()), ("RepealUnit", "7", ())]
    # an article a title cites stays the title's
    act = parse_text(
        "12 JUNI 2025. - Besluit van de Vlaamse Regering houdende diverse bepalingen\n\n"
        "Artikel 1. Artikel 5 van het besluit van de Vlaamse Regering van 19 juli 2013 tot "
        "uitvoering van artikel 3 en artikel 7 van het decreet van 8 mei 2009 wordt opgeheven.\n",
        "bvr.txt", language="nl")
    (op,) = act.operations()
    assert op.target.article == "5"
    assert op.target.act.title == ("tot uitvoering van artikel 3 en artikel 7 van het decreet "
                                   "van 8 mei 2009")


def test_the_french_and_following_still_refused() -> None:
    assert _refused(f"Dans l'article 5 {L}, les alinéas 3 et suivants sont abrogés.",
                    "fr").code == "P007"


# --- 2. tirets announced: "het volgende streepje", "de volgende streepjes" --------------------

@pytest.mark.parametrize("formula", [
    "wordt het volgende streepje toegevoegd:\n\"- thuis.\"",
    "wordt aangevuld met een streepje, luidende:\n\"- thuis.\"",
    "wordt aangevuld als volgt:\n\"- thuis.\"",
])
def test_a_tiret_added_is_a_tiret(formula: str) -> None:
    sentence = f"In artikel 9, tweede lid, 1°, {W} {formula}" if formula.startswith(
        "wordt het") else f"Artikel 9, tweede lid, 1°, {W} {formula}"
    (op,) = _ops(sentence)
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="point", label="1°"))
    assert [(unit.kind, unit.text) for unit in op.new] == [("tiret", "thuis.")]
    assert "- deeltijds;\n- thuis.\n2° de anderen." in _applied((op,), BASE)


def test_the_following_tirets_are_added_and_inserted() -> None:
    (op,) = _ops(f"In artikel 9, tweede lid, 1°, {W} worden de volgende streepjes toegevoegd:\n"
                 "\"- thuis;\n- op afstand.\"")
    assert [(unit.kind, unit.text) for unit in op.new] == [
        ("tiret", "thuis;"), ("tiret", "op afstand.")]
    (between,) = _ops(f"In artikel 9, tweede lid, 1°, {W} wordt tussen het eerste en het tweede "
                      "streepje het volgende streepje ingevoegd:\n\"- halftijds;\"")
    assert isinstance(between, InsertUnit)
    assert between.anchor == Step(unit="tiret", label="#1") and between.position == "after"
    assert "- voltijds;\n- halftijds;\n- deeltijds;" in _applied((between,), BASE)


def test_dash_lines_after_a_text_ending_with_a_colon_are_tirets() -> None:
    (op,) = _ops(f"Artikel 9, tweede lid, {W} wordt vervangen als volgt:\n\"Worden bedoeld:\n"
                 "- de werknemers;\n- de zelfstandigen.\"")
    assert isinstance(op, ReplaceUnit)
    (new,) = op.new
    assert (new.kind, new.text) == ("alinea", "Worden bedoeld:")
    assert [(child.kind, child.text) for child in new.children] == [
        ("tiret", "de werknemers;"), ("tiret", "de zelfstandigen.")]


@pytest.mark.parametrize(("sentence", "kind"), [
    (f"Artikel 9 {W} wordt vervangen als volgt:\n\"Art. 9. De volgende personen worden "
     "bedoeld:\n- de werknemers;\n- de zelfstandigen.\"", "article"),
    (f"In artikel 9 {W} wordt tussen het eerste en het tweede lid een lid ingevoegd, luidende:\n"
     "\"Worden eveneens bedoeld:\n- de werknemers;\n- de zelfstandigen.\"", "alinea"),
])
def test_dash_lines_of_a_new_unit_are_its_tirets(sentence: str, kind: str) -> None:
    (op,) = _ops(sentence)
    (new,) = op.new  # type: ignore[attr-defined]
    assert new.kind == kind and new.text.endswith("bedoeld:")
    assert [(child.kind, child.text) for child in new.children] == [
        ("tiret", "de werknemers;"), ("tiret", "de zelfstandigen.")]


def test_dash_lines_after_a_text_without_a_colon_stay_alineas() -> None:
    (op,) = _ops(f"In artikel 9 {W} wordt het tweede lid vervangen als volgt:\n\"Worden bedoeld\n"
                 "- de werknemers;\n- de zelfstandigen.\"")
    assert [(unit.kind, unit.text) for unit in op.new] == [  # type: ignore[attr-defined]
        ("alinea", "Worden bedoeld"), ("alinea", "- de werknemers;"),
        ("alinea", "- de zelfstandigen.")]


# --- 3. "de definitie van "minister"", "de omschrijving van" ----------------------------------

@pytest.mark.parametrize("words", [
    "de definitie van \"minister\"", "de omschrijving van \"minister\"",
    "de definitie van het begrip \"minister\"", "de definitie van het woord \"minister\"",
])
def test_the_definition_of_a_term_is_its_item(words: str) -> None:
    (op,) = _ops(f"In artikel 1 {W} wordt {words} opgeheven.")
    assert isinstance(op, RepealUnit)
    assert op.target.path == (Step(unit="headed", label="minister"),)


def test_words_in_a_definition() -> None:
    (op,) = _ops(f"In artikel 1 {W} worden in de definitie van \"minister\" de woorden \"de "
                 "minister\" vervangen door de woorden \"de federale minister\".")
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (Step(unit="headed", label="minister"),)
    assert (op.old, op.new) == ("de minister", "de federale minister")


def test_a_new_definition_is_a_new_item() -> None:
    # "de volgende definitie" was P007 ("geen regel leest 'definitie'"; the French "la
    # définition suivante est insérée" was read)
    (op,) = _ops(f"In artikel 1 {W} wordt na de definitie van \"minister\" de volgende "
                 "definitie ingevoegd:\n\"4° administratie: de FOD Werk;\"")
    assert isinstance(op, InsertUnit)
    assert (op.position, op.anchor) == ("after", Step(unit="headed", label="minister"))
    assert [(unit.kind, unit.label) for unit in op.new] == [("point", "4°")]
    ops = _ops(f"In artikel 1 {W} worden de volgende definities toegevoegd:\n\"7° administratie: "
               "de FOD Werk;\n8° dienst: de dienst.\"")
    assert [(type(op).__name__, [unit.label for unit in op.new])  # type: ignore[attr-defined]
            for op in ops] == [("InsertUnit", ["7°", "8°"])]
    (added,) = _ops(f"Artikel 1 {W} wordt aangevuld met een definitie, luidende:\n\"7° "
                    "administratie: de FOD Werk.\"")
    assert isinstance(added, InsertUnit) and added.announced_count == 1


def test_a_bare_definition_is_no_unit() -> None:
    # glue, it would replace the whole article 1 (as the French glue "définition" does)
    error = _refused(f"In artikel 1 {W} wordt de definitie vervangen als volgt:\n\"3° minister: "
                     "de minister bevoegd voor Werk;\"")
    assert error.code == "P007" and "'definitie'" in error.message


def test_the_definitions_of_several_terms_are_refused() -> None:
    # Dutch: P007 on "definities" before, now in words; French: the terms were read as words
    # repealed ("ministre", "administration"), the definitions left in place, silently
    error = _refused(f"In artikel 1 {W} worden de definities van \"minister\" en "
                     "\"administratie\" opgeheven.")
    assert error.code == "P007" and "meerdere aangehaalde termen" in error.message
    french = _refused(f"Dans l'article 1er {L}, les définitions de « ministre » et "
                      "« administration » sont abrogées.", "fr")
    assert french.code == "P007" and "several quoted terms" in french.message


# --- 4. "van de voormelde wet", "van het voornoemde besluit" ----------------------------------

@pytest.mark.parametrize("act", [
    "van de voormelde wet", "van de voornoemde wet", "van voormelde wet",
    "van de voorvermelde wet", "van de voormelde wet van 16 mei 2001",
    "van de wet van 16 mei 2001, voornoemd,", "van de wet van 16 mei 2001 voormeld",
])
def test_the_act_cited_before(act: str) -> None:
    # a bare "de voormelde wet" was P007 ("geen regel leest 'wet'"), as the French "la loi
    # précitée" before the third French probe; ", voornoemd," was P007 too
    (op,) = _ops(f"In artikel 6 {act} worden de woorden \"drie maanden\" vervangen door de "
                 "woorden \"zes maanden\".")
    assert (op.target.act.describe(), op.target.article) == ("loi du 2001-05-16", "6")


def test_the_act_cited_before_of_another_kind_is_refused() -> None:
    error = _refused("In artikel 6 van het voormelde besluit wordt het woord \"drie\" vervangen "
                     "door het woord \"zes\".")
    assert error.code == "P004"
    assert "voormelde" in error.message and "loi du 2001-05-16" in error.message


def test_a_royal_decree_cited_before() -> None:
    act = parse_text(
        "12 JUNI 2025. - Koninklijk besluit houdende diverse bepalingen\n\nArtikel 1. In "
        "artikel 3 van het koninklijk besluit van 12 maart 2003 tot vaststelling van de wijze "
        "van overdracht wordt het woord \"jaarlijks\" vervangen door het woord \"maandelijks\"."
        "\n\nArt. 2. Artikel 7 van het voormelde koninklijk besluit wordt opgeheven.\n\nArt. 3. "
        "In artikel 8 van het voornoemde besluit wordt het tweede lid opgeheven.\n",
        "kb.txt", language="nl")
    assert [(op.target.act.type, str(op.target.act.date), op.target.article)
            for op in act.operations()] == [("arrêté royal", "2003-03-12", "3"),
                                            ("arrêté royal", "2003-03-12", "7"),
                                            ("arrêté royal", "2003-03-12", "8")]


# --- 5. the inleidende zin: "de tekst die aan de bepaling onder 1° voorafgaat" ---------------

@pytest.mark.parametrize("words", [
    "de inleidende zin",
    "de tekst die aan de bepaling onder 1° voorafgaat,",
    "de zin die de bepaling onder 1° voorafgaat,",
    "de tekst die voorafgaat aan de bepaling onder 1°",
    "de zin vóór de bepaling onder 1°",
    "de tekst vóór de bepaling onder 1°",
    "de zin die aan punt 1° voorafgaat,",
])
def test_the_text_before_the_first_item_is_the_intro(words: str) -> None:
    # "vóór de bepaling onder 1°" replaced the whole article 9, silently; "voorafgaat" was P007
    (op,) = _ops(f"In artikel 9, tweede lid, {W} wordt {words} vervangen als volgt:\n\"Worden "
                 "als rechthebbende beschouwd:\"")
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="intro"))
    assert "De werkloze.\nWorden als rechthebbende beschouwd:\n1° de werknemers:" in _applied(
        (op,), BASE)


def test_words_in_the_text_before_the_first_item() -> None:
    (op,) = _ops(f"In artikel 9, tweede lid, {W} worden in de zin die de bepaling onder 1° "
                 "voorafgaat, de woorden \"Worden bedoeld\" vervangen door de woorden \"Worden "
                 "enkel bedoeld\".")
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="intro"))


@pytest.mark.parametrize(("sentence", "language"), [
    (f"In artikel 9 {W} wordt de tekst vóór de bepaling onder 3° vervangen als volgt:\n\"Worden "
     "ook bedoeld:\"", "nl"),
    (f"In artikel 9 {W} wordt de zin na de bepaling onder 2° opgeheven.", "nl"),
    # the French mirror: "le texte avant le 1°" replaced the whole article too
    (f"Dans l'article 9 {L}, le texte avant le 1° est remplacé par ce qui suit :\n« Sont "
     "visés : »", "fr"),
    (f"Dans l'article 9 {L}, la phrase après le 2° est abrogée.", "fr"),
])
def test_a_unit_replaced_or_repealed_at_a_place_is_refused(sentence: str,
                                                           language: str) -> None:
    # a place before or after a unit says where new text goes; in a replacement or a repeal
    # of a unit it designates nothing: the whole article was replaced (or repealed), silently
    error = _refused(sentence, language)
    assert error.code == "P007"
    assert ("geen eenheid" if language == "nl" else "not a unit") in error.message


def test_words_at_a_place_are_still_read_by_their_count() -> None:
    (op,) = _ops(f"In artikel 9 {W} wordt het woord \"of\" vóór de bepaling onder 3° opgeheven.")
    assert isinstance(op, RepealWords) and op.old == "of"


def test_the_text_before_another_item_is_refused() -> None:
    error = _refused(f"In artikel 9 {W} wordt de tekst die aan de bepaling onder 3° voorafgaat, "
                     "vervangen als volgt:\n\"Worden ook bedoeld:\"")
    assert error.code == "P007" and "voorafgaat" in error.message


def test_a_new_sentence_before_the_first_item_is_an_insertion() -> None:
    (op,) = _ops(f"In artikel 9 {W} wordt de volgende zin vóór de bepaling onder 1° ingevoegd:\n"
                 "\"Worden ook bedoeld:\"")
    assert isinstance(op, InsertUnit) and op.position == "before"
    assert op.anchor == Step(unit="point", label="1°")


# --- 6a. "vervalt", "vervallen": a repeal; "vervalt op <datum>": refused ----------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    (f"Artikel 6 {W} vervalt.", [("RepealUnit", "6", ())]),
    (f"Artikel 6, § 2, {W} vervalt.", [("RepealUnit", "6", (("paragraph", "2"),))]),
    (f"De artikelen 6 en 7 {W} vervallen.",
     [("RepealUnit", "6", ()), ("RepealUnit", "7", ())]),
    (f"In artikel 6 {W} vervalt het tweede lid.", [("RepealUnit", "6", (("alinea", "2"),))]),
    (f"Het tweede lid van artikel 6 {W} vervalt.",
     [("RepealUnit", "6", (("alinea", "2"),))]),
    (f"In artikel 6 {W} vervallen de bepalingen onder 2° en 3°.",
     [("RepealUnit", "6", (("point", "2°"),)), ("RepealUnit", "6", (("point", "3°"),))]),
    (f"In artikel 6 {W} worden de volgende wijzigingen aangebracht:\n1° het tweede lid "
     "vervalt;\n2° in het derde lid wordt het woord \"A\" vervangen door het woord \"B\".",
     [("RepealUnit", "6", (("alinea", "2"),)), ("ReplaceWords", "6", (("alinea", "3"),))]),
])
def test_a_unit_that_vervalt_is_repealed(sentence: str, expected: list[object]) -> None:
    # P001 before ("onbekende formule 'vervalt'"): the older federal drafting's repeal
    assert _read(_ops(sentence)) == expected


def test_vervalt_after_another_clause() -> None:
    # first: read as two clauses; after "en" (the verb first) the clause is not cut: refused
    assert _read(_ops(f"In artikel 6 {W} vervalt het tweede lid en wordt het derde lid vervangen "
                      "als volgt:\n\"Tekst.\"")) == [
        ("RepealUnit", "6", (("alinea", "2"),)), ("ReplaceUnit", "6", (("alinea", "3"),))]
    error = _refused(f"In artikel 6 {W} wordt het woord \"A\" vervangen door het woord \"B\" en "
                     "vervalt het tweede lid.")
    assert error.code == "P001" and "twee predicaten" in error.message


def test_words_that_vervallen_are_repealed() -> None:
    (op,) = _ops(f"In artikel 6 {W} vervallen de woorden \"of zijn gemachtigde\".")
    assert isinstance(op, RepealWords) and op.old == "of zijn gemachtigde"


@pytest.mark.parametrize("sentence", [
    f"Artikel 6 {W} vervalt met ingang van 1 januari 2027.",
    f"Met ingang van 1 januari 2027 vervalt artikel 6 {W}.",
])
def test_a_unit_that_vervalt_from_a_date_is_a_dated_repeal(sentence: str) -> None:
    # "met ingang van" is the date of effect of the instruction, as for "wordt opgeheven"
    # (the verb first was an autonomous rule, silently)
    article_ = _act(sentence).articles[-1]
    assert _read(article_.operations) == [("RepealUnit", "6", ())]
    assert [str(rule.date) for rule in article_.entry_into_force] == ["2027-01-01"]


@pytest.mark.parametrize(("sentence", "words"), [
    (f"Artikel 6 {W} vervalt op 31 december 2026.", "die op een tijdstip vervalt"),
    (f"Artikel 6 {W} vervalt van rechtswege.", "onbekende formule 'vervalt'"),
])
def test_a_lapse_is_refused(sentence: str, words: str) -> None:
    # "vervalt op <datum>" was an autonomous rule of the act (the lapse dropped, silently)
    error = _refused(sentence)
    assert error.code == "P001" and words in error.message


@pytest.mark.parametrize("sentence", [
    f"De vergunning bedoeld in artikel 6 {W} vervalt.",
    f"De vergunning bedoeld in artikel 6 {W} vervalt indien de houder overlijdt.",
    "Het recht op de uitkering vervalt na drie jaar.",
])
def test_a_right_or_a_permit_that_lapses_is_a_rule_of_the_act(sentence: str) -> None:
    # the subject is no unit: a rule of the act itself, not a repeal
    assert _act(sentence).articles[-1].kind == "autonomous"


# --- 6b. "vernummerd tot 2° tot 4°" -------------------------------------------------------------

@pytest.mark.parametrize("new", ["2° tot 4°", "2° tot en met 4°", "de bepalingen onder 2° tot 4°"])
def test_a_range_renumbered_to_a_range(new: str) -> None:
    # "vernummerd tot 2° tot 4°" was P001 ("geen regel leest het als een wijzigingsopdracht")
    ops = _ops(f"In artikel 6 {W} worden de bepalingen onder 3° tot 5° vernummerd tot {new}.")
    assert all(isinstance(op, Renumber) for op in ops)
    assert [(op.target.path[-1].label, op.new_label) for op in ops  # type: ignore[attr-defined]
            ] == [("3°", "2°"), ("4°", "3°"), ("5°", "4°")]


def test_a_range_renumbered_to_a_longer_range_is_refused() -> None:
    error = _refused(f"In artikel 6 {W} worden de bepalingen onder 3° tot 5° vernummerd tot 2° "
                     "tot 5°.")
    assert error.code == "P001" and "vernummering van een reeks" in error.message


def test_a_recital_of_the_new_number_of_a_point_stays_refused() -> None:
    # "die de bepaling onder 2° wordt": the French "qui devient le 2°" is P001 too
    error = _refused(f"In artikel 6 {W} wordt de bepaling onder 3°, die de bepaling onder 2° "
                     "wordt, vervangen als volgt:\n\"2° de werknemers;\"")
    assert error.code == "P001"


# --- 6c. "een komma ingevoegd" ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "after", "before", "language"), [
    (f"In artikel 6 {W} wordt na het woord \"werknemer\" een komma ingevoegd.",
     "werknemer", None, "nl"),
    (f"In artikel 6 {W} wordt tussen het woord \"werknemer\" en het woord \"die\" een komma "
     "ingevoegd.", "werknemer", "die", "nl"),
    (f"Dans l'article 6 {L}, une virgule est insérée après le mot « travailleur ».",
     "travailleur", None, "fr"),
    (f"Dans l'article 6 {L}, après le mot « travailleur », il est inséré une virgule.",
     "travailleur", None, "fr"),
])
def test_a_comma_inserted_at_words(sentence: str, after: str, before: str | None,
                                   language: str) -> None:
    # P007 before ("geen regel leest 'komma'", "no rule reads 'virgule'")
    (op,) = _ops(sentence, language)
    assert isinstance(op, InsertWords)
    assert (op.new, op.after, op.before) == (",", after, before)


def test_a_comma_inserted_is_joined_to_the_word() -> None:
    (op,) = _ops(f"In artikel 9 {W} wordt na het woord \"werkloze\" een komma ingevoegd.")
    base = document(article("9", alinea("De werkloze die werkt.")), language="nl")
    assert "De werkloze, die werkt." in _applied((op,), base)


@pytest.mark.parametrize(("sentence", "words"), [
    (f"In artikel 6 {W} wordt na het woord \"werknemer\" een puntkomma ingevoegd.",
     "alleen een komma"),
    (f"In artikel 6 {W} wordt een komma ingevoegd.", "moet zeggen waar"),
])
def test_a_mark_inserted_otherwise_is_refused(sentence: str, words: str) -> None:
    error = _refused(sentence)
    assert error.code == "P001" and words in error.message


def test_a_comma_removed_after_words_is_refused_in_dutch() -> None:
    error = _refused(f"In artikel 6 {W} wordt na het woord \"werknemer\" de komma geschrapt.")
    assert error.code == "P001" and "die het predicaat 'repeal' niet neemt" in error.message


def test_a_point_inserted_is_still_an_item() -> None:
    # "een punt" / "un point" followed by its label is an item, not a mark
    (op,) = _ops(f"Artikel 6 {W} wordt aangevuld met een punt 4°, luidende:\n\"4° de anderen.\"")
    assert isinstance(op, InsertUnit) and op.new[0].label == "4°"


# --- 6d. "samengevoegd", a table replaced by an annex: refused with their words --------------

@pytest.mark.parametrize("sentence", [
    f"In artikel 6 {W} worden het tweede en het derde lid samengevoegd.",
    f"In artikel 6 {W} worden de paragrafen 2 en 3 samengevoegd.",
    f"In artikel 6 {W} worden de bepalingen onder 3° en 4° samengevoegd tot een bepaling onder "
    "3°, luidende:\n\"3° A en B;\"",
])
def test_units_merged_are_refused(sentence: str) -> None:
    error = _refused(sentence)
    assert error.code == "P001" and "samengevoegde eenheden" in error.message


def test_articles_merged_are_refused_not_a_rule_of_the_act() -> None:
    # was an autonomous article (no operation, no refusal: silent)
    error = _refused(f"De artikelen 6 en 7 {W} worden samengevoegd tot artikel 6.")
    assert error.code == "P001" and "samengevoegde eenheden" in error.message


def test_a_table_replaced_by_an_annex_is_refused_in_dutch() -> None:
    error = _refused(f"In artikel 6 {W} wordt de tabel vervangen door de tabel die als bijlage 2 "
                     "bij dit besluit is gevoegd.")
    assert error.code == "P001" and "bijlage bij deze akte" in error.message


# --- 7. the Dutch message names the division in Dutch ----------------------------------------

@pytest.mark.parametrize(("division", "words"), [
    ("hoofdstuk II", "hoofdstuk II"), ("afdeling 2", "afdeling 2"),
    ("onderafdeling 3", "onderafdeling 3"), ("titel IV", "titel IV"),
])
def test_a_division_inside_an_article_is_named_in_dutch(division: str, words: str) -> None:
    # was "de aanduiding noemt chapitre II in artikel 5"
    error = _refused(f"In artikel 5 {W} wordt {division} opgeheven.")
    assert error.code == "P007"
    assert f"de aanduiding noemt {words} in artikel 5" in error.message


def test_the_french_nouns_are_replaced_at_the_start_only() -> None:
    assert dutch("article 3: the designation names the sous-section 2 inside article 5: a "
                 "division is not inside an article (expected the division)") == (
        "artikel 3: de aanduiding noemt onderafdeling 2 in artikel 5: een indeling staat niet "
        "in een artikel (verwacht: de indeling zelf, of eenheden van het artikel)")
