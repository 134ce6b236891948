"""Document → Justel text: marks ``[n ...]n``, tombstones and per-article footnotes.

Layout (the same as :func:`consolidate.document.render_text`, plus provenance): the title
line, the ``(NOTE : ...)`` lines, a blank line; then each heading and each article followed
by a blank line. An article's first line carries ``Art. N.``; every alinéa and item is a line.

- ``<span c:mark="n">words</span>`` → ``[n words]n``; an empty removal span → ``[n ...]n``;
- ``c:mark="n"`` on a unit → ``[n`` before its first line (before the label of a point or
  paragraph, after ``Art. N.`` for an article) and ``]n`` after its last line; adjacent units
  marked with the same number share one pair of brackets, as Justel prints them;
- tombstones: a repealed article with a mark is ``Art. 39. [n ...]n``, one read from an older
  page keeps its line (``Art. 13. (Abrogé) <L ...>``); repealed alinéas, items and paragraphs
  are ``[n ...]n`` lines (``3° [n ...]n``); a tombstone with neither a mark nor an old line is
  left out, as in the plain text;
- after an article with notes: ``----------`` and one ``(n)<...>`` line per note.
"""

from __future__ import annotations

from lxml import etree

from ..document import (
    CONTAINERS,
    TITLE_NOTES,
    Document,
    akn,
    cns,
    document_title_line,
    heading_line,
    is_removed,
    local,
    units,
)
from ..provenance import notes_index, notes_of
from .footnotes import format_note, note_body
from .marks import ELLIPSIS

Piece = tuple[str, str | int]
"""("text", s) | ("open", n) | ("close", n); ("label_open"/"label_close", n) around a label."""
OPENING = "([«\"'“‘"


def _render(pieces: list[Piece]) -> str:
    out: list[str] = []
    for kind, value in pieces:
        if kind in ("open", "label_open"):
            out.append(f"[{value} ")
        elif kind in ("close", "label_close"):
            out.append(f"]{value}")
        else:
            out.append(str(value))
    return "".join(out)


def inline_pieces(p: etree._Element) -> list[Piece]:
    """The pieces of a ``p``: text, ``[n``/``]n`` around spans, anchors with their spacing."""
    pieces: list[Piece] = []
    state = {"started": False, "anchor_first": False}

    def text(value: str) -> None:
        if not value:
            return
        if state["anchor_first"] and not value[0].isspace() and value[0] not in ".,;:)]":
            pieces.append(("text", " "))
        state["anchor_first"] = False
        state["started"] = True
        pieces.append(("text", value))

    def anchor(value: list[Piece]) -> None:
        previous = _last_text(pieces)
        after_close = bool(pieces) and pieces[-1][0] == "close"
        if after_close or (previous and not previous[-1].isspace() and previous[-1] not in OPENING):
            pieces.append(("text", " "))
        state["anchor_first"] = not state["started"]
        pieces.extend(value)

    def walk(element: etree._Element) -> None:
        text(element.text or "")
        for child in element:
            if not isinstance(child.tag, str):
                text(child.tail or "")
                continue
            mark = child.get(cns("mark"))
            if child.get(cns("style")) == "old" and child.get(cns("ref")) is not None:
                anchor([("text", f"<{child.get(cns('ref'))}>")])
            elif mark is not None and child.get(cns("removed")) == "true":
                anchor([("open", int(mark)), ("text", ELLIPSIS), ("close", int(mark))])
            elif mark is not None:
                state["anchor_first"] = False
                pieces.append(("open", int(mark)))
                walk(child)
                pieces.append(("close", int(mark)))
            else:
                walk(child)
            text(child.tail or "")

    walk(p)
    return pieces


def _last_text(pieces: list[Piece]) -> str:
    for kind, value in reversed(pieces):
        if kind == "text":
            return str(value)
        return ""
    return ""


def _unit_mark(unit: etree._Element) -> list[Piece]:
    mark = unit.get(cns("mark"))
    return [("open", int(mark))] if mark is not None else []


def _close(unit: etree._Element) -> list[Piece]:
    mark = unit.get(cns("mark"))
    return [("close", int(mark))] if mark is not None else []


def _tombstone(unit: etree._Element, label: list[Piece]) -> list[list[Piece]]:
    mark = unit.get(cns("mark"))
    raw = unit.get(cns("raw"))
    if raw is not None and mark is not None and unit.get(cns("style")) == "old":
        return [[*label, ("text", raw)]]  # "[1 Alinéa 2 abrogé.]1" as the page wrote it
    if mark is not None:
        return [[*label, ("open", int(mark)), ("text", ELLIPSIS), ("close", int(mark))]]
    if raw is not None:
        return [[*label, ("text", raw)]]
    return []


