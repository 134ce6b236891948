"""Applying a ``WrapUnit`` (consolidate/handlers/wrapping.py): an article's alinéas become its
§ 1er, a chapter's articles its section 1re; then the operation that follows in the same
instruction (the § 2, the section 2) applies to the new structure; Justel output marks the
new § 1er's label. The operations are those the parser reads in real corpus articles; the
bases are small hand-built ones (the amended texts are not in the corpus)."""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import alinea, amending, article, document, paragraph, source, target, text
from conftest import shared_path

from consolidate import api
from consolidate.address import resolve_address
from consolidate.applier import apply
from consolidate.document import Document, akn, cns, render_text
from consolidate.errors import LabelConflict, UnsupportedOperation
from consolidate.justel import write_justel
from consolidate.model import ActRef, Operation, Step, Target, WrapUnit

LOI_2006 = ActRef(type="loi", date=dt.date(2006, 12, 27))


def _operations(numac: str, number: str) -> list[Operation]:
    act = api.parse(shared_path(f"data/corpus/be/{numac}.md"), keep_going=True)
    return list(next(a for a in act.articles if a.number == number).operations)


def _base_2006() -> Document:
    removed = alinea("", status="removed")
    return document(
        article("194", alinea("Avant.")),
        article("195", alinea("Le régime s'applique aux employeurs."), removed,
                alinea("Le Roi fixe les modalités.")),
        date="2006-12-27", title="portant des dispositions diverses (I)")


def test_article_text_becomes_paragraph_1_then_paragraph_2_is_added() -> None:
    # corpus/be/2011012007.md, art. 36 ("L'article 195 de la loi du 27 décembre 2006 …, dont
    # le texte actuel formera le paragraphe 1er, est complété par un paragraphe 2 …")
    ops = _operations("2011012007", "36")
    assert [op.op for op in ops] == ["wrap_unit", "insert_unit"]
    base = _base_2006()
    before = render_text(base)
    (after,), report = apply([base], amending(("36", ops)))
    assert report.counts["applied"] == 2, report
    assert render_text(base) == before  # the input is not touched
    assert text(after, "article 195, § 1er, alinéa 1er") == "Le régime s'applique aux employeurs."
    assert text(after, "article 195, § 1er, alinéa 2") == "Le Roi fixe les modalités."
    first = resolve_address(after, "article 195, § 1er")
    assert first.get("eId") == "art_195__para_1" and first.get(cns("labelMark")) == "1"
    assert first.find(akn("alinea")) is not None  # the tombstone moved with its alinéas
    assert len(first.findall(akn("alinea"))) == 3
    assert text(after, "article 195, § 2, alinéa 1er").startswith("Par dérogation aux "
                                                                   "dispositions du § 1er")
    justel = write_justel(after)
    assert "Art. 195. [1 § 1er.]1 Le régime s'applique aux employeurs." in justel
    assert "\n[1 § 2. Par dérogation aux dispositions du § 1er" in justel
    assert "(1)<L 2024-03-25/42, art. 36, 002; En vigueur : 01-01-2024>" in justel
    assert "Art. 194. Avant." in justel  # the other articles are untouched


def test_chapter_text_becomes_section_1_then_section_2_is_inserted() -> None:
    # corpus/be/2011012030.md, art. 25 ("Dans le titre III de la même loi, le chapitre III,
    # dont le texte actuel formera la section 1re intitulée " Régime général ", il est inséré
    # une section 2 intitulée " Dispositions particulières à partir du 1er janvier 2012 "")
    ops = _operations("2011012030", "25")
    body = ("<title><num>TITRE III.</num><heading>Du contrat de travail d'employé</heading>"
            "<chapter><num>CHAPITRE II.</num><heading>Autre</heading>"
            + article("64", alinea("Avant.")) + "</chapter>"
            "<chapter><num>CHAPITRE III.</num><heading>Du chômage</heading>"
            + article("65", alinea("Un.")) + article("66", alinea("Deux.")) + "</chapter>"
            "</title>")
    base = document(body, date="1978-07-03", title="relative aux contrats de travail")
    (after,), report = apply([base], amending(("25", ops)))
    assert report.counts["applied"] == 2, report
    chapter = resolve_address(after, "article 65").getparent()
    assert chapter is not None and chapter.tag == akn("section")
    assert chapter.findtext(akn("heading")) == "Régime général"
    # dotted as the document's other divisions are (real pages: "CHAPITRE III/1. [1 - …]1");
    # "Section 1re" before 2026-12-03
    assert chapter.findtext(akn("num")) == "Section 1re."
    assert [a.findtext(akn("num")) for a in chapter.iter(akn("article"))] == ["Art. 65.",
                                                                               "Art. 66."]
    parent = chapter.getparent()
    assert parent is not None and parent.findtext(akn("num")) == "CHAPITRE III."
    sections = parent.findall(akn("section"))
    assert [s.findtext(akn("num")) for s in sections] == ["Section 1re.", "Section 2."]
    justel = write_justel(after)
    assert justel.index("Section 1re. [1 - Régime général]1") < justel.index("Art. 65. Un.") \
        < justel.index("Section 2. [1 - Dispositions particulières")
    assert "(1)<Inséré par L 2024-03-25/42, art. 25, 002; En vigueur : 01-01-2024>" in justel


