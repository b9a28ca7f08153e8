"""Claims: each claim's references, date, role, voice, relay, bearings and text."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context, clip
from rnkclaims.check.dates import check_said
from rnkclaims.check.excerpts import check_quote_mode, check_text
from rnkclaims.check.propositions import check_bearings
from rnkclaims.check.references import ref, refs
from rnkclaims.check.relays import check_relay
from rnkclaims.check.roles import role_at
from rnkclaims.ledger import Ledger, Source
from rnkclaims.ledger.yamlread import Document
from rnkclaims.model import ENTITIES
from rnkclaims.problems import register

CODES = register(
    {
        "draft-claim": (
            "warning",
            "A claim is still marked as a draft; review it and drop draft.",
        ),
        "suggestion-pending": (
            "warning",
            "A reviewed claim still carries unreviewed suggestions.",
        ),
    }
)


def speakers(ledger: Ledger) -> dict[str, dict[str, Any]]:
    """The actors by id, for the claims' roles at the time."""
    actors: dict[str, dict[str, Any]] = {}
    for record in ledger.actors:
        aid = record.get("id")
        if isinstance(aid, str):  # any other id is a wrong-type problem already
            actors[aid] = record
    return actors


def check_claims(
    ctx: Context,
    doc: Document,
    claims: list[dict[str, Any]],
    actors: dict[str, dict[str, Any]],
    used: set[str],
) -> None:
    """Check the claims of one file (``doc``); add the ids of the sources they use to
    ``used``."""
    ledger, derived = ctx.ledger, ctx.derived
    for claim in claims:
        cid = claim.get("id")
        speaker = claim.get("speaker")
        ref(ctx, doc, claim, "speaker", speaker, ("actor", "outlet"))
        source_id = claim.get("source")
        source: Source | None = None
        if ref(ctx, doc, claim, "source", source_id, ("source",)):
            assert isinstance(source_id, str)
            source = ledger.sources[source_id]
            used.add(source_id)
        refs(ctx, doc, claim, "topics", ("topic",))
        said = check_said(ctx, doc, claim, source_id)
        if isinstance(cid, str):
            derived.said[cid] = said
        actor = actors.get(speaker) if isinstance(speaker, str) else None
        role = role_at(ctx, doc, claim, actor, said)
        if isinstance(cid, str) and isinstance(speaker, str):
            voice = (role or {}).get("speaks_for") or (actor or {}).get("speaks_for")
            derived.voice[cid] = voice if isinstance(voice, str) else speaker
        check_relay(ctx, doc, claim, speaker)
        check_bearings(ctx, doc, claim)
        if source is not None:
            check_text(ctx, doc, claim, source)
        check_quote_mode(ctx, doc, claim)
        suggested = claim.get("suggested")
        if isinstance(suggested, dict):
            check_suggested(ctx, doc, claim, suggested)
            check_said(ctx, doc, suggested, source_id)  # a proposed date, like the claim's
        if claim.get("draft") is True:
            ctx.add(
                "draft-claim",
                doc,
                claim,
                "draft",
                f"claim '{clip(str(cid))}' is a draft",
                "review it, then remove 'draft: true'",
            )


def check_suggested(
    ctx: Context, doc: Document, claim: dict[str, Any], suggested: dict[str, Any]
) -> None:
    """Suggestions name real propositions and topics, and fields a claim has; on a
    reviewed claim they warn."""
    for key, kind in (("propositions", "proposition"), ("topics", "topic")):
        for item in suggested.get(key) or ():
            if isinstance(item, dict):
                ref(ctx, doc, item, kind, item.get(kind), (kind,))
    removable = [f.name for f in ENTITIES["claim"].fields if not f.required]
    removed = suggested.get("remove")
    for i, name in enumerate(removed if isinstance(removed, list) else ()):
        if isinstance(name, str) and name not in removable:
            ctx.add(
                "bad-vocabulary",
                doc,
                removed,
                i,
                f"'{clip(name)}' is not a field a claim can lose",
                f"use one of {', '.join(removable)}",
                at_value=True,
            )
    if claim.get("draft") is not True:
        ctx.add(
            "suggestion-pending",
            doc,
            claim,
            "suggested",
            f"claim '{clip(str(claim.get('id')))}' still has suggestions nobody reviewed",
            "accept or reject them (rnkclaims review), then remove 'suggested'",
        )
