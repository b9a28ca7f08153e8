"""The act a neutral verb's words perform, read from the grammar of their clauses.

The cue rules in ``drafting`` name what a sentence does by the phrases it holds; a
sentence none of them knows was left at "asserts" whatever its clause does. This reads
each clause of what was said (the quotation, the turn or statement sentence, or the
reported words after "said ... that") as a subject, a verb group and a predicate, and
gives the act the clause's grammar carries:

- the speaker's first person ("we", "I"), or the speaker's own country in reported words,
  with "will", "shall", "'ll" or "are going to" and a verb of doing: a pledge ("we will
  announce new measures"); "would look at", "would consider", "would like to": a plan;
- the speaker's own country, named and nothing more ("Chile", "Seoul", the speaker's
  country known), with "will" or, in reported words, "would" and any verb of doing: a
  pledge ("said Santiago would earmark $5 million"), whatever the verb; a step weighed or
  sought ("would revisit", "would push for"): a plan. Not a clause joined after the
  claim ("..., adding that Seoul would ..."), nor the content of a noun ("a warning that
  ..."), nor a verb of knowing, of an event scheduled ("will host") or "rule out";
- a subject other than the speaker's own self with "must", "should", "need(s) to", "has
  to", "have to" or "ought to" and a verb of doing: a call ("the government must also
  make sure"), whoever the subject is ("we must" too: a call on the speaker's side); not
  the verbs of knowing ("must understand" warns, elsewhere), nor "must have" (a deduction);
  reported "had to" is a reported "must" ("... had to stop pretending that ..., said
  Lankov"), the speaker's own "we had to" is not; "It is essential (important, time) for
  Japan to urge ..." is a call on the party it names;
- a third party with "will", "won't", "is (not) going to", or in reported words "would",
  and any verb: a forecast ("The bargain will not end with the war"); with "could",
  "may" or "might": a hedged forecast;
- a third party given an evaluative, pejorative predicate ("Western members were
  'hypocritical'", "has not added a single ...", "had been slow to say anything"): a
  charge; "Expect the flows to continue ...", put to the reader, a forecast; a party said
  to learn, adapt or gain experience, or a superlative judged
  ("the most serious escalation since ..."): a judgement; a gain that "makes them more
  dangerous", a war "no longer only" a region's: a warning;
- the speaker's own self or country said to be concerned ("Tokyo was particularly alarmed
  by", 'had "serious concerns"', 'it "deeply regrets"'): concern expressed; a monitoring
  body or its findings denied their standing ("had become biased", "had no mandate",
  "were fabrications"): a denial; another party paid for arms or another's backing, helping
  a third to evade rules, or willing to break them ("is being paid for the weapons", "is
  helping North Korea to circumvent sanctions"): a charge;
- in reported words, a body, its members or a thing it makes, named by a common noun, with
  "would" and a step made public on a schedule ("said the team would publish its first
  report", "said a monument would be built"): an announcement.

A time adverbial may open the clause ("Sooner or later the bill will arrive in Seoul") and
a short relative clause follow its subject ("The soldiers who come home will bring ...");
"What goes to Pyongyang today can be in Tehran tomorrow" warns.

The first clause that gives an act gives the draft's. Only drafts the rules left at
"asserts" under a neutral verb are read (``Drafter.run`` calls ``clause_act``), and an
author's or analyst's drafts left at the judgement their role gives (a call, a forecast or
a warning overrides it there). A sentence that opens as a call on a party
(``opens_with_call``: "The government must make clear to Moscow that ... will carry a
price") stays a call though its "that ..." clause warns: the act model does not overrule it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BOUNDARY = (
    r"(?:^|(?<=[.!?])[\"\u201d\u2019']?\s+(?=[\"\u201c]?[A-Z])|[;:]\s+|,\s+(?:and|but|so|while|adding|saying)\s+(?:that\s+)?"
    r"|\b(?:that|and|but|so|said|says|added|noted|argued|argues|thinks|thought|reckons|"
    r"believes|insisted|stressed)\s+|^\W*(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+)?[^,.;:!?\"\u201c]{1,30},\s+)"
)
_NOT_SUBJECT_WORDS = (
    r"said|says|told|tell|is|are|am|was|were|be|been|has|have|had|will|would|shall|must|"
    r"should|can|could|may|might|do|does|did|that|which|who|whom|what|how|why|when|where|"
    r"if|whether|unless|because|although|though|as|than|not|to|and|but|or|so|also|it's|"
    r"there's|let|let's|please|ought|need|needs|going"
)
_SUBJECT = (
    r"(?P<subj>(?:(?!(?:" + _NOT_SUBJECT_WORDS + r")\b)[\w'\u2019.-]+\s+){0,5}?"
    r"(?!(?:" + _NOT_SUBJECT_WORDS + r")\b)[\w'\u2019.-]+)"
)
_ADVERBS = (
    r"(?P<mods>(?:(?:also|now|then|still|further|soon|only|even|therefore|certainly|"
    r"definitely|surely|finally|again|together|never|not|no\s+longer|at\s+least|all|both|"
    r"[a-z]+ly)\s+)*)"
)
_WILL = (
    r"(?P<will>will|shall|won't|won\u2019t|'ll|\u2019ll|"
    r"(?:is|are|am|'s|'re|\u2019s|\u2019re)\s+(?:not\s+)?going\s+to)"
)
_WOULD = r"(?P<would>would|wouldn't|wouldn\u2019t)"
_BOUND = r"(?P<bound>(?:is|are|was|were)\s+(?:bound|certain|sure|set)\s+to)"
_MUST = (
    r"(?P<must>must|should|shouldn't|shouldn\u2019t|needs?\s+to|has\s+to|have\s+to|"
    r"ought\s+to|had\s+to)"
)
_HEDGE = (
    r"(?P<hedge>could|may|might|"
    r"can(?=\s+(?:\w+ly\s+)?(?:become|turn|escalate|spiral|explode|erupt)\b))"
)
_VERB = r"(?P<verb>[a-z]+)(?P<rest>[^.;:!?]{0,40})"

_SOONER = (
    r"(?:(?:Sooner\s+or\s+later|Eventually|One\s+day|Before\s+long|In\s+time|Inevitably|"
    r"In\s+the\s+end),?\s+)?"
)
"""An adverbial of time before the subject ("Sooner or later the bill will arrive ...")."""
_RELATIVE = r"(?:\s+who\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3}?)?"
"""A short relative clause after the subject ("The soldiers who come home will bring ...")."""

_CLAUSE = re.compile(
    _BOUNDARY
    + r"[\"\u201c]?"
    + _SOONER
    + _SUBJECT
    + _RELATIVE
    + r"\s*(?:[\"\u201d]\s*)?"
    + r"\s+(?:"
    + _WILL
    + r"|"
    + _WOULD
    + r"|"
    + _MUST
    + r"|"
    + _HEDGE
    + r"|"
    + _BOUND
    + r")\s+[\"\u201c]?"
    + _ADVERBS
    + r"[\"\u201c]?"
    + _VERB
)

_KNOWING = frozenset(
    "be have know see think believe understand expect remember realise realize recognise "
    "recognize need want like seem appear wonder assume accept admit find say tell comment "
    "speculate discuss elaborate pre-empt preempt get go hear learn imagine guess bear "
    "ask happen depend".split()
)
"""Verbs of knowing, being and saying: with "will" or "must" they commit to no deed."""
_ASK_TO = re.compile(r"\s+(?:[\w.'\u2019-]+\s+){1,5}?to\s+[a-z]+")
"""What "ask" governs when it is a deed: another party asked to act ("should ask Jakarta
and New Delhi to raise it"), not a question put ("we must ask ourselves")."""
_FIRST = frozenset({"we", "i"})
_IMPERSONAL = frozenset(
    "it this that there one you nobody anyone everyone everybody somebody someone what "
    "which who each either neither something nothing everything".split()
)
_THIRD = frozenset({"he", "she", "they"})
_OWN_BODY = re.compile(
    r"(?i)^(?:the|our|my|this)\s+(?:\w+\s+){0,2}?(?:government|ministry|department|administration|"
    r"cabinet|alliance|bloc|union|council|commission|office)\b"
)
"""A subject that is a government or a body: whose it is the words alone do not tell."""
_SIDE = re.compile(
    r"(?i)^(?:the\s+|our\s+|my\s+)?(?:(?:two|both)\s+"
    r"(?:countries|sides|nations|leaders|peoples)|allies|alliance|partners|(?:\w+\s+)?peoples?)$"
    r"|^(?:any|every|no|each|all)\b"
)
"""A subject that takes in the speaker's own side ("the two countries", "the allies", "The
Korean people") or no party ("Any attempt to ..."): no forecast of another's deed."""
_SCHEDULED = frozenset("continue remain stay hold visit meet travel attend host sign rule".split())
"""Verbs of a course kept or an event scheduled: "will hold talks", "they will continue"
make something known or commit, they forecast nothing."""
_PLAN = re.compile(r"(?:look|looking)\s+at|consider|seek\s+to|aim\s+to|explore")

_PEJORATIVE = re.compile(
    r"(?i)\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|being)\s+"
    r"(?:(?:not\s+only|simply|just|so|very|deeply|utterly|completely|totally|increasingly|"
    r"both|now|also|again|once\s+again|being)\s+)*[\"\u201c]?(?:an?\s+)?"
    r"(?:hypocritical|hypocrites?|reckless|cynical|irresponsible|shameful|disgraceful|"
    r"deceitful|dishonest|duplicitous|barbaric|cowardly|brazen|inexcusable|"
    r"indefensible|predatory|lying|liars?|disgrace|betrayal|farce|sham|outrage|insult|"
    r"hypocrisy|breaking|violating|flouting|defying|breaching)\b"
)
"""An evaluative predicate that faults its subject ("Western members were 'hypocritical'",
"is breaking international law"): a charge."""
_NOT_A_SINGLE = re.compile(
    r"(?i)\b(?:has|have|had|did)\s+(?:not|n't|n\u2019t)\s+(?:even\s+)?(?:yet\s+)?[a-z]+\s+"
    r"(?:a\s+single|one\s+single|even\s+one)\b"
)
"""A party's failure made pointed ("has not added a single North Korean general"): a
charge."""
_SLOW_TO = re.compile(
    r"(?i)\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:very\s+|far\s+too\s+|too\s+|"
    r"painfully\s+|remarkably\s+)?[\"\u201c]?(?:slow|late|reluctant)\s+to\s+[a-z]+"
)
"""A party faulted for being slow to do anything ("had been slow to say anything"): a
charge of failure."""
_FOREIGN_WAR = re.compile(
    r"(?i)\b(?:die|dies|dying|died|fight|fights|fighting|fought|bleed|bleeding)\s+(?:for|in)\s+"
    r"(?:an?\s+|someone\s+else's\s+|someone\s+else\u2019s\s+|another\s+(?:country|nation)['\u2019]s\s+)"
    r"(?:foreign|distant|senseless|pointless|criminal)?\s*war\b"
    r"|\b(?:expendable|disposable)\b"
    r"|\b(?:caused|provoked|started|instigated|unleashed|orchestrated)\s+by\s+(?:the\s+)?[A-Z]"
)
"""A party's soldiers spent in another's war ("are dying for a foreign war", "used as
expendable assets"), a conflict blamed on a named party ("had been caused by the United
States"): a charge."""
_LEARNING = re.compile(
    r"(?i)\b(?:is|are|was|were|have\s+been|has\s+been)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)*"
    r"(?:learning|adapting|improving|gaining\s+(?:\w+\s+){0,2}?experience|getting\s+better)\b"
)
"""A party said to learn or gain experience ("The North's soldiers are learning fast"): a
judgement of its capability."""
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:is|are|was|were|marks?|marked|represents?|represented)\s+[\"\u201c]?the\s+"
    r"(?:single\s+)?(?:most\s+[a-z]+|best|worst|biggest|largest|greatest|gravest)\s+"
    r"[^.;]{0,50}?\b(?:since|in\s+(?:decades|years|a\s+generation)|ever|of\s+the\s+(?:war|century))\b"
)
"""A superlative judged against a time ("the most serious escalation since February 2022",
"the best deal North Korea has had in decades"): a judgement."""
_MAKES_DANGEROUS = re.compile(
    r"(?i)(?:^|[,;]\s+(?:and\s+)?|[.!?]\s+)(?:this|that|it)\s+(?:also\s+)?(?:makes|made|will\s+make|"
    r"is\s+making|has\s+made)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:more|far\s+more|even\s+more)\s+"
    r"(?:dangerous|lethal|capable|threatening|effective)\b"
)
"""A gain said to make a party more dangerous ("this makes them more dangerous"): a
warning."""
_NO_LONGER_ONLY = re.compile(
    r"(?i)\b(?:is|are|was|were)\s+no\s+longer\s+(?:only|just|merely|simply|purely)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:war|conflict|problem|issue|matter|crisis|affair|concern)\b"
)
"""A war said to be "no longer only" a region's: a warning that it reaches further."""
_IF_THEN = re.compile(
    r"(?i)(?:^\W*|\bthat\s+)if\b[^.;,]{3,120},\s*(?:[\w'\u2019-]+\s+){1,4}?(?:will|would)\s+"
    r"(?!not\b|be\s+(?:able|ready|willing|happy|glad)\b)[\"\u201c]?(?:\w+ly\s+)?[a-z]+"
)
"""Reported words whose clause opens with a condition on another's step and says what then
follows ("said that if the troops entered Ukraine, they would 'certainly return in body
bags'"): a warning, as the speaker's own "If they cross ..., they will ..." is."""
IF_HELP = re.compile(
    r"(?i)\bif\s+(?:there\s+is\s+)?anything\s+(?:more\s+|else\s+)?(?:we|I)\s+can\s+do\b"
)
"""A condition that offers help ("If there is anything more we can do for the Russian
people, we will regard it as our duty"): a pledge, no warning."""
IF_HELP_OR_LAWFUL = re.compile(
    IF_HELP.pattern
    + r"|\b(?:will|would)\s+(?:be\s+)?[\"\u201c]?(?:an?\s+(?:\w+\s+)?act\s+)?(?:conform(?:s|ing)?|"
    r"in\s+(?:line|accordance|keeping)\s+with|consistent\s+with)\b"
)
"""A condition that offers help ("If there is anything more we can do for the Russian
people, we will ...") or a consequence said to be lawful ("if such a deployment existed,
it would conform to international law"): no warning."""
_NOT_SURPRISED = re.compile(
    r"(?i)\b(?:I|we)\s+(?:would|will)(?:\s+not|n't|n\u2019t)\s+be\s+(?:at\s+all\s+)?surprised\s+if\b"
)
"""A forecast put as no surprise ("I would not be surprised if we see ...")."""


