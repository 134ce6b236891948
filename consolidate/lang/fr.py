"""The French formulas of Belgian amending acts, as named, commented verbose regexes.

This module is data: the parser (``consolidate.parsing``) interprets the named groups. Every
formula the parser can report (``consolidate explain``) is a key of :data:`FORMULAS`; a Dutch
module can sit beside this one with the same names and groups.

Conventions: patterns are compiled with ``re.VERBOSE`` (spaces in them are ignored: ``\\s+``
stands for any run of whitespace), apostrophes are ``'`` or ``’``, quotes are straight
``"..."``, ``« ... »`` or ``“ ... ”``.
"""

from __future__ import annotations

import re

from . import scan
from .shapes import ARTICLE_LABEL as ARTICLE_LABEL
from .shapes import ITEM_LABEL as ITEM_LABEL
from .shapes import LATIN as LATIN
from .shapes import NUMBER_LABEL as NUMBER_LABEL
from .shapes import block_label

X = re.VERBOSE

# --- building blocks (strings, composed below) -----------------------------------------------

APOS = r"['’]"
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
#: month names as written, accents optional (Justel titles: "20 DECEMBRE 2005", "FEVRIER")
MONTH_SPELLINGS: dict[str, int] = {
    **{name: index for index, name in enumerate(MONTHS, start=1)},
    "fevrier": 2, "aout": 8, "decembre": 12,
}
MONTH = "(?:" + "|".join(MONTH_SPELLINGS) + ")"
#: "25 mars 2024", "1er janvier 2024" (groups are added where a date is captured)
DATE = rf"\d{{1,2}}(?:er)?\s+{MONTH}\s+\d{{4}}"
#: the place and date an arrêté is signed, a line of its own after the last article
#: ("Bruxelles, le 20 juin 2025.", "Namur, le 15 mai 2025."), and the government's signature
#: ("Pour le Gouvernement :"): not the last article's text
SIGNED_AT = (
    rf"^[ \t]*(?:[A-ZÉÈ][\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}},[ \t]+(?:le[ \t]+)?{DATE}\.?[ \t]*$"
    r"|Pour\s+le\s+Gouvernement\s*:)"
)
#: an inline quote, straight or typographic; inline quotes cannot contain their own quote mark
QUOTE = r"""(?:"[^"]*"|«[^»]*»|“[^”]*”)"""
ORDINALS: dict[str, int] = {
    "première": 1, "premier": 1, "deuxième": 2, "seconde": 2, "second": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10, "dernière": -1,
}
ORDINAL = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
NUMBER_WORD = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)"
#: act types as written after "la" / "l'", mapped to the canonical type by ACT_TYPES
ACT_TYPE = (
    r"(?:loi-programme|loi\s+spéciale|loi|arrêté\s+royal|arrêté\s+ministériel|décret"
    r"|ordonnance)"
)
ACT_TYPES: dict[str, str] = {
    "loi": "loi", "loi-programme": "loi", "loi spéciale": "loi", "arrêté royal": "arrêté royal",
    "arrêté ministériel": "arrêté ministériel", "décret": "décret", "ordonnance": "ordonnance",
}
# --- the act's author (docs/justel.md, "Authors") -----------------------------------------------

#: the names of the entities and of their parliaments and governments, as an act's title, its
#: front matter's ``department`` (legalize-be: "Autorité flamande", "Communauté germanophone")
#: and its enacting formula write them (lower case) → the author (``consolidate.model.Author``)
AUTHOR_NAMES: dict[str, str] = {
    "communauté flamande": "flemish", "région flamande": "flemish",
    "autorité flamande": "flemish", "parlement flamand": "flemish",
    "conseil flamand": "flemish", "gouvernement flamand": "flemish",
    "région wallonne": "walloon", "parlement wallon": "walloon",
    "conseil régional wallon": "walloon", "gouvernement wallon": "walloon",
    "service public de wallonie": "walloon",
    "communauté française": "french_community",
    "fédération wallonie-bruxelles": "french_community",
    "parlement de la communauté française": "french_community",
    "conseil de la communauté française": "french_community",
    "gouvernement de la communauté française": "french_community",
    "communauté germanophone": "german_community",
    "parlement de la communauté germanophone": "german_community",
    "conseil de la communauté germanophone": "german_community",
    "gouvernement de la communauté germanophone": "german_community",
    "région de bruxelles-capitale": "brussels",
    "parlement de la région de bruxelles-capitale": "brussels",
    "conseil de la région de bruxelles-capitale": "brussels",
    "gouvernement de la région de bruxelles-capitale": "brussels",
    "commission communautaire française": "cocof",
    "assemblée de la commission communautaire française": "cocof",
    "collège de la commission communautaire française": "cocof",
    "commission communautaire commune": "cocom",
    "assemblée réunie de la commission communautaire commune": "cocom",
    "collège réuni de la commission communautaire commune": "cocom",
}
_AUTHOR_NAME = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(AUTHOR_NAMES, key=len, reverse=True)
)
#: the author right after the type in an act's title: "Décret de la Région wallonne relatif
#: à …", "Décret conjoint de la Communauté française et de la Région wallonne …" (the words
#: after the type only: "Décret modifiant le décret de la Région wallonne du …" cites another)
TITLE_AUTHORS = scan.regex(
    rf"""^(?:décret(?:-programme|\s+spécial)?|ordonnance)(?P<joint>\s+conjoint)?
    (?P<authors>(?:\s*(?:,|et)?\s*(?:de\s+la|du|de\s+l'|de\s+l’)\s*(?:{_AUTHOR_NAME})\b)+)""",
    re.IGNORECASE | X,
)
#: one name in :data:`TITLE_AUTHORS`' ``authors`` or in an enacting formula
AUTHOR_NAME = scan.regex(rf"(?<![\w-])(?:{_AUTHOR_NAME})(?![\w-])", re.IGNORECASE)
#: the enacting formula of a décret or an ordonnance: "Le Parlement wallon a adopté et Nous,
#: Gouvernement wallon, sanctionnons ce qui suit", "Le Conseil de la Communauté française a
#: adopté …", "L'Assemblée réunie de la Commission communautaire commune a adopté …"
ENACTING = scan.regex(
    rf"""(?:\b(?:Le|La|L'|L’)\s*(?P<parliament>{_AUTHOR_NAME})\s+a\s+adopté
    |\bNous,\s+(?:Gouvernement\s+(?:de\s+la|du)\s+)?(?P<government>{_AUTHOR_NAME})\s*,
    \s+sanctionnons)""",
    re.IGNORECASE | X,
)

#: participles of the verbs that amend ("remplacé", "abrogée", "insérés", ...)
AMENDING_PARTICIPLES = (
    "remplacé", "abrogé", "complété", "inséré", "modifié", "rétabli", "supprimé", "renuméroté",
)
PARTICIPLE_ENDING = r"(?:e|s|es)?"

# --- the act as a whole -----------------------------------------------------------------------

#: the seed format's front matter: "---" lines around "key: value" lines
FRONT_MATTER_FENCE = scan.regex(r"^---[ \t]*$", re.MULTILINE)
FRONT_MATTER_LINE = scan.regex(
    r"""^(?P<key>[A-Za-z][\w-]*) \s*:\s* (?P<value>.*?) \s*$""", X
)
#: the Moniteur belge title line, for texts without front matter:
#: "25 MARS 2024. - Loi modifiant diverses dispositions ..."
TITLE_LINE = scan.regex(
    rf"""^\s*(?P<date>\d{{1,2}}(?:er)?\s+{MONTH}\s+\d{{4}})\s*\.?\s*[-–—]+\s*\[?\s*
        (?P<title>(?P<type>{ACT_TYPE}|Arrêté|Décret|Code|Lois|Règlement|Arrêtés)\b.*?)\s*$""",
    X | re.IGNORECASE,
)
#: ".../eli/loi/2024/03/25/..." gives the act type
ELI_TYPE = scan.regex(r"/eli/(?P<type>loi|arrete|decret|ordonnance)/")
#: "**Article 1er.**", "**Art. 2.**", and the same without bold (plain text); the dash the
#: Moniteur often puts after it ("Article 1er. - Le présent arrêté …") is no part of the text
ARTICLE_HEADING = scan.regex(
    rf"""^[ \t]*(?P<bold>\*\*)?(?:Article|Art\.)\s*(?P<number>{ARTICLE_LABEL}|unique(?=\s*\.))\s*\.
        (?(bold)\*\*)[ \t]*(?:[-–—][ \t]+)?""",
    X | re.MULTILINE,
)
#: structural headings between articles: dropped from the articles' text
STRUCTURE_HEADING = scan.regex(
    r"""^[ \t]*(?:\*\*|\#+\s*)?(?:CHAPITRE|Chapitre|TITRE|Titre|SOUS-TITRE|Sous-titre|Section
        |Sous-section|LIVRE|Livre)\s+[\w/]+\b.*$""",
    X | re.MULTILINE,
)

# --- points of a lead-in and items of quoted blocks ------------------------------------------

#: a labelled unit inside quoted new text (a Code's article: "Art. XII.1. § 1er.", "Art. L1124-1.")
BLOCK_ARTICLE_WORD = r"(?:Art\.|Article)"
BLOCK_LABEL = scan.compile(block_label(BLOCK_ARTICLE_WORD), X)

# --- hints that an article is an amending instruction, even when garbled ---------------------

AMENDING_HINTS = scan.compile(
    rf"""les\s+mots?\s+["«“]|le\s+mot\s+["«“]
        |(?:est|sont)\s+(?:{"|".join(AMENDING_PARTICIPLES)}){PARTICIPLE_ENDING}\s+par\b
        |(?:est|sont)\s+(?:abrogé|supprimé){PARTICIPLE_ENDING}\b
        |comme\s+suit\s*:|par\s+ce\s+qui\s+suit
        |modifications\s+suivantes""",
    X,
)
#: a line inside a point that reads like another point of the amending act (its label, then
#: an instruction): the point before it swallowed it
POINT_LIKE = scan.compile(
    rf"""^[ \t]*(?P<label>[a-z]\)|\d+\.|\d+°)[ \t]+
        (?=.*(?:les\s+mots?\s+["«“]|le\s+mot\s+["«“]|rédigée?s?\s+comme\s+suit
              |par\s+ce\s+qui\s+suit|(?:est|sont)\s+(?:abrogé|remplacé|complété|inséré)
              |^dans\s+l{APOS}alinéa\s+\S+,))""",
    X | re.MULTILINE,
)
#: inside a quoted block: a closing quote ending a paragraph, then a paragraph that reads like
#: an instruction — the block ended there and an instruction (or a point label) is missing
BLOCK_ENDS_EARLY = scan.regex(
    r"""["»”][ \t]*[;.]?[ \t]*\n\s*(?P<next>[^"«“\s][^\n]*)""",
    X,
)
#: inside a quoted block: an introducer followed by a quoted paragraph (another instruction)
BLOCK_NESTED = scan.regex(
    r"""(?:rédigée?s?\s+comme\s+suit|par\s+ce\s+qui\s+suit)\s*:\s*\n\s*["«“]""", X
)


# === the lexicon the grammar reads (consolidate.lang.lexicon.Lexicon) =========================
# Every fragment below is one small rule of the grammar, named by its Lexicon field.

from .lexicon import Lexicon  # noqa: E402

