"""Justel text → :class:`~consolidate.document.Document` (the page loop and the skeleton).

Lines are read top to bottom: the title line (the act's identity), ``(NOTE : ...)`` lines,
headings (nested by rank), articles (their lines go to :mod:`.units`), footnote blocks
(``----------`` then ``(n)<...>``, see :mod:`.footnotes`). A line that fits nowhere raises
:class:`~consolidate.errors.JustelReadError` with its line number, or with ``lenient`` becomes
a warning in ``document.warnings``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lxml import etree

from ..document import (
    LANGUAGE_CODES,
    MONTHS_FR,
    MONTHS_NL,
    NSMAP,
    TYPE_NAMES,
    Document,
    akn,
    assign_eids,
    cns,
    title_line,
)
from ..errors import JustelReadError, Location
from ..lang import scan
from ..model import ActIdentity, Note
from ..text import CODE_LABEL, parse_label
from .footnotes import parse_note, version_of
from .kinds import unknown_kind
from .lines import (
    ANNEX,
    ARTICLE,
    ARTICLE_IN_WORDS,
    FOOTNOTE,
    FUTURE_ARTICLE,
    HEADING,
    HEADING_BEFORE,
    HEADING_RANKS,
    HEADING_WORDS,
    ITEM,
    MARKED_REPEALED_ALINEA,
    NOTE,
    PARAGRAPH,
    REPEALED_ALINEA,
    REPEALED_BY,
    REPEALED_DIVISION,
    REPEALED_UNIT,
    SEPARATOR,
    SPACE,
    TITLE,
    UNNUMBERED_RANK,
    UNREAD_DIVISION,
    clean,
    is_heading_like,
)
from .marks import tokenize
from .units import ArticleBlock, ArticleBuilder

_TYPES = sorted(
    ((name, kind, language) for (kind, language), name in TYPE_NAMES.items()),
    key=lambda entry: len(entry[0]),
    reverse=True,
)

_CODE_LABEL = scan.regex(CODE_LABEL)
_MARKED_HEADING = scan.regex(
    r"^[ \u00a0]*(?P<dash>-[ \u00a0]*)?\[(?P<open>\d+) (?P<inner>-[ \u00a0]+)?"
    r"(?P<text>[^\[\]<>]+)\](?P<close>\d+)[ \u00a0]*$"
)
"""What follows a division's number when one mark covers its heading: ``[1 - heading]1`` (the
division inserted by the act of footnote 1), ``[1 heading]1`` / ``- [1 heading]1`` (its heading
replaced)."""
_NOT_ALONE = (ARTICLE, ARTICLE_IN_WORDS, HEADING, HEADING_BEFORE, FUTURE_ARTICLE, ANNEX,
              UNREAD_DIVISION, SEPARATOR, FOOTNOTE, NOTE, REPEALED_BY, REPEALED_UNIT,
              REPEALED_ALINEA, MARKED_REPEALED_ALINEA, TITLE)
_ALL_TYPES: list[tuple[str, str, str]] = []


def _all_types() -> list[tuple[str, str, str]]:
    """The types a title line starts with, longest first: :data:`TYPE_NAMES` and the acts of
    the governments and Collèges as the lexicons name them ("Arrêté du Gouvernement wallon",
    "Besluit van de Vlaamse Regering"; before 2026-12-03 such a page was an "arrêté" titled "du
    Gouvernement wallon …", which no citation of "l'arrêté du Gouvernement wallon du …" found:
    the amending act was skipped, "act not supplied"). Built at first use (the lexicons)."""
    if not _ALL_TYPES:
        from ..lang import fr, nl_words

        extra = [(name, canonical, "fr") for name, canonical in fr.LEXICON.act_types.items()
                 if name.startswith("arrêté ") and " " in canonical]
        extra += [(name, canonical, "nl") for name, canonical in nl_words.ACT_TYPES.items()
                  if canonical.startswith("arrêté ") and " " in name]
        _ALL_TYPES.extend(sorted([*_TYPES, *extra], key=lambda entry: len(entry[0]),
                                 reverse=True))
    return _ALL_TYPES


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def parse_title(line: str, source: str = "<justel>", line_number: int = 1) -> ActIdentity:
    """The act's identity from its title line: ``16 MAI 2001. - Loi portant statut ...``."""
    match = TITLE.match(clean(line))
    where = Location(source, line_number, 1, clean(line))
    if not match:
        raise JustelReadError(
            "expected the title line 'DD MONTH YYYY. - Type title' (e.g. '16 MAI 2001. - Loi "
            "portant statut ...')", location=where,
        )
    month = _fold(match["month"])
    language = "fr"
    if month in MONTHS_FR:
        number = MONTHS_FR.index(month) + 1
    elif month in MONTHS_NL:
        number, language = MONTHS_NL.index(month) + 1, "nl"
    else:
        raise JustelReadError(f"unknown month {match['month']!r} in the title line", location=where)
    try:
        date = dt.date(int(match["year"]), number, int(match["day"]))
    except ValueError as error:
        raise JustelReadError(f"invalid date in the title line: {error}", location=where) from None
    rest = match["rest"]
    kind, title = rest.split(" ", 1)[0].lower(), rest.split(" ", 1)[1] if " " in rest else ""
    folded = _fold(rest)
    for name, canonical, type_language in _all_types():
        if folded.startswith(_fold(name) + " ") or folded == _fold(name):
            kind, title, language = canonical, rest[len(name):].strip(), type_language
            break
    return ActIdentity(type=kind, date=date, title=title, language=language,
                       aliases=code_aliases(rest))


