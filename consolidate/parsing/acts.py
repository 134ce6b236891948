"""Citations of acts in an instruction, and the history recitals that follow designations.

Rules (each a fragment of the lexicon): a dated act ("de la loi du 16 mai 2001 portant …",
"l'arrêté du Gouvernement wallon du 4 décembre 2014 …"), an act cited by its title and its
coordination ("de la loi relative à …, coordonnée le 14 juillet 1994"), a Code by name
("du Code judiciaire"), "la même loi / le même arrêté / des mêmes lois" and "précité(e)"
(the act cited last), and history recitals (", modifié par la loi du …", ", inséré par …
et modifié par …", ", partiellement annulé par l'arrêt n° … de la Cour constitutionnelle").
Each mention is masked in the skeleton so the unit rules never read inside it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import scan
from ..lang.lexicon import DATED_CODES, Lexicon
from ..lang.scan import Scanner
from ..model import ActRef
from .skeleton import ACT_MARK, HISTORY_MARK, Skeleton

_DETERMINER = (
    # "de ladite loi du …", "dudit arrêté royal du …" (the French anaphora before a date)
    r"(?:(?:(?:de\s+|à\s+|dans\s+)?(?:ladite|ledit|lesdits|lesdites)|dudit|desdits|desdites"
    r"|audit|auxdits|auxdites"
    r"|de\s+la|de\s+l['’]|du|des|à\s+la|à\s+l['’]|au|aux|dans\s+la|dans\s+le|dans\s+l['’]"
    r"|dans\s+les|la|le|les|l['’]|van\s+de|van\s+het|in\s+de|in\s+het|van|de|het|bij\s+de"
    r"|bij\s+het|aan\s+de|aan\s+het)\s*)?"
)


class ImpossibleDate(ValueError):
    """A citation whose date does not exist ("du 31 février 2010")."""

    def __init__(self, words: str, offset: int) -> None:
        super().__init__(words)
        self.words = words
        self.offset = offset


@dataclass(frozen=True)
class ActMention:
    """An act cited at ``[start, end)`` of the instruction."""

    start: int
    end: int
    ref: ActRef
    rule: str


def read_date(lexicon: Lexicon, text: str) -> dt.date | None:
    """The first date written in ``text`` in the lexicon's language, or None (also when it
    does not exist: "31 février")."""
    match = lexicon.pattern("date").search(text)
    if match is None:
        return _republican(lexicon, text)
    return _date_of(lexicon, match)


def read_dates(lexicon: Lexicon, text: str) -> list[dt.date]:
    """Every (Gregorian) date written in ``text`` in the lexicon's language that exists."""
    found = (_date_of(lexicon, match) for match in lexicon.pattern("date").finditer(text))
    return [date for date in found if date is not None]


def _date_of(lexicon: Lexicon, match: re.Match[str]) -> dt.date | None:
    month = lexicon.month(match["month"])
    try:
        return dt.date(int(match["year"]), month or 0, int(match["day"]))
    except ValueError:
        return None


#: 1 vendémiaire of the years I–XIV of the Republican calendar (in force until 1806)
_REPUBLICAN_YEARS = {
    1: dt.date(1792, 9, 22), 2: dt.date(1793, 9, 22), 3: dt.date(1794, 9, 22),
    4: dt.date(1795, 9, 23), 5: dt.date(1796, 9, 22), 6: dt.date(1797, 9, 22),
    7: dt.date(1798, 9, 22), 8: dt.date(1799, 9, 23), 9: dt.date(1800, 9, 23),
    10: dt.date(1801, 9, 23), 11: dt.date(1802, 9, 23), 12: dt.date(1803, 9, 24),
    13: dt.date(1804, 9, 23), 14: dt.date(1805, 9, 23),
}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _republican(lexicon: Lexicon, text: str) -> dt.date | None:
    """A Republican date ("25 ventôse an XI") as a Gregorian date (16 March 1803), or None.
    Its twelve months have 30 days each, from 1 vendémiaire."""
    match = lexicon.pattern("republican_date").search(text)
    if match is None:
        return None
    month = lexicon.republican_months.get(match["month"].casefold())
    digits = [_ROMAN[char] for char in match["year"].upper()]
    year = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d
               for i, d in enumerate(digits))
    day = int(match["day"])
    if month is None or year not in _REPUBLICAN_YEARS or not 1 <= day <= 30:
        return None
    return _REPUBLICAN_YEARS[year] + dt.timedelta(days=(month - 1) * 30 + day - 1)


def _canonical_type(lexicon: Lexicon, raw: str) -> str:
    key = " ".join(raw.split()).casefold().replace("’", "'")
    compound = next((canonical for ending, canonical in lexicon.compound_types.items()
                     if key.endswith(ending) and key not in lexicon.act_types), key)
    return lexicon.act_types.get(key, lexicon.act_types.get(key.rstrip("s"), compound))


@dataclass(frozen=True)
class _ActRules:
    """The act rules of one lexicon, compiled once."""

    cited: Scanner
    titled: tuple[Scanner, ...]
    code: Scanner
    same: Scanner
    title_stop: Scanner
    title_part: Scanner
    """A comma and what begins the designation of words after a title (the lexicon's words):
    "…, les mots « … »", "…, la définition du « … »", "…, chaque fois", "…, le paragraphe
    unique"."""


