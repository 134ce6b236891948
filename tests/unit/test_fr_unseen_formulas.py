"""French formulas of real Belgian drafting that the shared data does not hold (probe of
3 December 2026): acts of the Regions and Communities, arrêtés, Codes. Each test names the
sentence as real (the act cited) or "in the style of" an act kind, and the operations expected.
"""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import alinea, article, document, paragraph, point, text

from consolidate.applier import apply
from consolidate.errors import ParseError
from consolidate.model import (
    AmendingAct,
    AppendWords,
    InsertUnit,
    InsertWords,
    RepealUnit,
    ReplaceWords,
)
from consolidate.parser import parse_text

HEAD = ("15 MAI 2025. - Arrêté du Gouvernement wallon portant des dispositions diverses\n\n"
        "Le Gouvernement wallon,\n\nArrête :\n\n")


def read(*articles: str) -> AmendingAct:
    text = HEAD + "\n\n".join(
        ("Article 1er. " if i == 0 else f"Art. {i + 1}. ") + body
        for i, body in enumerate(articles))
    return parse_text(text + "\n", "agw.txt")


# --- "décret-programme" (Région wallonne, Communauté française) ---------------------------

def test_a_decret_programme_is_an_act_type() -> None:
    # in the style of the décrets-programmes of the Walloon Region ("décret-programme du
    # 18 décembre 2002 portant diverses mesures en matière d'emploi, …"; was P007 "no rule
    # reads 'décret-programme'")
    act = read("Dans l'article 18 du décret-programme du 18 décembre 2002 portant diverses "
               "mesures en matière d'emploi, les mots « cinq ans » sont remplacés par les mots "
               "« six ans ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ("cinq ans", "six ans")
    assert op.target.act is not None
    assert op.target.act.type == "décret-programme"
    assert op.target.act.date == dt.date(2002, 12, 18)
    assert op.target.article == "18"


def test_the_same_decret_programme() -> None:
    act = read("L'article 3 du décret-programme du 18 décembre 2002 portant diverses mesures "
               "en matière d'emploi est abrogé.",
               "L'article 4 du même décret-programme est abrogé.")
    first, second = act.operations()
    assert isinstance(second, RepealUnit)
    assert second.target.act == first.target.act
    assert second.target.article == "4"


def test_this_decret_programme_enters_into_force() -> None:
    act = read("L'article 3 du décret-programme du 18 décembre 2002 portant diverses mesures "
               "en matière d'emploi est abrogé.",
               "Le présent décret-programme entre en vigueur le 1er janvier 2026.")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    assert last.entry_into_force[0].date == dt.date(2026, 1, 1)


# --- "est complété par la phrase "…"" (no "suivante") ---------------------------------------

LOI = "de la loi du 16 mai 2001 portant statut des militaires"


def _completed(instruction: str) -> tuple[AmendingAct, str]:
    act = read(instruction)
    base = document(article("13", alinea("Le bureau statue."),
                            alinea("Le délai est de trente jours.")))
    out, report = apply([base], act)
    assert report.ok, report
    return act, text(out[0], "article 13, alinéa 2")


def test_completed_by_the_quoted_sentence_adds_a_sentence() -> None:
    # in the style of the arrêtés royaux ("L'article 8, alinéa 2, du même arrêté est complété
    # par la phrase « … »"): it was read as words appended before the alinéa's final point,
    # "Le délai est de trente jours Il peut être prolongé.." — silently wrong
    act, result = _completed(f"Dans l'article 13 {LOI}, l'alinéa 2 est complété par la phrase "
                             "« Il peut être prolongé. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert op.position == "end"
    assert [(unit.kind, unit.text) for unit in op.new] == [("sentence", "Il peut être prolongé.")]
    assert result == "Le délai est de trente jours. Il peut être prolongé."


def test_completed_by_the_quoted_sentences() -> None:
    act, result = _completed(f"L'article 13, alinéa 2, {LOI} est complété par les phrases "
                             "« Il peut être prolongé. Il est notifié. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert result == "Le délai est de trente jours. Il peut être prolongé. Il est notifié."


def test_completed_by_words_still_appends_words() -> None:
    act, result = _completed(f"Dans l'article 13 {LOI}, l'alinéa 2 est complété par les mots "
                             "« au plus tard »")
    (op,) = act.operations()
    assert isinstance(op, AppendWords)
    assert result == "Le délai est de trente jours au plus tard."


# --- « » nested inside « » -------------------------------------------------------------------

def test_guillemets_nested_in_guillemets() -> None:
    # the Moniteur's typography quotes a name inside quoted words with guillemets too ("les
    # mots « la « carte de contrôle » » sont remplacés par les mots « le « formulaire C3 » »",
    # in the style of the arrêtés royaux on unemployment): the quote closed at the first »,
    # and the old words were "la « carte de contrôle" — silently, the second » dropped
    act = read(f"Dans l'article 2 {LOI}, les mots « la « carte de contrôle » » sont remplacés "
               "par les mots « le « formulaire C3 » ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ("la « carte de contrôle »", "le « formulaire C3 »")


def test_guillemets_that_do_not_nest_close_at_their_pair() -> None:
    act = read(f"Dans l'article 2 {LOI}, les mots « A » et « B » sont respectivement remplacés "
               "par les mots « C » et « D ».")
    assert [(op.old, op.new) for op in act.operations()
            if isinstance(op, ReplaceWords)] == [("A", "C"), ("B", "D")]


def test_an_unbalanced_guillemet_inside_closes_at_the_first_pair() -> None:
    # "« A « B »": no nesting that closes; read as before (the quote "A « B")
    act = read(f"Dans l'article 2 {LOI}, les mots « A « B » sont remplacés par les mots « C ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ("A « B", "C")


# --- "il est inséré un nouvel alinéa 2" ---------------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"Dans l'article 13 {LOI}, il est inséré un nouvel alinéa 2 rédigé comme suit : "
    "« Le Ministre intervient. »",
    f"Dans l'article 13 {LOI}, il est inséré un alinéa 2 rédigé comme suit : "
    "« Le Ministre intervient. »",
])
def test_a_new_alinea_by_its_number(instruction: str) -> None:
    # in the style of the arrêtés royaux ("Dans l'article 8 du même arrêté, il est inséré un
    # nouvel alinéa 2, rédigé comme suit"): "nouvel" was P001 ("an insertion must say where"),
    # the alinéa 2 read as the place designated, not as the new unit
    act, result = _completed(instruction)
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert result == "Le Ministre intervient."


# --- a recital "modifié par … et par …" -------------------------------------------------------

def test_a_recital_goes_on_with_et_par() -> None:
    # in the style of the arrêtés royaux ("…, modifié par l'arrêté royal du 3 mai 1999 et par
    # la loi du 10 juin 2001, …"): the second act was left out of the recital (read by no rule,
    # silently)
    act = read("Dans l'article 2 de l'arrêté royal du 25 novembre 1991 portant réglementation du "
               "chômage, modifié par l'arrêté royal du 3 mai 1999 et par la loi du 10 juin 2001, "
               "les mots « A » sont remplacés par les mots « B ».",
               "Dans l'article 3 du même arrêté, modifié par les lois des 3 mai 1999 et 10 juin "
               "2001 et par l'arrêté royal du 5 mars 2006, les mots « A » sont supprimés.")
    first, second = act.operations()
    assert first.history == (
        "modifié par l'arrêté royal du 3 mai 1999 et par la loi du 10 juin 2001",)
    assert second.history == ("modifié par les lois des 3 mai 1999 et 10 juin 2001 et par "
                              "l'arrêté royal du 5 mars 2006",)
    assert first.target.act is not None and second.target.act == first.target.act
    assert first.target.act.date == dt.date(1991, 11, 25)


def test_a_new_chapter_is_not_its_own_place() -> None:
    # 2006009457, art. 44 (its recital shortened): the chapter IIbis it inserts was its place
    # too, and the applier found no chapter IIbis (A003)
    act = read("Il est inséré dans la loi du 15 juin 1935 concernant l'emploi des langues en "
               "matière judiciaire, modifiée par les lois des 23 septembre 1985 et 10 avril 2003, "
               "un nouveau Chapitre IIbis, comprenant les articles 23bis et 23ter, rédigé comme "
               "suit :\n\n\" Chapitre IIbis. - Emploi des langues devant le tribunal de "
               "l'application des peines. \".")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert op.target.divisions == ()
    assert [(unit.kind, unit.label) for unit in op.new] == [("chapter", "IIbis")]


# --- "partout", "chaque fois qu'il apparaît" ----------------------------------------------------

@pytest.mark.parametrize("words", [
    "les mots « A » sont remplacés partout par les mots « B »",
    "le mot « A » est, chaque fois qu'il apparaît, remplacé par le mot « B »",
    "les mots « A », chaque fois qu'ils apparaissent, sont remplacés par les mots « B »",
    "le mot « A », chaque fois qu'il figure, est remplacé par le mot « B »",
])
def test_every_occurrence(words: str) -> None:
    # in the style of the arrêtés royaux: "remplacés partout par" was read as one occurrence
    # (silently: "partout" was a word of glue); "est, chaque fois qu'il apparaît, remplacé"
    # was P001
    act = read(f"Dans l'article 9 {LOI}, {words}.")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new, op.every) == ("A", "B", True)


# --- words at the end: "A la fin de …", "… sont insérés in fine." ----------------------------

@pytest.mark.parametrize("instruction", [
    f"A la fin de l'article 13, alinéa 2, {LOI}, les mots « au plus tard » sont ajoutés.",
    f"Dans l'article 13, alinéa 2, {LOI}, les mots « au plus tard » sont insérés in fine.",
    f"Dans l'article 13, alinéa 2, {LOI}, les mots « au plus tard » sont ajoutés à la fin.",
])
def test_words_at_the_end(instruction: str) -> None:
    # in the style of the arrêtés royaux ("A la fin de l'alinéa 2 …": the capital without its
    # accent, as the Moniteur writes "A l'article"): P007 "no rule reads 'fin'"; "insérés in
    # fine." and "ajoutés à la fin." after the verb were P001
    act, result = _completed(instruction)
    (op,) = act.operations()
    assert isinstance(op, AppendWords)
    assert result == "Le délai est de trente jours au plus tard."


# --- "à compter du" -------------------------------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"À compter du 1er janvier 2026, l'article 3 {LOI} est abrogé.",
    f"A compter du 1er janvier 2026, l'article 3 {LOI} est abrogé.",
    f"L'article 3 {LOI} est abrogé à compter du 1er janvier 2026.",
])
def test_a_date_of_effect_a_compter_du(instruction: str) -> None:
    # in the style of the arrêtés royaux and the décrets ("à compter du" is as common as "à
    # partir du"): it was P007 / P001, "no rule reads 'compter'"
    act = read(instruction)
    (op,) = act.operations()
    assert isinstance(op, RepealUnit)
    assert op.target.article == "3"
    (rule,) = act.articles[0].entry_into_force
    assert (rule.mode, rule.date, rule.provisions) == ("date", dt.date(2026, 1, 1), ("1er",))


