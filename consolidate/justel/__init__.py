"""Justel in and out: read consolidated Justel pages (text or HTML, French or Dutch) into the
document model, and write documents in the Justel format with ``[n ...]n`` marks and
footnotes. See docs/justel.md.
"""

from __future__ import annotations

from ..document import Document
from .compare import justel_key
from .html import read_page
from .marks import normalise, strip_marks
from .reader import parse_title, read_lines
from .writer import write_justel

__all__ = [
    "justel_key", "normalise", "parse_title", "read_html", "read_text", "strip_marks",
    "write_justel",
]


def read_text(text: str, *, source: str = "<justel>", lenient: bool = False) -> Document:
    """Read a Justel text (as copied from the site: title line first) into a document.

    Raises :class:`~consolidate.errors.JustelReadError` (with the line number) for a line that
    cannot be placed; with ``lenient`` such lines become ``document.warnings`` instead.
    """
    return read_lines(text.replace("\r\n", "\n").split("\n"), source=source, lenient=lenient)


def read_html(data: bytes, *, source: str = "<justel>", lenient: bool = False) -> Document:
    """Read a Justel HTML page into a document (numac and ELI taken from the page).

    Line numbers in errors and warnings are lines of the HTML file (where the text starts).
    """
    page = read_page(data, source)
    return read_lines(page.lines(), source=source, lenient=lenient, numac=page.numac,
                      eli=page.eli, numbers=page.file_lines())
