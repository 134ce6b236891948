"""Pieces of the Dutch drafter (:mod:`consolidate.drafter_nl`): dates, acts as cited, the
designation of units ("het eerste lid", "de bepaling onder 1°", "§ 2"), word phrases and
history recitals — in the Belgian Dutch of the Raad van State guide
(``../shared/design/dutch.md``), with the tables of :mod:`consolidate.lang.nl_words`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .drafter_words import DraftError, quote
from .lang import fr, nl_words, scan
from .model import ActRef, Step, Target

LANGUAGE_OF_TEXT = {"fr": "Franse", "nl": "Nederlandse", "de": "Duitse"}


def dutch_date(date: dt.date) -> str:
    """'1 januari 2024', '16 mei 2001' (no "1er" in Dutch)."""
    return f"{date.day} {nl_words.MONTHS[date.month - 1]} {date.year}"


def dutch_label(label: str) -> str:
    """An article or paragraph label in Dutch: '1er' → '1' (10bis, 71/1 unchanged)."""
    return re.sub(r"^(\d+)(?:er|re)\b", r"\1", label)


def words_phrase(text: str) -> tuple[str, bool]:
    """'het woord "X"' or 'de woorden "X"', and whether it is plural."""
    plural = len(text.split()) > 1
    return f"{'de woorden' if plural else 'het woord'} {quote(text)}", plural


def verb(plural: bool) -> str:
    """'worden' or 'wordt'."""
    return "worden" if plural else "wordt"


def dutch_type(ref: ActRef) -> str:
    """The Dutch act type of a reference ("loi" → "wet"; a Dutch type stays)."""
    if ref.type in nl_words.ACT_TYPES:
        return ref.type
    dutch = nl_words.DUTCH_TYPES.get(ref.type)
    if dutch is None:
        raise DraftError(f"no Dutch citation form for an act of type {ref.type!r}")
    return dutch


def cited_act(ref: ActRef, previous: ActRef | None) -> str:
    """'van de wet van 16 mei 2001 houdende …', 'van het Strafwetboek', or 'van dezelfde wet'
    / 'van hetzelfde besluit' when ``ref`` is the act cited by the article before."""
    if ref.code is not None and ref.date is None:
        name = nl_words.FRENCH_CODES.get(ref.code, ref.code)
        return f"van {nl_words.ARTICLE_OF_CODE.get(name, 'het')} {name}"
    kind = dutch_type(ref)
    if previous is not None and previous == ref:
        same = "dezelfde" if nl_words.ARTICLE_OF_TYPE[kind] == "de" else "hetzelfde"
        return f"van {same} {nl_words.SAME_NOUN[kind]}"
    if ref.date is None:
        raise DraftError(f"no Dutch citation form for an undated act ({ref.describe()})")
    title = f" {ref.title}" if ref.title else ""
    number = f" nr. {ref.number}" if ref.number else ""  # "van het koninklijk besluit nr. 78"
    return (f"van {nl_words.ARTICLE_OF_TYPE[kind]} {kind}{number} van {dutch_date(ref.date)}"
            f"{title}")


# --- history recitals ------------------------------------------------------------------------

_FRENCH_HISTORY = scan.regex(
    r"^(?P<verb>remplacé|modifié|inséré|abrogé|rétabli|renuméroté)e?s?\s+par\s+"
    r"(?P<acts>l(?:a|es)\s+lois?|l['’]arrêté\s+royal|les\s+arrêtés\s+royaux)\s+(?:du|des)\s+"
    r"(?P<dates>.+)$"
)
_FRENCH_DATE = scan.regex(r"(\d{1,2})(?:er)?\s+(" + "|".join(fr.MONTHS) + r")\s+(\d{4})")
_DUTCH_HISTORY = scan.regex(r"^(?:" + "|".join(nl_words.HISTORY_VERBS.values()) + r")\s")


def history(recital: str) -> str:
    """A history recital in Dutch: "remplacé par la loi du 19 juillet 2018" → "vervangen bij
    de wet van 19 juli 2018"; a Dutch recital stays; anything else is a DraftError."""
    if _DUTCH_HISTORY.match(recital):
        return recital
    match = _FRENCH_HISTORY.match(recital)
    if match is None:
        raise DraftError(f"no Dutch form for the history recital {recital!r}")
    acts = match["acts"].replace("’", "'")
    plural = acts.startswith("les")
    noun = {"l'arrêté royal": "het koninklijk besluit", "les arrêtés royaux":
            "de koninklijke besluiten"}.get(acts, "de wetten" if plural else "de wet")

    def month(found: re.Match[str]) -> str:
        return f"{int(found[1])} {nl_words.MONTHS[fr.MONTHS.index(found[2])]} {found[3]}"

    dates = _FRENCH_DATE.sub(month, match["dates"]).replace(" et ", " en ")
    return f"{nl_words.HISTORY_VERBS[match['verb']]} bij {noun} van {dates}"


# --- units -----------------------------------------------------------------------------------


def ordinal(label: str) -> str:
    """'1', '1er', '#1' → 'eerste'; '#-1' → 'laatste'."""
    text = label.removeprefix("#")
    text = re.sub(r"^(\d+)(?:er|re|e)$", r"\1", text)
    try:
        rank = int(text)
    except ValueError:
        raise DraftError(f"no Dutch ordinal for the label {label!r}") from None
    word = nl_words.ORDINAL_WORDS.get(rank)
    if word is None:
        raise DraftError(f"no Dutch ordinal for the label {label!r}")
    return word