def _wrap(address: str, label: str = "1er") -> WrapUnit:
    return WrapUnit(source=source("36"), target=target(address, LOI_2006), unit="paragraph",
                    label=label)


def test_an_article_with_paragraphs_already_is_refused() -> None:
    base = document(article("195", paragraph("1er", alinea("Un.")),
                            paragraph("2", alinea("Deux."))),
                    date="2006-12-27", title="portant des dispositions diverses (I)")
    with pytest.raises(LabelConflict, match="divided into paragraphs already") as error:
        apply([base], amending(("36", [_wrap("article 195")])))
    assert error.value.code == "A004"


def test_the_wrapped_unit_must_be_the_first() -> None:
    with pytest.raises(LabelConflict, match="only become its first paragraph") as error:
        apply([_base_2006()], amending(("36", [_wrap("article 195", "2")])))
    assert error.value.code == "A004"


def test_only_an_article_or_its_only_alinea_becomes_a_paragraph() -> None:
    base = document(article("195", paragraph("1er", alinea("Un."))),
                    date="2006-12-27", title="portant des dispositions diverses (I)")
    with pytest.raises(UnsupportedOperation, match="only an article's text") as error:
        apply([base], amending(("36", [_wrap("article 195, § 1er")])))
    assert error.value.code == "A005"
    with pytest.raises(UnsupportedOperation, match="1 other alinéa"):
        apply([_base_2006()], amending(("36", [_wrap("article 195, alinéa 1er")])))


def test_a_chapter_holding_sections_already_is_refused_and_left_as_it_was() -> None:
    body = ("<chapter><num>CHAPITRE III.</num><heading>Du chômage</heading>"
            "<section><num>Section 1re.</num><heading>A</heading>" + article("65", alinea("Un."))
            + "</section></chapter>")
    base = document(body, date="2006-12-27", title="portant des dispositions diverses (I)")
    op = WrapUnit(source=source("36"), target=Target(
        act=LOI_2006, divisions=(Step(unit="chapter", label="III"),)), unit="section",
        label="1re", heading="Régime général")
    (after,), report = apply([base], amending(("36", [op])), keep_going=True)
    assert report.counts["failed"] == 1
    outcome = report.outcomes[0]
    assert outcome.error_code == "A004" and "holds sections already" in (outcome.message or "")
    assert render_text(after) == render_text(base)


LOI_1998 = "organique des services de renseignement et de sécurité"


def _base_1998(*alineas: str) -> Document:
    return document(article("18", *(alinea(text) for text in alineas)),
                    date="1998-11-30", title=LOI_1998)


def test_the_only_alinea_becomes_paragraph_1_then_its_words_and_paragraph_2() -> None:
    # corpus/be/2022015455.md, art. 18: 1° "l'alinéa 1er devient le paragraphe 1er"; 2° words
    # inserted "à l'alinéa 1er, devenu le paragraphe 1er"; 3° "il est inséré un paragraphe 2"
    ops = _operations("2022015455", "18")
    assert [op.op for op in ops] == ["wrap_unit", "insert_words", "insert_unit"]
    base = _base_1998("Les services peuvent avoir recours des sources humaines.")
    (after,), report = apply([base], amending(("18", ops)))
    assert report.counts["applied"] == 3, report
    assert text(after, "article 18, § 1er") == \
        "Les services peuvent avoir recours à des personnes dont des sources humaines."
    assert text(after, "article 18, § 2").startswith("Dans l'intérêt de l'exercice de leurs "
                                                     "missions")
    justel = write_justel(after)
    assert "Art. 18. [1 § 1er.]1 Les services peuvent avoir recours [1 à des personnes dont]1" \
        in justel


def test_an_alinea_among_others_does_not_become_a_paragraph() -> None:
    # the same article with a second alinéa: what it becomes is not said (A005), nothing changes
    ops = _operations("2022015455", "18")[:1]
    base = _base_1998("Les services peuvent avoir recours des sources humaines.", "Deux.")
    (after,), report = apply([base], amending(("18", ops)), keep_going=True)
    outcome = report.outcomes[0]
    assert outcome.status == "failed" and outcome.error_code == "A005"
    assert "1 other alinéa(s)" in (outcome.message or "")
    assert render_text(after) == render_text(base)