def _p_lines(container: etree._Element | None) -> list[Piece]:
    p = container.find(akn("p")) if container is not None else None
    return inline_pieces(p) if p is not None else []


def unit_lines(unit: etree._Element) -> list[list[Piece]]:
    """Lines of an alinéa or point (its label included) with their marks."""
    label: list[Piece] = []
    if local(unit) == "point":
        label = _label(unit, (unit.findtext(akn("num")) or "").strip())
    if is_removed(unit):
        return _tombstone(unit, label)
    listing = unit.find(akn("list"))
    if listing is None:
        lines = [[*label, *_p_lines(unit.find(akn("content")))]]
    else:
        intro = listing.find(akn("intro"))
        lines = [[*label, *_p_lines(intro)]] if intro is not None else []
        for point in units(listing, "point", removed=True):
            lines.extend(unit_lines(point))
        wrap_up = listing.find(akn("wrapUp"))
        if wrap_up is not None:
            lines.append(_p_lines(wrap_up))
        if not lines:
            lines = [list(label)]
        elif intro is None and label:
            lines.insert(0, list(label))
    return _wrap(unit, lines)


def _wrap(unit: etree._Element, lines: list[list[Piece]]) -> list[list[Piece]]:
    if unit.get(cns("mark")) is None or not lines:
        return lines
    lines[0] = [*_unit_mark(unit), *lines[0]]
    lines[-1] = [*lines[-1], *_close(unit)]
    return lines


