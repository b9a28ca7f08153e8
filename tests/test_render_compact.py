"""Claims printed for people to a pipe without rich (``render.compact``): byte for byte
what rich draws there, for the bundled ledger's claims and for hostile text, at every
width of the compact layout; and rich is not imported for it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.render import compact, tables
from rnkclaims.render.compact import for_people

WIDTHS = (20, 21, 27, 33, 40, 57, 79, 80, 99)


def drawn_by_rich(records: list[dict[str, Any]], width: int, title: str | None = None) -> str:
    buf = io.StringIO()
    con = Console(file=buf, width=width, highlight=False, soft_wrap=False)
    assert con.color_system is None  # a pipe: no colour
    tables.print_claims(con, records, title)
    return buf.getvalue()


def written(records: list[dict[str, Any]], width: int, title: str | None = None) -> str | None:
    found = compact.lines(records, title, width)
    return None if found is None else "\n".join(found) + "\n" if found else ""


@pytest.fixture(scope="module")
def bundled_claims(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("compact")
    env = {"RNKCLAIMS_DB": str(tmp / "bundled.db")}
    result = CliRunner().invoke(app, ["claims", "-f", "json", "--limit", "0"], env=env)
    assert result.exit_code == 0, result.output
    records: list[dict[str, Any]] = for_people(json.loads(result.stdout))
    assert len(records) > 40
    return records


@pytest.mark.parametrize("width", WIDTHS)
def test_the_bundled_claims_are_written_as_rich_draws_them(
    bundled_claims: list[dict[str, Any]], width: int
) -> None:
    assert written(bundled_claims, width) == drawn_by_rich(bundled_claims, width)
    for title in (
        "Claims about arms",
        "Claims about arms deals between Russia and North Korea, " * 3 + "and more",
        "A" * 130 + " title",
    ):
        assert written(bundled_claims, width, title) == drawn_by_rich(bundled_claims, width, title)


HOSTILE = [
    "",
    " ",
    "a",
    "word " * 40,
    "   leading spaces and trailing spaces   ",
    "x" * 19 + " " + "y" * 20 + " " + "z" * 21,
    "a" * 250,
    "aa  " * 30 + "b" * 45 + "   c",
    "many     inner      spaces      between      words      " * 3,
    "non\u00a0breaking\u00a0spaces\u00a0" * 6,
    "\u201cCurly quotes\u201d \u2014 dashes \u2013 and an ellipsis\u2026 " * 3,
    "Cyrillic: \u0421\u0435\u0432\u0435\u0440\u043d\u0430\u044f \u041a\u043e\u0440\u0435\u044f "
    * 4,
    "Greek \u03b1\u03b2\u03b3 and Latin \u00e9\u00e8\u0107\u0161\u017e\u0142 " * 5,
    "**marked** words **kept** as **they** are " * 4,
    "end with a long word " + "w" * 85,
    "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 4,
]
# left to rich: more than one cell, none, or a line break or tab
LEFT_TO_RICH = [
    "\u5317\u671d\u9bae\u3068\u30ed\u30b7\u30a2",  # CJK: two cells each
    "an emoji \U0001f680 here",
    "combining e\u0301 accent",
    "two\nlines",
    "a\ttab",
    "soft\u00adhyphen",
    "zero\u200bwidth",
]


def claim(words: str, **more: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": "c1", "said": "2024-06-19", "said_precision": "day", "speaker": "Speaker",
        "speaker_id": "speaker", "act": "asserts", "quote": words, "outlet": "Outlet",
    }  # fmt: skip
    rec.update(more)
    return rec


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_written_as_rich_draws_it(text: str) -> None:
    records = [
        claim(text),
        claim("plain words", speaker=text or "x", role=text, venue=text, quote=None,
              excerpt=text, hedge="perhaps"),
        claim(text, answers=[{"id": "c2", "speaker": text, "act": "denies", "said": "2024"}],
              answers_total=3, draft=True),
    ]  # fmt: skip
    for width in WIDTHS:
        assert written(records, width) == drawn_by_rich(records, width), width


@pytest.mark.parametrize("text", LEFT_TO_RICH)
def test_text_of_other_widths_is_left_to_rich(text: str) -> None:
    assert compact.lines([claim(text)], None, 80) is None
    assert compact.lines([claim("fine", speaker=text)], None, 80) is None
    assert compact.lines([claim("fine")], text, 80) is None


def test_a_table_is_left_to_rich() -> None:
    assert compact.lines([claim("fine")], None, 100) is None
    assert compact.lines([claim("fine")], None, 19) is None
    assert compact.lines([claim("fine")], None, 99) is not None


def test_every_character_written_here_is_one_cell_for_rich() -> None:
    chars = [chr(c) for c in range(0x20, 0x2100) if compact._simple(chr(c))]
    assert len(chars) > 900
    assert [c for c in chars if cell_len(c) != 1] == []


REPO = Path(__file__).resolve().parent.parent


def run_piped(args: list[str], env: dict[str, str]) -> tuple[str, bool]:
    """The command's stdout as a process writing to a pipe, and whether it imported rich
    (told by ``-X importtime``: the process ends without the interpreter's teardown)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "rnkclaims", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()]
    return done.stdout, "rich" in imported


def test_a_query_to_a_pipe_prints_what_rich_would_without_importing_it(tmp_path: Path) -> None:
    env = {**os.environ, "RNKCLAIMS_DB": str(tmp_path / "b.db"), "COLUMNS": "80"}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        env.pop(name, None)
    subprocess.run(
        [sys.executable, "-m", "rnkclaims", "build"], env=env, capture_output=True, check=True
    )
    piped, rich = run_piped(["who-said", "arms"], env)
    assert not rich
    records = json.loads(run_piped(["who-said", "arms", "-f", "json"], env)[0])
    assert piped == drawn_by_rich(for_people(records), 80)
    assert piped.count("\n\n") == len(records) >= 2
    table, rich = run_piped(["who-said", "arms"], {**env, "COLUMNS": "120"})  # a table
    assert rich and table != piped
    coloured, rich = run_piped(["who-said", "arms"], {**env, "FORCE_COLOR": "1"})
    assert rich and "\x1b[" in coloured
