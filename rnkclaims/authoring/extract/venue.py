"""Where, when and how sure: a draft's venue, date and hedge, from wire-copy patterns.

Each rule reads the draft's own excerpt and the ledger's records, in the form the
codebook (data/README.md) codes them; none is learnt from a source's coding.

Venue (``read_venue``), one reader for ``extract``, which drafts it, and ``review``,
which proposes it for a draft that has none:

- the phrase that names the occasion: "in a joint press conference with X in Seoul" is
  ``{kind: press-conference, description: joint press conference with X, place: Seoul}``;
  "at a news conference", "told reporters" (a briefing), "in a statement" or "in a
  written statement" (a written statement), "in a release" (a press release), "in an
  interview with X", "on state TV", "in a speech", "at the UN Security Council" (a
  meeting, in New York), a hearing or session of the Senate, the House or Congress or
  of one of their committees (in Washington);
- else a word that names the kind anywhere in the sentence ("interview", "hearing",
  "briefing", "on Telegram": social media);
- an interview given to a medium (a relay hop ``how: interview``): "interview with
  TASS", named as the text names it ("told TASS") or as the ledger does;
- a speaker that is an outlet reports (``news-report``); state media,
  ``state-media-report``.

Date (``said_for``): a draft with no date at all is ``unknown`` (a standing position,
"Russian officials said ..."), which is what the codebook codes when the text gives no
occasion, and the reviewer gives the date where there is one; the publishing outlet's
own assertions ("As Ukrinform reported earlier, ...") are dated to the publication.

Hedge (``hedge_for``): "May" in "on May 9" or "in May and August" is the month, not a
hedge: the proposal removes it (and ``suggest`` grades certainty without it).

Quoted words (``quoted_for``): a reported draft whose excerpt quotes a phrase of the
speaker's ("the allies improved their "unified understanding" on ...") is a quote with
that phrase as ``quote`` (codebook rule 5); the publishing outlet's own sentences keep
scare quotes reported.

The publishing outlet's own sentences (``_own``) carry no relay (codebook rule 9), and
a modal one ("Moscow could agree to ...") ``predicts``, hedged by the modal.

Value (``date_value``): a ticked proposition that asks for a date ("On what date did Kim
visit Moscow?") gets the first date the excerpt gives, resolved against the
publication date as an event's date: "last Wednesday", "this year", "next month", and
a day without a year in the year that puts it nearest the publication ("on May 9" in
a text of 17 April 2015 is 2015-05-09, ahead).

``proposed_fields`` gathers these proposals for a draft; ``suggest --write`` stores them
under the draft's ``suggested`` (``suggest.with_proposals``), so a proposed value is
never taken for a reviewed one, and ``review`` shows them and takes them on accept
unless edited.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from rnkclaims.dates import MONTH_MAY, DateError, PartialDate, parse_date
from rnkclaims.ledger import Ledger

_KINDS = (
    (re.compile(r"(?:press|news) conference|press appearance", re.I), "press-conference"),
    (re.compile(r"briefing", re.I), "briefing"),
    (re.compile(r"interview", re.I), "interview"),
    (
        re.compile(r"hearing|session of the (?:senate|house)|subcommittee|committee", re.I),
        "hearing",
    ),
    (re.compile(r"statement|testimony", re.I), "written-statement"),
    (re.compile(r"release|communiqu", re.I), "press-release"),
    (re.compile(r"speech|address", re.I), "speech"),
    (re.compile(r"security council|meeting|summit|talks", re.I), "meeting"),
)
# a date after "on" or a stop: "a statement on Friday" is no statement's description
_WHEN = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec)\.|\d|today|tonight|yesterday)\b"
)
# "in/at/during a <occasion> [with/to/of ...] [in <Place>]", up to the clause's end
_OCCASION = re.compile(
    r"\b(?i:in|at|during|on)\s+(?i:a|an|the|their|his|her|its)?\s*"
    r"(?P<what>(?:(?:joint|regular|daily|weekly|separate|televised|written|annual)\s+)*"
    r"(?:press conference|news conference|press appearance|briefing|interview|hearing|"
    r"speech|address|written statement|statement|release|meeting|summit|talks|testimony|"
    r"session)"
    r"(?:\s+(?:with|to|before|of|at|on)\s+(?!" + _WHEN + r")"
    r"(?:[^,;:.\"\u201c\u201d]|\.(?=\w))+?)?)"
    r"(?:\s+in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"(?=\s*[,;:.\"\u201c\u201d]|\s*$|\s+(?:on\s+" + _WHEN + r"|(?:last|this|that|when|where|"
    r"after|before|which|who|published|released|aired|broadcast|carried)\b))"
)
# a word that names the kind anywhere in the sentence, when no phrase names the occasion
_WORDS: tuple[tuple[str, str], ...] = (
    ("press conference", "press-conference"), ("news conference", "press-conference"),
    ("written statement", "written-statement"), ("press release", "press-release"),
    ("in a release", "press-release"), ("interview", "interview"),
    ("subcommittee", "hearing"), ("hearing", "hearing"), ("briefing", "briefing"),
    ("in a speech", "speech"), ("telegram", "social-media"), ("on x", "social-media"),
    ("social media", "social-media"), ("in a statement", "written-statement"),
)  # fmt: skip
_INTERVIEWER = re.compile(
    r"\b(?:told|interview\s+with)\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
MODAL = re.compile(r"\b(could|may|might)\b")
"""A modal that makes the outlet's own sentence a hedged forecast."""
_REPORTERS = re.compile(r"\btold (?:reporters|journalists|a news briefing)\b", re.I)
_SOCIAL = re.compile(r"\b(?:Telegram|social media|on X)\b")
_QUOTED_WORDS = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
"""Quoted words: what was said, not where (a quote may name an occasion to come)."""
_STATE_TV = re.compile(r"\bon state (?:TV|television|radio)\b", re.I)
_UNSC = re.compile(r"\b(?:at|to|before) the (?:UN|U\.N\.|United Nations) Security Council\b")
_CONGRESS = re.compile(r"\b(?:Senate|House|Congress(?:ional)?)\b")


