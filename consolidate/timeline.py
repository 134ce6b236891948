"""Time: when each provision of an amending act takes effect (docs/time.md).

An amending act's entry-into-force article holds rules (:class:`~consolidate.model.EntryIntoForce`):
for the whole act ("La présente loi entre en vigueur le …"), for some of its articles
("L'article 5 entre en vigueur le …"), at a date the King fixes later (pending), or with
retroactive effect ("produit ses effets le …"). A later act may fix an earlier act's pending
date (``target_act``: "arrêté royal fixant l'entrée en vigueur de l'article 5 de la loi du …").

:func:`provision_times` gives each amending article of an act its :class:`ProvisionTime`:

- a rule naming the article beats a rule for the whole act; a whole-act rule does not cover
  its ``except_provisions``; among rules of the same reach, the first one written wins;
- a pending rule (``fixed_by_king`` without a date) is settled by a rule of *another* act of
  the chain whose ``target_act`` designates this act and whose ``provisions`` name the article
  (or are empty: the whole act); the fixing act is recorded in ``fixed_by``;
- ``publication`` / ``days_after`` / ``month_after`` without a date are computed from the
  publication date when the act gives it;
- a rule for points of the article ("L'article 27, 2°, entre en vigueur …") dates it when every
  operation of the article is of those points; when its other points have another date the
  article has none (mode ``split``: not applied, said — one date per provision);
- with no rule at all: the tenth day after publication (semantics §5); without a publication
  date either, the act's own date (mode ``"unknown"``: said in the report);
- when the act's entry-into-force article was refused (``keep_going``), a provision no rule
  of the act names is ``"unknown"`` too (``unread``): ordered at the act's date, applied
  without ``at`` with a warning and an "indéterminée" footnote, never applied on a date.

:meth:`ProvisionTime.state` tells, for a date, whether the provision is in force, pending or
not yet in force.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .errors import SameIdentity
from .model import ACT_FAMILIES, ActRef, AmendingAct, AmendingActInfo, EntryIntoForce
from .text import parse_label

ProvisionState = Literal["in_force", "pending", "not_yet_in_force", "unknown", "ended"]
STATE_WORDS: dict[str, str] = {
    "in_force": "in force", "pending": "pending", "not_yet_in_force": "not yet in force",
    "unknown": "not known whether in force", "ended": "no longer in force",
}


@dataclass(frozen=True)
class ProvisionTime:
    """When one amending article of an act takes effect."""

    act: str
    """Justel id of the act: 'L 2024-03-25/42'."""
    article: str
    """The amending article: '2'."""
    date: dt.date | None
    """The date it takes effect (None: pending, a date the King has not fixed yet)."""
    mode: str
    """How the date was set: an :data:`~consolidate.model.InForceMode`, or 'default' (tenth
    day after publication), 'unknown' (no rule, no publication: the act's date), 'base' (the
    date a footnote of the base text gives: the provision is already in it), 'split' (a
    point of the article has a rule of its own and the others another: no date, not
    applied)."""
    fixed_by: str | None = None
    """Justel id of the later act that fixed a pending date."""
    deadline: dt.date | None = None
    """For a pending date: "au plus tard le …"."""
    authority: str | None = None
    """For a pending date: who fixes it, as the act names it ("Roi", "Vlaamse Regering")."""
    points: tuple[str, ...] = ()
    """For mode 'split': the points of the article a rule of their own dates ("3°"): the
    article's points take effect on different dates, which one provision date cannot hold."""
    unread: str | None = None
    """For mode 'unknown': the act's entry-into-force article that was refused (P001 under
    ``keep_going``), whose rules may date this provision: its date is not known — never the
    default rule's tenth day after publication, a date no one read."""
    until: dt.date | None = None
    """"… et cesse d'être en vigueur le 30 juin 2020": the end of its effect. After that day
    it is no longer in force; on the day itself it is not known (the words do not say
    whether the day named is the last day in force or the first without it)."""

    def state(self, at: dt.date | None) -> ProvisionState:
        """In force, pending or not yet in force on ``at`` (None: in force once it has a date);
        'unknown' on any ``at`` when the act's entry-into-force article was not read."""
        if self.unread is not None and at is not None:
            return "unknown"
        if self.date is None:
            return "pending"
        if at is None or self.date <= at:
            if at is not None and self.until is not None and at >= self.until:
                return "ended" if at > self.until else "unknown"
            return "in_force"
        return "not_yet_in_force"

    def describe(self, at: dt.date | None = None) -> str:
        """'L 2024-03-25/42 art. 2: in force from 2024-01-01 (date)'; 'not yet in force on
        2023-06-01 (from 2024-01-01, date)'; 'pending (date to be fixed by the King)'."""
        state = self.state(at)
        head = f"{self.act} art. {self.article}: {STATE_WORDS[state]}"
        if self.date is None and self.mode == "split":
            return f"{head} ({split_words(self)})"
        if self.date is None:
            detail = f"date to be fixed by {authority_words(self.authority)}"
            if self.deadline:
                detail += f", at the latest {self.deadline.isoformat()}"
            return f"{head} ({detail})"
        how = self.mode + (f", fixed by {self.fixed_by}" if self.fixed_by else "")
        if state in ("ended", "unknown") and self.unread is None:  # after its end, its day
            assert at is not None and self.until is not None
            return f"{head} on {at.isoformat()} ({ended_words(self, at)})"
        if self.mode == "unknown":  # the act's date: the earliest it can be
            how = "unknown: the act's date, its publication is not given"
        if self.unread is not None:
            if state == "unknown":
                assert at is not None
                return f"{head} on {at.isoformat()} ({unread_words(self)})"
            return (f"{self.act} art. {self.article}: date in force not known, applied "
                    f"from the act's date {self.date.isoformat()} ({unread_words(self)})")
        if state == "in_force":
            until = f" until {self.until.isoformat()}" if self.until else ""
            return f"{head} from {self.date.isoformat()}{until} ({how})"
        assert at is not None
        return f"{head} on {at.isoformat()} (from {self.date.isoformat()}, {how})"


