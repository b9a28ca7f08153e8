"""csv, tsv, excel and markdown rows: imported only when a command writes one of them
(or draws a table, which shares the cell text), so a query in json compiles none of it."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any, TextIO

from rnkclaims.render import OutputFormat, clean
from rnkclaims.render.compact import relay_text, said_label


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_safe(value: Any) -> Any:
    """A spreadsheet cell that cannot run: text starting with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return gets a leading ``'`` (OWASP's advice on CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def markdown_safe(text: str) -> str:
    """A markdown table cell that is only text: no raw HTML, no links or images (so no
    ``javascript:`` link), no column breaks, one line, no control characters."""
    text = clean(text).replace("\\", "\\\\")
    for ch, esc in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"),
                    ("[", "\\["), ("]", "\\]"), ("`", "\\`")):  # fmt: skip
        text = text.replace(ch, esc)
    return " ".join(text.splitlines())


def write_delimited(
    rows: Sequence[Sequence[Any]],
    cols: Sequence[str],
    fmt: OutputFormat,
    out: TextIO,
    headers: bool = True,
) -> None:
    """csv, tsv or excel (csv with a byte-order mark and CRLF) rows, injection-safe."""
    import csv

    buf = io.StringIO()
    if fmt is OutputFormat.excel:
        buf.write("\ufeff")
    writer = csv.writer(
        buf,
        delimiter="\t" if fmt is OutputFormat.tsv else ",",
        lineterminator="\r\n" if fmt is OutputFormat.excel else "\n",
    )
    if headers:
        writer.writerow(cols)
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    out.write(buf.getvalue())


CLAIM_COLUMNS = (
    "id", "speaker_id", "speaker", "role", "act", "hedge", "certainty", "said",
    "said_precision", "said_expression", "venue", "venue_description", "venue_place", "quote",
    "excerpt", "relay", "outlet_id", "outlet", "source_id", "published", "propositions",
    "topics", "voice_id", "voice",
)  # fmt: skip
"""The columns of a claim in csv and markdown, in order."""


def _bearings_text(rec: dict[str, Any]) -> str:
    out = []
    for b in rec.get("propositions") or ():
        text = f"{b['proposition_id']}:{b['stance']}"
        if b.get("value"):
            text += f"={b['value']}"
        out.append(text)
    return "; ".join(out)


def flat_claim(rec: dict[str, Any], extra: Sequence[str] = ()) -> dict[str, Any]:
    """A claim as one csv/markdown row: lists joined, nested records summarised."""
    row: dict[str, Any] = {k: rec.get(k) for k in extra}
    for k in CLAIM_COLUMNS:
        if k == "relay":
            row[k] = relay_text(rec)
        elif k == "propositions":
            row[k] = _bearings_text(rec)
        elif k == "topics":
            row[k] = "; ".join(rec.get("topics") or ())
        else:
            row[k] = rec.get(k)
    return row


GROUP_COLUMNS = ("group", "kind", "explanation", "proposition_id", "other_proposition_id",
                 "group_speaker_id", "claims_total")  # fmt: skip
"""A group's columns before each of its claims in csv and markdown; ``group_speaker_id`` is
the group's ``speaker_id`` (each claim has its own)."""


def write(
    records: Sequence[dict[str, Any]],
    cols: Sequence[str],
    fmt: OutputFormat,
    out: TextIO,
    headers: bool = True,
) -> None:
    """``records``' ``cols`` as csv, tsv, excel or markdown rows."""
    if fmt is OutputFormat.markdown:
        if headers:
            out.write("| " + " | ".join(markdown_safe(c) for c in cols) + " |\n")
            out.write("|" + "|".join("---" for _ in cols) + "|\n")
        for r in records:
            out.write("| " + " | ".join(markdown_safe(cell_text(r.get(c))) for c in cols) + " |\n")
        return
    write_delimited([[cell_text(r.get(c)) for c in cols] for r in records], cols, fmt, out, headers)


def claims(
    records: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    extra: Sequence[str],
    answers: bool,
    out: TextIO,
    headers: bool,
) -> None:
    """Claims as rows: ``extra`` fields first, then ``CLAIM_COLUMNS``, then a claim's
    answers and later claims when any record has them."""
    rows = []
    for r in records:
        row = flat_claim(r, extra)
        if answers:
            for key in ("answers", "later"):
                row[key] = "; ".join(
                    f"{a['id']} ({a.get('speaker')}, {a.get('act')}, {said_label(a)})"
                    for a in r.get(key) or ()
                )
                row[f"{key}_total"] = r.get(f"{key}_total")
        rows.append(row)
    more = ("answers", "answers_total", "later", "later_total") if answers else ()
    write(rows, [*extra, *CLAIM_COLUMNS, *more], fmt, out, headers)


def groups(groups: Sequence[dict[str, Any]], fmt: OutputFormat, out: TextIO, headers: bool) -> None:
    """Groups as rows: the group's columns before each of its claims."""
    rows = []
    for i, g in enumerate(groups, 1):
        head = {k: g.get(k.removeprefix("group_")) for k in GROUP_COLUMNS[1:]}
        for c in g.get("claims") or ():
            rows.append({"group": i, **head, **flat_claim(c)})
    write(rows, [*GROUP_COLUMNS, *CLAIM_COLUMNS], fmt, out, headers)


def voices_cells(rec: dict[str, Any]) -> dict[str, Any]:
    """A proposition's supporters and opposers in one cell each, by voice (``confirmations``
    and ``propositions``): ``South Korea (2); United States: Frank Rose (1), Antony
    Blinken (1)``."""
    out = dict(rec)
    for side in ("supporters", "opposers"):
        by_voice: dict[str, list[dict[str, Any]]] = {}
        for v in rec[side]:
            by_voice.setdefault(v.get("voice") or v["speaker"], []).append(v)
        parts = []
        for voice, speakers in by_voice.items():
            if [s["speaker"] for s in speakers] == [voice]:
                parts.append(f"{voice} ({speakers[0]['claims']})")
            else:
                parts.append(
                    f"{voice}: " + ", ".join(f"{s['speaker']} ({s['claims']})" for s in speakers)
                )
        out[side] = "; ".join(parts)
    return out
