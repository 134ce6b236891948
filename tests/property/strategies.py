"""Hypothesis strategies: Belgian-shaped documents and operations valid on them.

- text: French words with accents and apostrophes (' and ’), sentences, no-break spaces;
- documents (:func:`documents`): articles labelled 1er, 10bis, 71/1, … holding alinéas or
  paragraphs (§ 1er, § 2, § 2/1), alinéas with enumerations (phrase liminaire, items 1°,
  2/1°, sub-items a), b), 1)), built with the ``consolidate.document`` builders
  (docs/document-model.md);
- operations (:func:`any_operation`: any well-formed operation the drafter can write;
  :func:`valid_operation`: an operation that applies to a given document — words that occur
  once in the unit, units that exist, next free labels).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st
from lxml import etree

from consolidate.document import (
    Document,
    akn,
    alineas_of,
    assign_eids,
    is_removed,
    label_of,
    label_text,
    load_xml,
    make_alinea,
    make_num,
    make_point,
    paragraphs_of,
    points_of,
    units,
)
from consolidate.model import (
    ActRef,
    AmendingActInfo,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplacePunctuation,
    ReplaceUnit,
    ReplaceWords,
    Source,
    Step,
    Target,
)
from consolidate.text import find_words, normalize_quoted

LOI_2001 = ActRef(type="loi", date=dt.date(2001, 5, 16))
LOI_2001_TITLED = ActRef(type="loi", date=dt.date(2001, 5, 16),
                         title="portant statut des militaires du cadre de réserve")
LOI_2016 = ActRef(type="loi", date=dt.date(2016, 4, 10),
                  title="relative au travail à distance au sein de la Défense")
AR_2010 = ActRef(type="arrêté royal", date=dt.date(2010, 1, 1))
ACTS = (LOI_2001, LOI_2001_TITLED, LOI_2016, AR_2010)
SOURCE = Source(article="2")
#: the final marks the formula names ("le point final", "le point-virgule", "la virgule",
#: "le deux-points"; "het punt aan het einde", "de puntkomma" …)
MARKS = (".", ";", ",", ":")
NBSP = "\u00a0"

# --- text -----------------------------------------------------------------------------------

WORDS = (
    "militaire", "réserve", "candidat", "officier", "sous-officier", "engagement", "rengagement",
    "niveau", "Forces", "armées", "autorité", "désignée", "Roi", "période", "pendant",
    "laquelle", "admis", "plein", "droit", "catégorie", "demande", "besoins", "encadrement",
    "permettent", "anciens", "carrière", "pension", "inaptitude", "physique", "qualité",
    "grade", "ancienneté", "formation", "suspendu", "prend", "fin", "conditions", "fixées",
    "visé", "visées", "cinq", "ans", "volontaire", "nommé", "commissionné", "supérieur",
    "résiliation", "démission", "congé", "définitif", "rappels", "ordinaires", "à", "au",
    "aux", "pour", "que", "qui", "ou", "et", "en", "un", "une", "sa", "son", "ses", "leur",
    "l'autorité", "l’engagement", "d'admission", "d’origine", "n'a", "qu'il", "s'il",
    "aujourd'hui", "élève", "œuvre", "Défense", "État", "être", "où", "déjà", "août",
)
#: words never drawn for running text: they would read as formulas in quoted new text
RARE = tuple(f"{stem}{suffix}" for stem in ("zorglub", "quidam", "lambda", "périgée")
             for suffix in ("", "s", "é", "x"))

#: words that no strategy ever writes (for operations that must fail)
NEVER = ("introuvable", "inexistant", "nulle-part")

word = st.sampled_from(WORDS)


def _phrase(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    out = words[0]
    for item in words[1:]:
        out += (NBSP if rng.random() < 0.1 else " ") + item
    return out


def _sentence(rng: random.Random, end: str) -> str:
    body = _phrase(rng, 2, 8)
    if rng.random() < 0.4:
        number = rng.randint(1, 99)
        body += rng.choice((f" visé à l'article {number}", f" de l'article {number}, alinéa 2",
                            f" visé au {number % 9 + 1}°"))
    return body[0].upper() + body[1:] + end


def _text(rng: random.Random, end: str, max_sentences: int) -> str:
    count = rng.randint(1, max_sentences)
    return " ".join(_sentence(rng, end if i == count - 1 else ".") for i in range(count))


_SEEDS = st.integers(0, 2**32 - 1)


def phrase(min_words: int = 1, max_words: int = 5) -> st.SearchStrategy[str]:
    """Words separated by spaces (sometimes a no-break space), no leading capital."""
    return _SEEDS.map(lambda seed: _phrase(random.Random(seed), min_words, max_words))


def sentence(end: str = ".") -> st.SearchStrategy[str]:
    """A sentence: capital, words, sometimes a number ("article 16, alinéa 6"), an end mark."""
    return _SEEDS.map(lambda seed: _sentence(random.Random(seed), end))


def text(end: str = ".", max_sentences: int = 2) -> st.SearchStrategy[str]:
    """One or more sentences (one draw: texts are built from a seed, so they shrink to the
    simplest one)."""
    return _SEEDS.map(lambda seed: _text(random.Random(seed), end, max_sentences))


def quoted(value: str) -> str:
    """A quoted text as the parser gives it back (trimmed, single spaces)."""
    return normalize_quoted(value)


# --- labels ---------------------------------------------------------------------------------

LATIN = ("bis", "ter", "quater")


@st.composite
def article_labels(draw: st.DrawFn) -> list[str]:
    """Increasing article labels: 3, 3bis, 4, 4/1, 5 … ("1er" for 1)."""
    start = draw(st.integers(1, 40))
    labels: list[str] = []
    number = start
    for _ in range(draw(st.integers(1, 4))):
        labels.append("1er" if number == 1 else str(number))
        extra = draw(st.sampled_from(("", "", "bis", "/1")))
        if extra == "bis":
            labels.append(f"{number}bis")
        elif extra == "/1":
            labels.append(f"{number}/1")
        number += 1
    return labels


def number_label(number: int) -> str:
    """'1er', '2', …"""
    return "1er" if number == 1 else str(number)


@st.composite
def item_labels(draw: st.DrawFn, style: str, count: int) -> list[str]:
    """Labels of an enumeration: 1°, 2°, 2/1°, 3° … / a), b), bbis) / 1), 2)."""
    labels: list[str] = []
    for number in range(1, count + 1):
        if style == "degree":
            labels.append(f"{number}°")
            if number > 1 and draw(st.integers(0, 5)) == 0:
                labels.append(f"{number}/1°")
        elif style == "letter":
            labels.append(f"{chr(ord('a') + number - 1)})")
        else:
            labels.append(f"{number})")
    return labels


# --- documents ------------------------------------------------------------------------------

SKELETON = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
            xmlns:c="urn:x-consolidate:1">
  <act name="loi"><meta><proprietary source="#consolidate">
    <c:act type="loi" date="2001-05-16" language="{language}" model="true" version="1">
      <c:title>portant statut des militaires du cadre de réserve</c:title>
    </c:act></proprietary></meta><body/></act>
</akomaNtoso>"""


