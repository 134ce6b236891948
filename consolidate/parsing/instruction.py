"""One amending instruction → its typed operations (the lowering of the grammar).

``read_instruction`` takes the text of an instruction (an article, or a point of one), cuts
the quoted block of new text off (after the colon of "rédigé comme suit :", "par ce qui suit
:", …), builds the skeleton, reads the cited acts and history (:mod:`.acts`), splits the
clauses (:mod:`.clauses`), narrows the inherited :class:`~.scope.Scope` with each clause's
designation, and lowers each clause by its predicate's lemma (:data:`LOWERINGS`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from ..errors import ParseError
from ..lang import scan
from ..lang.lexicon import BOOK_CODES, Lexicon
from ..model import (
    DIVISION_KINDS,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Source,
    SourceSpan,
    Step,
    StepUnit,
    Target,
    WrapKind,
    WrapUnit,
)
from ..records import replace
from ..text import normalize_quoted, parse_label
from . import punctuation
from .acts import ImpossibleDate, read_acts, region_after_history
from .annexes import Joined, joined_units, lower_joined, read_joined
from .became import join_renumbering, renumbered_after
from .blocks import Block, block_chunks, build_units, closes_alone, locate_block, unquoted_block
from .clauses import (
    Clause,
    ClauseReader,
    Unsplit,
    find_predicates,
    split_clauses,
    unread_words,
)
from .reading import OperationReading
from .scope import DivisionInArticle, Scope, TwoArticles
from .skeleton import OPENING_QUOTES, QUOTE_MARK, Skeleton, quoted_ranges
from .source import SourceText
from .units import Mention, alternatives, path_of


@dataclass(frozen=True)
class Context:
    """What an instruction inherits and where it comes from."""

    source: SourceText
    lexicon: Lexicon
    reader: ClauseReader
    scope: Scope
    amending_article: str
    point: str | None = None
    last_act: object = None
    notes: list[ParseError] = field(default_factory=list)
    """Warnings of the article (a quote Justel left unclosed, read by the structure of the
    instruction): shared by every point of the article (``replace`` keeps the list)."""
    failed: list[ParseError] = field(default_factory=list)
    """The points of the article that could not be read (each its coded error), shared like
    ``notes``: the article's other points are still read (``parse(keep_going=True)`` keeps
    them; a strict parse raises the first)."""

    def where(self) -> str:
        """'point 2.: ' (the prefix of error messages), or '' outside points."""
        return f"point {self.point}: " if self.point else ""

    def fail(self, message: str, offset: int, code: str = "P001") -> Exception:
        """A located parse error of this instruction."""
        return self.source.error(f"{self.where()}{message}", offset, code,
                                 self.amending_article)


@dataclass
class Head:
    """An instruction's head (before its block) as read."""

    skeleton: Skeleton
    scope: Scope
    units: tuple[NewUnit, ...] | None
    block_offset: int
    rules: tuple[str, ...] = ()
    """The act and history rules that read the head (for ``explain``)."""
    joined: Joined | None = None
    """"… jointe(s) comme annexe N à la présente loi": the new text is an annex of the
    amending act (:mod:`.annexes`)."""


def block_start(text: str, lexicon: Lexicon | None = None) -> int | None:
    """Offset of the colon that opens the quoted block of ``text``, or None.

    With the ``lexicon``: a colon after the words quoted ("les mots : "…" sont supprimés")
    opens no block; a colon after an introducer ("rédigé comme suit :") opens one even when
    Justel lost its opening quote (the text after it ends with the only unpaired quote).
    Memoised: an article and each of its points are asked about more than once."""
    return block_start_memo(text, lexicon)


@lru_cache(maxsize=64)
def block_start_memo(text: str, lexicon: Lexicon | None) -> int | None:
    ranges = quoted_ranges(text)
    for match in re.finditer(r":", text):
        if any(start <= match.start() < end for start, end in ranges):
            continue
        rest = text[match.end():].lstrip()
        if rest[:1] in OPENING_QUOTES:
            if lexicon is not None and _words_noun(lexicon, text[:match.start()]):
                continue
            if lexicon is not None and _titled_inline(lexicon, text, match.start()):
                continue
            return match.start()
        if lexicon is not None and rest and re.match(r"[ \t]*\n", text[match.end():]) \
                and _introduced(lexicon, text[:match.start()]) and \
                closes_alone(rest.rstrip(" \t\n.;")):
            return match.start()
    return None


#: a line of an unquoted list of tirets ("- du produit de la taxe …;")
_DASH_LINE = scan.compile(r"^[ \t]*[-–][ \t]+(?P<text>\S.*?)[ \t]*$", re.MULTILINE)


def dash_block_start(text: str, lexicon: Lexicon) -> int | None:
    """Offset of the colon that opens an unquoted list of tirets, or None: "… est remplacé
    par les dispositions suivantes :\n- du produit …;\n- du remboursement …;" (1998031287,
    both texts). Every line after the colon is a tiret, up to the end of the instruction,
    and an introducer ("par les dispositions suivantes", "door de volgende bepalingen") is
    just before the colon."""
    masked = Skeleton.of(text).masked
    colon = masked.find(":")
    if colon == -1 or "\n" not in text[colon:]:
        return None
    head, rest = masked[:colon], text[colon + 1 :]
    lines = [line for line in rest.split("\n") if line.strip()]
    if not lines or rest.split("\n")[0].strip() or not all(
            _DASH_LINE.fullmatch(line) for line in lines):
        return None
    if lexicon.pattern("introducer").search(head.rstrip()) is None:
        return None
    return colon


def _dash_units(text: str) -> tuple[NewUnit, ...]:
    return tuple(NewUnit(kind="tiret", text=normalize_quoted(match["text"]))
                 for match in _DASH_LINE.finditer(text))


def _titled_inline(lexicon: Lexicon, text: str, colon: int) -> bool:
    """"… une Section XVIbis intitulée : "Section XVIbis- Des obligations …" comprenant
    l'article 75bis." (2006023386, art. 56): a colon after "intitulée" opens the heading's
    quote, inline, when words of the instruction follow that quote (otherwise the quote is
    the block: "il est inséré une Section 2 intitulée : "…"", 2014003196, art. 8)."""
    if not lexicon.pattern("titled").search(Skeleton.of(text[:colon]).masked.rstrip() + " "):
        return False
    ranges = [r for r in quoted_ranges(text) if r[0] > colon]
    if not ranges:
        return False
    after = text[ranges[0][1] :].strip(" \t\n.;")
    return bool(after) and not any(mark in after for mark in OPENING_QUOTES)


def _words_noun(lexicon: Lexicon, head: str) -> bool:
    """Whether ``head`` ends with the noun of quoted words ("les mots")."""
    return scan.regex(r"(?:" + lexicon.word_nouns + r")\s*$", re.I | re.X).search(head) is not None


def _introduced(lexicon: Lexicon, head: str) -> bool:
    """Whether ``head`` (the text before a colon) ends with an introducer of new text."""
    return lexicon.pattern("introducer").search(Skeleton.of(head).masked) is not None


def _bare_block(context: Context, text: str, offset: int) -> tuple[int, Block] | None:
    """The colon of an introducer and the unquoted new text after it, for an article's only
    instruction (not a point: its end is the article's end) — :func:`.blocks.unquoted_block`."""
    if context.point is not None:
        return None
    masked = Skeleton.of(text).masked
    colon = masked.find(":")
    if colon == -1 or not _introduced(context.lexicon, text[:colon]):
        return None
    block = unquoted_block(context.source, text[colon + 1 :], offset + colon + 1,
                           context.amending_article, context.notes, context.lexicon)
    return (colon, block) if block is not None else None


def read_head(context: Context, text: str, offset: int) -> Head:
    """Cut the block, mask acts and history, read the language; the head's scope."""
    image = context.lexicon.pattern("image_note").search(text)
    if image is not None:  # outside quotes only (a skeleton only when the note is there)
        image = context.lexicon.pattern("image_note").search(Skeleton.of(text).masked)
    if image is not None:
        raise context.fail(
            f"unsupported: the new text is an image the page does not hold "
            f"({' '.join(image.group(0).split())!r}): a table or an annex given as an image in "
            "the Moniteur is not read (docs/formulas.md, P010)", offset + image.start(), "P010")
    colon = block_start(text, context.lexicon)
    units = None
    head_text = text
    dashes = dash_block_start(text, context.lexicon) if colon is None else None
    bare = _bare_block(context, text, offset) if colon is None and dashes is None else None
    if bare is not None:
        colon, block = bare
        head_text = text[:colon]
        chunks = [chunk for chunk, _ in block_chunks(block.content, context.lexicon)]
        units = build_units(chunks, context.lexicon)
    elif dashes is not None:
        colon = dashes
        head_text = text[:colon]
        units = _dash_units(text[colon + 1 :])
    elif colon is not None:
        head_text = text[:colon]
        block = locate_block(context.source, text[colon + 1 :], offset + colon + 1,
                             context.amending_article, context.where(), context.notes,
                             context.lexicon)
        chunks = [chunk for chunk, _ in block_chunks(block.content, context.lexicon)]
        units = build_units(chunks, context.lexicon)
        if not units:
            raise context.fail("the quoted block is empty", block.offset, "P009")
    skeleton = Skeleton.of(head_text)
    unclosed = _unterminated(skeleton)
    if unclosed is not None:
        raise context.fail("unterminated quote: the quote opened here is never closed",
                           offset + unclosed, "P002")
    try:
        acts, history, orphan = read_acts(context.lexicon, skeleton, context.scope.act)
    except ImpossibleDate as bad:
        raise context.fail(f"the date of the act cited is impossible: {bad.words!r}",
                           offset + bad.offset, "P007") from None
    if orphan and context.scope.act is None:
        raise context.fail('"de la même loi" but no act is cited before it', offset, "P004")
    if orphan:
        last = context.scope.act
        assert last is not None
        raise context.fail(
            f'"le même …" ("ladite …", "… précité") names another kind of act than the one '
            f"cited last (the {last.type}"
            f"{' du ' + last.date.isoformat() if last.date else ''}"
            f"{' (' + last.code + ')' if last.code else ''}): the act meant is not known",
            offset, "P004")
    scope = context.scope
    others = [act for act in acts[1:] if act.ref != acts[0].ref
              and (";" in skeleton.masked[acts[0].end : act.start]
                   or _next_place(context.lexicon, skeleton.masked, acts[0].end, act.start))]
    if others:
        # "Sont abrogés : - l'article 647 du Code …; - le chapitre 5 de la loi du …": places
        # in two acts, cut by ";", are not one designation (a title may cite other acts); nor
        # "A l'article 5 de la loi du … et à l'article 7 de la loi du …" (the second place's
        # act was dropped: its article read in the first act)
        raise context.fail(
            f"the designation cites {len(others) + 1} different acts "
            f"({', '.join(act.ref.describe() for act in acts[:2])}); expected one act per "
            "instruction", offset + others[0].start, "P007")
    if acts and history:
        acts[0] = replace(acts[0], ref=region_after_history(context.lexicon, skeleton,
                                                            acts[0].ref))
    if acts:
        # the act the designation cites (a title may name others: they are masked with it)
        scope = replace(Scope(), act=acts[0].ref, language=scope.language,
                        previous_annex=scope.previous_annex if acts[0].ref == scope.act
                        else None)
    books = BOOK_CODES.get(scope.act.code or "") if scope.act is not None else None
    if books:
        # "l'article D.49 du Code wallon de l'Environnement": its Livre Ier and its Livre II
        # (the Code de l'Eau) both have that article; aimed at one, it may be the other's
        raise context.fail(
            f"the {scope.act.code if scope.act else ''} is in books that are separate texts, "
            f"each numbering its articles from its start ({', '.join(books)}): the book "
            "amended must be named (\"du Livre Ier du …\", \"du Livre II du …\")",
            offset + (acts[0].start if acts else 0), "P007")
    if history:
        scope = replace(scope, history=scope.history + tuple(history))
    joined = read_joined(context.lexicon, skeleton) if units is None else None
    language = context.lexicon.pattern("language_only").search(skeleton.masked)
    if language and find_predicates(context.lexicon, skeleton.masked, 0, language.start()):
        # "le mot "huit" est remplacé par le mot "six" et dans la version en langue
        # néerlandaise, les mots … sont remplacés …": the language of the clauses after a
        # predicate, not of the instruction (read per clause)
        language = None
    if language:
        scope = replace(scope, language=context.lexicon.languages.get(
            language["language"].casefold()))
        skeleton.mask(language.start(), language.end(), " ")
    table = context.lexicon.pattern("table_in").search(skeleton.masked)
    if table:
        # the words are replaced in the unit that holds the table (checked after lowering);
        # its columns and rows are read as steps (``annexes``: "dans la colonne "Juges" en
        # regard du siège de Louvain")
        skeleton.mask(table.start(), table.end(), " ")
    rules = tuple(f"act:{act.rule}" for act in acts) + (("history",) if history else ()) + (
        ("language",) if language else ()) + (("table",) if table else ())
    if joined is not None:
        rules += ("joined annex",)
    return Head(skeleton, scope, units, offset + (colon or 0), rules, joined)


