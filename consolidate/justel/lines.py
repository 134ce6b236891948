"""Line classification for Justel text: title, notes, headings, articles, units, footnotes.

The patterns are data: each names one kind of line Justel prints. Classification looks only
at the start of a line; what follows is read by :mod:`.marks` and :mod:`.units`.
"""

from __future__ import annotations

import re

from ..lang import scan
from ..text import _LATIN_ALT, CODE_LABEL

SPACE = " \t\u00a0\u202f\u2007\u2009"
_NUMBER = rf"\d+(?:er|re|e)?(?:{_LATIN_ALT})?(?:/\d+)?(?:{_LATIN_ALT})?"

TITLE = scan.regex(
    r"^(?P<day>\d{1,2})(?:er|ER)?\s+(?P<month>[A-ZÉÛa-zéû]+)\s+(?P<year>\d{4})\s*\.\s*-\s*"
    r"(?P<rest>.+?)\s*$"
)
"""``16 MAI 2001. - Loi portant statut ...``"""

ARTICLE = scan.regex(
    rf"^(?P<lead>(?:\[\d+\s?)*)(?P<word>Article|Artikel|Art\.)[{SPACE}]*"
    rf"(?P<label>{CODE_LABEL}|\d+:\d+(?:{_LATIN_ALT})?(?:/\d+)?"
    rf"|\d+(?:er|re)?[⁰¹²³⁴⁵⁶⁷⁸⁹]*[A-Za-z]*"
    rf"(?:[{SPACE}](?:{_LATIN_ALT})(?=[{SPACE}]*\.))?(?:/\d+[A-Za-z]*){{0,2}})[{SPACE}]*\."
    rf"(?P<rest>.*)$"
)
"""``Article 1er.``, ``Art. 10bis.``, ``Art. 71/1.``, ``Artikel 1.``, a Code's ``Art. XII.1.``,
``Art. L1124-1.``, ``Art. 3.1.``, the Code des sociétés' ``Art. 2:56.``, ``Art. 1675/2/1.``,
``Art. 1er bis.`` / ``Art. 5 bis.`` (the article 1bis, its heading kept as written: before
2026-12-03 the line was an alinéa of the article before it) and what follows."""

ARTICLE_IN_WORDS = scan.regex(
    rf"^(?P<lead>(?:\[\d+\s?)*)(?P<num>(?:Article|ARTICLE)[{SPACE}]+(?:unique|UNIQUE|premier|PREMIER)"
    rf"|(?:Enig|ENIG)[{SPACE}]+(?:artikel|ARTIKEL))[{SPACE}]*\.(?P<rest>.*)$"
)
"""``Article unique.`` / ``Enig artikel.`` (a law of one article), ``Article premier.``: the
article 1, its heading kept as written (:func:`consolidate.document.label_text` gives ``1``,
as the parser reads "l'article unique")."""

FUTURE_ARTICLE = scan.regex(
    rf"^(?:\[\d+\s?)*(?:Article|Artikel|Art\.)[{SPACE}]*(?P<label>[^{SPACE}]+?)"
    r"_(?P<future>DROIT_FUTUR|TOEKOMSTIG_RECHT)\b"
)
"""``Art. 6_DROIT_FUTUR.``: the version of article 6 that is not in force yet (its anchor's
name on the page)."""

ANNEX = scan.regex(
    rf"^(?:\[\d+\s?)*(?P<word>ANNEXES?|Annexes?|BIJLAGEN?|Bijlagen?)"
    rf"(?:[{SPACE}]+(?:[IVXLC]+|\d+(?:re|er|e)?|[A-Z]))?(?=[{SPACE}]*(?:[.:\-]|\]|$))"
)
"""``ANNEXE.``, ``Annexe 1. Liste …``, ``Bijlage II.``: the start of an annex (not read)."""

HEADING_BEFORE = scan.regex(
    rf"^(?P<number>Enige?|ENIGE?|Voorafgaande?|VOORAFGAANDE?)[{SPACE}]+"
    rf"(?P<word>hoofdstuk|HOOFDSTUK|afdeling|AFDELING|onderafdeling|ONDERAFDELING|titel|TITEL"
    rf"|boek|BOEK|deel|DEEL)[{SPACE}]*\.?(?=[{SPACE}]|$|-)"
)
"""The Dutch divisions numbered by a word before their kind: ``Enig hoofdstuk.``, ``Enige
afdeling. - …``, ``VOORAFGAANDE TITEL.``."""