def _type_text(line: str, identity: ActIdentity) -> str | None:
    """The act's type as the title line writes it, when writing the identity would not give
    it back ("CODE PENAL." is not "Code PENAL."; "GERECHTELIJK WETBOEK"); None else."""
    match = TITLE.match(clean(line))
    if match is None:
        return None
    rest = " ".join(match["rest"].split())
    if rest == title_line(identity).split(". - ", 1)[1]:
        return None
    title = " ".join(identity.title.split())
    if not rest.endswith(title):
        return None
    return rest[:len(rest) - len(title)].strip() or None


def code_aliases(named: str) -> tuple[str, ...]:
    """The Code a title names, by its canonical (French) name, as citations name it: "CODE
    PENAL." and "STRAFWETBOEK." are the "Code pénal" ("du Code pénal", "van het
    Strafwetboek"); () for a title that names no Code."""
    from ..lang import fr, nl_words

    wanted = _fold(" ".join(named.split()).rstrip(" ."))
    names = {_fold(dutch): french for dutch, french in nl_words.CODES.items()}
    names.update({_fold(name): name for name in fr.LEXICON.codes.values()})
    # the names the Codes are cited by ("Livre II du Code de l'Environnement, contenant le
    # Code de l'Eau" is the Code de l'eau), the canonical ones first
    names.update({_fold(cited): name for cited, name in fr.LEXICON.codes.items()
                  if _fold(cited) not in names})
    found = names.get(wanted)
    return (found,) if found else ()


@dataclass
class _State:
    """Where the reader is: open containers, the article being collected, its notes."""

    document: Document
    lenient: bool
    source: str
    containers: list[tuple[int, etree._Element]] = field(default_factory=list)
    block: ArticleBlock | None = None
    heading: etree._Element | None = None
    notes: list[tuple[Note, str]] = field(default_factory=list)
    in_notes: bool = False
    after_notes: bool = False
    blank: bool = False
    versions: list[int] = field(default_factory=list)
    articles: list[tuple[etree._Element, int, str]] = field(default_factory=list)  # + line
    kinds: Mapping[int, str] = field(default_factory=dict)
    skipping: bool = False
    """Inside a future version of an article (``Art. 6_DROIT_FUTUR.``), left out."""

    def fail(self, line_number: int, message: str, line: str = "") -> None:
        """Raise :class:`JustelReadError` for this line, or record a warning if lenient."""
        if self.lenient:
            self.document.warnings.append(f"{self.source}:{line_number}: {message}")
            return
        raise JustelReadError(message, location=Location(self.source, line_number, 1, line))


