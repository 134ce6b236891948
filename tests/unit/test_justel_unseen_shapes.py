"""Justel page shapes the corpus and the Code pénal do not show (or show once), read and
applied to: article numbers of the newer Codes (the Code des sociétés' ``Art. 2:56.``, the
Code judiciaire's ``Art. 1675/2/1.``), items ``a/1)``, tombstones written otherwise than
``(Abrogé)``, headings numbered ``premier`` or ``unique``; and what an amending act does to
them (docs/justel.md, docs/apply.md).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from consolidate import api
from consolidate.document import akn, render_text
from consolidate.errors import JustelReadError
from consolidate.justel import read_text, write_justel
from consolidate.text import parse_label

ACT_TITLE = "12 JUIN 2025. - Loi modifiant divers textes (acte écrit pour les tests de consolidate)"
ACT_FIRST = ("Article 1er. La présente loi règle une matière visée à l'article 74 de la "
             "Constitution.")


def apply(base: str, *articles: str, keep_going: bool = False) -> tuple[str, api.Report]:
    """The Justel text of ``base`` after an act made of ``articles`` (each "Art. N. …")."""
    act = api.parse(text="\n\n".join([ACT_TITLE, ACT_FIRST, *articles]) + "\n", source="act.txt")
    (after,), report = api.apply([read_text(base, source="base.txt")], act,
                                 keep_going=keep_going)
    return write_justel(after), report


def labels(document_text: str) -> list[str]:
    return [a.findtext(akn("num")) or "" for a in read_text(document_text).articles()]


# --- article numbers and item labels ----------------------------------------------------------

CSA = """23 MARS 2019. - Code des sociétés et des associations

LIVRE 2. - Dispositions communes.

Art. 2:55. Premier.

Art. 2:56. § 1er. Les administrateurs.
§ 2. Ils sont :
1° nommés;
2° révoqués;
3° remplacés.

Art. 2:57. Fin.
"""


def test_the_code_des_societes_numbers_its_articles_book_colon_number() -> None:
    assert labels(CSA) == ["Art. 2:55.", "Art. 2:56.", "Art. 2:57."]
    assert parse_label("2:56") < parse_label("2:56/1") < parse_label("2:57")
    justel, report = apply(
        CSA,
        "Art. 2. Dans l'article 2:56, § 2, alinéa 1er, du Code des sociétés et des associations, "
        "le 3° est remplacé par ce qui suit :\n« 3° remplacés par le juge. »",
        "Art. 3. Dans le même Code, il est inséré un article 2:56/1 rédigé comme suit :\n"
        "« Art. 2:56/1. Nouveau. »")
    assert report.ok
    assert "2° révoqués;\n[1 3° remplacés par le juge.]1\n" in justel
    assert "\nArt. 2:56/1. [1 Nouveau.]1\n" in justel
    assert justel.index("Art. 2:56.") < justel.index("Art. 2:56/1.") < justel.index("Art. 2:57.")


CJ = """10 OCTOBRE 1967. - Code judiciaire

Art. 1675/2. Toute personne physique peut introduire une requête.

Art. 1675/2/1. Règle insérée plus tôt.

