"""How the Justel pages of a corpus load as base texts: strictly, leniently, and how many of
their article headings become articles (see docs/corpus.md, "Bases")."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field

from ..errors import ConsolidateError
from ..model import Frozen
from .discover import discover


class BaseRow(Frozen):
    """One base text of the corpus."""

    base: str
    headings: int = Field(description="``##### Article`` headings in the page.")
    articles: int = Field(description="Articles read (lenient).")
    strict: str | None = Field(description="The strict reader's error (None: it loads).")
    warnings: int = Field(description="Warnings of the lenient reader.")


def base_rows(directory: Path) -> list[BaseRow]:
    """Every base text named by the acts of ``directory``, loaded both ways."""
    from .. import api

    _, bases = discover(directory)
    rows: list[BaseRow] = []
    for name, path in sorted(bases.items()):
        text = path.read_text(encoding="utf-8", errors="replace")
        headings = len(re.findall(r"^##### ", text, re.M))
        try:
            api.load(path)
            strict = None
        except ConsolidateError as error:
            strict = error.render().split("\n")[0]
        try:
            document = api.load(path, lenient=True)
        except ConsolidateError as error:
            rows.append(BaseRow(base=name, headings=headings, articles=0,
                                strict=strict or error.message, warnings=0))
            continue
        rows.append(BaseRow(base=name, headings=headings,
                            articles=len(list(document.articles())), strict=strict,
                            warnings=len(document.warnings)))
    return rows


def base_table(rows: list[BaseRow]) -> str:
    """A Markdown table of the bases, then the totals line."""
    lines = ["| base | headings | articles | strict | lenient warnings |", "|---|---|---|---|---|"]
    for row in rows:
        strict = "loads" if row.strict is None else row.strict.split(": ", 1)[-1][:90]
        lines.append(f"| {row.base} | {row.headings} | {row.articles} | {strict} | "
                     f"{row.warnings} |")
    loaded = sum(1 for row in rows if row.strict is None)
    lines.append(f"\n{len(rows)} bases: {loaded} load strictly, {len(rows)} leniently; "
                 f"{sum(r.articles for r in rows)} articles read of "
                 f"{sum(r.headings for r in rows)} headings.\n")
    return "\n".join(lines) + "\n"