_UNIT_NOUNS: dict[str, str] = {
    "article": "article", "articles": "article",
    "paragraphe": "paragraph", "paragraphes": "paragraph", "§": "paragraph", "§§": "paragraph",
    "alinéa": "alinea", "alinéas": "alinea",
    "phrase": "sentence", "phrases": "sentence",
    "tiret": "tiret", "tirets": "tiret",
    "point": "point", "points": "point", "littera": "point", "litteras": "point",
    "disposition": "point", "dispositions": "point",
    "partie": "part", "parties": "part", "livre": "book", "livres": "book",
    "titre": "title", "titres": "title", "chapitre": "chapter", "chapitres": "chapter",
    "section": "section", "sections": "section",
    "sous-section": "subsection", "sous-sections": "subsection",
    "sous-titre": "subtitle", "sous-titres": "subtitle",
}
_ORDINALS_FULL: dict[str, int] = {
    **ORDINALS, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
    "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18,
    "dix-neuvième": 19, "vingtième": 20, "vingt-quatrième": 24, "dernier": -1,
    "avant-dernier": -2, "avant-dernière": -2,
    "unique": 1, "premiers": 1, "premières": 1, "derniers": -1, "dernières": -1,
}
_CARDINALS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16,
}
#: act types (as written after "la", "le", "l'", "du", "de la") → canonical type
_ACT_TYPES: dict[str, str] = {
    "loi": "loi", "loi spéciale": "loi spéciale", "loi-programme": "loi-programme",
    "loi ordinaire": "loi", "loi-cadre": "loi", "lois": "loi",
    "lois coordonnées": "lois coordonnées",
    "arrêté royal": "arrêté royal", "arrêtés royaux": "arrêté royal",
    "arrêté ministériel": "arrêté ministériel", "arrêté-loi": "arrêté-loi",
    "arrêté du régent": "arrêté du Régent", "décret": "décret", "décret spécial": "décret",
    "décrets": "décret", "décret-programme": "décret-programme",
    "ordonnance": "ordonnance", "ordonnances": "ordonnance",
    "arrêté": "arrêté", "arrêtés": "arrêté",
    "arrêté du gouvernement wallon": "arrêté du Gouvernement wallon",
    "arrêté du gouvernement flamand": "arrêté du Gouvernement flamand",
    "arrêté du gouvernement de la communauté française": "arrêté du Gouvernement de la "
    "Communauté française",
    "arrêté du gouvernement de la région de bruxelles-capitale": "arrêté du Gouvernement de la "
    "Région de Bruxelles-Capitale",
    "arrêté du gouvernement de la communauté germanophone": "arrêté du Gouvernement de la "
    "Communauté germanophone",
    "arrêté du collège réuni": "arrêté du Collège réuni",
    # the Collège réuni's full name, and the Executives (before 1993) by their name: one type
    # each, as the Governments (not the words as written, lower-cased)
    "arrêté du collège réuni de la commission communautaire commune": "arrêté du Collège réuni",
    "arrêté de l'exécutif flamand": "arrêté de l'Exécutif flamand",
    "arrêté de l'exécutif régional wallon": "arrêté de l'Exécutif régional wallon",
    "arrêté de l'exécutif de la communauté française": "arrêté de l'Exécutif de la Communauté "
    "française",
    "arrêté du collège de la commission communautaire française": "arrêté du Collège de la "
    "Commission communautaire française",
    "arrêté de l'exécutif": "arrêté de l'Exécutif", "règlement": "règlement",
}
_GOVERNMENTS = (
    r"Gouvernement\s+(?:wallon|flamand|de\s+la\s+Communauté\s+(?:française|germanophone)"
    r"|de\s+la\s+Région\s+de\s+Bruxelles-Capitale)"
    r"|Collège\s+réuni(?:\s+de\s+la\s+Commission\s+communautaire\s+commune)?"
    r"|Collège\s+de\s+la\s+Commission\s+communautaire\s+française"
    r"|Exécutif\s+(?:régional\s+wallon|flamand|de\s+la\s+Communauté\s+française)"
)
_ACT_TYPE_FR = (
    rf"(?:loi-programme|loi-cadre|lois?\s+(?:spéciales?|ordinaires?|coordonnées)|lois?"
    rf"|arrêtés?\s+royaux|arrêtés?\s+royal|arrêtés?\s+ministériels?|arrêté-loi"
    rf"|arrêté\s+du\s+Régent|arrêtés?\s+(?:du|de\s+l{APOS})\s*(?:{_GOVERNMENTS})"
    rf"|décret-programme|décrets?(?:\s+spécial)?|ordonnances?|arrêtés?|règlements?)"
)
#: Codes cited by name ("le Code pénal", "du Code judiciaire", "du Code des impôts sur les
#: revenus 1992") → their canonical name
_CODES: dict[str, str] = {
    name.casefold(): name for name in (
        "Nouvelle loi communale", "Loi hypothécaire",  # the loi du 16 décembre 1851
        "Code civil", "Code judiciaire", "Code pénal", "Code d'instruction criminelle",
        "Code des sociétés et des associations", "Code des sociétés", "Code de droit économique",
        "Code des impôts sur les revenus 1992", "Code de la TVA",
        "Code de la taxe sur la valeur ajoutée", "Code des droits d'enregistrement",
        "Code des droits d'enregistrement, d'hypothèque et de greffe",
        "Code des droits de succession", "Code des droits et taxes divers",
        "Code de la démocratie locale et de la décentralisation", "Code wallon de l'Action "
        "sociale et de la Santé", "Code wallon du Développement territorial",
        "Code wallon de l'aménagement du territoire, de l'urbanisme et du patrimoine",
        "Code de l'environnement",
        "Code réglementaire wallon de l'Action sociale et de la Santé", "Code de l'eau",
        "Code électoral", "Code de la nationalité "
        "belge", "Code pénal social", "Code pénal militaire", "Code de commerce",
        "Code ferroviaire", "Code de la navigation", "Code consulaire",
        "Code des impôts sur les revenus", "Code du bien-être au travail",
        "Code de la fonction publique wallonne", "Code bruxellois de l'aménagement du territoire",
        "Code bruxellois du logement", "Code de la route", "Code rural", "Code forestier",
        "Code du logement", "Code wallon du logement", "Code wallon du logement et de l'habitat "
        "durable", "Code de l'enseignement", "Code des taxes assimilées aux impôts sur les "
        "revenus", "Code du recouvrement amiable et forcé des créances fiscales et non fiscales",
        "Code de droit international privé",
        # the Codes of the Regions and Communities amended most (2 December 2026, night):
        # P007 before
        "Code de l'enseignement fondamental et de l'enseignement secondaire",
        "Code wallon de l'Habitation durable", "Code wallon de l'Agriculture",
        "Code wallon du Bien-être des animaux", "Code wallon du Tourisme",
        "Code flamand de l'aménagement du territoire", "Code flamand de la fiscalité",
        "Code flamand du logement de 2021",
        "Code bruxellois de l'air, du climat et de la maîtrise de l'énergie",
        "Code électoral communal bruxellois", "Code des taxes assimilées au timbre",
    )
}
#: "le Code de la TVA" is the Code de la taxe sur la valeur ajoutée (one Code, one canonical
#: name: the one of its Justel page, so that both citations match it)
_CODES["code de la tva"] = "Code de la taxe sur la valeur ajoutée"
#: the official name of the CoDT, the Code the lexicon knows as "Code wallon du Développement
#: territorial" (one Code, so one canonical name)
_CODES["code du développement territorial"] = "Code wallon du Développement territorial"
#: the loi du 17 avril 1878, cited by its name as a Code ("l'article 21 du titre préliminaire
#: du Code de procédure pénale"), and by its older name
_CODES["titre préliminaire du code de procédure pénale"] = \
    "Titre préliminaire du Code de procédure pénale"
_CODES["titre préliminaire du code d'instruction criminelle"] = \
    "Titre préliminaire du Code de procédure pénale"
#: the Code's usual name in the Walloon acts ("du Livre Ier du Code wallon de l'Environnement")
_CODES["code wallon de l'environnement"] = "Code de l'environnement"
#: its books are separate texts, each numbering its articles from D.1 (lexicon.BOOK_CODES):
#: the book is the text cited, the Livre II is the Code de l'Eau
for _code in ("code de l'environnement", "code wallon de l'environnement"):
    for _book in ("livre ier", "livre 1er", "livre premier", "livre i"):
        _CODES[f"{_book} du {_code}"] = "Livre Ier du Code de l'environnement"
    _CODES[f"livre ii du {_code}"] = "Code de l'eau"
    for _verb in ("contenant", "constituant", "formant"):
        _CODES[f"livre ii du {_code}, {_verb} le code de l'eau"] = "Code de l'eau"
#: the capital's accent dropped, as the Moniteur writes it ("de la Maîtrise de l'Energie")
_CODES["code bruxellois de l'air, du climat et de la maîtrise de l'energie"] = \
    "Code bruxellois de l'air, du climat et de la maîtrise de l'énergie"
_CODE_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+").replace("'", APOS)
    for name in sorted(_CODES, key=len, reverse=True)
)
_DATE_FR = rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})"
_DATE_PLAIN = rf"\d{{1,2}}(?:er)?\s+{MONTH}\s+\d{{4}}"
#: the French Republican calendar, for the acts of 1795–1805 still in force ("la loi du 25
#: ventôse an XI contenant organisation du notariat")
REPUBLICAN_MONTHS: dict[str, int] = {
    name: index for index, name in enumerate((
        "vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse", "germinal",
        "floréal", "prairial", "messidor", "thermidor", "fructidor"), start=1)
} | {"nivose": 4, "pluviose": 5, "ventose": 6, "floreal": 7, "vendemiaire": 1}
_REPUBLICAN_MONTH = "(?:" + "|".join(REPUBLICAN_MONTHS) + ")"
_REPUBLICAN_PLAIN = rf"\d{{1,2}}(?:er)?\s+{_REPUBLICAN_MONTH}\s+(?:an\s+)?[IVX]+\b"
_PARTICIPLES = (
    # "abroge par la loi du …", "modifie par l'arrêté royal du …": Justel's text lost the accent
    r"(?:remplacé|inséré|complété|abrogé|abroge(?=\s+par\b)|supprimé|rétabli|renuméroté|modifié"
    r"|modifie(?=\s+par\b)"
    r"|ajouté|annulé"
    r"|partiellement\s+annulé|coordonné|codifié|confirmé|interprété|prorogé|ratifié|transféré|déplacé"
    # an annex's history: "l'annexe VII, jointe par la loi du 11 mars 2018", "l'annexe 10bis
    # …, introduite par l'arrêté royal du 11 décembre 1996"
    r"|joint|introduit|annexé)"
)
_ART_LABEL = (
    rf"(?:[A-Z]{{1,3}}\.\s?[\dIVX]+(?:[.:/-]\d+)*(?:{LATIN})?"  # "I.1", "L. 1124-1", "D.IV.1"
    rf"|\d+(?:er)?(?::\d+)?(?:{LATIN})?(?:/\d+)*(?:{LATIN})?(?:[.-]\d+)*(?=\W|$))"
)
_NUMBER = rf"(?:\d+(?:er|re|e)?(?:{LATIN})?(?:/\d+)?)"
_ROMAN = rf"(?:[IVXLC]+(?:er)?|\d+(?:er|re)?|premier|première|unique)(?:{LATIN})?(?:/\d+)?"
_ITEM = (rf"(?:\d+(?:/\d+)?°(?:{LATIN})?(?:/\d+)?|\d+{LATIN}°|[a-z](?:{LATIN})?\)|\d+\)"
         rf"|[a-z]{{1,2}}\.(?=\s))")
#: labels a renumbering after an insertion lists: "2", "1er", "2bis", "3°", "b)"
_RENUMBERED = rf"(?:{_ITEM}|\d+(?:er|re)?(?:{LATIN})?(?:/\d+)?)"
_RENUMBERED_LIST = rf"{_RENUMBERED}(?:\s*,\s*{_RENUMBERED})*(?:\s+et\s+{_RENUMBERED})?"