@st.composite
def enumeration(draw: st.DrawFn, depth: int = 0) -> list[etree._Element]:
    """Items (with sub-items one or two levels down, sometimes)."""
    style = ("degree", "letter", "paren")[depth]
    count = draw(st.integers(2, 4))
    points: list[etree._Element] = []
    for index, label in enumerate(draw(item_labels(style, count))):
        last = index == count - 1
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            intro = draw(text(":", 1))
            points.append(make_point(label, intro, draw(enumeration(depth + 1))))
        else:
            points.append(make_point(label, draw(text("." if last else " ;", 1))))
    return points


@st.composite
def alinea(draw: st.DrawFn) -> etree._Element:
    """A plain alinéa or one that introduces an enumeration."""
    if draw(st.integers(0, 3)) == 0:
        return make_alinea(draw(text(":", 2)), draw(enumeration()))
    return make_alinea(draw(text()))


@st.composite
def article(draw: st.DrawFn, label: str) -> etree._Element:
    """An article with alinéas, or with paragraphs (§ 1er, § 2, sometimes § 2/1)."""
    element = etree.Element(akn("article"))
    num = f"Article {label}." if label == "1er" and draw(st.booleans()) else f"Art. {label}."
    element.append(make_num(num))
    if draw(st.integers(0, 3)) == 0:
        count = draw(st.integers(1, 3))
        labels = [number_label(n) for n in range(1, count + 1)]
        if count > 1 and draw(st.booleans()):
            labels.insert(2, "2/1")
        for para_label in labels:
            paragraph = etree.SubElement(element, akn("paragraph"))
            paragraph.append(make_num(f"§ {para_label}."))
            for _ in range(draw(st.integers(1, 3))):
                paragraph.append(draw(alinea()))
    else:
        for _ in range(draw(st.integers(1, 4))):
            element.append(draw(alinea()))
    return element


