"""The predicates of the grammar and their new text (consolidate/parsing/clauses.py and
instruction.py: replace, insert, complete, repeal, restore, renumber; quotes' roles;
introducers; lead-ins and points), each on a real sentence from ../shared/data (the file is
named above each test), parsed inside a minimal act (tests/unit/parser_cases.py).
"""

from __future__ import annotations

import datetime as dt

from parser_cases import act_text, only_operation, parse

from consolidate.model import (
    AppendWords,
    InsertUnit,
    InsertWords,
    Renumber,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Step,
)
from consolidate.parser import read_text

#: real articles citing the acts the next article calls "du même …"
CODE_JUDICIAIRE = (  # corpus/be/2005009998.md, art. 9
    "Dans l'article 207bis, § 1er, du Code judiciaire inséré par la loi du 9 juillet 1997, les "
    "mots \", au moment de la nomination \" sont supprimés."
)
LOI_2001 = (  # corpus/be/2011012030.md (its act, the loi du 3 juillet 1978, cited in art. 9)
    "L'article 51 de la loi du 3 juillet 1978 relative aux contrats de travail est complété par "
    "le paragraphe 8, rédigé comme suit :\n\n\" § 8. Le Roi peut fixer les modalités. \""
)


def step(unit: str, label: str) -> Step:
    return Step(unit=unit, label=label)  # type: ignore[arg-type]


# --- words ----------------------------------------------------------------------------------


def test_replace_words_chaque_fois() -> None:
    # corpus/be/2011021116.md, art. 12
    op = only_operation(
        "Dans l'article 8 de la loi du 20 décembre 2005 portant des dispositions diverses en "
        "matière de justice, modifié par la loi du 29 décembre 2010, le mot \"2011\" est chaque "
        "fois remplacé par le mot \"2012\"."
    )
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new, op.every) == ("2011", "2012", True)
    assert op.target.article == "8" and op.target.act.date == dt.date(2005, 12, 20)


def test_insert_words_between_mots_and_bare_quote() -> None:
    # corpus/be/2006023386.md, art. 61
    op = only_operation(
        "Dans l'article 3, § 1er, de la loi du 22 août 2002 relative aux droits du patient, les "
        "mots \"contractuels et extra-contractuels\" sont insérés entre les mots \"rapports "
        "juridiques\" et \"de droit privé\"."
    )
    assert isinstance(op, InsertWords)
    assert (op.new, op.after, op.before) == (
        "contractuels et extra-contractuels", "rapports juridiques", "de droit privé")
    assert op.target.path == (step("paragraph", "1er"),)


def test_insert_words_between_le_mot_and_les_mots() -> None:
    # corpus/be/2007009497.md, art. 11 (after an article citing the Code d'instruction
    # criminelle: corpus/be/2006009444.md, art. 16, shortened)
    act = parse(
        "A l'article 594, dernier alinéa, du Code d'instruction criminelle, modifié par la loi "
        "du 8 août 1997, les mots \", à la prise en charge des mineurs \" sont supprimés.",
        "A l'article 211 du même Code, les mots \" et à l'indemnité visée à l'article 1022 du "
        "Code judiciaire \" sont insérés entre le mot \" frais \" et les mots \", ainsi que les "
        "peines \".",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertWords)
    assert op.target.act.code == "Code d'instruction criminelle"
    assert (op.new, op.after, op.before) == (
        "et à l'indemnité visée à l'article 1022 du Code judiciaire", "frais",
        ", ainsi que les peines")


def test_dans_le_texte_neerlandais() -> None:
    # corpus/be/2011012030.md, art. 3 (after an article citing the act)
    act = parse(
        LOI_2001,
        "Dans le texte néerlandais de l'article 9, alinéa 3, de la même loi, les mots \" van de "
        "uitvoering van de arbeid \" sont remplacés par les mots \" van de uitvoering van de "
        "arbeidsovereenkomst \".",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceWords) and op.language == "nl"
    assert op.target.article == "9" and op.target.path == (step("alinea", "3"),)