def read_lines(
    lines: list[str], *, source: str = "<justel>", lenient: bool = False,
    numac: str | None = None, eli: str | None = None, numbers: Sequence[int] | None = None,
    kinds: Mapping[int, str] | None = None,
) -> Document:
    """Read Justel lines (title line first) into a document.

    ``numbers`` gives the line of the source file of each line (an HTML page's lines are not
    its text's); errors and warnings use them. Default: the lines count from 1.
    ``kinds`` maps those line numbers to what a converter that knows (such as
    :mod:`.markdown`) says they are, whatever they look like: ``"heading"``, ``"text"`` (a
    line of the article being read, never a heading or an article even when it reads like one)
    or ``"quoted"`` (such a line that is also one alinéa whatever it starts with: quoted text).
    """
    numbers = numbers if numbers is not None else range(1, len(lines) + 1)
    index = 0
    while index < len(lines) and not clean(lines[index]):
        index += 1
    if index == len(lines):
        raise JustelReadError("empty Justel text: expected a title line", location=Location(source))
    identity = parse_title(lines[index], source, numbers[index])
    identity = identity.model_copy(update={"numac": numac, "eli": eli})
    written = _type_text(lines[index], identity)
    remarks: list[str] = []
    index += 1
    while index < len(lines) and NOTE.match(clean(lines[index])):
        remarks.append(clean(lines[index]))
        index += 1
    document = Document(skeleton(identity, remarks), source)
    if written is not None:
        _act(document).set(cns("typeText"), written)
    state = _State(document, lenient, source, kinds=kinds or {})
    alone = _headings_alone(lines, index, numbers, state.kinds)
    for number in range(index, len(lines)):
        if number in alone and (state.block is not None or state.articles):
            _heading_alone(state, numbers[number], clean(lines[number]))
            continue
        _read_line(state, numbers[number], clean(lines[number]))
    _close_article(state)
    if state.versions:
        _act(document).set("version", str(max(max(state.versions), 1)))
    assign_eids(document)
    seen: dict[str, int] = {}
    for article, line_number, line in state.articles:
        eid = article.get("eId", "")
        if eid in seen:
            state.fail(line_number, f"two articles with the same number ({eid}; the first is "
                       f"on line {seen[eid]})", line)
        seen.setdefault(eid, line_number)
    _attach_notes(document)
    return document


def _headings_alone(lines: list[str], start: int, numbers: Sequence[int],
                    kinds: Mapping[int, str]) -> set[int]:
    """Indexes of the lines that are a block alone — a blank line before and after, then an
    article or a division — and read as no unit: the unnumbered headings Justel prints in
    mixed case, ``[Disposition particulière] <L 2014-05-05/09, art. 12, 106; …>`` (the Code
    pénal's, before its art. 192 and 213: before 2026-12-03 an alinéa of the article before
    it, counted, so that "l'article 191, alinéa 3" reached the heading). Justel separates
    articles and headings by a blank line and never the lines of an article."""
    found: set[int] = set()
    cleaned = [clean(line) for line in lines]
    for index in range(start + 1, len(cleaned) - 2):
        line = cleaned[index]
        if (not line or cleaned[index - 1] or cleaned[index + 1]
                or numbers[index] in kinds):
            continue
        after = next((c for c in cleaned[index + 2:] if c), "")
        if not (ARTICLE.match(after) or ARTICLE_IN_WORDS.match(after) or HEADING.match(after)
                or HEADING_BEFORE.match(after)):
            continue
        text = re.sub(r"^(?:\[\d+ ?)+", "", line).lstrip("([")
        if (is_heading_like(line) or any(p.match(line) for p in _NOT_ALONE)
                or any(p.match(text) for p in (PARAGRAPH, ITEM))
                or not any(c.isalpha() for c in re.sub(r"<[^<>]*>", "", line))):
            continue
        found.add(index)
    return found


