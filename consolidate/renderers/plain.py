"""Plain renderings of a consolidation: text, unified diffs, Justel."""

from __future__ import annotations

from ..differ import article_diffs
from ..document import Document, render_text
from ..result import Consolidation


def amended(result: Consolidation) -> list[tuple[Document, Document]]:
    """(before, after) pairs of the documents that some operation changed."""
    return [(b, a) for b, a in result.pairs() if render_text(b) != render_text(a)]


def render_plain(result: Consolidation) -> str:
    """The consolidated text of each amended act, separated by a blank line."""
    return "\n".join(render_text(after) for _, after in amended(result))


def render_diff(result: Consolidation) -> str:
    """Unified diffs per amended article, act by act."""
    chunks = [d.unified for before, after in result.pairs() for d in article_diffs(before, after)]
    return "".join(chunks)


def render_justel(result: Consolidation) -> str:
    """Each amended act in Justel format (marks and footnotes)."""
    from ..justel import write_justel

    return "\n".join(write_justel(after) for _, after in amended(result))
