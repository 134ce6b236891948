"""The Dutch drafter writes the sentences of real Dutch amending acts.

Reference sentences: the Dutch text of the loi du 25 mars 2024 (art. 2, as quoted in
../shared/design/dutch.md), the wet van 19 juli 2018 (art. 2) and the Dutch excerpts in
../shared/data/excerpts/nl/ (1998031287, 2002031409, 2008031123). Quotes are compared with
« » made straight (the drafter writes "…"), and the Moniteur's space before a colon is
dropped.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import shared_path

from consolidate import api
from consolidate.drafter_nl import draft_act_nl, draft_operation_nl, instruction_nl
from consolidate.drafter_nl_words import cited_act, dutch_date, history, ordinal
from consolidate.drafter_words import DraftError
from consolidate.lang import nl_words
from consolidate.lang.detect import detect
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingArticle,
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    NewUnit,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Source,
    SourceSpan,
    Step,
    Target,
)

TITLE_2001 = "houdende statuut van de militairen van het reservekader van de Krijgsmacht"
WET_2001 = ActRef(type="loi", date=dt.date(2001, 5, 16), title=TITLE_2001)
SOURCE = Source(article="2")
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)


def excerpt(number: str) -> str:
    return shared_path(f"data/excerpts/nl/{number}/act.nl.md").read_text(encoding="utf-8")


def article_text(text: str, number: str) -> str:
    """The body of article ``number`` of an excerpt, quotes straightened, ' :' → ':'."""
    heading = "**Artikel 1.**" if number == "1" else f"**Art. {number}.**"
    body = text.split(heading, 1)[1].split("\n\n**Art", 1)[0].strip()
    body = re.sub(r"«\s*(.*?)\s*»", r'"\1"', body, flags=re.DOTALL)
    return body.replace(" :", ":")


def test_the_2024_law_article_2_as_published_in_dutch() -> None:
    act = api.parse()
    article = next(a for a in act.articles if a.number == "2")
    first = article.operations[0]
    assert isinstance(first, ReplaceWords)
    dutch = first.model_copy(update={
        "target": first.target.model_copy(update={"act": WET_2001}),
        "old": "de beroepsofficieren van niveau A die voor een andere reden dan lichamelijke "
               "ongeschiktheid gepensioneerd zijn",
        "new": "de voormalige beroepsofficieren van niveau A"})
    rest = tuple(op.model_copy(update={"target": op.target.model_copy(update={"act": WET_2001})})
                 for op in article.operations[1:])
    body = draft_act_nl(act.model_copy(update={"articles": (
        article.model_copy(update={"operations": (dutch, *rest)}),)}))
    published = (
        "**Artikel 1.** In artikel 10 van de wet van 16 mei 2001 houdende statuut van de "
        "militairen van het reservekader van de Krijgsmacht, vervangen bij de wet van 19 juli "
        "2018, worden de volgende wijzigingen aangebracht:\n\na) in de bepaling onder 1°, "
        'worden de woorden "de beroepsofficieren van niveau A die voor een andere reden dan '
        'lichamelijke ongeschiktheid gepensioneerd zijn" vervangen door de woorden "de '
        "voormalige beroepsofficieren van niveau A")
    assert published in body
    assert "\n\nb) het artikel wordt aangevuld met de bepaling onder 3°, luidende:\n\n\"3° " \
        in body


def test_the_2018_law_article_2_as_published() -> None:
    op = InsertUnit(source=SOURCE, target=Target(act=WET_2001, article="2"),
                    history=("modifié par la loi du 30 décembre 2008",),
                    new=(NewUnit(kind="paragraph", label="4", text="Dienen …"),))
    assert draft_operation_nl(op).startswith(
        "Artikel 2 van de wet van 16 mei 2001 houdende statuut van de militairen van het "
        "reservekader van de Krijgsmacht, gewijzigd bij de wet van 30 december 2008, wordt "
        'aangevuld met een paragraaf, luidende:\n\n"§ 4. Dienen …"')


def test_a_lead_in_with_points_as_in_1998031287() -> None:
    text = excerpt("1998031287")
    ordinance = ActRef(type="ordonnance", date=dt.date(1991, 12, 12),
                       title="houdende oprichting van begrotingsfondsen")
    history_nl = ("gewijzigd bij de ordonnanties van 13 april 1995 en 29 maart 1996",)
    target = Target(act=ordinance, article="2", path=(
        Step(unit="point", label="9°"), Step(unit="alinea", label="1"),
        Step(unit="tiret", label="1")))
    repeal = RepealUnit(source=Source(article="2", point="1°"), target=target,
                        history=history_nl)
    expected = article_text(text, "2")
    sentence = draft_act_nl(api.parse().model_copy(update={"articles": (
        api.parse().articles[1].model_copy(update={"operations": (
            repeal, repeal.model_copy(update={"source": Source(article="2", point="2°")})
        )}),)}))
    head, first_point = expected.split("\n")[:2]
    assert f"**Artikel 1.** {head}\n\n" in sentence
    assert first_point == "1° " + instruction_nl(repeal, target.path) + ";"


@pytest.mark.parametrize(("number", "article", "op"), [
    ("2008031123", "2", ReplaceWords(
        source=SOURCE, target=Target(act=ActRef(type="ordonnance", code="Code des droits de "
                                                "succession"), article="48",
                                     path=(Step(unit="alinea", label="#-1"),)),
        old="van het voorgaande tarief en van de overige bepalingen van dit hoofdstuk",
        new="van dit hoofdstuk en van hoofdstuk VII")),
])
def test_real_excerpts_are_drafted_word_for_word(number: str, article: str,
                                                 op: ReplaceWords) -> None:
    assert draft_operation_nl(op) == article_text(excerpt(number), article)


def test_same_act_and_word_formulas() -> None:
    ordinance = ActRef(type="ordonnance", date=dt.date(1991, 8, 29))
    target = Target(act=ordinance, article="9", path=(Step(unit="alinea", label="2"),))
    repeal = RepealWords(source=SOURCE, target=target, old="de basisdossiers en")
    assert draft_operation_nl(repeal, previous=ordinance) == article_text(
        excerpt("2002031409"), "3")
    insert = InsertWords(source=SOURCE, target=target, new="volledig", after="de",
                         before="werkloze")
    assert draft_operation_nl(insert, ordinance).endswith(
        ', wordt tussen het woord "de" en het woord "werkloze" het woord "volledig" '
        "ingevoegd.")
    after = insert.model_copy(update={"before": None, "new": "twee woorden"})
    assert draft_operation_nl(after, ordinance).endswith(
        'worden na het woord "de" de woorden "twee woorden" ingevoegd.')
    every = ReplaceWords(source=SOURCE, target=target, old="a b", new="c", every=True)
    assert 'worden de woorden "a b" telkens vervangen door het woord "c".' in \
        draft_operation_nl(every)


def test_unit_formulas_and_designations() -> None:
    target = Target(act=WET_2001, article="19", path=(
        Step(unit="paragraph", label="1er"), Step(unit="alinea", label="2")))
    assert draft_operation_nl(RepealUnit(source=SOURCE, target=target)) == (
        f"Artikel 19, § 1, tweede lid, van de wet van 16 mei 2001 {TITLE_2001} wordt "
        "opgeheven.")
    append = AppendWords(source=SOURCE, target=target.model_copy(update={"path": (
        Step(unit="point", label="4°"),)}), new="of wederindiensttreding")
    assert draft_operation_nl(append, WET_2001) == (
        'Artikel 19, 4°, van dezelfde wet wordt aangevuld met de woorden "of '
        'wederindiensttreding".')
    seven = InsertUnit(source=SOURCE, target=Target(act=WET_2001, article="16"),
                       new=tuple(NewUnit(kind="alinea", text=f"Lid {n}.") for n in range(7)),
                       announced_count=7)
    assert draft_operation_nl(seven, WET_2001).startswith(
        "Artikel 16 van dezelfde wet wordt aangevuld met zeven leden, luidende:\n\n\"Lid 0.")
    between = InsertUnit(source=SOURCE, target=Target(act=WET_2001, article="16"),
                         new=(NewUnit(kind="alinea", text="Nieuw."),), position="after",
                         anchor=Step(unit="alinea", label="1"))
    assert draft_operation_nl(between, WET_2001) == (
        'In artikel 16 van dezelfde wet, wordt na het eerste lid een lid ingevoegd, '
        'luidende:\n\n"Nieuw.".')
    intro = ReplaceUnit(source=SOURCE, target=Target(act=WET_2001, article="28", path=(
        Step(unit="intro"),)), new=(NewUnit(kind="alinea", text="Worden gestraft:"),))
    assert draft_operation_nl(intro, WET_2001).startswith(
        "Artikel 28, inleidende zin, van dezelfde wet wordt vervangen als volgt:")
    sentence = RepealUnit(source=SOURCE, target=Target(act=WET_2001, article="38", path=(
        Step(unit="sentence", label="De Koning bepaalt de voorwaarden."),)))
    assert draft_operation_nl(sentence, WET_2001) == (
        'In artikel 38 van dezelfde wet, wordt de zin "De Koning bepaalt de voorwaarden." '
        "opgeheven.")
    code = RepealUnit(source=SOURCE, target=Target(act=ActRef(type="loi", code="Code pénal"),
                                                   article="39"))
    assert draft_operation_nl(code) == "Artikel 39 van het Strafwetboek wordt opgeheven."


def test_the_french_text_only_and_the_dutch_text() -> None:
    target = Target(act=WET_2001, article="47")
    op = ReplaceWords(source=SOURCE, target=target, old="a", new="b", language="fr")
    assert draft_operation_nl(op, WET_2001) == (
        'In de Franse tekst van artikel 47 van dezelfde wet, wordt het woord "a" vervangen '
        'door het woord "b".')
    # "dans le texte néerlandais" of a French act is an ordinary sentence of the Dutch act
    dutch_only = op.model_copy(update={"language": "nl"})
    assert draft_operation_nl(dutch_only, WET_2001).startswith("In artikel 47 van dezelfde")
    repeal = RepealUnit(source=SOURCE, target=target, language="fr")
    assert draft_operation_nl(repeal, WET_2001) == (
        "In de Franse tekst van artikel 47 van dezelfde wet, wordt het artikel opgeheven.")
    assert instruction_nl(op, (Step(unit="alinea", label="3"),)) == (
        'in de Franse tekst van het derde lid, wordt het woord "a" vervangen door het woord '
        '"b"')


def test_words_and_tables() -> None:
    assert dutch_date(dt.date(2024, 1, 1)) == "1 januari 2024"
    assert [ordinal(x) for x in ("1", "1er", "#2", "#-1", "12")] == [
        "eerste", "eerste", "tweede", "laatste", "twaalfde"]
    assert cited_act(ActRef(type="arrêté royal", date=dt.date(1991, 11, 25)), None) == \
        "van het koninklijk besluit van 25 november 1991"
    assert cited_act(ActRef(type="arrêté royal", date=dt.date(1991, 11, 25)),
                     ActRef(type="arrêté royal", date=dt.date(1991, 11, 25))) == \
        "van hetzelfde besluit"
    assert cited_act(ActRef(type="décret", code="Code judiciaire"), None) == \
        "van het Gerechtelijk Wetboek"
    assert history("modifié par les lois des 30 décembre 2008, 10 janvier 2010 et 19 juillet "
                   "2018") == ("gewijzigd bij de wetten van 30 december 2008, 10 januari "
                               "2010 en 19 juli 2018")
    assert history("inséré par l'arrêté royal du 1er janvier 2010") == \
        "ingevoegd bij het koninklijk besluit van 1 januari 2010"
    assert len(nl_words.MONTHS) == 12 and nl_words.ACT_TYPES["wet"] == "loi"
    with pytest.raises(DraftError, match="no Dutch form for the history recital"):
        history("modifié en 2010")
    with pytest.raises(DraftError, match="no Dutch ordinal"):
        ordinal("2/1")


def test_a_whole_act_in_dutch_reads_as_dutch() -> None:
    act = api.parse()
    text = draft_act_nl(act, title="Wet tot wijziging van diverse bepalingen")
    assert text.startswith('---\ntitle-nl: "Wet tot wijziging van diverse bepalingen"\n')
    assert "**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van " \
        "de Grondwet." in text
    assert "**Art. 28.** Deze wet treedt in werking op 1 januari 2024.\n\nDe Koning kan een " \
        "datum van inwerkingtreding bepalen voorafgaand aan die bedoeld in het eerste lid." \
        in text
    assert text.count("**Art.") == 27
    body = text.split("\n---\n", 1)[1]
    assert detect(body) == "nl"
    assert api.draft(act.operations()[0], language="nl").startswith(
        "In artikel 10, 1°, van de wet van 16 mei 2001")


def _act_of(kind: str, rule: EntryIntoForce) -> str:
    info = api.parse().act.model_copy(update={"type": kind})
    article = AmendingArticle(number="2", kind="entry_into_force", text="", span=SPAN,
                              entry_into_force=(rule,))
    text = draft_act_nl(AmendingAct(act=info, articles=(article,)))
    return text.split("**Artikel 1.** ", 1)[1].strip()


@pytest.mark.parametrize(("number", "article", "kind", "rule"), [
    ("1998000072", "2", "arrêté royal",
     EntryIntoForce(date=dt.date(1997, 9, 1), mode="retroactive")),
    ("kb-2022-09-18-werkloosheid-art51", "2", "arrêté royal",
     EntryIntoForce(date=dt.date(2022, 9, 1), mode="retroactive")),
    ("2018012873", "2", "arrêté du Gouvernement de la Région de Bruxelles-Capitale",
     EntryIntoForce(date=None, mode="publication")),
    ("mb-2004-01-16-taxi-maximumprijzen", "2", "arrêté ministériel",
     EntryIntoForce(date=None, mode="publication")),
    ("ord-2021-07-15-adviesraden-huurders", "3", "ordonnance",
     EntryIntoForce(date=None, mode="publication")),
    ("bvr-2023-08-31-varkensstallen", "2", "arrêté du Gouvernement flamand",
     EntryIntoForce(date=dt.date(2023, 9, 20))),
])
def test_real_entry_into_force_sentences(number: str, article: str, kind: str,
                                         rule: EntryIntoForce) -> None:
    assert _act_of(kind, rule) == article_text(excerpt(number), article)


def test_other_entry_into_force_sentences() -> None:
    tenth = EntryIntoForce(date=None, mode="days_after", days=10)
    assert _act_of("loi", tenth) == (
        "Deze wet treedt in werking de tiende dag na de bekendmaking ervan in het Belgisch "
        "Staatsblad.")
    assert _act_of("décret", EntryIntoForce(date=None, mode="fixed_by_king")) == (
        "Dit decreet treedt in werking op de door de Koning te bepalen datum.")
    with pytest.raises(DraftError, match="no Dutch name for an act of type 'arrêté'"):
        _act_of("arrêté", tenth)
    with pytest.raises(DraftError, match="mode 'month_after'"):
        _act_of("loi", EntryIntoForce(date=None, mode="month_after", days=1))


def test_restore_and_renumber() -> None:
    code = ActRef(type="loi", code="Code pénal")
    restore = RestoreUnit(source=SOURCE, target=Target(act=code, article="12"),
                          history=("abrogé par la loi du 10 juillet 1996",),
                          new=(NewUnit(kind="alinea", text="Geen levenslange opsluiting."),))
    assert draft_operation_nl(restore) == (
        "Artikel 12 van het Strafwetboek, opgeheven bij de wet van 10 juli 1996, wordt "
        'hersteld als volgt:\n\n"Geen levenslange opsluiting.".')
    renumber = Renumber(source=SOURCE, target=Target(act=code, article="37ter"),
                        new_label="37quinquies")
    assert draft_operation_nl(renumber) == (
        "Artikel 37ter van het Strafwetboek wordt vernummerd tot artikel 37quinquies.")
    point = Renumber(source=SOURCE, target=Target(act=code, article="42", path=(
        Step(unit="point", label="3°"),)), new_label="4°")
    assert draft_operation_nl(point).endswith("wordt vernummerd tot de bepaling onder 4°.")
