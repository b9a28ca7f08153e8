"""Where a claim's excerpt, its quote or a skipped passage is in a source's text.

Skipped passages are a source's ``furniture`` and its ``not_claims`` (passages a reviewer
marked as not a claim): extract and coverage pass over both.

Excerpts, quotes and furniture are matched as ``validate`` matches them: after
normalising whitespace, quote marks and dashes (``textnorm.normalise``). A span is a
``(start, end)`` pair of offsets into the source's text (after the front matter).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from rnkclaims.ledger import Source
from rnkclaims.textnorm import normalise


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Length of the overlap of two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@functools.lru_cache(maxsize=4)
def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """``textnorm.normalise`` of ``text`` (without the final strip), with each output
    character's offset in ``text``. Kept for the last few texts: a source's furniture
    and claims are located in the same text one after another (the map is not changed)."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                where.append(i)
            in_space = True
            continue
        in_space = False
        mapped = ch if ch.isascii() else normalise(unicodedata.normalize("NFC", ch)) or ch
        for m in mapped:
            out.append(m)
            where.append(i)
    return "".join(out), where


def locate(text: str, snippet: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that ``snippet`` matches after normalising both."""
    needle = normalise(snippet)
    if not needle:
        return []
    haystack, where = _normalised_with_map(text)
    spans = []
    pos = haystack.find(needle)
    while pos >= 0:
        spans.append((where[pos], where[pos + len(needle) - 1] + 1))
        pos = haystack.find(needle, pos + 1)
    return spans


def excerpt_parts(excerpt: str) -> list[str]:
    """The pieces of an excerpt that leaves words out with an ellipsis (``...`` or ``…``),
    each to be found in the source on its own."""
    return excerpt.replace("\u2026", "...").split("...")


def claim_spans(source: Source, claims: Iterable[Mapping[str, Any]]) -> list[tuple[str, int, int]]:
    """``(claim id, start, end)`` for each excerpt and quote of ``claims`` on ``source``;
    an excerpt with an ellipsis gives one span per part."""
    spans: list[tuple[str, int, int]] = []
    for claim in claims:
        if claim.get("source") != source.id:
            continue
        cid = str(claim.get("id"))
        for key in ("excerpt", "quote"):
            value = claim.get(key)
            if isinstance(value, str):
                for part in excerpt_parts(value):
                    spans.extend((cid, a, b) for a, b in locate(source.text, part))
    return spans


SKIPPED_FIELDS = ("furniture", "not_claims")


def skipped_spans(source: Source) -> list[tuple[int, int]]:
    """The spans of the source's ``furniture`` and ``not_claims`` passages, which extract
    and coverage skip; passages that only whitespace separates are merged into one span."""
    passages = [
        passage
        for key in SKIPPED_FIELDS
        if isinstance(source.meta.get(key), list)
        for passage in source.meta[key]
        if isinstance(passage, str)
    ]
    found = sorted(span for passage in passages for span in locate(source.text, passage))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and not source.text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def within(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]``, without its surrounding whitespace, lies inside one
    of ``spans``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return any(a <= start and end <= b for a, b in spans)
