"""Groups (contradictions), sections (stats), one claim or source in full (``show``,
``source show``) and coverage in each format, and what the table modules share: apart
from the package's own module, so that a list of claims in json compiles none of it."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from rnkclaims.render import (
    MACHINE_FORMATS,
    OutputFormat,
    _out_console,
    dumps,
    render_records,
)
from rnkclaims.render.compact import for_people as for_people

ID_CHARS = 48
"""An id column is at least as wide as its longest id up to this: ids are what people copy
into ``show``, so they are not folded mid-word."""


def _id_width(column: str, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    if column != "id" or not records:
        return {}
    return {"min_width": min(ID_CHARS, max(len(str(r.get("id") or "")) for r in records))}


HIGHLIGHT = "**"
"""Marks matched words in a claim's ``highlight`` field: ``**deals**``."""

_ACT_STYLES = {"denies": "red", "confirms": "green", "accuses": "magenta", "asserts": "cyan"}


def render_groups(
    groups: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Groups of claims (contradictions): each group's explanation, then its claims."""
    stream = out or sys.stdout
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        render_records(groups, fmt, out=stream)
        return
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        rows.groups(groups, fmt, stream, headers)
        return
    from rnkclaims.render import tables

    tables.groups(_out_console(out), groups)


def render_sections(
    sections: Mapping[str, Sequence[dict[str, Any]]],
    fmt: OutputFormat,
    columns: Mapping[str, Sequence[str]] | None = None,
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Several lists of records under names: a JSON object of lists; jsonl, csv and
    markdown rows with a ``section`` field first; a titled table per section."""
    stream = out or sys.stdout
    columns = columns or {}
    if fmt is OutputFormat.json:
        stream.write(dumps({k: list(v) for k, v in sections.items()}) + "\n")
        return
    if fmt is OutputFormat.jsonl:
        for name, records in sections.items():
            for r in records:
                stream.write(json.dumps({"section": name, **r}, ensure_ascii=False) + "\n")
        return
    if fmt in MACHINE_FORMATS:
        cols: list[str] = ["section"]
        flat = []
        for name, records in sections.items():
            for r in records:
                row = {"section": name, **r}
                flat.append(row)
                for k in columns.get(name) or r.keys():
                    if k not in cols:
                        cols.append(k)
        render_records(flat, fmt, columns=cols, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.sections(_out_console(out), sections, columns)


def _wrote_one_record(rec: dict[str, Any], fmt: OutputFormat, stream: TextIO) -> bool:
    """A single record as json (indented) or jsonl (one line); False for other formats."""
    if fmt is OutputFormat.json:
        stream.write(dumps(rec) + "\n")
    elif fmt is OutputFormat.jsonl:
        stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        return False
    return True


def render_claim_detail(
    rec: dict[str, Any], fmt: OutputFormat, out: TextIO | None = None, headers: bool = True
) -> None:
    """One claim in full (``show``): the claim, its excerpt in context, related claims."""
    stream = out or sys.stdout
    if _wrote_one_record(rec, fmt, stream):
        return
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        related = rec.get("related") or ()
        sections: dict[str, Sequence[dict[str, Any]]] = {
            "claim": [rows.flat_claim(rec)],
            "related": [
                {k: r.get(k) for k in ("relation", "reason", "id", "speaker", "act", "said")}
                for r in related
            ],
        }
        render_sections(sections, fmt, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.claim_detail(_out_console(out), rec)


def render_source(
    rec: dict[str, Any], fmt: OutputFormat, out: TextIO | None = None, headers: bool = True
) -> None:
    """An archived article (``source show``): its text with each claim's excerpt marked
    and followed by the claim's id; csv and the like list where the excerpts are."""
    stream = out or sys.stdout
    if _wrote_one_record(rec, fmt, stream):
        return
    if fmt in MACHINE_FORMATS:
        rows = [
            {"source_id": rec["id"], **e, "excerpt": rec["text"][e["start"] : e["end"]]}
            if e["found"]
            else {"source_id": rec["id"], **e}
            for e in rec["excerpts"]
        ]
        cols = ("source_id", "claim_id", "found", "line", "start", "end", "excerpt")
        render_records(rows, fmt, columns=cols, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.source(_out_console(out), rec)


# -- coverage (rnkclaims coverage) -----------------------------------------------------------


def render_coverage(result: Any, minimum: float | None = None, out: TextIO | None = None) -> None:
    """Uncovered passages as ``file:line: kind: text``, then one summary line per source
    and a total; ``result`` is a ``coverage.Coverage``."""
    from rnkclaims.render import terminal

    terminal.coverage(result, minimum, out or sys.stdout)