_ESSENTIAL_FOR = re.compile(
    r"(?i)(?:^\W*|[.;]\s+|\bthat\s+)it\s+is\s+(?:also\s+|therefore\s+|now\s+|thus\s+)?"
    r"(?:essential|important|vital|necessary|imperative|crucial|urgent|time)\s+for\s+"
    r"(?:[\w.'\u2019-]+\s+){1,5}?to\s+(?!(?:be|have|know|see|understand|remember)\b)[a-z]+"
)
"""A call put impersonally on a named party ("It is also essential for Japan to urge China
..."; "it is time for Europe to act"): a call, as "Japan must urge" is."""
_TODAY_TOMORROW = re.compile(
    r"(?i)\btoday\s+(?:can|could|may|might|will)\b[^.;,]{0,40}?\btomorrow\b"
)
"""What happens to one party today said to reach another tomorrow, in one clause ("What
goes to Pyongyang today can be in Tehran tomorrow"): a warning that it spreads ("Moscow
needs ... today, and Pyongyang will want ... tomorrow" is no such clause)."""
_EXPECT_IMPERATIVE = re.compile(
    r"^\W*(?:(?:And|So|But)\s+)?(?:[Ee]xpect|[Dd]on['\u2019]t\s+expect|[Dd]o\s+not\s+expect)\s+"
    r"(?:[\w'\u2019-]+\s+){1,6}?to\s+[a-z]+"
)
"""A forecast put to the reader ("Expect the flows to continue after any ceasefire", "Don't
expect Moscow to give that up")."""
_NOUN_THAT = re.compile(
    r"(?i)\b(?:possibility|possibilities|signs?|fact|idea|reports?|claims?|fears?|concerns?|"
    r"evidence|suggestions?|prospect|risk|danger|chance|likelihood|hopes?|view|belief|"
    r"assumption|allegations?|rumou?rs?|warnings?|indications?)\s+that\s+$"
)
"""A clause that fills a noun ("the possibility that Russia could ...", "signs that North
Korea may ..."): what the noun names, not the speaker's own forecast or call."""


