"""The amending text as a whole: positions, front matter, and its split into articles."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..errors import Location, ParseError
from ..lang import fr, scan
from ..model import AmendingActInfo, SourceSpan


@dataclass(frozen=True)
class SourceText:
    """The text being parsed, with a line index to turn offsets into lines and columns."""

    text: str
    name: str
    line_starts: tuple[int, ...]
    language: str = "fr"
    """The language of the document: its errors are written in it (Dutch:
    :mod:`consolidate.lang.nl_messages`; otherwise English)."""
    shown: str = ""
    """The text as written, when ``text`` was rewritten for the reader at the same length
    ("**Artikel 1.**" read as "**Art.    1.**"): the lines errors show."""
    raw: str = ""
    """The text before Justel's apparatus was blanked (the same length), when given: the
    evidence a rule may cite ("4° (...). <L 2006-08-05/59, art. 4, …>")."""

    @classmethod
    def of(cls, text: str, name: str, language: str = "fr", shown: str = "",
           raw: str = "") -> SourceText:
        """Index ``text`` (already normalised to ``\\n`` line ends)."""
        starts = [0, *(match.end() for match in re.finditer("\n", text))]
        return cls(text, name, tuple(starts), language,
                   shown if len(shown) == len(text) else "",
                   raw if len(raw) == len(text) else "")

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
        line_text = (self.shown or self.text)[start : end if end != -1 else len(self.text)]
        return Location(self.name, line, column, line_text)

    def span(self, start: int, end: int) -> SourceSpan:
        """The :class:`SourceSpan` of ``text[start:end]``."""
        line, column = self.line_column(start)
        end_line, end_column = self.line_column(end)
        return SourceSpan(line=line, column=column, end_line=end_line, end_column=end_column)

    def error(
        self, message: str, offset: int, code: str, article: str | None = None, *,
        entry_into_force: bool = False,
    ) -> ParseError:
        """A :class:`ParseError` located at ``offset`` (``entry_into_force``: the refused
        article is an entry-into-force article, its rules not read)."""
        where = ""
        if article:
            where = f"article {article}, " if message.startswith("point ") else \
                f"article {article}: "
        message = where + message
        if self.language == "nl":
            from ..lang.nl_messages import dutch

            message = dutch(message)
        return ParseError(message, code=code, article=article, location=self.location(offset),
                          entry_into_force=entry_into_force)


@dataclass(frozen=True)
class ArticleText:
    """One article of the act: its number and where its body lies in the source."""

    number: str
    start: int
    body_start: int
    end: int


def normalise(text: str) -> str:
    """Line ends made ``\\n``, a byte-order mark dropped, Justel's apparatus blanked."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return blank_apparatus(text)


#: Justel's marks around changed words ("[¹ ", "]¹", "[¹⁰ "), its references
#: ("<L 2006-12-27/32, art. 40, 002; **En vigueur :** 07-01-2007>", "<Abrogé par L [2024-…](…),
#: …>"), NOTE lines, and the footnote blocks after a "----------" line: the act as Justel keeps
#: it carries them; they are not part of its text.
_MARK = scan.compile(r"\[[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?|\s?\][¹²³⁴⁵⁶⁷⁸⁹⁰]+")
OLD_REFERENCE = scan.compile(
    r"<(?:(?:Inséré|Abrogé|Remplacé|Rétabli|Modifié|inséré|abrogé|remplacé|rétabli)\s+par\s+)?"
    r"[A-Z][A-Za-z-]*\s+\[?\d{4}-\d{2}-\d{2}/\d+[^>\n]*>"
)
_NOTE_LINE = scan.compile(r"^[ \t]*\*?\(NOTE[^\n]*$", re.MULTILINE)
_FOOTNOTES = scan.compile(r"^-{5,}[ \t]*$(?:.|\n)*?(?=^#{1,6}\s|\Z)", re.MULTILINE)


def blank_apparatus(text: str) -> str:
    """Replace Justel's marks, references, NOTE lines and footnote blocks by spaces (newlines
    kept), so that every offset, line and column of the act stays where it was."""
    if "]" not in text and "<" not in text and "-----" not in text and "NOTE" not in text:
        return text
    chars = list(text)
    for pattern in (_FOOTNOTES, OLD_REFERENCE, _NOTE_LINE, _MARK):
        for match in pattern.finditer(text):
            for index in range(match.start(), match.end()):
                if chars[index] != "\n":
                    chars[index] = " "
    return "".join(chars)