# --- entry into force: "sort ses effets", "le premier jour du mois suivant celui de sa …" ------

_AR = ("20 JUIN 2025. - Arrêté royal modifiant l'arrêté royal du 25 novembre 1991\n\n"
       "Article 1er. L'article 2 de l'arrêté royal du 25 novembre 1991 portant réglementation du "
       "chômage est abrogé.\n\nArt. 2. {last}\n")


def test_sort_ses_effets_is_an_entry_into_force() -> None:
    # "Le présent arrêté sort ses effets le 1er janvier 2025." (the older and regional wording of
    # "produit ses effets"): it was read as an autonomous rule of the act, its date lost
    act = parse_text(_AR.format(last="Le présent arrêté sort ses effets le 1er janvier 2025."),
                     "ar.txt")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    (rule,) = last.entry_into_force
    assert (rule.mode, rule.date) == ("retroactive", dt.date(2025, 1, 1))


def test_the_first_day_of_the_month_following_its_publication() -> None:
    # "… le premier jour du mois suivant celui de sa publication au Moniteur belge" (as "qui
    # suit celui de sa publication"): it was P001
    act = parse_text(_AR.format(last="Le présent arrêté entre en vigueur le premier jour du mois "
                                "suivant celui de sa publication au Moniteur belge."), "ar.txt")
    (rule,) = act.articles[-1].entry_into_force
    assert (rule.mode, rule.days) == ("month_after", 1)