_WRONG_DEED = (
    r"violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|break(?:s|ing)?|broke|flout(?:s|ed|ing)?|"
    r"undermin(?:e|es|ed|ing)|prolong(?:s|ed|ing)?|fuel(?:s|led|ed|ling|ing)|provok(?:e|es|ed|ing)|"
    r"escalat(?:e|es|ed|ing)|shield(?:s|ed|ing)?|hid(?:e|es|ing)|cover(?:s|ed|ing)?\s+up|"
    r"frighten(?:s|ed|ing)?|intimidat(?:e|es|ed|ing)|deceiv(?:e|es|ed|ing)|mislead(?:s|ing)?|misled|"
    r"exploit(?:s|ed|ing)?|prop(?:s|ped|ping)?\s+up|trad(?:e|es|ed|ing)\s+away|justify|"
    r"distract|smuggl(?:e|es|ed|ing)|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|"
    r"bypass(?:es|ed|ing)?|skirt(?:s|ed|ing)?\s+(?:the\s+)?sanctions|"
    r"(?:help|aid|arm|abet)(?:s|ed|ing)?\s+(?:the\s+)?aggress(?:or|ion)|"
    r"kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|silenc(?:e|es|ed|ing)|terrori[sz](?:e|es|ed|ing)|"
    r"(?:help|aid|arm|abet)(?:s|ed|ing)?\s+(?:Russia|Moscow|the\s+Kremlin)(?:'s|\u2019s)?\s+"
    r"(?:to\s+)?(?:continue|kill|wage|prolong|war)"
)
_WRONGDOING = re.compile(
    r"(?P<subj>\b(?:[A-Z][\w.-]+['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:actions?|decisions?|moves?|"
    r"steps?|vetoes|veto|policy|policies|conduct|behaviou?r|deployment|shipments?|deliveries|"
    r"transfers?|cooperation|dealings)(?:\s+(?:today|now|yesterday))?|"
    r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}|the\s+West|"
    r"Western\s+[a-z]+(?:\s+[a-z]+)?|"
    r"(?:[Ee]very|[Ee]ach|[Aa]ll|[Tt]he)\s+[a-z]+(?:\s+(?:and|or)\s+(?:every\s+|each\s+)?[a-z]+)?"
    r"\s+(?:that|which)\s+(?P<party>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+[a-z]+"
    r"(?:\s+[^.;,\"\u201c]{1,40}?)?))\s+[\"\u201c]?"
    r"(?:(?:is|are|was|were|has|have|had|been|being|also|now|still|again|only|not\s+only|"
    r"[a-z]+ly|(?:trying|seeking|meant|aiming|willing|prepared|ready|acted|moved|sought|tried)\s+to|"
    r"using\s+[^.;]{1,40}?\s+to|"
    r"in\s+order\s+to|(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?)\s+"
    r"(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+(?:\s+to)?)\s+)*"
    r"[\"\u201c]?(?P<deed>" + _WRONG_DEED + r")\b(?!\s+(?:no|none|nothing|neither)\b)"
)
"""Another party's deed framed as a wrong: a party as the subject (a name, "the West",
"Western intelligence services", "every shell that Pyongyang sends to Russia") of a verb
that names a wrong done to rules, to the war or to others ("violates", "is prolonging this
war", "was 'provoking' North Korea", "trade away ... norms", "helps the aggressor"), or of
a deed done in order to do one ("was using the topic to justify", "are trying to frighten
Asia"): a charge. Not the speaker's own side, not a pronoun or a noun phrase opened by
"the" with no party named (whose it is the words do not tell), not a denial ("breaks no
international rules")."""
_PAID_FOR = re.compile(
    r"\b(?P<subj>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:now\s+|already\s+|being\s+)?(?:paid|paying)\s+for\s+"
    r"(?:the\s+|this\s+|that\s+|its\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|"
    r"shells|munitions|missiles|weapons|workers|friendship|loyalty|support|help)\b"
)
"""A named party said to be paid, or to pay, for arms, troops or another's backing ("Kim
Jong Un is being paid for the weapons he sends", "Moscow is paying for this friendship with
technologies ..."): the trade framed as a wrong, a charge."""

