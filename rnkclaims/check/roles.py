"""Roles: an actor's positions over time, and the one a claim's speaker held."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context, SaidDate, suggest, too_long
from rnkclaims.check.dates import date_field
from rnkclaims.check.references import ref
from rnkclaims.dates import DateError, parse_date
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register

CODES = register(
    {
        "role-not-held": ("error", "The speaker did not hold the role on the claim's date."),
        "role-dates": ("error", "A role ends before it starts."),
    }
)


def check_roles(ctx: Context, doc: Document, actor: dict[str, Any]) -> None:
    """An actor's roles: unique ids, known bodies spoken for, a start before the end."""
    roles = actor.get("roles")
    if not isinstance(roles, list):
        return
    seen: set[str] = set()
    for role in roles:
        if not isinstance(role, dict):
            continue
        rid = role.get("id")
        if isinstance(rid, str):
            if rid in seen:
                ctx.add(
                    "duplicate-id",
                    doc,
                    role,
                    "id",
                    f"actor '{actor.get('id')}' has two roles with id '{rid}'",
                    "rename one",
                    at_value=True,
                )
            seen.add(rid)
        if "speaks_for" in role:
            ref(ctx, doc, role, "speaks_for", role["speaks_for"], ("actor", "outlet"))
        start = date_field(ctx, doc, role, "from")
        end = date_field(ctx, doc, role, "to")
        if start and end and end.latest < start.earliest:
            ctx.add(
                "role-dates",
                doc,
                role,
                "to",
                f"role ends ({end}) before it starts ({start})",
                "swap or correct the dates",
                at_value=True,
            )


def role_at(
    ctx: Context,
    doc: Document,
    claim: dict[str, Any],
    actor: dict[str, Any] | None,
    said: SaidDate,
) -> dict[str, Any] | None:
    """Check the claim's role; return the role the speaker held then, if known."""
    role_id = claim.get("role")
    if actor is None or too_long(role_id, "id"):
        return None
    roles = [r for r in actor.get("roles") or [] if isinstance(r, dict)]
    if role_id is None:
        if said.earliest and isinstance(claim.get("id"), str):
            held = [r for r in roles if _held(r, said)]
            if len(held) == 1 and isinstance(held[0].get("id"), str):
                ctx.derived.role[claim["id"]] = held[0]["id"]
                return held[0]
        return None
    role = next((r for r in roles if r.get("id") == role_id), None)
    if role is None:
        names = [str(r.get("id")) for r in roles]
        ctx.add(
            "unknown-reference",
            doc,
            claim,
            "role",
            f"actor '{actor.get('id')}' has no role '{role_id}'",
            suggest(str(role_id), names) or "add the role to the actor's roles",
            at_value=True,
        )
        return None
    if said.earliest and not _held(role, said):
        ctx.add(
            "role-not-held",
            doc,
            claim,
            "role",
            f"'{actor.get('id')}' did not hold role '{role_id}' on {said.date} "
            f"(held {role.get('from') or '?'} to {role.get('to') or 'now'})",
            "check the claim's date or the role's from/to",
            at_value=True,
        )
        return None
    if isinstance(claim.get("id"), str):
        ctx.derived.role[claim["id"]] = str(role_id)
    return role


def _held(role: dict[str, Any], said: SaidDate) -> bool:
    assert said.earliest is not None and said.latest is not None
    try:
        start = parse_date(role["from"]).earliest.isoformat() if role.get("from") else None
        end = parse_date(role["to"]).latest.isoformat() if role.get("to") else None
    except DateError:
        return True  # reported as bad-date already
    return (start is None or start <= said.latest) and (end is None or end >= said.earliest)
