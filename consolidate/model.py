"""The public data model: amending acts, their operations, identities, provenance, reports.

All models are frozen pydantic models with ``extra="forbid"``; the JSON Schemas in
``schemas/`` are generated from them (``python -m consolidate.schema``) and a test keeps them
in sync. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field


class Frozen(BaseModel):
    """Base of every model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Language = Literal["fr", "nl", "de"]


# --- where things come from -----------------------------------------------------------------


class SourceSpan(Frozen):
    """A span of the amending text (1-based lines and columns, end exclusive)."""

    line: int = Field(description="First line of the span (1-based).")
    column: int = Field(description="Column of the first character (1-based).")
    end_line: int = Field(description="Line of the end of the span.")
    end_column: int = Field(description="Column just after the last character.")


class ActRef(Frozen):
    """A reference to an act as an amending text cites it: type, date and (optional) title."""

    type: str = Field(description='Canonical act type, lower-case French: "loi", "arrêté royal".')
    date: dt.date = Field(description="Date of the act (its promulgation / signature date).")
    title: str | None = Field(
        default=None, description='Title after the date: "portant statut des militaires ...".'
    )

    def describe(self) -> str:
        """'loi du 16 mai 2001'."""
        return f"{self.type} du {self.date.isoformat()}"


class Step(Frozen):
    """One step of a path below an article."""

    unit: Literal["paragraph", "alinea", "point", "intro", "sentence"] = Field(
        description="paragraph (§), alinea, point (1°, a), 1)), intro (phrase liminaire), sentence"
    )
    label: str = Field(
        default="",
        description=(
            'The label as written: "1er", "2", "4°", "b)". For a sentence: its quoted text, or '
            '"#2" for "la deuxième phrase". Empty for intro.'
        ),
    )

    def describe(self) -> str:
        """French-style designation of this step."""
        if self.unit == "paragraph":
            return f"§ {self.label}"
        if self.unit == "alinea":
            return f"alinéa {self.label}"
        if self.unit == "intro":
            return "phrase liminaire"
        if self.unit == "sentence":
            return f'phrase "{self.label}"'
        return self.label


class Target(Frozen):
    """What an operation designates: an act, an article, and a path down to a unit."""

    act: ActRef
    article: str = Field(description='Article label as written: "10", "10bis", "71/1", "1er".')
    path: tuple[Step, ...] = Field(default=(), description="Steps below the article.")

    def describe(self) -> str:
        """'article 19, § 1er, alinéa 2, 4°' (without the act)."""
        parts = [f"article {self.article}", *(step.describe() for step in self.path)]
        return ", ".join(parts)


class Source(Frozen):
    """The amending provision an operation comes from."""

    article: str = Field(description='Article of the amending act: "2".')
    point: str | None = Field(default=None, description='Point label: "a)", "1.", "2°".')
    span: SourceSpan | None = Field(default=None, description="Where it is written.")

    def describe(self) -> str:
        """'art. 2, a)'."""
        return f"art. {self.article}" + (f", {self.point}" if self.point else "")


# --- new text ---------------------------------------------------------------------------------


class NewUnit(Frozen):
    """A unit of quoted new text: an alinéa, an item, a paragraph or an article.

    ``text`` is the unit's own text without its label (for an enumeration: its phrase
    liminaire); ``children`` are its items.
    """

    kind: Literal["article", "paragraph", "alinea", "point"]
    label: str | None = Field(default=None, description='Label as quoted: "3°", "b)", "1.".')
    text: str = Field(description="Own text, folded (single spaces, trimmed).")
    children: tuple[NewUnit, ...] = Field(default=(), description="Items of an enumeration.")


# --- operations -------------------------------------------------------------------------------


class OperationBase(Frozen):
    """Fields every operation has."""

    source: Source
    target: Target
    language: Literal["nl"] | None = Field(
        default=None, description='"nl" for "dans le texte néerlandais"; None: the French text.'
    )
    history: tuple[str, ...] = Field(
        default=(),
        description='History recitals of the designation: "remplacé par la loi du 19 juillet '
        '2018".',
    )


class ReplaceWords(OperationBase):
    """les mots "X" sont remplacés par les mots "Y"."""

    op: Literal["replace_words"] = "replace_words"
    old: str
    new: str
    every: bool = Field(default=False, description='"chaque fois" / "à chaque occurrence".')


class InsertWords(OperationBase):
    """les mots "Y" sont insérés entre les mots "A" et les mots "B" (or après/avant)."""

    op: Literal["insert_words"] = "insert_words"
    new: str
    after: str | None = Field(default=None, description="The words Y goes after (A).")
    before: str | None = Field(default=None, description="The words Y goes before (B).")


class RepealWords(OperationBase):
    """les mots "X" sont abrogés / supprimés."""

    op: Literal["repeal_words"] = "repeal_words"
    old: str
    every: bool = False


class AppendWords(OperationBase):
    """le 4° est complété par les mots "Y" (before the closing punctuation)."""

    op: Literal["append_words"] = "append_words"
    new: str


class ReplaceUnit(OperationBase):
    """l'alinéa 1er est remplacé par ce qui suit : "..."."""

    op: Literal["replace_unit"] = "replace_unit"
    new: tuple[NewUnit, ...]


class RepealUnit(OperationBase):
    """l'alinéa 2 est abrogé; l'article 39 est abrogé; la phrase "..." est abrogée."""

    op: Literal["repeal_unit"] = "repeal_unit"


