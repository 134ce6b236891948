"""The Dutch words of Belgian amending acts: the :class:`~consolidate.lang.lexicon.Lexicon`
the grammar reads for a Dutch text (the mirror of :mod:`consolidate.lang.fr`).

Formulas: ``../shared/design/dutch.md`` (the Raad van State guide as Belgian acts use it);
word tables: :mod:`consolidate.lang.nl_words`. This module is data.
"""

from __future__ import annotations

import dataclasses
import re

from . import nl_words, scan
from .lexicon import Lexicon

APOS = r"['’]"
MONTH = "(?:" + "|".join(nl_words.MONTHS) + ")"
_DATE = rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})"
_DATE_PLAIN = rf"\d{{1,2}}\s+{MONTH}\s+\d{{4}}"
#: the place and date an act is signed, a line of its own after the last article ("Brussel,
#: 16 mei 2025.", "Gegeven te Brussel" is in the promulgation formula), and "Voor de
#: Regering:": not the last article's text (the mirror of :data:`fr.SIGNED_AT`)
SIGNED_AT = (
    rf"^[ \t]*(?:[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}},[ \t]+(?:de[ \t]+)?{_DATE_PLAIN}\.?[ \t]*$"
    r"|Voor\s+de\s+(?:Vlaamse\s+|Waalse\s+|Brusselse\s+Hoofdstedelijke\s+)?Regering\s*:)"
)
#: structural headings between articles ("HOOFDSTUK 2. - Wijziging van …", "Afdeling 1. -
#: Investeringsaftrek", "TITEL 3. - Inwerkingtreding"): dropped from the articles' text, as
#: :data:`fr.STRUCTURE_HEADING`; the label is followed by a period, a dash or the line's end,
#: so that a sentence opening a line ("Hoofdstuk 2 van hetzelfde decreet wordt opgeheven.")
#: is no heading (verbose)
STRUCTURE_HEADING = (
    r"""^[ \t]*(?:\*\*|\#+\s*)?(?:DEEL|Deel|BOEK|Boek|TITEL|Titel|HOOFDSTUK|Hoofdstuk
        |ONDERAFDELING|Onderafdeling|AFDELING|Afdeling)\s+[\w/]+(?:\.|[ \t]*[-–—]|[ \t]*$).*$"""
)
LATIN = (
    r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies"
    r"|terdecies|quaterdecies|quindecies|sexdecies|septdecies|octodecies|novodecies|vicies)"
)
_ART_LABEL = rf"(?:\d+(?::\d+)?(?:{LATIN})?(?:/\d+)*(?:{LATIN})?(?:[.-]\d+(?:/\d+)?)*(?=\W|$))"
_ROMAN = rf"(?:[IVXLC]+|\d+)(?:{LATIN})?(?:/\d+)?"
#: labels a renumbering after an insertion lists: "2", "2bis", "3°", "b)"
_AFTER_LABEL = rf"(?:\d+(?:/\d+)?°(?:{LATIN})?(?:/\d+)?|[a-z]\)|\d+(?:{LATIN})?(?:/\d+)?)"
_AFTER_LIST = rf"{_AFTER_LABEL}(?:\s*,\s*{_AFTER_LABEL})*(?:\s+en\s+{_AFTER_LABEL})?"

# --- the act's author (docs/justel.md, "Authors") -----------------------------------------------

_AUTHOR_NAME = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                        for name in sorted(nl_words.AUTHOR_NAMES, key=len, reverse=True))
#: the author right after the type in a Dutch title: "Decreet van de Vlaamse Gemeenschap
#: houdende …", "Gezamenlijk decreet van de Franse Gemeenschap en het Waals Gewest …"
TITLE_AUTHORS = scan.regex(
    rf"""^(?P<joint>gezamenlijk\s+)?(?:decreet|programmadecreet|bijzonder\s+decreet|ordonnantie)
    (?P<authors>(?:\s*(?:,|en)?\s*(?:van\s+de|van\s+het|der)\s*(?:{_AUTHOR_NAME})\b)+)""",
    re.IGNORECASE | re.VERBOSE,
)
#: one name in :data:`TITLE_AUTHORS`' ``authors`` or in an enacting formula
AUTHOR_NAME = scan.regex(rf"(?<![\w-])(?:{_AUTHOR_NAME})(?![\w-])", re.IGNORECASE)
#: the enacting formula: "Het Vlaams Parlement heeft aangenomen en Wij, Regering,
#: bekrachtigen hetgeen volgt", "Wij, Regering van de Duitstalige Gemeenschap, bekrachtigen …"
ENACTING = scan.regex(
    rf"""(?:\b(?:Het|De)\s+(?P<parliament>{_AUTHOR_NAME})\s+heeft\s+aangenomen
    |\bWij,\s+(?:Regering\s+van\s+(?:de|het)\s+)?(?P<government>{_AUTHOR_NAME})\s*,
    \s+bekrachtigen)""",
    re.IGNORECASE | re.VERBOSE,
)

_ACT_TYPES: dict[str, str] = {
    **{name.casefold(): canonical for name, canonical in nl_words.ACT_TYPES.items()},
    "wetten": "loi", "koninklijke besluiten": "arrêté royal", "decreten": "décret",
    "ordonnanties": "ordonnance", "besluit": "arrêté", "besluiten": "arrêté",
    "gecoördineerde wet": "lois coordonnées",
    # "gewijzigd bij de besluiten van de Vlaamse Regering van 3 mei 2013 en 4 juni 2015"
    **{name.casefold().replace("besluit ", "besluiten ", 1): canonical
       for name, canonical in nl_words.ACT_TYPES.items() if name.startswith("besluit van")},
}
_ACT_TYPE = (  # whole words: "Gemeentewet", "Wetboek" are no "wet"
    r"(?<![\w-])(?:bijzondere\s+wet|programmawet|gecoördineerde\s+wett?e?n?|wetten|wet"
    r"|koninklijke?\s+besluit(?:en)?|ministerieel\s+besluit|ministeriële\s+besluiten|besluitwet"
    r"|decreten|decreet|ordonnanties|ordonnantie"
    r"|besluit(?:en)?\s+van\s+de\s+(?:Vlaamse|Waalse|Brusselse\s+Hoofdstedelijke)\s+Regering"
    r"|besluit(?:en)?\s+van\s+de\s+Regering\s+van\s+de\s+Franse\s+Gemeenschap|besluiten"
    r"|besluit)"
    r"(?![\w-])"
)
_ALL_CODES = {**nl_words.CODES, **nl_words.CODE_ALIASES}
_CODES = {dutch.casefold(): french for dutch, french in _ALL_CODES.items()}
_CODE_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted(_ALL_CODES, key=len, reverse=True)
)
_UNIT_NOUNS: dict[str, str] = {
    "artikel": "article", "artikelen": "article", "paragraaf": "paragraph",
    "paragrafen": "paragraph", "§": "paragraph", "§§": "paragraph", "lid": "alinea",
    "leden": "alinea", "zin": "sentence", "zinnen": "sentence", "streepje": "tiret",
    "streepjes": "tiret", "punt": "point", "punten": "point", "bepaling": "point",
    # "littera b)", "de litterae a) en b)" (the older federal and Flemish drafting's item of a
    # point, the French "littera b)")
    "littera": "point", "litterae": "point",
    "definitie": "point", "definities": "point",
    "bepalingen": "point", "deel": "part", "delen": "part", "boek": "book", "boeken": "book",
    "titel": "title", "titels": "title", "hoofdstuk": "chapter", "hoofdstukken": "chapter",
    "afdeling": "section", "afdelingen": "section", "onderafdeling": "subsection",
    "onderafdelingen": "subsection",
}
#: the unit a finite "vervalt" repeals, with its first label ("artikel 6", "de bepalingen
#: onder 2°", "hoofdstuk II"; ``lapse``)
_LAPSED = (
    r"(?:(?:artikelen|artikel|paragrafen|paragraaf|§§?|hoofdstukken|hoofdstuk|afdelingen"
    r"|afdeling|onderafdelingen|onderafdeling|titels|titel|boeken|boek|delen|deel|bepalingen"
    r"\s+onder|bepaling\s+onder|punten|punt)\s*[\dIVXLC]"
    # "het tweede lid", "de laatste zin", "het derde streepje"
    r"|(?:" + "|".join(sorted(nl_words.ORDINALS, key=len, reverse=True))
    + r"|laatste|voorlaatste)\s+(?:leden|lid|zinnen|zin|streepjes|streepje)(?![\w-]))"
)
#: the first item of a list: "de bepaling onder 1°", "punt a)", "het eerste punt" (what
#: the inleidende zin precedes)
_FIRST_ITEM = (
    r"(?:(?:de\s+bepaling\s+onder|(?:het\s+)?punt|littera)\s+(?:1°|a\)|1\))(?![\w°])"
    r"|het\s+eerste\s+punt(?![\w-]))"
)
_PARTICIPLES = (
    r"(?:vervangen|gewijzigd|ingevoegd|opgeheven|hersteld|vernummerd|hernummerd|aangevuld"
    # "vernietigd bij (het) arrest nr. 12/2019 van het Grondwettelijk Hof" (the French "annulé
    # par l'arrêt n° …")
    r"|(?:gedeeltelijk\s+)?vernietigd"
    # "bekrachtigd bij de wet van …" (a decree confirmed: the French "confirmé par"),
    # "uitgelegd bij" ("interprété par"), "verlengd bij" ("prorogé par")
    r"|bekrachtigd|bevestigd|uitgelegd|geïnterpreteerd|verlengd)"
)
_VERBS = r"(?:vervangen|ingevoegd|toegevoegd|aangevuld|opgeheven|geschrapt|hersteld" \
    r"|opnieuw\s+opgenomen|gewijzigd|aangebracht)"  # "wordt vernummerd tot": ``become``

