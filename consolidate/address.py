"""Addresses of units: parse "article 19, § 1er, alinéa 2, 4°" and find the node it designates.

Counting rules (semantics §1, docs/document-model.md):

- alinéas are counted by position among the non-removed alinéas of their container (the
  article, or its paragraph when the article has §);
- an enumeration belongs to its alinéa: items are looked up in the alinéa's list; an item
  directly under an article (or paragraph) is looked up in its only enumeration;
- "phrase liminaire" is the ``intro`` of the list;
- a sentence step resolves to the ``p`` holding that sentence;
- labels compare as labels ("1er" = "1", "10bis" ≠ "10"); tombstones never count.

A missing unit raises :class:`~consolidate.errors.AddressError` naming the address and what
exists there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml import etree

from .address_hints import act_name, raise_missing_article, repealed
from .document import (
    Document,
    akn,
    alineas_of,
    is_removed,
    label_of,
    label_text,
    local,
    paragraphs_of,
    points_of,
    text_of,
    units,
)
from .errors import AddressError
from .lang import scan
from .model import SENTENCE_START, Step
from .text import Label, find_words, fold_text, parse_label

_ARTICLE = scan.compile(  # "article 10bis", "l'article XII.1", "article L. 1124-1"
    r"^(?:l'|l’)?(?:article|art\.)\s*(?P<label>(?:[A-Z]\.\s)?\S+?)\s*$", re.IGNORECASE
)
_PARAGRAPH = scan.compile(r"^§\s*(?P<label>\S+)$")
_ALINEA = scan.compile(r"^(?:l'|l’)?alin[ée]a\s+(?P<label>\S+)$", re.IGNORECASE)
_INTRO = scan.compile(r"^(?:la\s+)?phrase\s+liminaire$", re.IGNORECASE)
_SENTENCE = scan.compile(r"^(?:la\s+)?phrase\s+(?P<label>.+)$", re.IGNORECASE | re.DOTALL)
_QUOTED_SENTENCE = scan.compile(r",\s*(?:la\s+)?phrase\s+[\"“«].*$", re.IGNORECASE | re.DOTALL)
_ORDINALS = {
    "première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "seconde": 2, "troisième": 3,
    "troisieme": 3, "quatrième": 4, "quatrieme": 4, "cinquième": 5, "cinquieme": 5,
    "dernière": -1, "derniere": -1,
}
_SENTENCE_END = scan.compile(r"(?<=[.!?])\s+(?=\S)")


def describe(article: str, path: Sequence[Step]) -> str:
    """'article 19, § 1er, alinéa 2, 4°'."""
    return ", ".join([f"article {article}", *(step.describe() for step in path)])


def parse_address(text: str) -> tuple[str, tuple[Step, ...]]:
    """Parse an address into (article label, steps).

    Accepts "article 19, § 1er, alinéa 2, 4°", "article 20, alinéa 1er, 1°, b)",
    "article 58, alinéa 1er, phrase liminaire", "article 10bis", "article 71/1",
    'article 38, phrase "Le Roi fixe ..."' and "article 38, phrase #2".
    Raises :class:`AddressError` on anything else.
    """
    raw = text.strip()
    sentence: Step | None = None
    quoted = _QUOTED_SENTENCE.search(raw)
    if quoted:
        body = quoted.group(0).lstrip(", ")
        body = re.sub(r"^(?:la\s+)?phrase\s+", "", body, flags=re.IGNORECASE).strip()
        sentence = Step(unit="sentence", label=body.strip("\"“”«» "))
        raw = raw[: quoted.start()]
    parts = [part.strip() for part in raw.split(",")]
    if not parts or not parts[0]:
        raise AddressError(f"empty address {text!r}")
    head = _ARTICLE.match(parts[0])
    if head is None:
        raise AddressError(
            f"malformed address {text!r}: it must start with 'article N' (e.g. 'article 10bis')"
        )
    article = head["label"]
    _check_label(article, text)
    if not (article[0].isdigit() or parse_label(article).style == "code"):  # "XII.1", "L1124-1"
        raise AddressError(f"malformed address {text!r}: {article!r} is not an article number")
    steps = [_parse_step(part, text) for part in parts[1:]]
    if sentence is not None:
        steps.append(sentence)
    return article, tuple(steps)


def _check_label(label: str, text: str) -> None:
    try:
        parse_label(label)
    except ValueError:
        raise AddressError(f"malformed address {text!r}: {label!r} is not a label") from None


def _parse_step(part: str, text: str) -> Step:
    if match := _PARAGRAPH.match(part):
        _check_label(match["label"], text)
        return Step(unit="paragraph", label=match["label"])
    if match := _ALINEA.match(part):
        _check_label(match["label"], text)
        return Step(unit="alinea", label=match["label"])
    if _INTRO.match(part):
        return Step(unit="intro")
    if match := _SENTENCE.match(part):
        label = match["label"].strip()
        if label.startswith("#"):
            return Step(unit="sentence", label=label)
        if label.lower() in _ORDINALS:
            return Step(unit="sentence", label=f"#{_ORDINALS[label.lower()]}")
        return Step(unit="sentence", label=label.strip("\"“”«» "))
    match = re.match(r"^(?:la\s+)?(?P<ord>\w+)\s+phrase$", part, re.IGNORECASE)
    if match and match["ord"].lower() in _ORDINALS:
        return Step(unit="sentence", label=f"#{_ORDINALS[match['ord'].lower()]}")
    label = part.removeprefix("le ").strip()
    try:
        parse_label(label)
    except ValueError:
        raise AddressError(f"malformed address {text!r}: cannot read {part!r}") from None
    if label.endswith("°") or label.endswith(")") or label.endswith("."):
        return Step(unit="point", label=label)
    raise AddressError(
        f"malformed address {text!r}: {part!r} is neither '§ N', 'alinéa N', 'N°', 'a)' "
        "nor 'phrase liminaire'"
    )


# --- resolving ------------------------------------------------------------------------------


ArticleIndex = dict[tuple[int, ...], list[etree._Element]]
"""Articles of a document by label key (see :func:`index_articles`)."""


def index_articles(document: Document) -> ArticleIndex:
    """The document's articles by label key, for repeated :func:`find_article` calls.

    Valid as long as no article is added, removed or relabelled.
    """
    index: ArticleIndex = {}
    for article in document.articles():
        try:
            key = label_of(article).key()
        except ValueError:
            continue
        index.setdefault(key, []).append(article)
    return index


def find_article(
    document: Document, label: str, index: ArticleIndex | None = None
) -> etree._Element:
    """The non-repealed article with this label, or :class:`AddressError`.

    ``index`` (from :func:`index_articles`) avoids a scan of the whole document.
    """
    try:
        wanted = parse_label(label)
    except ValueError:
        raise AddressError(f"article {label}: {label!r} is not an article label") from None
    if index is not None:
        candidates: Iterable[etree._Element] = index.get(wanted.key(), ())
    else:
        candidates = (a for a in document.articles() if label_of(a).same(wanted))
    tombstone: etree._Element | None = None
    for article in candidates:
        if not is_removed(article):
            return article
        tombstone = article
    if tombstone is not None:
        raise AddressError(f"article {label} does not exist: {repealed(tombstone)}")
    labels = [label_text(a) for a in document.articles() if not is_removed(a)]
    return raise_missing_article(label, labels, act_name(document))


def resolve(document: Document, article: str, path: Sequence[Step]) -> etree._Element:
    """The element designated by ``article`` and ``path`` in ``document``.

    Articles, paragraphs, alinéas and points resolve to their element; "phrase liminaire" to
    the list's ``intro``; a sentence to the ``p`` holding it. Raises :class:`AddressError`.
    """
    return resolve_in(find_article(document, article), article, path)


def resolve_in(node: etree._Element, article: str, path: Sequence[Step]) -> etree._Element:
    """:func:`resolve` from the article element ``node`` (already found) labelled ``article``."""
    return locate(node, article, path)[0]


def locate(
    node: etree._Element, article: str, path: Sequence[Step]
) -> tuple[etree._Element, int | None]:
    """:func:`resolve_in`, plus the rank (from 0) of a numbered sentence inside its ``p``.

    The rank is None unless the last step is a sentence designated by number ("#2").
    """
    rank: int | None = None
    if any(step.unit == "number" for step in path):
        path = resolved_kinds(node, article, path)
    for index, step in enumerate(path):
        where = describe(article, path[:index])
        here = describe(article, path[: index + 1])
        try:
            if step.unit == "sentence" and step.label.startswith("#"):
                node, rank = numbered_sentence(node, step.label, where, here)
            else:
                node = _step(node, step, where, here)
        except ValueError as error:
            raise AddressError(f"{here}: unreadable label ({error})") from None
    return node, rank


class AmbiguousKind(AddressError):
    """A number whose kind the page lost ("au 2, b)") matches units of two kinds (a § 2 and
    an alinéa 2, or an alinéa 2 and a 2°) of the base: never picked; the applier reports it
    as :class:`~consolidate.errors.AmbiguousTarget` (A002)."""


def resolved_kinds(node: etree._Element, article: str, path: Sequence[Step]) -> tuple[Step, ...]:
    """``path`` with each step of a lost kind (``unit="number"``: "2", "1er", "n" as a page
    wrote "§ 1er, 2, b)", "dans le 1er", "l'article 2, n,") replaced by the step of the one
    kind the base text has there: a § of the article, an alinéa of the article or §, or an
    item of the enumeration (a number: 2°, 2), 2.; a letter: n)), such that the rest of the
    path resolves below it. None: :class:`AddressError`; several: :class:`AmbiguousKind`
    (the reading is the base's, never a guess)."""
    steps = list(path)
    for index, step in enumerate(steps):
        if step.unit != "number":
            continue
        where = describe(article, steps[:index])
        here = describe(article, steps[: index + 1])
        parent = locate(node, article, steps[:index])[0]
        found: list[Step] = []
        for candidate in _kind_candidates(parent, step, where, here):
            try:
                locate(node, article, (*steps[:index], candidate, *steps[index + 1 :]))
            except AddressError:
                continue
            found.append(candidate)
        if not found:
            raise AddressError(
                f"{here} does not exist: the page lost the kind of {step.label!r} and "
                f"{where} has no § {step.label}, alinéa {step.label} or item "
                f"{_item_spelling(step.label)} under which the rest of the designation exists")
        if len(found) > 1:
            kinds = " and ".join(candidate.describe() for candidate in found)
            raise AmbiguousKind(
                f"{here} is ambiguous: the page lost the kind of {step.label!r} and {where} "
                f"has both {kinds}")
        steps[index] = found[0]
    return tuple(steps)


def _item_spelling(label: str) -> str:
    return f"{label})" if label.isalpha() else f"{parse_label(label).number}°"


def _kind_candidates(parent: etree._Element, step: Step, where: str, here: str) -> list[Step]:
    """The steps a lost-kind label may stand for at ``parent``: one per kind the base has
    (a letter is an item only)."""
    try:
        wanted = parse_label(step.label)
    except ValueError:
        raise AddressError(f"{here}: unreadable label {step.label!r}") from None
    letter = wanted.style == "letter"
    candidates: list[Step] = []
    kind = local(parent)
    if not letter and kind == "article":
        candidates += [Step(unit="paragraph", label=label_text(p))
                       for p in units(parent, "paragraph") if label_of(p).same(wanted)]
    alineas = kind == "paragraph" or (kind == "article" and not units(parent, "paragraph"))
    if not letter and alineas and not (wanted.latin or wanted.sub) and \
            1 <= wanted.number <= len(alineas_of(parent)):
        candidates.append(Step(unit="alinea", label=step.label))
    try:
        owner = _enumeration_owner(parent, where, here)
    except AddressError:
        owner = None
    if owner is not None:
        for point in points_of(owner):
            label = label_of(point)
            if (label.style == "letter") == letter and label.style != "dash" and \
                    label.same(wanted):
                candidates.append(Step(unit="point", label=label_text(point)))
    return candidates


def resolve_address(document: Document, text: str) -> etree._Element:
    """:func:`resolve` on a textual address ("article 19, § 1er, alinéa 2, 4°")."""
    article, path = parse_address(text)
    return resolve(document, article, path)


def _step(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    if step.unit == "paragraph":
        return _paragraph(node, step, where, here)
    if step.unit == "alinea":
        return _alinea(node, step, where, here)
    if step.unit == "point":
        return _point(node, step, where, here)
    if step.unit == "intro":
        return _intro(node, where, here)
    if step.unit == "tiret":
        return find_tiret(node, step, where, here)
    if step.unit == "headed":
        return _headed(node, step, where, here)
    if step.unit != "sentence":
        raise AddressError(f"{here}: a {step.unit} cannot be designated inside an article")
    return sentence_p(node, step.label, where, here)


_LEAD = scan.compile(r"^[\s\-–—«»\"“”'’]+")


def _headed(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    """The alinéa or item whose text starts with the words of ``step`` ("à la catégorie A":
    the alinéa "Catégorie A : …"; "la définition de la classe 3": the item "- Classe 3 : …"),
    compared folded and case-blind, on a word boundary. Exactly one, else refused: none
    :class:`AddressError`, several :class:`AmbiguousKind`."""
    kind = local(node)
    candidates: list[etree._Element] = []
    if kind in ("article", "paragraph"):
        containers = (units(node, "paragraph") or [node]) if kind == "article" else [node]
        for container in containers:
            for alinea in alineas_of(container):
                candidates.append(alinea)
                candidates.extend(points_of(alinea))
    elif kind in ("alinea", "point"):
        candidates.extend(points_of(node))
    words = fold_text(step.label).casefold()
    found = []
    for candidate in candidates:
        own = _LEAD.sub("", fold_text(text_of(candidate))).casefold()
        if own.startswith(words) and not own[len(words) : len(words) + 1].isalnum():
            found.append(candidate)
    if len(found) == 1:
        return found[0]
    if not found:
        raise AddressError(f"{here} does not exist: no alinéa or item of {where} starts with "
                           f"{step.label!r}")
    raise AmbiguousKind(f"{here} is ambiguous: {len(found)} units of {where} start with "
                        f"{step.label!r}")


def find_tiret(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    """The n-th dash item (tiret) of the enumeration, counted from 1 ("#-1": the last)."""
    owner = _enumeration_owner(node, where, here)
    dashes = [p for p in points_of(owner) if label_of(p).style == "dash"]
    raw = step.label.removeprefix("#")
    try:
        number = int(raw) if raw.lstrip("-").isdigit() else parse_label(raw).number
    except ValueError:
        raise AddressError(f"{here}: {step.label!r} is not a tiret number") from None
    index = number - 1 if number > 0 else len(dashes) + number
    if number == 0 or not 0 <= index < len(dashes):
        count = len(dashes)
        raise AddressError(f"{here} does not exist: {where} has {count} tiret"
                           + ("" if count == 1 else "s"))
    return dashes[index]


def _paragraph(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    if local(node) != "article":
        raise AddressError(f"{here}: a § can only be designated in an article")
    paragraphs = units(node, "paragraph")
    if not paragraphs:
        raise AddressError(f"{here} does not exist: {where} has no §")
    if step.label.startswith("#"):  # "le dernier paragraphe": the last live §
        ranked = by_rank(paragraphs, step.label)
        if ranked is not None:
            return ranked
    else:
        wanted = parse_label(step.label)
        for paragraph in paragraphs:
            if label_of(paragraph).same(wanted):
                return paragraph
        _refuse_tombstone(units(node, "paragraph", removed=True), wanted, here)
    have = ", ".join(f"§ {label_text(p)}" for p in paragraphs)
    raise AddressError(f"{here} does not exist: {where} has {have}")


def _refuse_tombstone(found: list[etree._Element], wanted: Label, here: str) -> None:
    """A repealed § or item with the wanted label: 'does not exist: it has been repealed (<L
    …>)' (the act that repealed it), not the list of the live ones."""
    for unit in found:
        if is_removed(unit) and label_of(unit).same(wanted):
            raise AddressError(f"{here} does not exist: {repealed(unit)}")


def _alinea(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    kind = local(node)
    if kind == "article" and units(node, "paragraph"):
        have = ", ".join(f"§ {label_text(p)}" for p in units(node, "paragraph"))
        raise AddressError(
            f"{here}: {where} is divided into paragraphs ({have}); an alinéa must be "
            "designated inside its § (e.g. 'article N, § 1er, alinéa 2')"
        )
    if kind == "point":
        # "le 2°, alinéa 1er": the model's item holds one text (or its own list), never
        # alinéas — a Justel page writes an item's later alinéas as lines of the article,
        # which the reader cannot tell from the article's next alinéa
        raise AddressError(
            f"{here}: an item holds no alinéas in the document model (its text, or its own "
            "list; a page shows an item's later alinéas as lines the reader takes for the "
            "article's next alinéa), so an alinéa of an item is not addressed — refused "
            "rather than guessed (expected the words of the item, or the alinéa of the "
            "article)")
    if kind not in ("article", "paragraph"):
        raise AddressError(f"{here}: an alinéa can only be designated in an article or a §")
    alineas = alineas_of(node)
    found = nth_alinea(alineas, step.label)
    if found is not None:
        return found
    count = len(alineas)
    plural = "alinéa" if count == 1 else "alinéas"
    raise AddressError(f"{step.describe()} does not exist: {where} has {count} {plural}")


def nth_alinea(alineas: list[etree._Element], label: str) -> etree._Element | None:
    """The alinéa ``label`` designates among ``alineas`` (the live alinéas of a container):
    "2", "1er", or a rank, "#2", counted from the end when negative ("#-1": "le dernier
    alinéa", "#-2": "l'avant-dernier"); None when there is no such alinéa."""
    if label.startswith("#"):
        return by_rank(alineas, label)
    number = parse_label(label).number
    return alineas[number - 1] if 1 <= number <= len(alineas) else None


def by_rank(found: list[etree._Element], label: str) -> etree._Element | None:
    """The unit of ``found`` a rank label designates: "#2" the second, "#-1" the last, "#-2"
    the one before ("le deuxième paragraphe", "le dernier point"); None when there is none."""
    raw = label.removeprefix("#")
    number = int(raw) if raw.lstrip("-").isdigit() else 0
    index = number - 1 if number > 0 else len(found) + number
    return found[index] if number != 0 and 0 <= index < len(found) else None


def _enumeration_owner(node: etree._Element, where: str, here: str) -> etree._Element:
    """The alinéa or point whose list a point/intro step looks in."""
    kind = local(node)
    if kind in ("alinea", "point"):
        if node.find(akn("list")) is None:
            raise AddressError(f"{here} does not exist: {where} has no enumeration")
        return node
    if kind in ("article", "paragraph"):
        containers = units(node, "paragraph") or [node]
        owners = [
            alinea
            for container in containers
            for alinea in alineas_of(container)
            if alinea.find(akn("list")) is not None
        ]
        if len(owners) == 1:
            return owners[0]
        if not owners:
            raise AddressError(f"{here} does not exist: {where} has no enumeration")
        raise AddressError(
            f"{here} is ambiguous: {where} has {len(owners)} enumerations; "
            "the address must name the alinéa"
        )
    raise AddressError(f"{here}: cannot designate an item inside a <{kind}>")


def _point(node: etree._Element, step: Step, where: str, here: str) -> etree._Element:
    owner = _enumeration_owner(node, where, here)
    points = points_of(owner)
    if step.label.startswith("#"):  # "le dernier point": the last item (tirets are not)
        ranked = by_rank([p for p in points if label_of(p).style != "dash"], step.label)
        if ranked is not None:
            return ranked
        have = ", ".join(label_text(p) for p in points) or "no item"
        raise AddressError(f"{here} does not exist: {where} has {have}")
    wanted = parse_label(step.label)
    # labels compare by rank, but a letter is never a number: "b)" is not "2°"
    same = [point for point in points if (label := label_of(point)).same(wanted)
            and (label.style == "letter") == (wanted.style == "letter")]
    if step.occurrence is not None:
        # "9°, (deuxième numéro 9°)": the n-th of the items holding the label
        if step.occurrence <= len(same):
            return same[step.occurrence - 1]
        raise AddressError(f"{here} does not exist: {where} has {len(same)} item"
                           f"{'' if len(same) == 1 else 's'} labelled {step.label}")
    for point in same:
        return point
    _refuse_tombstone(points_of(owner, removed=True), wanted, here)
    have = ", ".join(label_text(p) for p in points) or "no item"
    raise AddressError(f"{here} does not exist: {where} has {have}")


def _intro(node: etree._Element, where: str, here: str) -> etree._Element:
    owner = _enumeration_owner(node, where, here)
    listing = owner.find(akn("list"))
    intro = listing.find(akn("intro")) if listing is not None else None
    if intro is None:
        raise AddressError(f"{here} does not exist: the enumeration of {where} has none")
    return intro


def split_sentences(text: str) -> list[str]:
    """Sentences of a text: split after '.', '!' or '?' followed by a space."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of a text (trailing spaces excluded)."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    end = len(text.rstrip())
    if start < end:
        spans.append((start, end))
    return spans


def enumeration_of(node: etree._Element, where: str) -> etree._Element:
    """The alinéa or item whose enumeration items of ``node`` belong to (see module doc)."""
    return _enumeration_owner(node, where, where)


def numbered_sentence(
    node: etree._Element, label: str, where: str, here: str
) -> tuple[etree._Element, int]:
    """The ``p`` holding sentence '#N' of ``node`` and the sentence's rank (from 0) in it.

    Sentences are counted over all the unit's ``p`` in order; '#-1' is the last one.
    """
    ps = [p for p in paragraphs_of(node) if fold_text(text_of(p))]
    counts = [len(sentence_spans(text_of(p))) for p in ps]
    total = sum(counts)
    number = int(label[1:])
    index = number - 1 if number > 0 else total + number
    if number == 0 or not 0 <= index < total:
        plural = "sentence" if total == 1 else "sentences"
        raise AddressError(f"{here} does not exist: {where} has {total} {plural}")
    for p, count in zip(ps, counts, strict=True):
        if index < count:
            return p, index
        index -= count
    raise AssertionError("unreachable: the index is below the total")  # pragma: no cover


def sentence_p(node: etree._Element, label: str, where: str, here: str) -> etree._Element:
    """The ``p`` of ``node`` holding the sentence ``label`` (quoted text or '#N')."""
    if label.startswith("#"):
        return numbered_sentence(node, label, where, here)[0]
    ps = [p for p in paragraphs_of(node) if fold_text(text_of(p))]
    words = label.removesuffix(SENTENCE_START).strip()  # "commençant par les mots …"
    holders = [p for p in ps if find_words(text_of(p), words)]
    if len(holders) == 1:
        return holders[0]
    if not holders:
        raise AddressError(f'{here} does not exist: {where} has no sentence "{label}"')
    raise AddressError(f"{here} is ambiguous: the sentence occurs {len(holders)} times")
