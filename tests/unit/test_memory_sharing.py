"""The memory savings change no value: shared parts of a parsed act, a base unindented on load."""

from __future__ import annotations

import copy
import json
import pickle
import sys

from lxml import etree

from consolidate import api
from consolidate.document import dump, indent, load_xml, unindent
from consolidate.model import AmendingAct, Outcome, Source, SourceSpan, Step
from consolidate.parser import read_text
from consolidate.sharing import Sharer, compact_fields, share_act, share_fields

ACT = """---
title-fr: "Loi modifiant la loi du 16 mai 2001"
date: 2024-03-25
case: 2024-03-25/99
---

**Article 1er.** La présente loi règle une matière visée à l'article 74 de la Constitution.

**Art. 2.** Dans l'article 1er de la loi du 16 mai 2001 portant statut des militaires, les \
modifications suivantes sont apportées :

   a) dans l'alinéa 1er, les mots "marqueur" sont remplacés par les mots "repère" ;

   b) dans l'alinéa 1er, les mots "selon" sont remplacés par les mots "d'après".

**Art. 3.** Dans l'article 2 de la même loi, l'alinéa 1er est abrogé.
"""


def _fresh(act: AmendingAct) -> AmendingAct:
    """An equal act sharing nothing (validated again from its JSON)."""
    data = json.loads(act.model_dump_json())
    data["act"].pop("justel_id")  # computed
    return AmendingAct.model_validate(data)


def _steps(act: AmendingAct) -> list[Step]:
    return [step for op in act.operations() for step in op.target.path]


def test_a_parsed_act_shares_equal_parts_and_keeps_its_values() -> None:
    act = api.parse(text=ACT)
    fresh = _fresh(act)
    assert act == fresh
    assert act.model_dump_json() == fresh.model_dump_json()
    steps = _steps(act)
    assert len(steps) == 3 and all(step == steps[0] for step in steps)
    assert all(step is steps[0] for step in steps)  # "alinéa 1er", three times: one object
    assert len({id(step) for step in _steps(fresh)}) == 3
    first, second = act.operations()[:2]
    assert first.source.__pydantic_fields_set__ is second.source.__pydantic_fields_set__
    assert first.target.act is act.operations()[2].target.act


def test_the_trace_keeps_every_reading() -> None:
    reading = read_text(ACT)
    assert [item.sentence for item in reading.articles[1].operations] != ["", ""]
    assert len(reading.articles[1].operations) == 2
    assert reading.act == api.parse(text=ACT)


def test_sharing_keeps_field_sets_of_their_own_content() -> None:
    given = Step(unit="alinea", label="")
    defaulted = Step(unit="alinea")
    sharer = Sharer()
    assert sharer.share(given) is given
    assert sharer.share(defaulted) is defaulted  # equal, but not the same fields given
    assert sharer.share(Step(unit="alinea")) is defaulted
    assert defaulted.model_fields_set == {"unit"}
    assert given.model_fields_set == {"unit", "label"}


def test_share_act_of_a_read_act_is_the_same_act() -> None:
    act = api.parse(text=ACT)
    again = _fresh(act)
    assert share_act(again) is again
    assert again == act


def _models(act: AmendingAct) -> list[object]:
    """The act's operations and their parts (a source, its span, a target)."""
    return [part for op in act.operations()
            for part in (op, op.source, op.source.span, op.target)]


def _plain(model: object) -> object:
    """A copy of ``model`` with its fields in a dictionary of its own (not compacted)."""
    duplicate = copy.copy(model)
    object.__setattr__(duplicate, "__dict__", dict(model.__dict__))
    return duplicate


def _warm(model: object) -> None:
    """Compact copies of ``model``: CPython sizes a new class's first dictionaries for 30
    keys, each a little less, down to the keys they hold after some 25 instances."""
    for _ in range(30):
        compact_fields(_plain(model))


