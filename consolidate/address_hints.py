"""What exists where an address fails: the articles of an act, shortened around a label.

'article 999 does not exist: the loi du 16 mai 2001 has 23 articles: 10, …, 72, 73, 76'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from .document import Document, akn, cns, format_date
from .errors import AddressError, ConsolidateError
from .text import Label, parse_label


def act_name(document: Document) -> str:
    """'the loi du 16 mai 2001' (or 'this act' when the identity cannot be read)."""
    try:
        identity = document.identity
    except ConsolidateError:
        return "this act"
    day = "1er" if identity.date.day == 1 else str(identity.date.day)
    rest = format_date(identity.date).split(" ", 1)[1].lower()
    return f"the {identity.type} du {day} {rest}"


def repealed(unit: etree._Element) -> str:
    """'it has been repealed (<L 2006-08-05/59, art. 4, 002; …>)': the repeal a tombstone
    records, from its older line (``(...) <L …>``, ``(Abrogé) <L …>``) or the footnote of its
    mark (``[1 ...]1``); 'it has been repealed' when it records none."""
    refs = re.findall(r"<([^<>]*)>", unit.get(cns("raw")) or "")
    if refs:
        return f"it has been repealed (<{refs[-1]}>)"
    mark = unit.get(cns("mark"))
    article = next((a for a in unit.iterancestors(akn("article"))), unit)
    eid = article.get("eId")
    if mark and eid:
        for notes in unit.getroottree().iter(cns("notes")):
            if notes.get("article") != eid:
                continue
            for note in notes.iter(cns("note")):
                if note.get("number") == mark and (raw := note.get("raw")):
                    return f"it has been repealed (footnote ({mark})<{raw}>)"
    return "it has been repealed"


def raise_missing_article(label: str, labels: list[str], act: str) -> etree._Element:
    """Raise :class:`AddressError`: article ``label`` is not among ``labels`` of ``act``."""
    if not labels:
        raise AddressError(f"article {label} does not exist: {act} has no articles")
    count = f"{len(labels)} article" + ("" if len(labels) == 1 else "s")
    raise AddressError(
        f"article {label} does not exist: {act} has {count}: {shown_labels(label, labels)}"
    )


def shown_labels(label: str, labels: Sequence[str], limit: int = 12) -> str:
    """At most ``limit`` of ``labels``, those around where ``label`` would sit, with '…'.

    ``['1er', …, '28']`` for 'article 999' gives '1er, …, 20, 21, …, 28'; a short list is
    given whole.
    """
    if len(labels) <= limit:
        return ", ".join(labels)
    try:
        wanted = parse_label(label)
        position = sum(1 for text in labels if _before(text, wanted))
    except ValueError:
        position = 0
    first, last = labels[0], labels[-1]
    if position <= limit // 2:
        return ", ".join([*labels[: limit - 1], "…", last])
    if position >= len(labels) - limit // 2:
        return ", ".join([first, "…", *labels[len(labels) - limit + 1 :]])
    width = limit - 2
    start = position - width // 2
    return ", ".join([first, "…", *labels[start : start + width], "…", last])


def _before(text: str, wanted: Label) -> bool:
    try:
        return parse_label(text) < wanted
    except ValueError:
        return False