_CONCERN_PRED = re.compile(
    r"(?i)(?:^\W*|\b(?:said|says|that)\s+)(?P<subj>(?!(?:said|says|told|that)\b)[\w.'\u2019-]+"
    r"(?:\s+[\w.'\u2019-]+){0,3}?)\s+"
    r"(?:(?:is|are|am|was|were|remains?|remained)\s+(?:(?:deeply|seriously|gravely|very|"
    r"extremely|increasingly|also|still|particularly|especially|greatly|profoundly)\s+)*"
    r"[\"\u201c]?(?:(?:deeply|seriously|gravely|very|extremely|particularly|greatly)\s+)*"
    r"(?:concerned|alarmed|worried|troubled|disturbed|dismayed)\b"
    r"|(?:has|have|had)\s+[\"\u201c]?(?:(?:serious|grave|deep|strong|growing|great)\s+)+"
    r"(?:concerns?|worries|misgivings)\b"
    r"|(?:(?:deeply|greatly|strongly|sincerely)\s+)?[\"\u201c]?(?:deeply|greatly|strongly|sincerely)\s+"
    r"(?:regrets?|regretted|deplores?|deplored)\b)"
)
"""The speaker's own side said to be concerned ("Tokyo was particularly alarmed by",
'Tokyo had "serious concerns" about', 'it "deeply regrets" Lavrov's remarks'): concern
expressed. Only the speaker's own self or country as the subject (``clause_act``)."""

