"""The public verbs: parse, load, apply, render, diff, consolidate (and draft).

Each verb is a thin front over the module that does the work; heavy modules are imported
inside the functions so that ``import consolidate`` stays cheap.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .arguments import (
    check_act,
    check_apply,
    check_consolidate,
    check_diff,
    check_draft,
    check_language,
    check_load,
    check_parse,
    check_render,
    looks_like_text,
)
from .document import Document
from .errors import InputError, not_utf8, shorten
from .model import AmendingAct, Operation, Report
from .result import Consolidation

if TYPE_CHECKING:
    from .bilingual import Comparison
    from .verification import VerifyReport

DocumentFormat = Literal["text", "xml", "justel"]
ResultFormat = Literal["text", "diff", "json", "justel", "html", "akn"]

EMBEDDED_ACT = "loi-2024-03-25-statut-reserve.md"
EMBEDDED_BASES = (
    "loi-2001-05-16-statut-reserve.fr.xml",
    "loi-2001-05-16-statut-reserve.nl.xml",
    "loi-2016-04-10-travail-distance.fr.xml",
)


def read_input(path: str | Path) -> bytes:
    """The bytes of an input file, or an :class:`InputError` saying why it cannot be read."""
    file = Path(path)
    if isinstance(path, str) and (why := looks_like_text(path)):
        raise InputError(f"cannot read {shorten(path, 60)!r}: this looks like the text of a "
                         f"file, not a file name ({why}); give the file's name, or - to read "
                         "standard input (Python: parse(text=...))")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"cannot read {file}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"cannot read {file}: it is a directory") from None
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror}") from None


def decode_text(data: bytes, label: str) -> str:
    """UTF-8 bytes as text (a byte-order mark is dropped), or E100 with the byte's place."""
    data = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark is not content
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_utf8(label, data, error) from None


def _read_text(path: str | Path) -> str:
    """An input file as UTF-8 text (a byte-order mark is dropped)."""
    return decode_text(read_input(path), str(path))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while parsing, applying or rendering.

    Its full collections traverse every live object, so they cost more the larger the act and
    the base (about 40 % of parsing 15,000 operations, 20-30 % of rendering their html page,
    and the reason the cost per operation grew); the parser, the applier and the renderers
    build acyclic data, freed by reference counting. The collector is restored (and runs as
    usual) afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def embedded(name: str) -> bytes:
    """The bytes of a file shipped in ``consolidate/data`` (the 2024 case)."""
    return resources.files("consolidate").joinpath("data", name).read_bytes()


def parse(
    source: str | Path | None = None,
    *,
    text: str | None = None,
    keep_going: bool = False,
    language: str | None = None,
) -> AmendingAct:
    """Parse an amending act (a file path, or ``text=``); default: the embedded 2024 law.

    Raises :class:`~consolidate.errors.ParseError` (with code, article, line and column).
    With ``keep_going``, every unreadable article is a :class:`~consolidate.model.Problem` in
    ``act.problems`` and the readable ones are parsed. ``language`` ("fr", "nl") overrides
    the detected language (:func:`consolidate.lang.detect.detect`); a language without a
    lexicon is refused (P020), never read with another language's formulas.
    """
    from .lang.detect import require_readable, resolve
    from .parser import parse_text

    check_parse(source, text, keep_going)
    check_language("parse", language, ("fr", "nl"))
    if text is not None:
        content, name = text, str(source or "<text>")
    elif source is None:
        content, name = embedded(EMBEDDED_ACT).decode("utf-8"), EMBEDDED_ACT
    else:
        content, name = _read_text(source), str(source)
    resolved = resolve(content, language)
    require_readable(resolved, name)
    with _collector_paused():
        return parse_text(content, source=name, keep_going=keep_going, language=resolved)


def load(source: str | Path | bytes, *, name: str | None = None, lenient: bool = False) -> Document:
    """Load a base text: Akoma Ntoso XML, Justel HTML, Justel plain text or legalize-be's
    markdown of a Justel page (front matter, ``#####`` articles) — sniffed.

    ``lenient`` applies to Justel input: lines that cannot be placed become warnings
    (in ``document.warnings``) instead of errors.
    """
    from .document import load_xml

    check_load(source, name, lenient)
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        data, label = read_input(source), name or str(source)
    data = data.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark is not content
    head = data[:4096].lstrip().lower()
    is_html = head.startswith(b"<!doctype html") or b"<html" in head
    if head.startswith(b"<") and not is_html:
        if b"documentCollection" not in data:
            return load_xml(data, label)
        return _one(load_all(data, name=label), label)
    from .justel import read_html, read_text

    if is_html:
        return read_html(data, source=label, lenient=lenient)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise not_utf8(label, data, error) from None
    from .justel.markdown import is_markdown_page, read_markdown

    if is_markdown_page(text):
        return read_markdown(text, source=label, lenient=lenient)
    return read_text(text, source=label, lenient=lenient)


def _one(documents: list[Document], label: str) -> Document:
    if len(documents) != 1:
        from .errors import DocumentError

        raise DocumentError(f"{label} holds {len(documents)} acts; load them with "
                            "consolidate.load_all (the command takes each as a base)")
    return documents[0]


def load_all(
    source: str | Path | bytes, *, name: str | None = None, lenient: bool = False
) -> list[Document]:
    """Every act a file holds: an Akoma Ntoso collection (``apply --format akn`` of several
    acts) or a Justel text of several acts gives one document per act; any other base, one."""
    from .akn_reader import load_all as read_all

    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        data, label = read_input(source), name or str(source)
    return read_all(data, label, lenient=lenient)


