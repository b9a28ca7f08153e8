"""Validation problems as data: a stable code, a location, a message and a hint."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

# code -> (severity, what it means). Codes are stable: CI scripts may match on them.
# These are found while reading files; each family of rules in ``rnkclaims.check``
# declares its own codes beside it and adds them here with ``register``.
CODES: dict[str, tuple[Severity, str]] = {
    "yaml-syntax": ("error", "The file is not valid YAML."),
    "yaml-duplicate-key": ("error", "A mapping has the same key twice (YAML keeps only the last)."),
    "yaml-anchor": ("error", "Anchors and aliases (&name, *name) are refused: they hide data."),
    "yaml-tag": ("error", "Explicit YAML tags (!tag) are refused."),
    "yaml-too-deep": ("error", "Lists and mappings nested more than 32 levels deep are refused."),
    "file-missing": ("error", "A ledger file or folder does not exist or cannot be read."),
    "symlink-outside": ("error", "A ledger file is a symbolic link to outside the ledger folder."),
    "source-front-matter": ("error", "A source file does not start with a --- front matter."),
    "wrong-type": ("error", "A field holds the wrong kind of value."),
}


RULES_PACKAGE = "rnkclaims.check"
"""Where the rule families register their codes: loaded on the first look-up of a code
that is not known yet, so a problem read back from a cache or a database knows its
severity without its reader importing the rules first."""


def register(codes: dict[str, tuple[Severity, str]]) -> dict[str, tuple[Severity, str]]:
    """Add a family's codes to ``CODES`` (each code belongs to one family); return them."""
    for code, entry in codes.items():
        if CODES.get(code, entry) != entry:
            raise ValueError(f"problem code {code!r} is declared twice")
        CODES[code] = entry
    return codes


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
        entry = CODES.get(self.code)
        if entry is None:  # a rule family's code, read back before the rules were loaded
            importlib.import_module(RULES_PACKAGE)
            entry = CODES.get(self.code)
        if entry is None:
            raise KeyError(f"unknown problem code {self.code!r}")
        return entry[0]

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
