"""The interface between the grammar and a language: the closed vocabulary of amending acts.

The grammar (``consolidate.parsing``) never spells a French or Dutch word: it reads the
regex *fragments* and word tables of a :class:`Lexicon`. ``lang/fr.py`` and ``lang/nl.py``
each build one. A fragment is a string for ``re.VERBOSE`` patterns (``\\s+`` between words);
named groups are fixed by this interface and documented per field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from . import scan
from .scan import Scanner
from .shapes import block_label

#: Codes cited by name that are acts of a date: their citations designate that act (a Justel
#: page titled "Loi contenant le titre préliminaire du Code de procédure pénale" is matched by
#: its type and date, as "la loi du 17 avril 1878 contenant …" is)
DATED_CODES: dict[str, tuple[str, dt.date]] = {
    "Titre préliminaire du Code de procédure pénale": ("loi", dt.date(1878, 4, 17)),
}

#: Codes whose books are separate texts, each numbering its articles from its start (the
#: Walloon Code de l'Environnement: its Livre Ier and its Livre II, the Code de l'Eau, both
#: have an article D.1): cited without the book, such a Code designates no one text, and an
#: article of it none either, so the instruction is refused (P007) rather than aimed at one
#: book. The value names the books' own texts (the canonical names the lexicons give "du Livre
#: Ier du Code de l'Environnement", "du Livre II …, contenant le Code de l'Eau", "du Code de
#: l'Eau"). A Code whose articles are numbered across its books, or carry the book's number
#: (Code pénal: articles 1 to 566 over two books; Code civil: "livre 3", articles 3.1 …), is
#: one text: the book before it is a division, and an article designates itself without it.
BOOK_CODES: dict[str, tuple[str, ...]] = {
    "Code de l'environnement": ("Livre Ier du Code de l'environnement", "Code de l'eau"),
}


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words of one language, as the grammar reads them (hashed by identity: one object
    per language, so compiled rules can be cached per lexicon)."""

    language: str
    """"fr" or "nl"."""
    months: dict[str, int]
    """Month names → month number."""
    ordinals: dict[str, int]
    """Ordinal words → rank; -1 the last, -2 the one before ("avant-dernier")."""
    cardinals: dict[str, int]
    """Number words → value ("un", "deux"; "een", "twee")."""
    date: str
    """A date with groups day, month, year: "1er janvier 2024" / "1 januari 2024"."""
    act_types: dict[str, str]
    """Surface form of an act type (lower case, single spaces) → canonical French type."""
    act_type: str
    """Fragment matching any act type (group ``type``)."""
    codes: dict[str, str]
    """Name of a Code as cited (lower case) → canonical name ("Code pénal")."""
    code: str
    """Fragment matching a Code cited by name (group ``code``)."""
    same_act: str
    """Fragment for "de la même loi" / "van dezelfde wet" (group ``type``)."""
    cited_act: str
    """Fragment for a dated citation: "de la loi du <date>" (groups ``type``, ``date``)."""
    coordinated: str
    """Fragment for ", coordonnée(s) le <date>" (group ``date``)."""
    title_start: str
    """Words that start an act's title after its date ("portant", "relative", "houdende")."""
    history: str
    """Fragment for one history recital ("modifié par la loi du …", "ingevoegd bij …")."""
    units: dict[str, str]
    """Unit nouns (singular and plural, lower case) → Step unit ("alinéa" → "alinea")."""
    unit_nouns: str
    """Fragment of the unit nouns that take a label after them (group ``noun``)."""
    unit_ordinal_nouns: str
    """Fragment of the unit nouns that take an ordinal (alinéa, phrase, tiret, lid, zin)."""
    labelled_alone: str
    """Fragment before a bare item label: "le 3°", "au 2°" (so that the label is a unit)."""
    intro: str
    """Fragment for the phrase liminaire / inleidende zin."""
    heading: str
    """Fragment for an intitulé / opschrift."""
    connector_of: str
    """Fragment joining a unit to its container: "de", "du", "de la", "van"."""
    list_and: str
    """Fragment for "et" / "en" in lists."""
    range_to: str
    """Fragment for "à" / "tot" in ranges."""
    indefinite: str
    """Determiners that announce new units: "un", "une", "deux" …, "een" (group ``count``)."""
    word_nouns: str
    """Fragment for "les mots", "le mot", "de woorden" before a quote."""
    aux: str
    """Fragment of the auxiliary that carries an amending predicate ("est", "sont", "worden")."""
    verbs: dict[str, str]
    """Participle stems → predicate lemma (replace, insert, complete, repeal, restore,
    renumber, modify, apply_changes)."""
    verb: str
    """Fragment of the amending participles (group ``verb``)."""
    predicate: str
    """Fragment of a whole predicate: the auxiliary (group ``aux``) and the participle
    (group ``verb``), with what may stand between them (French: adverbs; Dutch: the
    subject, "worden de woorden … vervangen")."""
    become: str
    """Fragment of "devient / deviennent / formera" (renumbering without an auxiliary)."""
    roles: dict[str, str]
    """Prepositions before a quote or a unit → role (by, after, before, between, and)."""
    role: str
    """Fragment of those prepositions (group ``role``), just before a word noun or a quote."""
    titled: str
    """Fragment before the quoted heading of a new division: "intitulée", "met als opschrift"."""
    every: str
    """Fragment for "chaque fois" / "telkens"."""
    respectively: str
    """Fragment for "respectivement" / "respectievelijk"."""
    language_only: str
    """Fragment for "dans le texte néerlandais" (group ``language``: a language word)."""
    languages: dict[str, str]
    """Language words → code ("néerlandais" → "nl")."""
    concerns_other_text: str
    """Fragment for "(concerne uniquement le texte néerlandais)" (group ``language``)."""
    lead_in: str
    """Fragment of the lead-ins that announce points ("les modifications suivantes …")."""
    introducer: str
    """Fragment that introduces new text before a colon ("rédigé comme suit", "luidende")."""
    positions: dict[str, str]
    """Position words → position (after, before, between, start, end)."""
    position: str
    """Fragment of the position words before an anchor unit (group ``position``)."""
    container: str
    """Fragment "dans" / "in" before the container of an insertion."""
    article_heading: str
    """Fragment of an article heading in the amending act ("Art.", "Article", "Artikel")."""
    block_article: str
    """Fragment of an article heading inside quoted new text."""
    block_article_word: str
    """The article word(s) before a label inside quoted new text, case-sensitive
    ("(?:Art\\.|Article)", "(?:Art\\.|Artikel)"): composed into :attr:`block_label`."""
    division_heading: str
    """Fragment of a division heading inside quoted new text (group ``kind``, ``label``)."""
    autonomous: dict[str, str] = field(default_factory=dict)
    """Patterns of the autonomous provisions (constitutional_basis, entry_into_force, …)."""
    unsupported: frozenset[str] = frozenset()
    """Words that designate what the grammar does not apply: annexes, tables, columns."""
    headed: str = r"(?!)"
    """Fragment of a unit designated by its first words, its heading or its defined term
    ("à la catégorie A", "la définition de la classe 3"; group ``words``): never matches by
    default."""
    shared_auxiliary: str = r"(?!)"
    """Fragment of a second participle that shares the auxiliary of the predicate before it
    ("worden de woorden "A" vervangen door de woorden "B" en de woorden "C" opgeheven": group
    ``verb``, the participle, and the words between "en" and it, its subject): a clause of its
    own (:func:`~consolidate.parsing.clauses.find_predicates`); never matches by default."""
    as_applicable: str = r"(?!)"
    """Fragment of the Region a regionalised federal act is cited as it applies in, right
    after the act's title or date (", zoals van toepassing in het Vlaamse Gewest", ", telle
    qu'applicable en Région wallonne"): part of the citation, its words the end of the act's
    :attr:`~consolidate.model.ActRef.title` (the act amended is that Region's version of
    it); never matches by default."""
    preliminary: str = r"(?!)"
    """Fragment of the preliminary division of an act (group ``noun``, its kind): "le titre
    préliminaire", "de voorafgaande titel", a division labelled "préliminaire" (not the
    Code's "titre préliminaire du Code de procédure pénale", an act of its own: the codes);
    never matches by default."""
    label_rank: str = r"(?!)"
    """Fragment of the rank of a unit among those holding one label, right after its mention
    ("9°, (deuxième numéro 9°)"; groups ``ord``, the ordinal, and ``label``, the label it
    counts); never matches by default."""
    unread_reasons: dict[str, str] = field(default_factory=dict)
    """Words of a designation that no rule reads on purpose, each with the reason its P007
    message gives ("proposé": a unit of a text an amending act proposes): the refusal says
    what the model lacks rather than only which word is unread."""
    glue: frozenset[str] = frozenset()
    """Words a designation may hold besides the units, acts and history the rules read
    ("dans", "à", "de", "la", "il", "est" …): any other word there is an unread word."""
    amending_hint: str = ""
    """Amending vocabulary outside quotes: an article holding it is never non-amending."""
    transitional_hint: str = ""
    """Positive evidence of a transitional provision."""
    unknown_predicate: str = ""
    """Fragment of a passive no rule reads as amending ("wordt geschorst", "komt te
    luiden"; group ``verb``): in a sentence that opens with a unit of a cited act it is an
    unknown formula (P001), never a rule of the act itself."""
    place: str = r"(?!)"
    """The word that opens a sentence with a place in a cited act ("Dans l'article 13 de la
    loi du …", "À l'article …", "In artikel 13 van de wet van …", "In dezelfde wet"): the
    opening of an amending instruction, so a sentence that opens so and that no rule reads
    is an unknown formula (P001), never a rule of the act itself (never matches by
    default)."""
    title_any_word: bool = True
    """Whether an act's title may start with any lower-case word after its date (French:
    "la loi du 5 août 1992 sur la fonction de police"); if not, only with ``title_start``
    (Dutch: "van de wet van 16 mei 2001 bedoelde commissie" has no title)."""
    cited_after: str = ""
    """Fragment of the word that may follow an act cited or designated again ("la loi
    précitée", "de wet van 16 mei 2001 voornoemd"): read as part of the designation."""
    same_words: tuple[str, ...] = ()
    """Folded words without one of which no ``same_act`` is read ("même", "dit", "zelfde"):
    a fast test before the pattern runs (empty: the pattern always runs)."""
    titled_compound: str = ""
    """Fragment of an act named by a compound of its type, cited with its coordination
    (group ``title``): "de gemeentekieswet, gecoördineerd bij koninklijk besluit van …"."""
    plural_nouns: frozenset[str] = frozenset()
    """Plural unit nouns that do not end in "s" ("paragrafen", "artikelen", "leden"): a
    plural noun takes a list or a range of labels, a singular one a single label."""
    singular_range: str = r"(?!)"
    """Between the two labels of a range a singular unit noun takes (the Flemish decrees'
    "artikel 10 tot en met 15": articles 10 to 15), matched on the text after its first label
    (fullmatch, the second label included)."""
    compound_types: dict[str, str] = field(default_factory=dict)
    """Act types that end a compound name, by their (case-folded) ending: "het Energiedecreet
    van 8 mei 2009" is a décret of that date (the ``type`` a ``cited_act`` matched, when it is
    none of :attr:`act_types`)."""
    singular_list: str = r"(?!)"
    """The labels of a list or a range a singular unit noun takes (the Flemish "punt 2° en
    3°", "paragraaf 2 tot en met 4", "artikel 5 en 6"), matched on its labels (fullmatch,
    spaces folded); each label must be one of that unit's, all of one style (never matches
    by default: a singular noun takes one label)."""
    wrap: str = r"(?!)"
    """Fragment of "dont le texte actuel formera" before the unit that the designated unit's
    present text becomes ("… formera le § 1er"): the unit mention follows it (never matches
    by default)."""
    wrap_tail: str = r"(?!)"
    """Fragment of the words after the unit of a wrap, when the language puts its verb last
    (Dutch "waarvan de bestaande tekst § 1 zal vormen"): read and masked with the wrap."""
    present_text: str = r"(?!)"
    """Fragment of "le texte actuel de" before a designation whose unit then "formera le
    § 1er" (the unit's text becomes its § 1er: a wrap, not a renumbering)."""
    republican_months: dict[str, int] = field(default_factory=dict)
    """Month names of the French Republican calendar → 1 (vendémiaire) … 12 (fructidor)."""
    repeal_list: str = r"(?!)"
    """The head of a list of repealed places before its colon: "Sont abrogés", or a
    designation (group ``head``) then "les articles suivants sont abrogés" (each item of the
    list is then a designation, read with :attr:`repealed` after it)."""
    repealed: str = ""
    """The predicate an item of a :attr:`repeal_list` is read with (" est abrogé")."""
    sentence_starting: str = r"(?!)"
    """A sentence designated by its first words: "la phrase commençant par les mots "…""
    (group ``quote``: the masked quote)."""
    old_number_note: str = r"(?!)"
    """A note opening an article of a Justel page: its number before a renumbering ("(ancien
    art. 12)."), not part of the article's text."""
    republican_date: str = r"(?!)"
    """A Republican date ("25 ventôse an XI") with groups day, month, year (Roman)."""
    known_refusals: dict[str, str] = field(default_factory=dict)
    """Formulas the grammar knowingly does not read, by name (``in_place_of``, ``proviso``,
    ``moved``): where an instruction fails, the refusal names the formula and why
    (:data:`consolidate.parsing.instruction.KNOWN_REFUSALS`) instead of the generic P001."""
    repeal_except: str = r"(?!)"
    """", à l'exception du chapitre IV" after a repeal: the repeal of a unit less some of
    its parts, which the model has no operation for (refused with that reason, P001)."""
    described_rank: str = r"(?!)"
    """A relative clause after the place of an insertion that tells the rank the unit after
    the place will have (", qui devient l'alinéa 6,"; group ``rank``): a description of the
    insertion's effect, checked against it, not a renumbering (never matches by default)."""
    renumber_clause: str = r"(?!)"
    """A renumbering said in a relative clause of a designation, in the present (", qui
    devient le § 4,", ", devenant le 5°,", ", dat het derde lid wordt,"), as the history
    recital kept on the operation: groups ``noun`` (the unit's noun, or none for an item),
    ``label`` or ``ord`` (an ordinal word). Read by :mod:`consolidate.parsing.became`: the
    renumbering this act makes, or recalls (never matches by default)."""
    renumber_after: str = r"(?!)"
    """The renumbering a drafter joins to an insertion after its block ("… : « § 2. … », le
    § 2 actuel devenant le § 3", ", waarbij de bestaande paragraaf 2 paragraaf 3 wordt"):
    groups ``noun`` / ``old`` (the units' noun and labels now), ``newnoun`` / ``new`` (their
    labels after), or ``oldord`` / ``neword`` (ordinal words, a Dutch ``lid``); the same
    groups ending in ``2`` for a second word order ("en de huidige paragraaf 2 wordt
    paragraaf 3"); ``finite`` when the clause has a verb of its own ("et le § 2 actuel
    devient le § 3": a renumbering of its own after anything but one insertion). Read by
    :func:`consolidate.parsing.became.renumbered_after` (never matches by default)."""
    renumber_tense: str = r"(?!)"
    """Any relative clause of a renumbering in the present ("qui devient", "deviennent",
    "dat … wordt"): one :attr:`renumber_clause` does not read is refused, not kept as
    history (never matches by default)."""
    except_place: str = r"(?!)"
    """An exception of place at the end of a change of words (", sauf à l'alinéa 3", ",
    behalve in het derde lid"): the unit whose occurrences stay (``ReplaceWords.except_in``);
    groups ``noun`` and ``label``, ``ord`` and ``ordnoun``, or ``item`` (never matches by
    default)."""
    times: str = r"(?!)"
    """How many times the quoted words are changed ("à deux reprises", "tweemaal"; group
    ``count``, a cardinal word or digits): exactly so many occurrences (``ReplaceWords.times``;
    never matches by default)."""
    comprising: str = r"(?!)"
    """The words before the articles a new division holds, at the end of the text before
    their mention ("une section 3, comportant les articles 10/1 à 10/3, rédigée comme
    suit"): a description of the block, checked against it (never matches by default)."""
    table_in: str = r"(?!)"
    """Fragment for "dans le tableau figurant à": a table inside the unit designated after
    it, where quoted words can be replaced like any words of the unit (never matches by
    default)."""

    punctuation_marks: dict[str, str] = field(default_factory=dict)
    """Names of punctuation marks (lower case, single spaces) → the mark ("point-virgule" →
    ";", "dubbele punt" → ":")."""
    punctuation_old: str = r"(?!)"
    """A unit's final mark as what a replacement replaces: "le point final", "le point-virgule",
    "het punt aan het einde" (group ``mark``: its name, a key of :attr:`punctuation_marks`;
    group ``noun``: the words read, masked — the determiner before them stays, so clauses are
    cut as before); never matches by default."""
    punctuation_new: str = r"(?!)"
    """A mark as the new text of a replacement: "par un point-virgule", "door een puntkomma"
    (group ``mark``); never matches by default."""
    punctuation_inserted: str = r"(?!)"
    """A mark inserted at words, named with its indefinite ("een komma" before "ingevoegd",
    "une virgule est insérée"): group ``mark`` (``punctuation.lower``)."""

    annex: str = r"(?!)"
    """An annex of an act (``parsing/annexes.py``): "l'annexe II", "les annexes Ire et VII",
    "une annexe VIII" (group ``det``: announced), "l'annexe" before the act it belongs to
    (group ``labels`` absent), "la même annexe" / "cette annexe" (group ``same``)."""
    table: str = r"(?!)"
    """A table: "le tableau", "du tableau sous le titre 1er" (group ``description``: the
    words that describe it, "où figurent les indicateurs clés")."""
    row: str = r"(?!)"
    """Rows of a table by the number in their first cell: "les lignes du VII.1.4.2. et du
    VII.1.7.1" (group ``noun``, then ``labels``), "au III.6" (group ``labels2``); the noun
    alone announces new rows: "une ligne", "les lignes jointes comme annexe III/2"."""
    row_named: str = r"(?!)"
    """Rows by the words of their first cell: "en regard des sièges de Louvain et de Bruges"
    (group ``names``)."""
    plural_annexes: frozenset[str] = frozenset()
    """The plural of the annex noun ("annexes", "bijlagen"): without a label it names the
    act's annexes as a whole ("in de bijlagen bij het koninklijk besluit")."""
    annex_alone: str = r"(?!)"
    """The annex noun alone just before a joined-annex phrase ("… est remplacée par l'annexe
    jointe au présent arrêté"): the amending act's only annex (matched at the end of the text
    before the phrase)."""
    title_end: str = r"(?!)"
    """What ends an act's title with no comma or verb before it: the words the instruction
    amends ("Sont supprimés dans l'article 5 de la loi du … les mots « … »"), the next place
    of the designation ("A l'article 5 de la loi du … et à l'article 6 de la même loi, …")."""
    next_place: str = r"(?!)"
    """Between two acts of a designation: the second act's place opens ("L'article 5 de la loi
    du … et l'article 7 de la loi du …", "…, à l'article 6 de …"); searched in the text
    between the first act's citation (its title included) and the second's."""
    joined_as: str = r"(?!)"
    """The word before an annex label that names the joined annex's place ("L'annexe jointe
    au présent arrêté est insérée comme annexe 4 à l'arrêté royal …": the new annex is the
    act's annex 4, not a unit of an annex 4), matched at the end of the text before the
    annex mention."""
    image_note: str = r"(?!)"
    """Justel's note in the place of an image ("(Image non reprise pour des raisons
    techniques, voir M.B. du …)"): new text, a table or an annex the page does not hold."""
    only_article: str = r"(?!)"
    """"l'article unique": the only article of an act (article 1)."""
    column: str = r"(?!)"
    """A column: "la cinquième colonne" (group ``ord``), "la colonne "Juges"" (group
    ``quote``: the masked quote of its heading)."""
    joined: str = r"(?!)"
    """New text that is an annex of the amending act: "jointe(s) à la présente loi", "jointe
    comme annexe V à la présente loi" (group ``label``), "le texte ajouté à l'annexe III/1 à
    la présente loi" (group ``text``: no unit announced). Group ``bare``: the phrase without
    a participle ("l'annexe 2 du présent arrêté", "bijlage 2 bij dit besluit"), read only
    right after :attr:`joined_bare_after`; group ``label3``: the label of a relative clause
    ("die als bijlage 3 bij dit besluit is gevoegd")."""
    joined_bare_after: str = r"(?!)"
    """What stands just before a bare joined phrase: the predicate's "par" / "door" / "met"
    and the annex noun ("par l'annexe 2", "door de bijlage"), matched at the end of the text
    before the phrase; elsewhere the bare phrase designates an annex of the act itself."""
    and_following: str = r"(?!)"
    """"les alinéas 3 et suivants", "les articles 5 et suivants" in a designation: the units
    from the one named to the last, which no rule reads (refused, P007; searched in the
    instruction's head, quotes masked)."""
    lapse: str = r"(?!)"
    """A repeal said by a finite verb without auxiliary, its subject the unit itself at the
    start of the sentence ("Artikel 6 van de wet van … vervalt.", "In artikel 6 … vervalt het
    tweede lid"): group ``verb``, read as the predicate "repeal" (``clauses._predicates``);
    never with a date after it ("vervalt op 31 december 2026": a lapse, ``unknown_predicate``
    refuses it)."""
    headed_list: str = r"(?!)"
    """"les définitions de « ministre » et « administration »", "de definities van "minister"
    en "administratie"": the items defining several quoted terms, which no rule reads as
    several units (refused, P007: the French read the terms as words repealed, silently)."""
    bare_headed: str = r"(?!)"
    """"la définition est remplacée par ce qui suit" (no term quoted, no item named): which
    definition is meant is not said (refused, P007: the French read it as the replacement of
    the whole unit designated, silently)."""
    lapse_on: str = r"(?!)"
    """A lapse at a time ("vervalt op 31 december 2026", "vervallen met ingang van …"),
    matched at the verb ``unknown_predicate`` found: refused with its own words (P001)."""
    announced_tirets: str = r"(?!)"
    """An introducer that announces tirets without an indefinite ("le tiret suivant est
    ajouté :", "les tirets suivants sont insérés"): the quoted dash lines are tirets
    (``instruction._announced_tirets``), searched in the clause."""

    @property
    def introducer_any(self) -> str:
        """The introducer fragment anywhere (not only before the colon)."""
        return self.introducer.removesuffix(r"\s*$")

    @cached_property
    def block_label(self) -> re.Pattern[str]:
        """A labelled unit inside quoted new text, headed by this language's article word:
        :func:`consolidate.lang.shapes.block_label`, compiled verbose and case-sensitive."""
        return scan.regex(block_label(self.block_article_word), re.VERBOSE)

    @cached_property
    def compiled(self) -> dict[str, re.Pattern[str]]:
        """The fragments compiled (case-insensitive, verbose), by field name."""
        names = (
            "date", "act_type", "code", "same_act", "cited_act", "coordinated", "history",
            "unit_nouns", "unit_ordinal_nouns", "labelled_alone", "intro", "heading",
            "connector_of", "indefinite", "word_nouns", "aux", "verb", "become", "role",
            "every", "respectively", "predicate", "titled", "language_only",
            "concerns_other_text", "lead_in",
            "introducer", "position", "container", "article_heading", "block_article",
            "division_heading", "amending_hint", "transitional_hint", "title_start",
            "list_and", "range_to", "introducer_any", "unknown_predicate", "table_in",
            "republican_date", "old_number_note", "sentence_starting", "repeal_list", "wrap",
            "present_text",
        )
        flags = re.VERBOSE | re.IGNORECASE
        return {name: scan.regex(getattr(self, name), flags) for name in names}

    @cached_property
    def _patterns(self) -> dict[str, Scanner]:
        """The fragments compiled so far (see :meth:`pattern`)."""
        return {}

    def pattern(self, name: str) -> Scanner:
        """One compiled fragment (case-insensitive, verbose), compiled when first asked for:
        a run compiles only the fragments its texts need (compiling all of them was a
        tenth of the command's start-up); behind its gate (:mod:`consolidate.lang.scan`)."""
        compiled = self._patterns.get(name)
        if compiled is None:
            compiled = scan.compile(getattr(self, name), re.VERBOSE | re.IGNORECASE)
            self._patterns[name] = compiled
        return compiled

    def month(self, name: str) -> int | None:
        """The number of a month name (case folded), or None."""
        return self.months.get(name.casefold())
