"""Articles: their kind, their opening designation, their lead-in and points, their operations.

Kinds (docs/formulas.md), in this order, each on positive evidence:

- *constitutional_basis*, *entry_into_force* (every sentence a rule), *execution*
  (:mod:`.autonomous`);
- *amending*: the article holds an amending predicate outside quotes ("sont remplacés",
  "il est inséré", "est abrogé", "devient", a lead-in "les modifications suivantes sont
  apportées"); its instructions are read by :mod:`.instruction` — one, several in sequence,
  or one per point after a lead-in (points nest: "1° dans le § 1er, les modifications
  suivantes sont apportées : a) …");
- *transitional*: no amending predicate, and the lexicon's transitional evidence ("à titre
  transitoire", "reste applicable", …);
- *autonomous*: no amending vocabulary at all (a rule of the act itself).

An article with amending vocabulary ("les mots "…"", "rédigé comme suit", an amending
participle) that no rule reads is an error (P001), never a non-amending article.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache

from ..errors import ParseError
from ..lang import scan
from ..lang.lexicon import Lexicon
from ..model import ActRef, AmendingArticle, EntryIntoForce, Operation
from ..records import replace
from .acts import ActMention, ImpossibleDate, read_acts
from .annexes import named_columns
from .autonomous import (
    in_force_rules,
    is_constitutional_basis,
    is_execution,
    optional,
    rule,
    sentences,
)
from .clauses import Clause, ClauseReader, find_predicates, forget_predicates, unread_words
from .dated import blanked, dated_phrases, dated_rules
from .elided import is_elided, removed_by
from .instruction import (
    KNOWN_REFUSALS,
    Context,
    block_start,
    block_start_memo,
    dash_block_start,
    read_head,
    read_instruction,
)
from .reading import ArticleReading, OperationReading
from .renumber_order import ordered_readings
from .scope import DivisionInArticle, Scope, TwoArticles
from .skeleton import ACT_MARK, OPENING_QUOTES, QUOTE_MARK, Skeleton, quotes_masked
from .source import OLD_REFERENCE, ArticleText, SourceText, article_body, closing_lines
from .units import Mention, path_of

#: the formula of an instruction that concerns only the other language's text
OTHER_LANGUAGE = "concerns only the text in "

#: a paragraph label opening a line of the article itself
_OWN_LABEL = scan.regex(r"^[ \t]*§\s*\d+(?:er)?\.", re.MULTILINE)

#: a point of an amending article: "a) ", "1. ", "1° ", "1°) ", "A. ", "i) " at the start of
#: a line; and "1 " (a Justel page that lost the degree sign: "1 au 2, b), le chiffre …")
#: the number a Justel page gives the annexes of an act ("##### Article N.")
ANNEX_NUMBERS = frozenset({"n"})

POINT_LABEL = scan.regex(
    # "1° /1": a point inserted after 1° (2019030478, art. 20)
    r"^[ \t]*(?:[-–][ \t]*)?(?P<label>[a-z]\)|\d+\.|\d+°[ \t]?/\d+|\d+°\)?|[A-Z]\.|[A-Z]\)"
    r"|\d+\)|[ivx]+\)"
    r"|§[ \t]*\d+(?:er)?\.|\d+(?=[ \t]+[^\W\d]))[ \t]+",
    re.MULTILINE,
)


class ArticleReader:
    """Reads the articles of one act with one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.clauses = ClauseReader(lexicon)
        self.last_annex: str | None = None
        """The annex the last amending article designated ("la même annexe")."""
        self.last_article: tuple[str | None, str | None] | None = None
        """The article (and range end) it designated last ("dans le même article")."""

    def read(
        self, source: SourceText, heading: ArticleText, last_act: ActRef | None,
        publication: dt.date | None = None, signed: dt.date | None = None,
    ) -> tuple[ArticleReading, ActRef | None]:
        """Read one article; return its reading (with its warnings) and the act cited last
        after it (``signed``: the act's own date, "le jour de sa signature")."""
        forget_texts()  # the memos of one article's texts (asked about once per instruction)
        notes: list[ParseError] = []
        reading, act = self._read(source, heading, last_act, publication, notes, signed)
        return replace(reading, warnings=tuple(notes)), act

    def _read(
        self, source: SourceText, heading: ArticleText, last_act: ActRef | None,
        publication: dt.date | None, notes: list[ParseError], signed: dt.date | None = None,
    ) -> tuple[ArticleReading, ActRef | None]:
        start, end = article_body(source, heading)
        number = heading.number
        if start >= end:
            raise source.error(f"article {number} is empty", heading.body_start, "P008",
                               number)
        note = self.lexicon.pattern("old_number_note").match(source.text, start, end)
        if note is not None:  # "(ancien art. 12)." of a Justel page: not the article's text
            start = note.end()
        text = source.text[start:end]
        if is_elided(text):
            # "Art. 5. (...) <L 2010-05-06/03, art. 138, …>": the article of the act was
            # repealed or annulled later and Justel shows no text for it (as "<Abrogé par …>")
            by = removed_by(source, start, heading.end)
            raise source.error(
                f"Justel shows {' '.join(text.split())!r} in place of the article's "
                + (f"text: the article was repealed or annulled later ({by}), there is nothing "
                   "to read" if by else "text and cites no act that removed it: nothing to read"),
                start, "P008", number)
        base = {"number": number, "text": text, "span": source.span(heading.start, end)}
        if number.casefold() in ANNEX_NUMBERS:
            # "### ANNEXE." then "##### Article N." (2019030478): the act's own annexes, as the
            # Justel page gives them (there: images), not a rule of the act
            return ArticleReading(AmendingArticle(kind="annex", **base), "annex"), last_act
        lexicon = self.lexicon
        text = self._without_inline_notes(source, text, start, number, notes)
        text = self._repaired(source, text, start, number, notes)
        unclosed = _unclosed_quote(text, lexicon)
        if unclosed is not None:
            raise source.error("unterminated quote: the quote opened here is never closed",
                               start + unclosed, "P002", number)
        if is_constitutional_basis(lexicon, text):
            return ArticleReading(AmendingArticle(kind="constitutional_basis", **base),
                                  "constitutional_basis"), last_act
        rules = in_force_rules(lexicon, text, publication, number, signed)
        plain = _without_old_marks(source, start, heading.end, text) if rules is None else None
        if plain is not None:
            rules = in_force_rules(lexicon, plain, publication, number, signed)
        if rules is not None:
            self._ceases(source, text, start, number, notes, rules)
            article = AmendingArticle(kind="entry_into_force", entry_into_force=rules, **base)
            return ArticleReading(article, "entry_into_force"), last_act
        mixed = self._in_force_then_transitional(text, publication, number)
        if mixed is not None:
            self._ceases(source, text, start, number, notes, mixed[0])
            article = AmendingArticle(kind="entry_into_force", entry_into_force=mixed[0],
                                      transitional=mixed[1], **base)
            return ArticleReading(article, "entry_into_force+transitional"), last_act
        if is_execution(lexicon, text):
            return ArticleReading(AmendingArticle(kind="execution", **base), "execution"), \
                last_act
        skeleton = Skeleton.of(text)
        dated = dated_phrases(lexicon, skeleton.masked)  # "…, à partir du 1er janvier 2025, …"
        if dated:
            text = blanked(text, dated)
            skeleton = Skeleton.of(text)
        acts = self._acts(skeleton, last_act)
        cited_last = acts[-1].ref if acts else last_act
        amending = self._amends(skeleton.masked) or \
            lexicon.pattern("lead_in").search(skeleton.masked) is not None
        if not amending:
            negative = optional(lexicon, "not_in_force")
            if negative is not None and (found := negative.search(skeleton.masked)) is not None:
                raise source.error(
                    "a provision that does not enter into force if an event occurs (\"… "
                    "n'entre pas en vigueur si …\"): the model has entry-into-force rules that "
                    "set a date, wait for a date or wait for an event, none that cancels one; "
                    "not read rather than read as pending", start + found.start(), "P001",
                    number, entry_into_force=True)
            if near_miss(lexicon, text):
                raise source.error(
                    "this article reads like a constitutional basis or an entry into force but "
                    "no rule reads it (expected \"La présente loi règle une matière visée à "
                    "l'article 74 de la Constitution.\" or \"La présente loi entre en vigueur "
                    "le <date> / le jour de sa publication / à la date fixée par le Roi.\")",
                    start, "P001", number, entry_into_force=near_miss_in_force(lexicon, text))
            misspelt = misspelt_participle(skeleton.masked)
            if misspelt is not None and self._designates(skeleton.masked, misspelt[1]):
                raise source.error(
                    f"unknown verb {misspelt[0]!r}: an amending participle misspelt? (expected "
                    "remplacé, inséré, complété, abrogé, supprimé, rétabli, renuméroté)",
                    start + misspelt[1], "P001", number)
            self._grouped(source, skeleton.masked, start, number)
            unknown = self._unknown_predicate(skeleton.masked)
            if unknown is not None:
                # "les 1° et 2° sont fusionnés": refused by name (the verb is no predicate)
                merged = self.lexicon.known_refusals.get("merged")
                found = re.search(merged, skeleton.masked, re.I) if merged else None
                if found is not None:
                    raise source.error(KNOWN_REFUSALS["merged"], start + found.start(), "P001",
                                       number)
                verb, at, begin, stop = unknown
                target = _quoted_place(text[begin:stop].rstrip(" ,"))
                if self.lexicon.pattern("lapse_on").match(skeleton.masked, at):
                    raise source.error(
                        f"a unit of a cited act ({target}) that lapses at a time ({verb!r} "
                        "then a date): the model has no lapse of a unit, only its repeal and "
                        "when the repeal enters into force (expected \"… wordt opgeheven met "
                        "ingang van <date>\", \"… est abrogé à partir du …\"); refused rather "
                        "than read as a rule of the act", start + at, "P001", number)
                raise source.error(
                    f"unknown formula {verb!r}: this sentence designates a unit of a cited "
                    f"act ({target}) but no rule reads its verb as an amending predicate "
                    "(expected remplacé, inséré, complété, abrogé, supprimé, rétabli, "
                    "renuméroté, or a rule of the act: \"est interprété en ce sens que\", "
                    "\"est applicable\", \"entre en vigueur\")", start + at, "P001", number)
            if self._hinted(skeleton.masked):
                self._known_refusal(source, skeleton.masked, start, number)
                raise source.error(
                    "this article uses amending vocabulary but no rule reads it as an "
                    "instruction (expected a designation and a predicate: \"Dans l'article N "
                    "de <act>, les mots … sont remplacés par …\", \"L'article N de <act> est "
                    "abrogé\", \"Dans <act>, il est inséré un article N …\")", start, "P001",
                    number)
            placed = self._place_in_act(skeleton.masked, text) or self._new_text_of_unit(
                skeleton.masked)
            if placed is not None:
                self._known_refusal(source, skeleton.masked, start, number)
                begin, stop = placed
                place = _quoted_place(text[begin:stop])
                raise source.error(
                    f"unknown formula: this sentence opens with a place in a cited act "
                    f"or a unit of it ({place}) but no rule reads what it does there (expected "
                    "a designation "
                    "and an amending predicate: \"Dans l'article N de <act>, les mots … sont "
                    "remplacés par …\", \"…, le 2° est abrogé\", \"…, il est inséré …\", \"…, "
                    "le 2° devient le 3°\"); not read as a rule of the act itself",
                    start + begin, "P001", number)
            kind = "transitional" if lexicon.pattern("transitional_hint").search(
                skeleton.masked) else "autonomous"
            return ArticleReading(AmendingArticle(kind=kind, **base), kind), cited_last
        context = Context(source, lexicon, self.clauses,
                          Scope(act=last_act, previous_annex=self.last_annex,
                                previous_article=self.last_article), number,
                          notes=notes)
        readings, designation, lead_in = self._instructions(context, text, start)
        readings = ordered_readings(readings)  # "le 2° devient le 3° et le 3° devient le 4°"
        if context.failed and not readings:
            raise context.failed[0]
        operations: tuple[Operation, ...] = tuple(
            reading.operation for reading in readings if reading.operation is not None)
        article = AmendingArticle(kind="amending", operations=operations, entry_into_force=(
            dated_rules(source, start, number, dated, operations)), **base)
        act_after = operations[-1].target.act if operations else cited_last
        if operations:  # "la même annexe" in the next article (2005009998, art. 3)
            self.last_annex = operations[-1].target.annex
            last = operations[-1].target  # "Dans le même article, …" in the next article
            self.last_article = (last.article, last.article_until) if (
                last.article and last.annex is None) else None  # an annex's: not known here
        return ArticleReading(article, "amending", designation, lead_in, tuple(readings),
                              failed=tuple(context.failed)), act_after

    def _without_inline_notes(
        self, source: SourceText, text: str, start: int, number: str, notes: list[ParseError]
    ) -> str:
        """``text`` without the notes Justel put inside a sentence ("l'arrêté ministériel du
        25 janvier (NOTE de Justel : lire "février"; voir version néerlandaise) 1999",
        2006009457 art. 50): a note is not the act's text — it is blanked (the same length:
        every offset stays) and kept as a P014 warning in ``notes``. A note that corrects the
        word just before it ("lire "février"") is the page's own reading of that word: the word
        is read corrected (the warning says so). A note after a sentence ("… 2007. (NOTE : …)")
        is left to the entry-into-force rules (``justel_note``)."""
        if "(NOT" not in text:
            return text
        inline = rule(self.lexicon, "justel_note_inline")
        correction = rule(self.lexicon, "justel_correction")
        for note in reversed(list(inline.finditer(text))):
            before = text[: note.start()].rstrip(" \t")
            if not before or before[-1] in ".\n":
                continue  # a note after a sentence, or on a line of its own
            blank = " " * (note.end() - note.start())
            said = " ".join(note.group(0).split())[1:-1]
            fixed = correction.match(note["body"])
            word = re.search(r"[^\W_]+$", before)
            if fixed is not None and word is not None:
                begin = word.start()
                span = text[begin : note.end()]
                text = text[:begin] + fixed["word"].ljust(len(span)) + text[note.end() :]
                notes.append(source.error(
                    f"a note of Justel's inside the text ({said}) is not the act's text: taken "
                    f"out, and {word.group(0)!r} read as {fixed['word']!r} as it says",
                    start + note.start(), "P014", number))
                continue
            text = text[: note.start()] + blank + text[note.end() :]
            notes.append(source.error(
                f"a note of Justel's inside the text ({said}) is not the act's text: taken out",
                start + note.start(), "P014", number))
        return text

    def _repaired(
        self, source: SourceText, text: str, start: int, number: str, notes: list[ParseError]
    ) -> str:
        """``text`` with a quote Justel misplaced mended, when the structure of the article
        leaves one reading (the same length: every offset stays; each mend is a P002 warning
        in ``notes``):

        - a stray quote opening the article (``" Dans l'article 408 …, les mots "…"``): an
          instruction starts with its designation, never with a quote;
        - a lone quote ending the article (``… tel qu'inséré par la présente loi.".``);
        - the quoted words of the article's last instruction never closed (``complétée par
          les mots ", au moyen du registre … 1675/20.``): they run to its end.
        """
        straight = _straight_quotes(text)
        if not straight or len(straight) % 2 == 0 or any(c in text for c in "«»“”"):
            return text
        trailer = len(text.rstrip(" \t\n.;"))
        first, last = straight[0], straight[-1]
        for quote, following in itertools.pairwise(straight):
            named = text[quote + 1 : following]
            noun = self.lexicon.pattern("unit_nouns").match(named)
            words = len(named.replace(":", " ").split())
            if noun is not None and words == 3 and named.rstrip().endswith(":") and \
                    self.lexicon.pattern("titled").search(named.rstrip(" :") + " "):
                # "est insérée une "Section XVIbis intitulée : "Section XVIbis- Des
                # obligations …" comprenant l'article 75bis." (2006023386, art. 56): a quote
                # before the new division's noun, never closed; its heading is the quote
                notes.append(source.error(
                    "a stray quote before the name of the new division (its heading is the "
                    "quote after \"intitulée :\"): it is not read", start + quote, "P002",
                    number))
                return text[:quote] + " " + text[quote + 1 :]
        if not text[:first].strip():
            notes.append(source.error(
                "a stray quote opens the article (an instruction starts with its "
                "designation): it is not read", start + first, "P002", number))
            return text[:first] + " " + text[first + 1 :]
        if len(straight) == 1 and last == trailer - 1 and block_start(text, self.lexicon) is None:
            notes.append(source.error(
                "a lone quote ends the article: it is not read", start + last, "P002", number))
            return text[:last] + " " + text[last + 1 :]
        nouns = scan.regex(r"(?:" + self.lexicon.word_nouns + r")\s*$", re.I | re.X)
        if nouns.search(text[:last]) and block_start(text, self.lexicon) is None:
            notes.append(source.error(
                "unterminated quote: the quoted words run to the end of the article",
                start + last, "P002", number))
            if trailer < len(text) and text[trailer] in ".;":
                return text[:trailer] + '"' + text[trailer + 1 :]
            return text[:trailer] + '"' + text[trailer:]
        return text

    def _ceases(self, source: SourceText, text: str, start: int, number: str,
                notes: list[ParseError],
                rules: tuple[EntryIntoForce, ...] = ()) -> None:
        """An entry-into-force article that also ends the provisions' effect ("… et cesse
        d'être en vigueur le 31 décembre 2024", "… en treedt buiten werking op …"): the end is
        not modelled (a consolidation after it still shows the amended text), so it is said —
        a P015 warning, never dropped in silence (docs/time.md)."""
        ceases = rule(self.lexicon, "ceases").search(text)
        if ceases is None:
            return
        end = text.find(".", ceases.end())
        words = " ".join(text[ceases.start(): end if end != -1 else len(text)].split())
        if rules and all(r.until is not None for r in rules):
            notes.append(source.error(
                f"the end of effect it sets ({words!r}) is kept: on a date after it (--at) the "
                "provisions are not applied (the text as before them), on the day itself it is "
                "not known whether they are; without a date the text as amended still shows "
                "them (docs/time.md)", start + ceases.start(), "P015", number))
            return
        notes.append(source.error(
            f"the end of effect it sets ({words!r}) is not modelled: only "
            "the date in force is kept, and a consolidation at a later date still shows the "
            "amended text (docs/time.md)", start + ceases.start(), "P015", number))

    def _in_force_then_transitional(
        self, text: str, publication: dt.date | None, number: str
    ) -> tuple[tuple[EntryIntoForce, ...], tuple[str, ...]] | None:
        """"Le présent chapitre entre en vigueur le 1er janvier 2012." then "Les magistrats qui
        ont atteint l'âge de 55 ans le 1er janvier 2012, conservent le bénéfice …" (2011021116,
        art. 4): the first alinéas are entry-into-force rules, each alinéa after them a
        transitional rule on evidence; an alinéa that is neither (or amends) gives None."""
        alineas = [line.strip() for line in text.split("\n") if line.strip()]
        if len(alineas) < 2 or not self._transitional(alineas[-1]):
            return None  # the last alinéa is after every cut: no cut can give a reading
        for cut in range(len(alineas) - 1, 0, -1):
            rules = in_force_rules(self.lexicon, "\n".join(alineas[:cut]), publication, number)
            if rules is None:
                continue
            rest = alineas[cut:]
            if not all(self._transitional(alinea) for alinea in rest):
                return None
            return rules, tuple(rest)
        return None

    def _transitional(self, alinea: str) -> bool:
        """Whether an alinéa reads as a transitional rule: the lexicon's evidence, and no
        amending vocabulary or predicate."""
        masked = Skeleton.of(alinea).masked
        return not (self.lexicon.pattern("amending_hint").search(masked) or
                    not self.lexicon.pattern("transitional_hint").search(masked) or
                    self._amends(masked))

    def _amends(self, masked: str) -> bool:
        """Whether a predicate of the article amends: its sentence also designates something
        (a quote, an act, a unit) or opens new text with a colon. "Le directeur général est
        remplacé en cas d'absence" is a rule of the act itself, not an amendment."""
        # the paragraph labels of the article itself ("§ 1er. Sciensano est géré …") are not
        # designations
        masked = _OWN_LABEL.sub(lambda m: " " * len(m.group(0)), masked)
        for predicate in find_predicates(self.lexicon, masked, 0, len(masked)):
            begin = max(masked.rfind(". ", 0, predicate.aux_start),
                        masked.rfind("\n", 0, predicate.aux_start), 0)
            ends = [i for i in (masked.find(". ", predicate.verb_end),
                                masked.find("\n", predicate.verb_end)) if i != -1]
            end = min(ends) if ends else len(masked)
            sentence = masked[begin:end]
            if QUOTE_MARK in sentence or ACT_MARK in sentence or ":" in sentence \
                    or self.clauses.units.find(sentence):
                return True
        return False

    def _hinted(self, masked: str) -> bool:
        """Whether the article uses amending vocabulary (``amending_hint``) as an amending
        act would. A participle in a sentence that designates nothing — no quote, no act, no
        unit, no number, no colon — is a rule of the act about persons or bodies, not an
        instruction left unread: "Le Roi règle la manière dans les membres sont remplacés en
        cas d'absence ou d'empêchement." (2018011241, art. 7; art. 14: "… dont le directeur
        général est remplacé en cas d'absence …"). "Le machin 3 est abrogé" (a number) stays
        evidence."""
        predicate = self.lexicon.pattern("predicate")
        for found in self.lexicon.pattern("amending_hint").finditer(masked):
            if predicate.match(masked, found.start()) is None or \
                    self._sentence_designates(masked, found.start()):
                return True
        return False

    def _sentence_designates(self, masked: str, position: int) -> bool:
        """Whether the sentence (or alinéa) around ``position`` holds a quote, an act, a
        colon, a number or a unit."""
        masked = _OWN_LABEL.sub(lambda m: " " * len(m.group(0)), masked)
        begin = max(masked.rfind(". ", 0, position), masked.rfind("\n", 0, position), 0)
        ends = [i for i in (masked.find(". ", position), masked.find("\n", position))
                if i != -1]
        sentence = masked[begin : min(ends) if ends else len(masked)]
        if QUOTE_MARK in sentence or ACT_MARK in sentence or ":" in sentence or \
                re.search(r"\d", sentence) is not None or self.clauses.units.find(sentence):
            return True
        # a unit named without its number ("l'article est abrogé", "le paragraphe est
        # remplacé"), its heading, or what the grammar does not apply ("l'annexe est
        # remplacée"): still an amendment left unread
        words = {word.casefold() for word in re.findall(r"[^\W\d_]+", sentence)}
        return bool(words & self.lexicon.unsupported) or bool(
            self.lexicon.pattern("unit_nouns").search(sentence)) or bool(
            self.lexicon.pattern("heading").search(sentence))

    def _unknown_predicate(self, masked: str) -> tuple[str, int, int, int] | None:
        """A passive of the lexicon's ``unknown_predicate`` in a sentence that opens with a
        unit and cites an act ("Artikel 5 van de wet van 16 mei 2001 wordt geschorst."), or
        whose subject is a cited act, with its offset and the span of the sentence's
        designation; None otherwise."""
        if not self.lexicon.unknown_predicate:
            return None
        for found in self.lexicon.pattern("unknown_predicate").finditer(masked):
            stop = masked.rfind(". ", 0, found.start())
            begin = max(stop + 2 if stop != -1 else 0, masked.rfind("\n", 0, found.start()) + 1)
            sentence = masked[begin : found.start()]
            if ACT_MARK not in sentence:
                continue
            mentions = self.clauses.units.find(sentence)
            lead = self.lexicon.pattern("container").match(sentence.lstrip())
            opening = len(sentence) - len(sentence.lstrip()) + (
                len(lead.group(0)) if lead else 0)
            whole = not mentions and sentence.strip() and not sentence.strip().strip(ACT_MARK)
            if whole or (mentions and not sentence[opening : mentions[0].start].strip() and
                         self._unit_of_act(sentence, mentions)):
                # (or the cited act itself: "L'arrêté royal du … est rapporté", "… cesse de
                # produire ses effets le …" was an autonomous rule: a repeal dropped)
                name = next(name for name in ("verb", "verb2", "verb3", "verb4")
                            if found.groupdict().get(name))
                return found[name], found.start(name), begin + opening, found.start()
        return None

    def _grouped(self, source: SourceText, masked: str, start: int, number: str) -> None:
        """Raise the P001 of articles of a cited act grouped into a division ("Les articles 5
        à 8 de la même loi forment le chapitre 2, intitulé …", "De artikelen 5 tot 8 van
        dezelfde wet vormen een hoofdstuk 2"): no amending predicate, but no rule of the act
        either (it was read as an autonomous article, the division never made)."""
        fragment = self.lexicon.known_refusals.get("into_division")
        found = re.search(fragment, masked, re.I) if fragment else None
        if found is not None and ACT_MARK in found.group(0):
            raise source.error(KNOWN_REFUSALS["into_division"], start + found.start(), "P001",
                               number)

    def _known_refusal(self, source: SourceText, masked: str, start: int, number: str) -> None:
        """Raise the P001 of a formula the grammar knowingly does not read (lexicon
        ``known_refusals``) if the article holds one."""
        for name, fragment in self.lexicon.known_refusals.items():
            found = re.search(fragment, masked, re.I)
            if found is not None:
                raise source.error(KNOWN_REFUSALS[name], start + found.start(), "P001", number)

    def _place_in_act(self, masked: str, text: str = "") -> tuple[int, int] | None:
        """The span of a place in a cited act that opens a sentence of the article ("In
        artikel 13 van de wet van …", "Dans l'article 13 de la loi du …", "In de Franse tekst
        van artikel 40 van dezelfde wet", "In dezelfde wet"; lexicon ``place``, then the
        units and the act), or None. It is how an amending instruction opens, never a rule
        of the act itself: an article that opens a sentence so and that no rule reads is an
        unknown formula ("In artikel 13 … wordt de bepaling onder 2° de bepaling onder 3°"
        was an autonomous article before the inverted order was read)."""
        opening = self.lexicon.pattern("place")
        language = self.lexicon.pattern("language_only")
        for begin, end in _sentence_spans(masked):
            found = opening.match(masked, begin, end)
            if found is None:
                act = _ACT_RUN.match(masked, begin, end)
                if act is not None and opening.match(text, begin, end):
                    # "In dezelfde wet wordt artikel 27 geschorst.": the place word is inside
                    # the act's mask (an autonomous article before, silently)
                    return begin, act.end()
                continue
            spoken = language.match(masked, begin, end)
            cursor = max(found.end(), spoken.end() if spoken is not None else 0)
            sentence = masked[begin:end]
            at = cursor - begin
            at += len(sentence[at:]) - len(sentence[at:].lstrip())
            act = _ACT_RUN.match(sentence, at) or self.lexicon.pattern("same_act").match(
                sentence, at)  # the same act unresolved (P004 when read): still a cited act
            if act is not None:  # "In dezelfde wet wordt artikel 27 artikel 28."
                return begin, begin + act.end()
            mentions = self.clauses.units.find(sentence)
            # the mention may hold the place word ("Dans l'article 27": one mention)
            opened = [mention for mention in mentions if mention.end > at]
            if opened and not sentence[at : opened[0].start].strip() and \
                    self._unit_of_act(sentence, opened):
                stop = _ACT_RUN.search(sentence, opened[0].end)
                return begin, begin + (stop.end() if stop is not None else opened[0].end)
        return None

    def _new_text_of_unit(self, masked: str) -> tuple[int, int] | None:
        """The span of the designation of a sentence that opens with a unit of a cited act
        and ends with a colon before a quote ("Artikel 7 van de wet van … luidt als volgt:
        "…"", "L'article 6 de la loi du … est lu comme suit : "…""): new text for the unit,
        which no rule of the act itself gives; None otherwise."""
        container = self.lexicon.pattern("container")
        for begin, end in _sentence_spans(masked):
            sentence = masked[begin:end]
            lead = container.match(sentence)
            at = len(lead.group(0)) if lead else 0
            at += len(sentence[at:]) - len(sentence[at:].lstrip())
            mentions = [m for m in self.clauses.units.find(sentence) if m.end > at]
            if not mentions or sentence[at : mentions[0].start].strip() or \
                    not self._unit_of_act(sentence, mentions):
                continue
            act = _ACT_RUN.search(sentence, mentions[0].end)
            stop = act.end() if act is not None else mentions[0].end
            if sentence.rstrip().endswith(":") and QUOTE_MARK in masked[end:]:
                return begin, begin + stop
        return None

    def _unit_of_act(self, sentence: str, mentions: list[Mention]) -> bool:
        """Whether the units opening ``sentence`` are units of the act it cites ("L'article 5
        de la loi du …", "Le § 2 de l'article 5 de la loi du …"), its subject; not a point of
        the article's own list that cites an act further on ("5° le responsable des soins, tel
        que visé par l'article 3, 3°, de la loi du 5 mai 2014 …", 2019041200, art. 19)."""
        connector = self.lexicon.pattern("connector_of")
        end = mentions[0].end
        for mention in mentions[1:]:
            gap = sentence[end : mention.start]
            if mention.start < end or not (not gap.strip(" ,") or connector.match(gap)):
                break
            end = mention.end
        act = sentence.find(ACT_MARK, end)
        if act == -1 and (same := self.lexicon.pattern("same_act").search(sentence, end)):
            # "In artikel 5 van dezelfde wet …" after a besluit: the act is not known (P004
            # when read), the place in a cited act is (it was an autonomous article)
            act = same.start()
        gap = sentence[end:act]
        return act != -1 and (not gap.strip(" ,") or connector.match(gap) is not None)

    def _designates(self, masked: str, position: int) -> bool:
        """Whether the sentence around ``position`` designates something (a quote, an act or
        a unit), the evidence that a verb in it was meant to amend."""
        masked = _OWN_LABEL.sub(lambda m: " " * len(m.group(0)), masked)
        begin = max(masked.rfind(". ", 0, position), 0)
        ends = [i for i in (masked.find(". ", position),) if i != -1]
        sentence = masked[begin : min(ends) if ends else len(masked)]
        return QUOTE_MARK in sentence or ACT_MARK in sentence or bool(
            self.clauses.units.find(sentence))

    def cited_last(
        self, source: SourceText, heading: ArticleText, last_act: ActRef | None
    ) -> ActRef | None:
        """The act an article cites last outside quotes (for "la même loi" in the next
        article, even when this one could not be read); the new text after an introducer's
        colon cites acts of its own, not the act amended."""
        start, end = article_body(source, heading)
        text = source.text[start:end]
        colon = block_start(text, self.lexicon)
        skeleton = Skeleton.of(text if colon is None else text[:colon])
        acts = self._acts(skeleton, last_act)
        # the act designated comes first; acts after it are in its title or its history
        return self.heading_act(source, heading, acts[0].ref if acts else last_act)

    def acts_before(self, source: SourceText, start: int, end: int) -> ActRef | None:
        """The act the division headings between ``start`` and ``end`` (before the first
        article) name last, or None."""
        tail = "\n".join(match.group(0) for match in
                         closing_lines(source.language)[0].finditer(source.text, start, end))
        return self._headings_act(tail, None)

    def heading_act(
        self, source: SourceText, heading: ArticleText, last_act: ActRef | None
    ) -> ActRef | None:
        """The act named by the division headings after an article ("CHAPITRE II. -
        Modifications du Code judiciaire"), which the next article's "du même Code" means."""
        _, end = article_body(source, heading)
        return self._headings_act(source.text[end : heading.end], last_act)

    def _headings_act(self, tail: str, last_act: ActRef | None) -> ActRef | None:
        """The act the last heading of ``tail`` that cites one names first (the acts after it
        are in its title: "Modifications de l'arrêté royal du 14 novembre 2008 portant
        exécution de la loi du 15 octobre 2008 …"), else ``last_act``."""
        for line in reversed(tail.split("\n")):
            if line.strip():
                acts = self._acts(Skeleton.of(line), last_act)
                if acts:
                    return acts[0].ref
        return last_act

    def _acts(self, skeleton: Skeleton, last_act: ActRef | None) -> list[ActMention]:
        """The acts an article cites (an impossible date is left for the instruction to
        report)."""
        try:
            acts, _, _ = read_acts(self.lexicon, skeleton, last_act)
        except ImpossibleDate:
            return []
        return acts

    # --- the structure of an amending article ---------------------------------------------

    def _instructions(
        self, context: Context, text: str, offset: int
    ) -> tuple[list[OperationReading], tuple[str, ...], str | None]:
        paragraphs = own_paragraphs(text)
        if paragraphs:
            return self._paragraphs(context, text, paragraphs, offset), ("paragraphs",), None
        lead = self._lead_in(text)
        listed = self._repeal_list(context, text, offset) if lead is None else None
        if listed is not None:
            return listed, ("repeal_list",), " ".join(text[: _first_colon(text) or 0].split())
        quoted = self._quoted_points(context, text, offset) if lead is None else None
        if quoted is not None:
            return quoted, ("quoted_points",), " ".join(text[: _first_colon(text) or 0].split())
        if lead is None:
            if self._dangling_lead_in(text):
                raise context.fail("the lead-in announces modifications but no point labelled "
                                   "'a)', '1.' or '1°' follows", offset + len(text.rstrip()))
            other = self._other_language(context, text)
            readings = [other] if other is not None else read_instruction(context, text, offset)
            return readings, _designation_rules(readings), None
        header_end, points_start = lead
        scope = self._header_scope(context, text[:header_end], offset)
        lead_words = " ".join(text[:header_end].split())
        readings = self._points(replace(context, scope=scope), text, points_start, offset)
        return readings, ("lead_in",), lead_words

    def _paragraphs(
        self, context: Context, text: str, paragraphs: list[tuple[str, int, int]], offset: int
    ) -> list[OperationReading]:
        """"Art. 2. § 1. In artikel … § 2. Artikel … wordt aangevuld …": an amending article
        divided into its own paragraphs, each an instruction (or a lead-in and its points);
        "van dezelfde ordonnantie" in § 2 is the act of § 1."""
        readings: list[OperationReading] = []
        for label, begin, end in paragraphs:
            point = replace(context, point=(context.point + " " if context.point else "")
                            + label)
            read, _, _ = self._instructions(point, text[begin:end], offset + begin)
            readings.extend(read)
            last = next((r.operation for r in reversed(read) if r.operation), None)
            if last is not None:
                context = replace(context, scope=replace(context.scope, act=last.target.act))
        return readings

    def _repeal_list(
        self, context: Context, text: str, offset: int
    ) -> list[OperationReading] | None:
        """"Sont abrogés : - X; - Y; - Z.", "Dans la loi du …, les articles suivants sont
        abrogés : 1° l'article 7; …": each item (a dash, a label, or one line each) is a
        designation, read with the lexicon's ``repealed`` predicate after it (in the scope of
        the head's designation); None when ``text`` is not such a list."""
        colon = _first_colon(text)
        head = self.lexicon.pattern("repeal_list").fullmatch(text[:colon]) if colon else None
        if colon is None or not self.lexicon.repealed or head is None:
            return None
        named = next((name for name in ("head", "head2", "head3")
                      if head.groupdict().get(name)), None)
        if named is not None:
            # "Dans la loi du 10 août 2005 …, les articles suivants sont abrogés :", "Sont
            # abrogés dans la loi du … :": the items are read in the act (and divisions) the
            # head designates
            context = replace(context, scope=self._header_scope(
                context, text[head.start(named) : head.end(named)], offset + head.start(named)))
        items = dash_items(text, colon + 1) or unlabelled_points(text, colon + 1)
        if not items:
            labelled = POINT_LABEL.search(text, colon + 1)
            if labelled is None or text[colon + 1 : labelled.start()].strip():
                return None
            items = split_points(context.source, text, colon + 1, offset,
                                 context.amending_article)
        readings: list[OperationReading] = []
        for label, begin, end in items:
            point = replace(context, point=label)
            body = text[begin:end].rstrip(" ;.,\n")
            readings.extend(read_instruction(point, body + self.lexicon.repealed,
                                             offset + begin))
        return readings

    def _quoted_points(
        self, context: Context, text: str, offset: int
    ) -> list[OperationReading] | None:
        """"L'article 1er, alinéa 1er, de l'arrêté royal du 1er février 1993 … est complété par
        les rubriques suivantes :" then "a) " 40° … ; "", "b) " 42° … ; "" (excerpt 2003002160):
        one instruction whose new text is given point by point of the amending article (its
        entry into force names "l'article 1er, a)"); each point is the instruction with that
        point's quote as its block (the other points blanked: every offset stays). None when
        ``text`` is not such an instruction (a predicate and an introducer before the colon,
        then labelled points that are each one quote)."""
        colon = _first_colon(text)
        if colon is None:
            return None
        header = Skeleton.of(text[:colon]).masked
        if not find_predicates(self.lexicon, header, 0, len(header)) or \
                self.lexicon.pattern("introducer").search(header.rstrip()) is None:
            return None
        following = POINT_LABEL.search(text, colon + 1)
        if following is None or text[colon + 1 : following.start()].strip() or \
                following["label"] not in ("a)", "1°", "1.", "A.", "1)", "i)"):
            return None  # "… rédigé comme suit : 6° mener l'enquête …" (its quote lost)
        notes = len(context.notes)
        try:
            points = split_points(context.source, text, colon + 1, offset,
                                  context.amending_article, context.notes)
        except ParseError:
            del context.notes[notes:]
            return None
        bodies = [text[begin:end].strip().rstrip(";.").strip() for _, begin, end in points]
        if len(points) < 2 or not all(
                body[:1] in '"«“' and len(Skeleton.of(body).quotes) == 1 and
                Skeleton.of(body).quotes[0] == (0, len(body)) for body in bodies):
            return None
        readings: list[OperationReading] = []
        for label, begin, end in points:
            alone = text[: colon + 1] + " " * (begin - colon - 1) + text[begin:end]
            point = replace(context, point=(context.point + " " if context.point else "")
                            + label)
            readings.extend(read_instruction(point, alone, offset))
        return readings

    def _lead_in(self, text: str) -> tuple[int, int] | None:
        """(end of the header, start of the points) when ``text`` opens with a lead-in."""
        colon = _first_colon(text)
        if colon is None:
            return None
        header = Skeleton.of(text[:colon]).masked
        if not self.lexicon.pattern("lead_in").search(header) and \
                not self._bare_designation(header):
            return None
        following = POINT_LABEL.search(text, colon + 1)
        if following is None or text[colon + 1 : following.start()].strip():
            return (colon, colon + 1) if unlabelled_points(text, colon + 1) else None
        return colon, colon + 1

    def _bare_designation(self, header: str) -> bool:
        """Whether a header is a designation and nothing else ("1° au § 2 :" then "a) dans
        l'alinéa 1er, le mot … est remplacé …", 2006023386, art. 91): a lead-in of its points,
        which are read in its place (their labels are no units of the place)."""
        if QUOTE_MARK in header or ACT_MARK in header or \
                find_predicates(self.lexicon, header, 0, len(header)):
            return False
        mentions = self.clauses.units.find(header)
        if not mentions:
            return False
        rest = list(header)
        for mention in mentions:
            rest[mention.start : mention.end] = " " * (mention.end - mention.start)
        words = re.findall(r"[^\W\d_]+", "".join(rest))
        return all(word.casefold() in self.lexicon.glue for word in words) and \
            not re.search(r"\d", "".join(rest))

    def _other_language(self, context: Context, text: str) -> OperationReading | None:
        """"(concerne uniquement le texte néerlandais)": the instruction amends the other
        language's text only; the French text of the act does not spell it out. Read, with
        no operation here, and reported as a warning (P013) by the parser."""
        words = " ".join(text.split()).strip(" ;.")
        found = self.lexicon.pattern("concerns_other_text").fullmatch(words)
        if found is None:
            return None
        language = self.lexicon.languages.get(found["language"].casefold(), found["language"])
        return OperationReading(context.point, words, f"{OTHER_LANGUAGE}{language}")

    def _dangling_lead_in(self, text: str) -> bool:
        """A lead-in ("les modifications suivantes sont apportées :") with nothing after."""
        colon = _first_colon(text)
        if colon is None or text[colon + 1 :].strip():
            return False
        return self.lexicon.pattern("lead_in").search(Skeleton.of(text).masked) is not None

    def _header_scope(self, context: Context, header: str, offset: int) -> Scope:
        head = read_head(context, header, offset)
        lead = self.lexicon.pattern("lead_in").search(head.skeleton.masked)
        stop = lead.start() if lead else len(header)
        begin = 0
        if lead is not None and not head.skeleton.masked[:stop].strip():
            # "Les modifications suivantes sont apportées à l'article 7 du même arrêté :": the
            # lead-in first, its designation after it
            begin, stop = lead.end(), len(header)
        found = self.clauses.units.find(head.skeleton.masked, begin, stop)
        place = _lead_place(lead)
        if place is not None:
            # "In artikel 12 … worden in paragraaf 1 de volgende wijzigingen aangebracht:" (the
            # place after the auxiliary): the designation goes on there
            found = [*found, *self.clauses.units.find(head.skeleton.masked, *place)]
        mentions = named_columns(found, head.skeleton)
        self._check_header(context, head.skeleton.masked, mentions,
                           lead if begin == 0 else None, offset, begin)
        try:
            return head.scope.narrowed(path_of(mentions, head.skeleton.masked, self.lexicon))
        except DivisionInArticle as nested:
            raise context.fail(f"the designation names the {nested.division} inside article "
                               f"{nested.article}: a division is not inside an article "
                               "(expected the division, or units of the article)", offset,
                               "P007") from None
        except TwoArticles as two:
            raise context.fail(f"one place of the designation names two articles (article "
                               f"{two.first} and article {two.second}): expected one article "
                               "per place", offset, "P007") from None
        except LookupError as missing:
            raise context.fail(f"\"le même {missing.args[0]}\" but no such unit is designated "
                               "before", offset, "P007") from None

    def _check_header(self, context: Context, masked: str, mentions: list[Mention],
                      lead: re.Match[str] | None, offset: int, begin: int = 0) -> None:
        """Every word of a lead-in's header is read: its designation (units, acts, recitals,
        glue) before the lead-in, nothing but glue after it ("A l'article 5 …, les
        modifications suivantes sont apportées au machin :" is refused, P007)."""
        stop = lead.start() if lead else len(masked)
        header = Clause("apply_changes", begin, len(masked), stop, stop, designation=mentions)
        place = _lead_place(lead)
        unread = unread_words(self.lexicon, masked, header, stop) + (
            unread_words(self.lexicon, masked, header, place[1], place[0])
            if place is not None else []) + (
            unread_words(self.lexicon, masked, header, len(masked), lead.end())
            if lead else [])
        quote = masked.find(QUOTE_MARK)
        if unread or (quote != -1 and not any(
                m.quote is not None or m.named is not None for m in mentions)):
            words = " ".join(word for word, _ in unread) or "a quote"
            at = unread[0][1] if unread else quote
            raise context.fail(
                f"cannot read the lead-in's designation: no rule reads {words!r} (expected "
                "\"A l'article 5, § 2, de <act>, les modifications suivantes sont apportées "
                ":\")", offset + at, "P007")

    def _point(self, point: Context, body: str, offset: int) -> list[OperationReading]:
        """The operations of one point (its own instruction, or a clause on the other
        language's text)."""
        other = self._other_language(point, body)
        if other is not None:
            return [other]
        if block_start(body, self.lexicon) is None and dash_block_start(
                body, self.lexicon) is None:
            body = body.rstrip(" ;.\n")
        return read_instruction(point, body, offset)

    def _points(
        self, context: Context, text: str, start: int, offset: int
    ) -> list[OperationReading]:
        readings: list[OperationReading] = []
        for label, begin, end in split_points(context.source, text, start, offset,
                                              context.amending_article, context.notes):
            point = replace(context, point=(context.point + " " if context.point else "")
                            + label)
            body = text[begin:end]
            if is_elided(body):
                readings.append(self._elided(point, body, offset + begin, offset + end))
                continue
            nested = self._lead_in(body)
            if nested is not None:
                header_end, points_start = nested
                scope = self._header_scope(point, body[:header_end], offset + begin)
                readings.extend(self._points(replace(point, scope=scope), body, points_start,
                                             offset + begin))
                continue
            try:
                read = self._point(point, body, offset + begin)
            except ParseError as error:  # this point only: the article's others are read
                context.failed.append(error)
                continue
            readings.extend(read)
            last = next((r.operation for r in reversed(read) if r.operation), None)
            if last is not None:
                context = replace(context, scope=replace(context.scope,
                                                         previous=last.target.path))
        return readings

    def _elided(self, point: Context, body: str, start: int, end: int) -> OperationReading:
        """A point Justel shows as "(...)" / "[¹ ...]¹": repealed or annulled later, its
        text is not on the page (:mod:`.elided`). Read with no operation and a P008
        warning citing the act that removed it; without that reference, refused (P001)."""
        by = removed_by(point.source, start, end)
        mark = " ".join(body.split())
        if by is None:
            raise point.fail(
                f"the point's text is only an elision mark ({mark!r}) and the page cites no act "
                "that removed it (expected Justel's reference \"<L …>\" on its line or a "
                "footnote of its mark): nothing to read, and no evidence why", start)
        point.notes.append(point.source.error(
            f"{point.where()}the point was repealed or annulled later ({by}): Justel shows "
            f"{mark!r} in place of its text, there is nothing to read", start, "P008",
            point.amending_article))
        return OperationReading(point.point, mark, f"elided: removed later by {by}")


