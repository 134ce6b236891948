"""JSON output: valid against schemas/consolidation.schema.json (kept in sync with the
models), the act, the report with counts, and each document as a tree of units with eIds,
labels, text, provenance and the consolidated text per article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from render_cases import consolidation

from consolidate import api
from consolidate.document import article_lines
from consolidate.renderers.json_model import schema_text, write_schema
from consolidate.renderers.json_out import render_json
from consolidate.result import Consolidation

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "consolidation.schema.json"


@pytest.fixture(scope="module")
def result() -> Consolidation:
    return consolidation()


@pytest.fixture(scope="module")
def output(result: Consolidation) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(result))
    return data


def article(output: dict[str, Any], document: int, eid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        a for a in output["documents"][document]["articles"] if a["eId"] == eid)
    return found


def test_the_schema_file_is_in_sync_with_the_models(tmp_path: Path) -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "regenerate with: python -m consolidate.renderers.json_model")
    written = write_schema(tmp_path / "s.json")
    assert written.read_text(encoding="utf-8") == schema_text()


def test_the_output_validates_against_the_schema(output: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(output, schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_rejects_unknown_fields(output: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(output))
    broken["documents"][0]["articles"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_act_and_report(output: dict[str, Any], result: Consolidation) -> None:
    assert output["act"]["act"]["justel_id"] == "L 2024-03-25/42"
    assert len(output["act"]["articles"]) == 6
    report = output["report"]
    assert report["counts"] == {"applied": 6, "no_effect": 1, "skipped": 1, "failed": 1}
    assert len(report["outcomes"]) == 9
    failed = report["outcomes"][4]
    assert (failed["status"], failed["error_code"]) == ("failed", "A001")
    assert report["in_force"] == "2024-01-01"


def test_documents_carry_identity_and_the_consolidated_text_per_article(
    output: dict[str, Any], result: Consolidation
) -> None:
    documents = output["documents"]
    assert [d["identity"]["language"] for d in documents] == ["fr", "nl", "fr"]
    assert [d["changed"] for d in documents] == [True, True, True]
    for document, after in zip(documents, result.after, strict=True):
        texts = {a["eId"]: a["text"] for a in document["articles"]}
        assert texts == {a.get("eId"): "\n".join(article_lines(a)) for a in after.articles()}
    art_12 = article(output, 0, "art_12")
    assert art_12["changed"] is False and art_12["provenance"] == []


def test_the_unit_tree_holds_labels_text_status_and_marks(output: dict[str, Any]) -> None:
    art_10 = article(output, 0, "art_10")
    assert art_10["changed"] is True
    (alinea,) = art_10["children"]
    assert (alinea["kind"], alinea["label"], alinea["text"]) == ("alinea", None, "Sont admis :")
    points = alinea["children"]
    assert [p["label"] for p in points] == ["1°", "2°", "3°"]
    first = points[0]
    assert first["text"] == "ceux qui ont été mis à la pension ;"
    (span,) = first["spans"]
    assert first["text"][span["start"]:span["end"]] == "qui ont été mis"
    assert (span["mark"], span["point"]) == (1, "a)")
    assert (points[2]["mark"], points[2]["point"]) == (1, "b)")
    (note,) = art_10["provenance"]
    assert (note["number"], note["reference"], note["article"]) == (1, "2024-03-25/42", "2")


def test_repealed_units_and_removed_words(output: dict[str, Any]) -> None:
    art_11 = article(output, 0, "art_11")
    first, removed, last = art_11["children"]
    assert removed["eId"] == "art_11__alinea_removed_1"
    assert (removed["status"], removed["mark"], removed["text"]) == ("removed", 1, "")
    assert first["text"] == "Le texte reste."
    (marker,) = first["spans"]
    assert marker["removed"] is True and marker["start"] == marker["end"]
    assert last["status"] == "in_force"


def test_render_dispatch_and_determinism(result: Consolidation) -> None:
    assert api.render(result, "json") == render_json(result) == render_json(result)
    assert render_json(result).endswith("}\n")
