"""The bilingual check: do the French and the Dutch texts of one act say the same thing?

Both language versions of a Belgian federal act are authentic; each amends the text of its
own language. :func:`compare_acts` pairs the articles of the two versions (by number: "1er" is
"1") and, inside each pair, the operations (an alignment that keeps their order), then reports
every divergence of *structure* — quoted words differ by language, so they are never compared:

- ``article``: an article present on one side only;
- ``unreadable``: an article one side could not read (a :class:`~consolidate.model.Problem`
  of an act parsed with ``keep_going``): nothing of it can be compared;
- ``article_kind``: an amending article on one side, a transitional one on the other …;
- ``in_force``: the entry-into-force rules differ (mode, date, provisions);
- ``operation``: an operation present on one side only;
- ``target``: the two operations designate different acts, articles or units;
- ``op_kind``: replace_words on one side, repeal_unit on the other …;
- ``unit_count``: different numbers (or kinds, labels) of new units, items, announced counts;
- ``details``: "chaque fois" / "telkens" on one side only, another new label or anchor;
- ``language``: one side restricts the operation to the Dutch text, the other to the French.

An operation restricted to the other language's text ("dans le texte néerlandais" in the
French act: ``language == "nl"``; "in de Franse tekst" in the Dutch act: ``language ==
"fr"``) is expected on one side only: when it has no counterpart it is listed in
:attr:`Comparison.one_sided`, not as a divergence.

:func:`compare_acts` (the public ``consolidate.compare``; the module is not named
``compare`` so that the verb stays a function) returns a :class:`Comparison`;
:func:`render_text` prints it as the command does (``consolidate parse FR NL --compare``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from .bilingual_align import act_key, align, normal_label, operation_fields
from .model import ActRef, AmendingAct, AmendingArticle, EntryIntoForce, Frozen, Operation

DivergenceKind = Literal[
    "act", "article", "unreadable", "article_kind", "in_force", "operation", "target",
    "op_kind", "unit_count", "details", "language",
]
Side = Literal["fr", "nl"]


class Divergence(Frozen):
    """One difference between the French and the Dutch text of the act."""

    kind: DivergenceKind
    article: str | None = Field(description='Amending article (French number): "2".')
    point: str | None = Field(default=None, description='Point of the operation: "a)".')
    side: Side | None = Field(
        default=None, description="For something present on one side only: that side."
    )
    fr: str | None = Field(default=None, description="What the French text says.")
    nl: str | None = Field(default=None, description="What the Dutch text says.")

    def describe(self) -> str:
        """'art. 2, a): target: FR article 10, 1° / NL article 10, 2°'."""
        where = "act" if self.article is None else f"art. {self.article}"
        where += f", {self.point}" if self.point else ""
        if self.side is not None:
            other = "Dutch" if self.side == "fr" else "French"
            what = self.fr if self.side == "fr" else self.nl
            return f"{where}: {self.kind}: only in the {_name(self.side)} text ({what}); " \
                f"no counterpart in the {other} text"
        return f"{where}: {self.kind}: FR {self.fr} / NL {self.nl}"


class OneSided(Frozen):
    """An operation restricted to the other language's text, with no counterpart: expected."""

    article: str
    point: str | None = None
    side: Side = Field(description="The act it is written in.")
    language: str = Field(description='The text it amends: "nl" in the French act.')
    operation: str = Field(description="The operation, described.")


class Comparison(Frozen):
    """The result of the bilingual check of one act."""

    fr: str = Field(description="The French act: its type and date.")
    nl: str = Field(description="The Dutch act: its type and date.")
    articles_paired: int = 0
    operations_paired: int = 0
    operations_fr: int = 0
    operations_nl: int = 0
    divergences: tuple[Divergence, ...] = ()
    one_sided: tuple[OneSided, ...] = Field(
        default=(), description="Operations expected on one side only (language restricted)."
    )

    @property
    def clean(self) -> bool:
        """No divergence (one-sided language restricted operations are expected)."""
        return not self.divergences


def _name(side: Side) -> str:
    return "French" if side == "fr" else "Dutch"


def _act_name(act: AmendingAct) -> str:
    return f"{act.act.type} {act.act.date.isoformat()}"


def compare_acts(act_fr: AmendingAct, act_nl: AmendingAct) -> Comparison:
    """Compare the French and the Dutch text of one act (see the module docstring)."""
    divergences: list[Divergence] = []
    one_sided: list[OneSided] = []
    fr_identity, nl_identity = _identity(act_fr), _identity(act_nl)
    if fr_identity != nl_identity:
        divergences.append(Divergence(kind="act", article=None, fr=fr_identity, nl=nl_identity))
    french = {normal_label(a.number): a for a in act_fr.articles}
    dutch = {normal_label(a.number): a for a in act_nl.articles}
    unreadable = {"fr": _problems(act_fr), "nl": _problems(act_nl)}
    paired = 0
    operations = 0
    for key in _ordered_keys([*french, *unreadable["fr"]], [*dutch, *unreadable["nl"]]):
        if key in unreadable["fr"] or key in unreadable["nl"]:
            divergences.append(_unreadable(key, unreadable["fr"].get(key),
                                           unreadable["nl"].get(key)))
            continue
        fr_article, nl_article = french.get(key), dutch.get(key)
        if fr_article is None or nl_article is None:
            divergences.append(_missing_article(fr_article, nl_article))
            continue
        paired += 1
        divergences.extend(_compare_articles(fr_article, nl_article))
        found, lonely, count = _compare_operations(fr_article, nl_article)
        divergences.extend(found)
        one_sided.extend(lonely)
        operations += count
    return Comparison(
        fr=_act_name(act_fr), nl=_act_name(act_nl), articles_paired=paired,
        operations_paired=operations, operations_fr=len(act_fr.operations()),
        operations_nl=len(act_nl.operations()), divergences=tuple(divergences),
        one_sided=tuple(one_sided),
    )