PARAGRAPH = scan.regex(rf"^§[{SPACE}]*(?P<label>{_NUMBER})\.(?=[{SPACE}]|$|\[|\])")
"""``§ 1er.`` at the start of a line's text."""

ITEM = scan.regex(
    rf"^(?P<label>\d+°(?:/\d+)?(?:{_LATIN_ALT})?|\d+/\d+°|[a-z](?:{_LATIN_ALT})?(?:/\d+)?\)"
    rf"|(?:ii|iii|iv|vi{{1,3}}|ix|xi{{1,3}})\)|\d+\)"
    rf"|\d+\.(?=[{SPACE}]+[A-ZÀ-Ýa-zà-ý\[])|[-–—])(?=[{SPACE}]|$|\[|\]\d)"
)
"""Item labels: ``1°``, ``2/1°``, ``2°bis``, ``a)``, ``a/1)``, the roman ``ii)``, ``iv)`` (``i)``,
``v)``, ``x)`` are letters here: :func:`.units.item_style` tells them apart by the item before),
``1)``, ``1.``, dashes."""

LEAD = scan.regex(rf"^\((?=§[{SPACE}]*{_NUMBER}\.|\d+°)")
"""The older style's opening bracket right before a § or ``°`` label: ``(1° la réclusion;``,
``(§ 4. Aux niveaux …`` (the unit an older amendment replaced; its ``)`` and reference close
it). Only these labels: ``(1)`` and ``(a)`` are labels in brackets, not a bracket and a label."""

LEAD_CLOSED = scan.regex(rf"^\((?P<label>§[{SPACE}]*{_NUMBER}\.|\d+°)\)(?=[{SPACE}]|$)")
"""The older style's brackets around a label alone, ``(§ 3.) (anc. § 4.) Le directeur …``
(corpus 2003009298, art. 3: the § 4 an older act renumbered § 3, after the repealed § 3): the
unit its label says, ``(`` kept in ``c:lead`` and ``)`` in ``c:leadClose``."""

HEADING_WORDS = {
    "partie": "part", "deel": "part",
    "livre": "book", "boek": "book",
    "titre": "title", "titel": "title",
    "sous-titre": "subtitle", "ondertitel": "subtitle",
    "chapitre": "chapter", "hoofdstuk": "chapter",
    "section": "section", "afdeling": "section",
    "sous-section": "subsection", "onderafdeling": "subsection",
}
HEADING_RANKS = {"part": 0, "book": 1, "title": 2, "subtitle": 3, "chapter": 4, "section": 5,
                 "subsection": 6}
UNNUMBERED_RANK = 7

HEADING = scan.regex(
    rf"^(?P<word>{'|'.join(sorted(HEADING_WORDS, key=len, reverse=True))})"
    rf"[{SPACE}]+(?P<number>(?:[IVXLCDM]+|\d+)(?:er|re|e)?(?:[{SPACE}]?(?:{_LATIN_ALT}))?(?:/\d+)?"
    r"|premi[eè]re?|unique|pr[ée]liminaire)"
    rf"[{SPACE}]*\.?(?=[{SPACE}]|$|-)",
    re.IGNORECASE,
)
"""``CHAPITRE II. - DES PEINES.``, ``Section 1re. - ...``, ``HOOFDSTUK 2. - ...``, ``CHAPITRE Ier
bis.`` (its number with the space: a repealed ``CHAPITRE Ier bis. [1 ...]1`` is read); numbered in
words: ``CHAPITRE premier.``, ``Section unique.``, ``TITRE PRELIMINAIRE.``."""

REPEALED_DIVISION = scan.regex(
    rf"^[{SPACE}]*(?:-[{SPACE}]*)?\[(?P<open>\d+) ?\.\.\.\](?P<close>\d+)$"
)
"""What follows a division's number when a later act repealed it: ``CHAPITRE 3. [1 ...]1``
(its heading too: the division is a tombstone, its articles gone; with live articles after
it, only the heading was repealed)."""

SEPARATOR = scan.regex(r"^-{5,}$")
FOOTNOTE = scan.regex(
    rf"^\((?P<number>\d+)\)[{SPACE}]*<(?P<body>(?:[^<>]|<[^<>]*>)*)>(?P<tail>.*)$"
)
"""``(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>``"""