class InsertUnit(OperationBase):
    """l'article est complété par le 3° / par sept alinéas; est inséré un alinéa ..."""

    op: Literal["insert_unit"] = "insert_unit"
    new: tuple[NewUnit, ...]
    position: Literal["end", "after", "before"] = Field(
        default="end", description="At the end of the target container, or next to an anchor."
    )
    anchor: Step | None = Field(default=None, description="The sibling for after/before.")
    announced_count: int | None = Field(
        default=None, description='Count announced by the formula ("sept alinéas" → 7).'
    )


Operation = Annotated[
    ReplaceWords | InsertWords | RepealWords | AppendWords | ReplaceUnit | RepealUnit | InsertUnit,
    Field(discriminator="op"),
]
OPERATION_KINDS: tuple[str, ...] = (
    "replace_words",
    "insert_words",
    "repeal_words",
    "append_words",
    "replace_unit",
    "repeal_unit",
    "insert_unit",
)


# --- amending acts ------------------------------------------------------------------------------


ArticleKind = Literal["amending", "constitutional_basis", "transitional", "entry_into_force"]


class EntryIntoForce(Frozen):
    """What an entry-into-force article says."""

    date: dt.date | None = Field(description="The date it sets (None: left to the King).")
    king_may_advance: bool = Field(
        default=False, description="The King may set an earlier date."
    )


class AmendingArticle(Frozen):
    """One article of an amending act, its kind, and what it does."""

    number: str = Field(description='"1er", "2", ...')
    kind: ArticleKind
    text: str = Field(description="The article's source text, as written.")
    span: SourceSpan
    operations: tuple[Operation, ...] = ()
    entry_into_force: EntryIntoForce | None = None


class AmendingActInfo(Frozen):
    """Identity of the amending act."""

    type: str = Field(description='"loi"')
    date: dt.date
    title: str
    numac: str | None = None
    justel_reference: str | None = Field(
        default=None, description='Justel case reference "2024-03-25/42".'
    )
    publication: dt.date | None = Field(default=None, description="Moniteur belge publication.")
    source_url: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def justel_id(self) -> str:
        """Justel style reference: 'L 2024-03-25/42' (falls back on the date)."""
        kind = JUSTEL_KINDS.get(self.type, self.type.upper())
        return f"{kind} {self.justel_reference or self.date.isoformat()}"


class AmendingAct(Frozen):
    """A parsed amending act."""

    act: AmendingActInfo
    articles: tuple[AmendingArticle, ...]

    def operations(self) -> list[Operation]:
        """Every operation, in the order of the act."""
        return [op for article in self.articles for op in article.operations]

    def in_force(self) -> dt.date | None:
        """Date in force of the act's operations (semantics §5).

        The entry-into-force article's date; without one, the tenth day after publication.
        """
        for article in self.articles:
            if article.entry_into_force and article.entry_into_force.date:
                return article.entry_into_force.date
        if self.act.publication:
            return self.act.publication + dt.timedelta(days=10)
        return None


JUSTEL_KINDS: dict[str, str] = {
    "loi": "L",
    "arrêté royal": "AR",
    "décret": "DECRET",
    "ordonnance": "ORD",
    "wet": "W",
    "koninklijk besluit": "KB",
}


# --- base documents -----------------------------------------------------------------------------


class ActIdentity(Frozen):
    """Identity of a base act (one language expression)."""

    type: str = Field(description='Canonical act type, lower-case French: "loi".')
    date: dt.date
    title: str = Field(description='Title after the type: "portant statut des militaires ...".')
    numac: str | None = None
    eli: str | None = Field(default=None, description='"eli/loi/2001/05/16/2001007141"')
    language: Language = "fr"
    is_model: bool = Field(default=False, description="The text is a model, not official.")
    version: int = Field(
        default=1, description="Highest Justel version number of this text (1: original)."
    )

    def matches(self, ref: ActRef) -> bool:
        """Whether an amending act's reference designates this act (type and date)."""
        return self.type == ref.type and self.date == ref.date


class Note(Frozen):
    """A Justel footnote as structured provenance: ``(1)<L 2024-03-25/42, art. 2, 002; ...>``."""

    number: int = Field(description="Footnote number inside its article.")
    kind: str = Field(description='Act kind as Justel writes it: "L", "AR", "W", "DECRET".')
    reference: str = Field(description='"2024-03-25/42"')
    article: str | None = Field(default=None, description='Amending article: "2" or "2, a)".')
    version: str | None = Field(default=None, description='Version of the amended act: "002".')
    in_force: dt.date | None = None
    in_force_text: str | None = Field(
        default=None, description='In-force text when not a date: "indéterminée".'
    )
    raw: str | None = Field(default=None, description="The footnote as read, when read.")


# --- reports ------------------------------------------------------------------------------------


OutcomeStatus = Literal["applied", "no_effect", "skipped", "failed"]


class Outcome(Frozen):
    """What happened to one operation."""

    index: int = Field(description="Position of the operation in the act (0-based).")
    op: str
    source: Source
    target: Target
    language: Literal["nl"] | None = None
    status: OutcomeStatus
    message: str | None = None
    error_code: str | None = None
    warnings: tuple[str, ...] = ()
    touched: tuple[str, ...] = Field(default=(), description="eIds of the units touched.")


class Report(Frozen):
    """One outcome per operation, in order."""

    act: str = Field(description='Justel id of the amending act: "L 2024-03-25/42".')
    in_force: dt.date | None = None
    outcomes: tuple[Outcome, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def counts(self) -> dict[str, int]:
        """Outcomes per status (every status present, zero included)."""
        counts = {"applied": 0, "no_effect": 0, "skipped": 0, "failed": 0}
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts

    @property
    def ok(self) -> bool:
        """No operation failed."""
        return all(outcome.status != "failed" for outcome in self.outcomes)
