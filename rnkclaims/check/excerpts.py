"""Excerpts and quotes: found word for word in the source they cite."""

from __future__ import annotations

import re
from typing import Any

from rnkclaims.check.context import Context, clip, too_long
from rnkclaims.ledger import Source
from rnkclaims.ledger.yamlread import Document
from rnkclaims.problems import register
from rnkclaims.textnorm import normalise

CODES = register(
    {
        "excerpt-not-in-source": ("error", "The excerpt is not found in its source's text."),
        "quote-not-in-source": ("error", "The quote is not found in its source's text."),
        "quote-not-in-excerpt": ("error", "The quote is not part of the claim's excerpt."),
        "quote-missing": ("error", "A claim in quote mode has no quote."),
        "empty-text": ("error", "A required text is empty."),
    }
)

_CUT = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")


def check_quote_mode(ctx: Context, doc: Document, claim: dict[str, Any]) -> None:
    """A claim in quote mode gives the speaker's words."""
    if claim.get("mode") == "quote" and not claim.get("quote"):
        ctx.add(
            "quote-missing",
            doc,
            claim,
            "mode",
            "a claim in quote mode needs the speaker's words in 'quote'",
            "add 'quote:' or set 'mode: reported'",
            at_value=True,
        )


def check_text(ctx: Context, doc: Document, claim: dict[str, Any], source: Source) -> None:
    """The excerpt is in the source, and the quote (cuts marked ...) in the excerpt."""
    excerpt = claim.get("excerpt")
    norm_excerpt = ""
    if isinstance(excerpt, str) and not too_long(excerpt, "excerpt"):
        norm_excerpt = normalise(excerpt)
        if not norm_excerpt:
            ctx.add(
                "empty-text",
                doc,
                claim,
                "excerpt",
                "the excerpt is empty",
                "copy the sentence from the source",
                at_value=True,
            )
        elif not _in_source(ctx, source, norm_excerpt):
            ctx.add(
                "excerpt-not-in-source",
                doc,
                claim,
                "excerpt",
                f"excerpt not found in {source.id}: '{clip(norm_excerpt)}'",
                _near_miss(norm_excerpt, ctx.normalised(source)),
                at_value=True,
            )
            norm_excerpt = ""
    quote = claim.get("quote")
    if isinstance(quote, str) and quote.strip() and not too_long(quote, "excerpt"):
        parts = [normalise(p) for p in _CUT.split(quote)]
        parts = [p for p in parts if p]
        if not all(_in_source(ctx, source, p) for p in parts):
            ctx.add(
                "quote-not-in-source",
                doc,
                claim,
                "quote",
                f"quote not found in {source.id}: '{clip(normalise(quote))}'",
                "copy the words exactly; mark cuts with ...",
                at_value=True,
            )
        elif norm_excerpt and not all(p in norm_excerpt for p in parts):
            ctx.add(
                "quote-not-in-excerpt",
                doc,
                claim,
                "quote",
                "the quote is not inside the excerpt",
                "widen the excerpt to the sentence holding the quote",
                at_value=True,
            )


def _in_source(ctx: Context, source: Source, part: str) -> bool:
    """Whether ``part`` (normalised) is in the source's normalised text.

    Looked for in the text as published first: an ASCII part found there, and not
    followed by a character that could join its last letter, is in the normalised text
    too (normalising changes only whitespace runs and characters outside ASCII). Most
    excerpts are copied verbatim, so most sources are never normalised (nor kept twice).
    """
    if part.isascii():
        text = source.text
        end = len(text)
        i = text.find(part)
        while i >= 0:
            after = i + len(part)
            if after == end or text[after].isascii():
                return True
            i = text.find(part, i + 1)
    return part in ctx.normalised(source)


def _near_miss(excerpt: str, haystack: str) -> str:
    """Say where the excerpt stops matching, to make fixing a typo quick."""
    lo, hi = 0, len(excerpt)
    while lo < hi:  # longest prefix that occurs in the text
        mid = (lo + hi + 1) // 2
        if excerpt[:mid] in haystack:
            lo = mid
        else:
            hi = mid - 1
    if lo >= 12:
        return f"the text matches up to '...{excerpt[max(0, lo - 20) : lo]}' then differs"
    return "copy the sentence from the source exactly (whitespace and quote styles may differ)"