def _references(state: _State, number: int, line: str) -> None:
    """The versions the references of a line carry, and their kinds checked."""
    for token in tokenize(line):
        if token.kind != "ref":
            continue
        if (version := version_of(token.value)) is not None:
            state.versions.append(version)
        if (unknown := unknown_kind(parse_note(0, token.value).kind)) is not None:
            state.fail(number, unknown, line)  # a footnote's kind, or an older reference's


def _heading_alone(state: _State, number: int, line: str) -> None:
    """An unnumbered heading found by :func:`_headings_alone` (after the footnotes of the
    article before it too)."""
    _references(state, number, line)
    state.in_notes = False
    _close_article(state)
    state.blank = False
    _open_heading(state, line, None)


def _read_line(state: _State, number: int, line: str) -> None:
    if not line:
        state.blank = True
        if state.in_notes:
            state.in_notes, state.after_notes = False, True
        return
    blank, state.blank = state.blank, False
    _references(state, number, line)
    kind = state.kinds.get(number)
    if state.skipping:  # the lines of a future version, up to the next article or heading
        if not (kind == "heading" or ARTICLE.match(line) or ARTICLE_IN_WORDS.match(line)
                or HEADING.match(line) or HEADING_BEFORE.match(line)
                or FUTURE_ARTICLE.match(line) or UNREAD_DIVISION.match(line)):
            return
        state.skipping = False
    if future := FUTURE_ARTICLE.match(line):
        _close_article(state)
        state.skipping = True
        words = future["future"].replace("_", " ")  # "DROIT FUTUR", "TOEKOMSTIG RECHT"
        state.fail(number, f"the future version of article {future['label']} ({words}) "
                   "is not read: the text in force is; it is left out", line)
        return
    if (kind is None and (blank or state.block is None) and not state.in_notes
            and (annex := ANNEX.match(line))):
        _close_article(state)
        state.skipping = True
        named = re.sub(r"^(?:\[\d+ ?)+", "", annex.group(0))
        state.fail(number, f"an annex ({named!r}) is not read: its lines are left out, up to "
                   "the next article or heading", line)
        return
    if kind == "heading" and not UNREAD_DIVISION.match(line):
        _close_article(state)
        _open_heading(state, line, HEADING.match(line) or HEADING_BEFORE.match(line))
        return
    if kind in ("text", "quoted") and state.block is not None and not (
            state.in_notes or state.after_notes):
        state.block.lines.append((number, line))
        if kind == "quoted":
            state.block.plain.add(number)
        return
    if match := ARTICLE.match(line):
        _close_article(state)
        label = match["label"]
        if not (label.endswith("er") or _CODE_LABEL.fullmatch(label)):  # 'XII.1' keeps its case
            label = label.lower()
        try:
            parse_label(label)
        except ValueError:
            state.fail(number, f"unreadable article number {match['label']!r}", line)
            return
        num = f"{' '.join(match['word'].split())} {label}."
        state.block = ArticleBlock(num, number, match["lead"] + _repeated(match))
        return
    if match := ARTICLE_IN_WORDS.match(line):
        _close_article(state)
        num = " ".join(match["num"].split()) + "."
        state.block = ArticleBlock(num, number, match["lead"] + match["rest"])
        return
    if SEPARATOR.match(line) and (state.block is not None or state.heading is not None):
        state.in_notes = True
        return
    if state.in_notes and (note := FOOTNOTE.match(line)):
        parsed = parse_note(int(note["number"]), note["body"])
        if parsed.version:
            state.versions.append(int(parsed.version))
        state.notes.append((parsed, note["tail"]))
        return
    if NOTE.match(line) and state.block is not None and (
            blank or state.in_notes or kind is None):
        # a remark of Justel, never an alinéa (in a plain page, after a line of the article)
        state.block.remarks.append(line)
        return
    if unread := UNREAD_DIVISION.match(line):
        _close_article(state)
        state.fail(number, f"a division of a kind the reader does not read ({unread['word']!r}:"
                   " the model has no such division); its heading is left out", line)
        return
    heading = HEADING.match(line) or HEADING_BEFORE.match(line)
    if heading or (
        (blank or state.block is None) and is_heading_like(line) and not state.in_notes
    ):
        _close_article(state)
        _open_heading(state, line, heading)
        return
    if state.block is None or state.in_notes or state.after_notes:
        state.fail(number, "cannot place this line: not a heading, article, alinéa, item or "
                   "footnote", line)
        return
    state.block.lines.append((number, line))


