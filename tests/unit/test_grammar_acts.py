"""The act-citation and history rules of the grammar (lang/fr.py LEXICON: ``cited_act``,
``coordinated``, ``code``, ``same_act``, ``history``), each on a real sentence.

Sentences are quoted from ../shared/data (the file is named above each test); each is parsed
inside a minimal act (tests/unit/parser_cases.py) and the typed operation is checked.
"""

from __future__ import annotations

import datetime as dt

from parser_cases import only_operation, parse

from consolidate.model import (
    AppendWords,
    InsertUnit,
    InsertWords,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)


def test_dated_loi_with_title_and_history_in_last_place() -> None:
    # corpus/be/2014003226.md, art. 2
    op = only_operation(
        "Dans l'article 121, paragraphe 1er, alinéa 1er, 4°, de la loi du 2 août 2002 relative "
        "à la surveillance du secteur financier et aux services financiers, modifié en dernier "
        "lieu par l'arrêté royal du 12 novembre 2012, les mots \"de l'article 38 ou de l'article "
        "39\" sont insérés avant les mots \"ainsi qu'en application de toute autre disposition "
        "légale\"."
    )
    assert isinstance(op, InsertWords)
    assert op.target.act.type == "loi" and op.target.act.date == dt.date(2002, 8, 2)
    assert op.target.act.title == ("relative à la surveillance du secteur financier et aux "
                                   "services financiers")
    assert op.target.article == "121"
    assert op.target.path == (Step(unit="paragraph", label="1er"),
                              Step(unit="alinea", label="1er"), Step(unit="point", label="4°"))
    assert op.history == ("modifié en dernier lieu par l'arrêté royal du 12 novembre 2012",)
    assert (op.new, op.after, op.before) == (
        "de l'article 38 ou de l'article 39", None,
        "ainsi qu'en application de toute autre disposition légale")


def test_loi_organique() -> None:
    # corpus/be/2022015455.md, art. 2 (lead-in and its first point)
    op = only_operation(
        "A l'article 3 de la loi organique du 30 novembre 1998 des services de renseignement et "
        "de sécurité, modifié en dernier lieu par la loi du 30 mars 2017, les modifications "
        "suivantes sont apportées:\n\n1° le 4° est complété par les mots \"des Forces armées\";"
    )
    assert isinstance(op, AppendWords) and op.new == "des Forces armées"
    assert op.target.act.type == "loi" and op.target.act.date == dt.date(1998, 11, 30)
    assert op.target.article == "3" and op.target.path == (Step(unit="point", label="4°"),)
    assert op.history == ("modifié en dernier lieu par la loi du 30 mars 2017",)
    assert op.source.point == "1°"


def test_arrete_royal_replaced_by_history() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 1er
    op = only_operation(
        "Dans l'article 2, alinéa 1er, de l'arrêté royal du 28 février 1991 relatif à "
        "l'interruption à mi-temps de la carrière professionnelle dans les administrations de "
        "l'Etat, les mots \" soixante mois \" sont remplacés par les mots \" septante-deux "
        "mois \"."
    )
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ("soixante mois", "septante-deux mois")
    assert op.target.act.type == "arrêté royal" and op.target.act.date == dt.date(1991, 2, 28)
    assert op.target.path == (Step(unit="alinea", label="1er"),)


def test_arrete_ministeriel() -> None:
    # excerpts/fr/2013014172 is a royal decree; this one: excerpts/fr/2011021073/act.fr.md
    op = only_operation(
        "A l'article 5, 2°, de l'arrêté ministériel du 17 juillet 1970 d'exécution du Code des "
        "taxes assimilées aux impôts sur les revenus, le mot \"au quintuple\" est remplacé par "
        "le mot \"au double\"."
    )
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("au quintuple", "au double")
    assert op.target.act.type == "arrêté ministériel"
    assert op.target.act.date == dt.date(1970, 7, 17)
    assert op.target.article == "5" and op.target.path == (Step(unit="point", label="2°"),)