Art. 1675/3. Le plan a pour objet :
a) de rétablir;
a/1) de prévoir;
b) de payer.
"""


def test_a_second_slash_number_is_its_own_article() -> None:
    """'1675/2/1' was read as '1675/2' (2°/1's pattern): "l'article 1675/2/1" reached the
    article 1675/2, and the Justel reader did not read the heading (E102)."""
    assert labels(CJ) == ["Art. 1675/2.", "Art. 1675/2/1.", "Art. 1675/3."]
    assert not parse_label("1675/2/1").same(parse_label("1675/2"))
    assert parse_label("1675/2") < parse_label("1675/2/1") < parse_label("1675/3")
    justel, report = apply(
        CJ,
        "Art. 2. Dans l'article 1675/2/1 du Code judiciaire, les mots « plus tôt » sont "
        "remplacés par les mots « en 2020 ».",
        "Art. 3. Dans le même Code, il est inséré un article 1675/2/2 rédigé comme suit :\n"
        "« Art. 1675/2/2. Autre règle. »")
    assert report.ok
    assert "\nArt. 1675/2. Toute personne physique peut introduire une requête.\n" in justel
    assert "\nArt. 1675/2/1. Règle insérée [1 en 2020]1.\n" in justel
    assert justel.index("Art. 1675/2/1.") < justel.index("Art. 1675/2/2.") < justel.index(
        "Art. 1675/3.")


def test_an_item_a_slash_1() -> None:
    article = read_text(CJ).article("1675/3")
    assert article is not None
    assert [p.findtext(akn("num")) for p in article.iter(akn("point"))] == ["a)", "a/1)", "b)"]
    justel, report = apply(
        CJ, "Art. 2. Dans l'article 1675/3 du Code judiciaire, le a/1) est abrogé.")
    assert report.ok
    assert "a) de rétablir;\na/1) [1 ...]1\nb) de payer." in justel


def plain(text: str) -> str:
    return render_text(read_text(text))


# --- tombstones -----------------------------------------------------------------------------

TOMBSTONES = """10 OCTOBRE 1967. - Loi relative aux essais

Art. 1. Un.

Art. 2. [Abrogé]

Art. 3. <Abrogé par L 2003-03-27/49, art. 152, 002; En vigueur : 01-11-2003>

Art. 4. (Abroge) <L 1993-01-12/34, art. 28, 007; En vigueur : 01-03-1993>

Art. 5. [Abrogé] <L 2003-03-27/49, art. 155, 002; En vigueur : 01-11-2003>

Art. 6. Texte.
[1 Alinéa 2 abrogé.]1
Alinéa trois.
----------
(1)<L 2012-01-26/08, art. 6, 013; En vigueur : 01-04-2012>

Art. 7. Fin.
"""


def test_tombstones_written_otherwise_are_tombstones() -> None:
    """'(Abroge)' without its accent (Code pénal art. 320, 344, 555), '[Abrogé]', a
    '<Abrogé par …>' on the article's line, and '[1 Alinéa 2 abrogé.]1' (corpus 2011012007,
    art. 12 and 20) were read as live text: "l'article 4 est rétabli" failed, "les articles
    1 à 7 sont abrogés" repealed them again, and "l'alinéa 2" of art. 6 was the tombstone."""
    document = read_text(TOMBSTONES)
    for label in ("2", "3", "4", "5"):
        article = document.article(label)
        assert article is not None and article.get("status") == "removed", label
    assert "Art. 4. (abrogé)" in plain(TOMBSTONES)
    assert "Art. 6. Texte.\nAlinéa trois.\n" in plain(TOMBSTONES)
    assert write_justel(document) == TOMBSTONES  # each written back as it was


def test_an_act_counts_alineas_after_the_marked_tombstone_and_restores_articles() -> None:
    justel, report = apply(
        TOMBSTONES,
        "Art. 2. Dans l'article 6 de la loi du 10 octobre 1967 relative aux essais, l'alinéa 2 "
        "est remplacé par ce qui suit :\n« Alinéa trois remplacé. »",
        "Art. 3. L'article 4 de la même loi, abrogé par la loi du 12 janvier 1993, est rétabli "
        "dans la rédaction suivante :\n« Art. 4. Rétabli. »")
    assert report.ok, report.outcomes
    assert "Art. 6. Texte.\n[1 Alinéa 2 abrogé.]1\n[2 Alinéa trois remplacé.]2\n" in justel
    assert "\nArt. 4. [1 Rétabli.]1\n----------\n(1)<rétabli par L 2025-06-12" in justel


# --- headings numbered in words ---------------------------------------------------------------

