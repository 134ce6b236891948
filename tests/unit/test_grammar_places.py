"""Sentences that open with a place in a cited act, and the renumberings that follow a place.

The sentences are written in the words of the Conseil d'État's Guide de légistique and the Raad
van State's Handleiding wetgevingstechniek (the usual French and Dutch word order), not taken
from a published act: ../shared/ holds none of these shapes. Before this file:

- the Dutch renumberings in the inverted order after a place ("In artikel 13 … wordt de
  bepaling onder 2° de bepaling onder 3°") were autonomous articles, silently;
- any sentence that opened with a place in a cited act and whose verb no rule reads ("In
  artikel 30 … wordt de bepaling onder 2° geschorst", "Dans l'article 38 …, le 2° se lit
  comme suit : …") was an autonomous article, silently: it is now P001
  (``ArticleReader._place_in_act``);
- "le 2° devient le 3° et le 3° devient le 4°" read the second 3° inside the 2°.
"""

from __future__ import annotations

import pytest
from parser_cases import act_text

from consolidate.errors import ParseError
from consolidate.model import NewUnit, Renumber, ReplaceUnit, Step
from consolidate.parser import parse_text

NL_HEAD = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de "
           "Grondwet.\n\n**Art. 2.** ")
NL_ACT = "van de wet van 8 augustus 1983 tot regeling van een Rijksregister van de natuurlijke " \
    "personen"
FR_ACT = "de la loi du 8 août 1983 organisant un registre national des personnes physiques"


def dutch(article: str) -> list[Renumber | ReplaceUnit]:
    act = parse_text(NL_HEAD + article + "\n", "test.md", language="nl")
    assert act.articles[1].kind == "amending", act.articles[1].kind
    return [op for op in act.operations() if isinstance(op, (Renumber, ReplaceUnit))]


def french(article: str) -> list[Renumber | ReplaceUnit]:
    act = parse_text(act_text(article), "test.md")
    assert act.articles[1].kind == "amending", act.articles[1].kind
    return [op for op in act.operations() if isinstance(op, (Renumber, ReplaceUnit))]


def shown(ops: list[Renumber | ReplaceUnit]) -> list[tuple[str | None, str, str]]:
    """(article, path, new label) of each renumbering, in the order they apply."""
    return [(op.target.article, op.target.describe(), op.new_label)
            for op in ops if isinstance(op, Renumber)]


# --- Dutch: the inverted order after a place --------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    (f"In artikel 13 {NL_ACT} wordt de bepaling onder 2° de bepaling onder 3°.",
     [("13", "article 13, 2°", "3°")]),
    (f"In artikel 14 {NL_ACT} wordt paragraaf 3 paragraaf 4.",
     [("14", "article 14, § 3", "4")]),
    (f"In artikel 14 {NL_ACT} wordt § 3 § 4.", [("14", "article 14, § 3", "4")]),
    # the last first: the 3° is free when the 2° takes its number
    (f"In artikel 15 {NL_ACT} worden de bepalingen onder 2° en 3° respectievelijk de "
     "bepalingen onder 3° en 4°.",
     [("15", "article 15, 3°", "4°"), ("15", "article 15, 2°", "3°")]),
    (f"In artikel 15 {NL_ACT} worden de bepalingen onder 2° en 3° de bepalingen onder 3° en 4°.",
     [("15", "article 15, 3°", "4°"), ("15", "article 15, 2°", "3°")]),
    (f"In artikel 18 {NL_ACT} wordt het tweede lid het derde lid.",
     [("18", "article 18, alinéa 2", "3")]),
    (f"In artikel 19 {NL_ACT} wordt de bepaling onder 2° vernummerd tot de bepaling onder 3°.",
     [("19", "article 19, 2°", "3°")]),
    # "hernummerd": Justel's word
    (f"In artikel 20 {NL_ACT} wordt paragraaf 3 hernummerd tot paragraaf 4.",
     [("20", "article 20, § 3", "4")]),
    (f"Artikel 23 {NL_ACT} wordt hernummerd tot artikel 24.", [("23", "article 23", "24")]),
    (f"In artikel 21 {NL_ACT} worden de paragrafen 3 en 4 respectievelijk vernummerd tot de "
     "paragrafen 4 en 5.", [("21", "article 21, § 4", "5"), ("21", "article 21, § 3", "4")]),
    (f"In artikel 25 {NL_ACT} wordt de huidige paragraaf 2 paragraaf 3.",
     [("25", "article 25, § 2", "3")]),
    (f"In artikel 55, § 2, {NL_ACT} wordt de bepaling onder 2° de bepaling onder 3°.",
     [("55", "article 55, § 2, 2°", "3°")]),
    (f"In {NL_ACT[4:]} wordt artikel 27 artikel 28.", [("27", "article 27", "28")]),
    (f"In de Franse tekst van artikel 40 {NL_ACT} wordt de bepaling onder 2° de bepaling onder "
     "3°.", [("40", "article 40, 2°", "3°")]),
    (f"In artikel 29 {NL_ACT} wordt de bepaling onder 2° voortaan de bepaling onder 3°.",
     [("29", "article 29, 2°", "3°")]),
    (f"In artikel 29 {NL_ACT} vormt de bepaling onder 2° voortaan de bepaling onder 3°.",
     [("29", "article 29, 2°", "3°")]),
    # two clauses, the auxiliary repeated: the second 3° is the article's, not the 2°'s
    (f"In artikel 50 {NL_ACT} wordt de bepaling onder 2° de bepaling onder 3° en wordt de "
     "bepaling onder 3° de bepaling onder 4°.",
     [("50", "article 50, 3°", "4°"), ("50", "article 50, 2°", "3°")]),
    # three, the first two cut by a comma (the first was lost, its units read into the
    # designation of the second: [2°, 3°, 3°] → 4°)
    (f"In artikel 21 {NL_ACT} wordt de bepaling onder 2° de bepaling onder 3°, wordt de "
     "bepaling onder 3° de bepaling onder 4° en wordt de bepaling onder 4° de bepaling onder 5°.",
     [("21", "article 21, 4°", "5°"), ("21", "article 21, 3°", "4°"),
      ("21", "article 21, 2°", "3°")]),
])
def test_a_dutch_renumbering_after_a_place(sentence: str, expected: list[tuple[str, str, str]]
                                           ) -> None:
    assert shown(dutch(sentence)) == expected


