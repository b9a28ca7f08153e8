"""Stage 2: the speech verbs of a text, each with the span of its speaker.

Forms recognised, outside quotation marks: ``X said``, ``said X``, ``X, the minister,
told``, ``X on Friday rejected``, ``X ... and urged`` (the subject of the first verb),
``..., saying`` / ``denying`` / ``calling`` (participles after a comma: the clause's
subject), ``according to X``, ``X cited Y as saying`` and ``X quoted Y as saying``
(speaker Y, relay X), ``Y was quoted as saying``, ``X was cited by Y``, nominal claims
(``the US accusation that``, ``allegations Moscow has denied``). Speech verbs are matched
in lower case only, so ``The United States`` is never the verb "states". A verb after
"not", "never" or before "nothing" is negated: it says no claim was made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rnkclaims.authoring.extract.passages import QUOTE_MARKS, Analysis, Quote, quote_span

VERB_ACTS: dict[str, str] = {
    "said": "asserts", "says": "asserts", "say": "asserts", "insist": "asserts",
    "deny": "denies", "warn": "warns", "urge": "calls-for", "accuse": "accuses",
    "reject": "denies", "dismiss": "denies", "refute": "denies",
    "told": "asserts", "tells": "asserts",
    "stated": "asserts", "states": "asserts", "added": "asserts", "adds": "asserts",
    "noted": "asserts", "stressed": "asserts", "wrote": "asserts", "writes": "asserts",
    "pointed out": "asserts", "points out": "asserts",
    "notes": "asserts", "stresses": "asserts", "emphasizes": "asserts", "emphasises": "asserts",
    "explains": "asserts", "declares": "asserts", "maintains": "asserts",
    "reiterates": "asserts", "asserts": "asserts",
    "insisted": "asserts", "insists": "asserts", "emphasized": "asserts", "emphasised": "asserts",
    "signaled": "asserts", "signalled": "asserts", "explained": "asserts",
    "claimed": "asserts", "claims": "asserts", "suggested": "asserts",
    "replied": "asserts", "answered": "asserts", "responded": "asserts",
    "argued": "asserts", "argues": "asserts",
    "declared": "asserts", "maintained": "asserts", "reiterated": "asserts",
    "asserted": "asserts", "disclosed": "asserts", "revealed": "asserts",
    "remarked": "asserts", "commented": "asserts", "thanked": "asserts",
    "described": "asserts", "describes": "asserts", "expressed": "asserts",
    "voiced": "asserts",
    "hailed": "asserts", "hails": "asserts", "welcomed": "asserts", "welcomes": "asserts",
    "praised": "asserts", "lauded": "asserts", "called": "asserts",
    "likened": "asserts", "compared": "asserts",
    "expressed confidence": "asserts", "according to": "asserts",
    "brought an announcement": "announces", "brought the announcement": "announces",
    "brought a message": "asserts", "brought a warning": "warns",
    "brought a pledge": "pledges", "brought a promise": "pledges",
    "denied": "denies", "denies": "denies", "rejected": "denies", "rejects": "denies",
    "dismissed": "denies", "dismisses": "denies", "refuted": "denies", "refutes": "denies",
    "rebuffed": "denies", "disputed": "denies", "disputes": "denies",
    "accused": "accuses", "accuses": "accuses", "blamed": "accuses", "blames": "accuses",
    "condemned": "accuses", "condemns": "accuses", "criticised": "accuses",
    "criticized": "accuses", "denounced": "accuses", "slammed": "accuses",
    "blasted": "accuses", "lambasted": "accuses", "decried": "accuses",
    "castigated": "accuses", "rebuked": "accuses",
    "rebutted": "denies", "brushed aside": "denies", "shrugged off": "denies",
    "played down": "denies", "downplayed": "denies", "brushed off": "denies",
    "waved off": "denies", "poured cold water on": "denies",
    "assured": "pledges", "projected": "predicts",
    "confirmed": "confirms", "confirms": "confirms", "acknowledged": "confirms",
    "admitted": "confirms",
    "warned": "warns", "warns": "warns", "cautioned": "warns",
    "pledged": "pledges", "pledges": "pledges", "vowed": "pledges", "vows": "pledges",
    "promised": "pledges", "promises": "pledges", "committed": "pledges",
    "offered to": "pledges", "offers to": "pledges",
    "expressed willingness": "pledges", "expressed his willingness": "pledges",
    "expect": "predicts", "expects": "predicts",
    "suspected": "suspects", "suspects": "suspects",
    "reported": "reports", "reports": "reports",
    "announced": "announces", "announces": "announces", "unveiled": "announces",
    "urged": "calls-for", "urges": "calls-for", "called for": "calls-for",
    "calls for": "calls-for", "called on": "calls-for", "calls on": "calls-for",
    "demanded": "calls-for", "demands": "calls-for", "appealed": "calls-for",
    "voiced concern": "expresses-concern", "voiced concerns": "expresses-concern",
    "expressed concern": "expresses-concern", "expressed concerns": "expresses-concern",
    "expressed deep concern": "expresses-concern",
    "expressed grave concern": "expresses-concern",
    "expressed serious concern": "expresses-concern",
    "expressed regret": "expresses-concern", "expressed deep regret": "expresses-concern",
    "expressed strong regret": "expresses-concern", "expressed alarm": "expresses-concern",
    "hoped": "intends", "hopes": "intends", "expressed hope": "intends",
    "expressed the hope": "intends", "voiced hope": "intends", "threatened to": "warns",
    "threatened": "warns", "threatens": "warns", "posted": "asserts",
    "assessed": "assesses", "assesses": "assesses", "estimated": "assesses",
    "estimate": "assesses", "estimates": "assesses",
    "predicted": "predicts", "predicts": "predicts", "forecast": "predicts",
    "cited": "asserts", "quoted": "asserts",
    "found that": "asserts", "concluded that": "assesses", "determined that": "asserts",
    "hinted that": "asserts", "hints that": "asserts", "indicated that": "asserts",
    "indicates that": "asserts",
    "believe": "assesses", "believes": "assesses",
    "reckons": "assesses", "reckoned": "assesses", "reckon": "assesses",
    "thinks": "assesses", "judges": "assesses", "judged that": "assesses",
    "fear that": "expresses-concern", "feared that": "expresses-concern",
    "fear": "expresses-concern", "fears": "expresses-concern",
    "testified": "asserts", "testifies": "asserts",
    "continues to assess": "assesses", "continue to assess": "assesses",
    "lodged a protest": "accuses", "lodged a strong protest": "accuses",
    "lodged a formal protest": "accuses", "filed a protest": "accuses",
    "protested": "accuses",
}  # fmt: skip
"""Speech verbs (and phrases) and the speech act each one maps to."""

_CARRIED_DOCUMENT = re.compile(
    r"\b(?:carries|carried|publishes|published|runs|ran|issues|issued|releases|released)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:commentary|editorial|article|statement)\s+$"
)
"""A paper that carries a document doing something ("Rodong Sinmun Tuesday carries a
signed commentary denouncing ..."): the participle is the paper's claim."""

PARTICIPLE_ACTS: dict[str, str] = {
    "saying": "asserts", "adding": "asserts", "noting": "asserts", "insisting": "asserts",
    "pointing out": "asserts",
    "claiming": "asserts", "arguing": "asserts", "stressing": "asserts",
    "calling": "asserts", "describing": "asserts",
    "denying": "denies", "rejecting": "denies", "dismissing": "denies",
    "accusing": "accuses", "blaming": "accuses", "condemning": "accuses",
    "urging": "calls-for", "calling for": "calls-for", "calling on": "calls-for",
    "demanding": "calls-for",
    "warning": "warns", "vowing": "pledges", "pledging": "pledges", "promising": "pledges",
    "confirming": "confirms", "acknowledging": "confirms", "telling": "asserts",
    "alleging": "accuses", "predicting": "predicts", "refuting": "denies",
    "brushing aside": "denies", "playing down": "denies", "downplaying": "denies",
    "expressing concern": "expresses-concern",
    "voicing concern": "expresses-concern", "hailing": "asserts",
    "denouncing": "accuses", "slamming": "accuses", "criticising": "accuses",
    "criticizing": "accuses", "lambasting": "accuses",
}  # fmt: skip
"""Participles that, after a comma, carry a claim of the clause's subject."""

NOMINAL_ACTS: dict[str, str] = {
    "accusation": "accuses", "accusations": "accuses", "allegation": "accuses",
    "allegations": "accuses", "charge": "accuses", "charges": "accuses",
    "claim": "asserts", "claims": "asserts", "assertion": "asserts",
    "denial": "denies", "denials": "denies", "warning": "warns", "warnings": "warns",
    "assessment": "assesses", "assessments": "assesses",
}  # fmt: skip
"""Nouns of speech: "the US accusation that ..." is a claim of the US."""

WEAK_ACTS = frozenset({"asserts"})
"""Acts a more specific participle or second verb of the same speaker replaces."""

_OPINION_VERBS = frozenset({"thinks", "reckons", "reckoned", "reckon", "judges"})
"""Verbs of opinion that speak only with what is thought after them, not in a comparison
("than it thinks", "as he reckons")."""

_ALL_VERBS = {**VERB_ACTS, **PARTICIPLE_ACTS}
_VERB_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(_ALL_VERBS, key=len)[::-1])
    + r"|According\s+to)(?![\w-])"
)
_NOMINAL_RE = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){0,3}?[A-Z][\w.-]*?)(?:'s|\u2019s)?\s+"
    r"(?P<noun>" + "|".join(NOMINAL_ACTS) + r")\s+that\b"
)
_NEVER_ACCEPTED_RE = re.compile(
    r"\b(?:slander|lie|fabrication|falsehood|smear|charge|accusation|allegation|claim)s?\s+"
    r"(?:that\s+|which\s+)?(?P<who>(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,3}?[A-Z][\w.-]*|"
    r"both\s+(?:countries|sides|nations|governments))\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:always\s+|consistently\s+|repeatedly\s+)?(?:never|not)\s+"
    r"(?P<verb>accepted|admitted|acknowledged|conceded|recognised|recognized)\b"
)
"""A charge its target "has never accepted": a denial by the target."""
_CALLED_BASELESS_RE = re.compile(
    r"\b(?:which|that)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,3}?[A-Z][\w.-]*|"
    r"both\s+(?:countries|sides|nations|governments))\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?P<verb>called|dismissed|described|branded|rejected)\s+(?:\w+\s+)?(?:as\s+)?"
    r"[\"\u201c]?(?:a\s+|an\s+)?(?:\w+\s+)?(?:baseless|groundless|false|fake|unfounded|absurd|"
    r"lies|a\s+lie|nonsense|slander|fabrications?|fiction|untrue|ridiculous)\b"
)
ATTRIBUTION_VERBS = frozenset(
    v
    for v in _ALL_VERBS
    if v not in ("according to", "suspected", "suspects", "reports", "called", "cited", "quoted")
)
"""Verbs that can attribute a quotation."""
_AUX = frozenset(
    "has have had also did does do would will could can may might again already then "
    "later earlier recently repeatedly reportedly previously publicly strongly openly "
    "once further still on last this past week month year yesterday today had been "
    "separately jointly both neither flatly firmly quickly swiftly immediately".split()
)
_NEGATORS = frozenset("not never n't no nor".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BOUNDARY_WORDS = frozenset(
    "that which who whom whose where while when as because but if though although since "
    "after before so than whether how why allegations accusations claims reports charges "
    "suggestions".split()
)
_MAIN_VERB_WORDS = frozenset(
    "has have had is was were are will would met made took gave sent held declined "
    "refused plans planned arrived left found saw began became kept put brought thought "
    "knew showed won lost led ran spent paid sold bought fell rose flew struck went came "
    "returned visited toured".split()
)
_MEDIA_WORDS = re.compile(
    r"(?i)\b(?:news\s+agency|agency|media|television|tv|broadcaster|newspaper|daily|"
    r"radio|news|wire|outlet|KCNA|TASS|RIA|Yonhap|Reuters|Interfax|Xinhua|Kyodo|AFP|AP)\b"
)


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb and the span of its speaker (the object for 'according to' and for
    'cited Y as saying'); ``relay`` is the span of a carrier named with it."""

    start: int
    end: int
    phrase: str  # the verb as a key of VERB_ACTS, PARTICIPLE_ACTS or NOMINAL_ACTS
    np_start: int
    np_end: int
    appositive: tuple[int, int] | None = None
    passive: bool = False
    relay: tuple[int, int] | None = None
    relay_how: str = "report"
    negated: bool = False
    form: str = "verb"  # verb, inverted, according, cited, participle, coordinate, nominal

    @property
    def act(self) -> str:
        if self.form == "nominal":
            return NOMINAL_ACTS[self.phrase]
        return _ALL_VERBS.get(self.phrase, "asserts")


_PAREN_MONTH = re.compile(r"\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?")
_PARTY_STATE = re.compile(r"\([RDI]-[A-Z][A-Za-z.]{1,8}\),?")
"""A US lawmaker's party and state after the name: "(D-N.H.)", "(R-Idaho)"."""


def _tokens_back(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Word spans before ``pos`` going back to ``limit``, nearest first."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[limit:pos])]
    return [(a + limit, b + limit) for a, b in reversed(spans)]


def _is_name_like(words: list[str]) -> bool:
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _skippable(word: str) -> bool:
    bare = word.strip(".,").lower()
    return (
        bare in _AUX
        or bare in WEEKDAYS
        or (bare.endswith("ly") and word[:1].islower() and bare not in ("italy", "family"))
        or (bare in ("long", "always") and word[:1].islower())  # "Moscow has long maintained"
        or (
            bare in ("first", "also", "again", "later", "then", "once", "both")
            and word[:1].islower()
        )
        # "The New York Times first reported", "Pyongyang and Moscow have both cited"
    )


_NAME_DESCRIBED_BY_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))\s*((?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w.'\u2019-]*|"
    r"(?:An?|The)\s+[a-z][\w-]*(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s*){1,4})?"
    r"(?<=\w)),\s*"
    r"(?:an?|the|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+[^,;:]{1,80}?\s(?:who|whose|which|that)\s"
    r"[^,;:]{1,160},\s*$"
)
"""A name whose appositive holds a relative clause ("Vladislav Inozemtsev, an economist who
left Russia in 2022, told ...", "Kim Sung, a researcher who studies North Korea at Seoul
National University, told ..."), or a role of a named body in its place ("A
representative of Vostok Intur, the company that organizes most tours, told ..."): the
name or the role is the subject."""


_CALLED_JUDGED = re.compile(
    r"\s+(?:it|them|this|that|(?:the|such|these|those|its|their|his|her)"
    r"(?:\s+[\w'\u2019-]+){1,12}?)\s+(?:[\"\u201c]|(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:violation|"
    r"provocation|escalation|threat|mistake|breach|lie|fabrication|insult|crime|farce|sham)\b|"
    r"(?:[A-Z][\w-]*\s+)?(?:illegitimate|"
    r"illegal|unlawful|baseless|groundless|absurd|unacceptable|disinformation|propaganda|fake|"
    r"lies|nonsense)\b)"
)
"""What "called" judges, with or without quotation marks ("called the monitoring team
illegitimate", "called such reports Western disinformation", "called the launch a clear
violation of ...", 'called the involvement of North Korean troops in Russia's war "a
serious escalation"'): speech, as "called a meeting" is not."""
_CALLED_AS = re.compile(
    r"\s+(?:it|them|this|that|(?:the|such|these|those|its|their)(?:\s+[\w'\u2019-]+){1,10}?)\s+"
    r"(?:a|an)\s+(?!(?:hour|day|week|month|year|minute|time|few|number|couple|lot|bit)\b)"
    r"[a-z][\w-]*(?:\s+[\w.'\u2019-]+){0,8}?\s*[.;](?:\s|$)"
)
"""What "called" names, without quotation marks, when it ends the sentence on the name given
("has called the treaty he signed with Kim Jong Un last June a purely defensive pact."):
speech, as the quoted "called them an 'absurd paradox'" is; "called a meeting", "called
him an hour later" are not."""


_OBJECT_OF = re.compile(
    r"[^,;:]*?\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+)?(?:alarmed|angered|worried|"
    r"irritated|alerted|prompted|drawn\s+criticism\s+from|been\s+condemned\s+by|been\s+"
    r"criticised\s+by|been\s+criticized\s+by)\s+"
)
"""A clause that ends on the object a relative clause after it is about ("The pact has
alarmed Western governments, which ...")."""
_AUX_RUN = (
    r"(?:(?:has|have|had|also|long|repeatedly|previously|consistently|publicly|officially|"
    r"already|always|flatly|firmly|strongly)\s+)*"
)
"""Auxiliaries and adverbs between a clause's comma or relative pronoun and its verb
("which has repeatedly denied", "..., has rejected")."""


_CITED_RULE = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){0,2}?(?:Article|article|clause|provision|"
    r"paragraph|charter|Charter|right|principle|obligations?|commitments?)\b|international\s+law\b|"
    r"self-defen[cs]e\b)"
)
"""What a state cites that is a rule it invokes ("cited Article 4 of the partnership treaty",
"cited its right to self-defence"), not a source it relays."""