def bare(step: Step) -> str:
    """A step as listed after the article: '§ 2', 'eerste lid', '1°', 'eerste streepje',
    'inleidende zin', 'tweede zin'."""
    if step.until is not None:
        raise DraftError("a range of units is not written by the Dutch drafter")
    if step.unit == "paragraph":
        return f"§ {dutch_label(step.label)}"
    if step.unit == "alinea":
        return f"{ordinal(step.label)} lid"
    if step.unit == "point":
        return step.label
    if step.unit == "tiret":
        return f"{ordinal(step.label)} streepje"
    if step.unit == "intro":
        return "inleidende zin"
    if step.unit == "sentence" and step.label.startswith("#"):
        return f"{ordinal(step.label)} zin"
    if step.unit == "sentence":
        return f"zin {quote(step.label)}"
    if step.unit == "heading":
        return "opschrift"
    raise DraftError(f"no Dutch designation for a {step.unit} below an article")


def named(step: Step) -> str:
    """A step with its article: 'het eerste lid', 'de bepaling onder 1°', '§ 2', 'de zin "X"'."""
    if step.unit == "paragraph":
        return bare(step)
    if step.unit == "point":
        if re.match(r"^\d+\.$", step.label):
            raise DraftError(f"an item labelled {step.label!r} cannot be designated")
        return f"de bepaling onder {step.label}"
    text = bare(step)
    return f"{'het' if step.unit in ('alinea', 'tiret', 'heading') else 'de'} {text}"


def quoted_sentence(step: Step) -> bool:
    """A sentence designated by its quoted text (it cannot sit in a list of steps)."""
    return step.unit == "sentence" and not step.label.startswith("#")


def phrase(path: Sequence[Step]) -> str:
    """A path below an article as the subject of a point: 'de bepaling onder 9°, eerste lid,
    eerste streepje'; a quoted sentence: 'de zin "X" van het eerste lid'."""
    if not path:
        raise DraftError("an empty path has no Dutch designation")
    if quoted_sentence(path[-1]):
        rest = f" van {phrase(path[:-1])}" if path[:-1] else ""
        return named(path[-1]) + rest
    return ", ".join([named(path[0]), *(bare(step) for step in path[1:])])


def listed(steps: Sequence[Step]) -> str:
    """Steps after "artikel 10": ', § 2, eerste lid, 1°' (empty for no steps)."""
    return "".join(f", {bare(step)}" for step in steps)


def chain(path: Sequence[Step]) -> str:
    """A path as the place of a narrowing, innermost first: "de inleidende zin van het eerste
    lid", "de bepaling onder 6° van het eerste lid van § 2" (each unit named, joined by "van",
    so that no bare unit stands before the verb)."""
    if not path:
        raise DraftError("an empty path has no Dutch designation")
    return " van ".join(named(step) for step in reversed(path))


def _cell(step: Step) -> str:
    """A table's step in Dutch words (for ``explain``): "tabel", "rij II.1", "vijfde kolom",
    "kolom "Juges"."""
    if step.unit == "table":
        return f"tabel {step.label}".rstrip()
    if step.unit == "row":
        return f"rij {step.label}"
    if step.label.startswith("#"):
        return f"{ordinal(step.label)} kolom"
    return f"kolom {quote(step.label)}"


def described(target: Target) -> str:
    """A target in Dutch words, for ``explain``: "de ordonnantie van 2 mei 2013, artikel 2.4.6,
    derde lid"; "het Strafwetboek, artikel 9, 4°"; "hoofdstuk II, opschrift". Raises
    :class:`DraftError` where the Dutch words are missing (the caller then says it in French)."""
    ref = target.act
    if ref.date is None and ref.code is None and ref.coordinated is not None and ref.title:
        # "de gemeentekieswet, gecoördineerd op 4 augustus 1932" (cited by title)
        name = ref.title if re.search(r"wet(?:ten)?$", ref.title) else \
            f"gecoördineerde wetten {ref.title}"
        act = f"de {name}, gecoördineerd op {dutch_date(ref.coordinated)}"
    else:
        act = cited_act(ref.model_copy(update={"title": None}), None).removeprefix("van ")
    parts = [f"{nl_words.DIVISIONS[step.unit]} {step.label}" for step in target.divisions]
    if target.annex is not None:  # "bijlage II", "de bijlage" (the act's only one)
        parts.insert(0, f"bijlage {target.annex}" if target.annex else "de bijlage")
    if target.article is not None:
        article = f"artikel {dutch_label(target.article)}"
        if target.article_until is not None:
            article = (f"artikelen {dutch_label(target.article)} tot en met "
                       f"{dutch_label(target.article_until)}")
        parts.append(article)
    for step in target.path:
        if step.unit in ("table", "row", "column"):
            parts.append(_cell(step))
        elif step.until is not None:
            ranged = step.model_copy(update={"until": None})
            last = step.model_copy(update={"label": step.until, "until": None})
            parts.append(f"{bare(ranged)} tot en met {bare(last)}")
        else:
            parts.append(bare(step))
    return ", ".join([act, *parts])
