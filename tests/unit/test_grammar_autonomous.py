"""The autonomous provisions (consolidate/parsing/autonomous.py, lang/fr.py AUTONOMOUS):
article kinds and entry-into-force rules, each on a real article from ../shared/data (the
file is named above each test), placed in a minimal act whose publication is 2023-06-15
(tests/unit/parser_cases.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from parser_cases import act_text, parse

from consolidate.model import AmendingArticle, EntryIntoForce
from consolidate.parser import parse_text

PUBLISHED = dt.date(2023, 6, 15)


def article(text: str) -> AmendingArticle:
    """The article made of ``text`` (the second of the act, after its constitutional basis)."""
    return parse(text).articles[1]


def rules(text: str) -> tuple[EntryIntoForce, ...]:
    read = article(text)
    assert read.kind == "entry_into_force", read.kind
    return read.entry_into_force


def test_constitutional_basis() -> None:
    # corpus/be/2007009497.md, art. 1
    act = parse_text(act_text(
        "La présente loi règle une matière visée à l'article 78 de la Constitution.",
        basis=False), "t.md")
    assert act.articles[0].kind == "constitutional_basis"


def test_in_force_on_a_date() -> None:
    # corpus/be/2024003720.md, art. 28
    (rule,) = rules("La présente loi entre en vigueur le 1er janvier 2024.")
    assert (rule.mode, rule.date, rule.provisions) == ("date", dt.date(2024, 1, 1), ())


def test_in_force_on_publication() -> None:
    # excerpts/fr/1997016050/act.fr.md, art. 2
    (rule,) = rules("Le présent arrêté entre en vigueur le jour de sa publication au Moniteur "
                    "belge.")
    assert (rule.mode, rule.date) == ("publication", PUBLISHED)


def test_in_force_the_day_it_appears() -> None:
    # excerpts/nl/2018012873/act.fr.md, art. 2
    (rule,) = rules("Cet arrêté entre en vigueur à partir du jour où il paraît au Moniteur "
                    "belge.")
    assert rule.mode == "publication"


def test_in_force_first_day_of_the_month_after() -> None:
    # excerpts/fr/1999022435/act.fr.md, art. 2
    (rule,) = rules("Le présent arrêté entre en vigueur le premier jour du mois qui suit celui "
                    "au cours duquel il aura été publié au Moniteur belge.")
    assert (rule.mode, rule.days, rule.date) == ("month_after", 1, dt.date(2023, 7, 1))


def test_in_force_first_day_of_the_sixth_month_after() -> None:
    # corpus/be/2014003226.md, art. 4
    (rule,) = rules("La présente loi entre en vigueur le premier jour du sixième mois qui suit "
                    "celui de sa publication au Moniteur belge.")
    assert (rule.mode, rule.days, rule.date) == ("month_after", 6, dt.date(2023, 12, 1))


def test_in_force_first_day_of_the_next_quarter() -> None:
    # excerpts/fr/1997022776/act.fr.md, art. 3
    (rule,) = rules("Le présent arrêté entre en vigueur le premier jour du trimestre qui suit le "
                    "trimestre au cours duquel il aura été publié au Moniteur belge.")
    assert (rule.mode, rule.date) == ("month_after", dt.date(2023, 7, 1))


def test_in_force_fixed_by_the_king() -> None:
    # corpus/be/2018011576.md, art. 3
    (rule,) = rules("La présente loi entre en vigueur à une date fixée par le Roi.")
    assert (rule.mode, rule.date, rule.authority, rule.deadline) == (
        "fixed_by_king", None, "Roi", None)


def test_in_force_fixed_by_the_king_au_plus_tard() -> None:
    # corpus/be/2006009998.md, art. 26 (its Justel note left out)
    (rule,) = rules("La présente loi entre en vigueur à la date fixée par le Roi et au plus tard "
                    "le 1er juillet 2007.")
    assert (rule.mode, rule.authority, rule.deadline) == (
        "fixed_by_king", "Roi", dt.date(2007, 7, 1))


def test_in_force_of_a_division_fixed_by_the_king() -> None:
    # corpus/be/2006023386.md, art. 113
    (rule,) = rules("Les dispositions du présent Chapitre entrent en vigueur à une date à fixer "
                    "par le Roi.")
    assert (rule.mode, rule.provisions) == ("fixed_by_king", ("chapitre",))


def test_in_force_by_articles_fixed_by_the_gouvernement_flamand_au_plus_tard() -> None:
    # corpus/be/2016036305.md, art. 116, second alinéa
    (rule,) = rules("Les articles 21 à 33 inclus entrent en vigueur à une date à fixer par le "
                    "Gouvernement flamand et le 1er septembre 2020 au plus tard.")
    assert rule.mode == "fixed_by_king" and rule.authority == "Gouvernement flamand"
    assert rule.deadline == dt.date(2020, 9, 1)
    assert rule.provisions == ("21-33",)


def test_retroactive() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 2
    (rule,) = rules("Le présent arrêté produit ses effets le 1er janvier 1996.")
    assert (rule.mode, rule.date) == ("retroactive", dt.date(1996, 1, 1))


def test_retroactive_division_then_ceases() -> None:
    # corpus/be/2011012030.md, art. 55
    (rule,) = rules("Ce chapitre produit ses effets le 1er janvier 2011 et cesse d'être en "
                    "vigueur le 31 décembre 2012.")
    assert (rule.mode, rule.date, rule.provisions) == (
        "retroactive", dt.date(2011, 1, 1), ("chapitre",))


def test_in_force_per_article() -> None:
    # corpus/be/2008021118.md, art. 3
    (rule,) = rules("L'article 2 entre en vigueur le 31 décembre 2008.")
    assert (rule.mode, rule.date, rule.provisions) == ("date", dt.date(2008, 12, 31), ("2",))


def test_in_force_articles_listed_and_ranges() -> None:
    # corpus/be/2019030329.md, art. 43
    (rule,) = rules("Les articles 1 à 27, 29 à 35 et 40 à 42 de la présente loi entrent en "
                    "vigueur le 1er janvier 2020.")
    assert rule.provisions == ("1-27", "29-35", "40-42")
    assert rule.date == dt.date(2020, 1, 1)


def test_in_force_with_exception_and_its_own_rule() -> None:
    # corpus/be/2011021116.md, art. 15
    first, second = rules("Le présent chapitre entre en vigueur le 1er janvier 2012, à "
                          "l'exception des articles 5 et 6 qui produisent leurs effets le 18 "
                          "décembre 2011.")
    assert (first.mode, first.date, first.provisions) == (
        "date", dt.date(2012, 1, 1), ("chapitre",))
    assert first.except_provisions == ("5", "6")
    assert (second.mode, second.date, second.provisions) == (
        "retroactive", dt.date(2011, 12, 18), ("5", "6"))


def test_in_force_conditional_on_another_act() -> None:
    # corpus/be/2019041200.md, art. 116
    (rule,) = rules("Les articles 112 à 115 entrent en vigueur au moment de l'entrée en vigueur "
                    "de l'article 20, alinéa 1er, 2°, de la loi du 6 mai 2009.")
    assert (rule.mode, rule.date, rule.provisions) == ("conditional", None, ("112-115",))
    assert rule.condition is not None and "6 mai 2009" in rule.condition


def test_execution_clause() -> None:
    # excerpts/fr/1995016011/act.fr.md, art. 2
    assert article("Notre Ministre de l'Agriculture est chargé de l'exécution du présent "
                   "arrêté.").kind == "execution"


def test_execution_clause_several_ministers() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 3
    assert article("Nos Ministres et Nos Secrétaires d'Etat sont chargés, chacun en ce qui le "
                   "concerne, de l'exécution du présent arrêté.").kind == "execution"


def test_transitional_on_evidence() -> None:
    # corpus/be/2011012007.md, art. 19, § 1er
    read = article("Les arrêtés royaux pris en application des articles 153 et 154 de la loi du "
                   "30 décembre 2009 portant des dispositions diverses restent en vigueur "
                   "jusqu'à leur abrogation expresse.")
    assert read.kind == "transitional" and read.operations == ()


def test_autonomous_without_amending_vocabulary() -> None:
    # corpus/be/2016036305.md, art. 37
    read = article("Le Gouvernement flamand peut arrêter des règles de programmation, "
                   "d'agrément et de financement pour les partenariats des organisations ou "
                   "structures actives dans le domaine des soins de santé mentale, axées sur la "
                   "création d'une plate-forme de concertation.")
    assert read.kind == "autonomous" and read.operations == ()


def test_in_force_several_sentences_per_article() -> None:
    # corpus/be/2016036305.md, art. 116, alinéas 1, 3 and 5
    read = rules("Les articles 4 à 16, 62, 65, 76 et 77 entrent en vigueur le 1er janvier 2017."
                 "\n\nL'article 43 entre en vigueur le 1er juillet 2016.\n\nLes articles 93, "
                 "101, 103 et 104 produisent leurs effets le 1er janvier 2016.")
    assert [(r.mode, r.date, r.provisions) for r in read] == [
        ("date", dt.date(2017, 1, 1), ("4-16", "62", "65", "76", "77")),
        ("date", dt.date(2016, 7, 1), ("43",)),
        ("retroactive", dt.date(2016, 1, 1), ("93", "101", "103", "104"))]


def test_in_force_of_an_item_of_an_article() -> None:
    # corpus/be/2016036305.md, art. 116, fourth alinéa
    (rule,) = rules("L'article 83, 1° produit ses effets le 1er mai 2015.")
    assert (rule.mode, rule.date, rule.provisions) == (
        "retroactive", dt.date(2015, 5, 1), ("83, 1°",))


def test_in_force_with_several_lists_and_the_king_advancing_for_each_provision() -> None:
    # corpus/be/2019030329.md, art. 43 (three alinéas)
    read = rules(
        "Les articles 1 à 27, 29 à 35 et 40 à 42 de la présente loi entrent en vigueur le 1er "
        "janvier 2020.\n\nL'article 28, les articles 36 à 39 et le présent article entrent en "
        "vigueur le jour de la publication de la présente loi au Moniteur belge.\n\nLe Roi peut "
        "fixer pour chacune des dispositions de la présente loi une date d'entrée en vigueur "
        "antérieure à celle mentionnée à l'alinéa 1er."
    )
    assert [(r.mode, r.date, r.provisions) for r in read] == [
        ("date", dt.date(2020, 1, 1), ("1-27", "29-35", "40-42")),
        ("publication", PUBLISHED, ("28", "36-39")),
    ]
    assert all(r.king_may_advance for r in read)


# --- a rule that cites a unit of an act is a rule of this act, not an amendment -------------

def test_a_rule_citing_an_article_is_autonomous() -> None:
    # corpus/be/2003009298.md, art. 21
    assert article("L'article 323bis du Code judiciaire est d'application au directeur et au "
                   "directeur adjoint.").kind == "autonomous"


def test_a_rule_citing_an_article_on_points_is_autonomous() -> None:
    # corpus/be/2019041200.md, art. 19, 5° (a point of the article's own list cites an
    # article of an act; "est placée" is the verb of its condition, not an amendment)
    read = article(
        "§ 1er. Les autorités suivantes se voient attribuer un droit de lecture des données :"
        "\n\n1° les magistrats du siège;\n\n2° le responsable des soins, tel que visé par "
        "l'article 3, 3°, de la loi du 5 mai 2014 relative à l'internement si la personne "
        "internée est placée dans une institution visée par l'article 3, 4°, c) ou d) de la loi "
        "du 5 mai 2014 relative à l'internement;")
    assert read.kind == "autonomous"


@pytest.mark.parametrize("verb", [
    "est interprété en ce sens que les mineurs y sont visés",  # an interpretive law
    "est applicable aux procédures en cours",
    "reste d'application aux affaires pendantes",
    "est rendu applicable aux mineurs",
    "est maintenu en vigueur jusqu'au 31 décembre 2025",
    "est réputé être une disposition d'ordre public",
])
def test_the_verbs_of_a_rule_citing_an_article(verb: str) -> None:
    # corpus/be/2003009298.md, art. 21 with the rule's verb put as the Belgian formulas of a
    # rule of the act that cites an article of another act
    text = f"L'article 323bis du Code judiciaire {verb}."
    assert article(text).kind in ("autonomous", "transitional")


# --- rules of a new institution that use amending verbs -------------------------------------

def test_a_member_replaced_in_case_of_absence_is_a_rule_of_the_act() -> None:
    # corpus/be/2018011241.md (the law creating Sciensano), art. 7, § 3 and art. 14, § 1er:
    # the sentence of the participle designates nothing (no quote, act, unit or number)
    read = article("Le Roi règle la manière dans les membres sont remplacés en cas d'absence ou "
                   "d'empêchement.\n\nUn tiers des membres du conseil général au moins et deux "
                   "tiers au plus appartiennent au même sexe.")
    assert read.kind == "autonomous" and read.operations == ()
    read = article("Le Roi fixe la durée de la désignation du directeur général et règle la "
                   "manière dont le directeur général est remplacé en cas d'absence ou "
                   "d'empêchement.")
    assert read.kind == "autonomous"


def test_a_decision_that_becomes_final_is_no_renumbering() -> None:
    # corpus/be/2018011241.md, art. 28, § 1er, alinéa 3 (an act is cited in the sentence:
    # "devient" without the unit it would make is not the predicate of a renumbering)
    read = article("§ 1er. Si, dans un délai de huit jours calendrier commençant le même jour "
                   "que le délai visé à l'alinéa 2, le ministre compétent n'a pas prononcé "
                   "l'annulation, la décision devient définitive, sans préjudice des "
                   "dispositions de la loi du 22 mai 2003 portant organisation du budget et de "
                   "la comptabilité de l'Etat fédéral.")
    assert read.kind == "autonomous"


@pytest.mark.parametrize("text", [
    "Le machin 3 est abrogé.",  # a number: what is abrogated is designated, unreadably
    "Les membres visés à l'article 5 sont remplacés en cas d'absence.",  # a unit
    "L'annexe est remplacée en cas de besoin.",  # what the grammar does not apply
    "Le paragraphe est abrogé.",  # a unit named without its number
    "L'intitulé est remplacé.",  # a heading
])
def test_a_participle_in_a_designating_sentence_stays_a_refusal(text: str) -> None:
    act = parse_text(act_text(text), "t.md", keep_going=True)
    assert [(p.code, p.severity) for p in act.problems] in (
        [("P001", "error")], [("P007", "error")], [("P010", "error")])
    assert [a.kind for a in act.articles] == ["constitutional_basis"]  # never autonomous


# --- entry into force mixed with other rules ---------------------------------------------------

def test_in_force_of_units_of_a_code_named_by_the_articles_that_inserted_them() -> None:
    # corpus/be/2014011245.md, art. 10: the provisions are this act's articles 2 and 3 (as far
    # as they insert the units named) and 4 to 10, never the Code's articles as another act's
    read = rules(
        "L'article I.19 du Code de droit économique, inséré par l'article 2 de la présente loi, "
        "les articles XVI.1 à XVI.5, XVI.8, XVI.10 à XVI.12, XVI.22, XVI.23, § 1er, du Code de "
        "droit économique insérés par l'article 3 de la présente loi, et les articles 4 à 10 de "
        "la présente loi, entrent en vigueur le lendemain de la publication de la présente loi "
        "au Moniteur belge.\n\nLe Roi détermine la date d'entrée en vigueur des autres "
        "dispositions du Livre XVI du même Code, telles qu'insérées par la présente loi.")
    assert [(r.mode, r.date, r.provisions, r.target_act) for r in read] == [
        ("days_after", PUBLISHED + dt.timedelta(days=1),
         ("2 (I.19)", "3 (XVI.1-XVI.5, XVI.8, XVI.10-XVI.12, XVI.22, XVI.23, § 1er)", "4-10"),
         None),
        ("fixed_by_king", None, ("autres dispositions du Livre XVI du même Code",), None)]


def test_in_force_of_a_point_for_some_persons_on_conditions() -> None:
    # corpus/be/2006023386.md, art. 47: another act's unit "tel que modifié par l'article 45,
    # 3°" is this act's 45, 3°; "en ce qui concerne les pédiatres" and "pour autant que : …"
    # are the rule's condition
    read = rules(
        "§ 1er. L'article 138, § 2, alinéa 2, de la loi sur les hôpitaux, coordonnée le 7 août "
        "1987, tel que modifié par l'article 45, 3°, entre en vigueur, en ce qui concerne les "
        "pédiatres, le 1er janvier 2007, pour autant que :\n\n1° le Roi ait, conformément à "
        "l'article 35, § 2, de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, pris des dispositions visant à revaloriser "
        "les honoraires de surveillance des pédiatres hospitaliers;\n\n2° le Roi n'ait pas pris "
        "un arrêté en application de l'article 46.\n\n§ 2. En ce qui concerne les autres "
        "spécialistes, l'article 138, § 2, alinéa 2, de la loi sur les hôpitaux, coordonnée le "
        "7 août 1987, tel que modifié par l'article 45, 3°, entre en vigueur à une date fixée "
        "par le Roi par arrêté délibéré en Conseil des Ministres, après avis de la commission "
        "nationale médico-mutualiste.")
    first, second = read
    assert (first.mode, first.date, first.provisions, first.target_act) == (
        "date", dt.date(2007, 1, 1), ("45, 3°",), None)
    assert first.condition is not None and first.condition.startswith(
        "en ce qui concerne les pédiatres; pour autant que : 1° le Roi ait")
    assert (second.mode, second.date, second.provisions, second.condition) == (
        "fixed_by_king", None, ("45, 3°",), "En ce qui concerne les autres spécialistes")


#: corpus/be/2006009457.md, art. 51: Justel's old style puts the words later acts inserted
#: between parentheses and cites them after the sentence
ARTICLE_51 = (
    "A l'exception du présent article, qui entre en vigueur le jour de la publication de la "
    "présente loi au Moniteur belge, (et de l'article 11 qui entre en vigueur à la date fixée "
    "par le Roi (et au plus tard le 1er septembre 2012,)) chacun des articles de la présente loi "
    "entre en vigueur à la date fixée par le Roi, et au plus tard le premier jour du "
    "dix-huitième mois qui suit celui au cours duquel la présente loi aura été publiée au "
    "Moniteur belge.{references}")


def test_two_exceptions_first_and_a_deadline_counted_from_publication() -> None:
    references = (" <L 2007-12-21/39, art. 3, 004; **En vigueur :** 01-12-2007> <L "
                  "2008-07-24/36, art. 6, 005; **En vigueur :** 17-08-2008>")
    act = parse_text(act_text(ARTICLE_51.format(references=references)), "t.md")
    read = act.articles[1].entry_into_force
    assert [(r.mode, r.date, r.deadline, r.provisions, r.except_provisions) for r in read] == [
        ("publication", PUBLISHED, None, ("2",), ()),  # "du présent article": article 2 here
        ("fixed_by_king", None, dt.date(2012, 9, 1), ("11",), ()),
        ("fixed_by_king", None, dt.date(2024, 12, 1), (), ("2", "11"))]  # 18th month after


def test_parentheses_without_justels_references_are_the_acts_own() -> None:
    act = parse_text(act_text(ARTICLE_51.format(references="")), "t.md", keep_going=True)
    assert [p.code for p in act.problems] == ["P001"]


def test_a_provision_that_does_not_enter_into_force_on_an_event_is_refused() -> None:
    # corpus/be/2011012030.md, art. 55 (alinéas 1 and 2): no rule of the model cancels an
    # entry into force; refused, never read as pending
    act = parse_text(act_text(
        "Ce chapitre produit ses effets le 1er janvier 2011 et cesse d'être en vigueur le 31 "
        "décembre 2012.\n\nPar dérogation à l'alinéa 1er, la section 2 n'entre pas en vigueur "
        "si, en application de l'article 3, § 7, alinéa 2, de l'arrêté royal du 3 mai 2007 "
        "précité, une convention collective de travail, conclue au sein du Conseil national du "
        "Travail, est déposée avant le 15 avril 2011."), "t.md", keep_going=True)
    (problem,) = act.problems
    assert problem.code == "P001" and "n'entre pas en vigueur si" in problem.message
