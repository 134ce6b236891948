"""The author of an amending act (which parliament or government made it), kept in its
identity: read from the front matter's ``department``, the title and the enacting formula; the
Justel kind the writer and ``verify`` use derived from it (docs/justel.md, "Authors")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate import api
from consolidate.justel import read_text, write_justel
from consolidate.lang import fr, nl_words
from consolidate.model import DECREE_KINDS, KIND_AUTHORS, AmendingActInfo, justel_kind
from consolidate.parsing.authors import author_of_name, read_authorship

BASE = """4 DECEMBRE 2014. - Décret relatif aux subventions

  Art. 2. Le montant est de cent euros.
"""
ARTICLES = ("Article 1er. Le présent décret règle une matière visée à l'article 39 de la "
            "Constitution.\n\nArt. 2. Dans l'article 2 du décret du 4 décembre 2014 relatif aux "
            "subventions, le mot « cent » est remplacé par le mot « deux cents ».\n")


def decree(title: str = "Décret modifiant le décret du 4 décembre 2014 relatif aux subventions",
           *, department: str | None = None, preamble: str = "") -> str:
    """A décret of 2 May 2019 (front matter when a department is given)."""
    if department is None:
        return f"2 MAI 2019. - {title}\n\n{preamble}\n\n{ARTICLES}"
    return (f'---\ntitle: "2 MAI 2019. - {title}"\nrank: "decret"\n'
            f'department: "{department}"\ndossier_number: "2019-05-02/13"\n'
            f'publication_date: "2019-05-29"\n---\n\n{preamble}\n\n{ARTICLES}')


@pytest.mark.parametrize(("department", "author", "kind"), [
    ("Autorité flamande", "flemish", "DCFL"),            # corpus 2016036305, 2013035311
    ("Communauté germanophone", "german_community", "DCG"),  # corpus 2024201105
    ("Communauté française", "french_community", "DCFR"),    # corpus 2018010181, 2018031957
    ("Région wallonne", "walloon", "DRW"),
    ("Service public de Wallonie", "walloon", "DRW"),
])
def test_the_front_matter_department_tells_the_author(department: str, author: str,
                                                      kind: str) -> None:
    act = api.parse(text=decree(department=department))
    assert act.act.author == author
    assert act.act.justel_id == f"{kind} 2019-05-02/13"
    assert act.model_dump(mode="json")["act"]["author"] == author


def test_an_unknown_department_keeps_the_kind_dec_and_no_author_is_written() -> None:
    act = api.parse(text=decree(department="Service public fédéral Justice"))
    assert act.act.author is None
    assert act.act.justel_id == "DEC 2019-05-02/13"  # today's behaviour: never a guess
    assert "author" not in act.model_dump(mode="json")["act"]


@pytest.mark.parametrize(("title", "author"), [
    ("Décret de la Région wallonne relatif aux subventions", "walloon"),
    ("Décret de la Communauté française portant diverses mesures", "french_community"),
    ("Décret-programme de la Communauté germanophone portant diverses mesures",
     "german_community"),
    # the words after the type only: here the Walloon Region's décret is the one amended
    ("Décret modifiant le décret de la Région wallonne du 4 décembre 2014", None),
    # a joint act has no single author (Justel writes DEC: corpus 2009031003, 2024-04-04/03)
    ("Décret conjoint de la Communauté française et de la Région wallonne relatif aux "
     "subventions", None),
    ("Décret de la Communauté française et de la Région wallonne relatif aux subventions", None),
])
def test_the_title_tells_the_author_right_after_the_type(title: str, author: str | None) -> None:
    act = api.parse(text=decree(title))
    assert act.act.author == author
    expected = DECREE_KINDS[author] if author else "DEC"
    assert act.act.justel_id == f"{expected} 2019-05-02"


@pytest.mark.parametrize(("title", "author", "joint"), [
    ("Decreet van de Vlaamse Gemeenschap houdende diverse bepalingen", "flemish", False),
    ("Decreet van de Duitstalige Gemeenschap betreffende de subsidies", "german_community",
     False),
    ("Decreet tot wijziging van het decreet van het Waals Gewest van 4 december 2014", None,
     False),
    ("Gezamenlijk decreet van de Franse Gemeenschap en het Waals Gewest betreffende", None, True),
])
def test_a_dutch_title_tells_the_author_right_after_the_type(title: str, author: str | None,
                                                             joint: bool) -> None:
    told = read_authorship("décret", title, "", "", "nl")
    assert (told.author, told.joint, told.conflict) == (author, joint, None)


@pytest.mark.parametrize(("formula", "author"), [
    ("Le Parlement wallon a adopté et Nous, Gouvernement wallon, sanctionnons ce qui suit :",
     "walloon"),
    ("Le Parlement de la Communauté française a adopté et Nous, Gouvernement, sanctionnons ce "
     "qui suit :", "french_community"),
    ("Le Conseil régional wallon a adopté et Nous, Gouvernement wallon, sanctionnons ce qui "
     "suit :", "walloon"),
    ("Le Parlement de la Communauté germanophone a adopté et Nous, Gouvernement, sanctionnons ce"
     " qui suit :", "german_community"),
])
def test_the_enacting_formula_tells_the_author(formula: str, author: str) -> None:
    act = api.parse(text=decree(preamble=formula))
    assert act.act.author == author
    assert act.act.justel_id == f"{DECREE_KINDS[author]} 2019-05-02"


@pytest.mark.parametrize(("formula", "author"), [
    ("Het Vlaams Parlement heeft aangenomen en Wij, Regering, bekrachtigen hetgeen volgt:",
     "flemish"),
    ("Het Parlement van de Duitstalige Gemeenschap heeft aangenomen en Wij, Regering, "
     "bekrachtigen hetgeen volgt:", "german_community"),
    ("Wij, Regering van de Deutschsprachigen Gemeinschaft, bekrachtigen hetgeen volgt:",
     "german_community"),
    ("Het Waals Parlement heeft aangenomen en Wij, Waalse Regering, bekrachtigen hetgeen volgt:",
     "walloon"),
])
def test_a_dutch_enacting_formula_tells_the_author(formula: str, author: str) -> None:
    told = read_authorship("décret", "Decreet tot wijziging van het decreet van 4 december "
                           "2014", "", formula, "nl")
    assert (told.author, told.conflict) == (author, None)


def test_the_articles_are_no_evidence_of_the_author() -> None:
    text = decree().replace("« deux cents »", "« fixé par le Gouvernement flamand, que le "
                            "Parlement wallon a adopté et Nous, Gouvernement wallon, "
                            "sanctionnons »")
    act = api.parse(text=text)
    assert act.operations()
    assert act.act.author is None and act.act.justel_id == "DEC 2019-05-02"


def test_two_places_telling_different_authors_choose_none_and_say_so() -> None:
    text = decree(department="Autorité flamande", preamble=(
        "Le Parlement wallon a adopté et Nous, Gouvernement wallon, sanctionnons ce qui suit :"))
    act = api.parse(text=text)
    assert act.act.author is None and act.act.justel_id == "DEC 2019-05-02/13"
    (problem,) = [p for p in act.problems if p.code == "P019"]
    assert problem.severity == "warning"
    assert "department: 'Autorité flamande'): flemish" in problem.message
    assert "Le Parlement wallon a adopté" in problem.message and "walloon" in problem.message


def test_an_arrete_of_a_government_has_the_author_its_type_names() -> None:
    act = api.parse(text="14 JUIN 2018. - Arrêté du Gouvernement wallon modifiant l'arrêté du "
                    "Gouvernement wallon du 4 décembre 2014 relatif aux subventions\n\nArticle "
                    "1er. Dans l'article 2 de l'arrêté du Gouvernement wallon du 4 décembre 2014 "
                    "relatif aux subventions, le mot « cent » est remplacé par le mot « deux "
                    "cents ».\n")
    assert (act.act.author, act.act.justel_id) == ("walloon", "AGW 2018-06-14")


def test_the_brussels_region_as_department_does_not_tell_an_ordonnance_s_author() -> None:
    assert read_authorship("ordonnance", "Ordonnance modifiant …", "Région de Bruxelles-Capitale",
                           "").author is None
    assert read_authorship("ordonnance", "Ordonnance modifiant …",
                           "Commission communautaire commune", "").author == "cocom"


def test_a_loi_has_no_author() -> None:
    told = read_authorship("loi", "Loi portant des dispositions diverses", "Autorité flamande",
                           "Le Parlement flamand a adopté")
    assert told.author is None and told.conflict is None


def test_the_footnote_written_for_a_walloon_decree_says_drw() -> None:
    act = api.parse(text=decree(department="Service public de Wallonie"))
    (after,), report = api.apply([read_text(BASE)], act)
    assert report.counts["applied"] == 1
    assert "(1)<DRW 2019-05-02/13, art. 2, 002;" in write_justel(after)


def test_a_dutch_page_writes_a_flemish_decree_dvr() -> None:
    base = ("4 DECEMBER 2014. - Decreet betreffende de subsidies\n\n"
            "  Art. 2. Het bedrag is honderd euro.\n")
    act = api.parse(text="2 MEI 2019. - Decreet tot wijziging van het decreet van 4 december "
                    "2014 betreffende de subsidies\n\nHet Vlaams Parlement heeft aangenomen en "
                    "Wij, Regering, bekrachtigen hetgeen volgt:\n\nArtikel 1. In artikel 2 van "
                    "het decreet van 4 december 2014 betreffende de subsidies wordt het woord "
                    "\"honderd\" vervangen door het woord \"tweehonderd\".\n", language="nl")
    assert act.act.justel_id == "DCFL 2019-05-02"
    (after,), _ = api.apply([read_text(base)], act)
    assert "(1)<DVR 2019-05-02, art. 1, 002; Inwerkingtreding : " in write_justel(after)


def _page(kind: str) -> str:
    return BASE.replace("de cent euros.", "de [1 deux cents]1 euros.\n  ----------\n"
                        f"  (1)<{kind} 2019-05-02/13, art. 2, 002; En vigueur : 08-06-2019>")


@pytest.mark.parametrize(("department", "kind", "agrees"), [
    ("Service public de Wallonie", "DRW", True),
    ("Service public de Wallonie", "DEC", True),   # DEC names no author
    ("Service public de Wallonie", "DCFL", False),  # the Flemish Community's: not the act
    ("Autorité flamande", "DCG", False),
    ("Autorité flamande", "DVR", True),            # the Dutch page's kind of a Flemish décret
    (None, "DCG", True),                           # author not told: any kind, as before
])
def test_verify_matches_the_footnote_kind_to_the_author(department: str | None, kind: str,
                                                        agrees: bool) -> None:
    act = api.parse(text=decree(department=department or "Service public fédéral Justice"))
    (check,) = api.verify(act, read_text(_page(kind))).checks
    if agrees:
        assert check.status == "agrees"
    else:
        assert (check.status, check.reason) == ("not_checkable", "other_author")
        assert f"cites 2019-05-02/13 as {kind} (" in check.message
        assert "not this act, or its author is wrong" in check.message


def test_the_kind_written_for_each_author_names_that_author_back() -> None:
    """What the writer composes, verify reads as the same author (French and Dutch)."""
    for author, kind in DECREE_KINDS.items():
        assert justel_kind("décret", author) == kind
        assert author in KIND_AUTHORS[kind]
        dutch = nl_words.JUSTEL_KINDS.get(kind, kind)
        assert author in KIND_AUTHORS[dutch]
    assert justel_kind("décret", None) == "DEC" and justel_kind("décret", "cocof") == "DEC"
    assert justel_kind("loi", "flemish") == "L"  # the author changes only a décret's kind


@given(st.sampled_from(sorted(fr.AUTHOR_NAMES)), st.sampled_from([" ", "  ", "\n"]),
       st.booleans())
def test_an_author_name_reads_the_same_whatever_its_case_and_spaces(name: str, space: str,
                                                                   upper: bool) -> None:
    written = space.join(name.split())
    written = written.upper() if upper else written.title()
    assert author_of_name(written) == fr.AUTHOR_NAMES[name]
    info = AmendingActInfo(type="décret", date="2019-05-02", title="t",
                           author=fr.AUTHOR_NAMES[name])  # type: ignore[arg-type]
    assert info.justel_id.split()[0] == justel_kind("décret", fr.AUTHOR_NAMES[name])


def test_the_corpus_decrees_read_their_author(shared: Callable[[str], Path]) -> None:
    expected = {"2016036305": "DCFL 2016-07-15/17", "2024201105": "DCG 2024-01-29/09",
                "2018010181": "DCFR 2017-12-07/34", "2019012117": "ORD 2019-04-25/28"}
    for numac, justel_id in expected.items():
        act = api.parse(shared(f"data/corpus/be/{numac}.md"), keep_going=True)
        assert act.act.justel_id == justel_id
        assert not [p for p in act.problems if p.code == "P019"]
    # filed "Commission communautaire commune"
    assert api.parse(shared("data/corpus/be/2019012117.md")).act.author == "cocom"
    # "Région de Bruxelles-Capitale" files the COCOM's ordonnances too: not told
    assert api.parse(shared("data/corpus/be/2014031472.md")).act.author is None


def test_a_flemish_decree_verifies_against_the_page_citing_it_dcfl(
        shared: Callable[[str], Path]) -> None:
    """Corpus 2013035311's page cites the Flemish décret 2016-07-15/17 as ``DCFL``."""
    act = api.parse(shared("data/corpus/be/2016036305.md"), keep_going=True)
    page = api.load(shared("data/corpus/be/2013035311.md"), lenient=True)
    checks = api.verify(act, page).checks
    assert checks and not [c for c in checks if c.reason == "other_author"]
    assert any(c.status == "agrees" for c in checks)