_FINDINGS_DISMISSED = re.compile(
    r"(?i)\b(?:panel|team|group|mission|monitors|report|reports|findings|conclusions|"
    r"investigation|inquiry)\b[^.;:]{0,40}?\b(?:was|were|is|are|had|has|have)\s+"
    r"(?:(?:been|become|now|also|simply|just)\s+)*[\"\u201c]?"
    r"(?:(?:biased|one-sided|politically\s+motivated|discredited)\b|(?:[\w-]+\s+){0,2}?"
    r"(?:fabrications?|fabricated|fakes?|lies)\b|no\s+(?:legal\s+)?(?:mandate|legitimacy|"
    r"legal\s+basis|standing)\b)"
)
"""A monitoring body or its findings denied their standing ("the panel had become biased",
"the team had no mandate and its conclusions were 'politically motivated fabrications'"):
the speaker rejects what they found."""

_PUBLISHING = frozenset(
    "publish release issue begin start launch open unveil present submit".split()
)
"""Verbs of a step made public on a schedule ("the team would publish its first report
early next year", "would begin its mission"): the reported words announce it."""
_BUILT = re.compile(
    r"\s+(?:built|erected|set\s+up|established|opened|unveiled|published|released|issued)\b"
)
"""A passive future of a thing made ("a monument would be built in Pyongyang")."""
_BODY_NOUN = re.compile(
    r"(?i)^(?:(?:the|its|a|an|our|their|member)\s+)(?:[a-z-]+\s+){0,2}?"
    r"(?:team|panel|group|mission|body|states|members|monument|memorial|centre|center|"
    r"office|mechanism|report|reports|satellite)$"
)
"""A subject that is a body, its members or a thing it makes, named by a common noun ("the
team", "member states", "a monument"): not another party named."""


