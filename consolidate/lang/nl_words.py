"""Dutch word tables of Belgian legislation (data): months, numbers, ordinals, act types,
Codes, unit names, Justel kinds, the words of explanations and refusals.

This module is data, like :mod:`consolidate.lang.fr`, and imports nothing from the package:
the Dutch drafter (:mod:`consolidate.drafter_nl`), the bilingual check
(:mod:`consolidate.compare`), the Justel writer and the Dutch lexicon read these tables.
Sources: ``../shared/design/dutch.md`` (the Raad van State guide's formulas), the Dutch
excerpts in ``../shared/data/excerpts/nl/`` and the Dutch Justel page of the Strafwetboek
(``../shared/data/justel/code-penal-1867-nl.html``).
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)

#: cardinals as written in counts ("met zeven leden"); "een" also reads "één"
NUMBER_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10,
}
CARDINALS: tuple[str, ...] = (
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
)

#: ordinals of "het eerste lid", "de tweede zin", "het laatste lid" (-1: the last)
ORDINALS: dict[str, int] = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13,
    "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18,
    "negentiende": 19, "twintigste": 20, "laatste": -1, "voorlaatste": -2,
    # "het enige lid" (the French "l'alinéa unique"): the only one, the first
    "enige": 1,
}
#: rank → ordinal word (the first one listed for the rank)
ORDINAL_WORDS: dict[int, str] = {}
for _word, _rank in ORDINALS.items():
    ORDINAL_WORDS.setdefault(_rank, _word)

#: act types as written in Dutch → the canonical (French) type of :class:`ActRef`
ACT_TYPES: dict[str, str] = {
    "wet": "loi",
    "bijzondere wet": "loi spéciale",
    "programmawet": "loi-programme",
    "gecoördineerde wetten": "lois coordonnées",
    "koninklijk besluit": "arrêté royal",
    "ministerieel besluit": "arrêté ministériel",
    "besluitwet": "arrêté-loi",
    "decreet": "décret",
    "ordonnantie": "ordonnance",
    "besluit van de Vlaamse Regering": "arrêté du Gouvernement flamand",
    "besluit van de Brusselse Hoofdstedelijke Regering":
        "arrêté du Gouvernement de la Région de Bruxelles-Capitale",
    "besluit van de Waalse Regering": "arrêté du Gouvernement wallon",
    "besluit van de Regering van de Franse Gemeenschap":
        "arrêté du Gouvernement de la Communauté française",
}
#: canonical type → the Dutch type (the first Dutch name of each canonical type)
DUTCH_TYPES: dict[str, str] = {}
for _dutch, _canonical in ACT_TYPES.items():
    DUTCH_TYPES.setdefault(_canonical, _dutch)
DUTCH_TYPES["décret flamand"] = "decreet"

#: grammatical gender of each Dutch act type: "de" (de wet, de ordonnantie) or "het" (het
#: koninklijk besluit, het decreet); gives "van de wet" / "van het besluit", "dezelfde wet" /
#: "hetzelfde besluit"
ARTICLE_OF_TYPE: dict[str, str] = {
    "wet": "de", "bijzondere wet": "de", "programmawet": "de", "gecoördineerde wetten": "de",
    "koninklijk besluit": "het", "ministerieel besluit": "het", "besluitwet": "de",
    "decreet": "het", "ordonnantie": "de",
    "besluit van de Vlaamse Regering": "het",
    "besluit van de Brusselse Hoofdstedelijke Regering": "het",
    "besluit van de Waalse Regering": "het",
    "besluit van de Regering van de Franse Gemeenschap": "het",
}
#: the noun "dezelfde …" / "hetzelfde …" repeats ("van hetzelfde besluit", not the whole type)
SAME_NOUN: dict[str, str] = {
    "wet": "wet", "bijzondere wet": "wet", "programmawet": "wet", "gecoördineerde wetten": "wetten",
    "koninklijk besluit": "besluit", "ministerieel besluit": "besluit", "besluitwet": "besluitwet",
    "decreet": "decreet", "ordonnantie": "ordonnantie",
    "besluit van de Vlaamse Regering": "besluit",
    "besluit van de Brusselse Hoofdstedelijke Regering": "besluit",
    "besluit van de Waalse Regering": "besluit",
    "besluit van de Regering van de Franse Gemeenschap": "besluit",
}

#: Codes cited by name: Dutch name → French name (the French name is ``ActRef.code``)
CODES: dict[str, str] = {
    "Strafwetboek": "Code pénal",
    "Gerechtelijk Wetboek": "Code judiciaire",
    "Burgerlijk Wetboek": "Code civil",
    "Wetboek van strafvordering": "Code d'instruction criminelle",
    "Wetboek van vennootschappen en verenigingen": "Code des sociétés et des associations",
    "Wetboek der successierechten": "Code des droits de succession",
    "Wetboek van de inkomstenbelastingen 1992": "Code des impôts sur les revenus 1992",
    "Wetboek van de belasting over de toegevoegde waarde":
        "Code de la taxe sur la valeur ajoutée",
    "Wetboek van economisch recht": "Code de droit économique",
    "Nieuwe Gemeentewet": "Nouvelle loi communale",
    "Brussels Wetboek van Ruimtelijke Ordening": "Code bruxellois de l'aménagement du territoire",
    "Brusselse Huisvestingscode": "Code bruxellois du logement",
    # the official Dutch names of the other Codes the French lexicon reads (fr.py) and of the
    # Flemish and Brussels Codes cited in Dutch only
    "Hypotheekwet": "Loi hypothécaire",
    "Wetboek van vennootschappen": "Code des sociétés",
    "Wetboek der registratie-, hypotheek- en griffierechten":
        "Code des droits d'enregistrement, d'hypothèque et de greffe",
    "Wetboek diverse rechten en taksen": "Code des droits et taxes divers",
    "Wetboek van de plaatselijke democratie en de decentralisatie":
        "Code de la démocratie locale et de la décentralisation",
    "Waals Wetboek van Sociale Actie en Gezondheid":
        "Code wallon de l'Action sociale et de la Santé",
    "Waals Wetboek van Ruimtelijke Ontwikkeling": "Code wallon du Développement territorial",
    "Milieuwetboek": "Code de l'environnement",
    # its books are separate texts (lexicon.BOOK_CODES): Boek II is the Waterwetboek
    "Boek I van het Milieuwetboek": "Livre Ier du Code de l'environnement",
    "Waterwetboek": "Code de l'eau",
    "Kieswetboek": "Code électoral",
    "Wetboek van de Belgische nationaliteit": "Code de la nationalité belge",
    "Sociaal Strafwetboek": "Code pénal social",
    "Militair Strafwetboek": "Code pénal militaire",
    "Wetboek van koophandel": "Code de commerce",
    "Spoorcodex": "Code ferroviaire",
    "Belgisch Scheepvaartwetboek": "Code de la navigation",
    "Consulair Wetboek": "Code consulaire",
    "Wetboek van de inkomstenbelastingen": "Code des impôts sur les revenus",
    "Codex over het welzijn op het werk": "Code du bien-être au travail",
    "Veldwetboek": "Code rural",
    "Boswetboek": "Code forestier",
    "Wetboek van de met de inkomstenbelastingen gelijkgestelde belastingen":
        "Code des taxes assimilées aux impôts sur les revenus",
    "Wetboek van de minnelijke en gedwongen invordering van fiscale en niet-fiscale "
    "schuldvorderingen":
        "Code du recouvrement amiable et forcé des créances fiscales et non fiscales",
    "Wetboek van internationaal privaatrecht": "Code de droit international privé",
    "Vlaamse Codex Ruimtelijke Ordening": "Code flamand de l'aménagement du territoire",
    "Vlaamse Codex Fiscaliteit": "Code flamand de la fiscalité",
    "Vlaamse Codex Wonen van 2021": "Code flamand du logement de 2021",
    "Brussels Wetboek van Lucht, Klimaat en Energiebeheersing":
        "Code bruxellois de l'air, du climat et de la maîtrise de l'énergie",
    "Brussels Gemeentelijk Kieswetboek": "Code électoral communal bruxellois",
    "Wetboek der met het zegel gelijkgestelde taksen": "Code des taxes assimilées au timbre",
}
#: other Dutch names of a Code (read, never written): "het oud Burgerlijk Wetboek" is the
#: Code civil of 1804 (as the French lexicon reads "l'ancien Code civil"), the Flemish
#: spelling "Wetboek van registratie-, …"
CODE_ALIASES: dict[str, str] = {
    "oud Burgerlijk Wetboek": "Code civil",
    # "het BTW-Wetboek" (the French "Code de la TVA": fr.py)
    "BTW-Wetboek": "Code de la taxe sur la valeur ajoutée",
    # the wet van 17 april 1878 (DATED_CODES in lexicon.py)
    "Voorafgaande Titel van het Wetboek van strafvordering":
        "Titre préliminaire du Code de procédure pénale",
    "Voorafgaande Titel van het Wetboek van Strafprocesrecht":
        "Titre préliminaire du Code de procédure pénale",
    "Wetboek van registratie-, hypotheek- en griffierechten":
        "Code des droits d'enregistrement, d'hypothèque et de greffe",
    # the books of the Milieuwetboek (lexicon.BOOK_CODES), as the Walloon decrees' Dutch
    # translations cite them
    "Boek 1 van het Milieuwetboek": "Livre Ier du Code de l'environnement",
    "Boek II van het Milieuwetboek": "Code de l'eau",
    "Boek 2 van het Milieuwetboek": "Code de l'eau",
    "Boek II van het Milieuwetboek, dat het Waterwetboek inhoudt": "Code de l'eau",
    "Boek II van het Milieuwetboek, dat het Waterwetboek vormt": "Code de l'eau",
    "Boek II van het Milieuwetboek, houdende het Waterwetboek": "Code de l'eau",
}
#: French name → Dutch name
FRENCH_CODES: dict[str, str] = {french: dutch for dutch, french in CODES.items()}
#: the gender of a Code's name: "van het Strafwetboek", "van de Nieuwe Gemeentewet"
ARTICLE_OF_CODE: dict[str, str] = {
    "Nieuwe Gemeentewet": "de", "Brusselse Huisvestingscode": "de", "Hypotheekwet": "de",
    "Spoorcodex": "de", "Codex over het welzijn op het werk": "de",
    "Vlaamse Codex Ruimtelijke Ordening": "de", "Vlaamse Codex Fiscaliteit": "de",
    "Vlaamse Codex Wonen van 2021": "de",
}

#: division kinds (model names) → Dutch names; "het opschrift" is the heading
DIVISIONS: dict[str, str] = {
    "part": "deel", "book": "boek", "title": "titel", "chapter": "hoofdstuk",
    "section": "afdeling", "subsection": "onderafdeling", "subtitle": "ondertitel",
}
#: unit kinds → Dutch nouns (singular, plural) and their article ("het lid", "de bepaling")
UNITS: dict[str, tuple[str, str, str]] = {
    "article": ("artikel", "artikelen", "het"),
    "paragraph": ("paragraaf", "paragrafen", "de"),
    "alinea": ("lid", "leden", "het"),
    "point": ("bepaling", "bepalingen", "de"),
    "tiret": ("streepje", "streepjes", "het"),
    "sentence": ("zin", "zinnen", "de"),
    "intro": ("inleidende zin", "inleidende zinnen", "de"),
    "heading": ("opschrift", "opschriften", "het"),
}
#: history verbs of designations: French participle → Dutch ("vervangen bij de wet van …")
HISTORY_VERBS: dict[str, str] = {
    "remplacé": "vervangen", "modifié": "gewijzigd", "inséré": "ingevoegd",
    "abrogé": "opgeheven", "rétabli": "hersteld", "renuméroté": "vernummerd",
}

#: the names of the entities and of their parliaments and governments in Dutch (and the
#: German-speaking Community's own German name), as a Dutch act's title, front matter and
#: enacting formula write them (lower case) → the author (``consolidate.model.Author``)
AUTHOR_NAMES: dict[str, str] = {
    "vlaamse gemeenschap": "flemish", "vlaams gewest": "flemish", "vlaamse overheid": "flemish",
    "vlaams parlement": "flemish", "vlaamse raad": "flemish", "vlaamse regering": "flemish",
    "waals gewest": "walloon", "waalse gewest": "walloon", "waals parlement": "walloon",
    "waalse gewestraad": "walloon", "waalse regering": "walloon",
    "waalse overheidsdienst": "walloon",
    "franse gemeenschap": "french_community", "federatie wallonië-brussel": "french_community",
    "parlement van de franse gemeenschap": "french_community",
    "raad van de franse gemeenschap": "french_community",
    "regering van de franse gemeenschap": "french_community",
    "duitstalige gemeenschap": "german_community",
    "parlement van de duitstalige gemeenschap": "german_community",
    "raad van de duitstalige gemeenschap": "german_community",
    "regering van de duitstalige gemeenschap": "german_community",
    "deutschsprachige gemeinschaft": "german_community",
    "deutschsprachigen gemeinschaft": "german_community",
    "brussels hoofdstedelijk gewest": "brussels", "brusselse hoofdstedelijke regering": "brussels",
    "brussels hoofdstedelijk parlement": "brussels", "brusselse hoofdstedelijke raad": "brussels",
    "franse gemeenschapscommissie": "cocof",
    "gemeenschappelijke gemeenschapscommissie": "cocom",
    "verenigde vergadering van de gemeenschappelijke gemeenschapscommissie": "cocom",
    "verenigd college van de gemeenschappelijke gemeenschapscommissie": "cocom",
}

#: Justel kind letters: French kind → Dutch kind, as the Dutch pages print them. Seen on the
#: Dutch Strafwetboek page beside the French one: L → W (wet), AR → KB (koninklijk besluit),
#: AL → B (besluitwet: "<B 11-10-1916, art. 1>" where the French page has "<AL ...>").
#: MB, DECR. and ORD follow ../shared/design/dutch.md (not on that page); BVR (besluit van de
#: Vlaamse Regering, AGF on French pages) is the usual abbreviation, not seen on a Dutch page in
#: ../shared; DVR (decreet van de Vlaamse Raad, DCFL on French pages: a Flemish décret, its
#: author kept in the act's identity) likewise. DCG, DRW, DCFR, AGW and AGCF have no attested
#: Dutch kind and are left as they are (docs/justel.md, "Authors").
JUSTEL_KINDS: dict[str, str] = {
    "L": "W", "AR": "KB", "AL": "B", "AM": "MB", "DEC": "DECR.", "DECRET": "DECR.",
    "ORD": "ORD", "AGF": "BVR", "DCFL": "DVR",
}
#: the Justel words of a footnote and of tombstones (the Dutch page's own words)
JUSTEL_IN_FORCE = "Inwerkingtreding"
JUSTEL_UNDETERMINED = "onbepaald"
JUSTEL_REPEALED = "Opgeheven"
