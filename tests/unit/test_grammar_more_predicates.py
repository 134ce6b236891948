"""Formulas read since issue 10 (predicates and blocks): each on a real sentence of
../shared/data (the file and article above each test), in a minimal act
(tests/unit/parser_cases.py); the refusals that stay are tested with their reason."""

from __future__ import annotations

from parser_cases import act_text, parse

from consolidate.model import AmendingAct, InsertUnit
from consolidate.parser import parse_text


def read(*articles: str) -> AmendingAct:
    return parse_text(act_text(*articles), "test.md", keep_going=True)


# --- French typography: the opening quote repeated at each paragraph of a quotation ---------

def test_the_opening_quote_repeated_on_each_paragraph_of_the_block() -> None:
    # corpus/be/2016036305.md, art. 40 (was P009: the second point read as an alinéa '" 30°')
    (op,) = parse(
        "L'article 2 du Décret sur les soins et le logement du 13 mars 2009, est complété par "
        "les points 29° et 30°, rédigés comme suit :\n\n\" 29° politique de santé : la politique "
        "relative à l'ensemble des matières visées à l'article 5, § 1er, I de la loi spéciale "
        "du 8 août 1980 de réformes institutionnelles pour lesquelles la Communauté flamande "
        "est compétente ;\n\n\" 30° politique de l'aide sociale : la politique en matière de "
        "l'aide aux personnes relative à l'ensemble des matières visées à l'article 5, § 1er, "
        "II de la loi spéciale du 8 août 1980 de réformes institutionnelles pour lesquelles la "
        "Communauté flamande est compétente, à l'exception de la politique en matière de "
        "l'accueil et l'intégration d'immigrés. \".").operations()
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert [(unit.kind, unit.label) for unit in op.new] == [("point", "29°"), ("point", "30°")]
    assert op.new[1].text.startswith("politique de l'aide sociale : ")
    assert '"' not in op.new[1].text


def test_a_term_quoted_at_the_start_of_a_paragraph_is_kept() -> None:
    # the shape of corpus/be/2018010181.md, art. 1er: a definition opening with its quoted
    # term (closed on its line) is text, not a repeated opening mark
    (op,) = parse(
        "L'article 1er de la loi du 3 juin 2010 relative aux essais est complété par deux "
        "alinéas rédigés comme suit :\n\n\"Le premier alinéa.\n\n\" besoin spécifique \" : "
        "besoin d'un élève.\".").operations()
    assert [unit.text for unit in op.new] == ["Le premier alinéa.",
                                              "\" besoin spécifique \" : besoin d'un élève."]


# --- an insertion that states no place ------------------------------------------------------

def test_an_alinea_inserted_without_a_place_goes_at_the_end() -> None:
    # corpus/be/2005009427.md, art. 6 (semantics §3, insert_unit: "est inséré un alinéa
    # rédigé comme suit" puts the new units at the end of the container when no place is
    # stated; was P001)
    (op,) = parse(
        "Un nouvel alinéa, rédigé comme suit, est inséré à l'article 25 de la loi du 11 "
        "décembre 1998 relative à la classification et aux habilitations de sécurité :\n\n\" "
        "Sauf lorsque les raisons pour lesquelles il a été constitué sont toujours d'actualité "
        "et que sa conservation reste dès lors impérative, le dossier de vérification de "
        "sécurité est détruit dès l'expiration de la validité de l'attestation de sécurité. \""
    ).operations()
    assert isinstance(op, InsertUnit) and (op.position, op.anchor) == ("end", None)
    assert op.target.article == "25" and op.target.path == ()
    assert [unit.kind for unit in op.new] == ["alinea"]


def test_a_labelled_unit_without_a_place_is_still_placed_by_its_label() -> None:
    # corpus/be/2006023386.md, art. 64: "il est inséré un § 4" (no place: its label decides)
    (op,) = parse(
        "Dans l'article 14 de la loi du 3 juin 2010 relative aux essais, il est inséré un § 4, "
        "rédigé comme suit :\n\n\"§ 4. Le Roi fixe les règles.\"").operations()
    assert isinstance(op, InsertUnit) and op.position == "label"


# --- ", qui devient l'alinéa N," after the place of an insertion: its effect, checked ----------

