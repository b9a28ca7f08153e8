"""Validation problems as data: a stable code, a location, a message and a hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

# code -> (severity, what it means). Codes are stable: CI scripts may match on them.
CODES: dict[str, tuple[Severity, str]] = {
    "yaml-syntax": ("error", "The file is not valid YAML."),
    "yaml-duplicate-key": ("error", "A mapping has the same key twice (YAML keeps only the last)."),
    "yaml-anchor": ("error", "Anchors and aliases (&name, *name) are refused: they hide data."),
    "yaml-tag": ("error", "Explicit YAML tags (!tag) are refused."),
    "file-missing": ("error", "A ledger file or folder does not exist or cannot be read."),
    "schema-version": ("error", "schema_version is missing or not one this rnkclaims reads."),
    "unknown-field": ("error", "A field that the format does not have (often a typo)."),
    "missing-field": ("error", "A required field is absent."),
    "wrong-type": ("error", "A field holds the wrong kind of value."),
    "bad-id": ("error", "An id is not lowercase letters, digits and single dashes."),
    "duplicate-id": ("error", "Two entries share one id."),
    "unknown-reference": ("error", "A reference names no actor, outlet, source, etc."),
    "source-file-missing": ("error", "A claim names a source that has no file in sources/."),
    "source-front-matter": ("error", "A source file does not start with a --- front matter."),
    "bad-vocabulary": ("error", "A value is not in its closed vocabulary."),
    "bad-date": ("error", "A date is malformed or impossible."),
    "said-after-published": ("error", "A claim is dated after its source was published."),
    "relative-date-unresolved": ("error", "A relative date cannot be resolved."),
    "date-mismatch": ("error", "A claim's date disagrees with its resolved expression."),
    "role-not-held": ("error", "The speaker did not hold the role on the claim's date."),
    "role-dates": ("error", "A role ends before it starts."),
    "excerpt-not-in-source": ("error", "The excerpt is not found in its source's text."),
    "quote-not-in-source": ("error", "The quote is not found in its source's text."),
    "furniture-not-in-source": ("error", "A furniture passage is not in its source's text."),
    "not-claim-not-in-source": ("error", "A not_claims passage is not in its source's text."),
    "quote-not-in-excerpt": ("error", "The quote is not part of the claim's excerpt."),
    "quote-missing": ("error", "A claim in quote mode has no quote."),
    "relay-loop": ("error", "The relay chain returns to the speaker."),
    "relay-repeated-hop": ("error", "The relay chain names the same hop twice."),
    "value-missing": ("error", "A claim on a value proposition gives no value."),
    "value-unexpected": ("error", "A claim gives a value for a statement proposition."),
    "incompatible-self": ("error", "A proposition is declared incompatible with itself."),
    "empty-text": ("error", "A required text is empty."),
    "source-unused": ("warning", "No claim uses this source."),
    "draft-claim": ("warning", "A claim is still marked as a draft; review it and drop draft."),
    "suggestion-pending": ("warning", "A reviewed claim still carries unreviewed suggestions."),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of ``validate``; ``line`` and ``column`` are 1-based (0 when unknown)."""

    code: str
    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    @property
    def severity(self) -> Severity:
        return CODES[self.code][0]

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(slots=True)
class Report:
    """Everything ``validate`` found, in file order."""

    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def valid(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)

    def sorted(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: (p.file, p.line, p.column, p.code))

    def as_dict(self, strict: bool = False) -> dict[str, object]:
        return {
            "valid": self.valid(strict),
            "strict": strict,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "files": self.files,
            "counts": self.counts,
            "problems": [p.as_dict() for p in self.sorted()],
        }
