"""A new division around articles of the base ("il est inséré une sous-section 1ère,
comportant les articles 13/1, 13/1/1, 13/1/2, intitulée …", corpus 2022015455 art. 5):
the parser names the articles in ``InsertUnit.holds``; the applier moves those the base has
into the division, at the place of the first, and refuses (A005) what it cannot do whole
(docs/apply.md, "Inserting articles and divisions")."""

from __future__ import annotations

import datetime as dt

from consolidate import api
from consolidate.chain_rewind import rewind
from consolidate.justel import read_text, write_justel
from consolidate.model import InsertUnit, Step

TITLE = ("14 JUILLET 2022. - Loi modifiant la loi du 30 novembre 1998 organique des services de "
         "renseignement et de sécurité")
FIRST = "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution."
LAW = "la loi du 30 novembre 1998 organique des services de renseignement et de sécurité"

BASE = """30 NOVEMBRE 1998. - Loi organique des services de renseignement et de sécurité

CHAPITRE III. - Des missions.

Section 2. - De l'exercice des missions.

Art. 13. Les services peuvent rechercher.

Art. 13/1. Les agents peuvent commettre des infractions.

Art. 13/2. Les agents peuvent utiliser un nom fictif.

Art. 14. Les autorités communiquent.
"""

# the real act's articles 5, 7, 8 and 9 (the new articles' texts shortened)
ART_5 = (f"Art. 2. Dans le chapitre III, section 2 de {LAW}, il est inséré une sous-section "
         "1ère, comportant les articles 13/1, 13/1/1, 13/1/2, intitulée \"Commission "
         "d'infractions\".")
ART_7 = ("Art. 3. Dans la même sous-section 1ère, il est inséré un article 13/1/1, rédigé comme "
         "suit:\n\n\"Art. 13/1/1. Les sources humaines peuvent commettre des infractions.\"")
ART_8 = ("Art. 4. Dans la même sous-section 1ère, il est inséré un article 13/1/2 rédigé comme "
         "suit:\n\n\"Art. 13/1/2. La Commission est informée.\"")
ART_9 = ("Art. 5. Dans le chapitre III, section 2, de la même loi, il est inséré une "
         "sous-section 2, comportant l'article 13/2, intitulée \"Faux nom, fausse qualité\".")


def _act(*articles: str) -> api.AmendingAct:
    return api.parse(text="\n\n".join([TITLE, FIRST, *articles]) + "\n", source="act.txt")


def _apply(*articles: str) -> tuple[str, api.Report]:
    (after,), report = api.apply([read_text(BASE, source="base.txt")], _act(*articles),
                                 keep_going=True)
    return write_justel(after), report


def test_the_parser_names_the_articles_the_division_holds() -> None:
    op = _act(ART_5).articles[1].operations[0]
    assert isinstance(op, InsertUnit)
    assert op.holds == tuple(Step(unit="article", label=label)
                             for label in ("13/1", "13/1/1", "13/1/2"))
    assert op.model_dump(mode="json")["holds"][0] == {"unit": "article", "label": "13/1",
                                                      "until": None}
    ranged = _act(f"Art. 2. Il est inséré dans le chapitre III de {LAW}, après l'article 13, "
                  "une section 3, intitulée \"Des contestations\", comprenant les articles "
                  "13/1 à 13/2.").articles[1].operations[0]
    assert isinstance(ranged, InsertUnit)
    assert ranged.holds == (Step(unit="article", label="13/1", until="13/2"),)


def test_a_quoted_division_with_its_articles_holds_nothing_more() -> None:
    """The articles come with the quote: ``holds`` stays empty (and is not written)."""
    op = _act(f"Art. 2. Dans {LAW}, il est inséré un chapitre IIIbis, comprenant l'article "
              "22bis, rédigé comme suit :\n\n\"Chapitre IIIbis. - Des attestations\n\n"
              "Art. 22bis. Les attestations sont délivrées.\"").articles[1].operations[0]
    assert isinstance(op, InsertUnit) and op.holds == ()
    assert "holds" not in op.model_dump(mode="json")


