"""legalize-be's markdown of a Justel page → the Justel text layout the reader reads.

The corpus (``../shared/data/corpus/be/*.md``) holds Justel pages as rendered by legalize-be:
YAML front matter, ``# title``, headings ``### CHAPITRE II. - …``, articles ``##### Article
N. text``, marks with superscript numbers ``[¹ … ]¹``, footnotes after a ``----------`` line
(``(1)<L [2024-03-25/42](url), art. 25, 002; En vigueur : 01-01-2024>``), bold and italics.
:func:`convert` turns such a page into the lines of a Justel plain text (title line, ``(NOTE``
lines, headings, ``Art. N.`` lines, alinéas, footnote blocks) and keeps, for every line it
writes, the number of the markdown line it comes from, so that errors and warnings name the
line of the file. :func:`read_markdown` reads the result with :mod:`.reader` and completes the
identity from the front matter (numac, ELI, the Code name as an alias).

What the layout cannot hold is said, never dropped silently: an annex (``Article N.``), an
article whose number is not a label (``Article 3.1.``), a repeated article whose texts differ.
Strictly these are :class:`~consolidate.errors.JustelReadError`; with ``lenient`` they are
warnings in ``document.warnings`` and the lines are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, cns
from ..errors import JustelReadError, Location
from ..lang import scan
from ..text import CODE_LABEL, parse_label

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARK = scan.regex(r"(\[|\])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_LINK = scan.regex(r"\[([^\[\]]*)\]\((?:https?://|/)[^()\s]*\)")
_BOLD = scan.regex(r"\*\*(.*?)\*\*")
_ITALIC_LINE = scan.regex(r"^\*(\(.*\))\*$")
_HEADING = scan.regex(r"^(#{2,4})\s+(?P<text>.+)$")
_ARTICLE = scan.regex(  # a Code's "##### Article XII.1.", "##### Art. I.1.", "Article XII. 20."
    rf"^#####\s+(?:Article|Artikel|Art\.)\s+"
    rf"(?P<label>{CODE_LABEL}(?=\.)|[0-9A-Za-z][0-9A-Za-z⁰¹²³⁴⁵⁶⁷⁸⁹/._:-]*?)\.(?P<rest>(?:[\s.].*)?)$"
)
_SEPARATOR = scan.regex(r"^-{5,}$")
_FOOTNOTE = scan.regex(r"^\(\d+\)\s*<")
_NOTE = scan.regex(r"^\((?:NOTE|NOOT|NOTA)\b", re.IGNORECASE)
_TABLE_RULE = scan.regex(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
_TITLE_NOTE = scan.regex(r"\s*\((NOTE\s*:[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", re.IGNORECASE)
_UPDATED = scan.regex(r"mise à jour au (\d{2})-(\d{2})-(\d{4})")
_CODE = scan.regex(r"^(?:\[)?(?P<name>Code\b[^.(\[<]*?)(?:\s*[.(\[<]|$)", re.IGNORECASE)
_ANNEX_LABELS = {"n"}
_QUOTE_OPEN = scan.regex(r"^(?:\[\d+ ?)*\s*[\"“«]")
_QUOTE_CLOSE = scan.regex(r"[\"”»]\s*[.;,]?\s*(?:\]\d+\s*)*(?:<[^<>]*>\s*)*$")
_INTRODUCER = scan.regex(r":\s*(?:\]\d+\s*)*$")
_CLOSING = scan.regex(r"^(?:Promulguons|Proclamons|Mandons et ordonnons|Donné à|Fait à)\b")
"""The formule exécutoire and the signatures after the last article: part of no article."""


@dataclass
class Page:
    """A converted page: Justel lines, the markdown line of each, front matter, findings."""

    lines: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)
    kinds: dict[int, str] = field(default_factory=dict)
    front: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    repealed: str | None = None
    closing: list[str] = field(default_factory=list)
    articles: int = 0

    def add(self, text: str, origin: int, *, kind: str | None = None) -> None:
        """Write one Justel line coming from markdown line ``origin`` (``kind``: "heading" or
        "text" when the reader must not guess, see :func:`~.reader.read_lines`)."""
        self.lines.append(text)
        self.origin.append(origin)
        if kind is not None:
            self.kinds[origin] = kind


def is_markdown_page(text: str) -> bool:
    """Whether ``text`` looks like a legalize-be page: front matter, then ``#####`` articles
    (or a ``# title`` line for a page without articles)."""
    if not text.lstrip("\ufeff").startswith("---"):
        return False
    head = text[:20000]
    return "\n# " in head and ("\n##### " in text or "\ntitle:" in head)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The ``key: "value"`` pairs of the front matter and the index of the first body line."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    if not lines or lines[0].strip() != "---":
        return fields, 0
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return fields, index + 1
        key, colon, value = line.partition(":")
        if colon and key.strip():
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].replace('\\"', '"')
            fields[key.strip().lower()] = value
    return {}, 0


