"""The Dutch formulas of ../shared/design/dutch.md as cases: an article's Dutch text and the
operations it means (data for the tests of the Dutch drafter and of the Dutch lexicon).

``drafted`` cases are exactly what the Dutch drafter writes for their operations
(tests/unit/test_nl_formula_cases.py checks it); the others are Belgian variants the drafter
does not write ("wordt vervangen door wat volgt:", "geschrapt", "luidend", "tussen het eerste
en het tweede lid", "respectievelijk", an article inserted in the act) — the Dutch lexicon must
read them all. Operations amend the Dutch text: ``language="nl"``; "in de Franse tekst":
``language="fr"``. History recitals are kept as written, in Dutch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from consolidate.model import (
    ActRef,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Source,
    Step,
    Target,
)

TITLE = "houdende statuut van de militairen van het reservekader van de Krijgsmacht"
WET = ActRef(type="loi", date=dt.date(2001, 5, 16), title=TITLE)
CITED = f"van de wet van 16 mei 2001 {TITLE}"
SOURCE = Source(article="2")
HISTORY = ("vervangen bij de wet van 19 juli 2018",)


@dataclass(frozen=True)
class Case:
    """One formula: the text of an amending article (after ``**Art. 2.** ``)."""

    name: str
    text: str
    operations: tuple[Operation, ...]
    drafted: bool = True


def _target(article: str, *path: Step) -> Target:
    return Target(act=WET, article=article, path=path)


def _alinea(label: str) -> Step:
    return Step(unit="alinea", label=label)


def _point(label: str) -> Step:
    return Step(unit="point", label=label)


NEW_ALINEA = (NewUnit(kind="alinea", text="De Koning bepaalt de nadere regels."),)
QUOTED_ALINEA = '"De Koning bepaalt de nadere regels."'

CASES: tuple[Case, ...] = (
    Case("lead-in, in de bepaling onder 1°, aangevuld met de bepaling onder 3°",
         f"In artikel 10 {CITED}, vervangen bij de wet van 19 juli 2018, worden de volgende "
         "wijzigingen aangebracht:\n\na) in de bepaling onder 1°, worden de woorden "
         '"de beroepsofficieren" vervangen door de woorden "de voormalige beroepsofficieren";'
         "\n\nb) het artikel wordt aangevuld met de bepaling onder 3°, luidende:\n\n"
         '"3° op hun aanvraag.".',
         (ReplaceWords(source=Source(article="2", point="a)"), target=_target("10", _point("1°")),
                       history=HISTORY, language="nl", old="de beroepsofficieren",
                       new="de voormalige beroepsofficieren"),
          InsertUnit(source=Source(article="2", point="b)"), target=_target("10"),
                     history=HISTORY, language="nl",
                     new=(NewUnit(kind="point", label="3°", text="op hun aanvraag."),)))),
    Case("telkens vervangen door",
         f'In artikel 16 {CITED}, worden de woorden "het woord" telkens vervangen door de '
         'woorden "de term".',
         (ReplaceWords(source=SOURCE, target=_target("16"), language="nl", old="het woord",
                       new="de term", every=True),)),
    Case("respectievelijk vervangen door",
         f'In artikel 16 {CITED}, worden de woorden "0,89 EUR" en "0,99 EUR" respectievelijk '
         'vervangen door de woorden "0,94 euro" en "1,04 euro".',
         (ReplaceWords(source=SOURCE, target=_target("16"), language="nl", old="0,89 EUR",
                       new="0,94 euro"),
          ReplaceWords(source=SOURCE, target=_target("16"), language="nl", old="0,99 EUR",
                       new="1,04 euro")), drafted=False),
    Case("tussen de woorden … en de woorden … ingevoegd",
         f"In artikel 51, tweede lid, {CITED}, wordt tussen het woord \"de\" en het woord "
         '"werkloze" het woord "volledig" ingevoegd.',
         (InsertWords(source=SOURCE, target=_target("51", _alinea("2")), language="nl",
                      new="volledig", after="de", before="werkloze"),)),
    Case("na de woorden … ingevoegd",
         f'In artikel 72, eerste lid, 6°, {CITED}, worden na de woorden "heeft geen" de '
         'woorden "verbintenis of" ingevoegd.',
         (InsertWords(source=SOURCE, target=_target("72", _alinea("1er"), _point("6°")),
                      language="nl", new="verbintenis of", after="heeft geen"),)),
    Case("vóór de woorden … ingevoegd",
         f'In artikel 72 {CITED}, worden vóór de woorden "de militair" de woorden "in '
         'voorkomend geval" ingevoegd.',
         (InsertWords(source=SOURCE, target=_target("72"), language="nl",
                      new="in voorkomend geval", before="de militair"),)),
    Case("aangevuld met de woorden",
         f'Artikel 28, 4°, {CITED} wordt aangevuld met de woorden "of wederindiensttreding".',
         (AppendWords(source=SOURCE, target=_target("28", _point("4°")), language="nl",
                      new="of wederindiensttreding"),)),
    Case("aangevuld met een lid, luidende",
         f"Artikel 26 {CITED} wordt aangevuld met een lid, luidende:\n\n{QUOTED_ALINEA}.",
         (InsertUnit(source=SOURCE, target=_target("26"), language="nl", new=NEW_ALINEA,
                     announced_count=1),)),
    Case("aangevuld met een lid, luidend (without -e)",
         f"Artikel 26 {CITED} wordt aangevuld met een lid, luidend:\n\n{QUOTED_ALINEA}.",
         (InsertUnit(source=SOURCE, target=_target("26"), language="nl", new=NEW_ALINEA,
                     announced_count=1),), drafted=False),
    Case("aangevuld met twee leden",
         f"Artikel 38 {CITED} wordt aangevuld met twee leden, luidende:\n\n"
         '"Eerste nieuw lid.\n\nTweede nieuw lid.".',
         (InsertUnit(source=SOURCE, target=_target("38"), language="nl", announced_count=2,
                     new=(NewUnit(kind="alinea", text="Eerste nieuw lid."),
                          NewUnit(kind="alinea", text="Tweede nieuw lid."))),)),
    Case("na het eerste lid wordt een lid ingevoegd",
         f"In artikel 16 {CITED}, wordt na het eerste lid een lid ingevoegd, luidende:\n\n"
         f"{QUOTED_ALINEA}.",
         (InsertUnit(source=SOURCE, target=_target("16"), language="nl", new=NEW_ALINEA,
                     position="after", anchor=_alinea("1er"), announced_count=1),)),
    Case("tussen het eerste en het tweede lid wordt een lid ingevoegd",
         f"In artikel 16 {CITED}, wordt tussen het eerste en het tweede lid een lid "
         f"ingevoegd, luidende:\n\n{QUOTED_ALINEA}.",
         (InsertUnit(source=SOURCE, target=_target("16"), language="nl", new=NEW_ALINEA,
                     position="after", anchor=_alinea("1er"), announced_count=1),), drafted=False),
    Case("wordt een artikel 5/1 ingevoegd (in the act)",
         f'In de wet van 16 mei 2001 {TITLE}, wordt een artikel 5/1 ingevoegd, luidende:\n\n'
         '"Art. 5/1. De Koning bepaalt de nadere regels."',
         (InsertUnit(source=SOURCE, target=Target(act=WET), language="nl", position="label",
                     new=(NewUnit(kind="article", label="5/1",
                                  text="De Koning bepaalt de nadere regels."),)),),
         drafted=False),
    Case("wordt vervangen als volgt",
         f"Artikel 18, vierde lid, {CITED} wordt vervangen als volgt:\n\n{QUOTED_ALINEA}.",
         (ReplaceUnit(source=SOURCE, target=_target("18", _alinea("4")), language="nl",
                      new=NEW_ALINEA),)),
    Case("wordt vervangen door wat volgt",
         f"Artikel 18, vierde lid, {CITED} wordt vervangen door wat volgt:\n\n"
         f"{QUOTED_ALINEA}.",
         (ReplaceUnit(source=SOURCE, target=_target("18", _alinea("4")), language="nl",
                      new=NEW_ALINEA),), drafted=False),
    Case("het tweede lid wordt opgeheven (subject)",
         f"Artikel 18, tweede lid, {CITED} wordt opgeheven.",
         (RepealUnit(source=SOURCE, target=_target("18", _alinea("2")), language="nl"),)),
    Case("in artikel 17 wordt het tweede lid opgeheven",
         f"In artikel 17 {CITED} wordt het tweede lid opgeheven.",
         (RepealUnit(source=SOURCE, target=_target("17", _alinea("2")), language="nl"),),
         drafted=False),
    Case("de woorden … opgeheven",
         f'In artikel 9, tweede lid, {CITED}, worden de woorden "de basisdossiers en" '
         "opgeheven.",
         (RepealWords(source=SOURCE, target=_target("9", _alinea("2")), language="nl",
                      old="de basisdossiers en"),)),
    Case("de woorden … geschrapt",
         f'In artikel 9, tweede lid, {CITED}, worden de woorden "de basisdossiers en" '
         "geschrapt.",
         (RepealWords(source=SOURCE, target=_target("9", _alinea("2")), language="nl",
                      old="de basisdossiers en"),), drafted=False),
    Case("opgeheven bij …, wordt hersteld als volgt",
         f"Artikel 39 {CITED}, opgeheven bij de wet van 19 juli 2018, wordt hersteld als "
         f"volgt:\n\n{QUOTED_ALINEA}.",
         (RestoreUnit(source=SOURCE, target=_target("39"), language="nl", new=NEW_ALINEA,
                      history=("opgeheven bij de wet van 19 juli 2018",)),)),
    Case("wordt vernummerd tot",
         f"Artikel 37ter {CITED} wordt vernummerd tot artikel 37quinquies.",
         (Renumber(source=SOURCE, target=_target("37ter"), language="nl",
                   new_label="37quinquies"),)),
    Case("in de Franse tekst",
         f'In de Franse tekst van artikel 47 {CITED}, wordt het woord "commissionnement" '
         'vervangen door het woord "commission".',
         (ReplaceWords(source=SOURCE, target=_target("47"), language="fr",
                       old="commissionnement", new="commission"),)),
    Case("de inleidende zin, het laatste lid, de tweede zin",
         f'In artikel 28, laatste lid, inleidende zin, {CITED}, wordt het woord "is" '
         'vervangen door het woord "wordt".',
         (ReplaceWords(source=SOURCE, target=_target("28", _alinea("#-1"), Step(unit="intro")),
                       language="nl", old="is", new="wordt"),)),
    Case("points 1. and 2.: in de inleidende zin, de bepaling onder 4° wordt aangevuld",
         f"In artikel 28 {CITED}, worden de volgende wijzigingen aangebracht:\n\n1. in de "
         'inleidende zin, wordt het woord "is" vervangen door het woord "wordt";\n\n2. de '
         'bepaling onder 4° wordt aangevuld met de woorden "of wederindiensttreding".',
         (ReplaceWords(source=Source(article="2", point="1."), language="nl",
                       target=_target("28", Step(unit="intro")), old="is", new="wordt"),
          AppendWords(source=Source(article="2", point="2."), language="nl",
                      target=_target("28", _point("4°")), new="of wederindiensttreding"))),
    Case("van het Strafwetboek",
         "Artikel 39 van het Strafwetboek wordt opgeheven.",
         (RepealUnit(source=SOURCE, target=Target(act=ActRef(type="code", code="Code pénal"),
                                                  article="39"), language="nl"),)),
)