def test_the_articles_of_the_base_move_into_the_new_division() -> None:
    """The real sequence of 2022015455 (art. 5, 7, 8, 9): 13/1 is the base's, 13/1/1 and
    13/1/2 come with the act's later articles, 13/2 moves into the sous-section 2."""
    (after,), report = api.apply([read_text(BASE, source="base.txt")],
                                 _act(ART_5, ART_7, ART_8, ART_9), keep_going=True)
    assert report.ok, report.outcomes
    justel = write_justel(after)
    positions = [justel.index(text) for text in (
        "Art. 13. ", "Sous-section 1ère. [1 - Commission d'infractions]1", "Art. 13/1. Les",
        "Art. 13/1/1. [1 ", "Art. 13/1/2. [1 ", "Sous-section 2. [1 - Faux nom", "Art. 13/2. ",
        "Art. 14. ")]
    assert positions == sorted(positions)
    assert "Art. 13/1. Les agents peuvent commettre des infractions.\n" in justel  # unmarked
    first, second = after.body.iter("{*}subsection")
    assert [a.get("eId") for a in first.iter("{*}article")] == [
        "art_13-1", "art_13-1-1", "art_13-1-2"]
    assert [a.get("eId") for a in second.iter("{*}article")] == ["art_13-2"]
    (section,) = after.body.iter("{*}section")
    assert [a.get("eId") for a in section if a.tag.endswith("article")] == ["art_13", "art_14"]


def test_an_article_named_that_nobody_brings_is_refused() -> None:
    """13/1/1 is neither in the base nor inserted later (the act's articles 7 and 8 left
    out): the division is not inserted, A005 names the article."""
    justel, report = _apply(ART_5)
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "no article 13/1/1" in (outcome.message or "")
    assert "sous-section 1ère" in (outcome.message or "")
    assert "amending art. 2" in (outcome.message or "")
    assert justel == BASE


def test_an_article_between_those_named_is_refused() -> None:
    """13/1 and 14 named, 13/2 between them and not named: the articles do not stand
    together, nothing is moved."""
    justel, report = _apply(
        f"Art. 2. Dans le chapitre III, section 2 de {LAW}, il est inséré une sous-section "
        "1ère, comportant les articles 13/1 et 14, intitulée \"Commission d'infractions\".")
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "article 13/2 stands between them" in (outcome.message or "")
    assert justel == BASE


def test_a_place_named_elsewhere_than_the_articles_is_refused() -> None:
    justel, report = _apply(
        f"Art. 2. Il est inséré dans le chapitre III, section 2 de {LAW}, après l'article 13/2, "
        "une sous-section 1ère, intitulée \"Commission\", comprenant l'article 13/1.")
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "not that of article 13/1" in (outcome.message or "")
    assert justel == BASE
    ranged, report = _apply(
        f"Art. 2. Il est inséré dans le chapitre III, section 2 de {LAW}, après l'article 13, "
        "une sous-section 1ère, intitulée \"Commission\", comprenant les articles 13/1 à 13/2.")
    assert report.ok, report.outcomes
    assert ranged.index("Sous-section 1ère") < ranged.index("Art. 13/1. ") \
        < ranged.index("Art. 13/2. ") < ranged.index("Art. 14. ")


DUTCH_BASE = """30 NOVEMBER 1998. - Wet houdende regeling van de inlichtingen- en veiligheidsdienst

HOOFDSTUK III. - De opdrachten.

Afdeling 2. - De uitoefening van de opdrachten.

Art. 13. De diensten kunnen opzoeken.

Art. 13/1. De agenten mogen strafbare feiten plegen.

Art. 13/2. De agenten mogen een fictieve naam gebruiken.
"""

DUTCH_TITLE = ("14 JULI 2022. - Wet tot wijziging van de wet van 30 november 1998 houdende "
               "regeling van de inlichtingen- en veiligheidsdienst")
DUTCH_LAW = ("de wet van 30 november 1998 houdende regeling van de inlichtingen- en "
             "veiligheidsdienst")


def test_dutch_wordings_name_the_articles() -> None:
    """"die de artikelen … bevat" and "bevattende de artikelen …" (also "omvattende")."""
    for wording in ("die artikel 13/1 bevat", "bevattende artikel 13/1",
                    "omvattende het artikel 13/1", "bestaande uit artikel 13/1"):
        text = (f"Art. 2. In hoofdstuk III, afdeling 2, van {DUTCH_LAW} wordt een "
                f"onderafdeling 1 ingevoegd, {wording}, met als opschrift \"Het plegen van "
                "strafbare feiten\".")
        act = api.parse(text="\n\n".join([
            DUTCH_TITLE, "Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel "
            "74 van de Grondwet.", text]) + "\n", source="act.txt")
        op = act.articles[1].operations[0]
        assert isinstance(op, InsertUnit), wording
        assert op.holds == (Step(unit="article", label="13/1"),), wording
        (after,), report = api.apply([read_text(DUTCH_BASE, source="base.txt")], act,
                                     keep_going=True)
        assert report.ok, (wording, report.outcomes)
        justel = write_justel(after)
        assert justel.index("Art. 13. ") < justel.index("Onderafdeling 1") \
            < justel.index("Art. 13/1. ") < justel.index("Art. 13/2. "), wording