def test_compacted_fields_are_the_same_fields() -> None:
    for model in _models(api.parse(text=ACT)):
        _warm(model)
    act = api.parse(text=ACT)
    fresh = _fresh(act)
    for compacted, validated in zip(_models(act), _models(fresh), strict=True):
        plain = _plain(compacted)
        # the parsed act's dictionaries are compact (keys shared), a dictionary of its own not
        assert sys.getsizeof(compacted.__dict__) < sys.getsizeof(plain.__dict__)
        assert sys.getsizeof(compacted.__dict__) < sys.getsizeof(validated.__dict__)
        assert compacted == validated and compacted.model_dump_json() == \
            validated.model_dump_json()
        assert list(compacted.__dict__.items()) == list(plain.__dict__.items())
        assert compacted == plain and hash(compacted) == hash(plain)
        assert compacted.model_dump() == plain.model_dump()
        assert compacted.model_dump(exclude_unset=True) == plain.model_dump(exclude_unset=True)
        assert compacted.model_dump_json() == plain.model_dump_json()
        assert compacted.model_fields_set == plain.model_fields_set
        assert pickle.loads(pickle.dumps(compacted)) == plain
    assert pickle.loads(pickle.dumps(act)).model_dump_json() == fresh.model_dump_json()
    span = act.operations()[0].source.span
    assert span is not None
    moved = span.model_copy(update={"line": 99})
    assert (moved.line, span.line) == (99, fresh.operations()[0].source.span.line)


def test_an_outcome_is_compacted_with_its_values() -> None:
    source = Source(article="2", span=SourceSpan(line=1, column=1, end_line=1, end_column=9))
    act = api.parse(text=ACT)
    fields = {"index": 3, "op": "repeal_unit", "source": source,
              "target": act.operations()[0].target, "status": "applied",
              "touched": ("art_1__alinea_1",)}
    _warm(Outcome(**fields))
    outcome, plain = share_fields(Outcome(**fields)), Outcome(**fields)
    assert sys.getsizeof(outcome.__dict__) < sys.getsizeof(plain.__dict__)
    assert outcome == plain and outcome.model_dump_json() == plain.model_dump_json()
    assert outcome.model_fields_set == plain.model_fields_set == set(fields)
    compact_fields(outcome)  # twice: the same values again
    assert outcome == plain and outcome.touched == ("art_1__alinea_1",)


INDENTED = b"""<?xml version='1.0' encoding='UTF-8'?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:c="urn:x-consolidate:1">
  <act name="loi">
    <meta>
      <proprietary source="#consolidate">
        <c:act type="loi" date="2001-05-16" language="fr" model="true" version="1">
          <c:title>portant statut</c:title>
        </c:act>
      </proprietary>
    </meta>
    <body>
      <article eId="art_1">
        <num>Art. 1.</num>
        <alinea eId="art_1__alinea_1">
          <content>
            <p><span c:mark="1">un</span> <span c:mark="2">deux</span> </p>
          </content>
        </alinea>
      </article>
    </body>
  </act>
</akomaNtoso>
"""


def _old_dump(data: bytes) -> bytes:
    """What dump() wrote before loading unindented: the tree as parsed, indented."""
    tree = copy.deepcopy(etree.fromstring(data))
    indent(tree)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"


def test_loading_drops_the_indentation_and_dump_writes_it_back() -> None:
    document = load_xml(INDENTED)
    assert document.body.text is None
    assert document.body[0].tail is None
    p = next(document.body.iter("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}p"))
    assert p[0].tail == " " and p[1].tail == " "  # text: kept
    assert dump(document) == INDENTED == _old_dump(INDENTED)


def test_a_comment_or_mixed_content_keeps_what_indent_leaves() -> None:
    commented = INDENTED.replace(b"<num>Art. 1.</num>", b"<num>Art. 1.</num><!-- x -->")
    mixed = INDENTED.replace(b"<content>", b"<content>words")
    for data in (commented, mixed):
        assert dump(load_xml(data)) == _old_dump(data)
    document = load_xml(mixed)
    content = next(document.body.iter("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
                                      "content"))
    assert content.text is not None and content.text.startswith("words")
    assert content[0].tail is not None  # the mixed element's whitespace is text


def test_unindent_is_what_loading_does() -> None:
    root = etree.fromstring(INDENTED)
    unindent(root)
    assert etree.tostring(root) == etree.tostring(load_xml(INDENTED).root)