def french_date(text: str) -> dt.date | None:
    """'1er janvier 2024' → date; None if it is not a valid date."""
    parts = text.split()
    if len(parts) != 3:
        return None
    day, month, year = parts
    try:
        month_number = fr.MONTH_SPELLINGS[month.lower()]
        return dt.date(int(year), month_number, int(day.removesuffix("er")))
    except KeyError:
        return None
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
    title, _ = fields.get("title-fr") or fields.get("title-nl") or fields.get("title") or ("", 0)
    if not title:
        raise source.error("front matter has no 'title-fr' (or 'title')", 0, "P005")
    url = (fields.get("url") or fields.get("source") or ("", 0))[0] or None
    if url is not None and not url.startswith("http"):
        url = None
    raw_date, date_at = fields.get("date", ("", 0))
    titled, read_date = fr.TITLE_LINE.match(title), french_date
    if titled is None and source.language != "fr":  # "15 APRIL 2020. - Koninklijk besluit …"
        from ..lang import nl

        titled, read_date = nl.TITLE_LINE.match(title), _dutch_date
    if titled is not None:  # legalize-be: "3 MAI 2005. - Loi modifiant …"
        title = " ".join(titled["title"].split())
        title = re.sub(r"\s*\((?:NOTE|NOOT)\s*:.*$", "", title).rstrip(" .")
        if not raw_date:
            found = read_date(" ".join(titled["date"].lower().split()))
            raw_date = found.isoformat() if found else ""
    if not raw_date:
        raise source.error(
            "front matter has no 'date' (YYYY-MM-DD) and its title does not begin with one "
            "('25 MARS 2024. - Loi …', '25 MAART 2024. - Wet …')", 0, "P005")
    date = _iso_date(source, raw_date, date_at, required=True)
    assert date is not None
    publication = fields.get("publication") or fields.get("publication_date")
    info = AmendingActInfo(
        type=_act_type(title, url),
        date=date,
        title=title,
        numac=(fields.get("number") or fields.get("identifier") or ("", 0))[0] or None,
        justel_reference=(fields.get("case") or fields.get("dossier_number") or ("", 0))[0]
        or None,
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
    words = " ".join(title.lower().split())
    for written in sorted(fr.LEXICON.act_types, key=len, reverse=True):
        if words.startswith(written + " ") or words == written:
            return fr.LEXICON.act_types[written]
    return "loi"


def _dutch_date(text: str) -> dt.date | None:
    """'25 maart 2024' → date; None if it is not a valid date."""
    from ..lang import nl_words

    parts = text.lower().split()
    if len(parts) != 3 or parts[1] not in nl_words.MONTHS:
        return None
    try:
        return dt.date(int(parts[2]), nl_words.MONTHS.index(parts[1]) + 1, int(parts[0]))
    except ValueError:
        return None


def _info_from_title(source: SourceText) -> tuple[AmendingActInfo, int]:
    heading = fr.ARTICLE_HEADING.search(source.text)
    head_end = heading.start() if heading else len(source.text)
    title_line, read_date = fr.TITLE_LINE, french_date
    if source.language == "nl":
        from ..lang import nl

        title_line, read_date = nl.TITLE_LINE, _dutch_date
    for match in re.finditer(r"^.*$", source.text[:head_end], re.MULTILINE):
        line = title_line.match(match.group(0))
        if line is None:
            continue
        date = read_date(" ".join(line["date"].split()))
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


def split_articles(
    source: SourceText, body_start: int, warnings: list[ParseError] | None = None
) -> list[ArticleText]:
    """The articles after ``body_start``, numbered in sequence from 1er.

    A heading is taken only if it carries the expected next number, so that an "Art. 10bis."
    inside quoted new text is not an article of the amending act; bold headings
    (``**Art. N.**``) out of sequence are errors (P006). A Justel page's headings
    (``##### Article N.``, legalize-be's markdown) are taken as they come: they may jump
    ("Art. 28/1" inserted later), come out of order or repeat; a repeated article is kept
    once and reported in ``warnings`` (P011), naming both places and whether they differ.
    """
    marked = list(JUSTEL_HEADING.finditer(source.text, body_start))
    if marked:
        return _justel_articles(source, marked, warnings)
    candidates = list(fr.ARTICLE_HEADING.finditer(source.text, body_start))
    bold = any(match["bold"] for match in candidates)
    headings: list[re.Match[str]] = []
    for match in candidates:
        if bold and not match["bold"]:
            continue
        if headings and headings[0]["number"] == "unique":
            break  # after "Article unique.", the act's only article: quoted new text
        if match["number"] == "unique":
            if not headings:
                headings.append(match)
            continue
        previous = _number_value(headings[-1]["number"]) if headings else 0
        expected = (previous or len(headings)) + 1
        number = match["number"]
        value = _number_value(number)
        if value == expected or (bold and headings and value is not None and value > expected):
            # an excerpt keeps only complete articles: its numbering may jump
            if value != expected and warnings is not None:
                warnings.append(source.error(
                    f"article numbering jumps to {number} (expected {expected}): articles "
                    "are missing from this text", match.start("number"), "P012", number))
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


#: a Justel page's article heading, as legalize-be writes it: "##### Article 13/1.. 13/1."
JUSTEL_HEADING = scan.regex(
    r"^\#{4,6}[ \t]+(?:Article|Art\.|Artikel|Art)[ \t]*(?P<number>[^\s.]+(?:[ \t]+[a-z]+)?)"
    r"\.*[ \t]*(?:(?P=number)\.)?[ \t]*",
    re.MULTILINE,
)


def _justel_articles(
    source: SourceText, marked: list[re.Match[str]], warnings: list[ParseError] | None
) -> list[ArticleText]:
    articles: list[ArticleText] = []
    seen: dict[str, ArticleText] = {}
    for index, match in enumerate(marked):
        end = marked[index + 1].start() if index + 1 < len(marked) else len(source.text)
        number = match["number"].strip()
        article = ArticleText(number, match.start(), match.end(), end)
        if number in seen:
            first = seen[number]
            same = " ".join(source.text[first.body_start:first.end].split()) == " ".join(
                source.text[article.body_start:article.end].split())
            if warnings is not None:
                line, _ = source.line_column(first.start)
                warnings.append(source.error(
                    f"article {number} appears twice (lines {line} and "
                    f"{source.line_column(article.start)[0]}); "
                    + ("the texts are identical: the second is not read again" if same else
                       "the texts DIFFER: the first is read, the second is not"),
                    article.start, "P011", number))
            continue
        seen[number] = article
        articles.append(article)
    return articles


def _number_value(label: str) -> int | None:
    match = re.fullmatch(r"(\d+)(?:er)?", label)
    return int(match.group(1)) if match else None


#: the promulgation formula and the signatures after the last article ("Promulguons la
#: présente loi …", "Donné à Bruxelles, le …", "Par le Roi :", "Kondigen deze wet af …")
FINAL_FORMULA = scan.regex(
    r"^[ \t]*(?:\*\*)?(?:Promulguons|Donné\s+à|Par\s+le\s+Roi\s*:|Kondigen\s+(?:deze|dit)\b"
    r"|Gegeven\s+te"
    r"|Van\s+Koningswege|Scellé\s+du\s+sceau|Le\s+Ministre\s+de\s+la\s+Justice,?\s*$"
    r"|Vu\s+et\s+scellé)", re.MULTILINE | re.IGNORECASE,
)


@functools.cache
def closing_lines(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the structural headings between articles, the place and date of signature and "Pour
    le Gouvernement :") of a text in ``language``: the French ones for every text ("CHAPITRE 2.
    - …", as before), the Dutch ones too for a Dutch text ("HOOFDSTUK 2. - …", "Brussel, 16
    mei 2025."; the Dutch lexicon is imported only then). The signature is searched after an
    article's last quote mark only, so that a model form in quoted new text keeps its own."""
    headings, signed = [f"(?:{fr.STRUCTURE_HEADING.pattern})"], [fr.SIGNED_AT]
    if language == "nl":
        from ..lang import nl

        headings.append(f"(?:{nl.STRUCTURE_HEADING})")
        signed.append(nl.SIGNED_AT)
    return (scan.regex("|".join(headings), re.VERBOSE | re.MULTILINE),
            scan.regex("|".join(signed), re.MULTILINE))


#: a heading line of a Justel page in legalize-be's markdown (articles are "#####")
_PAGE_HEADING = scan.regex(r"^\#{1,4}[ \t]+\S", re.MULTILINE)


def article_body(source: SourceText, article: ArticleText) -> tuple[int, int]:
    """``(start, end)`` of the article's body: trimmed, structural headings, the promulgation
    formula and the signatures after the last article excluded."""
    end = article.end
    final = FINAL_FORMULA.search(source.text, article.body_start, end)
    if final is not None:
        end = final.start()
    last_mark = max(source.text.rfind(mark, article.body_start, end) for mark in "\"»”")
    headings, signatures = closing_lines(source.language)
    signed = signatures.search(source.text, max(last_mark, article.body_start), end)
    if signed is not None:
        end = signed.start()
    # a heading of the page (legalize-be's "### CHAPITRE 3. - …", "## Disposition
    # transitoire.") is never quoted new text, even after a quote Justel left unclosed
    page_heading = _PAGE_HEADING.search(source.text, article.body_start, end)
    if page_heading is not None:
        end = page_heading.start()
    # a heading inside quoted new text is content: look only after the last quote mark
    last_quote = max(source.text.rfind(mark, article.body_start, end) for mark in "\"»”")
    heading = headings.search(source.text, max(last_quote, article.body_start), end)
    if heading is not None:
        end = heading.start()
    start = article.body_start
    text = source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