def _identity(act: AmendingAct) -> str:
    """'loi 2024-03-25' — the act's family (a Dutch type mapped) and date."""
    return act_key(ActRef(type=act.act.type, date=act.act.date))


def _ordered_keys(first: Sequence[str], second: Sequence[str]) -> list[str]:
    keys = list(dict.fromkeys(first))
    seen = set(keys)
    for key in second:
        if key not in seen:
            keys.append(key)
            seen.add(key)
    return keys


def _problems(act: AmendingAct) -> dict[str, str]:
    """'error[P001]: …' of each unreadable article, by normalised number."""
    return {normal_label(p.article): f"{p.severity}[{p.code}]: {p.message}"
            for p in act.problems if p.article is not None and p.severity == "error"}


def _unreadable(key: str, fr: str | None, nl: str | None) -> Divergence:
    return Divergence(kind="unreadable", article=key, fr=fr or "read", nl=nl or "read")


def _missing_article(fr: AmendingArticle | None, nl: AmendingArticle | None) -> Divergence:
    present = fr if fr is not None else nl
    assert present is not None
    side: Side = "fr" if fr is not None else "nl"
    what = f"{present.kind.replace('_', ' ')} article, {len(present.operations)} operation(s)"
    return Divergence(kind="article", article=present.number, side=side,
                      **{side: what})


def _compare_articles(fr: AmendingArticle, nl: AmendingArticle) -> list[Divergence]:
    out: list[Divergence] = []
    if fr.kind != nl.kind:
        out.append(Divergence(kind="article_kind", article=fr.number, fr=fr.kind, nl=nl.kind))
    rules_fr = [_rule(rule) for rule in fr.entry_into_force]
    rules_nl = [_rule(rule) for rule in nl.entry_into_force]
    if rules_fr != rules_nl:
        out.append(Divergence(kind="in_force", article=fr.number, fr="; ".join(rules_fr) or "-",
                              nl="; ".join(rules_nl) or "-"))
    return out


def _rule(rule: EntryIntoForce) -> str:
    parts = [rule.mode, rule.date.isoformat() if rule.date else "pending"]
    if rule.days is not None:
        parts.append(f"{rule.days} days")
    if rule.provisions:
        parts.append("articles " + ", ".join(normal_label(p) for p in rule.provisions))
    if rule.except_provisions:
        parts.append("except " + ", ".join(normal_label(p) for p in rule.except_provisions))
    if rule.king_may_advance:
        parts.append("King may advance")
    return " ".join(parts)


def _restricted(op: Operation, side: Side) -> bool:
    """An operation on the other language's text (expected on one side only)."""
    return op.language is not None and op.language != side


def _compare_operations(
    fr: AmendingArticle, nl: AmendingArticle
) -> tuple[list[Divergence], list[OneSided], int]:
    pairs = align(fr.operations, nl.operations,
                  lambda op: _restricted(op, "fr"), lambda op: _restricted(op, "nl"))
    divergences: list[Divergence] = []
    lonely: list[OneSided] = []
    count = 0
    for fr_op, nl_op in pairs:
        if fr_op is not None and nl_op is not None:
            count += 1
            divergences.extend(_differences(fr.number, fr_op, nl_op))
            continue
        op = fr_op if fr_op is not None else nl_op
        assert op is not None
        side: Side = "fr" if fr_op is not None else "nl"
        described = operation_fields(op)["summary"]
        if _restricted(op, side):
            lonely.append(OneSided(article=fr.number, point=op.source.point, side=side,
                                   language=op.language or side, operation=described))
        else:
            divergences.append(Divergence(kind="operation", article=fr.number,
                                          point=op.source.point, side=side,
                                          **{side: described}))
    return divergences, lonely, count


def _differences(article: str, fr: Operation, nl: Operation) -> list[Divergence]:
    fields_fr, fields_nl = operation_fields(fr), operation_fields(nl)
    out: list[Divergence] = []
    point = fr.source.point or nl.source.point
    for kind in ("target", "op_kind", "unit_count", "details"):
        if fields_fr[kind] != fields_nl[kind]:
            out.append(Divergence(kind=kind, article=article, point=point,
                                  fr=fields_fr[kind], nl=fields_nl[kind]))
    if {fr.language, nl.language} == {"nl", "fr"} and fr.language == "nl":
        out.append(Divergence(kind="language", article=article, point=point,
                              fr="Dutch text only", nl="French text only"))
    return out


def render_text(comparison: Comparison, fr_name: str = "FR", nl_name: str = "NL") -> str:
    """The check as the command prints it: a summary line, then one line per finding."""
    lines = [
        f"bilingual check: {fr_name} ({comparison.fr}) / {nl_name} ({comparison.nl})",
        f"{comparison.articles_paired} articles paired; {comparison.operations_paired} "
        f"operations paired (FR {comparison.operations_fr}, NL {comparison.operations_nl})",
    ]
    for item in comparison.one_sided:
        where = f"art. {item.article}" + (f", {item.point}" if item.point else "")
        text = "Dutch" if item.language == "nl" else "French"
        lines.append(f"  expected: {where}: only in the {_name(item.side)} text, on the "
                     f"{text} text only: {item.operation}")
    for divergence in comparison.divergences:
        lines.append(f"  divergence: {divergence.describe()}")
    count = len(comparison.divergences)
    lines.append("clean: the two texts agree" if comparison.clean
                 else f"{count} divergence{'s' if count > 1 else ''}")
    return "\n".join(lines) + "\n"
