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

X = re.VERBOSE

# --- building blocks (strings, composed below) -----------------------------------------------

APOS = r"['’]"
LATIN = (
    r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies"
    r"|terdecies|quaterdecies|quindecies|sexdecies|septdecies|octodecies|novodecies|vicies)"
)
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
MONTH = "(?:" + "|".join(MONTHS) + ")"
#: "25 mars 2024", "1er janvier 2024" (groups are added where a date is captured)
DATE = rf"\d{{1,2}}(?:er)?\s+{MONTH}\s+\d{{4}}"
#: an inline quote, straight or typographic; inline quotes cannot contain their own quote mark
QUOTE = r"""(?:"[^"]*"|«[^»]*»|“[^”]*”)"""
#: an article label: 1er, 10, 10bis, 71/1
ARTICLE_LABEL = rf"\d+(?:er)?{LATIN}?(?:/\d+)?"
#: a paragraph / alinéa number: 1er, 2, 2/1
NUMBER_LABEL = rf"\d+(?:er|re|e)?{LATIN}?(?:/\d+)?"
#: an item label: 4°, 2/1°, 2°bis, 2°/1, b), bbis), 1)
ITEM_LABEL = (
    rf"(?:\d+(?:/\d+)?°{LATIN}?(?:/\d+)?|[a-z]{LATIN}?\)|\d+\))"
)
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
#: participles of the verbs that amend ("remplacé", "abrogée", "insérés", ...)
AMENDING_PARTICIPLES = (
    "remplacé", "abrogé", "complété", "inséré", "modifié", "rétabli", "supprimé", "renuméroté",
)
PARTICIPLE_ENDING = r"(?:e|s|es)?"

# --- the act as a whole -----------------------------------------------------------------------

#: the seed format's front matter: "---" lines around "key: value" lines
FRONT_MATTER_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
FRONT_MATTER_LINE = re.compile(
    r"""^(?P<key>[A-Za-z][\w-]*) \s*:\s* (?P<value>.*?) \s*$""", X
)
#: the Moniteur belge title line, for texts without front matter:
#: "25 MARS 2024. - Loi modifiant diverses dispositions ..."
TITLE_LINE = re.compile(
    rf"""^\s*(?P<date>\d{{1,2}}(?:er)?\s+{MONTH}\s+\d{{4}})\s*\.?\s*[-–—]+\s*
        (?P<title>(?P<type>{ACT_TYPE})\b.*?)\s*$""",
    X | re.IGNORECASE,
)
#: ".../eli/loi/2024/03/25/..." gives the act type
ELI_TYPE = re.compile(r"/eli/(?P<type>loi|arrete|decret|ordonnance)/")
#: "**Article 1er.**", "**Art. 2.**", and the same without bold (plain text)
ARTICLE_HEADING = re.compile(
    rf"""^[ \t]*(?P<bold>\*\*)?(?:Article|Art\.)\s*(?P<number>{ARTICLE_LABEL})\s*\.
        (?(bold)\*\*)[ \t]*""",
    X | re.MULTILINE,
)
#: structural headings between articles: dropped from the articles' text
STRUCTURE_HEADING = re.compile(
    r"""^[ \t]*(?:\*\*|\#+\s*)?(?:CHAPITRE|Chapitre|TITRE|Titre|Section|Sous-section|LIVRE|Livre)
        \s+[\w/]+\b.*$""",
    X | re.MULTILINE,
)

# --- article kinds (checked in this order) ----------------------------------------------------