@st.composite
def documents(draw: st.DrawFn, language: str = "fr") -> Document:
    """A Belgian-shaped base text (loi du 16 mai 2001) with one to eight articles."""
    document = load_xml(SKELETON.format(language=language).encode(), "generated.xml")
    for label in draw(article_labels()):
        document.body.append(draw(article(label)))
    assign_eids(document)
    return document


# --- units of a document --------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A live unit of a document and its designation (article label and path)."""

    article: str
    path: tuple[Step, ...]
    element: etree._Element

    @property
    def kind(self) -> str:
        """'article', 'paragraph', 'alinea', 'point' or 'intro'."""
        return etree.QName(self.element).localname

    def texts(self) -> list[str]:
        """The texts of the unit's p elements."""
        return ["".join(str(piece) for piece in p.itertext())
                for p in paragraphs_of(self.element)]


def _designable(label: str) -> bool:
    return not label.endswith(".")


def _below(article: str, path: tuple[Step, ...], element: etree._Element) -> list[Unit]:
    found: list[Unit] = []
    containers = units(element, "paragraph")
    if containers:
        for paragraph in containers:
            step = Step(unit="paragraph", label=label_text(paragraph))
            found.append(Unit(article, (*path, step), paragraph))
            found.extend(_below(article, (*path, step), paragraph))
        return found
    for number, alinea_element in enumerate(alineas_of(element), 1):
        step = Step(unit="alinea", label=number_label(number))
        found.append(Unit(article, (*path, step), alinea_element))
        found.extend(_items(article, (*path, step), alinea_element))
    return found


def _items(article: str, path: tuple[Step, ...], owner: etree._Element) -> list[Unit]:
    found: list[Unit] = []
    listing = owner.find(akn("list"))
    if listing is None:
        return found
    intro = listing.find(akn("intro"))
    if intro is not None:
        found.append(Unit(article, (*path, Step(unit="intro")), intro))
    for point in points_of(owner):
        label = label_text(point)
        if not _designable(label):
            continue
        step = Step(unit="point", label=label)
        found.append(Unit(article, (*path, step), point))
        found.extend(_items(article, (*path, step), point))
    return found


def document_units(document: Document) -> list[Unit]:
    """Every live unit with its designation, articles first in document order."""
    found: list[Unit] = []
    for element in document.articles():
        if is_removed(element):
            continue
        label = label_text(element)
        found.append(Unit(label, (), element))
        found.extend(_below(label, (), element))
    return found


def once(unit: Unit, words: str) -> bool:
    """Whether ``words`` occur exactly once in the unit's live text."""
    return sum(len(find_words(t, words)) for t in unit.texts()) == 1


# --- operations valid on a document ---------------------------------------------------------


def _target(unit: Unit, act: ActRef = LOI_2001) -> Target:
    return Target(act=act, article=unit.article, path=unit.path)


@st.composite
def unique_words(draw: st.DrawFn, unit: Unit) -> str | None:
    """A run of 1–4 words of the unit that occurs once in it (None if there is none)."""
    tokens = [t.split() for t in unit.texts()]
    runs = [(i, j) for i, words in enumerate(tokens) for j in range(len(words))]
    if not runs:
        return None
    for _ in range(6):
        i, j = draw(st.sampled_from(runs))
        length = draw(st.integers(1, 4))
        candidate = quoted(" ".join(tokens[i][j : j + length]).strip(" ,;.:"))
        if candidate and '"' not in candidate and once(unit, candidate):
            return candidate
    return None


@st.composite
def fresh_words(draw: st.DrawFn) -> str:
    """New words that occur nowhere in a generated document (a rare word among them)."""
    before = draw(st.lists(word, max_size=2))
    after = draw(st.lists(word, max_size=2))
    return " ".join([*before, draw(st.sampled_from(RARE)), *after])