def _unterminated(skeleton: Skeleton) -> int | None:
    if not skeleton.quotes:
        return None
    start, end = skeleton.quotes[-1]
    closing = OPENING_QUOTES.get(skeleton.text[start])
    if end == len(skeleton.text) and (end - start < 2 or skeleton.text[end - 1] != closing):
        return start
    return None


#: why each of the lexicon's ``known_refusals`` is not read (docs/formulas.md, "Not read yet")
KNOWN_REFUSALS: dict[str, str] = {
    "in_place_of": (
        "an insertion in the place of a unit (\"à la place de l'article 37bis\"), whose unit is "
        "renumbered: where the renumbered unit goes (where it stood, or where its new label "
        "puts it) the text does not say; refused"),
    "proviso": (
        "a proviso (\"étant entendu que les trois premiers alinéas du § 1er formeront l'article "
        "50\"): the remaining alinéas of the § become the article's own text — no operation of "
        "the model removes a § level (the inverse of a wrap); refused"),
    "moved": (
        "words moved (\"sont déplacés à la ligne suivante\"): a change of the text's layout, "
        "for which the model has no operation; refused"),
    "paired": (
        "articles of several acts, each before its act (\"les articles 4 de la loi du … et 5 "
        "de l'arrêté royal du …\"): the grammar pairs the units of one designation with one "
        "act; refused rather than read as the first article only"),
    "grouped": (
        "alinéas grouped into a § (\"les alinéas 4 et 5 actuels forment les alinéas 1er et 2 du "
        "§ 2\"): the model wraps the whole text of a unit into its first § only (\"dont le "
        "texte actuel formera le § 1er\"), not some alinéas into a § of their own; refused"),
    "by_subject": (
        "a partial repeal or change by subject (\"l'article 5, en ce qu'il concerne les "
        "notaires, est abrogé\", \"voor wat betreft de notarissen\"): it takes effect only as "
        "far as the provision concerns that subject, which no unit or words of the base text "
        "mark; it cannot be applied textually; refused rather than read as the repeal (or "
        "change) of the whole provision"),
    "except_in": (
        "a change with an exception of place that no rule reads (\"…, sauf dans les cas visés "
        "au 3°\", \"sauf à l'alinéa 3, 2°\", \"behalve in het laatste lid\"): one §, alinéa or "
        "item at the end of one change of words is read (\"… sont remplacés par les mots …, "
        "sauf à l'alinéa 3\", ``except_in``); refused rather than read as the change "
        "everywhere"),
    "merged": (
        "units merged (\"les 1° et 2° sont fusionnés\", \"worden samengevoegd\"): the text does "
        "not say what the merged unit reads (whose words, joined how, under which label); "
        "refused (expected the first unit replaced by the merged text and the other repealed)"),
    "into_division": (
        "articles of the base grouped into a division (\"les articles 5 à 8 sont regroupés "
        "sous un chapitre 2\", \"worden samengebracht in een hoofdstuk 2\"): no rule reads "
        "it; expected \"les articles 5 à 8 forment le chapitre 2, intitulé …\" or the "
        "insertion of the division that holds them (\"il est inséré un chapitre 2, comprenant "
        "les articles 5 à 8, intitulé …\"); refused rather than read as a rule of the act"),
}


def _next_place(lexicon: Lexicon, masked: str, start: int, end: int) -> bool:
    """Whether the text between two acts opens the next place of the designation, the
    second act being that place's (the lexicon's ``next_place``: "… et à l'article 7 de")."""
    return lexicon.pattern("next_place").search(masked, start, end) is not None


def _known_refusal(context: Context, masked: str, offset: int) -> None:
    """Raise the refusal of a formula the grammar knowingly does not read (lexicon
    ``known_refusals``) if ``masked`` holds one; called where the instruction fails."""
    for name, fragment in context.lexicon.known_refusals.items():
        found = re.search(fragment, masked, re.I)
        if found is not None:
            raise context.fail(KNOWN_REFUSALS[name], offset + found.start())


#: an item's label in a designation ("3°", "b)"): the unit that holds a definition
_ITEM_LABEL = scan.regex(r"(?<![\w-])(?:\d+°|[a-z]\))")


