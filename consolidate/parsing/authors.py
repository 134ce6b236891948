"""The author of an amending act: which parliament or government made it (docs/justel.md,
"Authors").

A décret's type does not tell its author, and Justel cites it by its author's kind
(``DCFL`` a Flemish décret, ``DCG`` the German-speaking Community's, ``DRW`` the Walloon
Region's, ``DCFR`` the French Community's). The act tells it in three places, each read on its
own words (:mod:`consolidate.lang.fr`, :mod:`consolidate.lang.nl`):

- the front matter's ``department`` (legalize-be's markdown of a Justel page: "Autorité
  flamande", "Communauté germanophone", "Communauté française"), the whole value a name — but
  "Région de Bruxelles-Capitale" does not tell an ordonnance's author (the Commission
  communautaire commune's are filed there too);
- the title, right after the type: "Décret de la Région wallonne relatif à …", "Decreet van de
  Vlaamse Gemeenschap houdende …" (the words after the type only: "Décret modifiant le décret
  de la Région wallonne du …" cites another act). A joint act ("Décret conjoint de la
  Communauté française et de la Région wallonne", two names) has no single author;
- the enacting formula before the first article: "Le Parlement wallon a adopté et Nous,
  Gouvernement wallon, sanctionnons ce qui suit", "Het Vlaams Parlement heeft aangenomen en
  Wij, Regering, bekrachtigen hetgeen volgt", "Wij, Regering van de Duitstalige Gemeenschap,
  bekrachtigen …".

The text of the articles is no evidence ("le Gouvernement flamand fixe …" in a Walloon décret
names another government). When nothing tells, the author is None and the act keeps its
type's kind (``DEC``): never a guess. When two places tell different authors, the author is
None too and the parser says so (warning ``P019``, naming both).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ..lang import fr, nl_words
from ..model import DECREE_TYPES, TYPE_AUTHORS

#: the types whose author is read: décrets, ordonnances, and the arrêtés of the governments
#: (their type names it: what the act says must agree)
AUTHORED_TYPES: tuple[str, ...] = (*DECREE_TYPES, "ordonnance", *TYPE_AUTHORS)
_NAMES: dict[str, str] = {**fr.AUTHOR_NAMES, **nl_words.AUTHOR_NAMES}
#: a department that does not tell the author of that type: the Moniteur files the
#: ordonnances of the Commission communautaire commune under the Brussels-Capital Region too
#: (corpus 2009031003, "Région de Bruxelles-Capitale", is the Collège réuni's: its entry into
#: force is "ARR 2009-10-22/19", an arrêté of the Collège réuni; 2019012117, amending it, is
#: filed "Commission communautaire commune")
_UNTOLD_BY_DEPARTMENT: frozenset[tuple[str, str]] = frozenset({("ordonnance", "brussels")})


@dataclass(frozen=True)
class Authorship:
    """What the act says of its author."""

    author: str | None
    """The author (``consolidate.model.Author``), None when not told, joint or contradictory."""
    conflict: str | None = None
    """Why no author was chosen though the act names some (two different ones)."""
    joint: bool = False
    """The act is a joint act of several entities (no single author, kind DEC)."""


def author_of_name(name: str) -> str | None:
    """The author a name designates ("Autorité flamande" → "flemish"), None if unknown."""
    return _NAMES.get(" ".join(name.replace("’", "'").split()).casefold())


def _grammars(language: str) -> tuple[ModuleType, ...]:
    """The lexicons whose words are looked for: French, and Dutch for a Dutch act (its front
    matter's title may be the French one; a French act does not load the Dutch grammar)."""
    if language != "nl":
        return (fr,)
    from ..lang import nl

    return (fr, nl)


def title_authors(title: str, language: str = "fr") -> tuple[list[str], bool]:
    """The authors the title names after its type, and whether it says the act is joint."""
    words = " ".join(title.split())
    for grammar in _grammars(language):
        match = grammar.TITLE_AUTHORS.match(words)
        if match is not None:
            found = [author_of_name(name.group(0))
                     for name in grammar.AUTHOR_NAME.finditer(match["authors"])]
            authors = list(dict.fromkeys(a for a in found if a is not None))
            return authors, bool(match["joint"]) or len(authors) > 1
    return [], False


def enacting_authors(preamble: str, language: str = "fr") -> list[tuple[str, str]]:
    """The (author, words) of the enacting formulas in the text before the first article."""
    out: list[tuple[str, str]] = []
    for grammar in _grammars(language):
        for match in grammar.ENACTING.finditer(preamble):
            name = match["parliament"] or match["government"]
            author = author_of_name(name)
            if author is not None:
                out.append((author, " ".join(match.group(0).split())))
    return out


def read_authorship(type_: str, title: str, department: str, preamble: str,
                    language: str = "fr") -> Authorship:
    """The act's author from its type, front matter ``department``, title and preamble (the
    words of ``language``; French ones are read in a Dutch act too)."""
    if type_ not in AUTHORED_TYPES:
        return Authorship(None)
    told: list[tuple[str, str]] = []
    if type_ in TYPE_AUTHORS:
        told.append((TYPE_AUTHORS[type_], f"its type ({type_})"))
    author = author_of_name(department) if department else None
    if author is not None and (type_, author) not in _UNTOLD_BY_DEPARTMENT:
        told.append((author, f"its front matter (department: {department!r})"))
    authors, joint = title_authors(title, language)
    if joint:
        return Authorship(None, joint=True)
    told.extend((author, "its title") for author in authors)
    told.extend((author, f"its enacting formula ({words!r})")
                for author, words in enacting_authors(preamble, language))
    distinct = list(dict.fromkeys(author for author, _ in told))
    if len(distinct) > 1:
        said = "; ".join(f"{where}: {author}" for author, where in told)
        return Authorship(None, conflict=(
            f"the act's author is told differently ({said}): none is chosen, the act keeps "
            "its type's Justel kind; check the act"))
    return Authorship(distinct[0] if distinct else None)
