"""schemas/*.schema.json are generated from consolidate.model (``python -m consolidate.schema``)
and must stay in sync; the parse output validates against them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from consolidate import api
from consolidate.schema import schema_texts, write

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


def test_schema_files_are_in_sync_with_the_models() -> None:
    for name, text in schema_texts().items():
        path = SCHEMA_DIR / name
        assert path.exists(), f"{path} missing: run python -m consolidate.schema"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale: run python -m consolidate.schema"
        )


def test_the_parse_of_the_2024_law_validates() -> None:
    schema = json.loads((SCHEMA_DIR / "amending-act.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(api.parse().model_dump(mode="json"), schema)


def test_the_schema_rejects_an_unknown_operation() -> None:
    schema = json.loads((SCHEMA_DIR / "amending-act.schema.json").read_text(encoding="utf-8"))
    data = api.parse().model_dump(mode="json")
    data["articles"][1]["operations"][0]["op"] = "rewrite_everything"
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(data))


def test_write_produces_the_same_files(tmp_path: Path) -> None:
    for path in write(tmp_path):
        assert path.read_text(encoding="utf-8") == (SCHEMA_DIR / path.name).read_text(
            encoding="utf-8"
        )


def test_the_command_checks_and_takes_options_as_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from consolidate.schema import main

    assert main([str(tmp_path), "--check"]) == 1  # nothing there yet
    assert "out of date" in capsys.readouterr().err
    assert main([str(tmp_path)]) == 0
    assert main([str(tmp_path), "--check"]) == 0
    assert not list(tmp_path.glob("*.partial"))
    (tmp_path / "amending-act.schema.json").write_text("{}", encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 1
    with pytest.raises(SystemExit):
        main(["--help"])  # a usage, never a directory named "--help"
    assert not Path("--help").exists()