def test_a_division_whose_articles_all_come_later_goes_in_empty() -> None:
    """"il est inséré une sous-section 3, comportant l'article 13/3" and a later article
    inserts 13/3 into it (2022015455 arts. 11 and following): the division goes where its
    number sorts, the later article fills it."""
    (after,), report = api.apply([read_text(BASE, source="base.txt")], _act(
        ART_9.replace("la même loi", LAW).replace("Art. 5.", "Art. 2."),
        "Art. 3. Dans le chapitre III, section 2, de la même loi, il est inséré une sous-section 3,"
        " comportant l'article 13/3, intitulée \"Personnes morales\".",
        "Art. 4. Dans la même sous-section 3, il est inséré un article 13/3 rédigé comme "
        "suit:\n\n\"Art. 13/3. Les services peuvent créer des personnes morales.\""),
        keep_going=True)
    assert report.ok, report.outcomes
    third = list(after.body.iter("{*}subsection"))[1]
    assert [a.get("eId") for a in third.iter("{*}article")] == ["art_13-3"]
    _, refused = _apply("Art. 2. Dans le chapitre III, section 2, de la loi du 30 novembre "
                        "1998 organique des services de renseignement et de sécurité, il est "
                        "inséré une sous-section 3, comportant l'article 13/3, intitulée "
                        "\"Personnes morales\".")
    (outcome,) = refused.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "no article 13/3 and no later article" in (outcome.message or "")


def test_rewinding_the_act_puts_the_articles_back() -> None:
    """The text before the act (chain_rewind): the new divisions go, the articles they took
    from the base stay where they were (they went with the division before), the articles the
    act inserted go."""
    act = _act(ART_5, ART_7, ART_8, ART_9)
    (after,), report = api.apply([read_text(BASE, source="base.txt")], act, keep_going=True)
    assert report.ok, report.outcomes
    (back,), unknown = rewind([after], dt.date(2000, 1, 1), [act])
    assert unknown == []
    assert write_justel(back) == BASE


def test_a_division_of_a_higher_rank_inside_a_lower_one_is_refused() -> None:
    """13/1 stands in the section 2: a chapter around it would sit inside a section."""
    justel, report = _apply(
        f"Art. 2. Dans le chapitre III, section 2 de {LAW}, il est inséré un chapitre IIIbis, "
        "comprenant l'article 13/1, intitulé \"Commission d'infractions\".")
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "they are in a section, which cannot hold a chapitre" in (outcome.message or "")
    assert justel == BASE


def test_an_article_the_same_amending_article_inserts_does_not_count() -> None:
    """"1° il est inséré une sous-section 3, comportant l'article 13/3 …; 2° dans la même
    sous-section 3, il est inséré un article 13/3 …": one amending article's targets are
    resolved before it applies (docs/apply.md), so its 2° could not reach the new division;
    the 1° is refused (A005) rather than leave an empty division, the 2° is A003."""
    justel, report = _apply(
        f"Art. 2. Dans le chapitre III, section 2 de {LAW}, les modifications suivantes sont "
        "apportées :\n\n1° il est inséré une sous-section 3, comportant l'article 13/3, "
        "intitulée \"Personnes morales\";\n\n2° dans la même sous-section 3, il est inséré un "
        "article 13/3 rédigé comme suit :\n\n\"Art. 13/3. Les services créent des personnes "
        "morales.\"")
    assert [o.error_code for o in report.outcomes] == ["A005", "A003"]
    assert justel == BASE


def test_the_drafter_writes_the_articles_held_and_the_parser_reads_them_back() -> None:
    """drafter_structure: "il est inséré une sous-section 1ère, comportant les articles 13/1,
    13/1/1 et 13/1/2, rédigée comme suit : "SOUS-SECTION 1ère. - …""; a range: "comportant
    les articles 142 à 145"."""
    from consolidate.drafter_structure import draft_structure

    op = _act(ART_5).articles[1].operations[0]
    assert isinstance(op, InsertUnit)
    sentence = draft_structure(op)
    assert ", comportant les articles 13/1, 13/1/1 et 13/1/2, " in sentence
    again = _act(f"Art. 2. {sentence}").articles[1].operations[0]
    assert isinstance(again, InsertUnit) and again.holds == op.holds
    ranged = op.model_copy(update={"holds": (Step(unit="article", label="13/1", until="13/2"),)})
    sentence = draft_structure(ranged)
    assert ", comportant les articles 13/1 à 13/2, " in sentence
    again = _act(f"Art. 2. {sentence}").articles[1].operations[0]
    assert isinstance(again, InsertUnit) and again.holds == ranged.holds
