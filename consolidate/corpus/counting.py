"""Count the amending instructions of an act by their verbs, independently of the parser.

The corpus report compares what the parser reads with what the text says; the second figure
must not come from the parser's own lexicon, or a word the parser misses would be missed by
the count too. This module has its own small word list: an instruction is an amending verb in
the passive ("sont remplacés", "est inséré", "sera abrogée", "il est ajouté"), a renumbering
("devient", "deviennent", "formera") or its Dutch counterpart ("wordt vervangen", "worden
opgeheven"), outside quotes, and not a history recital ("inséré par la loi du …", "ingevoegd
bij de wet van …"). Articles are cut at their headings (``##### Article N.``, ``**Art. N.**``,
``Art. N.`` at the start of a line); footnotes (after ``----------``) and NOTE lines are not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import scan

_PARTICIPLES_FR = (
    r"remplac[ée]e?s?|ins[ée]r[ée]e?s?|abrog[ée]e?s?|supprim[ée]e?s?|compl[ée]t[ée]e?s?"
    r"|r[ée]tablie?s?|renum[ée]rot[ée]e?s?|ajout[ée]e?s?|intercal[ée]e?s?|remplac[ée]"
)
_AUXILIARY_FR = r"(?:est|sont|sera|seront|soit|soient)"
# an auxiliary, at most four words (adverbs, "chaque fois", "respectivement"), the participle;
# not a recital: "remplacé par la loi du …", "inséré par l'arrêté royal du …"
_FRENCH = scan.regex(
    rf"\b{_AUXILIARY_FR}\b(?:[\s,]+[\w'’]+){{0,4}}?[\s,]+(?P<verb>{_PARTICIPLES_FR})\b"
    r"(?!\s+(?:par|à)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:loi|lois|arr[êe]t[ée]|d[ée]cret|"
    r"ordonnance|code|article|art\.)\b(?![\w\s]{0,3}suivant))"
    # not a person or a body replaced "en cas d'absence ou d'empêchement" (a rule of the act
    # on its members, 2018011241 art. 7, 14): an amendment says by what, never when
    r"(?!\s+en\s+cas\s+d)",
    re.IGNORECASE,
)
#: a renumbering names the unit it makes ("devient l'article 6", "qui devient le 6°",
#: "formeront l'article 50"); "la décision devient définitive" (2018011241, art. 28) is none
_RENUMBER_FR = scan.regex(
    r"\b(?:devient|deviennent|formera|formeront)\b"
    r"(?=\s+(?:respectivement\s+)?(?:l['’]|le\b|la\b|les\b|un\b|une\b|§|\d"
    r"|(?:article|alinéa|paragraphe|point|section|chapitre)\b))", re.IGNORECASE)
_DUTCH = scan.regex(
    r"\b(?P<verb>vervangen|ingevoegd|opgeheven|aangevuld|hersteld|geschrapt|vernummerd"
    r"|toegevoegd|ingelast)\b(?!\s+bij\b)"
    # a recital that says "door": "vervangen door het koninklijk besluit van 29 juni 2000"
    r"(?!\s+door\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?(?:wet|wetten|besluit|besluiten|decreet"
    r"|decreten|ordonnantie|ordonnanties)\s+van\s+\d)",
    re.IGNORECASE,
)
_DUTCH_AUXILIARY = scan.regex(r"\b(?:wordt|worden|zal|zullen)\b", re.IGNORECASE)
_HEADING = scan.regex(
    r"^(?:#####\s+Article\s+(?P<md>[^\s.]+(?:\.\.?\s*\S+?)?)\.|\*\*(?:Article|Art\.|Artikel)\s+"
    r"(?P<seed>[^*\s]+?)\.?\*\*|(?:Article|Art\.|Artikel)\s+(?P<plain>\d[^\s.]*)\.)(?=\s|$)"
)
_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "”"}
_SUPERSCRIPT = scan.regex(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


@dataclass(frozen=True)
class ArticleCount:
    """One article of an act: its number as written and its amending instructions."""

    number: str
    line: int
    instructions: int


def unquoted(text: str) -> str:
    """The text outside quotes. Quoted new text runs over lines (its alinéas); a quote left
    open runs to the end of the text given (an article): fewer verbs counted, never more."""
    kept: list[str] = []
    closer: str | None = None
    for char in text:
        if closer is None:
            if char in _QUOTES:
                closer = _QUOTES[char]
                kept.append(" ")
            else:
                kept.append(char)
        elif char == closer:
            closer = None
        elif char == "\n":
            kept.append(char)
    return "".join(kept)


def count_instructions(text: str) -> int:
    """Amending instructions in a piece of text (quotes removed first)."""
    plain = unquoted(_SUPERSCRIPT.sub("", text))
    count = len(_FRENCH.findall(plain)) + len(_RENUMBER_FR.findall(plain))
    if _DUTCH_AUXILIARY.search(plain):
        count += len(_DUTCH.findall(plain))
    return count


def body_lines(text: str) -> list[tuple[int, str]]:
    """The act's lines after its front matter, without footnote blocks and NOTE lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    out: list[tuple[int, str]] = []
    in_notes = False
    for number, line in enumerate(lines[start:], start + 1):
        stripped = line.strip()
        if re.fullmatch(r"-{5,}", stripped):
            in_notes = True
            continue
        if in_notes and (not stripped or re.match(r"^\(\d+\)\s*<", stripped)):
            continue
        in_notes = False
        if re.match(r"^\*?\((?:NOTE|NOOT)\b", stripped, re.IGNORECASE):
            continue
        out.append((number, line))
    return out


def count_articles(text: str) -> list[ArticleCount]:
    """Every article of an act (legalize-be markdown, seed markdown or plain text) and the
    instructions it holds."""
    articles: list[tuple[str, int, list[str]]] = []
    for number, line in body_lines(text):
        match = _HEADING.match(line.strip())
        if match:
            label = match["md"] or match["seed"] or match["plain"] or ""
            articles.append((label.split(".")[0], number, [line.strip()[match.end():]]))
        elif articles:
            articles[-1][2].append(line)
    return [ArticleCount(label, line, count_instructions("\n".join(body)))
            for label, line, body in articles]
