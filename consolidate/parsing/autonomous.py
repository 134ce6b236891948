"""Autonomous provisions: the articles of an act that amend nothing, typed on evidence.

- constitutional basis ("… règle une matière visée à l'article 74 de la Constitution");
- entry into force, one :class:`~consolidate.model.EntryIntoForce` per sentence: its subject
  (the act, a division of it, or articles "L'article 5", "Les articles 2 à 4, 6 et 9"), its
  verb ("entre en vigueur", "produit ses effets": retroactive), its time (a date, the day of
  publication, the tenth day after it, the first day of the month after it, a date fixed by
  the King or a Government — pending — with its deadline, another act's entry into force —
  conditional), and its exceptions ("à l'exception des articles 19 à 25, qui …");
- execution ("Le ministre … est chargé de l'exécution du présent arrêté").

Each pattern is a named entry of the lexicon's ``autonomous`` table.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..lang import scan
from ..lang.lexicon import Lexicon
from ..lang.scan import Scanner
from ..model import DIVISION_NAMES, ActRef, EntryIntoForce
from .acts import read_date

_FLAGS = re.IGNORECASE | re.VERBOSE | re.DOTALL
#: an article's number as an exception names it ("7", "2-4", "XVI.1", "27, 2°")
_NUMBERED = scan.regex(r"^(?:[IVXLC]+\.)?\d")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> Scanner:
    return scan.compile(pattern, _FLAGS)


def rule(lexicon: Lexicon, name: str) -> Scanner:
    """The compiled autonomous pattern ``name`` of ``lexicon``."""
    return _compiled(lexicon.autonomous[name])


def optional(lexicon: Lexicon, name: str) -> Scanner | None:
    """The autonomous pattern ``name`` if the lexicon has it (a rule only some languages
    spell yet), else None."""
    pattern = lexicon.autonomous.get(name)
    return _compiled(pattern) if pattern else None


def sentences(text: str) -> list[str]:
    """The sentences of an article (split at '.' followed by a capital or a line end)."""
    flat = " ".join(text.split())
    parts = re.split(r"(?<=\.)\s+(?=[A-Z«\"(\[]|§)", flat)
    return [part.strip() for part in parts if part.strip()]


def is_constitutional_basis(lexicon: Lexicon, text: str) -> bool:
    """Whether the article is a constitutional basis: its first sentence is the formula; what
    follows may say which directive the act transposes ("Elle transpose …")."""
    parts = sentences(text)
    if not parts or rule(lexicon, "constitutional_basis").match(parts[0]) is None:
        return False
    return all(rule(lexicon, "transposes").match(part) for part in parts[1:])


def is_execution(lexicon: Lexicon, text: str) -> bool:
    """Whether every sentence is an execution clause (or an entry into force)."""
    parts = sentences(text)
    return bool(parts) and all(rule(lexicon, "execution").match(part) for part in parts)


def _words(lexicon: Lexicon, name: str) -> str:
    """The lexicon's fragment ``name`` for a subject's words ("Les articles", "De artikelen",
    "de la présente loi"), used with :func:`re.sub` and :func:`re.split`."""
    return lexicon.autonomous[name]


def _articles(lexicon: Lexicon, text: str) -> tuple[str, ...] | None:
    """'Les articles 2 à 4, 6 et 9' → ('2-4', '6', '9'); 'L'article 83, 1°' → ('83, 1°',)."""
    words = re.sub(_words(lexicon, "articles_head"), "", text.strip(), flags=re.I)
    if words == text.strip():
        return None
    words = re.sub(_words(lexicon, "articles_of_this_act"), "", words)
    words = re.sub(_words(lexicon, "articles_and_this"), "", words)
    items = [item.strip() for item in re.split(_words(lexicon, "articles_split"), words)
             if item.strip()]
    out: list[str] = []
    for item in items:
        item = re.sub(_words(lexicon, "articles_item_head"), "", item)
        item = re.sub(_words(lexicon, "articles_range"), "-", item)
        out.append(item)
    return tuple(out) if out else None