LEXICON = Lexicon(
    language="fr",
    months=MONTH_SPELLINGS,
    ordinals=_ORDINALS_FULL,
    cardinals=_CARDINALS,
    date=_DATE_FR,
    act_types=_ACT_TYPES,
    act_type=rf"(?P<type>{_ACT_TYPE_FR})",
    codes=_CODES,
    code=rf"(?P<code>{_CODE_NAMES})",
    # "de la même loi", "dudit arrêté", "de ladite loi", "de la loi précitée", "du Code précité"
    # (the act designated last; ``same`` reads "précitée" after the noun)
    cited_after=r"précitée?s?",
    same_words=("même", "précit", "dit"),
    same_act=(
        rf"(?:(?:de\s+la|du|des|à\s+la|au|aux|dans\s+la|dans\s+le|la|le|les)\s+mêmes?\s+"
        # "de l'arrêté précité", "de la loi précitée", "du Code précité" (older acts and
        # arrêtés): the act cited before, as "du même arrêté"; "ladite loi", "dudit arrêté"
        rf"|(?:(?:de|à|dans)\s+)?(?:ladite|lesdites|ledit|lesdits)\s+"
        rf"|(?:dudit|desdits|desdites|audit|auxdits|auxdites)\s+"
        rf"|(?:de\s+la|du|des|à\s+la|au|aux|dans\s+la|dans\s+le|dans\s+les|de\s+l{APOS}"
        rf"|à\s+l{APOS}|dans\s+l{APOS}|la|le|les|l{APOS})\s*"
        rf"(?=(?:{_ACT_TYPE_FR}|Code|lois|arrêtés|décrets)\s+précitée?s?(?![\w-])))"
        rf"(?P<type>{_ACT_TYPE_FR}|Code|lois|arrêtés|décrets)"
    ),
    # "la loi du 16 mai 2001", "l'arrêté royal n° 78 du …", and an act named before its
    # date: "le Décret sur les soins et le logement du 13 mars 2009"; "de" for "du" as some
    # acts write it ("la loi de 25 mars 1964 sur les médicaments")
    cited_act=(
        # "n° 78", "numéro 78": the number of a numbered act (``ActRef.number``)
        rf"(?P<type>{_ACT_TYPE_FR})(?:\s+(?:\([IVX]+\)|(?:n[°o]?\.?|numéro)\s*(?P<number>\d+)"
        rf"|(?!(?:du|des|de)\s+\d)(?!(?:l{APOS})?(?:lois?|arrêtés?|décrets?|ordonnances?|Code"
        rf"|est|sont|il)\b)[^\W\dꝖꜲꜨ_][\wéèêàç'’-]*))"
        rf"{{0,8}}?"
        rf"\s*,?\s+(?:du|des|de)\s+(?P<date>{_DATE_PLAIN}|{_REPUBLICAN_PLAIN})"
        # "les arrêtés royaux du 3 mai 2000 et du 10 juin 2001": "du" repeated before a date
        rf"(?:\s*(?:,|et)\s*(?:du\s+)?{_DATE_PLAIN})*"
    ),
    coordinated=rf",?\s*coordonnée?s?\s+(?:le|par\s+l{APOS}arrêté\s+royal\s+du)\s+"
    rf"(?P<date>{_DATE_PLAIN})",
    title_start=(
        r"(?:portant|relati(?:f|ve)s?|modifiant|concernant|sur|organique|instaurant|créant"
        r"|visant|fixant|réglant|déterminant|instituant|contenant|établissant|réformant"
        r"|transposant|en\s+matière|de|du|des|d['’]|à|insérant|coordonnant|abrogeant"
        r"|complétant|exécutant|pris|accordant|approuvant|introduisant|adaptant|garantissant"
        r"|favorisant|améliorant|autorisant|prévoyant|tendant|attribuant|assurant|octroyant"
        r"|limitant|définissant|harmonisant|simplifiant|organisant|régissant|renforçant"
        r"|encadrant|établissant|interprétant|confirmant|ratifiant|assentiment)\b"
    ),
    history=(
        # "tel qu'il a été modifié par" (the longer "tel que modifié par")
        rf"(?:tel(?:le)?s?\s+que\s+|tel(?:le)?s?\s+qu{APOS}(?:il|elle)s?\s+(?:a|ont)\s+été\s+"
        rf"|et\s+|,\s*)?"
        rf"(?:(?:y\s+)?{_PARTICIPLES}(?:e|s|es)?(?:\s+en\s+dernier\s+lieu|\s+implicitement)?"
        rf"|(?:partiellement\s+)?annulé(?:e|s|es)?)\s+(?:par|pour\s+partie\s+par)\s+"
        # "l'annexe II, jointe à la même loi par la loi du 11 mars 2018": the act the annex
        # is joined to is designated (``annex`` reads "jointe"), "par …" is the recital
        r"|(?<=Ꜳ)\s+par\s+(?=Ꜳ)"
    ),
    units=_UNIT_NOUNS,
    unit_nouns=(
        r"(?P<noun>articles?|paragraphes?|§§?|alinéas?|phrases?|tirets?|points?|litteras?"
        # "la disposition b." (2019030478, art. 19): an item by its label
        r"|dispositions?(?=\s*(?:\d+°|[a-z]\.\s))"
        r"|parties?|livres?|sous-titres?|titres?|chapitres?|sous-sections?|sections?)"
    ),
    unit_ordinal_nouns=r"(?P<noun>alinéas?|phrases?|tirets?|paragraphes?|points?)",
    labelled_alone=r"(?:le|les|au|aux|l['’])",
    intro=(
        r"(?:la\s+|de\s+la\s+|à\s+la\s+|dans\s+la\s+)?phrases?\s+(?:liminaires?|introductives?)"
        # "le texte qui précède le 1°", "les mots précédant le a)" (arrêtés royaux): the
        # words before the first item of a list, its phrase liminaire; before another item
        # the words would be no unit (left to P007)
        r"|(?:le\s+|du\s+|au\s+|dans\s+le\s+|les\s+|des\s+|aux\s+|dans\s+les\s+)"
        r"(?:texte|mots|termes)\s+(?:qui\s+(?:précède|précèdent)|précédant)\s+le\s+(?:1°|a\)|1\))"
        r"(?!\w)"
    ),
    heading=r"(?:l['’]|de\s+l['’]|à\s+l['’]|dans\s+l['’])?intitulés?\b(?!\s*,?\s*Ꝗ)",
    connector_of=rf"^\s*(?:,\s*)?(?:de\s+la|de\s+l{APOS}|du|des|de|à\s+la|à\s+l{APOS}|au|aux)\s*$",
    list_and=r"(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)",
    range_to=r"\s+à\s+",
    indefinite=(
        r"(?P<count>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
        r"|quatorze|quinze|seize|les?\s+nouve(?:aux|lles?|l))"
    ),
    word_nouns=(
        r"(?:les?\s+numéros?\s+d['’]ordre|les\s+mots|le\s+mot|les\s+termes|le\s+terme"
        r"|la\s+mention|les\s+mentions"
        r"|l['’]expression|les\s+expressions|le\s+chiffre|les\s+chiffres|la\s+date|les\s+dates"
        r"|le\s+nombre|les\s+nombres|la\s+référence|les\s+références|le\s+montant|les\s+montants"
        r"|la\s+lettre|les\s+lettres|les?\s+signes?(?:\s+de\s+(?:paragraphe|ponctuation))?"
        r"|la\s+disposition|l['’]abréviation|le\s+sigle|la\s+définition|la\s+phrase|le\s+membre\s+de\s+phrase"
        r"|le\s+taux|le\s+pourcentage|les\s+pourcentages|l['’]année|le\s+numéro"
        r"|les?\s+montants?\s+de"
        r"|les?\s+numéros?\s+d['’]ordre|le\s+code|les\s+codes|les?\s+coefficients?"
        # "est remplacée par les phrases "…"": new words (one or several sentences)
        r"|les\s+phrases)"
    ),
    aux=r"(?:il\s+(?:est|sont)|(?:est|sont|sera|seront))",
    verbs={
        # "il est ajouté un alinéa", "est ajoutée la phrase suivante": added at the end
        "remplac": "replace", "insér": "insert", "ajout": "complete", "complét": "complete",
        # "Un article 633quinquies, rédigé comme suit, est intégré dans le même Code"
        "intégr": "insert",
        "abrog": "repeal", "supprim": "repeal", "rétabli": "restore", "renumérot": "renumber",
        "modifi": "modify", "apport": "apply_changes",
    },
    verb=(
        r"(?P<verb>remplacé|inséré|intégré|ajouté|complété|abrogé|supprimé|rétabli|renuméroté|modifié"
        r"|apporté)(?:e|s|es)?\b"
    ),
    predicate=(
        r"(?P<aux>\b(?:il\s+(?:est|sont)|est|sont|sera|seront))\s*,?\s+"
        r"(?:(?:chaque\s+fois(?:\s+qu['’]ils?\s+(?:apparaissent|apparaît|figurent|figure))?"
        r"|à\s+chaque\s+fois|respectivement|également|ainsi|chacun|en\s+outre"
        r"|dès\s+lors|toutefois|aussi|de\s+même|tous|toutes|simultanément"
        r"|à\s+(?:deux|trois|quatre|cinq|six|\d+)\s+reprises)\s*,?\s+)*"
        r"(?P<verb>(?:remplacé|inséré|intégré|ajouté|complété|abrogé|supprimé|rétabli|renuméroté|modifié"
        r"|apporté)(?:e|s|es)?"
        # the accent a page lost, before "par": "le mot "bevinding" est remplace par le mot
        # "vaststelling"" (2006023386, art. 102, 4°)
        r"|remplace(?=\s+par\b))\b"
    ),
    # "devient l'article 6", "formera le § 1er", "deviennent les §§ 2 et 3": a renumbering
    # names the unit it makes; "la décision devient définitive" (2018011241, art. 28) is a
    # rule of the act, not a predicate
    known_refusals={
        # "Il est inséré dans la loi …, à la place de l'article 37bis, …, (qui devient l'article
        # 38bis), un article 37bis" (2006009444, art. 2)
        "in_place_of": rf"\bà\s+la\s+place\s+(?:de\s+l{APOS}|du|de\s+la|des)",
        # "… sont abrogés, étant entendu que les trois premiers alinéas du § 1er formeront
        # l'article 50" (2006009444, art. 12)
        "proviso": r"\bétant\s+entendu\s+que\b",
        # "les mots "bedreigt of zou kunnen bedreigen;" sont déplacés à la ligne suivante"
        # (2022015455, art. 3, a))
        "moved": r"\b(?:est|sont)\s+déplacée?s?\b",
        # "les alinéas 4 et 5 actuels forment les alinéas 1er et 2 du § 2" (2006023386, art.
        # 102, 1°, 3°, 6°)
        "grouped": r"\bactuels\s+forment\s+les\s+alinéas\b",
        # "Les articles 4 de la loi du 8 mars 1999 … et 5 de l'arrêté royal du 3 mai 2000 …
        # sont abrogés" (each article before its act)
        "paired": r"\barticles\s+\d[\w/.-]*\s+Ꜳ+\s*(?:,|et)\s+\d[\w/.-]*\s+Ꜳ",
        # "L'article 5 de la loi du …, en ce qu'il concerne les notaires, est abrogé", "…, en
        # tant qu'il vise les notaires, …": a repeal (or change) as far as a subject goes
        "by_subject": rf"\ben\s+(?:ce|tant)\s+qu{APOS}(?:il|elle|ils|elles)\s+(?:ne\s+)?"
        r"(?:concerne|vise|s['’]applique|porte|règle)(?:nt)?\b",
        # "les mots "X" sont remplacés par les mots "Y", sauf à l'alinéa 3" / "sauf au 3°",
        # "excepté dans le § 2": the words replaced everywhere but in one unit
        "except_in": r",?\s*\b(?:sauf|excepté|hormis)\s+(?:à|au|aux|dans|en)\b",
        # "les 1° et 2° sont fusionnés", "les alinéas 2 et 3 sont fusionnés en un alinéa"
        "merged": r"\b(?:est|sont)\s+(?:\S+\s+){0,2}?fusionné(?:e|s|es)?\b",
        # "Les articles 5 à 8 de la même loi forment le chapitre 2, intitulé "…"", "… sont
        # regroupés sous un chapitre 2 intitulé …": a new division around articles of the base
        "into_division": r"\barticles\b[^.;:]{1,300}?\s(?:forment|formeront|constituent"
        r"|constitueront|sont\s+regroupés\s+(?:sous|dans|en))\s+(?:désormais\s+)?"
        rf"(?:(?:le|la|les|un|une|l{APOS})\s*)?(?:nouve(?:au|lle)\s+)?(?:chapitre|section"
        r"|sous-section|titre|sous-titre|livre|partie)s?\b",
    },
    # "L'arrêté royal du 21 avril 1983 … est abrogé, à l'exception du chapitre IV."
    # (2016036305, art. 36)
    repeal_except=rf",?\s*à\s+l{APOS}exception\s+(?:du|de\s+la|de\s+l{APOS}|des)\b",
    # "entre les alinéas 1er et 2, qui devient le 6°, quatre alinéas sont insérés"
    # (2022033790, art. 7, 2°: the alinéa after the place becomes the sixth; "le 6°" is a slip
    # of the text for "l'alinéa 6")
    described_rank=(
        rf",\s*qui\s+(?:devient|deviendra)\s+(?:l{APOS}\s*alinéa\s+|le\s+)(?P<rank>\d+)"
        r"(?:er|e|°)?\s*(?=,)"
    ),
    # "le § 3, qui devient le § 4, est remplacé", "dans l'alinéa 2, qui devient l'alinéa 3,",
    # "le 2°, devenant le 3°, est abrogé" (a history recital of the op: parsing/became.py)
    renumber_clause=(
        rf"(?:qui\s+)?(?:devient|deviendra|devenant)\s+(?:l{APOS}\s*|le\s+|la\s+)?"
        r"(?:(?P<noun>article|§|paragraphe|alinéa)\s*(?P<label>\d[\w/]*)"
        rf"|(?P<item>{_ITEM}))"
    ),
    # "les mots « X » sont remplacés par les mots « Y », sauf à l'alinéa 3" / "sauf au 3°" /
    # "excepté dans le § 2": the words changed everywhere in the target but in one unit
    except_place=(
        r",?\s*\b(?:sauf|excepté|hormis)\s+(?:à\s+l['’]\s*|au\s+|dans\s+(?:le\s+|l['’]\s*))"
        r"(?:(?P<noun>alinéa|§|paragraphe)\s*(?P<label>\d+(?:er)?(?:/\d+)?(?:bis|ter|quater)?)"
        rf"|(?P<item>{_ITEM}))(?=[\s.;]*$)"
    ),
    renumber_tense=r"(?:qui\s+)?(?:devient|deviennent|deviendra|deviendront|devenant)\b",
    # after an insertion's block: "il est inséré un § 2 rédigé comme suit : « … », le § 2
    # actuel devenant le § 3" / "…, les §§ 2 et 3 actuels devenant les §§ 3 et 4" / "…, l'alinéa
    # 2 actuel devenant l'alinéa 3" / "…, et le § 2 actuel devient le § 3" (parsing/became.py,
    # renumbered_after)
    renumber_after=(
        rf"(?:,\s*(?:et\s+)?|\s+et\s+)(?:l{APOS}\s*|le\s+|la\s+|les\s+)"
        r"(?:actuel(?:le)?s?\s+|ancien(?:ne)?s?\s+)?"
        rf"(?:(?P<noun>§§?|paragraphes?|alinéas?)\s*)?(?P<old>{_RENUMBERED_LIST})"
        r"\s+(?:actuel(?:le)?s?\s+|ancien(?:ne)?s?\s+)?(?:devenant|(?P<finite>devient|deviennent))\s+"
        rf"(?:l{APOS}\s*|le\s+|la\s+|les\s+)(?:(?P<newnoun>§§?|paragraphes?|alinéas?)\s*)?"
        rf"(?P<new>{_RENUMBERED_LIST})(?=[\s.;]*\Z)"
    ),
    become=(
        # "la section 2 forme désormais la section 3" (the Dutch "vormt voortaan")
        r"(?P<verb>devient|deviennent|formera|formeront|deviendra|deviendront"
        r"|(?:forme|forment|est|sont)\s+désormais"
        # "Les articles 5 à 8 de la même loi forment le chapitre 2, intitulé « … »": articles
        # grouped into a new division (``instruction._grouped_into``)
        r"|forment(?=\s+(?:le|la|un|une)\s+(?:nouve(?:au|lle)\s+)?(?:chapitre|section"
        r"|sous-section|titre|sous-titre|livre|partie)\b))\b"
        rf"(?=\s+(?:respectivement\s+)?(?:l{APOS}|le\b|la\b|les\b|un\b|une\b|§|\d"
        r"|(?:article|alinéa|paragraphe|point|section|chapitre)\b))"
    ),
    roles={"par": "by", "après": "after", "avant": "before", "entre": "between",
           "entres": "between", "et": "and"},
    role=r"(?P<role>par|après|avant|entres?|et)\s+$",
    every=(
        r"(?:chaque\s+fois(?:\s+qu['’]il(?:s)?\s+(?:apparaissen?t|apparaît|figuren?t|figure))?"
        r"|à\s+chaque\s+occurrence|partout\s+où\s+(?:ils|il|elles?)\s+(?:figuren?t|apparaissen?t)"
        r"|à\s+chaque\s+fois"
        # "les mots "A" sont remplacés partout par les mots "B"": everywhere in the unit
        r"|(?<![\w'’])partout\b"
        # "Dans l'ensemble de la loi du …", "dans toute la loi" (the act's determiner is
        # masked with it): the words wherever they are in the act, each time
        r"|(?<![\w'’])l['’]ensemble\s+(?=Ꜳ)|(?<![\w'’])(?:tout|toute)\s+(?=Ꜳ))"
    ),
    respectively=r"respectivement",
    # "les mots "X" sont remplacés à deux reprises par les mots "Y"": exactly two occurrences
    times=r"(?<![\w'’])à\s+(?P<count>deux|trois|quatre|cinq|six|\d+)\s+reprises\b",
    titled=r"(?:intitulée?s?|dénommée?s?|portant\s+l['’]intitulé)\s*,?\s*$",
    language_only=(
        r"(?:dans\s+|de\s+|au\s+)?(?:le\s+|la\s+)?(?:texte|version)\s+(?:en\s+(?:langue\s+)?)?"
        r"(?P<language>néerlandaise?|française?|allemande?)(?:\s+(?:de|du|des)\b)?"
    ),
    languages={"néerlandais": "nl", "français": "fr", "allemand": "de", "néerlandaise": "nl",
               "française": "fr", "allemande": "de"},
    concerns_other_text=(
        r"\(?\s*(?:ne\s+)?concerne\s+(?:uniquement|seulement)\s+le\s+texte\s+"
        r"(?P<language>néerlandais|allemand|français)\s*\)?"
    ),
    lead_in=(
        r"(?:(?:les\s+modifications|la\s+modification|les\s+adaptations)\s+suivantes?\s+"
        r"(?:(?:y\s+)?(?:sont|est)\s+(?:apportées?|effectuées?))"
        r"|(?:(?:sont|est)\s+apportées?|il\s+est\s+apporté|sont\s+effectuées)\s+"
        r"(?:les|la)\s+(?:modifications?|adaptations?)\s+suivantes?"
        r"|(?:est|sont)\s+modifiée?s?\s+comme\s+suit"
        # "L'article 6 … est modifié de la manière suivante :" (the older wording)
        r"|(?:est|sont)\s+modifiée?s?\s+de\s+la\s+manière\s+suivante"
        r"|(?:est|sont)\s+(?:complétée?s?|modifiée?s?)\s+comme\s+suit(?=\s*:\s*(?:\n|$))"
        r"|(?:il\s+est\s+)?(?:apporté|apportées)\s+les\s+modifications\s+suivantes)"
    ),
    introducer=(
        rf"(?:,?\s*(?:rédigée?s?|libellée?s?|formulée?s?)\s+comme\s+suit|,?\s*ainsi\s+rédigée?s?"
        rf"|,?\s*(?:dans\s+la\s+|selon\s+la\s+)?rédaction\s+suivante|(?:par\s+)?ce\s+qui\s+suit"
        rf"|comme\s+suit|par\s+(?:les?|la|l{APOS})\s*(?:dispositions?|alinéas?|phrases?|mots"
        rf"|textes?|intitulés?|paragraphes?|points?|articles?|termes|définitions?|chapitres?"
        rf"|sections?|rubriques?|tirets?)\s+suivante?s?|(?:le|la|les|l{APOS})\s*(?:alinéas?"
        # "le tiret suivant est ajouté :" (arrêtés royaux), as "le point suivant"
        rf"|phrases?|mots|dispositions?|points?|paragraphes?|articles?|intitulés?|tirets?)"
        rf"\s+suivante?s?"
        rf"|suivante?s?)\s*$"
    ),
    positions={
        "après": "after", "avant": "before", "entre": "between", "au début": "start",
        "à la fin": "end", "a la fin": "end", "in fine": "end",
    },
    position=(
        r"(?P<position>après|avant|entre|au\s+début\s+(?:de|du|des)"
        # "A la fin de l'alinéa 2" (the capital without its accent, as the Moniteur writes it)
        r"|[àa]\s+la\s+fin\s+(?:de|du|des)|in\s+fine\s+(?:de|du)"
        # "… sont insérés in fine.", "… sont ajoutés à la fin.": the end of the unit designated
        r"|(?:in\s+fine|à\s+la\s+fin)(?=\s*(?:[.;]|$)))"
    ),
    container=r"(?:dans|à|au|aux)\b",
    place=r"(?:dans|à|au|aux)\b",
    article_heading=r"(?:Article|Art\.?)",
    block_article=rf"(?:Article|Art\.)\s*(?P<label>{_ART_LABEL})\s*\.",
    block_article_word=BLOCK_ARTICLE_WORD,
    division_heading=(
        rf"^(?P<kind>PARTIE|Partie|LIVRE|Livre|TITRE|Titre|CHAPITRE|Chapitre|Chap\.|SECTION|Section"
        rf"|SOUS-SECTION|Sous-section|SOUS-TITRE|Sous-titre)\s+(?P<label>{_ROMAN})\s*\.?\s*(?:[-–—:]\s*|\.\s*)?"
    ),
    amending_hint=(
        r"\b(?:les?\s+mots?|les\s+termes)\s+Ꝗ"
        r"|\b(?:est|sont|il\s+est)\s+(?:chaque\s+fois\s+)?(?:remplacée?s?|insérée?s?|complétée?s?"
        r"|abrogée?s?|supprimée?s?|rétablie?s?|renumérotée?s?|ajoutée?s?)\b"
        r"|\bmodifications?\s+suivantes|\brédigée?s?\s+comme\s+suit|\bpar\s+ce\s+qui\s+suit"
        r"|\b(?:devient|deviennent)\s+(?:l['’]|le|la|les)\s*(?:article|alinéa|§|paragraphe|\d)"
        # "les alinéas 4 et 5 actuels forment les alinéas 1er et 2 du § 2" (2006023386, art. 102)
        r"|\bforment\s+(?:l['’]|le|la|les)\s*(?:article|alinéa|§|paragraphe|\d)"
        r"|\b(?:Sont|Est)\s+abrogée?s?\b"
        # "Le présent arrêté abroge l'article 5 de l'arrêté royal du …": a repeal in the active
        # voice no rule reads (P001), never an autonomous rule
        r"|\b(?:La\s+présente\s+(?:loi|ordonnance)|Le\s+présent\s+(?:arrêté|décret)|Cet\s+arrêté"
        r"|Ce\s+décret|Cette\s+(?:loi|ordonnance))\s+abroge(?:nt)?\b"
    ),
    # "L'article 5 de la loi du … est suspendu.", "… est prorogé", "… est rapporté": a
    # passive no rule reads after a unit of a cited act is an unknown formula (P001), never
    # an autonomous rule; not the verbs of a rule that cites an article ("est interprété en
    # ce sens que", "est confirmé", "est réputé", "est rendu applicable", "est maintenu en
    # vigueur", "est assimilé"; "est applicable", "est d'application" are no participles)
    unknown_predicate=(
        r"\b(?:est|sont)\s+(?!(?:interprété|confirmé|ratifié|réputé|censé|considéré|présumé"
        r"|rendu|déclaré|maintenu|assimilé|appliqué|étendu|lu|visé|chargé|exécuté|pris"
        r"|soumis|publié|entré|abrogé|remplacé|inséré|complété|supprimé|rétabli|renuméroté"
        r"|ajouté|modifié|intégré|apporté)e?s?\b)"
        r"(?P<verb>[^\W\d_]{3,}(?:é|u)e?s?)(?![\w-])"
        # "L'article 5 de la loi du … cesse de produire ses effets": a repeal no rule reads
        r"|\b(?P<verb2>cesse(?:nt)?\s+(?:de\s+produire\s+(?:ses|leurs)\s+effets"
        r"|d['’]être\s+en\s+vigueur|de\s+s['’]appliquer))\b"
    ),
    transitional_hint=(
        r"\b(?:à\s+titre\s+transitoire|transitoires?|reste(?:nt)?\s+(?:applicables?|en\s+vigueur"
        r"|soumis)|demeure(?:nt)?\s+(?:applicables?|en\s+vigueur)|continue(?:nt)?\s+(?:à|de)"
        r"\s+(?:s['’]appliquer|être\s+applicables?|produire)|en\s+cours\s+(?:au|à\s+la\s+date)"
        r"|jusqu['’]à\s+(?:la\s+date|l['’]entrée)|avant\s+l['’]entrée\s+en\s+vigueur"
        r"|à\s+la\s+date\s+d['’]entrée\s+en\s+vigueur|dispositions?\s+antérieures?"
        r"|restent\s+valables|conservent|en\s+cours|restent\s+régie?s|reste\s+régie?"
        r"|la\s+veille\s+de\s+(?:la\s+date\s+d['’])?entrée\s+en\s+vigueur)\b"
    ),
)

