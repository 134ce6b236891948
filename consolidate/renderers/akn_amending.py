"""The amending act as Akoma Ntoso 3.0 with ``<activeModifications>`` (``parse --format akn``).

Each article becomes an ``<article eId="art_N">``; when its operations come from points
(``a)``, ``1.``, ``1°``), the article is an ``<intro>`` (the lead-in) and one
``<point eId="art_N__point_x">`` per point, so that each textualMod's ``<source href>`` names
the provision exactly. The destination of a textualMod is the amended act's work URI and the
eId the designation spells (``article 10, 1°`` → ``#art_10__point_1``): the amending act
names a designation, not a position in a particular expression.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from ..document import akn as akn_tag
from ..document import format_date
from ..lang import scan
from ..model import AmendingAct, AmendingArticle, Target
from .akn_meta import NSMAP, add_old_new, cns, identification, mod_type, organizations, sub
from .common import amending_work_uri, label_eid, provision_eid, split_points, work_uri

_HEADING = scan.regex(r"^\s*(?:Art(?:icle)?\.?)\s+[^\s.]+\.?\s*")


def target_eid(target: Target) -> str:
    """The eId a designation spells ('article 10, 1°' → 'art_10__point_1')."""
    if target.article is None:
        return "body"
    eid = f"art_{label_eid(target.article)}"
    for step in target.path:
        if step.unit == "paragraph":
            eid += f"__para_{label_eid(step.label)}"
        elif step.unit == "alinea":
            eid += f"__alinea_{label_eid(step.label)}"
        elif step.unit == "point":
            eid += f"__point_{label_eid(step.label)}"
        elif step.unit == "intro":
            eid += "__intro"
    return eid


def _paragraphs(parent: etree._Element, text: str) -> None:
    for line in text.splitlines() or [""]:
        sub(parent, "p", text=line.strip())


def _article(body: etree._Element, article: AmendingArticle) -> None:
    eid = f"art_{label_eid(article.number)}"
    number = "1er" if label_eid(article.number) == "1" else article.number
    element = sub(body, "article", {"eId": eid})
    sub(element, "num", text=f"Art. {number}." if number != "1er" else "Article 1er.")
    lead, points = split_points(article)
    lead = _HEADING.sub("", lead, count=1)
    used = {op.source.point for op in article.operations if op.source.point}
    if points and used:
        intro = sub(element, "intro")
        _paragraphs(intro, lead)
        seen: set[str] = set()
        for label, text in points:
            point_eid = f"{eid}__point_{label_eid(label)}"
            if point_eid in seen:
                continue
            seen.add(point_eid)
            point = sub(element, "point", {"eId": point_eid})
            sub(point, "num", text=label)
            content = sub(point, "content")
            _paragraphs(content, text[len(label):].strip())
    else:
        content = sub(element, "content")
        body_text = "\n".join([lead, *(text for _, text in points)]).strip()
        _paragraphs(content, body_text)


def render_amending_akn(act: AmendingAct) -> bytes:
    """The amending act as Akoma Ntoso 3.0 XML with one textualMod per operation."""
    info = act.act
    work = amending_work_uri(act)
    root = etree.Element(akn_tag("akomaNtoso"), nsmap=NSMAP)
    element = sub(root, "act", {"name": info.type.replace(" ", "-")})
    meta = sub(element, "meta")
    aliases = {"numac": info.numac} if info.numac else {}
    identification(meta, work, info.date, "fra", info.date, name=info.title,
                   number=info.numac, aliases=aliases)
    if act.in_force():
        lifecycle = sub(meta, "lifecycle", {"source": "#consolidate"})
        sub(lifecycle, "eventRef", {"eId": "evt_1", "date": info.date.isoformat(),
                                    "source": "#original", "type": "generation"})
    analysis = sub(meta, "analysis", {"source": "#consolidate"})
    operations = act.operations()
    targets: dict[str, str] = {}
    if operations:
        active = sub(analysis, "activeModifications")
        for number, op in enumerate(operations, start=1):
            mod = sub(active, "textualMod", {"eId": f"amod_{number}", "type": mod_type(op.op)})
            mod.set(cns("op"), op.op)
            if op.language:
                mod.set(cns("language"), op.language)
            sub(mod, "source", {"href": f"#{provision_eid(op.source)}"})
            target_work = work_uri(op.target.act.type, op.target.act.date or dt.date.min, None)
            targets.setdefault(target_work, op.target.act.describe())
            sub(mod, "destination", {"href": f"{target_work}/!main#{target_eid(op.target)}"})
            add_old_new(mod, op)
    references = sub(meta, "references", {"source": "#consolidate"})
    sub(references, "original", {"eId": "original", "href": f"{work}/fra@",
                                 "showAs": f"{info.justel_id} {info.title}"})
    for number, (href, label) in enumerate(sorted(targets.items()), start=1):
        sub(references, "activeRef", {"eId": f"amended_{number}", "href": href, "showAs": label})
    organizations(references)
    preface = sub(element, "preface")
    long_title = sub(preface, "longTitle")
    p = sub(long_title, "p")
    sub(p, "docDate", {"date": info.date.isoformat()}, format_date(info.date))
    sub(p, "docType", text=info.type.capitalize()).tail = " "
    sub(p, "docTitle", text=info.title)
    p[0].tail = ". - "
    body = sub(element, "body")
    for article in act.articles:
        _article(body, article)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
