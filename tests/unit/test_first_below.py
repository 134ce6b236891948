"""``document.first_below``: the element ``root.find(".//TAG/CHILD")`` finds, without the walk
of the whole tree that lxml's one-match look-ahead costs (issue 14: the identity is read six
times per application)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from consolidate.document import akn, cns, first_below, identity_node, read_identity

TAGS = (akn("proprietary"), cns("act"), cns("title"), akn("meta"), akn("p"))


def tree(shape: list[object], tag: str = akn("akomaNtoso")) -> etree._Element:
    element = etree.Element(tag)
    for index, part in enumerate(shape):
        if isinstance(part, int):
            etree.SubElement(element, TAGS[part % len(TAGS)], n=str(index))
        else:
            assert isinstance(part, tuple)
            child = tree(list(part[1]), TAGS[part[0] % len(TAGS)])
            child.set("n", str(index))
            element.append(child)
    if shape and isinstance(shape[0], int) and shape[0] % 7 == 0:
        element.append(etree.Comment("a comment's tag is no string"))
    return element


shapes = st.recursive(
    st.lists(st.integers(0, 20), max_size=4),
    lambda inner: st.lists(st.one_of(st.integers(0, 20),
                                     st.tuples(st.integers(0, 20), inner)), max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(shapes, st.integers(0, 4))
def test_the_same_element_as_elementpath(shape: list[object], top: int) -> None:
    root = tree(shape, TAGS[top])  # the root itself may bear the tag: never matched
    for tag in TAGS:
        assert first_below(root, tag) is root.find(f".//{tag}")
        for child in TAGS:
            assert first_below(root, tag, child) is root.find(f".//{tag}/{child}")
        path = f"{cns('act')}/{cns('title')}"
        assert first_below(root, tag, path) is root.find(f".//{tag}/{path}")


def test_the_identity_of_a_document() -> None:
    root = etree.fromstring(
        f'<akomaNtoso xmlns="{akn("x")[1:-2]}" xmlns:c="{cns("x")[1:-2]}"><act><meta>'
        '<proprietary source="#consolidate"><c:act type="loi" date="2001-05-16" '
        'language="nl" version="3"><c:title>betreffende X</c:title></c:act></proprietary>'
        "</meta><body/></act></akomaNtoso>")
    node = identity_node(root)
    assert node is not None and node.get("version") == "3"
    identity = read_identity(root)
    assert (identity.language, identity.version, identity.title) == ("nl", 3, "betreffende X")
    assert identity_node(etree.Element(akn("akomaNtoso"))) is None
