"""A new division around articles of the base: "il est inséré une sous-section 1ère,
comportant les articles 13/1, 13/1/1, 13/1/2, intitulée …" (corpus 2022015455 art. 5; Dutch
"een onderafdeling 1, die de artikelen … bevat"), read as an ``insert_unit`` whose
``holds`` names the articles (docs/apply.md, "Inserting articles and divisions").

The articles the base has move into the new division, in their order, and the division takes
the place of the first of them. Every article named must be in the base, inside the target,
or be inserted by a later article of the same act (13/1/1 and 13/1/2 are inserted by the
act's articles 7 and 8, "Dans la même sous-section 1ère, il est inséré un article 13/1/1");
those of the base must stand together in one division, no other article between them. Anything
else is refused (A005), the document untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..address_acts import articles_in
from ..document import label_of, label_text, local
from ..errors import UnsupportedOperation
from ..model import DIVISION_KINDS, DIVISION_NAMES, InsertUnit, Step
from ..text import Label, parse_label
from . import Job


@dataclass(frozen=True)
class Held:
    """The base's articles a new division takes in: their parent and themselves, in order."""

    parent: etree._Element
    articles: tuple[etree._Element, ...]


def _refuse(job: Job, reason: str) -> UnsupportedOperation:
    op = job.op
    assert isinstance(op, InsertUnit)
    unit = op.new[0] if op.new else None
    name = f"{DIVISION_NAMES.get(unit.kind, unit.kind)} {unit.label or ''}".strip() \
        if unit is not None else "division"
    return UnsupportedOperation(f"the new {name} holds {_named(op.holds)}: {reason}",
                                context=job.context)


def _named(holds: tuple[Step, ...]) -> str:
    parts = [step.label + (f" à {step.until}" if step.until else "") for step in holds]
    return ("the article " if len(parts) == 1 and holds[0].until is None
            else "the articles ") + ", ".join(parts)


def _label(job: Job, text: str) -> Label:
    try:
        return parse_label(text)
    except ValueError:
        raise _refuse(job, f"{text!r} is not an article number") from None


def _key(article: etree._Element) -> tuple[int, ...] | None:
    try:
        return label_of(article).key()
    except ValueError:
        return None


def _of_step(job: Job, step: Step, articles: list[etree._Element]) -> list[etree._Element]:
    """The base's articles a step names (a range: every article from its first to its last);
    each end the base lacks must be inserted by a later article of the act."""
    first = _label(job, step.label).key()
    last = _label(job, step.until).key() if step.until else first
    keys = [_key(article) for article in articles]
    for end, text in ((first, step.label), (last, step.until or step.label)):
        if end not in keys and end not in job.later:
            raise _refuse(job, f"the base has no article {text} and no later article of the "
                          "act inserts it (moving articles into the division needs them all)")
    return [article for article, key in zip(articles, keys, strict=True)
            if key is not None and first <= key <= last]


def held_articles(job: Job, container: etree._Element) -> Held | None:
    """The articles of the base the new division holds (None: the base has none of them, the
    act inserts them all later: the division goes where its number sorts, empty)."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if len(op.new) != 1 or op.new[0].children or op.new[0].kind not in DIVISION_KINDS:
        raise _refuse(job, "one division without quoted articles was expected")
    everywhere = articles_in(job.document.body)
    found: list[etree._Element] = []
    for step in op.holds:
        found.extend(a for a in _of_step(job, step, everywhere) if a not in found)
    if not found:
        return None
    inside = set(articles_in(container))
    outside = [a for a in found if a not in inside]
    if outside:
        raise _refuse(job, f"article {label_text(outside[0])} is not in {job.context.target}")
    order = {a: index for index, a in enumerate(everywhere)}
    found.sort(key=order.__getitem__)
    parent = found[0].getparent()
    assert parent is not None
    if any(a.getparent() is not parent for a in found):
        raise _refuse(job, "they are not in one division of the base")
    kind, new = local(parent), op.new[0].kind
    if kind in DIVISION_KINDS and DIVISION_KINDS.index(kind) >= DIVISION_KINDS.index(new):
        raise _refuse(job, f"they are in a {DIVISION_NAMES[kind]}, which cannot hold a "
                      f"{DIVISION_NAMES[new]}")
    span = list(parent)[parent.index(found[0]): parent.index(found[-1]) + 1]
    strays = [element for element in span if element not in found]
    if strays:
        stray = strays[0]
        what = f"article {label_text(stray)}" if stray in order else "a division"
        raise _refuse(job, f"{what} stands between them and is not named")
    return Held(parent, tuple(found))


def held_place(job: Job, held: Held, said: tuple[etree._Element, int] | None
               ) -> tuple[etree._Element, int]:
    """Where the division goes: the place of the first article it holds; a place the act
    also names ("après l'article 141, une section Irebis … comprenant les articles 142 à
    145") must be that place."""
    place = (held.parent, held.parent.index(held.articles[0]))
    if said is not None and (said[0] is not place[0] or said[1] != place[1]):
        raise _refuse(job, f"the place the act names is not that of article "
                      f"{label_text(held.articles[0])}, the first of them")
    return place