WORDS = """10 OCTOBRE 1967. - Loi relative aux essais

TITRE PRELIMINAIRE. - Définitions.

Art. 1. Un.

TITRE Ier. - Le reste.

CHAPITRE premier. - Dispositions générales.

Section 1re. - Généralités.

Art. 2. Deux.

CHAPITRE UNIQUE. - Rien.

Section unique. - Rien.

Art. 11. [Abrogé] <L 2003-03-27/49, art. 155, 002; En vigueur : 01-11-2003>

Art. 12. Fin.
"""


def test_headings_numbered_in_words() -> None:
    """'CHAPITRE premier.' was an unplaceable line (E102), 'Section unique.' after an article
    an alinéa of it, 'CHAPITRE UNIQUE.' and 'TITRE PRELIMINAIRE.' unnumbered headings that
    no act could name."""
    document = read_text(WORDS)
    nums = [(etree.QName(d).localname, d.findtext(akn("num")))
            for d in document.body.iter(akn("title"), akn("chapter"), akn("section"))]
    assert nums == [("title", "TITRE PRELIMINAIRE."), ("title", "TITRE Ier."),
                    ("chapter", "CHAPITRE premier."), ("section", "Section 1re."),
                    ("chapter", "CHAPITRE UNIQUE."), ("section", "Section unique.")]
    assert write_justel(document) == WORDS
    justel, report = apply(
        WORDS,
        "Art. 2. L'intitulé du chapitre unique de la loi du 10 octobre 1967 relative aux essais "
        "est remplacé par ce qui suit : « Tout. »",
        "Art. 3. Dans la section unique du chapitre unique de la même loi, il est inséré un "
        "article 11/1 rédigé comme suit : « Art. 11/1. Inséré. »",
        "Art. 4. L'intitulé de la section 1re du chapitre Ier du titre Ier de la même loi est "
        "remplacé par ce qui suit : « S1. »")
    assert report.ok, report.outcomes
    assert "\nCHAPITRE UNIQUE. [1 Tout.]1\n" in justel
    assert "\nSection 1re. [1 S1.]1\n" in justel
    assert justel.index("Art. 11. [Abrogé]") < justel.index("Art. 11/1. [1 Inséré.]1") < \
        justel.index("Art. 12.")


# --- an article numbered in words -------------------------------------------------------------

UNIQUE = """10 OCTOBRE 1967. - Loi relative aux essais

Article unique. La présente loi s'applique.
"""


def test_article_unique_is_the_article_1() -> None:
    """'Article unique.' was an unplaceable line (E102; markdown: an article left out), and
    'Enig artikel.' after an article a line of it; the parser reads "l'article unique" as
    the article 1."""
    document = read_text(UNIQUE)
    (article,) = document.articles()
    assert (article.findtext(akn("num")), article.get("eId")) == ("Article unique.", "art_1")
    assert write_justel(document) == UNIQUE
    justel, report = apply(
        UNIQUE,
        "Art. 2. Dans l'article unique de la loi du 10 octobre 1967 relative aux essais, les mots "
        "« s'applique » sont remplacés par les mots « est applicable ».",
        "Art. 3. L'article unique de la même loi est complété par un alinéa rédigé comme suit : "
        "« Deuxième. »")
    assert report.ok, report.outcomes
    assert "\nArticle unique. La présente loi [1 est applicable]1.\n[2 Deuxième.]2\n" in justel
    dutch = read_text("10 APRIL 2016. - Wet betreffende het telewerk bij Defensie\n\n"
                      "Enig artikel. Deze wet is van toepassing.\n")
    assert [a.get("eId") for a in dutch.articles()] == ["art_1"]


def test_article_unique_in_markdown() -> None:
    page = api.load((
        "---\ntitle: \"10 OCTOBRE 1967. - Loi relative aux essais\"\nidentifier: \"1967101001\"\n"
        "rank: loi\nlanguage: fr\n---\n# 10 OCTOBRE 1967. - Loi relative aux essais\n\n"
        "##### Article unique. La présente loi s'applique.\n").encode(), name="page.md")
    assert write_justel(page).endswith("\nArticle unique. La présente loi s'applique.\n")