def load_embedded() -> list[Document]:
    """The embedded base texts of the 2024 case (models: see their metadata)."""
    from .document import load_xml

    return [load_xml(embedded(name), name) for name in EMBEDDED_BASES]


def apply(
    documents: Sequence[Document],
    act: AmendingAct,
    *,
    at: dt.date | None = None,
    keep_going: bool = False,
    in_place: bool = False,
) -> tuple[list[Document], Report]:
    """Apply ``act`` to ``documents``; return new documents and the report.

    The input documents are never modified, unless ``in_place`` is given: then they are
    changed and returned (no copy, half the memory; for callers that no longer need them). By
    default the first failed operation raises its :class:`~consolidate.errors.ApplyError`;
    with ``keep_going`` every operation is tried and failures are in the report. With ``at``
    before the act's date in force, nothing applies.
    """
    from .applier import apply as apply_act

    check_apply(documents, act, at, keep_going)
    with _collector_paused():
        return apply_act(documents, act, at=at, keep_going=keep_going, in_place=in_place)


def check_chain(acts: object, order: object) -> None:
    """``acts``: a list of AmendingAct; ``order``: a list of act names (str)."""
    from .arguments import check_act, describe
    from .errors import ArgumentError

    if isinstance(acts, AmendingAct) or not isinstance(acts, Sequence) or isinstance(acts, str):
        raise ArgumentError(f"consolidate(): acts must be a list of AmendingAct (from parse()); "
                            f"got {describe(acts)}")
    for item in acts:
        check_act("consolidate", item)
    if isinstance(order, str) or not isinstance(order, Sequence) or not all(
            isinstance(name, str) for name in order):
        raise ArgumentError("consolidate(): order must be a list of act names (str), e.g. "
                            f'["L 2025-02-03/7"]; got {describe(order)}')


def consolidate(
    act: AmendingAct | None = None,
    documents: Sequence[Document] | None = None,
    *,
    acts: Sequence[AmendingAct] | None = None,
    at: dt.date | None = None,
    keep_going: bool = False,
    order: Sequence[str] = (),
    keep_before: bool = True,
    footnotes: bool = True,
) -> Consolidation:
    """Parse (default: the embedded 2024 law), load (default: embedded models), apply.

    ``act`` and/or ``acts`` (a chain) are applied in the order of their effect, each
    provision on its own date, pending provisions never (:func:`consolidate.chain.apply_chain`,
    docs/time.md); ``order`` names acts whose dates tie (an order file's list). (:func:`apply`
    is the lower verb: one act, on its whole-act date.)

    ``keep_before=False`` applies to the given documents in place (no copy): the result's
    ``before`` is then the consolidated documents too, which suits the outputs that show
    only the consolidated text (``text``, ``justel``, ``akn``), not ``diff``, ``html`` or
    ``json``. ``footnotes=False`` writes no footnote (``c:notes``) into the consolidated
    documents, only their marks: for the plain ``text`` output alone, which shows neither
    (a third of the memory applying adds).
    """
    check_consolidate(act, documents, at, keep_going)
    if acts is not None:
        check_chain(acts, order)
    from .chain import apply_chain

    bases = list(documents) if documents is not None else load_embedded()
    if acts is None:
        chain = [act if act is not None else parse()]
    else:
        chain = [*([act] if act is not None else []), *acts]
    with _collector_paused():
        return apply_chain(bases, chain, at=at, keep_going=keep_going, order=order,
                           in_place=not keep_before, footnotes=footnotes)


def render(
    subject: Document | Consolidation, format: str = "text"
) -> str | bytes:
    """Render a document (text, xml, justel) or a consolidation (text, diff, json, justel,
    html, akn)."""
    # not "from . import render": the package's lazy ``render`` attribute is this function
    from .renderers import render_consolidation, render_document

    check_render(subject, format)
    with _collector_paused():
        if isinstance(subject, Document):
            return render_document(subject, format)
        return render_consolidation(subject, format)


def diff(before: Document, after: Document) -> list[object]:
    """Per-article line and word diffs between two versions of a document."""
    from .differ import article_diffs

    check_diff(before, after)
    return list(article_diffs(before, after))


def verify(act: AmendingAct, page: Document, *, reference: str | None = None) -> VerifyReport:
    """Check ``act`` against a Justel page of an act it amends, made after it: per operation
    ``agrees``, ``disagrees`` or ``not_checkable`` (see docs/verify.md)."""
    from .verification import verify as verify_act

    return verify_act(act, page, reference=reference)


def draft(operation: Operation, *, language: Literal["fr", "nl"] = "fr") -> str:
    """The amending sentence for an operation: French (the formulas the parser reads) or, with
    ``language="nl"``, Dutch (:mod:`consolidate.drafter_nl`)."""
    check_draft(operation)
    check_language("draft", language, ("fr", "nl"), optional=False)
    if language == "nl":
        from .drafter_nl import draft_operation_nl

        return draft_operation_nl(operation)
    from .drafter import draft_operation

    return draft_operation(operation)


def compare(act_fr: AmendingAct, act_nl: AmendingAct) -> Comparison:
    """The bilingual check: pair the articles and operations of the French and the Dutch text
    of one act and report every divergence of structure (see :mod:`consolidate.bilingual`)."""
    from .bilingual import compare_acts

    check_act("compare", act_fr)
    check_act("compare", act_nl)
    return compare_acts(act_fr, act_nl)
