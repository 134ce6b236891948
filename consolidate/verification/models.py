"""The verification report: one :class:`Check` per operation on the act of the page.

Pydantic models like those of :mod:`consolidate.model` (frozen, no unknown fields); the JSON
Schema ``schemas/verify-report.schema.json`` is generated from :class:`VerifyReport`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, computed_field

from ..model import Frozen, Source

CheckStatus = Literal["agrees", "disagrees", "not_checkable"]
#: why an operation cannot be checked against the page (stable codes)
Reason = Literal[
    "no_reference",       # the act has no Justel reference to look for
    "base_older",         # the page was last updated before the act
    "act_not_cited",      # no footnote or reference of the page cites the act
    "article_not_cited",  # the page cites the act, but not this amending article here
    "changed_later",      # the unit was changed again by a later act: its marks are gone
    "old_style",          # an old-style reference cites it, but no marked text to compare
    "not_supported",      # an operation kind verify does not check (divisions)
    "no_change",          # words replaced by the same words: Justel marks nothing
    "other_author",       # the page cites the reference as another author's act
]
REASONS: dict[str, str] = {
    "no_reference": "the act has no Justel reference (front matter dossier_number)",
    "base_older": "the page was last updated before the act",
    "act_not_cited": "the page cites the act nowhere",
    "article_not_cited": "the page cites the act, but not this article of it here",
    "changed_later": "changed again later by another act",
    "old_style": "old-style reference without marked text",
    "not_supported": "verify does not check this kind of operation",
    "no_change": "the operation replaces words by the same words: nothing to mark",
    "other_author": "the page cites this reference as an act of another author: not the act",
}


class Check(Frozen):
    """The verdict on one operation."""

    index: int = Field(description="Position of the operation in the act (0-based).")
    op: str = Field(description='Operation kind: "replace_words".')
    source: Source
    target: str = Field(description='The target as the act designates it: "article 2, alinéa 2".')
    status: CheckStatus
    reason: Reason | None = Field(default=None, description="Why not checkable.")
    message: str = Field(description="What was compared, or why it could not be.")
    unit: str | None = Field(default=None, description="eId of the page unit compared.")
    expected: str | None = Field(default=None, description="The act's new text (folded).")
    found: str | None = Field(default=None, description="The page's marked text (folded).")
    notes: tuple[str, ...] = Field(
        default=(), description="The page's footnotes citing the act's article (as read)."
    )


class VerifyReport(Frozen):
    """What ``consolidate verify`` says about an amending act and a Justel page."""

    act: str = Field(description='Justel id of the amending act: "L 2024-03-25/42".')
    page: str = Field(description='The page\'s act: "loi du 2016-04-10".')
    page_source: str = Field(description="File (or name) of the page.")
    page_updated: str | None = Field(
        default=None, description='"mise à jour au" date of the page, ISO, when it says.'
    )
    other_operations: int = Field(
        default=0, description="Operations of the act on other acts (not checked here)."
    )
    checks: tuple[Check, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def counts(self) -> dict[str, int]:
        """Checks per status (every status present)."""
        counts = {"agrees": 0, "disagrees": 0, "not_checkable": 0}
        for check in self.checks:
            counts[check.status] += 1
        return counts

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reasons(self) -> dict[str, int]:
        """Not-checkable checks per reason (only reasons met)."""
        out: dict[str, int] = {}
        for check in self.checks:
            if check.reason is not None:
                out[check.reason] = out.get(check.reason, 0) + 1
        return out

    @computed_field  # type: ignore[prop-decorator]
    @property
    def agreement(self) -> float | None:
        """Agreeing share of the checkable operations (None: nothing checkable)."""
        checkable = self.counts["agrees"] + self.counts["disagrees"]
        return None if checkable == 0 else self.counts["agrees"] / checkable
