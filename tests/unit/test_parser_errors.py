"""One test (at least) per parse error code: code, article, line, column and caret."""

from __future__ import annotations

import pytest
from parser_cases import FRONT, LAW, act_text

from consolidate import api
from consolidate.errors import ParseError
from consolidate.parser import parse_text

SEED = api.embedded(api.EMBEDDED_ACT).decode("utf-8")


def error_of(text: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse_text(text, "bad.md")
    return caught.value


def error_in(*articles: str) -> ParseError:
    return error_of(act_text(*articles))


def seed_with(old: str, new: str) -> str:
    assert SEED.count(old) == 1, old
    return SEED.replace(old, new)


def test_p001_unknown_formula_has_article_line_column_and_caret() -> None:
    error = error_in(f'Dans l\'article 5 {LAW}, les mots "a" sont rempacés par les mots "b".')
    assert error.code == "P001" and error.article == "2"
    assert error.location is not None and error.location.line == 10
    rendered = error.render()
    assert "bad.md:10:" in rendered and "error[P001]" in rendered and "article 2" in rendered
    assert rendered.splitlines()[-1].strip() == "^"


def test_p001_unknown_formula_in_a_point_names_article_and_point() -> None:
    error = error_in(
        f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
        "a) l'alinéa 2 est abrogé ;\n\n"
        'b) les mots "x" sont transformés en les mots "y".'
    )
    assert error.code == "P001" and error.article == "2"
    assert "point b)" in error.message
    assert error.location is not None and error.location.line_text.startswith("b) les mots")


def test_p001_garbled_2024_law_names_the_article() -> None:
    garbled = seed_with(
        'sont remplacés par les mots ", selon', 'sont rempacés par les mots ", selon'
    )
    error = error_of(garbled)
    assert (error.code, error.article) == ("P001", "7")


def test_p001_garbled_designation_is_not_a_transitional_rule() -> None:
    error = error_in(f'Dns l\'article 5 {LAW}, les mots "a" sont remplacés par les mots "b".')
    # the grammar reads every word of a designation: "Dns" is read by no rule
    assert (error.code, error.article) == ("P007", "2") and "'Dns'" in error.message
    error = error_in(f"L'article 39 {LAW} est abogé.")
    assert (error.code, error.article) == ("P001", "2")


def test_p001_lead_in_without_points() -> None:
    error = error_in(f"À l'article 5 {LAW}, les modifications suivantes sont apportées :")
    assert error.code == "P001"


def test_p002_unterminated_inline_quote() -> None:
    error = error_in(f'Dans l\'article 5 {LAW}, les mots "a sont remplacés par les mots "b".')
    assert error.code == "P002" and error.location is not None


def test_p002_block_whose_quotes_do_not_pair_and_never_close() -> None:
    # a block left open is read to the end of the instruction only when the quotes inside it
    # pair up; here one inner quote is unpaired: where the new text ends is ambiguous
    error = error_in(
        f"Dans l'article 5 {LAW}, l'alinéa 1er est remplacé par ce qui suit :\n\n\"Un "
        "« deux."
    )
    assert error.code == "P002"
    assert error.location is not None and error.location.line_text.startswith('"Un')


def test_p002_block_running_into_the_next_point_is_read_to_the_points_end() -> None:
    # the seed's art. 8, point 1. with its block's closing quote taken away: the point ends
    # with its ";" and point 2. reads as the next instruction, so the block ends there
    whole = parse_text(SEED, "seed.md")
    mended = parse_text(seed_with("niveau A.\" ;\n\n2.", "niveau A. ;\n\n2."), "bad.md",
                        keep_going=True)
    assert [a.operations for a in mended.articles if a.number == "8"] == \
        [a.operations for a in whole.articles if a.number == "8"]
    assert mended.problems and {(p.code, p.severity, p.article) for p in mended.problems} == \
        {("P002", "warning", "8")}
    assert all("point 1." in problem.message for problem in mended.problems)


def test_p003_count_mismatch() -> None:
    error = error_of(seed_with("par sept alinéas", "par six alinéas"))
    assert (error.code, error.article) == ("P003", "8")
    assert "6" in error.message and "7" in error.message
    error = error_in(
        f"Dans l'article 5 {LAW}, l'article est complété par trois alinéas, rédigés comme suit :"
        '\n\n"Un.\n\nDeux.".'
    )
    assert error.code == "P003"


def test_p004_meme_loi_with_nothing_before() -> None:
    error = error_in('Dans l\'article 5 de la même loi, le mot "a" est abrogé.')
    assert (error.code, error.article) == ("P004", "2")
    assert error.location is not None and error.location.column > 1


def test_p005_front_matter() -> None:
    assert error_of("---\ntitle-fr: x\ndate: 2024-01-01\n\n**Article 1er.** Texte.").code == "P005"
    assert error_of("---\ntitle-fr: x\ndate: 2024-13-01\n---\n**Article 1er.** X.").code == "P005"
    assert error_of("---\ndate: 2024-01-01\n---\n**Article 1er.** X.").code == "P005"
    assert error_of("---\nnot a pair\n---\n**Article 1er.** X.").code == "P005"
    assert error_of("Pas de titre.\n\nArt. 1er. Texte.").code == "P005"


def test_p006_article_numbering() -> None:
    # a jump forward is a gap (an excerpt keeps only complete articles): warning P012
    text = FRONT + "**Article 1er.** Un.\n\n**Art. 3.** Trois.\n"
    act = parse_text(text, "bad.md", keep_going=True)
    assert [a.number for a in act.articles] == ["1er", "3"]
    assert [(p.code, p.severity) for p in act.problems] == [("P012", "warning")]
    # a number going back is an error
    error = error_of(FRONT + "**Article 1er.** Un.\n\n**Art. 2.** Deux.\n\n**Art. 1er.** X.\n")
    assert error.code == "P006" and "expected article 3" in error.message
    assert error_of(FRONT + "Rien.\n").code == "P006"
    error = error_in(
        f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
        "b) l'alinéa 2 est abrogé."
    )
    assert error.code == "P006"


def test_p007_malformed_address() -> None:
    assert error_in('Dans l\'article 5, le mot "a" est abrogé.').code == "P007"
    error = error_in('Dans l\'article 5 de la loi du 31 février 2010, le mot "a" est abrogé.')
    assert error.code == "P007" and "impossible" in error.message
    error = error_in(f"Dans l'article 5 {LAW}, le machin 3 est abrogé.")
    assert error.code == "P007" and "'machin 3'" in error.message


def test_p008_empty_article() -> None:
    error = error_of(FRONT + "**Article 1er.** Un.\n\n**Art. 2.**\n\n**Art. 3.** Trois.\n")
    assert (error.code, error.article) == ("P008", "2")


def test_p009_malformed_block() -> None:
    error = error_in(f"Dans l'article 5 {LAW}, l'alinéa 1er est remplacé par ce qui suit : Un.")
    assert error.code == "P009"
    error = error_in(
        f"Dans l'article 5 {LAW}, l'article est complété par le 3°, rédigé comme suit :\n\n"
        '"4° quatre.".'
    )
    assert error.code == "P009" and "3°" in error.message
    error = error_in(
        f"Dans l'article 5 {LAW}, l'alinéa 1er est remplacé par ce qui suit :\n\n\"Un.\" et plus."
    )
    assert error.code == "P009"


def test_errors_are_consolidate_errors_with_exit_code_2_family() -> None:
    error = error_in('Dans l\'article 5 de la même loi, le mot "a" est abrogé.')
    assert error.code.startswith("P") and isinstance(error, Exception)


def test_p006_point_label_skipped() -> None:
    error = error_in(
        f"À l'article 5 {LAW}, les modifications suivantes sont apportées :\n\n"
        "1. l'alinéa 2 est abrogé ;\n\n"
        "3. l'alinéa 4 est abrogé."
    )
    assert error.code == "P006" and "point 2. is missing" in error.message


def test_p001_near_miss_of_the_kind_formulas() -> None:
    assert error_in("La présente loi entre en vigueur demain.").code == "P001"
    assert error_in("La présente loi règle une matière visée 74 de la Constitution.").code == "P001"


def test_p009_block_holding_another_instruction() -> None:
    error = error_of(seed_with('niveau A. ";\n\n5. ', 'niveau A. ";\n\n'))
    assert (error.code, error.article) == ("P009", "8")
