"""Akoma Ntoso 3.0 output: the consolidated acts with their passive modifications, and the
amending act with its active modifications (see docs/outputs.md for the mapping).

- :func:`render_akn`: each amended document becomes a new expression dated on the date in
  force, with a ``<lifecycle>`` (the original, the amending act) and one ``<textualMod>`` per
  operation that reached its target (applied, or without effect: ``c:effect="none"``) in
  ``<analysis><passiveModifications>``. One amended document gives an ``<act>``; several
  give a ``<documentCollection>`` whose ``<collectionBody>`` refers to one ``<component>``
  per act in the root ``<components>`` (each act keeps its own eIds).
- :func:`render_amending_akn`: the amending act, its articles and points as units, one
  ``<textualMod>`` per operation in ``<analysis><activeModifications>``.

The ``c:`` provenance marks of the document model stay in the output (Akoma Ntoso admits
attributes of other namespaces); the words of ``<old>``/``<new>`` sit in a ``<c:text>`` child
(their content model admits only elements of other namespaces).
"""

from __future__ import annotations

import copy
import datetime as dt

from lxml import etree

from ..address import resolve
from ..document import LANGUAGE_CODES, Document, akn, indent, local, title_line
from ..errors import ConsolidateError, RenderError
from ..model import Outcome
from ..result import Consolidation
from .akn_amending import render_amending_akn
from .akn_meta import (
    META_KEPT,
    NSMAP,
    add_old_new,
    cns,
    identification,
    mod_type,
    organizations,
    sub,
)
from .common import amending_work_uri, label_eid, outcomes_per_document, provision_eid, work_uri

__all__ = ["mod_type", "render_akn", "render_amending_akn"]

ENACTED = ("applied", "no_effect")
"""Outcomes that get a textualMod: the operation reached its target (no effect: the new
words equal the old ones, a modification the act still makes)."""

def in_force_of(result: Consolidation) -> dt.date:
    """The date of the new expressions: the date in force (else the amending act's date)."""
    return result.report.in_force or result.act.in_force() or result.act.act.date


def _destinations(document: Document, outcome: Outcome) -> list[str]:
    """The touched eIds; for an operation without effect, the unit it designates."""
    touched = [f"#{eid}" for eid in outcome.touched if eid]
    if touched:
        return touched
    article = outcome.target.article
    if article is None:
        return ["#body"]
    try:
        eid = resolve(document, article, outcome.target.path).get("eId")
    except ConsolidateError:
        eid = None
    return [f"#{eid or 'art_' + label_eid(article)}"]


def consolidated_act(result: Consolidation, index: int, outcomes: list[Outcome]) -> etree._Element:
    """The ``<act>`` of one consolidated document with its lifecycle and modifications."""
    document: Document = result.after[index]
    identity = document.identity
    info = result.act.act
    date = in_force_of(result)
    act = copy.deepcopy(document.act)
    old_meta = act.find(akn("meta"))
    meta = etree.Element(akn("meta"), nsmap=NSMAP)
    work = work_uri(identity.type, identity.date, identity.numac)
    language = LANGUAGE_CODES.get(identity.language, identity.language)
    aliases = {"ELI": identity.eli} if identity.eli else {}
    if identity.numac:
        aliases["numac"] = identity.numac
    identification(meta, work, date, language, identity.date, name=identity.title,
                   number=identity.numac, aliases=aliases)
    kept = [c for c in old_meta if local(c) in META_KEPT] if old_meta is not None else []
    for child in kept:
        if local(child) == "publication":
            meta.append(child)
    events, mods, refs = prior_history(old_meta)
    amending = "amending" if not events else f"amending_{len(events) + 1}"
    lifecycle = sub(meta, "lifecycle", {"source": "#consolidate"})
    sub(lifecycle, "eventRef", {"eId": "evt_1", "date": identity.date.isoformat(),
                                "source": "#original", "type": "generation"})
    lifecycle.extend(events)
    sub(lifecycle, "eventRef", {"eId": f"evt_{len(events) + 2}", "date": date.isoformat(),
                                "source": f"#{amending}", "type": "amendment"})
    enacted = [outcome for outcome in outcomes if outcome.status in ENACTED]
    analysis = sub(meta, "analysis", {"source": "#consolidate"})
    if enacted or mods:
        passive = sub(analysis, "passiveModifications")
        passive.extend(mods)
        source_uri = f"{amending_work_uri(result.act)}/!main"
        ops = result.act.operations()
        for number, outcome in enumerate(enacted, start=len(mods) + 1):
            mod = sub(passive, "textualMod", {"eId": f"pmod_{number}",
                                              "type": mod_type(outcome.op)})
            if outcome.language:
                mod.set(cns("language"), outcome.language)
            if outcome.status == "no_effect":
                mod.set(cns("effect"), "none")
            sub(mod, "source", {"href": f"{source_uri}#{provision_eid(outcome.source)}"})
            destinations = _destinations(document, outcome)
            for href in destinations:
                sub(mod, "destination", {"href": href})
            add_old_new(mod, ops[outcome.index], destinations[0])
    references = sub(meta, "references", {"source": "#consolidate"})
    sub(references, "original", {"eId": "original", "href": f"{work}/{language}@",
                                 "showAs": title_line(identity)})
    references.extend(refs)
    sub(references, "passiveRef", {"eId": amending,
                                   "href": f"{amending_work_uri(result.act)}/!main",
                                   "showAs": f"{info.justel_id} {info.title}"})
    organizations(references)
    for child in kept:
        if local(child) == "proprietary":
            meta.append(child)
    if old_meta is not None:
        act.replace(old_meta, meta)
    else:
        act.insert(0, meta)
    return act


