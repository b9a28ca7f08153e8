"""Reading sources: source show with excerpts marked, --around a claim, show --context,
and the outlets list."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from query_fixtures import write_query_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import ExitStatus
from rnkclaims.ledger import LedgerPaths

runner = CliRunner()


@pytest.fixture
def paths(tmp_path: Path) -> LedgerPaths:
    return write_query_ledger(tmp_path / "ledger")


def run(paths: LedgerPaths, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app,
        [*args, "--ledger", str(paths.root), "--db", str(paths.root.parent / "q.db")],
        env={"COLUMNS": "100", "NO_COLOR": "1"},
    )
    return result.exit_code, result.stdout, result.stderr


def test_source_show_marks_every_excerpt_with_its_claim(paths: LedgerPaths) -> None:
    code, out, _ = run(paths, "source", "show", "src-reuters")
    assert code == 0
    assert out.splitlines() == [
        "src-reuters  2023-09-14  Reuters",
        "US says North Korea ships arms to Russia",
        f"{paths.root / 'sources' / 'src-reuters.txt'}:8",
        "",
        "WASHINGTON, Sept 14 (Reuters) - **The United States accuses North Korea of supplying"
        " Russia",
        "with artillery shells** [us-accuses], a spokesperson said.",
        "**Pyongyang denied any arms deals with Moscow** [kp-denies], according to Yonhap.",
        "**Seoul confirmed that the DPRK had been providing missiles to Russia.** [sk-confirms]",
        "**Jenkins, the Under Secretary for Arms Control, said the deal on grain exports had"
        " stalled.** ",
        "[jenkins-grain]",
        "**Kim Jong-un pledged full support for Russia at the summit on Wednesday.** [kim-pledges]",
    ]


def test_source_show_marks_the_right_words_after_control_characters(paths: LedgerPaths) -> None:
    source = paths.sources_dir / "src-reuters.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("WASHINGTON,", "\x07" * 8 + "WASHINGTON,"), encoding="utf-8")
    code, out, _ = run(paths, "source", "show", "src-reuters")
    assert code == 0
    lines = out.splitlines()
    assert lines[4].startswith(
        "\\x07" * 8 + "WASHINGTON, Sept 14 (Reuters) - **The United States accuses"
    )
    assert "**Pyongyang denied any arms deals with Moscow** [kp-denies]" in out


def test_source_show_around_a_claim(paths: LedgerPaths) -> None:
    code, out, _ = run(paths, "source", "show", "src-reuters", "--around", "kp-denies", "-C", "0")
    assert code == 0
    assert out.splitlines()[2:] == [
        f"{paths.root / 'sources' / 'src-reuters.txt'}:10",
        "",
        "**Pyongyang denied any arms deals with Moscow** [kp-denies], according to Yonhap.",
    ]
    code, out, _ = run(paths, "source", "show", "src-reuters", "--around", "kp-denies", "-C", "1")
    body = out.splitlines()[4:]
    # the accusation starts on the line before: only what the window shows is marked
    assert body[0] == "with artillery shells, a spokesperson said."
    assert body[-1] == (
        "**Seoul confirmed that the DPRK had been providing missiles to Russia.** [sk-confirms]"
    )


def test_source_show_json_and_csv(paths: LedgerPaths) -> None:
    code, out, _ = run(paths, "source", "show", "src-reuters", "-f", "json")
    rec = json.loads(out)
    assert [e["claim_id"] for e in rec["excerpts"]] == [
        "us-accuses", "kp-denies", "sk-confirms", "jenkins-grain", "kim-pledges",
    ]  # fmt: skip
    denial = rec["excerpts"][1]
    assert rec["text"][denial["start"] : denial["end"]] == (
        "Pyongyang denied any arms deals with Moscow"
    )
    assert denial["line"] == 10
    code, out, _ = run(paths, "source", "show", "src-reuters", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[1] == {
        "source_id": "src-reuters", "claim_id": "kp-denies", "found": "True", "line": "10",
        "start": "134", "end": "177", "excerpt": "Pyongyang denied any arms deals with Moscow",
    }  # fmt: skip


def test_source_show_errors(paths: LedgerPaths) -> None:
    code, _, err = run(paths, "source", "show", "src-reuter")
    assert code == ExitStatus.NOT_FOUND
    assert err.splitlines()[-2:] == [
        "Error: no source 'src-reuter'",
        "Hint: did you mean: src-reuters?",
    ]
    code, _, err = run(paths, "source", "show", "src-reuters", "--around", "shoigu-ru")
    assert code == ExitStatus.NOT_FOUND
    assert "Error: claim 'shoigu-ru' is not from source 'src-reuters'" in err


def test_show_context_in_lines(paths: LedgerPaths) -> None:
    code, out, _ = run(paths, "show", "kp-denies", "--context", "1", "-f", "json")
    assert code == 0
    context = json.loads(out)["context"]
    assert context["before"] == "with artillery shells, a spokesperson said.\n"
    assert context["after"] == (
        ", according to Yonhap.\nSeoul confirmed that the DPRK had been providing missiles to"
        " Russia."
    )
    assert context["line"] == 10
    code, out, _ = run(paths, "show", "kp-denies", "-f", "json")
    assert json.loads(out)["context"]["before"].startswith("WASHINGTON, Sept 14")


def test_outlets(paths: LedgerPaths) -> None:
    code, out, _ = run(paths, "outlets", "-f", "csv")
    assert code == 0
    assert out.splitlines() == [
        "id,name,kind,country,aliases,sources,claims,relayed,url",
        "reuters,Reuters,wire-agency,,,1,5,0,",
        "yonhap,Yonhap News Agency,wire-agency,,Yonhap,1,4,1,",
        "tass,TASS,wire-agency,,,1,4,0,",
        "kcna,Korean Central News Agency,state-media,,KCNA,1,2,0,",
    ]