def read_instruction(context: Context, text: str, offset: int) -> list[OperationReading]:
    """Every operation of one instruction. Raises ParseError."""
    renumbering = renumbered_after(context.lexicon, text)
    if renumbering is not None:
        # "il est inséré un § 2 rédigé comme suit : « … », le § 2 actuel devenant le § 3"
        # (parsing/became.py): the insertion read without the clause, then the clause
        clause_start, told = renumbering
        made = told if isinstance(told, str) else join_renumbering(
            told, read_instruction(context, text[:clause_start], offset))
        if isinstance(made, str):
            raise context.fail(made, offset + clause_start)
        if made is not None:
            return made
    head = read_head(context, text, offset)
    following = context.lexicon.pattern("and_following").search(head.skeleton.masked)
    if following is not None:
        # "les alinéas 3 et suivants sont abrogés": the list ended at the 3 and "et suivants"
        # was a glue word (the alinéa 3 alone repealed, silently)
        raise context.fail(
            f"{' '.join(following.group(0).split())!r}: the units after the one named, up to "
            "the last, are not named one by one; no rule reads how far they go (expected "
            "\"les alinéas 3 à 5\"); refused", offset + following.start(), "P007")
    several = context.lexicon.pattern("headed_list").search(head.skeleton.masked)
    if several is not None:
        # "les définitions de « A » et « B » sont abrogées": the terms were read as words
        # repealed (the definitions left in place, silently)
        raise context.fail(
            "the definitions of several quoted terms: no rule reads them as several items "
            "(expected one instruction per definition: \"la définition de « A » est "
            "abrogée\"); refused", offset + several.start(), "P007")
    bare = context.lexicon.pattern("bare_headed").search(head.skeleton.masked)
    if bare is not None and not _ITEM_LABEL.search(head.skeleton.masked, 0, bare.start()):
        # "Dans l'article 2, la définition est remplacée par ce qui suit": the whole article
        # was replaced, silently ("Dans l'article 2, 3°, …, la définition …": the item named)
        raise context.fail(
            "a definition named without its term (expected \"la définition de « ministre »\" "
            "or the item that holds it, \"le 3°\"): which definition is meant is not said; "
            "refused", offset + bare.start(), "P007")
    wrap = _read_wrap(context, head, offset)
    marks = punctuation.read_marks(context.lexicon, head.skeleton)
    described = _described_rank(context, head)
    except_place = _except_place(context, head)
    masked = head.skeleton.masked
    try:
        spans = split_clauses(context.lexicon, masked, 0, len(masked))
    except Unsplit as two:
        _known_refusal(context, masked, offset)
        first = text[two.first.aux_start : two.first.verb_end]
        second = text[two.second.aux_start : two.second.verb_end]
        words = " ".join(text[two.first.aux_start : two.second.verb_end].split())
        raise context.fail(
            f"two predicates in one clause ({first!r} and {second!r}) and no rule cuts "
            f"it into two instructions: {words!r} "
            "(expected \"… et les mots … sont …\", \";\" or \".\" between them)",
            offset + two.second.aux_start) from None
    if not spans:
        _known_refusal(context, masked, offset)
        verb = _unknown_verb(context.lexicon, masked)
        found = f"{verb.group(0)!r} is not an amending predicate; " if verb else ""
        raise context.fail(
            f"no amending predicate in this instruction: {found}expected e.g. \"les mots … "
            "sont remplacés par …\", \"… est abrogé\", \"il est inséré …\", \"… est complété "
            "par …\"", offset + (verb.start() if verb else 0))
    readings: list[OperationReading] = []
    scope = head.scope
    clause_language: str | None = None
    for index, (start, end, predicate) in enumerate(spans):
        if index:
            # the Dutch order names the language after the auxiliary: "… en wordt in de
            # Franse tekst het woord … vervangen door …"
            clause_language = _clause_language(context, head.skeleton, start,
                                               predicate.verb_start) or clause_language
            masked = head.skeleton.masked
        clause = context.reader.read(head.skeleton, start, end, predicate)
        first_quote = next((q.span[0] for q in clause.quotes), end)
        unread = unread_words(context.lexicon, masked, clause,
                              min(first_quote, predicate.aux_start))
        if unread and any(word.casefold().strip("'’").split("'")[-1].split("’")[-1]
                          in context.lexicon.unsupported for word, _ in unread):
            words = " ".join(word for word, _ in unread)
            raise context.fail(
                f"unsupported: this instruction amends an annex or a table ({words!r}); "
                "annexes and tables are not applied (docs/formulas.md, P010)",
                offset + unread[0][1], "P010")
        if unread:
            _known_refusal(context, masked, offset)
            raise _unread_designation(context, unread, offset)
        stray = context.lexicon.pattern("aux").search(
            masked, start, min(first_quote, predicate.aux_start)) if clause.lemma == "renumber" \
            else None
        if stray is not None:
            # "wordt de bepaling onder 2° de bepaling onder 3° <…> wordt …": a renumbering no
            # rule read before this one, its units taken into this designation (the
            # auxiliary is a glue word: never dropped silently)
            raise context.fail(
                f"an auxiliary {stray.group(0)!r} in the designation of a renumbering: a "
                "clause before it that no rule reads (expected \"… de bepaling onder 3° en "
                "wordt …\", \"; \" or \".\" between renumberings)", offset + stray.start())
        if first_quote < predicate.aux_start:
            # between the subject's quoted words and the predicate ("les mots "A" du machin
            # sont abrogés"): read by a rule, or refused — never dropped
            middle = unread_words(context.lexicon, masked, clause, predicate.aux_start,
                                  first_quote)
            if middle:
                _known_refusal(context, masked, offset)
                words = " ".join(word for word, _ in middle)
                raise context.fail(
                    f"no rule reads {words!r} between the quoted words and the predicate "
                    f"{clause.lemma!r} (expected 'les mots \"…\" sont …', 'les mots "
                    "\"…\" et \"…\"', a unit of the designation or 'chaque fois')",
                    offset + middle[0][1], "P007")
        side = next((second for first, second in itertools.pairwise(clause.quotes)
                     if not masked[first.span[1] : second.span[0]].strip()), None)
        if side is not None:
            # "par les mots "B" "C"": no word says what the second quote is
            raise context.fail(
                f"two quotes side by side ({text[side.span[0] : side.span[1]]!r} follows the "
                "quote before it with no word between them): no rule says what the second is "
                "(expected \"et\", \",\" or \"par les mots\" between quotes)",
                offset + side.span[0])
        # the words between the auxiliary and its participle (the Dutch "worden de laatste
        # twee zinnen opgeheven"): read by a rule, or an error — never dropped
        inside = unread_words(context.lexicon, masked, clause, predicate.verb_start,
                              predicate.aux_end)
        if inside:
            raise _unread_designation(context, inside, offset)
        after = unread_words(context.lexicon, masked, clause, end, predicate.verb_end)
        excepted = context.lexicon.pattern("repeal_except").match(
            masked, predicate.verb_end) if after and clause.lemma == "repeal" else None
        if excepted is not None:
            raise context.fail(
                "a repeal with an exception (\"est abrogé, à l'exception du chapitre IV\"): "
                "the model has no repeal of a unit less some of its parts (it would be the "
                "repeal of each other part, resolved on the base text); refused rather than "
                "read as the repeal of the whole", offset + excepted.start())
        if after:
            _known_refusal(context, masked, offset)
            words = " ".join(word for word, _ in after)
            raise context.fail(
                f"no rule reads {words!r} after the predicate {clause.lemma!r} (expected the "
                "new words, the place, or \"rédigé comme suit :\")", offset + after[0][1])
        joined = None
        if head.joined is not None and index == len(spans) - 1:
            joined = joined_units(head.joined, clause, head.skeleton, context.lexicon)
            masked = head.skeleton.masked
            if joined is None:
                raise context.fail(
                    "the new text is an annex of this act (\"… jointe à la présente loi\") but "
                    "no unit is announced just before (expected \"par les annexes Ire et II "
                    "jointes …\", \"par une ligne jointe comme annexe V …\")",
                    offset + head.joined.start)
        if clause.lemma == "complete":  # "… est complétée par un chapitre 8, comprenant …"
            _comprised_articles(context, masked, clause)
        if clause.lemma != "insert":  # an insertion's description is checked: comprised
            _described_articles(context, masked, clause)
        # words (quoted) are looked for in the article or in its place alike, so a list is
        # refused only for units: "les articles 14 et 15, § 2, sont abrogés" repeals article
        # 14 or its § 2 (2016036305 art. 13's words, "les articles 64, 67, 68, alinéa deux",
        # stay read as each article's alinéa)
        listed = _path_after_a_list(clause.designation, masked)
        if listed is not None and clause.quotes and _last_article_only(clause, listed[0]):
            listed = None
        if listed is not None:
            raise context.fail(
                f"the place after the list of articles {' et '.join(listed[0].labels)} "
                f"({masked[listed[1].start:listed[1].end]!r}) may be the last article's or "
                "each one's: expected \"l'article 14 et l'article 15, § 2\" or \"l'article "
                "14, § 2, et l'article 15, § 2\"", offset + listed[1].start, "P007")
        try:
            _no_division_in_article(context, clause, masked)
            places = alternatives(clause.designation, masked) or [[]]
            base = _division_base(scope, head.scope, clause) if index else scope
            scopes = [base.narrowed(path_of(place, masked, context.lexicon))
                      for place in places]
            clause_scope = scopes[0]
            for other in scopes[1:]:
                if (other.articles, other.divisions) == (clause_scope.articles,
                                                         clause_scope.divisions):
                    clause_scope = replace(clause_scope, paths=clause_scope.paths + other.paths)
                else:  # "à l'article 5, § 2, et à l'article 7": a place in another article
                    clause_scope = replace(clause_scope, others=(*clause_scope.others, other))
        except DivisionInArticle as nested:
            raise context.fail(f"the designation names the {nested.division} inside article "
                               f"{nested.article}: a division is not inside an article "
                               "(expected the division, or units of the article)", offset + start,
                               "P007") from None
        except TwoArticles as two:
            raise context.fail(f"one place of the designation names two articles (article "
                               f"{two.first} and article {two.second}): expected one article "
                               "per place (an article inside the text that an article of an "
                               "amending act inserts, as in excerpt 2002014286, is not "
                               "modelled)", offset + start, "P007") from None
        except LookupError as missing:
            raise context.fail(f"\"le même {missing.args[0]}\" but no such unit is designated "
                               "before", offset + start, "P007") from None
        if index and not clause.designation:
            clause_scope = _out_of_a_sibling(clause_scope, clause)
        if index == 0:
            scope = _shared(scope, clause_scope, clause)
        if clause_language is not None:
            clause_scope = replace(clause_scope, language=clause_language)
        if clause_scope.act is None:
            raise context.fail("no act is designated (expected \"de la loi du …\", \"du Code "
                               "…\" or \"de la même loi\")", offset + start, "P007")
        last = index == len(spans) - 1
        units = head.units if last else None
        lower = LOWERINGS.get(clause.lemma)
        if lower is None:
            raise context.fail(
                f"the predicate {clause.lemma!r} announces modifications but no points "
                "follow", offset + clause.verb_start)
        if clause.anchors and clause.lemma in ("replace", "repeal") and not any(
                quote.role == "subject" for quote in clause.quotes):
            # "le texte avant le 1° est remplacé", "de zin vóór de bepaling onder 3° wordt
            # vervangen": a place before or after a unit says where a new text goes; in a
            # replacement or a repeal of a unit it designates nothing (the whole article was
            # replaced, silently); words placed so ("het woord "of" vóór de bepaling onder 3°")
            # are found by their count (A001, A002)
            kind, anchor = clause.anchors[0]
            raise context.fail(
                f"the {clause.lemma} names a place ({kind} the {anchor.unit} "
                f"{'/'.join(anchor.labels)}), not a unit: the text before or after a unit is "
                "no unit (expected the unit itself, or the lead-in: \"la phrase liminaire\", "
                "\"de inleidende zin\"); refused", offset + anchor.start, "P007")
        begin = _instruction_start(context.lexicon, masked, clause, first_quote)
        job = _Job(context, head.skeleton, clause, clause_scope, units, offset,
                   context.source.span(offset + begin, offset + end))
        sentence = " ".join(text[start:end].split())
        named = punctuation.in_clause(
            marks, start, spans[index + 1][0] if index + 1 < len(spans) else None)
        lowered = lower_joined(job, joined) if joined is not None else \
            punctuation.lower(job, named) if named else lower(job)
        if clause.times is not None:
            lowered = _counted(job, lowered)
        if except_place is not None:
            lowered = _excepted(job, lowered, except_place, len(spans))
        unread_role = next((quote for quote in clause.quotes if quote.role not in
                            _ROLES_READ.get(clause.lemma, ()) + _context_roles(clause)), None)
        if unread_role is not None:
            # "les mots "A" sont supprimés par les mots "B"": a quote the lowering never reads
            raise context.fail(
                f"the quote {text[unread_role.span[0] : unread_role.span[1]]!r} is read as "
                f"{unread_role.role!r} words, which the predicate {clause.lemma!r} does not "
                "take (expected e.g. \"les mots … sont remplacés par les mots …\")",
                offset + unread_role.span[0])
        if index == 0 and not last and clause.designation and lowered and all(
                isinstance(op, (ReplaceUnit, RepealUnit, Renumber)) for op in lowered) and all(
                scope.paths) and scope is clause_scope:
            # "la première phrase est remplacée par les mots "…" et "141, § 5" est remplacé
            # par "142, § 1er"" (2006023386, art. 102, 5°): the unit the first clause
            # replaces or repeals is not the place of the next; its container is ("le 2°
            # devient le 3° et le 3° devient le 4°": the items are siblings, scope._joined); nor
            # the unit the first clause renumbers: "les §§ 2 et 3 deviennent les §§ 3 et 4 et il
            # est inséré un § 2" inserts one § 2 into the article (it was inserted into each
            # § renumbered, twice: A004)
            scope = replace(scope, paths=tuple(dict.fromkeys(path[:-1] for path in scope.paths)))
        if index == 0 and wrap is not None:
            # "dont le texte actuel formera le § 1er": the designated unit's text is wrapped
            # first; the clause's operations then apply to the new structure
            _wrapped_item(context, wrap, clause_scope.targets(), offset)
            lowered = [*(WrapUnit(unit=wrap.unit, label=wrap.label, heading=wrap.heading,
                                  **job.common(target)) for target in clause_scope.targets()),
                       *lowered]
            clause.rules.append(f"wrap: {wrap.unit} {wrap.label}")
        if "table" in head.rules and not all(
                isinstance(op, (ReplaceWords, InsertWords, RepealWords, AppendWords))
                or any(step.unit in ("row", "column") for step in op.target.path)
                for op in lowered):
            raise context.fail(
                "unsupported: this instruction amends a table as a whole (its rows, columns or "
                "cells); only quoted words in a table are replaced (docs/formulas.md, P010)",
                offset + start, "P010")
        if described is not None:
            _check_described(job, lowered, described)
        for operation in lowered:
            readings.append(OperationReading(
                context.point, sentence, "; ".join((*head.rules, *clause.rules)),
                quotes=_quotes_of(operation), operation=operation))
    return readings


def _unknown_verb(lexicon: Lexicon, masked: str) -> re.Match[str] | None:
    """The verb an instruction with no amending predicate has after its auxiliary: the first
    word after it that is no glue word nor unit ("'suspendu'"; the Dutch "wordt de bepaling
    onder 1° geschorst": "'geschorst'", not "'de'"), in the auxiliary's clause."""
    aux = re.search(r"\b(?:est|sont|wordt|worden)\s+", masked)
    if aux is None:
        return None
    end = re.search(r"[.;:]", masked[aux.end():])
    stop = aux.end() + end.start() if end else len(masked)
    nouns = lexicon.pattern("unit_nouns")
    for word in _PLAIN_WORD.finditer(masked, aux.end(), stop):
        if word.group(0).casefold() not in lexicon.glue and not nouns.fullmatch(word.group(0)):
            return word
    return None


#: a word of the text (not a masked quote or act)
_PLAIN_WORD = scan.regex(r"[^\W\dꝖꜲꜨ_]+")


def _unread_designation(context: Context, unread: list[tuple[str, int]],
                        offset: int) -> Exception:
    """P007 for words of a designation no rule read: the lexicon's reason when one of the
    words has one (``unread_reasons``), else what a designation holds."""
    words = " ".join(word for word, _ in unread)
    reason = next((context.lexicon.unread_reasons[key] for word, _ in unread
                   if (key := word.casefold().strip("'’")) in context.lexicon.unread_reasons),
                  None)
    if reason is not None:
        return context.fail(f"cannot read the designation: {reason} (no rule reads "
                            f"{words!r})", offset + unread[0][1], "P007")
    return context.fail(
        f"cannot read the designation: no rule reads {words!r} (expected units such "
        "as \"l'article 5, § 2, alinéa 1er, 3°\", an act, or a history recital)",
        offset + unread[0][1], "P007")


#: the roles of quotes each lowering reads (any other quote of a clause is P001, not dropped)
_ROLES_READ: dict[str, tuple[str, ...]] = {
    "replace": ("subject", "by"), "insert": ("subject", "after", "before", "heading"),
    "complete": ("subject", "by", "after", "before", "heading"), "repeal": ("subject",),
    "restore": ("heading",), "renumber": (),
}


def _context_roles(clause: Clause) -> tuple[str, ...]:
    """"après les mots "décision définitive", les mots "…" sont remplacés" (2006023386, art.
    110, 3°), "le mot "of" entre les mots "…" et les mots "…" est abrogé" (2022015455, art. 10,
    5°): words that tell where the one group replaced or repealed stands. The model has no
    field for them: they are read as that context (shown by ``explain``), and the applier's
    rule that the words occur exactly once in the unit stands for them — never "chaque fois",
    where the context would choose among the occurrences (refused, P001)."""
    if clause.lemma not in ("replace", "repeal") or clause.every or \
            sum(quote.role == "subject" for quote in clause.quotes) != 1:
        return ()
    if any(quote.role in ("after", "before") for quote in clause.quotes) and \
            "context: the words where they occur once" not in clause.rules:
        clause.rules.append("context: the words where they occur once")
    return ("after", "before")


