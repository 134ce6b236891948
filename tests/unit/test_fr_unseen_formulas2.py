"""French formulas of real Belgian drafting that the shared data does not hold (second probe
of 3 December 2026): arrêtés royaux and ministériels, acts of the Regions and Communities,
lois-programmes, older acts. Each test names the sentence "in the style of" an act kind and
the operations expected; the main ones are applied to a small base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import alinea, article, document, point, text

from consolidate.applier import apply
from consolidate.document import Document
from consolidate.errors import LabelConflict, ParseError
from consolidate.model import (
    AmendingAct,
    InsertUnit,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    Step,
    WrapUnit,
)
from consolidate.parser import parse_text

HEAD = ("15 MAI 2025. - Arrêté royal portant des dispositions diverses\n\n"
        "PHILIPPE, Roi des Belges,\n\nNous avons arrêté et arrêtons :\n\n")
LOI = "de la loi du 16 mai 2001 portant statut"
AR = "de l'arrêté royal du 25 novembre 1991 portant réglementation du chômage"


def read(*articles: str, head: str = HEAD) -> AmendingAct:
    body = "\n\n".join(("Article 1er. " if i == 0 else f"Art. {i + 1}. ") + text
                       for i, text in enumerate(articles))
    return parse_text(head + body + "\n", "ar.txt")


def applied(act: AmendingAct, base: Document) -> Document:
    out, report = apply([base], act)
    assert report.ok, report
    return out[0]


# --- roman sub-items "i)", "ii)", "iii)" after a lettered item --------------------------------

def test_a_roman_sub_item_is_a_step_of_the_path() -> None:
    # in the style of the arrêtés royaux on unemployment ("l'article 9, § 1er, alinéa 2, 3°,
    # b), ii)"): was P007 "no rule reads 'ii'"
    act = read(f"Dans l'article 9, alinéa 2, 3°, b), ii), {LOI}, les mots « trois mois » sont "
               "remplacés par les mots « six mois ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="point", label="3°"),
                              Step(unit="point", label="b)"), Step(unit="point", label="ii)"))
    base = document(article("9", alinea("Le chômeur."), alinea(
        intro="Sont visés :", items=point("3°", "les travailleurs :", items=point(
            "b)", "à temps partiel :", items=point("i)", "depuis trois mois;")
            + point("ii)", "depuis trois mois au moins;")
            + point("iii)", "depuis un an."))))))
    out = applied(act, base)
    assert text(out, "article 9, alinéa 2, 3°, b), ii)") == "depuis six mois au moins;"
    assert text(out, "article 9, alinéa 2, 3°, b), i)") == "depuis trois mois;"


def test_a_roman_sub_item_repealed() -> None:
    act = read(f"L'article 9, alinéa 2, 3°, b), iii), {LOI} est abrogé.")
    (op,) = act.operations()
    assert isinstance(op, RepealUnit)
    assert op.target.path[-1] == Step(unit="point", label="iii)")


def test_roman_sub_items_listed() -> None:
    act = read(f"Dans l'article 9, alinéa 2, 3°, b), {LOI}, les ii) et iii) sont abrogés.")
    assert [op.target.path[-1].label for op in act.operations()] == ["ii)", "iii)"]


# --- "sous-titre" (the Code civil's "livre 3, titre 4, sous-titre 2") ------------------------

def test_a_sous_titre_is_a_division() -> None:
    # in the style of the lois of the new Code civil: was P007 "no rule reads 'sous-titre 2'"
    act = read("Le sous-titre 2 du livre 3, titre 4, du Code civil est abrogé.")
    (op,) = act.operations()
    assert isinstance(op, RepealUnit)
    assert op.target.divisions == (Step(unit="book", label="3"), Step(unit="title", label="4"),
                                   Step(unit="subtitle", label="2"))


def test_a_sous_titre_inserted_and_applied() -> None:
    act = read(f"Dans le titre 4 {LOI}, il est inséré un sous-titre 2bis, rédigé comme suit : "
               "« Sous-titre 2bis. - Des servitudes. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert [(unit.kind, unit.label, unit.text) for unit in op.new] == [
        ("subtitle", "2bis", "Des servitudes")]
    base = document("<title><num>TITRE 4.</num><heading>Des biens</heading>"
                    "<subtitle><num>SOUS-TITRE 2.</num><heading>De la propriété</heading>"
                    + article("3", alinea("Le propriétaire.")) + "</subtitle></title>")
    out = applied(act, base)
    subtitles = [(s.findtext("{*}num"), s.findtext("{*}heading"))
                 for s in out.body.iter("{*}subtitle")]
    assert subtitles == [("SOUS-TITRE 2.", "De la propriété"),
                         ("SOUS-TITRE 2bis.", "Des servitudes")]


def test_a_heading_of_a_sous_titre_replaced() -> None:
    act = read("Dans le livre 3, titre 4, du Code civil, l'intitulé du sous-titre 2 est "
               "remplacé par ce qui suit : « Des droits réels. »")
    (op,) = act.operations()
    assert isinstance(op, ReplaceUnit)
    assert op.target.divisions[-1] == Step(unit="subtitle", label="2")
    assert op.target.path == (Step(unit="heading"),)


# --- "L'annexe jointe au présent arrêté est insérée / ajoutée comme annexe 4 à …" -----------

@pytest.mark.parametrize(("verb", "position"), [("insérée", "label"), ("ajoutée", "end")])
def test_the_annex_of_this_act_joined_as_annex_4(verb: str, position: str) -> None:
    # in the style of the arrêtés ministériels: "insérée" was P001 ("an inserted annex must
    # carry its label"), "ajoutée" read the new annex as added at the end of an annex 4 of the
    # target act (silently wrong: that annex is the new one)
    act = read(f"L'annexe jointe au présent arrêté est {verb} comme annexe 4 à l'arrêté royal "
               "du 25 novembre 1991 portant réglementation du chômage.")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert op.target.annex is None
    assert op.position == position
    assert [(unit.kind, unit.label, unit.joined) for unit in op.new] == [("annex", "4", "")]
    assert op.target.act is not None and op.target.act.date == dt.date(1991, 11, 25)


def test_an_annex_of_the_target_act_completed_is_still_its_own() -> None:
    # "comme" names the new annex only: "L'annexe 4 … est complétée par l'annexe jointe …"
    act = read(f"L'annexe 4 {AR} est remplacée par l'annexe jointe au présent arrêté.")
    (op,) = act.operations()
    assert isinstance(op, ReplaceUnit)
    assert op.target.annex == "4"


# --- "le 2°, dont le texte actuel formera le a), est complété par un b)" ----------------------

def test_an_item_text_wrapped_into_its_first_sub_item() -> None:
    # in the style of the arrêtés royaux: was P007 ("expected one § or one division")
    act = read(f"Dans l'article 9 {LOI}, le 2°, dont le texte actuel formera le a), est complété "
               "par un b) rédigé comme suit : « b) les travailleurs à temps partiel. »")
    wrap, insert = act.operations()
    assert isinstance(wrap, WrapUnit)
    assert (wrap.unit, wrap.label) == ("point", "a)")
    assert isinstance(insert, InsertUnit)
    assert [(unit.kind, unit.label) for unit in insert.new] == [("point", "b)")]
    base = document(article("9", alinea(intro="Sont visés :", items=point(
        "1°", "les chômeurs;") + point("2°", "les travailleurs à temps plein;"))))
    out = applied(act, base)
    assert text(out, "article 9, 2°, a)") == "les travailleurs à temps plein;"
    assert text(out, "article 9, 2°, b)") == "les travailleurs à temps partiel."
    assert text(out, "article 9, 1°") == "les chômeurs;"


def test_an_item_with_sub_items_is_not_wrapped() -> None:
    act = read(f"Dans l'article 9 {LOI}, le 2°, dont le texte actuel formera le a), est complété "
               "par un b) rédigé comme suit : « b) les autres. »")
    base = document(article("9", alinea(intro="Sont visés :", items=point(
        "2°", "les travailleurs :", items=point("a)", "à temps plein;")))))
    with pytest.raises(LabelConflict, match="holds sub-items already"):
        apply([base], act)


def test_an_item_wrapped_into_a_second_sub_item_is_refused() -> None:
    act = read(f"Dans l'article 9 {LOI}, le 2°, dont le texte actuel formera le b), est complété "
               "par un c) rédigé comme suit : « c) les autres. »")
    base = document(article("9", alinea(intro="Sont visés :", items=point("2°", "les uns;"))))
    with pytest.raises(LabelConflict, match="its first item"):
        apply([base], act)


# --- "Dans les articles 9, alinéa 2, et 10, § 1er, du même arrêté" ----------------------------

def test_a_list_of_articles_each_with_its_place() -> None:
    # in the style of the arrêtés royaux: was P007 "no rule reads '10'"
    act = read(f"Dans l'article 2 {AR}, les mots « A » sont supprimés.",
               "Dans les articles 9, alinéa 2, et 10, § 1er, du même arrêté, les mots « le "
               "directeur » sont remplacés par les mots « le fonctionnaire dirigeant ».")
    _, first, second = act.operations()
    assert isinstance(first, ReplaceWords) and isinstance(second, ReplaceWords)
    assert (first.target.article, first.target.path) == ("9", (Step(unit="alinea",
                                                                      label="2"),))
    assert (second.target.article, second.target.path) == ("10", (Step(unit="paragraph",
                                                                        label="1er"),))
    assert second.target.act == first.target.act


def test_a_list_of_articles_each_with_its_place_applied() -> None:
    act = read(f"Dans les articles 9, alinéa 2, et 10, § 1er, {LOI}, les mots « le directeur » "
               "sont remplacés par les mots « le fonctionnaire dirigeant ».")
    base = document(article("9", alinea("Il informe le directeur."),
                            alinea("Elle consulte le directeur.")),
                    article("10", "<paragraph><num>§ 1er.</num>"
                            + alinea("Il avertit le directeur.") + "</paragraph>"))
    out = applied(act, base)
    assert text(out, "article 9, alinéa 1er") == "Il informe le directeur."
    assert text(out, "article 9, alinéa 2") == "Elle consulte le fonctionnaire dirigeant."
    assert text(out, "article 10, § 1er") == "Il avertit le fonctionnaire dirigeant."


def test_an_item_in_a_list_of_articles_is_kept() -> None:
    # "Dans les articles 9, 3°, et 10, § 1er": the 3° was dropped (read as a label of the
    # list of articles that is no article label): article 9 was amended as a whole, with
    # the § 1er of article 10 — silently wrong
    act = read(f"Dans les articles 9, 3°, et 10, § 1er, {AR}, les mots « A » sont remplacés "
               "par les mots « B ».")
    first, second = act.operations()
    assert (first.target.article, first.target.path) == ("9", (Step(unit="point",
                                                                      label="3°"),))
    assert (second.target.article, second.target.path) == ("10", (Step(unit="paragraph",
                                                                        label="1er"),))


def test_a_list_of_alineas_before_a_paragraph_is_no_list_of_articles() -> None:
    # "alinéas 2 et 3, § 2": the 3 goes on the list of alinéas (unchanged)
    act = read(f"Dans les articles 9, alinéas 2 et 3, § 2, {AR}, les mots « A » sont "
               "remplacés par les mots « B ».")
    assert {op.target.article for op in act.operations()} == {"9"}


# --- "entre en vigueur le jour de sa signature" / "de son adoption" ---------------------------

@pytest.mark.parametrize("when", ["le jour de sa signature", "le jour de son adoption"])
def test_in_force_on_the_day_of_its_signature(when: str) -> None:
    # in the style of the arrêtés ministériels: was P001; the date is the act's own
    act = read(f"L'article 2 {AR} est abrogé.", f"Le présent arrêté entre en vigueur {when}.")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    assert [(rule.mode, rule.date) for rule in last.entry_into_force] == [
        ("date", dt.date(2025, 5, 15))]


def test_effects_on_the_day_of_its_signature() -> None:
    act = read(f"L'article 2 {AR} est abrogé.",
               "Le présent arrêté produit ses effets le jour de sa signature.")
    assert [(rule.mode, rule.date) for rule in act.articles[-1].entry_into_force] == [
        ("retroactive", dt.date(2025, 5, 15))]


# --- "la phrase « … » est ajoutée à l'alinéa 2" ------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"Dans l'article 13 {LOI}, la phrase « Il peut être prolongé. » est ajoutée à l'alinéa 2.",
    f"La phrase « Il peut être prolongé. » est ajoutée à l'article 13, alinéa 2, {LOI}.",
    f"Dans l'article 13 {LOI}, à l'alinéa 2, la phrase « Il peut être prolongé. » est ajoutée.",
])
def test_a_sentence_added_to_the_alinea_after_the_verb(instruction: str) -> None:
    # the place after the verb was P009 ("expected the new text as a quoted block")
    act = read(instruction)
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert op.target.path == (Step(unit="alinea", label="2"),)
    assert [(unit.kind, unit.text) for unit in op.new] == [("sentence", "Il peut être prolongé.")]
    base = document(article("13", alinea("Le bureau statue."),
                            alinea("Le délai est de trente jours.")))
    out = applied(act, base)
    assert text(out, "article 13, alinéa 2") == ("Le délai est de trente jours. Il peut être "
                                                 "prolongé.")


# --- refusals that stay refusals ---------------------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"L'article 12 {AR} est abrogé, en ce qu'il concerne les travailleurs frontaliers.",
    f"L'article 12 {AR} est abrogé en ce qui concerne les travailleurs frontaliers.",
])
def test_a_partial_repeal_by_its_subject_is_refused(instruction: str) -> None:
    # older acts: which provisions "concern" the frontier workers the text does not say
    with pytest.raises(ParseError) as error:
        read(instruction)
    assert error.value.code == "P001"


@pytest.mark.parametrize("when", [
    "Le présent arrêté entre en vigueur à la date de sa signature.",
    "Le présent arrêté entre en vigueur le jour de la signature.",
    "Le présent arrêté entre en vigueur le jour où il est signé.",
    "L'article 1er entre en vigueur le jour de la signature du présent arrêté.",
    "Le présent arrêté entre en vigueur le jour de son adoption par le Gouvernement.",
    "Le présent décret entre en vigueur le jour de sa sanction.",
])
def test_in_force_on_the_acts_own_date(when: str) -> None:
    # "le jour de la signature" was read as a condition (pending: never in force)
    act = read(f"L'article 2 {AR} est abrogé.", when)
    assert [(rule.mode, rule.date) for rule in act.articles[-1].entry_into_force] == [
        ("date", dt.date(2025, 5, 15))]


# --- history recitals ---------------------------------------------------------------------------

def test_a_recital_with_du_repeated_before_each_date() -> None:
    # "modifié par les arrêtés royaux du 3 mai 2000 et du 10 juin 2001": the recital stopped
    # after the first date ("et du 10 juin 2001" read by no rule, silently)
    act = read("Dans l'article 4 de l'arrêté royal du 8 mars 1999 portant des dispositions "
               "diverses, modifié par les arrêtés royaux du 3 mai 2000, du 4 juin 2000 et du 10 "
               "juin 2001, les mots « A » sont remplacés par les mots « B ».")
    (op,) = act.operations()
    assert op.history == ("modifié par les arrêtés royaux du 3 mai 2000, du 4 juin 2000 et du "
                          "10 juin 2001",)
    assert op.target.act is not None and op.target.act.date == dt.date(1999, 3, 8)


def test_a_code_codified_by_an_arrete_royal() -> None:
    # "la nouvelle loi communale, codifiée par l'arrêté royal du 24 juin 1988": was P007
    act = read("Dans l'article 4 de la nouvelle loi communale, codifiée par l'arrêté royal du 24 "
               "juin 1988, les mots « A » sont remplacés par les mots « B ».")
    (op,) = act.operations()
    assert op.history == ("codifiée par l'arrêté royal du 24 juin 1988",)
    assert op.target.act is not None and op.target.act.code == "Nouvelle loi communale"


# --- "Les articles 4 de la loi du … et 5 de l'arrêté royal du …" ------------------------------

@pytest.mark.parametrize("instruction", [
    "Les articles 4 de l'arrêté royal du 8 mars 1999 portant des dispositions diverses et 5 de "
    "l'arrêté royal du 3 mai 2000 portant exécution sont abrogés.",
    "Les articles 4 de la loi du 8 mars 1999 et 5 de l'arrêté royal du 3 mai 2000 sont abrogés.",
    "Dans les articles 4 de la loi du 8 mars 1999 portant des dispositions diverses et 5 de "
    "l'arrêté royal du 3 mai 2000 portant exécution, les mots « A » sont remplacés par les mots "
    "« B ».",
])
def test_articles_each_before_its_act_are_refused(instruction: str) -> None:
    # the second article and its act were in the first act's title: one repeal of article 4,
    # article 5 never read — silently
    with pytest.raises(ParseError, match="articles of several acts") as error:
        read(instruction)
    assert error.value.code == "P001"


def test_a_title_citing_articles_of_another_act_is_kept() -> None:
    act = read("L'article 4 de l'arrêté royal du 8 mars 1999 portant exécution des articles 3 et "
               "5 de la loi du 10 avril 1971 sur les accidents du travail est abrogé.")
    (op,) = act.operations()
    assert op.target.act is not None
    assert op.target.act.title == ("portant exécution des articles 3 et 5 de la loi du 10 avril "
                                   "1971 sur les accidents du travail")


# --- a date after a repeal -----------------------------------------------------------------------

LOI78 = "de la loi du 3 juillet 1978 relative aux contrats de travail"


@pytest.mark.parametrize("when", ["au 1er janvier 2026", "à la date du 1er janvier 2026"])
def test_a_repeal_at_a_date(when: str) -> None:
    # older acts: "est abrogé au 1er janvier 2026" — the date was dropped in silence (the
    # repeal applied at the act's entry into force)
    act = read(f"L'article 5 {LOI78} est abrogé {when}.")
    (article_read,) = act.articles
    assert [(rule.mode, rule.date, rule.provisions)
            for rule in article_read.entry_into_force] == [("date", dt.date(2026, 1, 1),
                                                            ("1er",))]


def test_a_date_no_rule_reads_after_the_predicate_is_refused() -> None:
    # "est abrogé le 1er janvier 2026": no rule reads it yet, and a date is never glue
    with pytest.raises(ParseError) as error:
        read(f"L'article 5 {LOI78} est abrogé le 1er janvier 2026.")
    assert error.value.code == "P001"


# --- "Sont abrogés dans la loi du … :" / "Dans la loi du …, sont abrogés :" -------------------

@pytest.mark.parametrize("head", [
    "Sont abrogés dans la loi du 3 juillet 1978 relative aux contrats de travail :",
    "Dans la loi du 3 juillet 1978 relative aux contrats de travail, sont abrogés :",
])
def test_a_repeal_list_after_its_act(head: str) -> None:
    # (corpus 1998003685, art. 35 has the first form): the items were read as one
    # designation, "l'article 5, 1°, 2°" — the 1° and 2° of the list taken for points of
    # article 5, silently
    act = read(f"{head}\n\n1° l'article 5;\n\n2° l'article 6, alinéa 2.")
    first, second = act.operations()
    assert isinstance(first, RepealUnit) and isinstance(second, RepealUnit)
    assert (first.target.article, first.target.path) == ("5", ())
    assert (second.target.article, second.target.path) == ("6", (Step(unit="alinea",
                                                                       label="2"),))
    assert first.target.act is not None and first.target.act.date == dt.date(1978, 7, 3)
    assert [op.source.point for op in act.operations()] == ["1°", "2°"]


@pytest.mark.parametrize("when", ["op de dag van de ondertekening ervan",
                                  "op de dag waarop het wordt ondertekend"])
def test_in_force_on_the_day_of_its_signature_in_dutch(when: str) -> None:
    # the mirror of "le jour de sa signature" (the lexicons hold the same autonomous rules)
    act = parse_text("15 MEI 2025. - Koninklijk besluit houdende diverse bepalingen\n\n"
                     "Artikel 1. Artikel 2 van het koninklijk besluit van 25 november 1991 "
                     "houdende de werkloosheidsreglementering wordt opgeheven.\n\n"
                     f"Art. 2. Dit besluit treedt in werking {when}.\n", "kb.txt",
                     language="nl")
    assert [(rule.mode, rule.date) for rule in act.articles[-1].entry_into_force] == [
        ("date", dt.date(2025, 5, 15))]


# --- a title that swallowed the rest of the designation ---------------------------------------

def test_the_words_after_a_title_without_a_comma() -> None:
    # "Sont supprimés dans l'article 5 de la loi du … les mots « … »": "les mots" was read as
    # the end of the act's title
    act = read(f"Sont supprimés dans l'article 5 {LOI78} les mots « par écrit ».")
    (op,) = act.operations()
    assert op.target.act is not None
    assert op.target.act.title == "relative aux contrats de travail"
    assert op.old == "par écrit"  # type: ignore[union-attr]


def test_a_second_place_in_the_same_act_after_a_title() -> None:
    # "… et à l'article 6 de la même loi": was in the first act's title, article 6 never read
    act = read(f"A l'article 5 {LOI78} et à l'article 6 de la même loi, les mots « A » sont "
               "remplacés par les mots « B ».")
    assert [(op.target.article, op.target.act.title) for op in act.operations()
            if op.target.act is not None] == [("5", "relative aux contrats de travail"),
                                               ("6", "relative aux contrats de travail")]


@pytest.mark.parametrize("instruction", [
    f"A l'article 5 {LOI78} et à l'article 7 de la loi du 10 avril 1971 sur les accidents du "
    "travail, les mots « A » sont remplacés par les mots « B ».",
    f"L'article 5 {LOI78} et l'article 7 de la loi du 10 avril 1971 sur les accidents du travail "
    "sont abrogés.",
    f"L'article 5 {LOI78}, l'article 7 de la loi du 10 avril 1971 sur les accidents du travail et "
    "l'article 3 de la loi du 5 mai 1972 sont abrogés.",
])
def test_places_in_two_acts_are_refused(instruction: str) -> None:
    # the second act and its article were in the first act's title: one operation on
    # article 5 only — silently
    with pytest.raises(ParseError, match="different acts") as error:
        read(instruction)
    assert error.value.code == "P007"


def test_a_title_that_names_an_article_of_a_code_is_kept() -> None:
    # corpus 2011021116, art. 7: "la loi du 14 décembre 2004 modifiant … et l'article 211 du
    # Code judiciaire, modifié par …": the title's, no second place
    act = read("Dans l'article 8, alinéa 1er, de la loi du 14 décembre 2004 modifiant la loi du 3 "
               "avril 1953 d'organisation judiciaire, la loi du 2 juillet 1975 déterminant le "
               "cadre du personnel des tribunaux de première instance et l'article 211 du Code "
               "judiciaire, modifié par la loi du 29 décembre 2010, le mot « 2011 » est remplacé "
               "par le mot « 2012 ».")
    (op,) = act.operations()
    assert op.target.article == "8"
    assert op.target.act is not None and op.target.act.date == dt.date(2004, 12, 14)


# --- a cited act as the subject of a verb no rule reads -------------------------------------

@pytest.mark.parametrize("instruction", [
    "L'arrêté royal du 5 juillet 2018 relatif aux services est rapporté.",
    "L'arrêté royal du 5 juillet 2018 relatif aux services cesse de produire ses effets le 1er "
    "janvier 2026.",
    "La loi du 5 juillet 2018 relative aux services est suspendue jusqu'au 1er janvier 2026.",
])
def test_a_cited_act_withdrawn_is_no_autonomous_rule(instruction: str) -> None:
    # was an autonomous rule (the act withdrawn, its end of effect: nothing applied, silently)
    with pytest.raises(ParseError, match="unknown formula") as error:
        read(instruction)
    assert error.value.code == "P001"


def test_a_cited_act_confirmed_is_still_an_autonomous_rule() -> None:
    act = read("L'arrêté royal du 5 juillet 2018 relatif aux services est confirmé avec effet "
               "au 1er janvier 2019.")
    assert act.articles[0].kind == "autonomous"


def test_a_justel_heading_sous_titre_is_a_subtitle() -> None:
    from consolidate.justel.lines import HEADING, HEADING_RANKS, HEADING_WORDS

    match = HEADING.match("SOUS-TITRE 2. - Des servitudes")
    assert match is not None
    kind = HEADING_WORDS[match["word"].lower()]
    assert (kind, match["number"]) == ("subtitle", "2")
    assert HEADING_RANKS["title"] < HEADING_RANKS[kind] < HEADING_RANKS["chapter"]


def test_a_roman_sub_item_added_after_i_ii_iii() -> None:
    # "i)" is a letter and a roman numeral: among "ii)", "iii)" it is the first numeral (it
    # was the letter 9: "iv) does not follow i)", A004)
    act = read(f"Dans l'article 9, 3°, {LOI}, le b) est complété par un iv) rédigé comme suit : "
               "« iv) depuis six ans. »")
    base = document(article("9", alinea(intro="Sont visés :", items=point(
        "3°", "les travailleurs :", items=point("b)", "à temps partiel :", items=point(
            "i)", "un;") + point("ii)", "deux;") + point("iii)", "trois;"))))))
    out = applied(act, base)
    assert text(out, "article 9, 3°, b), iv)") == "depuis six ans."
    assert [num.text for num in out.body.iter("{*}num")][-4:] == ["i)", "ii)", "iii)", "iv)"]