FORMULAS: dict[str, re.Pattern[str]] = {
    # "La présente loi règle une matière visée à l'article 74 de la Constitution."
    "constitutional_basis": re.compile(
        rf"""^(?:La\s+présente\s+loi|Le\s+présent\s+décret|La\s+présente\s+ordonnance)\s+règle
            \s+une\s+matière\s+visée\s+(?:à\s+l{APOS}article|aux\s+articles)\s+[\w\s,]+?
            \s+de\s+la\s+Constitution\s*\.?\s*$""",
        X,
    ),
    # "La présente loi entre en vigueur le 1er janvier 2024." (then maybe the King's power)
    "entry_into_force": re.compile(
        rf"""^(?:La\s+présente\s+loi|Le\s+présent\s+décret|La\s+présente\s+ordonnance)
            \s+entre\s+en\s+vigueur\s+
            (?:le\s+(?P<date>{DATE})
               |(?P<publication>le\s+jour\s+de\s+sa\s+publication)
               |(?P<tenth>le\s+dixième\s+jour\s+qui\s+suit\s+(?:celui\s+de\s+)?sa
                  \s+publication)
               |(?P<king>à\s+la\s+date\s+fixée\s+par\s+le\s+Roi))
            (?:\s+au\s+Moniteur\s+belge)?
            \s*\.""",
        X,
    ),
    # "Le Roi peut fixer une date d'entrée en vigueur antérieure à celle visée à l'alinéa 1er."
    "king_may_advance": re.compile(
        rf"""Le\s+Roi\s+peut\s+fixer\s+une\s+date\s+d{APOS}entrée\s+en\s+vigueur\s+antérieure""",
        X,
    ),
    # --- designations -------------------------------------------------------------------------
    # "Dans l'article 10 ...", "A l'article 16 ...", "Dans le texte néerlandais de l'article 47"
    "designation_in": re.compile(
        rf"""(?:Dans|A|À|Au)\s+
            (?:le\s+texte\s+(?P<language>néerlandais|français|allemand)\s+de\s+)?
            l{APOS}article\s+(?P<article>{ARTICLE_LABEL})\b""",
        X,
    ),
    # "L'article 39 ...", "L'article 19, § 1er, alinéa 2, ..." (the unit is the subject)
    "designation_subject": re.compile(
        rf"""L{APOS}article\s+(?P<article>{ARTICLE_LABEL})\b""",
        X,
    ),
    # the steps after the article: ", § 1er", ", alinéa 2", ", 1°"
    "designation_step": re.compile(
        rf"""\s*,\s*(?P<step>§\s*{NUMBER_LABEL}|alinéa\s+{NUMBER_LABEL}|{ITEM_LABEL})
            (?=\s*,|\s+de\s)""",
        X,
    ),
    # "de la même loi" — the act cited last
    "act_same": re.compile(
        rf"""\s*,?\s+(?:de\s+la|du)\s+même\s+(?P<type>{ACT_TYPE})\b""",
        X,
    ),
    # "de la loi du 16 mai 2001 portant statut ..." (the title runs to the next comma or verb)
    "act_cited": re.compile(
        rf"""\s*,?\s+(?:de\s+la|de\s+l{APOS}|du)\s*(?P<type>{ACT_TYPE})\s+du\s+(?P<date>{DATE})
            (?:\s+(?P<title>[^,]*?))?
            (?=\s*,|\s*\.(?:\s|$)|(?<=\s)(?:est|sont)\s|\s+(?:est|sont)\s|\s*$)""",
        X,
    ),
    # any act citation in running text (transitional articles)
    "act_citation": re.compile(
        rf"""(?:la|l{APOS})\s*(?P<type>{ACT_TYPE})\s+du\s+(?P<date>{DATE})
            (?:\s*,?\s*(?P<title>(?:portant|relative?|relatif|modifiant|concernant)\b[^,.]*))?""",
        X,
    ),
    # ", remplacé par la loi du 19 juillet 2018 et modifié par les lois des 30 décembre 2008,
    #  10 janvier 2010 et 19 juillet 2018" (one or more recitals)
    "history": re.compile(
        rf"""\s*,\s*(?P<recitals>
              (?:(?:et\s+)?(?:{"|".join(AMENDING_PARTICIPLES)}){PARTICIPLE_ENDING}\s+par\s+
                 (?:la\s+loi\s+du\s+{DATE}|les\s+lois\s+des\s+{DATE}(?:\s*,\s*{DATE})*
                    (?:\s+et\s+{DATE})?|l{APOS}arrêté\s+royal\s+du\s+{DATE}
                    |les\s+arrêtés\s+royaux\s+des\s+{DATE}(?:\s*,\s*{DATE})*(?:\s+et\s+{DATE})?
                    |le\s+décret\s+du\s+{DATE}|l{APOS}ordonnance\s+du\s+{DATE})
                 \s*)+)""",
        X,
    ),
    # ", les modifications suivantes sont apportées :" — points follow
    "lead_in": re.compile(
        r"""\s*,\s*les\s+modifications\s+suivantes\s+(?:sont|y\s+sont)\s+apportées\s*:""",
        X,
    ),
    # --- inside an instruction ----------------------------------------------------------------
    # "dans l'alinéa 2, ", "dans le texte néerlandais de la phrase liminaire, ": the prefix;
    # the address runs to the first comma followed by the start of a formula (NARROWING_END)
    "narrowing": re.compile(
        r"""dans\s+
            (?:le\s+texte\s+(?P<language>néerlandais|français|allemand)
               (?:\s*(?=,)|\s+(?=du\s)|\s+de\s+))?""",
        X,
    ),
    # les mots "X" sont remplacés par les mots "Y" (optionally "chaque fois")
    "replace_words": re.compile(
        rf"""(?:les\s+mots|le\s+mot|la\s+mention|les\s+termes|le\s+terme)\s+(?P<old>{QUOTE})\s+
            (?:sont|est)\s+(?P<every1>chaque\s+fois\s+)?remplacé{PARTICIPLE_ENDING}\s+
            (?P<every2>chaque\s+fois\s+)?par\s+
            (?:les\s+mots|le\s+mot|la\s+mention|les\s+termes|le\s+terme)\s+(?P<new>{QUOTE})
            (?:\s*,?\s*(?P<every3>chaque\s+fois|à\s+chaque\s+occurrence))?\s*[.;]?\s*$""",
        X,
    ),
    # les mots "Y" sont insérés entre les mots "A" et les mots "B"
    "insert_words_between": re.compile(
        rf"""(?:les\s+mots|le\s+mot)\s+(?P<new>{QUOTE})\s+(?:sont|est)\s+inséré{PARTICIPLE_ENDING}
            \s+entre\s+(?:les\s+mots|le\s+mot)\s+(?P<after>{QUOTE})\s+et\s+
            (?:les\s+mots|le\s+mot)\s+(?P<before>{QUOTE})\s*[.;]?\s*$""",
        X,
    ),
    # les mots "Y" sont insérés après les mots "A"
    "insert_words_after": re.compile(
        rf"""(?:les\s+mots|le\s+mot)\s+(?P<new>{QUOTE})\s+(?:sont|est)\s+inséré{PARTICIPLE_ENDING}
            \s+après\s+(?:les\s+mots|le\s+mot)\s+(?P<after>{QUOTE})\s*[.;]?\s*$""",
        X,
    ),
    # les mots "Y" sont insérés avant les mots "B"
    "insert_words_before": re.compile(
        rf"""(?:les\s+mots|le\s+mot)\s+(?P<new>{QUOTE})\s+(?:sont|est)\s+inséré{PARTICIPLE_ENDING}
            \s+avant\s+(?:les\s+mots|le\s+mot)\s+(?P<before>{QUOTE})\s*[.;]?\s*$""",
        X,
    ),
    # les mots "X" sont abrogés / supprimés
    "repeal_words": re.compile(
        rf"""(?:les\s+mots|le\s+mot)\s+(?P<old>{QUOTE})\s+(?:sont|est)\s+
            (?P<every1>chaque\s+fois\s+)?(?:abrogé|supprimé){PARTICIPLE_ENDING}
            (?:\s*,?\s*(?P<every3>chaque\s+fois|à\s+chaque\s+occurrence))?\s*[.;]?\s*$""",
        X,
    ),
    # "<unit> est ..." — splits a subject from its predicate (quotes inside are skipped)
    "subject": re.compile(
        rf"""(?P<subject>(?:[^"«“]|{QUOTE})+?)\s+(?=(?:est|sont)\s)""",
        X,
    ),
    # le 4° est complété par les mots "Y"
    "append_words": re.compile(
        rf"""(?:est|sont)\s+complété{PARTICIPLE_ENDING}\s+par\s+(?:les\s+mots|le\s+mot)\s+
            (?P<new>{QUOTE})\s*[.;]?\s*$""",
        X,
    ),
    # l'alinéa 1er est remplacé par ce qui suit : "..."
    "replace_unit": re.compile(
        r"""(?:est|sont)\s+remplacé(?:e|s|es)?\s+
            (?:par\s+ce\s+qui\s+suit|comme\s+suit|par\s+l[ae]s?\s+dispositions?\s+suivantes?)
            \s*:\s*$""",
        X,
    ),
    # l'alinéa 2 est abrogé; l'article 39 est abrogé; la phrase "..." est abrogée
    "repeal_unit": re.compile(
        r"""(?:est|sont)\s+abrogé(?:e|s|es)?\s*[.;]?\s*$""",
        X,
    ),
    # l'article est complété par le 3° / par un alinéa / par sept alinéas, rédigé(s) comme suit :
    "insert_unit_end": re.compile(
        r"""(?:est|sont)\s+complété(?:e|s|es)?\s+par\s+(?P<units>.+?)\s*,?\s*
            rédigé(?:e|s|es)?\s+comme\s+suit\s*:\s*$""",
        X,
    ),
    # il est inséré un alinéa, rédigé comme suit, après l'alinéa 2 / avant le 3° / entre ...
    "insert_unit_at": re.compile(
        rf"""(?:il\s+)?(?:est|sont)\s+inséré(?:e|s|es)?\s*,?\s*
            (?:(?P<position>après|avant)\s+(?P<anchor>(?:[^,"«“]|{QUOTE})+?)\s*,\s*
              |entre\s+(?P<between_a>[^,"«“]+?)\s+et\s+(?P<between_b>[^,"«“]+?)\s*,\s*)?
            (?P<units>[^,]+?)\s*,?\s*rédigé(?:e|s|es)?\s+comme\s+suit\s*
            (?:,\s*(?P<position2>après|avant)\s+(?P<anchor2>[^:]+?)\s*)?:\s*$""",
        X,
    ),
    # what comes before a quoted block
    "block_introducer": re.compile(
        r"""(?:rédigé(?:e|s|es)?\s+comme\s+suit|par\s+ce\s+qui\s+suit|comme\s+suit
            |par\s+l[ae]s?\s+dispositions?\s+suivantes?)\s*(?:,\s*(?:après|avant)[^:]*)?:""",
        X,
    ),
}