def _merge(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Adjacent units with the same mark share one pair of brackets (``]1`` + ``[1`` go)."""
    for index in range(len(lines) - 1):
        while True:
            current, following = lines[index], lines[index + 1]
            if not (current and following and current[-1][0] == "close"
                    and following[0][0] == "open" and current[-1][1] == following[0][1]):
                break
            removal_next = len(following) > 2 and following[1] == ("text", ELLIPSIS)
            if _is_removal_end(current) or removal_next:
                break
            lines[index] = current[:-1]
            lines[index + 1] = following[1:]
    return lines


def _is_removal_end(line: list[Piece]) -> bool:
    return len(line) >= 2 and line[-2] == ("text", ELLIPSIS)


def article_lines(article: etree._Element) -> list[str]:
    """An article in Justel form: ``Art. N.`` on the first line, marks, tombstones."""
    heading = (article.findtext(akn("num")) or "").strip()
    if is_removed(article):
        pieces = _tombstone(article, [])
        if article.get(cns("rawBreak")) == "true" and pieces:
            return [heading, _render(pieces[0])]
        if not pieces:
            language = _language(article)
            return [f"{heading} (opgeheven)" if language == "nl" else f"{heading} (abrogé)"]
        return [f"{heading} {_render(pieces[0])}"]
    lines: list[list[Piece]] = []
    for child in article:
        kind = local(child)
        if kind == "paragraph":
            lines.extend(_paragraph_lines(child))
        elif kind == "alinea":
            lines.extend(unit_lines(child))
    title = article.find(akn("heading"))
    if title is not None and not is_removed(title):  # the article's title: its first line
        own = title.get(cns("mark"))
        words = inline_pieces(title)
        lines.insert(0, [("open", int(own)), *words, ("close", int(own))] if own else words)
    lines = _merge(_wrap(article, lines))
    prefix = " ".join(part for part in (article.get(cns("renumbered")),
                                        article.findtext(cns("prefix"))) if part)
    texts = [_render(line) for line in lines]
    if prefix:
        texts = [f"{prefix} {texts[0]}" if texts else prefix, *texts[1:]]
    if texts and not (lines and _is_tombstone_line(lines[0]) and not prefix):
        texts[0] = f"{heading} {texts[0]}".rstrip()
    else:  # "Art. 5. [1 ...]1" would read as a repealed article
        texts = [heading, *texts]
    return texts


def _label(unit: etree._Element, num: str) -> list[Piece]:
    """A unit's label, inside ``[n``/``]n`` when a mark covers the label alone."""
    marks = [int(m) for m in (unit.get(cns("labelMark")) or "").split()]
    lead = unit.get(cns("lead")) or ""  # the older style's "(" before the label
    close = unit.get(cns("leadClose")) or ""  # and its ")" after it: "(§ 3.) …"
    return [*(("label_open", m) for m in marks), ("text", lead + num + close),
            *(("label_close", m) for m in reversed(marks)), ("text", " ")]


def _paragraph_lines(paragraph: etree._Element) -> list[list[Piece]]:
    num = (paragraph.findtext(akn("num")) or "").strip()
    label = _label(paragraph, num)
    if is_removed(paragraph):
        return _tombstone(paragraph, label)
    inner: list[list[Piece]] = []
    for alinea in units(paragraph, "alinea", removed=True):
        inner.extend(unit_lines(alinea))
    inner = _merge(inner)
    if inner and not _is_tombstone_line(inner[0]):
        inner[0] = [*label, *inner[0]]
    else:  # the label alone: "§ 2. [1 ...]1" would read as a repealed paragraph
        inner = [[("text", (paragraph.get(cns("lead")) or "") + num
                   + (paragraph.get(cns("leadClose")) or ""))], *inner]
    return _wrap(paragraph, inner)


def _is_tombstone_line(line: list[Piece]) -> bool:
    """A line that is only ``[n ...]n`` (a repealed alinéa)."""
    return len(line) == 3 and line[0][0] == "open" and line[1] == ("text", ELLIPSIS)


def _language(element: etree._Element) -> str:
    root = element.getroottree().getroot()
    node = root.find(f".//{akn('proprietary')}/{cns('act')}")
    return node.get("language", "fr") if node is not None else "fr"


def note_lines(element: etree._Element | None, language: str) -> list[str]:
    """``----------`` and the footnote lines of one ``c:notes`` element (none: no lines)."""
    notes = notes_of(element) if element is not None else []
    if not notes or element is None:
        return []
    tails = [n.get("tail", "") for n in element.iter(cns("note"))]
    return ["----------", *(format_note(note, language) + (tails[i] if i < len(tails) else "")
                            for i, note in enumerate(notes))]


def _title(document: Document, act: etree._Element | None,
           index: dict[str, etree._Element]) -> str:
    """The title line; a changed title is bracketed with its reference, as Justel prints it:
    ``11 DECEMBRE 1998. - [Loi …] <INTITULE remplacé par L 2024-06-02/09, art. 2, 016; …>``."""
    identity = document.identity
    line = document_title_line(document)
    mark = act.get(cns("titleMark")) if act is not None else None
    notes = index.get(TITLE_NOTES)
    if mark is None or notes is None:
        return line
    date, _, rest = line.partition(". - ")
    bodies = [note_body(note, identity.language) for note in notes_of(notes)
              if str(note.number) == mark]
    return f"{date}. - [{rest}]" + "".join(f" <{body}>" for body in bodies)


def division_line(division: etree._Element) -> str:
    """A division's line with its marks.

    ``CHAPITRE XI. [1 - heading]1`` (an inserted division), ``Section 1. [1 heading]1`` (its
    heading replaced), ``TITRE 4. - Entrée en vigueur [1 et fin de vigueur]1`` (words of
    the heading), ``CHAPITRE IV. [1 ...]1`` (repealed, or its heading repealed), the old
    number after a renumbering; an unchanged division read from a page keeps its line.
    """
    raw = division.get(cns("raw"))
    if raw is not None:
        return raw
    num = (division.findtext(akn("num")) or "").strip()
    renumbered = division.get(cns("renumbered"))
    if renumbered:
        num = f"{num} {renumbered}"
    mark = division.get(cns("mark"))
    heading = division.find(akn("heading"))
    if is_removed(division) and mark is not None:
        return f"{num} [{mark} {ELLIPSIS}]{mark}"
    if heading is None:
        return f"[{mark} {num}]{mark}" if mark is not None else (num or heading_line(division))
    own = heading.get(cns("mark"))
    if is_removed(heading):
        return f"{num} [{own} {ELLIPSIS}]{own}" if own is not None else num
    text = _render(inline_pieces(heading)).strip()
    if mark is not None and own is not None:  # a heading given later to an inserted division
        return f"{num} [{mark} - [{own} {text}]{own}]{mark}"
    if mark is not None:
        return f"{num} [{mark} - {text}]{mark}"
    if own is not None:
        return f"{num} [{own} {text}]{own}"
    if not num:
        return text
    if renumbered:  # "Section III. ([1 ancienne section II …]1) - heading"
        return f"{num} - {text}"
    return f"{num} - {text}" if num.endswith(".") else f"{num}. - {text}"


def write_justel(document: Document) -> str:
    """The document in Justel format: marks, tombstones and footnotes (see the module doc)."""
    identity = document.identity
    act = document.root.find(f".//{akn('proprietary')}/{cns('act')}")
    remarks = [r.text or "" for r in act.iter(cns("remark"))] if act is not None else []
    index = notes_index(document)  # one pass: looking notes up per article stays linear
    lines = [_title(document, act, index), *remarks, ""]
    for element in document.body.iter(akn("article"), *(akn(tag) for tag in CONTAINERS)):
        notes = note_lines(index.get(element.get("eId", "")), identity.language)
        if local(element) != "article":
            lines.append(division_line(element))
            lines.extend([*notes, ""])
            continue
        lines.extend(article_lines(element))
        article_remarks = [r.text or "" for r in element.iter(cns("remark"))]
        if article_remarks:
            lines.extend(["", *article_remarks])
        lines.extend([*notes, ""])
    return "\n".join(lines).rstrip("\n") + "\n"