def _after(lexicon: Lexicon) -> str:
    """The optional word after an act cited or designated again ("précitée", "voornoemd")."""
    return rf"(?:\s+(?:{lexicon.cited_after}))?" if lexicon.cited_after else ""


@lru_cache(maxsize=8)
def _rules(lexicon: Lexicon) -> _ActRules:
    flags = re.I | re.X
    return _ActRules(
        cited=scan.compile(lexicon.cited_act + _after(lexicon), flags),
        titled=(scan.compile(
            _DETERMINER + r"(?P<type>lois?|arrêtés?\s+royaux|arrêté\s+royal|wet(?:ten)?)\s+"
            r"(?P<title>(?:(?!Ꝗ)[^,;:])+?)\s*" + lexicon.coordinated, flags),) + ((scan.compile(
                _DETERMINER + lexicon.titled_compound + r"\s*" + lexicon.coordinated, flags),)
                if lexicon.titled_compound else ()),
        code=scan.compile(lexicon.code, flags),
        same=scan.compile(lexicon.same_act + _after(lexicon), flags),
        title_stop=scan.compile(
            # first: ", l'article 7 de …" is the next place, before "," goes on with the title
            rf"{lexicon.title_end}|,|:|;|\.(?:\s|$)|Ꝗ|\s(?:{lexicon.aux})\s|\s(?:wordt|worden)\s"
            r"|\s(?:(?:et\s+)?notamment|(?:en\s+)?inzonderheid|(?:en\s+)?met\s+name)\s"
            r"|\n"
            r"|\s(?:reste|restent|demeure|demeurent|continue|continuent|entre(?:nt)?\s+en\s+vigueur"
            r"|produit|produisent|cesse|cessent|peut|peuvent|doit|doivent|s['’]appliquen?t|blijft"
            r"|devient|deviennent|formera|formeront|wordt\s+artikel|vormt|vormen"
            r"|forment?\s+désormais"
            # "Les articles 5 à 8 de la loi du … forment le chapitre 2" (refused: articles
            # grouped into a division, instruction.KNOWN_REFUSALS); not words of the title
            r"|forment"
            r"|blijven|treedt|treden|komt|komen|vervalt|vervallen)\b"
            # "… de produits de santé telle que remplacée par l'article 14" (2019030478, art.
            # 20): a recital after the title
            r"|\s(?:tel(?:le)?s?\s+que\s+(?:remplacée?s?|modifiée?s?|insérée?s?)\s+par)\b"
            rf"|\s(?:{lexicon.wrap})"  # "… (I) dont le texte actuel formera"
            # the Dutch participle that ends the sentence after a verb-first clause: "Met
            # ingang van 1 januari 2025 wordt artikel 8 van de wet … houdende … opgeheven."
            rf"|\s(?:{lexicon.verb})\s*(?=\.(?:\s|$)|$)", re.IGNORECASE),
        title_part=scan.compile(
            # ("…, les définitions de « A » et « B » sont abrogées": ``headed_list``; "…, la
            # définition est remplacée": ``bare_headed``)
            rf",\s*(?=(?:{lexicon.every})|(?:{lexicon.word_nouns})[^,;:Ꝗ]{{0,40}}Ꝗ"
            rf"|{lexicon.headed_list}|{lexicon.bare_headed}"
            rf"|(?:{lexicon.labelled_alone})\s*{lexicon.unit_nouns}\s+(?:unique|enig)\b)",
            flags),
    )


@lru_cache(maxsize=8)
def _code_words(lexicon: Lexicon) -> re.Pattern[str]:
    """A word of each Code's name ("pénal", "gemeentewet"), as one search of the folded text:
    no Code is cited without one."""
    words = sorted({name.split()[-1].casefold() for name in lexicon.codes})
    return scan.regex("|".join(map(re.escape, words)) if words else "(?!)")


_YEAR = scan.regex(r"\d{4}")
#: after an act's date, the next place of the designation, not a title ("…, modifié par
#: l'arrêté royal du 10 octobre 2011, à l'article 5, alinéa 1er, du même arrêté royal")
_UNIT_NEXT = scan.regex(
    r"(?:à\s+l['’]\s*|au\s+|aux\s+|dans\s+l['’]\s*|dans\s+le\s+|dans\s+les\s+)"
    r"(?:articles?|§|paragraphes?|alinéas?|points?|chapitres?|sections?|titres?|livres?)\b",
    re.I)
#: a title may start with any lower-case word that does not go on with the designation
_TITLE_WORD = scan.regex(
    r"(?![a-zéèêàç]+\s+par\b)(?!(?:est|sont|il|les|le|la|l['’]|et|en|ou|tel|telle|wordt|worden"
    r"|komt|komen|dans|à|au|aux|de\s+la\s+même|du\s+même"
    r"|devient|deviennent|deviendra|deviendront|formera|formeront|dont)\b)[a-zéèêàç]")
#: the determiner just before a citation (scanned backwards from it: the citation itself is
#: found without it, which lets the regex engine skip to the act type's first letters)
_DETERMINER_BEFORE = scan.regex(  # a whole word: not the "de" of "voormelde wet"
    r"(?<![\w-])" + _DETERMINER.removesuffix("?") + r"$", re.I)


