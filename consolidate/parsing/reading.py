"""How an act was read: the parse trace that ``consolidate explain`` shows.

The trace sits beside the :class:`~consolidate.model.AmendingAct` (the frozen models carry no
parser internals): for each article the rule that gave its kind, the formulas of its
designation, and for each operation the sentence, the formula matched and the quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ParseError
from ..model import AmendingAct, AmendingArticle, Operation


@dataclass(frozen=True)
class OperationReading:
    """One instruction as read."""

    point: str | None
    sentence: str = ""
    formula: str = ""
    narrowing: str | None = None
    quotes: tuple[str, ...] = ()
    operation: Operation | None = None


@dataclass(frozen=True)
class ArticleReading:
    """One article as read: its kind's rule, its designation, its instructions."""

    article: AmendingArticle
    rule: str
    designation: tuple[str, ...] = ()
    lead_in: str | None = None
    operations: tuple[OperationReading, ...] = ()
    warnings: tuple[ParseError, ...] = ()
    """What was read despite a flaw of the text (a quote Justel left unclosed: P002)."""
    failed: tuple[ParseError, ...] = ()
    """The points of the article that could not be read, each its coded error (the other
    points' operations are in ``article``): a strict parse raises the first."""


@dataclass(frozen=True)
class Reading:
    """The parsed act and the trace of how each article was read."""

    act: AmendingAct
    articles: tuple[ArticleReading, ...]

    def article(self, number: str) -> ArticleReading | None:
        """The reading of article ``number`` ("1", "1er" and "2" work), or None."""
        wanted = number.strip().removesuffix("er")
        for reading in self.articles:
            if reading.article.number.removesuffix("er") == wanted:
                return reading
        return None