_NOT_A_PARTY = frozenset(
    "The This That These Those It Its We Our I My They Their He She His Her If But And "
    "When While As So Any Every Each No What".split()
)


def wrongdoing_act(words: str, own_side: Callable[[str], bool] | None) -> str | None:
    """ "accuses" where what was said frames another party's deed as a wrong
    (``_WRONGDOING``), else None; ``own_side(subject)``: whether the subject names the
    speaker's own country (None: not known)."""
    for m in _WRONGDOING.finditer(words):
        subject = m.group("party") or m.group("subj")  # "Every shell that Pyongyang sends"
        if subject.split()[0] in _NOT_A_PARTY:
            continue
        if re.search(r"(?i)\b(?:not|never|no)\s+(?:\w+\s+){0,2}$", words[: m.start("deed")]):
            continue  # "has never violated", "is not prolonging": a denial
        if own_side is not None and own_side(subject):
            continue
        return "accuses"
    return None


def opens_with_call(words: str) -> bool:
    """Whether what was said opens as a call on a party: a subject that is not impersonal,
    then must / should / need to / ought to and a verb of doing ("The government must make
    clear to Moscow that ...", "European governments should treat ..."). Its "that ..."
    clause may hold a warning, but the sentence asks someone to act."""
    m = _CLAUSE.match(words.lstrip("\"\u201c\u2018' "))
    if m is None or not m.group("must") or m.start("subj") != 0:
        return False
    head = m.group("subj").lower().split()
    negated = bool({"not", "never"} & set(m.group("mods").lower().split()))
    verb = m.group("verb").lower()
    return (
        (
            verb not in _KNOWING | {"not", "never"}
            or (verb == "ask" and bool(_ASK_TO.match(m.group("rest"))))
        )
        and not negated
        and not (len(head) == 1 and head[0] in _IMPERSONAL)
    )


def _kind_self(word: str, kind: str) -> bool:
    """Whether a pronoun of reported words is the speaker ("he" of a person, "it" or
    "they" of a body)."""
    if kind == "person":
        return word in ("he", "she")
    return word in ("it", "they")


def _own_subject(subject: str, kind: str, quoted: bool, own_country: Callable[[str], bool]) -> bool:
    """Whether a subject is the speaker's own self or side: "we" or "I"; in reported words
    "he", "she" (a person) or "it", "they" (a body); the speaker's own country named; "the
    government", "the ministry" in the speaker's own words."""
    head = subject.strip("\"'\u201c\u2018 ").split()
    if not head:
        return False
    first = head[0].lower()
    if len(head) == 1 and (first in _FIRST or (not quoted and _kind_self(first, kind))):
        return True
    if first in _IMPERSONAL or first in _THIRD or first in _FIRST:
        return False
    return own_country(subject) or (quoted and _OWN_BODY.match(subject) is not None)