def word_units(document: Document) -> list[Unit]:
    """Units with text: alinéas, items, phrases liminaires (articles and § too)."""
    return [u for u in document_units(document) if any(t.strip() for t in u.texts())]


@st.composite
def word_operation(draw: st.DrawFn, document: Document) -> Operation | None:
    """replace / insert / repeal / append words, on words that occur once."""
    unit = draw(st.sampled_from(word_units(document)))
    old = draw(unique_words(unit))
    if old is None:
        return None
    kind = draw(st.sampled_from(("replace", "insert_after", "insert_before", "repeal",
                                 "append")))
    target = _target(unit)
    if kind == "replace":
        return ReplaceWords(source=SOURCE, target=target, old=old, new=draw(fresh_words()))
    if kind == "insert_after":
        return InsertWords(source=SOURCE, target=target, new=draw(fresh_words()), after=old)
    if kind == "insert_before":
        return InsertWords(source=SOURCE, target=target, new=draw(fresh_words()), before=old)
    if kind == "repeal":
        return RepealWords(source=SOURCE, target=target, old=old)
    if unit.kind not in ("alinea", "point") or unit.element.find(akn("list")) is not None:
        return None
    return AppendWords(source=SOURCE, target=target, new=draw(fresh_words()))


@st.composite
def new_alineas(draw: st.DrawFn, count: int | None = None) -> tuple[NewUnit, ...]:
    """Quoted new alinéas (sometimes one with items)."""
    size = count if count is not None else draw(st.integers(1, 3))
    out: list[NewUnit] = []
    for _ in range(size):
        if draw(st.integers(0, 4)) == 0:
            labels = draw(item_labels("degree", draw(st.integers(2, 3))))
            items = tuple(NewUnit(kind="point", label=label, text=quoted(draw(text(";", 1))))
                          for label in labels)
            out.append(NewUnit(kind="alinea", text=quoted(draw(text(":", 1))),
                               children=items))
        else:
            out.append(NewUnit(kind="alinea", text=quoted(draw(text()))))
    return tuple(out)


def _next_item(owner: etree._Element) -> str | None:
    """The next free label of the owner's enumeration (degree, letter or paren style)."""
    listing = owner.find(akn("list"))
    if listing is None:
        return None
    points = units(listing, "point", removed=True)
    if not points:
        return None
    last = label_text(points[-1])
    highest = max(label_of(p).number for p in points)
    if last.endswith("°"):
        return f"{highest + 1}°"
    if last.endswith(")") and last[0].isalpha():
        return f"{chr(ord('a') + highest)})" if highest < 25 else None
    if last.endswith(")"):
        return f"{highest + 1})"
    return None


@st.composite
def unit_operation(draw: st.DrawFn, document: Document) -> Operation | None:
    """repeal / replace / insert units that exist (or the next free label)."""
    all_units = [u for u in document_units(document) if u.kind != "intro"]
    unit = draw(st.sampled_from(all_units))
    kind = draw(st.sampled_from(("repeal", "replace", "insert_end")))
    target = _target(unit)
    if kind == "repeal":
        return RepealUnit(source=SOURCE, target=target)
    if kind == "replace":
        if unit.kind == "alinea":
            return ReplaceUnit(source=SOURCE, target=target, new=draw(new_alineas()))
        if unit.kind == "point":
            same = NewUnit(kind="point", label=label_text(unit.element),
                           text=quoted(draw(text(";", 1))))
            return ReplaceUnit(source=SOURCE, target=target, new=(same,))
        return None
    if unit.kind in ("article", "paragraph") and not units(unit.element, "paragraph"):
        alineas = draw(new_alineas())
        return InsertUnit(source=SOURCE, target=target, new=alineas,
                          announced_count=len(alineas))
    label = _next_item(unit.element) if unit.kind in ("alinea", "point") else None
    if label is None:
        return None
    item = NewUnit(kind="point", label=label, text=quoted(draw(text(".", 1))))
    return InsertUnit(source=SOURCE, target=target, new=(item,))


