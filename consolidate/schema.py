"""JSON Schemas generated from :mod:`consolidate.model` (``python -m consolidate.schema``).

``schemas/amending-act.schema.json`` describes what ``consolidate parse --format json``
prints: the whole :class:`~consolidate.model.AmendingAct`, operations included (a union
discriminated on ``op``); ``schemas/comparison.schema.json`` what ``consolidate parse FR NL
--compare`` prints (:class:`~consolidate.bilingual.Comparison`). A test compares
:func:`schemas` with the files on disk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .model import AmendingAct, written_schema

# relative to the working directory: run ``python -m consolidate.schema`` from the repository
SCHEMA_DIR = Path("schemas")
SCHEMA_ID = "https://consolidate.example/schemas/{name}"
VERIFY_SCHEMA = "verify-report.schema.json"
CORPUS_SCHEMA = "corpus-row.schema.json"


def schemas() -> dict[str, dict[str, Any]]:
    """Every generated schema, by file name."""
    act = written_schema(AmendingAct)
    name = "amending-act.schema.json"
    from .bilingual import Comparison
    from .corpus.report import ActRow
    from .renderers.json_model import SCHEMA_NAME, consolidation_schema  # the JSON output
    from .verification import VerifyReport

    verify = written_schema(VerifyReport)
    row = written_schema(ActRow)

    comparison = "comparison.schema.json"
    return {
        name: {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID.format(name=name),
            **act,
        },
        SCHEMA_NAME: consolidation_schema(),
        comparison: {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID.format(name=comparison),
            **written_schema(Comparison),
        },
        VERIFY_SCHEMA: {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID.format(name=VERIFY_SCHEMA),
            "title": "consolidate verify --format json: one VerifyReport per page",
            "type": "array",
            "items": {"$ref": "#/$defs/VerifyReport"},
            "$defs": {**verify.pop("$defs", {}), "VerifyReport": verify},
        },
        CORPUS_SCHEMA: {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID.format(name=CORPUS_SCHEMA),
            "description": "consolidate batch --json: each line but the last of a directory "
            "is one ActRow; the last is {\"directory\": ..., \"totals\": ...}.",
            **row,
        },
    }


def schema_texts() -> dict[str, str]:
    """The schemas as the files hold them (2-space JSON, UTF-8, final newline)."""
    return {
        name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in schemas().items()
    }


def write(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema into ``directory``; return the paths written.

    Each file is written whole or not at all (a temporary file renamed over it).
    """
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, text in schema_texts().items():
        path = directory / name
        partial = path.with_name(path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
        written.append(path)
    return written


def stale(directory: Path = SCHEMA_DIR) -> list[str]:
    """The schema files of ``directory`` that are missing or differ from the models."""
    return [
        name
        for name, text in schema_texts().items()
        if not (directory / name).is_file()
        or (directory / name).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    """``python -m consolidate.schema [DIRECTORY] [--check]``: regenerate or check the schemas."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m consolidate.schema",
        description="regenerate the JSON Schemas of schemas/ from consolidate.model",
    )
    parser.add_argument(
        "directory", nargs="?", type=Path, default=SCHEMA_DIR, help="default: schemas"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming the files that are missing or out of date",
    )
    options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if options.check:
        names = stale(options.directory)
        for name in names:
            sys.stderr.write(f"out of date: {options.directory / name}\n")
        return 1 if names else 0
    for path in write(options.directory):
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