def test_the_month_after_a_delay_of_ten_days_is_read_as_such() -> None:
    # "… le premier jour du mois qui suit l'expiration d'un délai de dix jours prenant cours le
    # jour après sa publication au Moniteur belge" (a frequent wording of the arrêtés royaux):
    # it was read as the first day of the month after the publication — a month early for an
    # arrêté published in the last ten days of a month, silently — then refused (P001). It is
    # now read (tests/unit/test_chain_time2.py): the first day of the month after the
    # publication and the ten days; without a publication date, the date is not known
    act = parse_text(_AR.format(last="Le présent arrêté entre en vigueur le premier jour du "
                                "mois qui suit l'expiration d'un délai de dix jours prenant "
                                "cours le jour après sa publication au Moniteur belge."), "ar.txt")
    (rule,) = act.articles[-1].entry_into_force
    assert (rule.mode, rule.date) == ("month_after", None)


# --- "du Code wallon de l'Environnement" ------------------------------------------------------

def test_the_walloon_environment_code_by_its_usual_name() -> None:
    # in the style of the décrets and arrêtés of the Walloon Region ("Dans l'article D.49 du
    # Livre Ier du Code wallon de l'Environnement"): P007 ("no rule reads 'Code wallon
    # l'Environnement'"); the book is the text cited (tests/unit/test_code_books.py): the
    # Livre Ier, whose articles the Livre II (the Code de l'Eau) numbers the same way
    act = read("Dans l'article D.49 du Livre Ier du Code wallon de l'Environnement, les mots "
               "« A » sont remplacés par les mots « B ».")
    (op,) = act.operations()
    assert op.target.act is not None
    assert op.target.act.code == "Livre Ier du Code de l'environnement"
    assert op.target.article == "D.49"