#: a unit a renumbering names (the old or the new one): "artikel 6", "de bepalingen onder 3°
#: en 4°", "paragraaf 4", "het derde lid"
_RENUMBERED = (
    r"(?:(?:de\s+|het\s+)?(?:artikelen|artikel|paragrafen|paragraaf|§§?|bepalingen\s+onder"
    r"|bepaling\s+onder|afdeling|onderafdeling|hoofdstuk|titel|boek|deel)\s*[\dIVXLC]"
    # the labels of a list, never a word: in "wordt de bepaling onder 2°, die de bepaling onder
    # 3° wordt, vervangen als volgt:" the "die" was read as a label, the replacement lost
    r"[\w/°]*(?:(?:\s*,\s*|\s+en\s+|\s+tot\s+(?:en\s+met\s+)?)(?:\d|[IVXLC]+(?![^\W\d_]))"
    r"[\w/°]*)*"
    # "punt 3° wordt punt 4°", "punt 3° en 4°" (the Flemish drafting; a digit after it: "het
    # punt" is also the full stop)
    r"|(?:de\s+|het\s+)?(?:punten|punt)\s*\d[\w/°]*(?:(?:\s*,\s*|\s+en\s+|\s+tot\s+"
    r"(?:en\s+met\s+)?)\d[\w/°]*)*"
    r"|(?:de|het)\s+[^\W\d_]+\s+(?:leden|lid|zinnen|zin|streepjes|streepje)"
    r"(?:\s+en\s+(?:de|het)\s+[^\W\d_]+\s+(?:lid|zin|streepje))?)"
)

