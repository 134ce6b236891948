"""Drafting: an operation → the French amending sentence, an act → its whole amending text.

The drafter writes exactly the formulas the parser reads (:mod:`consolidate.lang.fr`,
semantics §2–§3), so that ``parse(draft(op)) == op`` (the first property, docs/properties.md).
It is a public feature — drafting services write these sentences by hand — and the oracle of
the property tests.

- :func:`draft_operation` — one operation as a stand-alone article body: ``Dans l'article 15,
  alinéa 3, de la loi du 16 mai 2001 …, les mots "X" sont remplacés par les mots "Y".``
- :func:`draft_act` — a whole amending act in the seed format (front matter, ``**Art. N.**``
  headings, lead-ins with points ``a)`` / ``1.`` / ``1°``, the entry-into-force article).
- :func:`build_act` — number articles and points of groups of operations into an
  :class:`~consolidate.model.AmendingAct` (sources set), ready for :func:`draft_act`.

What cannot be written (a quoted text holding every kind of quote mark, an item labelled
``1.`` used as a designation, an act type without a French citation form) raises
:class:`DraftError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .drafter_words import (
    DraftError,
    agree,
    announce,
    block,
    chain,
    designable,
    designation,
    french_date,
    named,
    of,
    point_labels,
    style_of_point,
    words_phrase,
)
from .model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    Operation,
    RepealUnit,
    RepealWords,
    ReplacePunctuation,
    ReplaceUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
    WrapUnit,
)

__all__ = [
    "DraftError", "block", "build_act", "chain", "draft_act", "draft_operation", "draft_wrapped",
    "french_date", "instruction",
]

_SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)
#: the new units of an act-level insertion (:mod:`consolidate.drafter_structure`)
_ACT_LEVEL = ("article", "part", "book", "title", "subtitle", "chapter", "section",
              "subsection")


# --- instructions ---------------------------------------------------------------------------


def _narrowing(path: Sequence[Step], dutch: bool) -> str:
    """'dans l'alinéa 2, ', 'dans le texte néerlandais du 4°, ', '' — before a formula."""
    if not path:
        return "dans le texte néerlandais, " if dutch else ""
    address = chain(path)
    if dutch:
        return f"dans le texte néerlandais {of(address)}, "
    return f"dans {address}, "


_TIMES = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}


def _times(op: ReplaceWords | RepealWords) -> str:
    """" à deux reprises" for ``times`` (the lexicon's ``times``), else nothing."""
    if op.times is None:
        return ""
    return f" à {_TIMES.get(op.times, str(op.times))} reprises"


def _except(op: ReplaceWords | RepealWords) -> str:
    """", sauf à l'alinéa 3" / ", sauf au 3°" / ", sauf au § 2" for ``except_in`` (the
    lexicon's ``except_place``), else nothing."""
    if not op.except_in:
        return ""
    if len(op.except_in) != 1:
        raise DraftError("an exception of place is written for one unit only")
    step = op.except_in[0]
    if step.unit == "alinea" and step.label.isdigit():
        return f", sauf à l'alinéa {'1er' if step.label == '1' else step.label}"
    if step.unit == "paragraph":
        return f", sauf au § {step.label}"
    if step.unit == "point":
        return f", sauf au {step.label}"
    raise DraftError(f"no French words for an exception of place in a {step.unit}")


