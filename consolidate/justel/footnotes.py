"""Justel footnotes ↔ :class:`consolidate.model.Note`.

``(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>`` (Dutch pages:
``(1)<W 2024-03-25/42, art. 2, 002; Inwerkingtreding : 01-01-2024>``): act kind, reference, article
of the amending act, version of the amended text, date in force (or its text). The text
between ``<`` and ``>`` is kept as ``raw`` so that a note read from a page is written back
exactly; a note without ``raw`` (made by the applier) is composed from its fields.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lang import nl_words, scan
from ..model import Note

_NOTE = scan.compile(
    r"^(?:(?P<verb>[^<>;]*?)\s+(?:par|bij|door)\s+)?"
    r"(?P<kind>[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*\.?)\s+"
    r"(?P<reference>\d{2,4}-\d{2}-\d{2,4}(?:/\d+)?)"
    r"(?:\s*,\s*art\.?\s*(?P<article>[^;]*?))?"
    r"(?:\s*,\s*(?P<version>\d{3}))?\s*"
    r"(?:[;,]\s*(?:En vigueur|Inwerkingtreding)\s*:\s*(?P<in_force>.*))?$",
    re.DOTALL,
)
_DATE = scan.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
#: French kind letters → the Dutch pages' (L → W, AR → KB, AL → B: see lang/nl_words.py)
DUTCH_KINDS = nl_words.JUSTEL_KINDS
#: in-force words the applier writes in French → the Dutch page's words
DUTCH_IN_FORCE = {"indéterminée": nl_words.JUSTEL_UNDETERMINED}


def parse_note(number: int, body: str) -> Note:
    """Structure the text of a footnote (without ``(n)<`` and ``>``).

    Fields that cannot be read stay empty; ``raw`` always holds the text as read.
    """
    text = " ".join(body.split())
    match = _NOTE.match(text)
    if not match:
        return Note(number=number, kind="", reference="", raw=body)
    in_force_text = (match["in_force"] or "").strip() or None
    in_force: dt.date | None = None
    if in_force_text and (date := _DATE.match(in_force_text)):
        try:
            in_force = dt.date(int(date[3]), int(date[2]), int(date[1]))
        except ValueError:
            in_force = None
    article = match["article"].strip() if match["article"] else None
    return Note(
        number=number,
        kind=match["kind"],
        reference=match["reference"],
        article=article or None,
        version=match["version"],
        in_force=in_force,
        in_force_text=in_force_text,
        raw=body,
    )


def note_verb(note: Note) -> str:
    """The verb a footnote read from a page starts with, lower case: 'inséré' for ``<Inséré
    par L 2003-05-03/46, art. 8; …>``, 'ingevoegd' for ``<Ingevoegd bij W …>``; '' when it
    has none (``<L 2018-02-25/02, art. 63, 020; …>``)."""
    match = _NOTE.match(" ".join((note.raw or "").split()))
    return (match["verb"] or "").strip().lower() if match else ""


def note_body(note: Note, language: str = "fr") -> str:
    """The text between ``<`` and ``>``: the raw text when read, else composed."""
    if note.raw is not None:
        return note.raw
    kind = DUTCH_KINDS.get(note.kind, note.kind) if language == "nl" else note.kind
    parts = [f"{kind} {note.reference}"]
    if note.article:
        parts.append(f"art. {note.article}")
    if note.version:
        parts.append(note.version)
    head = ", ".join(parts)
    when = note.in_force_text or (note.in_force.strftime("%d-%m-%Y") if note.in_force else None)
    if when is None:
        return head
    if language == "nl":
        return f"{head}; {nl_words.JUSTEL_IN_FORCE} : {DUTCH_IN_FORCE.get(when, when)}"
    return f"{head}; En vigueur : {when}"


def format_note(note: Note, language: str = "fr") -> str:
    """The footnote line: ``(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>``."""
    return f"({note.number})<{note_body(note, language)}>"


def version_of(body: str) -> int | None:
    """The version number a reference carries (``..., art. 2, 132; ...`` → 132), if any."""
    match = _NOTE.match(" ".join(body.split()))
    if match and match["version"]:
        return int(match["version"])
    return None
