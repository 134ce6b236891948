"""Justel in and out: read consolidated Justel pages (text or HTML, French or Dutch) into the
document model, and write documents in the Justel format with ``[n ...]n`` marks and
footnotes. See docs/justel.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .compare import justel_key as justel_key
    from .marks import normalise as normalise
    from .marks import strip_marks as strip_marks
    from .reader import parse_title as parse_title
    from .writer import write_justel as write_justel

__all__ = [
    "justel_key", "normalise", "parse_title", "read_html", "read_text", "strip_marks",
    "write_justel",
]

#: the names this package exports from its modules, imported when first used: the applier
#: needs ``justel.footnotes`` only, not the page reader and writer (start-up)
_EXPORTS = {
    "justel_key": ".compare", "normalise": ".marks", "strip_marks": ".marks",
    "parse_title": ".reader", "write_justel": ".writer",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def read_text(text: str, *, source: str = "<justel>", lenient: bool = False) -> Document:
    """Read a Justel text (as copied from the site: title line first) into a document.

    Raises :class:`~consolidate.errors.JustelReadError` (with the line number) for a line that
    cannot be placed; with ``lenient`` such lines become ``document.warnings`` instead.
    """
    from .reader import read_lines

    return read_lines(text.replace("\r\n", "\n").split("\n"), source=source, lenient=lenient)


def read_html(data: bytes, *, source: str = "<justel>", lenient: bool = False) -> Document:
    """Read a Justel HTML page into a document (numac and ELI taken from the page).

    Line numbers in errors and warnings are lines of the HTML file (where the text starts).
    """
    from .html import read_page
    from .reader import read_lines

    page = read_page(data, source)
    return read_lines(page.lines(), source=source, lenient=lenient, numac=page.numac,
                      eli=page.eli, numbers=page.file_lines())