# --- "le 2° est complété par le mot « et »" -----------------------------------------------------

def _items(instruction: str) -> str:
    act = read(instruction)
    base = document(article("7", alinea(intro="Sont visés :", items=(
        point("1°", "les chômeurs;") + point("2°", "les travailleurs;")
        + point("3°", "les apprentis.")))))
    out, report = apply([base], act)
    assert report.ok, report
    return text(out[0], "article 7, 2°")


@pytest.mark.parametrize(("word", "expected"), [
    ("et", "les travailleurs; et"), ("ou", "les travailleurs; ou")])
def test_a_conjunction_completes_an_item_after_its_semicolon(word: str, expected: str) -> None:
    # in the style of the arrêtés royaux ("Dans l'article 7 du même arrêté, le 2° est complété
    # par le mot « et »"): the conjunction went before the item's semicolon, "les travailleurs
    # et;" — silently; Justel shows "…; et"
    assert _items(f"Dans l'article 7 {LOI}, le 2° est complété par le mot « {word} ».") == \
        expected


def test_other_words_still_go_before_the_semicolon() -> None:
    assert _items(f"Dans l'article 7 {LOI}, le 2° est complété par les mots « et les "
                  "stagiaires ».") == "les travailleurs et les stagiaires;"


# --- "les §§ 2 et 3 deviennent les §§ 3 et 4 et il est inséré un § 2" --------------------------

def test_a_unit_inserted_after_the_units_renumbered() -> None:
    # in the style of the arrêtés royaux ("Dans l'article 12 du même arrêté, les §§ 2 et 3
    # deviennent les §§ 3 et 4 et il est inséré un § 2 rédigé comme suit :"): the § 2 was
    # inserted into each § renumbered, twice (A004 at application); it goes into the article
    act = read(f"Dans l'article 12 {LOI}, les §§ 2 et 3 deviennent les §§ 3 et 4 et il est "
               "inséré un § 2 rédigé comme suit : « § 2. Nouveau. »")
    inserted = [op for op in act.operations() if isinstance(op, InsertUnit)]
    assert len(inserted) == 1
    assert inserted[0].target.article == "12"
    assert inserted[0].target.path == ()
    base = document(article("12", paragraph("1er", alinea("P1.")), paragraph("2", alinea("P2.")),
                            paragraph("3", alinea("P3."))))
    out, report = apply([base], act)
    assert report.ok, report
    assert [text(out[0], f"article 12, § {label}") for label in ("2", "3", "4")] == [
        "Nouveau.", "P2.", "P3."]


# --- "est modifié de la manière suivante :" ----------------------------------------------------

def test_a_lead_in_de_la_maniere_suivante() -> None:
    # in the style of the older arrêtés royaux ("L'article 6 … est modifié de la manière
    # suivante : 1° …; 2° …"): P001 ("two predicates in one clause")
    act = read(f"L'article 6 {LOI} est modifié de la manière suivante :\n"
               "1° l'alinéa 1er est abrogé;\n2° l'alinéa 2 est complété par les mots « sans "
               "délai ».")
    first, second = act.operations()
    assert isinstance(first, RepealUnit) and isinstance(second, AppendWords)
    assert (first.source.point, second.source.point) == ("1°", "2°")
    assert first.target.article == second.target.article == "6"