@st.composite
def valid_operation(draw: st.DrawFn, document: Document) -> Operation:
    """An operation that applies to ``document`` (retries until one can be built)."""
    assume(document_units(document))
    makers = (word_operation, unit_operation) if word_units(document) else (unit_operation,)
    for _ in range(20):
        maker = draw(st.sampled_from(makers))
        op = draw(maker(document))
        if op is not None:
            return op
    op = draw(unit_operation(document))
    return op if op is not None else RepealUnit(source=SOURCE, target=_target(
        document_units(document)[0]))


# --- any operation the drafter can write (property 1) ---------------------------------------


@st.composite
def steps(draw: st.DrawFn, numbered_sentences: bool = True) -> tuple[Step, ...]:
    """A path below an article: [§] [alinéa [item [sub-item]] [phrase liminaire | phrase]]
    ("la deuxième phrase" only with ``numbered_sentences``)."""
    path: list[Step] = []
    if draw(st.booleans()):
        path.append(Step(unit="paragraph", label=draw(st.sampled_from(("1er", "2", "2/1", "3")))))
    if draw(st.integers(0, 3)):
        path.append(Step(unit="alinea", label=number_label(draw(st.integers(1, 12)))))
        if draw(st.booleans()):
            path.append(Step(unit="point", label=draw(st.sampled_from(
                ("1°", "4°", "2/1°", "2°bis", "10°")))))
            if draw(st.booleans()):
                path.append(Step(unit="point", label=draw(st.sampled_from(
                    ("a)", "b)", "bbis)", "1)", "3)")))))
        tail = draw(st.integers(0, 4))
        if tail == 1:
            path.append(Step(unit="intro"))
        elif tail == 2 and numbered_sentences:
            path.append(Step(unit="sentence", label=f"#{draw(st.integers(1, 10))}"))
        elif tail == 3:
            path.append(Step(unit="sentence", label=quoted(draw(text(".", 1)))))
    return tuple(path)


HISTORY = (
    "remplacé par la loi du 19 juillet 2018",
    "inséré par la loi du 21 novembre 2016",
    "modifié par les lois des 30 décembre 2008, 10 janvier 2010 et 19 juillet 2018",
    "modifié par l'arrêté royal du 1er janvier 2010",
)


@st.composite
def targets(draw: st.DrawFn, act: ActRef | None = None,
            numbered_sentences: bool = True) -> Target:
    """Any target: an act, an article label (10, 10bis, 71/1, 1er), a path."""
    label = draw(st.sampled_from(("1er", "10", "10bis", "71/1", "16", "39", "2quater")))
    return Target(act=act or draw(st.sampled_from(ACTS)), article=label,
                  path=draw(steps(numbered_sentences)))


def _quoted_words() -> st.SearchStrategy[str]:
    return phrase(1, 6).map(quoted) | text(";", 1).map(quoted) | st.just(
        quoted('la notion de "candidat militaire"'))


@st.composite
def new_units(draw: st.DrawFn) -> tuple[NewUnit, ...]:
    """New alinéas, items (with sub-items) or a paragraph, as a quoted block gives them."""
    kind = draw(st.sampled_from(("alinea", "point", "paragraph")))
    if kind == "alinea":
        return draw(new_alineas())
    if kind == "point":
        count = draw(st.integers(1, 3))
        first = draw(st.integers(1, 9))
        out = []
        for number in range(first, first + count):
            if draw(st.integers(0, 3)) == 0:
                children = tuple(NewUnit(kind="point", label=label, text=quoted(draw(text(";", 1))))
                                 for label in draw(item_labels("letter", 2)))
                out.append(NewUnit(kind="point", label=f"{number}°",
                                   text=quoted(draw(text(":", 1))), children=children))
            else:
                out.append(NewUnit(kind="point", label=f"{number}°",
                                   text=quoted(draw(text(";", 1)))))
        return tuple(out)
    alineas = draw(new_alineas())
    return (NewUnit(kind="paragraph", label=draw(st.sampled_from(("2", "3", "2/1"))),
                    text=alineas[0].text, children=alineas[0].children + alineas[1:]),)