def _word_formula(op: ReplaceWords | InsertWords | RepealWords) -> str:
    if isinstance(op, ReplaceWords):
        old, plural = words_phrase(op.old)
        new, _ = words_phrase(op.new)
        every = "chaque fois " if op.every else ""
        verb = "sont" if plural else "est"
        return (f"{old} {verb} {every}{agree('remplacé', plural=plural)}{_times(op)} par "
                f"{new}{_except(op)}")
    if isinstance(op, RepealWords):
        old, plural = words_phrase(op.old)
        every = "chaque fois " if op.every else ""
        return (f"{old} {'sont' if plural else 'est'} {every}"
                f"{agree('abrogé', plural=plural)}{_times(op)}{_except(op)}")
    new, plural = words_phrase(op.new)
    every = "chaque fois " if op.every else ""
    inserted = f"{new} {'sont' if plural else 'est'} {every}{agree('inséré', plural=plural)}"
    if op.after is not None and op.before is not None:
        return f"{inserted} entre {words_phrase(op.after)[0]} et {words_phrase(op.before)[0]}"
    if op.after is not None:
        return f"{inserted} après {words_phrase(op.after)[0]}"
    if op.before is not None:
        return f"{inserted} avant {words_phrase(op.before)[0]}"
    raise DraftError("an insertion of words needs the words it goes after or before")


#: the names of the marks as the parser reads them (lexicon ``punctuation_marks``): the mark
#: replaced, and the mark as new text
_MARK_OLD = {".": ("le point final", False), ";": ("le point-virgule", False),
             ",": ("la virgule", True), ":": ("le deux-points", False)}
_MARK_NEW = {".": "un point", ";": "un point-virgule", ",": "une virgule", ":": "un deux-points"}


def _mark_formula(op: ReplacePunctuation) -> str:
    """'le point final est remplacé par un point-virgule', '… par les mots "; et"'."""
    if op.old not in _MARK_OLD or not op.new:
        raise DraftError(f"no French name for the final mark {op.old!r}, or no new text")
    old, feminine = _MARK_OLD[op.old]
    new = _MARK_NEW.get(op.new) or words_phrase(op.new)[0]
    return f"{old} est {agree('remplacé', feminine=feminine)} par {new}"


def _feminine(path: Sequence[Step]) -> bool:
    return bool(path) and path[-1].unit in ("intro", "sentence")


def _predicate(op: Operation, path: Sequence[Step]) -> str:
    """'est abrogé', 'est complété par les mots "Y"', 'est remplacé par ce qui suit : "…"'."""
    feminine = _feminine(path)
    if isinstance(op, RepealUnit):
        return f"est {agree('abrogé', feminine=feminine)}"
    if isinstance(op, AppendWords):
        return f"est {agree('complété', feminine=feminine)} par {words_phrase(op.new)[0]}"
    if isinstance(op, ReplaceUnit):
        return (f"est {agree('remplacé', feminine=feminine)} par ce qui suit :\n\n"
                f"{block(op.new)}")
    assert isinstance(op, InsertUnit)
    units, plural = announce(op)
    return (f"est {agree('complété', feminine=feminine)} par {units}, "
            f"{agree('rédigé', plural=plural)} comme suit :\n\n{block(op.new)}")


def _insert_at(op: InsertUnit) -> str:
    units, plural = announce(op)
    if op.anchor is None:
        if op.position != "label":
            raise DraftError(f"an insertion at the {op.position} without a place is not "
                             "written")
        # "il est inséré un 2°/1 rédigé comme suit": placed by its label
        return (f"il est inséré {units} {agree('rédigé', plural=plural)} comme suit :\n\n"
                f"{block(op.new)}")
    where = "après" if op.position == "after" else "avant"
    return (f"il est inséré, {where} {named(op.anchor)}, {units} "
            f"{agree('rédigé', plural=plural)} comme suit :\n\n{block(op.new)}")


def instruction(op: Operation, path: Sequence[Step], *, dutch: bool) -> str:
    """The instruction of ``op`` below a designation that already names the article (and
    the steps before ``path``): a point's text, without its closing punctuation."""
    if isinstance(op, WrapUnit):
        raise DraftError("a wrap is drafted with the operation that follows it, not as a point")
    if isinstance(op, ReplaceWords | InsertWords | RepealWords):
        return _narrowing(path, dutch) + _word_formula(op)
    if isinstance(op, ReplacePunctuation):
        return _narrowing(path, dutch) + _mark_formula(op)
    if isinstance(op, InsertUnit) and op.position != "end":
        return _narrowing(path, dutch) + _insert_at(op)
    if isinstance(op, InsertUnit) and op.anchor is not None:
        raise DraftError("an insertion at the end has no anchor")
    subject = chain(path) if path else "l'article"
    language = "dans le texte néerlandais, " if dutch else ""
    return f"{language}{subject} {_predicate(op, path)}"


