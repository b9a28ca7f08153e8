"""Claims in the compact layout (a header line per claim, then its words and details),
as pieces of text with their styles: drawn by ``tables`` with rich on a terminal, and
written here without rich where nothing is drawn in colour (a pipe), which spares a
query printed for people the import of rich (about 45 ms of a 150 ms command).

Written here, the lines are wrapped as rich wraps them (``_divide``: rich's
``divide_line``, the same from rich 13.7 to 15, for text whose every character is one
cell wide). Anything else is left to rich: a terminal, a width of 100 columns or more
(a table), colour forced by the environment, another platform, and text holding a
line break, a tab or a character outside the ranges rich counts as one cell
(``_ONE_CELL``). ``tests/test_render_compact.py`` compares both ways byte for byte.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from rnkclaims.render import CELL_CHARS, clean, colour_forced

COMPACT_BELOW = 100
"""Below this many columns, claims are listed, not tabled: a header line per claim (id,
date, speaker, act), then its words and details indented; ids are never folded."""


def for_people(value: Any, limit: int = CELL_CHARS) -> Any:
    """``value`` (strings in any nesting of lists and dicts) with control characters
    written out and each string clipped to ``limit`` characters, for a terminal."""
    if isinstance(value, str):
        if len(value) > limit:
            value = value[:limit] + f"\u2026 ({len(value) - limit:,} more characters)"
        return clean(value)
    if isinstance(value, dict):
        return {k: for_people(v, limit) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [for_people(v, limit) for v in value]
    return value


def relay_text(rec: dict[str, Any]) -> str:
    hops = [h["via"] + (f" ({h['how']})" if h.get("how") else "") for h in rec.get("relay") or ()]
    return " > ".join(hops)


def said_label(rec: dict[str, Any]) -> str:
    """``2023-09-14``, or for an undated claim ``undated (reported 2023-11-16)``."""
    if rec.get("said"):
        return str(rec["said"])
    return f"undated (reported {rec['published']})" if rec.get("published") else "undated"


Piece = tuple[str, str]
"""A run of text and its rich style ("" for none)."""


def said_text(rec: dict[str, Any]) -> str:
    precision = rec.get("said_precision") or "?"
    text = f"{rec['said']} ({precision})" if rec.get("said") else said_label(rec)
    if rec.get("said_expression"):
        text += f", '{rec['said_expression']}'"
    return text


class Parts(NamedTuple):
    """One claim in the compact layout: its header line (``id  date  speaker  act``), its
    words (with their ``**marks**``, which the caller styles), whether they are quoted,
    and the other lines of its body, as pieces with their styles."""

    head: list[Piece]
    words: str
    quoted: bool
    rest: list[list[Piece]]


def claim_parts(rec: dict[str, Any], act_styles: dict[str, str]) -> Parts:
    """``rec``'s ``Parts``; ``act_styles``: the style of each act's name."""
    head: list[Piece] = [
        (str(rec.get("id")), "bold"),
        ("  " + said_text(rec).split(",")[0], ""),
        ("  " + str(rec.get("speaker") or rec.get("speaker_id") or ""), "bold"),
    ]
    act = rec.get("act") or ""
    head.append(("  " + act, f"italic {act_styles.get(act, '')}".strip()))
    hedge = ", ".join(x for x in (rec.get("hedge"), rec.get("certainty")) if x)
    if hedge:
        head.append((f" ({hedge})", "italic"))
    if rec.get("draft"):
        head.append(("  draft", "yellow"))
    words = rec.get("highlight") or rec.get("quote") or rec.get("excerpt") or ""
    body: list[list[Piece]] = []
    who = ", ".join(x for x in (rec.get("role"), rec.get("role_organisation")) if x)
    if rec.get("voice_id") and rec.get("voice_id") != rec.get("speaker_id"):
        who += ("; " if who else "") + f"for {rec.get('voice') or rec['voice_id']}"
    where = [x for x in (rec.get("venue"), rec.get("venue_place")) if x]
    relay = relay_text(rec)
    if relay:
        where.append("via " + relay)
    if rec.get("outlet") or rec.get("outlet_id"):
        where.append(f"in {rec.get('outlet') or rec.get('outlet_id')}")
    body += [[(line, "dim")] for line in (who, ", ".join(where)) if line]
    for b in rec.get("propositions") or ():
        sign = "+" if b["stance"] == "supports" else "-"
        value = f" = {b['value']}" if b.get("value") else ""
        body.append([(f"{sign} {b['proposition_id']}{value}", "dim")])
    for key, label in (("answers", "Answers:"), ("later", "Contradicted later by:")):
        if key not in rec or (key == "later" and not rec.get(key)):
            continue
        body.append([(label, "bold")])
        for a in rec.get(key) or ():
            body.append(
                [
                    ("- ", ""),
                    (str(a.get("id")), "bold dim"),
                    (f"  {a.get('speaker') or a.get('speaker_id')}, {a.get('act')}, ", ""),
                    (said_label(a), ""),
                ]
            )
        more = int(rec.get(f"{key}_total") or 0) - len(rec.get(key) or ())
        if more > 0:
            body.append([(f"... and {more} more", "dim")])
        if not rec.get(key):
            body.append([("none in the ledger", "dim")])
    return Parts(head, words, bool(rec.get("quote")), body)


# -- without rich -----------------------------------------------------------------------

# Characters rich counts as one cell (tested against the rich installed): printable
# ASCII, Latin-1 but its soft hyphen, Latin Extended-A and -B, Greek, Cyrillic, and the
# dashes, quotation marks, bullets and ellipsis of general punctuation.
_ONE_CELL = re.compile(
    "[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c"
    "\u038e-\u03a1\u03a3-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u203e\u20ac]*"
)
_WORD = re.compile(r"\s*\S+\s*")  # rich's ``re_word``
_TRAILING_SPACE = re.compile(r"\s+$")


def _width() -> int:
    """The width rich gives a console on stdout: ``COLUMNS``, else the first of stdin,
    stdout and stderr that is a terminal, else 80."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for fd in (0, 1, 2):
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def _divide(text: str, width: int) -> list[int]:
    """Where rich's ``divide_line`` breaks ``text`` (one cell a character) to fit
    ``width``, folding a word longer than a line."""
    breaks: list[int] = []
    offset = 0
    for m in _WORD.finditer(text):
        start, word = m.start(), m.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            chunks = [word[i : i + width] for i in range(0, len(word), width)]
            for i, chunk in enumerate(chunks):
                if start:
                    breaks.append(start)
                if i == len(chunks) - 1:
                    offset = len(chunk)
                else:
                    start += len(chunk)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _wrap(text: str, width: int, strip: bool = True) -> list[str]:
    """``text`` as rich's ``Text.wrap`` cuts it at ``width`` (no justification, long
    words folded): the space a line ends with beyond the width goes (``rstrip_end``),
    then the line is cropped to the width. ``strip``: all its trailing space goes, as
    ``tables`` strips the lines of a claim (a title keeps what is within the width)."""
    lines = []
    for a, b in pairwise([0, *_divide(text, width), len(text)]):
        line = text[a:b]
        if len(line) > width:
            space = _TRAILING_SPACE.search(line)
            if space is not None:
                line = line[: len(line) - min(len(space.group()), len(line) - width)]
        lines.append(line[:width].rstrip() if strip else line[:width])
    return lines