# --- a future version -------------------------------------------------------------------------

FUTURE = """10 OCTOBRE 1967. - Loi relative aux essais

Art. 6. Six.

Art. 6_DROIT_FUTUR. [1 Six futur.]1
----------
(1)<L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2030>

Art. 7. Sept.
"""


def test_a_future_version_is_left_out_and_said() -> None:
    """'Art. 6_DROIT_FUTUR.' (the anchor of a version not in force yet) was an alinéa of
    article 6: "l'article 6 est complété par un alinéa" went after the future text."""
    try:
        read_text(FUTURE, source="future.txt")
    except JustelReadError as error:
        assert error.location.line == 5
        assert "future version of article 6 (DROIT FUTUR)" in str(error)
    else:
        raise AssertionError("the future version was read")
    lenient = read_text(FUTURE, source="future.txt", lenient=True)
    assert lenient.warnings == ["future.txt:5: the future version of article 6 (DROIT FUTUR) "
                                "is not read: the text in force is; it is left out"]
    assert render_text(lenient).endswith("\n\nArt. 6. Six.\n\nArt. 7. Sept.\n")


# --- a division quoted with its own heading; the title line as the page writes it -------------

PENAL = """8 JUIN 1867. - CODE PENAL

LIVRE I. - DES INFRACTIONS.

CHAPITRE II. - DES PEINES.

Section I. - Des peines en général.

Art. 7bis. Autres.

Section II. - De la réclusion.

Art. 8. La réclusion.
"""


def test_a_section_quoted_with_its_heading_is_inserted_once() -> None:
    """The quote repeats the announced section's heading; the operation read holds the
    section inside itself, and the section was inserted twice (the second holding the
    article)."""
    justel, report = apply(
        PENAL,
        "Art. 2. Dans le livre Ier, chapitre II, du Code pénal, il est inséré, entre les articles "
        "7bis et 8, une section Ibis intitulée « Des peines nouvelles », comportant l'article "
        "7ter, rédigée comme suit :\n« Section Ibis. - Des peines nouvelles\n"
        "Art. 7ter. Peine nouvelle. »")
    assert report.ok, report.outcomes
    assert justel.count("Section Ibis.") == 1
    assert ("\nArt. 7bis. Autres.\n\nSection Ibis. [1 - Des peines nouvelles]1\n----------\n"
            "(1)<Inséré par L 2025-06-12, art. 2, 002; En vigueur : indéterminée>\n\n"
            "Art. 7ter. [1 Peine nouvelle.]1\n") in justel
    assert justel.index("Art. 7ter.") < justel.index("Section II.")


def test_the_title_line_keeps_the_type_as_written() -> None:
    """'CODE PENAL' was written 'Code PENAL', 'GERECHTELIJK WETBOEK' 'Gerechtelijk WETBOEK',
    'STRAFWETBOEK.' 'Strafwetboek. ' (the Code pénal pages' own title lines)."""
    for line in ("8 JUIN 1867. - CODE PENAL", "10 OKTOBER 1967. - GERECHTELIJK WETBOEK",
                 "8 JUNI 1867. - STRAFWETBOEK.", "16 MAI 2001. - Loi portant statut"):
        document = read_text(f"{line}\n\nArt. 1. Un.\n")
        assert write_justel(document).splitlines()[0] == line
        assert render_text(document).splitlines()[0] == line
    assert read_text("8 JUIN 1867. - CODE PENAL\n\nArt. 1. Un.\n").identity.aliases == (
        "Code pénal",)


# --- an annex; Dutch divisions numbered by a word before their kind -----------------------------

ANNEXED = """10 OCTOBRE 1967. - Arrêté royal relatif aux essais

Art. 1. Un.

Art. 2. Deux.

Annexe 1. Liste des produits
Produit A | 10
Produit B | 20
"""


