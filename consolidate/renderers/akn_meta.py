"""Shared builders of the Akoma Ntoso renderers: FRBR identification, references,
textualMod types and their old/new words."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from ..document import NSMAP, akn, cns
from ..model import NewUnit, Operation

__all__ = [
    "META_KEPT", "NSMAP", "add_old_new", "cns", "identification", "mod_type", "organizations",
    "sub",
]

MOD_TYPES = {
    "replace_words": "substitution",
    "replace_unit": "substitution",
    "insert_words": "insertion",
    "append_words": "insertion",
    "insert_unit": "insertion",
    "repeal_words": "repeal",
    "repeal_unit": "repeal",
    "restore_unit": "insertion",  # a repealed unit gets text again
    "renumber": "renumbering",
    # "dont le texte actuel formera le § 1er": the unit's text is given a number (its § 1er)
    "wrap_unit": "renumbering",
    # "le point final est remplacé par un point-virgule": the mark is substituted
    "replace_punctuation": "substitution",
}
META_KEPT = ("publication", "proprietary")


def mod_type(op: str) -> str:
    """The textualMod type of an operation kind: substitution, insertion or repeal."""
    return MOD_TYPES[op]


def sub(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None,
        text: str | None = None) -> etree._Element:
    """Append an Akoma Ntoso element."""
    element = etree.SubElement(parent, akn(tag), attrib or {})
    if text is not None:
        element.text = text
    return element


def words(parent: etree._Element, tag: str, text: str, href: str | None = None) -> None:
    """``<old>``/``<new>`` holding the words in a ``<c:text>`` child."""
    element = sub(parent, tag, {"href": href} if href else {})
    holder = etree.SubElement(element, cns("text"))
    holder.text = text


def unit_text(units: tuple[NewUnit, ...]) -> str:
    """New units as plain lines ('3° text', sub-items below)."""
    lines: list[str] = []
    for unit in units:
        head = f"{unit.label} {unit.text}".strip() if unit.label else unit.text
        lines.append(head)
        if unit.children:
            lines.append(unit_text(unit.children))
    return "\n".join(line for line in lines if line)


def add_old_new(mod: etree._Element, op: Operation, new_href: str | None = None) -> None:
    """The changed words of an operation (old words, new words or new units)."""
    old = getattr(op, "old", None)
    if isinstance(old, str) and old:
        words(mod, "old", old)
    new = getattr(op, "new", None)
    if isinstance(new, str) and new:
        words(mod, "new", new, new_href)
    elif isinstance(new, tuple) and new:
        words(mod, "new", unit_text(new), new_href)


def identification(meta: etree._Element, work: str, expression_date: dt.date,
                   language: str, work_date: dt.date, *, name: str,
                   number: str | None, aliases: dict[str, str] | None = None) -> None:
    """FRBR Work / Expression / Manifestation of one document."""
    ident = sub(meta, "identification", {"source": "#consolidate"})
    frbr = sub(ident, "FRBRWork")
    sub(frbr, "FRBRthis", {"value": f"{work}/!main"})
    sub(frbr, "FRBRuri", {"value": work})
    for alias_name, value in (aliases or {}).items():
        sub(frbr, "FRBRalias", {"name": alias_name, "value": value})
    sub(frbr, "FRBRdate", {"date": work_date.isoformat(), "name": "promulgation"})
    sub(frbr, "FRBRauthor", {"href": "#legislator"})
    sub(frbr, "FRBRcountry", {"value": "be"})
    if number:
        sub(frbr, "FRBRnumber", {"value": number})
    sub(frbr, "FRBRname", {"value": name})
    expression = f"{work}/{language}@{expression_date.isoformat()}"
    expr = sub(ident, "FRBRExpression")
    sub(expr, "FRBRthis", {"value": f"{expression}/!main"})
    sub(expr, "FRBRuri", {"value": expression})
    sub(expr, "FRBRdate", {"date": expression_date.isoformat(), "name": "consolidation"})
    sub(expr, "FRBRauthor", {"href": "#consolidate"})
    sub(expr, "FRBRlanguage", {"language": language})
    manifestation = sub(ident, "FRBRManifestation")
    sub(manifestation, "FRBRthis", {"value": f"{expression}/!main.xml"})
    sub(manifestation, "FRBRuri", {"value": f"{expression}.akn"})
    sub(manifestation, "FRBRdate", {"date": expression_date.isoformat(), "name": "generation"})
    sub(manifestation, "FRBRauthor", {"href": "#consolidate"})


def organizations(references: etree._Element) -> None:
    """The two organisations every document refers to."""
    sub(references, "TLCOrganization", {"eId": "consolidate", "showAs": "consolidate",
                                        "href": "/ontology/organization/consolidate"})
    sub(references, "TLCOrganization", {"eId": "legislator", "showAs": "Parlement fédéral",
                                        "href": "/ontology/organization/be/parliament"})


