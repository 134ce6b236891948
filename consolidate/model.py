"""The public data model: amending acts, their operations, identities, provenance, reports.

All models are frozen pydantic models with ``extra="forbid"``; the JSON Schemas in
``schemas/`` are generated from them (``python -m consolidate.schema``) and a test keeps them
in sync. This module imports nothing from the rest of the package.

Its annotations are evaluated when the module runs (no ``from __future__ import
annotations``): pydantic then takes the types as they are instead of evaluating each
annotation's string again while it builds the models, a part of the command's start-up
(docs/benchmarks.md, "Start-up (3 December 2026, day)"). A model named before it is defined is
written as a string (``tuple["NewUnit", ...]``).
"""

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    computed_field,
    model_serializer,
)


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
    """A reference to an act as an amending text cites it.

    Either a dated act (``type`` + ``date``: "la loi du 16 mai 2001 ...", "l'arrêté du
    Gouvernement wallon du 4 décembre 2014 ...") or a Code by name (``code``: "le Code pénal",
    "du Code judiciaire"; ``date`` may then be None). ``type`` is the canonical French act type
    (see :data:`ACT_FAMILIES`); ``coordinated`` marks "lois coordonnées le 14 juillet 1994";
    ``number`` is the number of a numbered act ("l'arrêté royal n° 78 du 10 novembre 1967",
    "het koninklijk besluit nr. 78 van …": n° 78 and n° 79 are two acts of that day).
    """

    type: str = Field(description='Canonical act type, lower-case French: "loi", "arrêté royal".')
    date: dt.date | None = Field(
        default=None, description="Date of the act (promulgation / signature); None for a Code."
    )
    title: str | None = Field(
        default=None, description='Title after the date: "portant statut des militaires ...".'
    )
    code: str | None = Field(
        default=None, description='Name of a Code cited by name: "Code pénal", "Code civil".'
    )
    coordinated: dt.date | None = Field(
        default=None, description='"coordonnées le 14 juillet 1994": the date of coordination.'
    )
    number: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,  # written only when it says something
        description='The number of a numbered act: "78" for "l\'arrêté royal n° 78 du 10 '
        'novembre 1967" / "het koninklijk besluit nr. 78 van 10 november 1967".',
    )

    def describe(self) -> str:
        """'loi du 16 mai 2001', 'arrêté royal n° 78 du 1967-11-10', 'Code pénal'."""
        if self.code and self.date is None:
            return self.code
        when = self.date.isoformat() if self.date else "?"
        number = f" n° {self.number}" if self.number else ""
        return f"{self.type}{number} du {when}"

    def same_act(self, other: "ActRef") -> bool:
        """Whether ``other`` cites the same act, however it is written: the title aside (a
        citation may shorten it), and the two shapes of coordinated laws as one ("les lois
        coordonnées du 12 janvier 1973 sur le Conseil d'État" and "les lois sur le Conseil
        d'État, coordonnées le 12 janvier 1973": the date of the one is the coordination of the
        other)."""
        return self._key() == other._key()

    def _key(self) -> tuple[object, ...]:
        dates: object = (self.date, self.coordinated)
        if self.type == "lois coordonnées":
            dates = frozenset(date for date in (self.date, self.coordinated) if date is not None)
        return (ACT_FAMILIES.get(self.type, self.type), dates, self.code, self.number)


#: "subtitle": the Code civil's "livre 3, titre 4, sous-titre 2" (between a title and a chapter)
DivisionKind = Literal["part", "book", "title", "subtitle", "chapter", "section", "subsection"]
DIVISION_KINDS: tuple[str, ...] = ("part", "book", "title", "subtitle", "chapter", "section",
                                   "subsection")
#: French names of the divisions (for messages; the lexicon holds the ones the parser reads)
DIVISION_NAMES: dict[str, str] = {
    "part": "partie", "book": "livre", "title": "titre", "subtitle": "sous-titre",
    "chapter": "chapitre",
    "section": "section", "subsection": "sous-section",
}

StepUnit = Literal[
    "paragraph", "alinea", "point", "tiret", "intro", "sentence", "heading", "article",
    "part", "book", "title", "subtitle", "chapter", "section", "subsection", "table", "row",
    "column",
    "number", "headed",
]


#: the end of a sentence label that gives the sentence's first words only
SENTENCE_START = "…"


