"""The amending text as a whole: positions, front matter, and its split into articles."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..errors import Location, ParseError
from ..lang import fr
from ..model import AmendingActInfo, SourceSpan


@dataclass(frozen=True)
class SourceText:
    """The text being parsed, with a line index to turn offsets into lines and columns."""

    text: str
    name: str
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, name: str) -> SourceText:
        """Index ``text`` (already normalised to ``\\n`` line ends)."""
        starts = [0, *(match.end() for match in re.finditer("\n", text))]
        return cls(text, name, tuple(starts))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, offset: int) -> Location:
        """A :class:`Location` (with the line's text, for the caret) at ``offset``."""
        line, column = self.line_column(offset)
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        line_text = self.text[start : end if end != -1 else len(self.text)]
        return Location(self.name, line, column, line_text)

    def span(self, start: int, end: int) -> SourceSpan:
        """The :class:`SourceSpan` of ``text[start:end]``."""
        line, column = self.line_column(start)
        end_line, end_column = self.line_column(end)
        return SourceSpan(line=line, column=column, end_line=end_line, end_column=end_column)

    def error(
        self, message: str, offset: int, code: str, article: str | None = None
    ) -> ParseError:
        """A :class:`ParseError` located at ``offset``."""
        where = ""
        if article:
            where = f"article {article}, " if message.startswith("point ") else \
                f"article {article}: "
        return ParseError(
            where + message, code=code, article=article, location=self.location(offset)
        )


@dataclass(frozen=True)
class ArticleText:
    """One article of the act: its number and where its body lies in the source."""

    number: str
    start: int
    body_start: int
    end: int


def normalise(text: str) -> str:
    """Line ends made ``\\n``, a byte-order mark dropped."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def french_date(text: str) -> dt.date | None:
    """'1er janvier 2024' → date; None if it is not a valid date."""
    parts = text.split()
    if len(parts) != 3:
        return None
    day, month, year = parts
    try:
        return dt.date(int(year), fr.MONTHS.index(month.lower()) + 1, int(day.removesuffix("er")))
    except ValueError:
        return None


# --- front matter -----------------------------------------------------------------------------


def read_front_matter(source: SourceText) -> tuple[dict[str, tuple[str, int]], int]:
    """The ``key: value`` pairs (with each value's offset) and where the body starts."""
    text = source.text
    if not text.startswith("---"):
        return {}, 0
    opening = fr.FRONT_MATTER_FENCE.match(text)
    closing = fr.FRONT_MATTER_FENCE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        raise source.error("front matter opened with '---' is never closed", 0, "P005")
    fields: dict[str, tuple[str, int]] = {}
    position = opening.end() + 1
    for line in text[position : closing.start()].split("\n"):
        if line.strip():
            match = fr.FRONT_MATTER_LINE.match(line)
            if match is None:
                raise source.error(
                    f"front matter line {line.strip()!r} is not 'key: value'", position, "P005"
                )
            value = match["value"]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields[match["key"].lower()] = (value, position + match.start("value"))
        position += len(line) + 1
    return fields, closing.end()


def act_info(source: SourceText) -> tuple[AmendingActInfo, int]:
    """The act's identity (front matter, or a Moniteur title line) and where its body starts."""
    fields, body = read_front_matter(source)
    if not fields:
        return _info_from_title(source)
    title, _ = fields.get("title-fr") or fields.get("title") or ("", 0)
    raw_date, date_at = fields.get("date", ("", 0))
    if not title:
        raise source.error("front matter has no 'title-fr' (or 'title')", 0, "P005")
    date = _iso_date(source, raw_date, date_at, required=True)
    assert date is not None
    url = fields.get("url", ("", 0))[0] or None
    publication = fields.get("publication")
    info = AmendingActInfo(
        type=_act_type(title, url),
        date=date,
        title=title,
        numac=fields.get("number", ("", 0))[0] or None,
        justel_reference=fields.get("case", ("", 0))[0] or None,
        publication=_iso_date(source, *publication, required=False) if publication else None,
        source_url=url,
    )
    return info, body


def _iso_date(source: SourceText, raw: str, offset: int, *, required: bool) -> dt.date | None:
    if not raw and not required:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise source.error(
            f"front matter date {raw!r} is not a date (expected YYYY-MM-DD)", offset, "P005"
        ) from None


def _act_type(title: str, url: str | None) -> str:
    if url and (match := fr.ELI_TYPE.search(url)):
        return {"arrete": "arrêté royal"}.get(match["type"], match["type"])
    words = " ".join(title.lower().split()[:2])
    for written, canonical in fr.ACT_TYPES.items():
        if words.startswith(written):
            return canonical
    return "loi"


def _info_from_title(source: SourceText) -> tuple[AmendingActInfo, int]:
    heading = fr.ARTICLE_HEADING.search(source.text)
    head_end = heading.start() if heading else len(source.text)
    for match in re.finditer(r"^.*$", source.text[:head_end], re.MULTILINE):
        line = fr.TITLE_LINE.match(match.group(0))
        if line is None:
            continue
        date = french_date(" ".join(line["date"].split()))
        if date is not None:
            title = " ".join(line["title"].split())
            title = title[0].upper() + title[1:]
            return AmendingActInfo(type=_act_type(title, None), date=date, title=title), 0
    raise source.error(
        "no front matter (--- date: … title-fr: … ---) and no title line "
        "('25 MARS 2024. - Loi …') before the first article",
        0,
        "P005",
    )


# --- articles ---------------------------------------------------------------------------------


def split_articles(source: SourceText, body_start: int) -> list[ArticleText]:
    """The articles after ``body_start``, numbered in sequence from 1er.

    A heading is taken only if it carries the expected next number, so that an "Art. 10bis."
    inside quoted new text is not an article of the amending act; bold headings
    (``**Art. N.**``) out of sequence are errors (P006).
    """
    candidates = list(fr.ARTICLE_HEADING.finditer(source.text, body_start))
    bold = any(match["bold"] for match in candidates)
    headings: list[re.Match[str]] = []
    for match in candidates:
        if bold and not match["bold"]:
            continue
        expected = len(headings) + 1
        number = match["number"]
        if _number_value(number) == expected:
            headings.append(match)
        elif bold or not headings:
            first = "1er" if expected == 1 else str(expected)
            raise source.error(
                f"article heading 'Art. {number}.' out of sequence: expected article {first}",
                match.start("number"),
                "P006",
            )
    if not headings:
        raise source.error("no article heading ('**Art. N.**' or 'Art. N.') found", body_start,
                           "P006")
    articles: list[ArticleText] = []
    for index, match in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(source.text)
        articles.append(ArticleText(match["number"], match.start(), match.end(), end))
    return articles


def _number_value(label: str) -> int | None:
    match = re.fullmatch(r"(\d+)(?:er)?", label)
    return int(match.group(1)) if match else None


def article_body(source: SourceText, article: ArticleText) -> tuple[int, int]:
    """``(start, end)`` of the article's body: trimmed, structural headings excluded."""
    end = article.end
    # a heading inside quoted new text is content: look only after the last quote mark
    last_quote = max(source.text.rfind(mark, article.body_start, end) for mark in "\"»”")
    heading = fr.STRUCTURE_HEADING.search(source.text, max(last_quote, article.body_start), end)
    if heading is not None:
        end = heading.start()
    start = article.body_start
    text = source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