def inline(text: str) -> str:
    """Markdown inline syntax → Justel text: marks' superscripts as digits, links as their
    text, bold dropped, a line in italics unwrapped."""
    text = _MARK.sub(lambda m: m[1] + m[2].translate(_SUPERSCRIPTS), text)
    text = _LINK.sub(lambda m: m[1], text)
    text = _BOLD.sub(lambda m: m[1], text)
    if italic := _ITALIC_LINE.match(text.strip()):
        text = italic[1]
    return text


def title_parts(title: str) -> tuple[str, list[str]]:
    """The title line without its trailing ``(NOTE : …)`` remarks, and those remarks."""
    remarks: list[str] = []
    while match := _TITLE_NOTE.search(title):
        remarks.insert(0, f"({match[1].strip()})")
        title = title[: match.start()]
    return title.strip(), remarks


def clean_title(title: str) -> str:
    """The title line the reader parses: marks and references out, a replaced intitulé's
    own "Loi du 11 décembre 1998" folded into the heading date."""
    title = re.sub(r"\s*<[^<>]*>", "", title)
    title = re.sub(r"\[\d+ ?|\]\d+", "", title)
    head, dash, rest = title.partition(". - ")
    rest = rest.strip().lstrip("[").replace("]", "").strip()
    rest = re.sub(r"^(\w+(?:[ -]\w+)?) du \d{1,2}(?:er)? \w+ \d{4}\s+", r"\1 ", rest)
    return f"{head}{dash}{rest}" if dash else title.strip()


def code_alias(title: str) -> str | None:
    """'Code pénal' for a title that names a Code ("8 JUIN 1867. - CODE PENAL")."""
    rest = clean_title(title).partition(". - ")[2]
    match = _CODE.match(rest)
    if not match:
        return None
    name = " ".join(match["name"].split()).rstrip(" ,;")
    if name.isupper():
        name = name.capitalize()
    return name[0].upper() + name[1:]


