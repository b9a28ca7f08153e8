"""What every rule sees: the ledger, the problems found so far, and derived values.

A ``Context`` is the shared state of one check: the rules (the other modules of this
package) are functions that take it, read the ledger and call ``add`` for each problem.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from rnkclaims.dates import PartialDate
from rnkclaims.ledger import Ledger, Source
from rnkclaims.ledger.yamlread import Document
from rnkclaims.model import LENGTH_LIMITS
from rnkclaims.problems import Problem, Report
from rnkclaims.textnorm import normalise

# Problems of one code listed per file; the rest are counted in one more problem, so that
# a file of a million wrong values is a short report, not a million lines.
MAX_PER_CODE = 100


@dataclass(frozen=True, slots=True)
class SaidDate:
    """A claim's date as stored: the partial date, its bounds and the source's words."""

    date: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    expression: str | None


@dataclass(slots=True)
class Derived:
    """Values computed while checking, reused by ``build``."""

    said: dict[str, SaidDate] = field(default_factory=dict)
    role: dict[str, str] = field(default_factory=dict)  # claim id -> role id at the time
    voice: dict[str, str] = field(default_factory=dict)  # claim id -> who it speaks for
    published: dict[str, PartialDate] = field(default_factory=dict)
    normalised_text: dict[str, str] = field(default_factory=dict)


class LetGo(Exception):
    """A check of claims files a file at a time met what only a check of the whole ledger
    in memory can tell: a claim id already used in a file whose claims were let go (the
    problem names that claim's line). The caller checks the whole ledger instead."""


@dataclass(slots=True)
class Checked:
    report: Report
    derived: Derived


class Context:
    """The state of one check, and the reporting every rule uses."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.problems: list[Problem] = list(ledger.problems)
        self.derived = Derived()
        # id -> (kind, record) over the shared namespace of the YAML entities
        self.ids: dict[str, tuple[str, dict[str, Any] | None]] = {}  # None: a claim let go
        self.counts: dict[tuple[str, str], int] = {}  # (file, code) -> problems found
        # unknown references reported before every claim's id was entered, whose message
        # may name the kind of a claim entered later: (index in ``problems``, the value,
        # the kinds asked for), settled by ``settle``
        self.unsettled: list[tuple[int, str, str]] = []
        # problems whose place is still to be found: (index in ``problems``, document,
        # object, key, at its value, a second place for the message)
        self.pending: list[
            tuple[
                int,
                Document,
                object,
                str | int | None,
                bool,
                tuple[Document, object, str | int | None] | None,
            ]
        ] = []

    def add(
        self,
        code: str,
        doc: Document,
        obj: object,
        key: str | int | None,
        message: str,
        hint: str = "",
        *,
        at_value: bool = False,
        then: tuple[Document, object, str | int | None] | None = None,
    ) -> None:
        """Report ``code`` at ``obj`` (a mapping or list), at its ``key`` or its value.

        ``then`` names a second place (a document, a record and a key) whose
        ``file:line`` ends the message. Places are found by ``place``, once per file for
        all its problems: positions are not kept in memory while values are loaded.
        """
        counted = (doc.path, code)
        seen = self.counts[counted] = self.counts.get(counted, 0) + 1
        if seen > MAX_PER_CODE:
            return
        self.pending.append((len(self.problems), doc, obj, key, at_value, then))
        self.problems.append(Problem(code, doc.path, 0, 0, message, hint))

    def place(self) -> None:
        """Give every problem reported by ``add`` its line and column."""
        asked: dict[int, tuple[Document, list[tuple[object, str | int | None, bool]]]] = {}
        for _, doc, obj, key, at_value, then in self.pending:
            asked.setdefault(id(doc), (doc, []))[1].append((obj, key, at_value))
            if then is not None:
                asked.setdefault(id(then[0]), (then[0], []))[1].append((then[1], then[2], False))
        found = {i: iter(doc.locate(requests)) for i, (doc, requests) in asked.items()}
        for index, doc, _, _, _, then in self.pending:
            line, col = next(found[id(doc)])
            p = self.problems[index]
            message = p.message
            if then is not None:
                message += f"{then[0].path}:{next(found[id(then[0])])[0]}"
            self.problems[index] = Problem(p.code, p.file, line, col, message, p.hint)
        self.pending.clear()

    def settle(self) -> None:
        """Once every id is entered: an unknown reference that names a claim says so."""
        for index, value, what in self.unsettled:
            found = self.ids.get(value)
            if found is not None:
                p = self.problems[index]
                message = f"'{value}' is a {found[0]}, not a {what}"
                self.problems[index] = Problem(p.code, p.file, p.line, p.column, message, p.hint)
        self.unsettled.clear()

    def listed_enough(self, doc: Document, code: str) -> bool:
        """Whether ``code`` is listed ``MAX_PER_CODE`` times in ``doc`` already; if so,
        count one more, so a rule can skip composing a message nobody will read."""
        counted = (doc.path, code)
        seen = self.counts.get(counted, 0)
        if seen < MAX_PER_CODE:
            return False
        self.counts[counted] = seen + 1
        return True

    def summarise(self) -> None:
        """One problem per file and code for those beyond ``MAX_PER_CODE``."""
        for (path, code), seen in self.counts.items():
            if seen > MAX_PER_CODE:
                first = next(p for p in self.problems if p.file == path and p.code == code)
                self.problems.append(
                    Problem(
                        code,
                        path,
                        first.line,
                        first.column,
                        f"{seen - MAX_PER_CODE:,} more like this in the file (only the first "
                        f"{MAX_PER_CODE} are listed)",
                        first.hint,
                    )
                )

    def normalised(self, source: Source) -> str:
        """The source's text, normalised once for every excerpt searched in it."""
        texts = self.derived.normalised_text
        haystack = texts.get(source.id)
        if haystack is None:
            haystack = texts[source.id] = normalise(source.text)
        return haystack


def too_long(value: object, kind: str) -> bool:
    """A text over the ``LENGTH_LIMITS`` of ``kind``: reported as too-long, then skipped
    by every other rule (so no message repeats it and no search runs over it)."""
    return isinstance(value, str) and len(value) > LENGTH_LIMITS[kind]


def describe(value: object) -> str:
    """A value as a message names it: 'a list', 'the number 3', "'text'"."""
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"'{clip(str(value), 30)}'"


def suggest(value: str, candidates: Any) -> str:
    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
