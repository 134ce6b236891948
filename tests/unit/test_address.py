"""Addresses: parsing and resolution with the counting rules of semantics §1."""

from __future__ import annotations

import pytest
from apply_docs import alinea, article, document, paragraph, point

from consolidate.address import parse_address, resolve, resolve_address
from consolidate.document import akn, local, text_of
from consolidate.errors import AddressError
from consolidate.model import Step


def test_parse_full_address() -> None:
    assert parse_address("article 19, § 1er, alinéa 2, 4°") == (
        "19",
        (Step(unit="paragraph", label="1er"), Step(unit="alinea", label="2"),
         Step(unit="point", label="4°")),
    )


def test_parse_sub_item_intro_and_labels() -> None:
    assert parse_address("article 20, alinéa 1er, 1°, b)")[1][-1] == Step(unit="point", label="b)")
    assert parse_address("article 58, alinéa 1er, phrase liminaire")[1][-1] == Step(unit="intro")
    assert parse_address("article 10bis") == ("10bis", ())
    assert parse_address("article 71/1") == ("71/1", ())
    assert parse_address('article 38, phrase "Le Roi fixe, dit-il, les conditions."')[1] == (
        Step(unit="sentence", label="Le Roi fixe, dit-il, les conditions."),
    )
    second = parse_address("article 38, la deuxième phrase")[1]
    assert second == (Step(unit="sentence", label="#2"),)


@pytest.mark.parametrize("bad", ["", "chapitre 2", "article 19, bidule", "article x"])
def test_parse_malformed(bad: str) -> None:
    with pytest.raises(AddressError):
        parse_address(bad)


DOC = document(
    article("16", *(alinea(f"Alinéa {n}.") for n in range(1, 6))),
    article(
        "18",
        alinea("Un."),
        alinea("Deux (abrogé).", status="removed"),
        alinea("Trois."),
    ),
    article(
        "19",
        paragraph(
            "1er",
            alinea("Premier."),
            alinea(items=point("1°", "a;") + point("4°", "d."), intro="Liste :"),
        ),
        paragraph("2", alinea("Second.")),
    ),
    article(
        "20",
        alinea(
            items=point("1°", "x", items=point("a)", "aa;") + point("b)", "bb;")),
            intro="Intro :",
        ),
    ),
    article("39", alinea("Vieux."), status="removed"),
    article("10bis", alinea("Bis.")),
    article("71/1", alinea("Slash.")),
    article("38", alinea("Une phrase. Le Roi fixe les conditions. Fin.")),
)


def test_resolve_alineas_skip_tombstones() -> None:
    assert text_of(resolve_address(DOC, "article 18, alinéa 2")) == "Trois."
    with pytest.raises(AddressError, match="alinéa 3 does not exist: article 18 has 2 alinéas"):
        resolve_address(DOC, "article 18, alinéa 3")


def test_resolve_alinea_5_of_16_and_missing_6() -> None:
    assert text_of(resolve_address(DOC, "article 16, alinéa 5")) == "Alinéa 5."
    with pytest.raises(AddressError, match="article 16 has 5 alinéas"):
        resolve_address(DOC, "article 16, alinéa 6")


def test_resolve_paragraph_alinea_point() -> None:
    node = resolve_address(DOC, "article 19, § 1er, alinéa 2, 4°")
    assert local(node) == "point" and text_of(node) == "d."
    with pytest.raises(AddressError, match=r"article 19 has § 1er, § 2"):
        resolve_address(DOC, "article 19, § 3")


def test_alinea_without_paragraph_in_paragraphed_article() -> None:
    with pytest.raises(AddressError, match="divided into paragraphs"):
        resolve_address(DOC, "article 19, alinéa 1er")


def test_point_directly_under_article_and_sub_item() -> None:
    assert text_of(resolve_address(DOC, "article 20, 1°, b)")) == "bb;"
    assert text_of(resolve_address(DOC, "article 20, alinéa 1er, 1°, b)")) == "bb;"
    intro = resolve_address(DOC, "article 20, alinéa 1er, phrase liminaire")
    assert intro.tag == akn("intro") and text_of(intro) == "Intro :"
    with pytest.raises(AddressError, match="has 1°, 4°"):
        resolve_address(DOC, "article 19, § 1er, alinéa 2, 3°")


def test_labels_compare_as_labels() -> None:
    assert text_of(resolve_address(DOC, "article 10bis")) == "Bis."
    assert text_of(resolve_address(DOC, "article 71/1")) == "Slash."
    assert text_of(resolve(DOC, "20", (Step(unit="alinea", label="1"),))).startswith("Intro")
    with pytest.raises(AddressError, match="does not exist"):
        resolve_address(DOC, "article 10ter")


def test_repealed_article_does_not_exist() -> None:
    with pytest.raises(AddressError, match="repealed"):
        resolve_address(DOC, "article 39")


def test_sentence_resolves_to_its_p() -> None:
    node = resolve_address(DOC, 'article 38, phrase "Le Roi fixe les conditions."')
    assert local(node) == "p"
    assert local(resolve_address(DOC, "article 38, la troisième phrase")) == "p"
    with pytest.raises(AddressError, match="3 sentence"):
        resolve_address(DOC, "article 38, phrase #4")
