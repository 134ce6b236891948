"""French formulas of real Belgian drafting that the shared data does not hold (third probe
of 3 December 2026): arrêtés royaux and ministériels, older federal laws, the Codes, the
sub-units of an article. About 320 sentences in the style of the Moniteur belge were read; the
ones that were misread or refused without a rule are fixed here ("précité", the text before
the 1°, tirets announced by "suivant" or by their dash, dash lines after a text ending with
":", "la définition du « … »"), or refused with a code ("et suivants"; an alinéa replaced by
labelled items, at apply); the others are kept as they read (the regression list below), and
the refusals that stay refusals are stated (docs/formulas.md, "Third probe").
"""

from __future__ import annotations

import pytest
from apply_docs import alinea, article, document, paragraph, point

from consolidate.applier import apply
from consolidate.document import Document, render_text
from consolidate.errors import LabelMismatch, ParseError
from consolidate.model import (
    AmendingAct,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text

HEAD = ("15 MAI 2025. - Arrêté royal portant des dispositions diverses\n\n"
        "PHILIPPE, Roi des Belges,\n\nNous avons arrêté et arrêtons :\n\n")
LOI = "de la loi du 16 mai 2001 portant statut"
AR = "de l'arrêté royal du 12 mars 2003 établissant le mode de transmission des données"


def read(*articles: str) -> AmendingAct:
    body = "\n\n".join(("Article 1er. " if i == 0 else f"Art. {i + 1}. ") + text
                       for i, text in enumerate(articles))
    return parse_text(HEAD + body + "\n", "ar.txt")


def applied(act: AmendingAct, base: Document) -> str:
    out, report = apply([base], act)
    assert report.ok, report
    # every operation applied (one on an act not supplied is skipped, and the run still ok)
    assert [outcome.status for outcome in report.outcomes] == ["applied"] * len(
        report.outcomes), report
    return render_text(out[0])


def refused(*articles: str) -> ParseError:
    with pytest.raises(ParseError) as error:
        read(*articles)
    return error.value


#: article 9 of the loi du 16 mai 2001: an alinéa, then a list whose 1° holds tirets
BASE = document(article("9", alinea("Le chômeur."), alinea(
    intro="Sont visés :", items=point("1°", "les travailleurs :", items=point(
        "-", "à temps plein;") + point("-", "à temps partiel;")) + point("2°", "les autres."))))


# --- "de l'arrêté précité", "de la loi précitée", "du Code précité" ---------------------------

def test_the_act_cited_before_by_precite() -> None:
    # older laws and arrêtés: was P007 "no rule reads "l'arrêté précité""
    act = read(f"Dans l'article 3 {AR}, le mot « annuel » est remplacé par le mot « mensuel ».",
               "Dans l'article 6 de l'arrêté précité, les mots « trois mois » sont remplacés "
               "par les mots « six mois ».",
               "A l'article 7 de l'arrêté royal précité, le 2° est abrogé.")
    ops = act.operations()
    assert [(op.target.act.type, str(op.target.act.date), op.target.article) for op in ops] == [
        ("arrêté royal", "2003-03-12", "3"), ("arrêté royal", "2003-03-12", "6"),
        ("arrêté royal", "2003-03-12", "7")]
    assert isinstance(ops[1], ReplaceWords) and (ops[1].old, ops[1].new) == (
        "trois mois", "six mois")
    assert isinstance(ops[2], RepealUnit) and ops[2].target.path == (
        Step(unit="point", label="2°"),)


def test_a_law_and_a_code_cited_before_by_precite() -> None:
    act = read(f"L'article 5 {LOI} est abrogé.",
               "Dans l'article 6 de la loi précitée, le mot « six » est remplacé par le mot "
               "« huit ».",
               "Dans l'article 7 de la loi précitée du 16 mai 2001, le mot « six » est remplacé "
               "par le mot « huit ».",
               "L'article 8 du Code civil est abrogé.",
               "L'article 9 du Code précité est abrogé.")
    assert [(op.target.act.describe(), op.target.article) for op in act.operations()] == [
        ("loi du 2001-05-16", "5"), ("loi du 2001-05-16", "6"), ("loi du 2001-05-16", "7"),
        ("Code civil", "8"), ("Code civil", "9")]


def test_precite_of_another_kind_of_act_is_refused() -> None:
    # "l'arrêté précité" after a loi: the arrêté meant (one of the preamble?) is not known
    error = refused(f"L'article 5 {LOI} est abrogé.",
                    "Dans l'article 3 de l'arrêté précité, le mot « six » est remplacé par le "
                    "mot « huit ».")
    assert error.code == "P004"
    assert "loi du 2001-05-16" in str(error)


def test_precite_with_nothing_cited_before_is_refused() -> None:
    error = refused("Dans l'article 3 de l'arrêté royal précité, le mot « six » est remplacé "
                    "par le mot « huit ».")
    assert error.code == "P004"


# --- "le texte qui précède le 1°": the phrase liminaire ------------------------------------------

@pytest.mark.parametrize("words", [
    "le texte qui précède le 1° est remplacé",
    "le texte précédant le 1° est remplacé",
    "les mots qui précèdent le 1° sont remplacés",
])
def test_the_text_before_the_first_item_is_the_intro(words: str) -> None:
    # in the style of the arrêtés royaux: was P007 "no rule reads 'précède'"
    act = read(f"Dans l'article 9 {LOI}, {words} par ce qui suit : « Sont considérés comme "
               "ayant droit : ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceUnit)
    assert op.target.article == "9" and op.target.path == (Step(unit="intro"),)
    out = applied(act, BASE)
    assert "Le chômeur.\nSont considérés comme ayant droit :\n1° les travailleurs :" in out


def test_words_replaced_in_the_text_before_the_first_item() -> None:
    act = read(f"Dans l'article 9, alinéa 2, {LOI}, dans le texte précédant le 1°, les mots "
               "« Sont visés » sont remplacés par les mots « Sont seuls visés ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="intro"))
    assert "\nSont seuls visés :\n1° les travailleurs :" in applied(act, BASE)


def test_the_text_before_a_lettered_first_item_is_the_intro() -> None:
    act = read(f"Dans l'article 9, 1°, {LOI}, les mots qui précèdent le a) sont remplacés par "
               "ce qui suit : « les travailleurs salariés : ».")
    (op,) = act.operations()
    assert op.target.path == (Step(unit="point", label="1°"), Step(unit="intro"))


def test_the_text_before_another_item_is_refused() -> None:
    # the words between the 2° and the 3° are no unit: no rule reads them (was and stays)
    error = refused(f"Dans l'article 9 {LOI}, le texte qui précède le 3° est remplacé par ce "
                    "qui suit : « Sont aussi visés : ».")
    assert error.code == "P007"
    assert "précède" in str(error)


# --- tirets: "le tiret suivant est ajouté", a quoted dash line ---------------------------------

def test_the_following_tiret_is_added() -> None:
    # arrêtés royaux: "le tiret suivant" was P007 ("no rule reads 'tiret'")
    act = read(f"A l'article 9, alinéa 2, 1°, {LOI}, le tiret suivant est ajouté :\n"
               "« - à domicile. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="point", label="1°"))
    assert [(unit.kind, unit.text) for unit in op.new] == [("tiret", "à domicile.")]
    assert "- à temps partiel;\n- à domicile.\n2° les autres." in applied(act, BASE)


def test_the_following_tirets_are_added() -> None:
    act = read(f"A l'article 9, alinéa 2, 1°, {LOI}, les tirets suivants sont ajoutés :\n"
               "« - à domicile;\n- à distance. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert [(unit.kind, unit.text) for unit in op.new] == [
        ("tiret", "à domicile;"), ("tiret", "à distance.")]


def test_a_dash_line_completing_an_item_is_a_tiret() -> None:
    # "est complété comme suit : " - …"" (2006023386, art. 115, on the 25septies, § 2, of the
    # lois coordonnées of 14 July 1994): the dash line was appended to the unit's text as words
    # ("…; - à domicile." in the last tiret)
    act = read(f"L'article 9, alinéa 2, 1°, {LOI} est complété comme suit :\n« - à domicile. »")
    (op,) = act.operations()
    assert not isinstance(op, AppendWords)
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert [(unit.kind, unit.text) for unit in op.new] == [("tiret", "à domicile.")]
    assert "- à temps partiel;\n- à domicile.\n2° les autres." in applied(act, BASE)


def test_a_dash_line_inserted_between_tirets_is_a_tiret() -> None:
    # was an alinéa "- à mi-temps;" between the two tirets
    act = read(f"Dans l'article 9, alinéa 2, 1°, {LOI}, il est inséré entre le premier et le "
               "deuxième tiret, ce qui suit :\n« - à mi-temps; »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert op.anchor == Step(unit="tiret", label="#1") and op.position == "after"
    assert [(unit.kind, unit.text) for unit in op.new] == [("tiret", "à mi-temps;")]
    assert "- à temps plein;\n- à mi-temps;\n- à temps partiel;" in applied(act, BASE)


def test_words_starting_lower_case_still_go_on_the_text() -> None:
    # the rule the dash line escaped: words that go on the unit's text
    act = read(f"L'article 9, alinéa 1er, {LOI} est complété comme suit : « , sauf dérogation ».")
    (op,) = act.operations()
    assert isinstance(op, AppendWords) and op.new == ", sauf dérogation"


# --- "la définition du « ministre »": the item that defines the term ----------------------

DEFINITIONS = document(article("1er", alinea(intro="Pour l'application du présent arrêté, on "
                                             "entend par :", items=point(
    "1°", "administration : le service public fédéral;") + point(
    "2°", "ministre : le ministre des Finances;") + point("3°", "entreprise : toute personne."))))


def test_a_definition_du_term_is_the_item_that_defines_it() -> None:
    # arrêtés ministériels: "du" before the quoted term was not read, and the sentence was
    # a replacement of the words "ministre" by the whole new item (silently wrong)
    act = read(f"Dans l'article 1er {LOI}, la définition du « ministre » est remplacée par ce "
               "qui suit : « 2° ministre : le ministre du Budget; ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="headed", label="ministre"),)
    out = applied(act, DEFINITIONS)
    assert "\n2° ministre : le ministre du Budget;\n3° entreprise" in out
    assert "administration : le service public fédéral;" in out


def test_words_in_a_definition_du_term() -> None:
    act = read(f"Dans l'article 1er {LOI}, dans la définition du « ministre », les mots « des "
               "Finances » sont remplacés par les mots « du Budget ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (Step(unit="headed", label="ministre"),)
    assert "2° ministre : le ministre du Budget;" in applied(act, DEFINITIONS)


def test_a_definition_d_apostrophe_term_repealed() -> None:
    act = read(f"Dans l'article 1er {AR}, la définition d'« entreprise » est abrogée.")
    (op,) = act.operations()
    assert isinstance(op, RepealUnit)
    assert op.target.path == (Step(unit="headed", label="entreprise"),)


# --- "les alinéas 3 et suivants": refused ---------------------------------------------------

@pytest.mark.parametrize("instruction", [
    f"Dans l'article 2 {AR}, les alinéas 3 et suivants sont abrogés.",
    f"Les articles 5 et suivants {AR} sont abrogés.",
])
def test_units_and_the_following_ones_are_refused(instruction: str) -> None:
    # "et suivants" was a glue word: the alinéa 3 (the article 5) alone was repealed
    error = refused(instruction)
    assert error.code == "P007"
    assert "'et suivants'" in str(error)


def test_and_the_following_in_quoted_words_is_kept() -> None:
    act = read(f"Dans l'article 2 {AR}, les mots « aux articles 110 et suivants » sont "
               "remplacés par les mots « aux articles 110 à 115 ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords) and op.old == "aux articles 110 et suivants"


# --- an alinéa replaced by labelled items: refused when applied ---------------------------

ALINEAS = document(article("4", alinea("Le premier."), alinea("Le second."), alinea(
    intro="Sont visés :", items=point("1°", "les uns;") + point("2°", "les autres."))))


@pytest.mark.parametrize("new", ["1° les enfants;\n2° les parents.", "2° les enfants;"])
def test_an_alinea_replaced_by_items_is_refused(new: str) -> None:
    # the items' labels were dropped: "les enfants;" became the alinéa 2 (silently)
    act = read(f"Dans l'article 4 {LOI}, l'alinéa 2 est remplacé par ce qui suit : « {new} »")
    with pytest.raises(LabelMismatch, match="replaces an alinéa"):
        apply([ALINEAS], act)


def test_an_alinea_replaced_by_an_enumeration_is_applied() -> None:
    act = read(f"Dans l'article 4 {LOI}, l'alinéa 3 est remplacé par ce qui suit : « Sont "
               "visés :\n1° les enfants;\n2° les parents. »")
    assert "Le second.\nSont visés :\n1° les enfants;\n2° les parents." in applied(act, ALINEAS)


def test_an_alinea_of_a_paragraph_restating_the_paragraph_is_applied() -> None:
    base = document(article("4", paragraph("1er", alinea("Le premier."), alinea("Le second."))))
    act = read(f"Dans l'article 4, § 1er, {LOI}, l'alinéa 1er est remplacé par ce qui suit : "
               "« § 1er. Le ministre fixe le modèle. »")
    assert "Art. 4. § 1er. Le ministre fixe le modèle.\nLe second." in applied(act, base)


# --- dash lines inside quoted new text: tirets of the text that ends with ":" -------------------

TWO = document(article("4", alinea("Le premier.")), article("6", alinea("Le dernier.")))


def _tree(units: tuple[NewUnit, ...]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(unit.kind, unit.text, [(child.kind, child.text) for child in unit.children])
            for unit in units]


def test_dash_lines_after_an_articles_text_are_its_tirets() -> None:
    # "Art. 5bis. Le Roi fixe : - …; - …": the dash lines were alinéas "- les modalités;"
    # (after a point ending with ":" they were tirets already)
    act = read("Dans la loi du 16 mai 2001 portant statut, il est inséré un article 5 rédigé "
               "comme suit :\n« Art. 5. Le Roi fixe :\n- les modalités;\n- les délais. »")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit)
    assert _tree(op.new) == [("article", "Le Roi fixe :", [
        ("tiret", "les modalités;"), ("tiret", "les délais.")])]
    out = applied(act, TWO)
    assert "Art. 5. Le Roi fixe :\n- les modalités;\n- les délais.\n\nArt. 6." in out


def test_an_articles_items_then_an_alinea_are_applied() -> None:
    # the items of the article's text, then an alinéa: was A005 ("mixes units of kinds")
    for items in ("- les modalités;\n- les délais.", "1° les modalités;\n2° les délais."):
        act = read(f"L'article 4 {LOI} est remplacé par ce qui suit :\n« Art. 4. Le Roi fixe :"
                   f"\n{items}\nIl consulte le Conseil. »")
        (op,) = act.operations()
        assert [kind for kind, _, _ in _tree(op.new)] == ["article"]
        assert [child.kind for child in op.new[0].children][-1] == "alinea"
        assert f"Art. 4. Le Roi fixe :\n{items}\nIl consulte le Conseil.\n" in applied(act, TWO)


def test_dash_lines_after_a_new_alineas_text_are_its_tirets() -> None:
    act = read(f"L'article 4 {LOI} est complété par un alinéa rédigé comme suit :\n« Le Roi "
               "fixe :\n- les modalités;\n- les délais. »")
    (op,) = act.operations()
    assert _tree(op.new) == [("alinea", "Le Roi fixe :", [
        ("tiret", "les modalités;"), ("tiret", "les délais.")])]
    assert "Le premier.\nLe Roi fixe :\n- les modalités;\n- les délais." in applied(act, TWO)


def test_alineas_counted_by_the_formula_keep_their_dash_line() -> None:
    # "deux alinéas" announced: the dash line is the second alinéa, as the formula counts
    act = read(f"L'article 4 {LOI} est complété par deux alinéas rédigés comme suit :\n« Le Roi "
               "fixe :\n- la date de décès. »")
    (op,) = act.operations()
    assert _tree(op.new) == [("alinea", "Le Roi fixe :", []),
                             ("alinea", "- la date de décès.", [])]


def test_an_item_after_tirets_is_not_theirs() -> None:
    # 2006023386, art. 39: "… complètent les données … : - la date de décès; - …; 5° …": the
    # 5° went under the last tiret
    act = read(f"L'article 4 {LOI} est remplacé par ce qui suit :\n« Art. 4. Sont visés :\n"
               "1° les uns;\nIls transmettent :\n- la date;\n- le lieu;\n2° les autres. »")
    (op,) = act.operations()
    (new,) = op.new  # type: ignore[union-attr]
    alinea_ = new.children[-1]
    assert (alinea_.kind, alinea_.text) == ("alinea", "Ils transmettent :")
    assert [(child.kind, child.label) for child in alinea_.children] == [
        ("tiret", None), ("tiret", None), ("point", "2°")]


def test_a_dash_line_after_a_text_without_a_colon_stays_an_alinea() -> None:
    act = read(f"L'article 4 {LOI} est remplacé par ce qui suit :\n« Art. 4. Le Roi fixe les "
               "modalités.\n- Il consulte le Conseil. »")
    (op,) = act.operations()
    assert _tree(op.new) == [("article", "Le Roi fixe les modalités.", [
        ("alinea", "- Il consulte le Conseil.")])]


# --- sentences that read right (kept: the operations, their places and their words) -----------

def _shape(op: Operation) -> tuple[str, str, str]:
    words = {"replace_words": lambda: f"{op.old}→{op.new}",  # type: ignore[union-attr]
             "repeal_words": lambda: op.old,  # type: ignore[union-attr]
             "insert_words": lambda: f"{op.new}|{op.after}|{op.before}",  # type: ignore
             "append_words": lambda: op.new}  # type: ignore[union-attr]
    if op.op in words:
        detail = words[op.op]()
    elif isinstance(op, InsertUnit | ReplaceUnit):
        detail = ";".join(f"{u.kind} {u.label or ''}".strip() for u in op.new)
        if isinstance(op, InsertUnit):
            anchor = f" {op.anchor.describe()}" if op.anchor else ""
            detail += f" @{op.position}{anchor}"
    else:
        detail = ""
    return op.op, op.target.describe(), detail


KEPT: list[tuple[str, list[tuple[str, str, str]]]] = [
    # arrêtés royaux: the lead-in after the designation and its history
    (f"Dans l'article 3 {AR}, modifié par l'arrêté royal du 4 juin 2007, les modifications "
     "suivantes sont apportées :\n1° au § 1er, alinéa 1er, les mots « trente jours » sont "
     "remplacés par les mots « soixante jours »;\n2° le § 2 est abrogé.",
     [("replace_words", "article 3, § 1er, alinéa 1er", "trente jours→soixante jours"),
      ("repeal_unit", "article 3, § 2", "")]),
    (f"A l'article 4 {AR}, sont apportées les modifications suivantes :\n1° l'alinéa 1er est "
     "abrogé;\n2° dans l'alinéa 2, le mot « annuel » est remplacé par le mot « mensuel ».",
     [("repeal_unit", "article 4, alinéa 1er", ""),
      ("replace_words", "article 4, alinéa 2", "annuel→mensuel")]),
    # older laws
    ("L'article 5, alinéa 1er, de la loi du 10 avril 1971 sur les accidents du travail, modifié "
     "par la loi du 29 décembre 1990, est remplacé par l'alinéa suivant :\n« La victime a droit "
     "à une indemnité. »",
     [("replace_unit", "article 5, alinéa 1er", "alinea")]),
    (f"L'article 8 {LOI} est complété par la disposition suivante :\n« Le Roi peut fixer les "
     "modalités. »", [("insert_unit", "article 8", "alinea @end")]),
    ("Un article 5bis, rédigé comme suit, est inséré dans la loi du 16 mai 2001 portant "
     "statut :\n« Art. 5bis. Le travailleur est informé. »",
     [("insert_unit", "l'acte", "article 5bis @label")]),
    (f"Il est inséré, entre les articles 5 et 6 {LOI}, un article "
     "5bis rédigé comme suit :\n« Art. 5bis. Le travailleur est informé. »",
     [("insert_unit", "l'acte", "article 5bis @after article 5")]),
    (f"Un § 3, rédigé comme suit, est ajouté à l'article 5 {LOI} :\n« § 3. Le Roi peut fixer "
     "les modalités. »", [("insert_unit", "article 5", "paragraph 3 @end")]),
    (f"Dans l'article 9 {LOI}, les mots « ou de l'employé » sont supprimés.",
     [("repeal_words", "article 9", "ou de l'employé")]),
    (f"Dans l'article 5 {LOI}, les mots « trois mois » sont remplacés par les mots « six mois » "
     "et les mots « un an » par les mots « deux ans ».",
     [("replace_words", "article 5", "trois mois→six mois"),
      ("replace_words", "article 5", "un an→deux ans")]),
    # the Codes: their article numbers
    ("A l'article 3.59 du Code civil, les mots « trente ans » sont remplacés par les mots « dix "
     "ans ».", [("replace_words", "article 3.59", "trente ans→dix ans")]),
    ("Dans l'article 7:96/1, alinéa 1er, du Code des sociétés et des associations, le mot "
     "« annuel » est remplacé par le mot « semestriel ».",
     [("replace_words", "article 7:96/1, alinéa 1er", "annuel→semestriel")]),
    ("Dans l'article 1675/2, alinéa 1er, du Code judiciaire, les mots « toute personne "
     "physique » sont remplacés par les mots « toute personne ».",
     [("replace_words", "article 1675/2, alinéa 1er", "toute personne physique→toute personne")]),
    ("A l'article 215, alinéa 3, du Code des impôts sur les revenus 1992, remplacé par la loi du "
     "25 décembre 2017 et modifié par la loi du 30 juillet 2018, le 2° est remplacé par ce qui "
     "suit :\n« 2° les sociétés; ».", [("replace_unit", "article 215, alinéa 3, 2°", "point 2°")]),
    ("Dans l'article I.1, alinéa 1er, du Code de droit économique, il est inséré un 5°/1 rédigé "
     "comme suit : « 5°/1 entreprise : toute personne; ».",
     [("insert_unit", "article I.1, alinéa 1er", "point 5°/1 @label")]),
    ("Dans l'article D.IV.4, alinéa 1er, du Code du Développement territorial, le 5° est "
     "abrogé.", [("repeal_unit", "article D.IV.4, alinéa 1er, 5°", "")]),
    # sub-units
    (f"Dans l'article 4, § 2, {AR}, la dernière phrase est remplacée par ce qui suit : « Le "
     "ministre fixe le modèle. »", [("replace_unit", 'article 4, § 2, phrase "#-1"', "sentence")]),
    (f"Dans l'article 4, 2°, {AR}, le littera b) est abrogé.",
     [("repeal_unit", "article 4, 2°, b)", "")]),
    (f"Dans l'article 4, alinéa 1er, 2°, b), {AR}, le mot « annuel » est remplacé par le mot "
     "« mensuel ».", [("replace_words", "article 4, alinéa 1er, 2°, b)", "annuel→mensuel")]),
    (f"Dans l'article 4 {AR}, les §§ 2 et 3 sont abrogés.",
     [("repeal_unit", "article 4, § 2", ""), ("repeal_unit", "article 4, § 3", "")]),
    (f"A l'article 2 {AR}, le 3°, premier tiret, est abrogé.",
     [("repeal_unit", "article 2, 3°, tiret #1", "")]),
    (f"Dans l'article 3, alinéa 1er, {AR}, la phrase suivante est insérée après la première "
     "phrase : « Il le publie. »",
     [("insert_unit", "article 3, alinéa 1er", 'sentence @after phrase "#1"')]),
    # predicates
    (f"Dans l'article 4 {AR}, il est inséré un alinéa rédigé comme suit entre les alinéas 2 et "
     "3 :\n« Le ministre fixe le modèle. »",
     [("insert_unit", "article 4", "alinea @after alinéa 2")]),
    (f"Dans l'article 4 {AR}, un alinéa rédigé comme suit est inséré avant l'alinéa 1er :\n« Le "
     "ministre fixe le modèle. »", [("insert_unit", "article 4", "alinea @before alinéa 1er")]),
    (f"Dans l'article 4, alinéa 1er, {AR}, les mots « ou électronique » sont insérés entre les "
     "mots « par écrit » et les mots « au ministre ».",
     [("insert_words", "article 4, alinéa 1er", "ou électronique|par écrit|au ministre")]),
    (f"L'article 4 {AR} est complété par les 5° et 6° rédigés comme suit :\n« 5° les "
     "cohabitants;\n6° les enfants. »", [("insert_unit", "article 4", "point 5°;point 6° @end")]),
    (f"Dans l'article 4 {AR}, le § 3 est renuméroté en § 4.",
     [("renumber", "article 4, § 3", "")]),
    (f"L'annexe 2 {AR} est remplacée par l'annexe jointe au présent arrêté.",
     [("replace_unit", "annexe 2", "annex 2")]),
    # acts of the Regions and Communities
    ("Dans l'article 2 de l'arrêté du Gouvernement wallon du 4 juillet 2002 arrêtant la liste "
     "des projets, modifié en dernier lieu par l'arrêté du Gouvernement wallon du 22 mars 2018, "
     "le 5° est remplacé par ce qui suit :\n« 5° les installations de stockage; ».",
     [("replace_unit", "article 2, 5°", "point 5°")]),
    ("Dans l'article 2 de l'arrêté du Collège réuni de la Commission communautaire commune du 4 "
     "juin 2009 relatif aux maisons de repos, le mot « six » est remplacé par le mot « huit ».",
     [("replace_words", "article 2", "six→huit")]),
]


@pytest.mark.parametrize(("instruction", "expected"), KEPT)
def test_a_sentence_of_the_probe_reads_as_it_should(
        instruction: str, expected: list[tuple[str, str, str]]) -> None:
    assert [_shape(op) for op in read(instruction).operations()] == expected


# --- refusals that stay refusals ---------------------------------------------------------------

@pytest.mark.parametrize(("instruction", "code", "words"), [
    # ("le § 3, devenant le § 4, est remplacé par ce qui suit : « § 4. … »" is read since
    # depth4: the renumbering, then the replacement, tests/unit/test_depth4_formulas.py)
    # a verb no rule reads
    (f"Dans l'article 5 {LOI}, les 1° et 2° sont fusionnés.", "P001", "units merged"),
    # an annex's decimal point "2.1": no unit of the model
    (f"A l'annexe II {AR}, le point 2.1 est abrogé.", "P007", ".1"),
    # the regulatory part of the Walloon Code: another act, not named as such
    ("Dans l'article 2 de la partie réglementaire du Code wallon de l'Action sociale et de la "
     "Santé, le mot « six » est remplacé par le mot « huit ».", "P007", "partie réglementaire"),
    # a second predicate after the quoted block
    (f"A l'article 5 {LOI}, le § 2 est remplacé par ce qui suit :\n« § 2. Le Roi peut fixer les "
     "modalités. »\net le § 3 est abrogé.", "P009", "et le § 3 est abrogé"),
])
def test_a_probe_refused_with_its_code(instruction: str, code: str, words: str) -> None:
    error = refused(instruction)
    assert error.code == code
    assert words in str(error)


def test_an_insertion_of_words_keeps_its_two_places() -> None:
    act = read(f"Dans l'article 3, alinéa 1er, {AR}, entre les mots « le ministre » et les mots "
               "« fixe », sont insérés les mots « ou son délégué ».")
    (op,) = act.operations()
    assert isinstance(op, InsertWords)
    assert (op.new, op.after, op.before) == ("ou son délégué", "le ministre", "fixe")


# --- a definition without its term (found by the fourth Dutch probe) ---------------------------

def test_a_definition_without_its_term_is_refused() -> None:
    # the title ran over ", la définition" and the whole article 2 was replaced, silently
    with pytest.raises(ParseError) as caught:
        read(f"Dans l'article 2 {LOI}, la définition est remplacée par ce qui suit : « 3° "
             "ministre : le ministre de la Défense; »")
    assert caught.value.code == "P007" and "without its term" in caught.value.message


def test_a_definition_in_the_item_named_is_that_item() -> None:
    act = read(f"Dans l'article 2, 3°, {LOI}, la définition est remplacée par ce qui suit : "
               "« 3° ministre : le ministre de la Défense; »")
    (op,) = act.articles[-1].operations
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (Step(unit="point", label="3°"),)
    assert op.target.act is not None and op.target.act.title == "portant statut"
