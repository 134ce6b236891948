"""A date of effect inside an amending instruction (docs/formulas.md, "Dates inside an
instruction").

"les mots « A » sont remplacés, à partir du 1er janvier 2025, par les mots « B »", "Avec effet
au 1er janvier 2024, l'article 8 … est abrogé", "In artikel 5 … worden met ingang van 1 januari
2025 de woorden …", "Met uitwerking op 1 januari 2024 wordt artikel 8 … opgeheven": the words of
the date are not part of the instruction. They are read here (the lexicon's ``instruction_date``
pattern, on the skeleton: never inside a quote), blanked in the text the grammar reads (the same
length: every offset stays), and become an :class:`~consolidate.model.EntryIntoForce` rule of
the amending article for that article (``provisions`` = its number): the timeline dates whole
amending articles, and a rule naming an article beats the act's whole-act rule. "à partir du",
"met ingang van" is mode ``date``; "avec effet au", "met uitwerking op" (the instruction's
"produit ses effets le") is ``retroactive``.

The date must date the whole article: it opens the article, or the article has one operation.
A date inside one instruction of several would date the others too: refused (P001). Only the
words before the article's first colon are searched (after it: new text, or points that the
grammar reads, and refuses when one is dated, P007). Several
different dates in one article (the points of 2005009998, art. 7) are left in the text, where
the grammar refuses them as before (P007).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import ParseError
from ..lang.lexicon import Lexicon
from ..model import EntryIntoForce, Operation
from .acts import read_date
from .autonomous import optional
from .source import SourceText


@dataclass(frozen=True)
class DatedPhrase:
    """The words of a date of effect: ``[start, end)`` in the article's text (what is
    blanked), the date, whether it is retroactive, and whether it opens the article."""

    start: int
    end: int
    date: date | None
    retroactive: bool
    opening: bool


def dated_phrases(lexicon: Lexicon, masked: str) -> list[DatedPhrase]:
    """The dates of effect of an instruction's skeleton (quotes, acts and history masked)."""
    pattern = optional(lexicon, "instruction_date")
    if pattern is None:
        return []
    found: list[DatedPhrase] = []
    # before the first colon outside quotes: what follows may be new text whose quotes the
    # page lost ("… rédigé comme suit : Art. 5. À partir du 1er janvier 2025, …"), never a
    # date of the instruction; a date in a point after a lead-in is left to the grammar
    colon = masked.find(":")
    for match in pattern.finditer(masked, 0, colon if colon != -1 else len(masked)):
        # the phrase and its commas ("sont remplacés, à partir du …, par": "sont remplacés
        # par"; "worden, met ingang van …, de woorden": "worden de woorden")
        found.append(DatedPhrase(match.start(), match.end(), read_date(lexicon, match["date"]),
                                 match["effect"] is not None,
                                 not masked[: match.start()].strip()))
    if len({(phrase.date, phrase.retroactive) for phrase in found}) > 1:
        # "1° à partir du 1er septembre 2006 : a) …; 2° à partir du 1er janvier 2007, …"
        # (2005009998, art. 7): dates of points, which no rule of the model holds — left in
        # the text, where the grammar refuses them (P007, "no rule reads 'partir'")
        return []
    return found


def blanked(text: str, phrases: list[DatedPhrase]) -> str:
    """``text`` with the phrases' words replaced by spaces (every offset kept)."""
    for phrase in phrases:
        text = text[: phrase.start] + " " * (phrase.end - phrase.start) + text[phrase.end :]
    return text


def dated_rules(
    source: SourceText, start: int, number: str, phrases: list[DatedPhrase],
    operations: tuple[Operation, ...],
) -> tuple[EntryIntoForce, ...]:
    """The rule the phrases give the amending article ``number``, or a P001 error when they
    do not date the whole article (``start``: the offset of the article's text)."""
    if not phrases:
        return ()
    first = phrases[0]
    if first.date is None:
        raise _refused(source, start + first.start, number,
                       "a date of effect that does not exist")
    if not first.opening and len(operations) != 1:
        raise _refused(source, start + first.start, number, (
            f"a date of effect inside one instruction of an article of {len(operations)} "
            "operations: the model dates whole amending articles, not one instruction "
            "of several; not read rather than dating the others"))
    return (EntryIntoForce(date=first.date, mode="retroactive" if first.retroactive else "date",
                           provisions=(number,)),)


def _refused(source: SourceText, offset: int, number: str, what: str) -> ParseError:
    return source.error(
        f"{what} (expected one date of effect for the whole article: \"Avec effet au <date>, "
        "l'article N est abrogé\", or one instruction: \"les mots … sont remplacés, à partir "
        "du <date>, par les mots …\")", offset, "P001", number)