def _with_determiner(masked: str, start: int) -> int:
    """``start`` moved back over the determiner before it ("de la ", "du ", "l'")."""
    window = masked[max(0, start - 14) : start]
    found = _DETERMINER_BEFORE.search(window)
    return start - (len(window) - found.start()) if found else start


#: after a comma, what starts the next part of a designation (a recital, a unit, words, an
#: instruction) rather than going on with the act's title ("…, agent de la bactériose …")
_AFTER_TITLE = scan.regex(
    r",\s*(?=(?:y\s+)?(?:modifiée?s?|insérée?s?|remplacée?s?|abrogée?s?|rétablie?s?|complétée?s?"
    r"|introduite?s?|jointe?s?|annexée?s?"  # an annex's recital
    r"|renumérotée?s?|coordonnée?s?|confirmée?s?|partiellement|annulée?s?|tel(?:le)?s?\s+qu"
    r"|ratifiée?s?|interprétée?s?|prorogée?s?|codifiée?s?"
    # "…, (et) notamment son paragraphe 2,", "…, inzonderheid § 2,", "…, met name in § 2,": no
    # title goes on with a unit (the word is read by the designation, not lost in the title)
    r"|(?:et\s+)?notamment\b|(?:en\s+)?inzonderheid\b|(?:en\s+)?met\s+name\b"
    # ", zoals gewijzigd bij …" (a recital), ", zoals van toepassing in het Vlaamse Gewest"
    # (the Region's version: ``as_applicable``), not words of the title
    r"|zoals\s+(?:laatst(?:elijk)?\s+)?(?:gewijzigd|vervangen|ingevoegd|aangevuld|hersteld"
    r"|vernummerd|hernummerd|opgeheven|van\s+toepassing)\b"
    r"|les?\s+mots?|les\s+termes|le\s+membre|la\s+phrase|la\s+mention|il\s+est|dans"
    # "à l'article 5", "à la catégorie A", "au § 2" go on with the designation; ", aux cartes
    # d'identité et aux documents de séjour" goes on with a title (no unit before the comma)
    # (", à la prise en charge des mineurs …" goes on with the title of the loi du 8 avril
    # 1965, 2016036305 art. 66)
    # ", après les mots "…", les mots …" (2006023386, art. 110, 3°), ", intitulé "…"", ", in
    # fine,": the place of the words, not the title
    r"|(?:après|avant|entre)\s+(?:les?\b|la\b|l['’])|intitulée?s?\b|in\s+fine\b"
    # ", comportant les articles 5 à 8, est abrogé", ", dat de artikelen 5 tot 8 bevat,": the
    # articles a designated division holds (``comprising``), not the title
    r"|(?:comportant|comprenant|contenant)\s+(?:les\s+|l['’]\s*)?articles?\b"
    r"|(?:(?:dat|die)\s+(?:(?:bestaat|bestaan)\s+uit\s+)?|(?:bevattende|omvattende"
    r"|bestaande\s+uit)\s+)(?:de\s+|het\s+)?(?:artikelen|artikel)\b"
    # ", le dernier paragraphe est abrogé", ", le deuxième point", ", l'avant-dernier alinéa":
    # a unit by its rank (the title does not end on a unit noun after an ordinal)
    r"|(?:(?:les?|la|l['’])\s*)?(?:(?:deux|trois|quatre)\s+)?(?:premiers?|premières?|\w+ièmes?"
    r"|derniers?|dernières?|avant-derniers?|avant-dernières?|unique)\s+(?:phrases?|alinéas?|tirets?|paragraphes?|points?"
    r"|litteras?)\b"
    r"|à\s+l['’]|à\s+la\s+(?:catégorie|classe|phrase|définition|ligne|colonne|rubrique"
    r"|place|première|deuxième|troisième|quatrième|cinquième|dernière|avant-dernière)\b"
    r"|(?:au|aux)\s+(?=[^,]*?(?:\d|§|°|\b(?:[a-z]|[ivx]{2,4})\)|\b(?:alinéa|article|phrase"
    r"|point|tiret|intitulé|chapitre|section|titre|livre|partie|texte|version)s?\b))"
    # ", en ce qui concerne le texte néerlandais" (not ", en ce qui concerne la cour d'appel
    # de Gand", a part of the title)
    # ", en ce qu'il concerne les notaires, est abrogé", ", wat de notarissen betreft,", ",
    # voor zover het … betreft": a partial change by subject (refused, instruction.
    # KNOWN_REFUSALS), not words of the title (the whole article was repealed)
    r"|en\s+(?:ce|tant)\s+qu['’](?:il|elle)s?\s|(?:voor\s+)?wat\s+[^,;:]{1,80}?\s+betreft\b"
    r"|in\s+zoverre\b|voor\s*zover\b"
    r"|en\s+ce\s+qui\s+concerne\s+(?:le\s+texte|la\s+version)|est\s|sont\s|ci-après|l['’]alinéa|le\s+\d|le\s+§|§|alinéa"
    # "A l'article 5 de la loi du …, entre les alinéas 1er et 2, il est inséré …": the place
    r"|(?:entre|après|avant)\s+(?:les?\s+|la\s+|l['’]\s*)?(?:alinéas?|§|paragraphes?|points?"
    r"|phrases?|tirets?|articles?|mots?|\d)"
    # "Dans le titre III de la loi du … relative à …, le chapitre III, dont le texte actuel …":
    # a division with a Roman number (an arabic one is read below)
    r"|(?:le|la|les)\s+(?:chapitres?|sections?|sous-sections?|sous-titres?|titres?|livres?"
    r"|parties?)\s+"
    r"(?-i:[IVXLC]+\b)"
    r"|articles?\s|sections?\s|chapitres?\s|titres?\s\w|la\s+(?:première|deuxième|dernière)"
    r"|les\s+modifications|sont\s|Ꝗ|Ꜳ|Ꜩ|gewijzigd|ingevoegd|vervangen|worden|wordt|in\s|de\s+woorden"
    r"|het\s+woord|vernummerd|hersteld|opgeheven|laatst|bekrachtigd|bevestigd|uitgelegd"
    # ", les ii) et iii) sont abrogés": a roman sub-item ends a title as a letter does
    r"|(?:le|la|les|l['’]|un|une|il|ils|elle|de|het|een|er)\b[^,]*?(?:\d|Ꝗ|§|°"
    r"|\b(?:[a-z]|[ivx]{2,4})\)"
    r"|\b(?:alinéa|article"
    r"|phrase|point|tiret|mots?|intitulé|lid|artikel|zin"
    # ", les annexes Ire et VII, insérées …" (2019030478, art. 14); ", la virgule est
    # remplacée par un point" (a unit's final mark: parsing/punctuation.py)
    r"|annexe|tableau|colonne|ligne|bijlage|virgule)s?\b)))",
    re.I,
)