#: the autonomous provisions, one named pattern each (read by consolidate.parsing.autonomous)
_THIS_ACT = (
    r"(?:La\s+présente\s+(?:loi|ordonnance|loi-programme)"
    r"|Le\s+présent\s+(?:décret-programme|décret|arrêté|Code)"
    r"|Cette\s+loi|Cet\s+arrêté|Ce\s+décret|Cette\s+ordonnance)"
)
AUTONOMOUS: dict[str, str] = {
    # an authority that fixes a date of entry into force in words no rule reads ("Le Roi
    # fixe, par arrêté délibéré en Conseil des ministres, et pour chaque disposition, la date
    # …"): a near miss (P001), never an autonomous rule
    "fixes_near": (
        r"^(?:Le\s+Roi|Le\s+Gouvernement[^,.;]*?|Le\s+Collège[^,.;]*?)\s*,?\s+(?:fixe|détermine"
        r"|arrête)\b[^.]*?\bdates?\b[^.]*?\bvigueur\b"
    ),
    # a date of effect inside an amending instruction (parsing/dated.py): "les mots « A » sont
    # remplacés, à partir du 1er janvier 2025, par les mots « B »", "Avec effet au 1er janvier
    # 2024, l'article 8 … est abrogé" (``effect``: retroactive, as "produit ses effets le")
    "instruction_date": (
        r"(?:,\s*)?(?<![\w'’])(?:(?P<effect>avec\s+effet\s+(?:au|à\s+(?:partir|dater|compter)\s+du))"
        # "À compter du 1er janvier 2026, l'article 3 … est abrogé" (as "à partir du")
        r"|[àa]\s+(?:partir|dater|compter)\s+du"
        # "L'article 5 … est abrogé au 1er janvier 2026" / "à la date du 1er janvier 2026"
        r"|(?:(?<=abrogé\s)|(?<=abrogée\s)|(?<=abrogés\s)|(?<=abrogées\s))(?:au|à\s+la\s+date\s+du))"
        rf"\s+(?P<date>{_DATE_PLAIN})(?![\w])(?P<comma>\s*,)?"
    ),
    # "La présente loi règle une matière visée à l'article 74 de la Constitution."
    # "Le présent décret règle, en application de l'article 138 de la Constitution, une
    # matière visée à l'article 128 de celle-ci." (a Walloon, French-community or COCOF
    # decree), "des matières visées aux articles 127 et 128 …, en vertu de l'article 138 de
    # celle-ci", "une matière régionale." (the French text of a Flemish decree)
    "constitutional_basis": (
        rf"^{_THIS_ACT}\s+règle,?\s+(?:en\s+(?:vertu|application)\s+de\s+l{APOS}article\s+\d+"
        rf"\s+de\s+la\s+Constitution\s*,\s+)?(?:une\s+matière|des\s+matières)\s+"
        rf"(?:(?:visées?|communautaires?|régionales?|fédérales?|bicamérales?)"
        rf"(?:\s+et\s+(?:communautaires?|régionales?))?\s*(?=[.]?\s*$)"
        rf"|(?:(?:visées?|communautaires?|régionales?)(?:\s+visées?)?\s+(?:à\s+l{APOS}article"
        rf"|aux\s+articles|par\s+l{APOS}article)\s+[\w\s,§]+?"
        r"(?:de\s+la\s+Constitution|de\s+celle-ci|de\s+la\s+loi\s+spéciale[^.]*)"
        rf"(?:\s*,\s*en\s+(?:vertu|application)\s+de\s+l{APOS}article\s+\d+\s+de\s+"
        r"(?:celle-ci|la\s+Constitution))?))\s*\.?\s*$"
    ),
    # "Elle transpose la directive 2001/84/CE …" (after the constitutional basis)
    "transposes": (
        r"^(?:Elle|Il|La\s+présente\s+\w+|Le\s+présent\s+\w+)\s+(?:transpose|assure\s+la\s+"
        r"transposition|met\s+en\s+œuvre|exécute|vise\s+à\s+transposer)\b"
    ),
    # "Le Ministre … est chargé de l'exécution du présent arrêté."
    "execution": (
        r"^(?:Notre|Nos|Le|La|Les)\s+(?:Vice-)?(?:Premier\s+)?(?:Ministres?|Secrétaires?\s+d['’]État"
        r"|membres?\s+du\s+(?:Gouvernement|Collège)|Gouvernement)\b[^.]*?\s+(?:est|sont)\s+"
        r"chargée?s?,?\s+(?:chacun\s+(?:en|pour)\s+ce\s+qui\s+le\s+concerne,?\s+)?(?:de\s+l['’]exécution"
        r"|de\s+l['’]application)\b[^.]*\.?\s*$"
    ),
    # the subject of an entry-into-force sentence and its verb
    "in_force_sentence": (
        r"^(?P<subject>.*?)\s*,?\s+(?:(?P<enter>entre(?:nt|ra|ront)?\s+en\s+vigueur)"
        r"|(?P<effect>(?:produi(?:t|sent|ra|ront)|sor(?:t|tent|tira|tiront))\s+(?:ses|leurs)"
        r"\s+effets))"
        r"\s*,?\s*(?P<when>.*?)\s*\.?\s*$"
    ),
    "this_act": (
        rf"^(?:{_THIS_ACT}|chacun\s+des\s+articles\s+de\s+{_THIS_ACT}"
        # "Les dispositions de la présente loi entrent en vigueur …" (the whole act)
        r"|(?:les|l['’]ensemble\s+des)\s+dispositions\s+(?:de\s+la\s+présente\s+(?:loi"
        r"|ordonnance|loi-programme)|du\s+présent\s+(?:décret-programme|décret|arrêté|Code)))$"
    ),
    "this_division": (
        r"^(?:(?:Le|La)\s+présente?|Ce|Cette|Les\s+dispositions\s+(?:du|de\s+la)\s+présente?"
        r"|Les\s+dispositions\s+de\s+(?:ce|cette)|Les\s+articles\s+(?:du|de\s+la)\s+présente?"
        r"|Chacun\s+des\s+articles\s+(?:du|de\s+la)\s+présente?)\s+"
        r"(?P<division>chapitre|titre|sous-titre|section|sous-section|livre|partie)$"
    ),
    "when_date": rf"^(?:le|au|à\s+partir\s+du|dès\s+le)\s+(?P<date>{_DATE_PLAIN})$",
    "when_publication": (
        r"^(?:le\s+jour\s+(?:de\s+sa|de\s+la)\s+publication|à\s+(?:partir\s+du\s+|la\s+date\s+du"
        r"\s+)?(?:jour\s+)?(?:de\s+sa|de\s+la)\s+publication|à\s+partir\s+du\s+jour\s+où\s+(?:il|elle)"
        r"\s+paraît|dès\s+(?:sa|la)\s+publication|le\s+jour\s+où\s+(?:il|elle)\s+paraît)\b"
    ),
    "when_days_after": (
        # "le jour qui suit sa publication" (the Dutch "de dag na de bekendmaking ervan"): first,
        # before "le" is read as a number of days
        r"^le\s+(?P<next>lendemain\s+de|jour\s+(?:qui\s+suit|suivant)(?:\s+celui\s+de)?)\s+"
        r"(?:sa|la)\s+publication"
        # "le dixième jour qui suit la date de sa publication"
        r"|^(?:le\s+)?(?P<days>\w+)(?:ième)?\s+jours?\s+(?:qui\s+suit|suivant|après)\s+(?:celui\s+de\s+"
        r"|la\s+date\s+de\s+)?(?:sa|la)\s+publication"
        r"|^(?:le\s+)?(?P<days2>\w+)\s+jours?\s+après\s+(?:sa|la)\s+publication"
    ),
    "when_month_after": (
        r"^le\s+premier\s+jour\s+du\s+(?P<months>\w+\s+)?(?P<unit>mois|trimestre)\s+(?:qui\s+suit"
        # what follows is the publication: "qui suit l'expiration d'un délai de dix jours
        # prenant cours le jour après sa publication" is another date (not read: P001)
        r"|suivant)\s+(?:celui|le\s+(?:mois|trimestre)\b|(?:la\s+date\s+de\s+)?(?:sa|la)\s+publication)"
    ),
    # "six mois après sa publication", "trois mois après le jour de sa publication" (2016031847,
    # art. 7): the day of the publication, so many months on (not the first of a month)
    "when_months_after": (
        r"^(?P<months>[\w-]+)\s+mois\s+(?:après|suivant|qui\s+suit)"
        r"\s+(?:le\s+jour\s+de\s+|la\s+date\s+de\s+)?(?:sa|la)\s+publication"
    ),
    # "le premier jour du mois qui suit l'expiration d'un délai de dix jours prenant cours le
    # jour après sa publication au Moniteur belge": the first day of the month after the
    # publication and the days (before ``when_month_after``, which refuses it)
    "when_month_after_delay": (
        r"^le\s+premier\s+jour\s+du\s+mois\s+(?:qui\s+suit|suivant)\s+l['’]expiration\s+d['’]un"
        r"\s+délai\s+de\s+(?P<days>\w+)\s+jours\s+(?:prenant\s+cours|commençant\s+à\s+courir|à"
        r"\s+compter\s+du)\s+(?:le\s+)?(?:jour\s+(?:après|qui\s+suit|suivant)|lendemain\s+de)\s+"
        r"(?:celui\s+de\s+)?(?:sa|la)\s+publication"
    ),
    # what may follow the publication a date is counted from ("… au Moniteur belge", "… de la
    # présente loi au Moniteur belge", "celui au cours duquel elle aura été publiée …"):
    # anything else is another rule ("au Moniteur belge, à l'exception : 1° de l'article 10,
    # dont …", 2016003166, art. 34), never dropped in silence (the sentence is refused, P001)
    "when_tail": (
        r"^(?:(?:(?:de\s+la\s+présente|du\s+présent|de\s+ce|de\s+cette)\s+[\w-]+(?:\s+\([IVX]+\))?"
        r"|de\s+(?:sa|la)\s+publication|au\s+cours\s+duquel\s+(?:il|elle)\s+(?:aura\s+été|a\s+été"
        r"|est|sera)\s+publiée?s?|(?:au|dans\s+le)\s+Moniteur\s+belge)(?:\s+|$))*$"
    ),
    # "le jour de sa signature" (an arrêté ministériel), "le jour de son adoption" (a
    # règlement, a décision): the act's own date
    # (a décret's and a loi's date is its sanction: "le jour de sa sanction")
    "when_signature": (
        r"^(?:le\s+jour|à\s+la\s+date)\s+(?:de\s+(?:sa|la)\s+(?:signature|sanction)"
        r"(?:\s+du\s+présent\s+(?:arrêté|décret))?|de\s+son\s+adoption"
        r"(?:\s+par\s+le\s+Gouvernement(?:\s+(?:wallon|flamand))?)?"
        r"|où\s+il\s+est\s+signé)$"
    ),
    "when_fixed": (
        r"^(?:à\s+(?:la|une)\s+date\s+(?:fixée|à\s+fixer|à\s+déterminer|déterminée)\s+par"
        r"|(?:à\s+la\s+date|le\s+jour)\s+que\s+(?:fixe|fixera|détermine)"
        # "(de l'article 10,) dont l'entrée en vigueur sera fixée par le Roi" (``except_item``)
        r"|fixée\s+par)\s+"
        r"(?P<authority>le\s+Roi|le\s+Gouvernement(?:\s+(?:wallon|flamand))?|le\s+Collège"
        r"|l['’]Exécutif|le\s+Ministre|Nous)"
        rf"(?:.*?au\s+plus\s+tard\s+le\s+(?P<deadline>{_DATE_PLAIN}))?"
    ),
    # the determiner before who fixes a date: "le Roi" → "Roi"
    "authority_determiner": r"^(?:le|la|l['’])\s*",
    "deadline_before": rf"le\s+(?P<deadline>{_DATE_PLAIN})\s+au\s+plus\s+tard",
    "when_conditional": (
        r"^(?:(?:au\s+moment\s+de|le\s+jour\s+de|à\s+la\s+date\s+de|en\s+même\s+temps\s+que"
        r"|dès|lors\s+de)\s+l['’]entrée\s+en\s+vigueur\b"
        r"|à\s+la\s+rentrée\s+(?:scolaire|académique)\b|le\s+jour\s+(?:où|de\s+la)\b)"
    ),
    "condition_after": r",?\s*(?P<condition>(?:pour\s+autant|à\s+condition|sous\s+réserve)\b.*)$",
    "except": (
        r"\s*,?\s*(?:à\s+l['’]exception\s+(?:des\s+|de\s+l['’]\s*|du\s+)|sauf\s+|excepté\s+)"
        r"(?P<except>.*?)"
        r"(?:\s*,?\s*(?:qui|lesquels)\s+(?P<rest>(?:entre|produi).*))?$"
    ),
    # "Le Roi fixe la date d'entrée en vigueur de chacune des dispositions de la présente loi",
    # "Le Gouvernement flamand fixe la date à laquelle les articles 17 à 20 … entrent en vigueur"
    "authority_fixes": (
        r"^(?P<authority>Le\s+Roi|Le\s+Gouvernement(?:\s+(?:wallon|flamand))?|Le\s+Collège)\s+"
        r"(?:fixe|détermine)"
        # "Le Roi fixe, par arrêté délibéré en Conseil des ministres, la date …"
        r"(?:\s*,\s*par\s+(?:un\s+)?arrêté\s+(?:royal\s+)?délibéré\s+en\s+Conseil\s+des"
        r"\s+ministres\s*,)?"
        r"\s+(?:la\s+date|les\s+dates)\s+(?:(?:d['’]|de\s+l['’])entrée\s+en\s+vigueur\s+"
        r"(?:de|des|du)\s+(?P<of>.*?)|à\s+laquelle\s+(?P<which>.*?)\s+entre(?:nt)?\s+en\s+"
        r"vigueur)"
        # "… de la présente loi avant le 31 décembre 2016" (2016007106, art. 17: the last day
        # is the 30th, ``before``), "… au plus tard le 1er janvier 2025"
        # (", et au plus tard le …": the comma is not the end of the rule)
        rf"(?:\s*,?\s+(?:et\s+)?(?:(?P<before>avant)|au\s+plus\s+tard)\s+le\s+"
        rf"(?P<deadline>{_DATE_PLAIN}))?\s*[,.]"
    ),
    "king_may_advance": (
        # "Le Roi peut fixer pour chacune des dispositions de la présente loi une date d'entrée
        # en vigueur antérieure à celle mentionnée à l'alinéa 1er." (2019030329, art. 43)
        # "Le Roi peut, pour chacune des dispositions de la présente loi, fixer une date …",
        # "Le Roi peut, par arrêté délibéré en Conseil des ministres, fixer …", "Le Roi peut
        # fixer, pour chacune de ses dispositions, une date …", "Le Roi peut avancer la date
        # d'entrée en vigueur visée à l'alinéa 1er"
        r"^(?:Le\s+Roi|Le\s+Gouvernement[^.]*?|Le\s+Collège[^.]*?)\s+peut\s*(?:,\s*[^,.]+?,\s*|\s+)"
        r"(?:(?:fixer|avancer|prévoir|déterminer)\s*(?:,\s*[^,.]+?,\s*|\s+pour\s+[^.]*?\s+|\s+)"
        r"une\s+date\s+d['’]entrée\s+en\s+vigueur\s+antérieure"
        r"|avancer\s+la\s+date\s+d['’]entrée\s+en\s+vigueur)"
    ),
    "ceases": r"\bcesse(?:nt)?\s+d['’](?:être\s+en\s+vigueur|avoir\s+effet|produire)",
    # where the rule's time ends before it ("le 1er janvier 2011 et cesse d'être en vigueur …")
    "ceases_split": r",?\s+et\s+cesse",
    # the date of the end: "… et cesse d'être en vigueur le 30 juin 2020", "cesse de produire
    # ses effets le …" (the first day without the provisions, docs/time.md)
    "ceases_on": (
        r"\bcesse(?:nt)?\s+(?:d['’]être\s+en\s+vigueur|d['’]avoir\s+effet|de\s+produire\s+"
        rf"(?:ses|leurs)\s+effets)\s+(?:le|au|à\s+partir\s+du)\s+(?P<date>{_DATE_PLAIN})\s*\.?$"
    ),
    # "A l'exception du présent article, qui entre en vigueur le jour de la publication du
    # présent titre au Moniteur belge, chacun des articles du présent titre entre en vigueur
    # à la date fixée par le Roi, …" (2019041200, art. 27): the exception comes first
    "except_first": (
        r"^(?:A|À)\s+l['’]exception\s+(?:(?P<this>du\s+présent\s+article)|(?:des?\s+|de\s+l['’]\s*)"
        r"(?P<except>"
        r"articles?\s+[^,]+?))\s*,\s+(?:qui|lequel|lesquels)\s+(?:entre(?:nt)?\s+en\s+vigueur"
        r"|(?P<effect>produi(?:t|sent)\s+(?:ses|leurs)\s+effets))\s+(?P<when>[^,]*?)"
        r"\s*,\s+(?P<main>.+)$"
    ),
    # "L'article 138, § 2, alinéa 2, de la loi sur les hôpitaux …, tel que modifié par
    # l'article 45, 3°," (2006023386, art. 47); "L'article I.19 du Code de droit économique,
    # inséré par l'article 2 de la présente loi," (2014011245, art. 10): a unit of another act
    # as this act's article made it — the provision is that article (and its point)
    "by_this_act": (
        r"(?:l['’]article|les\s+articles)\s+(?P<units>.+?)\s*,?\s+(?:de\s+la|de\s+l['’]|du|des)"
        r"\s*(?P<act>[^,]*?(?:,\s*coordonnée\s+le\s+[^,]+)?)\s*,?\s+"
        r"(?:tel(?:le)?s?\s+(?:qu['’]\s*|que\s+))?"
        r"(?:(?P<inserted>insérée?s?)|modifiée?s?|remplacée?s?)\s+par\s+l['’]article\s+"
        r"(?P<number>\d+\w*)(?P<point>\s*,\s*\d+°)?"
        r"(?:\s+(?:de\s+la\s+présente|du\s+présent)\s+\w+)?\s*(?:,\s*(?:et\s+)?|$)"
    ),
    # "Le Roi détermine la date d'entrée en vigueur des autres dispositions du Livre XVI"
    "the_others": r"^(?:(?:les|des)\s+)?autres\s+dispositions\b",
    # "en ce qui concerne les pédiatres, le 1er janvier 2007" (2006023386, art. 47): the rule
    # for some persons only, kept with the rule's condition
    "concerning": r"^en\s+ce\s+qui\s+concerne\s+(?P<whom>[^,]+?)\s*,\s*",
    # "la section 2 n'entre pas en vigueur si …" (2011012030, art. 55): a provision that does
    # not enter into force on an event — no rule of the model holds it (refused, P001)
    "not_in_force": r"\bn['’]\s*entre(?:nt|ra|ront)?\s+pas\s+en\s+vigueur\b",
    # "et au plus tard le premier jour du dix-huitième mois qui suit celui au cours duquel la
    # présente loi aura été publiée au Moniteur belge" (2006009457, art. 51)
    "deadline_month_after": (
        r"au\s+plus\s+tard\s+le\s+premier\s+jour\s+du\s+(?P<months>[\w-]+\s+)?mois\s+qui\s+suit"
        r"\s+(?:celui\s+(?:au\s+cours\s+duquel|de)\s+)?(?:sa|la)?"
    ),
    # "(et de l'article 11 qui entre en vigueur à la date fixée par le Roi et au plus tard le
    # 1er septembre 2012,)" after the first exception of "A l'exception du présent article, …"
    # the Dutch main clause after a leading exception puts its verb first ("…, treedt deze wet
    # in werking op …"); the French one keeps its subject first ("…, la présente loi entre en
    # vigueur …"): no rule (the empty pattern is none, autonomous.optional)
    "verb_first": "",
    "except_also": (
        r"^et\s+(?:de\s+|des\s+)(?P<except>(?:l['’]article|articles)\s+[^,]+?)\s*,?\s+(?:qui|lequel"
        r"|lesquels)\s+(?:entre(?:nt)?\s+en\s+vigueur|(?P<effect>produi(?:t|sent)\s+(?:ses|leurs)"
        r"\s+effets))\s+(?P<when>[^,]*?)\s*,\s+(?P<main>.+)$"
    ),
    # "… le jour de sa publication au Moniteur belge, à l'exception : 1° de l'article 10, dont
    # l'entrée en vigueur sera fixée par le Roi mais aura lieu au plus tard le 31 mai 2016; 2° de
    # l'article 27, 2°, qui entre en vigueur le 1er janvier 2017." (2016003166, art. 34): the
    # main rule, less a list of exceptions, each item with its own rule
    "except_list": r"\s*,?\s*(?:à\s+l['’]exception|sauf|excepté)\s*:\s*(?P<items>\d+°\s.*)$",
    "except_list_split": r"\s*;\s*(?:et\s+|ou\s+)?(?=\d+°\s)",
    "except_item": (
        r"^\d+°\s+(?:de\s+l['’]\s*|des\s+|du\s+)?(?P<except>articles?\s+.+?)\s*,?\s+"
        r"(?:(?:qui|lequel|laquelle|lesquels)\s+(?:entre(?:nt|ra|ront)?\s+en\s+vigueur"
        r"|(?P<effect>produi(?:t|sent|ra|ront)\s+(?:ses|leurs)\s+effets))"
        r"|dont\s+l['’]entrée\s+en\s+vigueur\s+(?:sera|est)\s+(?=fixée))"
        r"\s*(?P<when>.*?)\s*[;.]?\s*$"
    ),
    # the words of a subject that lists articles or provisions (autonomous.py: "Les articles 2
    # à 4, 6 et 9", "L'article 5 de la présente loi", "Le titre 2, chapitre 1er et …")
    # ("des articles 3 à 5" after "la date d'entrée en vigueur": "articles" without "les")
    "articles_head": r"^(?:L['’]article|Les\s+articles|les\s+articles|l['’]article|articles)\s+",
    "articles_of_this_act": r"\s+(?:de\s+la\s+présente\s+\w+|du\s+présent\s+\w+|inclus)\b",
    "articles_and_this": r",?\s+et\s+le\s+présent\s+article",
    # "L'article 28, les articles 36 à 39 et …": a comma before "les articles" lists too
    "articles_split": (
        r",\s*(?=\d+(?:er)?(?![°\d])|les\s+articles\s)|\s+et\s+(?:les\s+articles\s+)?"
    ),
    "articles_item_head": r"^(?:les\s+articles|l['’]article|articles?)\s+",
    "articles_range": r"\s+à\s+",
    "articles_plural": "les articles",  # before the articles of an exception ("des articles 2")
    "provision": (
        r"^(?:(?:le|la|les|l['’])\s*)?(?:(?:titre|chapitre|section|sous-section|livre|partie"
        r"|articles?)\s+)?(?P<label>[\dIVXLC]+\w*(?:/\d+)*(?:\s*,\s*(?:§\s*\d+\w*|alinéa\s+\d+\w*"
        r"|\d+°))*)$"
    ),
    "provisions_split": (
        r",\s*(?=(?:le|la|les|l['’]|titre|chapitre|section|articles?)?\s*\w)(?!\s*(?:§|alinéa"
        r"|\d+°))|\s+et\s+"
    ),
    "provision_determiner": r"^(?:les|le|la|l['’])\s*",
    "provision_article": r"^articles?\s+",
    # "Le chapitre 1er du présent titre", "L'article 5 de la présente loi": of this act
    "of_this_act": r"\s+(?:du\s+présent|de\s+la\s+présente|de\s+ce|de\s+cette)\s+\w+$",
    # "Le Roi fixe la date d'entrée en vigueur de chacune des dispositions de la présente loi"
    "every_provision": (
        r"^(?:chacune\s+des\s+dispositions|l['’]ensemble\s+des\s+dispositions"
        r"|des\s+dispositions)\s+(?:de\s+la\s+présente|du\s+présent)\s+\w+"
        # "Le Gouvernement flamand fixe la date d'entrée en vigueur du présent décret" ("du":
        # "de" read by ``authority_fixes``)
        r"|(?:la\s+)?présente?\s+(?:loi|arrêté|décret|ordonnance)\s*$"
    ),
    # near misses: an entry into force of these words' provisions that no rule reads (P001)
    "provisions_word": (
        r"\b(?:articles?|chapitres?|titres?|sections?|livres?|parties?|dispositions|présente?"
        r"|loi|arrêté|décret|ordonnance)\b"
    ),
    # "(NOTE : la date d'entrée en vigueur de la présente loi détermine celle des articles …)":
    # a note of Justel's after the article's sentences, not a sentence of the act
    "justel_note": r"^\(NOTE\s*:[^()]*(?:\([^()]*\)[^()]*)*\)\.?$",
    # "l'arrêté ministériel du 25 janvier (NOTE de Justel : lire "février"; voir version
    # néerlandaise) 1999" (2006009457, art. 50): a note of Justel's inside a sentence
    "justel_note_inline": r"\((?:NOTE|NOTA)(?:\s+de\s+Justel)?\s*:(?P<body>[^()]*)\)",
    # … that corrects the word before it
    "justel_correction": r"^\s*lire\s+[\"“«]\s*(?P<word>[^\s\"”»;()]+)\s*[\"”»]",
}
import dataclasses  # noqa: E402

