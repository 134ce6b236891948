"""Act-level addresses: divisions, ranges of articles, ranges of units, the act's title.

- a division step ("chapitre II", "titre Ibis", "section 3/1") is looked up among the
  descendants of the body (or of the division before it) of that kind; its label compares as
  a division label: Roman or Arabic numbers, "1er", Latin suffixes, "/1" (:func:`division_label`);
  more than one match is an ambiguity ("le chapitre II" of a Code with two books: name the
  book), none is an :class:`~consolidate.errors.AddressError` naming what exists;
- a range of articles ("les articles 5 à 8") is every article between the two, in document
  order, both ends included: 5, 5bis, 6, 7, 7/1, 8; both ends must exist, the first before
  the last, tombstones inside the range are skipped (they are already repealed);
- a range of units ("les 2° à 4°", "les alinéas 2 à 4") is every live sibling between the two
  ends, which must share their parent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from .address import ArticleIndex, describe, find_article, locate
from .address_hints import repealed
from .document import (
    CONTAINERS,
    Document,
    akn,
    cns,
    first_below,
    is_removed,
    label_of,
    label_text,
    local,
    units,
)
from .errors import AddressError
from .lang import scan
from .model import DIVISION_NAMES, Step, Target
from .text import LATIN_SUFFIXES, Label, parse_label, roman_value


class AmbiguousAddress(AddressError):
    """A designation that matches several units ("le chapitre II" of a Code with two books);
    the applier reports it as :class:`~consolidate.errors.AmbiguousTarget` (A002)."""


_LATIN_ALT = "|".join(sorted(LATIN_SUFFIXES, key=len, reverse=True))
_DIVISION_LABEL = scan.compile(
    rf"^(?P<number>\d+|[ivxlcdm]+)(?:er|ère|ere|re|e)?(?P<latin>{_LATIN_ALT})?(?:/(?P<sub>\d+))?\.?$"
)
#: first words of a division's num, per kind (French and Dutch, as Justel writes them)
NUM_WORDS: dict[str, tuple[str, ...]] = {
    "part": ("partie", "deel"), "book": ("livre", "boek"), "title": ("titre", "titel"),
    "chapter": ("chapitre", "hoofdstuk"), "section": ("section", "afdeling"),
    "subsection": ("sous-section", "onderafdeling"), "subtitle": ("sous-titre", "ondertitel"),
}



def division_label(raw: str) -> Label:
    """A division label: 'II' and '2' are the same, 'Vbis', 'III/1', '1er', 'premier' (1),
    'unique' (its own: the only division of its kind there). ValueError else."""
    text = raw.strip().rstrip(".").replace(" ", "")
    word = text.lower()
    if word in ("premier", "première", "premiere"):  # "CHAPITRE premier" is the chapter 1
        return Label(1, 0, 0, "number", raw.strip())
    if word == "unique":  # "la section unique": no other number is it
        return Label(0, 0, 0, "unique", raw.strip())
    if word in ("préliminaire", "preliminaire", "voorafgaande", "voorafgaand"):
        # "TITRE PRELIMINAIRE.", "VOORAFGAANDE TITEL.": the division before the first one
        return Label(0, 0, 0, "preliminary", raw.strip())
    match = _DIVISION_LABEL.match(word)
    if not match:
        raise ValueError(f"not a division label: {raw!r}")
    number = match["number"]
    value = int(number) if number.isdigit() else roman_value(number)
    latin = LATIN_SUFFIXES[match["latin"]] if match["latin"] else 0
    return Label(value, latin, int(match["sub"]) if match["sub"] else 0, "number", raw.strip())


def division_label_text(division: etree._Element) -> str:
    """The label of a division as written in its num: 'CHAPITRE II.' → 'II'."""
    num = (division.findtext(akn("num")) or "").strip()
    words = num.split(None, 1)
    if len(words) == 2 and words[0].casefold() in _WORD_BEFORE:
        return _WORD_BEFORE[words[0].casefold()]  # "VOORAFGAANDE TITEL.", "Enig hoofdstuk."
    return words[1].strip().rstrip(".") if len(words) == 2 else ""


#: the Dutch divisions numbered by a word before their kind (justel/lines.HEADING_BEFORE)
_WORD_BEFORE = {"voorafgaande": "préliminaire", "voorafgaand": "préliminaire",
                "enig": "unique", "enige": "unique"}


def division_label_of(division: etree._Element) -> Label | None:
    """The parsed label of a division (None when it has no readable number)."""
    try:
        return division_label(division_label_text(division))
    except ValueError:
        return None


def _describe(steps: Sequence[Step]) -> str:
    return ", ".join(step.describe() for step in steps) or "the act"


def find_divisions(
    document: Document, steps: Sequence[Step], *, removed: bool = False
) -> etree._Element:
    """The division designated by ``steps`` (outermost first). Raises :class:`AddressError`.

    ``removed``: also find a repealed division (to restore it).
    """
    node = document.body
    for index, step in enumerate(steps):
        here = _describe(steps[: index + 1])
        if step.unit not in CONTAINERS:
            raise AddressError(f"{here}: '{step.unit}' is not a division")
        try:
            wanted = division_label(step.label)
        except ValueError:
            raise AddressError(f"{here}: {step.label!r} is not a division number") from None
        candidates = [d for d in node.iter(akn(step.unit)) if d is not node]
        found = [d for d in candidates if (label := division_label_of(d)) is not None
                 and label.same(wanted) and (removed or not is_removed(d))]
        if len(found) > 1:
            raise AmbiguousAddress(
                f"{here} is ambiguous: {len(found)} {DIVISION_NAMES[step.unit]}s {step.label} "
                f"in {_describe(steps[:index])}; name the division that holds it"
            )
        if not found:
            have = ", ".join(dict.fromkeys(division_label_text(d) for d in candidates
                                           if not is_removed(d))) or "none"
            if any(is_removed(d) and (lab := division_label_of(d)) and lab.same(wanted)
                   for d in candidates):
                raise AddressError(f"{here} does not exist: it has been repealed")
            raise AddressError(
                f"{here} does not exist: {_describe(steps[:index])} has "
                f"{DIVISION_NAMES[step.unit]}s {have}"
            )
        node = found[0]
    return node


def articles_in(scope: etree._Element) -> list[etree._Element]:
    """Every article inside ``scope`` (a body or a division), tombstones included."""
    return list(scope.iter(akn("article")))


def find_article_in(
    scope: etree._Element, label: str, where: str, *, removed: bool = False
) -> etree._Element:
    """The article ``label`` inside ``scope`` (``removed``: only a tombstone will do)."""
    wanted = _article_label(label)
    matches = [a for a in articles_in(scope) if label_of(a).same(wanted)]
    if removed:
        tombstones = [a for a in matches if is_removed(a)]
        if tombstones:
            return tombstones[-1]
        if matches:
            raise AddressError(f"article {label} is not repealed: there is nothing to restore")
        raise AddressError(f"article {label} does not exist in {where}")
    live = [a for a in matches if not is_removed(a)]
    if live:
        return live[0]
    if matches:
        raise AddressError(f"article {label} does not exist: {repealed(matches[-1])}")
    raise AddressError(f"article {label} does not exist in {where}")


def _article_label(label: str) -> Label:
    try:
        return parse_label(label)
    except ValueError:
        raise AddressError(f"article {label}: {label!r} is not an article label") from None


def article_range(scope: etree._Element, first: str, last: str, where: str) -> list[etree._Element]:
    """The live articles from ``first`` to ``last`` (both included) in document order."""
    start, end = _article_label(first), _article_label(last)
    articles = articles_in(scope)
    keys = [label_of(a).key() for a in articles]
    begin = [i for i, key in enumerate(keys) if key == start.key()]
    finish = [i for i, key in enumerate(keys) if key == end.key()]
    if not begin or not finish:
        missing = first if not begin else last
        raise AddressError(f"articles {first} à {last}: article {missing} does not exist in "
                           f"{where}")
    if finish[-1] < begin[0] or end < start:
        raise AddressError(f"articles {first} à {last}: article {last} does not follow "
                           f"article {first}")
    chosen = articles[begin[0]: finish[-1] + 1]
    for article in chosen:
        key = label_of(article)
        if key < start or key > end:
            raise AddressError(
                f"articles {first} à {last}: article {label_text(article)} stands between "
                "them out of order; the range is not clear"
            )
    live = [a for a in chosen if not is_removed(a)]
    if not live:
        raise AddressError(f"articles {first} à {last}: every one is already repealed")
    return live


def unit_range(first: etree._Element, last: etree._Element, here: str) -> list[etree._Element]:
    """The live siblings from ``first`` to ``last`` (same parent, same kind, in order)."""
    parent = first.getparent()
    if parent is None or last.getparent() is not parent or local(first) != local(last):
        raise AddressError(f"{here}: both ends of the range must be in the same enumeration")
    siblings = [c for c in parent if local(c) == local(first)]
    begin, end = siblings.index(first), siblings.index(last)
    if end < begin:
        raise AddressError(f"{here}: the last unit of the range comes before the first")
    return [c for c in siblings[begin: end + 1] if not is_removed(c)]


def act_title(document: Document) -> etree._Element:
    """The element holding the act's title (``c:act/c:title``)."""
    node = first_below(document.root, akn("proprietary"), f"{cns('act')}/{cns('title')}")
    if node is None:
        raise AddressError("the act's title (intitulé) is not in the document")
    return node