# --- units announced by an insertion ("le 3°", "un alinéa", "sept alinéas", "les 5° et 6°") --

NEW_UNITS_LABELLED = re.compile(
    rf"""^(?:le|la|un|une|l{APOS})\s*
        (?:(?P<article>article)\s+(?P<article_label>{ARTICLE_LABEL})
          |(?:§|paragraphe)\s*(?P<paragraph_label>{NUMBER_LABEL})
          |(?:point\s+)?(?P<item_label>{ITEM_LABEL}))$""",
    X,
)
NEW_UNITS_COUNTED = re.compile(
    rf"""^(?P<count>{NUMBER_WORD})\s+
        (?P<kind>alinéas?|paragraphes?|articles?|points?|phrases?)
        (?:\s+(?P<labels>{ITEM_LABEL}(?:\s*(?:,|et)\s*{ITEM_LABEL})*))?$""",
    X,
)
NEW_UNITS_LIST = re.compile(
    rf"""^les\s+(?P<labels>{ITEM_LABEL}(?:\s*(?:,|et)\s*{ITEM_LABEL})+)$""",
    X,
)

# --- address steps inside instructions (one comma-separated part each) -----------------------

STEPS: dict[str, re.Pattern[str]] = {
    "article_itself": re.compile(rf"^(?:l{APOS}|le\s+)?article$", X),
    "intro": re.compile(r"^(?:la\s+)?phrase\s+liminaire$", X),
    "paragraph": re.compile(rf"^(?:le\s+)?(?:§|paragraphe)\s*(?P<label>{NUMBER_LABEL})$", X),
    "alinea": re.compile(
        rf"^(?:l{APOS}|le\s+)?alinéa\s+(?P<label>{NUMBER_LABEL})$", X
    ),
    "alinea_ordinal": re.compile(rf"^(?:le\s+|l{APOS})?(?P<ordinal>{ORDINAL})\s+alinéa$", X),
    "point": re.compile(rf"^(?:le\s+|l{APOS})?(?:point\s+)?(?P<label>{ITEM_LABEL})$", X),
    "sentence_quoted": re.compile(rf"^(?:la\s+)?phrase\s+(?P<quote>{QUOTE})$", X),
    "sentence_ordinal": re.compile(rf"^(?:la\s+)?(?P<ordinal>{ORDINAL})\s+phrase$", X),
}
#: the comma that ends a narrowing address: what follows starts a formula
NARROWING_END = re.compile(
    rf"""\s*,\s+(?=les\s+mots|le\s+mot|les\s+termes|le\s+terme|la\s+mention|l{APOS}|le\s|la\s|les\s|il\s)""",
    X,
)
#: "X de Y" inside an address ("la phrase liminaire de l'alinéa 1er")
STEP_OF = re.compile(rf"\s+(?:de\s+(?=la\s|l{APOS}|le\s)|du\s+)", X)

