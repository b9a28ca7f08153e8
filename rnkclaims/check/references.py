"""References: ids are unique, and every reference names an entity of the right kind."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context, LetGo, suggest, too_long
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register

CODES = register(
    {
        "duplicate-id": ("error", "Two entries share one id."),
        "unknown-reference": ("error", "A reference names no actor, outlet, source, etc."),
        "source-file-missing": (
            "error",
            "A claim names a source that has no file in sources/.",
        ),
    }
)


def register_id(ctx: Context, kind: str, record: dict[str, Any], doc: Document) -> None:
    """Enter the record's id in the shared namespace; report it if already taken."""
    rid = record.get("id")
    if not isinstance(rid, str) or too_long(rid, "id"):
        return
    previous = ctx.ids.get(rid)
    if previous is not None:
        if previous[1] is None:
            raise LetGo(f"id '{rid}' of {doc.path} is a claim's of a file let go")
        ctx.add(
            "duplicate-id",
            doc,
            record,
            "id",
            f"id '{rid}' is already used by the {previous[0]} at ",  # then its file:line
            "ids are shared by actors, outlets, topics, propositions and claims: rename one",
            at_value=True,
            then=(ctx.ledger.origin[id(previous[1])], previous[1], "id"),
        )
        return
    ctx.ids[rid] = (kind, record)


def ref(
    ctx: Context,
    doc: Document,
    obj: dict[str, Any],
    key: str,
    value: object,
    kinds: tuple[str, ...],
    where: object = None,
    index: int | None = None,
) -> bool:
    """Check that ``value`` names an entity of one of ``kinds``; report if not."""
    if not isinstance(value, str) or too_long(value, "id"):
        return False
    if "source" in kinds:
        if value in ctx.ledger.sources:
            return True
        if ctx.listed_enough(doc, "source-file-missing"):
            return False
        ctx.add(
            "source-file-missing",
            doc,
            obj,
            key,
            f"source '{value}' has no file sources/{value}.txt",
            suggest(value, ctx.ledger.sources) or "archive the article with 'rnkclaims source add'",
            at_value=True,
        )
        return False
    found = ctx.ids.get(value)
    if found is not None and found[0] in kinds:
        return True
    if ctx.listed_enough(doc, "unknown-reference"):
        return False  # counted; no suggestion sought among all the ids
    what = " or ".join(kinds)
    if found is not None:
        message = f"'{value}' is a {found[0]}, not a {what}"
    else:  # a claim's id entered later is named by ``Context.settle``
        message = f"no {what} with id '{value}'"
        ctx.unsettled.append((len(ctx.problems), value, what))
    candidates = [i for i, (k, _) in ctx.ids.items() if k in kinds]
    hint = suggest(value, candidates) or f"add the {kinds[0]} or fix the id"
    if where is not None and index is not None:
        ctx.add("unknown-reference", doc, where, index, message, hint)
    else:
        ctx.add("unknown-reference", doc, obj, key, message, hint, at_value=True)
    return False


def refs(
    ctx: Context, doc: Document, obj: dict[str, Any], key: str, kinds: tuple[str, ...]
) -> None:
    """``ref`` for each id of the list under ``key``."""
    values = obj.get(key)
    if isinstance(values, list):
        for i, value in enumerate(values):
            ref(ctx, doc, obj, key, value, kinds, where=values, index=i)
