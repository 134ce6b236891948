"""What a designation says so far: the act, divisions, articles and the paths below them.

A scope is inherited: the article's opening designation ("Dans l'article 10 de la loi du …")
gives the scope of its points; a point narrows it ("a) dans l'alinéa 2, …") or names
another article ("2° à l'article 7, …"). Lists multiply ("dans les alinéas 2 et 3": two
paths); ranges stay ranges ("les articles 5 à 8": one target with ``article_until``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from ..model import DIVISION_KINDS, ActRef, Step, Target
from ..records import replace
from ..text import parse_label
from .units import Mention


class TwoArticles(ValueError):
    """One place of a designation names two articles."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__(first, second)
        self.first = first
        self.second = second


class DivisionInArticle(ValueError):
    """A division designated inside an article ("In artikel 5 … wordt hoofdstuk II
    opgeheven"): no division is inside an article (the article itself was the target)."""

    def __init__(self, article: str, division: str) -> None:
        super().__init__(article, division)
        self.article = article
        self.division = division


@dataclass(frozen=True)
class Scope:
    """The designation in force for an instruction."""

    act: ActRef | None = None
    divisions: tuple[Step, ...] = ()
    articles: tuple[tuple[str | None, str | None], ...] = ((None, None),)
    """(article, last article of a range) per article designated."""
    paths: tuple[tuple[Step, ...], ...] = ((),)
    language: str | None = None
    history: tuple[str, ...] = ()

    annexes: tuple[str | None, ...] = (None,)
    """The annexes of the act the designation is in ("les annexes Ire et VII": two; None: the
    act's own text)."""
    previous_annex: str | None = None
    """The annex the article before designated (for "la même annexe", "cette annexe")."""
    previous_article: tuple[str | None, str | None] | None = None
    """The article (and range end) the amending article before designated last, in the act's
    own text (for "Dans le même article, …", "In hetzelfde artikel …"; an article of an annex
    is not remembered: "le même article" after it is P007)."""

    others: tuple[Scope, ...] = ()
    """Further places of one designation in other articles ("dans les articles 64, 67, et les
    articles 69 à 71"): their targets follow this scope's."""

    def targets(self) -> list[Target]:
        """One target per article and path (the act must be known), then the other places'."""
        assert self.act is not None
        own = [
            Target(act=self.act, annex=annex, article=article, article_until=until,
                   divisions=self.divisions if article is None else (), path=_cells(path))
            for annex, (article, until), path in product(self.annexes, self.articles,
                                                         self.paths)
        ]
        return own + [target for other in self.others for target in other.targets()]

    @property
    def has_article(self) -> bool:
        """Whether the scope designates an article (or several)."""
        return self.articles != ((None, None),)

    def narrowed(self, groups: list[list[Mention]]) -> Scope:
        """This scope narrowed by designation mentions (grouped outermost first)."""
        mentions = [mention for group in groups for mention in group]
        if not mentions:
            return self
        divisions: list[Step] = []
        articles: tuple[tuple[str | None, str | None], ...] | None = None
        below: list[list[Step]] = []
        itself: str | None = None
        annexes = [mention for mention in mentions if mention.unit == "annex"]
        if annexes:
            # "le chapitre II de l'annexe II", "la même annexe": the units after it are the
            # annex's (its divisions, articles, tables)
            mentions = [mention for mention in mentions if mention.unit != "annex"]
            base = replace(self, annexes=self._annexes(annexes), divisions=(),
                           articles=((None, None),), paths=((),))
            return base.narrowed([mentions]) if mentions else base
        for mention in mentions:
            if mention.unit == "article" and mention.labels == ("@same",):
                if articles is not None or self.has_article:
                    continue  # "dans le même article" inside a designated article: it
                if self.previous_article is None:
                    raise LookupError("article")
                articles = (self.previous_article,)  # the article of the article before
                below = []
                continue
            if mention.unit == "article" and articles is not None and \
                    mention.labels not in (("@self",), ("@same",)):
                # "le premier alinéa de l'article 27.1.2" inside "l'article 7, 2°": one place
                # cannot be in two articles
                raise TwoArticles(articles[0][0] or "", mention.labels[0])
            if mention.unit in DIVISION_KINDS and mention.inner and articles is not None:
                below.append(mention.steps())  # "l'article 1er, Section 11, alinéa 18"
            elif mention.unit in DIVISION_KINDS:
                divisions.extend(mention.steps()[:1])
            elif mention.labels == ("@same",):
                below.append([self.same(mention.unit)])
            elif mention.labels == ("@self",):
                if mention.unit == "article" and articles is None and self.has_article:
                    # "… en wordt het artikel aangevuld met een lid": the article itself, not
                    # the unit a clause before narrowed it to (the lid went into the 4°)
                    articles, below = self.articles, []
                elif mention.unit != "article":
                    itself = mention.unit  # "le paragraphe", "dit lid": the one designated
                continue  # "l'article", "cet article": the article already designated
            elif mention.unit == "article":
                articles = tuple(mention.items())
                below = []
            else:
                below.append(mention.steps())
        new_paths = tuple(tuple(combo) for combo in product(*below)) if below else ((),)
        if articles is not None:
            return replace(self, articles=articles, paths=new_paths,
                           divisions=tuple(divisions) or self.divisions)
        if divisions and not self.has_article:
            return replace(self, divisions=self.divisions + tuple(divisions), paths=new_paths)
        if divisions:
            # "In artikel 5 … wordt hoofdstuk II opgeheven", "Dans l'article 5, le chapitre II
            # est abrogé": the division was dropped and article 5 repealed, silently
            raise DivisionInArticle(self.articles[0][0] or "", divisions[0].describe())
        paths = tuple(_joined(_up_to(path, itself), extra) for path in self.paths
                      for extra in new_paths)
        return replace(self, paths=paths)

    def _annexes(self, mentions: list[Mention]) -> tuple[str | None, ...]:
        """The annexes named ("@same": the one designated so far, else the article's
        before)."""
        labels: list[str | None] = []
        for mention in mentions:
            for label in mention.labels:
                if label == "@same":
                    same = next((annex for annex in self.annexes if annex is not None),
                                self.previous_annex)
                    if same is None:
                        raise LookupError("annexe")
                    labels.append(same)
                elif label == "@all":
                    labels.append(None)  # "in de bijlagen bij …": among the act's annexes
                else:
                    labels.append(label)
        return tuple(labels)

    previous: tuple[Step, ...] = ()
    """The path of the instruction before (for "dans le même alinéa")."""

    def same(self, unit: str) -> Step:
        """The step of ``unit`` in the previous instruction's path ("le même alinéa")."""
        for step in reversed(self.previous):
            if step.unit == unit:
                return step
        # "… wordt in de bepaling onder 2° … vervangen … en wordt dezelfde bepaling aangevuld
        # met …": the unit the clause before designated, in the same instruction
        for step in reversed(self.paths[0] if len(self.paths) == 1 else ()):
            if step.unit == unit:
                return step
        raise LookupError(unit)

    def container(self) -> Scope:
        """The scope of a new article or division: the act (and its divisions)."""
        return replace(self, articles=((None, None),), paths=((),))