#: corpus/be/2022033790.md, art. 7, 2° (block shortened to the four alinéas' first words)
DESCRIBED = (
    "A l'article 346 du Code d'instruction criminelle, les modifications suivantes sont "
    "apportées:\n\n1° dans l'alinéa 1er, deuxième phrase, les mots \"du dispositif\" sont "
    "insérés entre les mots \"et donne lecture\" et les mots \"de l'arrêt\";\n\n2° entre les "
    "alinéas 1er et 2, qui devient {rank}, quatre alinéas sont insérés rédigés comme suit:"
    "\n\n\"L'arrêt pseudonymisé est publié via le Registre central.\n\nLa cour peut interdire "
    "la publication.\n\nSi la publication visée à l'alinéa 2 est impossible, le président "
    "prononce l'arrêt.\n\nSans préjudice de l'alinéa 2, la cour peut décider.\";")


def test_the_rank_the_next_alinea_gets_is_told_and_checked() -> None:
    # was P001 (two predicates, 'devient' and 'sont insérés'): "qui devient le 6°" tells
    # what the insertion does to alinéa 2 (2 + 4 = 6; "le 6°" is the text's slip for
    # "l'alinéa 6"), it is no renumbering
    first, second = parse(DESCRIBED.format(rank="le 6°")).operations()
    assert first.op == "insert_words"
    assert isinstance(second, InsertUnit) and second.source.point == "2°"
    assert (second.position, second.anchor and second.anchor.label) == ("after", "1er")
    assert len(second.new) == 4


def test_a_told_rank_that_does_not_fit_is_refused() -> None:
    act = read(DESCRIBED.format(rank="l'alinéa 5"))
    (problem,) = act.problems
    assert problem.code == "P001" and "becomes alinéa 6" in problem.message


# --- new text whose quotes the page lost ---------------------------------------------------

ARTICLE_114 = (
    "Dans la loi du 16 mars 2003 contenant organisation du notariat, il est inséré un "
    "article 18quater rédigé comme suit :\n\nPour le financement de la création et du maintien "
    "de la Banque des actes notariés, tel que prévue à l'article 18, une redevance, dont le "
    "montant et les modalités de paiement sont fixés par le Roi par arrêté délibéré en Conseil "
    "des ministres, est imputée à l'occasion du dépôt.")


def test_an_article_whose_new_text_lost_its_quotes() -> None:
    # corpus/be/2019041200.md, art. 114 (the act cited otherwise; was P001): the only
    # instruction of the article, the new text on its own line, no quote and no amending
    # verb in it: read to the end of the article, with a P002 warning
    act = read(ARTICLE_114)
    (op,) = act.operations()
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert [(unit.kind, unit.label) for unit in op.new] == [("article", "18quater")]
    assert op.new[0].text.startswith("Pour le financement") and op.new[0].text.endswith(
        "à l'occasion du dépôt.")
    assert [(p.code, p.severity) for p in act.problems] == [("P002", "warning")]


def test_unquoted_text_that_amends_is_not_read_as_new_text() -> None:
    # the same article followed by what reads as an instruction: refused, never swallowed
    act = read(ARTICLE_114 + "\n\nL'article 19 de la même loi est abrogé.")
    assert act.operations() == [] and [p.severity for p in act.problems] == ["error"]


def test_unquoted_text_on_the_colons_line_stays_refused() -> None:
    # excerpts/nl/1998031287 (its new text put on the colon's line): neither quoted nor a
    # list on its own lines — P001, as before
    act = read("Dans la loi du 16 mars 2003 contenant organisation du notariat, il est "
               "inséré un article 18quater rédigé comme suit : Pour le financement du dépôt.")
    assert [p.code for p in act.problems] == ["P001"]


# --- a name quoted inside a quote, in the spaced style ----------------------------------------

