"""Synthetic inputs of the benchmark: a base act of N articles and an act amending each of them.

The base follows docs/document-model.md: each article has three alinéas, the second an
enumeration of three items. The amending act has one amending article per base article, in
a cycle of three that mixes the operations a real act makes (5 operations per 3 articles, so
900 amending articles make 1,500 operations, as in issue 14):

- one word replacement ("marqueurN" → "repèreN");
- a word replacement in an item and the repeal of an alinéa;
- a word replacement in an alinéa and the insertion of a new alinéa after it.

Every operation applies. ``article_count(operations)`` gives the base size for an operation
count, so sizes are given in operations.
"""

from __future__ import annotations

from lxml import etree

from consolidate.document import (
    NSMAP,
    Document,
    akn,
    assign_eids,
    cns,
    dump,
    make_alinea,
    make_num,
    make_point,
)

TITLE = "portant statut des militaires du cadre de réserve des Forces armées"
OPERATIONS_PER_CYCLE = 5
ARTICLES_PER_CYCLE = 3


def article_count(operations: int) -> int:
    """The number of base (and amending) articles that make ``operations`` operations."""
    cycles, rest = divmod(operations, OPERATIONS_PER_CYCLE)
    return cycles * ARTICLES_PER_CYCLE + (1 if rest else 0) + (1 if rest > 2 else 0)


def operation_count(articles: int) -> int:
    """The number of operations the act for ``articles`` articles makes."""
    return sum((1, 2, 2)[(number - 1) % 3] for number in range(1, articles + 1))


def synthetic_document(count: int) -> Document:
    """A base document of ``count`` articles (see the module docstring)."""
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    act = etree.SubElement(root, akn("act"), name="loi")
    meta = etree.SubElement(act, akn("meta"))
    proprietary = etree.SubElement(meta, akn("proprietary"), source="#consolidate")
    identity = etree.SubElement(
        proprietary, cns("act"), type="loi", date="2001-05-16", language="fr", model="true",
        version="1",
    )
    etree.SubElement(identity, cns("title")).text = TITLE
    body = etree.SubElement(act, akn("body"))
    for number in range(1, count + 1):
        article = etree.SubElement(body, akn("article"))
        article.append(make_num(f"Art. {number}."))
        article.append(make_alinea(f"Le militaire visé à l'article {number} exerce sa mission "
                                   f"marqueur{number} selon les règles fixées par le Roi."))
        points = [make_point(f"{i}°", f"la condition numéro {i} de l'article {number};")
                  for i in (1, 2, 3)]
        article.append(make_alinea("Il est tenu de respecter les conditions suivantes :", points))
        article.append(make_alinea("Le Roi fixe les modalités d'exécution du présent article."))
    document = Document(root, f"<synthetic {count}>")
    assign_eids(document)
    return document


def synthetic_base_xml(count: int) -> bytes:
    """The base document of ``count`` articles as Akoma Ntoso XML."""
    return dump(synthetic_document(count))


def _amending_article(number: int, act: str) -> str:
    """The amending article (numbered ``number + 1``) for base article ``number``."""
    head = f"**Art. {number + 1}.** Dans l'article {number} {act}"
    kind = (number - 1) % 3
    if kind == 0:
        return (f'{head}, les mots "marqueur{number}" sont remplacés par les mots '
                f'"repère{number}".')
    lead = f"{head}, les modifications suivantes sont apportées :\n\n"
    if kind == 1:
        return (lead + '   a) dans l\'alinéa 2, 2°, les mots "condition numéro 2" sont '
                'remplacés par les mots "deuxième condition" ;\n\n'
                "   b) l'alinéa 3 est abrogé.")
    return (lead + '   a) dans l\'alinéa 1er, les mots "selon les règles" sont remplacés par '
            'les mots "conformément aux règles" ;\n\n'
            "   b) il est inséré, après l'alinéa 1er, un alinéa rédigé comme suit :\n\n"
            f'"Le présent alinéa est inséré dans l\'article {number}.".')


def synthetic_act(count: int) -> str:
    """The amending act for a base of ``count`` articles (see the module docstring)."""
    lines = [
        "---",
        'title-fr: "Loi modifiant la loi du 16 mai 2001"',
        "date: 2024-03-25",
        "case: 2024-03-25/99",
        "publication: 2024-04-18",
        "---",
        "",
        "**Article 1er.** La présente loi règle une matière visée à l'article 74 de la "
        "Constitution.",
        "",
        _amending_article(1, f"de la loi du 16 mai 2001 {TITLE}"),
        "",
    ]
    for number in range(2, count + 1):
        lines.append(_amending_article(number, "de la même loi"))
        lines.append("")
    lines.append(f"**Art. {count + 2}.** La présente loi entre en vigueur le 1er janvier 2024.")
    return "\n".join(lines) + "\n"


def synthetic_edit(document: Document) -> Document:
    """A copy of a synthetic document with its first operation done by hand (no applier).

    Each "marqueurN" becomes "repèreN", directly in the tree.
    """
    edited = document.copy()
    for paragraph in edited.body.iter(akn("p")):
        if paragraph.text and "marqueur" in paragraph.text:
            paragraph.text = paragraph.text.replace("marqueur", "repère")
    return edited
