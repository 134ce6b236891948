"""Hypothesis strategies for the act-level operations (kept apart from strategies.py).

- :func:`fresh_article_label`: an article label that the document does not use, of the shapes
  Belgian acts insert (10/1, 10bis, 10ter/2, 41);
- :func:`new_unit_of`: the quoted form (:class:`~consolidate.model.NewUnit`) of an existing
  article, so that an article repealed then "rétabli" with it must read as before;
- :func:`renumbering`: an article and a new label that fits between its neighbours;
- :func:`article_span`: two live articles, the ends of a range "les articles X à Y".
"""

from __future__ import annotations

from hypothesis import assume
from hypothesis import strategies as st
from lxml import etree
from strategies import LATIN, LOI_2001, SOURCE

from consolidate.document import Document, akn, is_removed, label_of, label_text, local, text_of
from consolidate.model import InsertUnit, NewUnit, Renumber, RepealUnit, Target
from consolidate.text import parse_label

SUFFIXES = ("", *LATIN)


@st.composite
def fresh_article_label(draw: st.DrawFn, document: Document) -> str:
    """An article label the document does not have (tombstones included)."""
    used = {label_of(a).key() for a in document.articles()}
    number = draw(st.integers(1, 50))
    suffix = draw(st.sampled_from(SUFFIXES))
    sub = draw(st.sampled_from(("", "", "/1", "/2", "/7")))
    label = f"{number}{suffix}{sub}"
    assume(parse_label(label).key() not in used)
    return label


def _item(element: etree._Element) -> NewUnit:
    label = (element.findtext(akn("num")) or "").strip()
    listing = element.find(akn("list"))
    if listing is None:
        return NewUnit(kind="point", label=label, text=text_of(element))
    intro = listing.find(akn("intro"))
    return NewUnit(kind="point", label=label, text=text_of(intro) if intro is not None else "",
                   children=tuple(_item(p) for p in listing.iter(akn("point"))
                                  if p.getparent() is listing))


def _alinea(element: etree._Element) -> NewUnit:
    listing = element.find(akn("list"))
    if listing is None:
        return NewUnit(kind="alinea", text=text_of(element))
    intro = listing.find(akn("intro"))
    return NewUnit(kind="alinea", text=text_of(intro) if intro is not None else "",
                   children=tuple(_item(p) for p in listing if local(p) == "point"))


def new_unit_of(article: etree._Element) -> NewUnit:
    """The quoted text of an article, as an amending act would quote it."""
    label = label_text(article)
    paragraphs = [c for c in article if local(c) == "paragraph"]
    if paragraphs:
        return NewUnit(kind="article", label=label, text="", children=tuple(
            NewUnit(kind="paragraph", label=label_text(p), text="",
                    children=tuple(_alinea(a) for a in p if local(a) == "alinea"))
            for p in paragraphs))
    return NewUnit(kind="article", label=label, text="", children=tuple(
        _alinea(a) for a in article if local(a) == "alinea"))


def live_articles(document: Document) -> list[etree._Element]:
    """The articles that are not repealed, in order."""
    return [a for a in document.articles() if not is_removed(a)]


@st.composite
def insertion(draw: st.DrawFn, document: Document) -> InsertUnit:
    """"Il est inséré un article N" placed by its label."""
    label = draw(fresh_article_label(document))
    text = draw(st.sampled_from(("Le Roi fixe les modalités.", "La présente règle s'applique.")))
    return InsertUnit(source=SOURCE, target=Target(act=LOI_2001), position="label",
                      new=(NewUnit(kind="article", label=label, text=text),))


@st.composite
def article_span(draw: st.DrawFn, document: Document) -> RepealUnit:
    """"Les articles X à Y sont abrogés" on two live articles of the document."""
    live = live_articles(document)
    first = draw(st.integers(0, len(live) - 1))
    last = draw(st.integers(first, len(live) - 1))
    return RepealUnit(source=SOURCE, target=Target(
        act=LOI_2001, article=label_text(live[first]), article_until=label_text(live[last])))


