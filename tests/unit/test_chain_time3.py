"""Time, third pass (docs/time.md): never a wrong date.

- an act whose entry-into-force article is refused (``keep_going``) has its provisions'
  dates *unknown* (it had them dated by the default rule, the tenth day after publication: a
  date no one read), so that ``at=`` never applies them as in force and the reports say so;
- a number of months after the publication ("six mois après sa publication", "zes maanden
  na de bekendmaking ervan"), with the end-of-month rule;
- the Dutch exception first with its verb before the subject ("Met uitzondering van artikel
  7, dat …, treedt deze wet in werking op …");
- the King's power to advance a date, in its variants; an end of effect.

The acts are written for the tests (their titles say so) on the embedded loi du 16 mai 2001;
the clauses are the formulas of Belgian drafting; corpus acts are named where they hold one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_chain_time2 import act_nl

import consolidate
from consolidate.document import render_text
from consolidate.errors import ParseError
from consolidate.history import article_history, render_history
from consolidate.justel import write_justel
from consolidate.model import AmendingAct
from consolidate.parsing.autonomous import add_months
from consolidate.timeline import provision_times

D = dt.date.fromisoformat
LAW_FR = ("de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve des "
          "Forces armées")
ARTICLES_FR = (
    f"Dans l'article 15, alinéa 2, {LAW_FR}, les mots \"dès qu'il est nommé\" sont "
    "remplacés par les mots \"dès sa nomination\".",
    "Dans l'article 73, alinéa 2, de la même loi, les mots \"le dernier jour du mois\" "
    "sont remplacés par les mots \"le premier jour du mois\".",
    "Dans l'article 50, alinéa 1er, de la même loi, les mots \"aspirant officier de "
    "réserve\" sont remplacés par les mots \"élève officier de réserve\".",
)


def act_fr(*clauses: str, publication: str | None = "2025-05-26",
           keep_going: bool = False) -> AmendingAct:
    """Three amending articles, then each of ``clauses`` as an article (alinéas split at
    ``\\n``)."""
    published = f"publication: {publication}\n" if publication else ""
    body = (*ARTICLES_FR, *clauses)
    numbers = ["Article 1er"] + [f"Art. {n}" for n in range(2, len(body) + 1)]
    text = "".join(f"**{number}.** {words.replace(chr(10), chr(10) * 2)}\n\n"
                   for number, words in zip(numbers, body, strict=True))
    return consolidate.parse(text=(
        '---\ntitle-fr: "(acte écrit pour les tests de consolidate) modifiant la loi du 16 mai '
        f'2001"\ndate: 2025-05-05\ncase: 2025-05-05/12\n{published}---\n\n{text}'),
        keep_going=keep_going)


def dates(act: AmendingAct) -> list[tuple[dt.date | None, str]]:
    return [(t.date, t.mode) for t in provision_times(act)]


# --- an entry-into-force article refused: the dates are not known ---------------------------

#: the shape of 1998003685, art. 37 (corpus): chapters the act has no headings for in the
#: text given, left to the King, and a second sentence no rule reads
REFUSED = ("Les chapitres III à VI entrent en vigueur à la date fixée par le Roi par arrêté "
           "royal délibéré en Conseil des Ministres et au plus tard le 1er janvier 2000. Le Roi "
           "peut fixer des dates distinctes pour l'entrée en vigueur des chapitres précités "
           "ainsi que des articles qu'ils comportent.")


def test_a_refused_entry_into_force_article_leaves_the_dates_unknown() -> None:
    with pytest.raises(ParseError) as raised:
        act_fr(REFUSED)
    assert raised.value.code == "P001" and raised.value.entry_into_force
    act = act_fr(REFUSED, keep_going=True)
    [problem] = [p for p in act.problems if p.severity == "error"]
    assert (problem.code, problem.article, problem.entry_into_force) == ("P001", "4", True)
    times = provision_times(act)
    # they were the default rule's tenth day after the publication, 2025-06-05, as if read
    assert [(t.date, t.mode, t.unread) for t in times] == [(D("2025-05-05"), "unknown", "4")] * 3
    assert times[0].describe() == (
        "L 2025-05-05/12 art. 1er: date in force not known, applied from the act's date "
        "2025-05-05 (the act's entry-into-force article (art. 4) was not read (P001), and its "
        "rules may date this provision)")
    assert times[0].state(D("2030-01-01")) == "unknown"
    assert times[0].describe(D("2030-01-01")).startswith(
        "L 2025-05-05/12 art. 1er: not known whether in force on 2030-01-01 (the act's")
    # the JSON of the act says it, and only there (other problems serialise as before)
    data = act.model_dump(mode="json")
    assert [p.get("entry_into_force") for p in data["problems"]] == [True]


def test_at_a_date_the_undated_provisions_are_not_applied() -> None:
    act = act_fr(REFUSED, keep_going=True)
    on = consolidate.consolidate(acts=[act], at=D("2026-01-01"), keep_going=True)
    assert {o.status for o in on.report.outcomes} == {"skipped"}
    assert on.report.outcomes[0].message == (
        "not applied on 2026-01-01: its date in force is not known (the act's "
        "entry-into-force article (art. 4) was not read (P001), and its rules may date this "
        "provision)")
    assert "dès qu'il est nommé" in render_text(on.after[0])
    # without a date: the text as amended, each outcome warned, its footnote "indéterminée"
    whole = consolidate.consolidate(acts=[act], keep_going=True)
    assert {o.status for o in whole.report.outcomes} == {"applied"}
    assert all(any("entry-into-force article (art. 4) was not read" in w for w in o.warnings)
               for o in whole.report.outcomes)
    assert "En vigueur : indéterminée" in write_justel(whole.after[0])
    assert "05-06-2025" not in write_justel(whole.after[0])
    history = render_history(article_history(consolidate.api.load_embedded(), whole, "15"))
    assert "L 2025-05-05/12, in force not known (not before 2025-05-05)" in history


def test_the_act_has_no_date_and_one_act_applied_on_a_date_is_not_applied() -> None:
    act = act_fr(REFUSED, keep_going=True)
    assert act.in_force() is None  # it was the tenth day after the publication, 2025-06-05
    bases = consolidate.api.load_embedded()
    _, report = consolidate.apply(bases, act, at=D("2026-01-01"), keep_going=True)
    assert {o.status for o in report.outcomes} == {"skipped"}
    assert "entry-into-force article (art. 4) was not read" in report.outcomes[0].message
    _, whole = consolidate.apply(bases, act, keep_going=True)
    assert {o.status for o in whole.outcomes} == {"applied"} and whole.in_force is None


def test_a_rule_naming_the_article_still_dates_it() -> None:
    # "L'article 2 entre en vigueur le …" read in another article: that article's date is
    # known (a rule naming it); the others are not
    act = act_fr("L'article 2 entre en vigueur le 1er septembre 2025.", REFUSED,
                 keep_going=True)
    assert dates(act) == [(D("2025-05-05"), "unknown"), (D("2025-09-01"), "date"),
                          (D("2025-05-05"), "unknown")]


def test_other_refusals_do_not_undate_the_act() -> None:
    # an amending article refused is not an entry into force: the default rule stands
    act = act_fr("Dans l'article 80 de la même loi, les mots \"trois\" sont changés en "
                 "\"quatre\".", keep_going=True)
    assert any(p.severity == "error" for p in act.problems)
    assert not any(p.entry_into_force for p in act.problems)
    assert {mode for _, mode in dates(act)} == {"default"}


def test_the_command_says_the_dates_are_not_known(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from consolidate.cli import main

    act = act_fr(REFUSED, keep_going=True)
    path = tmp_path / "act.json"
    path.write_text(act.model_dump_json(), encoding="utf-8")
    code = main(["apply", str(path), "--at", "2026-01-01", "--keep-going", "--format",
                 "justel"])
    err = capsys.readouterr().err
    assert code == 1  # the refused article is said, and counted as not read
    assert ("consolidate: L 2025-05-05/12 art. 1er to 3 (3 provisions): not known whether "
            "in force on 2026-01-01 (the act's entry-into-force article (art. 4) was not read"
            ) in err
    assert "0 provisions in force, 0 pending, 0 not yet in force, 3 not known" in err


# --- a number of months after the publication ------------------------------------------------

MONTHS = [
    # 2016031847, art. 7 (corpus): "six mois après sa publication" (P001 until now)
    ("fr", "La présente ordonnance entre en vigueur six mois après sa publication au Moniteur "
           "belge.", "2025-05-26", D("2025-11-26")),
    ("fr", "La présente loi entre en vigueur trois mois après le jour de sa publication au "
           "Moniteur belge.", "2025-05-26", D("2025-08-26")),
    ("nl", "Deze wet treedt in werking zes maanden na de bekendmaking ervan in het Belgisch "
           "Staatsblad.", "2025-05-26", D("2025-11-26")),
    ("nl", "Deze wet treedt in werking drie maanden na de dag van de bekendmaking ervan in het "
           "Belgisch Staatsblad.", "2025-05-26", D("2025-08-26")),
    # the end of the month: the month reached has no 31st, its last day (never 2 or 3 March)
    ("fr", "La présente loi entre en vigueur six mois après sa publication au Moniteur belge.",
     "2025-08-31", D("2026-02-28")),
    ("fr", "La présente loi entre en vigueur six mois après sa publication au Moniteur belge.",
     "2027-08-31", D("2028-02-29")),
]


@pytest.mark.parametrize(("language", "clause", "published", "expected"), MONTHS)
def test_a_number_of_months_after_the_publication(language: str, clause: str,
                                                  published: str, expected: dt.date) -> None:
    act = act_fr(clause, publication=published) if language == "fr" else \
        act_nl(clause, publication=published)
    assert dates(act) == [(expected, "months_after")] * 3
    assert act.articles[-1].entry_into_force[0].days in (3, 6)


def test_months_after_without_a_publication_are_not_known() -> None:
    act = act_fr("La présente loi entre en vigueur six mois après sa publication au Moniteur "
                 "belge.", publication=None)
    assert dates(act) == [(D("2025-05-05"), "unknown")] * 3
    # the rule without its computed date: the timeline counts the months too
    rule = act.articles[-1].entry_into_force[0].model_copy(update={"date": None})
    info = act.act.model_copy(update={"publication": D("2025-08-31")})
    last = act.articles[-1].model_copy(update={"entry_into_force": (rule,)})
    bare = act.model_copy(update={"act": info, "articles": (*act.articles[:-1], last)})
    assert dates(bare)[0] == (D("2026-02-28"), "months_after")


@pytest.mark.parametrize("clause", [
    # what follows the publication is another rule: refused, never read by its first words
    "La présente loi entre en vigueur six mois après sa publication au Moniteur belge, sauf "
    "si le Roi en décide autrement.",
    # a delay that expires ("à l'expiration d'un délai de six mois") is not this rule
    "La présente loi entre en vigueur à l'expiration d'un délai de six mois prenant cours le "
    "jour de sa publication au Moniteur belge.",
])
def test_months_after_followed_by_other_words_are_refused(clause: str) -> None:
    with pytest.raises(ParseError) as raised:
        act_fr(clause)
    assert raised.value.code == "P001"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
       st.integers(min_value=1, max_value=36))
def test_months_after_land_in_the_month_reached_never_later(day: dt.date, months: int) -> None:
    # the law of "N mois après": the month reached is N months on, the day the same or the
    # last of that month when it is shorter; and counting on by months keeps that order
    later = add_months(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or (later.day < day.day and
                                    (later + dt.timedelta(days=1)).day == 1)
    assert add_months(day, months) <= add_months(day, months + 1)
    assert day < later


# --- the Dutch exception first, its main clause's verb before the subject -------------------

DUTCH_EXCEPTION_FIRST = [
    # P001 until now (test_chain_time2 had it refused)
    ("Met uitzondering van artikel 3, dat in werking treedt op 1 januari 2026, treedt deze wet "
     "in werking op de dag van de bekendmaking ervan in het Belgisch Staatsblad.",
     [(D("2025-05-26"), "publication")] * 2 + [(D("2026-01-01"), "date")]),
    # the relative clause in its own order, its verb last
    ("Met uitzondering van artikel 3, dat op 1 januari 2026 in werking treedt, treedt deze wet "
     "in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad.",
     [(D("2025-06-05"), "days_after")] * 2 + [(D("2026-01-01"), "date")]),
    ("Met uitzondering van de artikelen 2 en 3, die uitwerking hebben met ingang van 1 januari "
     "2025, heeft deze wet uitwerking met ingang van 1 maart 2025.",
     [(D("2025-03-01"), "retroactive")] + [(D("2025-01-01"), "retroactive")] * 2),
]


@pytest.mark.parametrize(("clause", "expected"), DUTCH_EXCEPTION_FIRST)
def test_the_dutch_exception_first_with_the_verb_before_the_subject(
        clause: str, expected: list[object]) -> None:
    act = act_nl(clause)
    assert dates(act) == expected
    main = act.articles[-1].entry_into_force[-1]
    assert main.provisions == () and main.except_provisions != ()


def test_a_verb_first_clause_with_words_no_rule_reads_is_refused() -> None:
    with pytest.raises(ParseError) as raised:
        act_nl("Met uitzondering van artikel 3, dat in werking treedt op 1 januari 2026, treedt "
               "deze wet in werking wanneer de Koning het nuttig acht.")
    assert raised.value.code == "P001"


# --- the King may advance the date ------------------------------------------------------------

ADVANCE_FR = [
    "Le Roi peut fixer pour chacune des dispositions de la présente loi une date d'entrée en "
    "vigueur antérieure à celle mentionnée à l'alinéa 1er.",  # 2019030329, art. 43
    "Le Roi peut, pour chacune des dispositions de la présente loi, fixer une date d'entrée en "
    "vigueur antérieure à celle visée à l'alinéa 1er.",
    "Le Roi peut, par arrêté délibéré en Conseil des ministres, fixer une date d'entrée en "
    "vigueur antérieure à celle visée à l'alinéa 1er.",
    "Le Roi peut fixer, pour chacune de ses dispositions, une date d'entrée en vigueur "
    "antérieure à celle visée à l'alinéa 1er.",
    "Le Roi peut avancer la date d'entrée en vigueur visée à l'alinéa 1er.",
]
ADVANCE_NL = [
    "De Koning kan een datum van inwerkingtreding bepalen voorafgaand aan die bedoeld in het "
    "eerste lid.",
    "De Koning kan voor elk van de bepalingen van deze wet een datum van inwerkingtreding "
    "bepalen die voorafgaat aan die vermeld in het eerste lid.",
    "De Koning kan, voor elke bepaling van deze wet, een datum van inwerkingtreding vaststellen "
    "die voorafgaat aan de in het eerste lid bedoelde datum.",
]


@pytest.mark.parametrize("sentence", ADVANCE_FR)
def test_the_king_may_advance_the_date_fr(sentence: str) -> None:
    act = act_fr(f"La présente loi entre en vigueur le 1er janvier 2027.\n{sentence}")
    [rule] = act.articles[-1].entry_into_force
    assert rule.king_may_advance and dates(act) == [(D("2027-01-01"), "date")] * 3


@pytest.mark.parametrize("sentence", ADVANCE_NL)
def test_the_king_may_advance_the_date_nl(sentence: str) -> None:
    act = act_nl(f"Deze wet treedt in werking op 1 januari 2027.\n{sentence}")
    [rule] = act.articles[-1].entry_into_force
    assert rule.king_may_advance and dates(act) == [(D("2027-01-01"), "date")] * 3


def test_an_arrete_of_the_chain_advancing_the_date_dates_the_provision() -> None:
    act = act_fr("La présente loi entre en vigueur le 1er janvier 2027.\n" + ADVANCE_FR[0])
    decree = consolidate.parse(text=(
        '---\ntitle-fr: "Arrêté royal fixant l\'entrée en vigueur de l\'article 2 de la loi du 5 '
        'mai 2025 (acte écrit pour les tests de consolidate)"\ndate: 2025-09-15\ncase: '
        "2025-09-15/3\npublication: 2025-09-20\n---\n\n**Article 1er.** L'article 2 de la loi "
        "du 5 mai 2025 modifiant la loi du 16 mai 2001 entre en vigueur le 1er octobre 2025.\n"))
    times = provision_times(act, [act, decree])
    # art. 2 advanced by the arrêté (it kept 1 January 2027: the arrêté was ignored)
    assert [(t.date, t.mode, t.fixed_by) for t in times] == [
        (D("2027-01-01"), "date", None), (D("2025-10-01"), "fixed_by_king", "AR 2025-09-15/3"),
        (D("2027-01-01"), "date", None)]
    on = consolidate.consolidate(acts=[act, decree], at=D("2025-11-01"))
    [report] = [r for r in on.reports if r.act == "L 2025-05-05/12"]
    assert [o.status for o in report.outcomes] == ["skipped", "applied", "skipped"]


# --- an end of effect -------------------------------------------------------------------------

END_OF_EFFECT = [
    ("fr", "La présente loi produit ses effets le 1er mars 2025 et cesse d'être en vigueur le "
           "30 juin 2026."),
    ("nl", "Deze wet heeft uitwerking met ingang van 1 maart 2025 en treedt buiten werking op "
           "30 juni 2026."),
]


@pytest.mark.parametrize(("language", "clause"), END_OF_EFFECT)
def test_after_its_end_of_effect_a_provision_is_not_applied(language: str, clause: str) -> None:
    act = act_fr(clause) if language == "fr" else act_nl(clause)
    [rule] = act.articles[-1].entry_into_force
    assert (rule.date, rule.until) == (D("2025-03-01"), D("2026-06-30"))
    time = provision_times(act)[0]
    assert [time.state(D(day)) for day in ("2025-02-28", "2025-03-01", "2026-06-29",
                                            "2026-06-30", "2026-07-01")] == [
        "not_yet_in_force", "in_force", "in_force", "unknown", "ended"]
    if language == "nl":
        return  # the embedded Dutch text has not the articles the act amends
    before = render_text(consolidate.api.load_embedded()[0])
    during = consolidate.consolidate(acts=[act], at=D("2026-01-01"))
    assert {o.status for o in during.report.outcomes} == {"applied"}
    # after the end: the text as before the act (it showed the amended text, silently)
    after = consolidate.consolidate(acts=[act], at=D("2026-07-01"))
    assert {o.status for o in after.report.outcomes} == {"skipped"}
    assert after.report.outcomes[0].message.startswith(
        "not applied on 2026-07-01: in force from 2025-03-01 until 2026-06-30: its effect "
        "ended")
    assert render_text(after.after[0]) == before
    # the day itself: not known, not applied, said
    that_day = consolidate.consolidate(acts=[act], at=D("2026-06-30"))
    assert "the act's words do not tell whether it is still in force that day" in \
        that_day.report.outcomes[0].message
    # without a date: the text as amended (the end is said by P015 when parsed)
    assert {o.status for o in consolidate.consolidate(acts=[act]).report.outcomes} == {
        "applied"}


def test_an_end_of_effect_whose_date_is_not_read_is_not_modelled_and_said() -> None:
    act = act_fr("La présente loi produit ses effets le 1er mars 2025 et cesse d'être en "
                 "vigueur à la date fixée par le Roi.", keep_going=True)
    [rule] = act.articles[-1].entry_into_force
    assert rule.until is None
    [problem] = act.problems
    assert problem.code == "P015" and "is not modelled" in problem.message


def test_the_new_fields_are_in_the_schema_of_the_act() -> None:
    import json

    import jsonschema

    schema = json.loads((Path(__file__).resolve().parents[2] / "schemas" /
                         "amending-act.schema.json").read_text(encoding="utf-8"))
    refused = act_fr(REFUSED, keep_going=True).model_dump(mode="json")
    ending = act_fr(END_OF_EFFECT[0][1]).model_dump(mode="json")
    months = act_fr(MONTHS[0][1]).model_dump(mode="json")
    for data in (refused, ending, months):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert ending["articles"][-1]["entry_into_force"][0]["until"] == "2026-06-30"
    assert "until" not in months["articles"][-1]["entry_into_force"][0]
    assert months["articles"][-1]["entry_into_force"][0]["mode"] == "months_after"
    refused["problems"][0]["entry_into_force"] = "yes"
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(refused))


def test_the_chain_json_says_why_a_date_is_not_known_and_when_it_ends() -> None:
    import json

    import jsonschema

    from consolidate.renderers.json_model import consolidation_schema

    for act, key, value in ((act_fr(REFUSED, keep_going=True), "unread", "4"),
                            (act_fr(END_OF_EFFECT[0][1]), "until", "2026-06-30")):
        result = consolidate.consolidate(acts=[act], keep_going=True)
        data = json.loads(str(consolidate.render(result, "json")))
        jsonschema.validate(data, consolidation_schema(), cls=jsonschema.Draft202012Validator)
        provisions = data["chain"]["provisions"]
        assert [p[key] for p in provisions] == [value] * 3
        assert all(("unread" in p) == (key == "unread") for p in provisions)
