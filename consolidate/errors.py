"""One error tree for the whole library, each error with a stable code.

Every error the library raises on bad input is a :class:`ConsolidateError`. The CLI turns
them into ``FILE:LINE:COL: error[code]: message`` lines and exit codes; library code never
prints. Codes are part of the public contract: they never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CARET_WIDTH = 240  # longest line shown whole under an error


@dataclass(frozen=True)
class Location:
    """Where in an input text something happened (1-based line and column)."""

    source: str = "<input>"
    line: int = 0
    column: int = 0
    line_text: str = ""

    def caret(self) -> str:
        """The offending line with a caret under the column, or '' without a line. A line
        longer than :data:`CARET_WIDTH` is shown as a window around the column ("…")."""
        if not self.line_text:
            return ""
        text, column = self.line_text, max(self.column, 1)
        if len(text) > CARET_WIDTH:
            start = max(0, min(column - 1 - CARET_WIDTH // 2, len(text) - CARET_WIDTH))
            before = "…" if start > 0 else ""
            after = "…" if start + CARET_WIDTH < len(text) else ""
            text = before + text[start:start + CARET_WIDTH] + after
            column = column - start + len(before)
        pad = " " * (column - 1)
        return f"  {text}\n  {pad}^"

    def prefix(self) -> str:
        """``FILE:LINE:COL`` (only the parts that are known)."""
        if self.line:
            return f"{self.source}:{self.line}:{self.column or 1}"
        return self.source


class ConsolidateError(Exception):
    """Base of every error the library raises on bad input."""

    code: str = "E000"
    kind: str = "error"

    def __init__(self, message: str, *, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def render(self) -> str:
        """The error as the CLI prints it: ``FILE:LINE:COL: error[code]: message`` + caret."""
        where = self.location.prefix() if self.location else "consolidate"
        text = f"{where}: error[{self.code}]: {self.message}"
        caret = self.location.caret() if self.location else ""
        return f"{text}\n{caret}" if caret else text

    def __str__(self) -> str:
        return self.render()


# --- reading inputs -------------------------------------------------------------------------


class InputError(ConsolidateError):
    """An input file cannot be read at all (missing, unreadable, wrong encoding)."""

    code = "E100"


ENCODINGS_READ = (
    "amending acts and Justel text files are read as UTF-8 (a byte-order mark is allowed); "
    "Justel HTML pages in the charset they declare, else UTF-8, else Windows-1252"
)


def not_utf8(label: str, data: bytes, error: UnicodeDecodeError) -> InputError:
    """The E100 of bytes that are not UTF-8: the byte, its offset, line and column, and which
    encodings are read. A file without a declared charset is never guessed (every byte
    string is valid Latin-1, so a guess would silently change the words of a law)."""
    offset = error.start
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    end = data.find(b"\n", offset)
    line_text = data[start:end if end >= 0 else len(data)].decode("utf-8", errors="replace")
    return InputError(
        f"cannot read {label}: not UTF-8: byte 0x{data[offset]:02x} at offset {offset} "
        f"(line {line}, column {column}): {error.reason}; {ENCODINGS_READ}. A file in Latin-1 "
        f"or Windows-1252 can be converted: iconv -f windows-1252 -t utf-8",
        location=Location(label, line, column, line_text.rstrip("\r")),
    )


class DocumentError(ConsolidateError):
    """A base document is malformed, hostile, or does not follow the document model."""

    code = "E101"


class JustelReadError(ConsolidateError):
    """A Justel text/HTML line cannot be placed in the document model."""

    code = "E102"


class ArgumentError(ConsolidateError, TypeError):
    """A public verb got an argument of the wrong kind (``consolidate.arguments``): the message
    names the verb, the argument, what it accepts and what it got. Also a ``TypeError``."""

    code = "E120"


class CorpusError(ConsolidateError):
    """A corpus cannot be run as asked (no acts in the directory, Dask missing or unreachable)."""

    code = "E130"


class AddressError(ConsolidateError):
    """An address ("article 19, § 1er, alinéa 2, 4°") is malformed or designates nothing."""

    code = "E110"


# --- parsing amending acts ------------------------------------------------------------------


class ParseError(ConsolidateError):
    """The amending act cannot be read. ``subcode`` says which rule failed.

    Subcodes (stable): P001 unknown formula, P002 unterminated quote, P003 count mismatch,
    P004 "même loi" with no act cited before, P005 malformed front matter, P006 malformed
    article heading or numbering, P007 malformed address, P008 empty article,
    P009 malformed quoted block, P010 unsupported (annexes, tables); warnings: P002 a quote
    mended, P011 a repeated heading, P012 a numbering jump, P013 the other language's text
    only, P014 a note of Justel's inside the text taken out of the reading, P015 an
    end of effect ("cesse d'être en vigueur le …": kept as ``EntryIntoForce.until``, or not
    modelled when its date is not read), P016 the rank of an alinéa
    a relative clause tells (", qui devient l'alinéa 4,") that no point of its article
    explains, P019 the act's author told differently in two places (none chosen).
    """

    code = "P000"

    def __init__(
        self,
        message: str,
        *,
        code: str = "P001",
        article: str | None = None,
        location: Location | None = None,
        entry_into_force: bool = False,
    ) -> None:
        super().__init__(message, location=location)
        self.code = code
        self.article = article
        self.entry_into_force = entry_into_force
        """The refused article is an entry-into-force article: the dates of the act's
        provisions are then not known (docs/time.md)."""


# --- applying operations --------------------------------------------------------------------


@dataclass(frozen=True)
class ApplyContext:
    """What an apply error is about: the amending provision and the target it aimed at."""

    amending_article: str = ""
    point: str | None = None
    target: str = ""
    looked_for: str | None = None
    found: str | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        """Human description of the context, one clause per known field."""
        parts: list[str] = []
        src = f"art. {self.amending_article}" if self.amending_article else ""
        if self.point:
            src += f", {self.point}"
        if src:
            parts.append(f"amending {src}")
        if self.target:
            parts.append(f"target {self.target}")
        if self.looked_for is not None:
            parts.append(f'looked for "{self.looked_for}"')
        if self.found is not None:
            parts.append(f'the unit reads "{shorten(self.found)}"')
        if self.candidates:
            parts.append("did you mean " + " or ".join(f'"{c}"' for c in self.candidates))
        return "; ".join(parts)


def shorten(text: str, limit: int = 160) -> str:
    """Shorten ``text`` to ``limit`` characters with an ellipsis in the middle."""
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half]} [..] {text[-half:]}"


class ApplyError(ConsolidateError):
    """An operation cannot be applied. Carries the amending provision and the target."""

    code = "A000"

    def __init__(self, message: str, *, context: ApplyContext | None = None) -> None:
        self.context = context or ApplyContext()
        detail = self.context.describe()
        super().__init__(f"{message} ({detail})" if detail else message)


class TextNotFound(ApplyError):
    """The quoted words do not occur in the target unit."""

    code = "A001"


class AmbiguousTarget(ApplyError):
    """The quoted words occur more than once and the formula does not say "chaque fois"."""

    code = "A002"


class TargetNotFound(ApplyError):
    """The designated article / paragraph / alinéa / item does not exist."""

    code = "A003"


class LabelConflict(ApplyError):
    """A unit to insert has a label that already exists, or does not follow the sequence."""

    code = "A004"


class UnsupportedOperation(ApplyError):
    """The operation is well-formed but cannot be applied to this kind of unit."""

    code = "A005"


class LabelMismatch(LabelConflict):
    """A replacing text is labelled otherwise than the unit it replaces ("le 2° est remplacé
    par ce qui suit : "3° …"", "L'article 12 … est remplacé par : "Art. 13. …"")."""

    code = "A006"


class ChainConflict(ApplyError):
    """Two acts of a chain change the same unit on the same date and nothing orders them
    (docs/time.md: an order file settles it)."""

    code = "A007"


class RemovedByEarlierAct(ApplyError):
    """An operation's target was repealed by an earlier act of the chain (both are named)."""

    code = "A008"


class RetroactiveUnderLaterAct(ApplyError):
    """A provision takes effect before an act the base text already has, in an article that
    act changed: the text it would have found is not in the saved output (both are named;
    docs/time.md: give both acts in one run)."""

    code = "A009"


class NotInBaseText(ApplyError):
    """The operation is read, but what it works on is not in the base text as read: an annex
    of the act (the Justel reader leaves annexes out), a cell of a table, or new text that is
    an annex of the amending act not given in its page."""

    code = "A010"


class SameIdentity(ApplyError):
    """Two different acts of a chain have one identity: the same date and type and no Justel
    number tells them apart (the loi-programme (I) and (II) of one day, "L 2006-12-27/30" and
    "/32"), and both amend the same article numbers of the same text — their footnotes, the
    base's history and the order would take one for the other (docs/time.md)."""

    code = "A011"


class AmbiguousBase(ApplyError):
    """Two bases given in one language match the act an operation cites: one date and type,
    and no number tells them apart ("l'arrêté royal du 10 novembre 1967" cited without its
    number, and the bases of the arrêtés royaux n° 78 and n° 79 of that day). Both are named;
    the operation is not applied to either (docs/apply.md)."""

    code = "A012"


class RenderError(ConsolidateError):
    """A document cannot be rendered in the requested format."""

    code = "R001"
