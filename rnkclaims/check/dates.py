"""Dates: well-formed, resolvable, and not after the source that reports them."""

from __future__ import annotations

from datetime import date
from sys import intern
from typing import Any

from rnkclaims.check.context import Context, SaidDate, too_long
from rnkclaims.dates import (
    DateError,
    PartialDate,
    Resolved,
    looks_relative,
    parse_date,
    resolve_relative,
)
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register

CODES = register(
    {
        "bad-date": ("error", "A date is malformed or impossible."),
        "said-after-published": ("error", "A claim is dated after its source was published."),
        "relative-date-unresolved": ("error", "A relative date cannot be resolved."),
        "date-mismatch": ("error", "A claim's date disagrees with its resolved expression."),
    }
)


def date_field(ctx: Context, doc: Document, obj: dict[str, Any], key: str) -> PartialDate | None:
    """The partial date under ``key``, or None (reported when malformed)."""
    value = obj.get(key)
    if value is None or isinstance(value, bool) or not isinstance(value, str | int):
        return None
    if too_long(value, "name"):
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        ctx.add("bad-date", doc, obj, key, str(exc), at_value=True)
        return None


# Claims repeat a few expressions ("on Monday") against a few thousand publication dates:
# each pair is resolved once (a value, or the message of its DateError), up to a bound.
_MEMO_LIMIT = 1 << 16
_relative_memo: dict[str, bool] = {}
_resolved_memo: dict[tuple[str, PartialDate], Resolved | str] = {}


def _looks_relative(expression: str) -> bool:
    found = _relative_memo.get(expression)
    if found is None:
        found = looks_relative(expression)
        if len(_relative_memo) < _MEMO_LIMIT:
            _relative_memo[expression] = found
    return found


def _resolve(expression: str, published: PartialDate) -> Resolved | str:
    """``resolve_relative``'s value, or its error's message."""
    key = (expression, published)
    found = _resolved_memo.get(key)
    if found is None:
        try:
            found = resolve_relative(expression, published)
        except DateError as exc:
            found = str(exc)
        if len(_resolved_memo) < _MEMO_LIMIT:
            _resolved_memo[key] = found
    return found


def check_said(ctx: Context, doc: Document, claim: dict[str, Any], source_id: object) -> SaidDate:
    """The claim's date, resolved against its source's publication date when relative."""
    said = claim.get("said")
    unknown = SaidDate(None, None, None, None, None)
    if said is None or said == "unknown":
        return unknown
    expression: str | None = None
    given: PartialDate | None = None
    holder: dict[str, Any] = claim
    key = "said"
    if isinstance(said, dict):
        holder = said
        raw_expr = said.get("expression")
        expression = raw_expr if isinstance(raw_expr, str) else None
        if too_long(expression, "name"):
            expression = None
        if "date" in said and said["date"] not in (None, "unknown"):
            given = date_field(ctx, doc, said, "date")
            if given is None:
                return SaidDate(None, None, None, None, expression)
        key = "date" if "date" in said else "expression"
    elif isinstance(said, str | int) and not isinstance(said, bool):
        given = date_field(ctx, doc, claim, "said")
        if given is None:
            return unknown
    else:
        return unknown
    published = ctx.derived.published.get(source_id) if isinstance(source_id, str) else None
    first: date | None = given.earliest if given else None
    last: date | None = given.latest if given else None
    if expression and _looks_relative(expression):
        if published is None:
            if given is None:
                ctx.add(
                    "relative-date-unresolved",
                    doc,
                    said,
                    "expression",
                    f"'{expression}' cannot be resolved: the source has no usable publication date",
                    "give 'date:' or fix the source's 'published'",
                    at_value=True,
                )
        else:
            resolved = _resolve(expression, published)
            if isinstance(resolved, str):
                if given is None:
                    ctx.add(
                        "relative-date-unresolved",
                        doc,
                        said,
                        "expression",
                        resolved,
                        "give 'date:' explicitly",
                        at_value=True,
                    )
            else:
                if given is None:
                    given, first, last = resolved.value, resolved.earliest, resolved.latest
                elif resolved.latest < given.earliest or resolved.earliest > given.latest:
                    ctx.add(
                        "date-mismatch",
                        doc,
                        holder,
                        "date",
                        f"'{expression}' resolves to {resolved.value} against the "
                        f"publication date {published}, not {given}",
                        f"write date: {resolved.value}, or drop it to let it resolve",
                        at_value=True,
                    )
    elif expression and given is None:
        ctx.add(
            "relative-date-unresolved",
            doc,
            said,
            "expression",
            f"'{expression}' is not a relative date rnkclaims can resolve",
            "give 'date:' (YYYY, YYYY-MM or YYYY-MM-DD) beside the expression",
            at_value=True,
        )
    if given is None or first is None or last is None:
        return SaidDate(None, None, None, None, expression)
    if published is not None and first > published.latest:
        ctx.add(
            "said-after-published",
            doc,
            holder,
            key,
            f"said {given}, after the source was published ({published})",
            "check the claim's date and the source's 'published'",
            at_value=True,
        )
    # dates repeat across claims: one copy of each string (intern), not three per claim
    return SaidDate(
        intern(str(given)),
        given.precision,
        intern(first.isoformat()),
        intern(last.isoformat()),
        expression,
    )