_AP_PARTY_STATE = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{1,10},?\s*$")
"""A US lawmaker's party and state in AP style after the name ("Sen. Roger Wicker,
R-Miss.,"): no part of the name."""


_NAME_ASIDE = re.compile(
    r"(?<=[\w.])\s*\((?:[^\x00-\u024f()]{1,12}|[^()]{0,20}\d[^()]{0,20})\),?\s*"
    r"(?:(?:also|on\s+\w+day|\w+day)\s+)?$"
)
"""What stands in brackets between a name and its verb and is no part of the name: the name
in its own script ("Jeff Liu (\u5289\u6c38\u5065) said") or a party with a number
("Margus Tsahkna (Eesti 200) said")."""


_TIME_ADVERBIAL = re.compile(
    r"\s+(?:at\s+(?:first|once|times|the\s+time|one\s+point)|in\s+the\s+past|so\s+far|"
    r"until\s+now|for\s+(?:years|months|weeks|decades))(?=\s*$)"
)
"""A time between an auxiliary and its verb ("had at first dismissed", "has for years
denied"): no word of the subject."""


def subject_before(
    masked: str, sent_start: int, verb_start: int
) -> tuple[int, int, tuple[int, int] | None] | None:
    """The subject span before a verb (and an appositive), skipping auxiliaries and dates;
    a lawmaker's party and state after the name is left out of either."""
    aside = _NAME_ASIDE.search(masked, sent_start, verb_start)
    if aside is not None:  # "Foreign Minister Margus Tsahkna (Eesti 200) said"
        verb_start = aside.start()
    when = _TIME_ADVERBIAL.search(masked, sent_start, verb_start)
    if when is not None:  # "The Kremlin had at first dismissed"
        verb_start = when.start()
    found = _subject_before(masked, sent_start, verb_start)
    if found is None:
        return None
    a, b, appositive = found
    party = _AP_PARTY_STATE.search(masked, a, b)
    if party and party.start() > a:
        b = party.start()
    if appositive is not None:
        party = _AP_PARTY_STATE.search(masked, *appositive)
        if party and party.start() > appositive[0]:
            appositive = (appositive[0], party.start())
    return a, b, appositive