def convert(text: str, *, source: str = "<markdown>", lenient: bool = False) -> Page:
    """Convert a legalize-be page into Justel lines (see the module docstring)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    front, start = front_matter(text)
    page = Page(front=front)
    lines = text.split("\n")
    title = front.get("title", "")
    first = start
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first < len(lines) and lines[first].startswith("# "):
        title = title or lines[first][2:].strip()
        first += 1
    if not title:
        raise JustelReadError("the page has no title (front matter 'title' or '# title')",
                              location=Location(source, start + 1, 1))
    head, remarks = title_parts(inline(title))
    page.add(clean_title(head), first)
    for remark in remarks:
        page.add(remark, first)
    _Body(page, source, lenient).read(lines, first)
    return page


class _Body:
    """The body loop of :func:`convert`."""

    def __init__(self, page: Page, source: str, lenient: bool) -> None:
        self.page, self.source, self.lenient = page, source, lenient
        self.in_notes = False
        self.skipping: str | None = None
        self.seen: dict[str, tuple[int, list[str]]] = {}
        self.current: tuple[str, int, int] | None = None  # label, markdown line, first output
        self.quoting = False  # inside quoted new text ("... rédigé comme suit :" then "« ... »")
        self.previous = ""  # the last content line written

    def fail(self, number: int, message: str, line: str) -> None:
        if not self.lenient:
            raise JustelReadError(message, location=Location(self.source, number, 1, line))
        self.page.warnings.append(f"{self.source}:{number}: {message}")

    def read(self, lines: list[str], first: int) -> None:
        for index in range(first, len(lines)):
            self.line(index + 1, lines[index].strip())
        self.close_article()

    def line(self, number: int, raw: str) -> None:
        if not raw:
            return
        text = inline(raw)
        if match := _ARTICLE.match(raw):
            self.article(number, match, raw)
            return
        if heading := _HEADING.match(raw):
            self.close_article()
            self.skipping, self.in_notes, self.quoting = None, False, False
            self.page.add("", number)
            self.page.add(inline(heading["text"]).strip(), number, kind="heading")
            return
        if self.skipping == "closing" or (self.current is not None and _CLOSING.match(text)):
            self.close_article()
            self.skipping = "closing"
            self.page.closing.append(text)
            return
        if self.skipping is not None:
            return
        if _SEPARATOR.match(raw):
            self.in_notes = True
            self.page.add("----------", number)
            return
        if raw.startswith("|"):
            self.table_row(number, text)
            return
        if _FOOTNOTE.match(text):
            if not self.in_notes:
                self.page.add("----------", number)
                self.in_notes = True
            self.page.add(text, number)
            return
        if self.current is None and not self.page.articles and text.startswith("[Abrogé"):
            self.page.repealed = text
            return
        if self.in_notes or _NOTE.match(text):
            self.page.add("", number)
            self.in_notes = False
        if _NOTE.match(text):
            self.page.add(text, number)
            return
        self.page.add(text, number, kind=self.quote_kind(text))
        self.previous = text

    def quote_kind(self, text: str) -> str:
        """"quoted" for the lines of quoted new text (opened at the start of a line after an
        introducer ending in ':', closed by a line ending in its closing quote), else "text"."""
        closes = bool(_QUOTE_CLOSE.search(text))
        if not self.quoting and _QUOTE_OPEN.match(text) and _INTRODUCER.search(self.previous):
            if _balanced(text) and not closes:
                return "text"  # '"bureau satellite" : ...': a quoted term, not quoted text
            self.quoting = not _balanced(text)  # else opened and closed on this line
            return "quoted"
        if not self.quoting:
            return "text"
        if closes:
            self.quoting = False
        return "quoted"

    def table_row(self, number: int, text: str) -> None:
        """A table row becomes one line, cells joined by `` | ``; a row of footnotes (legalize-be
        repeats the note in every cell) becomes a footnote block."""
        if _TABLE_RULE.match(text.replace(" ", "")):
            return
        cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
        kept = [cell for cell in cells if cell]
        if kept and all(_FOOTNOTE.match(cell) for cell in kept):
            self.page.add("----------", number)
            for cell in dict.fromkeys(kept):
                self.page.add(cell, number)
            self.in_notes = True
            return
        self.page.add(" | ".join(cells), number, kind="text")

    def article(self, number: int, match: re.Match[str], raw: str) -> None:
        self.close_article()
        self.skipping, self.in_notes, self.quoting = None, False, False
        label = re.sub(r"\s", "", match["label"])  # "XII. 20": the Moniteur's spacing
        rest = inline(match["rest"]).strip()
        rest = re.sub(rf"^\.?\s*{re.escape(label)}\.\s*", "", rest)  # "6/3.. 6/3. text"
        rest = re.sub(rf"^Article\s?{re.escape(label)}\.\s*", "", rest)  # "1. Article1. text"
        future = re.match(r"(.+?)_(DROIT_FUTUR|TOEKOMSTIG_RECHT)\b", label)
        if future:  # "Article 6_DROIT_FUTUR.": the version not in force yet
            self.skipping = "label"
            self.fail(number, f"the future version of article {future[1]} "
                      f"({future[2].replace('_', ' ')}) is not read: the text in force is; it is "
                      "left out", raw)
            return
        if label.lower() in ("unique", "premier"):  # "Article unique.": the article 1
            self.page.add("", number)
            self.page.add(f"Article {label.lower()}. {rest}".rstrip(), number)
            self.previous = rest
            self.page.articles += 1
            self.current = ("1", number, len(self.page.lines) - 1)
            return
        if label.lower() in _ANNEX_LABELS:
            self.skipping = "annex"
            self.fail(number, "an annex ('Article N.') cannot be read as articles: its lines "
                      "are left out", raw)
            return
        try:
            parse_label(label)
        except ValueError:
            self.skipping = "label"
            self.fail(number, f"article number {label!r} is not an article label (expected "
                      "'1er', '10bis', '71/1'): the article is left out", raw)
            return
        word = "Article" if parse_label(label).key() == parse_label("1").key() else "Art."
        self.page.add("", number)
        self.page.add(f"{word} {label}. {rest}".rstrip(), number)
        self.previous = rest
        self.page.articles += 1
        self.current = (label, number, len(self.page.lines) - 1)

    def close_article(self) -> None:
        """Drop a repeated article with the same text; say so, or fail when texts differ."""
        if self.current is None:
            return
        label, number, first = self.current
        self.current = None
        body = [line for line in self.page.lines[first:] if line]
        key = str(parse_label(label).key())
        if key not in self.seen:
            self.seen[key] = (number, body)
            return
        before, text = self.seen[key]
        same = _content(text) == _content(body)
        del self.page.lines[first - 1:]
        del self.page.origin[first - 1:]
        self.page.articles -= 1
        if same:
            self.page.warnings.append(
                f"{self.source}:{number}: article {label} repeats article {label} of line "
                f"{before} with the same text: the repeat is left out")
            return
        self.fail(number, f"article {label} appears twice with different texts (lines {before} "
                  f"and {number}): the second is left out", f"Art. {label}.")


def _balanced(text: str) -> bool:
    """Whether every quote the line opens it also closes."""
    straight = text.count('"') % 2 == 0
    return straight and text.count("«") == text.count("»") and \
        text.count("“") == text.count("”")


def _content(lines: list[str]) -> list[str]:
    """An article's lines without footnotes, for comparing repeats."""
    return [line for line in lines if not _FOOTNOTE.match(line) and not _SEPARATOR.match(line)]