def draft_operation(op: Operation, previous: ActRef | None = None) -> str:
    """The French amending sentence for ``op``, as the whole body of an amending article.

    ``previous`` is the act cited by the article before, if any: the same act is then cited
    as "de la même loi". Raises :class:`DraftError` when ``op`` cannot be written.
    """
    if isinstance(op, WrapUnit):
        raise DraftError("a wrap is drafted with the operation that follows it "
                         "(draft_wrapped)")
    if isinstance(op, InsertUnit) and op.new and op.new[0].kind in _ACT_LEVEL:
        # an article or a division inserted in the act or in a division (2019030478 art. 23:
        # "Dans le chapitre 11 de la même loi, il est inséré un article 47/2 …")
        from .drafter_structure import draft_structure

        if op.language is not None:
            raise DraftError("an article or a division inserted in one language's text only "
                             "is not written")
        return draft_structure(op, previous)
    path = op.target.path
    dutch = op.language == "nl"
    prefix = designable(path)
    word_like = isinstance(op, ReplaceWords | InsertWords | RepealWords | ReplacePunctuation) or (
        isinstance(op, InsertUnit) and op.position != "end"
    )
    if word_like:
        head = designation(op, path[:prefix], previous, dutch=dutch, at=prefix < len(path))
        return f"{head}, {instruction(op, path[prefix:], dutch=False)}."
    if not dutch and prefix == len(path):
        head = designation(op, path, previous, subject=True)
        comma = "," if path or op.history else ""
        return f"{head}{comma} {_predicate(op, path)}."
    keep = min(prefix, len(path) - 1) if not dutch else 0
    keep = max(keep, 0)
    head = designation(op, path[:keep], previous, dutch=dutch)
    return f"{head}, {instruction(op, path[keep:], dutch=False)}."


def draft_wrapped(wrap: WrapUnit, op: Operation, previous: ActRef | None = None) -> str:
    """"L'article 1500 du Code judiciaire, dont le texte actuel formera le § 1er, est complété
    par un § 2, rédigé comme suit : "…"." — an article whose text becomes its § 1er, then
    completed (2019041200 art. 138). Other wraps (a division's) raise :class:`DraftError`."""
    if wrap.unit != "paragraph" or not isinstance(op, InsertUnit) or op.position != "end" or \
            op.target != wrap.target or wrap.target.path or wrap.target.article is None or \
            op.language or wrap.language or op.history != wrap.history:
        raise DraftError("only an article whose text becomes its § 1er, then completed, is "
                         "drafted with a wrap")
    head = designation(op, (), previous, subject=True)
    becomes = named(Step(unit="paragraph", label=wrap.label))
    return f"{head}, dont le texte actuel formera {becomes}, {_predicate(op, ())}."


# --- whole acts -----------------------------------------------------------------------------


def _lead_in(operations: Sequence[Operation], previous: ActRef | None) -> str:
    first = operations[0]
    for op in operations[1:]:
        if (op.target.act, op.target.article, op.history) != (
            first.target.act, first.target.article, first.history
        ):
            raise DraftError("the points of one amending article share its act, article "
                             "and history")
    head = designation(first, (), previous)
    labels = point_labels(style_of_point(first.source.point), len(operations))
    points = []
    for index, (label, op) in enumerate(zip(labels, operations, strict=True)):
        end = "." if index == len(operations) - 1 else " ;"
        text = instruction(op, op.target.path, dutch=op.language == "nl")
        points.append(f"{label} {text}{end}")
    return head + ", les modifications suivantes sont apportées :\n\n" + "\n\n".join(points)