# --- units ----------------------------------------------------------------------------------


def test_replace_article_par_la_disposition_suivante() -> None:
    # corpus/be/2007011015.md, art. 5 (after an article citing the act; block shortened)
    act = parse(
        "L'article 10 de la loi du 24 juillet 1987 sur le travail temporaire est abrogé.",
        "L'article 12 de la même loi, modifié par l'arrêté royal du 20 juillet 2000, est "
        "remplacé par la disposition suivante :\n\n\" Art. 12. Le Roi fixe les règles. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceUnit)
    assert op.target.article == "12" and op.target.path == ()
    assert op.new[0].kind == "article" and op.new[0].label == "12"
    assert op.history == ("modifié par l'arrêté royal du 20 juillet 2000",)


def test_complete_par_un_alinea_redige_comme_suit() -> None:
    # corpus/be/2009009046.md, art. 4 (after an article citing the Code; block shortened)
    act = parse(
        CODE_JUDICIAIRE,
        "L'article 610 du même Code, modifié par les lois du 4 mai 1999, du 25 mai 1999 et du "
        "10 août 2005, est complété par un alinéa rédigé comme suit :\n\n\"La Cour de cassation "
        "connaît des recours.\"",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert (op.position, op.announced_count) == ("end", 1)
    assert op.new[0].kind == "alinea"
    assert op.new[0].text == "La Cour de cassation connaît des recours."
    assert op.target.article == "610" and op.target.path == ()


def test_complete_par_le_c_redige_comme_suit() -> None:
    # corpus/be/2018011241.md, art. 69 (block shortened)
    op = only_operation(
        "L'article 184, premier alinéa, de la loi du 29 avril 1996 portant des dispositions "
        "sociales, est complété par le c) rédigé comme suit :\n\n\"c) les membres du personnel "
        "contractuel.\""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.article == "184" and op.target.path == (step("alinea", "1er"),)
    assert op.position == "end" and op.new[0].label == "c)"


def test_insert_paragraph_by_label() -> None:
    # corpus/be/2006023386.md, art. 64 (after an article citing the act; block shortened)
    act = parse(
        "L'article 11 de la loi du 22 août 2002 relative aux droits du patient est abrogé.",
        "Dans l'article 14 de la même loi, il est inséré un § 4, rédigé comme suit :\n\n\" § 4. "
        "Le droit d'introduire une plainte peut être exercé.\n\nLe Roi peut fixer des règles "
        "plus précises. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.article == "14" and op.position == "label" and op.anchor is None
    assert op.new[0].kind == "paragraph" and op.new[0].label == "4"
    assert len(op.new[0].children) == 1


def test_insert_paragraph_before_the_current_one_and_renumber() -> None:
    # corpus/be/2007009497.md, art. 2, 1° and 2°
    ops = parse(
        "A l'article 508/19 du Code judiciaire, inséré par la loi du 23 novembre 1998, sont "
        "apportées les modifications suivantes :\n\n1° un nouveau § 1er est inséré avant le "
        "§ 1er actuel, libellé comme suit :\n\n\" § 1er. L'avocat perçoit l'indemnité de "
        "procédure accordée au bénéficiaire. \";\n\n2° les §§ 1er et 2 actuels deviennent les "
        "§§ 2 et 3;"
    ).operations()
    insert, *renumbers = ops
    assert isinstance(insert, InsertUnit)
    assert (insert.position, insert.anchor) == ("before", step("paragraph", "1er"))
    assert insert.new[0].label == "1er"
    assert all(isinstance(op, Renumber) for op in renumbers)
    # the § 2 first: the § 1er takes the number 2 once the § 2 has given it up (the two
    # renumberings are one change: parsing/renumber_order.py)
    assert [(op.target.path, op.new_label) for op in renumbers if isinstance(op, Renumber)] == [
        ((step("paragraph", "2"),), "3"), ((step("paragraph", "1er"),), "2")]


def test_insert_article_into_the_act() -> None:
    # corpus/be/2006023386.md, art. 31 (block shortened to two alinéas)
    op = only_operation(
        "Dans la loi du 5 juillet 1994 relative au sang et aux dérivés du sang d'origine "
        "humaine, il est inséré un article 3bis, rédigé comme suit :\n\n\" Art. 3bis. Le Roi "
        "peut fixer les règles visant à assurer la traçabilité du sang.\n\nCette traçabilité "
        "implique la capacité de tracer le cheminement de chaque unité de sang. \""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.article is None and op.target.act.date == dt.date(1994, 7, 5)
    assert op.position == "label"
    assert op.new[0].kind == "article" and op.new[0].label == "3bis"
    assert len(op.new[0].children) == 1


def test_article_subject_inserted_into_a_chapter() -> None:
    # excerpts/fr/1995016011/act.fr.md, art. 1er (block shortened)
    op = only_operation(
        "Un article 12bis, rédigé comme suit, est inséré dans le chapitre IV de l'arrêté royal "
        "du 20 octobre 1992 relatif à l'amélioration des espèces ovine et caprine :\n\" Article "
        "12bis. Le Ministre peut constituer des commissions techniques. \""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.act.type == "arrêté royal" and op.target.act.date == dt.date(1992, 10, 20)
    assert op.target.divisions == (step("chapter", "IV"),) and op.target.article is None
    assert op.new[0].label == "12bis" and op.position == "label"


def test_insert_division_block_with_heading() -> None:
    # corpus/be/2017029171.md, art. 3 (after an article citing the Code des impôts sur les
    # revenus 1992)
    act = parse(
        "L'article 194 du Code des impôts sur les revenus 1992 est abrogé.",
        "Dans le titre III, chapitre II, section III, du même Code, il est inséré une "
        "sous-section VI, rédigée comme suit :\n\n\"Sous-section VI - Revenus d'innovation "
        "exonérés.\".",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.act.code == "Code des impôts sur les revenus 1992"
    assert op.target.divisions == (step("title", "III"), step("chapter", "II"),
                                   step("section", "III"))
    assert op.new[0].kind == "subsection" and op.new[0].label == "VI"
    assert op.new[0].text == "Revenus d'innovation exonérés"


def test_restore_article_dans_la_redaction_suivante() -> None:
    # corpus/be/2006009444.md, art. 18 (the act: the Code judiciaire, cited before; block
    # shortened)
    act = parse(
        CODE_JUDICIAIRE,
        "L'article 606 du même Code, abrogé par la loi du 10 juillet 1967, est rétabli dans la "
        "rédaction suivante :\n\n\" Art. 606. - Les personnes qui font l'objet d'un "
        "dessaisissement sont placées dans un centre fermé.\n\nSi les mêmes personnes font "
        "l'objet d'une condamnation, elles exécutent cette peine dans l'aile punitive. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, RestoreUnit)
    assert op.target.article == "606"
    assert op.history == ("abrogé par la loi du 10 juillet 1967",)
    assert op.new[0].kind == "article" and op.new[0].label == "606"


def test_lead_in_les_modifications_suivantes_sont_apportees() -> None:
    # corpus/be/2019041200.md, art. 37 (its 2°; the lead-in's act: the Code judiciaire)
    op = only_operation(
        "A l'article 1675/7 du Code judiciaire, les modifications suivantes sont apportées :\n\n"
        "1° dans le paragraphe 6, le mot \"1390quinquies\" est remplacé par le mot "
        "\"1390quater\"."
    )
    assert isinstance(op, ReplaceWords)
    assert op.target.article == "1675/7" and op.target.path == (step("paragraph", "6"),)
    assert (op.old, op.new) == ("1390quinquies", "1390quater")


def test_explain_names_the_rules() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 1er: the trace names the predicate and quotes
    reading = read_text(act_text(
        "Dans l'article 2, alinéa 1er, de l'arrêté royal du 28 février 1991 relatif à "
        "l'interruption à mi-temps de la carrière professionnelle dans les administrations de "
        "l'Etat, les mots \" soixante mois \" sont remplacés par les mots \" septante-deux "
        "mois \"."), "t.md")
    formula = reading.articles[1].operations[0].formula
    assert "predicate:replace" in formula and "roles: subject, by" in formula
    assert "act:cited_act" in formula


def test_two_instructions_joined_by_et_replace_then_insert_between() -> None:
    # corpus/be/2006009457.md, art. 36 (after an article citing the Code judiciaire)
    act = parse(
        CODE_JUDICIAIRE,
        "Dans l'article 358 du même Code, modifié par les lois des 29 avril 1999, 17 juillet "
        "2000 et 27 décembre 2004, les mots \" et de juge de la jeunesse \" sont remplacés par "
        "les mots \", de juge de la jeunesse et de juge au tribunal de l'application des peines "
        "\" et les mots \", de substitut du procureur du Roi spécialisé en application des "
        "peines, \" sont insérés entre les mots \" substitut du procureur du Roi spécialisé en "
        "matière fiscale \" et les mots \" n'est pas touché par le titulaire \".",
    )
    first, second = act.operations()[1:]
    assert isinstance(first, ReplaceWords) and first.old == "et de juge de la jeunesse"
    assert isinstance(second, InsertWords)
    assert second.new == ", de substitut du procureur du Roi spécialisé en application des peines,"
    assert (second.after, second.before) == (
        "substitut du procureur du Roi spécialisé en matière fiscale",
        "n'est pas touché par le titulaire")
    assert first.target == second.target and first.target.article == "358"
    assert first.history == ("modifié par les lois des 29 avril 1999, 17 juillet 2000 et 27 "
                             "décembre 2004",)


def test_two_instructions_joined_by_comma_et_replace_then_insert_after() -> None:
    # corpus/be/2006009444.md, art. 22 (after an article citing the Code d'instruction
    # criminelle: corpus/be/2006009444.md, art. 16, shortened)
    act = parse(
        "A l'article 594, dernier alinéa, du Code d'instruction criminelle, modifié par la loi "
        "du 8 août 1997, les mots \", à la prise en charge des mineurs \" sont supprimés.",
        "A l'article 433bis, alinéa 3, du même Code, inséré par la loi du 10 août 2005, les mots "
        "\" aux articles 37, 38, 39, 43, 49, 52 et 52quater \" sont remplacés par les mots \" "
        "aux articles 37, 39, 43, 49, 52, 52quater et 57bis \", et les mots \" à la prise en "
        "charge des mineurs ayant commis un fait qualifié infraction \" sont insérés après les "
        "mots \" la loi du 8 avril 1965 relative à la protection de la jeunesse \".",
    )
    first, second = act.operations()[1:]
    assert isinstance(first, ReplaceWords)
    assert first.new == "aux articles 37, 39, 43, 49, 52, 52quater et 57bis"
    assert isinstance(second, InsertWords)
    assert second.after == "la loi du 8 avril 1965 relative à la protection de la jeunesse"
    assert second.before is None
    assert second.target.path == (step("alinea", "3"),) and second.target.article == "433bis"


def test_nested_points() -> None:
    # corpus/be/2006023386.md, art. 96, 4° a) (the lead-in's act cited in full)
    op = only_operation(
        "A l'article 140 de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, sont apportées les modifications suivantes "
        ":\n\n1° au § 1er, alinéa 1er, 4°, sont apportées les modifications suivantes :\n\n"
        "a) le mot \"quatre\" est remplacé par le mot \"deux\";"
    )
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("quatre", "deux")
    assert op.target.path == (step("paragraph", "1er"), step("alinea", "1er"),
                              step("point", "4°"))
    assert op.source.point == "1° a)"


#: a real article citing a loi, for the "de la même loi" of the next one
#: (corpus/be/2005009427.md, art. 2)
LOI_1998 = (
    "L'intitulé de la loi du 11 décembre 1998 relative à la classification et aux habilitations "
    "de sécurité est remplacé par l'intitulé suivant : \" Loi relative à la classification et "
    "aux habilitations, attestations et avis de sécurité \"."
)


def test_chapter_with_its_articles_inserted_into_the_act() -> None:
    # corpus/be/2005009427.md, art. 4 (block shortened to the heading and one article)
    act = parse(
        LOI_1998,
        "Un chapitre IIIbis, comprenant les articles 22bis à 22sexies est inséré dans la même "
        "loi :\n\n\" Chapitre IIIbis - Des attestations de sécurité et des avis de sécurité\n\n"
        "Art. 22bis. Dans les cas où une habilitation de sécurité n'est pas requise, l'autorité "
        "peut imposer la possession d'une attestation de sécurité. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.act.date == dt.date(1998, 12, 11) and op.target.article is None
    (chapter,) = op.new
    assert (chapter.kind, chapter.label) == ("chapter", "IIIbis")
    assert chapter.text == "Des attestations de sécurité et des avis de sécurité"
    assert [(unit.kind, unit.label) for unit in chapter.children] == [("article", "22bis")]


def test_section_with_inline_heading_after_an_article() -> None:
    # corpus/be/2006023386.md, art. 98 (the act cited in the article before)
    act = parse(
        LOI_1998,
        "Il est inséré dans le Titre VII, Chapitre II, de la même loi, après l'article 141, une "
        "section Irebis, intitulée \"Des contestations entre les dispensateurs de soins et le "
        "Service d'évaluation et de contrôle médicaux\", comprenant les articles 142 à 145.",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.divisions == (step("title", "VII"), step("chapter", "II"))
    assert (op.position, op.anchor) == ("after", step("article", "141"))
    assert (op.new[0].kind, op.new[0].label) == ("section", "Irebis")
    assert op.new[0].text == ("Des contestations entre les dispensateurs de soins et le "
                              "Service d'évaluation et de contrôle médicaux")


def test_complete_par_un_alinea_trois() -> None:
    # corpus/be/2016036305.md, art. 43 (after an article citing the décret; block shortened)
    act = parse(
        "Dans l'article 2 du décret du 21 novembre 2003 relatif à la politique de santé "
        "préventive, les mots \" la prévention \" sont abrogés.",
        "L'article 62 du même décret est complété par un alinéa trois, rédigé comme suit:\n\n\" "
        "Par dérogation à l'alinéa premier, des subventions peuvent être octroyées. \".",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.article == "62" and op.target.path == () and op.position == "end"
    assert len(op.new) == 1 and op.new[0].kind == "alinea"
    assert op.new[0].text == ("Par dérogation à l'alinéa premier, des subventions peuvent être "
                              "octroyées.")


def test_complete_a_paragraph_par_un_alinea_deux() -> None:
    # corpus/be/2016036305.md, art. 8 (after an article citing the décret)
    act = parse(
        "Dans l'article 2 du décret du 21 novembre 2003 relatif à la politique de santé "
        "préventive, les mots \" la prévention \" sont abrogés.",
        "L'article 18, § 2, du même décret, est complété par un alinéa deux, rédigé comme suit "
        ":\n\n\" Un objectif de santé flamand approuvé reste en vigueur jusqu'à ce qu'il soit "
        "revu ou abrogé par le Parlement flamand. \".",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.article == "18" and op.target.path == (step("paragraph", "2"),)
    assert (op.position, op.announced_count, len(op.new)) == ("end", 1, 1)


# --- two clauses cut after "et" and an incidental phrase -------------------------------------

def test_et_in_fine_cuts_two_clauses() -> None:
    # corpus/be/2006009457.md, art. 37 (read before as one clause: the replacement was lost
    # and ", aux juges" appended)
    act = parse(CODE_JUDICIAIRE,
                "Dans l'article 390 du même Code, remplacé par la loi du 22 décembre 1998 et "
                "modifié par les lois des 17 juillet 2000, 3 mai 2003 et 22 décembre 2003, les "
                "mots \" ainsi qu'aux juges \" sont remplacés par les mots \", aux juges \" et, "
                "in fine, les mots \" ainsi qu'aux assesseurs en application des peines \" sont "
                "ajoutés.")
    first, second = [op for op in act.operations() if op.source.article == "3"]
    assert isinstance(first, ReplaceWords)
    assert (first.old, first.new) == ("ainsi qu'aux juges", ", aux juges")
    assert first.target.article == "390" and first.language is None
    assert isinstance(second, AppendWords)
    assert second.new == "ainsi qu'aux assesseurs en application des peines"


def test_a_language_mention_restricts_its_clause_and_the_next_only() -> None:
    # corpus/be/2019030478.md, art. 13 ("et, dans le texte en néerlandais, les mots … sont
    # insérés …": read before as one clause, the Dutch words inserted into the French text)
    act = parse("L'article 14/21, § 3, de la loi du 20 juillet 2006 relative à l'Agence "
                "fédérale des médicaments et des produits de santé, inséré par la loi du 11 mars "
                "2018, les mots \"faire toutes les constatations utiles,\" sont insérés entre "
                "les mots \"ont le droit de\" et \"donner des avertissements\" et, dans le texte "
                "en néerlandais, les mots \", waarschuwingen te geven\" sont insérés entre les "
                "mots \"dienstige vaststellingen te doen\" et les mots \"en processen-verbaal\".")
    french, dutch = act.operations()
    assert isinstance(french, InsertWords) and isinstance(dutch, InsertWords)
    assert (french.new, french.after, french.language) == (
        "faire toutes les constatations utiles,", "ont le droit de", None)
    assert (dutch.new, dutch.after, dutch.before, dutch.language) == (
        ", waarschuwingen te geven", "dienstige vaststellingen te doen", "en processen-verbaal",
        "nl")


# --- a point that is a bare designation is the lead-in of its points ------------------------

def test_a_point_that_is_a_designation_leads_its_points_in() -> None:
    # corpus/be/2006023386.md, art. 91, 1° ("1° au § 2 :" then a), b), c)), its act cited
    # by title instead of "de la même loi": the labels a), b), c) are points, not units of
    # the place (read before as "§ 2, a), alinéa 1er, b), alinéa 2")
    act = parse(
        "A l'article 73 de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, remplacé par la loi du 24 décembre 2002, "
        "sont apportées les modifications suivantes :\n\n1° au § 2 :\n\na) dans l'alinéa 1er, "
        "le mot \"141, § 2\" est remplacé par le mot \"146bis\";\n\nb) dans l'alinéa 2, le mot "
        "\"141, § 2\" est remplacé par le mot \"146bis\" et à la dernière phrase, les mots \"est "
        "considéré comme manifestement déviant\" sont remplacés par les mots \"doit être "
        "examiné\";\n\n2° au § 3, alinéa 2, dans la seconde phrase, les mots \"six mois\" sont "
        "remplacés par les mots \"trois mois\";")
    read = [(op.source.point, op.target.article, [(s.unit, s.label) for s in op.target.path])
            for op in act.operations()]
    assert read == [
        ("1° a)", "73", [("paragraph", "2"), ("alinea", "1er")]),
        ("1° b)", "73", [("paragraph", "2"), ("alinea", "2")]),
        ("1° b)", "73", [("paragraph", "2"), ("alinea", "2"), ("sentence", "#-1")]),
        ("2°", "73", [("paragraph", "3"), ("alinea", "2"), ("sentence", "#2")]),
    ]


def test_words_added_between_words_are_inserted_there() -> None:
    # corpus/be/2006023386.md, art. 91, 4°, b) (its act cited by title): "est ajouté entre …"
    # was read as words appended at the end, the place dropped
    op = only_operation(
        "Dans l'article 73, § 4, de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, dans la deuxième phrase, le mot \"/ou\" est "
        "ajouté entre le mot \"et\" et le mot \"institutions\".")
    assert isinstance(op, InsertWords)
    assert (op.new, op.after, op.before) == ("/ou", "et", "institutions")
