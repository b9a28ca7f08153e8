# ruff: noqa: RUF001  (Cyrillic test data)
"""Tables people can use at 80 columns: a compact layout below 100 columns, ids never
folded, and a pager on a terminal when the output is taller than the screen."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from query_fixtures import LEDGER, write_query_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.ledger import LedgerPaths

runner = CliRunner()
EXE = str(Path(sys.executable).parent / "rnkclaims")


@pytest.fixture
def paths(tmp_path: Path) -> LedgerPaths:
    return write_query_ledger(tmp_path / "ledger")


def table(paths: LedgerPaths, columns: int, *args: str) -> str:
    result = runner.invoke(
        app,
        [*args, "--ledger", str(paths.root), "--db", str(paths.root.parent / "q.db")],
        env={"COLUMNS": str(columns), "NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_below_100_columns_one_header_line_per_claim(paths: LedgerPaths) -> None:
    out = table(paths, 80, "claims", "--speaker", "Shoigu")
    assert out.splitlines() == [
        "shoigu-ru  2024-02-09 (day)  Sergei Shoigu  asserts",
        "  Шойгу заявил о сотрудничестве с КНДР в космической области.",
        "  Minister of Defence, Russian Ministry of Defence",
        "  in TASS",
        "",
        "shoigu-wont-help  2024-02-09 (day)  Sergei Shoigu  asserts",
        "  Shoigu said Russia would not help North Korea with satellites.",
        "  Minister of Defence, Russian Ministry of Defence",
        "  in TASS",
        "  - ru-space-help",
        "",
        "shoigu-will-help  2023-09-13 (day)  Sergei Shoigu  pledges",
        "  Shoigu said Russia would help the DPRK build satellites.",
        "  Minister of Defence, Russian Ministry of Defence",
        "  in Korean Central News Agency",
        "  + ru-space-help",
        "",
    ]


def test_denials_list_answers_id_first(paths: LedgerPaths) -> None:
    out = table(paths, 80, "denials")
    assert out.splitlines()[:9] == [
        "kp-denies  2023-09 (month)  North Korea  denies",
        "  Pyongyang denied any arms deals with Moscow",
        "  via Yonhap News Agency (report), in Reuters",
        "  - kp-arms-to-ru",
        "  Answers:",
        "  - sk-confirms  South Korea, confirms, 2023-09-14",
        "  - us-accuses  United States, accuses, 2023-09-14",
        "  - sk-confirms-yonhap  South Korea, confirms, 2023-09-15",
        "  - us-repeats  United States, asserts, 2023-09-15",
    ]


def test_at_100_columns_and_more_a_table(paths: LedgerPaths) -> None:
    out = table(paths, 120, "claims", "--speaker", "Shoigu")
    assert out.splitlines()[0].startswith("┏")
    assert "shoigu-wont-help" in out


LONG_IDS = "".join(
    f"  - id: ibt15.officials-confirm-space-plans-{i}\n    speaker: united-states\n"
    "    source: src-yonhap\n    mode: reported\n"
    "    excerpt: Washington has not seen any evidence of space cooperation\n"
    "    act: asserts\n    said: 2023-09-15\n"
    for i in range(3)
)


@pytest.mark.parametrize("columns", [60, 80, 99, 100, 140])
@pytest.mark.parametrize("command", ["claims", "contradictions", "denials", "timeline"])
def test_ids_are_never_folded(tmp_path: Path, columns: int, command: str) -> None:
    paths = write_query_ledger(tmp_path / "l", LEDGER + LONG_IDS)
    listed = runner.invoke(
        app,
        [command, "-f", "json", "--ledger", str(paths.root), "--db", str(tmp_path / "q.db")],
    ).stdout
    records = json.loads(listed)
    claims = [c for g in records for c in g["claims"]] if command == "contradictions" else records
    out = table(paths, columns, command)
    for c in claims:
        assert c["id"] in out, f"{c['id']} folded at {columns} columns"
    assert max(len(line) for line in out.splitlines()) <= columns


def test_actor_ids_stay_whole_at_80_columns(paths: LedgerPaths) -> None:
    out = table(paths, 80, "actors")
    for actor in ("sergei-shoigu", "united-states", "bonnie-jenkins", "kim-jong-un"):
        assert actor in out


# -- the pager ------------------------------------------------------------------------------


def on_terminal(paths: LedgerPaths, *args: str, **env: str) -> tuple[int, str]:
    """The installed command with stdout on a pseudo-terminal of 80 x ``LINES``."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [EXE, *args, "--ledger", str(paths.root), "--db", str(paths.root.parent / "t.db")],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "80", "NO_COLOR": "1", **env},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=60)
    os.close(leader)
    return code, b"".join(chunks).decode().replace("\r\n", "\n")


PAGER = "sed s/^/PAGED:/"
"""A pager that shows it ran: every line it passes on starts with PAGED:."""


def test_taller_than_the_screen_goes_through_the_pager(paths: LedgerPaths) -> None:
    code, out = on_terminal(paths, "claims", LINES="10", RNKCLAIMS_PAGER=PAGER)
    assert code == 0
    lines = [line for line in out.splitlines() if line]
    assert lines and all(line.startswith("PAGED:") for line in lines)


def test_no_pager_and_an_empty_pager_turn_it_off(paths: LedgerPaths) -> None:
    for args, env in (
        (("claims", "--no-pager"), {"RNKCLAIMS_PAGER": PAGER}),
        (("--no-pager", "claims"), {"RNKCLAIMS_PAGER": PAGER}),
        (("claims",), {"RNKCLAIMS_PAGER": ""}),
        (("claims",), {"RNKCLAIMS_PAGER": "cat"}),
    ):
        code, out = on_terminal(paths, *args, LINES="10", **env)
        assert code == 0
        assert "PAGED:" not in out and "shoigu-wont-help" in out


def test_short_output_and_pipes_are_not_paged(paths: LedgerPaths) -> None:
    code, out = on_terminal(paths, "claims", LINES="1000", RNKCLAIMS_PAGER=PAGER)
    assert code == 0 and "PAGED:" not in out and "shoigu-wont-help" in out
    code, out = on_terminal(paths, "claims", "-f", "csv", LINES="10", RNKCLAIMS_PAGER=PAGER)
    assert "PAGED:" not in out
    done = subprocess.run(
        [EXE, "claims", "--ledger", str(paths.root), "--db", str(paths.root.parent / "p.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "LINES": "10", "RNKCLAIMS_PAGER": PAGER},
    )
    assert done.returncode == 0 and "PAGED:" not in done.stdout


@pytest.mark.parametrize("columns", [80, 100, 120, 160])
def test_show_keeps_related_ids_whole(paths: LedgerPaths, columns: int) -> None:
    out = table(paths, columns, "show", "kp-denies")
    for related in ("sk-confirms", "us-accuses", "sk-confirms-yonhap", "us-repeats"):
        assert related in out
    assert max(len(line) for line in out.splitlines()) <= columns