#: inside a title: ", § 3, de la loi du …" (what follows cites another act's units); the
#: Dutch ", § 3, van het decreet van 8 mei 2009" ("tot uitvoering van artikel 3, § 3, …":
#: the title ended at the "§", whose paragraph went to the article designated and the rest
#: of the title was read as more places, silently); another article of the same cited act
#: after "et" / "en" (", § 3, et de l'article 7 du décret du …", ", § 3, en artikel 7 van
#: het decreet van …", "de artikelen 3, § 2, en 7, § 1, van de wet van …")
_UNIT_IN_TITLE = r"(?:§\s*\d+\w*|alinéa\s+\d+\w*|\d+°|[a-z]\)|[^\W\d_]+\s+lid)"
_CITATION_IN_TITLE = scan.regex(
    rf",\s*(?:(?:de\s+l['’]|l['’])article\s+[\w/.-]+|{_UNIT_IN_TITLE})"
    rf"(?:\s*,\s*{_UNIT_IN_TITLE})*"
    r"(?:\s*,?\s+(?:et|en)\s+(?:(?:de\s+l['’]\s*|l['’]\s*)?(?:article|artikel)\s+)?\d[\w/.-]*"
    rf"(?:\s*,\s*{_UNIT_IN_TITLE})*)?"
    r"\s*,?\s+(?:(?:de\s+la|de\s+l['’]|du|des)\s*(?:lois?|arrêtés?|décrets?|ordonnances?"
    r"|Code)|van\s+(?:de|het)\s+(?:wet|wetten|decreet|ordonnantie|koninklijk\s+besluit"
    r"|ministerieel\s+besluit|besluit|programmawet|Wetboek))\b[^,]*?\d{4}", re.I)


#: a name quoted in a title, and its translation: "portant création de l'agence autonomisée
#: " Zorg en Gezondheid " (Soins et Santé)" (2016036305, art. 78)
_NAMED_IN_TITLE = scan.compile(r"Ꝗ+(?:\s*\([^()ꝖꜲꜨ]*\))?")


@lru_cache(maxsize=8)
def _quote_opens(lexicon: Lexicon) -> re.Pattern[str]:
    """What, before a quote, makes it a quote of the instruction rather than a name in the
    title before it: "les mots", "par", "entre … et", "intitulé", "rédigé comme suit"."""
    return scan.regex(rf"(?:(?:{lexicon.word_nouns})\s*|(?:{lexicon.role})"
                      rf"|{lexicon.titled}|{lexicon.introducer})$", re.I | re.X)


def _title_end(lexicon: Lexicon, masked: str, start: int) -> int:
    """Where a title that starts at ``start`` ends: at a colon, a verb, a quote, or a comma
    followed by what starts the next part of the designation (a title may hold commas). A
    quote that no word before it opens as quoted words ("les mots", "par", "et",
    "intitulé") is a name the title holds, with its translation in brackets if any: the
    title goes on after them ("portant transformation du " Vlaams Infrastructuurfonds … "
    en agence autonomisée interne", 2016036305 art. 101)."""
    found = _rules(lexicon).title_stop.search(masked, start)
    stop = found.start() if found else len(masked)
    if found is not None and found.group(0) == "Ꝗ" and masked[start:stop].strip() and \
            not _quote_opens(lexicon).search(masked[start:stop].rstrip() + " "):
        named = _NAMED_IN_TITLE.match(masked, stop)
        assert named is not None
        return _title_end(lexicon, masked, named.end())
    if found is None or found.group(0) != ",":
        return stop
    hard = scan.regex(r":|;|\.(?:\s|$)|Ꝗ|\n")
    limit = hard.search(masked, start)
    window_end = limit.start() if limit else len(masked)
    verb = _rules(lexicon).title_stop.search(masked.replace(",", " "), start, window_end)
    window_end = min(window_end, verb.start()) if verb else window_end
    part = _AFTER_TITLE.search(masked, start, window_end)
    words = _rules(lexicon).title_part.search(masked, start)  # its look-ahead sees the quote
    if words is not None and words.start() < window_end and \
            (part is None or words.start() < part.start()):
        part = words  # "…, le chiffre « 2 » est remplacé …": the words, not the title
    cited = _CITATION_IN_TITLE.match(masked, part.start()) if part else None
    while part is not None and cited is not None:
        # "portant exécution de l'article 156, § 3, de la loi du 29 avril 1996 …": the units
        # and the act are those the title cites
        part = _AFTER_TITLE.search(masked, cited.end(), window_end)
        cited = _CITATION_IN_TITLE.match(masked, part.start()) if part else None
    if part is not None:
        return part.start()
    last_comma = masked.rfind(",", start, window_end)
    return window_end if last_comma == -1 or masked[last_comma + 1:window_end].strip() else \
        last_comma


