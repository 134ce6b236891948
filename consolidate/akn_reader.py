"""Reading back what ``consolidate`` writes, one document per act (docs/time.md).

- Akoma Ntoso output: one ``<act>``, or a ``<documentCollection>`` whose ``<components>``
  hold one ``<act>`` per consolidated act. Each act becomes a :class:`Document` with its
  meta as written — the ``<lifecycle>`` and ``<passiveModifications>`` of the acts applied
  so far are its history, and a later run appends to them.
- the JSON of an amending act (``consolidate parse --format json``): :func:`read_act_json`
  (acts with per-provision dates can be written this way until the grammar reads them);
- Justel output of several acts: the texts one after another, each starting with its title
  line (``16 MAI 2001. - Loi …``) after a blank line; each is read as its own Justel text.
- legalize-be's markdown of a Justel page (the working corpus) holds one act.

:func:`load_all` sniffs the format like :func:`consolidate.load` and always returns a list.
"""

from __future__ import annotations

import copy

from lxml import etree

from .document import NSMAP, Document, akn, check_document, parse_xml
from .errors import DocumentError, InputError, Location
from .lang import scan
from .model import AmendingAct
from .sharing import share_act

TITLE_LINE = scan.regex(r"^\d{1,2}(?:er)? [A-Z]+ \d{4}\. - \S")
"""The first line of a Justel text: '16 MAI 2001. - Loi portant …' (month names unaccented)."""


def read_act_json(data: bytes, source: str = "<act>") -> AmendingAct:
    """An amending act from its JSON (``parse --format json``; computed fields ignored)."""
    import json

    from pydantic import ValidationError

    try:
        value = json.loads(data.decode("utf-8-sig"))
        if isinstance(value, dict) and isinstance(value.get("act"), dict):
            value["act"].pop("justel_id", None)  # computed from the other fields
        return share_act(AmendingAct.model_validate(value))
    except (UnicodeDecodeError, ValueError, ValidationError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(f"cannot read {source}: not the JSON of an amending act ({first})",
                         location=Location(source)) from None


def read_akn(data: bytes, source: str = "<document>") -> list[Document]:
    """The acts of an Akoma Ntoso file: one, or each component of a collection."""
    root = parse_xml(data, source)
    if root.find(akn("documentCollection")) is None:
        document = Document(root, source)
        check_document(document)
        return [document]
    acts = root.findall(f"{akn('components')}/{akn('component')}/{akn('act')}")
    if not acts:
        raise DocumentError("the document collection holds no <act> in <components>",
                            location=Location(source))
    documents = []
    for number, act in enumerate(acts, start=1):
        wrapper = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
        wrapper.append(copy.deepcopy(act))
        document = Document(wrapper, f"{source}#doc_{number}")
        check_document(document)
        documents.append(document)
    return documents


def split_justel(text: str) -> list[str]:
    """A Justel text holding several acts, cut before each title line that follows a blank
    line (the first line always starts a text)."""
    lines = text.splitlines(keepends=True)
    starts = [0] + [i for i in range(1, len(lines))
                    if TITLE_LINE.match(lines[i]) and not lines[i - 1].strip()]
    pieces = ["".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)],
                                                   strict=True)]
    return [piece.rstrip("\n") + "\n" for piece in pieces]


def holds_several(data: bytes) -> bool:
    """Whether a file holds several acts: an Akoma Ntoso collection, or a Justel text with
    more than one title line after a blank line (what ``apply`` writes for several acts)."""
    head = data[:4096].lstrip().lower()
    if head.startswith(b"<"):
        return b"documentcollection" in head
    try:
        return len(split_justel(data.decode("utf-8-sig"))) > 1
    except UnicodeDecodeError:
        return False


def load_all(data: bytes, source: str = "<document>", *, lenient: bool = False) -> list[Document]:
    """Every act a file holds (Akoma Ntoso, Justel HTML, Justel text or legalize-be's
    markdown; see the module doc)."""
    from .justel import read_html, read_text
    from .justel.markdown import is_markdown_page, read_markdown

    data = data.removeprefix(b"\xef\xbb\xbf")
    head = data[:4096].lstrip().lower()
    is_html = head.startswith(b"<!doctype html") or b"<html" in head
    if head.startswith(b"<") and not is_html:
        return read_akn(data, source)
    if is_html:
        return [read_html(data, source=source, lenient=lenient)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"cannot read {source}: not UTF-8 ({error.reason})") from None
    if is_markdown_page(text):
        return [read_markdown(text, source=source, lenient=lenient)]
    pieces = split_justel(text)
    if len(pieces) == 1:
        return [read_text(text, source=source, lenient=lenient)]
    return [read_text(piece, source=f"{source}#{number}", lenient=lenient)
            for number, piece in enumerate(pieces, start=1)]