def test_a_division_renumbered_in_the_inverted_order_and_vormt_voortaan() -> None:
    (op,) = dutch(f"In hoofdstuk II {NL_ACT} wordt afdeling 2 afdeling 3.")
    assert isinstance(op, Renumber) and op.new_label == "3"
    assert [(step.unit, step.label) for step in op.target.divisions] == [
        ("chapter", "II"), ("section", "2")]
    (op,) = dutch(f"Hoofdstuk 2 {NL_ACT} vormt voortaan hoofdstuk 3.")
    assert isinstance(op, Renumber) and op.new_label == "3"
    assert [(step.unit, step.label) for step in op.target.divisions] == [("chapter", "2")]


def test_het_enige_lid_is_the_first() -> None:
    (op,) = dutch(f"In artikel 33 {NL_ACT} wordt het enige lid vervangen als volgt:\n\n"
                  "\"Het register wordt bijgehouden.\".")
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="alinea", label="1er"),)


# --- French: coordinated renumberings -------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    (f"Dans l'article 13 {FR_ACT}, le 2° devient le 3° et le 3° devient le 4°.",
     [("13", "article 13, 3°", "4°"), ("13", "article 13, 2°", "3°")]),
    (f"Dans l'article 13 {FR_ACT}, le 2° est renuméroté 3° et le 3° est renuméroté 4°.",
     [("13", "article 13, 3°", "4°"), ("13", "article 13, 2°", "3°")]),
    (f"Dans l'article 14 {FR_ACT}, les 2° et 3° deviennent les 3° et 4°.",
     [("14", "article 14, 3°", "4°"), ("14", "article 14, 2°", "3°")]),
    (f"Dans l'article 14 {FR_ACT}, les 2° et 3° sont renumérotés respectivement en 3° et 4°.",
     [("14", "article 14, 3°", "4°"), ("14", "article 14, 2°", "3°")]),
    (f"Dans l'article 15 {FR_ACT}, le § 2 actuel devient le § 3 et le § 3 actuel devient le § 4.",
     [("15", "article 15, § 3", "4"), ("15", "article 15, § 2", "3")]),
    # the numbers go down: the text's order already frees each one
    (f"Dans l'article 16 {FR_ACT}, le 3° devient le 2° et le 4° devient le 3°.",
     [("16", "article 16, 3°", "2°"), ("16", "article 16, 4°", "3°")]),
    (f"Dans l'article 30 {FR_ACT}, les 2° et 3° forment désormais les 3° et 4°.",
     [("30", "article 30, 3°", "4°"), ("30", "article 30, 2°", "3°")]),
    (f"Le 2° de l'article 9 {FR_ACT} est désormais le 3°.", [("9", "article 9, 2°", "3°")]),
])
def test_a_french_coordinated_renumbering(sentence: str, expected: list[tuple[str, str, str]]
                                          ) -> None:
    assert shown(french(sentence)) == expected


def test_a_swap_keeps_the_text_order() -> None:
    # a cycle has no order that frees a number first: the applier refuses it (A004)
    ops = french(f"Dans l'article 51 {FR_ACT}, le 2° devient le 3° et le 3° devient le 2°.")
    assert shown(ops) == [("51", "article 51, 2°", "3°"), ("51", "article 51, 3°", "2°")]


