"""Drafts for the outlet's own assertions: the sentences no speaker is given for.

Extract drafts what an article attributes to someone (quotations, speech verbs). The
codebook (data/README.md, rule 1) also codes the outlet's own assertions of fact on the
topic, attributed to the outlet whose voice they are (rule 9): "There is currently a
rail bridge connecting Russia and North Korea ...". This module drafts them:

- every sentence of the text outside the furniture and the ``not_claims``, that no
  claim or draft covers and that quotes no one (quotations are extract's; scare quotes
  around a word or two are not quotations);
- that bears on the ledger: the suggestions learnt from the coded claims
  (``suggest.Suggester``) give it a proposition (above their first-suggestion
  threshold) or a topic scoring at least ``MIN_TOPIC``; background that bears on
  nothing coded is left out;
- spoken by the publishing outlet, or by the agency whose byline the outlet runs
  (Korea Herald text "By Yonhap" is Yonhap's): an author code with an agency
  ("jok/Reuters") is the outlet's own item written from agency copy;
- not a question, nor a transcript's question ("Q: ...", "REPORTER: ..."), nor a line
  that says something was not said ("KCNA did not mention any weapons deals", "declined
  to comment": no claim by rule 6);
- act ``asserts``, or ``predicts`` with the modal as ``hedge`` when the sentence is
  modal ("The move could put Western powers on watch"), dated to the publication date,
  ``venue: news-report`` (a caption's venue says so), no relay.

A sentence right after an attributed one in its paragraph that opens with a connective
making it that claim's other half ("In return", "In exchange", "In turn": "In return,
Russia is helping ..." after "The US accuses ...") continues it: it is drafted as that
claim's speaker, with its act, date, venue and relay. Any other sentence after an
attributed one is drafted as the outlet's, and the reviewer changes the speaker where
it continues a report. Nothing here writes: ``plan_assertions`` is checked like
any other change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rnkclaims.authoring.extract.venue import MODAL
from rnkclaims.ledger import Ledger, Source
from rnkclaims.spans import claim_spans, locate, overlaps, skipped_spans, within

if TYPE_CHECKING:
    from rnkclaims.authoring.ledger_edit import Edit
    from rnkclaims.authoring.suggest import Suggester

MIN_WORDS = 6  # shorter sentences are labels, not assertions
MIN_TOPIC = 50  # a sentence whose best topic scores less (and no proposition) is background
COVERED_SHARE = 0.5  # a sentence this much inside a claim's excerpt is covered
_CERTAINTY = {"could": "possible", "may": "possible", "might": "possible"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_SAID = re.compile(
    r"(?i)\b(?:(?:did|does|do|has|have|had)\s+not|didn't|hasn't|haven't|doesn't)\s+"
    r"(?:yet\s+|immediately\s+|publicly\s+)?(?:mention|confirm|comment|say|disclose|specify|"
    r"elaborate|respond|report)(?:ed)?\b"
    r"|\bdeclined\s+to\s+(?:comment|say|confirm|elaborate|specify|give)\b"
    r"|\bcould\s+not\s+(?:be\s+reached|immediately\s+(?:confirm|verify)|independently\s+"
    r"(?:confirm|verify))\b|\bdid\s+not\s+(?:immediately\s+)?respond\b"
)
"""A sentence that says something was not said or confirmed: no claim (rule 6)."""


def plain_statement(sentence: str) -> bool:
    """Whether a sentence can be an assertion at all: long enough to be more than a
    label, not a question, and not a line saying something was not said (rule 6)."""
    return (
        len(_WORD.findall(sentence)) >= MIN_WORDS
        and not sentence.rstrip().endswith("?")
        and not _NOT_SAID.search(sentence)
    )


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SEASONS = "spring|summer|autumn|fall|winter"
_PAST_ANCHOR = re.compile(
    r"\b(?:(?:19|20)\d\d|last\s+(?:year|month|" + _SEASONS + "|" + _MONTHS + r")|"
    r"(?:in|since|until)\s+(?:early\s+|late\s+|mid-)?(?:" + _MONTHS + r")|"
    r"earlier\s+(?:this|that)\s+(?:year|month)|"
    r"on\s+(?:" + _MONTHS + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2})\b"
)
"""An explicit past time: a year, a month, "last year", "last autumn", "since March", a
day of a month ("on June 19", "on Oct. 24")."""
_SUBJECT_WORD = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*|\d[\d,]*|the|two|both|and|of|some|about|around|nearly|more|"
    r"than|over|up|to|an|estimated|thousands|hundreds|tens|countries|nations|sides|states|"
    r"neighbou?rs|leaders?|president|troops|soldiers|forces|workers|army|military|navy|"
    r"personnel|government)$"
)
"""The words of a subject that is a state, a leader or a force ("Russia and North Korea",
"The two countries", "Some 14,000 North Korean soldiers", "Russian President Vladimir
Putin"): names, numbers and the nouns for states, leaders and forces; a subject with any
other word ("Relations between Moscow and Seoul", "The deployment") is something else."""
_PAST_DEED = re.compile(
    r"(?:also\s+|later\s+|first\s+|then\s+)?(?:"
    r"(?:was|were)\s+(?:also\s+|later\s+|first\s+)?[a-z]+(?:ed|en|t)|"
    r"(?:is|are)\s+(?:thought|believed|estimated|understood)\s+to\s+have\s+[a-z]+(?:ed|en|t)|"
    r"[a-z]{2,}ed|put|sent|came|began|met|made|took|held|gave|flew|went|set|won|led|left|"
    r"built|brought|sold|bought|paid|spent|fought|lost|struck|became|sank|shot)\s"
)
"""A verb of a past deed, in the simple past or the passive ("signed", "put", "were sent",
"is thought to have sent"); not the present perfect of a state of things."""
_TWO_STATES = re.compile(
    r"(?i)(?:the\s+two|both)\s+(?:countries|nations|sides|states|neighbou?rs)$"
)


def dated_deed(sentence: str) -> tuple[int, int] | None:
    """Whether a sentence states a past, dated deed between Russia and North Korea
    ("Russia and North Korea signed a mutual defence pact in June 2024", "Some 14,000
    North Korean soldiers were sent to Russia ... last year"): its subject a state, a
    leader or a force of either (or "the two countries"), the other named in it too, its
    verb a past deed, and an explicit past time in it. Returns where the verb is in the
    sentence, else None."""
    if not sentence.strip()[:1].isupper() or not _PAST_ANCHOR.search(sentence):
        return None
    words = sentence.split()
    n = 0
    while (
        n < len(words)
        and _SUBJECT_WORD.match(words[n])
        and not _PAST_DEED.match(" ".join(words[n:]) + " ")
    ):
        n += 1
    deed = _PAST_DEED.match(" ".join(words[n:]) + " ") if 0 < n < len(words) else None
    subject = " ".join(words[:n])
    if deed is None or subject.endswith(","):
        return None
    from rnkclaims.authoring.extract.resolution import country_of

    if not _TWO_STATES.search(subject):
        marks = {country_of(words[i : i + 4]) for i in range(len(words))}
        if country_of(words[:n]) not in ("RU", "KP") or not {"RU", "KP"} <= marks:
            return None  # a deed of one of them alone ("Russia vetoed the renewal ...")
    at = sentence.index(subject) + len(subject) + 1
    return at, at + deed.end() - 1


_FACT_ANCHOR = re.compile(
    r"\b(?:in\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a\s+quarter\s+of\s+a)\s+(?:years|decades|century)|"
    r"in\s+(?:a|more\s+than\s+a)\s+decade|this\s+year)\b"
)
"""A past time a fact about the two states gives beyond a date ("his first visit in 24
years", "its third attempt this year")."""
_DEPENDENT_OPENING = re.compile(
    r"(?:When|As|After|While|Although|Though|If|Because|Before|Once|Until|Unless|He|She|It|"
    r"They|His|Her|Its|Their)\b"
)
_ORDINAL_EVENT = re.compile(
    r"It\s+(?:was|is)\s+(?:the|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+"
    r"(?:[a-z]+\s+)?(?:first|second|third|fourth|fifth|latest)\b"
)
"""The day's event counted among its kind ("It was North Korea's third attempt this year",
"It was the first meeting between the two leaders since 2019"): "It" is the event, no
subject the sentence before names."""
_COMES_AFTER = re.compile(
    r"The\s+(?:[\w-]+\s+){0,3}?(?:comes|came)\s+(?:(?:just|only|shortly|about|some|nearly|"
    r"almost|barely|more|less|than|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+|few|several|days?|weeks?|months?|years?)\s+){0,5}(?:after|before)\s"
)
"""The day's event placed after an earlier one ("The trip comes a month after Kim travelled
to the Vostochny Cosmodrome", "The visit comes nine months after the two leaders met"): the
earlier event dates the fact, and travel after "after" is that event, not the day's news."""
_SOVIET = re.compile(r"\b(?:Soviet|USSR)\b")
"""The Soviet Union, Russia's predecessor: "A 1961 treaty between Pyongyang and the Soviet
Union" is a fact of the two states' dealings."""
_TRAVEL = re.compile(r"\b(?:flew|fly|travell?ed|arrived|landed|toured)\b")
_UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\b")
_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations|Security\s+Council|panel\s+of\s+experts)\b|"
    r"^(?:The|the)\s+panel(?:'s|\u2019s)?\b"
)
"""The UN, its council, or the panel a sentence opens on (the panel of experts that
monitors the sanctions, in these years' copy)."""
_PANELS_MANDATE = re.compile(r"\b[Tt]he\s+panel(?:'s|\u2019s)\s+(?:mandate|renewal)\b")
"""The UN panel's mandate, which Russia's veto ended ("Russia vetoed the panel's renewal")."""
_RUSSIAN_BODY = re.compile(r"\b(?:State\s+Duma|Duma|Kremlin|Federation\s+Council)\b")
"""Bodies that are Russia's though the sentence names no country ("The State Duma
ratified the treaty")."""
_TWO_LEADERS = re.compile(r"\b(?:the\s+two\s+leaders|the\s+pair)(?:'s|\u2019s)?\b")
"""The two leaders of the summits these years' copy reports (Putin and Kim)."""
_SATELLITE_TRY = re.compile(
    r"\b(?:satellites?|Malligyong(?:-1)?|launch(?:es)?|attempts?)\b[^.]*"
    r"\b(?:failed|failures?|fail|orbit|reached)\b|\b(?:failed|failures?)\b[^.]*\b(?:satellites?|"
    r"launch(?:es)?|attempts?)\b"
)
"""North Korea's satellite launches, failed or in orbit ("North Korea failed twice this year
... to put a military reconnaissance satellite into orbit"): dated background of the
programme the two states' cooperation is reported to serve."""


def dated_fact(sentence: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence states a dated fact of the two states' dealings, whatever its
    subject ("The visit is Putin's first to North Korea in 24 years", "A 2017 Security
    Council resolution caps North Korea's imports ...", "The treaty, signed during Putin's
    visit to Pyongyang in June, obliges ..."): North Korea named with Russia or the UN,
    an explicit past time, a main clause of its own (no opening "When ...", no pronoun
    for a subject the sentence before names) and no travel narrated (the day's visit is
    the news, not its background; but "The visit comes a month after Kim travelled to ..."
    places the day's event after an earlier one). ``named``: the countries of the actors
    the sentence names ("Putin" is Russia's)."""
    from rnkclaims.authoring.extract.resolution import countries_in

    text = sentence.strip()
    if not text[:1].isupper() or (
        _DEPENDENT_OPENING.match(text) and not _ORDINAL_EVENT.match(text)
    ):
        return False
    follows = _COMES_AFTER.match(text)
    if not (follows or _PAST_ANCHOR.search(text) or _FACT_ANCHOR.search(text)):
        return False
    named = named | set(countries_in(text)) | ({"RU"} if _SOVIET.search(text) else set())
    if _RUSSIAN_BODY.search(text):
        named = named | {"RU"}  # "The State Duma ratified the treaty ... with the DPRK"
    if _TWO_LEADERS.search(text):
        named = named | {"RU", "KP"}  # "the first meeting between the two leaders since 2019"
    if "KP" in named and _SATELLITE_TRY.search(text):
        named = named | {"RU"}  # North Korea's satellite launches, dated
    if not (
        ("KP" in named and ("RU" in named or _UN.search(text)))
        or ("RU" in named and (_UN_NAMED.search(text) or _PANELS_MANDATE.search(text)))
        # "Russia vetoed the UN panel's renewal", "Russia vetoed the panel's renewal in March"
    ):
        return False
    travel = _TRAVEL.search(text)
    if travel is None or (follows is not None and travel.start() >= follows.end()):
        return True
    if re.search(r"\b(?:when|after|since|before|following)\b", text[: travel.start()]):
        return True  # "... after Shoigu travelled there twice in June": an earlier trip
    clause = re.split(r"[,;]", text[travel.end() :], maxsplit=1)[0]
    return _PAST_ANCHOR.search(clause) is not None  # "Kim traveled to ... last September"


def _full_stop(text: str) -> bool:
    """Whether a sentence ends as a full sentence does (a full stop, inside closing quotation
    marks or not), not as a headline or a label."""
    return text.endswith((".", '."', ".\u201d"))


_BANNED_UNDER = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+)?(?:banned|barred|"
    r"prohibited)\b(?:[^.;]|(?<=\b[A-Z])\.)*?\b(?:resolutions?|sanctions)\b"
    r"|\b(?:resolutions|sanctions)\s+(?:also\s+)?(?:ban|bar|prohibit)\s+(?:North\s+Korea|Pyongyang|"
    r"the\s+North|the\s+DPRK|all\s+(?:states|countries))\s+from\b"
)
"""A ban the UN's sanctions lay down ("North Korea is banned from exporting any weapons
under UN Security Council resolutions", "U.N. Security Council resolutions ban North Korea
from exporting or importing any weapons")."""


def sanctions_ban(sentence: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence states what the UN's sanctions on North Korea ban ("North Korea is
    barred by a series of United Nations Security Council resolutions from exporting or
    importing arms", "Any weapons trade with North Korea is banned under UN Security
    Council resolutions that Russia ... voted for"): background every coder gives the
    outlet. North Korea named, the ban in the main clause, a full sentence."""
    from rnkclaims.authoring.extract.resolution import countries_in

    text = sentence.strip()
    if not text[:1].isupper() or not _full_stop(text):
        return False
    if _DEPENDENT_OPENING.match(text) or _FIRST_PERSON.search(text):
        return False
    ban = _BANNED_UNDER.search(text)
    if ban is None or re.search(r"\b(?:which|that|who)\b", text[: ban.start()]):
        return False  # "..., which North Korea is banned from testing": a relative clause
    return "KP" in (named | set(countries_in(text)))


_TREATY_OBLIGES = re.compile(
    r"^(?:(?:The|the|Its|its|Their|their)\s+(?:[\w-]+\s+){0,4}?(?:treaty|pact|agreement|"
    r"Article\s+\d+)|Under\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:treaty|pact|agreement)"
    r"(?:'s\s+Article\s+\d+)?,?\s+(?:each|either|both)\s+(?:side|party|country|state)|"
    r"Article\s+\d+(?:\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:treaty|pact))?)\b[^.;]*?"
    r"\b(?:obliges|obligates|requires|commits|binds|is\s+bound\s+to|are\s+bound\s+to)\b[^.;]*?"
    r"\b(?:assistance|aid|help|come\s+to\s+the\s+(?:other|other's|other\u2019s))\b"
)
"""What the two states' treaty obliges them to ("The treaty, signed in Pyongyang in June,
obliges each side to provide military assistance ...", "Under the treaty, each side is
bound to provide immediate military assistance ..."): its terms, the outlet's background."""
_WEAPON_DESCRIBED = re.compile(
    r"^The\s+(?:KN-2[345]|Hwasong-1[1-9][\w-]*)\b[^.;]*?\b(?:is|was)\s+(?:a|an)\s+[^.;]*?"
    r"\bmissile\b"
)
"""A North Korean missile described ("The KN-23, which North Korea calls the Hwasong-11, is a
solid-fuel short-range ballistic missile ..."): the outlet's background."""


def standing_term(sentence: str) -> bool:
    """Whether a sentence states the two states' treaty terms or describes the North Korean
    missile the copy is about (``_TREATY_OBLIGES``, ``_WEAPON_DESCRIBED``): background every
    coder gives the outlet, with no date to anchor it."""
    text = sentence.strip()
    if not _full_stop(text) or _FIRST_PERSON.search(text):
        return False
    return bool(_TREATY_OBLIGES.match(text) or _WEAPON_DESCRIBED.match(text))


_DAY_EVENT = re.compile(
    r"\b(?:arrived|arrives|landed|lands|flew|flies|travell?ed|departed|greeted|greets|rode|"
    r"drove|laid|attended|hosted|scheduled|spent|toured|visited|visits|began|lasted|ended|"
    r"tour|held\s+talks|seen\s+off|saw\s+off|ha(?:ve|s)\s+signed)\b"
    r"|\b(?:for\s+comment|contacted|unclear|not\s+clear|remains\s+to\s+be\s+seen)\b"
    r"|\b(?:yet\s+to|not|never)\s+(?:\w+ly\s+)?(?:acknowledge|confirm|comment)"
)
"""Words that narrate the day's visit or talks (the news itself, not its background), the
outlet's own reporting ("contacted ... for comment") or what is not known or said."""
_HELD_BY_OTHERS = re.compile(
    r"^(?:[\w',-]+\s+){1,6}?(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|understood|"
    r"said|reported|alleged|suspected)\s+to\b"
)
"""A main clause that unnamed others hold ("In return, Moscow is believed to be providing
...")."""
_TODAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|"
    r"this\s+week)\b"
)


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b")


def undated_dealing(sentence: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence states a fact of the two states' dealings with no date to anchor
    it ("Pyongyang's munitions have become an important source of firepower for Moscow",
    "Putin showed Kim his own Aurus Senat limousine"): Russia and North Korea both named
    (``named``: the countries of the actors it names), a full sentence, and no narration
    of the day's visit or talks ("arrived", "greeted", "toured", a weekday)."""
    from rnkclaims.authoring.extract.resolution import countries_in

    text = sentence.strip()
    if not text[:1].isupper() or not _full_stop(text):
        return False
    if len(text.split()) < 8 or _DAY_EVENT.search(text) or _TODAY.search(text):
        return False
    if _FIRST_PERSON.search(text) or _HELD_BY_OTHERS.match(text):
        return False  # "I can confirm that ...", "Moscow is believed to": not the outlet's
    marks = named | set(countries_in(text)) | ({"RU"} if _SOVIET.search(text) else set())
    return {"KP", "RU"} <= marks


def voice(ledger: Ledger, source: Source) -> str | None:
    """Whose voice the article's own sentences are: the agency whose byline the outlet
    runs ("By Yonhap"), else the publishing outlet."""
    outlet = source.meta.get("outlet")
    byline = source.meta.get("byline")
    agencies = [str(a) for a in source.meta.get("agencies") or ()]
    if isinstance(byline, str) and agencies:
        name = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.IGNORECASE).casefold()
        records = {str(r.get("id")): r for r in ledger.outlets}
        for agency in agencies:
            names = {agency.casefold()}
            record = records.get(agency) or {}
            for key in ("name", "short_name"):
                if isinstance(record.get(key), str):
                    names.add(str(record[key]).casefold())
            names.update(str(a).casefold() for a in record.get("aliases") or ())
            if name in names:
                return agency
    return str(outlet) if isinstance(outlet, str) else None


def _trim(text: str, start: int, end: int, skipped: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence without furniture at its ends ("view larger image Choi ...")."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for a, b in skipped:
            if a <= start < b < end:
                start, changed = b, True
            elif start < a < end <= b:
                end, changed = a, True
    return start, end


def candidates(ledger: Ledger, source: Source) -> list[tuple[int, int, bool]]:
    """``(start, end, caption)`` of each sentence no claim or draft covers, outside the
    furniture and not_claims, without a quotation (scare quotes around a few words, as
    in 'the "malicious" collusion', are no quotation); ``caption`` when its line holds
    furniture (a photo caption and its credit)."""
    from rnkclaims.authoring.extract import analyse
    from rnkclaims.authoring.extract.drafting import asking_line

    text = source.text
    skipped = skipped_spans(source)
    if "furniture" not in source.meta:
        from rnkclaims.authoring.extract import detect_furniture

        skipped += [span for p in detect_furniture(text) for span in locate(text, p)]
    claimed = [(a, b) for _, a, b in claim_spans(source, ledger.claims)]
    titles = [span for t in (source.meta.get("title"),) if isinstance(t, str)
              for span in locate(text, t)]  # fmt: skip
    analysis = analyse(text)
    quoted = [(q.start, q.end) for q in analysis.long_quotes()]
    out = []
    for first, last, _ in analysis.sentences:
        start, end = _trim(text, first, last, skipped)
        sentence = text[start:end]
        line_start = text.rfind("\n", 0, start) + 1
        if not plain_statement(sentence) or asking_line(text, line_start):
            continue  # a label, a question (or a transcript's), or says what was not said
        if any(overlaps((start, end), span) for span in quoted):
            continue  # a quotation: extract's to draft
        if within(text, start, end, skipped) or within(text, start, end, titles):
            continue
        if any(overlaps((start, end), span) >= COVERED_SHARE * (end - start) for span in claimed):
            continue
        line_end = text.find("\n", end)
        line = (line_start, len(text) if line_end < 0 else line_end)
        caption = any(overlaps(line, span) > 0 for span in skipped)
        out.append((start, end, caption))
    return out


CONTINUED = True  # a sentence opening "In return," continues the claim before it
_CONTINUES = re.compile(r"(?i)^\W*in\s+(?:return|exchange|turn)\b")


def _continued(ledger: Ledger, source: Source, start: int) -> dict[str, Any] | None:
    """The claim or draft that the sentence at ``start`` continues: one ending just
    before it in its paragraph, of another speaker than the outlet, when the sentence
    opens with a connective that makes it the other half of that claim ("In return,
    Russia is helping ..." after "The US accuses North Korea of supplying Russia ...":
    the accusation's second half, the US's). None when it continues nothing."""
    text = source.text
    if not _CONTINUES.match(text[start : start + 40]):
        return None
    ends = [(b, cid) for cid, _, b in claim_spans(source, ledger.claims) if b <= start]
    if not ends:
        return None
    end, cid = max(ends)
    if text[end:start].strip() or "\n" in text[end:start]:
        return None  # not the sentence just before, in the same paragraph
    claim = next((c for c in ledger.claims if c.get("id") == cid), None)
    voices = {source.meta.get("outlet"), *(source.meta.get("agencies") or ())}
    if claim is None or claim.get("speaker") in voices or not claim.get("act"):
        return None
    return dict(claim)


def assertion_drafts(
    ledger: Ledger, source: Source, suggester: Suggester, taken: set[str]
) -> list[dict[str, Any]]:
    """The drafts of the outlet's own assertions in ``source`` that bear on a proposition
    the ledger codes (``suggester`` has learnt from the other sources' claims)."""
    from rnkclaims.authoring.ledger_edit import slugify, unique_id

    speaker = voice(ledger, source)
    if speaker is None:
        return []
    said = source.published
    drafts = []
    for start, end, caption in candidates(ledger, source):
        sentence = source.text[start:end]
        modal = MODAL.search(sentence)
        claim: dict[str, Any] = {
            "id": "",
            "speaker": speaker,
            "source": source.id,
            "mode": "reported",
            "excerpt": " ".join(sentence.split()),
            "act": "predicts" if modal else "asserts",
        }
        if modal:
            claim["hedge"] = modal.group(1)
            claim["certainty"] = _CERTAINTY[modal.group(1)]
        found = suggester.suggest(claim)
        if not found.propositions and not any(t.score >= MIN_TOPIC for t in found.topics):
            continue  # bears on nothing the ledger codes
        if said:
            claim["said"] = said
        claim["venue"] = (
            {"kind": "news-report", "description": "photo caption"} if caption else "news-report"
        )
        before = _continued(ledger, source, start) if CONTINUED else None
        if before is not None:
            claim["speaker"], claim["act"] = before["speaker"], before["act"]
            for key in ("said", "venue", "relay"):
                claim.pop(key, None)
                if before.get(key) is not None:
                    claim[key] = before[key]
        claim["draft"] = True
        words = " ".join(_WORD.findall(sentence)[:8])
        who = str(claim["speaker"])
        claim["id"] = unique_id(f"{slugify(who, 3)}-{slugify(words, 4)}", taken)
        taken.add(claim["id"])
        drafts.append(claim)
    return drafts


def plan_assertions(ledger: Ledger, source: Source, suggester: Suggester) -> Edit | None:
    """The checked append of ``source``'s assertion drafts (to the file that holds its
    drafts, else the main file), or None when there is none."""
    from rnkclaims.authoring.ledger_edit import plan_append, taken_ids
    from rnkclaims.authoring.maintain import drafts, file_of

    found = assertion_drafts(ledger, source, suggester, taken_ids(ledger))
    if not found:
        return None
    existing = drafts(ledger, source.id)
    target = file_of(ledger, existing[0]) if existing else None
    return plan_append(ledger.paths, {"claims": found}, target)