def _repeated(match: re.Match[str]) -> str:
    """An article line's rest without the number Justel repeats after it: ``Art. 13/1.. 13/1.
    Texte`` (the anchor's number then the link's, as legalize-be's markdown has it too) is the
    article 13/1 reading ``Texte`` (before 2026-12-03 its first alinéa was ``. 13/1. Texte``)."""
    rest = match["rest"]
    after = rest.lstrip(SPACE)
    if not after.startswith("."):
        return rest
    after = after[1:].lstrip(SPACE)
    label = match["label"]
    if after.startswith(label) and after[len(label):].lstrip(SPACE).startswith("."):
        return " " + after[len(label):].lstrip(SPACE)[1:].lstrip(SPACE)
    return rest


def _open_heading(state: _State, line: str, match: re.Match[str] | None) -> None:
    plain = re.sub(r"\[\d+ ?(?!\])|\]\d+", "", line)
    plain = re.sub(r" ?<[^<>]*\d{2}-\d{2}-\d{2,4}[^<>]*>", "", plain).strip(SPACE)
    if match:
        tag = HEADING_WORDS[match["word"].lower()]
        rank = HEADING_RANKS[tag]
        head = HEADING.match(plain) or HEADING_BEFORE.match(plain)
        split = plain.split(" - ", 1) if head else ["", plain]
        num, title = (split[0].strip(), split[1].strip()) if len(split) == 2 else (plain, "")
        if head and len(split) == 1 and plain[head.end():].strip(SPACE):
            # "Section 1. [1 Le heading]1" (a heading replaced, as the writer prints it), a
            # heading without its dash: the number, then the heading (before 2026-12-03 the
            # whole line was the number, so that no act found "la section 1re")
            # ("HOOFDSTUK IIIter. Mensenhandel"), or glued to it ("Section VII.- De …",
            # "CHAPITRE 3.-. Modifications …", "Section 2. -Modifications …": corpus)
            num = head.group(0).strip(SPACE)
            title = plain[head.end():].strip(SPACE).lstrip("-–.").strip(SPACE)
    else:
        tag, rank, num, title = "subsection", UNNUMBERED_RANK, "", plain
    removal = REPEALED_DIVISION.match(line[match.end():]) if match else None
    if match and removal is not None and removal["open"] == removal["close"]:
        num, title = match.group(0).strip(SPACE), ""
    renumbered = _renumbered(line, match) if match else None
    if match and renumbered is not None:
        num = match.group(0).strip(SPACE)
    _flush_notes(state)
    while state.containers and state.containers[-1][0] >= rank:
        state.containers.pop()
    parent = state.containers[-1][1] if state.containers else state.document.body
    repealed = removal is not None and removal["open"] == removal["close"]
    if not repealed:
        _live(state)
    container = etree.SubElement(parent, akn(tag))
    if num:
        etree.SubElement(container, akn("num")).text = num
    if title:
        etree.SubElement(container, akn("heading")).text = title
        if match:
            _heading_mark(container, line[match.end():])
    if repealed and removal is not None:
        # "CHAPITRE 3. [1 ...]1": a repealed division, a tombstone as a repealed article is
        # (before 2026-12-03 a live chapter numbered "CHAPITRE 3. ..."); :func:`_live` makes
        # it a live division whose heading was repealed when live articles come in it
        container.set("status", "removed")
        container.set(cns("mark"), removal["open"])
        if line != f"{num} [{removal['open']} ...]{removal['open']}":
            container.set(cns("raw"), line)
    elif line != _heading_text(num, title):
        container.set(cns("raw"), line)
    if renumbered is not None:
        container.set(cns("renumbered"), renumbered)
    state.containers.append((rank, container))
    state.heading = container


