"""French sentences of the act-level operations (the drafter's counterpart of
:mod:`consolidate.handlers.structure`).

:func:`draft_structure` writes the sentence a Belgian amending act uses:

- "Dans la même loi, il est inséré un article 10/1 rédigé comme suit : "Art. 10/1. …"."
  (after/before an article: "il est inséré, après l'article 10, un article 10/1 …"; in a
  division: "Dans le chapitre II de la même loi, …"; a division: "il est inséré un chapitre
  IIbis, comportant les articles 5/1 et 5/2, rédigé comme suit : …");
- "L'article 5 de la même loi est abrogé.", "Les articles 5 à 8 de la même loi sont abrogés.",
  "Le chapitre IV du livre 1er du Code pénal est abrogé.", "Dans l'article 10 de la même loi,
  les 2° à 4° sont abrogés.";
- "L'intitulé du chapitre II de la même loi est remplacé par ce qui suit : "…"."; the act's
  title: "L'intitulé de la loi du … est remplacé par ce qui suit : "…".";
- "L'article 39 de la même loi, abrogé par la loi du …, est rétabli dans la rédaction
  suivante : "Art. 39. …".";
- "L'article 5 de la même loi devient l'article 6.", "Dans l'article 19 de la même loi, le § 1er
  devient le § 2.".

The parser of these formulas is the lead's; the round trip drafter → parser is theirs to
close. Anything else raises :class:`~consolidate.drafter_words.DraftError`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .drafter_words import DraftError, agree, block, cited_act, named, of, quote
from .model import (
    DIVISION_NAMES,
    ActRef,
    InsertUnit,
    NewUnit,
    Operation,
    Renumber,
    RepealUnit,
    ReplaceUnit,
    RestoreUnit,
    Step,
    Target,
)

_FEMININE = ("part", "section", "subsection")


def _division(step: Step) -> str:
    """'le chapitre II', 'la section 2', 'le livre 1er'."""
    article = "la" if step.unit in _FEMININE else "le"
    return f"{article} {DIVISION_NAMES[step.unit]} {step.label}"


def _of_division(step: Step) -> str:
    return of(_division(step))


def _subject(target: Target, previous: ActRef | None) -> tuple[str, bool, bool]:
    """The designated unit as a subject, whether feminine and whether plural."""
    act = cited_act(target.act, previous)
    divisions = " ".join(_of_division(step) for step in reversed(target.divisions))
    where = f"{divisions} {act}".strip()
    if target.article is None:
        if not target.divisions:
            raise DraftError("a whole act is not designated this way")
        inner = target.divisions[-1]
        rest = " ".join(_of_division(s) for s in reversed(target.divisions[:-1]))
        return (f"{_division(inner)} {rest} {act}".replace("  ", " "),
                inner.unit in _FEMININE, False)
    if target.article_until is not None:
        return f"les articles {target.article} à {target.article_until} {where}", False, True
    return f"l'article {target.article} {where}", False, False


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _in(target: Target, previous: ActRef | None) -> str:
    """'Dans la même loi', 'Dans le chapitre II de la même loi', "Dans l'article 10 …"."""
    if target.article is not None:
        subject, _, _ = _subject(target, previous)
        return "Dans " + subject
    if not target.divisions:
        act = cited_act(target.act, previous)
        return "Dans " + (act[3:] if act.startswith("de ") else "le " + act[3:])
    return "Dans " + _subject(target, previous)[0]


def _listed(labels: Sequence[str]) -> str:
    """'l'article 5/1', 'les articles 5/1 et 5/2', 'les articles 5/1, 5/2 et 5/3'."""
    if len(labels) == 1:
        return f"l'article {labels[0]}"
    return "les articles " + ", ".join(labels[:-1]) + f" et {labels[-1]}"


def _held(holds: Sequence[Step]) -> list[str]:
    """The articles of ``InsertUnit.holds`` as the formula names them ("142 à 145")."""
    return [step.label + (f" à {step.until}" if step.until else "") for step in holds]


def _announce(units: Sequence[NewUnit], holds: Sequence[Step] = ()) -> tuple[str, bool]:
    kinds = {unit.kind for unit in units}
    if len(kinds) != 1:
        raise DraftError("cannot announce units of different kinds at once")
    kind = kinds.pop()
    labels = [unit.label or "" for unit in units]
    if kind == "article":
        if len(units) == 1:
            return f"un article {labels[0]}", False
        return "les articles " + ", ".join(labels[:-1]) + f" et {labels[-1]}", True
    if kind in DIVISION_NAMES and len(units) == 1:
        name = DIVISION_NAMES[kind]
        articles = [c.label or "" for c in units[0].children if c.kind == "article"]
        word = "une" if kind in _FEMININE else "un"
        text = f"{word} {name} {labels[0]}"
        # the articles it holds: quoted in it, or the base's (``holds``: "comportant les
        # articles 13/1, 13/1/1 et 13/1/2", docs/apply.md)
        articles = articles or _held(holds)
        if articles:
            listed = _listed(articles)
            if holds and holds[0].until is not None and len(holds) == 1:
                listed = f"les articles {articles[0]}"
            text += f", comportant {listed},"
        return text, False
    raise DraftError(f"cannot announce new {kind}s at the level of the act")