_GLUE = frozenset((
    "dans", "a", "à", "au", "aux", "en", "de", "du", "des", "d", "la", "le", "les", "l",
    "il", "est", "sont", "et", "ce", "qui", "suit", "par", "sur", "pour", "ainsi",
    "également", "y", "respectivement", "chaque", "fois", "un", "une", "in", "fine", "même",
    "entre", "après", "avant", "partout", "où", "ils", "elles", "figurent", "apparaissent",
    # "les mots "A" figurant à l'alinéa 2 sont remplacés": the place follows (a unit)
    "figurant", "figure",
    "ci-après", "suivants", "suivantes", "suivant", "suivante", "mots", "mot", "termes",
    "terme", "mention", "mentions", "expression", "chiffre", "chiffres", "date", "dates",
    "nombre", "référence", "références", "montant", "montants", "lettre", "lettres",
    "signe", "membre", "phrase", "sigle", "abréviation", "définition", "taux",
    "pourcentage", "année", "numéro", "texte", "chacun", "chacune", "tous", "toutes",
    "comprenant", "contenant", "comportant", "intitulé", "intitulée", "intitulés",
    "intitulées", "nouveau", "nouvelle", "nouveaux", "nouvelles", "nouvel", "actuel",
    "actuelle", "actuels", "actuelles",
    # "dans l'alinéa 2 ancien, qui devient l'alinéa 6," (2022033790, art. 10, 3°): the number
    # before the article, as "actuel" says it (semantics §4: the article's targets are resolved
    # before it applies)
    "ancien", "ancienne", "anciens", "anciennes",
    "existant", "existante", "existants", "existantes",
    "celui", "celle", "ceux", "celles", "cette", "ces", "cet", "son", "sa", "ses", "leur",
    "leurs", "dernier", "dernière", "lieu", "occurrence", "fois", "qu", "s", "sera",
    "seront", "tel", "telle", "tels", "telles", "que", "comme",
    # "les articles 69 à 71 inclus", "les points 9° à 11° inclus": a range, said twice
    "inclus", "incluse", "incluses",
))
_UNSUPPORTED = frozenset((
    "annexe", "annexes", "tableau", "tableaux", "colonne", "colonnes", "ligne", "lignes",
    "rubrique", "rubriques", "cadre", "grille", "barème", "barèmes", "formulaire", "modèle",
))
#: "Dans le tableau figurant à l'article 1er de la loi du 20 juillet 1971 …, les mots "…"
#: sont remplacés …": the words are in the article (Justel gives a table as its text)
_TABLE_IN = (
    r"\b(?:dans\s+|à\s+)?le\s+tableau\s+(?:figurant|repris|qui\s+figure)\s+"
    r"(?=(?:à\s+l['’]|au\b|aux\b|dans\b))"
)
#: "L'article 1500 du Code judiciaire, dont le texte actuel formera le paragraphe 1er, est
#: complété par …": the article's present text becomes its § 1er (2019041200 art. 138)
_WRAP = (
    r"\bdont\s+le\s+texte\s+(?:(?:actuel|existant)\s+)?(?:formera|constituera|deviendra|devient)\s+"
    r"(?=(?:le|la|l['’])\s*)"
)
#: "Le texte actuel de l'article 10 … formera le § 1er": the same wrap, as its own sentence
_PRESENT_TEXT = r"\ble\s+texte\s+(?:actuel|existant)\s+(?=(?:de\s+l['’]|du\b|de\s+la\b))"
_PROPOSED = (
    "a unit of a text that an amending act proposes (\"dans l'article 3 de la loi du …, dans "
    "l'article 87, § 3, alinéa 1er, proposé\", 2019041200 art. 106): the model designates "
    "units of a base text, not of new text quoted in another act")
