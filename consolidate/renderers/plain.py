"""Plain renderings of a consolidation: text, unified diffs, Justel."""

from __future__ import annotations

from ..document import Document, render_text
from ..result import Consolidation


def amended(result: Consolidation) -> list[tuple[Document, Document]]:
    """(before, after) pairs of the documents that some operation changed.

    Decided from the report (an operation is "applied" only when it changed its document), so
    that no text is rendered only to be compared. A chain of several applications reports per
    step: its documents are compared (the chain keeps the texts before it).
    """
    from .common import outcomes_per_document

    if len(result.steps) > 1:
        return [(b, a) for b, a in result.pairs() if render_text(b) != render_text(a)]

    changed = [any(o.status == "applied" for o in outcomes)
               for outcomes in outcomes_per_document(result)]
    return [pair for pair, is_changed in zip(result.pairs(), changed, strict=True) if is_changed]


def render_plain(result: Consolidation) -> str:
    """The consolidated text of each amended act, separated by a blank line."""
    return "\n".join(render_text(after) for _, after in amended(result))


def render_diff(result: Consolidation) -> str:
    """Unified diffs per amended article, act by act."""
    from ..differ import article_diffs  # diff-match-patch only for the formats that diff

    chunks = [d.unified for before, after in result.pairs() for d in article_diffs(before, after)]
    return "".join(chunks)


def render_justel(result: Consolidation) -> str:
    """Each amended act in Justel format (marks and footnotes)."""
    from ..justel import write_justel

    return "\n".join(write_justel(after) for _, after in amended(result))
