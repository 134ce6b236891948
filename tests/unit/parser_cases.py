"""Helpers for the parser tests: build small synthetic amending acts."""

from __future__ import annotations

from consolidate.model import AmendingAct, Operation
from consolidate.parser import parse_text

FRONT = """---
title-fr: "Loi portant des dispositions diverses"
date: 2023-06-01
case: 2023-06-01/07
publication: 2023-06-15
---

"""
BASIS = "La présente loi règle une matière visée à l'article 74 de la Constitution."
LAW = "de la loi du 3 juin 2010 relative aux essais"


def act_text(*articles: str, basis: bool = True) -> str:
    """A seed-format act: front matter, then the articles numbered 1er, 2, ..."""
    bodies = [BASIS, *articles] if basis else list(articles)
    chunks = [
        f"**{'Article 1er' if index == 1 else f'Art. {index}'}.** {body}"
        for index, body in enumerate(bodies, 1)
    ]
    return FRONT + "\n\n".join(chunks) + "\n"


def parse(*articles: str) -> AmendingAct:
    """Parse an act made of the constitutional basis and ``articles``."""
    return parse_text(act_text(*articles), "test.md")


def only_operation(*articles: str) -> Operation:
    """The single operation of an act with one amending article."""
    operations = parse(*articles).operations()
    assert len(operations) == 1, operations
    return operations[0]