def _no_division_in_article(context: Context, clause: Clause, masked: str) -> None:
    """"In artikel 5 … wordt hoofdstuk II opgeheven", "Dans l'article 5 de la même loi, le
    chapitre II est abrogé": a division named after an article, not as its container ("artikel
    5 van hoofdstuk II", "l'article 5 du chapitre II"), is inside no article (it was dropped
    and the article repealed, silently): :class:`DivisionInArticle`."""
    connector = context.lexicon.pattern("connector_of")
    # (the articles of this clause: "1° artikel 1397 wordt opgeheven; Hoofdstuk 2 van hetzelfde
    # Wetboek wordt opgeheven." is two places)
    articles = [m for m in clause.designation if m.unit == "article" and m.start >= clause.start]
    for mention in clause.designation:
        if mention.unit not in DIVISION_KINDS or mention.inner:
            continue
        before = [m for m in articles if m.end <= mention.start]
        between = masked[before[-1].end : mention.start] if before else ""
        # (right after the article and a comma, the division is the article's own: "l'article
        # 1er, Section 11, alinéa 18 de l'annexe au Code judiciaire", 2005009998 art. 2)
        if before and not connector.match(between) and not re.fullmatch(r"\s*,\s*", between):
            raise DivisionInArticle(before[-1].labels[0], mention.steps()[0].describe())


def _clause_language(context: Context, skeleton: Skeleton, start: int, end: int) -> str | None:
    """"… et dans la version en langue néerlandaise, les mots …": a clause that names a
    language before its predicate amends that language's text, and so do the clauses joined
    to it after it (masked: its words are read)."""
    mark = context.lexicon.pattern("language_only").search(skeleton.masked, start, end)
    if mark is None:
        return None
    skeleton.mask(mark.start(), mark.end(), " ")
    return context.lexicon.languages.get(mark["language"].casefold())


@dataclass(frozen=True)
class _Wrap:
    """"dont le texte actuel formera le § 1er / la section 1re intitulée "…"" as read."""

    unit: WrapKind
    label: str
    heading: str | None


def _read_wrap(context: Context, head: Head, offset: int) -> _Wrap | None:
    """The unit the designated unit's present text becomes (lexicon ``wrap``, then one
    labelled § or division, and a division's quoted heading); its words are masked, so
    that the rest of the instruction reads as if they were not there."""
    skeleton = head.skeleton
    match = context.lexicon.pattern("wrap").search(skeleton.masked)
    if match is None:
        return None
    mentions = context.reader.units.find(skeleton.masked, match.end())
    mention = mentions[0] if mentions else None
    if mention is not None and mention.start == match.end() and mention.unit == "alinea" \
            and len(mention.labels) == 1 and mention.until is None and \
            _same_label(mention.labels[0], "1"):
        # "le § 1er, dont le texte actuel formera l'alinéa 1er, est complété par un alinéa",
        # "waarvan de bestaande tekst het eerste lid zal vormen": the unit's text is its first
        # alinéa already (an alinéa is no level of the structure to wrap into): a re-labelling
        # of nothing; its words are masked and the rest is read (another alinéa: P007)
        tail = context.lexicon.pattern("wrap_tail").match(skeleton.masked, mention.end)
        skeleton.mask(match.start(), tail.end() if tail is not None else mention.end, " ")
        return None
    if mention is None or mention.start != match.end() or len(mention.labels) != 1 or \
            mention.until is not None or \
            mention.unit not in ("paragraph", "point", *DIVISION_KINDS):
        raise context.fail("the present text of the unit becomes what? expected one §, one "
                           "item or one division with its number (\"dont le texte actuel "
                           "formera le § 1er\", \"… le a)\")", offset + match.end(), "P007")
    end, heading = mention.end, None
    following = [quote for quote in skeleton.quotes if quote[0] >= end]
    if following:
        between = skeleton.masked[end : following[0][0]]
        titled = context.lexicon.pattern("titled").search(between)
        if titled is not None and not between[: titled.start()].strip():
            heading = normalize_quoted(skeleton.quote_text(following[0])[1:-1])
            end = following[0][1]
            skeleton.quotes.remove(following[0])
    tail = context.lexicon.pattern("wrap_tail").match(skeleton.masked, end)
    end = tail.end() if tail is not None else end  # "… § 1 zal vormen"
    skeleton.mask(match.start(), end, " ")
    unit = cast(WrapKind, mention.unit)
    return _Wrap(unit, mention.labels[0], heading)


def _wrapped_item(context: Context, wrap: _Wrap, targets: list[Target], offset: int) -> None:
    """An item's text becomes its first sub-item only when an item is designated ("le 2°,
    dont le texte actuel formera le a)"); "l'article 1500, dont le texte actuel formera le
    1°" would make an article an item (P007)."""
    if wrap.unit == "point" and not all(
            target.path and target.path[-1].unit == "point" for target in targets):
        raise context.fail("the present text of the unit becomes what? an item's text only "
                           "becomes its first sub-item (\"le 2°, dont le texte actuel formera "
                           "le a)\"); expected one § or one division with its number for "
                           "another unit", offset, "P007")


def _described_rank(context: Context, head: Head) -> tuple[int, int] | None:
    """", qui devient l'alinéa 6," after the place of an insertion (lexicon
    ``described_rank``): the rank the alinéa after the place will have — what the insertion
    does, not an instruction. Its words are masked; (rank, offset) to check against the
    operation (:func:`_check_described`)."""
    skeleton = head.skeleton
    # in the text, not the mask: ", qui devient l'alinéa 6," may have been read as a
    # renumbering told as history (acts._BECAME), which is checked here all the same
    found = context.lexicon.pattern("described_rank").search(skeleton.text)
    if found is None or skeleton.masked[found.start()] == QUOTE_MARK:
        return None
    after = find_predicates(context.lexicon, skeleton.masked, found.end(), len(skeleton.masked))
    if not after or after[0].lemma != "insert":
        return None
    skeleton.mask(found.start(), found.end(), " ")
    return int(found["rank"]), found.start()


def _except_place(context: Context, head: Head) -> tuple[tuple[Step, ...], int] | None:
    """", sauf à l'alinéa 3" / ", behalve in het derde lid" at the end of the instruction
    (lexicon ``except_place``): the path, below the target, of the unit whose words stay, and
    its offset; its words are masked (:func:`_excepted` puts it on the operation)."""
    skeleton = head.skeleton
    lexicon = context.lexicon
    found = lexicon.pattern("except_place").search(skeleton.masked)
    if found is None or QUOTE_MARK not in skeleton.masked[: found.start()]:
        # no quoted words before it: no change of words ("Artikel 5 wordt opgeheven, met
        # uitzondering van paragraaf 2" is the repeal less a part, lexicon repeal_except)
        return None
    groups = found.groupdict()
    if groups.get("item"):
        step = Step(unit="point", label=groups["item"])
    elif groups.get("ord"):
        rank = lexicon.ordinals.get(groups["ord"].casefold())
        if rank is None or rank < 1:
            return None  # "het laatste lid": left to the refusal by name
        step = Step(unit="alinea", label=str(rank))
    else:
        unit = lexicon.units.get((groups.get("noun") or "").casefold())
        if unit is None:
            return None
        step = Step(unit=cast(StepUnit, unit), label=groups["label"])
    skeleton.mask(found.start(), found.end(), " ")
    return (step,), found.start()


def _excepted(job: _Job, lowered: list[Operation], excepted: tuple[tuple[Step, ...], int],
              clauses: int) -> list[Operation]:
    """The words changed everywhere in the target but in the unit named: ``except_in`` on
    the replacement or repeal of words of one article (its unit); anything else is P001 —
    an exception of place after several clauses or changes ("… et les mots … par …, sauf à
    l'alinéa 3": which one it limits), or after another operation, is not read."""
    path, at = excepted
    if clauses != 1 or len(lowered) != 1 or not all(
            isinstance(op, (ReplaceWords, RepealWords)) and op.target.article is not None
            and op.target.article_until is None for op in lowered):
        raise job.context.fail(
            "an exception of place (\"sauf à l'alinéa 3\") is read only after one change of "
            "words (replaced or repealed) in one article (expected \"Dans l'article N, les "
            "mots … sont remplacés par les mots …, sauf à l'alinéa 3\")", job.offset + at)
    if any(op.target.path and op.target.path[-1].unit in ("sentence", "intro")
           for op in lowered):
        raise job.context.fail("an exception of place inside a sentence: expected the words "
                               "of a unit (§, alinéa, item)", job.offset + at)
    job.clause.rules.append(f"except_in: {path[0].unit} {path[0].label}")
    return [op.model_copy(update={"except_in": path}) for op in lowered]


def _check_described(job: _Job, lowered: list[Operation], described: tuple[int, int]) -> None:
    """The rank told by ", qui devient l'alinéa N," must be the one the insertion gives the
    alinéa after its place: in "entre les alinéas 1er et 2, qui devient le 6°, quatre
    alinéas sont insérés", alinéa 2 + 4 new ones = the sixth. Anything else is P001."""
    rank, at = described
    inserts = [op for op in lowered if isinstance(op, InsertUnit)]
    anchor = inserts[0].anchor if len(inserts) == 1 and len(lowered) == 1 else None
    label = re.fullmatch(r"(\d+)(?:er)?", anchor.label) if anchor is not None and \
        anchor.unit == "alinea" and inserts[0].position == "after" else None
    if anchor is None or label is None or any(unit.kind != "alinea" for unit in inserts[0].new):
        raise job.context.fail(
            "\"qui devient …\" after the place: expected an insertion of alinéas after an "
            "alinéa, whose effect it tells", job.offset + at)
    becomes = int(label[1]) + 1 + len(inserts[0].new)
    if becomes != rank:
        raise job.context.fail(
            f"\"qui devient …\" tells rank {rank}, but after inserting "
            f"{len(inserts[0].new)} alinéa(s) after alinéa {anchor.label} the next alinéa "
            f"becomes alinéa {becomes}", job.offset + at)
    job.clause.rules.append(f"described: the alinéa after becomes the {rank}th (checked)")


def _instruction_start(lexicon: Lexicon, masked: str, clause: Clause, first_quote: int) -> int:
    """Where the instruction proper starts, after its designation: at the words of its first
    quote ("les mots "…""), else at its subject or predicate."""
    if first_quote < clause.verb_start:
        nouns = scan.regex(r"(?:" + lexicon.word_nouns + r")\s*$", re.I | re.X)
        found = nouns.search(masked, clause.start, first_quote)
        return found.start() if found else first_quote
    lead = scan.regex(r"\s*").match(masked, clause.start)
    begin = lead.end() if lead else clause.start
    if not lexicon.pattern("container").match(masked, begin):
        return begin  # "L'article 19, § 1er, … est complété": the designation is the subject
    comma = masked.rfind(",", begin, clause.verb_start)
    if comma == -1:
        return begin
    rest = scan.regex(r"[\s,]*").match(masked, comma)
    return rest.end() if rest else comma + 1


def _counted(job: _Job, lowered: list[Operation]) -> list[Operation]:
    """"les mots "X" sont remplacés à deux reprises par les mots "Y"", "worden de woorden "X"
    tweemaal vervangen door …": the words replaced or repealed occur exactly so many times
    (``times``, checked by the applier: A001 / A002); with another operation, with "chaque
    fois", or a count under two: P001 (the count was unread words, P001 too)."""
    times = job.clause.times
    assert times is not None
    if job.clause.every or times < 2 or not lowered or not all(
            isinstance(op, (ReplaceWords, RepealWords)) for op in lowered):
        raise job.fail(f"a count of occurrences ({times}, \"à deux reprises\") is read only "
                       "for words replaced or repealed, without \"chaque fois\" (expected "
                       "\"les mots … sont remplacés à deux reprises par …\")")
    job.clause.rules.append(f"times: the words occur exactly {times} times")
    return [op.model_copy(update={"times": times}) for op in lowered]


def _last_article_only(clause: Clause, listed: Mention) -> bool:
    """"Dans les articles 9 et 10, § 1er, …, les mots … sont remplacés", "In de artikelen 9
    en 10, § 1, …": in Belgian drafting the place after a list of articles is the last
    article's ("les articles 580, 581 et 582, 1° et 2°"; "les articles 9, alinéa 2, et 10,
    § 1er" names each one's): the list is cut before its last article, which opens a place of
    its own (the words were looked for in the § 1er of article 9 too). A last label that opens
    a range ("5 et 8 à 10, § 2") is left as it was. Words only: units after such a list stay
    refused (P007), a wrong reading would repeal or replace a whole article."""
    last = listed.labels[-1]
    if any(first == last for first, _ in listed.ranges):
        return False
    head = replace(listed, labels=listed.labels[:-1],
                   ranges=tuple(pair for pair in listed.ranges if pair[0] != last))
    tail = replace(listed, labels=(last,), ranges=(), place=True)
    index = next(i for i, m in enumerate(clause.designation) if m is listed)
    clause.designation[index : index + 1] = [head, tail]
    clause.rules.append(f"place after a list: the last article's ({last})")
    return True


