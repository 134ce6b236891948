"""The parse errors of a Dutch amending act in Dutch words (data).

The grammar states its errors once, in English with their expected formulas
(:mod:`consolidate.parsing`); for a document in Dutch,
:meth:`consolidate.parsing.source.SourceText.error` gives each message to :func:`dutch`, which
reads it with the patterns below and writes it again in Dutch, with the Dutch formulas the
reader expects ("In artikel N van <akte> worden de woorden … vervangen door …"). The code
(P001 …), the article and the place do not change. A message no pattern reads stays in English
(none of the errors met by a Dutch act in the tests: tests/unit/test_nl_errors.py).
"""

from __future__ import annotations

import re

from . import scan

#: the formulas a refused date of effect inside an instruction expects (parsing/dated.py)
_DATED_TAIL = (
    " (verwacht: één datum van uitwerking voor het hele artikel: \"Met ingang van <datum> wordt "
    "artikel N opgeheven\", of één opdracht: \"… worden met ingang van <datum> de woorden … "
    "vervangen door …\")")

#: English message (fullmatch, named groups) → Dutch template (the groups as {name})
MESSAGES: tuple[tuple[str, str], ...] = (
    # parsing/dated.py: a date of effect inside an instruction that does not date the article
    (r"a date of effect that does not exist \(expected one date of effect .*\)",
     "een datum van uitwerking die niet bestaat"
     + _DATED_TAIL),
    (r"a date of effect inside one instruction of an article of (?P<count>\d+) operations: "
     r".* \(expected one date of effect .*\)",
     "een datum van uitwerking in één opdracht van een artikel met {count} bewerkingen: het "
     "model dateert hele wijzigingsartikelen, niet één opdracht van meerdere; niet gelezen "
     "liever dan de andere mee te dateren"
     + _DATED_TAIL),
    # parsing/instruction.py: "Artikel 5 van het koninklijk besluit van … en artikel 7 van het
    # koninklijk besluit van … worden opgeheven" (two places, each with its own act)
    (r"the designation cites (?P<count>\d+) different acts \((?P<acts>.*)\); expected one "
     r"act per instruction",
     "de aanduiding noemt {count} verschillende akten ({acts}): verwacht één akte per "
     "opdracht (\"Artikel N van <akte> wordt opgeheven.\", een opdracht per akte)"),
    # parsing/instruction.py: "In artikel 5 … wordt hoofdstuk II opgeheven"
    (r"the designation names the (?P<division>.+) inside article (?P<article>\S+): a division "
     r"is not inside an article \(.*\)",
     "de aanduiding noemt {division} in artikel {article}: een indeling staat niet in een "
     "artikel (verwacht: de indeling zelf, of eenheden van het artikel)"),
    (r"this article uses amending vocabulary but no rule reads it as an instruction \(.*\)",
     "dit artikel gebruikt woorden van een wijzigingsbepaling, maar geen regel leest het als "
     "een wijzigingsopdracht (verwacht: een aanduiding en een predicaat: \"In artikel N van "
     "<akte> worden de woorden … vervangen door …\", \"Artikel N van <akte> wordt opgeheven\", "
     "\"In <akte> wordt een artikel N ingevoegd, luidende: …\")"),
    (r"this article reads like a constitutional basis or an entry into force but no rule "
     r"reads it \(.*\)",
     "dit artikel lijkt een bevoegdheidsgrondslag of een inwerkingtreding, maar geen regel "
     "leest het (verwacht: \"Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van "
     "de Grondwet.\" of \"Deze wet treedt in werking op <datum> / de dag waarop zij in het "
     "Belgisch Staatsblad wordt bekendgemaakt / op de door de Koning te bepalen datum.\")"),
    (r"unknown verb (?P<verb>'[^']*'): .*",
     "onbekend werkwoord {verb}: geen regel leest het als een wijzigend voltooid deelwoord "
     "(verwacht: vervangen, ingevoegd, aangevuld, opgeheven, geschrapt, hersteld, vernummerd)"),
    (r"unknown formula (?P<words>'[^']*'): this sentence designates a unit of a cited act "
     r"\((?P<target>.*)\) but .*",
     "onbekende formule {words}: deze zin duidt een eenheid van een aangehaalde akte aan "
     "({target}), maar "
     "geen regel leest het werkwoord als een wijzigend predicaat (verwacht: vervangen, "
     "ingevoegd, aangevuld, opgeheven, geschrapt, hersteld, vernummerd; \"komt te luiden\" en "
     "\"komt te vervallen\" zijn formules van Nederland, niet van België)"),
    (r"unknown formula: this sentence opens with a place in a cited act or a unit of it "
     r"\((?P<place>.*)\) but no rule reads what it does there \(.*\); not read as a rule of "
     r"the act itself",
     "onbekende formule: deze zin begint met een plaats in een aangehaalde akte of met een "
     "eenheid ervan ({place}), "
     "maar geen regel leest wat hij daar doet (verwacht: een aanduiding en een wijzigend "
     "predicaat: \"In artikel N van <akte> worden de woorden … vervangen door …\", \"… wordt "
     "de bepaling onder 2° opgeheven\", \"… wordt een lid ingevoegd …\", \"… wordt de "
     "bepaling onder 2° de bepaling onder 3°\"); niet gelezen als een regel van de akte zelf"),
    (r"an auxiliary (?P<aux>'[^']*') in the designation of a renumbering: .*",
     "een hulpwerkwoord {aux} in de aanduiding van een vernummering: een zin ervoor die geen "
     "regel leest (verwacht: \"… de bepaling onder 3° en wordt …\", \";\" of \".\" tussen de "
     "vernummeringen)"),
    (r"no amending predicate in this instruction: (?:(?P<verb>'[^']*') is not an amending "
     r"predicate; )?expected .*",
     "geen wijzigend predicaat in deze opdracht{verb_part}: verwacht bv. \"worden de woorden … "
     "vervangen door …\", \"… wordt opgeheven\", \"wordt … ingevoegd\", \"… wordt aangevuld "
     "met …\""),
    (r"unsupported: this instruction amends an annex or a table \((?P<words>.*)\); .*",
     "niet ondersteund: deze opdracht wijzigt een bijlage of een tabel ({words}); bijlagen en "
     "tabellen worden niet toegepast (docs/formulas.md, P010)"),
    (r"cannot read the designation: no rule reads (?P<words>.*) \(expected units .*\)",
     "de aanduiding is onleesbaar: geen regel leest {words} (verwacht: eenheden zoals "
     "\"artikel 5, § 2, eerste lid, 3°\", een akte of een wijzigingsgeschiedenis)"),
    (r"no rule reads (?P<words>.*) after the predicate (?P<lemma>'\w+') \(expected .*\)",
     "geen regel leest {words} na het predicaat {lemma} (verwacht: de nieuwe woorden, de "
     "plaats, of \"luidende:\" / \"als volgt:\")"),
    # parsing/instruction.py: "de artikelen 5 en volgende", "het derde lid en de volgende
    # leden" (lexicon ``and_following``)
    (r"(?P<words>'[^']*'): the units after the one named, up to the last, are not named one "
     r"by one; .*",
     "{words}: de eenheden na de genoemde, tot de laatste, worden niet een voor een genoemd; "
     "geen regel leest hoe ver ze gaan (verwacht: \"het derde tot en met het vijfde lid\", "
     "\"de artikelen 5 tot 8\"); niet gelezen"),
    # parsing/instruction.py: "de zin vóór de bepaling onder 3° wordt vervangen"
    (r"the (?P<lemma>replace|repeal) names a place \((?P<kind>before|after|between) the "
     r"(?P<unit>\w+) (?P<label>[^)]*)\), not a unit: .*",
     "de {lemma} noemt een plaats ({kind} {unit} {label}), geen eenheid: de tekst vóór of na "
     "een eenheid is geen eenheid (verwacht: de eenheid zelf, of \"de inleidende zin\"); niet "
     "gelezen"),
    (r"\"de la même loi\" but no act is cited before it",
     "\"dezelfde wet\" of \"de voormelde wet\", maar er wordt geen akte eerder aangehaald"),
    # parsing/articles.py: "Artikel 6 van de wet van … vervalt op 31 december 2026."
    (r"a unit of a cited act \((?P<target>.*)\) that lapses at a time \((?P<verb>'[^']*') "
     r"then a date\): .*",
     "een eenheid van een aangehaalde akte ({target}) die op een tijdstip vervalt ({verb} met "
     "een datum): het model kent geen verval van een eenheid, alleen haar opheffing en de "
     "inwerkingtreding daarvan (verwacht: \"… wordt opgeheven met ingang van <datum>\"); niet "
     "gelezen liever dan als een regel van de akte"),
    # parsing/punctuation.py: "wordt na het woord "X" een komma ingevoegd"
    (r"a punctuation mark inserted \((?P<words>'[^']*')\): only a comma is read .*",
     "een leesteken ingevoegd ({words}): alleen een komma wordt gelezen (verwacht: \"een "
     "komma\", of het leesteken als aangehaalde woorden)"),
    (r"a punctuation mark inserted \((?P<words>'[^']*')\) must say where: .*",
     "een leesteken ingevoegd ({words}) moet zeggen waar: na of vóór aangehaalde woorden "
     "(\"na het woord \"X\"\")"),
    (r"a punctuation mark inserted \((?P<words>'[^']*')\) with other marks, .*",
     "een leesteken ingevoegd ({words}) met andere leestekens, woorden of nieuwe tekst, of "
     "door een ander predicaat: verwacht het leesteken alleen en de woorden waarna of waarvóór "
     "het komt (\"wordt na het woord \"X\" een komma ingevoegd\")"),
    # parsing/instruction.py: "wordt de tabel vervangen door de tabel die als bijlage 2 bij
    # dit besluit is gevoegd"
    (r"the new text is an annex of this act \(.*\) but no unit is announced just before .*",
     "de nieuwe tekst is een bijlage bij deze akte (\"… gevoegd bij dit besluit\"), maar er "
     "wordt vlak ervoor geen eenheid aangekondigd (verwacht: \"door de bijlagen I en II "
     "gevoegd bij …\", \"door een rij die als bijlage V bij dit besluit is gevoegd\")"),
    (r"the definitions of several quoted terms: no rule reads them as several items .*",
     "de definities van meerdere aangehaalde termen: geen regel leest ze als meerdere "
     "bepalingen (verwacht: één opdracht per definitie: \"wordt de definitie van \"A\" "
     "opgeheven\"); niet gelezen"),
    # parsing/instruction.py: "wordt na het woord "X" de komma geschrapt"
    (r"the quote (?P<quote>'.*') is read as (?P<role>'\w+') words, which the predicate "
     r"(?P<lemma>'\w+') does not take \(.*\)",
     "de aanhaling {quote} wordt gelezen als woorden van de rol {role}, die het predicaat "
     "{lemma} niet neemt (verwacht bv. \"worden de woorden … vervangen door de woorden …\")"),
    # parsing/instruction.py: two predicates no rule cuts apart
    (r"two predicates in one clause \((?P<first>'[^']*') and (?P<second>'[^']*')\) and no rule "
     r"cuts it into two instructions: (?P<words>'.*') \(expected .*\)",
     "twee predicaten in één zinsdeel ({first} en {second}) en geen regel splitst het in twee "
     "opdrachten: {words} (verwacht: \"… en worden de woorden … \", \";\" of \".\" ertussen)"),
    # parsing/instruction.py: "vernummerd tot 2° tot 5°" (a range of another length)
    (r"renumbering a range \((?P<shown>[^)]*)\): read only as a range of plain numbers .*",
     "vernummering van een reeks ({shown}): alleen gelezen als een reeks gewone nummers die een "
     "reeks van dezelfde lengte wordt (\"de artikelen 5 tot 8 worden de artikelen 6 tot 9\"); "
     "welke eenheden een andere reeks bevat en waar elk heen gaat, zegt de tekst niet"),
    (r"no act is designated \(expected .*\)",
     "er wordt geen akte aangeduid (verwacht: \"van de wet van …\", \"van het Strafwetboek\" "
     "of \"van dezelfde wet\")"),
    (r"the lead-in announces modifications but no point labelled 'a\)', '1\.' or '1°' "
     r"follows",
     "de inleidende zin kondigt wijzigingen aan, maar er volgt geen punt 'a)', '1.' of '1°'"),
    (r"the predicate (?P<lemma>'\w+') announces modifications but no points follow",
     "het predicaat {lemma} kondigt wijzigingen aan, maar er volgen geen punten"),
    (r"the first point is labelled (?P<label>'[^']*'); expected .*",
     "het eerste punt heet {label}; verwacht 'a)', '1.' of '1°'"),
    (r"an insertion of words must say where: .*",
     "een invoeging van woorden moet zeggen waar: na / vóór / tussen de woorden \"…\""),
    (r"an insertion must say where \(.*\), or the new unit must carry its label",
     "een invoeging moet zeggen waar (na / vóór / tussen …), of de nieuwe eenheid moet haar "
     "nummer dragen"),
    (r"expected the new text as a quoted block after a colon \(.*\)",
     "verwacht: de nieuwe tekst tussen aanhalingstekens na een dubbelpunt (\"luidende: "
     "\"…\"\")"),
    (r"expected a quoted block after the colon \(\"\.\.\.\"\), found (?P<found>.*)",
     "verwacht: een tekst tussen aanhalingstekens na het dubbelpunt (\"...\"), gevonden: "
     "{found}"),
    (r"expected the words replaced and the words replacing them \(.*\)",
     "verwacht: de vervangen woorden en de woorden die ze vervangen (\"worden de woorden "
     "\"X\" vervangen door de woorden \"Y\"\")"),
    (r"(?P<count>\d+) articles \((?P<old>[^)]*)\) replaced by a text of (?P<units>\d+) "
     r"unit\(s\) \((?P<new>[^)]*)\): .*",
     "{count} artikelen ({old}) vervangen door een tekst van {units} eenhe(i)d(en) ({new}): "
     "verwacht één nieuw artikel per vervangen artikel, met zijn nummer"),
    (r"a second pair of words with a place of its own: .*",
     "een tweede paar woorden met een eigen plaats: elk paar heeft zijn eigen opdracht nodig "
     "(verwacht: \"… en worden in het tweede lid de woorden … vervangen door …\")"),
    (r"(?P<old>\d+) quoted words are replaced by (?P<new>\d+) quotes: .*",
     "{old} aanhalingen worden vervangen door {new} aanhalingen: verwacht evenveel "
     "(\"respectievelijk\") of één"),
    (r"unterminated quote: the quoted words run to the end of the article",
     "aanhalingsteken niet gesloten: de aangehaalde woorden lopen tot het einde van het "
     "artikel"),
    (r"unterminated quote: the block opened here is never closed; its new text is read to "
     r"the end of the instruction",
     "aanhalingsteken niet gesloten: de hier geopende tekst wordt nooit gesloten; de nieuwe "
     "tekst wordt tot het einde van de opdracht gelezen"),
    (r"unterminated quote: the quote is not closed before point (?P<label>.*?), which reads "
     r"as the next instruction; the point is read to its end",
     "aanhalingsteken niet gesloten vóór punt {label}, dat als de volgende opdracht leest; het "
     "punt wordt tot zijn einde gelezen"),
    (r"unterminated quote: the quoted text opened here runs into what reads like point "
     r"(?P<label>.*)",
     "aanhalingsteken niet gesloten: de hier geopende tekst loopt door in wat als punt {label} "
     "leest"),
    (r"the opening quote of the block is missing: the new text is read from the colon to its "
     r"closing quote",
     "het openend aanhalingsteken van de tekst ontbreekt: de nieuwe tekst wordt gelezen van "
     "het dubbelpunt tot zijn sluitend aanhalingsteken"),
    (r"the new text after the colon is not quoted \(its first quote closes a term inside "
     r"it\): it is read to the end of the instruction",
     "de nieuwe tekst na het dubbelpunt staat niet tussen aanhalingstekens (het eerste "
     "aanhalingsteken sluit een term erin): hij wordt tot het einde van de opdracht gelezen"),
    (r"a stray quote opens the article \(an instruction starts with its designation\): it is "
     r"not read",
     "een los aanhalingsteken opent het artikel (een opdracht begint met haar aanduiding): het "
     "wordt niet gelezen"),
    (r"a lone quote ends the article: it is not read",
     "een los aanhalingsteken sluit het artikel af: het wordt niet gelezen"),
    (r"unterminated quote: the (?:quote|block) opened here is never closed",
     "aanhalingsteken niet gesloten: wat hier wordt aangehaald, wordt nooit gesloten"),
    (r"unexpected text after the quoted block: (?P<text>.*) \(a block ends .*\)",
     "onverwachte tekst na de aangehaalde tekst: {text} (een aangehaalde tekst eindigt met "
     "haar aanhalingsteken, dan '.' of ';')"),
    (r"the quoted block holds another instruction \((?P<what>.*)\): .*",
     "de aangehaalde tekst bevat een andere opdracht ({what}): ontbreekt een aanhalingsteken "
     "of een puntnummer?"),
    (r"the quoted block seems to end here and be followed by another instruction .*",
     "de aangehaalde tekst lijkt hier te eindigen, gevolgd door een andere opdracht "
     "(ontbreekt een puntnummer of een aanhalingsteken?)"),
    (r"the quoted block is empty", "de aangehaalde tekst is leeg"),
    (r"count mismatch: the formula announces (?P<count>\d+) unit\(s\) but the quoted block "
     r"holds (?P<held>\d+)",
     "aantal klopt niet: de formule kondigt {count} eenheid/eenheden aan, maar de aangehaalde "
     "tekst bevat er {held}"),
    (r"the formula announces (?P<label>'[^']*') but the quoted block starts with "
     r"(?P<start>.*)",
     "de formule kondigt {label} aan, maar de aangehaalde tekst begint met {start}"),
    (r"the date of the act cited is impossible: (?P<words>.*)",
     "de datum van de aangehaalde akte bestaat niet: {words}"),
    (r"\"le même …\" \(\"ladite …\", \"… précité\"\) names another kind of act than the one "
     r"cited last \(the (?P<act>.*)\): the act meant is not known",
     "\"dezelfde …\" (\"voormelde …\", \"voornoemde …\") noemt een andere soort akte dan de "
     "laatst aangehaalde ({act}): de bedoelde akte is onbekend"),
    (r"a repeal takes no new text", "een opheffing heeft geen nieuwe tekst"),
    (r"a repeal with an exception \(.*\): the model has no repeal of a unit less some of its "
     r"parts .*",
     "een opheffing met een uitzondering (\"wordt opgeheven, met uitzondering van hoofdstuk "
     "IV\"): het model heeft geen opheffing van een eenheid min sommige van haar delen (dat "
     "zou de opheffing van elk ander deel zijn, bepaald op de basistekst); geweigerd in plaats "
     "van gelezen als de opheffing van het geheel"),
    # parsing/instruction.py (``_counted``)
    (r"a count of occurrences \((?P<count>\d+), .*\) is read only for words replaced or "
     r"repealed, .*",
     "een aantal keren ({count}, \"tweemaal\") wordt enkel gelezen voor woorden die vervangen "
     "of opgeheven worden, zonder \"telkens\" (verwacht: \"worden de woorden … tweemaal "
     "vervangen door …\")"),
    # parsing/instruction.py, KNOWN_REFUSALS; parsing/articles.py (``_grouped``)
    (r"a partial repeal or change by subject \(.*\): it takes effect only as far as .*",
     "een gedeeltelijke opheffing of wijziging naar onderwerp (\"artikel 5 wordt opgeheven "
     "voor wat betreft de notarissen\", \"…, wat de notarissen betreft, …\"): ze geldt enkel "
     "voor zover de bepaling dat onderwerp betreft, wat geen eenheid of woorden van de "
     "basistekst aanduiden; ze kan niet tekstueel worden toegepast; geweigerd in plaats van "
     "gelezen als de opheffing (of wijziging) van de hele bepaling"),
    (r"a change with an exception of place that no rule reads \(.*\): one §, alinéa or item .*",
     "een wijziging met een uitzondering van plaats die geen regel leest (\"…, behalve in het "
     "laatste lid\", \"met uitzondering van het derde lid, 2°\"): één paragraaf, lid of "
     "bepaling aan het einde van één wijziging van woorden wordt gelezen (\"… vervangen door "
     "de woorden …, behalve in het derde lid\", ``except_in``); geweigerd in plaats van "
     "gelezen als de wijziging overal"),
    # parsing/became.py: a renumbering said in a relative clause ("dat § 3 wordt")
    (r'"(?P<clause>[^"]*)" gives (?P<kind>\S+) (?P<old>\S+) rank (?P<new>\d+), but no point of '
     r"this article inserts or repeals any .*",
     "\"{clause}\" geeft {kind} {old} rang {new}, maar geen punt van dit artikel voegt in "
     "dezelfde plaats een {kind} in of heft er een op: zijn rang is geen eigen nummer, hij volgt "
     "uit de eenheden ervoor, gewijzigd door eigen opdrachten (van een andere akte, of een die "
     "deze pagina mist); de wijziging wordt gelezen op {kind} {old}, de bijzin bewaard als "
     "geschiedenis"),
    (r'"(?P<clause>[^"]*)" gives (?P<kind>\S+) (?P<old>\S+) rank (?P<new>\d+), but the '
     r"insertions and repeals of this article make it \S+ (?P<moved>\d+)",
     "\"{clause}\" geeft {kind} {old} rang {new}, maar de invoegingen en opheffingen van dit "
     "artikel maken er {kind} {moved} van"),
    (r'"(?P<clause>[^"]*)", but article (?P<other>\S+) of this act gives (?P<kind>\S+) '
     r"(?P<old>\S+) the label '(?P<label>[^']*)'",
     "\"{clause}\", maar artikel {other} van deze akte geeft {kind} {old} het nummer "
     "'{label}'"),
    (r'"(?P<clause>[^"]*)": article (?P<other>\S+) of this act already renumbered (?P<old>\S+); '
     r".*",
     "\"{clause}\": artikel {other} van deze akte heeft {old} al vernummerd; daarna noemt de "
     "aanduiding een nummer dat de eenheid niet meer heeft (verwacht: haar nieuwe nummer)"),
    (r'"(?P<clause>[^"]*)" follows a designation of several units \((?P<old>\S+) and another\): '
     r".*",
     "\"{clause}\" volgt op een aanduiding van meer eenheden ({old} en een andere): welke "
     "ervan vernummerd wordt, is niet gezegd"),
    # parsing/became.py: a renumbering joined to an insertion ("waarbij de bestaande
    # paragraaf 2 paragraaf 3 wordt")
    (r'"(?P<clause>[^"]*)": the ranks of the alinéas are not read .*',
     "\"{clause}\": de rang van de leden wordt niet gelezen (verwacht: \"waarbij het bestaande "
     "tweede lid het derde lid wordt\")"),
    (r'"(?P<clause>[^"]*)": which units are renumbered is not said .*',
     "\"{clause}\": welke eenheden vernummerd worden, is niet gezegd (verwacht: \"waarbij de "
     "bestaande paragraaf 2 paragraaf 3 wordt\")"),
    (r'"(?P<clause>[^"]*)" renumbers (?P<units>\d+) units to (?P<labels>\d+) labels: .*',
     "\"{clause}\" vernummert {units} eenheden naar {labels} nummers: welke welk nummer "
     "krijgt, is niet gezegd"),
    (r'"(?P<clause>[^"]*)" follows an instruction that is not one insertion: .*',
     "\"{clause}\" volgt op een opdracht die geen enkele invoeging is: voor welke invoeging "
     "vernummerd wordt, is niet gezegd"),
    (r'"(?P<clause>[^"]*)" renumbers (?P<kind>\S+) units, but the insertion inserts '
     r"(?P<inserted>.*)",
     "\"{clause}\" vernummert eenheden {kind}, maar de invoeging voegt {inserted} in"),
    (r'"(?P<clause>[^"]*)" gives (?P<kind>\S+) (?P<old>\S+) rank (?P<new>\d+), but the '
     r"insertion makes it \S+ (?P<moved>\S+)",
     "\"{clause}\" geeft {kind} {old} rang {new}, maar de invoeging maakt er {kind} {moved} "
     "van"),
    (r'"(?P<clause>[^"]*)" does not free the label (?P<labels>.*) the insertion gives .*',
     "\"{clause}\" maakt het nummer {labels} dat de invoeging geeft niet vrij (verwacht: de "
     "nieuwe eenheid neemt het nummer van de eerste vernummerde eenheid: \"waarbij de "
     "bestaande paragraaf 2 paragraaf 3 wordt\")"),
    # parsing/instruction.py, _excepted
    (r"an exception of place \(.*\) is read only after one change of words .*",
     "een uitzondering van plaats (\"behalve in het derde lid\") wordt enkel gelezen na één "
     "wijziging van woorden (vervangen of opgeheven) in één artikel (verwacht: \"In artikel N "
     "worden de woorden … vervangen door de woorden …, behalve in het derde lid\")"),
    (r"units merged \(.*\): the text does not say what the merged unit reads .*",
     "samengevoegde eenheden (\"de bepalingen onder 1° en 2° worden samengevoegd\"): de tekst "
     "zegt niet hoe de samengevoegde eenheid luidt (wiens woorden, hoe verbonden, onder welk "
     "nummer); geweigerd (verwacht: de eerste eenheid vervangen door de samengevoegde tekst en "
     "de andere opgeheven)"),
    (r"articles of the base grouped into a division \(.*\): no rule reads it; .*",
     "artikelen van de basistekst samengebracht in een indeling (\"de artikelen 5 tot 8 "
     "worden samengebracht in een hoofdstuk 2\"): geen regel leest het; verwacht: "
     "\"de artikelen 5 tot 8 vormen een hoofdstuk 2, met als opschrift …\" of de invoeging "
     "van de indeling die ze bevat (\"er wordt een hoofdstuk 2 ingevoegd, dat de artikelen 5 "
     "tot 8 bevat, luidende …\"); geweigerd in plaats van gelezen als een regel van de akte "
     "zelf"),
    (r"the present text of the unit becomes what\? expected one § or one division .*",
     "wat wordt de bestaande tekst van de eenheid? verwacht: één paragraaf of één afdeling met "
     "haar nummer (\"waarvan de bestaande tekst § 1 zal vormen\")"),
    (r"renumbering: (?P<units>\d+) unit\(s\) designated but (?P<labels>\d+) new label\(s\) .*",
     "vernummering: {units} eenheid/eenheden aangeduid, maar {labels} nieuw(e) nummer(s) "
     "(verwacht: \"artikel 5 wordt vernummerd tot artikel 6\")"),
    (r"front matter opened with '---' is never closed",
     "de voorpagina ('---') wordt nooit gesloten"),
    (r"front matter line (?P<line>.*) is not 'key: value'",
     "de regel {line} van de voorpagina is geen 'sleutel: waarde'"),
    (r"front matter date (?P<date>.*) is not a date \(expected YYYY-MM-DD\)",
     "de datum {date} van de voorpagina is geen datum (verwacht: JJJJ-MM-DD)"),
    (r"front matter has no 'title-fr' \(or 'title'\)",
     "de voorpagina heeft geen 'title-nl' (of 'title')"),
    (r"no front matter .* and no title line .* before the first article",
     "geen voorpagina (--- date: … title-nl: … ---) en geen titelregel ('25 MAART 2024. - Wet "
     "…') vóór het eerste artikel"),
    (r"article (?P<number>\S+) is empty", "artikel {number} is leeg"),
    (r"article numbering jumps to (?P<number>\S+) \(expected (?P<expected>\S+)\): articles "
     r"are missing from this text",
     "de nummering van de artikelen springt naar {number} (verwacht: {expected}): er ontbreken "
     "artikelen in deze tekst"),
    (r"article (?P<number>\S+) appears twice \(lines (?P<first>\d+) and (?P<second>\d+)\); "
     r"the texts are identical: the second is not read again",
     "artikel {number} staat er twee keer (regels {first} en {second}); de teksten zijn gelijk: "
     "het tweede wordt niet opnieuw gelezen"),
    (r"article (?P<number>\S+) appears twice \(lines (?P<first>\d+) and (?P<second>\d+)\); "
     r"the texts DIFFER: the first is read, the second is not",
     "artikel {number} staat er twee keer (regels {first} en {second}); de teksten VERSCHILLEN: "
     "het eerste wordt gelezen, het tweede niet"),
    (r"concerns only the (?P<language>'\w+') text \((?P<sentence>.*)\): its operation is "
     r"written in that language's text of the act",
     "betreft alleen de {language} tekst ({sentence}): de bewerking staat in de tekst van de "
     "akte in die taal"),
    (r"article heading (?P<heading>'[^']*') out of sequence: expected article (?P<first>\S+)",
     "artikelkop {heading} buiten volgorde: verwacht artikel {first}"),
    (r"no article heading .* found",
     "geen artikelkop ('**Artikel 1.**', '**Art. N.**' of 'Art. N.') gevonden"),
    # parsing/instruction.py: a Code whose books are separate texts (lexicon.BOOK_CODES)
    (r"the (?P<code>.+) is in books that are separate texts, each numbering its articles from "
     r"its start \((?P<books>.*)\): the book amended must be named .*",
     "de boeken van dat wetboek ({code}) zijn elk een eigen tekst met een eigen "
     "artikelnummering ({books}): het gewijzigde boek moet genoemd worden (\"van Boek I van "
     "het Milieuwetboek\", \"van Boek II van het Milieuwetboek\")"),
)
_COMPILED = tuple((scan.regex(pattern, re.DOTALL), template) for pattern, template in MESSAGES)
#: the words of the message's place: "article 2: ", "article 2, point 1° a): "
_PLACE = scan.regex(r"^(?:article (?P<article>\S+?)(?::|,) )?(?:point (?P<point>[^:]+): )?")
#: words the English messages quote that have their own Dutch words
#: the French division nouns of ``Step.describe`` and their Dutch words (longest first)
_DIVISIONS = {"sous-section": "onderafdeling", "sous-titre": "ondertitel", "partie": "deel",
              "livre": "boek", "titre": "titel", "chapitre": "hoofdstuk", "section": "afdeling"}
