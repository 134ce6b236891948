"""The result of a consolidation: what every renderer of results receives."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .model import AmendingAct, Report


@dataclass(frozen=True)
class Consolidation:
    """An amending act applied to base documents.

    ``before`` and ``after`` are parallel: ``after[i]`` is ``before[i]`` consolidated (a new
    object; ``before[i]`` is untouched). ``report`` has one outcome per operation.
    """

    act: AmendingAct
    before: tuple[Document, ...]
    after: tuple[Document, ...]
    report: Report

    def pairs(self) -> list[tuple[Document, Document]]:
        """(before, after) per document."""
        return list(zip(self.before, self.after, strict=True))
