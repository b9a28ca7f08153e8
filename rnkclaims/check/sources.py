"""Sources: each archived article's front matter and text, and that some claim uses it."""

from __future__ import annotations

from typing import Any

from rnkclaims.check.context import Context, clip, too_long
from rnkclaims.check.dates import date_field
from rnkclaims.check.references import ref, refs
from rnkclaims.check.structure import check_entity
from rnkclaims.dates import DateError, parse_date
from rnkclaims.ledger import Source
from rnkclaims.model import ENTITIES
from rnkclaims.problems import Problem, register
from rnkclaims.textnorm import normalise

CODES = register(
    {
        "furniture-not-in-source": ("error", "A furniture passage is not in its source's text."),
        "not-claim-not-in-source": ("error", "A not_claims passage is not in its source's text."),
        "source-unused": ("warning", "No claim uses this source."),
    }
)


def check_source(ctx: Context, source: Source) -> None:
    """Front matter fields, outlet and agencies, dates, furniture and not_claims, a text."""
    doc, meta = source.doc, source.meta
    if not meta and not doc.problems:
        ctx.problems.append(
            Problem(
                "source-front-matter",
                doc.path,
                1,
                1,
                "the front matter is empty",
                "give at least outlet, title, published, language",
            )
        )
        return
    check_entity(ctx, ENTITIES["source"], meta, doc)
    ref(ctx, doc, meta, "outlet", meta.get("outlet"), ("outlet",))
    refs(ctx, doc, meta, "agencies", ("outlet",))
    published = meta.get("published")
    holder: dict[str, Any] = meta
    key = "published"
    if isinstance(published, dict):
        holder, key, published = published, "date", published.get("date")
    if (
        isinstance(published, str | int)
        and not isinstance(published, bool)
        and not too_long(published, "name")
    ):  # any other type is a wrong-type problem already
        try:
            ctx.derived.published[source.id] = parse_date(published)
        except DateError as exc:
            ctx.add("bad-date", doc, holder, key, str(exc), at_value=True)
    retrieved = meta.get("retrieved")
    if retrieved is not None:
        date_field(ctx, doc, meta, "retrieved")
    for key, code in (("furniture", "furniture-not-in-source"),
                      ("not_claims", "not-claim-not-in-source")):  # fmt: skip
        passages = meta.get(key)
        if not isinstance(passages, list) or not passages:
            continue
        haystack = ctx.normalised(source)
        for i, passage in enumerate(passages):
            if (
                isinstance(passage, str)
                and not too_long(passage, "excerpt")
                and normalise(passage) not in haystack
            ):
                ctx.add(
                    code,
                    doc,
                    passages,
                    i,
                    f"{key} passage not found in {source.id}: '{clip(normalise(passage))}'",
                    "copy the passage from the text exactly",
                )
    if meta.get("reviewed") is not None:
        date_field(ctx, doc, meta, "reviewed")
    if not source.text.strip():
        ctx.problems.append(
            Problem(
                "empty-text",
                doc.path,
                source.body_line,
                1,
                "the source has no text after its front matter",
                "paste the article's text after the closing ---",
            )
        )


def check_unused(ctx: Context, used: set[str]) -> None:
    """A warning for each source that no claim cites."""
    for sid, source in ctx.ledger.sources.items():
        if sid not in used:
            ctx.problems.append(
                Problem(
                    "source-unused",
                    source.doc.path,
                    1,
                    1,
                    f"no claim uses source '{sid}'",
                    "add its claims, or remove the file if it was archived by mistake",
                )
            )