_DIVISION_NOUN = scan.regex(r"^(?:" + "|".join(_DIVISIONS) + r")(?![\w-])")
_WORDS = {"'an unlabelled alinéa'": "'een lid zonder nummer'", "replace": "vervanging",
          "repeal": "opheffing", "before": "vóór", "after": "na", "between": "tussen",
          "point": "de bepaling onder", "alinea": "het lid", "paragraph": "paragraaf",
          "sentence": "de zin", "tiret": "het streepje", "article": "artikel", "'fr'": "Franse",
          "'nl'": "Nederlandse", "'de'": "Duitse"}
#: the units of parsing/became.py's messages, bare (its group ``kind``: "geeft lid 3 rang 4")
_BARE_UNITS = {"alinéa": "lid", "tiret": "streepje", "phrase": "zin", "paragraph": "paragraaf",
               "point": "bepaling", "article": "artikel"}


def dutch(message: str) -> str:
    """``message`` in Dutch words ("artikel 2, punt 1°: geen regel leest …"); the English
    message when no pattern reads it."""
    place = _PLACE.match(message)
    assert place is not None  # every part of it is optional
    body = message[place.end():]
    for pattern, template in _COMPILED:
        found = pattern.fullmatch(body)
        if found is None:
            continue
        # (a language code, not a verb: "'de'" is "Duitse" only as a language)
        groups = {name: (value if name == "verb" else _BARE_UNITS[value]
                         if name == "kind" and value in _BARE_UNITS
                         else _WORDS.get(value, value)) if value
                  else "" for name, value in found.groupdict().items()}
        if groups.get("division"):
            # "chapitre II" (Step.describe writes the French noun): "hoofdstuk II"
            groups["division"] = _DIVISION_NOUN.sub(
                lambda noun: _DIVISIONS[noun.group(0)], groups["division"])
        verb = groups.get("verb", "")
        groups["verb_part"] = f" ({verb} is geen wijzigend predicaat)" if verb else ""
        where = ""
        if place["article"]:
            where = f"artikel {place['article']}" + (f", punt {place['point']}: "
                                                    if place["point"] else ": ")
        elif place["point"]:
            where = f"punt {place['point']}: "
        return where + template.format(**groups)
    return message
