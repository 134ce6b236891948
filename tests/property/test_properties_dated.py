"""A date of effect inside an amending instruction (``parsing/dated.py``): for any date and
any of the formulas, in French and in Dutch, at the start of the article or inside its
instruction, the operations are those of the same instruction without the date (the date is
no part of its words or its target), and the article has one rule for itself with that
date — ``retroactive`` for "avec effet au" / "met uitwerking op", ``date`` otherwise.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from property_support import without_spans

from consolidate.model import AmendingAct
from consolidate.parser import parse_text

HEAD = {
    "fr": '---\ntitle: "Loi portant des dispositions diverses"\ndate: 2024-06-15\n---\n\n'
          "**Article 1er.** ",
    "nl": '---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2024-06-15\n---\n\n'
          "**Artikel 1.** ",
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}
#: (words, retroactive) of each language
FORMULAS = {
    "fr": (("à partir du", False), ("à dater du", False), ("avec effet au", True)),
    "nl": (("met ingang van", False), ("met uitwerking op", True)),
}
#: (undated instruction, the same with {date} inside it) of each language
INSTRUCTIONS = {
    "fr": ("Dans l'article 15, alinéa 1er, de la loi du 16 mai 2001 portant statut des "
           "militaires, les mots « trois ans » sont remplacés par les mots « quatre ans ».",
           "Dans l'article 15, alinéa 1er, de la loi du 16 mai 2001 portant statut des "
           "militaires, les mots « trois ans » sont remplacés, {date}, par les mots « quatre "
           "ans »."),
    "nl": ('In artikel 15, eerste lid, van de wet van 16 mei 2001 houdende statuut van de '
           'militairen worden de woorden "drie jaar" vervangen door de woorden "vier jaar".',
           'In artikel 15, eerste lid, van de wet van 16 mei 2001 houdende statuut van de '
           'militairen worden {date} de woorden "drie jaar" vervangen door de woorden "vier '
           'jaar".'),
}


def written(language: str, date: dt.date) -> str:
    day = "1er" if language == "fr" and date.day == 1 else str(date.day)
    return f"{day} {MONTHS[language][date.month - 1]} {date.year}"


def read(language: str, text: str) -> AmendingAct:
    return parse_text(HEAD[language] + text + "\n", language=language)


@given(st.sampled_from(("fr", "nl")), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
       st.integers(0, 4), st.booleans())
def test_the_date_dates_the_article_and_changes_no_operation(
        language: str, date: dt.date, which: int, opening: bool) -> None:
    words, retroactive = FORMULAS[language][which % len(FORMULAS[language])]
    phrase = f"{words} {written(language, date)}"
    undated, inside = INSTRUCTIONS[language]
    if opening:
        head = phrase[0].upper() + phrase[1:]
        text = f"{head}, {undated[0].lower()}{undated[1:]}"
    else:
        text = inside.format(date=phrase)
    act, plain = read(language, text), read(language, undated)
    assert without_spans(act.operations()) == without_spans(plain.operations())
    (rule,) = act.articles[0].entry_into_force
    assert (rule.date, rule.mode, rule.provisions) == (
        date, "retroactive" if retroactive else "date", (act.articles[0].number,))
    assert plain.articles[0].entry_into_force == ()