# --- a sentence replaced by a block ---------------------------------------------------------

def test_a_sentence_replaced_by_a_block_is_a_sentence() -> None:
    (op,) = french(f"Dans l'article 32 {FR_ACT}, la première phrase est remplacée par ce qui "
                   "suit :\n\n\"Le ministre décide.\".")
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="sentence", label="#1"),)
    assert op.new == (NewUnit(kind="sentence", text="Le ministre décide."),)
    (op,) = dutch(f"In artikel 59 {NL_ACT} wordt de eerste zin vervangen als volgt:\n\n"
                  "\"De minister beslist.\".")
    assert isinstance(op, ReplaceUnit)
    assert op.new == (NewUnit(kind="sentence", text="De minister beslist."),)
    # the same as 'la phrase "…" est remplacée par la phrase "…"'
    (words,) = french(f"Dans l'article 32 {FR_ACT}, la première phrase est remplacée par la "
                      "phrase \"Le ministre décide.\".")
    assert isinstance(words, ReplaceUnit)
    assert words.new == (NewUnit(kind="sentence", text="Le ministre décide."),)


def test_a_sentence_replaced_by_an_enumeration_stays_as_read() -> None:
    # the items are kept (the applier refuses to put them in the sentence's place: A005)
    (op,) = french(f"Dans l'article 32 {FR_ACT}, la première phrase est remplacée par ce qui "
                   "suit :\n\n\"Le ministre décide :\n\n1° des demandes;\n\n2° des recours.\".")
    assert isinstance(op, ReplaceUnit)
    assert op.new[0].kind == "alinea" and [unit.label for unit in op.new[0].children] == [
        "1°", "2°"]