def test_code_by_name() -> None:
    # corpus/be/2005009998.md, art. 9
    op = only_operation(
        "Dans l'article 207bis, § 1er, du Code judiciaire inséré par la loi du 9 juillet 1997, "
        "les mots \", au moment de la nomination \" sont supprimés."
    )
    assert isinstance(op, RepealWords) and op.old == ", au moment de la nomination"
    assert op.target.act.type == "code" and op.target.act.code == "Code judiciaire"
    assert op.target.article == "207bis"
    assert op.target.path == (Step(unit="paragraph", label="1er"),)
    assert op.history == ("inséré par la loi du 9 juillet 1997",)


def test_act_by_title_coordonnee_le() -> None:
    # corpus/be/2006023386.md, art. 49
    op = only_operation(
        "Dans l'article 17bis, alinéa 2, 1°, deuxième phrase, de la loi sur les hôpitaux "
        "coordonnée le 7 août 1987, inséré par la loi du 29 décembre 1990 et modifié par la loi "
        "du 14 janvier 2001, les mots \"doit être un infirmier gradué ou accoucheuse et\" sont "
        "supprimés."
    )
    assert isinstance(op, RepealWords)
    assert op.target.act.coordinated == dt.date(1987, 8, 7)
    assert op.target.act.title == "sur les hôpitaux"
    assert op.target.article == "17bis"
    assert op.target.path == (Step(unit="alinea", label="2"), Step(unit="point", label="1°"),
                              Step(unit="sentence", label="#2"))
    assert op.history == ("inséré par la loi du 29 décembre 1990",
                          "modifié par la loi du 14 janvier 2001")


def test_same_act_de_la_meme_loi() -> None:
    # corpus/be/2006023386.md, art. 92, after an article citing the loi du 14 juillet 1994
    # (art. 91: "A l'article 73 de la même loi …"; the act is put in the first article here)
    act = parse(
        "L'article 73 de la loi relative à l'assurance obligatoire soins de santé et indemnités, "
        "coordonnée le 14 juillet 1994, est abrogé.",
        "L'article 73bis de la même loi devient l'article 73ter.",
    )
    first, second = act.operations()
    assert isinstance(first, RepealUnit)
    assert first.target.act.coordinated == dt.date(1994, 7, 14)
    assert second.target.act == first.target.act
    assert second.target.article == "73bis"
    assert isinstance(second, Renumber) and second.new_label == "73ter"


def test_history_modifie_par_les_lois_des() -> None:
    # corpus/be/2014009092.md, art. 8 (block shortened to its two alinéas' first sentences)
    op = only_operation(
        "L'article 91 du Code judiciaire, remplacé par la loi du 3 août 1992 et modifié par les "
        "lois des 11 juillet 1994, 28 mars 2000, 17 mai 2006 et 21 avril 2007, est complété par "
        "deux alinéas rédigés comme suit :\n\n\"En matière d'application des peines, les "
        "affaires sont uniquement attribuées au juge.\n\nLe juge de l'application des peines a, "
        "de préférence, suivi la formation.\"."
    )
    assert isinstance(op, InsertUnit)
    assert op.target.act.code == "Code judiciaire" and op.target.article == "91"
    assert op.history == (
        "remplacé par la loi du 3 août 1992",
        "modifié par les lois des 11 juillet 1994, 28 mars 2000, 17 mai 2006 et 21 avril 2007")
    assert (op.position, op.announced_count, len(op.new)) == ("end", 2, 2)