def _path_after_a_list(designation: list[Mention],
                       masked: str) -> tuple[Mention, Mention] | None:
    """"les articles 14 et 15, § 2": a list of articles and a place right after it (a comma
    between): the list and the place; None otherwise. Whether the place is the last
    article's (article 14 whole) or each one's is not said; "Dans les articles 14 et 15, de
    la même loi, l'alinéa 2 est abrogé" (a place after the act) is each one's."""
    for listed, after in itertools.pairwise(designation):
        if listed.unit == "article" and len(listed.labels) > 1 and listed.until is None \
                and after.unit not in DIVISION_KINDS and after.unit != "article" \
                and masked[listed.end : after.start].strip() == ",":
            return listed, after
    return None


def _division_base(scope: Scope, head: Scope, clause: Clause) -> Scope:
    """The scope a later clause naming a division (and no article) narrows: the head's when
    the article shared with it came from the first clause ("1° artikel 1397 wordt opgeheven;
    Hoofdstuk 2 van hetzelfde Wetboek wordt opgeheven": chapter 2 of the Code, not inside
    article 1397 — read before as article 1397 repealed again, silently)."""
    if head.has_article or not scope.has_article or any(
            m.unit == "article" for m in clause.designation) or not any(
            m.unit in DIVISION_KINDS and not m.inner for m in clause.designation):
        return scope
    return replace(scope, articles=head.articles, paths=head.paths, divisions=head.divisions)


def _out_of_a_sibling(scope: Scope, clause: Clause) -> Scope:
    """A later clause with no place of its own that adds a unit of the kind and numbering of
    the unit the clauses before named as their place ("… wordt in de bepaling onder 2° het
    woord "en" opgeheven, wordt in de bepaling onder 3° het punt vervangen door … en wordt een
    bepaling onder 4° toegevoegd, luidende:"): the new 4° is the sibling of the 2°, added to
    their container (it went into the 2°, silently: a 2° holds no 4°, an alinéa no alinéa)."""
    added = [mention for mention in clause.new_units if mention.quote is None]
    if not added or not all(scope.paths) or not all(
            path[-1].unit == mention.unit and (
                mention.unit in _UNLABELLED or (
                    bool(mention.labels) and bool(path[-1].label) and
                    _label_style(mention.labels[0]) == _label_style(path[-1].label)))
            for path in scope.paths for mention in added):
        return scope
    return replace(scope, paths=tuple(dict.fromkeys(path[:-1] for path in scope.paths)))


#: units numbered by their rank, never by a label of their own: an alinéa holds no alinéa
#: ("… wordt in het eerste lid het woord … vervangen … en wordt een lid toegevoegd": the new
#: alinéa went into the first, silently), a sentence no sentence
_UNLABELLED = frozenset({"alinea", "sentence", "tiret"})


def _label_style(label: str) -> str:
    """The numbering of a label ("2°" and "4°" alike, "a)", "1.", "3" for a §)."""
    if "°" in label:
        return "degree"
    if label.endswith(")"):
        return "paren" if label[0].isdigit() else "letter"
    return "dot" if label.endswith(".") else "plain"


def _shared(scope: Scope, clause_scope: Scope, clause: Clause) -> Scope:
    """What the first clause's designation gives the next clauses (its act and article)."""
    return clause_scope if clause.designation else scope


def _quotes_of(operation: Operation) -> tuple[str, ...]:
    values = [getattr(operation, name, None) for name in ("old", "new", "after", "before")]
    return tuple(value for value in values if isinstance(value, str))


@dataclass
class _Job:
    context: Context
    skeleton: Skeleton
    clause: Clause
    scope: Scope
    units: tuple[NewUnit, ...] | None
    offset: int
    span: SourceSpan

    def common(self, target: Target) -> dict[str, object]:
        language = self.scope.language
        return {
            "source": Source(article=self.context.amending_article, point=self.context.point,
                             span=self.span),
            "target": target,
            # "dans le texte néerlandais" / "in de Franse tekst": the other language's text;
            # the text of the act's own language is the default (None)
            "language": language if language not in (None, self.context.lexicon.language)
            else None,
            "history": self.scope.history,
        }

    def quotes(self, role: str) -> list[str]:
        return [normalize_quoted(self.skeleton.quote_text(q.span)[1:-1])
                for q in self.clause.quotes if q.role == role]

    def fail(self, message: str, code: str = "P001") -> Exception:
        return self.context.fail(message, self.offset + self.clause.verb_start, code)

    def targets(self) -> list[Target]:
        return self.scope.targets()


def _replace(job: _Job) -> list[Operation]:
    old, new = job.quotes("subject"), job.quotes("by")
    by = [quote.span[1] for quote in job.clause.quotes if quote.role == "by"]
    subjects = [quote.span[0] for quote in job.clause.quotes if quote.role == "subject"]
    if len(old) > 1 and by and any(
            by[0] < mention.start < subject for mention in job.clause.designation
            for subject in subjects):
        # (also without the second pair's new words: "… vervangen door het woord "B" en in
        # paragraaf 2 het woord "C"" replaced "A" and "C" by "B" in both paragraphs, silently)
        # "worden in het eerste lid de woorden "A" vervangen door de woorden "B" en in het
        # tweede lid de woorden "C" door de woorden "D"": the second pair's own place was read
        # into the first one's (alinéa 1er, alinéa 2 for both)
        raise job.fail("a second pair of words with a place of its own: each pair needs its "
                       "own instruction (expected \"… et, à l'alinéa 2, les mots … sont "
                       "remplacés par …\")")
    if old and not new and job.units is not None and len(job.units) == 1 and \
            not job.units[0].children:
        new = [job.units[0].text]
    if old and new:
        if len(old) == len(new):
            pairs = list(zip(old, new, strict=True))
        elif len(new) == 1:
            pairs = [(words, new[0]) for words in old]
        else:
            raise job.fail(f"{len(old)} quoted words are replaced by {len(new)} quotes: "
                           "expected as many (\"respectivement\") or one")
        targets = job.targets()
        if job.clause.respectively and len(pairs) == len(targets) > 1 and all(
                any(step.unit == "row" for step in target.path) for target in targets):
            # "les chiffres "3" et "4" figurant dans la colonne "Juges" en regard des sièges de
            # Louvain et de Bruges, sont remplacés respectivement par les chiffres "4" et "5""
            # (2005009998, art. 6): one pair per row, in order
            return [ReplaceWords(old=a, new=b, every=job.clause.every, **job.common(target))
                    for target, (a, b) in zip(targets, pairs, strict=True)]
        return [ReplaceWords(old=a, new=b, every=job.clause.every, **job.common(target))
                for target in targets for a, b in pairs]
    if new and not old and job.units is None and len(new) == 1:
        # "La première phrase … est remplacée par les mots "…"": the unit gets new words
        return [ReplaceUnit(new=(_unit_of_words(target, new[0]),), **job.common(target))
                for target in job.targets()]
    if old or new:
        raise job.fail("expected the words replaced and the words replacing them "
                       "(\"les mots \"X\" sont remplacés par les mots \"Y\"\")")
    units = _units(job, required=True)
    # "wordt het tweede lid vervangen door drie leden, luidende:", "est remplacé par trois
    # alinéas": the count the formula announces is the block's (a block of two was read in
    # silence, as for an insertion: P003)
    _check_count(job, units)
    targets = job.targets()
    if len(targets) > 1 and len({t.article for t in targets}) == 1 and all(
            t.path for t in targets):
        # "les alinéas 2 et 3 sont remplacés par les alinéas suivants : …": the new text
        # takes the place of the first, the others are repealed (one replacement of them all)
        # (tirets replaced by dash items: tirets, as for one: "worden het eerste en het
        # tweede streepje vervangen als volgt: "- …; - …;"" gave two alinéas "- …")
        first, *rest = targets
        return [ReplaceUnit(new=_as_sentence(_as_tirets(_as_heading(units, first), first),
                                             first),
                            **job.common(first)),
                *(RepealUnit(**job.common(target)) for target in rest)]
    if len(targets) > 1 and all(t.article is not None and not t.path for t in targets):
        # "Les articles 5 et 6 sont remplacés par ce qui suit : "Art. 5. … Art. 6. …"": each
        # article by the new article of its number (each was replaced by both before)
        return _replace_articles(job, targets, units)
    return [ReplaceUnit(new=_as_sentence(_as_tirets(_as_heading(units, target), target), target),
                        **job.common(target)) for target in targets]


def _replace_articles(job: _Job, targets: list[Target],
                      units: tuple[NewUnit, ...]) -> list[Operation]:
    """Several whole articles replaced by one block: the block's articles must be the
    replaced articles, one each, in order — else the block cannot be shared out (P001)."""
    labels = [unit.label for unit in units]
    if len(units) != len(targets) or any(unit.kind != "article" for unit in units) or not all(
            label is not None and target.article is not None and target.article_until is None
            and _same_label(label, target.article)
            for label, target in zip(labels, targets, strict=True)):
        written = ", ".join(label or "?" for label in labels)
        replaced = ", ".join(t.article or "?" for t in targets)
        raise job.fail(f"{len(targets)} articles ({replaced}) replaced by a text of "
                       f"{len(units)} unit(s) ({written}): expected one new article per "
                       "article replaced, with its number")
    return [ReplaceUnit(new=(unit,), **job.common(target))
            for target, unit in zip(targets, units, strict=True)]


def _as_sentence(units: tuple[NewUnit, ...], target: Target) -> tuple[NewUnit, ...]:
    """A sentence replaced by a quoted block ("la première phrase est remplacée par ce qui
    suit : "Le ministre décide."", "wordt de eerste zin vervangen als volgt: "…""): a block
    of one plain alinéa is the new sentence (or sentences) in the sentence's alinéa, as 'la
    phrase "…" est remplacée par la phrase "…"' (the block reads its line as an alinéa: it
    was a new alinéa). A block of several alinéas or with an enumeration is left as read:
    what becomes of the rest of the sentence's alinéa the text does not say, and the applier
    refuses it (A005)."""
    if not target.path or target.path[-1].unit != "sentence" or len(units) != 1:
        return units
    unit = units[0]
    if unit.kind != "alinea" or unit.children or unit.label or unit.heading:
        return units
    return (NewUnit(kind="sentence", text=unit.text),)


_DASH = scan.compile(r"^[-–—]\s+")


def _as_tirets(units: tuple[NewUnit, ...], target: Target) -> tuple[NewUnit, ...]:
    """A tiret replaced by a quoted dash line ("le premier tiret est remplacé …: "- relève
    du cadre …"", excerpt 2011000137; "la définition de la classe 3 est remplacée comme suit :
    " - Classe 3 : …"", 2006023386 art. 84): the new units are tirets, without their dash
    (the block reads a dash line as an alinéa; replacing a tiret by it gave "- - Classe 3")."""
    last = target.path[-1].unit if target.path else None
    if last not in ("tiret", "headed") or not units or not all(
            unit.kind == "alinea" and not unit.children and _DASH.match(unit.text)
            for unit in units):
        return units
    return tuple(NewUnit(kind="tiret", text=_DASH.sub("", unit.text)) for unit in units)