def _by_this_act(lexicon: Lexicon, subject: str) -> tuple[tuple[str, ...], str] | None:
    """"L'article I.19 du Code de droit économique, inséré par l'article 2 de la présente loi,
    les articles XVI.1 à XVI.5, … du Code de droit économique insérés par l'article 3 de la
    présente loi, et les articles 4 à 10 de la présente loi" (2014011245, art. 10): units of
    another act named by the article of this act that inserted or modified them. Their
    provision is that article: "45, 3°" when a point of it modified the unit named (2006023386,
    art. 47), "3 (XVI.1-XVI.5, XVI.8)" when it inserted the units listed (it may insert others);
    with what is left of the subject (its own articles), or None when it names none so."""
    pattern = optional(lexicon, "by_this_act")
    if pattern is None:
        return None
    provisions: list[str] = []
    at = 0
    for found in pattern.finditer(subject):
        if subject[at : found.start()].strip(" ,"):
            return None  # something between two of them that no rule reads
        number = found["number"] + (", " + found["point"].strip(" ,") if found["point"] else "")
        if found["inserted"]:
            units = re.sub(lexicon.range_to, "-", " ".join(found["units"].split()))
            number += f" ({units})"
        provisions.append(number)
        at = found.end()
    if not provisions:
        return None
    return tuple(provisions), subject[at:].strip(" ,")


def _subject(lexicon: Lexicon, subject: str) -> tuple[str, ...] | None:
    """The provisions a sentence's subject designates: () for the act; None if unreadable."""
    subject = scan.regex(r"^(?:Par\s+dérogation\s+[^,]*,\s*|Toutefois,\s*|En\s+outre,\s*)",
                         re.I).sub("", subject.strip())
    subject = scan.regex(r"[\[\]¹²³⁴⁵⁶⁷⁸⁹⁰]").sub("", subject).strip(" ,")
    by_this_act = _by_this_act(lexicon, subject)
    if by_this_act is not None:
        named, rest = by_this_act
        if not rest:
            return named
        own = _subject(lexicon, rest)
        return None if own is None or not own else (*named, *own)
    if rule(lexicon, "this_act").match(subject):
        return ()
    division = rule(lexicon, "this_division").match(subject)
    if division:
        return (_division_name(lexicon, division["division"]),)
    subject = re.sub(_words(lexicon, "of_this_act"), "", subject, flags=re.I)
    return _articles(lexicon, subject) or _provisions(lexicon, subject)


def _provisions(lexicon: Lexicon, subject: str) -> tuple[str, ...] | None:
    """"Le titre 2, chapitre 1er et les articles 9, 10, 13 et 19, alinéa 2" → the items as
    written ("titre 2", "chapitre 1er", "9", "10", "13", "19, alinéa 2"), or None."""
    items = [item.strip() for item in re.split(_words(lexicon, "provisions_split"), subject)
             if item.strip()]
    provision = scan.regex(_words(lexicon, "provision"), re.I)
    out: list[str] = []
    for item in items:
        match = provision.match(item)
        if match is None:
            return None
        words = re.sub(_words(lexicon, "provision_determiner"), "", item, flags=re.I)
        words = re.sub(_words(lexicon, "provision_article"), "", words, flags=re.I)
        noun, _, label = words.partition(" ")
        out.append(f"{_division_name(lexicon, noun)} {label}" if label and
                   lexicon.units.get(noun.casefold()) in DIVISION_NAMES else words)
    return tuple(out) or None


def _division_name(lexicon: Lexicon, noun: str) -> str:
    """A division's noun as the model names it ("hoofdstuk" → "chapitre"), lower case."""
    kind = lexicon.units.get(noun.casefold())
    return DIVISION_NAMES[kind] if kind in DIVISION_NAMES else noun.casefold()


