"""A draft's excerpt within the bounds codebook rule 5 gives it.

The excerpt is the sentence that reports the claim, verbatim, with its attribution; a
report that runs over two sentences is excerpted whole. What ``suggest`` proposes for a
drafted excerpt (``excerpt_bounds``):

- without the article's dateline before it: a lead sentence drafted with "SEOUL, Sept.
  20 (Yonhap) -- " (or what the archive put before the dateline) starts after the dash;
- with the sentence before it when its own words only point back to that sentence:
  "Representatives of both countries have agreed on this, the North Korean news agency
  KCNA reported on Thursday." says what was agreed in the sentence before ("Russia and
  North Korea want to expand their cooperation."), so the excerpt is both, as "Russia
  intends to share ... This was stated by ..." is. Only within a paragraph, and only
  for a drafted excerpt of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rnkclaims.ledger import Ledger
from rnkclaims.spans import locate

# a dateline: the place in capitals, an optional date, an optional agency in brackets,
# then a dash ("SEOUL, Sept. 20 (Yonhap) --", "TOKYO --", "MOSCOW (Reuters) -")
_DATELINE = re.compile(
    r"\b[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Z][\w .&-]*\))?"
    r"\s*(?:--|\u2014|\u2013|-)\s+(?=[A-Z\"\u201c])"
)
DATELINE_WITHIN = 60  # a dateline starts within this many characters of the excerpt
# words that point back to the sentence before: "agreed on this", "confirmed this,",
# "This was stated by", "said so"
_POINTS_BACK = re.compile(
    r"(?i)\b(?:on|about|of|with|to)\s+(?:this|that)\s*[,.]"
    r"|\b(?:confirmed|said|stated|announced|reported|denied)\s+(?:this|that|so)\s*[,.]"
    r"|^\W*(?:this|that)\s+(?:was|has\s+been|is)\s+(?:stated|said|announced|reported"
    r"|confirmed)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]*\s+")


def _without_dateline(excerpt: str) -> str | None:
    m = _DATELINE.search(excerpt, 0, DATELINE_WITHIN + 40)
    if m is None or m.start() > DATELINE_WITHIN:
        return None
    rest = excerpt[m.end() :]
    return rest if len(rest.split()) >= 4 else None


def _sentence_before(text: str, start: int) -> int | None:
    """Where the sentence before offset ``start`` begins, in its paragraph (None: the
    sentence at ``start`` opens its paragraph)."""
    head = text[:start].rstrip()
    if not head or head[-1] not in ".!?\"\u201d')" or "\n" in text[len(head) : start]:
        return None
    para = head.rfind("\n") + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(head, para) if m.end() < len(head)]
    begin = ends[-1] if ends else para
    while begin < len(head) and head[begin].isspace():
        begin += 1
    return begin if len(head[begin:].split()) >= 3 else None


def excerpt_bounds(ledger: Ledger, claim: Mapping[str, Any]) -> str | None:
    """The excerpt proposed for ``claim`` (None: as drafted); see the module's
    description."""
    excerpt = claim.get("excerpt")
    if not isinstance(excerpt, str) or "..." in excerpt or "\u2026" in excerpt:
        return None
    trimmed = _without_dateline(excerpt)
    if trimmed is not None:
        return trimmed
    if len(_SENTENCE_END.findall(excerpt.strip() + " ")) > 1 or not _POINTS_BACK.search(excerpt):
        return None
    source = ledger.sources.get(str(claim.get("source")))
    if source is None:
        return None
    found = locate(source.text, excerpt)
    if len(found) != 1:
        return None
    start, end = found[0]
    begin = _sentence_before(source.text, start)
    if begin is None:
        return None
    return " ".join(source.text[begin:end].split())
