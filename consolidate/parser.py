"""Amending text → :class:`~consolidate.model.AmendingAct` (semantics §2–§3).

``parse_text`` is what :func:`consolidate.api.parse` calls; ``read_text`` also returns the
parse trace (which formula read which sentence) that ``consolidate explain`` shows. Every
failure is a :class:`~consolidate.errors.ParseError` with a stable code (docs/formulas.md),
the article, and the line and column with a caret; nothing is dropped silently.
"""

from __future__ import annotations

from .model import ActRef, AmendingAct
from .parsing.articles import read_article
from .parsing.reading import ArticleReading, Reading
from .parsing.source import SourceText, act_info, normalise, split_articles

__all__ = ["Reading", "parse_text", "read_text"]


def read_text(text: str, source: str = "<text>") -> Reading:
    """Parse ``text`` and keep the trace of how each article was read."""
    indexed = SourceText.of(normalise(text), source)
    info, body_start = act_info(indexed)
    readings: list[ArticleReading] = []
    last_act: ActRef | None = None
    for heading in split_articles(indexed, body_start):
        reading, last_act = read_article(indexed, heading, last_act, info.publication)
        readings.append(reading)
    act = AmendingAct(act=info, articles=tuple(reading.article for reading in readings))
    return Reading(act, tuple(readings))


def parse_text(text: str, source: str = "<text>") -> AmendingAct:
    """Parse an amending act (seed Markdown with front matter, or plain text with a Moniteur
    title line and ``Art. N.`` headings). Raises :class:`~consolidate.errors.ParseError`."""
    return read_text(text, source).act
