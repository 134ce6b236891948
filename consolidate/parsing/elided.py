"""Points of an amending article whose text Justel no longer shows.

A Justel page keeps an amending act as it stands today. When a later act repealed a point of
it (or the Cour constitutionnelle annulled it), Justel replaces the point's text by an
elision mark and cites the act that did it:

- "4° (...). <L 2006-08-05/59, art. 4, 002; En vigueur : 01-02-2007>" (the old style: the
  reference on the point's line; corpus 2006009457, art. 19, 4°, art. 20, 1°);
- "c) [¹ ...]¹" and, in the footnotes of the article, "(1)<L 2009-05-06/03, art. 138, 002;
  En vigueur : 19-05-2009>" (the new style; 2007011015, art. 7, c); 2019041200, art. 40, b)).

Such a point is no instruction left to read: its words are not on the page. It gives no
operation and a **P008 warning** naming the point and the act that removed it (as P008 says
of a whole article "<Abrogé par L …>"); the other points of the article are read. An
elision mark without such a reference is not evidence enough: the point stays refused
(P001), its message saying what is missing.
"""

from __future__ import annotations

import re

from ..lang import scan
from .source import SourceText

#: the whole text of a point that Justel elided ("(...)", "...", "(…)"), with its final
#: punctuation; Justel's marks and references are blanked before (offsets kept)
_ELISION = scan.regex(r"\s*(?:\(\s*(?:\.\s*){3}\)|\(\s*…\s*\)|(?:\.\s*){3}|…)\s*[.;,]?\s*")

#: a Justel reference: "<L 2006-08-05/59, art. 4, 002; **En vigueur :** 01-02-2007>",
#: "<L [2009-05-06/03](https://…), art. 138, 002; …>", "<Abrogé par AR 2010-…>"
_REFERENCE = scan.compile(
    r"<\s*(?:(?:Abrogé|Annulé|Supprimé|Remplacé|Opgeheven|Vernietigd)e?s?\s+(?:par|door)\s+)?"
    r"(?P<act>[A-Z][\w.-]*\s+\[?\d{4}-\d{2}-\d{2}/\d+\]?(?:\([^)\s]*\))?)"
    r"(?P<rest>[^>\n]*)>"
)

#: Justel's mark around changed words: "[¹ ...]¹" (its number in superscript digits)
_MARK = scan.compile(r"\[(?P<number>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NEXT_HEADING = scan.compile(r"^#{1,6}[ \t]", re.MULTILINE)


def is_elided(body: str) -> bool:
    """Whether a point's text (Justel's marks blanked) is only an elision mark."""
    return _ELISION.fullmatch(body) is not None


def _reference(found: re.Match[str]) -> str:
    """"L 2009-05-06/03, art. 138" of a Justel reference (its link, version and date of
    entry into force left out)."""
    act = re.sub(r"\]?\([^)]*\)$", "", found["act"]).replace("[", "").replace("]", "")
    article = re.match(r"\s*,\s*(?P<art>art\.\s*[^,;>]+(?:,\s*\d+°)?)", found["rest"])
    return f"{act}, {article['art'].strip()}" if article else act


def removed_by(source: SourceText, start: int, end: int) -> str | None:
    """The act that removed the elided point at ``[start, end)`` of ``source``, as Justel's
    page cites it: the reference on the point's line, or the footnote of the mark around the
    elision. None when the page gives neither (or the raw text is not known)."""
    raw = source.raw
    if not raw:
        return None
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end == -1 else line_end
    inline = _REFERENCE.search(raw, start, line_end)
    if inline is not None:
        return _reference(inline)
    # the mark opening the elision was blanked before the point's text: "c) [¹ ...]¹"
    mark = _MARK.search(raw, raw.rfind("\n", 0, start) + 1, line_end)
    if mark is None:
        return None
    number = mark["number"].translate(_SUPERSCRIPT)
    heading = _NEXT_HEADING.search(raw, line_end)
    stop = heading.start() if heading else len(raw)
    footnote = re.compile(rf"^[ \t]*\({number}\)[ \t]*(?={_REFERENCE.pattern})", re.MULTILINE)
    note = footnote.search(raw, line_end, stop)
    if note is None:
        return None
    found = _REFERENCE.match(raw, note.end())
    return _reference(found) if found else None
