"""Property: parsing any text raises nothing but ParseError (never a traceback-worthy bug).

Settings come from the profiles of tests/conftest.py when it defines them; nothing is set here.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consolidate import api
from consolidate.errors import ParseError
from consolidate.parser import parse_text

SEED = api.embedded(api.EMBEDDED_ACT).decode("utf-8")
FRAGMENTS = [
    "**Art. 2.** ", "Dans l'article 5 ", "de la même loi", "de la loi du 3 juin 2010 ",
    ", les modifications suivantes sont apportées :\n\n", "a) ", "1. ", "2° ", '"', "« ", " »",
    "les mots ", " sont remplacés par ", "est complété par sept alinéas, rédigés comme suit :",
    " est abrogé", "\n\n", ";", ".", "l'alinéa 2", "le 3°", "par ce qui suit :", "---\n",
    "date: 2024-01-01\n", "title-fr: x\n", "**Article 1er.** ", "§ 1er", "31 février 2010",
]


def outcome(text: str) -> None:
    try:
        parse_text(text, "fuzz.md")
    except ParseError as error:
        assert error.code.startswith("P") and error.render()


@given(st.text())
def test_any_text(text: str) -> None:
    outcome(text)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_formula_soup(text: str) -> None:
    outcome(SEED[:400] + text)


@given(st.integers(0, len(SEED) - 1), st.integers(0, 40), st.sampled_from(["", '"', "\n", "x",
                                                                             ":", "a) "]))
def test_the_2024_law_mutated(start: int, length: int, insert: str) -> None:
    outcome(SEED[:start] + insert + SEED[start + length :])