def _when(lexicon: Lexicon, when: str, publication: dt.date | None,
          retroactive: bool, signed: dt.date | None = None) -> EntryIntoForce | None:
    when = when.strip(" ,")
    concerning = optional(lexicon, "concerning")
    if concerning is not None and (whom := concerning.match(when)) is not None:
        # "en ce qui concerne les pédiatres, le 1er janvier 2007, pour autant que : …"
        entry = _when(lexicon, when[whom.end() :], publication, retroactive, signed)
        if entry is None:
            return None
        scope = whom.group(0).strip(" ,")
        return entry.model_copy(update={"condition": scope + (
            "; " + entry.condition if entry.condition else "")})
    condition = rule(lexicon, "condition_after").search(when)
    if condition is not None and condition.start() > 0:
        # "le 1er mars 2024, pour autant qu'un décret identique …": the date, with its condition
        entry = _when(lexicon, when[: condition.start()], publication, retroactive, signed)
        if entry is None:
            return None
        return entry.model_copy(update={"condition": condition["condition"]})
    if match := rule(lexicon, "when_date").match(when):
        date = read_date(lexicon, match["date"])
        if date is None:
            return None
        return EntryIntoForce(date=date, mode="retroactive" if retroactive else "date")
    if (match := rule(lexicon, "when_publication").match(when)) and _tail(lexicon, when, match):
        return EntryIntoForce(date=publication, mode="publication")
    if (signature := optional(lexicon, "when_signature")) is not None and \
            signature.match(when):
        # "le jour de sa signature" / "de son adoption": the act's own date (an arrêté's is
        # its signature, a décret's its sanction); unknown, no rule is read (the caller fails)
        if signed is None:
            return None
        return EntryIntoForce(date=signed, mode="retroactive" if retroactive else "date")
    delay = optional(lexicon, "when_month_after_delay")
    if delay is not None and (match := delay.match(when)) and _tail(lexicon, when, match):
        # the first day of the month after the publication and the days of the delay
        days = _count(lexicon, match["days"])
        if days is None:
            return None
        date = _first_of_next(publication + dt.timedelta(days=days), 1) if publication else None
        return EntryIntoForce(date=date, mode="month_after", days=1)
    if (match := rule(lexicon, "when_days_after").match(when)) and _tail(lexicon, when, match):
        word = (match["days"] or match["days2"] or "").casefold()
        days = 1 if match["next"] else lexicon.ordinals.get(word) or lexicon.cardinals.get(
            word) or (int(word) if word.isdigit() else None)
        if days is None:
            return None
        date = publication + dt.timedelta(days=days) if publication else None
        return EntryIntoForce(date=date, mode="days_after", days=days)
    months_after = optional(lexicon, "when_months_after")
    if months_after is not None and (match := months_after.match(when)) and \
            _tail(lexicon, when, match):
        # "six mois après sa publication": the same day so many months on (add_months)
        months = _count(lexicon, match["months"])
        if not months:
            return None
        return EntryIntoForce(date=add_months(publication, months) if publication else None,
                              mode="months_after", days=months)
    if (match := rule(lexicon, "when_month_after").match(when)) and _tail(lexicon, when, match):
        word = (match["months"] or "").strip().casefold()
        months = lexicon.ordinals.get(word, 1) if word else 1
        if match["unit"].casefold() == "trimestre":
            months = 0  # first day of the next quarter: computed below
        return EntryIntoForce(date=_first_of_next(publication, months), mode="month_after",
                              days=months)
    if match := rule(lexicon, "when_fixed").match(when):
        deadline = read_date(lexicon, match["deadline"]) if match["deadline"] else None
        if deadline is None and (late := rule(lexicon, "deadline_before").search(when)):
            deadline = read_date(lexicon, late["deadline"])
        relative = optional(lexicon, "deadline_month_after")
        if deadline is None and relative is not None and (
                late_month := relative.search(when)) is not None:
            # "au plus tard le premier jour du dix-huitième mois qui suit celui au cours
            # duquel la présente loi aura été publiée" (2006009457, art. 51)
            word = (late_month["months"] or "").strip().casefold()
            count = lexicon.ordinals.get(word, 0) if word else 1
            if count <= 0:
                return None
            deadline = _first_of_next(publication, count)
        authority = _authority(lexicon, match["authority"])
        return EntryIntoForce(date=None, mode="fixed_by_king", authority=authority,
                              deadline=deadline)
    if rule(lexicon, "when_conditional").match(when):
        return EntryIntoForce(date=None, mode="conditional", condition=when)
    return None


