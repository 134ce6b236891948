"""Act titles, named acts and unlabelled points read by the grammar (consolidate/parsing/acts.py
``_title_end`` / ``_AFTER_TITLE``, lang/fr.py ``cited_act``, consolidate/parsing/articles.py
``POINT_LABEL``), each on a real sentence from ../shared/data (the file is named above each
test), parsed inside a minimal act (tests/unit/parser_cases.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from parser_cases import only_operation, parse

from consolidate.errors import ParseError
from consolidate.model import (
    AppendWords,
    InsertUnit,
    InsertWords,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text


def step(unit: str, label: str, until: str | None = None) -> Step:
    return Step(unit=unit, label=label, until=until)  # type: ignore[arg-type]


def test_title_holding_entre_is_not_an_entry_into_force() -> None:
    # corpus/be/2016036305.md, art. 21: "entre" stops a title only in "entre en vigueur"
    op = only_operation(
        "L'article 2 du décret du 3 mars 2004 relatif aux soins de santé primaires et à la "
        "coopération entre les prestataires de soins, modifié par les décrets des 13 mars 2009 "
        "et 21 juin 2013, est complété par un point 20°, rédigé comme suit :\n\n"
        "\" 20° réseau de soins : un réseau ; \"."
    )
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.act.type == "décret" and op.target.act.date == dt.date(2004, 3, 3)
    assert op.target.act.title == ("relatif aux soins de santé primaires et à la coopération "
                                   "entre les prestataires de soins")
    assert op.target.article == "2" and op.target.path == ()
    assert op.history == ("modifié par les décrets des 13 mars 2009 et 21 juin 2013",)
    assert [unit.label for unit in op.new] == ["20°"]


def test_title_with_en_ce_qui_concerne_after_a_comma() -> None:
    # corpus/be/2011021116.md, art. 9
    op = only_operation(
        "Dans l'article 3, alinéa 1er, de la loi du 10 août 2005 modifiant la loi du 3 avril "
        "1953 d'organisation judiciaire et autorisant temporairement la nomination de magistrats "
        "en surnombre, en ce qui concerne la cour d'appel de Gand, modifié par la loi du 29 "
        "décembre 2010, le mot \"2011\" est remplacé par le mot \"2012\"."
    )
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("2011", "2012")
    assert op.target.act.date == dt.date(2005, 8, 10)
    assert op.target.act.title is not None
    assert op.target.act.title.endswith(", en ce qui concerne la cour d'appel de Gand")
    assert op.target.article == "3" and op.target.path == (step("alinea", "1er"),)
    assert op.history == ("modifié par la loi du 29 décembre 2010",)


def test_title_with_a_list_of_aux_after_commas() -> None:
    # corpus/be/2019041200.md, art. 136
    op = only_operation(
        "L'article 2 de la loi du 19 juillet 1991 relative aux registres de la population, aux "
        "cartes d'identité, aux cartes des étrangers et aux documents de séjour, modifié en "
        "dernier lieu par la loi du 25 novembre 2018, est complété par les alinéas 7 et 8, "
        "rédigés comme suit :\n\n"
        "\"Le Roi détermine les modalités.\n\nIl fixe la date.\""
    )
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.act.date == dt.date(1991, 7, 19)
    assert op.target.act.title == ("relative aux registres de la population, aux cartes "
                                   "d'identité, aux cartes des étrangers et aux documents de "
                                   "séjour")
    assert op.target.article == "2"
    assert op.history == ("modifié en dernier lieu par la loi du 25 novembre 2018",)
    assert [unit.kind for unit in op.new] == ["alinea", "alinea"]


def test_a_comma_then_a_la_still_goes_on_with_the_designation() -> None:
    # corpus/be/2018011241.md, art. 64: "à la catégorie A" is not part of the title (it was
    # refused, never swallowed into the title; it is read now: a unit by its heading,
    # tests/unit/test_grammar_designations.py)
    op = only_operation(
        "Dans l'article 1er de la loi du 16 mars 1954 relative au contrôle de certains "
        "organismes d'intérêt public, à la catégorie A, modifié en dernier lieu par la loi du "
        "25 octobre 2016, les mots \"Institut d'hygiène et d'épidémiologie\" sont abrogés."
    )
    assert op.target.act.title == "relative au contrôle de certains organismes d'intérêt public"
    assert op.target.path == (step("headed", "catégorie A"),)


def test_named_act_before_its_date() -> None:
    # corpus/be/2016036305.md, art. 52: "le Décret sur les soins et le logement du 13 mars 2009"
    op = only_operation(
        "Dans l'article 50 du Décret sur les soins et le logement du 13 mars 2009, modifié par "
        "le décret du 21 juin 2013, le point 1° est remplacé par la disposition suivante :\n\n"
        "\" 1° une association de droit privé dotée de la personnalité juridique, pour laquelle "
        "il est interdit par loi de payer un avantage patrimonial à ses membres ; \"."
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.act.type == "décret" and op.target.act.date == dt.date(2009, 3, 13)
    assert op.target.article == "50" and op.target.path == (step("point", "1°"),)
    assert op.history == ("modifié par le décret du 21 juin 2013",)


def test_act_dated_with_de_instead_of_du() -> None:
    # corpus/be/2019030478.md, art. 2: "la loi de 25 mars 1964 sur les médicaments"
    op = only_operation(
        "Dans la loi de 25 mars 1964 sur les médicaments, l'article 6sexies est abrogé."
    )
    assert isinstance(op, RepealUnit)
    assert op.target.act.type == "loi" and op.target.act.date == dt.date(1964, 3, 25)
    assert op.target.act.title == "sur les médicaments"
    assert op.target.article == "6sexies"


def test_history_act_dated_with_de_and_no_comma_before_the_words() -> None:
    # corpus/be/2019030478.md, art. 8 (after art. 2 citing the same loi du 25 mars 1964)
    act = parse(
        "Dans la loi de 25 mars 1964 sur les médicaments, l'article 6sexies est abrogé.",
        "A l'article 14/10, § 2, de la même loi, inséré par la loi du 11 mars 2018 et modifié "
        "par la loi portant des dispositions diverses en matières de santé de 30 octobre 2018 "
        "les mots \", à l'article 47, § 2, de la loi du 7 mai 2017 relative aux essais cliniques "
        "de médicaments à usage humain\" sont insérés entre les mots \"d'origine humaine\" et "
        "\"et l'article 34/2, § 2\".",
    )
    op = act.operations()[-1]
    assert op.target.act.date == dt.date(1964, 3, 25)
    assert op.target.article == "14/10" and op.target.path == (step("paragraph", "2"),)
    assert op.history == (
        "inséré par la loi du 11 mars 2018",
        "modifié par la loi portant des dispositions diverses en matières de santé de 30 "
        "octobre 2018",
    )


def test_a_division_counted_by_an_ordinal_word() -> None:
    # corpus/be/2011021116.md, art. 2: "la deuxième partie" of the Code judiciaire is part II
    op = only_operation(
        "Dans la deuxième partie, livre II, titre IV, chapitre II, du Code judiciaire, il est "
        "inséré un article 391/1 rédigé comme suit :\n\n"
        "\" Art. 391/1. Par dérogation à l'article 391, les magistrats restent en fonction. \""
    )
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert op.target.act.code == "Code judiciaire"
    assert op.target.divisions == (step("part", "2"), step("book", "II"), step("title", "IV"),
                                   step("chapter", "II"))
    assert [unit.label for unit in op.new] == ["391/1"]


def test_points_whose_degree_sign_was_lost() -> None:
    # corpus/be/2006023386.md, art. 17 (points "1 ", "2 " on the Justel page)
    act = parse(
        "A l'article 35terdecies de la loi du 8 décembre 1992 relative à la protection de la vie "
        "privée, inséré par la loi du 10 décembre 1997 et modifié par la loi du 2 août 2002, "
        "sont apportées les modifications suivantes :\n\n1 dans le point 1, les mots \"articles "
        "2, 3, 4, 5, § 2, 21bis, 21quater et 22\" sont remplacés par les mots \"articles 2, § 1er, "
        "3, 4, 5, § 2, 21bis, 21quater, 21noviesdecies et 22\";\n\n2 dans le point 3, b), les "
        "mots \"aux articles 2, § 2, 3, 4, 5, § 2, 21bis, 21quater et 22\" sont remplacés par les "
        "mots \"aux articles 3, 4, 5, § 2, 21bis, 21quater, 21noviesdecies et 22\".",
    )
    first, second = act.operations()
    assert first.source.point == "1" and second.source.point == "2"
    assert first.target.article == second.target.article == "35terdecies"
    assert first.target.path == (step("point", "1"),)
    assert second.target.path == (step("point", "3"), step("point", "b)"))
    assert isinstance(first, ReplaceWords)
    assert first.new == "articles 2, § 1er, 3, 4, 5, § 2, 21bis, 21quater, 21noviesdecies et 22"


def test_a_number_whose_kind_the_page_lost_is_read_for_the_base_to_decide() -> None:
    # corpus/be/2006023386.md, art. 19: "§ 1er, 2, b)" (the page lost the degree of "2°"):
    # the "2" was dropped once, then refused; now a `number` step the applier resolves against
    # the base (tests/unit/test_address_lost_kind.py), never dropped nor guessed here
    op = only_operation(
        "Dans l'article 37, § 1er, 2, b), de la loi du 8 décembre 1992 relative à la "
        "protection de la vie privée, modifié par les lois du 20 décembre 1974 et du 6 avril "
        "1995, les mots \"aux articles 2, 3, 4 ou 21bis\" sont remplacés par les mots \"aux "
        "articles 2, § 1er, 3, 4, 21bis ou 21noviesdecies\"."
    )
    assert op.target.path == (step("paragraph", "1er"), step("number", "2"), step("point", "b)"))


def test_a_number_no_unit_rule_reads_is_refused() -> None:
    # a number neither after a unit and a comma nor after "au" / "dans le": never read
    with pytest.raises(ParseError) as caught:
        parse(
            "Dans l'article 37 2 de la loi du 8 décembre 1992 relative à la protection de la vie "
            "privée, les mots \"aux articles 2\" sont remplacés par les mots \"aux articles 3\"."
        )
    assert caught.value.code == "P007" and "'2'" in str(caught.value)


def test_points_labelled_degree_and_parenthesis_and_the_phrase_introductive() -> None:
    # corpus/be/2006023386.md, art. 88 ("1°) dans la phrase introductive, …")
    act = parse(
        "A l'article 2quater de la loi du 24 février 1921 concernant le trafic des substances "
        "vénéneuses, soporifiques, stupéfiantes, psychotropes, désinfectantes ou antiseptiques "
        "et des substances pouvant servir à la fabrication illicite de substances stupéfiantes "
        "et psychotropes, inséré par la loi du 3 mai 2003, les modifications suivantes sont "
        "apportées :\n\n1°) dans la phrase introductive, les mots \"Règlement (CEE) n° 3677/90\" "
        "sont remplacés par les mots \"Règlement (CE) n° 273/2004\";\n\n2°) le 4°, deuxième "
        "tiret est remplacé comme suit :\n\n\"- la vente ou l'expédition;\"."
    )
    first, second = act.operations()
    assert first.source.point == "1°)" and second.source.point == "2°)"
    assert first.target.act.date == dt.date(1921, 2, 24)
    assert first.target.path == (Step(unit="intro", label=""),)
    assert isinstance(second, ReplaceUnit)
    assert second.target.path == (step("point", "4°"), step("tiret", "#2"))


def test_places_in_two_articles_keep_their_own_articles() -> None:
    # excerpts/fr/1997016050/act.fr.md, art. 1er: "l'article 2, § 1er, et l'article 3" (was
    # read as article 2 twice)
    act = parse(
        "L'article 2, § 1er, et l'article 3 de l'arrêté ministériel du 12 janvier 1996 "
        "déterminant des mesures temporaires de protection à prendre afin d'éviter "
        "l'introduction et la propagation du Pseudomonas solanacearum (Smith) Smith, agent de la "
        "bactériose vasculaire de la pomme de terre, sur le territoire belge, sont abrogés."
    )
    targets = [(op.target.article, op.target.path) for op in act.operations()]
    assert targets == [("2", (step("paragraph", "1er"),)), ("3", ())]
    assert all(isinstance(op, RepealUnit) for op in act.operations())


def test_a_range_said_inclus_in_a_list_of_articles() -> None:
    # corpus/be/2016036305.md, art. 13 (the act cited in full: the file says "du même décret")
    act = parse(
        "Dans les articles 64, 67, 68, alinéa deux, et les articles 69 à 71 inclus du décret du "
        "21 novembre 2003 relatif à la politique de santé préventive, les mots \" entre autres \" "
        "sont insérés entre le mot \" peuvent \" et le mot \" concerner \"."
    )
    targets = [(op.target.article, op.target.article_until, op.target.path)
               for op in act.operations()]
    assert targets[-1] == ("69", "71", ())
    assert [article for article, _, _ in targets[:-1]] == ["64", "67", "68"]
    assert all(op.new == "entre autres" for op in act.operations()
               if isinstance(op, InsertWords))


def test_points_range_said_inclus() -> None:
    # corpus/be/2016036305.md, art. 66, 1°
    act = parse(
        "A l'article 37 de la loi du 8 avril 1965 relative à la protection de la jeunesse, les "
        "modifications suivantes sont apportées :\n\n1° dans le paragraphe 2, alinéa premier, les "
        "points 5°, 6° et 9° à 11° inclus sont abrogés ;"
    )
    paths = [op.target.path[-1] for op in act.operations()]
    assert paths == [step("point", "5°"), step("point", "6°"), step("point", "9°", "11°")]


def test_recital_of_a_ruling_of_the_constitutional_court_named_after_the_court() -> None:
    # corpus/be/2019041200.md, art. 131 ("annulée par l'arrêt de la Cour constitutionnelle
    # n° 13/2017"; the article is cited without its superscript: "269²" is not read yet)
    op = only_operation(
        "Dans l'article 269, § 2, du Code des droits d'enregistrement, d'hypothèque et de greffe, "
        "inséré par la loi du 10 octobre 1967, remplacé par la loi du 28 avril 2015 annulée par "
        "l'arrêt de la Cour constitutionnelle n° 13/2017, remplacé par la loi du 14 octobre 2018, "
        "les mots \", § 1er et § 2, a),\" sont insérés entre les mots \"l'article 730\" et les "
        "mots \"du Code judiciaire\"."
    )
    assert isinstance(op, InsertWords)
    assert op.target.act.code == "Code des droits d'enregistrement, d'hypothèque et de greffe"
    assert op.target.article == "269" and op.target.path == (step("paragraph", "2"),)
    assert "annulée par l'arrêt de la Cour constitutionnelle n° 13/2017" in " ".join(op.history)


def test_a_list_of_repealed_acts() -> None:
    # corpus/be/2013011667.md, art. 5 (was read as the repeal of the first law only)
    act = parse(
        "Sont abrogées :\n\n- la loi du 11 mars 2003 sur certains aspects juridiques des "
        "services de la société de l'information, modifiée par la loi-programme du 9 juillet "
        "2004;\n\n- la loi du 12 mai 2003 concernant la protection juridique des services à "
        "accès conditionnel,\n\n- la loi du 26 juin 2003 relative à l'enregistrement abusif "
        "des noms de domaine."
    )
    ops = act.operations()
    assert all(isinstance(op, RepealUnit) for op in ops)
    assert [(op.source.point, op.target.act.date, op.target.article) for op in ops] == [
        ("[1]", dt.date(2003, 3, 11), None), ("[2]", dt.date(2003, 5, 12), None),
        ("[3]", dt.date(2003, 6, 26), None)]
    assert ops[0].history == ("modifiée par la loi-programme du 9 juillet 2004",)


def test_a_list_of_repealed_places_in_several_acts() -> None:
    # corpus/be/2019041200.md, art. 69 (the title of the third act shortened)
    act = parse(
        "Sont abrogés :\n\n- l'article 647 du Code d'instruction criminelle, modifié en dernier "
        "lieu par la loi du 19 avril 2017;\n\n- la sous-section 6 de la section VI, du chapitre "
        "VIII, du titre III, du livre II de la quatrième partie du Code Judiciaire, modifiée par "
        "la loi du 19 avril 2017;\n\n- le chapitre 5 de la loi du 10 avril 2014 modifiant "
        "diverses dispositions en vue d'établir un registre national des experts judiciaires, "
        "modifié par la loi du 19 avril 2017."
    )
    first, second, third = act.operations()
    assert first.target.act.code == "Code d'instruction criminelle"
    assert first.target.article == "647"
    assert second.target.act.code == "Code judiciaire" and second.target.article is None
    assert second.target.divisions == (
        step("part", "4"), step("book", "II"), step("title", "III"), step("chapter", "VIII"),
        step("section", "VI"), step("subsection", "6"))
    assert third.target.act.date == dt.date(2014, 4, 10)
    assert third.target.divisions == (step("chapter", "5"),)
    assert all(isinstance(op, RepealUnit) for op in (first, second, third))


def test_places_in_several_acts_cut_by_semicolons_are_refused() -> None:
    # corpus/be/2019041200.md, art. 69 written without its colon and dashes: one designation
    # cannot hold places in two acts (was read as the repeal of the first place only)
    with pytest.raises(ParseError) as caught:
        parse(
            "Sont abrogés l'article 647 du Code d'instruction criminelle, modifié en dernier lieu "
            "par la loi du 19 avril 2017; le chapitre 5 de la loi du 10 avril 2014 modifiant "
            "diverses dispositions, modifié par la loi du 19 avril 2017."
        )
    assert caught.value.code == "P007" and "different acts" in str(caught.value)


def test_act_dated_in_the_republican_calendar() -> None:
    # corpus/be/2019041200.md, art. 112 (art. 110 writes "du 25 ventôse XI", without "an")
    op = only_operation(
        "Dans la loi du 25 ventôse an XI contenant organisation du notariat, modifiée par la loi "
        "du 4 mai 1999, il est inséré un article 18bis rédigé comme suit :\n\n"
        "\"Art. 18bis. Les testaments sont inscrits au registre.\""
    )
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert op.target.act.type == "loi" and op.target.act.date == dt.date(1803, 3, 16)
    assert op.target.act.title == "contenant organisation du notariat"
    assert op.history == ("modifiée par la loi du 4 mai 1999",)
    without_an = only_operation(
        "L'article 1er de la loi du 25 ventôse XI contenant organisation du notariat, modifié par "
        "la loi du 16 avril 1927, est complété par deux alinéas rédigés comme suit :\n\n"
        "\"Le notaire informe les parties.\n\nIl les conseille.\""
    )
    assert without_an.target.act.date == dt.date(1803, 3, 16)
    assert without_an.target.article == "1er"


def test_an_article_integre_dans_an_act_is_an_insertion() -> None:
    # corpus/be/2005009998.md, art. 13 (the Code cited by name: the file says "le même Code")
    op = only_operation(
        "Un article 633quinquies, rédigé comme suit, est intégré dans le Code judiciaire :\n\n"
        "\"Art. 633quinquies. Est seul compétent pour connaître de la demande le juge du "
        "domicile.\""
    )
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert op.target.act.code == "Code judiciaire" and op.target.article is None
    assert [unit.label for unit in op.new] == ["633quinquies"]


def test_points_called_dispositions() -> None:
    # corpus/be/2019030478.md, art. 5: "est complété par les dispositions 21° et 22°"
    op = only_operation(
        "L'article 2, § 1er, alinéa unique, de la loi du 20 juillet 2006 relative à la création "
        "et au fonctionnement de l'Agence fédérale des médicaments et des produits de santé, "
        "modifié par la loi du 11 mars 2018, est complété par les dispositions 21° et 22°, "
        "libellées comme suit:\n\n\"21° la loi du 7 mai 2017 ;\n\n22° le règlement (UE) "
        "n° 536/2014.\""
    )
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.article == "2"
    assert op.target.path == (step("paragraph", "1er"), step("alinea", "1er"))
    assert [unit.label for unit in op.new] == ["21°", "22°"]


def test_a_point_labelled_2bis_degree() -> None:
    # corpus/be/2019041200.md, art. 33, b) (the article's lead-in cites the Code judiciaire)
    act = parse(
        "A l'article 1675/4 du Code judiciaire, inséré par la loi du 5 juillet 1998, les "
        "modifications suivantes sont apportées :\n\na) dans le paragraphe 2, il est inséré un "
        "point 2bis°, rédigé comme suit :\n\n\"2bis° le cas échéant, l'accord du requérant pour "
        "l'utilisation du registre visé à l'article 1675/20;\";"
    )
    (op,) = act.operations()
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert op.target.article == "1675/4" and op.target.path == (step("paragraph", "2"),)
    assert [unit.label for unit in op.new] == ["2bis°"]


def test_a_sentence_replaced_by_les_phrases() -> None:
    # corpus/be/2019030329.md, art. 20
    op = only_operation(
        "Dans l'article 259bis-14, § 2, alinéa 2, du Code judiciaire, inséré par la loi du 22 "
        "décembre 1998, la phrase \" La commission d'avis et d'enquête réunie peut en outre "
        "demander à ces autorités toute information utile. \" est remplacée par les phrases \" La "
        "commission d'avis et d'enquête réunie peut, à tout moment, se procurer tous les "
        "documents et renseignements qu'elle estime nécessaires en vue d'exercer ses missions. "
        "Les autorités judiciaires sont tenues d'accéder à cette demande. \"."
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.path[-1] == step("sentence", "La commission d'avis et d'enquête réunie "
                                      "peut en outre demander à ces autorités toute "
                                      "information utile.")
    assert [unit.kind for unit in op.new] == ["sentence"]
    assert op.new[0].text.endswith("Les autorités judiciaires sont tenues d'accéder à cette "
                                   "demande.")


def test_abroges_et_remplaces_is_a_replacement() -> None:
    # corpus/be/2022015455.md, art. 6, c) (the lead-in cites the law; the block shortened)
    act = parse(
        "A l'article 13/1 de la loi organique du 30 novembre 1998 des services de renseignement "
        "et de sécurité, les modifications suivantes sont apportées :\n\na) les alinéas 3, 4, 5 "
        "et 6 sont abrogés et remplacés par les paragraphes 3 et 4, rédigés comme suit:\n\n"
        "\"§ 3. Sans préjudice du paragraphe 2, sont exemptés de peine, les agents.\n\n"
        "§ 4. Le Roi fixe les modalités.\";"
    )
    first, *rest = act.operations()
    assert isinstance(first, ReplaceUnit) and first.target.path == (step("alinea", "3"),)
    assert [unit.label for unit in first.new] == ["3", "4"]
    assert [(type(op), op.target.path) for op in rest] == [
        (RepealUnit, (step("alinea", label),)) for label in ("4", "5", "6")]


def test_the_old_number_note_of_a_justel_article_is_not_its_text() -> None:
    # corpus/be/2016003166.md, art. 11: "##### Article 11. (ancien art. 12). Dans la même loi, …"
    act = parse_text(
        "---\ntitle-fr: \"Loi\"\ndate: 2016-01-01\n---\n\n**Article 1er.** (ancien art. 12). Dans "
        "la loi du 25 avril 2014 relative au statut et au contrôle des établissements de crédit, "
        "un article 419/1 est inséré, rédigé comme suit :\n\n\"Art. 419/1. Au cours de la période "
        "transitoire, le Fonds est compétent.\"\n", "t.md")
    (op,) = act.operations()
    assert isinstance(op, InsertUnit) and [unit.label for unit in op.new] == ["419/1"]
    assert op.target.act.date == dt.date(2014, 4, 25)


def test_points_whose_labels_the_page_lost() -> None:
    # excerpts/fr/2015011424/act.fr.md, art. 1er: two points, one line each, no label
    act = parse(
        "A l'article 3 de l'arrêté royal du 3 août 2012 relatif au suivi en service des "
        "compteurs de gaz utilisés en milieu résidentiel, milieu commercial et milieu industriel "
        "léger, les modifications suivantes sont apportées :\ndans le paragraphe 1er, les mots \" "
        "par le Service de la Métrologie ou \" sont abrogés;\nle paragraphe 2 est complété par "
        "les mots \" ou de la norme NBN EN ISO/IEC 17025. \"."
    )
    first, second = act.operations()
    assert (first.source.point, second.source.point) == ("[1]", "[2]")
    assert first.target.act.date == dt.date(2012, 8, 3) and first.target.article == "3"
    assert first.target.path == (step("paragraph", "1er"),)
    assert second.target.path == (step("paragraph", "2"),)
    assert first.old == "par le Service de la Métrologie ou"  # type: ignore[union-attr]
    assert second.new == "ou de la norme NBN EN ISO/IEC 17025."  # type: ignore[union-attr]


def test_a_lead_in_followed_by_one_unlabelled_line_is_not_points() -> None:
    # the same lead-in with one line: not a list of points (refused, never guessed)
    with pytest.raises(ParseError) as caught:
        parse(
            "A l'article 3 de l'arrêté royal du 3 août 2012 relatif au suivi en service des "
            "compteurs de gaz, les modifications suivantes sont apportées :\ndans le paragraphe "
            "1er, les mots \" par le Service de la Métrologie ou \" sont abrogés."
        )
    assert caught.value.code in ("P001", "P007")


AR_2008 = (
    "L'article 1er de l'arrêté royal du 14 novembre 2008 portant exécution de la loi du 15 "
    "octobre 2008 portant des mesures visant à promouvoir la stabilité financière est abrogé."
)


def test_du_meme_arrete_is_the_act_designated_before_not_the_one_of_a_recital() -> None:
    # corpus/be/2016003166.md, art. 19 (after an article citing the arrêté royal of 2008: the
    # title shortened): each "du même arrêté royal" is that one, not the arrêté royal du 10
    # octobre 2011 of the recital before it; "1° bis" is the point 1°bis
    act = parse(
        AR_2008,
        "A l'article 4, § 2, alinéa 2, du même arrêté royal, modifié en dernier lieu par "
        "l'arrêté royal du 10 octobre 2011, et à l'article 8, § 1er, 1° bis, du même arrêté "
        "royal, inséré par la loi du 28 décembre 2011 et modifié par la loi-programme du 22 juin "
        "2012 et à l'article 9, § 2, alinéas 1er et 2, du même arrêté royal, modifiés par "
        "l'arrêté royal du 10 octobre 2011, et à l'article 9/1, alinéa 1er, du même arrêté "
        "royal, inséré par la loi du 29 décembre 2010 et modifié par l'arrêté royal du 10 "
        "octobre 2011, les mots \"Fonds spécial de protection\" sont remplacés par les mots "
        "\"Fonds de garantie\".",
    )
    ops = act.operations()[1:]
    assert {op.target.act.date for op in ops} == {dt.date(2008, 11, 14)}
    assert [(op.target.article, op.target.path) for op in ops] == [
        ("4", (step("paragraph", "2"), step("alinea", "2"))),
        ("8", (step("paragraph", "1er"), step("point", "1°bis"))),
        ("9", (step("paragraph", "2"), step("alinea", "1er"))),
        ("9", (step("paragraph", "2"), step("alinea", "2"))),
        ("9/1", (step("alinea", "1er"),)),
    ]
    assert all(isinstance(op, ReplaceWords) and op.new == "Fonds de garantie" for op in ops)


def test_a_recital_abroges_implicitement() -> None:
    # corpus/be/2006009457.md, art. 47 (the act cited in full: the file says "de la même loi")
    act = parse(
        "A l'article 43 de la loi du 15 juin 1935 concernant l'emploi des langues en matière "
        "judiciaire, les §§ 6 et 7, abrogés implicitement par la loi du 10 octobre 1967, sont "
        "remplacés par la disposition suivante :\n\n\"§ 6. Le Roi fixe les modalités.\""
    )
    first, second = act.operations()
    assert isinstance(first, ReplaceUnit) and first.target.path == (step("paragraph", "6"),)
    assert isinstance(second, RepealUnit) and second.target.path == (step("paragraph", "7"),)
    assert first.history == ("abrogés implicitement par la loi du 10 octobre 1967",)


def test_les_signes_de_paragraphe() -> None:
    # corpus/be/2022015455.md, art. 20, 1°
    act = parse(
        "A l'article 18/2 de la loi organique du 30 novembre 1998 des services de renseignement "
        "et de sécurité, les modifications suivantes sont apportées :\n\n1° au paragraphe 3, "
        "alinéa 1er, première phrase, les signes de paragraphe \" §§ \" sont remplacés par le mot "
        "\"paragraphes\"."
    )
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("§§", "paragraphes")
    assert op.target.path == (step("paragraph", "3"), step("alinea", "1er"),
                              step("sentence", "#1"))


def test_numbered_arrete_royal_without_the_degree_sign() -> None:
    # corpus/be/2006023386.md, art. 2 (lead-in and its first point): "l'arrêté royal n 78 du …"
    act = parse(
        "Dans l'article 2 de l'arrêté royal n 78 du 10 novembre 1967 relatif à l'exercice des "
        "professions de santé, modifié par les lois des 10 août 2001 et 2 août 2002, sont "
        "apportées les modifications suivantes :\n\n1° dans le § 1er, les mots \"§ 1er ou § 2\" "
        "sont supprimés;"
    )
    (op,) = act.operations()
    assert op.target.act.type == "arrêté royal" and op.target.act.date == dt.date(1967, 11, 10)
    assert op.target.article == "2" and op.target.path == (step("paragraph", "1er"),)


def test_supprimes_et_remplaces_par_words_after_a_colon() -> None:
    # corpus/be/2018031957.md, art. 5, 2° and art. 6, 2° (the décret cited in full: the file
    # says "du même décret"); both were read as the repeal of the words only
    act = parse(
        "A l'article 32 du décret du 2 février 2007 fixant le statut des directeurs, les "
        "modifications suivantes sont apportées :\n\n1° au § 3, les mots \" l'article 30, § 1er, "
        "alinéa 3 \" sont supprimés et remplacés par \" l'article 30, § 3 \".\n\n2° dans le § 3, "
        "les mots \" l'article 30, § 1er, alinéa 3 et 4 \" sont supprimés et remplacés par les "
        "mots : \" l'article 30, § 3 \"."
    )
    first, second = act.operations()
    assert isinstance(first, ReplaceWords) and isinstance(second, ReplaceWords)
    assert (first.old, first.new) == ("l'article 30, § 1er, alinéa 3", "l'article 30, § 3")
    assert (second.old, second.new) == ("l'article 30, § 1er, alinéa 3 et 4",
                                        "l'article 30, § 3")
    assert second.target.path == (step("paragraph", "3"),)


def test_complete_by_a_numero_d_ordre() -> None:
    # excerpts/fr/2017030949/act.fr.md, art. 1er
    op = only_operation(
        "L'article 4, 1°, de l'arrêté royal du 23 mars 1982 portant fixation de l'intervention "
        "personnelle des bénéficiaires ou de l'intervention de l'assurance soins de santé dans "
        "les honoraires de certaines prestations, remplacé par l'arrêté royal du 12 novembre "
        "2009 et modifié par les arrêtés royaux des 18 décembre 2009, 19 février 2013 et 19 "
        "décembre 2014, est complété par le numéro d'ordre \" 103250 \"."
    )
    assert isinstance(op, AppendWords) and op.new == "103250"
    assert op.target.article == "4" and op.target.path == (step("point", "1°"),)


def test_places_cut_by_a_unit_of_the_same_kind() -> None:
    # corpus/be/2016003166.md, art. 18 (after an article citing the arrêté royal of 2008, the
    # recitals shortened): "§ 2, alinéas 2 et 4, § 3, alinéas 4, 7, 9" are two places, and
    # each ", à l'article …" another (was one path with every § and alinéa, or refused)
    act = parse(
        AR_2008,
        "A l'article 4, § 2, alinéas 2 et 4, § 3, alinéas 4, 7, 9, du même arrêté royal, "
        "modifiés en dernier lieu par l'arrêté royal du 10 octobre 2011, à l'article 5, alinéa "
        "1er, du même arrêté royal, modifié par l'arrêté royal du 10 octobre 2011, à l'article "
        "8, § 1er, alinéa 1er et § 2bis, alinéa 1er, du même arrêté royal, et à l'article 9/1, "
        "alinéa 1er et alinéa 3, du même arrêté royal, les mots \"Fonds spécial de protection\" "
        "sont remplacés par les mots \"Fonds de garantie\".",
    )
    ops = act.operations()[1:]
    assert {op.target.act.date for op in ops} == {dt.date(2008, 11, 14)}
    assert [(op.target.article, op.target.path) for op in ops] == [
        ("4", (step("paragraph", "2"), step("alinea", "2"))),
        ("4", (step("paragraph", "2"), step("alinea", "4"))),
        ("4", (step("paragraph", "3"), step("alinea", "4"))),
        ("4", (step("paragraph", "3"), step("alinea", "7"))),
        ("4", (step("paragraph", "3"), step("alinea", "9"))),
        ("5", (step("alinea", "1er"),)),
        ("8", (step("paragraph", "1er"), step("alinea", "1er"))),
        ("8", (step("paragraph", "2bis"), step("alinea", "1er"))),
        ("9/1", (step("alinea", "1er"),)),
        ("9/1", (step("alinea", "3"),)),
    ]


def test_a_unit_named_twice_is_one_place() -> None:
    # corpus/be/2018011241.md, art. 68: "Dans l'article 67, § 3, …, le paragraphe 3 est
    # remplacé" (the law cited in full: the file says "de la même loi")
    op = only_operation(
        "Dans l'article 67, § 3, de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, inséré par la loi du 10 décembre 2009, le "
        "paragraphe 3 est remplacé par ce qui suit :\n\n\" § 3. Les cotisations sont attribuées "
        "à Sciensano.\"."
    )
    assert isinstance(op, ReplaceUnit) and op.target.article == "67"
    assert op.target.path == (step("paragraph", "3"),)


def test_one_place_in_two_articles_is_refused() -> None:
    # excerpts/fr/2002014286/act.fr.md, art. 1er: "A l'article 7. 2° de l'arrêté royal du 14
    # mai 2002 …, le premier alinéa de l'article 27.1.2. est remplacé" (was read as article
    # 27.1, alinéa 1er, 2°)
    with pytest.raises(ParseError) as caught:
        parse(
            "A l'article 7. 2° de l'arrêté royal du 14 mai 2002 modifiant l'arrêté royal du 1er "
            "décembre 1975 portant règlement général sur la police de la circulation routière, le "
            "premier alinéa de l'article 27.1.2. est remplacé par la disposition suivante :\n"
            "\" Le conducteur doit positionner la flèche du disque de stationnement. \""
        )
    assert caught.value.code == "P007" and "two articles" in str(caught.value)


def test_a_designation_then_les_articles_suivants_sont_abroges() -> None:
    # corpus/be/2022033790.md, art. 17 (was read as the points 1°, 2°, 3° of article 9)
    act = parse(
        "Dans la loi du 10 août 2005 instituant le système d'information Phenix, les articles "
        "suivants sont abrogés:\n\n1° l'article 7, modifié par la loi du 5 mai 2019;\n\n2° "
        "l'article 8, modifié par les lois des 12 mai 2014 et 5 mai 2019;\n\n3° l'article 9, "
        "modifié par la loi du 12 mai 2014."
    )
    ops = act.operations()
    assert all(isinstance(op, RepealUnit) for op in ops)
    assert [(op.source.point, op.target.article, op.target.path) for op in ops] == [
        ("1°", "7", ()), ("2°", "8", ()), ("3°", "9", ())]
    assert {op.target.act.date for op in ops} == {dt.date(2005, 8, 10)}
    assert ops[0].history == ("modifié par la loi du 5 mai 2019",)
