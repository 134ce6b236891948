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
