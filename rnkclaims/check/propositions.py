"""Propositions: what they are incompatible with, and how claims bear on them."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context
from rnkclaims.check.dates import date_field
from rnkclaims.check.references import ref, refs
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register

CODES = register(
    {
        "value-missing": ("error", "A claim on a value proposition gives no value."),
        "value-unexpected": ("error", "A claim gives a value for a statement proposition."),
        "incompatible-self": ("error", "A proposition is declared incompatible with itself."),
    }
)


def check_proposition(ctx: Context, doc: Document, prop: dict[str, Any]) -> None:
    """Its topics and incompatible propositions exist, and it is not among the latter."""
    refs(ctx, doc, prop, "topics", ("topic",))
    refs(ctx, doc, prop, "incompatible_with", ("proposition",))
    others = prop.get("incompatible_with")
    if isinstance(others, list) and prop.get("id") in others:
        ctx.add(
            "incompatible-self",
            doc,
            prop,
            "incompatible_with",
            f"proposition '{prop.get('id')}' is incompatible with itself",
            "remove its own id from incompatible_with",
        )


def check_bearings(ctx: Context, doc: Document, claim: dict[str, Any]) -> None:
    """Each proposition a claim bears on exists, with a value exactly when it asks one."""
    bearings = claim.get("propositions")
    if not isinstance(bearings, list):
        return
    for bearing in bearings:
        if not isinstance(bearing, dict):
            continue
        pid = bearing.get("proposition")
        if not ref(ctx, doc, bearing, "proposition", pid, ("proposition",)):
            continue
        prop = ctx.ids[str(pid)][1]
        assert prop is not None  # a proposition, never let go
        is_value = prop.get("kind") == "value"
        if is_value and bearing.get("value") is None:
            ctx.add(
                "value-missing",
                doc,
                bearing,
                "proposition",
                f"'{pid}' is a value proposition: give the claim's 'value'",
                f"value type: {prop.get('value_type', 'text')}",
            )
        elif not is_value and "value" in bearing:
            ctx.add(
                "value-unexpected",
                doc,
                bearing,
                "value",
                f"'{pid}' is a statement, not a value proposition",
                "remove 'value', or make the proposition 'kind: value'",
            )
        elif is_value and prop.get("value_type") == "date":
            date_field(ctx, doc, bearing, "value")