# --- resolving act-level targets -------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """What an act-level target designates (see :func:`resolve_target`)."""

    scope: str
    """"act", "division", "unit", "heading" or "title" (the act's title)."""
    node: etree._Element
    article: etree._Element
    """The article holding ``node``, or the division / body / ``c:act`` it belongs to."""
    units: tuple[etree._Element, ...] = ()


def is_structural(target: Target, op: str) -> bool:
    """Whether a target needs :func:`resolve_target` (the article-level resolver can't)."""
    return (target.article is None or target.article_until is not None
            or bool(target.divisions) or op == "restore_unit"
            or any(step.until is not None for step in target.path)
            or any(step.unit == "heading" for step in target.path))


def resolve_target(
    document: Document, target: Target, op: str, index: ArticleIndex | None = None
) -> Found:
    """Resolve an act-level target: the act, a division, a heading, the act's title, a range
    of articles or units, a tombstone to restore. Raises :class:`AddressError`."""
    path = target.path
    scope = find_divisions(document, target.divisions) if target.divisions else document.body
    where = _describe(target.divisions)
    if target.article is None:
        if not path:
            return Found("division" if target.divisions else "act", scope, scope)
        if len(path) == 1 and path[0].unit == "heading":
            if not target.divisions:
                title = act_title(document)
                parent = title.getparent()
                assert parent is not None
                return Found("title", title, parent)
            heading = scope.find(akn("heading"))
            return Found("heading", heading if heading is not None else scope, scope)
        raise AddressError(f"{target.describe()}: name the article the unit is in")
    if target.article_until is not None:
        if path:
            raise AddressError(f"{target.describe()}: a range of articles cannot have a path")
        units = article_range(scope, target.article, target.article_until, where)
        return Found("unit", units[0], units[0], tuple(units))
    restore = op == "restore_unit"
    if target.divisions or (restore and not path):
        article = find_article_in(scope, target.article, where, removed=restore and not path)
    else:
        article = find_article(document, target.article, index)
    return _below(article, target.article, path, restore)