def test_a_name_quoted_inside_spaced_quotes() -> None:
    # corpus/be/2016036305.md, art. 112 (new words shortened; was P001: "no rule reads
    # 'Zorginspectie'"): one capitalised word alone between two spaced quotes is a name quoted
    # inside one quote
    (op,) = parse(
        "Dans l'article 26, § 2, du décret du 19 mars 2004 relatif au statut de l'agence, le "
        "membre de phrase \" l'agence autonomisée interne \" Zorginspectie \", créée par l'arrêté "
        "du Gouvernement flamand du 26 mars 2004 \" est remplacé par le membre de phrase \" la \" "
        "Zorginspectie \" du Département de l'Aide sociale, de la Santé publique et de la "
        "Famille \".").operations()
    assert op.op == "replace_words"
    assert op.old == ("l'agence autonomisée interne \" Zorginspectie \", créée par l'arrêté du "
                      "Gouvernement flamand du 26 mars 2004")
    assert op.new == ("la \" Zorginspectie \" du Département de l'Aide sociale, de la Santé "
                      "publique et de la Famille")


def test_spaced_quotes_with_glue_between_stay_apart() -> None:
    # corpus/be/2006009457.md, art. 36 shape: "et", "par" between spaced quotes
    (first, second) = parse(
        "Dans l'article 5 de la loi du 3 juin 2010 relative aux essais, les mots \" A \" et \" "
        "Bruxelles \" sont abrogés.").operations()
    assert (first.old, second.old) == ("A", "Bruxelles")


# --- a new division named with a stray quote, its heading quoted inline ---------------------

def test_a_division_inserted_with_its_heading_quoted_after_intitulee_colon() -> None:
    # corpus/be/2006023386.md, art. 56 (was P002): the quote before "Section" is never
    # closed (a P002 warning, not read); "intitulée :" then the heading's quote, which repeats
    # the division's name; "comprenant l'article 75bis" names the article art. 57 inserts
    act = read(
        "Dans le Titre III, Chapitre V, de la loi relative à l'assurance obligatoire soins de "
        "santé et indemnités, coordonnée le 14 juillet 1994, est insérée une \"Section XVIbis "
        "intitulée : \"Section XVIbis- Des obligations des demandeurs pour l'admission au "
        "remboursement d'implants et de dispositifs médicaux invasifs\" comprenant l'article "
        "75bis.")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert [(u.kind, u.label, u.text) for u in op.new] == [
        ("section", "XVIbis", "Des obligations des demandeurs pour l'admission au "
         "remboursement d'implants et de dispositifs médicaux invasifs")]
    assert [(p.code, p.severity) for p in act.problems] == [("P002", "warning")]


def test_a_division_whose_heading_is_the_block_after_intitulee_colon() -> None:
    # corpus/be/2014003196.md, art. 8 shape: nothing after the quote, it is the block
    (op,) = parse(
        "Dans le chapitre II de la loi du 3 juin 2010 relative aux essais, il est inséré une "
        "Section 2 intitulée :\n\n\"Détection des risques\"").operations()
    assert isinstance(op, InsertUnit)
    assert [(u.kind, u.label, u.text) for u in op.new] == [
        ("section", "2", "Détection des risques")]


# --- a repeal with an exception: refused with its reason -----------------------------------

def test_a_repeal_with_an_exception_is_refused() -> None:
    # corpus/be/2016036305.md, art. 36 (history shortened): never read as the repeal of the
    # whole act
    act = read("L'arrêté royal du 21 avril 1983 fixant les modalités de l'agrément des médecins "
               "spécialistes et de médecins généralistes, modifié par les arrêtés royaux des 8 "
               "août 1984 et 13 mars 1985, est abrogé, à l'exception du chapitre IV.")
    (problem,) = act.problems
    assert problem.code == "P001" and "repeal with an exception" in problem.message
    assert act.operations() == []


# --- formulas knowingly not read: the refusal names them and why ----------------------------