# --- points of a lead-in and items of quoted blocks ------------------------------------------

#: a point of an amending article: "a) ", "1. ", "1° " at the start of a line
POINT_LABEL = re.compile(r"^[ \t]*(?P<label>[a-z]\)|\d+\.|\d+°)[ \t]+", re.MULTILINE)
#: a labelled unit inside quoted new text
BLOCK_LABEL = re.compile(
    rf"""^(?:(?P<article>(?:Art\.|Article)\s*(?P<article_label>{ARTICLE_LABEL})\.)
          |(?P<paragraph>§\s*(?P<paragraph_label>{NUMBER_LABEL})\.)
          |(?P<item>{ITEM_LABEL}|\d+\.(?=\s)))\s*""",
    X,
)

# --- hints that an article is an amending instruction, even when garbled ---------------------

AMENDING_HINTS = re.compile(
    rf"""les\s+mots?\s+["«“]|le\s+mot\s+["«“]
        |(?:est|sont)\s+(?:{"|".join(AMENDING_PARTICIPLES)}){PARTICIPLE_ENDING}\s+par\b
        |(?:est|sont)\s+(?:abrogé|supprimé){PARTICIPLE_ENDING}\b
        |comme\s+suit\s*:|par\s+ce\s+qui\s+suit
        |modifications\s+suivantes""",
    X,
)
#: an article that reads like a constitutional basis or an entry into force but is not one
KIND_NEAR_MISS = re.compile(
    rf"""\bConstitution\b|\bentre(?:nt)?\s+en\s+vigueur\b
        |date\s+d{APOS}entrée\s+en\s+vigueur\s+antérieure
        |^(?:La\s+présente\s+(?:loi|ordonnance)|Le\s+présent\s+(?:décret|arrêté))\b""",
    X,
)
#: a line inside a point that reads like another point of the amending act (its label, then
#: an instruction): the point before it swallowed it
POINT_LIKE = re.compile(
    rf"""^[ \t]*(?P<label>[a-z]\)|\d+\.|\d+°)[ \t]+
        (?=.*(?:les\s+mots?\s+["«“]|le\s+mot\s+["«“]|rédigée?s?\s+comme\s+suit
              |par\s+ce\s+qui\s+suit|(?:est|sont)\s+(?:abrogé|remplacé|complété|inséré)
              |^dans\s+l{APOS}alinéa\s+\S+,))""",
    X | re.MULTILINE,
)
#: inside a quoted block: a closing quote ending a paragraph, then a paragraph that reads like
#: an instruction — the block ended there and an instruction (or a point label) is missing
BLOCK_ENDS_EARLY = re.compile(
    r"""["»”][ \t]*[;.]?[ \t]*\n\s*(?P<next>[^"«“\s][^\n]*)""",
    X,
)
#: inside a quoted block: an introducer followed by a quoted paragraph (another instruction)
BLOCK_NESTED = re.compile(
    r"""(?:rédigée?s?\s+comme\s+suit|par\s+ce\s+qui\s+suit)\s*:\s*\n\s*["«“]""", X
)
#: a history recital, even garbled ("modifié par la loi du 19 juillet 201"): only amending
#: designations carry one ("tel que modifié par" is not one)
HISTORY_LIKE = re.compile(
    rf"""(?<!que\s)\b(?:{"|".join(AMENDING_PARTICIPLES)}){PARTICIPLE_ENDING}\s+par\b""",
    X,
)
#: any "est/sont <word>" (the word is checked against the amending participles)
ANY_VERB = re.compile(r"""\b(?:est|sont)\s+(?:chaque\s+fois\s+)?(?P<verb>[^\s,.;:]+)""", X)
#: the verb after "L'article N ... est/sont": amending only if it is an amending participle
SUBJECT_VERB = re.compile(
    r"""\s*,?\s*(?:est|sont)\s+(?:chaque\s+fois\s+)?(?P<verb>[^\s,.;:]+)""", X
)