def clause_act(
    words: str,
    kind: str,
    quoted: bool,
    own_country: Callable[[str], bool],
    own_side: Callable[[str], bool] | None = None,
) -> str | None:
    """The act the first clause of ``words`` with one gives by its grammar (module
    docstring), or None. ``quoted``: the speaker's own words (a quotation, a turn, a
    statement); else reported words, whose "he", "she" or "it" may be the speaker.
    ``own_country(subject)``: whether the subject names the speaker's own country (or, the
    speaker's country unknown, any country); ``own_side(subject)``: whether it names the
    speaker's own country, that country known."""
    if _TODAY_TOMORROW.search(words):
        return "warns"  # "What goes to Pyongyang today can be in Tehran tomorrow"
    if _NOT_SURPRISED.search(words):
        return "predicts"  # "I would not be surprised if we see Russian help with ..."
    if _IF_THEN.search(words) and not IF_HELP_OR_LAWFUL.search(words):
        return "warns"  # 'said that if the troops entered Ukraine, they would "certainly ..."'
    if _EXPECT_IMPERATIVE.match(words):
        return "predicts"  # "Expect the flows to continue after any ceasefire in Ukraine."
    if _ESSENTIAL_FOR.search(words):
        return "calls-for"  # "It is also essential for Japan to urge China, ..."
    wrong = wrongdoing_act(words, own_side)  # in any clause: a charge is the speaker's
    if not quoted:
        # reported words: the first clause is the claim ("said the report had not been
        # confirmed ..., and that the ministry should share ..." is not a call)
        words = re.split(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+", words, maxsplit=1)[0]
    concern = _CONCERN_PRED.search(words)
    if concern and _own_subject(concern.group("subj"), kind, quoted, own_country):
        return "expresses-concern"  # 'Tokyo had "serious concerns"', 'it "deeply regrets"'
    if _FINDINGS_DISMISSED.search(words):
        return "denies"  # "the panel had become biased", "the team had no mandate"
    for m in _CLAUSE.finditer(words):
        act = _clause(m, kind, quoted, own_country, own_side)
        if act is not None:
            return act
    if wrong:
        return wrong  # "Every shell ... that Pyongyang sends to Russia is prolonging this war"
    paid = _PAID_FOR.search(words)
    if (
        paid
        and paid.group("subj").split()[0] not in _NOT_A_PARTY
        and not (own_side is not None and own_side(paid.group("subj")))
    ):
        return "accuses"  # "Kim Jong Un is being paid for the weapons he sends to kill ..."
    if _PEJORATIVE.search(words) or _NOT_A_SINGLE.search(words) or _SLOW_TO.search(words):
        return "accuses"  # 'were "hypocritical"', "has not added a single ..."
    if _FOREIGN_WAR.search(words):
        return "accuses"  # "are dying for a foreign war"
    if _MAKES_DANGEROUS.search(words) or _NO_LONGER_ONLY.search(words):
        return "warns"  # "this makes them more dangerous"
    if re.search(r"(?i)\bescalation\s+by\s+(?:the\s+)?[A-Z]", words):
        return "accuses"  # "a further escalation by Putin": a named party escalates
    if _SUPERLATIVE.search(words) or _LEARNING.search(words):
        return "assesses"  # "the most serious escalation since ...", "are learning"
    return None


_DELIBERATE = re.compile(
    r"(?:look|looking)\s+(?:at|into)|consider|reconsider|review|revisit|rethink|reassess|re-?examine|"
    r"weigh|study|examine|explore|"
    r"discuss|talk\s+about|consult|seek|aim\s+to|push\s+for|press\s+for|propose|plan\s+to|ask|"
    r"request"
)
"""Verbs of a step weighed or sought, not yet taken ("would consider", "will push for"): a
plan."""
_NOT_A_DEED = frozenset("hold visit meet travel attend host sign rule".split())
"""Verbs of an event scheduled ("will hold talks") or of a stance ("would not rule out ...
if": a warning, the rules' own): the own side commits to no deed."""


_LATER_CLAUSE = re.compile(
    r"(?i),\s+(?:and|adding|but|while|warning|saying)\b|\band\s+(?:said|added|[a-z]+ed\s+that)\b"
)
_NOUN_BEFORE = re.compile(r"(?i)\b(?:warning|signal|message|threat|reminder|sign)s?\b[^.;]{0,40}$")


def _leads(m: re.Match[str], quoted: bool) -> bool:
    """Whether the clause is the claim of reported words: none joined after another ("said
    the panel had played a role, adding that Tokyo would continue ..." claims the first),
    nor the content of a noun ("a warning to the West that Russia would respond")."""
    before = m.string[: m.start("subj")]
    return quoted or not (_LATER_CLAUSE.search(before) or _NOUN_BEFORE.search(before))


def _names_only(subject: str) -> bool:
    """Whether a subject is a name and nothing else ("Seoul", "the United States", "New
    Zealand"), not a name with a clause or another party ("China hopes all parties", "Kim
    and Russian Defence Minister Sergei Shoigu")."""
    words = subject.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words)


def _own_side_future(verb: str, rest: str, knowing: bool) -> str | None:
    """The act of the speaker's own side's future deed ("Chile will send", reported "Chile
    would send"): what a verb of doing commits it to is a pledge, a step weighed or sought
    a plan; a verb of knowing or being, or an event scheduled, commits to nothing."""
    if knowing or verb in _NOT_A_DEED or verb in ("not", "never"):
        return None
    if _DELIBERATE.match(verb + rest):
        return "intends"
    return "pledges"


_NO_NEED = frozenset(
    "doesn't don't didn't doesn\u2019t don\u2019t didn\u2019t never won't won\u2019t".split()
)
"""A negation before "have to" or "need to": no obligation ("he doesn't have to explain")."""