def _subject_before(
    masked: str, sent_start: int, verb_start: int
) -> tuple[int, int, tuple[int, int] | None] | None:
    relative = re.search(
        r"(?:^|[,;:]\s|\b(?:that|as|while)\s)\s*([^,;:]{1,80}?),\s*(?:who|which)\b[^,]{0,160},\s*"
        + _AUX_RUN
        + "$",
        masked[sent_start:verb_start],
    )
    if relative:  # "The official, who spoke on condition of anonymity, said"; "Russia,
        # which voted for that resolution, has rejected"
        a = sent_start + relative.start(1)
        return a, sent_start + relative.end(1), None
    antecedent = re.search(
        r"(?:^|[,;:]\s|\b(?:that|as|while)\s)\s*([^,;:\"\u201c]{1,80}?),\s*(?:who|which)\s+"
        + _AUX_RUN
        + "$",
        masked[sent_start:verb_start],
    )
    if antecedent:  # "North Korea, which has denied supplying weapons, ...": the verb of the
        # relative clause is the antecedent's ("according to the agency, which said": the
        # agency's)
        a = sent_start + antecedent.start(1)
        lead = re.match(r"(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+", antecedent.group(1))
        if lead is None:
            lead = _OBJECT_OF.match(antecedent.group(1))  # "The pact has alarmed Western
            # governments, which accuse ...": the object, not the clause before it
        return a + (lead.end() if lead else 0), sent_start + antecedent.end(1), None
    cited = re.search(
        r"\b(?:[Cc]iting|[Qq]uoting)\s+([^,;:\"\u201c]{1,80}?)\s+(?:which|that)\s+"
        + _AUX_RUN
        + "$",
        masked[sent_start:verb_start],
    )
    if cited:  # "..., citing a newly declassified intelligence assessment which also said"
        return sent_start + cited.start(1), sent_start + cited.end(1), None
    named_who = re.search(
        r"(?:^|[,;:]\s|\b(?:that|as|while)\s)\s*([^,;:]{1,100}?[A-Z][\w.'\u2019-]+),\s*who\s"
        r"[^;:\"\u201c]{1,240}?,\s*$",
        masked[sent_start:verb_start],
    )
    if named_who:  # "Minister ... Alexander Kozlov, who co-chairs the commission on trade,
        # economic, scientific and technical cooperation, told reporters": the name
        a = sent_start + named_who.start(1)
        return a, sent_start + named_who.end(1), None
    named = _NAME_DESCRIBED_BY_CLAUSE.search(masked[sent_start:verb_start])
    if named:  # "Vladislav Inozemtsev, an economist who left Russia in 2022, told": the
        # name, not the head of the appositive nor a word of its clause
        return sent_start + named.start(1), sent_start + named.end(1), None
    restrictive = re.search(
        r"(?:^|[,;:]\s|\b(?:that|as|while)\s)\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+"
        r"[^,;:]{1,60}?)\s+(?:who|whose)\s+(?:[\w'.-]+\s+){1,12}$",
        masked[sent_start:verb_start],
    )
    if restrictive:  # "A diplomat who attended the briefing said", "An officer whose unit
        # fought them said": the head, not the clause
        a = sent_start + restrictive.start(1)
        return a, sent_start + restrictive.end(1), None
    described = _DESCRIBED.match(masked, sent_start, verb_start)
    if described:  # "The agency, known as HUR, said"; "The team, set up by ..., said"
        head = described.group("head")
        a = sent_start + (len(head) - len(head.lstrip()))
        return a, sent_start + len(head.rstrip()), None
    trailing = _TRAILING_DESCRIBED.search(masked, sent_start, verb_start)
    if trailing:  # "..., the agency, known by its Ukrainian initials as HUR, said"
        return trailing.start("head"), trailing.end("head"), None
    tokens = _tokens_back(masked, verb_start, sent_start)
    i = 0
    while i < len(tokens):
        a, b = tokens[i]
        if masked[b - 1] in ",;:" or masked[a:b] in ("-", "--", "\u2014", "\u2013"):
            break
        if _skippable(masked[a:b]) or re.fullmatch(r"\d{1,2},?", masked[a:b]):
            i += 1
            continue
        if (
            re.fullmatch(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?", masked[a:b])
            and i > 0
            and re.fullmatch(r"\d{1,2},?", masked[tokens[i - 1][0] : tokens[i - 1][1]])
        ):
            i += 1  # "on Nov. 23 said"
            continue
        if (
            re.fullmatch(r"\d{1,2}\),?", masked[a:b])
            and i + 1 < len(tokens)
            and _PAREN_MONTH.fullmatch(masked[tokens[i + 1][0] : tokens[i + 1][1]])
        ):
            i += 2  # "on Friday (Jul 26) expressed": the day in brackets
            continue
        break
    if i >= len(tokens):
        return None
    if masked[tokens[i][0] : tokens[i][1]].lower() in ("he", "she", "it", "they", "we"):
        return tokens[i][0], tokens[i][1], None  # a pronoun is a whole subject
    if masked[tokens[i][1] - 1] == ",":
        # "X, deputy head of Y, told ...": the subject is the clause's first segment
        clause = _clause_start(masked, tokens, i)
        inner = masked.rfind(",", sent_start, tokens[i][1] - 1)
        if inner >= 0 and re.match(r"\s*[a-z]+ing\s", masked[inner + 1 : tokens[i][1]]):
            # "The delegate of Korea, echoing that view, said": the participle's own words
            # ("that view") do not end the clause the subject opens
            before = [k for k, (_, b) in enumerate(tokens) if b == inner + 1]
            if before:
                clause = _clause_start(masked, tokens, before[0])
        first = masked.find(",", clause, tokens[i][1] - 1)
        if first < 0:
            return None
        head = masked[clause:first].strip()
        second = masked.rfind(",", first + 1, tokens[i][1] - 1)
        if second > first and re.fullmatch(
            r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*\s*",
            masked[second + 1 : tokens[i][1] - 1],
        ):
            # "... after heavy losses, the head of the Main Intelligence Directorate (HUR) of
            # the Ministry of Defense of Ukraine, Kyrylo Budanov, said": a closing title and
            # name after what was said; the name speaks, whatever the first segment is
            closing = _closing_appositive(masked, sent_start, tokens[i][1] - 1)
            if closing is not None:
                return closing
        if (_FRAMING.match(head) or _TIME_OPENER.fullmatch(head)) and masked.find(
            ",", first + 1, tokens[i][1] - 1
        ) >= 0:
            # "Speaking to Al Jazeera from Seoul, Go Myong-hyun, a research fellow, said":
            # the opening adverbial frames the interview; the subject comes after it
            clause = first + 1
            first = masked.find(",", clause, tokens[i][1] - 1)
            head = masked[clause:first].strip()
        party = re.search(r"\s*\([^()]{1,30}\)$", head)
        if party:  # "Sen. Roger Wicker (R-Miss.), the ranking member, said": the name
            head = head[: party.start()]
        words = head.split()
        named_after = re.fullmatch(
            r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*\s*",
            masked[first + 1 : tokens[i][1] - 1],
        )
        if (
            not words
            or len(words) > (16 if named_after and (head[:1].isupper() or words[0] == "the") else 8)
            or any(c in head for c in QUOTE_MARKS)
            or re.search(r"\b(?:will|would|has|have|had|is|are|was|were|could|must)\s+[a-z]", head)
        ):  # the first segment is a clause: what was said, not who said it
            return _closing_appositive(masked, sent_start, tokens[i][1] - 1)
        head_start = clause + (len(masked[clause:first]) - len(masked[clause:first].lstrip()))
        return head_start, head_start + len(head), (first + 1, tokens[i][1] - 1)
    span = _np_back(masked, tokens, i)
    if span is None:
        return None
    return span[0], span[1], None


def _closing_appositive(
    masked: str, sent_start: int, comma: int
) -> tuple[int, int, tuple[int, int] | None] | None:
    """ "Ukrainian forces have fought ..., the country's defence minister, Rustem Umerov,
    has said": a closing title and name between commas; the name speaks."""
    segment = masked.rfind(",", sent_start, comma)
    if segment < 0:
        return None
    name = masked[segment + 1 : comma].strip()
    title = masked.rfind(",", sent_start, segment)
    words = name.split()
    if title >= 0 and not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
        # "..., Andrii Yusov, a representative of the Defence Intelligence of Ukraine,
        # said": the name first, then what he is
        part = masked[title + 1 : segment]
        before = part.strip()
        named = before.split()
        if (
            2 <= len(named) <= 4
            and all(w[:1].isupper() for w in named)
            and re.match(r"(?:an?|the|its|their)\s|[a-z]+\s+(?:of|at|for|in)\s", name)
            and len(words) <= 12
        ):
            a = title + 1 + len(part) - len(part.lstrip())  # where the name starts
            return a, a + len(before), (segment + 1, comma)
        return None
    if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return None
    if title < 0:  # after a quotation: '"...," a leading researcher at ..., Name Name, told'
        if not re.match(r"\s*[\"\u201d]?\s*(?:an?|the)\s", masked[sent_start:segment]):
            return None
        title = sent_start - 1
    part = masked[title + 1 : segment]
    described = part.strip().lstrip('"\u201d ')
    if not re.match(r"(?:the|its|their|an?|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s", described) or (
        len(described.split())
        > (24 if re.search(r"\b(?:of|at)\s+(?:the\s+)?[A-Z]", described) else 8)
    ):  # a long office of a named body: "the head of the Main Intelligence Directorate (HUR)
        # of the Ministry of Defense of Ukraine"
        return None
    a = segment + 1 + (len(masked[segment + 1 : comma]) - len(masked[segment + 1 : comma].lstrip()))
    at = title + 1 + part.find(described)  # the description, without the quotation mark
    return a, a + len(name), (at, at + len(described))


_FRAMING = re.compile(
    r"(?:Speaking|Talking|Writing|Asked|Answering|Responding|Replying|Commenting|Addressing|"
    r"Testifying|Appearing|Briefing|Opening|Closing|Concluding|Introducing|Presenting|"
    r"Summing\s+up|Wrapping\s+up|Updating|In\s+an?\s+(?:interview|statement|address|speech|op-ed|post)|"
    r"At\s+an?\s|During\s+an?\s|Later|Earlier|Separately|Meanwhile)\b"
)
"""An opening adverbial that frames the occasion, not the speaker ("Speaking to X,")."""

_MONTH_OR_DAY = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_TIME_OPENER = re.compile(
    r"(?:(?:In|On|Since|By|As\s+of|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTH_OR_DAY
    + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+"
    + _MONTH_OR_DAY
    + r"(?:\s+\d{4})?|\d{4})|(?:Last|This|Earlier\s+this|Later\s+that|Late\s+last|Early\s+last)\s+"
    r"(?:week|month|year|" + _MONTH_OR_DAY + r"))"
)
"""A time that opens the sentence before its subject ("In November, the Open Source Centre,
a British research group, said"): no part of the speaker."""

_DESCRIBED = re.compile(
    r"(?P<head>[^,;:\"\u201c]{2,80}?),\s*(?:(?:also\s+)?known\s+(?:\w+ly\s+)?(?:by\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:initials|acronym|abbreviation|name)\s+)?as|(?:set\s+up|created|"
    r"formed|founded|established|launched|led|headed)\s+(?:(?:last|this|in|early|late|"
    r"[a-z]+ly|\d{4}|year|month)\s+){0,3}?by|based\s+in|made\s+up\s+of)\b[^;:\"\u201c]{0,160},"
    r"\s*(?:\S+\s+){0,2}$"
)
"""A subject, then a description of it that is no name ("known as HUR", "known by its
Ukrainian initials as G.U.R.", "set up by", "set up last year by")."""
_TRAILING_DESCRIBED = re.compile(
    r"[,;]\s+(?P<head>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[^,;:\"\u201c]{2,60}?),\s*(?:(?:also\s+)?known\s+"
    r"(?:\w+ly\s+)?(?:by\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:initials|acronym|abbreviation|"
    r"name)\s+)?as|set\s+up\s+by|created\s+by|formed\s+by|led\s+by|headed\s+by|based\s+in|"
    r"established\s+by)\b[^;:\"\u201c,]{0,100},\s*(?:\S+\s+){0,2}$"
)
"""The same after the words it attributes ("..., the agency, known by its Ukrainian
initials as HUR, said in a statement")."""


def _clause_start(masked: str, tokens: list[tuple[int, int]], i: int) -> int:
    start = tokens[i][0]
    for a, b in tokens[i:]:
        bare = masked[a:b].strip(".,;:()").lower()
        acronym = (
            re.fullmatch(r"\([A-Z][A-Za-z.]{1,8}\),?", masked[a:b])
            or re.fullmatch(r"\([RDI]-[A-Z][A-Za-z.]{1,8}\),?", masked[a:b])
            or re.fullmatch(r"\([^\x00-\u024f]{1,8}\),?", masked[a:b])
        )
        # a lawmaker's party and state: "Sen. Roger Wicker (R-Miss.), the ranking member"; a
        # name in its own script: "Lin Ying-yu (\u6797\u7a4e\u4f51), an assistant professor"
        if (
            bare in _BOUNDARY_WORDS
            or masked[b - 1] in ";:"
            or (any(c in masked[a:b] for c in "()") and not acronym)
        ):  # "a spokesman for the Defense Intelligence of Ukraine (HUR), said": its initials
            break
        start = a
    return start


_PLAIN_SAYING = frozenset(
    "said says told tells added adds stated wrote declared noted explained replied answered "
    "insisted argued".split()
)
"""Verbs of saying after which a participle goes on with the same speaker."""
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier)?\s*(?:[\w.-]+\s*){0,3}?)?,\s*", re.IGNORECASE
)
"""What may come between an attribution's verb and a participle after it ("said
Wednesday, warning"; "said on Monday, accusing"; "told reporters, adding")."""
_DEED_BEFORE_SUBJECT = re.compile(
    r"(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+)?(?:move|step|decision|claim|charge|action|measure|"
    r"deal|vote|veto|allegation|accusation|development|act|plan|request|ruling|shift)\s+(?=[A-Z])"
)
"""A deed the sentence names before the clause whose subject speaks of it ("a move Western
diplomats said was meant to ...", "a step Seoul says breaks ..."): not part of the subject."""