class Step(Frozen):
    """One step of a path: a division, an article (as an anchor), or a unit below an article.

    Units below an article: paragraph (§), alinea, point (1°, a), 1)), tiret (a dash item,
    counted from 1), intro (phrase liminaire), sentence, heading (the intitulé of the unit the
    path designates so far: a division's heading, an article's title, or, alone, the act's
    title). Divisions (part, book, title, chapter, section, subsection) appear in
    :attr:`Target.divisions` and as anchors; ``article`` only as an anchor. A table and its
    cells (mostly in an annex, :attr:`Target.annex`): ``table`` (label empty, or the words that
    describe it: "où figurent les indicateurs clés"), ``row`` (labelled by the words of its
    first cell: its number "III.6", "VII.2.1.1", or a name, "Louvain" for "en regard du siège
    de Louvain"), ``column`` (by rank, "#5" for "la cinquième colonne", or by its heading,
    "Juges" for "la colonne "Juges""). ``number`` is a label whose kind the page lost ("au 2,
    b)", "dans le 1er", "l'article 2, n,": a § 2, an alinéa 2 or a 2°; the item n)): the
    applier resolves it against the base text (exactly one kind must fit there, else it
    refuses: A003 none, A002 several). ``headed`` is a unit designated by its first words, its
    heading or its defined term ("à la catégorie A", "la définition de la classe 3": label
    "catégorie A", "classe 3"): the alinéa or item of that place whose text starts with them
    (exactly one, else refused).
    """

    unit: StepUnit = Field(description="The kind of unit (see the class docstring).")
    label: str = Field(
        default="",
        description=(
            'The label as written: "1er", "2", "4°", "b)", "II", "3/1". For a sentence: its '
            'quoted text, its first words and "…" for "la phrase commençant par les mots "…"", '
            'or "#2" for "la deuxième phrase" ("#-1": the last). A tiret or an '
            'alinéa by rank may be "#-1" (the last), "#-2" (the one before). Empty for intro '
            "and heading."
        ),
    )
    until: str | None = Field(
        default=None,
        description='Last label of a range: "les 2° à 4°" is label "2°", until "4°".',
    )
    occurrence: int | None = Field(
        default=None,
        exclude_if=lambda value: value is None,  # written only when it says something
        description='For a label the base holds twice, which one: "l\'article 585, 9°, '
        '(deuxième numéro 9°)" is label "9°", occurrence 2 (None: the label is unique).',
    )

    def describe(self) -> str:
        """French-style designation of this step."""
        text = self._describe_one(self.label)
        if self.until is not None:
            text += " à " + self._describe_one(self.until)
        if self.occurrence is not None:
            text += f" (n° {self.occurrence} of that label)"
        return text

    def _describe_one(self, label: str) -> str:
        if label in _RANKED and self.unit in ("paragraph", "point"):
            return f"{_RANKED[label]} {_RANK_NOUNS[self.unit]}"
        if self.unit == "paragraph":
            return f"§ {label}"
        if self.unit == "alinea":
            return _RANKED_ALINEAS.get(label, f"alinéa {label.removeprefix('#')}")
        if self.unit == "intro":
            return "phrase liminaire"
        if self.unit == "sentence":
            if label.endswith(SENTENCE_START):
                return f'phrase commençant par "{label.removesuffix(SENTENCE_START)}"'
            return f'phrase "{label}"'
        if self.unit == "heading":
            return "intitulé"
        if self.unit == "tiret":
            return f"tiret {label}"
        if self.unit == "headed":
            return f'unité commençant par "{label}"'
        if self.unit == "article":
            return f"article {label}"
        if self.unit == "table":
            return f"tableau {label}".rstrip()
        if self.unit == "row":
            return f"ligne {label}"
        if self.unit == "column":
            return f"colonne {label}"
        if self.unit in DIVISION_NAMES:
            return f"{DIVISION_NAMES[self.unit]} {label}"
        return label


#: an alinéa designated by its rank from the end ("le dernier alinéa": label "#-1")
_RANKED_ALINEAS = {"#-1": "dernier alinéa", "#-2": "avant-dernier alinéa"}
#: other units by rank ("le deuxième paragraphe": "#2")
_RANKED = {"#-1": "dernier", "#-2": "avant-dernier", "#1": "premier", "#2": "deuxième",
           "#3": "troisième", "#4": "quatrième", "#5": "cinquième"}
_RANK_NOUNS = {"paragraph": "paragraphe", "point": "point"}