def _kind_of(phrase: str) -> str | None:
    return next((kind for pattern, kind in _KINDS if pattern.search(phrase)), None)


def _kind(venue: Any) -> Any:
    return venue.get("kind") if isinstance(venue, Mapping) else venue


def _from_text(excerpt: str) -> str | dict[str, str] | None:
    if _UNSC.search(excerpt):
        return {"kind": "meeting", "description": "UN Security Council", "place": "New York"}
    if _REPORTERS.search(excerpt):
        return "briefing"
    if _SOCIAL.search(excerpt):
        return "social-media"
    found = _OCCASION.search(excerpt)
    if found is None:
        return (
            {"kind": "other", "description": "state television"}
            if _STATE_TV.search(excerpt)
            else None
        )
    what = " ".join(found.group("what").split())
    kind = _kind_of(what)
    if kind is None:
        return None
    place = found.group("place")
    if place is None and kind == "hearing" and _CONGRESS.search(excerpt):
        place = "Washington"
    qualified = re.search(r"\s(?:with|to|before|of|at|on)\s", what)
    if not qualified and place is None:
        return kind
    out = {"kind": kind}
    if qualified:
        out["description"] = what
    if place:
        out["place"] = place
    return out


_MEDIA = {"state-media": "state-media-report", "outlet": "news-report"}


def _from_words(sentence: str) -> str | None:
    lowered = sentence.lower()
    for needle, kind in _WORDS:
        if re.search(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])", lowered):
            return kind
    return None


def read_venue(
    sentence: str, *, interview: str | None = None, speaker_kind: str | None = None
) -> str | dict[str, str] | None:
    """The venue ``sentence`` gives a statement (see the module's text), or None.

    ``interview`` is the medium the statement came through by interview, by name ("" when
    the name is not known: the text's "told X" names it); ``speaker_kind`` the speaker's
    kind, for an outlet's or state media's own report."""
    sentence = _QUOTED_WORDS.sub(" ", sentence)
    if speaker_kind in _MEDIA:
        # a medium's own report: the occasion it names is what it reports on
        return _from_words(sentence) or _MEDIA[speaker_kind]
    found = _from_text(sentence) or _from_words(sentence)
    if found is None and interview is not None:
        # "Pak told TASS": an interview with the medium, named as the text names it
        told = _INTERVIEWER.search(sentence)
        name = told.group(1) if told else interview
        return (
            {"kind": "interview", "description": f"interview with {name}"} if name else "interview"
        )
    return found


def _record(ledger: Ledger, rid: Any) -> tuple[str, Mapping[str, Any]] | None:
    for section in ("outlets", "actors"):
        for record in ledger.sections.get(section, ()):
            if record.get("id") == rid:
                return section, record
    return None


def venue_for(ledger: Ledger, claim: Mapping[str, Any]) -> str | dict[str, str] | None:
    """For a draft with no venue, the one its excerpt, relay and speaker give, or None."""
    if claim.get("venue") is not None:
        return None  # extract drafted it with the same reader
    interview = None
    for hop in claim.get("relay") or ():
        if isinstance(hop, Mapping) and hop.get("how") == "interview":
            named = _record(ledger, hop.get("via"))
            interview = str(named[1].get("name") if named else hop.get("via") or "")
            break
    named = _record(ledger, claim.get("speaker"))
    kind = None
    if named is not None:
        section, record = named
        kind = "outlet" if section == "outlets" else record.get("kind")
    return read_venue(str(claim.get("excerpt") or ""), interview=interview, speaker_kind=kind)