NOTE = scan.regex(r"^\((?:NOTE|NOOT|NOTA)\b", re.IGNORECASE)
"""``(NOTE : ...)`` / ``(NOOT : ...)`` lines, and the Dutch pages' ``(NOTA : ...)`` (the Dutch
Strafwetboek: "(Zie NOTA 1 onder TITEL)"; before 2026-12-03 a ``(NOTA : …)`` line after the
title line was an error, E102, and one in an article an alinéa)."""

UNREAD_DIVISION = scan.regex(
    rf"^(?P<word>SOUS-CHAPITRE|Sous-chapitre|SOUS-LIVRE|Sous-livre|ONDERHOOFDSTUK"
    rf"|Onderhoofdstuk|ONDERBOEK|Onderboek)[{SPACE}]+\S"
)
"""A division of a kind the document model has no element for (``Sous-chapitre 1er. - …``,
``Sous-livre``, ``Onderhoofdstuk``): an error (E102), never a line of the article before it.
The Code civil's ``SOUS-TITRE 1er. - …`` / ``ONDERTITEL 1. - …`` is a ``subtitle`` (a heading:
before 2026-12-03 it was this error)."""

REPEALED_ARTICLE = scan.regex(r"\((?:Abrog[ée]e?s?|Opgeheven)\)", re.IGNORECASE)
"""``(Abrogé)``, and ``(Abroge)`` as the Code pénal writes it three times (art. 320, 344, 555)."""
REPEALED_BRACKETED = scan.regex(
    r"^\[(?:Abrog[ée]e?s?|Opgeheven)\.?\](?:[ \u00a0]*<[^<>]*>)*$", re.IGNORECASE
)
"""``Art. 11. [Abrogé] <L ...>``: the whole article, in square brackets without a number."""
REPEALED_ALINEA = scan.regex(
    r"^\((?:Alinéas?|Lid|Leden)\s[^()]*(?:abrogés?|opgeheven)\)", re.IGNORECASE
)
"""``(Alinéa 2 abrogé) <L ...>`` / ``(Lid 2 opgeheven) <W ...>``."""
MARKED_REPEALED_ALINEA = scan.regex(
    r"^\[(?P<open>\d+) ?(?:Alinéas?|Lid|Leden)\s[^\[\]()<>]*(?:abrogés?|opgeheven)\.?"
    r"\](?P<close>\d+)$",
    re.IGNORECASE,
)
"""``[1 Alinéa 2 abrogé.]1`` (corpus 2011012007, art. 12 and 20): the line Justel puts where an
alinéa was repealed, inside the mark of the repealing provision."""

REPEALED_UNIT = scan.regex(
    r"^\((?:\.\.\.|Abrog[ée]e?s?|Opgeheven)\)[.;,]?(?:[ \u00a0]*<[^<>]*>)*$", re.IGNORECASE
)
"""The whole text of a unit repealed in the older style: ``(Abrogé) <L …>``, and ``(...) <L …>``
(``(...).``, ``(...);``), the words Justel elides where a later act repealed the whole unit
(``Art. 8. (...) <L 2006-08-05/59, art. 4, 002; …>``, ``§ 2. (...) <L …>``, ``2° (...) <L …>``,
an alinéa line ``(...) <W …>``). A ``(...)`` with other words in the unit is a removal of words,
kept as text."""

REPEALED_BY = scan.regex(r"^<(?:Abrogé|Opgeheven)\b[^<>]*>$", re.IGNORECASE)
"""``<Abrogé par L 2018-10-15/03, art. 5, 136; En vigueur : 08-11-2018>`` alone on a line."""


def clean(line: str) -> str:
    """A line without its indentation and trailing spaces."""
    return line.strip(SPACE + "\r\n")


def is_heading_like(line: str) -> bool:
    """Whether a line (after a blank line, outside any article) reads as an unnumbered heading.

    Justel prints such headings in capitals: ``DISPOSITION PARTICULIERE.``; a reference
    ``<L ...>`` after it does not count.
    """
    text = re.sub(r"<[^<>]*>|\[\d+\s?|\]\d+", "", line)
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return text.strip(SPACE).startswith("(...)")  # a repealed heading: ``(...).``
    upper = sum(1 for char in letters if char.isupper())
    return upper / len(letters) >= 0.8