class Target(Frozen):
    """What an operation designates: an act, then a division, an article, a path to a unit.

    ``article`` None designates the act itself or, with ``divisions``, a division of it
    ("le chapitre II de la même loi", "l'intitulé de la loi": path ``(heading,)``).
    ``article_until`` makes a range of articles ("les articles 5 à 8": "5" until "8"),
    expanded against the base text by the applier (5, 5bis, 6, 7, 7/1, 8 ...).
    """

    act: ActRef
    annex: str | None = Field(
        default=None,
        description='The annex of the act the target is in: its label as written ("II", '
        '"Ire", "III/1", "10bis"), "" for the act\'s only annex ("l\'annexe au Code '
        'judiciaire"); None: the act\'s own text. Divisions, article and path are then the '
        "annex's.",
    )
    article: str | None = Field(
        default=None, description='Article label as written: "10", "10bis", "71/1", "1er".'
    )
    article_until: str | None = Field(
        default=None, description='Last article of a range: "les articles 5 à 8" → "8".'
    )
    divisions: tuple[Step, ...] = Field(
        default=(), description='Divisions, outermost first: "titre II, chapitre 3".'
    )
    path: tuple[Step, ...] = Field(default=(), description="Steps below the article.")

    @model_serializer(mode="wrap")
    def _without_annex(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``annex`` is written only when the target is in an annex (the serialised targets
        of an act's own text are as they were before annexes were read)."""
        data: dict[str, object] = handler(self)
        if self.annex is None:
            data.pop("annex", None)
        return data

    def describe(self) -> str:
        """'article 19, § 1er, alinéa 2, 4°' (without the act); 'chapitre II'; 'intitulé'."""
        parts = [step.describe() for step in self.divisions]
        if self.annex is not None:
            parts.insert(0, f"annexe {self.annex}".rstrip())
        if self.article is not None:
            article = f"article {self.article}"
            if self.article_until is not None:
                article = f"articles {self.article} à {self.article_until}"
            parts.append(article)
        parts.extend(step.describe() for step in self.path)
        return ", ".join(parts) if parts else "l'acte"


class Source(Frozen):
    """The amending provision an operation comes from."""

    article: str = Field(description='Article of the amending act: "2".')
    point: str | None = Field(default=None, description='Point label: "a)", "1.", "2°".')
    span: SourceSpan | None = Field(default=None, description="Where it is written.")

    def describe(self) -> str:
        """'art. 2, a)'."""
        return f"art. {self.article}" + (f", {self.point}" if self.point else "")


# --- new text ---------------------------------------------------------------------------------


NewUnitKind = Literal[
    "article", "paragraph", "alinea", "point", "tiret", "sentence", "heading",
    "part", "book", "title", "subtitle", "chapter", "section", "subsection", "annex", "row",
    "text",
]


class NewUnit(Frozen):
    """A unit of quoted new text: a division, an article, a paragraph, an alinéa, an item,
    a sentence or a heading (intitulé).

    ``text`` is the unit's own text without its label (for an enumeration: its phrase
    liminaire; for a division: its heading, e.g. "Des attestations de sécurité"); ``children``
    are its items (for a division: its articles and sub-divisions; for an article: its
    paragraphs or alinéas).
    """

    kind: NewUnitKind
    label: str | None = Field(default=None, description='Label as quoted: "3°", "b)", "1.".')
    text: str = Field(description="Own text, folded (single spaces, trimmed).")
    heading: str | None = Field(
        default=None, description='An article\'s own title when it has one ("Art. 5. Définitions").'
    )
    children: tuple["NewUnit", ...] = Field(default=(), description="Items of an enumeration.")
    joined: str | None = Field(
        default=None,
        description='Where the new text is when the amending act does not quote it: the label '
        'of the amending act\'s own annex that holds it ("II" for "… sont remplacées par les '
        'annexes Ire et II jointes à la présente loi", "V" for "… par une ligne jointe comme '
        'annexe V à la présente loi"). ``text`` is then empty (kind ``annex``, ``row``, a '
        'division, or ``text`` when the act says only "le texte ajouté à l\'annexe III/1").',
    )

    @model_serializer(mode="wrap")
    def _without_joined(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``joined`` is written only for a text joined as an annex (as for ``annex``)."""
        data: dict[str, object] = handler(self)
        if self.joined is None:
            data.pop("joined", None)
        return data


# --- operations -------------------------------------------------------------------------------


class OperationBase(Frozen):
    """Fields every operation has."""

    source: Source
    target: Target
    language: Language | None = Field(
        default=None,
        description='The text the operation amends when the act restricts it: "nl" for "dans '
        'le texte néerlandais" (in a French act), "fr" for "in de Franse tekst" (in a Dutch '
        "act); None: the text of the act's own language.",
    )
    history: tuple[str, ...] = Field(
        default=(),
        description='History recitals of the designation: "remplacé par la loi du 19 juillet '
        '2018".',
    )


#: the description of ``except_in`` (ReplaceWords, RepealWords)
EXCEPT_IN = (
    '"… sont remplacés par les mots « Y », sauf à l\'alinéa 3", "… behalve in het derde lid": '
    "the path, below the target, of the unit whose occurrences are left as they are (the "
    "others are changed: all of them with ``every``, else exactly one; A003 when the unit is "
    "not in the target); written to JSON only when set.")


class ReplaceWords(OperationBase):
    """les mots "X" sont remplacés par les mots "Y"."""

    op: Literal["replace_words"] = "replace_words"
    old: str
    new: str
    every: bool = Field(default=False, description='"chaque fois" / "à chaque occurrence".')
    times: int | None = Field(
        default=None, ge=2, description='"sont remplacés à deux reprises", "worden tweemaal '
        'vervangen": the words occur exactly so many times in the target, each replaced '
        "(other counts: A001 / A002); written to JSON only when set.",
    )
    except_in: tuple[Step, ...] = Field(default=(), description=EXCEPT_IN)

    @model_serializer(mode="wrap")
    def _without_times(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``times`` and ``except_in`` are written only when set (replacements read before
        them serialise as they did)."""
        data: dict[str, object] = handler(self)
        if self.times is None:
            data.pop("times", None)
        if not self.except_in:
            data.pop("except_in", None)
        return data


class InsertWords(OperationBase):
    """les mots "Y" sont insérés entre les mots "A" et les mots "B" (or après/avant)."""

    op: Literal["insert_words"] = "insert_words"
    new: str
    after: str | None = Field(default=None, description="The words Y goes after (A).")
    before: str | None = Field(default=None, description="The words Y goes before (B).")
    every: bool = Field(
        default=False, description='"sont à chaque fois insérés": at every place (2019030478, '
        "art. 20, 1° /1); written to JSON only when set.",
    )
    at_start: bool = Field(
        default=False, description='"au début de l\'alinéa 1er, le mot « Y » est inséré", '
        '"aan het begin van het eerste lid wordt het woord "Y" toegevoegd": before the '
        "unit's first word (no after / before); written to JSON only when set.",
    )

    @model_serializer(mode="wrap")
    def _without_every(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``every`` and ``at_start`` are written only when set (insertions read before them
        serialise as they did)."""
        data: dict[str, object] = handler(self)
        if not self.every:
            data.pop("every", None)
        if not self.at_start:
            data.pop("at_start", None)
        return data


class RepealWords(OperationBase):
    """les mots "X" sont abrogés / supprimés."""

    op: Literal["repeal_words"] = "repeal_words"
    old: str
    every: bool = False
    times: int | None = Field(
        default=None, ge=2, description='"sont supprimés à deux reprises", "worden tweemaal '
        'geschrapt": exactly so many occurrences, each removed; written to JSON only when set.',
    )
    except_in: tuple[Step, ...] = Field(default=(), description=EXCEPT_IN)

    @model_serializer(mode="wrap")
    def _without_times(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``times`` and ``except_in`` are written only when set."""
        data: dict[str, object] = handler(self)
        if self.times is None:
            data.pop("times", None)
        if not self.except_in:
            data.pop("except_in", None)
        return data


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
    """l'article est complété par le 3° / par sept alinéas; est inséré un alinéa ...;
    "il est inséré un article 10/1" (target: the act, or a division; the units are articles
    or divisions); "il est inséré un § 3/1" (position ``label``: placed by its label).

    The target is the *container*: the article (for §, alinéas, points), the article's unit
    (for its sub-units), a division or the act (for articles and divisions).
    """

    op: Literal["insert_unit"] = "insert_unit"
    new: tuple[NewUnit, ...]
    position: Literal["end", "start", "after", "before", "label"] = Field(
        default="end",
        description="At the end / start of the container, next to an anchor, or placed by "
        "the new unit's label among its siblings.",
    )
    anchor: Step | None = Field(default=None, description="The sibling for after/before.")
    announced_count: int | None = Field(
        default=None, description='Count announced by the formula ("sept alinéas" → 7).'
    )
    holds: tuple[Step, ...] = Field(
        default=(),
        exclude_if=lambda value: not value,  # written only when it says something
        description='The articles a new division holds when the formula names them and the '
        'quote brings none ("il est inséré une sous-section 1ère, comportant les articles '
        '13/1, 13/1/1, 13/1/2, intitulée …", "een afdeling 3, die de artikelen 10/1 tot 10/3 '
        'bevat"): steps of unit ``article`` (``until`` for a range). The articles the base has '
        'move into the division, the others must be inserted by the same act (docs/apply.md); '
        'written to JSON only when set.',
    )


class RestoreUnit(OperationBase):
    """l'article 39, abrogé par la loi du ..., est rétabli dans la rédaction suivante : "...".

    The target is the repealed unit (a tombstone in the base): its text comes back.
    """

    op: Literal["restore_unit"] = "restore_unit"
    new: tuple[NewUnit, ...]


class Renumber(OperationBase):
    """l'article 5 devient l'article 6; "les alinéas 2 et 3 deviennent respectivement les
    alinéas 3 et 4" (one operation per unit); "le § 1er formera le § 2"; "renuméroté"."""

    op: Literal["renumber"] = "renumber"
    new_label: str = Field(description='The unit\'s new label: "6", "3", "2°".')


#: "point": "le 2°, dont le texte actuel formera le a), est complété par un b)"
WrapKind = Literal["paragraph", "point", "part", "book", "title", "subtitle", "chapter",
                   "section", "subsection"]


class WrapUnit(OperationBase):
    """"L'article 1500 du Code judiciaire, dont le texte actuel formera le paragraphe 1er, est
    complété par un paragraphe 2 …": the present content of the target (an article's alinéas)
    becomes one new unit inside it (§ 1er), before the other operations of the instruction
    apply to the new structure. Emitted first, on the same target as the operation that
    follows it."""

    op: Literal["wrap_unit"] = "wrap_unit"
    unit: WrapKind = Field(description='The kind of the new unit: "paragraph".')
    label: str = Field(description='Its label as written: "1er".')
    heading: str | None = Field(
        default=None, description='A new division\'s heading: "Régime général".'
    )


class ReplacePunctuation(OperationBase):
    """"au 4°, le point final est remplacé par un point-virgule", "le point final du 3° est
    remplacé par les mots "; et"", "in de bepaling onder 4° wordt het punt aan het einde
    vervangen door een puntkomma": the mark that ends the unit's text is replaced. Not a
    ``replace_words`` of ".": the mark is found by its place (the end of the unit), not by
    searching its character, which any abbreviation ("art. 5") holds too."""

    op: Literal["replace_punctuation"] = "replace_punctuation"
    old: str = Field(description='The mark the unit ends with: ".", ";", ",", ":".')
    new: str = Field(description='What takes its place: ";", ".", "; et" (words: as quoted).')
    position: Literal["final"] = Field(
        default="final", description="Where the mark is: the end of the unit's text (the only "
        "place the formula names).")


Operation = Annotated[
    ReplaceWords
    | InsertWords
    | RepealWords
    | AppendWords
    | ReplaceUnit
    | RepealUnit
    | InsertUnit
    | RestoreUnit
    | Renumber
    | WrapUnit
    | ReplacePunctuation,
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
    "restore_unit",
    "renumber",
    "wrap_unit",
    "replace_punctuation",
)


# --- amending acts ------------------------------------------------------------------------------


ArticleKind = Literal[
    "amending",             # operations on other acts
    "constitutional_basis", # "règle une matière visée à l'article 74 de la Constitution"
    "entry_into_force",     # dates in force (``entry_into_force`` rules)
    "execution",            # "Le ministre ... est chargé de l'exécution du présent arrêté."
    "transitional",         # positive evidence only: "à titre transitoire", "reste applicable" …
    "autonomous",           # a rule of the act itself, with no amending vocabulary at all
    "unsupported",          # amending, but the grammar cannot apply it (annex, table): refusal
    "annex",                # the act's own annexes (a Justel page's "Article N." under ANNEXE)
]

InForceMode = Literal[
    "date",          # "entre en vigueur le 1er janvier 2024"
    "publication",   # "le jour de sa publication au Moniteur belge"
    "days_after",    # "le dixième jour qui suit sa publication" (``days``)
    "month_after",   # "le premier jour du mois qui suit sa publication" (``days`` = months)
    "months_after",  # "six mois après sa publication": the same day N months on (``days`` = N)
    "fixed_by_king", # "à la date fixée par le Roi" / "par le Gouvernement" (pending)
    "retroactive",   # "produit ses effets le 1er janvier 2023"
    "conditional",   # "au moment de l'entrée en vigueur de l'article 20 de la loi …" (pending)
]


class EntryIntoForce(Frozen):
    """One rule of an entry-into-force article.

    ``provisions`` empty: the whole act (less ``except_provisions``); otherwise the articles it
    concerns ("L'article 5 entre en vigueur le …", "Les articles 2 à 4 produisent leurs
    effets le …": ["2", "3", "4"] as written, ranges as "2-4"), or a division of the act
    in words ("chapitre", "titre", "section": "Le présent chapitre entre en vigueur …").
    ``condition`` holds the words of a ``conditional`` rule. ``date`` is the date in force
    when known (for ``publication`` / ``days_after`` it is computed from the publication date
    when the act gives it). ``fixed_by_king`` with a ``deadline``: "au plus tard le …".
    """

    date: dt.date | None = Field(description="The date it sets (None: not known / pending).")
    mode: InForceMode = Field(default="date", description="How the date is set.")
    days: int | None = Field(default=None, description="For days_after / month_after.")
    authority: str | None = Field(
        default=None, description='Who fixes a pending date: "Roi", "Gouvernement wallon".'
    )
    deadline: dt.date | None = Field(
        default=None, description='"et au plus tard le …" for a date fixed by the King.'
    )
    provisions: tuple[str, ...] = Field(
        default=(), description="Articles concerned (empty: the whole act)."
    )
    except_provisions: tuple[str, ...] = Field(
        default=(), description='"à l\'exception des articles 19 à 25".'
    )
    king_may_advance: bool = Field(
        default=False, description="The King may set an earlier date."
    )
    until: dt.date | None = Field(
        default=None, description='"et cesse d\'être en vigueur le …", "en treedt buiten '
        'werking op …": the first day the provisions are no longer in force; written to JSON '
        "only when set.",
    )
    condition: str | None = Field(
        default=None, description="For a conditional rule: the event it waits for, as written."
    )
    target_act: ActRef | None = Field(
        default=None,
        description="For an act fixing another act's date (\"fixant l'entrée en vigueur de "
        "l'article 5 de la loi du …\"): that act; ``provisions`` are its articles.",
    )

    @model_serializer(mode="wrap")
    def _without_until(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``until`` is written only when set (rules read before it serialise as they did)."""
        data: dict[str, object] = handler(self)
        if self.until is None:
            data.pop("until", None)
        return data


class AmendingArticle(Frozen):
    """One article of an amending act, its kind, and what it does."""

    number: str = Field(description='"1er", "2", ...')
    kind: ArticleKind
    text: str = Field(description="The article's source text, as written.")
    span: SourceSpan
    operations: tuple[Operation, ...] = ()
    entry_into_force: tuple[EntryIntoForce, ...] = Field(
        default=(), description="The rules of an entry-into-force article, in order."
    )
    transitional: tuple[str, ...] = Field(
        default=(), description="The alinéas of an entry-into-force article that are "
        "transitional rules (read on evidence: \"conservent le bénéfice …\"), as written; they "
        "amend nothing.",
    )
    refusal: str | None = Field(
        default=None,
        description="For an unsupported article: the error code and why it is not applied.",
    )


#: who made an act of an entity: its parliament or government (docs/justel.md, "Authors").
#: ``flemish`` the Flemish Community / Region, ``walloon`` the Walloon Region,
#: ``french_community``, ``german_community``, ``brussels`` the Brussels-Capital Region,
#: ``cocof`` the Commission communautaire française, ``cocom`` the Commission communautaire
#: commune (its Assemblée réunie, its Collège réuni)
Author = Literal["flemish", "walloon", "french_community", "german_community", "brussels",
                 "cocof", "cocom"]


class AmendingActInfo(Frozen):
    """Identity of the amending act.

    ``author``: which parliament or government made it, when the act says so (its front
    matter's ``department``, its title "Décret de la Région wallonne …", its enacting formula
    "Le Parlement wallon a adopté et Nous, Gouvernement wallon, sanctionnons …"); None when
    nothing tells (a loi, a décret whose author is not told: its Justel kind is then ``DEC``,
    never a guess). Written in JSON only when known.
    """

    type: str = Field(description='"loi"')
    date: dt.date
    title: str
    numac: str | None = None
    justel_reference: str | None = Field(
        default=None, description='Justel case reference "2024-03-25/42".'
    )
    publication: dt.date | None = Field(default=None, description="Moniteur belge publication.")
    source_url: str | None = None
    author: Author | None = Field(
        default=None, description='Who made the act: "walloon" for a décret of the Walloon '
        "Region (see Author); absent when the act does not tell.",
    )

    @model_serializer(mode="wrap")
    def _without_author(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``author`` is written only when known (a loi's identity is as it was)."""
        data: dict[str, object] = handler(self)
        if self.author is None:
            data.pop("author", None)
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def justel_id(self) -> str:
        """Justel style reference: 'L 2024-03-25/42', 'DRW 2019-05-02/13' (a Walloon décret;
        falls back on the date)."""
        kind = justel_kind(self.type, self.author)
        return f"{kind} {self.justel_reference or self.date.isoformat()}"


class Problem(Frozen):
    """An error (or a warning) met while reading an act with ``keep_going``."""

    code: str = Field(description='Stable error code: "P001".')
    severity: Literal["error", "warning"] = "error"
    message: str
    article: str | None = Field(default=None, description="The amending article concerned.")
    source: str = Field(default="<text>", description="File (or name) of the amending text.")
    line: int = 0
    column: int = 0
    entry_into_force: bool = Field(
        default=False, description="The refused article is an entry-into-force article: the "
        "dates of the act's provisions it may rule are not known (mode 'unknown', "
        "docs/time.md); written to JSON only when set.",
    )

    @model_serializer(mode="wrap")
    def _without_in_force(self, handler: SerializerFunctionWrapHandler) -> Any:
        """``entry_into_force`` is written only when set (problems read before it serialise
        as they did)."""
        data: dict[str, object] = handler(self)
        if not self.entry_into_force:
            data.pop("entry_into_force", None)
        return data

    def render(self) -> str:
        """``FILE:LINE:COL: error[P001]: message`` (as the CLI prints it)."""
        where = f"{self.source}:{self.line}:{self.column or 1}" if self.line else self.source
        return f"{where}: {self.severity}[{self.code}]: {self.message}"


class AmendingAct(Frozen):
    """A parsed amending act.

    With ``keep_going`` (``consolidate.parse(..., keep_going=True)``, ``parse --keep-going``)
    every readable article is in ``articles`` and every unreadable one is a ``Problem`` (an
    article one of whose points cannot be read keeps its other points; that point is the
    ``Problem``).
    """

    act: AmendingActInfo
    articles: tuple[AmendingArticle, ...]
    problems: tuple[Problem, ...] = Field(
        default=(), description="Errors and warnings met while reading (keep_going)."
    )

    def operations(self) -> list[Operation]:
        """Every operation, in the order of the act."""
        return [op for article in self.articles for op in article.operations]

    def in_force(self) -> dt.date | None:
        """Date in force of the act as a whole (semantics §5).

        The date of the first rule that concerns the whole act; without one, the tenth day
        after publication — unless an entry-into-force article was refused (``keep_going``):
        then None, not known. Per provision: :func:`consolidate.timeline.provision_time`.
        """
        for article in self.articles:
            for rule in article.entry_into_force:
                if not rule.provisions and rule.target_act is None and rule.date:
                    return rule.date
        for article in self.articles:
            for rule in article.entry_into_force:
                if rule.target_act is None and rule.date:
                    return rule.date
        if any(p.entry_into_force and p.severity == "error" for p in self.problems):
            return None  # its entry-into-force article was refused: no default date
        if self.act.publication:
            return self.act.publication + dt.timedelta(days=10)
        return None


def _fold_name(name: str) -> str:
    """'Code pénal' → 'code penal' (for matching Code names)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


#: canonical act type → family used when matching a citation to a base text
ACT_FAMILIES: dict[str, str] = {
    "loi": "loi", "loi spéciale": "loi", "loi-programme": "loi", "loi ordinaire": "loi",
    "lois coordonnées": "loi", "arrêté royal": "arrêté royal", "arrêté-loi": "arrêté-loi",
    "arrêté ministériel": "arrêté ministériel", "décret": "décret", "ordonnance": "ordonnance",
}

#: canonical act type → the kind letters Justel prints in footnotes (French pages; the Dutch
#: writer maps L → W, AR → KB, AGF → BVR: lang/nl_words.py). Seen on the Justel pages in
#: ../shared: L, AR, AL, ORD, DEC (<DEC 2024-04-04/03 …> on Brussels ordonnances), DCFL (a
#: Flemish décret), DCG (a German-speaking Community décret: <Inséré par DCG 2014-05-05/13 …>)
#: AGF (an arrêté du Gouvernement flamand: "par AGF 2017-04-28/25, art. 9" in a NOTE) and ARR
#: (the arrêté fixing the entry into force of a Brussels ordonnance: the Brussels Government's,
#: "par ARR 2014-09-04/20, art. 1", corpus 2014031473; the Collège réuni's, "par ARR
#: 2009-10-22/19, art. 17", corpus 2009031003, art. 8). AGW and AGCF follow AGF's
#: pattern and are not seen on a page in ../shared; the other governments' and Collèges' acts
#: have no attested kind and keep their type in capitals (docs/justel.md, "Kinds of the acts
#: of the entities").
JUSTEL_KINDS: dict[str, str] = {
    "loi": "L",
    "loi spéciale": "L",
    "loi-programme": "L",
    "lois coordonnées": "L",
    "arrêté royal": "AR",
    "arrêté-loi": "AL",
    "arrêté ministériel": "AM",
    "décret": "DEC",
    "decret": "DEC",  # the type word of an ELI (…/eli/decret/2016/07/15/…)
    "décret-programme": "DEC",
    "décret flamand": "DCFL",
    "ordonnance": "ORD",
    "arrêté du Gouvernement flamand": "AGF",
    "arrêté du Gouvernement wallon": "AGW",
    "arrêté du Gouvernement de la Communauté française": "AGCF",
    "arrêté du Gouvernement de la Région de Bruxelles-Capitale": "ARR",
    "arrêté du Collège réuni": "ARR",
    "wet": "W",
    "koninklijk besluit": "KB",
}


#: the kind of a décret by its author, on a French page (docs/justel.md, "Authors"): DCFL
#: (corpus 2013035311, citing the Flemish décret 2016-07-15/17) and DCG (corpus 2004033073,
#: "<Inséré par DCG 2014-05-05/13 …>") are seen on pages in ../shared; DRW (Walloon Region)
#: and DCFR (French Community) are Justel's usual kinds, not seen on a page here. The décrets
#: of the Commission communautaire française, joint décrets and those whose author is not
#: told keep ``DEC`` (as Justel writes the joint act 2024-04-04/03, corpus 2009031003).
DECREE_KINDS: dict[str, str] = {
    "flemish": "DCFL", "german_community": "DCG", "walloon": "DRW", "french_community": "DCFR",
}
#: the types that are décrets (their kind depends on the author)
DECREE_TYPES: tuple[str, ...] = ("décret", "decret", "décret-programme")
#: the author each kind of Justel names (French and Dutch pages): ``verify`` matches a note's
#: kind to the act's author; DEC, L, AR, ORD … name none
KIND_AUTHORS: dict[str, tuple[str, ...]] = {
    "DCFL": ("flemish",), "DVR": ("flemish",), "AGF": ("flemish",), "BVR": ("flemish",),
    "DRW": ("walloon",), "AGW": ("walloon",),
    "DCFR": ("french_community",), "DECF": ("french_community",),
    "AGCF": ("french_community",),
    "DCG": ("german_community",),
    "ARR": ("brussels", "cocom"),  # the Brussels Government's and the Collège réuni's
}
#: the author an act type itself names ("arrêté du Gouvernement wallon")
TYPE_AUTHORS: dict[str, str] = {
    "décret flamand": "flemish",
    "arrêté du Gouvernement flamand": "flemish",
    "arrêté du Gouvernement wallon": "walloon",
    "arrêté du Gouvernement de la Communauté française": "french_community",
    "arrêté du Gouvernement de la Communauté germanophone": "german_community",
    "arrêté du Gouvernement de la Région de Bruxelles-Capitale": "brussels",
    "arrêté du Collège réuni": "cocom",
    "arrêté du Collège de la Commission communautaire française": "cocof",
}


def justel_kind(type_: str, author: str | None = None) -> str:
    """The kind Justel writes for an act of this type and author (French pages): 'L', 'AR',
    'DRW' for a Walloon décret, 'DEC' for a décret whose author is not told."""
    if author is not None and type_ in DECREE_TYPES and author in DECREE_KINDS:
        return DECREE_KINDS[author]
    return JUSTEL_KINDS.get(type_, type_.upper())


def act_author(type_: str, author: str | None) -> str | None:
    """The act's author: told (``author``), or named by its type (an arrêté of a government)."""
    return author if author is not None else TYPE_AUTHORS.get(type_)


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

    aliases: tuple[str, ...] = Field(
        default=(),
        description='Names the act is cited by: "Code pénal" for the loi du 8 juin 1867.',
    )

    @property
    def number(self) -> str | None:
        """The act's number as its title begins with it ("n° 78 relatif à l'art de guérir",
        "nr. 78 betreffende …": the Justel title line "Arrêté royal n° 78 …"), or None."""
        found = _TITLE_NUMBER.match(self.title)
        return found["number"] if found else None

    def matches(self, ref: ActRef) -> bool:
        """Whether an amending act's reference designates this act.

        A Code cited by name matches an alias (case and accents folded); a dated reference
        matches the type family (:data:`ACT_FAMILIES`: a "loi spéciale" or "loi-programme" is
        a loi) and the date — or the date of coordination for "lois coordonnées". A numbered
        reference ("n° 78") does not match a base whose title gives another number ("n° 79");
        a base without a number matches by type and date (the applier refuses, A012, two
        bases of one identity that the number cannot tell apart).
        """
        if ref.code is not None:
            wanted = _fold_name(ref.code)
            if any(_fold_name(alias) == wanted for alias in self.aliases):
                return True
            if ref.date is None:
                return False
        family = ACT_FAMILIES.get(ref.type, ref.type)
        if ACT_FAMILIES.get(self.type, self.type) != family:
            return False
        if ref.number is not None and self.number not in (None, ref.number):
            return False
        return self.date in (ref.date, ref.coordinated)


#: the number a numbered act's title begins with: "n° 78 relatif à …", "nr. 78 betreffende …"
#: (the Justel title line after the act's type; the signs of both languages' numbering)
_TITLE_NUMBER = re.compile(r"\s*(?:n°|no\.?|nr\.?|numéro|nummer)\s*(?P<number>\d+)(?!\d)",
                           re.IGNORECASE)


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
    language: Language | None = None
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


#: models whose serialiser leaves out an absent field (``Target.annex``, ``NewUnit.joined``):
#: their schema is the model's fields, as validated (see :func:`written_schema`)
_OMITTING = ("Target", "NewUnit", "InsertWords", "ReplaceWords", "RepealWords",
             "AmendingActInfo", "EntryIntoForce", "Problem", "ProvisionOut")


def written_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of what ``model`` serialises to: pydantic's serialisation schema, with
    the models that leave out an absent field described by their fields (a wrap serialiser
    hides them from pydantic)."""
    schema = model.model_json_schema(mode="serialization")
    validated = model.model_json_schema(mode="validation").get("$defs", {})
    defs = schema.get("$defs", {})
    for name in _OMITTING:
        if name in defs and name in validated:
            defs[name] = _with_computed(name, validated[name])
    missing = [name for name in _references(defs) if name not in defs]
    while missing:  # the models only those descriptions cite ("ActRef" of EntryIntoForce)
        for name in missing:
            defs[name] = validated[name]
        missing = [name for name in _references(defs) if name not in defs]
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _with_computed(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The validated schema of ``name`` with its computed fields (serialised, read-only:
    ``AmendingActInfo.justel_id``), which the validation schema leaves out."""
    model = globals().get(name)  # ("ProvisionOut" is the JSON renderer's, with none)
    computed = getattr(model, "model_computed_fields", {}) if model is not None else {}
    if not computed:
        return schema
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for field, info in computed.items():
        properties[field] = {"description": info.description or "", "readOnly": True,
                             "title": field.replace("_", " ").title(), "type": "string"}
        required.append(field)
    return {**schema, "properties": properties, "required": required}


def _references(node: object) -> set[str]:
    """The names of the ``#/$defs/…`` a schema fragment refers to."""
    if isinstance(node, dict):
        found = {str(node["$ref"]).rpartition("/")[2]} if "$ref" in node else set()
        for value in node.values():
            found |= _references(value)
        return found
    if isinstance(node, list):
        return set().union(*(_references(item) for item in node)) if node else set()
    return set()

