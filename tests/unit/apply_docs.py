"""Small hand-built documents for the address and applier tests (docs/document-model.md)."""

from __future__ import annotations

import datetime as _dt

from consolidate.address import parse_address, resolve_address
from consolidate.applier import apply
from consolidate.document import Document, assign_eids, load_xml, text_of
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    EntryIntoForce,
    Operation,
    Source,
    SourceSpan,
    Target,
)

SKELETON = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:c="urn:x-consolidate:1">
  <act name="loi">
    <meta>
      <proprietary source="#consolidate">
        <c:act type="{type}" date="{date}" language="{language}" model="true" version="{version}">
          <c:title>{title}</c:title>
        </c:act>{notes}
      </proprietary>
    </meta>
    <body>{body}</body>
  </act>
</akomaNtoso>
"""


def p(text: str) -> str:
    """<content><p>text</p></content>."""
    return f"<content><p>{text}</p></content>"


def alinea(text: str = "", items: str = "", intro: str = "", status: str = "") -> str:
    """An alinéa with text, or with an enumeration (intro + items)."""
    attr = f' status="{status}"' if status else ""
    if items:
        head = f"<intro><p>{intro}</p></intro>" if intro else ""
        return f"<alinea{attr}><list>{head}{items}</list></alinea>"
    return f"<alinea{attr}>{p(text)}</alinea>"


def point(label: str, text: str = "", items: str = "", status: str = "") -> str:
    """An item, with text or with a sub-list."""
    attr = f' status="{status}"' if status else ""
    if items:
        sub = f"<list><intro><p>{text}</p></intro>{items}</list>"
        return f"<point{attr}><num>{label}</num>{sub}</point>"
    return f"<point{attr}><num>{label}</num>{p(text)}</point>"


def article(label: str, *children: str, status: str = "") -> str:
    """An article ('Art. 10.')."""
    attr = f' status="{status}"' if status else ""
    return f"<article{attr}><num>Art. {label}.</num>{''.join(children)}</article>"


def paragraph(label: str, *children: str) -> str:
    """A paragraph ('§ 1er.')."""
    return f"<paragraph><num>§ {label}.</num>{''.join(children)}</paragraph>"


def document(
    *articles: str,
    date: str = "2001-05-16",
    language: str = "fr",
    version: int = 1,
    notes: str = "",
    type: str = "loi",
    title: str = "portant statut",
) -> Document:
    """A document whose body holds the given articles (eIds assigned)."""
    xml = SKELETON.format(
        type=type, date=date, language=language, version=version, title=title, notes=notes,
        body="".join(articles),
    )
    doc = load_xml(xml.encode("utf-8"), "test.xml")
    assign_eids(doc)
    return doc


# --- amending acts built by hand ---------------------------------------------------------------

LOI_2001 = ActRef(type="loi", date=_dt.date(2001, 5, 16))
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=2)


def target(address: str, act: ActRef = LOI_2001) -> Target:
    """A Target from a textual address."""
    article, path = parse_address(address)
    return Target(act=act, article=article, path=path)


def source(article: str = "2", point: str | None = None) -> Source:
    """The amending provision."""
    return Source(article=article, point=point)


def amending(*articles: tuple[str, list[Operation]], in_force: str = "2024-01-01") -> AmendingAct:
    """An amending act (loi du 25 mars 2024) with the given articles and an in-force article."""
    built = [
        AmendingArticle(
            number=number, kind="amending", text="...", span=SPAN, operations=tuple(ops)
        )
        for number, ops in articles
    ]
    built.append(
        AmendingArticle(
            number="99", kind="entry_into_force", text="...", span=SPAN,
            entry_into_force=(EntryIntoForce(date=_dt.date.fromisoformat(in_force)),),
        )
    )
    info = AmendingActInfo(
        type="loi", date=_dt.date(2024, 3, 25), title="modifiant diverses dispositions",
        justel_reference="2024-03-25/42", publication=_dt.date(2024, 4, 18),
    )
    return AmendingAct(act=info, articles=tuple(built))


def run(doc: Document, *ops: Operation, amending_article: str = "2") -> Document:
    """Apply ``ops`` as one amending article; the run must succeed; return the new document."""
    out, report = apply([doc], amending((amending_article, list(ops))))
    assert report.ok, report
    return out[0]


def text(doc: Document, address: str) -> str:
    """The text of the unit at ``address``."""
    return text_of(resolve_address(doc, address))
