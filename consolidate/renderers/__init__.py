"""Renderers: one module per output format, dispatched here.

- documents: ``text`` (plain, Justel layout), ``xml`` (Akoma Ntoso), ``justel`` (marks and
  footnotes)
- consolidations: ``text``, ``diff``, ``json``, ``justel``, ``html`` (redline), ``akn``
"""

from __future__ import annotations

from ..document import Document, dump, render_text
from ..errors import RenderError
from ..result import Consolidation

DOCUMENT_FORMATS = ("text", "xml", "justel")
CONSOLIDATION_FORMATS = ("text", "diff", "json", "justel", "html", "akn")


def render_document(document: Document, format: str) -> str | bytes:
    """Render one document."""
    if format == "text":
        return render_text(document)
    if format == "xml":
        return dump(document)
    if format == "justel":
        from ..justel import write_justel

        return write_justel(document)
    raise RenderError(f"unknown document format {format!r}; expected one of {DOCUMENT_FORMATS}")


def render_consolidation(result: Consolidation, format: str) -> str | bytes:
    """Render a consolidation (every amended document, in order)."""
    if format == "text":
        from .plain import render_plain

        return render_plain(result)
    if format == "diff":
        from .plain import render_diff

        return render_diff(result)
    if format == "justel":
        from .plain import render_justel

        return render_justel(result)
    if format == "json":
        from .json_out import render_json

        return render_json(result)
    if format == "html":
        from .html import render_html

        return render_html(result)
    if format == "akn":
        from .akn import render_akn

        return render_akn(result)
    raise RenderError(
        f"unknown format {format!r}; expected one of {', '.join(CONSOLIDATION_FORMATS)}"
    )
