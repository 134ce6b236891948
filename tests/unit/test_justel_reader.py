"""The Justel text reader: identity, headings, units, marks, tombstones, notes, errors."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from consolidate.document import akn, cns, render_text, text_of
from consolidate.errors import JustelReadError
from consolidate.justel import parse_title, read_text
from consolidate.provenance import read_notes

TITLE = "16 MAI 2001. - Loi portant statut des militaires du cadre de réserve des Forces armées"


def read(body: str) -> etree._Element:
    """The body element of a text with the 2001 title line."""
    return read_text(f"{TITLE}\n\n{body}").body


def only_article(body: str) -> etree._Element:
    articles = list(read(body).iter(akn("article")))
    assert len(articles) == 1
    return articles[0]


def xml(element: etree._Element) -> str:
    """Compact XML without namespaces declarations, for readable assertions."""
    text = etree.tostring(element, encoding="unicode")
    return text.replace(' xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"', "").replace(
        ' xmlns:c="urn:x-consolidate:1"', ""
    )


# --- identity ----------------------------------------------------------------------------------


def test_title_line_gives_the_identity() -> None:
    identity = parse_title(TITLE)
    assert identity.type == "loi"
    assert identity.date == dt.date(2001, 5, 16)
    assert identity.title == "portant statut des militaires du cadre de réserve des Forces armées"
    assert identity.language == "fr"


def test_dutch_title_line() -> None:
    identity = parse_title("10 APRIL 2016. - Wet betreffende het telewerk bij Defensie")
    assert (identity.type, identity.language, identity.title) == (
        "loi", "nl", "betreffende het telewerk bij Defensie")
    assert identity.date == dt.date(2016, 4, 10)


def test_other_act_types() -> None:
    assert parse_title("1er FEVRIER 2010. - Arrêté royal fixant x").type == "arrêté royal"
    assert parse_title("3 MAART 2011. - Koninklijk besluit tot x").language == "nl"
    assert parse_title("8 JUIN 1867. - CODE PENAL.").type == "code"


def test_a_bad_title_line_is_an_error_with_its_line() -> None:
    with pytest.raises(JustelReadError) as error:
        read_text("\n\nArt. 1. Texte.\n", source="x.txt")
    assert error.value.location is not None and error.value.location.line == 3
    assert error.value.code == "E102"


def test_note_lines_after_the_title_are_kept() -> None:
    document = read_text(f"{TITLE}\n(NOTE : voir aussi la loi du 1er mai.)\n\nArt. 1. Texte.\n")
    remarks = [r.text for r in document.root.iter(cns("remark"))]
    assert remarks == ["(NOTE : voir aussi la loi du 1er mai.)"]


# --- structure ---------------------------------------------------------------------------------


def test_headings_nest_by_rank() -> None:
    body = read(
        "TITRE I. - DISPOSITIONS.\n\nCHAPITRE I. - DES PEINES.\n\nArt. 1. Un.\n\n"
        "Section 1re. - Des amendes.\n\nArt. 2. Deux.\n\nCHAPITRE II. - AUTRES.\n\nArt. 3. Trois.\n"
    )
    title = body.find(akn("title"))
    assert title is not None and title.findtext(akn("num")) == "TITRE I."
    chapters = title.findall(akn("chapter"))
    assert [c.findtext(akn("heading")) for c in chapters] == ["DES PEINES.", "AUTRES."]
    section = chapters[0].find(akn("section"))
    assert section is not None and section.get("eId") == "title_1__chp_1__sec_1"
    assert [a.get("eId") for a in section.iter(akn("article"))] == ["art_2"]


def test_unnumbered_heading_after_a_blank_line() -> None:
    body = read("Art. 1. Un.\n\nDISPOSITION PARTICULIERE.\n\nArt. 2. Deux.\n")
    heading = body.find(akn("subsection"))
    assert heading is not None and heading.findtext(akn("heading")) == "DISPOSITION PARTICULIERE."


@pytest.mark.parametrize(
    ("line", "num", "eid"),
    [("Article 1er. Texte.", "Article 1er.", "art_1"),
     ("Art. 10bis. Texte.", "Art. 10bis.", "art_10bis"),
     ("Art. 71/1. Texte.", "Art. 71/1.", "art_71-1"), ("Artikel 1. Tekst.", "Artikel 1.", "art_1"),
     ("Art.  5.Texte.", "Art. 5.", "art_5")],
)
def test_article_numbers(line: str, num: str, eid: str) -> None:
    article = only_article(line)
    assert article.findtext(akn("num")) == num
    assert article.get("eId") == eid


def test_alineas_paragraphs_items_and_sub_items() -> None:
    article = only_article(
        "Art. 19. § 1er. Le Roi fixe :\n1° les conditions;\n2° les cas :\na) premier;\nb) second;\n"
        "3° le reste.\nDeuxième alinéa.\n§ 2. Autre.\n- un tiret;\n- deux tirets.\n"
    )
    paragraphs = article.findall(akn("paragraph"))
    assert [p.get("eId") for p in paragraphs] == ["art_19__para_1", "art_19__para_2"]
    first, second = paragraphs[0].findall(akn("alinea"))
    intro = first.find(f"{akn('list')}/{akn('intro')}")
    assert intro is not None and text_of(intro) == "Le Roi fixe :"
    points = first.findall(f"{akn('list')}/{akn('point')}")
    assert [p.findtext(akn("num")) for p in points] == ["1°", "2°", "3°"]
    subs = points[1].findall(f"{akn('list')}/{akn('point')}")
    assert [s.get("eId") for s in subs] == [
        "art_19__para_1__alinea_1__point_2__point_a", "art_19__para_1__alinea_1__point_2__point_b"]
    assert text_of(second) == "Deuxième alinéa."
    dashes = paragraphs[1].findall(f"{akn('alinea')}/{akn('list')}/{akn('point')}")
    assert [d.get("eId") for d in dashes] == [
        "art_19__para_2__alinea_1__dash_1", "art_19__para_2__alinea_1__dash_2"]


def test_text_is_kept_exactly() -> None:
    line = "Art. 3. L'« article »  a  deux espaces ; et (des parenthèses) [euros]."
    document = read_text(f"{TITLE}\n\n{line}\n")
    assert render_text(document).splitlines()[2] == "Art. 3. " + line[len("Art. 3. "):]


# --- marks -------------------------------------------------------------------------------------


def test_words_marks_become_spans() -> None:
    article = only_article("Art. 2. Les militaires [1 et les candidats]1 qui [2 ...]2 sont visés.")
    p = article.find(f".//{akn('p')}")
    assert p is not None
    assert xml(p) == (
        '<p>Les militaires <span c:mark="1">et les candidats</span> qui'
        '<span c:mark="2" c:removed="true"/> sont visés.</p>'
    )
    assert text_of(p) == "Les militaires et les candidats qui sont visés."


def test_nested_marks_and_one_number_used_twice() -> None:
    article = only_article("Art. 4. A [1 b [2 c]2 d]1 e [1 f]1.")
    p = article.find(f".//{akn('p')}")
    assert p is not None
    assert xml(p) == ('<p>A <span c:mark="1">b <span c:mark="2">c</span> d</span> e '
                      '<span c:mark="1">f</span>.</p>')


def test_a_mark_over_whole_units_goes_on_the_units() -> None:
    article = only_article(
        "Art. 5. Premier.\n[1 Deuxième.\nTroisième : \n1° un;]1\n[2 2° deux.]2\n3° [3 trois.]3"
    )
    alineas = article.findall(akn("alinea"))
    assert alineas[1].get(cns("mark")) == "1"
    assert alineas[2].get(cns("mark")) is None  # the mark ends inside its enumeration
    points = alineas[2].findall(f"{akn('list')}/{akn('point')}")
    assert [p.get(cns("mark")) for p in points] == ["1", "2", None]
    third = points[2].find(f".//{akn('p')}")
    assert third is not None and xml(third) == '<p><span c:mark="3">trois.</span></p>'


def test_a_mark_over_the_whole_article_goes_on_the_article() -> None:
    article = only_article("Art. 5.[1 Un.\nDeux.]1")
    assert article.get(cns("mark")) == "1"
    assert all(a.get(cns("mark")) is None for a in article.iter(akn("alinea")))


def test_a_mark_around_a_label_only() -> None:
    article = only_article(
        "Art. 6. <Inséré par L 2005-08-10/61, art. 14> [3 § 1er.]3 Texte.\n§ 2. Autre.")
    paragraph = article.find(akn("paragraph"))
    assert paragraph is not None and paragraph.get(cns("labelMark")) == "3"


def test_unclosed_mark_is_an_error_or_a_warning() -> None:
    with pytest.raises(JustelReadError, match="never closed"):
        read_text(f"{TITLE}\n\nArt. 1. [1 Texte.\n")
    document = read_text(f"{TITLE}\n\nArt. 1. [1 Texte.\n", lenient=True)
    assert any("never closed" in warning for warning in document.warnings)


# --- tombstones and old style ------------------------------------------------------------------


def test_modern_tombstones() -> None:
    body = read("Art. 39. [1 ...]1\n\nArt. 40. Un.\n[2 ...]2\nDeux.\n3° [1 ...]1\n")
    art39, art40 = body.iter(akn("article"))
    assert art39.get("status") == "removed" and art39.get(cns("mark")) == "1"
    alineas = art40.findall(akn("alinea"))
    assert [a.get("status") for a in alineas] == [None, "removed", None]
    assert alineas[1].get("eId") == "art_40__alinea_removed_1"
    assert alineas[2].get("eId") == "art_40__alinea_2"
    point = alineas[2].find(f"{akn('list')}/{akn('point')}")
    assert point is not None and point.get("status") == "removed"


def test_old_style_tombstones_and_references() -> None:
    body = read(
        "Art. 13. (Abrogé) <L 1996-07-10/42, art. 21, 018; En vigueur : 11-08-1996>\n\n"
        "Art. 14.\n<Abrogé par L 2018-10-15/03, art. 5, 136; En vigueur : 08-11-2018>\n\n"
        "Art. 15. <L 1996-07-10/42, art. 5, 018; En vigueur : 11-08-1996> La réclusion.\n"
        "(Alinéa 2 abrogé) <L 09-04-1930, art. 32>\nTroisième.\n"
    )
    art13, art14, art15 = body.iter(akn("article"))
    assert art13.get("status") == "removed" and art13.get(cns("style")) == "old"
    assert art13.get(cns("raw")) == (
        "(Abrogé) <L 1996-07-10/42, art. 21, 018; En vigueur : 11-08-1996>")
    assert art14.get("status") == "removed" and art14.get(cns("rawBreak")) == "true"
    p = art15.find(f".//{akn('p')}")
    assert p is not None and xml(p) == (
        '<p><span c:style="old" c:ref="L 1996-07-10/42, art. 5, 018; En vigueur : 11-08-1996"/>'
        "La réclusion.</p>")
    assert [a.get("status") for a in art15.findall(akn("alinea"))] == [None, "removed", None]
    document = read_text(f"{TITLE}\n\nArt. 13. (Abrogé) <L 1996-07-10/42, art. 21, 018; "
                         "En vigueur : 11-08-1996>\n")
    assert document.identity.version == 18  # the highest version the text cites


# --- footnotes ---------------------------------------------------------------------------------


def test_footnotes_become_notes_of_their_article() -> None:
    document = read_text(
        f"{TITLE}\n\nArt. 2. Les [1 militaires]1 [2 ...]2.\n----------\n"
        "(1)<L 2024-03-25/42, art. 2, 008; En vigueur : 01-01-2024>\n"
        "(2)<L 2014-04-10/80, art. 2, 111; En vigueur : indéterminée>\n"
    )
    notes = read_notes(document, "art_2")
    assert [(n.number, n.kind, n.reference, n.article, n.version) for n in notes] == [
        (1, "L", "2024-03-25/42", "2", "008"), (2, "L", "2014-04-10/80", "2", "111")]
    assert notes[0].in_force == dt.date(2024, 1, 1)
    assert notes[1].in_force is None and notes[1].in_force_text == "indéterminée"
    assert document.identity.version == 111


def test_a_line_that_fits_nowhere_is_an_error_with_its_line_number() -> None:
    text = f"{TITLE}\n\nArt. 2. Texte.\n----------\n(1)<L 2024-03-25/42, art. 2>\nperdu ici\n"
    with pytest.raises(JustelReadError) as error:
        read_text(text, source="page.txt")
    assert error.value.location is not None and error.value.location.line == 6
    assert "page.txt:6" in str(error.value)
    document = read_text(text, lenient=True)
    assert document.warnings == [
        "<justel>:6: cannot place this line: not a heading, article, alinéa, item or footnote"]


def test_text_before_the_first_article_is_an_error() -> None:
    with pytest.raises(JustelReadError, match="cannot place"):
        read_text(f"{TITLE}\n\nune phrase perdue\n")


def test_reading_does_not_change_with_crlf_and_indentation() -> None:
    plain = read_text(f"{TITLE}\n\nArt. 1. Un.\nDeux.\n")
    indented = read_text(f"{TITLE}\r\n\r\n\u00a0\u00a0Art. 1. Un.\r\n\u00a0\u00a0Deux.\r\n")
    assert render_text(plain) == render_text(indented)


def test_an_unreadable_article_number_is_an_error() -> None:
    with pytest.raises(JustelReadError, match="unreadable article number '12foo'"):
        read_text(f"{TITLE}\n\nArt. 1. Un.\n\nArt. 12foo. Deux.\n")


def test_a_paragraph_after_alineas_of_the_same_article_is_an_error() -> None:
    with pytest.raises(JustelReadError, match="a § after alinéas") as error:
        read_text(f"{TITLE}\n\nArt. 5. Un.\n§ 2. Deux.\n")
    assert error.value.location is not None and error.value.location.line == 4
    document = read_text(f"{TITLE}\n\nArt. 5. Un.\n§ 2. Deux.\n", lenient=True)
    assert render_text(document).splitlines()[2:] == ["Art. 5. Un.", "§ 2. Deux."]


def test_text_before_the_first_paragraph_is_a_prefix() -> None:
    article = only_article(
        "Art. 37quinquies. ([1 ancien art. 37ter]1) <Inséré par L 2002-04-17/33, art. 3> "
        "§ 1er. Un.\n§ 2. Deux.")
    assert article.findtext(cns("prefix")) == (
        "([1 ancien art. 37ter]1) <Inséré par L 2002-04-17/33, art. 3>")
    assert [p.findtext(akn("num")) for p in article.findall(akn("paragraph"))] == ["§ 1er.", "§ 2."]


def test_a_heading_with_marks_keeps_its_line() -> None:
    body = read("SECTION Vquater. [1 - De la peine de probation]1\n\nArt. 1. Un.\n")
    section = body.find(akn("section"))
    assert section is not None
    assert section.get(cns("raw")) == "SECTION Vquater. [1 - De la peine de probation]1"
    assert section.findtext(akn("heading")) == "De la peine de probation"
