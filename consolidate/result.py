"""The result of a consolidation: what every renderer of results receives."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .document import Document
from .model import AmendingAct, Report

if TYPE_CHECKING:  # pragma: no cover
    from .chain_order import Conflict
    from .chain_rewind import Unknown
    from .timeline import ProvisionTime


@dataclass(frozen=True)
class Consolidation:
    """An amending act (or a chain of acts) applied to base documents.

    ``before`` and ``after`` are parallel: ``after[i]`` is ``before[i]`` consolidated (a new
    object; ``before[i]`` is untouched). ``report`` has one outcome per operation of ``act``.

    For a chain (:func:`consolidate.chain.apply_chain`), ``act`` is the act of the last
    application and ``report`` its report (the whole act's, pending and not-yet operations
    included, unless the act was applied in several steps: then that step's), and
    ``before``/``after`` span the whole chain; ``acts`` and
    ``reports`` hold every act in the order of effect with its report, ``steps`` one
    consolidation per application (each ``before`` is the previous ``after``), ``timeline``
    the date of every provision and ``conflicts`` the units two acts change on the same date.
    """

    act: AmendingAct
    before: tuple[Document, ...]
    after: tuple[Document, ...]
    report: Report
    acts: tuple[AmendingAct, ...] = ()
    reports: tuple[Report, ...] = ()
    steps: tuple[Consolidation, ...] = ()
    timeline: tuple[ProvisionTime, ...] = field(default=())
    conflicts: tuple[Conflict, ...] = field(default=())
    unknown: tuple[Unknown, ...] = field(default=())
    """With ``at``: what the bases' text on that date is not known to be (docs/time.md)."""

    def pairs(self) -> list[tuple[Document, Document]]:
        """(before, after) per document."""
        return list(zip(self.before, self.after, strict=True))

    def only(self, index: int) -> Consolidation:
        """The same consolidation restricted to document ``index`` (its steps too): what
        ``apply -o DIR`` renders per document."""
        return replace(
            self, before=(self.before[index],), after=(self.after[index],),
            steps=tuple(step.only(index) for step in self.steps))

    def all_reports(self) -> tuple[Report, ...]:
        """Every act's report (a single act: its report)."""
        return self.reports or (self.report,)

    def all_acts(self) -> tuple[AmendingAct, ...]:
        """Every act, in the order of effect (a single act: itself)."""
        return self.acts or (self.act,)
