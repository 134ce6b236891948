"""Points of an amending act that Justel shows as "(...)" / "[¹ ...]¹" (consolidate/parsing/
elided.py): repealed or annulled later, their text is not on the page. Read with no operation
and a P008 warning citing the act that removed them; the article's other points are read. An
elision mark without that reference stays a refusal (P001). Real pages of ../shared/data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.model import AmendingAct, ReplaceWords
from consolidate.parser import parse_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "corpus" / "be"

#: the front matter and first article of corpus/be/2007011015.md (legalize-be's markdown)
FRONT = """---
title: "4 DECEMBRE 2006. - Loi transposant en droit belge la directive 2001/84/CE"
identifier: "2007011015"
rank: "loi"
publication_date: "2007-01-23"
dossier_number: "2006-12-04/38"
language: "fr"
---
# 4 DECEMBRE 2006. - Loi transposant en droit belge la directive 2001/84/CE

##### Article 1. La présente loi règle une matière visée à l'article 78 de la Constitution.

"""

#: corpus/be/2007011015.md, art. 7 (the new style: the mark's footnote cites the act)
ARTICLE_7 = """##### Article 7. A l'article 22, § 1er, de la loi du 30 juin 1994 relative au droit \
d'auteur et aux droits voisins, modifié par les lois du 31 août 1998 et du 22 mai 2005, sont \
apportées les modifications suivantes :

a) dans le 1°, les mots " oeuvres plastiques " sont remplacés par les mots " oeuvres d'art \
plastique ou graphique ";

b) dans le 4°, les mots " oeuvres plastiques " sont remplacés par les mots " oeuvres d'art \
plastique ou graphique ";

c) [¹ ...]¹

d) dans le 4°ter, les mots " oeuvres plastiques " sont remplacés par les mots " oeuvres d'art \
plastique ou graphique ".

----------

(1)<L [2009-05-06/03](https://www.ejustice.just.fgov.be/cgi_loi/article.pl?language=fr&lg_txt\
=f&cn_search=2009050603), art. 138, 002; En vigueur : 19-05-2009>

##### Article 8. L'article 92, § 2, de la même loi est abrogé.
"""


def page(*articles: str) -> AmendingAct:
    return parse_text(FRONT + "\n".join(articles), "justel.md", keep_going=True)


def test_a_point_elided_with_a_footnote_is_read_with_a_warning() -> None:
    act = page(ARTICLE_7)
    article = act.articles[1]
    assert article.kind == "amending"
    assert [(op.source.point, op.target.path[-1].label) for op in article.operations] == [
        ("a)", "1°"), ("b)", "4°"), ("d)", "4°ter")]
    assert all(isinstance(op, ReplaceWords) for op in article.operations)
    (problem,) = act.problems
    assert (problem.code, problem.severity, problem.article) == ("P008", "warning", "7")
    assert "point c)" in problem.message and "L 2009-05-06/03, art. 138" in problem.message
    assert act.articles[2].operations[0].op == "repeal_unit"  # the footnotes are not art. 7


def test_a_point_elided_with_its_reference_on_its_line() -> None:
    # corpus/be/2006009457.md, art. 20 (the old style: "(...)" and "<L …>" on the point's line)
    act = page(
        "##### Article 20. A l'article 259septies du Code judiciaire, inséré par la loi du 22 "
        "décembre 1998 et modifié par la loi du 17 juillet 2000, sont apportées les "
        "modifications suivantes :\n\n1° (...); <L 2006-08-05/59, art. 4, 002; **En vigueur :** "
        "01-02-2007>\n\n2° cet article est complété par l'alinéa suivant :\n\n\" Pendant "
        "l'exercice de leur mandat, le juge au tribunal de l'application des peines et le "
        "substitut du procureur du Roi spécialisé en application des peines peuvent être "
        "désigné à un mandat adjoint dans la juridiction dont ils sont issus. \".\n")
    (op,) = act.articles[1].operations
    assert (op.op, op.source.point, op.target.article) == ("insert_unit", "2°", "259septies")
    (problem,) = act.problems
    assert problem.code == "P008" and problem.severity == "warning"
    assert "point 1°" in problem.message and "(L 2006-08-05/59, art. 4)" in problem.message


def test_an_elision_without_a_reference_is_refused() -> None:
    # corpus/be/2007011015.md, art. 7 without its footnote: no evidence why the text is gone
    text = ARTICLE_7.split("----------")[0]
    act = page(text)
    (problem,) = act.problems
    assert (problem.code, problem.severity) == ("P001", "error")
    assert "point c)" in problem.message and "cites no act that removed it" in problem.message


def test_an_elision_inside_a_point_is_not_an_elided_point() -> None:
    # corpus/be/2006023386.md, art. 102, 1° has words: "(...)" must be the point's whole text
    act = page(
        "##### Article 7. A l'article 22 de la loi du 30 juin 1994 relative au droit d'auteur, "
        "sont apportées les modifications suivantes :\n\na) les mots \" (...) \" sont abrogés;"
        "\n\nb) le 4° est abrogé.\n")
    assert [op.op for op in act.articles[1].operations] == ["repeal_words", "repeal_unit"]
    assert act.problems == ()


@pytest.mark.parametrize(("numac", "article", "point"), [
    ("2006009457", "19", "4°"), ("2006009457", "20", "1°"), ("2007011015", "7", "c)")])
def test_the_corpus_pages(numac: str, article: str, point: str) -> None:
    path = CORPUS / f"{numac}.md"
    if not path.exists():
        pytest.skip(f"{path} absent (the shared corpus is not checked out)")
    act = api.parse(path, keep_going=True)
    found = [p for p in act.problems if p.article == article]
    assert [(p.code, p.severity) for p in found] == [("P008", "warning")]
    assert f"point {point}" in found[0].message
    read = next(a for a in act.articles if a.number == article)
    assert read.operations and all(op.source.point != point for op in read.operations)


def test_an_article_elided_is_p008_never_autonomous() -> None:
    # the shape of Justel's old style for a whole article ("##### Article 3. § 1. (...) <L
    # 2003-05-03/46, art. 9, …>" in corpus/be/1921022450.md, a base): repealed later
    act = page("##### Article 7. (...) <L 2009-05-06/03, art. 138, 002; **En vigueur :** "
               "19-05-2009>\n\n##### Article 8. L'article 92, § 2, de la loi du 30 juin 1994 "
               "relative au droit d'auteur est abrogé.\n")
    assert [a.number for a in act.articles] == ["1", "8"]
    (problem,) = act.problems
    assert (problem.code, problem.severity, problem.article) == ("P008", "error", "7")
    assert "(L 2009-05-06/03, art. 138)" in problem.message