def test_an_annex_is_not_read_into_the_last_article() -> None:
    """'Annexe 1. …' after the last article was an alinéa of it (silently): "l'article 2 est
    complété par un alinéa" went after the annex's rows."""
    try:
        read_text(ANNEXED, source="annexed.txt")
    except JustelReadError as error:
        assert error.location.line == 7 and "an annex ('Annexe 1') is not read" in str(error)
    else:
        raise AssertionError("the annex was read")
    lenient = read_text(ANNEXED, source="annexed.txt", lenient=True)
    assert lenient.warnings == ["annexed.txt:7: an annex ('Annexe 1') is not read: its lines "
                                "are left out, up to the next article or heading"]
    assert render_text(lenient).endswith("\n\nArt. 2. Deux.\n")


def test_dutch_divisions_numbered_before_their_kind() -> None:
    """'Enige afdeling. - …' after an article was a line of it; 'Enig hoofdstuk.' and
    'VOORAFGAANDE TITEL.' are divisions (whose number no act names)."""
    text = ("10 APRIL 2016. - Wet betreffende het telewerk\n\nVOORAFGAANDE TITEL. - Begrippen.\n\n"
            "Artikel 1. Een.\n\nEnig hoofdstuk. - Alles.\n\nEnige afdeling. - Alles.\n\n"
            "Art. 2. Twee.\n")
    document = read_text(text)
    kinds = [(etree.QName(d).localname, d.findtext(akn("num")))
             for d in document.body.iter(akn("title"), akn("chapter"), akn("section"))]
    assert kinds == [("title", "VOORAFGAANDE TITEL."), ("chapter", "Enig hoofdstuk."),
                     ("section", "Enige afdeling.")]
    two = document.article("2")
    assert two is not None and render_text(document).endswith("\n\nArt. 2. Twee.\n")
    assert write_justel(document) == text


# --- older tombstones of a § or an item ---------------------------------------------------------

OLD_UNITS = """10 OCTOBRE 1967. - Loi relative aux essais

Art. 16. § 1er. Un :
1° premier;
2° (Abrogé) <L 2003-03-27/49, art. 155, 002; En vigueur : 01-11-2003>
3° troisième.
§ 2. (Abrogé) <L 2003-03-27/49, art. 154, 002; En vigueur : 01-11-2003>
§ 3. Trois.
"""


def test_a_paragraph_or_item_repealed_in_the_older_style_is_a_tombstone() -> None:
    """'§ 2. (Abrogé) <L …>' and '2° (Abrogé) <L …>' were live units with the text
    '(Abrogé)': "le § 2, abrogé par …, est rétabli" failed (A003, "is not repealed") and
    "les 1° à 3° sont remplacés" would have replaced the tombstone's text."""
    document = read_text(OLD_UNITS)
    article = document.article("16")
    assert article is not None
    removed = [u.findtext(akn("num")) for u in article.iter(akn("paragraph"), akn("point"))
               if u.get("status") == "removed"]
    assert removed == ["2°", "§ 2."]
    assert write_justel(document) == OLD_UNITS
    assert "(Abrogé)" not in render_text(document)
    justel, report = apply(
        OLD_UNITS,
        "Art. 2. Dans l'article 16 de la loi du 10 octobre 1967 relative aux essais, le § 2, "
        "abrogé par la loi du 27 mars 2003, est rétabli dans la rédaction suivante :\n"
        "« § 2. Deux rétabli. »")
    assert report.ok, report.outcomes
    assert "\n3° troisième.\n[1 § 2. Deux rétabli.]1\n§ 3. Trois.\n" in justel


