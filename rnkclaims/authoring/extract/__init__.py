"""Drafting candidate claims from an archived article, one module per stage.

1. ``passages``: paragraphs, sentences, quotations, datelines, page furniture;
2. ``attribution``: speech verbs and the spans of their speakers;
3. ``resolution``: speakers to known actors, pronouns, proposed actors;
4. ``dating``: the date of the statement, resolved against the publication date;
5. ``drafting``: drafts and the skipped passages with their reasons;
   ``clauses``: the act a neutral verb's words carry by the grammar of their clauses
   (a first-person "will" pledges, another's "must" is called for, a third party's "will"
   is forecast, a pejorative predicate charges);
   ``acts``: the act of a neutral-verb draft ("said", "told") from a small learned model;
6. ``writer``: the drafts as YAML to review;
7. ``venue``: where and how a statement was made, and its hedge words (also what
   ``suggest`` and ``review`` propose for a draft that has none).

``extract`` is the entry point; ``uncovered`` leaves out what existing claims cover.
Imported only by the authoring commands (extract, coverage, source add, suggest, review),
never by a query.
"""

from __future__ import annotations

from rnkclaims.authoring.extract import acts
from rnkclaims.authoring.extract.attribution import Verb, attribution, find_verbs
from rnkclaims.authoring.extract.drafting import Draft, Drafter, Extraction, Skipped
from rnkclaims.authoring.extract.passages import (
    MIN_QUOTE_WORDS,
    Analysis,
    Quote,
    analyse,
    detect_furniture,
)
from rnkclaims.authoring.extract.writer import drafts_yaml, skipped_lines
from rnkclaims.ledger import Ledger, Source
from rnkclaims.spans import claim_spans, overlaps

__all__ = [
    "MIN_QUOTE_WORDS",
    "Analysis",
    "Draft",
    "Extraction",
    "Quote",
    "Skipped",
    "Verb",
    "analyse",
    "attribution",
    "detect_furniture",
    "drafts_yaml",
    "extract",
    "find_verbs",
    "skipped_lines",
    "uncovered",
]


def extract(ledger: Ledger, source: Source) -> Extraction:
    """Draft the claims of ``source``; speakers resolved against ``ledger``'s actors. A
    neutral-verb draft the rules left at "asserts" takes the model's act when it is sure."""
    result = Drafter(ledger, source).run()
    acts.revise(result.drafts)
    return result


def uncovered(ledger: Ledger, source: Source, drafts: list[Draft]) -> list[Draft]:
    """The drafts that no existing claim on ``source`` already covers: a claim by the same
    speaker over half the draft's passage, or any claim over nearly all of it."""
    speakers = {str(c.get("id")): c.get("speaker") for c in ledger.claims}
    spans = claim_spans(source, ledger.claims)
    out = []
    for draft in drafts:
        span = (draft.start, draft.end)
        if draft.quote is not None:
            inner = source.text.find(draft.quote, draft.start)
            if inner >= 0:
                span = (inner, inner + len(draft.quote))
        length = max(1, span[1] - span[0])
        covered = any(
            overlaps(span, (a, b)) >= length * (0.5 if speakers.get(cid) == draft.speaker else 0.9)
            for cid, a, b in spans
        )
        if not covered:
            out.append(draft)
    return out