def _article_body(article: AmendingArticle, previous: ActRef | None) -> str:
    if article.kind == "constitutional_basis":
        return "La présente loi règle une matière visée à l'article 74 de la Constitution."
    if article.kind == "entry_into_force":
        entry = (article.entry_into_force or (EntryIntoForce(date=None),))[0]
        when = (f"le {french_date(entry.date)}" if entry.date
                else "à la date fixée par le Roi")
        text = f"La présente loi entre en vigueur {when}."
        if entry.king_may_advance:
            text += ("\n\nLe Roi peut fixer une date d'entrée en vigueur antérieure à celle "
                     "visée à l'alinéa 1er.")
        return text
    if article.kind == "transitional" or not article.operations:
        return article.text
    operations = article.operations
    if len(operations) == 2 and isinstance(operations[0], WrapUnit) and \
            operations[0].source.point is None:
        return draft_wrapped(operations[0], operations[1], previous)
    if len(operations) == 1 and operations[0].source.point is None:
        return draft_operation(operations[0], previous)
    return _lead_in(operations, previous)


def draft_act(act: AmendingAct) -> str:
    """The whole amending act in the seed format: front matter, then ``**Art. N.**`` articles
    (numbered 1er, 2, … in order; the articles' own numbers are not used)."""
    info = act.act
    fields = [("title-fr", f'"{info.title}"'), ("date", info.date.isoformat())]
    if info.numac:
        fields.append(("number", info.numac))
    if info.justel_reference:
        fields.append(("case", info.justel_reference))
    if info.publication:
        fields.append(("publication", info.publication.isoformat()))
    if info.source_url:
        fields.append(("url", info.source_url))
    lines = ["---", *(f"{key}: {value}" for key, value in fields), "---", ""]
    previous: ActRef | None = None
    for number, article in enumerate(act.articles, 1):
        heading = "**Article 1er.**" if number == 1 else f"**Art. {number}.**"
        lines.append(f"{heading} {_article_body(article, previous)}")
        lines.append("")
        if article.kind == "amending" and article.operations:
            previous = article.operations[-1].target.act
    return "\n".join(lines)


def build_act(
    info: AmendingActInfo,
    groups: Sequence[Sequence[Operation]],
    *,
    in_force: dt.date | None = None,
    constitutional_basis: bool = False,
    point_style: str = "a)",
) -> AmendingAct:
    """An :class:`AmendingAct` whose amending articles hold ``groups`` (one article per group,
    points when a group has more than one operation), sources numbered as :func:`draft_act`
    writes them; an entry-into-force article when ``in_force`` is given."""
    articles: list[AmendingArticle] = []
    number = 1
    if constitutional_basis:
        articles.append(AmendingArticle(number="1er", kind="constitutional_basis",
                                        text=_article_body(_basis(), None), span=_SPAN))
        number += 1
    for group in groups:
        label = "1er" if number == 1 else str(number)
        wrapped = len(group) == 2 and isinstance(group[0], WrapUnit)  # one instruction
        labels = point_labels(point_style, len(group)) if len(group) > 1 and not wrapped \
            else [None] * len(group)
        operations = tuple(
            op.model_copy(update={"source": Source(article=label, point=point)})
            for op, point in zip(group, labels, strict=True)
        )
        articles.append(AmendingArticle(number=label, kind="amending", text="", span=_SPAN,
                                        operations=operations))
        number += 1
    if in_force is not None:
        entry = EntryIntoForce(date=in_force)
        articles.append(AmendingArticle(number=str(number), kind="entry_into_force",
                                        text=f"La présente loi entre en vigueur le "
                                             f"{french_date(in_force)}.",
                                        span=_SPAN, entry_into_force=(entry,)))
    return AmendingAct(act=info, articles=tuple(articles))


def _basis() -> AmendingArticle:
    return AmendingArticle(number="1er", kind="constitutional_basis", text="", span=_SPAN)
