"""Annexes and tables: the designation steps inside an annex, and new text joined as an annex.

An annex of an act is designated like a division ("l'annexe II", "les annexes Ire et VII",
"l'annexe au Code judiciaire", "la même annexe", "cette annexe"): it sets
:attr:`~consolidate.model.Target.annex`, and the units after it (its divisions, articles,
points) are the annex's. A table and its cells are steps of the path: ``table`` ("le tableau
du titre 2, chapitre 2"), ``row`` (by the number of its first cell, "au III.6", "les lignes du
VII.1.4.2.", or by a name, "en regard du siège d'Anvers"), ``column`` ("la cinquième colonne",
"la colonne "Juges""). Each rule is a fragment of the lexicon (``annex``, ``table``, ``row``,
``row_named``, ``column``); :func:`mentions` turns its matches into unit mentions.

New text the amending act does not quote but joins as one of its own annexes ("… sont
remplacées par les annexes Ire et II jointes à la présente loi", "… est complété par une ligne
jointe comme annexe V à la présente loi", "une annexe VIII, jointe comme annexe IX à la
présente loi, est insérée", "… par le texte ajouté à l'annexe III/1 à la présente loi") is read
by the ``joined`` fragment (:func:`read_joined`): the unit announced just before it is the new
unit, its text is the annex of the amending act (:attr:`~consolidate.model.NewUnit.joined`),
and :func:`lower_joined` gives the operations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..lang import scan
from ..lang.lexicon import Lexicon
from ..model import DIVISION_KINDS, InsertUnit, NewUnit, NewUnitKind, Operation, ReplaceUnit
from ..text import normalize_quoted
from .skeleton import Skeleton

if TYPE_CHECKING:  # pragma: no cover
    from .clauses import Clause
    from .units import Mention


def _label(raw: str) -> str:
    """"Ire>" (a page's markup of "I<sup>re</sup>") → "Ire"; "10 ter" → "10ter"; a row's
    "VII.1.4.2." → "VII.1.4.2"."""
    label = raw.strip().removesuffix(">").rstrip(".")
    return re.sub(r"(?<=\d)\s+(?=[a-z])", "", label)


def mentions(lexicon: Lexicon, masked: str, start: int, stop: int,
             make: Callable[..., Mention]) -> list[Mention]:
    """The annex, table, row and column mentions of ``masked[start:stop]``."""
    found: list[Mention] = []
    for match in lexicon.pattern("annex").finditer(masked, start, stop):
        if match["same"]:
            labels: tuple[str, ...] = ("@same",)
        elif match["labels"]:
            labels = tuple(_label(part) for part in re.split(r"\s*,\s*|\s+et\s+",
                                                             match["labels"]))
        elif match["noun"] and match["noun"].casefold() in lexicon.plural_annexes:
            labels = ("@all",)  # "in de bijlagen bij het koninklijk besluit": the act's annexes
        else:
            labels = ("",)
        determiner = match["det"]
        found.append(make("annex", labels, match.start(), match.end(), None,
                          determiner or None, 1 if determiner else None))
    for match in lexicon.pattern("table").finditer(masked, start, stop):
        description = " ".join((match["description"] or "").split())
        found.append(make("table", (description,), match.start(), match.end()))
    for match in lexicon.pattern("row").finditer(masked, start, stop):
        numbers = match["labels"] or match["labels2"]
        if numbers:
            rows = re.findall(r"(?-i:[IVXLC]+)\.\d+(?:\.\d+)*", numbers)
            found.append(make("row", tuple(rows), match.start(), match.end()))
        elif match["quote"]:  # "la ligne "Bruxelles"": the row by its first cell, quoted
            found.append(make("row", ("@quote",), match.start(), match.end(),
                              quote=(match.start("quote"), match.end("quote"))))
        elif match["noun"]:  # "une ligne" (announced), "les lignes jointes comme annexe III/2"
            determiner = match["det"]
            found.append(make("row", (), match.start(), match.end(), None, determiner or None,
                              1 if determiner else None))
    for match in lexicon.pattern("row_named").finditer(masked, start, stop):
        names = re.split(r"\s+et\s+(?:de\s+|d['’]|du\s+)", match["names"])
        found.append(make("row", tuple(name.strip() for name in names), match.start(),
                          match.end()))
    for match in lexicon.pattern("only_article").finditer(masked, start, stop):
        found.append(make("article", ("1",), match.start(), match.end()))
    for match in lexicon.pattern("column").finditer(masked, start, stop):
        if match["quote"]:
            quote = (match.start("quote"), match.end("quote"))
            found.append(make("column", ("@quote",), match.start(), match.end(), quote=quote))
            continue
        rank = lexicon.ordinals.get(match["ord"].casefold())
        if rank is not None:
            found.append(make("column", (f"#{rank}",), match.start(), match.end()))
    return found


@dataclass(frozen=True)
class Joined:
    """"… jointe(s) [comme annexe N] à la présente loi" as read (masked in the skeleton)."""

    start: int
    end: int
    label: str | None
    """The amending act's annex ("comme annexe V"); None: the annex of the same label."""
    text: bool
    """"le texte ajouté à l'annexe III/1": no unit is announced, the text is added."""
    alone: bool = False
    """"par l'annexe jointe au présent arrêté": the annex noun alone before the phrase (read
    with it: the amending act's only annex)."""


def read_joined(lexicon: Lexicon, skeleton: Skeleton) -> Joined | None:
    """The joined-annex phrase of an instruction's head, masked; None if it has none."""
    masked = skeleton.masked
    match = lexicon.pattern("joined").search(masked)
    while match is not None and match["bare"] and not lexicon.pattern(
            "joined_bare_after").search(masked, 0, match.start()):
        # "l'annexe 2 du présent arrêté" not after "par": the act's own annex, designated
        match = lexicon.pattern("joined").search(masked, match.end())
    if match is None:
        return None
    label = match["label"] or match["label2"] or match["label3"]
    start = match.start()
    alone = lexicon.pattern("annex_alone").search(skeleton.masked, 0, start) \
        if not match["text"] else None
    if alone is not None:
        start = alone.start()
    skeleton.mask(start, match.end(), " ")
    return Joined(start, match.end(), _label(label) if label else None, bool(match["text"]),
                  alone is not None)


def _gap(masked: str, start: int, end: int, clause: Clause) -> str:
    """The words between a unit and the joined phrase after it, the clause's verb aside
    ("wordt een bijlage 3bis ingevoegd, die als bijlage 4 bij dit besluit is gevoegd")."""
    if start <= clause.verb_start and clause.verb_end <= end:
        return (masked[start : clause.verb_start] + masked[clause.verb_end : end]).strip(" ,")
    return masked[start:end].strip(" ,")


def joined_units(joined: Joined, clause: Clause, skeleton: Skeleton,
                 lexicon: Lexicon) -> tuple[NewUnit, ...] | None:
    """The new units of a joined annex: the unit mentioned just before the phrase ("les
    annexes Ire et II", "une ligne", "un nouveau titre 8", "une annexe VIII"), taken out of
    the clause's designation; "le texte ajouté à l'annexe III/1": one unit of kind ``text``.
    None when no unit stands there (the caller refuses)."""
    if joined.text:
        return (NewUnit(kind="text", text="", joined=joined.label),)
    masked = skeleton.masked
    candidates = [m for m in (*clause.designation, *clause.new_units)
                  if m.end <= joined.start and not _gap(masked, m.end, joined.start, clause)]
    if joined.alone:
        placed = _joined_as(clause, skeleton, lexicon)
        if placed is not None:
            return placed
        # "… est remplacée par l'annexe jointe au présent arrêté": the amending act's only
        # annex (its label "") takes the place of the one designated
        clause.rules.append("joined: annex = the annex of this act")
        return (NewUnit(kind="annex", text="", joined=joined.label or ""),)
    if len(candidates) != 1:
        return None
    mention = candidates[0]
    if mention.unit not in ("annex", "row", *DIVISION_KINDS) or mention.labels == ("@same",):
        return None
    if mention in clause.designation:
        clause.designation.remove(mention)
    else:
        clause.new_units.remove(mention)
    skeleton.mask(mention.start, mention.end, " ")  # read: the new unit
    kind = cast(NewUnitKind, mention.unit)
    clause.rules.append(f"joined: {kind} {'/'.join(mention.labels) or mention.determiner}"
                        f" = annex {joined.label or '/'.join(mention.labels)} of this act")
    if not mention.labels:
        return (NewUnit(kind=kind, text="", joined=joined.label),)
    if joined.label is not None and len(mention.labels) != 1:
        return None
    return tuple(NewUnit(kind=kind, label=label, text="", joined=joined.label or label)
                 for label in mention.labels)


def _joined_as(clause: Clause, skeleton: Skeleton,
               lexicon: Lexicon) -> tuple[NewUnit, ...] | None:
    """"L'annexe jointe au présent arrêté est insérée / ajoutée comme annexe 4 à l'arrêté
    royal …": the annex after ``joined_as`` is the new annex's label (taken out of the
    designation), not a unit of the target act. None when the clause has no such annex."""
    pattern = lexicon.pattern("joined_as")
    masked = skeleton.masked
    named = [m for m in clause.designation if m.unit == "annex" and len(m.labels) == 1
             and m.labels[0] and not m.labels[0].startswith("@")
             and pattern.search(masked, 0, m.start)]
    if len(named) != 1:
        return None
    mention = named[0]
    clause.designation.remove(mention)
    skeleton.mask(mention.start, mention.end, " ")  # read: the new annex's label
    clause.rules.append(f"joined: annex {mention.labels[0]} = the annex of this act")
    return (NewUnit(kind="annex", label=mention.labels[0], text="", joined=""),)


def lower_joined(job: Any, units: tuple[NewUnit, ...]) -> list[Operation]:
    """The operations of an instruction whose new text is joined as an annex: a
    replacement pairs the designated annexes with the joined ones in order ("les annexes Ire
    et VII … sont remplacées par les annexes Ire et II jointes": annex VII becomes the act's
    annex II, under its label VII); a completion adds them at the end; an insertion places
    them by their label."""
    targets = job.targets()
    lemma = job.clause.lemma
    if lemma == "replace":
        if len(units) != len(targets):
            raise job.fail(f"{len(targets)} unit(s) replaced by {len(units)} joined annex(es): "
                           "expected as many", "P003")
        operations: list[Operation] = []
        for target, unit in zip(targets, units, strict=True):
            if unit.kind == "annex":
                unit = unit.model_copy(update={"label": target.annex})
            operations.append(ReplaceUnit(new=(unit,), **job.common(target)))
        return operations
    if lemma == "complete":
        return [InsertUnit(new=units, position="end", **job.common(target))
                for target in targets]
    if lemma == "insert":
        if any(unit.label is None for unit in units):
            raise job.fail("an inserted annex must carry its label (\"une annexe VIII, "
                           "jointe comme annexe IX à la présente loi, est insérée\")")
        return [InsertUnit(new=units, position="label", **job.common(target))
                for target in targets]
    raise job.fail(f"the predicate {lemma!r} takes no annex joined to the act")


#: a quote right after a point's label, then "de" and what holds the point (a comma after the
#: quote would make it words of a list: "au 2° "X", "Y" et "Z" sont abrogés")
_NAME = scan.regex(r"\s*(?P<quote>Ꝗ+)(?=\s*(?:de\b|du\b|des\b|d['’]|van\b))", re.I)


def named_units(found: list[Mention], masked: str) -> list[Mention]:
    """Units named after their label: "Au point 2 "Tarif bihoraire" de l'annexe 1re"
    (excerpt 2004011532, an annex's points have titles): the quote names the point, it is
    not the words the instruction replaces (they come after: "le coefficient "26,00""). The
    point is designated by its label; the name is kept on the mention (read, shown by
    ``explain``)."""
    from dataclasses import replace

    named: list[Mention] = []
    for mention in found:
        match = _NAME.match(masked, mention.end)
        if match is not None and mention.unit == "point" and mention.quote is None and \
                len(mention.labels) == 1:
            mention = replace(mention, named=(match.start("quote"), match.end("quote")))
        named.append(mention)
    return named


def named_columns(found: list[Mention], skeleton: Skeleton) -> list[Mention]:
    """Columns and rows named by a quote ("dans la colonne " greffier "", "la ligne "
    Bruxelles "") labelled with its words, for a designation read outside a clause (a
    lead-in's header; a clause labels its quoted units itself)."""
    from .units import with_labels

    return [with_labels(mention, (normalize_quoted(skeleton.quote_text(mention.quote)[1:-1]),))
            if mention.unit in ("column", "row") and mention.quote is not None else mention
            for mention in found]