_DATE_BEFORE_SUBJECT = re.compile(
    r"(?:(?:Recall|Note)\s+that\s+)?(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate)\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+(?=(?:the\s+)?[A-Z])"
)
"""A date that opens a subject with no comma after it ("On 28 April the Central Military
Commission", "Recall that in January 2024 the White House"): not part of the speaker."""
_LIST_OPENERS = frozenset({"which", "that", "who", "whom", "as", "while", "and", "but"})
"""Words a list of subjects opens after ("..., which Seoul, Kyiv and Washington say")."""


def _np_back(masked: str, tokens: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """Collect a noun phrase backwards from token ``i`` (which ends it)."""
    end = tokens[i][1]
    start = tokens[i][0]
    k = i
    extra = 0
    while k < len(tokens):
        a, b = tokens[k]
        word = masked[a:b]
        bare = word.strip(".,;:()").lower()
        if k > i and word.endswith((",", ";", ":")):
            break
        counted = (
            bare == "than"
            and k + 1 < len(tokens)
            and masked[tokens[k + 1][0] : tokens[k + 1][1]].lower() in ("more", "fewer", "less")
        )  # "Japan and more than 40 other countries said": a count, not a comparison
        if (
            k > i
            and not counted
            and (bare in _BOUNDARY_WORDS or (bare in _ALL_VERBS and word[:1].islower()))
        ):
            break
        if any(c in word for c in QUOTE_MARKS) or (
            k > i and any(c in word for c in "()") and not _PARTY_STATE.fullmatch(word)
        ):  # a lawmaker's party and state stay inside: "Jeanne Shaheen (D-N.H.) and ..."
            break
        if word in ("-", "--", "\u2014", "\u2013"):
            break
        start = a
        k += 1
        if _PARTY_STATE.fullmatch(word) or word == "and":
            extra += 1  # two lawmakers with their parties: "Chairman Ben Cardin (D-Md.) and"
        if k - i - extra > 18:
            return None
    # "Washington, Seoul and other countries": a list runs on through its commas
    if " and " in masked[start:end]:
        while k < len(tokens) and masked[tokens[k][1] - 1] == ",":
            j = k
            item: list[tuple[int, int]] = []
            while j < len(tokens):
                if item and masked[tokens[j][0] : tokens[j][1]].lower() in _LIST_OPENERS:
                    break  # "..., which Seoul, Kyiv and Washington say": the list opens here
                item.append(tokens[j])
                if j + 1 >= len(tokens) or masked[tokens[j + 1][1] - 1] in ",;:":
                    break
                j += 1
            words = [masked[a:b].strip(",") for a, b in item]
            if not _is_name_like(words):
                break
            start = item[-1][0]
            k = j + 1
    lead = re.match(r"(?:and|but|or|while|as)\s+", masked[start:end])
    if lead:  # "..., and analysts said": the conjunction is not part of the subject
        start += lead.end()
    dated = _DATE_BEFORE_SUBJECT.match(masked, start, end)
    if dated:  # "On 28 April the Central Military Commission ... said": a date, no subject
        start = dated.end()
    deed = _DEED_BEFORE_SUBJECT.match(masked, start, end)
    if deed:  # "..., a move Western diplomats said was meant to ...": the deed is said of
        start = deed.end()
    if start >= end:
        return None
    return (start, end)


_ACCORDING_TO_MEASURE = re.compile(
    r"(?i)(?:the\s+|its\s+|their\s+)?(?:progress|level|degree|pace|extent|scale|course|"
    r"situation|development|developments|outcome|results?|terms|rules|plan|schedule|"
    r"needs?|circumstances|nature|intensity)\b"
)
"""What "according to" measures a step by ("according to the progress of their military
cooperation"), not whose word it is."""
_WORK_BY = re.compile(
    r"(?i)(?:an?|the|its|their|new|recent|\s)+(?:[\w-]+\s+){0,2}?(?:analysis|assessment|report|"
    r"study|review|estimates?|survey|investigation|tally|count|data|figures|research|"
    r"calculations?)\b(?:(?!\b(?:seen|obtained|reviewed|viewed|read|cited)\b)[^,;]){0,80}?\bby\s+"
    r"|\s*(?:(?:the|new|recent|official|latest)\s+)*(?:data|figures|statistics)\s+(?:from|of)\s+"
    r"(?=(?-i:(?:the\s+)?[A-Z])|the\s+[\w-]+\s+(?:service|ministry|agency|office|bureau)\b)"
)
"""A work named with its author ("according to an analysis of satellite imagery by the
Open Source Centre", "according to data from the border service of ..."): the author is
the speaker, not the work."""


_OF_DEED = re.compile(r"\s+of\s+(?=[a-z]+ing\b)")


def np_after(masked: str, pos: int, sent_end: int) -> tuple[int, int] | None:
    rest = masked[pos:sent_end]
    cut = len(rest)
    for mark in ",;:()" + QUOTE_MARKS:
        found = rest.find(mark)
        if 0 <= found < cut:
            cut = found
    for word in (" that ", " who ", " which ", " as saying", " on ", " in ", " at ", " last "):
        found = rest.find(word)
        if 0 <= found < cut:
            cut = found
    charge = _OF_DEED.search(rest, 0, cut)
    if charge is not None:  # "accused by the United States of supplying Russia ...": the
        cut = charge.start()  # accuser, not the deed it names
    a, b = pos, pos + cut
    while a < b and masked[a].isspace():
        a += 1
    while b > a and (masked[b - 1].isspace() or masked[b - 1] in ".!?"):
        b -= 1
    if b <= a or len(masked[a:b].split()) > 12:
        return None
    return (a, b)


def main_subject(masked: str, sent_start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence's main clause: its words up to the first verb, after a
    leading adverbial ("In Seoul," "On Wednesday," "On Nov. 23, 2022,": the year after
    the day's comma belongs to the adverbial) and without an appositive."""
    text = masked[sent_start:limit]
    lead = re.match(
        r"(?:(?:In|On|At|Earlier|Later|Last|Meanwhile|Separately|However|Also|After|"
        r"Before|Speaking|Asked|For|During|Last)\b[^,]{0,80},(?:\s*\d{4},)?\s*"
        r"(?:(?:released|published|issued|made\s+public|posted|dated|seen|obtained)\b[^,]{0,60},"
        r"\s*)?)",  # "In its latest report, released earlier this month, the panel said"
        text,
    )
    begin = sent_start + (lead.end() if lead else 0)
    place = _CAPITALS_DATELINE.match(masked, begin, limit)
    if place is not None:  # "VIENTIANE: Southeast Asian foreign ministers ... urged"
        begin = place.end()
    tokens = [
        (m.start() + begin, m.end() + begin) for m in re.finditer(r"\S+", masked[begin:limit])
    ]
    words: list[tuple[int, int]] = []
    for a, b in tokens:
        word = masked[a:b]
        bare = word.strip(".,;:").lower()
        if word[:1].islower() and (
            bare in _MAIN_VERB_WORDS
            or bare in VERB_ACTS
            or (bare.endswith("ed") and len(bare) > 4)
            or bare in _AUX
        ):
            break
        words.append((a, b))
        if len(words) > 14 and not (
            len(words) <= 40 and any(masked[y - 1] == "," for _, y in words[1:6])
        ):
            # a long run with no verb is no subject; a name with its appositive between
            # commas may be long ("Sydney Seiler, a former national intelligence officer
            # for North Korea at the ... Council, was more cautious")
            return None
    else:
        if len(words) > 14:
            return None  # the sentence ends before any verb
    if not words:
        return None
    if all(masked[a:b].lower() in ("the", "a", "an", "this", "these", "its") for a, b in words):
        return None  # "The reported transfers ...": no subject here
    start, end = words[0][0], words[-1][1]
    comma = masked.find(",", start, end)
    if comma >= 0:
        end = comma
    while end > start and masked[end - 1] in " ,":
        end -= 1
    party = _PARTY.search(masked, start, end)
    if party is not None and party.end() == end:
        end = party.start()  # "Sen. Jack Reed (D-R.I.), the committee's chairman, pushed back"
    return (start, end) if end > start else None


_CAPITALS_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"\s*(?::|\s[-\u2013\u2014]{1,2})\s+"
)
"""A dateline in capitals before the lead's subject, with no agency: "VIENTIANE:",
"WASHINGTON \u2013", "SEOUL, South Korea --"."""
_PARTY = re.compile(r"\s*\([RDI]-[A-Z][A-Za-z.]{1,8}\)")
"""A lawmaker's party and state after the name ("Rep. Mike Rogers (R-Ala.)")."""


_FOR_NAME = re.compile(
    r"\s*For\s+(?P<who>[A-Z][\w'\u2019.-]+(?:\s+(?:(?:de|van|von|der|al|el|bin)\s+)?"
    r"[A-Z][\w'\u2019.-]+){1,3}),\s+(?:a|an|the)\s+[^,;]{3,160},\s+"
)
"""A sentence that gives a named person's view as "For Name, an appositive, ..." (a form of
European copy: "For Camille Grand, a former NATO assistant secretary general now at the
European Council on Foreign Relations, the deployment is above all ...")."""


def _negated(masked: str, sent_start: int, verb: re.Match[str], end: int) -> bool:
    before = masked[max(sent_start, verb.start() - 24) : verb.start()].lower()
    words = re.findall(r"[\w']+", before)[-2:]
    if any(w in _NEGATORS or w.endswith("n't") for w in words):
        return True
    # "said nothing", "said no more": no claim; "said no council action was expected" is one
    return bool(
        re.match(
            r"\s+(?:nothing|no\s+(?:more|comment|details?|further)|no\s+\w+\s*[.,;]|no\s+\w+$)\b",
            masked[verb.end() : end],
        )
    )


_PLURAL_NOUNS = frozenset("states claims reports notes".split())
"""Speech verbs that are also plural nouns."""
_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:the|of|similar|member|all|other|these|those|two|three|several|many|some|both|sovereign|"
    r"nuclear|neighbouring|neighboring|island|such|any|no|recent|earlier|previous|"
    r"unconfirmed|media|news|press|their|its|our|his|her|\d+)\s+$"
)
"""A word before it that makes "states", "claims", "reports", "notes" a noun."""
_THING_PROMISED = frozenset("promised pledged vowed offered promises pledges offers".split())
"""Verbs that, in a relative clause after a noun, give a thing promised, not words."""


_ANSWERED_GLOSS = re.compile(
    r"(?:,|\s(?:--?|\u2014|\u2013))\s*(?:an?\s+)?(?:claims?|charges?|allegations?|accusations?|"
    r"assertions?)\s+(?:that\s+|which\s+)?(?:the\s+)?$"
)
"""The noun an outlet glosses what was said with before the party that answered it ("...,
a claim Pyongyang rejected as 'groundless'", "... \u2014 a claim Kyiv disputes")."""
_FEARED_FUTURE = re.compile(r"\s+(?:will|could|would|may|might|can)\s+[a-z]")
"""What a fear without "that" goes on with: the outcome feared ("fears could seal")."""
_LIKENED_TO = re.compile(
    r"\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:(?:a\s+|an\s+|the\s+)?[\"\u201c]|"
    r"[^.;:\"\u201c\u201d]{1,80}:\s*[\"\u201c])"
)
"""What a likening compares to, when it is a quotation: 'compared the veto to "destroying
a CCTV ..."' and 'compared the veto to a criminal smashing a camera: "It is like ..."' are
speech; "compared the figures to last year's" is not."""
_NOUN_THAT = re.compile(r"\b(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}\s+that\s+$")
_SUBJECT_GAP = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|can|as)\b"
)
"""A relative clause on a noun whose subject is what the party says ("a programme that
Seoul says has been receiving help", "a launch that Seoul and Tokyo condemned as a
breach"): a claim of that party inside another's."""