def _clause(
    m: re.Match[str],
    kind: str,
    quoted: bool,
    own_country: Callable[[str], bool],
    own_side: Callable[[str], bool] | None = None,
) -> str | None:
    subject = m.group("subj")
    head = subject.lower().split()
    first_word = head[0].strip("\"'\u201c\u2018")
    verb = m.group("verb").lower()
    mods = m.group("mods").lower()
    rest = m.group("rest")
    if any(w in ("if", "whether", "unless", "when") for w in head):
        return None
    if _NOUN_THAT.search(m.string, 0, m.start("subj")):
        return None  # "The possibility that Russia could transfer ...": a noun's content
    first = first_word in _FIRST or (first_word in ("our", "my") and len(head) > 1)
    if not quoted and len(head) == 1 and _kind_self(first_word, kind):
        first = True  # reported words: "said he would ...", "said it would ..."
    impersonal = len(head) == 1 and first_word in _IMPERSONAL
    third_pronoun = len(head) == 1 and first_word in _THIRD
    knowing = verb in _KNOWING and not (verb == "ask" and _ASK_TO.match(rest))
    negated = bool({"not", "never"} & set(mods.split()))
    if m.group("must"):
        if head[-1] in _NO_NEED or (
            first_word in ("all", "what", "everything", "anything") and len(head) <= 3
        ):
            return None  # "soldiers he doesn't have to explain", "all it has to give up
            # is ...": no obligation laid on anyone
        if quoted and m.group("must").startswith("had"):
            return None  # the speaker's own "we had to": what was, not a call
        if knowing and not (negated and verb not in ("be", "have")):
            return None  # "must understand", "must have been", "should be addressed to"; a
            # warning against a belief calls for it ("should not assume it can peel Kim away")
        if (impersonal and not (quoted and first_word == "it")) or (
            (third_pronoun or first) and not quoted
        ):
            return None  # "there must be"; "said he had to"; an editorial's "It should
            # expand intelligence cooperation" names the government it addresses
        return "calls-for"  # "the government must also make sure", "Beijing should use"
    if m.group("will"):
        negated = negated or "not" in m.group("will")
        if first:
            if knowing or negated:
                return None  # "we will see", "we will not comment", "are not going to"
            if _DELIBERATE.match(verb + rest):
                return "intends"  # "We will talk about all the topics": a step weighed
            return "pledges"  # "we will announce new measures in the coming days"
        if impersonal and verb in ("be", "have"):
            return None  # "It will be important to ..."
        if (
            own_side is not None
            and _names_only(subject)
            and own_side(subject)
            and _leads(m, quoted)
        ):
            return _own_side_future(verb, rest, knowing)
        if _OWN_BODY.match(subject) and quoted and not negated and not knowing:
            return "pledges"  # a minister's "The Ministry of Defense will continue to"
        if verb in _SCHEDULED or "always" in mods.split() or (negated and verb == "be"):
            return None  # "will hold talks", "will always be on the side of", "will not be"
        if own_country(subject) or _OWN_BODY.match(subject) or _SIDE.match(subject):
            return None  # the speaker's own side: the rules' pledge, or whose is unclear
        return "predicts"  # "The bargain will not end with the war"
    if m.group("would"):
        if first and _PLAN.match(verb + rest):
            return "intends"  # "we would look at adding ..."
        if not quoted and own_country(subject) and _PLAN.match(verb + rest):
            return "intends"  # "New Zealand would look at adding more individuals"
        if (
            not quoted
            and own_side is not None
            and _names_only(subject)
            and own_side(subject)
            and _leads(m, quoted)
        ):
            return _own_side_future(verb, rest, knowing)  # "said Chile would send"
        if (
            not quoted
            and not negated
            and _BODY_NOUN.match(subject)
            and _leads(m, quoted)
            and (verb in _PUBLISHING or (verb == "be" and _BUILT.match(rest)))
        ):
            return "announces"  # "said the team would publish its first report early next
            # year", "said a monument would be built in Pyongyang"
        return None  # a conditional, or reported words of the speaker's side or another's
    if m.group("bound"):
        if first or impersonal or own_country(subject) or _SIDE.match(subject):
            return None
        return "predicts"  # "Pyongyang was bound to receive sensitive technology"
    if m.group("hedge"):
        if first or knowing or verb == "have" or negated:
            return None  # "pressure alone could not solve": no forecast
        if _SIDE.match(subject):
            return None
        if impersonal and not quoted:
            return None
        if re.match(r"\s+[a-z]+ing\b", rest) and verb == "be":
            return None  # "may be sharing": a suspicion, the rules' own
        if own_country(subject):
            return None
        return "predicts"  # "More soldiers could follow"
    return None
