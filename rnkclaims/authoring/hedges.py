"""A draft's hedge as the whole hedging phrase, and the date of words from a neighbour.

Codebook rule 7 copies the hedging words into ``hedge``, as a phrase: "We have reasons to
believe", "the recently identified possibility of", "they believe could", "hoped to".
Extract drafts the hedging word it finds ("reasons to believe", "possibility", "could")
or none when the hedge is a verb of belief in the reported clause. What ``suggest``
proposes for the hedge (``hedge_phrase``):

- a drafted hedge grown to its phrase: over the subject and "have" before it ("We
  have reasons to believe"), over a subject and a verb of belief just before a modal
  ("they believe could"), over a noun hedge's article and modifiers and the "of" after
  it ("the recently identified possibility of");
- for a draft without one, a frame of confidence or doubt with the modal of its clause,
  the words between elided ("expressed confidence that ... would not", codebook rule
  7's own example, graded doubtful by ``suggest.hedge_grade``); else a verb of belief,
  hope or suspicion with its auxiliary or its "to" ("has suspected", "hoped to",
  "expects to"), or an impersonal frame ("It is reasonable to assume"); not in a
  question, nor negated ("did not expect").

Codebook rule 8: words dating a statement from a neighbouring sentence are given with
their date. ``dated_words`` proposes the date for a drafted ``said`` whose expression is
not in the excerpt and that has none ("on Friday" from "Pak told TASS on Friday", in a
text of Friday 17 April 2015: 2015-04-17); ``occasion_after`` the date and relay of the
speaker's words just after an undated draft with no relay (review proposes them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rnkclaims.ledger import Ledger

_PRONOUN = r"(?:we|i|they|he|she|it|you)"
_BELIEF = r"(?:believes?|believed|thinks?|thought|fears?|feared|expects?|expected)"
_LEFT_HAVE = re.compile(rf"(?i)\b{_PRONOUN}\s+(?:have|has|had)\s+$")
_LEFT_BELIEF = re.compile(rf"(?i)\b{_PRONOUN}\s+{_BELIEF}\s+(?:that\s+)?$")
_MODALS = frozenset({"could", "may", "might", "would", "will", "can"})
_NOUN_HEDGES = r"(?:possibility|likelihood|prospect|chance|risk)"
_NOUN_PHRASE = re.compile(rf"(?i)\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_NOUN_HEDGES}\s+of\b")
_VERB_HEDGE = re.compile(
    r"(?i)\b(?:(?:has|have|had)\s+(?:long\s+|also\s+)?(?:suspected|believed|expected|hoped)"
    r"|(?:hopes?|hoped|expects?|expected)\s+to(?=\s+[a-z])"
    r"|it\s+is\s+(?:reasonable|fair|safe|likely)\s+to\s+(?:assume|believe|expect|say|think))\b"
)
# a frame of confidence or doubt over what a modal says will happen ("expressed
# confidence that Russia and North Korea would not use ..."): the frame and the modal
# (with its negation) are the hedge, the words between are elided
_FRAME = re.compile(
    r"(?i)\b(?:(?:expressed|voiced|stated|was|is|were|are|remained|remains)\s+)?"
    r"(?:confidence|confident|doubts?|doubtful)\s+that\b"
)
FRAMES = True  # propose a frame of confidence or doubt with its modal as the hedge
_FRAMED_MODAL = re.compile(r"(?i)\b(?:would|will|could|can|might|may)(?:\s+not|n't)?\b")
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:not|never|n't|no)\s+(?:\w+\s+)?$")


def _grown(excerpt: str, hedge: str) -> str | None:
    """The drafted ``hedge`` grown to its phrase in ``excerpt`` (None: as drafted)."""
    at = excerpt.find(hedge)
    if at < 0 or "..." in hedge:
        return None
    before, end = excerpt[:at], at + len(hedge)
    if hedge.split()[0].casefold() in ("reasons", "reason") and (m := _LEFT_HAVE.search(before)):
        return excerpt[m.start() : end]
    if hedge.casefold() in _MODALS and (m := _LEFT_BELIEF.search(before)):
        return excerpt[m.start() : end]
    if re.fullmatch(_NOUN_HEDGES, hedge, re.IGNORECASE):
        for m in _NOUN_PHRASE.finditer(excerpt):
            if m.start() <= at < m.end():
                return excerpt[m.start() : m.end()]
    return None


def _outside_quotes(excerpt: str, start: int) -> bool:
    return excerpt[:start].count('"') % 2 == 0 and excerpt[:start].count("\u201c") <= (
        excerpt[:start].count("\u201d")
    )


def _framed(excerpt: str) -> str | None:
    """A frame of confidence or doubt and the modal of its clause, as the codebook writes
    them ("expressed confidence that ... would not"), or None."""
    frame = _FRAME.search(excerpt)
    if frame is None or not _outside_quotes(excerpt, frame.start()):
        return None
    clause = re.split(r"[.;:!?]", excerpt[frame.end() :], maxsplit=1)[0]
    modal = _FRAMED_MODAL.search(clause)
    if modal is None:
        return None
    return f"{frame.group(0)} ... {modal.group(0)}"


def hedge_phrase(claim: Mapping[str, Any]) -> str | None:
    """The hedge proposed for ``claim`` (None: nothing to propose); see the module's
    description."""
    excerpt = " ".join(str(claim.get("excerpt") or "").split())
    hedge = claim.get("hedge")
    if isinstance(hedge, str):
        grown = _grown(excerpt, hedge)
        return grown if grown and grown != hedge else None
    if excerpt.rstrip().endswith("?"):
        return None
    if FRAMES and (framed := _framed(excerpt)) is not None:
        return framed
    for m in _VERB_HEDGE.finditer(excerpt):
        if _NEGATED_BEFORE.search(excerpt[: m.start()]):
            continue
        if m.group(0).casefold().startswith("it is") or _outside_quotes(excerpt, m.start()):
            return m.group(0)
    return None


def dated_words(ledger: Ledger, claim: Mapping[str, Any]) -> dict[str, Any] | None:
    """``said`` with the date of its words when they come from a neighbouring sentence
    (not in the excerpt) and the draft gives no date (None: nothing to propose)."""
    from rnkclaims.dates import DateError, PartialDate, parse_date, resolve_relative

    said = claim.get("said")
    if not isinstance(said, Mapping) or said.get("date") or not said.get("expression"):
        return None
    expression = str(said["expression"])
    if expression.casefold() in " ".join(str(claim.get("excerpt") or "").split()).casefold():
        return None
    source = ledger.sources.get(str(claim.get("source")))
    if source is None:
        return None
    try:
        when: PartialDate = parse_date(str(source.published))
        resolved = resolve_relative(expression, when)
    except (DateError, ValueError, TypeError):
        return None
    if resolved.earliest != resolved.latest:
        return None
    return {"date": str(resolved.earliest), **{k: v for k, v in said.items() if k != "date"}}


def occasion_after(ledger: Ledger, claim: Mapping[str, Any]) -> dict[str, Any]:
    """The date and relay of the speaker's words just after ``claim``, for a draft that
    has neither (rule 8: a date from a neighbouring sentence, with its words): "Frank A.
    Rose ... expressed confidence that ..." then, with nothing between, "'It is
    reasonable to assume ...,' Rose told TASS at the annual Space Symposium ...,
    Thursday": the same remarks, to TASS, on Thursday (2015-04-16 in a text of Friday
    17 April 2015). Only a claim or draft of the same speaker that starts where this
    one ends (the next sentence or paragraph) and whose date has its own words counts;
    empty when there is none."""
    from rnkclaims.spans import claim_spans

    said = claim.get("said")
    if claim.get("relay") or (said is not None and said != "unknown"):
        return {}
    source = ledger.sources.get(str(claim.get("source")))
    if source is None:
        return {}
    spans = claim_spans(source, ledger.claims)
    mine = [b for cid, _, b in spans if cid == claim.get("id")]
    if not mine:
        return {}
    end = max(mine)
    after = sorted((a, cid) for cid, a, _ in spans if a >= end and cid != claim.get("id"))
    if not after or source.text[end : after[0][0]].strip():
        return {}
    nxt = next((c for c in ledger.claims if c.get("id") == after[0][1]), None)
    if nxt is None or nxt.get("speaker") != claim.get("speaker"):
        return {}
    theirs = nxt.get("said")
    if not isinstance(theirs, Mapping) or not theirs.get("expression"):
        return {}
    out: dict[str, Any] = {"said": {"expression": str(theirs["expression"])}}
    if theirs.get("date"):
        out["said"] = {"date": str(theirs["date"]), **out["said"]}
    else:
        dated = dated_words(ledger, {**claim, "said": out["said"], "excerpt": ""})
        if dated is not None:
            out["said"] = {"date": dated["date"], **out["said"]}
    if nxt.get("relay"):
        out["relay"] = nxt["relay"]
    return out