def _below(article: etree._Element, label: str, path: Sequence[Step], restore: bool) -> Found:
    if not path:
        return Found("unit", article, article)
    last = path[-1]
    head = describe(label, path[:-1])
    if last.unit == "heading":
        owner = locate(article, label, path[:-1])[0]
        heading = owner.find(akn("heading"))
        return Found("heading", heading if heading is not None else owner, article)
    if any(step.unit == "heading" for step in path[:-1]):
        raise AddressError(f"{describe(label, path)}: nothing is designated inside a heading")
    if last.until is not None:
        if last.unit not in ("paragraph", "alinea", "point", "tiret"):
            raise AddressError(f"{describe(label, path)}: a range is of §§, alinéas, items or "
                               "tirets")
        first = locate(article, label, [*path[:-1], last.model_copy(update={"until": None})])[0]
        end = locate(article, label, [*path[:-1], last.model_copy(
            update={"label": last.until, "until": None})])[0]
        units = unit_range(first, end, describe(label, path))
        return Found("unit", units[0], article, tuple(units))
    if restore:
        owner = locate(article, label, path[:-1])[0]
        return Found("unit", _tombstone(owner, last, head), article)
    return Found("unit", locate(article, label, path)[0], article)


def _tombstone(owner: etree._Element, step: Step, where: str) -> etree._Element:
    """The repealed § or item ``step`` of ``owner`` (to restore it)."""
    here = f"{where}, {step.describe()}"
    if step.unit == "paragraph":
        candidates = units(owner, "paragraph", removed=True)
    elif step.unit == "point":
        listing = owner.find(akn("list"))
        if listing is None and local(owner) in ("article", "paragraph"):
            lists = [a.find(akn("list")) for a in owner.iter(akn("alinea"))]
            found = [x for x in lists if x is not None]
            listing = found[0] if len(found) == 1 else None
        candidates = units(listing, "point", removed=True) if listing is not None else []
    else:
        raise AddressError(f"{here}: only an article, a § or an item can be restored")
    wanted = parse_label(step.label)
    for candidate in candidates:
        if label_of(candidate).same(wanted):
            if not is_removed(candidate):
                raise AddressError(f"{here} is not repealed: there is nothing to restore")
            return candidate
    raise AddressError(f"{here} does not exist (not even repealed)")