def read_markdown(text: str, *, source: str = "<markdown>", lenient: bool = False) -> Document:
    """Read a legalize-be page into a document (see the module docstring)."""
    from .reader import read_lines

    page = convert(text, source=source, lenient=lenient)
    front = page.front
    eli = re.search(r"(eli/[a-z-]+/\d{4}/\d{2}/\d{2}/[0-9A-Za-z]+)", front.get("source", ""))
    document = read_lines(
        page.lines, source=source, lenient=lenient, numac=front.get("identifier") or None,
        eli=eli[1] if eli else None, numbers=page.origin, kinds=page.kinds,
    )
    document.warnings[:0] = page.warnings
    _complete_identity(document, page)
    return document


def _complete_identity(document: Document, page: Page) -> None:
    """Aliases (the Code name), the Justel reference, a repealed act's line, the update date."""
    from lxml import etree

    node = document.root.find(f".//{{*}}proprietary/{cns('act')}")
    assert node is not None
    title = page.front.get("title", "")
    rank = page.front.get("rank", "").lower()
    alias = code_alias(title_parts(inline(title))[0]) if title else None
    if alias:
        if node.get("type") == "code" and rank in ("loi", ""):
            node.set("type", "loi")
        from .reader import _fold

        known = {_fold(other.text or "") for other in node.iterchildren(cns("alias"))}
        if _fold(alias) not in known:  # the reader named the Code already ("Code pénal")
            etree.SubElement(node, cns("alias")).text = alias
    if reference := page.front.get("dossier_number"):
        node.set("justelReference", reference)
    if updated := _UPDATED.search(title):
        node.set("updated", f"{updated[3]}-{updated[2]}-{updated[1]}")
    if page.repealed:
        etree.SubElement(node, cns("remark")).text = page.repealed
    if page.closing:
        etree.SubElement(node, cns("closing")).text = "\n".join(page.closing)