KING = frozenset({"roi", "koning", "nous", "wij"})


def authority_words(authority: str | None) -> str:
    """Who fixes a pending date, in the report's words: "the King" (the Roi, de Koning, or
    nobody named), else the authority as the act names it ("the Gouvernement flamand")."""
    if authority is None or authority.casefold() in KING:
        return "the King"
    return f"the {authority}"


def split_words(time: ProvisionTime) -> str:
    """Why a provision of mode 'split' is not applied."""
    points = ", ".join(time.points)
    return (f"its points take effect on different dates (a rule of its own for {points}), "
            "and a provision has one date: not applied, rather than applying the article on "
            "a date that is not every point's")


def unread_words(time: ProvisionTime) -> str:
    """Why a provision's date is not known when the act's entry-into-force article was
    refused."""
    return (f"the act's entry-into-force article (art. {time.unread}) was not read (P001), "
            "and its rules may date this provision")


def ended_words(time: ProvisionTime, at: dt.date) -> str:
    """Why a provision with an end of effect is not applied on ``at``."""
    assert time.until is not None and time.date is not None
    when = f"from {time.date.isoformat()} until {time.until.isoformat()}"
    if at == time.until:
        return (f"in force {when}, the day its effect ends: the act's words do not tell "
                "whether it is still in force that day")
    return f"in force {when}: its effect ended, the text is as before it"


def unread_in_force(act: AmendingAct) -> str | None:
    """The first entry-into-force article of ``act`` the parser refused (``keep_going``:
    a :class:`~consolidate.model.Problem` with ``entry_into_force``), or None."""
    for problem in act.problems:
        if problem.entry_into_force and problem.severity == "error":
            return problem.article or "?"
    return None


def refers_to(ref: ActRef, info: AmendingActInfo) -> bool:
    """Whether a citation (``target_act`` of a rule) designates the act ``info``."""
    if ref.date != info.date:
        return False
    return ACT_FAMILIES.get(ref.type, ref.type) == ACT_FAMILIES.get(info.type, info.type)


def _same(a: str, b: str) -> bool:
    try:
        return parse_label(a).same(parse_label(b))
    except ValueError:
        return a.strip() == b.strip()


def covers(provisions: Sequence[str], article: str, numbers: Sequence[str]) -> bool:
    """Whether ``provisions`` ("5", "2-4", "2 à 4") name ``article``; a range runs over the
    act's own article numbers (``numbers``, in order)."""
    for provision in provisions:
        bounds = provision.replace(" à ", "-").split("-")
        if len(bounds) == 2 and bounds[0].strip() and bounds[1].strip():
            positions = [i for i, n in enumerate(numbers) if _same(n, article)]
            low = [i for i, n in enumerate(numbers) if _same(n, bounds[0])]
            high = [i for i, n in enumerate(numbers) if _same(n, bounds[1])]
            if positions and low and high and low[0] <= positions[0] <= high[-1]:
                return True
        elif _same(provision, article):
            return True
    return False


_TABLES: dict[int, tuple[AmendingAct, list[str], list[EntryIntoForce],
                         dict[str, frozenset[str | None]]]] = {}