def test_the_known_refusals_name_their_formula() -> None:
    # corpus/be/2006009444.md, art. 2 (its block shortened) and art. 12; 2022015455, art. 3, a)
    act = read(
        "Il est inséré dans la loi du 8 avril 1965 relative à la protection de la jeunesse, à la "
        "place de l'article 37bis, rétabli par la loi du 7 mai 2004, (qui devient l'article "
        "38bis), un article 37bis rédigé comme suit :\n\n\" Art. 37bis. Le juge peut faire une "
        "offre restauratrice. \"",
        "A l'article 50 de la même loi, remplacé par la loi du 2 février 1994 et modifié par la "
        "loi du 23 janvier 2003, l'alinéa 4 du § 1er et le § 2 sont abrogés, étant entendu que "
        "les trois premiers alinéas du § 1er formeront l'article 50.",
        "Dans l'article 11 de la même loi, les modifications suivantes sont apportées:\n\na) au "
        "paragraphe 1er, 1°, f), dans le texte néerlandais, les mots \"bedreigt of zou kunnen "
        "bedreigen;\" sont déplacés à la ligne suivante;\n\nb) au paragraphe 1er, 2°, le mot "
        "\"beheerst\" est remplacé par le mot \"beheert\".")
    messages = {p.article: p.message for p in act.problems if p.severity == "error"}
    assert set(messages) == {"2", "3", "4"}
    assert "in the place of a unit" in messages["2"]
    assert "a proviso" in messages["3"] and "removes a § level" in messages["3"]
    assert "words moved" in messages["4"]
    assert [(op.source.article, op.source.point) for op in act.operations()] == [("4", "b)")]


# --- a participle whose accent the page lost; a new place told with its § --------------------

def test_a_participle_without_its_accent_before_par() -> None:
    # corpus/be/2006023386.md, art. 102, 4°: "est remplace par" (was P001); ", devenu l'alinéa
    # 1er, § 2," is the alinéa's new place, told as history (its § is not the designation's)
    first, second = parse(
        "A l'article 146 de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, à l'alinéa 4, devenu l'alinéa 1er, § 2, "
        "dans la version néerlandaise, le mot \"onderzoeking\" est remplacé par le mot \"enquête\" "
        "et le mot \"bevinding\" est remplace par le mot \"vaststelling\".").operations()
    assert [(op.old, op.new, op.language) for op in (first, second)] == [
        ("onderzoeking", "enquête", "nl"), ("bevinding", "vaststelling", "nl")]
    assert [(s.unit, s.label) for s in second.target.path] == [("alinea", "4")]
    assert "devenu l'alinéa 1er, § 2" in second.history


def test_alineas_grouped_into_a_paragraph_are_refused_with_their_reason() -> None:
    # corpus/be/2006023386.md, art. 102, 3°
    act = read("A l'article 146 de la loi relative à l'assurance obligatoire soins de santé et "
               "indemnités, coordonnée le 14 juillet 1994, les alinéas 4 et 5 actuels forment "
               "les alinéas 1er et 2 du § 2.")
    (problem,) = act.problems
    assert problem.code == "P001" and "alinéas grouped into a §" in problem.message


# --- a point inserted after its place, labelled with the Moniteur's space ------------------------

def test_a_point_labelled_with_a_space_before_its_suffix() -> None:
    # corpus/be/2016003166.md, art. 27, 4° (block shortened to its first alinéa; was P009):
    # "dans le paragraphe 1er, alinéa 1er, est inséré un 1° ter": the units before the
    # predicate are the place (what is inserted is announced after the verb), and the block's
    # "1° ter." is the point 1°ter
    (op,) = parse(
        "A l'article 8 de la loi du 17 décembre 1998 créant un Fonds de protection des dépôts et "
        "des instruments financiers, les modifications suivantes sont apportées :\n\n1° dans le "
        "paragraphe 1er, alinéa 1er, est inséré un 1° ter, rédigé comme suit :\n\n\"1° ter. Pour "
        "les établissements visés à l'article 4, § 1, 1° et 2°, la base est formée par les "
        "dépôts couverts.\";").operations()
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert [(s.unit, s.label) for s in op.target.path] == [("paragraph", "1er"),
                                                         ("alinea", "1er")]
    assert [(u.kind, u.label) for u in op.new] == [("point", "1°ter")]
    assert op.new[0].text.startswith("Pour les établissements")


def test_a_point_label_with_its_dot() -> None:
    # corpus/be/2006023386.md, art. 52, 2° shape: "4°bis. la fourniture" (the dot is no text)
    (op,) = parse(
        "Dans l'article 34, alinéa 1er, de la loi du 3 juin 2010 relative aux essais, il est "
        "inséré un 4°bis, rédigé comme suit :\n\n\" 4°bis. la fourniture d'implants; \""
    ).operations()
    assert isinstance(op, InsertUnit)
    assert [(u.label, u.text) for u in op.new] == [("4°bis", "la fourniture d'implants;")]