def _simple(text: str) -> bool:
    return _ONE_CELL.fullmatch(text) is not None


def lines(records: Sequence[dict[str, Any]], title: str | None, width: int) -> list[str] | None:
    """The lines ``tables.print_claims`` draws for the claims (made fit for people:
    ``for_people``) on a console of ``width`` columns without colour; None where
    rich must draw them (a table, or text this module does not wrap)."""
    if not 20 <= width < COMPACT_BELOW:
        return None
    out: list[str] = []
    if title:
        if not _simple(title) or title != title.rstrip():
            return None  # (rich keeps a title's own trailing space; none is made)
        out += _wrap(title, width, strip=False)
    body_width = max(20, width - 2)
    for rec in records:
        parts = claim_parts(rec, {})
        head = "".join(t for t, _ in parts.head)
        words = f"\u201c{parts.words}\u201d" if parts.quoted else parts.words
        body = [words, *("".join(t for t, _ in line) for line in parts.rest)]
        if not _simple(head) or not all(map(_simple, body)):
            return None
        out += _wrap(head, width)
        out += [("  " + part).rstrip() for line in body for part in _wrap(line, body_width)]
        out.append("")
    return out


def write_claims(records: Sequence[dict[str, Any]], title: str | None) -> bool:
    """``lines`` written to stdout, where rich would draw them without colour (a pipe,
    on a POSIX system, colour not forced by the environment); False, having written
    nothing, where rich must draw them."""
    if os.name != "posix" or sys.stdout.isatty() or colour_forced():
        return False
    found = lines(records, title, _width())
    if found is None:
        return False
    if found:
        sys.stdout.write("\n".join(found) + "\n")
    return True