_OFFER_TO_DO = re.compile(
    r"\s+(?!(?:the|a|an|his|her|its|their|our|all|any|some|them|us|him|me)\b)[a-z]+(?:ss|[^s\W])\b"
)
"""The verb after "offered to" ("offered to hand the soldiers over"), not whom a thing was
offered to ("offered to subscribers")."""
_NO_FORECASTER = re.compile(
    r"(?i)(?:\b(?:i|we|you|will|would|should|might|may|could|to|do|does|did)|n't|n\u2019t|'d)\s+$"
)
"""Words before "expect" that make it no third party's forecast: the speaker's own ("We
expect", a transcript's words), a modal ("will expect"), an imperative ("Don't expect")."""


_DESCRIBED_AFTER = re.compile(
    r"\s+(?:a|an)\s+(?:[\w.'\u2019-]+\s+){0,7}?(?:researcher|academic|(?:political\s+)?"
    r"scientist|expert|professor|analyst|scholar|lecturer|historian|leader)"
    r"(?=\s*\.|\s+(?:who|at|of|with|from|on)\b)"
)
"""A described speaker after the verb, at the end of a sentence ("..., says a University of
Guelph political scientist who studies the Korean Peninsula.")."""


def find_verbs(analysis: Analysis, start: int, end: int) -> list[Verb]:
    """Speech verbs in ``start``..``end`` (outside quotes), each with its speaker span.

    A verb inside the reported clause of another ("told X that the two countries
    hoped...") is skipped: it is part of what was said, not another claim.
    """
    masked = analysis.masked
    verbs: list[Verb] = []
    consumed: list[tuple[int, int]] = []
    view = _FOR_NAME.match(masked, start, end)
    if view is not None:
        from rnkclaims.authoring.extract.resolution import country_of  # imports this module

    if (
        view is not None
        and not country_of(view.group("who").split())
        and any(c in analysis.text[view.end() : end] for c in '"\u201c\u201d')
    ):
        # "For Camille Grand, a former NATO assistant secretary general ..., the deployment
        # is above all 'a message to Europeans'": the expert's view, as "according to"
        consumed.append((view.start("who"), view.end("who")))
        verbs.append(
            Verb(view.start(), view.start() + 3, "according to", *view.span("who"),
                 form="according")
        )  # fmt: skip
    for m in _VERB_RE.finditer(masked, start, end):
        phrase = re.sub(r"\s+", " ", m.group(1).lower())
        if any(a <= m.start() < b for a, b in consumed):
            continue
        if phrase in _OPINION_VERBS and re.search(
            r"(?i)\b(?:than|as|what|how)\s+(?:\w+\s+){0,2}$",
            masked[max(start, m.start() - 30) : m.start()],
        ):
            continue  # "Seoul has more leverage than it thinks": a comparison, no one speaks
        if (
            phrase in _THING_PROMISED
            and re.search(
                r"\b[a-z]+\s+(?:that|which)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:has\s+|had\s+|have\s+)?$",
                masked[max(start, m.start() - 60) : m.start()],
            )
            and not re.match(r"\s+(?:(?:\w+\s+){0,3}to\s+[a-z]+|that)\b", masked[m.end() : end])
        ):
            continue  # "the submarine that Kim has promised his navy": a thing promised in a
            # relative clause, no words reported
        if _not_speech(masked, start, m):
            continue  # "all member states", "must be reported to the council"
        if phrase in ("likened", "compared") and not _LIKENED_TO.match(masked[m.end() : end]):
            continue  # 'likened the veto to "destroying a CCTV ..."'; not "compared with 2023"
        if phrase in ("offered to", "offers to") and not _OFFER_TO_DO.match(masked, m.end()):
            continue  # "news stories offered to subscribers": no offer of a deed
        if phrase in ("expect", "expects") and _NO_FORECASTER.search(
            masked, max(start, m.start() - 12), m.start()
        ):
            continue  # "We expect", "will expect", "Don't expect": no third party forecasts
        negated = _negated(masked, start, m, end)
        nested = any(
            re.search(r"\bthat\b", masked[v.end : m.start()]) and v.form != "according"
            for v in verbs
        )
        after = masked[m.end() : end]
        if phrase == "according to":
            span = np_after(masked, m.end(), end)
            if span is None or _ACCORDING_TO_MEASURE.match(masked, span[0], span[1]):
                continue  # "according to the progress of ...": a measure, not a source
            author = _WORK_BY.match(masked, span[0], span[1])
            if author is not None and author.end() < span[1]:
                span = (author.end(), span[1])  # "an analysis ... by the Open Source Centre"
            consumed.append(span)
            verbs.append(Verb(m.start(), m.end(), phrase, *span, form="according"))
            continue
        before = masked[max(start, m.start() - 14) : m.start()].lower()
        if phrase in PARTICIPLE_ACTS:
            absolute = _WITH_APPOSED.search(
                masked, max(start, m.start() - 120), m.start()
            ) or _WITH_ABSOLUTE.search(masked, max(start, m.start() - 90), m.start())
            if absolute is not None:
                # "..., with Putin saying ...", "with spokesman Matthew Miller telling
                # reporters that ...": the noun phrase after "with" speaks
                who = (absolute.start("who"), absolute.end("who"))
                verbs.append(Verb(m.start(), m.end(), phrase, *who, form="participle"))
                continue
            document = _CARRIED_DOCUMENT.search(masked, max(start, m.start() - 80), m.start())
            joined = [
                v
                for v in verbs
                if v.form == "participle"
                and v.end <= m.start()
                and re.fullmatch(r"[^,;:.]*\band\s+", masked[v.end : m.start()])
            ]
            if joined:
                # "..., demanding their immediate withdrawal and warning that Seoul will
                # respond": the second participle is the first one's doer's too
                verbs.append(
                    Verb(m.start(), m.end(), phrase, joined[-1].np_start, joined[-1].np_end,
                         form="participle")
                )  # fmt: skip
                continue
            if document is None and not re.search(
                r",\s*$", masked[max(start, m.start() - 3) : m.start()]
            ):
                continue  # "the meeting, calling" needs its comma; "by saying" is not one
            if phrase == "calling" and not re.match(
                r"\s+(?:it|them|him|her|the|this)\b|\s+for\b|\s+on\b|"
                r"\s+(?:a|an)\s+[^.;]{0,80}?[\"\u201c]",
                after,
            ):  # "calling a Japanese newspaper's report ... 'the most absurd red herring'"
                continue
            if document is not None:  # the paper that carries the document speaks
                paper = subject_before(masked, start, document.start())
                if paper is None:
                    continue
                verbs.append(Verb(m.start(), m.end(), phrase, *paper, form="participle"))
                continue
            said = [
                v
                for v in verbs
                if v.form == "verb" and v.end <= m.start() and v.phrase in _PLAIN_SAYING
            ]
            doer: tuple[int, int] | None = main_subject(masked, start, m.start())
            if said and _TRAILING_ATTRIBUTION.fullmatch(masked, said[-1].end, m.start()):
                # "..., Lloyd Austin said Wednesday, warning that ...": the speaker of the
                # attribution just before, not the subject of the words it closes
                doer = (said[-1].np_start, said[-1].np_end)
            if doer is None:
                continue
            verbs.append(Verb(m.start(), m.end(), phrase, *doer, form="participle"))
            continue
        if phrase in ("cited", "quoted"):
            as_saying = re.match(r"\s+(.{1,100}?)\s+as\s+(?:saying|stating|telling)\b", after)
            passive = re.search(r"\b(?:was|were|is|are|been|be)\s+$", before)
            by_first = re.match(r"\s+by\s+(.{1,60}?)\s+as\s+saying\b", after)
            if passive and (re.match(r"\s+as\s+saying\b", after) or by_first):
                aux_at = max(start, m.start() - 14) + passive.start()
                quoted = subject_before(masked, start, aux_at)
                by = re.match(r"\s+as\s+saying\s+by\s+", after)
                carrier = np_after(masked, m.end() + by.end(), end) if by else None
                if by_first:  # "Kim was quoted by KCNA as saying"
                    carrier = (m.end() + by_first.start(1), m.end() + by_first.end(1))
                if quoted is not None:
                    found_verb = Verb(
                        m.start(),
                        m.end(),
                        phrase,
                        quoted[0],
                        quoted[1],
                        relay=carrier,
                        form="cited",
                    )
                    verbs.append(found_verb)
                continue
            if as_saying is None:
                invoker = subject_before(masked, start, m.start())
                if phrase == "cited" and invoker is not None and _CITED_RULE.match(after):
                    # "Pyongyang and Moscow have both cited Article 4 of the treaty": the
                    # subject invokes a rule, a claim of its own
                    verbs.append(Verb(m.start(), m.end(), phrase, *invoker))
                continue
            obj = (m.end() + as_saying.start(1), m.end() + as_saying.end(1))
            obj = _trim_date(masked, *obj)
            carrier_np = subject_before(masked, start, m.start())
            relay = (carrier_np[0], carrier_np[1]) if carrier_np else None
            consumed.append(obj)
            verbs.append(
                Verb(m.start(), m.end(), phrase, *obj, relay=relay, form="cited", negated=False)
            )
            continue
        if (
            phrase == "called"
            and not re.match(
                r"\s+(?:it|them|him|her|this|that|(?:the|such|these|those|its|their)(?:\s+[\w'-]+){1,6}|"
                r"[a-z]+s(?:\s+(?:of|about|on|from|by|that)(?:\s+[\w'-]+){1,8})?|[A-Z]\w+)\s+"
                r"(?:a|an|the)?\s*[\"\u201c]",
                after,
            )
            and not _CALLED_AS.match(after)
            and not _CALLED_JUDGED.match(after)
        ):
            # "called them an 'absurd paradox'", "called reports of cooperation with
            # Pyongyang 'speculation'" are speech; "called a meeting" is not
            continue
        if re.search(r"\b(?:was|were|is|are|been|be|being)\s+$", before):
            by = re.match(r"\s+by\s+", after)
            if not by:
                continue
            if re.match(r"\s+by\s+(?:any|no|none|anyone|anybody|either)\b", after):
                # "has still not been confirmed by any independent source": no one spoke
                continue
            span = np_after(masked, m.end() + by.end(), end)
            if span is None:
                continue
            consumed.append(span)
            verbs.append(Verb(m.start(), m.end(), phrase, *span, passive=True))
            continue
        prev_word = re.findall(r"[\w']+", before)[-1:] or [""]
        if phrase in ("reports", "claims", "states", "estimate", "estimates") and (
            prev_word[0] in ("the", "of", "these", "those", "such", "similar", "media")
            or (prev_word[0].endswith("ed") and prev_word[0] not in ("has", "had"))
            or prev_word[0] in ("down", "off", "aside", "on", "about", "into", "over")
            or re.search(r"\bto\s+[a-z]+\s+$", before)
            or re.search(r"\b(?:a|an|its|their|his|her|our)\s+(?:[\w-]+\s+)?$", before)
        ):  # "played down reports that", "commented on reports", "met to consider reports
            # that", "gave a lower estimate": nouns
            continue  # "described reports that", "rejected claims that": nouns
        if phrase in (
            "suspected",
            "reported",
            "reports",
            "claims",
            "states",
            "estimate",
            "estimates",
        ) and not (
            re.search(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", before)
            or re.match(
                r"\s+(?:that|on|in|\w+day|earlier|later|previously|last|this|yesterday|today|"
                r"at\s+the\s+time)\b",
                after,
            )
            or re.match(r"\s*[,.]", after)
            or re.match(r"\s+(?:the|a|an)\s+\w+\s+(?:is|was|has|had|will|would)\b", after)
            or re.match(
                r"\s+to\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,7}?\s+that\b", after
            )
        ):  # "The NIS reported to the National Assembly's Intelligence Committee that"
            continue  # "suspected arms deals", "reported talks": adjectives and nouns
        if phrase in ("answered", "replied", "responded") and re.match(
            r"\s+(?:to\s+)?(?:(?:a|the|his|her|their|several|many|\w+ing|[\w-]+(?:'s|s'|\u2019s|"
            r"s\u2019)?)\s+)?(?:questions?|"
            r"queries|calls?|letters?|criticism|requests?|(?:the\s+)?phone)\b",
            after,
        ):
            continue  # "answered questions from reporters for two hours": no words given
        if phrase == "posted" and not re.match(
            r"\s+(?:on|to)\s+(?:X|Twitter|Telegram|Facebook|Instagram|social\s+media|its\s+website|"
            r"(?:his|her|its|their)\s+(?:\w+\s+)?(?:account|channel|page))\b",
            after,
        ):
            continue  # "posted on X that ...", not "troops posted to the border"
        if phrase in ("threatened", "threatens") and not re.match(
            r"\s*[\"\u201c]|\s+(?:[\w-]+\s+){0,2}?(?:retaliation|countermeasures|reprisals?|"
            r"consequences|action|sanctions|measures|response|strikes?)\b",
            after,
        ):
            continue  # "threatened 'decisive countermeasures'"; not "threatened the peace"
        past = phrase.split()[0].endswith("ed") or phrase.split()[0] in ("said", "told", "wrote")
        if past and re.search(
            r"\b(?:and|but|nor|or)\s+" + _AUX_RUN + "$",
            masked[max(start, m.start() - 40) : m.start()],
        ):
            # "X thanked Y and pledged ...", "..., and has long denied": the subject of the
            # first verb; inside what
            # news media report, the subject of the reported clause
            clause = start
            media_verbs = [
                v
                for v in verbs
                if v.form == "verb"
                and v.phrase in ATTRIBUTION_VERBS
                and is_media(masked[v.np_start : v.np_end])
            ]
            if media_verbs:
                # "KCNA said (that) Kim inspected ... and called for": the reported clause
                after_verb = re.match(
                    r"\s*(?:(?:on\s+)?\w+day\s+|earlier\s+\w+\s+)?(?:that\s+)?",
                    masked[media_verbs[-1].end : m.start()],
                )
                clause = media_verbs[-1].end + (after_verb.end() if after_verb else 0)
            subject = main_subject(masked, clause, m.start())
            if subject is not None:
                verbs.append(
                    Verb(m.start(), m.end(), phrase, *subject, negated=negated, form="coordinate")
                )
                continue
        if re.search(
            r"\b(?:what|whatever|whoever)\s+(?:\S+\s+){1,4}$",
            masked[max(start, m.start() - 40) : m.start()],
        ):
            continue  # "regardless of what the U.S. says": no claim of the U.S.
        found = subject_before(masked, start, m.start())
        if (
            found is not None
            and phrase in ATTRIBUTION_VERBS
            and masked[start : m.start()].rstrip().endswith(",")
            and _DESCRIBED_AFTER.match(after)
        ):
            found = None  # "..., after two failed attempts, was ..., says a Waterloo
            # researcher who tracks ...": the speaker follows the verb
        if found is None and nested:
            continue
        if found is None:
            inverted = re.match(
                r"\s+((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|the|"
                r"(?:al|el|ad|ash|as|at|az|ar|an|abd|abu|bin|ibn|bint)-[A-Z][\w.'\u2019-]*|"
                r"\((?:res|ret|retd)\.?\)|"
                r"(?:bin|ibn|bint|abu|al|de|van|von|der|da|di|du|dos|das)(?=\s+[A-Z])))"
                r"{0,6}|(?:(?:a|an|the|one)\s+[a-z]|(?:a|an)\s+[A-Z])[\w.'\u2019-]*"
                r"(?:\s+[A-Za-z0-9][\w.'\u2019-]*){0,7}?"
                r"(?=\s*[,.;]|\s+(?:who|in|at|on|to)\b))"
                r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|did|does)\b)",
                after,
            )  # "said the Russian Federation was ...": what was said, not who said it
            if phrase in ATTRIBUTION_VERBS and inverted:
                a = m.end() + inverted.start(1)
                b = m.end() + inverted.end(1)
                reduced = re.search(r"(?:\s+[a-z]+ing)+$", masked[a:b])
                if reduced and len(masked[a : a + reduced.start()].split()) >= 3:
                    b = a + reduced.start()  # "says the commander of a drone unit fighting in
                    # Kursk": the participle opens a clause about him
                verbs.append(Verb(m.start(), m.end(), phrase, a, b, form="inverted"))
            continue
        np_start, np_end, appositive = found
        citing = _CITING.search(masked, np_end, m.start())
        if citing is not None and appositive is not None:
            # "Yonhap, citing a military source, said ...": the source speaks, the
            # medium carries its words
            source = (citing.start("who"), citing.end("who"))
            verbs.append(Verb(m.start(), m.end(), phrase, *source, relay=(np_start, np_end)))
            continue
        lead = _LEADING_DATE.match(masked, np_start, np_end)
        if lead and lead.end() < np_end:
            np_start = lead.end()  # "KCNA said on Friday Kim urged": not "on Friday Kim"
        carried = any(
            v.form == "verb"
            and v.phrase in ("said", "says", "reported", "reports")
            and is_media(masked[v.np_start : v.np_end])
            for v in verbs
        )  # "State media said Thursday that Kim had called for ...": Kim's call
        if (
            nested
            and not (carried and phrase not in ("said", "says", "told", "added"))
            and not re.search(
                r"[,;]\s*(?:(?:as|while|whereas|but|and)\s+)?$",
                masked[max(0, np_start - 12) : np_start],
            )
            and not _ANSWERED_GLOSS.search(masked, max(0, np_start - 40), np_start)
            and not (
                _NOUN_THAT.search(masked, max(0, np_start - 40), np_start)
                and _SUBJECT_GAP.match(masked, m.end())
            )
        ):
            continue  # inside what was said; ", KCNA reported." after it is not, nor ", a
            # claim Pyongyang rejected"
        verbs.append(
            Verb(m.start(), m.end(), phrase, np_start, np_end, appositive, negated=negated)
        )
    for m in _NEVER_ACCEPTED_RE.finditer(masked, start, end):
        # "..., a slander the DPRK has never accepted": a denial by those who never
        # accepted it, not a claim that nothing was said
        who = (m.start("who"), m.end("who"))
        at = m.start("verb")
        if any(v.start <= at < v.end and not v.negated for v in verbs):
            continue
        verbs = [v for v in verbs if not v.start <= at < v.end]  # "never acknowledged"
        verbs.append(Verb(m.start("verb"), m.end("verb"), "denied", *who))
    for m in _CALLED_BASELESS_RE.finditer(masked, start, end):
        # "allegations of arms supplies, which Moscow has called baseless": a denial
        at = m.start("verb")
        verbs = [v for v in verbs if not v.start <= at < v.end]
        verbs.append(Verb(at, m.end("verb"), "denied", m.start("who"), m.end("who")))
    for m in _NOMINAL_RE.finditer(masked, start, end):
        who = (m.start("who"), m.end("who"))
        if any(v.start <= who[0] < v.end or v.np_start <= who[0] < v.np_end for v in verbs):
            continue
        verbs.append(Verb(m.start("noun"), m.end("noun"), m.group("noun"), *who, form="nominal"))
    verbs.sort(key=lambda v: v.start)
    return verbs