def test_a_dash_after_the_article_number_is_not_a_tiret() -> None:
    """'Art. 9. - Texte neuf.' was read as an article opening with a list of one tiret."""
    text = ("10 OCTOBRE 1967. - Loi relative aux essais\n\nArt. 9. - Texte neuf.\nDeux.\n\n"
            "Art. 10. - § 1er. Un.\n§ 2. Deux.\n")
    document = read_text(text)
    nine = document.article("9")
    assert nine is not None and not list(nine.iter(akn("point")))
    assert write_justel(document) == text
    assert "\nArt. 9. Texte neuf.\nDeux.\n" in render_text(document)
    justel, report = apply(
        text, "Art. 2. Dans l'article 9 de la loi du 10 octobre 1967 relative aux essais, "
        "l'alinéa 2 est abrogé.")
    assert report.ok and "\nArt. 9. - Texte neuf.\n[1 ...]1\n" in justel


def test_a_new_division_of_a_kind_the_text_lacks_is_dotted_like_the_others() -> None:
    """'Section 1re [1 - …]1' where the page's divisions are all dotted: Justel writes
    'CHAPITRE III/1. [1 - …]1' (corpus 1994025254)."""
    justel, report = apply(
        CSA, "Art. 2. Dans le livre 2 du Code des sociétés et des associations, il est inséré "
        "une section 1re intitulée « Des administrateurs », rédigée comme suit : "
        "« Art. 2:57/1. Neuf. »")
    assert report.ok, report.outcomes
    assert "\nSection 1re. [1 - Des administrateurs]1\n" in justel


def test_a_renumbered_division_keeps_one_dash_before_its_heading() -> None:
    """'Section III. ([1 ancienne section II …]1). - De la réclusion.': a dot was added after
    the bracket (docs/justel.md gives 'SECTION 3. ([1 …]1) - heading')."""
    justel, report = apply(
        PENAL, "Art. 2. Dans le livre Ier, chapitre II, du Code pénal, la section II devient la "
        "section III.")
    assert report.ok, report.outcomes
    assert ("\nSection III. ([1 ancienne section II renumérotée en nouvelle section III]1) - De "
            "la réclusion.\n") in justel


def test_the_same_shapes_in_a_justel_html_page() -> None:
    """tests/data/justel/csa-unseen-shapes.fr.html (written in the Code pénal page's layout):
    'Art. 2:56.' split over two anchors, an 'a/1)' item, an '(Abroge)' tombstone."""
    path = Path(__file__).resolve().parents[1] / "data" / "justel" / "csa-unseen-shapes.fr.html"
    document = api.load(path)
    assert [a.get("eId") for a in document.articles()] == ["art_2.55", "art_2.56", "art_2.57"]
    two57 = document.article("2:57")
    assert two57 is not None and two57.get("status") == "removed"
    two56 = document.article("2:56")
    assert two56 is not None
    assert [p.findtext(akn("num")) for p in two56.iter(akn("point"))] == ["a)", "a/1)"]
    assert "\nArt. 2:57. (Abroge) <L 2020-01-01/01, art. 3, 002;" in write_justel(document)


def test_a_future_version_in_markdown_is_named_so() -> None:
    page = ("---\ntitle: \"10 OCTOBRE 1967. - Loi relative aux essais\"\nidentifier: "
            "\"1967101001\"\nrank: loi\nlanguage: fr\n---\n# 10 OCTOBRE 1967. - Loi relative aux "
            "essais\n\n##### Article 6. Six.\n\n##### Article 6_DROIT_FUTUR. [¹ Six futur.]¹\n\n"
            "----------\n\n(1)<L [2024-03-25/42](https://example.org), art. 25, 002; En vigueur "
            ": 01-01-2030>\n\n##### Article 7. Sept.\n").encode()
    document = api.load(page, name="page.md", lenient=True)
    assert document.warnings == ["page.md:11: the future version of article 6 (DROIT FUTUR) is "
                                 "not read: the text in force is; it is left out"]
    assert render_text(document).endswith("\n\nArt. 6. Six.\n\nArt. 7. Sept.\n")