def test_history_inserted_by_an_article_of_this_act() -> None:
    # corpus/be/2011012030.md, art. 16 ("Dans le chapitre II/1 inséré par l'article 15")
    act = parse(
        "Dans la loi du 3 juillet 1978 relative aux contrats de travail, il est inséré un "
        "chapitre II/1 intitulé \" Dispositions particulières \".",
        "Dans le chapitre II/1 inséré par l'article 15, il est inséré une section 1re intitulée "
        "\" Champ d'application \".",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.history == ("inséré par l'article 15",)
    assert op.target.divisions == (Step(unit="chapter", label="II/1"),)
    assert op.new[0].kind == "section" and op.new[0].label == "1re"
    assert op.new[0].text == "Champ d'application"


def test_decret_and_history_by_arrete_du_gouvernement_flamand() -> None:
    # corpus/be/2016036305.md, art. 46 ("les paragraphes 1er, 3, et 4": three targets)
    ops = parse(
        "Dans les paragraphes 1er, 3, et 4 de l'article 7 du décret du 6 juillet 2001 contenant "
        "diverses mesures d'accompagnement de l'ajustement du budget 2001, modifié par l'arrêté "
        "du Gouvernement flamand du 19 décembre 2014, les mots \" association sans but "
        "lucratif \" sont remplacés par les mots \" association de droit privé \"."
    ).operations()
    assert [op.target.path for op in ops] == [
        (Step(unit="paragraph", label=label),) for label in ("1er", "3", "4")]
    for op in ops:
        assert isinstance(op, ReplaceWords) and op.old == "association sans but lucratif"
        assert op.target.act.type == "décret" and op.target.act.date == dt.date(2001, 7, 6)
        assert op.target.article == "7"
        assert op.history == ("modifié par l'arrêté du Gouvernement flamand du 19 décembre "
                              "2014",)


def test_ordonnance_replaced_comme_suit() -> None:
    # corpus/be/2018031953.md, art. 5 (the block shortened)
    op = only_operation(
        "L'article 3, 2°, de l'ordonnance du 29 mars 2012 portant intégration de la dimension "
        "de genre dans les lignes politiques de la Région de Bruxelles-Capitale est remplacé "
        "comme suit :\n\n\" il ou elle établit un rapport d'évaluation relatif notamment à la "
        "situation respective des femmes et des hommes. \""
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.act.type == "ordonnance" and op.target.act.date == dt.date(2012, 3, 29)
    assert op.target.act.title == ("portant intégration de la dimension de genre dans les "
                                   "lignes politiques de la Région de Bruxelles-Capitale")
    assert op.target.article == "3" and op.target.path == (Step(unit="point", label="2°"),)
    assert op.new[0].text.startswith("il ou elle établit")


def test_same_act_du_meme_arrete() -> None:
    # excerpts/fr/2018010274/act.fr.md, art. 2 and 3
    act = parse(
        "Dans l'article 5, § 1 de l'arrêté ministériel du 23 juillet 2001 relatif à "
        "l'immatriculation des véhicules, le point 2 est remplacé par ce qui suit:\n\" 2° en ce "
        "qui concerne la \"marque d'immatriculation moto\", d'un groupe de deux lettres. \"",
        "Dans l'article 12 du même arrêté, le paragraphe 4 est abrogé.",
    )
    first, second = act.operations()
    assert isinstance(first, ReplaceUnit)
    assert first.target.act.type == "arrêté ministériel"
    assert first.target.path == (Step(unit="paragraph", label="1"),
                                 Step(unit="point", label="2"))
    assert isinstance(second, RepealUnit)
    assert second.target.act == first.target.act
    assert second.target.article == "12"
    assert second.target.path == (Step(unit="paragraph", label="4"),)


def test_history_modifie_par_les_arretes_royaux_du() -> None:
    # excerpts/fr/2013014172/act.fr.md, art. 1er (the block shortened)
    op = only_operation(
        "L'article 20, § 1er, de l'arrêté royal du 20 juillet 2001 relatif à l'immatriculation "
        "de véhicules, modifié par les arrêtés royaux du 6 novembre 2010, est complété par un 8° "
        "rédigé comme suit :\n« 8° les marques d'immatriculation « G », pour les utilisateurs de "
        "véhicules. »"
    )
    assert isinstance(op, InsertUnit)
    assert op.target.act.date == dt.date(2001, 7, 20) and op.target.article == "20"
    assert op.target.path == (Step(unit="paragraph", label="1er"),)
    assert op.history == ("modifié par les arrêtés royaux du 6 novembre 2010",)
    assert op.position == "end" and op.new[0].label == "8°"