# --- tirets of a point in quoted new text; a point written "un article 4°bis" -------------------

def test_a_point_named_article_with_its_tirets() -> None:
    # corpus/be/2006023386.md, art. 52, 2° (block shortened; was P001 "no rule reads
    # 'article'"): an article never carries a degree sign, "un article 4°bis" is the point the
    # block labels "4°bis."; the dashes after "parmi lesquels :" are tirets of a)
    act = read(
        "A l'article 34, alinéa 1er, de la loi relative à l'assurance obligatoire soins de santé "
        "et indemnités, coordonnée le 14 juillet 1994, sont apportées les modifications "
        "suivantes :\n\n1° il est inséré un article 4°bis, libellé comme suit :\n\n\" 4°bis. la "
        "fourniture :\n\na) d'implants, parmi lesquels :\n\n- les dispositifs médicaux "
        "implantables actifs;\n\n- les dispositifs médicaux implantables non actifs;\n\nb) des "
        "dispositifs médicaux invasifs. \";\n\n2° le 20°, est remplacé comme suit :\n\n\" 20° la "
        "fourniture de dispositifs médicaux;\".")
    first, second = act.operations()
    assert isinstance(first, InsertUnit) and first.position == "label"
    (point,) = first.new
    assert (point.kind, point.label, point.text) == ("point", "4°bis", "la fourniture :")
    assert [(u.kind, u.label) for u in point.children] == [("point", "a)"), ("point", "b)")]
    assert [(u.kind, u.text) for u in point.children[0].children] == [
        ("tiret", "les dispositifs médicaux implantables actifs;"),
        ("tiret", "les dispositifs médicaux implantables non actifs;")]
    assert second.op == "replace_unit"


def test_a_dash_line_that_no_point_introduces_stays_an_alinea() -> None:
    # the blocks read before issue 10 keep their reading: a dash after an alinéa is an alinéa
    (op,) = parse(
        "L'article 5 de la loi du 3 juin 2010 relative aux essais est complété par deux alinéas "
        "rédigés comme suit :\n\n\"Le Roi fixe :\n\n- la date de décès.\"").operations()
    assert [(u.kind, u.text) for u in op.new] == [("alinea", "Le Roi fixe :"),
                                                  ("alinea", "- la date de décès.")]


# --- "et" then a quote; the unit a first clause replaces is not the next clause's place ------

def test_the_next_clause_after_a_unit_replaced_is_read_in_its_container() -> None:
    # corpus/be/2006023386.md, art. 102, 5° (was P001, two predicates): "et "141, § 5" est
    # remplacé": "et" then a quote cuts the clauses; the first sentence is replaced, so the
    # words of the second clause are looked for in the alinéa, not in the new sentence
    first, second = parse(
        "A l'article 146 de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, à l'alinéa 5, devenu l'alinéa 2 du § 2, la "
        "première phrase est remplacée par les mots \"Il les invite à restituer volontairement "
        "la valeur des prestations qui leur ont été payées indûment\" et \"141, § 5\" est "
        "remplacé par \"142, § 1er\".").operations()
    assert first.op == "replace_unit"
    assert [(s.unit, s.label) for s in first.target.path] == [("alinea", "5"),
                                                            ("sentence", "#1")]
    assert (second.op, second.old, second.new) == ("replace_words", "141, § 5", "142, § 1er")
    assert [(s.unit, s.label) for s in second.target.path] == [("alinea", "5")]


def test_words_in_a_unit_completed_stay_in_that_unit() -> None:
    # the inherited place is kept when the first clause does not replace or repeal its unit
    # (corpus/be/2006009457.md, art. 37 shape: words replaced, then words added in fine)
    first, second = parse(
        "Dans l'article 5 de la loi du 3 juin 2010 relative aux essais, le 4° est complété par "
        "les mots \"des Forces armées\" et les mots \"du Roi\" sont supprimés.").operations()
    assert (first.op, second.op) == ("append_words", "repeal_words")
    assert [(s.unit, s.label) for s in second.target.path] == [("point", "4°")]