#: "Les articles 4 de l'arrêté royal du … et 5 de l'arrêté royal du … sont abrogés": the
#: plural noun and one label right before the act …
_PAIRED_BEFORE = scan.regex(r"\barticles\s+[\w/.-]+\s+(?:de\s+la|de\s+l['’]\s*|du|des)\s*$",
                            re.I)
#: … then "et 5 de …" in what would be its title: the next article and its act
_PAIRED_NEXT = scan.regex(r"\s*,?\s+et\s+\d+[\w/.-]*\s+(?=de\s+la\s|de\s+l['’]|du\s|des\s)",
                          re.I)


#: "et l'article 7 de …" in a title followed by a plural verb (the Dutch "en artikel 7 van
#: het koninklijk besluit van … worden opgeheven": article 7 was read into the title, lost)
_PLACE_IN_TITLE = scan.regex(
    r"(?:\s*,\s*|\s+et\s+)l['’]\s*article\s+\d[\w/.-]*\s+(?=de\s+la\s|de\s+l['’]|du\s|des\s)"
    r"|(?:\s*,\s*|\s+en\s+)artikel\s+\d[\w/.-]*\s+(?=van\s+(?:de|het)\s)",
    re.I)
_PLURAL_VERB = scan.regex(r"\s*(?:sont|worden)\b", re.I)


def _paired_end(masked: str, act_start: int, start: int, end: int) -> int:
    """The end of a title in "Les articles 4 de l'arrêté royal du 8 mars 1999 portant … et 5
    de l'arrêté royal du 3 mai 2000 …": before "et 5 de", which pairs the next article with
    the next act (the title swallowed them: article 5 was never read); in "L'article 5 de la
    loi du … et l'article 7 de la loi du … sont abrogés": before "et l'article 7 de", the
    plural verb saying that two places are designated (a title may cite "et l'article 211 du
    Code judiciaire": then a comma, not a verb, follows it)."""
    if _PAIRED_BEFORE.search(masked, max(0, act_start - 40), act_start):
        paired = _PAIRED_NEXT.search(masked, start, end)
        return paired.start() if paired else end
    if _PLURAL_VERB.match(masked, end):
        place = _PLACE_IN_TITLE.search(masked, start, end)
        return place.start() if place else end
    return end


def _as_applicable(lexicon: Lexicon, skeleton: Skeleton, title: str | None,
                   end: int) -> tuple[str | None, int]:
    """", zoals van toepassing in het Vlaamse Gewest" after an act's title or date (lexicon
    ``as_applicable``): the Region's version of the act, said at the end of its title (it was
    read as words of the title, or as unread words without one); the title and the end of
    the citation."""
    region = lexicon.pattern("as_applicable").match(skeleton.masked, end)
    if region is None:
        return title, end
    words = " ".join(skeleton.text[region.start("region") : region.end()].split())
    return (f"{title}, {words}" if title else words), region.end()


#: the number of one of the acts of a date: "la loi-programme (I) du 27 décembre 2006", "de
#: programmawet van 27 december 2006 (I)" (two programme laws of that date)
_ACT_NUMBER = scan.regex(r"\s*\((?P<number>(?-i:[IVX]{1,4}))\)(?![\w)])")


def _numbered(before_date: str, masked: str, title: str | None,
              end: int) -> tuple[str | None, int]:
    """The act's number in brackets, before its date or right after it (and its title): said
    at the end of its title ("(I)": it was dropped before the date, and read as an item "I)"
    of the article after it, silently); the title and the end of the citation."""
    after = _ACT_NUMBER.match(masked, end)
    before = _ACT_NUMBER.search(before_date)
    found = after or before
    if found is None or (title and title.endswith(f"({found['number']})")):
        return title, end
    number = f"({found['number']})"
    return (f"{title} {number}" if title else number), (after.end() if after else end)


def _recited_act(lexicon: Lexicon, masked: str, start: int) -> bool:
    """Whether the act cited at ``start`` is the object of a history recital ("zoals
    gewijzigd bij het decreet van …"): a Region named after it is the designated act's
    (:func:`region_after_history`), not the amending act's."""
    window = max(0, start - 80)
    return any(start - 5 <= found.end() <= start
               for found in lexicon.pattern("history").finditer(masked, window, start + 8))