def _announced_tirets(job: _Job, units: tuple[NewUnit, ...]) -> tuple[NewUnit, ...]:
    """"le 3° est complété par un tiret rédigé comme suit : "- les militaires …"", "il est
    inséré, après le premier tiret, deux tirets rédigés comme suit : …": the formula announces
    tirets, so the block's lines are tirets, without their dash (the block reads a dash line
    as an alinéa: the tiret was inserted as an alinéa "- …")."""
    announced = [mention for mention in job.clause.new_units if mention.quote is None]
    if not announced and (job.context.lexicon.pattern("announced_tirets").search(
            job.skeleton.masked, job.clause.start, job.clause.end) or (units and all(
                _DASH.match(unit.text) for unit in units))):
        # "le tiret suivant est ajouté :" (the introducer names them; no unit mention), "le
        # 3° est complété comme suit : "- les enfants."": every line a dash line, no other
        # unit announced (inserted as an alinéa "- …", or appended to the 3° as words)
        announced = [Mention("tiret", (), job.clause.start, job.clause.start)]
    if not announced or any(mention.unit != "tiret" or mention.labels for mention in announced) \
            or not all(unit.kind == "alinea" and not unit.children and not unit.label
                       for unit in units):
        return units
    job.clause.rules.append("announced tirets: the block's lines are tirets")
    return tuple(NewUnit(kind="tiret", text=_DASH.sub("", unit.text)) for unit in units)


def _unit_of_words(target: Target, words: str) -> NewUnit:
    """The new unit a designated unit becomes when it is replaced by quoted words."""
    last = target.path[-1].unit if target.path else "article"
    kind = last if last in ("sentence", "alinea", "point", "heading", "tiret") else "alinea"
    return NewUnit(kind=kind, text=words)


def _insert(job: _Job) -> list[Operation]:
    words = job.quotes("subject")
    if not words and job.units is None and (job.quotes("after") or job.quotes("before")):
        # "la phrase "…" est insérée entre les mots "…" et les mots "…"": placed by words
        words = [m.labels[0] for m in job.clause.new_units
                 if m.unit == "sentence" and m.quote is not None]
    if words and job.units is None:
        after, before = job.quotes("after"), job.quotes("before")
        if not after and not before:
            if job.clause.edge == "end":
                return [AppendWords(new=text, **job.common(t)) for t in job.targets()
                        for text in words]
            if job.clause.edge == "start" and not job.clause.every:
                # "au début de l'alinéa 1er, le mot « Désormais » est inséré"
                return [InsertWords(new=text, at_start=True, **job.common(t))
                        for t in job.targets() for text in words]
            raise job.fail("an insertion of words must say where: après / avant / entre "
                           "les mots \"…\"")
        if len(after) > 1 and len(after) == len(before) and len(words) == 1:
            # "… sont insérés entre les mots A et B et entre les mots C et D": two places
            return [InsertWords(new=words[0], after=a, before=b, every=job.clause.every,
                                **job.common(target))
                    for target in job.targets() for a, b in zip(after, before, strict=True)]
        if len(after) > 1 or len(before) > 1:
            # "les mots "A" sont insérés après le mot "B" et les mots "C" avant le mot "D"": the
            # second insertion, without its verb, was read as the place of the first ("A"
            # between "B" and "C"), "D" dropped
            raise job.fail(f"one insertion of words with {len(after)} place(s) after words and "
                           f"{len(before)} before words: expected one place (après / avant / "
                           "entre les mots \"…\" et \"…\"), or each insertion with its verb")
        return [InsertWords(new=text, after=after[0] if after else None, every=job.clause.every,
                            before=before[0] if before else None, **job.common(target))
                for target in job.targets() for text in words]
    units = _titled_division(job) or _new_sentences(job) or _announced_tirets(
        job, _announced_block(job, _units(job, required=True)))
    ranked = _ranked_sentence(job, units)
    if ranked is not None:
        return [InsertUnit(new=(ranked[0],), position="after", anchor=ranked[1],
                           **job.common(target)) for target in job.targets()]
    units = _counted_alineas(job, units)
    count = _check_announced(job, units)
    holds = _check_comprised(job, units)
    position, anchor = _placement(job, units)
    if anchor is not None and anchor.unit in ("sentence", "table") and all(
            unit.kind == "alinea" and not unit.children for unit in units) and (
            anchor.unit == "sentence" or any(m.unit == "sentence" for m in job.clause.new_units)):
        # "la phrase suivante est insérée après la phrase …": sentences of the alinéa; "après
        # le tableau où figurent les indicateurs clés, il est inséré une phrase rédigée comme
        # suit" (2016003166, art. 27, 3°): the sentence after the table
        units = tuple(NewUnit(kind="sentence", text=unit.text) for unit in units)
    if any(m.unit == "row" and m.determiner for m in job.clause.new_units) and all(
            unit.kind == "alinea" and not unit.children for unit in units):
        # "une ligne rédigée comme suit est insérée après la ligne VII.1.2 : "…"": a row
        units = tuple(NewUnit(kind="row", text=unit.text) for unit in units)
    scope = job.scope
    if units[0].kind in ("article", *DIVISION_KINDS):
        scope = scope.container() if anchor is None or anchor.unit == "article" else scope
    return [InsertUnit(new=units, position=position, anchor=anchor, announced_count=count,
                       holds=holds, **job.common(target))
            for target in replace(job, scope=scope).targets()]


def _ranked_sentence(job: _Job, units: tuple[NewUnit, ...]) -> tuple[NewUnit, Step] | None:
    """"il est inséré une deuxième phrase, rédigée comme suit : "…"" (no other place): a
    sentence has no label, its rank is its place: after the sentence of the rank before."""
    announced = [m for m in job.clause.new_units if m.quote is None]
    if job.clause.anchors or job.clause.edge or len(announced) != 1 or \
            announced[0].unit != "sentence" or len(announced[0].labels) != 1 or len(units) != 1:
        return None
    rank = re.fullmatch(r"#(\d+)", announced[0].labels[0])
    unit = units[0]
    if rank is None or int(rank[1]) < 2 or unit.kind != "alinea" or unit.label or unit.children:
        return None
    return NewUnit(kind="sentence", text=unit.text), Step(unit="sentence",
                                                          label=f"#{int(rank[1]) - 1}")


def _new_sentences(job: _Job) -> tuple[NewUnit, ...] | None:
    """"la phrase "…" est insérée entre …": the quoted sentence is the new unit."""
    quoted = [m for m in job.clause.new_units if m.unit == "sentence" and m.quote is not None]
    if not quoted or job.units is not None:
        return None
    return tuple(NewUnit(kind="sentence", text=m.labels[0]) for m in quoted)


def _titled_division(job: _Job) -> tuple[NewUnit, ...] | None:
    """"il est inséré un chapitre II/1 intitulé "…"": the new division and its heading (and,
    "comprenant les articles …, rédigé comme suit :", the articles of the block)."""
    headings = job.quotes("heading")
    if not headings:
        return None
    divisions = [m for m in job.clause.new_units if m.unit in DIVISION_KINDS and m.labels]
    if len(divisions) != 1 or len(headings) != 1:
        raise job.fail("a new division with its heading: expected one division and one "
                       "quoted heading (\"il est inséré un chapitre II intitulé \"…\"\")")
    division = divisions[0]
    heading = headings[0]
    named = job.context.lexicon.pattern("division_heading").match(heading)
    if named is not None and _same_label(named["label"], division.labels[0]) and \
            heading[named.end() :].strip():
        # "intitulée : "Section XVIbis- Des obligations …"" (2006023386, art. 56): the
        # quote repeats the division's name before its heading
        heading = heading[named.end() :].strip()
    return (NewUnit(kind=division.unit, label=division.labels[0], text=heading,
                    children=job.units or ()),)


def _placement(job: _Job, units: tuple[NewUnit, ...]) -> tuple[str, Step | None]:
    anchors = job.clause.anchors
    if anchors:
        kind, mention = anchors[0]
        steps = mention.steps()
        anchor = steps[-1] if kind == "after" else steps[0]
        return ("after" if kind == "after" else "before"), anchor
    if job.clause.edge == "start":
        return "start", None
    if units[0].label is not None:
        return "label", None
    if job.clause.edge == "end":
        return "end", None
    rank = _announced_rank(job.clause)
    if rank is not None:
        # "wordt een derde lid ingevoegd", "il est inséré un alinéa 3": the new alinéa becomes
        # the third, after the second (the first: at the start)
        return ("start", None) if rank == 1 else ("after", Step(unit="alinea", label=str(
            rank - 1)))
    if all(unit.kind == "alinea" and unit.label is None for unit in units) and \
            job.clause.new_units:
        # "Un nouvel alinéa, rédigé comme suit, est inséré à l'article 25 de la même loi :"
        # (2005009427, art. 6): semantics §3 (insert_unit, "est inséré un alinéa rédigé comme
        # suit"): new units go at the end of the container when no place is stated
        job.clause.rules.append("insert: no place stated: at the end (semantics §3)")
        return "end", None
    raise job.fail("an insertion must say where (après / avant / entre …), or the new unit "
                   "must carry its label")


def _announced_rank(clause: Clause) -> int | None:
    """The rank of the one alinéa an insertion announces ("een nieuwe tweede lid" → 2)."""
    if len(clause.new_units) != 1:
        return None
    mention = clause.new_units[0]
    if mention.unit != "alinea" or len(mention.labels) != 1 or mention.until:
        return None
    found = re.fullmatch(r"(\d+)(?:er)?", mention.labels[0])
    return int(found.group(1)) if found and int(found.group(1)) > 0 else None


def _complete(job: _Job) -> list[Operation]:
    if job.quotes("after") or job.quotes("before") or job.clause.anchors or \
            job.clause.edge == "start":
        # "le mot "/ou" est ajouté entre le mot "et" et le mot "institutions"" (2006023386,
        # art. 91, 4°, b)): words added at a place are inserted there, not at the end; so are
        # units: "il est ajouté, après l'alinéa 1er, un alinéa", "wordt tussen het eerste en
        # het tweede lid een lid toegevoegd"
        return _insert(job)
    completed, by = job.quotes("subject"), job.quotes("by")
    if completed and by:
        # "les mots "de la loi" sont complétés par les mots "du 3 juin 2010"": the new words
        # go right after the words completed (appended at the end of the unit, the words
        # completed were dropped)
        if len(by) != 1:
            raise job.fail(f"{len(completed)} quoted words completed by {len(by)} quotes: "
                           "expected one group of new words")
        job.clause.rules.append("complete words: inserted after them")
        return [InsertWords(new=by[0], after=text, every=job.clause.every, **job.common(target))
                for target in job.targets() for text in completed]
    words = by or completed
    added = [m for m in job.clause.designation if m.unit == "sentence" and m.quote is not None]
    if not words and job.units is None and len(added) == 1 and _added_last(job, added[0]):
        # "à l'alinéa 2, la phrase « Il peut être prolongé. » est ajoutée": the sentence quoted
        # is the new one, at the end of the unit designated before it (it was P009); "la
        # phrase « … » est ajoutée à l'alinéa 2": the unit after the verb
        job.clause.rules.append("complete: the quoted sentence added")
        scope = replace(job.scope, paths=tuple(dict.fromkeys(
            path[:-1] if path and path[-1].unit == "sentence" else path
            for path in job.scope.paths)))
        return [InsertUnit(new=(NewUnit(kind="sentence", text=added[0].labels[0]),),
                           position="end", **job.common(target))
                for target in replace(job, scope=scope).targets()]
    if by and job.units is None and _quoted_sentences(job):
        # "l'alinéa 2 est complété par la phrase "Il peut être prolongé."": a sentence added
        # at the end of the unit, as "par la phrase suivante : "…"" (appended as words, it
        # went before the unit's final point: "… jours Il peut être prolongé..")
        job.clause.rules.append("complete: quoted sentences")
        return [InsertUnit(new=tuple(NewUnit(kind="sentence", text=text) for text in by),
                           position="end", **job.common(target)) for target in job.targets()]
    if words and job.units is None:
        return [AppendWords(new=text, **job.common(target))
                for target in job.targets() for text in words]
    units = _announced_tirets(job, _as_sentences(job, _announced_block(
        job, _units(job, required=True))))
    if not job.clause.new_units and len(units) == 1 and not units[0].label and \
            not units[0].children and units[0].kind == "alinea" and units[0].text[:1] and \
            not units[0].text[:1].isupper():
        # "le § 1er est complété comme suit : " aux conditions fixées par l'article 329bis. "":
        # words that go on the unit's text (a new alinéa starts with a capital)
        return [AppendWords(new=units[0].text, **job.common(target))
                for target in job.targets()]
    units = _counted_alineas(job, units)
    count = _check_announced(job, units)
    # "… est complétée par un chapitre 8, comprenant l'article 50": the articles are checked
    # against the quoted text, or (a heading alone) are the base's the division holds
    holds = _check_comprised(job, units) if job.clause.comprised else ()
    return [InsertUnit(new=units, position="end", announced_count=count, holds=holds,
                       **job.common(target)) for target in job.targets()]


