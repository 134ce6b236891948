"""The Dutch low-high quotation marks („…”) are quotes like "…", «…» and “…”.

Dutch texts typeset outside the Moniteur's HTML (a decree's PDF, a drafting service's text)
write „dertig dagen”; the parser knew only "…", «…» and “…”, so the quoted words were read
as designation words and refused (P007). Each sentence below, in the Handleiding's words,
must give exactly the operations of the same sentence with straight quotes.
"""

from __future__ import annotations

import pytest

from consolidate.errors import ParseError
from consolidate.parser import parse_text

HEAD = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
        "**Artikel 1.** ")
W = "van de wet van 8 augustus 1983 tot regeling van een Rijksregister"


def operations(text: str) -> list[str]:
    act = parse_text(HEAD + text + "\n", language="nl")
    return [op.model_dump_json(exclude={"source"}) for op in act.operations()]


@pytest.mark.parametrize("sentence", [
    f"In artikel 3 {W} worden de woorden „dertig dagen” vervangen door de woorden "
    "„zestig dagen”.",
    f"Artikel 4 {W} wordt aangevuld met een lid, luidende:\n\n„De Koning bepaalt de nadere "
    "regels.”",
    f"Artikel 5 {W} wordt vervangen als volgt:\n\n„Art. 5. De minister beslist.”.",
    f"In artikel 6 {W} worden tussen de woorden „de” en „minister” de woorden „bevoegde” "
    "ingevoegd.",
])
def test_low_high_quotes_read_as_straight_quotes(sentence: str) -> None:
    straight = sentence.replace("„", '"').replace("”", '"')
    assert operations(sentence) == operations(straight)
    assert operations(sentence)


def test_an_unclosed_low_quote_is_refused() -> None:
    with pytest.raises(ParseError):
        parse_text(HEAD + f"In artikel 3 {W} worden de woorden „dertig dagen vervangen door "
                   "de woorden zestig dagen.\n", language="nl")