def _tail(lexicon: Lexicon, when: str, match: re.Match[str]) -> bool:
    """Whether what follows a date counted from the publication is only words about that
    publication (the lexicon's ``when_tail``: "au Moniteur belge", "ervan in het Belgisch
    Staatsblad"): other words are another rule ("…, à l'exception : 1° de l'article 10, dont
    …"), which a prefix reading would drop in silence — the sentence is then not read."""
    tail = optional(lexicon, "when_tail")
    return tail is None or tail.match(when[match.end() :].strip(" ,.")) is not None


def _count(lexicon: Lexicon, word: str) -> int | None:
    """A number of days written as a word or digits ("dix", "tien", "10")."""
    word = word.casefold()
    return lexicon.cardinals.get(word) or (int(word) if word.isdigit() else None)


def _authority(lexicon: Lexicon, words: str) -> str:
    """Who fixes a date, without its determiner: "le Roi" → "Roi", "De Koning" → "Koning",
    "le Gouvernement flamand" → "Gouvernement flamand"."""
    return re.sub(_words(lexicon, "authority_determiner"), "", words, flags=re.I)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` so many months on, the same day of the month; when that month is shorter, its
    last day (31 August + 6 months = 28 February, 29 in a leap year): the rule of the
    European Convention on the calculation of time-limits (1972, art. 4) and of Regulation
    1182/71 (art. 3, 2, c), which Belgian drafting follows for "N mois après …" — never a
    day of the month after (1 or 3 March), which the months written do not reach."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _first_of_next(publication: dt.date | None, months: int) -> dt.date | None:
    """The first day of the ``months``-th month after publication (0: next quarter)."""
    if publication is None:
        return None
    if months == 0:
        quarter = (publication.month - 1) // 3 + 1
        month = quarter * 3 + 1
        year = publication.year + (month > 12)
        return dt.date(year, (month - 1) % 12 + 1, 1)
    month = publication.month + months
    return dt.date(publication.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def in_force_rules(
    lexicon: Lexicon, text: str, publication: dt.date | None, number: str | None = None,
    signed: dt.date | None = None,
) -> tuple[EntryIntoForce, ...] | None:
    """The rules of an entry-into-force article, or None if any sentence is something else.

    A sentence of the King's power to advance the date sets ``king_may_advance`` on the
    rules before it; "cesse d'être en vigueur" sentences are part of the article."""
    rules: list[EntryIntoForce] = []
    advance = False
    for sentence in sentences(text):
        if rule(lexicon, "king_may_advance").match(sentence):
            advance = True
            continue
        if rule(lexicon, "execution").match(sentence) or \
                rule(lexicon, "justel_note").match(sentence):
            continue
        if re.fullmatch(r"§\s*\d+(?:er)?\.", sentence):
            continue  # the label of the article's own paragraph ("§ 1er. L'article 138 …")
        read = _except_first(lexicon, sentence, publication, number, signed) or \
            _sentence(lexicon, sentence, publication, signed)
        if read is None:
            return None
        rules.extend(read)
    if not rules:
        return None
    if advance:
        rules = [entry.model_copy(update={"king_may_advance": True}) for entry in rules]
    return tuple(rules)


def _except_first(
    lexicon: Lexicon, sentence: str, publication: dt.date | None, number: str | None,
    signed: dt.date | None = None,
) -> list[EntryIntoForce] | None:
    """"A l'exception du présent article, qui entre en vigueur …, chacun des articles du
    présent titre entre en vigueur …": the rule of the exception, then the main rule less it
    ("du présent article" is the article read: None when its number is not known)."""
    match = rule(lexicon, "except_first").match(sentence)
    if match is None:
        return None
    if match["this"]:
        if number is None:
            return None
        excepted: tuple[str, ...] | None = (number,)
    else:  # "des articles 3 à 5", "de l'article 7" (its determiner read by the pattern)
        excepted = _articles(lexicon, match["except"]) or _articles(
            lexicon, f"{_words(lexicon, 'articles_plural')} {match['except']}")
    if not excepted:
        return None
    when = match["when"] if match["when"] is not None else match.groupdict().get("late")
    if when is None:
        return None
    exception = _when(lexicon, when, publication, retroactive=match["effect"] is not None,
                      signed=signed)
    if exception is None:
        return None
    exceptions = [exception.model_copy(update={"provisions": excepted})]
    rest = match["main"]
    also = optional(lexicon, "except_also")
    while also is not None and (more := also.match(rest)) is not None:
        # "… au Moniteur belge, et de l'article 11 qui entre en vigueur à la date fixée par le
        # Roi et au plus tard le 1er septembre 2012, chacun des articles …" (2006009457, art. 51)
        other = _articles(lexicon, more["except"])
        when = _when(lexicon, more["when"], publication, retroactive=more["effect"] is not None,
                     signed=signed)
        if not other or when is None:
            return None
        exceptions.append(when.model_copy(update={"provisions": other}))
        excepted = (*excepted, *other)
        rest = more["main"]
    main = _sentence(lexicon, rest, publication, signed)
    inverted = optional(lexicon, "verb_first")
    if not main and inverted is not None and (verb := inverted.match(rest)) is not None:
        # "…, treedt deze wet in werking op …": the verb before its subject (Dutch)
        main = _sentence(lexicon, f"{verb['subject']} {verb['verb']} {verb['rest']}",
                         publication, signed)
    if not main or len(main) != 1:
        return None
    return [*exceptions, main[0].model_copy(update={"except_provisions": excepted})]


def _sentence(
    lexicon: Lexicon, sentence: str, publication: dt.date | None,
    signed: dt.date | None = None,
) -> list[EntryIntoForce] | None:
    fixes = rule(lexicon, "authority_fixes").match(sentence)
    if fixes is not None:
        # "De Koning bepaalt voor elke bepaling van deze wet de datum waarop ze …": ``each``
        words = (fixes["of"] or fixes.groupdict().get("each") or fixes["which"] or "").strip()
        whole = re.match(_words(lexicon, "every_provision"), words, re.I)
        provisions = () if whole else _subject(lexicon, words)
        others = optional(lexicon, "the_others")
        if provisions is None and others is not None and others.match(words):
            # "Le Roi détermine la date d'entrée en vigueur des autres dispositions du Livre
            # XVI du même Code" (2014011245, art. 10): the rest, as written
            provisions = (" ".join(words.split()),)
        if provisions is None:
            return None
        authority = _authority(lexicon, fixes["authority"])
        limit = fixes.groupdict().get("deadline")
        deadline = read_date(lexicon, limit) if limit else None
        if deadline is not None and fixes.groupdict().get("before"):
            deadline -= dt.timedelta(days=1)  # "avant le 31 décembre": the 30th at the latest
        return [EntryIntoForce(date=None, mode="fixed_by_king", authority=authority,
                               provisions=provisions, deadline=deadline)]
    concerning = optional(lexicon, "concerning")
    whom = concerning.match(sentence) if concerning is not None else None
    if whom is not None:
        # "En ce qui concerne les autres spécialistes, l'article 138, … entre en vigueur à
        # une date fixée par le Roi" (2006023386, art. 47, § 2): the rule for them only
        read = _sentence(lexicon, sentence[whom.end() :], publication, signed)
        if read is None or len(read) != 1:
            return None
        scope = whom.group(0).strip(" ,")
        return [read[0].model_copy(update={"condition": scope + (
            "; " + read[0].condition if read[0].condition else "")})]
    match = rule(lexicon, "in_force_sentence").match(sentence)
    if match is None:
        return None
    # units of another act named by the article of this act that made them are this act's
    # provisions (never another act whose date this act fixes)
    own = _by_this_act(lexicon, match["subject"].strip(" ,")) is not None
    subject_words, target_act = (match["subject"], None) if own else _other_act(
        lexicon, match["subject"])
    subject = _subject(lexicon, subject_words)
    if subject is None:
        return None
    when = match["when"]
    exceptions: tuple[str, ...] = ()
    extra: list[EntryIntoForce] = []
    listed = optional(lexicon, "except_list")
    if listed is not None and (found := listed.search(when)) is not None:
        items = _exception_list(lexicon, found["items"], publication, signed)
        if items is None:
            return None
        when = when[: found.start()]
        exceptions = tuple(provision for item in items for provision in item.provisions)
        extra = items
    elif excepted := rule(lexicon, "except").search(when):
        when = when[: excepted.start()]
        plural = _words(lexicon, "articles_plural")
        exceptions = _articles(lexicon, f"{plural} {excepted['except']}") or ()
        if not exceptions or not all(_NUMBERED.match(item) for item in exceptions):
            # "…, sauf si le Roi en décide autrement": not articles excepted, another rule
            # (it was read as the exception of an article "si le Roi en décide autrement")
            return None
        if excepted["rest"]:
            inner = _sentence(lexicon, f"{plural} {excepted['except']} {excepted['rest']}",
                              publication, signed)
            extra = inner or []
    until = None
    if rule(lexicon, "ceases").search(when):
        ends = optional(lexicon, "ceases_on")
        found_end = ends.search(when) if ends is not None else None
        until = read_date(lexicon, found_end["date"]) if found_end is not None else None
        when = re.split(_words(lexicon, "ceases_split"), when, flags=re.I)[0]
    entry = _when(lexicon, when, publication, retroactive=match["effect"] is not None,
                  signed=signed)
    if entry is None:
        return None
    entry = entry.model_copy(update={"provisions": subject, "except_provisions": exceptions,
                                     "target_act": target_act, "until": until})
    return [entry, *extra]


def _exception_list(
    lexicon: Lexicon, items: str, publication: dt.date | None, signed: dt.date | None,
) -> list[EntryIntoForce] | None:
    """"…, à l'exception : 1° de l'article 10, dont l'entrée en vigueur sera fixée par le Roi
    mais aura lieu au plus tard le 31 mai 2016; 2° de l'article 27, 2°, qui entre en vigueur le
    1er janvier 2017." (2016003166, art. 34): each item's rule for its provisions, or None
    when an item is not read (the whole sentence is then refused, never half read)."""
    item_rule = rule(lexicon, "except_item")
    plural = _words(lexicon, "articles_plural")
    out: list[EntryIntoForce] = []
    for item in re.split(_words(lexicon, "except_list_split"), items.strip()):
        found = item_rule.match(item.strip())
        if found is None:
            return None
        provisions = _articles(lexicon, found["except"]) or _articles(
            lexicon, f"{plural} {found['except']}")
        named = found.groupdict()
        when = next((named[key] for key in ("when", "since", "late")
                     if named.get(key) is not None), None)
        if not provisions or when is None:
            return None
        entry = _when(lexicon, when, publication, retroactive=found["effect"] is not None,
                      signed=signed)
        if entry is None:
            return None
        out.append(entry.model_copy(update={"provisions": provisions}))
    return out or None


def _other_act(lexicon: Lexicon, subject: str) -> tuple[str, ActRef | None]:
    """"Les articles 2 à 5 de la loi du 25 mars 2024 portant …": the articles, and the act
    whose entry into force this act fixes (an arrêté royal "fixant l'entrée en vigueur")."""
    from .acts import ImpossibleDate, find_acts
    from .skeleton import Skeleton

    skeleton = Skeleton.of(subject)
    try:
        acts, _ = find_acts(lexicon, skeleton, None)
    except ImpossibleDate:
        return subject, None
    if not acts:
        return subject, None
    first = acts[0]
    before = re.sub(r"\s*(?:de\s+la|de\s+l['’]|du|des|de)\s*$", "", subject[: first.start])
    return before, first.ref
