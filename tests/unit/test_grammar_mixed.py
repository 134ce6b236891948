"""Formulas of issue 10 read in this round, each on its real sentence (file and article named
above each test): a language named after the first clause of an instruction, a sentence
announced by its rank, entry into force mixed with other rules, superscript article numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parser_cases import LAW, only_operation, parse

from consolidate.errors import ParseError
from consolidate.model import AmendingArticle, InsertUnit, ReplaceUnit, ReplaceWords, Step
from consolidate.parsing.skeleton import quoted_ranges

# corpus/be/2006023386.md, art. 96 (the loi coordonnée du 14 juillet 1994, art. 140)
HEADER = ("A l'article 140 de la loi relative à l'assurance obligatoire soins de santé et "
          "indemnités, coordonnée le 14 juillet 1994, remplacé par la loi du 27 décembre 2004, "
          "sont apportées les modifications suivantes :\n\n1° le § 1er, alinéa 1er, 1°, est "
          "remplacé par la disposition suivante :\n\n\" 1° d'un président et de deux "
          "vice-présidents, conseillers à la cour d'appel ou à la cour du travail;\"\n\n")


def test_language_named_in_a_second_clause_is_that_clause_s() -> None:
    # art. 96, 2° a): the first clause amends the French text, the second the Dutch one
    ops = parse(HEADER + "2° au § 1er, alinéa 1er, 2°, sont apportées les modifications "
                "suivantes :\n\na) le mot \"huit\" est remplacé par le mot \"six\" et dans la "
                "version en langue néerlandaise, les mots \"doctor in de geneeskunde\" sont "
                "remplacés par le mot \"artsen\";").operations()
    assert [type(op) for op in ops[1:]] == [ReplaceWords, ReplaceWords]
    french, dutch = ops[1:]
    assert isinstance(french, ReplaceWords) and isinstance(dutch, ReplaceWords)
    assert (french.old, french.new, french.language) == ("huit", "six", None)
    assert (dutch.old, dutch.new, dutch.language) == ("doctor in de geneeskunde", "artsen", "nl")
    for op in ops[1:]:
        assert op.target.article == "140"
        assert op.target.path == (Step(unit="paragraph", label="1er"),
                                  Step(unit="alinea", label="1er"), Step(unit="point", label="2°"))


def test_language_of_a_clause_goes_on_to_the_clauses_after_it() -> None:
    # art. 96, 3°: "… et dans la version en langue néerlandaise, … et le mot "geneesherenkorps"
    # est remplacé …": both Dutch words are of the Dutch text (the point is relabelled 2° here)
    ops = parse(HEADER + "2° dans le § 1er, alinéa 1er, 3°, le mot \"huit\" est remplacé par le "
                "mot \"six\" et dans la version en langue néerlandaise, les mots \"doctor in de "
                "geneeskunde\" sont remplacés par le mot \"artsen\" et le mot "
                "\"geneesherenkorps\" est remplacé par le mot \"artsenkorps\";").operations()
    assert [(op.old, op.language) for op in ops if isinstance(op, ReplaceWords)] == [
        ("huit", None), ("doctor in de geneeskunde", "nl"), ("geneesherenkorps", "nl")]
    assert all(op.target.path[-1] == Step(unit="point", label="3°") for op in ops[1:])


def test_language_before_the_predicate_is_still_the_whole_instruction_s() -> None:
    # corpus/be/2011012030.md, art. 3 (the language named in the designation; act named here)
    ops = parse("Dans le texte néerlandais de l'article 9, alinéa 3, de la loi du 3 juillet "
                "1978, les mots \" van de uitvoering van de arbeid \" sont remplacés par les "
                "mots \" van de uitvoering van de arbeidsovereenkomst \".").operations()
    assert len(ops) == 1 and isinstance(ops[0], ReplaceWords) and ops[0].language == "nl"
    assert ops[0].old == "van de uitvoering van de arbeid"


def test_sentence_announced_by_its_rank_goes_after_the_one_before() -> None:
    # art. 96, 4° b) (relabelled 2° b) here): "il est inséré une deuxième phrase, rédigée comme
    # suit" (no other place)
    ops = parse(HEADER + "2° au § 1er, alinéa 1er, 4°, sont apportées les modifications "
                "suivantes :\n\na) le mot \"quatre\" est remplacé par le mot \"deux\";\n\nb) il "
                "est inséré une deuxième phrase, rédigée comme suit :\n\n\" ; ils disposent "
                "d'une voix consultative\";").operations()
    insert = ops[-1]
    assert isinstance(insert, InsertUnit)
    assert insert.target.path == (Step(unit="paragraph", label="1er"),
                                  Step(unit="alinea", label="1er"), Step(unit="point", label="4°"))
    assert [(u.kind, u.text) for u in insert.new] == [
        ("sentence", "; ils disposent d'une voix consultative")]
    assert (insert.position, insert.anchor) == ("after", Step(unit="sentence", label="#1"))


def _article(text: str, number: str) -> AmendingArticle:
    """Article ``number`` of an act made of the basis and ``text`` as article 2 onwards."""
    return next(a for a in parse(text).articles if a.number == number)


def test_entry_into_force_then_a_transitional_alinea_types_both() -> None:
    # corpus/be/2011021116.md, art. 4
    article = _article("Le présent chapitre entre en vigueur le 1er janvier 2012.\n\nLes "
                       "magistrats qui ont atteint l'âge de 55 ans le 1er janvier 2012, conservent "
                       "le bénéfice du mode de calcul qui leur était applicable à la date du 31 "
                       "décembre 2011.", "2")
    assert article.kind == "entry_into_force" and not article.operations
    (entry,) = article.entry_into_force
    assert (entry.date, entry.mode, entry.provisions) == (dt.date(2012, 1, 1), "date",
                                                          ("chapitre",))
    assert article.transitional == (
        "Les magistrats qui ont atteint l'âge de 55 ans le 1er janvier 2012, conservent le "
        "bénéfice du mode de calcul qui leur était applicable à la date du 31 décembre 2011.",)


def test_an_alinea_after_the_entry_into_force_without_evidence_is_refused() -> None:
    # 2011021116, art. 4 with its second alinéa changed into a rule with no transitional word:
    # not guessed to be transitional
    with pytest.raises(ParseError) as caught:
        parse("Le présent chapitre entre en vigueur le 1er janvier 2012.\n\nLes magistrats "
              "qui ont atteint l'âge de 55 ans perçoivent une indemnité.")
    assert caught.value.code == "P001"


def test_an_amending_alinea_after_the_entry_into_force_is_not_transitional() -> None:
    # "en cours" is transitional evidence, but the alinéa amends: the article is read as an
    # amending one, and its first alinéa is no designation (P007), never typed transitional
    with pytest.raises(ParseError) as caught:
        parse("Le présent chapitre entre en vigueur le 1er janvier 2012.\n\nDans l'article 3 "
              f"{LAW}, les mots \"en cours\" sont remplacés par les mots \"pendant\".")
    assert caught.value.code == "P007"


def test_exception_first_this_article_then_the_title() -> None:
    # corpus/be/2019041200.md, art. 27 (published 19 June 2019; here the act of the test)
    article = _article("A l'exception du présent article, qui entre en vigueur le jour de la "
                       "publication du présent titre au Moniteur belge, chacun des articles du "
                       "présent titre entre en vigueur à la date fixée par le Roi, et au plus "
                       "tard le 1er janvier 2020.", "2")
    assert article.kind == "entry_into_force"
    this, rest = article.entry_into_force
    assert (this.mode, this.provisions, this.date) == ("publication", ("2",),
                                                       dt.date(2023, 6, 15))
    assert (rest.mode, rest.authority, rest.deadline, rest.provisions, rest.except_provisions) \
        == ("fixed_by_king", "Roi", dt.date(2020, 1, 1), ("titre",), ("2",))


def test_a_justel_note_after_the_entry_into_force_is_not_a_sentence_of_it() -> None:
    # corpus/be/2006009998.md, art. 26 (Justel's "(NOTE : …)" closes the article)
    article = _article("La présente loi entre en vigueur à la date fixée par le Roi et au plus "
                       "tard le 1er juillet 2007. (NOTE : la date d'entrée en vigueur de la "
                       "présente loi détermine celle des articles 367 à 373 de la L "
                       "2006-12-27/32.)", "2")
    (entry,) = article.entry_into_force
    assert (entry.mode, entry.deadline, entry.provisions) == ("fixed_by_king",
                                                              dt.date(2007, 7, 1), ())


def test_quote_holding_a_quote() -> None:
    # corpus/be/2006023386.md, art. 21 (the arrêté royal n° 78 du 10 novembre 1967)
    op = only_operation("Dans l'article 44bis, point 7, de l'arrêté royal n° 78 du 10 novembre "
                        "1967, inséré par la loi du 14 juin 1999 et modifié par l'arrêté royal du "
                        "25 février 2003, les mots \"Directives \"Accoucheuses\"\" sont remplacés "
                        "par les mots \"Directives \"Sages-femmes\"\".")
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ('Directives "Accoucheuses"', 'Directives "Sages-femmes"')
    assert op.target.article == "44bis" and op.target.path == (Step(unit="point", label="7"),)


def test_quote_opening_with_a_quote_and_holding_two() -> None:
    # corpus/be/2016003166.md, art. 17, 1° (the arrêté royal du 14 novembre 2008, art. 3)
    op = only_operation("Dans l'article 3 de l'arrêté royal du 14 novembre 2008, les mots "
                        "\"Fonds spécial de protection des dépôts, des assurances sur la vie et du "
                        "capital de sociétés coopératives agréées\" sont remplacés par les mots "
                        "\"\"Fonds de garantie pour les services financiers\", ci-après désigné "
                        "\"Fonds de garantie\"\";")
    assert isinstance(op, ReplaceWords) and op.target.article == "3"
    assert op.old.startswith("Fonds spécial") and op.old.endswith("agréées")
    assert op.new == ('"Fonds de garantie pour les services financiers", ci-après désigné '
                      '"Fonds de garantie"')


def test_quotes_side_by_side_are_not_nested() -> None:
    # quotes in legalize-be's spaced style, and two quotes in a row, stay apart
    spaced = 'les mots " A " sont remplacés par " B "'
    assert [spaced[a:b] for a, b in quoted_ranges(spaced)] == ['" A "', '" B "']
    plain = 'entre les mots "A" et "B"'
    assert [plain[a:b] for a, b in quoted_ranges(plain)] == ['"A"', '"B"']
    # an opening that never closes is not a nesting: the quote closes at the next one
    open_only = 'les mots "A "B sont'
    assert [open_only[a:b] for a, b in quoted_ranges(open_only)] == ['"A "']


def test_sentence_replaced_by_a_quoted_sentence_then_a_dutch_clause() -> None:
    # corpus/be/2019030329.md, art. 21, 2° (Code judiciaire, art. 259bis-16, § 3, alinéa 3)
    ops = parse("A l'article 259bis-16, § 3, alinéa 3, du Code judiciaire, inséré par la loi du "
                "22 décembre 1998, les modifications suivantes sont apportées :\n\n1° au 2°, le "
                "mot \" clos \" est abrogé ;\n\n2° au 3°, la phrase \" entendre les membres de "
                "l'ordre judiciaire à titre d'information. \" est remplacée par la phrase \" "
                "entendre les membres de l'ordre judiciaire ainsi que toute personne dont "
                "l'audition est utile à l'enquête à titre d'information, le cas échéant, sous "
                "serment. \" et dans le texte néerlandais de la deuxième phrase, le mot \" leden "
                "\" est remplacé par le mot \" personen \".").operations()
    _, sentence, dutch = ops
    assert isinstance(sentence, ReplaceUnit) and sentence.language is None
    assert sentence.target.path[-1] == Step(
        unit="sentence", label="entendre les membres de l'ordre judiciaire à titre d'information.")
    assert [(u.kind, u.text) for u in sentence.new] == [(
        "sentence", "entendre les membres de l'ordre judiciaire ainsi que toute personne dont "
        "l'audition est utile à l'enquête à titre d'information, le cas échéant, sous serment.")]
    assert isinstance(dutch, ReplaceWords) and (dutch.old, dutch.new, dutch.language) == (
        "leden", "personen", "nl")
    assert dutch.target.path == (Step(unit="paragraph", label="3"), Step(unit="alinea", label="3"),
                                 Step(unit="point", label="3°"), Step(unit="sentence", label="#2"))
