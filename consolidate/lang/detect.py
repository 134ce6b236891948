"""Which language is an amending text written in? ``detect(text) -> "fr" | "nl"``.

1. The front matter decides when it says so: ``language: nl`` (also ``fr``, ``français``,
   ``nederlands``, ``french``, ``dutch``); else a ``title-nl:`` or ``title-fr:`` key (the seed
   format's title of one language) decides.
2. Otherwise frequent function words are counted outside quotes (a French act quotes Dutch
   words in "dans le texte néerlandais" operations): "le", "les", "des", "du", "est", "sont",
   "dans" … against "het", "van", "wordt", "worden", "bij", "door" … Words both languages use
   ("de", "en") are not counted. No evidence at all: French, the default of the package.

:func:`resolve` adds the ``--lang`` option (given wins); :func:`require_readable` refuses, in
the act's own words, a language the parser has no lexicon for — never a silent misreading.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from typing import Literal

from ..errors import ParseError
from . import scan

DetectedLanguage = Literal["fr", "nl"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FRENCH_WORDS = _words(
    "le la les des du est sont dans par pour qui que une un au aux à ce cette présente "
    "présent loi arrêté alinéa mots remplacés abrogé inséré complété rédigé suit sur "
    "modifications suivantes apportées"
)
DUTCH_WORDS = _words(
    "het een van is wordt worden in op door bij voor die dat met te aan zijn deze dit wet "
    "besluit lid woorden vervangen opgeheven ingevoegd aangevuld luidende volgt volgende "
    "wijzigingen aangebracht artikel"
)
LANGUAGE_NAMES: dict[str, DetectedLanguage] = {
    "fr": "fr", "français": "fr", "francais": "fr", "french": "fr", "f": "fr",
    "nl": "nl", "nederlands": "nl", "néerlandais": "nl", "dutch": "nl", "n": "nl",
}
_FRONT_MATTER = scan.regex(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY = scan.regex(r"^(?P<key>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_QUOTED = scan.compile(r'"[^"]*"|«[^»]*»|“[^”]*”', re.DOTALL)
_WORD = scan.compile(r"[^\W\d_]+")

#: refusal messages, in the language of the text refused
UNREADABLE = {
    "nl": "deze wijzigingstekst is in het Nederlands; het Nederlandse lexicon "
          "(consolidate/lang/nl.py) is er nog niet, dus hij wordt niet gelezen (de tekst "
          "zou anders als Frans gelezen worden: artikelen zonder bewerkingen)",
}


class LanguageError(ParseError):
    """The text's language is not one the parser reads (or ``--lang`` names no language)."""

    def __init__(self, message: str, *, code: str = "P020") -> None:
        super().__init__(message, code=code)


def language_name(value: str) -> DetectedLanguage:
    """'nl', 'Nederlands', 'dutch' → 'nl'; raises :class:`LanguageError` for anything else."""
    name = LANGUAGE_NAMES.get(value.strip().strip("\"'").casefold())
    if name is None:
        raise LanguageError(f"unknown language {value!r}: expected fr or nl")
    return name


def front_matter_language(text: str) -> DetectedLanguage | None:
    """The language the front matter states (``language:``, else a ``title-xx:`` key)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None
    keys = {m["key"].casefold(): m["value"] for m in _KEY.finditer(match["body"])}
    if "language" in keys:
        return language_name(keys["language"])
    titles = [key for key in ("title-nl", "title-fr") if key in keys]
    if len(titles) == 1:
        return "nl" if titles[0] == "title-nl" else "fr"
    return None


def scores(text: str) -> dict[DetectedLanguage, int]:
    """Function words of each language counted outside quotes (front matter left out)."""
    body = _FRONT_MATTER.sub("", text, count=1)
    body = _QUOTED.sub(" ", body)
    counts: dict[DetectedLanguage, int] = {"fr": 0, "nl": 0}
    for word in _WORD.findall(body.casefold()):
        if word in FRENCH_WORDS:
            counts["fr"] += 1
        elif word in DUTCH_WORDS:
            counts["nl"] += 1
    return counts


def detect(text: str) -> DetectedLanguage:
    """The language of an amending text: front matter first, then function words."""
    stated = front_matter_language(text)
    if stated is not None:
        return stated
    counts = scores(text)
    return "nl" if counts["nl"] > counts["fr"] else "fr"


def resolve(text: str, given: str | None = None) -> DetectedLanguage:
    """``given`` (the ``--lang`` option) when set, else :func:`detect`."""
    return language_name(given) if given else detect(text)


def has_lexicon(language: str) -> bool:
    """Whether ``consolidate/lang/<language>.py`` exists (the parser's words for it)."""
    return find_spec(f"consolidate.lang.{language}") is not None


def require_readable(language: str, source: str = "<text>") -> None:
    """Refuse a text whose language has no lexicon (code P020, in that language's words)."""
    if not has_lexicon(language):
        words = UNREADABLE.get(language) or (
            f"no lexicon for the language {language!r} (consolidate/lang/{language}.py): the "
            "text is not read")
        raise LanguageError(f"{source}: {words}")
