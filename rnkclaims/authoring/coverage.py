"""Which quotations and reported-speech sentences of each source no claim covers yet.

A passage is a quotation of at least ``MIN_QUOTE_WORDS`` words, or a sentence with a
speech verb outside quotation marks. It is covered when the excerpt or quote of a claim
on the same source overlaps at least half of it. Passages that lie inside the source's
``furniture`` (headlines, captions, credits, footers listed in its front matter; for a
source without that field, the furniture ``source add`` would propose, as ``extract``
skips it) or its ``not_claims`` (passages a reviewer marked as not a claim) are not
counted. Line numbers are lines of the source file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rnkclaims.authoring.extract import analyse, attribution, detect_furniture, find_verbs
from rnkclaims.ledger import Ledger, Source
from rnkclaims.spans import claim_spans, locate, overlaps, skipped_spans, within

COVERED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Passage:
    kind: str  # "quote" or "reported"
    start: int
    end: int
    line: int
    text: str
    covered_by: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "kind": self.kind, "text": self.text}


@dataclass(slots=True)
class SourceCoverage:
    id: str
    file: str
    passages: list[Passage] = field(default_factory=list)

    @property
    def covered(self) -> int:
        return sum(1 for p in self.passages if p.covered_by)

    @property
    def uncovered(self) -> list[Passage]:
        return [p for p in self.passages if not p.covered_by]

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / len(self.passages) if self.passages else 100.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.id,
            "file": self.file,
            "passages": len(self.passages),
            "covered": self.covered,
            "percent": round(self.percent, 1),
            "uncovered": [p.as_dict() for p in self.uncovered],
        }


@dataclass(slots=True)
class Coverage:
    sources: list[SourceCoverage]

    @property
    def passages(self) -> int:
        return sum(len(s.passages) for s in self.sources)

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sources)

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.passages if self.passages else 100.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "covered": self.covered,
            "percent": round(self.percent, 1),
            "sources": [s.as_dict() for s in self.sources],
        }


def passages(source: Source) -> list[Passage]:
    """The quotations and reported-speech sentences of a source outside its furniture,
    in text order."""
    text = source.text
    analysis = analyse(text)
    furniture = skipped_spans(source)
    if "furniture" not in source.meta:
        furniture += [span for p in detect_furniture(text) for span in locate(text, p)]
    found: list[Passage] = []

    def line(pos: int) -> int:
        return source.body_line + text.count("\n", 0, pos)

    for q in analysis.long_quotes():
        found.append(Passage("quote", q.start, q.end, line(q.start), text[q.start : q.end]))
    attributions = {v.start for q in analysis.long_quotes() if (v := attribution(analysis, q))}
    for start, end, _ in analysis.sentences:
        # a sentence whose only speech verb attributes a quotation is the quotation's
        if any(v.start not in attributions for v in find_verbs(analysis, start, end)):
            found.append(Passage("reported", start, end, line(start), text[start:end]))
    found = [p for p in found if not within(text, p.start, p.end, furniture)]
    found.sort(key=lambda p: (p.start, p.kind))
    return found


def source_coverage(ledger: Ledger, source: Source) -> SourceCoverage:
    spans = claim_spans(source, ledger.claims)
    result = SourceCoverage(source.id, source.doc.path)
    for p in passages(source):
        length = max(1, p.end - p.start)
        by = tuple(
            sorted(
                {
                    cid
                    for cid, a, b in spans
                    if overlaps((p.start, p.end), (a, b)) >= length * COVERED_SHARE
                }
            )
        )
        result.passages.append(Passage(p.kind, p.start, p.end, p.line, p.text, by))
    return result


def coverage(ledger: Ledger, source_ids: list[str] | None = None) -> Coverage:
    """Coverage of every source (or of ``source_ids``), in id order."""
    ids = source_ids if source_ids else sorted(ledger.sources)
    return Coverage([source_coverage(ledger, ledger.sources[sid]) for sid in ids])
