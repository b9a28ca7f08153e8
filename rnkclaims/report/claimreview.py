"""schema.org JSON-LD for claims: the ``Claim`` type that fact-checkers' ``ClaimReview``
reviews, without the review.

Pure functions over the records the query commands return (``docs/json-output.md``):
claim records, contradiction groups, denials. The mapping (documented in
``docs/report.md``):

- a claim record is a ``Claim``; its ``identifier`` is the claim id, its ``text`` the
  speaker's quote (else the excerpt that carries the claim);
- ``author``: the speaker, a ``Person`` (with ``jobTitle`` for the role held, and
  ``worksFor`` the body spoken for) or an ``Organization`` (a ``GovernmentOrganization``
  for a government); which one comes from the actors' ``kind`` when given, else from
  whether the claim names a role;
- ``datePublished``: when the claim was said, as precisely as known (ISO 8601 allows
  ``2023`` and ``2023-09``); left out when undated;
- ``appearance``: the archived article (``NewsArticle``: headline, url, date,
  publisher);
- ``firstAppearance``: the same article when the outlet heard the speaker itself (no
  relay); when the claim was relayed, the work of the first outlet in the relay chain,
  which has a publisher but no known URL;
- ``about``: the propositions the claim bears on; ``description`` says, in words, which
  it supports and which it opposes.

Deliberately not expressed: no ``ClaimReview`` and no ``reviewRating``. A stance is the
polarity of what a speaker asserted, not a verdict on whether it is true, and rnkclaims
rates no claim. Hedges, certainty and the relay's intermediaries other than the first
outlet are left out too: schema.org has no property for them on ``Claim``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Record = Mapping[str, Any]
CONTEXT = "https://schema.org"

_ORGANISATION_KINDS = {"government": "GovernmentOrganization"}
_PERSON_KINDS = {"person"}


def _author(rec: Record, kinds: Mapping[str, str]) -> dict[str, Any]:
    kind = kinds.get(rec["speaker_id"])
    person = kind in _PERSON_KINDS if kind is not None else bool(rec.get("role"))
    author: dict[str, Any] = {
        "@type": "Person" if person else _ORGANISATION_KINDS.get(kind or "", "Organization"),
        "name": rec["speaker"],
        "identifier": rec["speaker_id"],
    }
    if person:
        if rec.get("role"):
            author["jobTitle"] = rec["role"]
        if rec.get("voice_id") and rec["voice_id"] != rec["speaker_id"]:
            voice_kind = kinds.get(rec["voice_id"], "government")
            author["worksFor"] = {
                "@type": _ORGANISATION_KINDS.get(voice_kind, "Organization"),
                "name": rec.get("voice") or rec["voice_id"],
                "identifier": rec["voice_id"],
            }
    return author


def _article(rec: Record, urls: Mapping[str, str | None]) -> dict[str, Any]:
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "identifier": rec["source_id"],
        "headline": rec.get("source_title") or rec["source_id"],
    }
    url = urls.get(rec["source_id"])
    if url:
        article["url"] = url
    if rec.get("published"):
        article["datePublished"] = rec["published"]
    if rec.get("outlet_id"):
        article["publisher"] = {
            "@type": "Organization",
            "name": rec.get("outlet") or rec["outlet_id"],
            "identifier": rec["outlet_id"],
        }
    return article


def _description(rec: Record) -> str | None:
    parts = []
    for stance, words in (("supports", "Supports"), ("opposes", "Opposes")):
        texts = [
            f"“{b['proposition']}”" + (f" (value: {b['value']})" if b.get("value") else "")
            for b in rec.get("propositions") or ()
            if b["stance"] == stance
        ]
        if texts:
            parts.append(f"{words}: " + "; ".join(texts))
    if not parts:
        return None
    return (
        f"{rec['speaker']} {rec['act']}. " + ". ".join(parts) + ". A stance, not a rating of truth."
    )


def claim(
    rec: Record,
    urls: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One claim record as a schema.org ``Claim`` (without ``@context``).

    ``urls``: source id -> URL (the ``sources`` command's records); ``kinds``: actor id
    -> kind (the ``actors`` command's); both optional.
    """
    urls = urls or {}
    kinds = kinds or {}
    out: dict[str, Any] = {
        "@type": "Claim",
        "identifier": rec["id"],
        "text": rec.get("quote") or rec["excerpt"],
        "author": _author(rec, kinds),
    }
    if rec.get("said"):
        out["datePublished"] = rec["said"]
    article = _article(rec, urls)
    out["appearance"] = article
    relay = [h for h in rec.get("relay") or () if h.get("via_id") != rec.get("outlet_id")]
    if not relay:
        out["firstAppearance"] = article
    else:
        first = relay[0]
        out["firstAppearance"] = {
            "@type": "CreativeWork",
            "publisher": {
                "@type": "Organization",
                "name": first.get("via") or first["via_id"],
                "identifier": first["via_id"],
            },
        }
    if rec.get("propositions"):
        out["about"] = [
            {"@type": "Thing", "identifier": b["proposition_id"], "name": b["proposition"]}
            for b in rec["propositions"]
        ]
    description = _description(rec)
    if description:
        out["description"] = description
    return out


def document(
    records: Iterable[Record],
    urls: Mapping[str, str | None] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Claim records as one JSON-LD document: ``{"@context", "@graph": [Claim, ...]}``;
    a claim that appears twice (in two contradiction groups) is written once."""
    seen: dict[str, dict[str, Any]] = {}
    for rec in records:
        if rec["id"] not in seen:
            seen[rec["id"]] = claim(rec, urls, kinds)
    return {"@context": CONTEXT, "@graph": list(seen.values())}


def from_claims(records: Sequence[Record], **lookups: Any) -> dict[str, Any]:
    """``claims``, ``timeline``, ``who-said`` and ``denials`` records."""
    return document(records, **lookups)


def from_contradictions(groups: Sequence[Record], **lookups: Any) -> dict[str, Any]:
    """``contradictions`` groups: the claims of every group."""
    return document((c for g in groups for c in g["claims"]), **lookups)