# --- "Les modifications suivantes sont apportées à l'article 7 …" --------------------------------

def test_a_lead_in_before_its_designation() -> None:
    # in the style of the arrêtés royaux ("Les modifications suivantes sont apportées à
    # l'article 2 de l'arrêté royal du … :"): P007 ("cannot read the lead-in's designation")
    act = read(f"Les modifications suivantes sont apportées à l'article 7 {LOI} :\n"
               "1° l'alinéa 1er est abrogé;\n2° l'alinéa 2 est complété par les mots « sans "
               "délai ».")
    first, second = act.operations()
    assert isinstance(first, RepealUnit) and isinstance(second, AppendWords)
    assert first.target.article == second.target.article == "7"
    assert first.target.act is not None and first.target.act.date == dt.date(2001, 5, 16)


def test_a_lead_in_before_words_no_rule_reads_is_refused() -> None:
    with pytest.raises(ParseError) as raised:
        read(f"Les modifications suivantes sont apportées au machin {LOI} :\n"
             "1° l'article 3 est abrogé;\n2° l'article 4 est abrogé.")
    assert raised.value.code == "P007"


# --- "Article unique." ------------------------------------------------------------------------

def test_an_act_of_one_article_unique() -> None:
    # in the style of the arrêtés ministériels of one article ("Article unique. Dans l'article
    # 3 de l'arrêté ministériel du … , les mots … sont remplacés …"): P006, "no article heading
    # found" — the whole act unread
    act = parse_text("20 JUIN 2025. - Arrêté ministériel modifiant l'arrêté ministériel du 12 "
                     "mars 2003 relatif aux subventions\n\nArticle unique. Dans l'article 3 de "
                     "l'arrêté ministériel du 12 mars 2003 relatif aux subventions, les mots « A »"
                     " sont remplacés par les mots « B ».\n\nBruxelles, le 20 juin 2025.\n",
                     "am.txt")
    (article_read,) = act.articles
    assert (article_read.number, article_read.kind) == ("unique", "amending")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert op.target.article == "3"


def test_no_heading_after_article_unique_is_an_article() -> None:
    act = parse_text("20 JUIN 2025. - Arrêté ministériel modifiant l'arrêté ministériel du 12 "
                     "mars 2003 relatif aux subventions\n\nArticle unique. Dans l'arrêté "
                     "ministériel du 12 mars 2003 relatif aux subventions, il est inséré un "
                     "article 2bis rédigé comme suit :\n« Art. 2bis. Le bureau statue.\n\n"
                     "Art. 2. Le Ministre fixe. »\n", "am.txt")
    assert [article_read.number for article_read in act.articles] == ["unique"]


# --- "la phrase « … » est ajoutée" -------------------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"À l'article 13, alinéa 2, {LOI}, la phrase « Il peut être prolongé. » est ajoutée.",
    f"Dans l'article 13, alinéa 2, {LOI}, il est ajouté la phrase « Il peut être prolongé. »",
])
def test_the_quoted_sentence_added(instruction: str) -> None:
    # in the style of the arrêtés royaux (the sentence quoted before or after its verb, the
    # place before it): P009 ("expected the new text as a quoted block")
    act, result = _completed(instruction)
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert [step.unit for step in op.target.path] == ["alinea"]
    assert result == "Le délai est de trente jours. Il peut être prolongé."


# --- an insertion of words with two places ------------------------------------------------------

def test_a_second_insertion_without_its_verb_is_refused() -> None:
    # in the style of the arrêtés royaux ("les mots « A » sont insérés après le mot « B » et les
    # mots « C » avant le mot « D »"): read as "A" inserted between "B" and "C", "D" dropped —
    # silently. Refused (P001), never a guess at which quote is whose
    with pytest.raises(ParseError) as raised:
        read(f"Dans l'article 4 {LOI}, les mots « A » sont insérés après le mot « B » et les "
             "mots « C » avant le mot « D ».")
    assert raised.value.code == "P001"


def test_two_places_each_with_entre_are_still_read() -> None:
    act = read(f"Dans l'article 4 {LOI}, les mots « A » sont insérés entre les mots « B » et "
               "« C » et entre les mots « D » et « E ».")
    assert [(op.after, op.before) for op in act.operations()
            if isinstance(op, InsertWords)] == [("B", "C"), ("D", "E")]