def _added_last(job: _Job, added: Mention) -> bool:
    """Whether the quoted sentence is the last unit designated before the verb, and the
    units after it (if any) come after the verb ("la phrase « … » est ajoutée à l'alinéa
    2": the place it is added to)."""
    designation = job.clause.designation
    after = designation[designation.index(added) + 1:]
    if not after:
        return True  # "à l'alinéa 2, la phrase « … » est ajoutée", "il est ajouté la phrase"
    return added.end <= job.clause.verb_start and all(
        mention.start >= job.clause.verb_end for mention in after)


def _as_sentences(job: _Job, units: tuple[NewUnit, ...]) -> tuple[NewUnit, ...]:
    """"est complété par la phrase suivante : "…"": the new text is sentences of the unit,
    not alinéas."""
    clause = job.clause
    zone = job.skeleton.masked[clause.verb_end : clause.end]  # what the predicate adds
    announced = any(mention.unit == "sentence" for mention in clause.new_units)
    if not announced and not _SENTENCES.search(zone):
        return units
    if any(unit.children or unit.label for unit in units):
        return units
    return tuple(NewUnit(kind="sentence", text=unit.text) for unit in units)


def _quoted_sentences(job: _Job) -> bool:
    """Whether the new text the predicate adds is quoted right after "la phrase" / "les
    phrases" (the words of ``_SENTENCES``)."""
    clause = job.clause
    zone = job.skeleton.masked[clause.verb_end : clause.end]
    return any(zone[found.end():].lstrip(" \t\n:").startswith(QUOTE_MARK)
               for found in _SENTENCES.finditer(zone))


_SENTENCES = scan.regex(r"\b(?:la|les|une|deux)\s+(?:nouvelles?\s+)?phrases?\b"
                        r"(?!\s+(?:liminaire|introductive))"
                        r"(?:\s+suivantes?)?"
                        r"|\bvolgende\s+zinn?(?:en)?\b|\been\s+zin\b"
                        # "wordt aangevuld met de zin "…"" (as "par la phrase "…"")
                        r"|\bde\s+zin(?:nen)?\b", re.I)


def _repeal(job: _Job) -> list[Operation]:
    words = job.quotes("subject")
    if words:
        return [RepealWords(old=text, every=job.clause.every, **job.common(target))
                for target in job.targets() for text in words]
    if job.units is not None:
        raise job.fail("a repeal takes no new text")
    return [RepealUnit(**job.common(target)) for target in job.targets()]


def _restore(job: _Job) -> list[Operation]:
    units = _units(job, required=True)
    targets = job.targets()
    if len(targets) > 1:
        # "de bepalingen onder 2° en 3°, opgeheven bij …, worden hersteld als volgt: "2° …
        # 3° …"": each unit restored with its own text (each got both texts, a 2° and a 3°
        # restored twice)
        own = [[unit for unit in units if unit.label is not None and _same_label(
            unit.label, target.path[-1].label if target.path else target.article or "")]
            for target in targets]
        if len(units) != len(targets) or any(len(found) != 1 for found in own):
            raise job.fail(f"{len(targets)} units restored by a text of {len(units)} "
                           "unit(s): expected one quoted unit per unit restored, with its "
                           "label", "P009")
        return [RestoreUnit(new=(found[0],), **job.common(target))
                for target, found in zip(targets, own, strict=True)]
    return [RestoreUnit(new=units, **job.common(target)) for target in targets]


def _renumber(job: _Job) -> list[Operation]:
    grouped = _grouped_into(job)
    if grouped is not None:
        return grouped
    targets = job.targets()
    ranged = _renumbered_range(job, targets)
    if ranged is not None:
        return ranged
    labels = [label for mention in job.clause.renumbered for label in mention.labels]
    if not labels or len(labels) != len(targets):
        raise job.fail(f"renumbering: {len(targets)} unit(s) designated but {len(labels)} new "
                       "label(s) (expected \"l'article 5 devient l'article 6\")")
    kinds = {mention.unit for mention in job.clause.renumbered}
    wrap = _present_text(job, targets, kinds, labels)
    if wrap is not None:
        return wrap
    if kinds == {"paragraph"} and all(_kind_of(target) == "alinea" for target in targets):
        # "l'alinéa 1er devient le paragraphe 1er" (2022015455 art. 18, 1°): the alinéa is
        # wrapped into the new § (applied when it is the article's only alinéa)
        job.clause.rules.append("wrap: alinea into paragraph")
        return [WrapUnit(unit="paragraph", label=label, **job.common(target))
                for target, label in zip(targets, labels, strict=True)]
    for target in targets:
        kind = _kind_of(target)
        if kinds != {kind}:
            raise job.fail(f"renumbering: {target.describe()} cannot become a unit of "
                           f"another kind ({kind} → {'/'.join(sorted(kinds))}): a renumbered "
                           "unit keeps its kind (\"dont le texte actuel formera le § 1er\" "
                           "wraps a text)")
    return [Renumber(new_label=label, **job.common(target))
            for target, label in zip(targets, labels, strict=True)]


_PLAIN_NUMBER = scan.compile(r"(?P<number>\d+)(?P<suffix>er|re|°)?")


def _grouped_into(job: _Job) -> list[Operation] | None:
    """"Les articles 5 à 8 de la même loi forment le chapitre 2, intitulé « … »", "De
    artikelen 5 tot 8 van dezelfde wet vormen een hoofdstuk 2, met als opschrift « … »":
    articles of the base grouped into a new division — the insertion of the division that
    holds them (``InsertUnit.holds``, as "il est inséré un chapitre 2, comprenant les articles
    5 à 8, intitulé …": the applier moves them into it, at the place of the first, or refuses,
    A005). Only articles designated, one division named; None when the clause is no such
    grouping (a renumbering)."""
    clause = job.clause
    divisions = [m for m in (*clause.renumbered, *clause.new_units) if m.unit in DIVISION_KINDS]
    if not divisions or not clause.designation or any(
            m.unit != "article" for m in clause.designation):
        return None
    headings = job.quotes("heading")
    others = [quote for quote in clause.quotes if quote.role != "heading"]
    if len(divisions) != 1 or len(divisions[0].labels) != 1 or divisions[0].until or \
            len(headings) > 1 or others or job.units is not None or any(
            m.unit not in DIVISION_KINDS for m in (*clause.renumbered, *clause.new_units)):
        raise job.fail("articles grouped into a division: expected the articles, one division "
                       "with its number and at most its quoted heading (\"les articles 5 à 8 "
                       "forment le chapitre 2, intitulé « … »\")")
    division = divisions[0]
    targets = job.targets()
    if any(target.article is None or target.path for target in targets):
        raise job.fail("articles grouped into a division: only whole articles are grouped")
    heading = headings[0] if headings else ""
    named = job.context.lexicon.pattern("division_heading").match(heading)
    if named is not None and _same_label(named["label"], division.labels[0]) and \
            heading[named.end() :].strip():
        heading = heading[named.end() :].strip()  # "« Chapitre 2. Dispositions générales »"
    # the heading is read here (a renumbering takes no quote: ``_ROLES_READ``)
    clause.quotes = [quote for quote in clause.quotes if quote.role != "heading"]
    holds = tuple(Step(unit="article", label=target.article or "", until=target.article_until)
                  for target in targets)
    clause.rules.append("grouped: the articles " + ", ".join(
        step.label + (f" à {step.until}" if step.until else "") for step in holds)
        + f" into {division.unit} {division.labels[0]}")
    new = NewUnit(kind=division.unit, label=division.labels[0], text=heading)
    return [InsertUnit(new=(new,), position="label", holds=holds, **job.common(target))
            for target in replace(job, scope=job.scope.container()).targets()]


def _renumbered_range(job: _Job, targets: list[Target]) -> list[Operation] | None:
    """"les articles 5 à 8 deviennent les articles 6 à 9", "les 3° à 5° deviennent les 4° à
    6°": one renumbering per unit of the range, pairing numbers in order — only for ranges
    of plain numbers of the same length (5, 6, 7, 8 → 6, 7, 8, 9), emitted so that no new
    label is taken when it is given (the last first when the numbers go up). A range paired
    with anything else is refused: which units it holds (5bis, 6/1) the base decides, and
    the text does not say where each one goes."""
    ranges = [(target.article, target.article_until) if target.article_until is not None
              else (target.path[-1].label, target.path[-1].until)
              for target in targets if target.article_until is not None
              or (target.path and target.path[-1].until is not None)]
    news = [(label, mention.until) for mention in job.clause.renumbered
            for label in mention.labels if mention.until is not None]
    if not ranges and not news:
        return None
    if len(targets) == len(ranges) == len(news) == 1 and len(job.clause.renumbered) == 1:
        first, last = (_PLAIN_NUMBER.fullmatch(label or "") for label in ranges[0])
        new_first, new_last = (_PLAIN_NUMBER.fullmatch(label or "") for label in news[0])
        if first and last and new_first and new_last and \
                int(last["number"]) - int(first["number"]) == \
                int(new_last["number"]) - int(new_first["number"]) >= 0:
            kind = _kind_of(targets[0])
            if {job.clause.renumbered[0].unit} != {kind}:
                raise job.fail(f"renumbering: a range of {kind}s cannot become "
                               f"{job.clause.renumbered[0].unit}s (a renumbered unit keeps its "
                               "kind)")
            start, shift = int(first["number"]), int(new_first["number"]) - int(
                first["number"])
            numbers = list(range(start, int(last["number"]) + 1))
            if shift > 0:
                numbers.reverse()
            target = targets[0]

            def label(number: int, match: re.Match[str]) -> str:
                if number == int(match["number"]):
                    return match.group(0)  # as written: "1er", "3°"
                return f"{number}{'°' if match['suffix'] == '°' else ''}"

            operations: list[Operation] = []
            for number in numbers:
                old = label(number, first)
                one = (target.model_copy(update={"article": old, "article_until": None})
                       if target.article_until is not None else target.model_copy(update={
                           "path": (*target.path[:-1], target.path[-1].model_copy(update={
                               "label": old, "until": None}))}))
                operations.append(Renumber(new_label=label(number + shift, new_first),
                                           **job.common(one)))
            job.clause.rules.append(f"renumber range: {len(numbers)} units, by {shift:+d}")
            return operations
    shown = ", ".join(f"{a} à {b}" for a, b in (*ranges, *news))
    raise job.fail(f"renumbering a range ({shown}): read only as a range of plain numbers "
                   "becoming a range of the same length (\"les articles 5 à 8 deviennent les "
                   "articles 6 à 9\"); which units another range holds, and where each goes, "
                   "the text does not say")


def _kind_of(target: Target) -> str:
    if target.path:
        return target.path[-1].unit
    if target.article is not None:
        return "article"
    return target.divisions[-1].unit if target.divisions else "act"


def _present_text(job: _Job, targets: list[Target], kinds: set[str],
                  labels: list[str]) -> list[Operation] | None:
    """"Le texte actuel de l'article 10 … formera le § 1er": a wrap (lexicon
    ``present_text`` before the designation), not a renumbering."""
    masked = job.skeleton.masked
    found = job.context.lexicon.pattern("present_text").search(
        masked, job.clause.start, job.clause.verb_start)
    if found is None:
        return None
    kind = next(iter(kinds))
    if len(targets) != 1 or len(kinds) != 1 or kind not in ("paragraph", *DIVISION_KINDS) or \
            kind == _kind_of(targets[0]):
        raise job.fail("the present text of the unit becomes what? expected one § or one "
                       "division with its number (\"le texte actuel de l'article 10 formera "
                       "le § 1er\")", "P007")
    unit = cast(WrapKind, kind)
    job.clause.rules.append(f"wrap: {unit} {labels[0]}")
    return [WrapUnit(unit=unit, label=labels[0], **job.common(targets[0]))]