def region_after_history(lexicon: Lexicon, skeleton: Skeleton,
                         ref: ActRef) -> ActRef:
    """"…, zoals gewijzigd bij het decreet van 3 mei 2020, zoals van toepassing in het Vlaamse
    Gewest,": the Region the designated act ``ref`` is cited in, after its history recital
    (masked: read); ``ref`` with it at the end of its title."""
    region = lexicon.pattern("as_applicable").search(skeleton.masked)
    if region is None:
        return ref
    words = " ".join(skeleton.text[region.start("region") : region.end()].split())
    skeleton.mask(region.start(), region.end(), " ")
    return ref.model_copy(update={"title": f"{ref.title}, {words}" if ref.title else words})


def find_acts(
    lexicon: Lexicon, skeleton: Skeleton, last: ActRef | None
) -> tuple[list[ActMention], bool]:
    """Every act cited in ``skeleton`` (masked afterwards); and whether a "même loi" had no
    act cited before it."""
    mentions: list[ActMention] = []
    orphan = False
    masked = skeleton.masked
    rules = _rules(lexicon)
    dated = _YEAR.search(masked) is not None  # a dated citation needs a year: skip the scan
    for match in rules.cited.finditer(masked) if dated else ():
        ref_type = _canonical_type(lexicon, match["type"])
        date = read_date(lexicon, match["date"])
        end = match.end()
        title = None
        rest = masked[end:]
        lead = re.match(r"\s*,?\s*", rest)
        assert lead is not None
        if not _UNIT_NEXT.match(rest, lead.end()) and (
                lexicon.pattern("title_start").match(rest, lead.end()) or (
                "," not in lead.group(0) and lexicon.title_any_word
                and _TITLE_WORD.match(rest, lead.end()))):
            title_end = _title_end(lexicon, masked, end + lead.end())
            title_end = _paired_end(masked, match.start(), end + lead.end(), title_end)
            title = " ".join(skeleton.text[end + lead.end() : title_end].split()) or None
            end = title_end
        coordinated = lexicon.pattern("coordinated").match(masked, end)
        coordination = None
        if coordinated:
            coordination = read_date(lexicon, coordinated["date"])
            end = coordinated.end()
        title, end = _numbered(masked[match.start() : match.start("date")], masked, title, end)
        if not _recited_act(lexicon, masked, match.start()):
            title, end = _as_applicable(lexicon, skeleton, title, end)
        if date is None:
            raise ImpossibleDate(match["date"], match.start("date"))
        if ref_type == "arrêté" and last is not None and last.date == date \
                and last.type != ref_type and _family(last.type) == ref_type:
            # "dudit arrêté du 4 décembre 2014", "het besluit van 19 juli 2013" after that
            # Government's arrêté of that date: that arrêté (its type is not said again)
            ref_type, title = last.type, title or last.title
        mentions.append(ActMention(_with_determiner(masked, match.start()), end, ActRef(
            type=ref_type, date=date, title=title, coordinated=coordination,
            number=match.groupdict().get("number")), "cited_act"))
    titled = (match for pattern in rules.titled for match in pattern.finditer(masked))
    for match in titled if dated else ():
        # ", gecoördineerd bij koninklijk besluit van …": the decree that coordinates is part
        # of the citation, not the act cited
        mentions = [m for m in mentions
                    if not match.end("title") <= m.start < m.end <= match.end()]
        if _overlaps(mentions, match.start(), match.end()):
            continue
        coordination = read_date(lexicon, match["date"])
        title = " ".join(skeleton.text[match.start("title") : match.end("title")].split())
        mentions.append(ActMention(match.start(), match.end(), ActRef(
            type="lois coordonnées", date=None, title=title, coordinated=coordination),
            "titled_act"))
    folded_text = masked.casefold()
    coded = _code_words(lexicon).search(folded_text) is not None
    for match in rules.code.finditer(masked) if coded else ():
        if _overlaps(mentions, match.start(), match.end()):
            continue
        name = lexicon.codes.get(" ".join(match["code"].split()).casefold().replace("’", "'"),
                                 " ".join(match["code"].split()))
        named = DATED_CODES.get(name)
        region, end = _as_applicable(lexicon, skeleton, None, match.end())
        ref = ActRef(type="code", code=name, title=region) if named is None else \
            ActRef(type=named[0], date=named[1], code=name, title=region)
        mentions.append(ActMention(_with_determiner(masked, match.start()), end, ref, "code"))
    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    # an act named inside another act's title ("… portant exécution du décret du …") is part of
    # that title, not a citation of its own
    outer: list[ActMention] = []
    for mention in mentions:
        if outer and mention.start < outer[-1].end:
            continue
        outer.append(mention)
    mentions = outer
    resolved: list[ActMention] = []
    pending = list(mentions)
    previous = last
    folded = folded_text
    same_words = not lexicon.same_words or any(word in folded for word in lexicon.same_words)
    recited: list[tuple[int, int]] | None = None  # read when a cited act is before a "même"
    for match in rules.same.finditer(masked) if same_words else ():
        while pending and pending[0].start < match.start():
            if recited is None:
                recited = _recited(lexicon, skeleton, mentions)
            if not any(start <= pending[0].start < end for start, end in recited):
                # "du même arrêté royal" is the act designated before, not the one of a
                # history recital (", modifié par l'arrêté royal du 10 octobre 2011")
                previous = pending[0].ref
            resolved.append(pending.pop(0))
        if _overlaps(mentions, match.start(), match.end()):
            continue
        if previous is None or not same_family(lexicon, match["type"], previous):
            # "du même arrêté royal" after a loi: the act meant is not the one cited last
            orphan = True
            continue
        resolved.append(ActMention(match.start(), match.end(), previous, "same_act"))
    resolved.extend(pending)
    resolved.sort(key=lambda mention: mention.start)
    for mention in resolved:
        skeleton.mask(mention.start, mention.end, ACT_MARK)
    if any(mention.start <= start < mention.end for mention in resolved
           for start, _ in skeleton.quotes):
        # a name quoted in a title is the title's, not a quote of the instruction
        skeleton.quotes = [(start, end) for start, end in skeleton.quotes
                           if not any(m.start <= start < m.end for m in resolved)]
    return resolved, orphan