# --- a place in a cited act that no rule reads ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    f"In artikel 30 {NL_ACT} wordt de bepaling onder 2° geschorst.",
    # ("In artikel 31 … vervalt de bepaling onder 2°." and "Artikel 6 … vervalt." are read as
    # repeals since the fourth Dutch probe: tests/unit/test_nl_unseen_formulas4.py)
    f"In artikel 45 {NL_ACT} wordt paragraaf 2 de nieuwe paragraaf 3.",
    f"In artikel 46 {NL_ACT} luidt de bepaling onder 2° als volgt:\n\n\"2° het register;\".",
    f"In artikel 53 {NL_ACT} worden paragraaf 2 en paragraaf 3 respectievelijk paragraaf 3 en "
    "paragraaf 4.",
    f"In artikel 54 {NL_ACT} wordt in paragraaf 2 de bepaling onder 2° de bepaling onder 3°.",
    f"In artikel 56 {NL_ACT} wordt de bepaling onder 2° ingetrokken.",
    f"In artikel 61 {NL_ACT} gaat de bepaling onder 2° vooraf aan de bepaling onder 1°.",
    f"In de Franse tekst van artikel 62 {NL_ACT} wordt de bepaling onder 2° geschorst.",
    # a unit of a cited act as the subject: new text, or a verb that no rule reads
    f"Artikel 7 {NL_ACT} luidt als volgt:\n\n\"Art. 7. Het register wordt bijgehouden.\".",
    f"Artikel 8 {NL_ACT} wordt als volgt gelezen:\n\n\"Art. 8. Het register wordt "
    "bijgehouden.\".",
    f"Artikel 5 {NL_ACT} wordt ingetrokken.",
    # a unit that lapses at a time, or on a condition
    f"Artikel 6 {NL_ACT} vervalt van rechtswege.",
])
def test_a_dutch_place_that_no_rule_reads_is_refused(sentence: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(NL_HEAD + sentence + "\n", "test.md", language="nl")
    assert caught.value.code == "P001"
    assert caught.value.article == "2"
    assert "onbekende formule" in caught.value.message, caught.value.message


@pytest.mark.parametrize("sentence", [
    f"Dans l'article 29 {FR_ACT}, le 2° cesse de produire ses effets.",
    f"Dans l'article 38 {FR_ACT}, le 2° se lit comme suit :\n\n\"2° le registre;\".",
    f"Dans l'article 48 {FR_ACT}, le 2° prend le numéro 3°.",
    f"À l'article 49 {FR_ACT}, le 2° porte désormais le numéro 3°.",
    f"Dans la version néerlandaise de l'article 50 {FR_ACT}, le 2° se lit comme suit :\n\n"
    "\"2° het register;\".",
    # a unit of a cited act as the subject: new text, or a verb that no rule reads
    f"L'article 6 {FR_ACT} est lu comme suit :\n\n\"Art. 6. Le registre est tenu.\".",
    f"L'article 5 {FR_ACT} cesse de produire ses effets.",
])
def test_a_french_place_that_no_rule_reads_is_refused(sentence: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_text(act_text(sentence), "test.md")
    assert caught.value.code == "P001"
    assert caught.value.message.startswith("article 2: unknown formula"), caught.value.message


@pytest.mark.parametrize("rule", [
    # rules of the act itself that cite an article: no place opens them
    f"Pour l'application de l'article 5 {FR_ACT}, on entend par registre le registre visé.",
    f"Les personnes visées à l'article 5 {FR_ACT} sont informées.",
    f"Dans les cas visés à l'article 5 {FR_ACT}, le ministre décide.",
    f"L'article 5 {FR_ACT} est désormais applicable aux militaires.",
])
def test_a_rule_that_cites_an_article_stays_a_rule(rule: str) -> None:
    act = parse_text(act_text(rule), "test.md")
    assert act.articles[1].kind == "autonomous"


def test_the_unknown_verb_of_a_dutch_point_is_its_participle() -> None:
    # the word after "wordt" is "de" (the subject comes first): the message named "'de'", and
    # its Dutch words read it as the language code ("Duitse is geen wijzigend predicaat")
    with pytest.raises(ParseError) as caught:
        parse_text(NL_HEAD + f"In artikel 5 {NL_ACT} worden de volgende wijzigingen "
                   "aangebracht:\n\n1° paragraaf 4 wordt paragraaf 5;\n\n2° in paragraaf 3 "
                   "wordt de bepaling onder 1° geschorst.\n", "test.md", language="nl")
    assert caught.value.code == "P001"
    assert caught.value.message.startswith(
        "artikel 2, punt 2°: geen wijzigend predicaat in deze opdracht ('geschorst' is geen "
        "wijzigend predicaat)"), caught.value.message


def test_a_renumbering_that_no_rule_reads_is_not_taken_into_the_next() -> None:
    # the inverted order, then the subject first: the first clause is not a predicate, its
    # auxiliary is left in the designation of the second
    with pytest.raises(ParseError) as caught:
        parse_text(NL_HEAD + f"In artikel 21 {NL_ACT} wordt de bepaling onder 2° de bepaling "
                   "onder 3° en de bepaling onder 3° wordt de bepaling onder 4°.\n", "test.md",
                   language="nl")
    assert caught.value.code == "P001"
    assert "een hulpwerkwoord 'wordt' in de aanduiding van een vernummering" in \
        caught.value.message, caught.value.message


def test_an_item_after_an_item_of_the_same_shape_is_its_sibling() -> None:
    act = parse_text(act_text(f"Dans l'article 13 {FR_ACT}, le 2° est complété par les mots "
                              "\"et le prénom\" et le 3° est abrogé."), "test.md")
    # the 3° was read inside the 2° ("article 13, 2°, 3°")
    assert [op.target.describe() for op in act.operations()] == ["article 13, 2°",
                                                                 "article 13, 3°"]
    act = parse_text(act_text(f"Dans l'article 16 {FR_ACT}, le a) est complété par les mots "
                              "\"et le prénom\" et le b) est abrogé."), "test.md")
    assert [op.target.describe() for op in act.operations()] == ["article 16, a)",
                                                                 "article 16, b)"]
    # an item of another shape nests: the a) of the 2°
    act = parse_text(act_text(f"Dans l'article 14 {FR_ACT}, le 2° est complété par les mots "
                              "\"et le prénom\" et, dans le a), les mots \"X\" sont abrogés."),
                     "test.md")
    assert [op.target.describe() for op in act.operations()] == ["article 14, 2°",
                                                                 "article 14, 2°, a)"]


def test_the_real_item_of_a_lead_in_is_not_nested_in_itself() -> None:
    # corpus/be/2009009046.md, art. 3, a) (its block shortened; the Code cited in art. 2):
    # the 9° of the lead-in and the 9° of the point are one item (it was [9°, 9°])
    act = parse_text(act_text(
        "Dans l'article 207bis, § 1er, du Code judiciaire inséré par la loi du 9 juillet 1997, "
        "les mots \", au moment de la nomination \" sont supprimés.",
        "Dans l'article 578, 9°, du même Code les modifications suivantes sont apportées :\n\n"
        "a) au 9°, inséré par la loi du 17 juillet 1997, les mots \" visées au chapitre IV du "
        "titre III de la loi relative au concordat judiciaire \" sont remplacés par les mots \" "
        "visées aux articles 59 à 70 de la loi du 31 janvier 2009 relative à la continuité des "
        "entreprises \";\n\nb) l'article est complété par les 18° et 19° rédigés comme suit :\n\n"
        "\" 18° les actions en dommages et intérêts;\n\n19° les demandes d'homologation. \""),
        "test.md")
    replace = act.articles[2].operations[0]
    assert replace.target.article == "578"
    assert replace.target.path == (Step(unit="point", label="9°"),)