def _units(job: _Job, *, required: bool) -> tuple[NewUnit, ...]:
    if job.units is None:
        if required:
            raise job.fail("expected the new text as a quoted block after a colon "
                           "(\"rédigé comme suit : \"…\"\")", "P009")
        return ()
    return job.units


def _as_heading(units: tuple[NewUnit, ...], target: Target) -> tuple[NewUnit, ...]:
    if target.path and target.path[-1].unit == "heading":
        text = " ".join(unit.text for unit in units)
        return (NewUnit(kind="heading", text=text),)
    return units


def _announced_block(job: _Job, units: tuple[NewUnit, ...]) -> tuple[NewUnit, ...]:
    """The new unit the formula announces, when the block gives its text without its label:

    - "un 22° est inséré et rédigé comme suit : " besoin spécifique " : …", "il est inséré
      un article 102/4 rédigé comme suit : "La question …" (alinéas)": the block is the body
      of the announced unit (its first alinéa the unit's text, the rest its children);
    - "complété par un j), rédigé comme suit : "j. L'article 383 …"": the label written in
      another style ("j." for "j)") is the announced one;
    - "il est inséré un article 49/1 rédigé comme suit : " Art. 49.1. …"": "49.1" is how the
      page writes 49/1;
    - "il est inséré une Section 2 intitulée : "Détection …"": the block is the heading of
      the announced division.
    Anything else is left to :func:`_check_announced` (P009 on a mismatch)."""
    announced = [mention for mention in job.clause.new_units if mention.labels]
    if len(announced) != 1 or len(announced[0].labels) != 1 or len(job.clause.new_units) != 1:
        return units
    mention, label = announced[0], announced[0].labels[0]
    first = units[0]
    if mention.unit in DIVISION_KINDS:
        titled = job.context.lexicon.pattern("titled").search(job.skeleton.masked.rstrip())
        if titled and len(units) == 1 and first.kind == "alinea" and not first.children:
            return (NewUnit(kind=mention.unit, label=label, text=first.text),)
        return units
    if mention.unit not in ("article", "paragraph", "point"):
        return units
    if first.label is not None:
        dotted = re.fullmatch(r"(\d+)/(\d+)", label)
        if dotted and first.kind == mention.unit and first.label == dotted[1] and \
                first.text.startswith(dotted[2] + ". "):
            text = first.text[len(dotted[2]) + 2 :]
            return (first.model_copy(update={"label": label, "text": text}), *units[1:])
        if dotted and first.kind == mention.unit == "article" and \
                first.label == f"{dotted[1]}.{dotted[2]}":  # read as a Code's label '49.1'
            return (first.model_copy(update={"label": label}), *units[1:])
        return units
    if first.kind != "alinea" or any(unit.kind not in ("alinea", "point") for unit in units):
        return units
    text = first.text
    echo = re.match(re.escape(label.rstrip(").°")) + r"[.)]\s+", text)
    if echo is not None and mention.unit == "point":
        text = text[echo.end() :]
    return (NewUnit(kind=mention.unit, label=label, text=text,
                    children=(*first.children, *units[1:])),)


def _check_count(job: _Job, units: tuple[NewUnit, ...]) -> None:
    """The number of unlabelled units a replacement announces ("door drie leden", "par
    trois alinéas"), checked against the block (P003)."""
    counted = [mention for mention in job.clause.new_units
               if mention.quote is None and not mention.labels]
    count = sum(mention.count or 0 for mention in counted)
    held = _block_count(units, counted)
    if count and count != held:
        raise job.fail(f"count mismatch: the formula announces {count} unit(s) but the "
                       f"quoted block holds {held}", "P003")


def _block_count(units: tuple[NewUnit, ...], announced: list[Mention]) -> int:
    """How many units the block holds for the count the formula announces: the sentences of
    its one plain alinéa when sentences are announced ("wordt de eerste zin vervangen door de
    volgende twee zinnen: "Een. Twee."", P003 before: the block reads one line as one
    alinéa), else its units."""
    if announced and all(mention.unit == "sentence" for mention in announced) and \
            len(units) == 1 and units[0].kind in ("alinea", "sentence") and \
            not units[0].children and not units[0].label:
        return len(_SENTENCE_END.split(units[0].text.strip()))
    return len(units)


#: the end of a sentence inside a quoted alinéa (a full stop, then the next sentence)
_SENTENCE_END = scan.regex(r"(?<=[.!?])\s+(?=\S)")


def _counted_alineas(job: _Job, units: tuple[NewUnit, ...]) -> tuple[NewUnit, ...]:
    """"… est complété par deux alinéas rédigés comme suit : "Le Roi fixe : - la date de
    décès."": the formula counts the dash line as an alinéa of its own — so it is one again
    ("- …"), not a tiret of the alinéa before it (``blocks.build_units``), when that reading
    is the one that has the count announced."""
    announced = [m for m in job.clause.new_units if m.quote is None]
    if not announced or any(m.unit != "alinea" or m.labels for m in announced):
        return units
    count = sum(m.count or 0 for m in announced)
    if not count or count == len(units):
        return units
    flat: list[NewUnit] = []
    for unit in units:
        if unit.kind == "alinea" and unit.children and all(
                child.kind == "tiret" and not child.children for child in unit.children):
            flat.append(unit.model_copy(update={"children": ()}))
            flat.extend(NewUnit(kind="alinea", text=f"- {child.text}")
                        for child in unit.children)
        else:
            flat.append(unit)
    return tuple(flat) if len(flat) == count else units


def _check_announced(job: _Job, units: tuple[NewUnit, ...]) -> int | None:
    """The count the formula announces, checked against the block (P003, P009)."""
    # a quoted sentence ("la phrase "…" est insérée") is its own text, not an announcement
    announced: list[Mention] = [m for m in job.clause.new_units if m.quote is None]
    if not announced:
        return None
    count = sum(mention.count or 0 for mention in announced if not mention.labels)
    alineas = all(mention.unit == "alinea" for mention in announced)
    labels = [] if alineas else [label for mention in announced for label in mention.labels]
    # an alinéa has no label: "un alinéa 6", "un troisième alinéa" announce its rank
    count = count or (sum(mention.count or 0 for mention in announced) if alineas else 0)
    held = _block_count(units, announced)
    if count and count != held and not labels:
        raise job.fail(f"count mismatch: the formula announces {count} unit(s) but the "
                       f"quoted block holds {held}", "P003")
    for label, unit in zip(labels, units, strict=False):
        if unit.label is None or not _same_label(label, unit.label):
            raise job.fail(f"the formula announces {label!r} but the quoted block starts "
                           f"with {unit.label or 'an unlabelled alinéa'!r}", "P009")
    return count or None


def _described_articles(context: Context, masked: str, clause: Clause) -> None:
    """"Le chapitre 2 de la même loi, comportant les articles 5 à 8, est abrogé", "Hoofdstuk 2
    …, dat de artikelen 5 tot 8 bevat, wordt opgeheven": the articles a designated division
    holds describe it, they are no place inside it (it was read as the repeal of the articles
    5 to 8, the chapter and its heading left standing). The division is the target; the
    description is kept in the clause's rules (``explain``), not checked against the base."""
    division = next((m for m in clause.designation if m.unit in DIVISION_KINDS), None)
    described = _held_articles(context, masked, clause, division)
    if not described:
        return
    clause.rules.append("described: the division holds the articles " + "; ".join(
        "/".join(m.labels) + (f" à {m.until}" if m.until else "") for m in described)
        + " (not checked)")


def _comprised_articles(context: Context, masked: str, clause: Clause) -> None:
    """"La même loi est complétée par un chapitre 8, comprenant l'article 50, rédigé comme
    suit", "Dezelfde wet wordt aangevuld met een hoofdstuk 8, dat bestaat uit artikel 50,
    luidende": the articles after the new division (after the verb) are the ones it holds,
    no place of the designation (article 50 was the target, the chapter put inside it). They
    are moved to ``clause.comprised``, checked against the quoted text (``_check_comprised``)."""
    division = next((m for m in clause.new_units if m.unit in DIVISION_KINDS
                     and m.start >= clause.verb_end), None)
    described = _held_articles(context, masked, clause, division)
    if described:
        clause.comprised = described


def _held_articles(context: Context, masked: str, clause: Clause,
                   division: Mention | None) -> list[Mention]:
    """The articles the designation names after ``division`` behind the lexicon's
    "comprising" words ("comportant", "comprenant", "dat … bevat", "bestaande uit"), taken
    out of the designation (they describe the division or are its content, never a place)."""
    if division is None:
        return []
    comprising = context.lexicon.pattern("comprising")
    held = [m for m in clause.designation if m.unit == "article" and m.start >= division.end
            and comprising.search(masked[max(0, m.start - 40) : m.start])]
    if held:
        clause.designation = [m for m in clause.designation
                              if all(m is not other for other in held)]
    return held


def _check_comprised(job: _Job, units: tuple[NewUnit, ...]) -> tuple[Step, ...]:
    """"une section 3, comportant les articles 10/1 à 10/3, rédigée comme suit", "un chapitre
    IIbis … comprenant l'article 9bis": the articles the new text holds are the ones the
    formula names (a range: its first and last), else P009. A block without articles is
    the division's heading: the articles named are returned (``InsertUnit.holds``), those of
    the base move into it, the others come with other instructions (docs/apply.md)."""
    comprising = job.context.lexicon.pattern("comprising")
    masked = job.skeleton.masked
    described = job.clause.comprised or [
        m for m in job.clause.designation if m.unit == "article" and
        comprising.search(masked[max(0, m.start - 40) : m.start])]
    if not described:
        return ()
    job.clause.rules.append("comprising: " + "; ".join(
        "/".join(m.labels) + (f" à {m.until}" if m.until else "") for m in described))

    def articles(units: tuple[NewUnit, ...]) -> list[str]:
        return [label for unit in units for label in (
            [unit.label or ""] if unit.kind == "article" else articles(unit.children))]

    found = articles(units)
    if not found:
        # "il est inséré une section XVIbis intitulée "…" comprenant l'article 75bis"
        # (2006023386, art. 56): the heading alone; the articles are the base's or come with
        # other instructions
        return _held(described) if all(unit.kind in DIVISION_KINDS for unit in units) else ()
    named = [label for m in described for label in m.labels]
    ranged = len(described) == 1 and described[0].until is not None
    if ranged and len(named) == 1:
        expected = f"from {named[0]} to {described[0].until}"
        fits = len(found) >= 2 and _same_label(found[0], named[0]) and \
            _same_label(found[-1], described[0].until or "")
    else:
        expected = ", ".join(named)
        fits = not any(m.until or m.ranges for m in described) and len(found) == len(named) \
            and all(_same_label(a, b) for a, b in zip(found, named, strict=True))
    if not fits:
        raise job.fail(f"the formula names the articles {expected} but the quoted block holds "
                       f"{', '.join(found) or 'no article'}", "P009")
    return ()


def _held(described: list[Mention]) -> tuple[Step, ...]:
    """The articles named after "comportant" as steps: one per label, a range with its end
    ("les articles 142 à 145"; "5, 6 et 8 à 10": 8 until 10)."""
    steps: list[Step] = []
    for mention in described:
        ranges = dict(mention.ranges)
        for label in mention.labels:
            until = ranges.get(label) or (mention.until if label == mention.labels[-1] else None)
            steps.append(Step(unit="article", label=label, until=until))
    return tuple(steps)


def _same_label(left: str, right: str) -> bool:
    try:
        return parse_label(left).same(parse_label(right))
    except ValueError:
        return " ".join(left.split()).rstrip(".") == " ".join(right.split()).rstrip(".")


LOWERINGS: dict[str, Callable[[_Job], list[Operation]]] = {
    "replace": _replace,
    "insert": _insert,
    "complete": _complete,
    "repeal": _repeal,
    "restore": _restore,
    "renumber": _renumber,
}