def _recited(lexicon: Lexicon, skeleton: Skeleton,
             mentions: list[ActMention]) -> list[tuple[int, int]]:
    """The spans of the history recitals of ``skeleton`` once ``mentions`` are masked (on a
    copy: the skeleton itself is left as it is)."""
    scratch = Skeleton(skeleton.text, skeleton.masked, list(skeleton.quotes))
    for mention in mentions:
        scratch.mask(mention.start, mention.end, ACT_MARK)
    spans: list[tuple[int, int]] = []
    mask_history(lexicon, scratch, spans)
    return spans


def same_family(lexicon: Lexicon, noun: str, act: ActRef) -> bool:
    """Whether "le même <noun>" can mean ``act``: a loi for "la même loi" (spéciale,
    coordonnée), an arrêté for "le même arrêté (royal)", a décret, an ordonnance; "le même
    Code" / "hetzelfde Wetboek" a Code only. A Code named is a "loi" when its name says so
    ("la Nouvelle loi communale", "de Nieuwe Gemeentewet"), or when it is dated as one ("le
    Code pénal"); a noun the lexicon does not type is not checked."""
    noun = " ".join(noun.casefold().split())
    if noun in {"code", "wetboek", "codex"}:
        # "du même Code", "dudit Code" after a loi cited by its date: not a Code
        return act.code is not None
    canonical = lexicon.act_types.get(noun)
    if canonical is None:
        return True
    if act.code is not None and act.type == "code":
        # "la même loi" after "la Nouvelle loi communale" (its name says "loi"), not after "le
        # Code judiciaire" (a loi cited before it is meant)
        return _family(canonical) in act.code.casefold()
    return _family(canonical) == _family(act.type)


def _family(act_type: str) -> str:
    """"arrêté royal", "arrêté du Gouvernement flamand" → "arrêté"; "lois coordonnées",
    "loi spéciale", "loi-programme" → "loi"."""
    first = act_type.casefold().split()[0] if act_type.strip() else ""
    return first.split("-")[0].rstrip("s")


def _overlaps(mentions: list[ActMention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def read_acts(
    lexicon: Lexicon, skeleton: Skeleton, last: ActRef | None
) -> tuple[list[ActMention], list[str], bool]:
    """The acts a designation cites (not those of its history recitals), the recitals, and
    whether a "même loi" had no act before it; acts and recitals are masked."""
    acts, orphan = find_acts(lexicon, skeleton, last)
    spans: list[tuple[int, int]] = []
    recitals = mask_history(lexicon, skeleton, spans)
    designated = [act for act in acts
                  if not any(start <= act.start < end for start, end in spans)]
    return designated, recitals, orphan and not designated


def mask_history(
    lexicon: Lexicon, skeleton: Skeleton, spans: list[tuple[int, int]] | None = None
) -> list[str]:
    """Mask the history recitals (", modifié par la loi du …"); return them, folded (and
    their spans in ``spans``)."""
    recitals: list[str] = []
    start_pattern = lexicon.pattern("history")
    masked = skeleton.masked
    for became in _BECAME.finditer(masked):
        recitals.append(" ".join(skeleton.text[became.start():became.end()].strip(" ,()").split()))
        skeleton.mask(became.start(), became.end(), HISTORY_MARK)
        if spans is not None:
            spans.append((became.start(), became.end()))
    masked = skeleton.masked
    if not _recital_possible(start_pattern, masked):
        return recitals
    position = 0
    while True:
        match = start_pattern.search(masked, position)
        if match is None:
            break
        end = match.end()
        object_end = _history_object(masked, end)
        if object_end is None:
            position = match.end()
            continue
        joined_to = _JOINED_TO.match(masked, object_end)
        if joined_to is not None and re.search(r"\bjointe?s?\s", match.group(0), re.I):
            # "l'annexe VI, jointe par la même loi à la loi du 11 mars 2018" (2019030478, art.
            # 19): the act it was joined to is the recital's too
            object_end = joined_to.end()
        begin = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" ,"))
        words = " ".join(skeleton.text[begin:object_end].strip(" ,").split())
        recitals.append(re.sub(r"^(?:et|en|tel(?:le)?s?\s+que)\s+", "", words))
        skeleton.mask(begin, object_end, HISTORY_MARK)
        if spans is not None:
            spans.append((begin, object_end))
        masked = skeleton.masked
        position = object_end
    return recitals


