"""Relays: the chain of hops from the speaker to the publishing outlet."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context, too_long
from rnkclaims.check.references import ref
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register

CODES = register(
    {
        "relay-loop": ("error", "The relay chain returns to the speaker."),
        "relay-repeated-hop": ("error", "The relay chain names the same hop twice."),
    }
)


def check_relay(ctx: Context, doc: Document, claim: dict[str, Any], speaker: object) -> None:
    """Every hop is a known actor or outlet, none twice, none the speaker."""
    relay = claim.get("relay")
    if not isinstance(relay, list):
        return
    seen: set[str] = set()
    for i, hop in enumerate(relay):
        via = hop.get("via") if isinstance(hop, dict) else hop
        if not isinstance(via, str) or too_long(via, "id"):
            continue
        ref(ctx, doc, claim, "relay", via, ("actor", "outlet"), where=relay, index=i)
        if via == speaker:
            ctx.add(
                "relay-loop",
                doc,
                relay,
                i,
                f"the relay returns to the speaker '{via}'",
                "a relay lists who carried the claim after the speaker",
            )
        elif via in seen:
            ctx.add(
                "relay-repeated-hop",
                doc,
                relay,
                i,
                f"'{via}' appears twice in the relay chain",
                "list each hop once, in order from speaker to outlet",
            )
        seen.add(via)
