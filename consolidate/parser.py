"""Amending text → :class:`~consolidate.model.AmendingAct` (semantics §2–§3).

``parse_text`` is what :func:`consolidate.api.parse` calls; ``read_text`` also returns the
parse trace (which formula read which sentence) that ``consolidate explain`` shows. Every
failure is a :class:`~consolidate.errors.ParseError` with a stable code (docs/formulas.md),
the article, and the line and column with a caret; nothing is dropped silently.
"""

from __future__ import annotations

from .errors import ParseError
from .lang import fr
from .model import ActRef, AmendingAct, Problem
from .parsing.articles import OTHER_LANGUAGE, ArticleReader
from .parsing.reading import ArticleReading, Reading
from .parsing.source import SourceText, act_info, normalise, split_articles

__all__ = ["Reading", "parse_text", "read_text"]


def read_text(text: str, source: str = "<text>", *, keep_going: bool = False) -> Reading:
    """Parse ``text`` and keep the trace of how each article was read.

    By default the first unreadable article raises its :class:`ParseError`; with
    ``keep_going`` each one becomes a :class:`~consolidate.model.Problem` of the act and
    the reading goes on with the next article."""
    indexed = SourceText.of(normalise(text), source)
    info, body_start = act_info(indexed)
    readings: list[ArticleReading] = []
    problems: list[Problem] = []
    last_act: ActRef | None = None
    warnings: list[ParseError] = []
    headings = split_articles(indexed, body_start, warnings)
    for warning in warnings:
        problems.append(problem_of(warning, source, warning.article, "warning"))
    reader = ArticleReader(fr.LEXICON)
    for heading in headings:
        try:
            reading, last_act = reader.read(indexed, heading, last_act, info.publication)
        except ParseError as error:
            if not keep_going:
                raise
            problems.append(problem_of(error, source, heading.number))
            last_act = reader.cited_last(indexed, heading, last_act)
            continue
        readings.append(reading)
        last_act = reader.heading_act(indexed, heading, last_act)
        for other in reading.operations:
            if other.operation is None and other.formula.startswith(OTHER_LANGUAGE):
                line, column = indexed.line_column(heading.start)
                problems.append(Problem(
                    code="P013", severity="warning", article=heading.number, source=source,
                    line=line, column=column,
                    message=f"article {heading.number}"
                    + (f", point {other.point}" if other.point else "")
                    + f": concerns only the {other.formula.removeprefix(OTHER_LANGUAGE)!r} text "
                    f"(\"{other.sentence}\"): its operation is written in that language's text "
                    "of the act"))
    act = AmendingAct(act=info, articles=tuple(reading.article for reading in readings),
                      problems=tuple(problems))
    return Reading(act, tuple(readings))


def problem_of(
    error: ParseError, source: str, article: str | None, severity: str = "error"
) -> Problem:
    """The :class:`Problem` that records ``error`` (its code, message and place)."""
    location = error.location
    return Problem(
        code=error.code, severity="warning" if severity == "warning" else "error",
        message=error.message, article=error.article or article,
        source=location.source if location else source,
        line=location.line if location else 0, column=location.column if location else 0,
    )


def parse_text(text: str, source: str = "<text>", *, keep_going: bool = False) -> AmendingAct:
    """Parse an amending act (seed Markdown with front matter, or plain text with a Moniteur
    title line and ``Art. N.`` headings). Raises :class:`~consolidate.errors.ParseError`,
    or, with ``keep_going``, records every unreadable article in ``act.problems``."""
    return read_text(text, source, keep_going=keep_going).act