_CELL_ORDER = {"table": 0, "row": 1, "column": 2}


def _cells(path: tuple[Step, ...]) -> tuple[Step, ...]:
    """A table's steps in their order (table, row, column) wherever the designation named
    them ("dans la colonne "greffier"", then "en regard du siège d'Anvers")."""
    cells = [step for step in path if step.unit in _CELL_ORDER]
    if len(cells) < 2:
        return path
    ordered = iter(sorted(cells, key=lambda step: _CELL_ORDER[step.unit]))
    return tuple(next(ordered) if step.unit in _CELL_ORDER else step for step in path)


def _joined(path: tuple[Step, ...], extra: tuple[Step, ...]) -> tuple[Step, ...]:
    """``path`` narrowed by ``extra``; a unit of a kind the path holds already (items aside:
    they nest) takes its place: "In artikel 5, eerste lid, … wordt … vervangen … en wordt het
    tweede lid opgeheven" is article 5, alinéa 2, not alinéa 1er, alinéa 2. An item takes the
    place of the innermost item when its label has the same shape ("le 2° est complété par …
    et le 3° est abrogé": the 3° of the article, not of the 2°; "a)" after "2°" nests)."""
    if extra and extra[0].unit != "point":
        for index in range(len(path) - 1, -1, -1):
            if path[index].unit == extra[0].unit:  # the innermost one ("le 15°octies, alinéa
                return path[:index] + extra        # 6": an alinéa of the item)
    if extra and extra[0].unit == "point" and path and path[-1].unit == "point" and \
            _shape(path[-1].label) is not None and _shape(path[-1].label) == _shape(
                extra[0].label):
        return path[:-1] + extra
    return path + extra


def _up_to(path: tuple[Step, ...], unit: str | None) -> tuple[Step, ...]:
    """``path`` up to its innermost ``unit``: "(In artikel 5, § 1, wordt het eerste lid
    aangevuld …) en wordt de paragraaf aangevuld met een lid" is the § 1, not its alinéa."""
    for index in range(len(path) - 1, -1, -1):
        if path[index].unit == unit:
            return path[:index + 1]
    return path


def _shape(label: str | None) -> str | None:
    """The shape of an item's label ("degree": 2°, 2°bis; "letter": a); "paren": 1); "dot":
    1.), None when no rule reads it."""
    try:
        return parse_label(label or "").style
    except ValueError:
        return None