def _tables(act: AmendingAct) -> tuple[list[str], list[EntryIntoForce]]:
    """The act's article numbers and own entry-into-force rules, built once per act (asked
    for every article: rebuilding them each time made the timeline quadratic)."""
    found = _table(act)
    return found[1], found[2]


def _table(act: AmendingAct) -> tuple[AmendingAct, list[str], list[EntryIntoForce],
                                      dict[str, frozenset[str | None]]]:
    found = _TABLES.get(id(act))
    if found is None or found[0] is not act:
        if len(_TABLES) > 64:
            _TABLES.clear()
        rules = [r for a in act.articles for r in a.entry_into_force if r.target_act is None]
        points = {a.number: frozenset(_point(o.source.point) for o in a.operations)
                  for a in act.articles}
        found = (act, [a.number for a in act.articles], rules, points)
        _TABLES[id(act)] = found
    return found


def _point(label: str | None) -> str | None:
    return None if label is None else "".join(label.split()).casefold()


def named_points(provisions: Sequence[str], article: str) -> set[str]:
    """The points of ``article`` that ``provisions`` name on their own ("45, 3°" → {"3°"}):
    a rule for a part of the article, not for the whole of it."""
    points = set()
    for provision in provisions:
        number, comma, rest = provision.partition(",")
        if comma and rest.strip() and _same(number, article):
            points.add("".join(rest.split()).casefold())
    return points


def _rule_for(act: AmendingAct, article: str) -> EntryIntoForce | tuple[str, ...] | None:
    """The act's own rule for one of its articles (specific beats whole-act; first wins);
    the points a rule of their own dates when the article's other points have another date
    (the timeline dates whole articles: mode 'split')."""
    _, numbers, rules, points = _table(act)
    for rule in rules:
        if rule.provisions and covers(rule.provisions, article, numbers):
            return rule
    for rule in rules:
        named = named_points(rule.provisions, article) if rule.provisions else set()
        if not named:
            continue
        written = points.get(article, frozenset())
        if written and written <= named:  # every operation of the article is of its points
            return rule
        if written & named:  # some points have their own date, the others another one
            return tuple(sorted(p for p in named if p in written))
    for rule in rules:
        if not rule.provisions and not covers(rule.except_provisions, article, numbers):
            return rule
    return None


