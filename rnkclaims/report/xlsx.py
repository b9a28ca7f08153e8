"""An Excel workbook of claims and propositions, for analysts who live in spreadsheets.

``workbook(claims, propositions)`` takes the records of the ``claims`` and
``propositions`` commands (``docs/json-output.md``) and returns the ``.xlsx`` file's
bytes. Three sheets: Claims (one row per claim, the CSV columns), Propositions (one row
per proposition, with the voices on each side) and Stances (one row per claim and
proposition, for pivot tables). Text is always stored as text: a ledger value that
starts with ``=`` is never a formula. Characters a workbook cannot hold (control
characters) are dropped.

openpyxl is imported only here, when a workbook is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

Record = Mapping[str, Any]

CLAIM_COLUMNS = (
    "id", "speaker_id", "speaker", "role", "act", "hedge", "certainty", "said",
    "said_precision", "said_expression", "venue", "venue_description", "venue_place",
    "quote", "excerpt", "relay", "outlet_id", "outlet", "source_id", "published",
    "propositions", "topics", "voice_id", "voice",
)  # fmt: skip
"""The columns of the Claims sheet: the CSV columns of docs/json-output.md."""

PROPOSITION_COLUMNS = (
    "id", "text", "kind", "topics", "supports", "opposes", "supporting_voices",
    "opposing_voices", "supporters", "opposers",
)  # fmt: skip
STANCE_COLUMNS = ("claim_id", "speaker", "voice", "said", "proposition_id", "stance", "value")

_WIDTHS = {"quote": 60, "excerpt": 80, "text": 70, "propositions": 40, "relay": 40}
FIXED_TIME = datetime(2000, 1, 1)
"""The workbook's created time: the ledger has no clock. (openpyxl stamps the modified
time when it saves, so two exports differ there and only there.)"""


def claim_row(rec: Record) -> list[Any]:
    """A claim record flattened like the CSV output."""
    row: list[Any] = []
    for key in CLAIM_COLUMNS:
        if key == "relay":
            row.append(
                " > ".join(
                    h["via"] + (f" ({h['how']})" if h.get("how") else "")
                    for h in rec.get("relay") or ()
                )
            )
        elif key == "propositions":
            row.append(
                "; ".join(
                    f"{b['proposition_id']}:{b['stance']}"
                    + (f"={b['value']}" if b.get("value") else "")
                    for b in rec.get("propositions") or ()
                )
            )
        elif key == "topics":
            row.append("; ".join(rec.get("topics") or ()))
        else:
            row.append(rec.get(key))
    return row


def _people(entries: Sequence[Record]) -> str:
    return "; ".join(f"{e['speaker']} ({e['claims']})" for e in entries)


def proposition_row(rec: Record) -> list[Any]:
    row: list[Any] = []
    for key in PROPOSITION_COLUMNS:
        if key == "topics":
            row.append("; ".join(rec.get("topics") or ()))
        elif key in ("supporters", "opposers"):
            row.append(_people(rec.get(key) or ()))
        else:
            row.append(rec.get(key))
    return row


def stance_rows(claims: Sequence[Record]) -> list[list[Any]]:
    return [
        [c["id"], c["speaker"], c.get("voice"), c.get("said"), b["proposition_id"],
         b["stance"], b.get("value")]
        for c in claims for b in c.get("propositions") or ()
    ]  # fmt: skip


def workbook(claims: Sequence[Record], propositions: Sequence[Record]) -> bytes:
    """The workbook's bytes."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.properties.creator = "rnkclaims"
    wb.properties.created = FIXED_TIME
    sheets = (
        ("Claims", CLAIM_COLUMNS, [claim_row(c) for c in claims]),
        ("Propositions", PROPOSITION_COLUMNS, [proposition_row(p) for p in propositions]),
        ("Stances", STANCE_COLUMNS, stance_rows(claims)),
    )
    first = True
    for title, columns, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = title
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([None] * len(columns))
            r = ws.max_row
            for j, value in enumerate(row, 1):
                cell = ws.cell(row=r, column=j)
                if isinstance(value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    cell.data_type = "s"  # text, never a formula
                else:
                    cell.value = value
                if columns[j - 1] in _WIDTHS:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for j, name in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(j)].width = _WIDTHS.get(name, 16)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
