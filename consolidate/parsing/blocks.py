"""Quoted blocks of new text ("rédigé comme suit :" "...") → :class:`NewUnit` trees.

A block opens with a quote and ends where the instruction ends: at the last closing quote,
followed only by ``.`` or ``;`` (semantics §2), so quotes inside it (art. 26 of the 2024 law)
are content. Its units are the blank-line separated paragraphs (or its lines, when it has no
blank line); a line starting with a label (``3°``, ``b)``, ``1)``, ``1.``, ``§ 2.``,
``Art. 10bis.``) starts a unit too. Items follow the unit that introduces them with ":".
A quote Justel left open is read where the instruction's structure closes it, with a P002
warning (:func:`locate_block`); where it does not, it is P002.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import ParseError
from ..lang import fr, scan
from ..lang.lexicon import Lexicon
from ..model import NewUnit
from ..text import normalize_quoted
from .skeleton import OPENING_QUOTES
from .source import SourceText

_TRAILER = scan.regex(r"[\s.;]*\Z")


@dataclass
class _Builder:
    kind: str
    label: str | None
    text: str
    style: str
    children: list[_Builder] = field(default_factory=list)

    def freeze(self) -> NewUnit:
        return NewUnit(
            kind=self.kind,
            label=self.label,
            text=self.text,
            children=tuple(child.freeze() for child in self.children),
        )


@dataclass(frozen=True)
class Block:
    """A quoted block: its content (between the quotes) and where that content starts."""

    content: str
    offset: int


def locate_block(
    source: SourceText, text: str, offset: int, article: str, where: str,
    notes: list[ParseError] | None = None, lexicon: Lexicon | None = None,
) -> Block:
    """The block in ``text`` (which starts at ``offset`` in the source, just after the
    introducer): P009 if it does not start with a quote, P002 if it never closes, P009 if it
    holds what reads like another instruction (in the words of ``lexicon``, French if None).

    Justel leaves quotes unclosed; where the structure of the instruction makes the end of
    the new text unambiguous, the block is read and a warning (P002) goes to ``notes``:

    - the opening quote is never closed and the quotes inside the block pair up: the block
      runs to the end of the instruction (the article, or its point);
    - the quote that opens the new text closes a term inside it (``" besoin spécifique " :
      besoin …``) and every quote pairs up: the new text, without quotes of its own, is all
      that follows the colon;
    - the opening quote is missing: the text after the colon ends with the only unpaired
      quote (``6° mener l'enquête … ".``): the new text runs from the colon to it.
    """
    start = len(text) - len(text.lstrip())
    trailer = _TRAILER.search(text)
    assert trailer is not None
    end = trailer.start()
    if start == len(text) or text[start] not in OPENING_QUOTES:
        if start < end and closes_alone(text[start:end]):
            _note(notes, source, f"{where}the opening quote of the block is missing: the "
                  "new text is read from the colon to its closing quote", offset + start,
                  article)
            return _checked(source, Block(text[start : end - 1], offset + start), article,
                            where, lexicon)
        raise source.error(
            f"{where}expected a quoted block after the colon (\"...\"), found "
            f"{_excerpt(text[start:])!r}",
            offset + start,
            "P009",
            article,
        )
    closing_mark = OPENING_QUOTES[text[start]]
    if end <= start + 1 or text[end - 1] != closing_mark:
        whole = text[start:].rstrip()
        if _paired(whole[1:]):
            _note(notes, source, f"{where}unterminated quote: the block opened here is never "
                  "closed; its new text is read to the end of the instruction", offset + start,
                  article)
            return _checked(source, Block(whole[1:], offset + start + 1), article, where, lexicon)
        if _paired(whole) and _term_first(whole):
            _note(notes, source, f"{where}the new text after the colon is not quoted (its "
                  "first quote closes a term inside it): it is read to the end of the "
                  "instruction", offset + start, article)
            return _checked(source, Block(whole, offset + start), article, where, lexicon)
        if text.find(closing_mark, start + 1) == -1:
            raise source.error(
                f"{where}unterminated quote: the block opened here is never closed",
                offset + start,
                "P002",
                article,
            )
        raise source.error(
            f"{where}unexpected text after the quoted block: {_excerpt(text[end - 20:end])!r}"
            " (a block ends with its closing quote, then '.' or ';')",
            offset + end - 1,
            "P009",
            article,
        )
    return _checked(source, Block(text[start + 1 : end - 1], offset + start + 1), article,
                    where, lexicon)


def unquoted_block(
    source: SourceText, text: str, offset: int, article: str,
    notes: list[ParseError] | None = None, lexicon: Lexicon | None = None,
) -> Block | None:
    """The new text of an article's only instruction when the page lost both its quotes:
    "Dans la même loi, il est inséré un article 18quater rédigé comme suit :\n\nPour le
    financement de la création et du maintien de la Banque des actes notariés, …, est
    imputée à l'occasion du dépôt." (2019041200, art. 114). ``text`` follows the colon of an
    introducer: read when it starts on a new line, holds no quote at all and no amending
    vocabulary (what follows the colon up to the article's end can only be the new text),
    with a P002 warning in ``notes``; None otherwise."""
    if not re.match(r"[ \t]*\n", text) or any(mark in text for mark in (
            *OPENING_QUOTES, *OPENING_QUOTES.values())):
        return None
    hint = lexicon.pattern("amending_hint") if lexicon is not None and \
        lexicon.language != "fr" else fr.AMENDING_HINTS
    content = text.strip()
    if not content or hint.search(content):
        return None
    start = offset + len(text) - len(text.lstrip())
    block = _checked(source, Block(content, start), article, "", lexicon)
    _note(notes, source, "the new text after the colon is not quoted (the page lost its "
          "quotes): it is read from the colon to the end of the article", start, article)
    return block


def _checked(source: SourceText, block: Block, article: str, where: str,
             lexicon: Lexicon | None = None) -> Block:
    """``block``, unless it holds what reads like another instruction (P009), in the words
    of ``lexicon`` (French if None)."""
    content = block.content
    other = lexicon is not None and lexicon.language != "fr"
    nested = (_nested(lexicon) if lexicon is not None and other else fr.BLOCK_NESTED).search(
        content)
    if nested is not None:
        raise source.error(
            f"{where}the quoted block holds another instruction (\"{nested.group(0)[:20]}…\"): "
            "a closing quote or a point label is missing?",
            block.offset + nested.start(), "P009", article,
        )
    for early in fr.BLOCK_ENDS_EARLY.finditer(content):
        hinted = lexicon.pattern("amending_hint").search(early["next"]) if (
            lexicon is not None and other) else fr.AMENDING_HINTS.search(early["next"])
        if hinted or fr.POINT_LIKE.match(early["next"]):
            raise source.error(
                f"{where}the quoted block seems to end here and be followed by another "
                "instruction (a point label or a quote is missing?)",
                block.offset + early.start(), "P009", article,
            )
    return block


def _note(notes: list[ParseError] | None, source: SourceText, message: str, offset: int,
          article: str) -> None:
    if notes is not None:
        notes.append(source.error(message, offset, "P002", article))


def _paired(text: str) -> bool:
    """Whether every quote of ``text`` pairs up (straight quotes even in number, as many
    "»" as "«", as many "”" as "“" and "„" together)."""
    if text.count('"') % 2:
        return False
    return all(text.count(closing) == sum(text.count(opening) for opening, close in
                                          OPENING_QUOTES.items() if close == closing)
               for closing in set(OPENING_QUOTES.values()) - {'"'})


def _term_first(text: str) -> bool:
    """Whether the quote opening ``text`` closes a defined term, its definition following
    on the same line after a colon (``" besoin spécifique " : besoin …``)."""
    closing = text.find(OPENING_QUOTES[text[0]], 1)
    line_end = text.find("\n")
    line_end = len(text) if line_end == -1 else line_end
    if closing == -1 or closing > line_end:
        return False
    definition = text[closing + 1 : line_end].lstrip()
    return definition.startswith(":") and bool(definition[1:].strip())


def closes_alone(text: str) -> bool:
    """Whether ``text`` (a block without its opening quote) ends with a closing quote that
    is its only unpaired one: straight quotes odd in number, or one more "»" than "«"."""
    last = text[-1]
    if last == '"':
        return text.count('"') % 2 == 1
    if last in ("»", "”"):
        openings = sum(text.count(opening) for opening, closing in OPENING_QUOTES.items()
                       if closing == last)
        return text.count(last) == openings + 1
    return False


def _nested(lexicon: Lexicon) -> re.Pattern[str]:
    """An introducer of the lexicon, a colon, then a quote: another instruction's block."""
    return scan.regex(lexicon.introducer_any + r"\s*:\s*\n\s*[\"«“]", re.I | re.X)


def _excerpt(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _block_label(lexicon: Lexicon | None) -> re.Pattern[str]:
    """The labelled units of quoted new text in the words of ``lexicon`` (French if None)."""
    return (fr.LEXICON if lexicon is None else lexicon).block_label


def block_chunks(content: str, lexicon: Lexicon | None = None) -> list[tuple[str, int]]:
    """The block's units as (text, offset in content): paragraphs, or lines when the block
    has no blank line; a line starting with a label (in the words of ``lexicon``, French if
    None) always starts a unit."""
    block_label = _block_label(lexicon)
    lines = [(match.group(0), match.start()) for match in re.finditer(r"[^\n]*", content)]
    paragraphs = any(not line.strip() for line, _ in lines[1:-1]) or (
        len([line for line, _ in lines if line.strip()]) == 1
    )
    chunks: list[tuple[str, int]] = []
    continuing = False
    for line, at in lines:
        stripped = line.strip()
        if not stripped:
            continuing = False
            continue
        begin = at + line.index(stripped[0])
        if chunks and _repeated_opening(stripped):
            # French typography repeats the opening quote at the start of each paragraph of
            # a quotation and closes it once, at its end: "… compétente ;\n\n" 30° politique
            # de l'aide sociale : …" (2016036305, art. 40): the mark is not text
            rest = stripped[1:]
            begin += 1 + len(rest) - len(rest.lstrip())
            stripped = rest.strip()
        labelled = block_label.match(stripped) is not None
        if continuing and paragraphs and not labelled:
            text, start = chunks[-1]
            chunks[-1] = (text + " " + stripped, start)
        else:
            chunks.append((stripped, begin))
        continuing = True
    return chunks


def _repeated_opening(paragraph: str) -> bool:
    """Whether a paragraph of a block opens with a quote that is the repeated opening mark of
    the block's quotation: an opening quote that no quote of the paragraph closes (a term
    quoted at its start, "" besoin spécifique " : …", is closed on its line)."""
    return paragraph[:1] in OPENING_QUOTES and bool(paragraph[1:].strip()) and \
        _paired(paragraph[1:])


def _style(label: str) -> str:
    if label.endswith("°") or "°" in label:
        return "degree"
    if label.endswith(")"):
        return "paren" if label[0].isdigit() else "letter"
    return "dot"


_DIVISION_KINDS = {
    "partie": "part", "livre": "book", "titre": "title", "chapitre": "chapter", "chap.": "chapter",
    "section": "section", "sous-section": "subsection", "sous-titre": "subtitle",
    "deel": "part", "boek": "book", "ondertitel": "subtitle",
    "titel": "title", "hoofdstuk": "chapter", "afdeling": "section",
    "onderafdeling": "subsection",
}
_DIVISION_RANK = {"part": 0, "book": 1, "title": 2, "subtitle": 3, "chapter": 4, "section": 5,
                  "subsection": 6}


def _builder(chunk: str, lexicon: Lexicon | None = None) -> _Builder:
    if lexicon is not None:
        division = lexicon.pattern("division_heading").match(chunk)
        if division is not None:
            kind = _DIVISION_KINDS.get(division["kind"].casefold(), "chapter")
            heading = normalize_quoted(chunk[division.end() :]).strip(" -–—.")
            return _Builder(kind, division["label"], heading, "division")
    block_label = _block_label(lexicon)
    match = block_label.match(chunk)
    dash = _DASH_ITEM.match(chunk) if match is None else None
    if dash is not None:
        # "- les dispositifs médicaux implantables actifs …" (2006023386, art. 52, 2°): a
        # tiret; it nests under a point whose text ends with ":" (else it is an alinéa)
        return _Builder("tiret", None, normalize_quoted(chunk[dash.end() :]), "tiret")
    if match is None:
        return _Builder("alinea", None, normalize_quoted(chunk), "alinea")
    rest = normalize_quoted(chunk[match.end() :])
    if match["article"]:
        label = match["article_label"].replace(" ", "")  # the Moniteur's "Art. XII. 20."
        article = _Builder("article", label, rest, "article")
        lead = block_label.match(rest)
        if lead is not None and lead["paragraph"]:  # "Art. XII.1. § 1er. …": its first §
            article.text = ""
            article.children.append(_Builder("paragraph", lead["paragraph_label"],
                                             rest[lead.end() :], "paragraph"))
        return article
    if match["paragraph"]:
        return _Builder("paragraph", match["paragraph_label"], rest, "paragraph")
    # "1° /1", "1° ter": Justel's typography of 1°/1, 1°ter
    label = re.sub(r"° (?=/|[a-z])", "°", match["item"])
    return _Builder("point", label, rest, _style(label))


#: a tiret of quoted new text: a dash, a space, then its words
_DASH_ITEM = scan.regex(r"[-–—][ \t]+(?=\S)")


def build_units(chunks: list[str], lexicon: Lexicon | None = None) -> tuple[NewUnit, ...]:
    """Nest the chunks: items under the unit whose text ends with ':', alinéas under the
    article or paragraph they follow, articles under the division they follow (divisions
    under a division of a higher rank)."""
    top: list[_Builder] = []
    stack: list[_Builder] = []  # open containers, outermost first
    for chunk in chunks:
        unit = _builder(chunk, lexicon)
        if unit.kind == "tiret" and not (stack and (
                (stack[-1].text.endswith(":")
                 and stack[-1].kind in ("point", "tiret", "article", "paragraph", "alinea"))
                or stack[-1].kind == "tiret")):
            # a dash line that no unit ending with ":" introduces stays an alinéa, as before
            # ("Art. 5bis. Le Roi fixe : - les modalités; - …": tirets of the article's text)
            unit = _Builder("alinea", None, normalize_quoted(chunk), "alinea")
        if unit.style == "division":
            rank = _DIVISION_RANK[unit.kind]
            while stack and not (stack[-1].style == "division"
                                 and _DIVISION_RANK[stack[-1].kind] < rank):
                stack.pop()
            (stack[-1].children if stack else top).append(unit)
            stack.append(unit)
            continue
        if unit.kind == "article":
            while stack and stack[-1].style != "division":
                stack.pop()
            (stack[-1].children if stack else top).append(unit)
            stack.extend([unit, *unit.children])  # an article opened by its § 1er
            continue
        if unit.kind in ("article", "paragraph"):
            while stack and not (unit.kind == "paragraph" and stack[-1].kind == "article"):
                stack.pop()
            (stack[-1].children if stack else top).append(unit)
            stack.append(unit)
            continue
        if unit.kind == "alinea":
            while stack and stack[-1].kind not in ("article", "paragraph"):
                stack.pop()
        else:
            same = next((i for i in range(len(stack) - 1, -1, -1)
                         if stack[i].style == unit.style), None)
            if same is not None:
                del stack[same:]
            elif stack and not stack[-1].text.endswith(":") and stack[-1].kind in (
                    "point", "tiret"):
                # (a labelled item after tirets that introduce nothing is not theirs: "… : -
                # la date de décès; - …; 5° lorsque …", 2006023386, art. 39)
                while stack and stack[-1].kind in ("point", "tiret") and \
                        not stack[-1].text.endswith(":") and \
                        (stack[-1].kind == "tiret" or unit.kind != "tiret"):
                    stack.pop()
        (stack[-1].children if stack else top).append(unit)
        stack.append(unit)
    return tuple(unit.freeze() for unit in top)
