"""The geometry of the report's pictures, drawn as SVG by ``templates/charts.html``.

- A timeline per proposition: one lane per voice; a mark per claim, coloured by stance
  (a dot for a day, a bar for a month or a year); denials drawn as diamonds; an undated
  claim as a dashed range from the start of the axis up to its source's date.
- A proposition x voice matrix: each cell shows how many of a voice's claims support and
  oppose the proposition.

Everything here is numbers and plain text; the template escapes the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rnkclaims.dates import DateError, parse_date

Record = dict[str, Any]
Href = Callable[[str], str | None]

LABEL_WIDTH = 190
PLOT_WIDTH = 560
LANE_HEIGHT = 26
AXIS_HEIGHT = 30
CHAR_WIDTH = 6.4  # of the 11 px sans-serif labels, for truncation


def shorten(text: str, width: float) -> str:
    """``text`` cut to fit ``width`` pixels of label, with an ellipsis when cut."""
    most = max(4, int(width / CHAR_WIDTH))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _days(value: str | None, latest: bool = False) -> int | None:
    if not value:
        return None
    try:
        parsed = parse_date(value)
    except DateError:
        return None
    return (parsed.latest if latest else parsed.earliest).toordinal()


@dataclass(frozen=True, slots=True)
class Mark:
    claim_id: str
    href: str
    shape: str
    """``dot``, ``bar``, ``diamond`` (a denial) or ``undated``."""
    stance: str
    x1: float
    x2: float
    y: float
    title: str


@dataclass(frozen=True, slots=True)
class Lane:
    label: str
    full: str
    href: str | None
    y: float


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: float
    height: float
    left: float
    right: float
    lanes: list[Lane] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    label: str = ""


def _when(claim: Record) -> str:
    if claim["said"]:
        return f"{claim['said']} ({claim['said_precision']})"
    return f"undated, published {claim['published'] or 'on an unknown date'}"


def timeline(
    proposition: Record,
    claims: Sequence[Record],
    claim_href: Callable[[str], str],
    voice_href: Href,
) -> Timeline | None:
    """The timeline of the claims bearing on ``proposition``; ``None`` without claims."""
    pid = proposition["id"]
    rows: list[tuple[Record, str]] = []
    for claim in claims:
        for bearing in claim["propositions"]:
            if bearing["proposition_id"] == pid:
                value = f" = {bearing['value']}" if bearing.get("value") else ""
                rows.append((claim, bearing["stance"] + value))
                break
    if not rows:
        return None
    spans: list[tuple[int | None, int | None]] = []
    for claim, _ in rows:
        if claim["said_earliest"]:
            spans.append((_days(claim["said_earliest"]), _days(claim["said_latest"], True)))
        else:
            spans.append((None, _days(claim["published"], latest=True)))
    known = [d for span in spans for d in span if d is not None]
    if not known:
        known = [date(2000, 1, 1).toordinal()]
    start, end = min(known), max(known)
    if end - start < 60:
        start, end = start - 180, end + 180
    pad = (end - start) * 0.04
    start_f, end_f = start - pad, end + pad

    def x(day: float) -> float:
        return round(LABEL_WIDTH + (day - start_f) / (end_f - start_f) * PLOT_WIDTH, 1)

    first_seen: dict[str, tuple[int, str]] = {}
    names: dict[str, str] = {}
    for (claim, _), (lo, hi) in zip(rows, spans, strict=True):
        key = claim["voice_id"]
        names[key] = claim["voice"] or key
        when = lo if lo is not None else (hi if hi is not None else end)
        first_seen[key] = min(first_seen.get(key, (when, key)), (when, key))
    order = sorted(first_seen, key=lambda k: (first_seen[k][0], names[k].casefold(), k))
    lane_y = {k: AXIS_HEIGHT + LANE_HEIGHT * i + LANE_HEIGHT / 2 for i, k in enumerate(order)}
    chart = Timeline(
        width=LABEL_WIDTH + PLOT_WIDTH + 20,
        height=AXIS_HEIGHT + LANE_HEIGHT * len(order) + 10,
        left=LABEL_WIDTH,
        right=LABEL_WIDTH + PLOT_WIDTH,
        label=f"Timeline of claims on: {proposition['text']}",
    )
    for k in order:
        chart.lanes.append(
            Lane(shorten(names[k], LABEL_WIDTH - 12), names[k], voice_href(k), lane_y[k])
        )
    first_year = date.fromordinal(int(start_f) + 1).year
    last_year = date.fromordinal(int(end_f)).year
    step = max(1, (last_year - first_year + 1) // 10)
    for year in range(first_year, last_year + 1, step):
        day = date(year, 1, 1).toordinal()
        if start_f <= day <= end_f:
            chart.ticks.append(Tick(x(day), str(year)))
    for (claim, stance), (lo, hi) in zip(rows, spans, strict=True):
        title = f"{claim['speaker']} {claim['act']} ({stance}), {_when(claim)}: {claim['excerpt']}"
        y = lane_y[claim["voice_id"]]
        if lo is None:
            shape, x1, x2 = "undated", chart.left, x(hi) if hi is not None else chart.right
        elif claim["act"] == "denies":
            shape, x1, x2 = "diamond", x((lo + (hi or lo)) / 2), x((lo + (hi or lo)) / 2)
        elif claim["said_precision"] == "day" or hi is None:
            shape, x1, x2 = "dot", x(lo), x(lo)
        else:
            shape, x1, x2 = "bar", x(lo), max(x(hi + 1), x(lo) + 4)
        chart.marks.append(
            Mark(claim["id"], claim_href(claim["id"]), shape, stance.split(" ")[0], x1, x2, y,
                 title)
        )  # fmt: skip
    return chart


@dataclass(frozen=True, slots=True)
class Cell:
    x: float
    y: float
    supports: int
    opposes: int
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class Axis:
    label: str
    full: str
    href: str | None
    at: float


@dataclass(slots=True)
class Matrix:
    width: float
    height: float
    cell: float
    top: float
    left: float
    rows: list[Axis] = field(default_factory=list)
    columns: list[Axis] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    left_out: str = ""


MATRIX_ROWS = 60
MATRIX_COLUMNS = 40
CELL = 22
ROW_LABEL = 330
COLUMN_LABEL = 130


def matrix(
    propositions: Sequence[Record],
    claims: Sequence[Record],
    proposition_href: Callable[[str], str],
    voice_href: Href,
) -> Matrix | None:
    """The proposition x voice matrix of stances, the most debated propositions and the
    most vocal voices first; ``None`` when no claim bears on a proposition."""
    counts: dict[tuple[str, str], list[int]] = {}
    voices: dict[str, str] = {}
    per_voice: dict[str, int] = {}
    for claim in claims:
        for bearing in claim["propositions"]:
            key = (bearing["proposition_id"], claim["voice_id"])
            cell = counts.setdefault(key, [0, 0])
            cell[0 if bearing["stance"] == "supports" else 1] += 1
            voices[claim["voice_id"]] = claim["voice"] or claim["voice_id"]
            per_voice[claim["voice_id"]] = per_voice.get(claim["voice_id"], 0) + 1
    if not counts:
        return None
    rows = [p for p in propositions if p["supports"] + p["opposes"]]
    columns = sorted(per_voice, key=lambda v: (-per_voice[v], voices[v].casefold(), v))
    left_out = []
    if len(rows) > MATRIX_ROWS:
        left_out.append(f"{len(rows) - MATRIX_ROWS} less debated propositions")
        rows = rows[:MATRIX_ROWS]
    if len(columns) > MATRIX_COLUMNS:
        left_out.append(f"{len(columns) - MATRIX_COLUMNS} voices with fewer claims")
        columns = columns[:MATRIX_COLUMNS]
    top, left = COLUMN_LABEL, ROW_LABEL
    chart = Matrix(
        width=left + CELL * len(columns) + COLUMN_LABEL * 0.75,
        height=top + CELL * len(rows) + 6,
        cell=CELL,
        top=top,
        left=left,
        left_out=" and ".join(left_out),
    )
    for j, v in enumerate(columns):
        chart.columns.append(
            Axis(shorten(voices[v], COLUMN_LABEL * 1.3), voices[v], voice_href(v),
                 left + CELL * j + CELL / 2)
        )  # fmt: skip
    for i, p in enumerate(rows):
        y = top + CELL * i
        chart.rows.append(
            Axis(shorten(p["text"], ROW_LABEL - 10), p["text"], proposition_href(p["id"]),
                 y + CELL / 2)
        )  # fmt: skip
        for j, v in enumerate(columns):
            sup, opp = counts.get((p["id"], v), [0, 0])
            if sup or opp:
                chart.cells.append(
                    Cell(
                        left + CELL * j,
                        y,
                        sup,
                        opp,
                        proposition_href(p["id"]),
                        f"{voices[v]} on “{p['text']}”: {sup} supporting, {opp} opposing",
                    )
                )
    return chart
