"""Drafting, on a reviewer's word, a passage that no draft covers.

``extract`` drafts what it can attribute, and ``suggest --assertions`` the outlet's own
sentences that bear on the ledger; the rest a reviewer would otherwise type in full with
``add``. ``review`` offers them instead (``offers``), in text order:

- each sentence holding a passage ``extract`` skipped, with extract's reason (``extract
  --explain``): a speech verb or quotation for which no speaker was found, a short
  quoted term ("the "malicious" collusion") in a sentence no speech verb attributes;
- each sentence of the outlet's own that ``suggest --assertions`` left out because it
  bears on nothing coded yet, photo captions included (``assertions.candidates``).

A sentence a claim or draft already covers is not offered; the same sentence can still
be drafted again for another voice from a draft's id (the outlet's own statement in a
sentence that reports someone's vow: "North Korea has vowed to launch ... after two
failed attempts in May and August").

Drafting a passage (``passage_claim``) proposes every field extract and the suggester
can: the excerpt is the sentence; the speaker is the last speaker before it when extract
found speech there without a speaker (a sentence that continues the report before it),
with that claim's date, venue and relay, else the outlet's voice (``assertions.voice``)
dated to the publication, ``news-report`` (a photo caption says so); the act asserts, or
predicts with a modal as hedge; then the suggested propositions, topics and certainty and
what the text proposes for its own fields (``suggest.with_proposals``), stored under
``suggested`` as for any draft. A sentence that continues a decided claim and whose
words give no proposition (topic) is suggested that claim's links (topics); a sentence
drafted again for another voice leaves the links the first voice's decided claim took
to it. Nothing here writes: ``review`` applies a ``draft``
decision like an ``accept``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rnkclaims.errors import UsageError
from rnkclaims.ledger import Ledger, Source
from rnkclaims.spans import claim_spans, locate, overlaps, skipped_spans

if TYPE_CHECKING:
    from rnkclaims.authoring.suggest import Suggester, Suggestion

COVERED_SHARE = 0.5  # a sentence this much inside a claim's excerpt is covered
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_LABEL = re.compile(
    r"(?i)^\s*(?:view larger image|(?:file\s+)?photo|image|caption)\b\s*[:\-\u2014]?\s*"
)
"""The label a caption line may start with ("view larger image Choi Byung-ok ...")."""
_CREDITS = re.compile(r"(?:\s*\([^()]{1,60}\))+\s*$")
"""The credits in brackets a caption line ends on ("(PHOTO NOT FOR SALE) (Yonhap)")."""


@dataclass(frozen=True, slots=True)
class Offer:
    """A sentence a reviewer may draft: ``start``..``end`` in the source text."""

    start: int
    end: int
    text: str
    reason: str
    continues: bool = False  # speech without a speaker: the last speaker's, continued
    term: bool = False  # extract took its quoted words for a term, not a quotation
    caption: bool = False  # on a line with a photo caption's furniture
    again: str = ""  # the claim or draft whose sentence this drafts again, for another voice

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


def _sentences(source: Source) -> list[tuple[int, int]]:
    from rnkclaims.authoring.extract import analyse

    return [(a, b) for a, b, _ in analyse(source.text).sentences]


def _trimmed(source: Source, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``..``end``, without furniture at its ends."""
    from rnkclaims.authoring.assertions import _trim

    for a, b in _sentences(source):
        if a <= start < b or (start <= a < end):
            start, end = min(start, a), max(end, b)
    skipped = skipped_spans(source)
    if "furniture" not in source.meta:
        from rnkclaims.authoring.extract import detect_furniture

        skipped += [span for p in detect_furniture(source.text) for span in locate(source.text, p)]
    return _trim(source.text, start, end, skipped)


def captions(source: Source) -> list[tuple[int, int]]:
    """The spans of the photo captions among the source's furniture: a furniture line
    that ends on a credit in brackets and, without its label and credits, is a sentence
    of ``assertions.MIN_WORDS`` words or more (a caption that dates an event is coded)."""
    from rnkclaims.authoring.assertions import MIN_WORDS

    text = source.text
    passages = [p for p in source.meta.get("furniture") or () if isinstance(p, str)]
    if "furniture" not in source.meta:
        from rnkclaims.authoring.extract import detect_furniture

        passages = detect_furniture(text)
    out = []
    for passage in passages:
        credits = _CREDITS.search(passage)
        if credits is None:
            continue
        label = _LABEL.match(passage)
        body = passage[label.end() if label else 0 : credits.start()].strip()
        if not body.endswith((".", "!", "?")) or len(_WORD.findall(body)) < MIN_WORDS:
            continue
        out += locate(text, body)[:1]
    return out


