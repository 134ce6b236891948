"""A small consolidation built by hand for the renderer tests (HTML, Akoma Ntoso, JSON).

Two French acts and the Dutch text of the first, an amending act whose articles have real
text with points, operations of every kind, one failure, one operation without effect, one
skipped operation (act not supplied), and text that needs escaping (``<``, ``&``, quotes).
"""

from __future__ import annotations

import datetime as dt

from apply_docs import alinea, article, document, point

from consolidate.address import parse_address
from consolidate.applier import apply
from consolidate.document import Document
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    EntryIntoForce,
    InsertUnit,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplaceWords,
    Source,
    SourceSpan,
    Target,
)
from consolidate.result import Consolidation

LOI_2001 = ActRef(type="loi", date=dt.date(2001, 5, 16))
LOI_2016 = ActRef(type="loi", date=dt.date(2016, 4, 10))
LOI_1999 = ActRef(type="loi", date=dt.date(1999, 1, 1))
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=2)

ART_2 = (
    "**Art. 2.** Dans l'article 10 de la loi du 16 mai 2001, les modifications suivantes sont"
    " apportées :\n\n"
    '   a) dans le 1°, les mots "qui sont mis" sont remplacés par les mots "qui ont été mis" ;\n\n'
    "   b) l'article est complété par le 3° rédigé comme suit :\n\n"
    '"3° les anciens officiers de réserve visés au 2°.".\n'
)
ART_3 = (
    "**Art. 3.** Dans l'article 11 de la même loi, les modifications suivantes sont"
    " apportées :\n\n"
    '   a) dans l\'alinéa 1er, les mots "& ancien" sont abrogés ;\n\n'
    "   b) l'alinéa 2 est abrogé ;\n\n"
    '   c) dans l\'alinéa 1er, les mots "introuvables" sont abrogés.\n'
)
ART_4 = (
    "**Art. 4.** Dans l'article 3 de la loi du 10 avril 2016, les mots \"<quatre>\" sont"
    ' remplacés par les mots "cinq" et les mots "jours" par les mots "jours".\n'
)
ART_5 = (
    "**Art. 5.** Dans le texte néerlandais de l'article 10 de la loi du 16 mai 2001, le mot"
    ' "oud" est vervangen door het woord "nieuw".\n'
)
ART_6 = "**Art. 6.** L'article 2 de la loi du 1er janvier 1999 est abrogé.\n"


def target(address: str, act: ActRef = LOI_2001) -> Target:
    """A Target from a textual address."""
    label, path = parse_address(address)
    return Target(act=act, article=label, path=path)


def amending_article(number: str, text: str, *ops: Operation) -> AmendingArticle:
    """An amending article with its text and operations."""
    return AmendingArticle(number=number, kind="amending", text=text, span=SPAN, operations=ops)


def amending_act() -> AmendingAct:
    """The hand-made amending act (loi du 25 mars 2024)."""
    articles = (
        amending_article(
            "2", ART_2,
            ReplaceWords(source=Source(article="2", point="a)"), target=target("article 10, 1°"),
                         old="qui sont mis", new="qui ont été mis"),
            InsertUnit(source=Source(article="2", point="b)"), target=target("article 10"),
                       new=(NewUnit(kind="point", label="3°",
                                    text="les anciens officiers de réserve visés au 2°."),)),
        ),
        amending_article(
            "3", ART_3,
            RepealWords(source=Source(article="3", point="a)"),
                        target=target("article 11, alinéa 1er"), old="& ancien"),
            RepealUnit(source=Source(article="3", point="b)"),
                       target=target("article 11, alinéa 2")),
            RepealWords(source=Source(article="3", point="c)"),
                        target=target("article 11, alinéa 1er"), old="introuvables"),
        ),
        amending_article(
            "4", ART_4,
            ReplaceWords(source=Source(article="4"), target=target("article 3", LOI_2016),
                         old="<quatre>", new="cinq"),
            ReplaceWords(source=Source(article="4"), target=target("article 3", LOI_2016),
                         old="jours", new="jours"),
        ),
        amending_article(
            "5", ART_5,
            ReplaceWords(source=Source(article="5"), target=target("article 10"), old="oud",
                         new="nieuw", language="nl"),
        ),
        amending_article(
            "6", ART_6,
            RepealUnit(source=Source(article="6"), target=target("article 2", LOI_1999)),
        ),
        AmendingArticle(number="7", kind="entry_into_force", text="**Art. 7.** ...", span=SPAN,
                        entry_into_force=(EntryIntoForce(date=dt.date(2024, 1, 1)),)),
    )
    info = AmendingActInfo(type="loi", date=dt.date(2024, 3, 25),
                           title="modifiant diverses dispositions", numac="2024003720",
                           justel_reference="2024-03-25/42", publication=dt.date(2024, 4, 18))
    return AmendingAct(act=info, articles=articles)


def base_documents() -> list[Document]:
    """French 2001, Dutch 2001 and French 2016 texts."""
    fr = document(
        article("10", alinea(intro="Sont admis :",
                             items=point("1°", "ceux qui sont mis à la pension ;")
                             + point("2°", "les autres ;"))),
        article("11", alinea("Le texte &amp; ancien reste."), alinea("Un alinéa à abroger."),
                alinea("Un dernier alinéa.")),
        article("12", alinea("Rien ne change ici.")),
    )
    nl = document(article("10", alinea("De oud tekst.")), language="nl")
    fr2016 = document(article("3", alinea("Il y a &lt;quatre&gt; jours.")), date="2016-04-10",
                      title="relative au travail à distance")
    return [fr, nl, fr2016]


def consolidation() -> Consolidation:
    """The case, applied with keep_going (one failure, one skipped operation)."""
    act = amending_act()
    bases = base_documents()
    after, report = apply(bases, act, keep_going=True)
    return Consolidation(act, tuple(bases), tuple(after), report)