def _heading_mark(container: etree._Element, rest: str) -> None:
    """The mark of a division line whose heading one mark covers: ``CHAPITRE XI. [1 - De la
    prise en compte …]1`` is ``c:mark`` on the division (inserted by that act), ``CHAPITRE
    V. - [1 Du voyeurisme …]1`` and ``Section 1. [1 heading]1`` on its heading (replaced), as
    the applier leaves them (before 2026-12-03 neither was read: ``verify`` could not see the
    act that gave the heading). The line stays in ``c:raw``, written back as it was."""
    marked = _MARKED_HEADING.match(rest)
    if marked is None or marked["open"] != marked["close"]:
        return
    heading = container.find(akn("heading"))
    if heading is None or " ".join((heading.text or "").split()) != " ".join(
            marked["text"].split()):
        return
    if marked["inner"] and not marked["dash"]:
        container.set(cns("mark"), marked["open"])
    elif not marked["inner"]:
        heading.set(cns("mark"), marked["open"])


def _renumbered(line: str, match: re.Match[str]) -> str | None:
    """The remark of a renumbered division between its number and its heading, as the line
    writes it (its marks kept): ``SECTION Vbis. ([2 ancienne section Vter renumérotée en
    nouvelle section Vbis]2) [1 - De la peine …]1`` (the Code pénal's; ``c:renumbered``, as
    the applier leaves it, its number ``SECTION Vbis.``: before 2026-12-03 the remark was in
    the number, so that no act found "la section Vbis"). None: no such remark."""
    rest = line[match.end():].lstrip(SPACE)
    if not rest.startswith("("):
        return None
    depth = 0
    for index, char in enumerate(rest):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            remark = rest[:index + 1]
            plain = re.sub(r"\[\d+ ?|\]\d+", "", remark)
            if not re.search(r"renum[ée]rot|hernummer|vernummer", plain, re.IGNORECASE):
                return None
            return remark
    return None


def _live(state: _State) -> None:
    """Something live comes into the open divisions: those read as repealed (``CHAPITRE 3.
    [1 ...]1``) are live divisions whose heading a later act repealed (``<heading
    status="removed" c:mark="1"/>``, as the applier leaves "l'intitulé du chapitre 3 est
    abrogé"), written back the same."""
    for _, container in state.containers:
        if container.get("status") != "removed" or container.get(cns("mark")) is None:
            continue
        del container.attrib["status"]
        heading = etree.Element(akn("heading"), {"status": "removed",
                                                 cns("mark"): container.get(cns("mark"), "")})
        del container.attrib[cns("mark")]
        num = container.find(akn("num"))
        container.insert(container.index(num) + 1 if num is not None else 0, heading)


def _heading_text(num: str, title: str) -> str:
    if num and title:
        return f"{num} - {title}" if num.endswith(".") else f"{num}. - {title}"
    return num or title


def _close_article(state: _State) -> None:
    block = state.block
    if block is None:
        _flush_notes(state)
        return
    builder = ArticleBuilder(block, state.fail)
    article = builder.build()
    if article.get("status") != "removed":
        _live(state)
    state.articles.append((article, block.line_number, f"{block.num} {block.first.strip()}"))
    parent = state.containers[-1][1] if state.containers else state.document.body
    parent.append(article)
    state.block = None
    state.heading = article
    _flush_notes(state)
    state.heading = None