def _covered(spans: Sequence[tuple[str, int, int]], start: int, end: int) -> bool:
    return any(overlaps((start, end), (a, b)) >= COVERED_SHARE * (end - start) for _, a, b in spans)


def offers(ledger: Ledger, source: Source) -> list[Offer]:
    """The sentences of ``source`` a reviewer may draft, in text order (see the module's
    description)."""
    from rnkclaims.authoring.assertions import candidates
    from rnkclaims.authoring.extract import extract

    spans = claim_spans(source, ledger.claims)
    found: dict[tuple[int, int], Offer] = {}
    for item in extract(ledger, source).skipped:
        start, end = _trimmed(source, item.start, item.end)
        if end <= start or _covered(spans, start, end) or (start, end) in found:
            continue
        text = " ".join(source.text[start:end].split())
        reason = f"skipped {item.kind}: {item.reason}"
        found[(start, end)] = Offer(start, end, text, reason, True, item.kind == "term")
    for start, end in captions(source):
        if _covered(spans, start, end) or any(overlaps((start, end), s) for s in found):
            continue
        text = " ".join(source.text[start:end].split())
        found[(start, end)] = Offer(start, end, text, "a photo caption", caption=True)
    for start, end, caption in candidates(ledger, source):
        if any(overlaps((start, end), span) for span in found):
            continue
        text = " ".join(source.text[start:end].split())
        reason = "a photo caption" if caption else "the outlet's own sentence"
        found[(start, end)] = Offer(start, end, text, reason, caption=caption)
    return [found[k] for k in sorted(found)]


def resolve(ledger: Ledger, source: Source, passage: Any, offered: Sequence[Offer]) -> Offer:
    """The passage a ``draft`` decision names: its number in ``offered`` (1-based), the
    id of a claim or draft of the source (its sentence, for another voice), or the
    sentence's own words."""
    if isinstance(passage, bool) or passage is None:
        raise UsageError(f"passage {passage!r} is not valid", "give a number, a claim id or text")
    if isinstance(passage, int):
        if not 1 <= passage <= len(offered):
            raise UsageError(
                f"{source.id} has no offered passage {passage}",
                f"it has {len(offered)} (rnkclaims review {source.id} --export lists them)",
            )
        return offered[passage - 1]
    text = str(passage)
    claim = next((c for c in ledger.claims if c.get("id") == text), None)
    if claim is not None:
        if claim.get("source") != source.id:
            raise UsageError(f"claim '{text}' is not of source {source.id}")
        spans = [(a, b) for _, a, b in claim_spans(source, [claim])]
        if not spans:
            raise UsageError(f"claim '{text}': its excerpt is not found in {source.id}")
        start, end = _trimmed(source, min(a for a, _ in spans), max(b for _, b in spans))
        sentence = " ".join(source.text[start:end].split())
        return Offer(start, end, sentence, f"the sentence of {text}, for another voice", again=text)
    where = locate(source.text, text)
    if not where:
        raise UsageError(
            f"passage '{text[:60]}' is not found in {source.id}",
            "give words of the source verbatim, a claim id or an offered number",
        )
    start, end = where[0]
    for offer in offered:
        if offer.start <= start and end <= offer.end:
            return offer
    return Offer(start, end, " ".join(text.split()), "given words")


def _last_claim(ledger: Ledger, source: Source, start: int) -> Mapping[str, Any] | None:
    """The claim or draft of ``source`` whose excerpt ends nearest before ``start``."""
    ends: dict[str, int] = {}
    for cid, _, b in claim_spans(source, ledger.claims):
        if b <= start:
            ends[cid] = max(ends.get(cid, 0), b)
    if not ends:
        return None
    best = max(ends, key=lambda cid: ends[cid])
    return next((c for c in ledger.claims if c.get("id") == best), None)


CONTINUED_LINKS = True  # a continued report whose words give none takes the links before


def _continued(suggestion: Suggestion, before: Mapping[str, Any]) -> None:
    """A sentence that continues the report of the decided claim ``before`` and whose own
    words give no proposition (no topic) is suggested that claim's links (topics), first
    (not a value question's answer, which is that sentence's):
    "The latest tests are essential for improving the military's strategic offensive
    capabilities" after KCNA's report of the engine tests bears on what that report does."""
    from rnkclaims.authoring.suggest import Bearing, TopicHint

    why = f"continues {before.get('id')}"
    if not suggestion.propositions:
        suggestion.propositions = [
            Bearing(str(b["proposition"]), str(b["stance"]), CONTINUED_SCORE, why)
            for b in before.get("propositions") or ()
            if isinstance(b, Mapping) and b.get("stance") and b.get("value") is None
        ]
    if not suggestion.topics:
        suggestion.topics = [
            TopicHint(str(t), CONTINUED_SCORE, why) for t in before.get("topics") or ()
        ]


