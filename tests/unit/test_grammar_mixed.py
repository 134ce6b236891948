"""Formulas of issue 10 read in this round, each on its real sentence (file and article named
above each test): a language named after the first clause of an instruction, a sentence
announced by its rank, entry into force mixed with other rules, superscript article numbers.
"""

from __future__ import annotations

from parser_cases import parse

from consolidate.model import InsertUnit, ReplaceWords, Step

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