LEXICON = Lexicon(
    language="nl",
    months={name: number for number, name in enumerate(nl_words.MONTHS, 1)},
    ordinals={**nl_words.ORDINALS},
    cardinals={**nl_words.NUMBER_WORDS},
    date=_DATE,
    act_types=_ACT_TYPES,
    compound_types={"decreet": "décret"},
    act_type=rf"(?P<type>{_ACT_TYPE})",
    codes=_CODES,
    # "de ordonnantie van de Nieuwe Gemeentewet" (2018012873, as published): the act that is
    # the Code, its type said before its name
    code=rf"(?:{_ACT_TYPE}\s+van\s+(?:de|het)\s+)?(?P<code>{_CODE_NAMES})",
    # "van dezelfde wet", "van de voormelde wet", "van het voornoemde besluit", "van voormeld
    # besluit" (the act designated last; the French "la même loi", "la loi précitée")
    same_act=r"(?:van\s+|in\s+|bij\s+)?(?:dezelfde|hetzelfde|(?:(?:de|het)\s+)?(?:voormelde?"
    r"|voornoemde?|voorvermelde?|vermelde|genoemde|voorgenoemde?))\s+(?P<type>" + _ACT_TYPE
    + r"|wetboek|codex|code)",
    cited_act=(
        # "het Energiedecreet van 8 mei 2009", "het Gemeentedecreet van 15 juli 2005" (the
        # Flemish decrees named by a compound; ``compound_types``)
        # "het koninklijk besluit nr. 78 van 10 november 1967" (the French "n° 78")
        rf"(?P<type>{_ACT_TYPE}|(?<![\w-])[^\W\d_]{{3,}}decreet(?![\w-]))"
        # "de programmawet (I) van 27 december 2006" (one of two acts of that date)
        r"(?:\s+(?:nr\.?|nummer)\s*(?P<number>\d+))?(?:\s*\((?-i:[IVX]{1,4})\))?\s+van\s+"
        rf"(?P<date>{_DATE_PLAIN})"
        rf"(?:\s*(?:,|en)\s*{_DATE_PLAIN})*"
        # "van de wet van 16 mei 2001 voormeld" (the French "précitée"; "voornoemd" is read by
        # acts.py); "de voormelde wet van …" is read by the glue words
        r"(?:\s+(?:voormelde?|voorvermelde?|vermelde?)(?![\w-])"
        # "van de wet van 16 mei 2001, voornoemd, worden …" (between commas)
        r"|\s*,\s*(?:voormeld|voornoemd|voorvermeld)e?(?=\s*,))?"
    ),
    # "de wet van 20 juli 1971 op de begraafplaatsen en de lijkbezorging, zoals van toepassing
    # in het Vlaamse Gewest," (a regionalised federal act: that Region's version of it)
    as_applicable=(
        r",?\s*(?P<region>zoals\s+(?:(?:deze|die|dit)\s+)?(?:van\s+toepassing|geldt|geldend)\s+"
        r"(?:is\s+)?(?:in|op|voor)\s+het\s+(?:Vlaamse|Waalse|Brussels(?:e)?\s+Hoofdstedelijk(?:e)?)"
        r"\s+Gewest)(?![\w-])"
    ),
    # "gecordineerd": the diaeresis lost in the published text (2006031068)
    coordinated=rf",?\s*geco(?:ö|o)?rdineerd\s+(?:op|bij\s+(?:het\s+)?koninklijk\s+besluit\s+van)\s+"
    rf"(?P<date>{_DATE_PLAIN})",
    # "Artikel 5 van de wet van … wordt geschorst", "… komt te luiden als volgt" (a formula
    # of the Netherlands, not of Belgium)
    unknown_predicate=(
        # the participle right after the auxiliary; not the verbs of a rule that cites an
        # article ("wordt geacht", "wordt geïnterpreteerd", "wordt gelezen als")
        r"\b(?:wordt|worden)\s+(?!geacht|geïnterpreteerd|geinterpreteerd|gelezen|gehandhaafd"
        # with a separable prefix: "wordt ingetrokken", "wordt afgeschaft", "wordt opgeschort"
        r"|gelijkgesteld|gegeven|genomen|gebracht|gedaan|gesteld)"
        # ("worden samengevoegd": the separable "samen")
        r"(?P<verb>(?:in|af|op|samen)?ge[^\W\d_]{3,}(?:d|t|en))\b"
        r"|\b(?:komt|komen)\b[^.;:]*?\b(?P<verb2>te\s+(?:luiden|vervallen))\b"
        # an amending participle that ends the sentence without its auxiliary ("Artikel 37ter
        # van het Strafwetboek opgeheven.")
        # ("Artikel 6 van de wet van … vervalt.": the unit lapses, a repeal no rule reads)
        r"|(?<!wordt\s)(?<!worden\s)\b(?P<verb3>vervangen|ingevoegd|aangevuld|opgeheven|geschrapt"
        r"|hersteld|vernummerd|vervalt|vervallen)\s*[.;]?\s*$"
        # "Artikel 6 van de wet van … vervalt op 31 december 2026" (a lapse on a date: a
        # provision of limited duration, which no rule reads; it was an autonomous rule)
        # ("… vervalt van rechtswege", "… vervalt indien …": a condition, no repeal either)
        r"|(?<![\w-])(?P<verb4>vervalt|vervallen)(?![\w-])(?=\s+[^\W\d_])"
    ),
    title_any_word=False,
    cited_after=r"voornoemde?",
    same_words=("zelfde", "meld", "noemd"),
    titled_compound=r"(?P<title>(?<![\w-])[^\W\d_]{3,}wet(?:ten)?)(?![\w-])",
    title_start=(
        r"(?:houdende|betreffende|tot|inzake|op|met|van|over|ter|ertoe|voor|strekkende"
        r"|waarbij|om)\b"
    ),
    history=(
        # "laatstelijk gewijzigd bij" (the Handleiding's word), "laatst gewijzigd bij"
        rf"(?:zoals\s+|en\s+|,\s*)?(?:laatst(?:elijk)?\s+)?{_PARTICIPLES}(?:\s+laatst(?:elijk)?)?\s+"
        r"(?:(?:bij|door)\s+(?:de\s+|het\s+)?)?(?=Ꜳ|de\s|het\s|arrest\s)"  # "bij de" may be masked
    ),
    units=_UNIT_NOUNS,
    unit_nouns=(
        r"(?P<noun>artikelen|artikel|paragrafen|paragraaf|§§?|leden|lid|zinnen|zin|streepjes"
        r"|streepje|punten|punt|litterae|littera|delen|deel|boeken|boek|titels|titel"
        r"|hoofdstukken|hoofdstuk"
        r"|onderafdelingen|onderafdeling|afdelingen|afdeling)"
    ),
    # ("de volgende definitie", "een definitie": a new item of a definitions article, the
    # French "la définition suivante"; a bare "de definitie" is no unit: P007)
    unit_ordinal_nouns=(
        r"(?P<noun>leden|lid|zinnen|zin|streepjes|streepje|paragraaf|punt|definities|definitie)"
    ),
    labelled_alone=r"(?:de\s+bepalingen?\s+onder(?:\s+het)?|in|het)",
    intro=(
        r"(?:de\s+|in\s+de\s+|van\s+de\s+)?inleidende\s+zin(?:nen)?"
        # "de tekst die aan de bepaling onder 1° voorafgaat", "de zin die de bepaling onder 1°
        # voorafgaat", "de woorden die voorafgaan aan punt a)" (the French "le texte qui
        # précède le 1°"): the words before the first item of a list, its inleidende zin;
        # before another item they are no unit (P007)
        rf"|(?<![\w-])(?:de\s+|in\s+de\s+|van\s+de\s+)(?:tekst|zin|woorden)\s*,?\s+die\s+"
        rf"(?:aan\s+)?"
        rf"{_FIRST_ITEM}\s+(?:voorafgaat|voorafgaan)(?![\w-])"
        rf"|(?<![\w-])(?:de\s+|in\s+de\s+|van\s+de\s+)(?:tekst|zin|woorden)\s*,?\s+(?:die\s+"
        rf"(?:voorafgaat|voorafgaan)\s+aan|voorafgaand\s+aan|vóór|voor)\s+{_FIRST_ITEM}"
    ),
    heading=r"(?:het\s+|van\s+het\s+|in\s+het\s+)?opschrift(?:en)?\b(?!\s*,?\s*Ꝗ)",
    connector_of=r"^\s*(?:,\s*)?(?:van\s+de|van\s+het|van)\s*$",
    list_and=r"(?:\s*,\s*|\s+en\s+|\s*,\s*en\s+)",
    range_to=r"\s+(?:tot\s+en\s+met|tot)\s+",
    indefinite=(
        r"(?P<count>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|nieuwe?"
        # "Aan artikel 5 wordt het volgende lid / de volgende zin toegevoegd:" (the Flemish
        # decrees' order: the new unit announced before the participle, its text after)
        r"|(?:(?:het|de)\s+)?volgende?)"  # also "volgend lid" (the Flemish drafting)
    ),
    word_nouns=(
        r"(?:de\s+woorden|het\s+woord|de\s+termen|de\s+term|het\s+getal|de\s+getallen"
        r"|het\s+bedrag|de\s+bedragen|de\s+datum|de\s+data|het\s+cijfer|de\s+cijfers"
        # "de zinsneden "…" en "…"", "de woordgroep", "de verwijzing "artikel 5"" (the
        # Flemish drafting's word groups)
        r"|de\s+zinsneden|de\s+zinsnede|de\s+woordgroepen|de\s+woordgroep|de\s+verwijzingen"
        r"|de\s+verwijzing|de\s+vermelding|de\s+letter|de\s+letters|het\s+teken"
        # "het leesteken "." wordt vervangen door het leesteken ";"" (the French "le signe de
        # ponctuation", 2022015455 art. 3, d))
        r"|het\s+leesteken|de\s+leestekens"
        r"|de\s+afkorting|de\s+uitdrukking|het\s+percentage|het\s+jaartal"
        # "wordt de zin "…" vervangen door de zin "…"" (the French "la phrase", "les phrases")
        r"|(?<![\w-])de\s+zinnen|(?<![\w-])de\s+zin)"  # not the end of "volgende zin"
    ),
    aux=r"(?:wordt|worden|werd|werden)",
    verbs={
        "vervang": "replace", "ingevoeg": "insert", "toegevoeg": "complete",
        "aangevul": "complete", "opgehev": "repeal", "geschrap": "repeal",
        "hersteld": "restore", "vernummer": "renumber", "gewijzig": "modify",
        # "Artikel 21 …, opgeheven bij het decreet van …, wordt opnieuw opgenomen in de
        # volgende lezing:" (the Flemish decrees' "hersteld")
        "opnieuw": "restore",
        "aangebrach": "apply_changes",
    },
    verb=rf"(?P<verb>{_VERBS})\b",
    predicate=(
        # a dot inside a Code's label ("een artikel VI.83/1", "artikel 4.3.1") is no full stop,
        # nor the colon of a label of the Wetboek van vennootschappen ("een artikel 2:143/1")
        r"(?P<aux>\b(?:wordt|worden))\s+(?:(?!\b(?:wordt|worden)\b)(?:[^.;:]|"
        r"(?<=(?-i:[\dIVXLC]))\.(?=\d)|(?<=\d):(?=\d)))*?\b"
        rf"(?P<verb>{_VERBS})\b"
    ),
    # "Artikel 5 wordt vernummerd tot artikel 6", and the Handleiding's shorter "Artikel 5
    # wordt artikel 6", "paragraaf 3 wordt paragraaf 4", "De artikelen 15 en 16 worden
    # (respectievelijk) de artikelen 16 en 17" (the French "devient"): "wordt" then the new
    # unit, and the clause ends there ("wordt artikel 6 opgeheven" is the predicate's)
    become=(
        # "hernummerd tot": Justel's word ("oud art. 5 hernummerd tot art. 6")
        # ("De artikelen 5 en 6 worden respectievelijk vernummerd tot de artikelen 6 en 7")
        r"(?P<verb>(?:wordt|worden)\s+(?:respectievelijk\s+)?(?:ver|her)nummerd\s+tot\b"
        # "Hoofdstuk 2 … vormt voortaan hoofdstuk 3" (the French "forme désormais")
        r"|(?:(?:wordt|worden)(?:\s+voortaan)?|(?:vormt|vormen)\s+voortaan)"
        rf"(?=\s+(?:respectievelijk\s+)?{_RENUMBERED}\s*(?:[.;]|$))"
        # "De artikelen 5 tot 8 van dezelfde wet vormen een hoofdstuk 2, met als opschrift …":
        # articles grouped into a new division (``instruction._grouped_into``)
        r"|vormen(?=\s+(?:het|de|een)\s+(?:nieuwe?\s+)?(?:hoofdstuk|afdeling|onderafdeling"
        r"|titel|boek|deel)\b)"
        # the inverted order after a place: "In artikel 13 … wordt de bepaling onder 2° de
        # bepaling onder 3°", "worden de bepalingen onder 2° en 3° respectievelijk de
        # bepalingen onder 3° en 4°", "wordt paragraaf 3 vernummerd tot paragraaf 4": the
        # unit renumbered is read with the verb (the designation), the new unit after it
        rf"|(?P<aux>wordt|worden)\s+(?:(?:de|het)\s+huidige\s+|huidige\s+)?{_RENUMBERED}"
        r"(?:\s+voortaan)?(?:\s+(?:respectievelijk\s+)?(?:ver|her)nummerd\s+tot\b)?"
        rf"(?=\s+(?:respectievelijk\s+)?{_RENUMBERED}"
        r"\s*(?:[.;]|$|,?\s+(?:en\s+)?(?:wordt|worden|vormt|vormen)\b))"
        # "wordt de bepaling onder 5° vernummerd tot 6°", "worden punt 4° en 5° vernummerd tot
        # 3° en 4°" (the new labels without their noun, of the same points)
        rf"|(?P<aux3>wordt|worden)\s+{_RENUMBERED}(?<=°)\s+(?:respectievelijk\s+)?"
        r"(?:ver|her)nummerd\s+tot\b"
        # ("worden de bepalingen onder 3° tot 5° vernummerd tot 2° tot 4°": a range)
        r"(?=\s+\d+°[\w/]*(?:(?:\s*,\s*|\s+en\s+|\s+tot\s+(?:en\s+met\s+)?)\d+°[\w/]*)*"
        r"\s*(?:[.;]|$|,?\s+(?:en\s+)?(?:wordt|worden)\b))"
        rf"|(?P<aux2>vormt|vormen)\s+(?:(?:de|het)\s+huidige\s+|huidige\s+)?{_RENUMBERED}"
        r"\s+voortaan"
        rf"(?=\s+(?:respectievelijk\s+)?{_RENUMBERED}"
        r"\s*(?:[.;]|$|,?\s+en\s+(?:wordt|worden)\b)))"
    ),
    # "worden de woorden "A" vervangen door de woorden "B" en de woorden "C" opgeheven" (one
    # auxiliary for two participles): "en", a subject (its determiner first) and a participle
    # with no auxiliary between them
    shared_auxiliary=(
        # (a unit without determiner too: "… vervangen door het woord "B" en paragraaf 2
        # opgeheven", whose repeal was read as a second replacement of "A" by "B" in § 2)
        r"(?:,\s*|\s*,?\s*(?<![\w-])en\s+)(?P<subject>(?=(?:de|het|in|paragraaf|§|punt"
        r"|artikel|hoofdstuk|afdeling|onderafdeling|titel|bijlage)\s)"
        # (an "en" between its quotes is the subject's: "en de woorden "C" en "D" opgeheven")
        r"(?:(?!\b(?:wordt|worden|werd|werden)\b)(?!\ben\s+(?!Ꝗ))[^.;:])+?)"
        rf"\b(?P<verb>{_VERBS})\b"
    ),
    # "… wordt opgeheven, met uitzondering van hoofdstuk IV" (the mirror of the French)
    repeal_except=r",?\s*met\s+uitzondering\s+van\b",
    # "§ 3, dat § 4 wordt,", "het tweede lid, dat het derde lid wordt,", "de bepaling onder
    # 2°, die de bepaling onder 3° wordt," (a history recital of the op: parsing/became.py)
    renumber_clause=(
        r"(?:dat|die)\s+(?:(?P<noun>artikel|§|paragraaf)\s*(?P<label>\d[\w/]*)"
        r"|(?:het|de)\s+(?P<ord>[^\W\d_]+)\s+(?P<ordnoun>lid|streepje|zin)"
        r"|(?:de\s+bepaling\s+onder\s+|punt\s+)(?P<item>\d+(?:/\d+)?°?[a-z]*(?:/\d+)?|[a-z]\)))"
        r"\s+wordt"
    ),
    # "… vervangen door de woorden "Y", behalve in het derde lid" / "uitgezonderd in § 2" /
    # "met uitzondering van de bepaling onder 3°": the words changed everywhere but in one unit
    except_place=(
        r",?\s*\b(?:behalve|uitgezonderd|met\s+uitzondering\s+van)\s+(?:in\s+)?"
        r"(?:(?:het|de)\s+(?P<ord>[^\W\d_]+)\s+(?P<ordnoun>lid)"
        r"|(?P<noun>§|paragraaf)\s*(?P<label>\d+(?:/\d+)?(?:bis|ter|quater)?)"
        r"|(?:de\s+bepaling\s+onder\s+|punt\s+)(?P<item>\d+(?:/\d+)?°(?:[a-z]+)?(?:/\d+)?"
        r"|[a-z]\)))(?=[\s.;]*$)"
    ),
    renumber_tense=r"(?:dat|die)\b.*\b(?:wordt|worden)$",
    # after an insertion's block: "… wordt een paragraaf 2 ingevoegd, luidende: "…", waarbij de
    # bestaande paragraaf 2 paragraaf 3 wordt" / "waarbij de huidige paragrafen 2 en 3 de
    # paragrafen 3 en 4 worden" / "waarbij het bestaande tweede lid het derde lid wordt" /
    # ", en de huidige paragraaf 2 wordt paragraaf 3" (groups ``noun2``, ``old2``, … )
    renumber_after=(
        r",\s*waarbij\s+(?:de|het)\s+(?:bestaande|huidige)\s+"
        rf"(?:(?:(?P<noun>§§?|paragra(?:af|fen)|bepaling(?:en)?)\s*(?:onder\s+)?)?"
        rf"(?P<old>{_AFTER_LIST})|(?P<oldord>[^\W\d_]+)\s+lid)\s+"
        rf"(?:(?:de\s+|het\s+)?(?:(?P<newnoun>§§?|paragra(?:af|fen)|bepaling(?:en)?)\s*"
        rf"(?:onder\s+)?)?(?P<new>{_AFTER_LIST})|(?:het\s+)(?P<neword>[^\W\d_]+)\s+lid)"
        r"\s+(?:wordt|worden)(?=[\s.;]*\Z)"
        # "…, en de huidige paragraaf 2 wordt paragraaf 3" (the order of a clause of its own)
        r"|(?:,\s*(?:en\s+)?|\s+en\s+)(?:de|het)\s+(?:bestaande|huidige)\s+"
        rf"(?P<noun2>§§?|paragra(?:af|fen)|bepaling(?:en)?)\s*(?:onder\s+)?(?P<old2>{_AFTER_LIST})"
        rf"\s+(?P<finite>wordt|worden)\s+(?:de\s+|het\s+)?(?:(?P<newnoun2>§§?|paragra(?:af|fen)"
        rf"|bepaling(?:en)?)\s*(?:onder\s+)?)?(?P<new2>{_AFTER_LIST})(?=[\s.;]*\Z)"
    ),
    known_refusals={
        "in_place_of": r"\bin\s+de\s+plaats\s+van\b",
        "proviso": r"\bmet\s+dien\s+verstande\s+dat\b",
        "moved": r"\b(?:wordt|worden)\s+(?:\S+\s+){0,6}?verplaatst\b",
        "grouped": r"\bhuidige\s+leden\s+\S+(?:\s+\S+){0,4}?\s+vormen\b",
        # "Artikel 5 … wordt opgeheven voor wat betreft de notarissen", "…, wat de notarissen
        # betreft, …", "…, in zoverre het de notarissen betreft, …"
        "by_subject": r"\b(?:(?:voor\s+)?wat\s+(?:[^\W\d_]+\s+){0,6}?betreft"
        r"|(?:in\s+zoverre|voor\s+zover|voorzover)\s+(?:het|zij|ze|hij)\s+(?:\S+\s+){0,6}?"
        r"(?:betreft|betreffen|beoogt|beogen|betrekking\s+(?:heeft|hebben)\s+op))\b",
        # "… vervangen door de woorden "Y", behalve in het derde lid", "uitgezonderd in de
        # bepaling onder 3°", "met uitzondering van het derde lid"
        "except_in": r",?\s*\b(?:behalve|uitgezonderd|met\s+uitzondering\s+van)\s+"
        r"(?:in\s+|van\s+)?(?:het|de|§|artikel)\b",
        # "de bepalingen onder 1° en 2° worden samengevoegd", "… worden samengevoegd tot één lid",
        # "worden het tweede en het derde lid samengevoegd"
        "merged": r"\b(?:wordt|worden)\s+(?:\S+\s+){0,12}?samengevoegd\b",
        # "De artikelen 5 tot 8 van dezelfde wet vormen een hoofdstuk 2, met als opschrift …",
        # "… worden samengebracht in een hoofdstuk 2": a new division around articles
        "into_division": r"\bartikelen\b[^.;:]{1,300}?\s(?:vormen|zullen\s+\S+\s+vormen"
        r"|worden\s+(?:samengebracht|gegroepeerd|ondergebracht|gebracht)\s+(?:in|onder))\s+"
        r"(?:voortaan\s+)?(?:(?:het|de|een)\s+)?(?:nieuwe?\s+)?(?:hoofdstuk|afdeling"
        r"|onderafdeling|titel|boek|deel)\b",
    },
    roles={"door": "by", "na": "after", "vóór": "before", "voor": "before", "tussen": "between",
           "en": "and", "met": "by"},
    role=r"(?P<role>door|na|vóór|voor|tussen|en|met)\s+$",
    titled=r"(?:met\s+als\s+opschrift|met\s+het\s+opschrift|luidend(?:e)?\s+als\s+opschrift)"
    r"\s*,?\s*$",
    every=r"(?:telkens|overal)",
    respectively=r"respectievelijk",
    # "worden de woorden "X" tweemaal vervangen door …", "twee keer": exactly two occurrences
    times=r"\b(?P<count>twee|drie|vier|vijf|zes)(?:maal|\s+keer)\b",
    language_only=(
        r"(?:in\s+|van\s+)?de\s+(?P<language>Nederlandse|Franse|Duitse)\s+tekst(?:\s+van\b)?"
    ),
    languages={"nederlandse": "nl", "franse": "fr", "duitse": "de"},
    concerns_other_text=(
        r"\(?\s*(?:betreft|geldt)\s+(?:enkel|alleen)\s+de\s+(?P<language>Nederlandse|Franse"
        r"|Duitse)\s+tekst\s*\)?"
    ),
    lead_in=(
        # "worden in de Franse tekst de volgende wijzigingen aangebracht" (the language read
        # by ``language_only`` in the header)
        # "worden volgende wijzigingen aangebracht", "wordt als volgt gewijzigd" (the Flemish
        # and Brussels drafting)
        # "worden in paragraaf 1 de volgende wijzigingen aangebracht:" (the place of the
        # points after the auxiliary, the Flemish drafting: the header's designation goes on
        # in ``place``, read by ``ArticleReader._header_scope``)
        r"(?:(?:worden|wordt)\s+(?:in\s+de\s+(?:Nederlandse|Franse|Duitse)\s+tekst\s+)?"
        r"(?P<place>in\s+(?!de\s+(?:Nederlandse|Franse|Duitse)\s+tekst\b)"
        r"(?:(?!\b(?:wordt|worden|volgende?)\b)[^:;.Ꝗ\n])+?\s+)?(?:de"
        r"\s+)?volgende\s+(?:wijzigingen|wijziging)\s+aangebracht"
        r"|wordt\s+gewijzigd\s+als\s+volgt|wordt\s+als\s+volgt\s+gewijzigd)"
    ),
    introducer=(
        # "wordt hersteld in de volgende lezing:" (the Handleiding's "als volgt" and the
        # French "dans la rédaction suivante")
        r"(?:,?\s*luidende?(?:\s+als\s+volgt)?|,?\s*dat\s+luidt\s+als\s+volgt"
        r"|,?\s*in\s+de\s+volgende\s+lezing"
        r"|,?\s*die\s+luiden\s+als\s+volgt|als\s+volgt|door\s+wat\s+volgt"
        r"|door\s+(?:de|het)\s+volgende?\s*(?:bepalingen|bepaling|leden|lid|zinnen|zin"
        r"|woorden|tekst|paragraaf|artikel|artikelen)?|met\s+(?:de|het)\s+volgende?\s*"
        r"(?:bepalingen|bepaling|leden|lid|zinnen|zin|woorden|tekst)?)\s*$"
    ),
    positions={"na": "after", "vóór": "before", "voor": "before", "tussen": "between",
               "aan het begin": "start", "aan het einde": "end", "in fine": "end"},
    # whole words: the "na" of "nationaliteit", the "voor" of "voormelde" are no place
    position=(
        r"(?<![\w-])(?P<position>na|vóór|voor|tussen|aan\s+het\s+begin\s+van"
        r"|aan\s+het\s+einde\s+van|in\s+fine\s+van"
        # "… worden in fine toegevoegd.", "… ingevoegd in fine.": the end of the unit designated
        # (the French "in fine"; before the participle it is glue: "wordt in fine aangevuld")
        r"|in\s+fine(?=\s*(?:[.;]|$)))(?![\w-])"
    ),
    container=r"(?:in|aan|het|de)\b",  # "in het eerste lid": where, not what
    # not "aan": "Aan artikel 5 van de wet van … wordt uitvoering gegeven" is a rule of the
    # act (the execution of an article), and "aan … wordt toegevoegd" is read by its verb
    place=r"in\b",
    # "Hoofdstuk 2 …, dat de artikelen 5 tot 8 bevat, wordt opgeheven", "wordt een afdeling 3
    # ingevoegd, die de artikelen 10/1 tot 10/3 bevat" (before the articles; "bevat" is glue)
    # ", dat bestaat uit artikel 10 tot en met 15," (the Flemish decrees); "een onderafdeling
    # 1, bevattende de artikelen 13/1 en 13/1/1," / "omvattende de artikelen", "bestaande uit"
    comprising=r"\b(?:(?:dat|die)\s+(?:(?:bestaat|bestaan)\s+uit\s+)?"
    r"|(?:bevattende|omvattende|bestaande\s+uit)\s+)(?:de\s+|het\s+)?$",
    article_heading=r"(?:Artikel|Art\.?)",
    block_article=rf"(?:Artikel|Art\.)\s*(?P<label>{_ART_LABEL})\s*\.",
    block_article_word=r"(?:Art\.|Artikel)",
    division_heading=(
        rf"^(?P<kind>DEEL|Deel|BOEK|Boek|TITEL|Titel|HOOFDSTUK|Hoofdstuk|AFDELING|Afdeling"
        rf"|ONDERAFDELING|Onderafdeling)\s+(?P<label>{_ROMAN})\s*\.?\s*(?:[-–—:]\s*|\.\s*)?"
    ),
    amending_hint=(
        r"\b(?:de\s+woorden|het\s+woord)\s+Ꝗ"
        r"|\b(?:wordt|worden)\b(?:[^.;:]|(?<=(?-i:[\dIVXLC]))\.(?=\d)|(?<=\d):(?=\d))*?"
        r"\b(?:vervangen|ingevoegd"
        r"|aangevuld|opgeheven|geschrapt"
        r"|hersteld|vernummerd|toegevoegd)\b"
        r"|\bvolgende\s+wijzigingen|\bluidende?\s*:"
        # "Dit besluit heft artikel 5 van het koninklijk besluit van … op": the active voice
        # of a repeal (P001, never an autonomous rule)
        r"|\b(?:Dit\s+(?:besluit|decreet)|Deze\s+(?:wet|ordonnantie))\s+heft\b"
    ),
    transitional_hint=(
        r"\b(?:bij\s+wijze\s+van\s+overgang|overgangs\w*|blijf(?:t|en)\s+(?:van\s+toepassing"
        r"|gelden|geldig)|tot\s+de\s+datum\s+van\s+inwerkingtreding|lopende)\b"
    ),
)

