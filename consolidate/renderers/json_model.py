"""The JSON output of a consolidation, as pydantic models (frozen, no unknown fields).

``python -m consolidate.renderers.json_model [PATH]`` writes its JSON Schema
(default: ``schemas/consolidation.schema.json``); ``python -m consolidate.schema`` writes it
too, with the other schemas. A test keeps the file in sync.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from ..model import ActIdentity, AmendingAct, Note, Report, written_schema

SCHEMA_NAME = "consolidation.schema.json"
SCHEMA_PATH = Path("schemas") / SCHEMA_NAME
SCHEMA_ID = f"https://consolidate.example/schemas/{SCHEMA_NAME}"


class Frozen(BaseModel):
    """Immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Marked(Frozen):
    """Words of a unit's text that a provision inserted or replaced, or a removal point."""

    start: int = Field(description="Offset of the first character in the unit's text.")
    end: int = Field(description="Offset just after the last character (== start: removal).")
    mark: int = Field(description="Footnote number (in the article's provenance).")
    point: str | None = Field(default=None, description='Point of the amending article: "a)".')
    removed: bool = Field(default=False, description="Words were removed at this place.")


class Unit(Frozen):
    """A unit below an article: paragraph, alinéa or item."""

    eId: str = Field(description='Akoma Ntoso eId: "art_10__alinea_1__point_3".')
    kind: Literal["paragraph", "alinea", "point"]
    label: str | None = Field(default=None, description='Label as written: "§ 1er.", "3°".')
    text: str = Field(description="Own text (for an enumeration: its phrase liminaire).")
    wrap_up: str | None = Field(default=None, description="Text after the last item.")
    status: Literal["in_force", "removed"] = "in_force"
    mark: int | None = Field(default=None, description="Footnote of the provision that made "
                             "(inserted, replaced or repealed) the whole unit.")
    point: str | None = Field(default=None, description="Point of that provision.")
    spans: tuple[Marked, ...] = Field(default=(), description="Marked words of ``text``.")
    children: tuple[Unit, ...] = ()


class Article(Frozen):
    """An article: its units, its consolidated plain text and its footnotes."""

    eId: str
    kind: Literal["article"] = "article"
    label: str = Field(description='"10bis", "1er".')
    heading: str = Field(description='"Art. 10bis." as written.')
    status: Literal["in_force", "removed"] = "in_force"
    changed: bool = Field(description="The consolidation changed this article's text.")
    text: str = Field(description="Consolidated plain text, Justel layout (lines).")
    mark: int | None = None
    point: str | None = None
    provenance: tuple[Note, ...] = Field(default=(), description="The article's footnotes.")
    children: tuple[Unit, ...] = ()


class DocumentOut(Frozen):
    """One consolidated document (one language expression of one act)."""

    identity: ActIdentity
    title: str = Field(description="Title line: '16 MAI 2001. - Loi portant ...'.")
    changed: bool = Field(description="Some article's text changed.")
    articles: tuple[Article, ...]


class ProvisionOut(Frozen):
    """When one amending article of a chain takes effect (docs/time.md)."""

    act: str = Field(description='Justel id of the act: "L 2025-05-05/12".')
    article: str = Field(description='The amending article: "2".')
    date: dt.date | None = Field(description="Date it takes effect (None: pending).")
    mode: str = Field(description='"date", "retroactive", "fixed_by_king", "default", ...')
    fixed_by: str | None = Field(default=None, description="The act that fixed the date.")
    deadline: dt.date | None = Field(default=None, description="Pending: at the latest.")
    until: dt.date | None = Field(
        default=None, description="The end of its effect (\"cesse d'être en vigueur le …\"); "
        "written only when set.")
    unread: str | None = Field(
        default=None, description="Mode 'unknown' because the act's entry-into-force article "
        "(this number) was not read; written only when set.")

    @model_serializer(mode="wrap")
    def _without_absent(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``until`` and ``unread`` are written only when set (outputs as before them)."""
        data: dict[str, object] = handler(self)
        for name in ("until", "unread"):
            if getattr(self, name) is None:
                data.pop(name, None)
        return data


class UnknownOut(Frozen):
    """With ``--at``: a unit or words of a base whose text on that date is not on the page
    (warning T001, docs/time.md)."""

    document: str = Field(description='The amended act: "loi 1921-02-24".')
    unit: str = Field(description="eId of the unit (holding the words), in the base text.")
    what: str = Field(description='"words", "unit", "label" or "title".')
    note: str = Field(description='The footnote whose text the page shows: "L 2018-02-25/02, '
                      'art. 63".')
    in_force: dt.date | None = Field(description="That footnote's date in force.")
    at: dt.date = Field(description="The date asked.")


class ChainOut(Frozen):
    """A chain of acts: every act in the order of effect, its report, its provisions' dates.
    ``act`` and ``report`` of the document are then those of the last application."""

    acts: tuple[AmendingAct, ...]
    reports: tuple[Report, ...]
    provisions: tuple[ProvisionOut, ...]
    conflicts: tuple[str, ...] = Field(default=(), description="Conflicts, one line each.")
    unknown: tuple[UnknownOut, ...] = Field(
        default=(), description="With --at: what the bases do not tell of that date's text.")


class ConsolidationOut(Frozen):
    """The whole JSON document."""

    format: Literal["consolidate/consolidation"] = "consolidate/consolidation"
    version: Literal[1] = 1
    act: AmendingAct
    report: Report
    documents: tuple[DocumentOut, ...]
    chain: ChainOut | None = Field(default=None, description="Set for a chain of acts.")


def consolidation_schema() -> dict[str, Any]:
    """The JSON Schema of the output (serialisation mode: computed fields included)."""
    schema = written_schema(ConsolidationOut)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            **schema}


def schema_text() -> str:
    """The schema as the file holds it (2-space JSON, UTF-8, final newline), as
    ``python -m consolidate.schema`` writes it too."""
    return json.dumps(consolidation_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    """Write the schema file; return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - a developer's command
    write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH)