def _flush_notes(state: _State) -> None:
    """Give the footnotes read so far to the article or heading they follow."""
    target = state.heading
    if state.notes and target is not None:
        notes = etree.SubElement(target, cns("notes"))
        for note, tail in state.notes:
            attributes = {
                "number": str(note.number), "kind": note.kind, "reference": note.reference,
            }
            for key, value in (("article", note.article), ("version", note.version),
                               ("inForce", note.in_force.isoformat() if note.in_force else None),
                               ("inForceText", note.in_force_text), ("raw", note.raw),
                               ("tail", tail or None)):
                if value is not None:
                    attributes[key] = value
            etree.SubElement(notes, cns("note"), attributes)
    state.notes, state.in_notes, state.after_notes = [], False, False


def _attach_notes(document: Document) -> None:
    """Move each article's (or heading's) notes into ``c:notes article="<eId>"`` in the
    proprietary block."""
    proprietary = document.root.find(f".//{akn('proprietary')}")
    assert proprietary is not None
    for notes in list(document.body.iter(cns("notes"))):
        owner = notes.getparent()
        assert owner is not None
        owner.remove(notes)
        notes.set("article", owner.get("eId", ""))
        proprietary.append(notes)


def _act(document: Document) -> etree._Element:
    node = document.root.find(f".//{akn('proprietary')}/{cns('act')}")
    assert node is not None
    return node


def skeleton(identity: ActIdentity, remarks: list[str]) -> etree._Element:
    """An Akoma Ntoso document with the identity's metadata and an empty body."""
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    act = etree.SubElement(root, akn("act"), name=identity.type)
    meta = etree.SubElement(act, akn("meta"))
    date = identity.date.isoformat()
    number = identity.numac or date
    work_uri = f"/akn/be/act/{identity.type.replace(' ', '-')}/{date}/{number}"
    language = LANGUAGE_CODES.get(identity.language, "fra")
    ident = etree.SubElement(meta, akn("identification"), source="#consolidate")
    for level, uri in (("FRBRWork", work_uri), ("FRBRExpression", f"{work_uri}/{language}"),
                       ("FRBRManifestation", f"{work_uri}/{language}.xml")):
        frbr = etree.SubElement(ident, akn(level))
        this = f"{uri}/!main" if level == "FRBRWork" else uri
        etree.SubElement(frbr, akn("FRBRthis"), value=this)
        etree.SubElement(frbr, akn("FRBRuri"), value=uri)
        if level == "FRBRWork":
            if identity.eli:
                etree.SubElement(frbr, akn("FRBRalias"), name="ELI", value=identity.eli)
            if identity.numac:
                etree.SubElement(frbr, akn("FRBRalias"), name="numac", value=identity.numac)
        etree.SubElement(frbr, akn("FRBRdate"), date=date, name="promulgation")
        etree.SubElement(frbr, akn("FRBRauthor"), href="#legislator")
        if level == "FRBRWork":
            etree.SubElement(frbr, akn("FRBRcountry"), value="be")
            etree.SubElement(frbr, akn("FRBRnumber"), value=number)
            etree.SubElement(frbr, akn("FRBRname"), value=identity.title)
        if level == "FRBRExpression":
            etree.SubElement(frbr, akn("FRBRlanguage"), language=language)
    references = etree.SubElement(meta, akn("references"), source="#consolidate")
    etree.SubElement(references, akn("TLCOrganization"), eId="consolidate",
                     href="/ontology/organization/consolidate", showAs="consolidate")
    etree.SubElement(references, akn("TLCOrganization"), eId="legislator",
                     href="/ontology/organization/be/parliament", showAs="Parlement fédéral")
    proprietary = etree.SubElement(meta, akn("proprietary"), source="#consolidate")
    node = etree.SubElement(proprietary, cns("act"), type=identity.type, date=date,
                            language=identity.language, model="false", version="1")
    if identity.numac:
        node.set("numac", identity.numac)
    if identity.eli:
        node.set("eli", identity.eli)
    etree.SubElement(node, cns("title")).text = identity.title
    for alias in identity.aliases:
        etree.SubElement(node, cns("alias")).text = alias
    for remark in remarks:
        etree.SubElement(node, cns("remark")).text = remark
    etree.SubElement(act, akn("body"))
    return root