@st.composite
def renumbering(draw: st.DrawFn, document: Document) -> Renumber:
    """"L'article X devient l'article X'" with X' between X's neighbours and free."""
    articles = list(document.articles())
    live = [i for i, a in enumerate(articles) if not is_removed(a)]
    index = draw(st.sampled_from(live))
    low = label_of(articles[index - 1]) if index > 0 else None
    high = label_of(articles[index + 1]) if index + 1 < len(articles) else None
    base = low.text if low is not None else None
    candidates = [f"{base}/9"] if base and "/" not in base else []
    candidates += [f"{label_of(articles[index]).number}/8"]
    used = {label_of(a).key() for a in articles}
    fitting = [c for c in candidates if parse_label(c).key() not in used
               and (low is None or low < parse_label(c))
               and (high is None or parse_label(c) < high)]
    assume(fitting)
    return Renumber(source=SOURCE, target=Target(act=LOI_2001,
                                                 article=label_text(articles[index])),
                    new_label=draw(st.sampled_from(fitting)))


STEP_UNITS = ("paragraph", "alinea", "point", "tiret", "sentence", "heading", "intro")
NEW_KINDS = ("article", "paragraph", "alinea", "point", "tiret", "heading", "chapter", "section")


@st.composite
def wild_new_unit(draw: st.DrawFn, depth: int = 0) -> NewUnit:
    """Any quoted unit: any kind, any label (readable or not), children of any kind."""
    kind = draw(st.sampled_from(NEW_KINDS))
    label = draw(st.sampled_from((None, "1", "2°", "10/1", "IIbis", "b)", "x", "4bis", "-")))
    children = tuple(draw(st.lists(wild_new_unit(depth + 1), max_size=2))) if depth < 2 else ()
    return NewUnit(kind=kind, label=label, text=draw(st.sampled_from(("", "Texte.", "Un :"))),
                   heading=draw(st.sampled_from((None, "Titre"))), children=children)


@st.composite
def wild_structure(draw: st.DrawFn, document: Document) -> object:
    """An act-level operation with any target, well-formed or not, on ``document``."""
    from consolidate.model import ReplaceUnit, RestoreUnit, Step

    labels = [label_text(a) for a in document.articles()] + ["999", "abc"]
    article = draw(st.sampled_from([None, *labels]))
    until = draw(st.sampled_from([None, *labels])) if article else None
    divisions = tuple(draw(st.lists(st.builds(
        Step, unit=st.sampled_from(("chapter", "section", "book")),
        label=st.sampled_from(("I", "II", "1er", "x"))), max_size=2)))
    path = tuple(draw(st.lists(st.builds(
        Step, unit=st.sampled_from(STEP_UNITS), label=st.sampled_from(("1", "2°", "#-1", "")),
        until=st.sampled_from((None, "3°", "2"))), max_size=2)))
    target = Target(act=LOI_2001, article=article, article_until=until, divisions=divisions,
                    path=path)
    new = tuple(draw(st.lists(wild_new_unit(), min_size=0, max_size=2)))
    kind = draw(st.sampled_from(("insert", "repeal", "replace", "restore", "renumber",
                                 "wrap")))
    if kind == "wrap":
        from consolidate.model import WrapUnit

        return WrapUnit(source=SOURCE, target=target,
                        unit=draw(st.sampled_from(("paragraph", "section", "chapter"))),
                        label=draw(st.sampled_from(("1er", "1re", "2", "I", "x"))),
                        heading=draw(st.sampled_from((None, "Régime général"))))
    if kind == "insert":
        position = draw(st.sampled_from(("end", "start", "after", "before", "label")))
        anchor = draw(st.sampled_from((None, Step(unit="article", label=labels[0]),
                                       Step(unit="chapter", label="I"))))
        return InsertUnit(source=SOURCE, target=target, new=new, position=position,
                          anchor=anchor)
    if kind == "repeal":
        return RepealUnit(source=SOURCE, target=target)
    if kind == "replace":
        return ReplaceUnit(source=SOURCE, target=target, new=new)
    if kind == "restore":
        return RestoreUnit(source=SOURCE, target=target, new=new)
    return Renumber(source=SOURCE, target=target,
                    new_label=draw(st.sampled_from(("6", "10/9", "IIbis", "zz", "3°"))))


@st.composite
def item_range(draw: st.DrawFn, document: Document) -> RepealUnit:
    """"Les X à Y sont abrogés" on two items of one enumeration of the document."""
    from strategies import document_units

    items = [u for u in document_units(document) if u.kind == "point"]
    assume(items)
    first = draw(st.sampled_from(items))
    siblings = [u for u in items if u.element.getparent() is first.element.getparent()]
    last = draw(st.sampled_from(siblings[siblings.index(first):]))
    step = first.path[-1].model_copy(update={"until": last.path[-1].label})
    return RepealUnit(source=SOURCE, target=Target(act=LOI_2001, article=first.article,
                                                   path=(*first.path[:-1], step)))