_BY_HEADING = (
    "a unit designated by its heading or its defined term in a form no rule reads (read: "
    "\"à la catégorie A,\", 2018011241 art. 64; \"la définition de la classe 3\", 2006023386 "
    "art. 84)")
#: words no rule reads on purpose, with the reason the refusal gives (docs/formulas.md, "Not
#: read yet")
_UNREAD_REASONS = {
    **dict.fromkeys(("proposé", "proposée", "proposés", "proposées"), _PROPOSED),
    **dict.fromkeys(("catégorie", "catégories", "classe", "classes"), _BY_HEADING),
    "partir": "a point whose operations take effect from a date (\"1° à partir du 1er "
    "septembre 2006 :\", 2005009998 art. 7): an operation carries no date of its own (its "
    "article's entry into force applies), so the date would be lost",
}
#: an annex's label: "II", "Ire", "1re", "10bis", "III/1"; "Ire>" is how a Justel page keeps
#: the superscript of "I<sup>re</sup>" (2019030478, art. 14): the ">" is markup, not label
_ANNEX_LABEL = (
    rf"(?:(?-i:[IVXLC]+)(?:er|re|ère)?|\d+(?:er|re|ère)?)(?:\s?(?:{LATIN}))?(?:/\d+)*"
    rf"(?![\w/])>?"
)
_ANNEX = (
    rf"(?<![\w-])(?:(?:l{APOS}|les|la|aux|des|à\s+l{APOS}|dans\s+l{APOS}|de\s+l{APOS}"
    rf"|dans\s+les)\s*)?(?:(?P<det>une|un|deux|trois)\s+(?:nouvelles?\s+)?)?"
    rf"(?:(?P<same>(?:même|cette|ladite)\s+annexe)"
    rf"|(?P<noun>annexes?)(?:\s+(?P<labels>{_ANNEX_LABEL}(?:(?:\s*,\s*|\s+et\s+){_ANNEX_LABEL})*)"
    # "l'annexe au Code judiciaire", "l'annexe de la présente loi", "à l'annexe, point 2, du
    # même arrêté": the act's only annex
    rf"|(?=\s*,?\s*(?:jointe?s?\s*)?Ꜳ)|(?<!s)(?=\s*,)))(?![\w-])"
    # "l'annexe II, jointe à la même loi …": the act it belongs to follows
    rf"(?:\s*,?\s*(?:jointe?s?|annexée?s?)(?=\s*Ꜳ))?"
)
#: the number of a row of an annex's table, in its first cell: "III.6", "VII.2.1.1"
_ROW_NUMBER = r"(?-i:[IVXLC]+)\.\d+(?:\.\d+)*\.?"
_ROW_LIST = rf"{_ROW_NUMBER}(?:(?:\s*,\s*|\s+et\s+)(?:du\s+|au\s+)?{_ROW_NUMBER})*"
_ANNEX_OF_THIS_ACT = (
    r"(?:à\s+la\s+présente\s+(?:loi|ordonnance|loi-programme)|au\s+présent\s+(?:arrêté"
    r"|décret|Code))"
)
#: the names of punctuation marks (the Conseil d'État's guide: "au 4°, le point final est
#: remplacé par un point-virgule", "au 2°, le point-virgule est remplacé par un point")
_MARKS = {"point": ".", "point-virgule": ";", "virgule": ",", "deux-points": ":",
          "double point": ":"}