def said_for(ledger: Ledger, claim: Mapping[str, Any]) -> str | None:
    """For a draft with no date at all: the publication date when the publishing outlet
    speaks (its own assertions), else ``unknown``."""
    if claim.get("said") is not None:
        return None
    source = ledger.sources.get(str(claim.get("source")))
    if (
        source is not None
        and claim.get("speaker") == source.meta.get("outlet")
        and source.published is not None
    ):
        return source.published
    return "unknown"


def hedge_for(claim: Mapping[str, Any]) -> bool:
    """Whether the drafted hedge is no hedge: the month May."""
    return claim.get("hedge") == "May" and bool(MONTH_MAY.search(str(claim.get("excerpt") or "")))


_NEXT = r"next\s+(?:month|year)"


def _event_date(expression: str, published: PartialDate) -> str | None:
    from rnkclaims.dates import resolve_expression

    text = " ".join(expression.lower().split())
    if text.startswith("next"):
        if text.endswith("year"):
            return str(published.year + 1)
        if published.month is None:
            return None
        year, month = divmod(published.year * 12 + published.month, 12)
        return f"{year}-{month + 1:02d}"
    try:
        resolved = resolve_expression(expression, published)
    except DateError:
        return None
    value = resolved.value
    if value.day is not None and not re.search(r"\d{4}", expression):
        # a day without a year: the nearest to the publication, ahead or behind
        near = min(
            (dt.date(value.year + k, value.month or 1, value.day) for k in (0, 1)),
            key=lambda d: abs((d - published.earliest).days),
        )
        return near.isoformat()
    return str(value)


def date_value(ledger: Ledger, claim: Mapping[str, Any]) -> str | None:
    """The first date the excerpt gives, as an event's date (see the module's text)."""
    from rnkclaims.authoring.extract.dating import DATE_EXPR

    source = ledger.sources.get(str(claim.get("source")))
    value = source.published if source is not None else None
    try:
        when = parse_date(value)
    except DateError:
        return None
    pattern = re.compile(r"(?<![\w-])(?:" + _NEXT + "|" + DATE_EXPR + r")(?![\w-])", re.I)
    for found in pattern.finditer(str(claim.get("excerpt") or "")):
        got = _event_date(found.group(0), when)
        if got is not None:
            return got
    return None


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")


def quoted_for(ledger: Ledger, claim: Mapping[str, Any]) -> str | None:
    """The phrase a reported draft quotes of its speaker, or None."""
    if claim.get("mode") != "reported" or claim.get("quote"):
        return None
    source = ledger.sources.get(str(claim.get("source")))
    if source is not None and claim.get("speaker") in (
        source.meta.get("outlet"),
        *(source.meta.get("agencies") or ()),
    ):
        return None  # the outlet's own words: scare quotes
    found = _QUOTED.findall(str(claim.get("excerpt") or ""))
    return found[0].strip() if len(found) == 1 and found[0].strip() else None


def proposed_fields(ledger: Ledger, claim: Mapping[str, Any]) -> dict[str, Any]:
    """What review proposes for a draft's venue, date, hedge and quoted words (None:
    remove the field)."""
    out: dict[str, Any] = {}
    quoted = quoted_for(ledger, claim)
    if quoted is not None:
        out["mode"], out["quote"] = "quote", quoted
    venue = venue_for(ledger, claim)
    if venue is not None:
        out["venue"] = venue
    said = said_for(ledger, claim)
    if said is not None:
        out["said"] = said
    if hedge_for(claim):
        out["hedge"] = None
    out.update(_own(ledger, claim))
    return out


def _own(ledger: Ledger, claim: Mapping[str, Any]) -> dict[str, Any]:
    """The publishing outlet's own sentence: no relay (codebook rule 9), and a modal one
    ("Moscow could agree to ...") predicts, hedged."""
    source = ledger.sources.get(str(claim.get("source")))
    if source is None or claim.get("speaker") != source.meta.get("outlet"):
        return {}
    out: dict[str, Any] = {}
    if claim.get("relay"):
        out["relay"] = None
    modal = MODAL.search(str(claim.get("excerpt") or ""))
    if modal and claim.get("act") in ("asserts", "reports"):
        out["act"] = "predicts"
        if not claim.get("hedge"):
            out["hedge"], out["certainty"] = modal.group(1), "possible"
    return out