def _lead_place(lead: re.Match[str] | None) -> tuple[int, int] | None:
    """The span of the place a lead-in names after its auxiliary ("worden in paragraaf 1 de
    volgende wijzigingen aangebracht"), if any."""
    if lead is None or not lead.groupdict().get("place"):
        return None
    return lead.start("place"), lead.end("place")


#: "§ 1." / "§ 1er." opening a line of the amending article (outside quotes)
_OWN_PARAGRAPH = scan.regex(r"^[ \t]*§[ \t]*(?P<number>\d+)(?:er)?\.[ \t]+", re.MULTILINE)


#: an act masked in a skeleton (one mark per character)
_ACT_RUN = scan.regex(ACT_MARK + "+")


def _sentence_spans(masked: str) -> list[tuple[int, int]]:
    """The spans of the sentences (and lines) of ``masked``, each without the blanks that
    open it: cut after ". " and at each line end."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", masked):
        begin = line.start()
        for cut in re.finditer(r"\.\s+", line.group(0)):
            spans.append((begin, line.start() + cut.start() + 1))
            begin = line.start() + cut.end()
        spans.append((begin, line.end()))
    return [(begin + len(masked[begin:end]) - len(masked[begin:end].lstrip()), end)
            for begin, end in spans if masked[begin:end].strip()]


def own_paragraphs(text: str) -> list[tuple[str, int, int]]:
    """The paragraphs of an amending article divided like the acts it amends ("§ 1. In
    artikel 2.4.6 van … wordt het derde lid vervangen als volgt : "…". § 2. Artikel 2.4.6 van
    dezelfde ordonnantie wordt aangevuld met een lid …"): (label "§ 1", start, end) each, when
    the article opens with "§ 1." and the labels outside quotes follow in sequence, each
    after a paragraph that ended (its quotes closed, a final '.' or ';'). [] otherwise."""
    masked = Skeleton.of(text).masked
    found = list(_OWN_PARAGRAPH.finditer(masked))
    if not found or found[0].start() != len(text) - len(text.lstrip()) or \
            found[0]["number"] != "1":
        return []
    cuts = [found[0]]
    for match in found[1:]:
        if int(match["number"]) == int(cuts[-1]["number"]) + 1 and _complete(
                text[cuts[-1].end() : match.start()]):
            cuts.append(match)
    if len(cuts) < 2:
        return []
    ends = [match.start() for match in cuts[1:]] + [len(text)]
    return [(f"§ {match['number']}", match.end(), len(text[:end].rstrip()))
            for match, end in zip(cuts, ends, strict=True)]


def _unclosed_quote(text: str, lexicon: Lexicon) -> int | None:
    """Offset of an inline quote opened and never closed before the article's end (a block
    after a colon may hold inner quotes: only the head before it is checked)."""
    colon = block_start(text, lexicon)
    head = text if colon is None else text[:colon]
    skeleton = Skeleton.of(head)
    if not skeleton.quotes:
        return None
    start, end = skeleton.quotes[-1]
    closing = OPENING_QUOTES[head[start]]
    if end == len(head) and (end - start < 2 or head[end - 1] != closing):
        return start
    return None


def _straight_quotes(text: str) -> list[int]:
    """The offsets of the straight quotes of ``text``."""
    found: list[int] = []
    index = text.find('"')
    while index != -1:
        found.append(index)
        index = text.find('"', index + 1)
    return found


def _without_old_marks(source: SourceText, start: int, end: int, text: str) -> str | None:
    """``text`` without the parentheses of Justel's old style, which enclose the words a later
    act inserted and cite it after them ("… (et de l'article 11 qui entre en vigueur à la date
    fixée par le Roi (et au plus tard le 1er septembre 2012,)) chacun des articles … <L
    2007-12-21/39, art. 3, …> <L 2008-07-24/36, art. 6, …>", 2006009457, art. 51): the words
    are the text in force, the parentheses are not. None when the page cites no such act in
    the article (its parentheses are then the act's own) or the text has none."""
    if "(" not in text or not source.raw or OLD_REFERENCE.search(source.raw, start, end) is None:
        return None
    return re.sub(r"[()]", " ", text)


def _quoted_place(words: str) -> str:
    """The words of a place as an error message quotes them: one line, at most 90
    characters."""
    place = " ".join(words.split()).rstrip(" ,")
    return place if len(place) <= 90 else place[:87] + "…"


def near_miss(lexicon: Lexicon, text: str) -> bool:
    """Whether an article reads like a constitutional basis or an entry into force of the
    act itself without being one (its time or its article unreadable)."""
    flat = " ".join(text.split())
    if near_miss_in_force(lexicon, text):
        return True
    return bool(re.match(r"^\S+\s+présente?\s+\S+\s+règle\s+une\s+matière\b", flat) and
                re.search(r"\bConstitution\b", flat))


def near_miss_in_force(lexicon: Lexicon, text: str) -> bool:
    """Whether an article reads like an entry into force of the act itself (or of its
    provisions) that no rule reads: refused, its provisions' dates are then not known."""
    this_act = rule(lexicon, "this_act")
    fixes = optional(lexicon, "fixes_near")
    for part in sentences(text):
        if fixes is not None and fixes.match(part):
            return True  # an authority fixing the date of entry into force, unread
        sentence = rule(lexicon, "in_force_sentence").match(part)
        subject = sentence["subject"].strip(" ,") if sentence else ""
        if sentence and (this_act.match(subject) or
                         rule(lexicon, "provisions_word").search(subject)):
            return True  # an entry into force of this act or of its provisions, unread
    return False


_PARTICIPLES = ("remplacé", "inséré", "complété", "abrogé", "supprimé", "rétabli", "renuméroté",
                "ajouté")


#: real participles close to an amending one ("établie" ~ "rétabli"): not misspellings
_REAL_WORDS = frozenset(("établi", "intégré", "dérogé", "prorogé", "interrogé", "arrogé",
                         "compté", "déplacé", "assimilé", "inspiré", "considéré",
                         "désigné", "délégué", "réservé", "abrégé"))


def misspelt_participle(masked: str) -> tuple[str, int] | None:
    """An "est/sont <word>" whose word is an amending participle misspelt (edit distance 1
    or 2: "abogé", "rempacés"), with its offset."""
    for match in re.finditer(r"\b(?:est|sont)\s+(?P<verb>[^\W\d_]{5,})", masked):
        word = re.sub(r"(?:es|e|s)$", "", match["verb"].casefold())
        if word in _PARTICIPLES or word in _REAL_WORDS:
            continue
        if any(_distance(word, participle) <= 2 for participle in _PARTICIPLES):
            return match["verb"], match.start("verb")
    return None


def _distance(left: str, right: str) -> int:
    """Levenshtein distance (small words only)."""
    previous = list(range(len(right) + 1))
    for i, char in enumerate(left, 1):
        current = [i]
        for j, other in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def _designation_rules(readings: list[OperationReading]) -> tuple[str, ...]:
    rules = {part.split(":")[0] for reading in readings for part in reading.formula.split("; ")}
    return tuple(sorted(rules))


def forget_texts() -> None:
    """Empty the memos kept of the texts of an article (its points, their heads): each
    instruction asks about them again, the next article about others."""
    _first_colon.cache_clear()
    block_start_memo.cache_clear()
    quotes_masked.cache_clear()
    forget_predicates()


@lru_cache(maxsize=64)
def _first_colon(text: str) -> int | None:
    index = Skeleton.of(text).masked.find(":")
    return index if index != -1 else None


# --- points -------------------------------------------------------------------------------------


def next_label(label: str) -> str:
    """The label after ``label``: a) → b), 1. → 2., 1° → 2°, A. → B., i) → ii), § 1er. → § 2.
    (paragraph signs as the points of a lead-in, 2014021002 art. 2)."""
    sign = re.fullmatch(r"§(\s*)(\d+)(?:er)?\.", label)
    if sign is not None:
        return f"§{sign[1]}{int(sign[2]) + 1}."
    if label[0].isdigit():
        digits = label.rstrip(".°)")
        return f"{int(digits) + 1}{label[len(digits):]}"
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    body = label[:-1]
    if (body in romans and body != "i") or label == "i)":
        index = romans.index(body)
        if index + 1 < len(romans):
            return romans[index + 1] + label[-1]
    return chr(ord(label[0]) + 1) + label[1:]


def _complete(body: str) -> bool:
    """Whether a point's text can end here: it ends with ';', '.' or ':' (a nested lead-in),
    and its quotes are closed."""
    stripped = body.rstrip()
    if not stripped.endswith((";", ".", ":", "»", '"', "”")):
        return False
    return stripped.count('"') % 2 == 0 and stripped.count("«") <= stripped.count("»")


def _unclosed_before_point(text: str, body: str, candidate: re.Match[str]) -> bool:
    """Whether a point ends here although a quote in it is left open: its text ends as a
    point ends (";" or "."), and the next label opens what reads as an instruction of the
    amending act ("2° à l'alinéa 2, … les mots "…" sont supprimés"), not new text."""
    if not body.rstrip().endswith((";", ".")):
        return False
    return _POINT_LIKE.match(text, candidate.start()) is not None


def split_points(
    source: SourceText, text: str, start: int, offset: int, number: str,
    notes: list[ParseError] | None = None,
) -> list[tuple[str, int, int]]:
    """The points after a lead-in: (label, start, end) in ``text``, labels in sequence (the
    first point's style decides: a), 1., 1°, A., i)); a label of another style inside a point
    belongs to it (nested points)."""
    candidates = list(POINT_LABEL.finditer(text, start))
    if not candidates or text[start : candidates[0].start()].strip():
        unlabelled = unlabelled_points(text, start)
        if unlabelled:
            return unlabelled
        raise source.error(
            "the lead-in announces modifications but no point labelled 'a)', '1.' or '1°' "
            "follows", offset + start, "P001", number,
        )
    first = candidates[0]
    if first["label"] not in ("a)", "1.", "1°", "1°)", "A.", "A)", "1)", "i)", "1") and \
            not re.fullmatch(r"§\s*1er\.", first["label"]):
        raise source.error(
            f"the first point is labelled {first['label']!r}; expected 'a)', '1.' or '1°'",
            offset + first.start("label"), "P006", number,
        )
    points: list[tuple[str, int, int]] = []
    label, body_start = first["label"], first.end()
    for candidate in candidates[1:]:
        if not _follows(label, candidate["label"]):
            continue
        body = text[body_start : candidate.start()]
        if _complete(body) or _unclosed_before_point(text, body, candidate):
            end = candidate.start()
            if not _complete(body):
                # the point's own ";" ends it: the new text stops before it
                end = body_start + len(body.rstrip().removesuffix(";").rstrip())
                if notes is not None:
                    notes.append(source.error(
                        f"point {label}: unterminated quote: the quote is not closed before "
                        f"point {candidate['label']}, which reads as the next instruction; the "
                        "point is read to its end", offset + body_start, "P002", number))
            points.append((label, body_start, end))
            label, body_start = candidate["label"], candidate.end()
    points.append((label, body_start, len(text)))
    _check_swallowed(source, text, points, offset, number)
    return [(re.sub(r"°[ \t]+/", "°/", label), begin, len(text[:end].rstrip()))
            for label, begin, end in points]


def _follows(label: str, candidate: str) -> bool:
    """Whether point ``candidate`` comes right after point ``label``: the next label, or a
    point inserted after it ("1°", then "1° /1", "1° /2", then "2°": 2019030478, art. 20)."""
    inserted = re.fullmatch(r"(\d+°)[ \t]?/(\d+)", label)
    base = inserted[1] if inserted else label
    if candidate == next_label(base):
        return True
    following = re.fullmatch(r"(\d+°)[ \t]?/(\d+)", candidate)
    if following is None or following[1] != base:
        return False
    return int(following[2]) == (int(inserted[2]) + 1 if inserted else 1)


#: a line that opens a quoted block (new text), not a point
_QUOTED_LINE = scan.compile(r"^[ \t]*[\"«“„]")


_DASH = scan.compile(r"^[ \t]*[-–—][ \t]+", re.MULTILINE)


def dash_items(text: str, start: int) -> list[tuple[str, int, int]]:
    """The items of a list written with dashes after ``start`` ("- l'article 647 …;"), as
    (label, start, end); labelled "[1]", "[2]" … by rank; empty unless the text after
    ``start`` opens with a dash item."""
    found = list(_DASH.finditer(text, start))
    if not found or text[start : found[0].start()].strip():
        return []
    ends = [match.start() for match in found[1:]] + [len(text)]
    return [(f"[{rank}]", match.end(), len(text[:end].rstrip()))
            for rank, (match, end) in enumerate(zip(found, ends, strict=True), 1)]


def unlabelled_points(text: str, start: int) -> list[tuple[str, int, int]]:
    """The points of a lead-in whose labels the page lost: one line each, opening with a
    lower-case word and ending with ";" or "." (a quoted block after a line is part of it).
    Labelled "[1]", "[2]" … by their rank (not a label of the text). Empty when the text
    after ``start`` is not such a list of at least two lines."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:])]
    points: list[list[int]] = []
    for begin, end in lines:
        line = text[start + begin : start + end]
        if not line.strip():
            continue
        if _QUOTED_LINE.match(line) and points:
            points[-1][1] = start + end  # the new text of the point before
            continue
        if not line.lstrip()[:1].islower():
            return []
        points.append([start + begin, start + end])
    if len(points) < 2 or not all(_complete(text[b:e]) for b, e in points):
        return []
    return [(f"[{rank}]", begin, end) for rank, (begin, end) in enumerate(points, 1)]


_POINT_LIKE = scan.regex(
    r"""^[ \t]*(?P<label>[a-z]\)|\d+\.|\d+°\)?)[ \t]+
        (?=.*(?:les\s+mots?\s+["«“]|le\s+mot\s+["«“]|rédigée?s?\s+comme\s+suit
              |par\s+ce\s+qui\s+suit|(?:est|sont)\s+(?:abrogé|remplacé|complété|inséré)
              |^dans\s+l['’]alinéa\s+\S+,))""",
    re.VERBOSE | re.MULTILINE,
)


def _check_swallowed(
    source: SourceText, text: str, points: list[tuple[str, int, int]], offset: int, number: str
) -> None:
    """A point whose quoted block holds what reads like the next point: the block's quote was
    never closed (P002), rather than new text that happens to start with that label; a
    point that reads like a later one while the one between is missing (P006)."""
    style = _shape(points[0][0])
    for label, begin, end in points:
        following = next_label(re.sub(r"[ \t]?/\d+$", "", label))  # "1° /1" is after 1°
        for candidate in _POINT_LIKE.finditer(text, begin, end):
            if _shape(candidate["label"]) != style:
                continue
            if candidate["label"] == following:
                quote = min((text.find(mark, begin, end) for mark in "\"«“"
                             if text.find(mark, begin, end) != -1), default=begin)
                raise source.error(
                    f"point {label}: unterminated quote: the quoted text opened here runs into "
                    f"what reads like point {following}", offset + quote, "P002", number,
                )
            if _label_rank(candidate["label"]) > _label_rank(following):
                raise source.error(
                    f"point {label}: what reads like point {candidate['label']} follows, but "
                    f"point {following} is missing", offset + candidate.start("label"), "P006",
                    number,
                )


def _shape(label: str) -> str:
    """The style of a point label: "1°" and "2°" alike, "1°)" not like "a)" or "1°"."""
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", label))


def _label_rank(label: str) -> int:
    digits = re.match(r"\d+", label)
    return int(digits.group(0)) if digits else ord(label[0])