_WITH_ABSOLUTE = re.compile(
    r"\bwith\s+(?P<who>(?:(?:the|its|his|her)\s+)?(?:[A-Za-z][\w.'\u2019-]*\s+){0,5}?"
    r"[A-Z][\w.'\u2019-]*(?:\s+and\s+[A-Z][\w.'\u2019-]*)?|(?:the|both)\s+(?:two\s+)?"
    r"(?:sides|countries|nations|delegations|governments|leaders))\s+$"
)
"""The subject of a with-absolute ("with Moscow and Pyongyang pledging")."""
_WITH_APPOSED = re.compile(
    r"\bwith\s+(?:the|its|his|her|their)\s+[^,;:\"\u201c]{2,70},\s*"
    r"(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s*$"
)
"""A with-absolute whose title comes before the name ("with the deputy press secretary,
Sabrina Singh, telling"): the name speaks."""
_CITING = re.compile(
    r"\s*,\s*citing\s+(?!(?:(?:the|its|his|her|their|some|new|latest|preliminary|official|"
    r"initial|own)\s+)*(?:figures|data|estimates|statistics|numbers|intelligence|information|"
    r"satellite|imagery|images|documents|evidence|reports?|analysis|findings)\b)"
    r"(?P<who>[^,;]{2,60}?)\s*,\s*(?:\S+\s+){0,2}$"
)
"""", citing a military source," between a medium and its verb; not ", citing
preliminary figures from his commanders,", which names what he relied on, not a speaker."""
_LEADING_DATE = re.compile(
    r"(?i)(?:(?:on|last|this|earlier|late)\s+)?(?:" + "|".join(WEEKDAYS) + r"|yesterday|today)"
    r"(?:\s+(?:night|morning|evening))?,?\s+"
)