def _as_read(new: tuple[NewUnit, ...], target: object) -> tuple[NewUnit, ...]:
    """The new units as the parser reads them back: a sentence replaced by one plain alinéa
    ("la première phrase est remplacée par ce qui suit : "…"") takes a sentence
    (``instruction._as_sentence``)."""
    assert isinstance(target, Target)
    if target.path and target.path[-1].unit == "sentence" and len(new) == 1 and \
            new[0].kind == "alinea" and not new[0].children and new[0].label is None and \
            new[0].heading is None:
        return (NewUnit(kind="sentence", text=new[0].text),)
    return new


@st.composite
def any_operation(draw: st.DrawFn, act: ActRef | None = None,
                  numbered_sentences: bool = True) -> Operation:
    """Any operation the drafter can write (not necessarily applicable)."""
    common = {
        "source": SOURCE,
        "target": draw(targets(act, numbered_sentences)),
        "language": draw(st.sampled_from((None, None, None, "nl"))),
        "history": tuple(draw(st.lists(st.sampled_from(HISTORY), max_size=2, unique=True))),
    }
    kind = draw(st.sampled_from(("replace_words", "insert_words", "repeal_words",
                                 "append_words", "replace_unit", "repeal_unit", "insert_unit",
                                 "replace_punctuation")))
    if kind == "replace_punctuation":
        old = draw(st.sampled_from(MARKS))
        new = draw(st.sampled_from((*MARKS, "; et", "; ou", ", et", "; en")))
        return ReplacePunctuation(old=old, new=normalize_quoted(new), **common)
    if kind == "replace_words":
        return ReplaceWords(old=draw(_quoted_words()), new=draw(_quoted_words()),
                            every=draw(st.booleans()), **common)
    if kind == "insert_words":
        where = draw(st.sampled_from(("after", "before", "between")))
        after = draw(_quoted_words()) if where in ("after", "between") else None
        before = draw(_quoted_words()) if where in ("before", "between") else None
        return InsertWords(new=draw(_quoted_words()), after=after, before=before,
                           **common)
    if kind == "repeal_words":
        return RepealWords(old=draw(_quoted_words()), every=draw(st.booleans()),
                           **common)
    if kind == "append_words":
        return AppendWords(new=draw(_quoted_words()), **common)
    if kind == "repeal_unit":
        return RepealUnit(**common)
    new = draw(new_units())
    if kind == "replace_unit":
        return ReplaceUnit(new=_as_read(new, common["target"]), **common)
    labelled = new[0].kind != "alinea" and (new[0].kind == "point" or len(new) == 1)
    count = None if labelled else len(new)
    anchor = None
    position = draw(st.sampled_from(("end", "end", "after", "before")))
    if position != "end":
        if len(new) > 2:
            position = "end"
        else:
            anchor = draw(st.sampled_from((
                Step(unit="alinea", label="2"), Step(unit="point", label="3°"),
                Step(unit="paragraph", label="2"), Step(unit="point", label="b)"))))
    return InsertUnit(new=new, position=position, anchor=anchor,
                      announced_count=count, **common)


@st.composite
def wild_operation(draw: st.DrawFn, document: Document) -> Operation:
    """Any operation, its target often a real unit of ``document`` (with a random tail: a
    numbered or quoted sentence, a phrase liminaire, an item or an alinéa that may not exist)."""
    op = draw(any_operation(LOI_2001))
    found = document_units(document)
    if not found or draw(st.integers(0, 3)) == 0:
        return op
    unit = draw(st.sampled_from(found))
    tail = draw(st.sampled_from(((), (), (Step(unit="sentence", label="#3"),),
                                 (Step(unit="sentence", label="Un"),),
                                 (Step(unit="intro"),), (Step(unit="point", label="2°"),),
                                 (Step(unit="alinea", label="2"),))))
    target = Target(act=LOI_2001, article=unit.article, path=unit.path + tail)
    return op.model_copy(update={"target": target})


ACT_INFO = AmendingActInfo(
    type="loi", date=dt.date(2024, 3, 25),
    title="Loi modifiant diverses dispositions relatives au statut des militaires",
    justel_reference="2024-03-25/42", publication=dt.date(2024, 4, 18),
)


def info(date: dt.date, reference: str) -> AmendingActInfo:
    """An amending act's identity (a loi of ``date``)."""
    return AmendingActInfo(type="loi", date=date, title="Loi modifiant diverses dispositions",
                           justel_reference=reference, publication=date + dt.timedelta(days=20))