#: the incidental "…, bij een besluit vastgesteld na overleg in de Ministerraad, …" of the
#: King's decree fixing a date (the French "par arrêté délibéré en Conseil des ministres")
_BY_DELIBERATED_DECREE = (
    r"(?:\s*,\s*bij\s+(?:een\s+)?(?:koninklijk\s+)?besluit\s+vastgesteld\s+na\s+overleg\s+in"
    r"\s+de\s+Ministerraad\s*,)?"
)
_THIS_ACT = (
    r"(?:Deze\s+(?:wet|ordonnan?tie|programmawet|bijzondere\s+wet)|Dit\s+(?:besluit|decreet"
    r"|wetboek))"
)
AUTONOMOUS: dict[str, str] = {
    # the French "fixes_near": "De Koning bepaalt, bij een besluit vastgesteld na overleg in
    # de Ministerraad, … de datum …" in words no rule reads is P001, not autonomous
    "fixes_near": (
        r"^(?:De\s+Koning|De\s+(?:Vlaamse\s+|Waalse\s+|Brusselse\s+Hoofdstedelijke\s+)?Regering"
        r"|Het\s+(?:Verenigd\s+)?College)\s*,?\s+(?:bepaalt|stelt)\b[^.]*?\bdatum\b[^.]*?"
        r"\b(?:inwerkingtreding|in\s+werking)\b"
    ),
    # a date of effect inside an amending instruction (parsing/dated.py): "In artikel 5 …
    # worden met ingang van 1 januari 2025 de woorden "A" vervangen door …", "Met uitwerking
    # op 1 januari 2024 wordt artikel 8 … opgeheven" (``effect``: retroactive, "heeft uitwerking")
    "instruction_date": (
        r"(?:,\s*)?(?<![\w'’])(?:(?P<effect>met\s+uitwerking\s+(?:op|vanaf|met\s+ingang\s+van))"
        r"|met\s+ingang\s+van)"
        rf"\s+(?P<date>{_DATE_PLAIN})(?![\w])(?P<comma>\s*,)?"
    ),
    # "Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet."
    # also "Dit decreet regelt een gemeenschaps- en gewestaangelegenheid." (a Flemish decree),
    # "een gewestaangelegenheid", "een gemeenschapsaangelegenheid"
    "constitutional_basis": (
        rf"^{_THIS_ACT}\s+(?:regelt|betreft)\s+(?:een\s+(?:aangelegenheid|zaak)\s+(?:als\s+"
        r"|zoals\s+)?bedoeld\s+in\s+(?:artikel|de\s+artikelen)\s+[\w\s,]+?"
        r"(?:van\s+de\s+Grondwet|van\s+de\s+bijzondere\s+wet[^.]*)"
        r"|een\s+(?:gemeenschaps-\s+en\s+gewest|gewest-\s+en\s+gemeenschaps|gemeenschaps"
        r"|gewest|federale\s+)aangelegenheid)\s*\.?\s*$"
    ),
    # "De minister … is belast met de uitvoering van dit besluit."
    "execution": (
        # "De Brusselse Hoofdstedelijke Regering is belast …", "De leden van de Brusselse
        # Hoofdstedelijke Regering zijn, ieder wat hem betreft, …", "…, zijn, ieder wat hem of
        # haar betreft, belast …" (the besluiten van de Vlaamse Regering)
        r"^(?:Onze|De|Het)\s+(?:Vice-)?(?:Eerste\s+)?(?:(?:Vlaamse|Waalse|Brusselse(?:\s+"
        r"Hoofdstedelijke)?)\s+)?(?:[Mm]inisters?|[Ss]taats"
        r"secretaris(?:sen)?|leden?\s+van\s+(?:de\s+(?:(?:Vlaamse|Brusselse\s+Hoofdstedelijke)"
        r"\s+)?Regering|het\s+(?:Verenigd\s+)?College)"
        r"|Regering)\b[^.]*?\s+(?:is|zijn|wordt"
        r"|worden)\s*(?:,\s*(?:ieder|elk)\s+(?:voor\s+)?wat\s+(?:hem|haar|hem\s+of\s+haar)"
        r"\s+betreft,\s*)?\s+belast\s+met\s+de\s+uitvoering\b"
        r"[^.]*\.?\s*$"
    ),
    "in_force_sentence": (
        # also the order of a relative clause ("artikel 2, dat in werking treedt op …"), read as
        # an exception's own rule
        r"^(?P<subject>.*?)\s*,?\s+(?:(?P<enter>(?:treedt|treden)\s+(?:treedt\s+)?in\s+werking"
        r"|in\s+werking\s+(?:treedt|treden))"
        r"|(?P<effect>(?:heeft|hebben)\s+uitwerking|uitwerking\s+(?:heeft|hebben)))"
        r"\s*,?\s*(?P<when>.*?)\s*\.?\s*$"
    ),
    "this_act": (
        rf"^(?:{_THIS_ACT}"
        # "De bepalingen van deze wet treden in werking …" (the whole act)
        r"|De\s+bepalingen\s+van\s+(?:deze\s+(?:wet|ordonnan?tie|programmawet)"
        r"|dit\s+(?:besluit|decreet|wetboek)))$"
    ),
    "this_division": (
        r"^(?:Dit|Deze|De\s+bepalingen\s+van\s+(?:dit|deze))\s+"
        r"(?P<division>hoofdstuk|titel|afdeling|onderafdeling|boek|deel)$"
    ),
    "when_date": rf"^(?:op|met\s+ingang\s+van|vanaf)\s+(?P<date>{_DATE_PLAIN})$",
    "when_publication": (
        r"^(?:op\s+)?(?:de\s+dag\s+(?:waarop\s+(?:het|zij|ze|hij)\s+in\s+het\s+Belgisch\s+"
        r"Staatsblad\s+(?:wordt|is|werd)\s+bekendgemaakt|van\s+(?:zijn|haar|de)\s+bekendmaking)"
        r"|op\s+de\s+dag\s+van\s+(?:zijn|haar|de)\s+bekendmaking)\b"
    ),
    # "op de dag van de ondertekening ervan", "op de dag waarop het wordt ondertekend" (the
    # French "le jour de sa signature"): the act's own date
    "when_signature": (
        r"^(?:op\s+)?de\s+dag\s+(?:van\s+(?:zijn|haar|de)\s+ondertekening(?:\s+ervan)?"
        r"|waarop\s+(?:het|zij|ze|hij)\s+(?:wordt|is)\s+ondertekend)$"
    ),
    # "op de tiende dag na die waarop zij in het Belgisch Staatsblad is bekendgemaakt" (the
    # Handleiding's formula), "de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad"
    "when_days_after": (
        # "volgend op" / "die volgt op" for "na"
        r"^(?:op\s+)?de\s+(?P<days>\w+?)(?:de|ste)?\s+dag\s+(?:na|volgend\s+op|die\s+volgt\s+op)\s+"
        r"(?:(?:die\s+van\s+)?(?:de|zijn"
        r"|haar)\s+bekendmaking|die\s+waarop\s+(?:het|zij|ze|hij)\s+in\s+het\s+Belgisch\s+"
        r"Staatsblad\s+(?:is|werd|wordt)\s+bekendgemaakt)"
        r"|^(?P<days2>\w+)\s+dagen\s+na\s+(?:de|zijn|haar)\s+bekendmaking"
        # "daags na de bekendmaking", "op de dag volgend op de bekendmaking ervan"
        r"|^(?:op\s+)?(?P<next>de\s+dag\s+(?:na|volgend\s+op|die\s+volgt\s+op)|daags\s+na)\s+"
        r"(?:(?:de|zijn|haar)\s+bekendmaking|die\s+waarop"
        r"\s+(?:het|zij|ze|hij)\s+in\s+het\s+Belgisch\s+Staatsblad\s+(?:is|werd|wordt)\s+"
        r"bekendgemaakt)"
    ),
    # "zes maanden na de bekendmaking ervan in het Belgisch Staatsblad", "drie maanden na de
    # dag van de bekendmaking ervan" (the French "six mois après sa publication")
    "when_months_after": (
        r"^(?:op\s+de\s+dag\s+)?(?P<months>\w+)\s+maanden\s+(?:na|volgend\s+op)\s+"
        r"(?:de\s+dag\s+van\s+)?(?:de|zijn|haar)\s+bekendmaking"
    ),
    # "op de eerste dag van de maand na afloop van een termijn van tien dagen die begint te
    # lopen de dag na de bekendmaking ervan in het Belgisch Staatsblad" (the French "… qui suit
    # l'expiration d'un délai de dix jours prenant cours le jour après sa publication")
    "when_month_after_delay": (
        r"^(?:op\s+)?de\s+eerste\s+dag\s+van\s+de\s+maand\s+na\s+(?:het\s+verstrijken|afloop)\s+van"
        r"\s+een\s+termijn\s+van\s+(?P<days>\w+)\s+dagen\s*,?\s+(?:die\s+begint\s+te\s+lopen|te"
        r"\s+rekenen\s+vanaf)\s+(?:op\s+)?de\s+dag\s+na\s+(?:die\s+van\s+)?(?:de|zijn|haar)\s+"
        r"bekendmaking"
    ),
    # what may follow the publication a date is counted from ("… ervan in het Belgisch
    # Staatsblad", "… die waarin ze in het Belgisch Staatsblad is bekendgemaakt"): anything else
    # is another rule, refused (P001), never dropped in silence
    "when_tail": (
        r"^(?:(?:ervan|van\s+(?:deze|dit)\s+\w+|die\s+(?:waarin|waarop)\s+(?:ze|zij|het|hij"
        r"|(?:deze|dit)\s+\w+)|(?:die\s+van\s+)?(?:de|zijn|haar)\s+bekendmaking(?:\s+ervan)?"
        r"|in\s+het\s+Belgisch\s+Staatsblad|(?:is|wordt|werd)\s+bekendgemaakt)(?:\s+|$))*$"
    ),
    "when_month_after": (
        r"^(?:op\s+)?de\s+eerste\s+dag\s+van\s+de\s+(?P<months>\w+\s+)?(?P<unit>maand|trimester)"
        r"\s+(?:na|volgend\s+op|die\s+volgt\s+op)\b"
    ),
    # "op de door de Koning te bepalen datum", "op de datum die de Vlaamse Regering bepaalt",
    # "op een datum die door de Koning wordt bepaald", "op de datum bepaald door de Koning"
    "when_fixed": (
        r"^op\s+(?:de|een)\s+(?:door\s+|datum\s+(?:die\s+(?:door\s+)?|(?:bepaald|vastgesteld)"
        r"\s+door\s+))"
        r"(?P<authority>de\s+Koning|de\s+(?:Vlaamse\s+|Waalse\s+|Brusselse\s+Hoofdstedelijke\s+)?"
        r"Regering|het\s+(?:Verenigd\s+)?College|de\s+Minister)"
        # "op een door de Koning, bij een besluit vastgesteld na overleg in de Ministerraad, te
        # bepalen datum"
        rf"{_BY_DELIBERATED_DECREE}"
        r"(?:\s+(?:te\s+bepalen|vast\s+te\s+stellen)\s+datum|\s+(?:bepaalt|vaststelt)"
        r"|\s+(?:wordt|zal\s+worden)\s+(?:bepaald|vastgesteld))?(?![\w-])"
        rf"(?:.*?uiterlijk\s+op\s+(?P<deadline>{_DATE_PLAIN}))?"
    ),
    # the determiner before who fixes a date: "de Koning" → "Koning" (the French "Roi")
    "authority_determiner": r"^(?:de|het)\s+",
    "deadline_before": rf"uiterlijk\s+op\s+(?P<deadline>{_DATE_PLAIN})",
    "when_conditional": (
        r"^(?:op\s+het\s+tijdstip\s+van|op\s+de\s+dag\s+van|op\s+de\s+datum\s+van|tegelijk\s+met)"
        r"\s+de\s+inwerkingtreding\b"
    ),
    # "…, met uitzondering van artikel 2, dat in werking treedt op 1 juli 2025" (the relative
    # clause's verb last: read by in_force_sentence's subordinate order)
    "except": (
        r"\s*,?\s*(?:met\s+uitzondering\s+van|behalve)\s+(?P<except>.*?)"
        r"(?:\s*,?\s*(?:die|dat)\s+(?P<rest>(?:treedt|treden|heeft|hebben|in\s+werking"
        r"|uitwerking).*))?$"
    ),
    "condition_after": (
        r",?\s*(?P<condition>(?:voor\s+zover|op\s+voorwaarde|onder\s+voorbehoud)\b.*)$"
    ),
    # "Zij voorziet in de omzetting van richtlijn …" after the constitutional basis
    "transposes": (
        r"^(?:Zij|Hij|Het|Deze\s+\w+|Dit\s+\w+)\s+(?:voorziet\s+in\s+de\s+(?:gedeeltelijke\s+)?"
        r"omzetting|zet\b.*\bom\b|strekt\s+tot\s+(?:de\s+)?omzetting|voert\b.*\buit\b)"
    ),
    # "De Koning bepaalt de datum van inwerkingtreding van artikel 5.", "… van elk van de
    # bepalingen van deze wet", the Handleiding's "De Koning bepaalt voor elke bepaling van
    # deze wet de datum waarop ze in werking treedt."
    "authority_fixes": (
        r"^(?P<authority>De\s+Koning|De\s+(?:Vlaamse\s+|Waalse\s+)?Regering|Het\s+College)\s+"
        rf"bepaalt{_BY_DELIBERATED_DECREE}"
        r"\s+(?:voor\s+(?P<each>(?:elke|iedere)\s+bepaling\s+van\s+(?:deze|dit)\s+\w+)\s+)?"
        r"(?:de\s+datum|de\s+data)\s+(?:van\s+(?:de\s+)?inwerkingtreding\s+van\s+(?P<of>.*?)"
        r"|(?:van\s+(?:de\s+)?inwerkingtreding)"
        r"|waarop\s+(?P<which>.*?)\s+in\s+werking\s+(?:treedt|treden))"
        # "… van deze wet, en uiterlijk op 1 januari 2026" (the French "au plus tard le")
        rf"(?:\s*,?\s+(?:en\s+)?uiterlijk\s+op\s+(?P<deadline>{_DATE_PLAIN}))?\s*[,.]"
    ),
    # the words of a subject (autonomous.py's French ones otherwise): "Artikel 2", "De artikelen
    # 2 tot 4, 6 en 9", "artikel 5 van deze wet", "Hoofdstuk 2, afdeling 1"
    # "Deze wet treedt in werking op de dag van de bekendmaking ervan in het Belgisch
    # Staatsblad, met uitzondering van: 1° artikel 10, dat in werking treedt op een door de
    # Koning te bepalen datum en uiterlijk op 31 mei 2016; 2° artikel 27, 2°, dat op 1 januari
    # 2017 in werking treedt." (the French 2016003166, art. 34): the verb before or after
    # the date (``late``: the subordinate clause's order)
    "except_list": (
        r"\s*,?\s*(?:met\s+uitzondering\s+van|behalve)\s*:\s*(?P<items>\d+°\s.*)$"
    ),
    "except_list_split": r"\s*;\s*(?:en\s+|of\s+)?(?=\d+°\s)",
    "except_item": (
        r"^\d+°\s+(?:van\s+)?(?P<except>(?:de\s+)?artikel(?:en)?\s+.+?)\s*,?\s+(?:die|dat)\s+"
        r"(?:in\s+werking\s+(?:treedt|treden)\s+(?P<when>.*?)"
        r"|(?P<effect>uitwerking\s+(?:heeft|hebben))\s+(?P<since>.*?)"
        r"|(?P<late>.*?)\s+in\s+werking\s+(?:treedt|treden))\s*[;.]?\s*$"
    ),
    "articles_head": r"^(?:Artikel|De\s+artikelen|Artikelen)\s+",
    "articles_of_this_act": (
        r"\s+(?:van\s+(?:deze|dit)\s+(?:wet|besluit|decreet|ordonnantie|wetboek|hoofdstuk|titel"
        r"|afdeling)|inbegrepen)\b"
    ),
    "articles_and_this": r",?\s+en\s+(?:dit|het\s+onderhavige)\s+artikel",
    "articles_split": (
        r",\s*(?=\d+(?![°\d])|de\s+artikelen\s|artikel\s)"
        r"|(?<!tot)\s+en\s+(?!met\b)(?:de\s+artikelen\s+)?"
    ),
    "articles_item_head": r"^(?:de\s+artikelen|artikelen|artikel)\s+",
    "articles_range": r"\s+(?:tot\s+en\s+met|tot)\s+",
    "articles_plural": "de artikelen",
    "provision": (
        r"^(?:(?:het|de)\s+)?(?:(?:titel|hoofdstuk|afdeling|onderafdeling|boek|deel|artikelen"
        r"|artikel)\s+)?(?P<label>[\dIVXLC]+\w*(?:/\d+)*(?:\s*,\s*(?:§\s*\d+\w*"
        r"|[^\W\d_]+\s+lid|\d+°))*)$"
    ),
    "provisions_split": (
        r",\s*(?=(?:het|de|titel|hoofdstuk|afdeling|artikelen|artikel)?\s*\w)(?!\s*(?:§"
        r"|[^\W\d_]+\s+lid|\d+°))|(?<!tot)\s+en\s+(?!met\b)"
    ),
    "provision_determiner": r"^(?:het|de)\s+",
    "provision_article": r"^(?:artikelen|artikel)\s+",
    "of_this_act": r"\s+van\s+(?:deze|dit)\s+\w+$",
    "every_provision": (
        r"^(?:(?:elk|ieder)\s+van\s+de\s+bepalingen|(?:elke|iedere)\s+bepaling|alle\s+bepalingen"
        r"|de\s+bepalingen)\s+van\s+(?:deze|dit)\s+\w+"
        # "De Koning bepaalt de datum van inwerkingtreding van elke bepaling ervan"
        r"|(?:elke|iedere)\s+bepaling\s+ervan\s*$"
    ),
    # near misses: an entry into force of these words' provisions that no rule reads (P001)
    "provisions_word": (
        r"\b(?:artikel|artikelen|hoofdstuk|hoofdstukken|titel|titels|afdeling|afdelingen|boek"
        r"|boeken|deel|delen|bepalingen|wet|besluit|decreet|ordonnantie)\b"
    ),
    "king_may_advance": (
        # "De Koning kan een datum van inwerkingtreding bepalen voorafgaand aan …", "De Koning
        # kan voor elk van de bepalingen van deze wet een datum van inwerkingtreding bepalen
        # die voorafgaat aan …", "De Koning kan, voor elke bepaling …, een datum … vaststellen"
        r"^(?:De\s+Koning|De\s+(?:Vlaamse\s+|Waalse\s+)?Regering|Het\s+College)\s+kan\s*"
        r"(?:,\s*[^,.]+?,\s*|\s+voor\s+[^.]*?\s+(?=een\s+datum)|\s+)een\s+datum\s+van\s+"
        r"inwerkingtreding\s+(?:bepalen|vaststellen)\s+(?:die\s+voorafgaat|voorafgaand)"
    ),
    # "… en houdt op van kracht te zijn op …" (the French "cesse d'être en vigueur")
    "ceases": r"\b(?:treedt|treden)\s+buiten\s+werking\b|\b(?:houdt|houden)\s+op\s+"
    r"(?:uitwerking|van\s+kracht)",
    # "met ingang van 1 januari 2024 en treedt buiten werking op 31 december 2024"
    "ceases_split": r",?\s+en\s+(?:treedt|treden|houdt|houden)\s+(?:buiten\s+werking|op)\b",
    # "… en treedt buiten werking op 30 juni 2020", "… en houdt op uitwerking te hebben op …"
    "ceases_on": (
        r"\b(?:(?:treedt|treden)\s+buiten\s+werking|(?:houdt|houden)\s+op\s+(?:uitwerking\s+te"
        r"\s+hebben|van\s+kracht\s+te\s+zijn))\s+(?:op|met\s+ingang\s+van)\s+"
        rf"(?P<date>{_DATE_PLAIN})\s*\.?$"
    ),
    # "Met uitzondering van dit artikel, dat in werking treedt op de dag van de bekendmaking …,
    # treden de artikelen van deze titel in werking op …": the exception first (the French
    # formula of 2019041200, art. 27; the main clause is read by in_force_sentence)
    "except_first": (
        r"^Met\s+uitzondering\s+van\s+(?:(?P<this>dit\s+artikel)|(?P<except>de\s+artikelen\s+[^,]+?"
        r"|artikel\s+[^,]+?))\s*,\s+(?:dat|die)\s+(?:(?:in\s+werking\s+(?:treedt|treden)"
        r"|(?P<effect>uitwerking\s+(?:heeft|hebben)))\s+(?P<when>[^,]*?)"
        # "…, dat op 1 januari 2026 in werking treedt, …": the subordinate order
        r"|(?P<late>[^,]*?)\s+in\s+werking\s+(?:treedt|treden))\s*,\s+(?P<main>.+)$"
    ),
    # the main clause after an exception that opens the sentence puts its verb first ("Met
    # uitzondering van artikel 7, dat …, treedt deze wet in werking op …", "…, hebben de
    # artikelen 2 tot 4 uitwerking met ingang van …"): read in the order subject, verb
    "verb_first": (
        r"^(?P<verb>treedt|treden|heeft|hebben)\s+(?P<subject>.+?)\s+"
        r"(?P<rest>(?:in\s+werking|uitwerking)\b.*)$"
    ),
    # "Artikel 138, § 2, tweede lid, van de wet op de ziekenhuizen …, zoals gewijzigd bij
    # artikel 45, 3°," / "ingevoegd bij artikel 2 van deze wet": the mirror of the French rule
    # (no Dutch sentence of it in shared/)
    "by_this_act": (
        r"(?:artikel|de\s+artikelen)\s+(?P<units>.+?)\s*,?\s+van\s+(?:de|het)\s*(?P<act>[^,]*?)"
        r"\s*,?\s+(?:zoals\s+)?(?:(?P<inserted>ingevoegd)|gewijzigd|vervangen)\s+bij\s+artikel\s+"
        r"(?P<number>\d+\w*)(?P<point>\s*,\s*\d+°)?(?:\s+van\s+(?:deze|dit)\s+\w+)?"
        r"\s*(?:,\s*(?:en\s+)?|$)"
    ),
    "the_others": r"^(?:de\s+)?andere\s+bepalingen\b",
    "concerning": r"^(?:voor\s+)?wat\s+(?P<whom>[^,]+?)\s+betreft\s*,\s*",
    "not_in_force": r"\b(?:treedt|treden)\s+niet\s+in\s+werking\b",
    "deadline_month_after": (
        r"uiterlijk\s+(?:op\s+)?de\s+eerste\s+dag\s+van\s+de\s+(?P<months>[\w-]+\s+)?maand\s+na"
    ),
    "except_also": (
        r"^en\s+(?:van\s+)?(?P<except>(?:artikel|de\s+artikelen)\s+[^,]+?)\s*,?\s+(?:dat|die)\s+"
        r"(?:in\s+werking\s+(?:treedt|treden)|(?P<effect>uitwerking\s+(?:heeft|hebben)))\s+"
        r"(?P<when>[^,]*?)\s*,\s+(?P<main>.+)$"
    ),
    # a note of Justel's after the article's sentences ("(NOOT : …)"), not a sentence of the act
    "justel_note": r"^\((?:NOOT|NOTE|NOTA)\s*:[^()]*(?:\([^()]*\)[^()]*)*\)\.?$",
    # a note of Justel's inside a sentence, and its correction of the word before it
    "justel_note_inline": r"\((?:NOOT|NOTE|NOTA)(?:\s+van\s+Justel)?\s*:(?P<body>[^()]*)\)",
    "justel_correction": r"^\s*lees\s+[\"“«]\s*(?P<word>[^\s\"”»;()]+)\s*[\"”»]",
}
_GLUE = frozenset((
    "in", "aan", "van", "de", "het", "een", "en", "of", "wordt", "worden", "bij", "door",
    "die", "dat", "te", "op", "met", "als", "volgt", "zoals", "telkens", "respectievelijk",
    "tussen", "na", "vóór", "voor", "woorden", "woord", "termen", "term", "getal", "getallen",
    "bedrag", "bedragen", "datum", "cijfer", "cijfers", "zinsnede", "vermelding", "letter",
    "letters", "teken", "afkorting", "uitdrukking", "percentage", "jaartal", "tekst",
    "nieuwe", "nieuw", "volgende", "laatst", "ieder", "elk", "elke", "er", "hierna",
    "luidende", "luidend", "luidt", "onder", "bepaling", "bepalingen",
    "zin",  # "wordt aangevuld met de zin "…"" (the French glue "phrase")
    # "wordt een onderafdeling 3 ingevoegd, met als opschrift "…"" (``titled`` gives the
    # quote its role; the French glue "intitulée")
    "opschrift",
    # "van de voormelde wet van 16 mei 2001" (a dated citation after it: a bare "de voormelde
    # wet" is still P007, as the French "la loi précitée")
    "voormelde", "voornoemde", "voorvermelde", "vermelde", "genoemde",
    # "wordt een afdeling 3 ingevoegd, die de artikelen 10/1 tot 10/3 bevat" (the French
    # "comportant les articles …"): the articles the division holds
    "bevat", "bevatten", "omvat", "omvatten", "bevattende", "omvattende",
    # "…, dat bestaat uit artikel 10 tot en met 15, wordt opgeheven" (the Flemish decrees);
    # "een onderafdeling 1, bestaande uit artikel 13/1," (``comprising``)
    "bestaat", "bestaan", "bestaande", "uit",
    # "wordt in fine aangevuld met de woorden", "In artikel 5, eerste lid, in fine, …" (the
    # French glue "in", "fine": the end of the unit, where an addition goes anyway)
    "fine",
))
_UNSUPPORTED = frozenset((
    "bijlage", "bijlagen", "tabel", "tabellen", "kolom", "kolommen", "rubriek", "rubrieken",
    "formulier", "model", "schaal", "schalen",
))
#: plural unit nouns: "de paragrafen 4 tot en met 7", "de artikelen 3 en 4", "de leden 2 en 3"
_PLURALS = frozenset(noun for noun in _UNIT_NOUNS if noun.endswith("en"))
#: an annex's label: "II", "10", "10 ter" (the Staatsblad's spacing), "III/1"
_ANNEX_LABEL = rf"(?:(?-i:[IVXLC]+)|\d+)(?:\s?(?:{LATIN}))?(?:/\d+)*(?![\w/])"
_ROW_NUMBER = r"(?-i:[IVXLC]+)\.\d+(?:\.\d+)*\.?"
_ROW_LIST = rf"{_ROW_NUMBER}(?:(?:\s*,\s*|\s+en\s+)(?:van\s+)?{_ROW_NUMBER})*"
_THIS_ACT = r"(?:dit\s+besluit|deze\s+wet|dit\s+decreet|deze\s+ordonnantie|dit\s+wetboek)"
#: the names of punctuation marks (the Handleiding wetgevingstechniek: "in de bepaling onder
#: 4° wordt het punt aan het einde vervangen door een puntkomma")
_MARKS = {"punt": ".", "puntkomma": ";", "komma": ",", "dubbele punt": ":"}
_MARK_NAME = r"(?P<mark>puntkomma|komma|dubbele\s+punt|punt)(?![\w-])"
#: the mark a unit ends with, replaced: "het punt aan het einde (van de bepaling onder 2°)",
#: "de puntkomma", "het punt" before the participle ("in 3° wordt het punt vervangen door …");
#: "het punt 3°" is a unit
_MARK_OLD = (
    rf"(?<![\w'’-])(?:het|de)\s+(?P<noun>{_MARK_NAME}"
    r"(?:\s+(?:aan|op)\s+het\s+(?:einde|eind|slot))?)"
    # ("wordt de puntkomma geschrapt / opgeheven": the mark removed)
    r"(?=\s*,|\s+(?:wordt|worden|vervangen|geschrapt|opgeheven|van|in)\b|\s+en\s+(?:het|de)\s)"
)
#: a mark as the new text: "door een puntkomma", "door een punt"
_MARK_NEW = (
    rf"(?<![\w-])door\s+(?:een|de|het)\s+{_MARK_NAME}"
    r"(?=\s*(?:[;.,:]|$)|\s+(?:en|et)\b)"
)
#: a mark inserted: "wordt na het woord "werknemer" een komma ingevoegd"
_MARK_INSERTED = (
    # (not "een punt": "wordt een punt toegevoegd, luidende: "4° …"" adds an item)
    r"(?<![\w-])(?<!door\s)(?<!met\s)een\s+(?P<mark>puntkomma|komma|dubbele\s+punt)"
    r"(?=\s+(?:ingevoegd|toegevoegd)(?![\w-]))"
)
LEXICON = dataclasses.replace(
    LEXICON, autonomous=AUTONOMOUS, glue=_GLUE, unsupported=_UNSUPPORTED,
    punctuation_marks=_MARKS, punctuation_old=_MARK_OLD, punctuation_new=_MARK_NEW,
    punctuation_inserted=_MARK_INSERTED,
    # "De bijlage 10 ter, gevoegd bij dit besluit, wordt ingevoegd in de bijlagen bij het
    # koninklijk besluit van 8 oktober 1981 …" (excerpt nl/1998000072)
    annex=(
        rf"(?<![\w-])(?:(?:de|in\s+de|van\s+de|aan\s+de|bij\s+de)\s+)?"
        rf"(?:(?P<det>een)\s+(?:nieuwe\s+)?)?"
        rf"(?:(?P<same>(?:dezelfde|deze)\s+bijlage)"
        rf"|(?P<noun>bijlagen?)(?:\s+(?P<labels>{_ANNEX_LABEL}(?:(?:\s*,\s*|\s+en\s+)"
        rf"{_ANNEX_LABEL})*)|(?=\s*,?\s*Ꜳ)))(?![\w-])"
    ),
    plural_annexes=frozenset({"bijlagen"}),
    annex_alone=r"\bde\s+(?P<noun>bijlagen?)\s*,?\s*$",
    # "Artikel 5 van het koninklijk besluit van 19 juli 2013 en artikel 7 van het koninklijk
    # besluit van 3 mei 2015 worden opgeheven", "In artikel 5 van de wet van … en in artikel 7
    # van het besluit van …": a second place with its own act (the article 7 was read in the
    # first act, silently; the mirror of the French ``next_place``: refused, P007)
    lapse_on=(
        r"(?:vervalt|vervallen)\s+(?:op|met\s+ingang\s+van|vanaf|na|per|te\s+rekenen\s+van)\s"
    ),
    # "Artikel 6 van de wet van … vervalt.", "De artikelen 6 en 7 van … vervallen.", "In
    # artikel 6 van … vervalt het tweede lid." (the older federal drafting's repeal): the
    # sentence opens with the unit (not "De vergunning bedoeld in artikel 5 … vervalt", a rule
    # of the act); a date after it is a lapse, refused (``unknown_predicate``)
    # ("Met ingang van 1 januari 2027 vervalt artikel 6 van …": the verb first, the unit
    # right after it; the date is read by ``instruction_date``)
    # ("… vervangen door het woord "B" en vervalt het tweede lid": the verb first after "en")
    lapse=(
        rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=\ben\s))[ \t]*(?P<designation>(?:(?:in|aan)\s+)?"
        rf"(?:(?:de|het)\s+)?{_LAPSED}(?:(?!\b(?:wordt|worden)\b)[^.;:\n])*?(?<![\w-])"
        # (not "komt te vervallen", the formula of the Netherlands: refused, P001)
        r"(?<!\bte\s))?(?P<verb>vervalt|vervallen)(?![\w-])"
        r"(?(designation)(?!\s+(?:op|met|vanaf|na|te|per|indien|wanneer|zodra|bij|van|tot)\b)"
        rf"|(?=\s+(?:(?:de|het)\s+)?{_LAPSED}))"
    ),
    next_place=r"(?:,|\ben)\s+(?:in\s+)?(?:artikel|de\s+artikelen)\s+\d",
    # "het derde lid en de volgende leden", "de artikelen 5 en volgende", "de leden 3 en
    # volgende" (the French "et suivants"): the units from the one named to the last, which
    # no rule reads (refused, P007: the third alone was repealed, silently); after a label or
    # a unit noun only ("… opgeheven en de volgende leden toegevoegd" adds them)
    and_following=(
        r"(?:(?<=[\d°)Ꜳ])|(?<=\blid)|(?<=\bleden)|(?<=\bzin)|(?<=\bzinnen)|(?<=\bstreepje)"
        r"|(?<=\bstreepjes)|(?<=\bparagraaf)|(?<=\bartikel)|(?<=\bartikelen))"
        r"\s+en\s+(?:de\s+)?(?:daarop\s*)?volgende(?:\s+(?:leden|artikelen|paragrafen"
        r"|bepalingen|zinnen|streepjes|punten))?(?![\w-])"
        r"(?=\s*(?:,|Ꜳ|van\b|in\b|(?:wordt|worden)\b|(?:vervangen|opgeheven|geschrapt"
        r"|vernummerd)\b|$))"
    ),
    # "In artikel 5 van de wet van … betreffende …, en in artikel 7 van …" (a bare "en artikel
    # 211 van het Gerechtelijk Wetboek" may be a title's, as in French)
    # ("Artikel 5 van de wet van … houdende … en de volgende artikelen worden opgeheven": the
    # range after the act, refused by ``and_following``; it was the title's, article 5 alone
    # repealed)
    title_end=r"(?:,\s*|\s+en\s+)in\s+(?:artikel|de\s+artikelen)\s+\d"
    r"|\s+en\s+(?:de\s+)?(?:daarop\s*)?volgende\s+(?:artikelen|leden|paragrafen|bepalingen)"
    r"(?=\s+(?:worden|wordt)\b)"
    # ("… houdende statuut en artikel 7 van dezelfde wet worden opgeheven": a title never
    # cites "dezelfde wet"; article 7 was the title's, article 5 alone repealed)
    r"|\s+en\s+(?:artikel|de\s+artikelen)\s+\d[^,;:Ꝗ]{0,80}?\s+van\s+(?:dezelfde|hetzelfde"
    r"|(?:de|het)\s+(?:voormelde?|voornoemde?))\s",
    image_note=r"\(\s*(?:Beeld|Afbeelding)\s+niet\s+opgenomen\b[^()]*\)",
    # the Dutch words of a table's steps (no real Dutch sentence in shared/ yet; the French
    # rules' counterparts: "de tabel", "in de vijfde kolom", "de rijen van VII.1.4.2")
    table=r"(?<![\w-])(?:(?:de|in\s+de|van\s+de)\s+)tabel(?P<description>(?!))?(?![\w-])",
    row=(
        rf"(?<![\w-])(?:(?:(?:(?P<det>een|twee|drie)|de|in\s+de)\s+)?(?P<noun>rij(?:en)?|regels?)"
        rf"(?:\s+(?:van\s+)?(?P<labels>{_ROW_LIST})|\s+(?P<quote>Ꝗ+))?"
        rf"|(?:in|van|bij)\s+(?P<labels2>{_ROW_LIST}))"
        r"(?![\w/])"
    ),
    # "In het enig artikel van het koninklijk besluit van …", "Het enig artikel van hetzelfde
    # besluit wordt aangevuld …": the only article of an act, numbered 1 on its Justel page
    # ("Enig artikel.", the French "l'article unique")
    only_article=(
        r"(?<![\w-])(?:(?:het|in\s+het|van\s+het|aan\s+het)\s+)?enig(?:e)?\s+artikel\b"
    ),
    column=(
        rf"(?<![\w-])(?:(?:de|in\s+de|van\s+de)\s+)"
        rf"(?:(?P<ord>{'|'.join(sorted(nl_words.ORDINALS, key=len, reverse=True))})\s+kolom"
        rf"|kolom\s+(?P<quote>Ꝗ+))(?![\w-])"
    ),
    joined=(
        rf"\s*,?\s*gevoegd\s+(?:als\s+bijlage\s+(?P<label>{_ANNEX_LABEL})\s+)?bij\s+"
        rf"{_THIS_ACT}\s*,?(?P<text>(?!))?(?P<label2>(?!))?"
        # "door de bijlage die als bijlage (3) bij dit besluit is gevoegd", "die bij dit
        # besluit is gevoegd", "die gevoegd is bij dit besluit"
        rf"|\s*,?\s*die\s+(?:als\s+bijlage\s+(?:(?P<label3>{_ANNEX_LABEL})\s+)?)?(?:bij\s+"
        rf"{_THIS_ACT}\s+(?:is|wordt|zijn|worden)\s+gevoegd|(?:is|wordt|zijn|worden)\s+"
        rf"gevoegd\s+bij\s+{_THIS_ACT})\s*,?"
        # "door bijlage 2 bij dit besluit", "door de bijlage bij dit besluit"
        rf"|(?P<bare>\s+bij\s+{_THIS_ACT})(?![\w-])"
    ),
    joined_bare_after=(
        rf"\b(?:door|met)\s+(?:de\s+|een\s+)?bijlagen?(?:\s+{_ANNEX_LABEL}"
        rf"(?:(?:\s*,\s*|\s+en\s+){_ANNEX_LABEL})*)?\s*$"
    ),
    # "Worden opgeheven : - artikel 5 van de wet van …; - …"
    repeal_list=r"\s*(?:Worden|Wordt)\s+opgeheven\s*",
    repealed=" wordt opgeheven",
    # "de zin die begint met de woorden "…"" (a sentence designated by its first words)
    sentence_starting=(
        r"(?:(?:de|in\s+de|van\s+de)\s+)?zin\s+die\s+(?:begint|aanvangt)\s+met\s+"
        r"(?:de\s+woorden|het\s+woord)\s+(?P<quote>Ꝗ+)"
    ),
    # "In artikel 2 … wordt de definitie van "werknemer" vervangen als volgt:", "in de
    # definitie van "zorgaanbieder" worden de woorden …": the item of a definitions article
    # that defines the quoted term (the French "la définition de « … »"; ``headed``)
    headed=(
        r"(?<![\w-])(?:(?:in|van|aan)\s+)?de\s+(?:definitie|omschrijving)\s+van\s+"
        r"(?:(?:het\s+begrip|het\s+woord|de\s+term)\s+)?(?P<quote>Ꝗ+)"
    ),
    # "de definities van "minister" en "administratie"" (refused: one item per term)
    headed_list=(
        r"(?<![\w-])(?:(?:in|van|aan)\s+)?de\s+(?:definities|omschrijvingen)\s+van\s+"
        r"(?:(?:de\s+begrippen|de\s+woorden|de\s+termen)\s+)?Ꝗ"
    ),
    # "In de voorafgaande titel van hetzelfde besluit …" (a division: "van de Voorafgaande
    # Titel van het Wetboek van strafvordering" is the loi du 17 avril 1878, a code, masked
    # before)
    preliminary=(
        r"(?<![\w-])(?:(?:de|in\s+de|van\s+de|aan\s+de)\s+)?(?:voorafgaande|voorafgaand)\s+"
        r"(?P<noun>titel|hoofdstuk|boek|deel)(?![\w-])(?!\s*(?:\d|[IVXLC]+\b))"
    ),
    plural_nouns=_PLURALS,
    # "artikel 10 tot en met 15" (a label never holds "tot en met": a range, not one article)
    singular_range=r"\s+tot\s+en\s+met\s+\S+",
    # "worden punt 2° en 3° opgeheven", "paragraaf 2 tot en met 4", "artikel 5, 6 en 8" (the
    # Flemish drafting: the singular noun before a list; "punt 2°, a)" is a path, no list)
    singular_list=r"[^\s,]+(?:\s*,\s*[^\s,]+)*(?:\s+en\s+|\s+tot\s+en\s+met\s+)[^\s,]+",
    # "Artikel 5 …, waarvan de bestaande tekst § 1 zal vormen, wordt aangevuld met een § 2"
    # (the Handleiding's formula; the French "dont le texte actuel formera le § 1er")
    wrap=(
        r"\bwaarvan\s+de\s+(?:bestaande|huidige)\s+tekst\s+"
        r"(?=[^,;:]*?\bzal\s+(?:vormen|worden)\b)"
    ),
    wrap_tail=r"\s*zal\s+(?:vormen|worden)\b",
)

#: the Belgisch Staatsblad title line, for a Dutch text without front matter: "25 MAART 2024.
#: - Wet tot wijziging van …" (the mirror of ``fr.TITLE_LINE``; groups date, title, type)
TITLE_LINE = scan.regex(
    rf"""^\s*(?P<date>\d{{1,2}}\s+{MONTH}\s+\d{{4}})\s*\.?\s*[-–—]+\s*\[?\s*
        (?P<title>(?P<type>Wet|Programmawet|Bijzondere\s+wet|Koninklijk\s+besluit|Ministerieel
        \s+besluit|Decreet|Ordonnantie|Besluit|Wetboek)\b.*?)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