def _computed(rule: EntryIntoForce, publication: dt.date | None) -> dt.date | None:
    """The rule's date, computed from the publication when the rule gives none."""
    if rule.date is not None or publication is None:
        return rule.date
    if rule.mode == "publication":
        return publication
    if rule.mode == "days_after":
        return publication + dt.timedelta(days=rule.days or 10)
    if rule.mode == "months_after" and rule.days:  # the same day so many months on
        from .parsing.autonomous import add_months

        return add_months(publication, rule.days)
    if rule.mode == "month_after" and rule.days == 0:  # the first day of the next quarter
        quarter = (publication.month - 1) // 3 + 1
        return dt.date(publication.year + (quarter == 4), quarter * 3 % 12 + 1, 1)
    if rule.mode == "month_after":
        months = publication.month + (rule.days if rule.days is not None else 1)
        return dt.date(publication.year + (months - 1) // 12, (months - 1) % 12 + 1, 1)
    return None


def _fixing(act: AmendingAct, article: str, chain: Sequence[AmendingAct]) -> tuple[
        dt.date, str] | None:
    """A date another act of the chain fixes for this article, and that act's id."""
    numbers = _tables(act)[0]
    for other in chain:
        if other.act == act.act:
            continue
        for amending in other.articles:
            for rule in amending.entry_into_force:
                if rule.target_act is None or rule.date is None:
                    continue
                if not refers_to(rule.target_act, act.act):
                    continue
                if not _designated(rule.target_act, act, chain, other):
                    continue
                if not rule.provisions or covers(rule.provisions, article, numbers):
                    return rule.date, other.act.justel_id
    return None


def _designated(ref: ActRef, act: AmendingAct, chain: Sequence[AmendingAct],
                fixing: AmendingAct) -> bool:
    """Whether ``ref`` (which :func:`refers_to` ``act``) designates ``act`` rather than
    another act of the chain of the same type family and date (the loi-programme (I) and (II)
    of one day): the words of its title ("(II)") decide; when they do not, the date it fixes
    would go to either — refused (A011), never given to one of them by chance."""
    rivals = [other for other in chain if other.act != act.act and other is not fixing and
              refers_to(ref, other.act)]
    if not rivals:
        return True
    words = " ".join((ref.title or "").split()).casefold()
    named = [a for a in (act, *rivals)
             if words and words in " ".join(a.act.title.split()).casefold()]
    if len(named) == 1:
        return named[0] is act
    raise SameIdentity(
        f"{fixing.act.justel_id} fixes the date of {ref.describe()}, and the chain has "
        f"{len(rivals) + 1} acts of that type and date ({act.act.justel_id} "
        f"\"{act.act.title}\", " + ", ".join(
            f"{r.act.justel_id} \"{r.act.title}\"" for r in rivals) +
        "): its words do not tell which one; give the acts apart (their titles: "
        "\"loi-programme (II) du …\") or only the one it fixes")


def provision_time(act: AmendingAct, article: str,
                   chain: Sequence[AmendingAct] = ()) -> ProvisionTime:
    """When ``article`` of ``act`` takes effect, other acts of ``chain`` fixing dates counted."""
    ident = sys.intern(act.act.justel_id)  # one string for the act's many provisions
    fixed = _fixing(act, article, chain)
    rule = _rule_for(act, article)
    if isinstance(rule, tuple):
        return ProvisionTime(ident, article, None, "split", points=rule)
    unread = unread_in_force(act)
    if unread is not None and fixed is None and (rule is None or not rule.provisions):
        # the refused article may name this one (a rule naming it beats the whole act's):
        # neither the default rule nor a whole-act rule is known to be its date
        return ProvisionTime(ident, article, act.act.date, "unknown", unread=unread)
    if rule is None:
        if fixed is not None:
            return ProvisionTime(ident, article, fixed[0], "fixed_by_king", fixed[1])
        if act.act.publication is not None:
            return ProvisionTime(ident, article, act.act.publication + dt.timedelta(days=10),
                                 "default")
        return ProvisionTime(ident, article, act.act.date, "unknown")
    date = _computed(rule, act.act.publication)
    if date is not None and rule.king_may_advance and fixed is not None and fixed[0] < date:
        # "Le Roi peut fixer … une date d'entrée en vigueur antérieure": the arrêté of the
        # chain that does so dates it (it was ignored: the act's later date, silently)
        return ProvisionTime(ident, article, fixed[0], "fixed_by_king", fixed[1])
    if date is None and rule.mode == "fixed_by_king":
        if fixed is not None:
            return ProvisionTime(ident, article, fixed[0], rule.mode, fixed[1], rule.deadline,
                                 rule.authority, until=rule.until)
        return ProvisionTime(ident, article, None, rule.mode, deadline=rule.deadline,
                             authority=rule.authority)
    if date is None:  # a publication-relative rule without a publication date
        return ProvisionTime(ident, article, act.act.date, "unknown")
    return ProvisionTime(ident, article, date, rule.mode, until=rule.until)


def provision_times(act: AmendingAct, chain: Sequence[AmendingAct] = ()) -> list[ProvisionTime]:
    """The time of every amending article of ``act`` that has operations, in order."""
    return [provision_time(act, a.number, chain) for a in act.articles if a.operations]


def effect_date(act: AmendingAct, chain: Sequence[AmendingAct] = ()) -> dt.date:
    """The date an act is ordered by: its earliest provision date; an act without operations
    (one that only fixes dates) or whose provisions are all pending: its whole-act date
    (:meth:`~consolidate.model.AmendingAct.in_force`: the tenth day after publication without
    a rule), else its own date."""
    dates = [t.date for t in provision_times(act, chain) if t.date is not None]
    if dates:
        return min(dates)
    return act.in_force() or act.act.date


def grouped(times: Sequence[ProvisionTime], at: dt.date | None) -> list[str]:
    """One line per run of consecutive provisions of one act in the same state on ``at``
    with the same date and mode: 'L 2024-03-25/42 art. 2 to 26 (25 provisions): not yet in
    force on …' (the report on stderr stays short for a whole act)."""
    runs: list[list[ProvisionTime]] = []
    for time in times:
        key = (time.act, time.state(at), time.date, time.mode, time.fixed_by, time.deadline)
        last = runs[-1][0] if runs else None
        if last is not None and key == (last.act, last.state(at), last.date, last.mode,
                                        last.fixed_by, last.deadline):
            runs[-1].append(time)
        else:
            runs.append([time])
    lines = []
    for run in runs:
        text = run[0].describe(at)
        if len(run) > 1:
            which = f"art. {run[0].article} and {run[1].article}" if len(run) == 2 else \
                f"art. {run[0].article} to {run[-1].article} ({len(run)} provisions)"
            text = text.replace(f"art. {run[0].article}:", f"{which}:", 1)
        lines.append(text)
    return lines