def _other_voice(
    ledger: Ledger,
    suggestion: Suggestion,
    again: str,
    speaker: str,
    decided: Mapping[str, Mapping[str, Any]],
) -> None:
    """A sentence drafted again for another voice does not bear on what the first
    voice's decided claim links: "North Korea has vowed to launch a military spy
    satellite next month after two failed attempts in May and August" is North Korea's
    vow (the next launch) and the outlet's account of the failures (rule 4: one claim
    each, each its own words). When the first suggestion left scores under the least a
    first suggestion of a proposition no claim links yet needs (``MIN_FIRST_FRESH``),
    none is left."""
    other = next((c for c in ledger.claims if c.get("id") == again), None)
    if other is None:
        return
    other = {**other, **decided.get(again, {})}
    if (other.get("draft") is True and again not in decided) or other.get("speaker") == speaker:
        return
    theirs = {
        (str(b.get("proposition")), str(b.get("stance")))
        for b in other.get("propositions") or ()
        if isinstance(b, Mapping)
    }
    from rnkclaims.authoring.suggest import MIN_FIRST_FRESH

    left = [b for b in suggestion.propositions if (b.proposition, b.stance) not in theirs]
    if left != suggestion.propositions and left and left[0].score < MIN_FIRST_FRESH:
        left = []  # what is left is weak: as the suggester, nothing rather than a guess
    suggestion.propositions = left


OTHER_VOICE_LINKS = True  # a sentence drafted again leaves the first voice's links to it
CONTINUED_SCORE = 70  # the score of a continued claim's links: ticked as a first suggestion is


def passage_claim(
    ledger: Ledger,
    source: Source,
    offer: Offer,
    suggester: Suggester,
    taken: set[str],
    cid: str | None = None,
    decided: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """A draft of ``offer`` with every field proposed (see the module's description),
    the suggestions under ``suggested``; its id is ``cid`` or a new one not in ``taken``.
    ``decided`` holds the fields of claims as a review has just decided them (by id): a
    continued claim's speaker, date, venue and relay are taken as decided."""
    from rnkclaims.authoring.assertions import _CERTAINTY, voice
    from rnkclaims.authoring.extract.venue import MODAL
    from rnkclaims.authoring.ledger_edit import slugify, unique_id
    from rnkclaims.authoring.suggest import with_proposals

    before = _last_claim(ledger, source, offer.start) if offer.continues else None
    if before is not None and decided and str(before.get("id")) in decided:
        before = {**before, **decided[str(before.get("id"))]}
    speaker = before.get("speaker") if before is not None else voice(ledger, source)
    if not isinstance(speaker, str):
        raise UsageError(
            f"{source.id}: no speaker to propose for '{offer.text[:60]}'",
            "give the source an outlet",
        )
    modal = MODAL.search(offer.text)
    claim: dict[str, Any] = {
        "id": "",
        "speaker": speaker,
        "source": source.id,
        "mode": "reported",
        "excerpt": offer.text,
        "act": "predicts" if modal else "asserts",
    }
    if modal:
        claim["hedge"] = modal.group(1)
        claim["certainty"] = _CERTAINTY[modal.group(1)]
    if before is not None:
        for key in ("said", "venue", "relay"):
            if before.get(key) is not None:
                claim[key] = before[key]
        said = claim.get("said")
        if isinstance(said, Mapping) and said.get("date"):
            claim["said"] = str(said["date"])  # the date, not the other sentence's words
    else:
        said = source.published
        if said:
            claim["said"] = said
        claim["venue"] = (
            {"kind": "news-report", "description": "photo caption"}
            if offer.caption
            else "news-report"
        )
    words = " ".join(_WORD.findall(offer.text)[:8])
    claim["id"] = cid or unique_id(f"{slugify(speaker, 3)}-{slugify(words, 4)}", taken)
    claim["draft"] = True
    suggestion = with_proposals(ledger, claim, suggester.suggest(claim))
    if before is not None and CONTINUED_LINKS:
        settled = before.get("draft") is not True or str(before.get("id")) in (decided or {})
        if settled:
            _continued(suggestion, before)
    if offer.again and OTHER_VOICE_LINKS:
        _other_voice(ledger, suggestion, offer.again, speaker, decided or {})
    if offer.term:  # extract's own reading: a term in scare quotes, not a quotation
        suggestion.fields = {
            k: v for k, v in suggestion.fields.items() if k not in ("mode", "quote")
        }
    if suggestion:
        claim["suggested"] = suggestion.as_dict()
    return claim