def _lines(unit: NewUnit) -> list[str]:
    if unit.kind in DIVISION_NAMES:
        head = f"{DIVISION_NAMES[unit.kind].upper()} {unit.label}. - {unit.text}".strip()
        return [head, *(line for child in unit.children for line in _lines(child))]
    if unit.kind == "article":
        head = f"Art. {unit.label}. {unit.text}".strip()
        return [head, *(line for child in unit.children for line in _child_lines(child))]
    return _child_lines(unit)


def _child_lines(unit: NewUnit) -> list[str]:
    if unit.kind == "paragraph":
        head = f"§ {unit.label}. {unit.text}".strip()
    elif unit.kind in ("point", "tiret"):
        head = f"{'-' if unit.kind == 'tiret' else unit.label} {unit.text}".strip()
    else:
        head = unit.text
    return [head, *(line for child in unit.children for line in _child_lines(child))]


def _quoted(units: Sequence[NewUnit]) -> str:
    lines = [line for unit in units for line in _lines(unit)]
    if any('"' in line for line in lines):
        return block(units)
    return '"' + "\n\n".join(lines) + '"'


def _insert(op: InsertUnit, previous: ActRef | None) -> str:
    announced, plural = _announce(op.new, op.holds)
    where = ""
    if op.anchor is not None and op.position in ("after", "before"):
        word = "après" if op.position == "after" else "avant"
        anchor = (f"l'article {op.anchor.label}" if op.anchor.unit == "article"
                  else _division(op.anchor) if op.anchor.unit in DIVISION_NAMES
                  else named(op.anchor))
        where = f", {word} {anchor},"
    elif op.position not in ("label", "end"):
        raise DraftError(f"an insertion at the {op.position} of an act is not written")
    verb = "sont insérés" if plural else "il est inséré"
    done = agree("rédigé", feminine=op.new[0].kind in _FEMININE, plural=plural)
    body = f"{_in(op.target, previous)}, {verb}{where} {announced} {done} comme suit : "
    return body.replace(",,", ",") + _quoted(op.new) + "."


def _repeal(op: RepealUnit, previous: ActRef | None) -> str:
    path = op.target.path
    if path:
        last = path[-1]
        if len(path) != 1 or last.until is None or last.unit != "point":
            raise DraftError("only a range of items is written below an article")
        return (f"{_in(op.target.model_copy(update={'path': ()}), previous)}, les {last.label} "
                f"à {last.until} sont abrogés.")
    subject, feminine, plural = _subject(op.target, previous)
    verb = "sont" if plural else "est"
    return f"{_capital(subject)} {verb} {agree('abrogé', feminine=feminine, plural=plural)}."


def _heading(op: ReplaceUnit, previous: ActRef | None) -> str:
    target = op.target
    if [step.unit for step in target.path] != ["heading"]:
        raise DraftError("only a heading (intitulé) is written this way")
    if target.article is None and not target.divisions:
        owner = cited_act(target.act, previous)
    else:
        owner = of(_subject(target.model_copy(update={"path": ()}), previous)[0])
    text = " ".join(unit.text for unit in op.new)
    return f"L'intitulé {owner} est remplacé par ce qui suit : {quote(text)}."


def _restore(op: RestoreUnit, previous: ActRef | None) -> str:
    if op.target.path or op.target.article is None:
        raise DraftError("only a whole article is restored this way")
    subject, _, _ = _subject(op.target, previous)
    history = (", " + " et ".join(op.history) + ",") if op.history else ""
    return (f"{_capital(subject)}{history} est rétabli dans la rédaction suivante : "
            f"{_quoted(op.new)}.")


def _renumber(op: Renumber, previous: ActRef | None) -> str:
    path = op.target.path
    if not path:
        subject, _, _ = _subject(op.target, previous)
        if op.target.article is None:
            kind = op.target.divisions[-1]
            new = _division(kind.model_copy(update={"label": op.new_label}))
        else:
            new = f"l'article {op.new_label}"
        return f"{_capital(subject)} devient {new}."
    if len(path) != 1 or path[0].unit not in ("paragraph", "point"):
        raise DraftError("only an article, a division, a § or an item is renumbered")
    step = path[0]
    new = named(step.model_copy(update={"label": op.new_label}))
    inside = _in(op.target.model_copy(update={"path": ()}), previous)
    return f"{inside}, {named(step)} devient {new}."


def draft_structure(op: Operation, previous: ActRef | None = None) -> str:
    """The French sentence of an act-level operation (see the module docstring)."""
    if isinstance(op, InsertUnit):
        return _insert(op, previous)
    if isinstance(op, RepealUnit):
        return _repeal(op, previous)
    if isinstance(op, ReplaceUnit):
        return _heading(op, previous)
    if isinstance(op, RestoreUnit):
        return _restore(op, previous)
    if isinstance(op, Renumber):
        return _renumber(op, previous)
    raise DraftError(f"{op.op} is not an act-level operation")