#: ", devenu l'article 6", "(qui devient l'article 38bis)": a renumbering told as history
_BECAME = scan.compile(
    r"\(?\s*(?:qui\s+)?(?:devenue?s?|devient|deviennent|deviendra|devenant|geworden"
    r"|dat\s+artikel\s+\S+\s+wordt)"
    r"\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:article|§|paragraphe|alinéa|artikel)\s*[\w/]+"
    # the new place may name its §: ", devenu l'alinéa 1er, § 2," / ", devenu l'alinéa 2 du
    # § 2," (2006023386, art. 102, 4° and 5°): the § is the new place's, not the designation's
    r"(?:\s*,\s*§\s*[\w/]+(?=\s*,)|\s+du\s+§\s*[\w/]+)?"
    r"(?:\s+(?:par|bij)\s+Ꜳ+)?\s*\)?(?=\s*,)"
    # an item: "le 2°, devenant le 3°, est abrogé", "le b), qui devient le c)," (the new
    # label without its noun, after a relative clause only: "le 2° devient le 3°, …" is the
    # renumbering itself; parsing/became.py reads it)
    r"|\(?\s*(?:qui\s+(?:devient|deviendra)|devenant)\s+le\s+(?:\d+(?:/\d+)?°(?:[a-z]+)?"
    r"(?:/\d+)?|[a-z]\))\s*\)?(?=\s*,)"
    # "het vierde lid, dat het vijfde lid wordt,", "artikel 37ter, dat artikel 37quinquies
    # wordt,": the Dutch relative clause
    r"|\(?\s*dat\s+(?:artikel\s+[\w/]+|§\s*[\w/]+|het\s+\w+\s+(?:lid|streepje)|de\s+\w+\s+zin"
    r"|de\s+bepaling\s+onder\s+[\w/°]+)\s+wordt\s*\)?(?=\s*,)", re.I)

_ACT_OBJECT = scan.compile(
    r"\s*(?:Ꜳ+|l['’]article\s+[\w/]+(?:\s+de\s+la\s+présente\s+\w+|\s+du\s+présent\s+\w+)?"
    r"|l['’]arrêt\s+n[°o]\s*\S+(?:\s+du\s+\S+\s+\S+\s+\d{4})?\s+de\s+la\s+Cour"
    r"\s+(?:constitutionnelle|d['’]arbitrage)"
    # "annulée par l'arrêt de la Cour constitutionnelle n° 13/2017"
    r"|l['’]arrêt\s+de\s+la\s+Cour\s+(?:constitutionnelle|d['’]arbitrage)\s+n[°o]\s*[\w/-]+"
    r"(?:\s+du\s+\S+\s+\S+\s+\d{4})?|(?:het\s+)?arrest\s+nr\.\s*\S+[^,]*?Grondwettelijk\s+Hof"
    r"|(?:la|le|les|l['’]|de|het)\s*\S+(?:\s+\S+)?\s+(?:du|des|van)\s+\d)",
    re.I,
)


#: after "jointe par <act>": the act the annex was joined to ("à la loi du …", masked with
#: its determiner)
_JOINED_TO = scan.regex(r"\s+Ꜳ+")
#: the acts a recital goes on with: ", l'arrêté royal du …", "et la loi du …", "et par la loi
#: du …" ("modifié par l'arrêté royal du 3 mai 1999 et par la loi du 10 juin 2001": the second
#: act was left out of the recital); the Dutch "en door het besluit van …", "en bij de wet …"
_MORE_ACTS = scan.regex(r"(?:\s*,\s*|\s+(?:et|en)\s+)(?:par\s+|door\s+|bij\s+)?Ꜳ+")


def _recital_possible(pattern: Scanner, masked: str) -> bool:
    """Whether ``masked`` may hold a history recital: a match of the lexicon's ``history``
    (which holds one of its gate's literals, :mod:`consolidate.lang.scan`) with the act
    that :func:`_history_object` reads after it. A necessary condition, far cheaper than the
    scan (the gate's "par" passes in every "remplacés par les mots"): an act can be read
    somewhere after the first of the gate's literals."""
    literals: tuple[str, ...] | None = getattr(pattern, "literals", None)
    objects: tuple[str, ...] | None = getattr(_ACT_OBJECT, "literals", None)
    fold = scan.folded(masked) if literals else None
    if not literals or fold is None:  # no gate yet, or not exact for this text
        return True
    found = [index for index in map(fold.find, literals) if index != -1]
    if not found:
        return False
    first = min(found)
    if objects and not any(fold.find(literal, first) != -1 for literal in objects):
        return False  # no act after it (each holds one of its rule's literals)
    return _ACT_OBJECT.search(masked, first) is not None


def _history_object(masked: str, start: int) -> int | None:
    """The end of the act after "par" in a recital (a masked act, a court ruling, or a date
    citation the act rules did not read), or None."""
    match = _ACT_OBJECT.match(masked, start)
    if match is None:
        return None
    end = match.end()
    if not match.group(0).strip().startswith(ACT_MARK):
        stop = scan.regex(r",|;|:|\s(?:est|sont|wordt|worden)\s|Ꝗ")
        found = stop.search(masked, end)
        end = found.start() if found else len(masked)
    # "modifié par la loi du …, l'arrêté royal du … et la loi du …": one recital, its acts
    more = _MORE_ACTS.match(masked, end)
    while more is not None:
        end = more.end()
        more = _MORE_ACTS.match(masked, end)
    return end