_MARK_NAME = r"(?P<mark>point-virgule|virgule|deux-points|double\s+point|point)(?![\w-])"
#: the mark a unit ends with, replaced: "le point final (du 3°)", "le point-virgule", "la
#: virgule", "le point à la fin du 3°"; a bare "point" only before the predicate or a unit
#: ("le point 3°", "le point de départ" are not marks)
_MARK_OLD = (
    rf"(?<![\w'’-])(?:le|la|les)\s+(?P<noun>{_MARK_NAME}"
    r"(?:\s+finale?|\s+à\s+la\s+fin(?=\s+(?:du|de|des)\b))?)"
    r"(?=\s*,|\s+(?:est|sont)\b|\s+(?:du|des|de\s+la|de\s+l['’])\s*(?=[\w§])"
    r"|\s+et\s+(?:le|la|les)\s)"
)
#: a mark as the new text: "par un point-virgule", "par une virgule", "par un point"
#: (followed by the end of the clause: "par un point 3° rédigé comme suit" is a unit)
_MARK_NEW = (
    rf"(?<![\w-])par\s+(?:un|une|le|la|les|des)\s+{_MARK_NAME}"
    r"(?=\s*(?:[;.,:]|$)|\s+(?:et|en)\b)"
)
#: a mark inserted: "une virgule est insérée après le mot « travailleur »", "il est inséré
#: une virgule entre …"
_MARK_INSERTED = (
    r"(?<![\w-])(?:(?<=inséré\s)|(?<=ajouté\s)|(?<!par\s)(?=une?\s+[\w-]+(?:\s+point)?\s+(?:est|sont)"
    r"\s+(?:insérée?|ajoutée?)(?![\w-])))une?\s+"
    # (not "un point": "il est inséré un point 2bis°" is an item)
    r"(?P<mark>point-virgule|virgule|deux-points|double\s+point)(?![\w-])"
)
LEXICON = dataclasses.replace(
    LEXICON, autonomous=AUTONOMOUS, unread_reasons=_UNREAD_REASONS,
    # "à la catégorie A" (2018011241, art. 64), "la définition de la classe 3" (2006023386,
    # art. 84): a group of a list by its heading, a definition by its term
    headed=(
        r"(?:(?:à|dans)\s+)?(?:la|les)\s+définitions?\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*"
        # (a quote is no word: "du terme « employeur »" is read below, its quote the term)
        r"(?P<words>(?:classe|catégorie|notion|terme)\s+(?:(?!Ꝗ)[\w'])+)"
        r"(?=\s*(?:,|\best\b|\bsont\b))"
        r"|(?:à|dans)\s+la\s+(?P<heading>(?:catégorie|classe)\s+(?:[A-Z]|\d+))\b(?=\s*,)"
        # "la définition de « travailleur » est remplacée", "dans la définition du terme
        # « … »": the item that defines the quoted term (the Dutch "de definitie van "…"")
        # "la définition du « ministre »" (arrêtés: "du" before a term that takes "le"; it was
        # read as the words "ministre" replaced by the whole new item)
        r"|(?:(?:à|dans)\s+)?la\s+définition\s+(?:de\s+la\s+notion\s+|du\s+terme\s+|du\s+mot\s+"
        r"|de\s+|du\s+|d['’]\s*)?(?P<quote>Ꝗ+)"
    ),
    # "la loi du 20 juillet 1971 sur les funérailles et sépultures, telle qu'applicable en
    # Région wallonne," (a regionalised federal act: that Region's version of it; the mirror
    # of the Dutch "zoals van toepassing in het Vlaamse Gewest")
    as_applicable=(
        r",?\s*(?P<region>tel(?:le)?s?\s+qu['’]\s*(?:(?:il|elle|ils|elles)\s+(?:est|sont|s['’]\s*"
        r"appliquen?t)\s+)?(?:applicables?|d['’]\s*application)?\s*(?:en|à\s+la|dans\s+la"
        r"|pour\s+la)\s+Région\s+(?:flamande|wallonne|de\s+Bruxelles-Capitale))(?![\w-])"
    ),
    # "dans le titre préliminaire du même arrêté" (a division: "du titre préliminaire du Code
    # de procédure pénale" is the loi du 17 avril 1878, a code, masked before)
    preliminary=(
        r"(?<![\w-])(?:(?:le|du|au|dans\s+le)\s+)?(?P<noun>titre|chapitre|livre)\s+"
        r"préliminaire(?![\w-])"
    ),
    # "l'article 585, 9°, (deuxième numéro 9°) du même Code" (2007002100, art. 8)
    label_rank=r"\s*,?\s*\(\s*(?P<ord>\w+)\s+numéro\s+(?P<label>[^\s()]+)\s*\)",
    annex=_ANNEX, plural_annexes=frozenset({"annexes"}),
    image_note=r"\(\s*Image\s+non\s+reprise\b[^()]*\)",
    annex_alone=rf"(?:\bl{APOS}\s*|\bles\s+)(?P<noun>annexes?)\s*,?\s*$",
    joined_as=r"\bcomme\s+$",
    next_place=(
        rf"(?:,|\bet)\s+(?:(?:à|dans)\s+)?(?:l{APOS}\s*article|les\s+articles)\s+\d"
    ),
    title_end=(
        r"\s(?=(?:les\s+mots|le\s+mot|les\s+termes|le\s+terme)\s*Ꝗ)"
        # (a bare "et l'article 211 du Code judiciaire" is a title's: "loi … modifiant la loi du
        # 3 avril 1953 … et l'article 211 du Code judiciaire", corpus 2011021116, art. 7)
        rf"|(?:,\s*|\s+et\s+)(?:à|dans)\s+(?:l{APOS}\s*article|les\s+articles)\s+\d"
    ),
    table=(
        r"(?<![\w-])(?:(?:le|du|au|dans\s+le)\s+)tableau"
        r"(?P<description>\s+(?:où|qui)\s+(?:figuren?t|contien(?:nen)?t|sont\s+repris)\s+"
        r"[^,;:ꜲꝖꜨ]+?(?=\s*(?:,|$)))?"
        # "du tableau sous le titre 1er, chapitre 11": the division it stands in follows
        r"(?:\s+sous(?=\s+(?:le|la|l['’])))?(?![\w-])"
    ),
    row=(
        rf"(?<![\w-])(?:(?:(?:(?P<det>une|des|deux|trois)|les|la)\s+)?(?P<noun>lignes?)"
        rf"(?:\s+(?:(?:du|de\s+la)\s+)?(?P<labels>{_ROW_LIST})|\s+(?P<quote>Ꝗ+))?"
        rf"|(?:au|du|le|dans\s+le)\s+(?P<labels2>{_ROW_LIST}))(?![\w/])"
    ),
    row_named=(
        r"(?<![\w-])en\s+regard\s+(?:des?|du|de\s+la)\s+[^\W\d_]+\s+(?:de\s+|d['’]|du\s+)"
        r"(?P<names>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?:et\s+(?:de\s+|d['’]|du\s+))?"
        r"(?-i:[A-ZÀ-Ý])[\w'’-]*)*)"
    ),
    # "à l'article unique de la loi du 16 juillet 1970" (2005009998, art. 6): the only
    # article of an act, numbered 1 on its Justel page ("Article 1. … Article unique.")
    only_article=r"(?<![\w-])(?:(?:l['’]|de\s+l['’]|à\s+l['’]|dans\s+l['’])\s*)?article\s+unique\b",
    column=(
        rf"(?<![\w-])(?:les\s+dispositions\s+de\s+)?(?:figurant\s+)?"
        rf"(?:(?:la|dans\s+la|de\s+la|à\s+la)\s+)"
        rf"(?:(?P<ord>{'|'.join(sorted(_ORDINALS_FULL, key=len, reverse=True))})\s+colonne"
        rf"|colonne\s+(?P<quote>Ꝗ+))(?![\w-])"
    ),
    joined=(
        rf"\s*,?\s*(?:(?:qui\s+(?:est|sont)\s+)?(?:jointe?s?|annexée?s?)\s+(?:comme\s+annexe\s+"
        rf"(?P<label>{_ANNEX_LABEL})\s+)?|(?P<text>(?:le\s+texte\s+)?ajoutée?s?)\s+à\s+l{APOS}"
        rf"annexe\s+(?P<label2>{_ANNEX_LABEL})\s+){_ANNEX_OF_THIS_ACT}\s*,?"
        # "par l'annexe au présent arrêté", "par l'annexe 2 du présent arrêté"
        rf"|(?P<bare>\s+(?:{_ANNEX_OF_THIS_ACT}|du\s+présent\s+(?:arrêté|décret)|de\s+la\s+"
        rf"présente\s+(?:loi|ordonnance)))(?P<label3>(?!))?(?![\w-])"
    ),
    joined_bare_after=(
        rf"\bpar\s+(?:l{APOS}\s*|les\s+)annexes?(?:\s+{_ANNEX_LABEL}"
        rf"(?:(?:\s*,\s*|\s+et\s+){_ANNEX_LABEL})*)?\s*$"
    ),
    # "les alinéas 3 et suivants sont abrogés" (refused: how far the units go is not named)
    and_following=r"\bet\s+suivante?s\b",
    # "les définitions de « ministre » et « administration » sont abrogées" (refused)
    headed_list=(
        r"(?<![\w-])(?:(?:dans|à|de)\s+)?les\s+définitions\s+(?:des\s+(?:termes|mots|notions)"
        r"\s+|de\s+|des\s+|du\s+|d['’]\s*)?Ꝗ"
    ),
    # "la définition est remplacée par ce qui suit" (which one is not said: refused)
    bare_headed=(
        r"(?<![\w-])(?:la|les)\s+définitions?\s+(?=(?:est|sont|sera|seront)\s)"
    ),
    # "le tiret suivant est ajouté :", "par les tirets suivants :" (arrêtés royaux)
    announced_tirets=r"\btirets?\s+suivants?\b",
    glue=_GLUE, unsupported=_UNSUPPORTED, table_in=_TABLE_IN,
    wrap=_WRAP, present_text=_PRESENT_TEXT,
    punctuation_marks=_MARKS, punctuation_old=_MARK_OLD, punctuation_new=_MARK_NEW,
    punctuation_inserted=_MARK_INSERTED,
    # "il est inséré une section 3, comportant les articles 10/1 à 10/3, rédigée comme suit"
    comprising=r"\b(?:comportant|comprenant|contenant)\s+(?:(?:les|l['’])\s*)?$",
    republican_months=REPUBLICAN_MONTHS,
    # "Sont abrogés : - l'article 647 du Code …; - le chapitre 5 de la loi du …"
    # "Dans la loi du 10 août 2005 …, les articles suivants sont abrogés : 1° l'article 7 …"
    repeal_list=(
        r"\s*(?:Sont|Est)\s+(?:abrogée?s?|supprimée?s?)\s*"
        r"|(?P<head>.+?),?\s+les\s+(?:articles|dispositions)\s+suivante?s\s+(?:sont|est)\s+"
        r"(?:abrogée?s?|supprimée?s?)\s*"
        # "Sont abrogés dans la loi du … :", "Dans la loi du …, sont abrogés :" (the items were
        # read as points of the first item's article: "l'article 5, 1°, 2°")
        r"|\s*(?:Sont|Est)\s+(?:abrogée?s?|supprimée?s?),?\s+(?P<head2>dans\s+[^«»\"“”]+?),?\s*"
        r"|(?P<head3>(?:Dans|En)\s+(?:la|le|les|l['’])\s*[^«»\"“”]+?),\s*(?:sont|est)\s+"
        r"(?:abrogée?s?|supprimée?s?)\s*"
    ),
    repealed=" est abrogé",
    sentence_starting=(
        r"(?:(?:la|de\s+la|dans\s+la|à\s+la)\s+)?phrase\s+(?:commençant|qui\s+commence|débutant)"
        r"\s+par\s+(?:les\s+mots|le\s+mot|les\s+termes)\s+(?P<quote>Ꝗ+)"
    ),
    old_number_note=r"\s*\(\s*ancien\s+art(?:icle|\.)\s*[\w/]+\s*\)\s*\.?\s*",
    republican_date=rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_REPUBLICAN_MONTH})\s+(?:an\s+)?"
    r"(?P<year>[IVX]+)\b",
)