def prior_history(meta: etree._Element | None) -> tuple[
        list[etree._Element], list[etree._Element], list[etree._Element]]:
    """The history a document loaded from an earlier Akoma Ntoso output carries: its
    amendment events, passive modifications and passive references (copies, in order)."""
    if meta is None:
        return [], [], []
    events = [copy.deepcopy(e) for e in meta.iter(akn("eventRef")) if e.get("type") == "amendment"]
    mods = [copy.deepcopy(m) for m in meta.iter(akn("textualMod"))]
    refs = [copy.deepcopy(r) for r in meta.iter(akn("passiveRef"))]
    return events, mods, refs


def with_history(result: Consolidation) -> list[Document]:
    """The documents of a result, each amended one as its Akoma Ntoso output holds it (new
    meta with the lifecycle and passive modifications): what a later act of a chain sees."""
    per_document = outcomes_per_document(result)
    out: list[Document] = []
    for index, document in enumerate(result.after):
        if any(outcome.status == "applied" for outcome in per_document[index]):
            root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
            root.append(consolidated_act(result, index, per_document[index]))
            out.append(Document(root, document.source))
        else:
            out.append(document.copy())
    return out


def amended_indexes(result: Consolidation) -> list[int]:
    """The documents some operation changed (all of them when none was)."""
    per_document = outcomes_per_document(result)
    found = [i for i, outcomes in enumerate(per_document)
             if any(outcome.status == "applied" for outcome in outcomes)]
    return found or list(range(len(result.after)))


def render_akn(result: Consolidation) -> bytes:
    """The consolidated act(s) as Akoma Ntoso 3.0 XML (see the module docstring)."""
    if not result.after:
        raise RenderError("nothing to render as Akoma Ntoso: the consolidation has no document")
    per_document = outcomes_per_document(result)
    if result.steps:
        acts = _chain_acts(result, per_document)
    else:
        acts = [consolidated_act(result, i, per_document[i]) for i in amended_indexes(result)]
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    if len(acts) == 1:
        root.append(acts[0])
    else:
        _collection(root, result, acts)
    indent(root)  # not etree.indent: it rewrites whitespace inside mixed content (the text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _chain_acts(result: Consolidation, per_document: list[list[Outcome]]) -> list[
        etree._Element]:
    """The acts of a chain: those the last application changed get their new meta; those
    only earlier applications changed already carry it (the chain keeps each step's history
    in the documents, :func:`with_history`)."""
    last = {i for i, outcomes in enumerate(per_document)
            if any(outcome.status == "applied" for outcome in outcomes)}
    earlier = {i for step in result.steps[:-1]
               for i, outcomes in enumerate(outcomes_per_document(step))
               if any(outcome.status == "applied" for outcome in outcomes)}
    indexes = sorted(last | earlier) or list(range(len(result.after)))
    return [consolidated_act(result, i, per_document[i]) if i in last or not earlier
            else copy.deepcopy(result.after[i].act) for i in indexes]


def _collection(root: etree._Element, result: Consolidation, acts: list[etree._Element]) -> None:
    info = result.act.act
    date = in_force_of(result)
    collection = sub(root, "documentCollection", {"name": "consolidation"})
    meta = sub(collection, "meta")
    work = f"/akn/be/documentCollection/consolidation/{info.date.isoformat()}"
    if info.numac:
        work += f"/{info.numac}"
    identification(meta, work, date, "fra", info.date, name=f"consolidation {info.justel_id}",
                   number=info.numac)
    references = sub(meta, "references", {"source": "#consolidate"})
    organizations(references)
    body = sub(collection, "collectionBody")
    components = sub(root, "components")
    for number, act in enumerate(acts, start=1):
        title = act.findtext(f".//{akn('FRBRWork')}/{akn('FRBRname')}")
        shown = act.find(f".//{akn('original')}")
        show_as = shown.get("showAs", "") if shown is not None else (title or "")
        component = sub(body, "component", {"eId": f"cmp_{number}"})
        sub(component, "documentRef", {"eId": f"cmp_{number}__ref", "href": f"#doc_{number}",
                                       "showAs": show_as})
        holder = sub(components, "component", {"eId": f"doc_{number}"})
        holder.append(act)