def _trim_date(masked: str, a: int, b: int) -> tuple[int, int]:
    """An object without its trailing date ("state-run media reports on Monday")."""
    m = re.search(
        r"\s+(?:on|last|this|earlier)\s+\w+$|\s+(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")$",
        masked[a:b],
        re.IGNORECASE,
    )
    return (a, a + m.start()) if m else (a, b)


def speech_verb_at(masked: str, start: int, end: int) -> str | None:
    """The first speech verb written in ``start``..``end``, found or not with a speaker."""
    for m in _VERB_RE.finditer(masked, start, end):
        if _not_speech(masked, start, m):
            continue  # "verify the reports": a noun
        return m.group(1)
    return None


def _not_speech(masked: str, start: int, m: re.Match[str]) -> bool:
    """Whether a speech verb's word is none here: a plural noun after a word that makes it
    one ("all member states", "verify the reports", "earlier reports"), a fear with no
    outcome feared after it ("amid fears of a wider war"), or a duty to report that no one
    speaks ("every sale must be reported to the council")."""
    before = masked[max(start, m.start() - 30) : m.start()]
    word = m.group(1).lower()
    if word in _PLURAL_NOUNS and _NOUN_BEFORE.search(before):
        return True
    if word in ("added", "adds", "add") and _ADDED_TO_LIST.match(masked, m.end()):
        return True
    if word in ("fear", "fears") and not _FEARED_FUTURE.match(masked, m.end()):
        return True  # "amid fears of ...": a noun; "talks that Washington fears could seal
        # an arms deal" speaks of Washington's fear
    return word == "reported" and re.search(r"\bbe\s+$", before) is not None


