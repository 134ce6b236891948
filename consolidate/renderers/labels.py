"""The words of the HTML redline, per language (French, Dutch): data, not logic.

The page speaks the language of the documents it shows: the words around each act's articles
follow that act's language, the summary and the lists follow the page's (see
:func:`page_language`). Status and error codes (``no_effect``, ``A001``) and the applier's own
messages are never shown as words: they go in a tooltip (``title=``) beside the words here.
"""

from __future__ import annotations

from collections.abc import Iterable

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "kicker": "Texte consolidé — modifications en regard",
        "nothing_amended": "Aucun article n'est modifié.",
        "amending_act": "Acte modificatif",
        "amending_acts": "Actes modificatifs (dans l'ordre de leurs effets)",
        "in_force": "En vigueur",
        "undetermined": "indéterminée",
        "texts": "Textes",
        "articles_amended": "article(s) modifié(s)",
        "model_text": "texte modèle",
        "articles_touched": "Articles modifiés",
        "operations": "Opérations",
        "problems": "Échecs, omissions et avertissements",
        "dutch_text": "texte néerlandais",
        "warning": "avertissement",
        "article": "Article",
        "before": "Texte de base",
        "after": "Texte consolidé",
        "inserted": "Ajouté",
        "removed": "Supprimé",
        "amended_by": "Modifié par :",
        "provisions": "Dispositions modificatives",
        "detail": "détail",
    },
    "nl": {
        "kicker": "Geconsolideerde tekst — wijzigingen naast elkaar",
        "nothing_amended": "Er is geen artikel gewijzigd.",
        "amending_act": "Wijzigende akte",
        "amending_acts": "Wijzigende akten (in de volgorde van hun gevolgen)",
        "in_force": "Inwerkingtreding",
        "undetermined": "onbepaald",
        "texts": "Teksten",
        "articles_amended": "artikel(en) gewijzigd",
        "model_text": "modeltekst",
        "articles_touched": "Gewijzigde artikelen",
        "operations": "Bewerkingen",
        "problems": "Mislukt, overgeslagen en waarschuwingen",
        "dutch_text": "Nederlandse tekst",
        "warning": "waarschuwing",
        "article": "Artikel",
        "before": "Basistekst",
        "after": "Geconsolideerde tekst",
        "inserted": "Toegevoegd",
        "removed": "Geschrapt",
        "amended_by": "Gewijzigd bij:",
        "provisions": "Wijzigingsbepalingen",
        "detail": "detail",
    },
}

STATUS: dict[str, dict[str, str]] = {
    "fr": {"applied": "appliquées", "no_effect": "sans effet", "skipped": "ignorées",
           "failed": "en échec"},
    "nl": {"applied": "toegepast", "no_effect": "zonder gevolg", "skipped": "overgeslagen",
           "failed": "mislukt"},
}
"""Status words as counts read them ("appliquées : 38")."""

OUTCOME: dict[str, dict[str, str]] = {
    "fr": {"applied": "appliquée", "no_effect": "sans effet", "skipped": "ignorée",
           "failed": "en échec"},
    "nl": {"applied": "toegepast", "no_effect": "zonder gevolg", "skipped": "overgeslagen",
           "failed": "mislukt"},
}
"""Status words of one operation."""

REASONS: dict[str, dict[str, str]] = {
    "fr": {
        "A001": "les mots cités ne figurent pas dans la disposition visée",
        "A002": "les mots cités figurent plusieurs fois et la formule ne dit pas « chaque fois »",
        "A003": "la disposition visée est introuvable dans le texte de base",
        "A004": "la numérotation du texte nouveau contredit celle du texte de base",
        "A005": "opération non prise en charge",
        "no_effect": "rien n'a changé : le texte nouveau est identique à l'ancien",
        "not_supplied": "le texte visé n'est pas fourni",
        "not_in_force": "pas encore en vigueur à la date demandée",
        "failed": "l'opération n'a pu être appliquée",
        "skipped": "opération ignorée",
    },
    "nl": {
        "A001": "de aangehaalde woorden komen niet voor in de beoogde bepaling",
        "A002": "de aangehaalde woorden komen meermaals voor en de formule zegt niet « telkens »",
        "A003": "de beoogde bepaling is niet gevonden in de basistekst",
        "A004": "de nummering van de nieuwe tekst strijdt met die van de basistekst",
        "A005": "bewerking niet ondersteund",
        "no_effect": "niets gewijzigd: de nieuwe tekst is gelijk aan de oude",
        "not_supplied": "de beoogde tekst is niet aangeleverd",
        "not_in_force": "nog niet in werking op de gevraagde datum",
        "failed": "de bewerking kon niet worden toegepast",
        "skipped": "bewerking overgeslagen",
    },
}
"""What happened to an operation that did not apply, in words (the code goes in a tooltip)."""

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "fr": {"fr": "français", "nl": "néerlandais", "de": "allemand"},
    "nl": {"fr": "Frans", "nl": "Nederlands", "de": "Duits"},
}


def language_of(code: str | None) -> str:
    """A language the tables have ('fr' for any other, e.g. German for now)."""
    return code if code in WORDS else "fr"


def word(language: str, key: str) -> str:
    """One word of the page in ``language``."""
    return WORDS[language_of(language)][key]


def page_language(document_languages: Iterable[str], act_language: str | None = None) -> str:
    """The page's language: the act's when known, else the documents' when they share one,
    else French."""
    if act_language is not None:
        return language_of(act_language)
    found = set(document_languages)
    return language_of(found.pop()) if len(found) == 1 else "fr"


def reason(language: str, status: str, error_code: str | None, message: str | None) -> str:
    """Why an operation did not apply, in words: by error code, else by status and message."""
    table = REASONS[language_of(language)]
    if error_code and error_code in table:
        return table[error_code]
    text = message or ""
    if status == "skipped" and "not supplied" in text:
        return table["not_supplied"]
    if status == "skipped" and "in force" in text:
        return table["not_in_force"]
    return table.get(status, table["failed"])