_ADDED_TO_LIST = re.compile(
    r"\s+[^.;:\"\u201c]{1,80}?\s+to\s+(?:its|the|their|his|her|a|an)\s+[^.;:\"\u201c]{0,40}?"
    r"\b(?:list|lists|blacklist|register|roster|designations?|tally|total)\b"
)
"""A deed of "added": "The EU added North Korea's defense minister, Kang Sun Nam, to its
sanctions list", "the Treasury added eight entities to the SDN list"."""


def is_media(phrase: str) -> bool:
    """Whether a phrase names a news carrier ("TASS news agency", "state media")."""
    return bool(_MEDIA_WORDS.search(phrase))


_TITLED = re.compile(r"\b(?:titled|entitled|headlined|headed|captioned)\s*:?\s*$")
"""The word before the title of a work in quotation marks."""


def attribution(a: Analysis, quote: Quote) -> Verb | None:
    """The speech verb that attributes a quotation: after it, else just before it; none
    for the title of a work ('The commentary, titled "...", said the South Korean ...')."""
    start, end = quote_span(a, quote)
    if quote.open_mark is not None and _TITLED.search(
        a.masked, max(0, quote.open_mark - 20), quote.open_mark
    ):
        return None
    if quote.close_mark is not None:
        after = find_verbs(a, quote.close_mark + 1, end)
        verb = next((v for v in after if v.phrase in ATTRIBUTION_VERBS or v.form == "cited"), None)
        if verb is not None and not verb.negated:
            return verb
    if quote.open_mark is not None:
        before = [
            v
            for v in find_verbs(a, start, quote.open_mark)
            if (v.phrase in ATTRIBUTION_VERBS or v.form == "cited")
            and len(a.masked[v.end : quote.open_mark]) < 60
            and not v.negated
        ]
        if before:
            return before[-1]
    return None
