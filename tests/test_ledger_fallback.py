"""Outside a ledger repository: commands that check or change a ledger refuse (exit 3);
query commands answer from the bundled example ledger and say so on the page."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import BUNDLED, write_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.cli.app import BUNDLED_NOTICE
from rnkclaims.errors import ExitStatus, NotFoundError
from rnkclaims.ledger import bundled_ledger, locate

runner = CliRunner()

ARTICLE = """\
SEOUL, Sept. 21 (Yonhap) -- "We are watching closely," an official said on Thursday.
"""

# Every command that checks, builds or writes a ledger, with arguments that would
# otherwise succeed on the bundled ledger.
REFUSING = {
    "validate": ["validate"],
    "validate --strict": ["validate", "--strict", "--format", "json"],
    "build": ["build"],
    "add": [
        "add", "--speaker", "john-hill", "--source", "2024-05-koreaherald-hill-tech-aid",
        "--act", "asserts", "--mode", "paraphrase", "--excerpt", "Hill",
    ],
    "extract --write": ["extract", "2023-09-yonhap-space-tabletop", "--write"],
    "extract": ["extract", "2023-09-yonhap-space-tabletop"],
    "coverage": ["coverage", "--min", "95"],
    "source add": [
        "source", "add", "ARTICLE", "--outlet", "yonhap", "--published", "2023-09-21",
        "--title", "Officials watch closely",
    ],
}  # fmt: skip

CLAIM_ID = "ukr25.blinken-reasons-to-believe"
QUERIES = {
    "who-said": ["who-said", "arms deals"],
    "claims": ["claims"],
    "show": ["show", CLAIM_ID],
    "contradictions": ["contradictions"],
    "denials": ["denials"],
    "confirmations": ["confirmations"],
    "timeline": ["timeline", "--speaker", "Hill"],
    "propositions": ["propositions"],
    "actors": ["actors"],
    "sources": ["sources"],
    "stats": ["stats"],
}


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory with no ledger in it or above."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "ARTICLE").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(work)
    assert not any((p / "data" / "claims.yaml").exists() for p in (work, *work.parents))
    return work


def test_the_bundled_ledger_is_found_in_a_checkout() -> None:
    assert bundled_ledger() == (BUNDLED / "claims.yaml").resolve()


def test_locate_falls_back_only_when_allowed(elsewhere: Path) -> None:
    with pytest.raises(NotFoundError) as refused:
        locate()
    assert refused.value.status is ExitStatus.NOT_FOUND
    assert "--ledger" in refused.value.message and "RNKCLAIMS_LEDGER" in refused.value.message
    assert str(BUNDLED.resolve()) in str(refused.value.hint)
    demo = locate(allow_bundled=True)
    assert demo.bundled and demo.main == bundled_ledger()


@pytest.mark.parametrize("args", REFUSING.values(), ids=REFUSING.keys())
def test_commands_that_check_or_write_refuse_the_bundled_ledger(
    elsewhere: Path, args: list[str]
) -> None:
    before = _digest(BUNDLED)
    result = runner.invoke(app, args)
    assert result.exit_code == ExitStatus.NOT_FOUND, result.output
    error, hint = result.stderr.splitlines()
    assert error == (
        f"Error: no ledger in {elsewhere.resolve()} or above: pass --ledger PATH or set "
        "$RNKCLAIMS_LEDGER"
    )
    assert hint.startswith("Hint: a ledger is a folder holding claims.yaml")
    assert result.stdout == ""
    assert _digest(BUNDLED) == before  # nothing written to the example ledger
    assert not list(elsewhere.glob("**/*.yaml"))


@pytest.mark.parametrize("args", REFUSING.values(), ids=REFUSING.keys())
def test_the_same_commands_work_with_ledger_env(
    elsewhere: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal is about finding no ledger, not about the command: name one and it runs."""
    write_ledger(elsewhere / "mine")
    monkeypatch.setenv("RNKCLAIMS_LEDGER", str(elsewhere / "mine"))
    result = runner.invoke(app, args)
    assert "no ledger" not in result.output
    assert "Traceback" not in result.output and result.exit_code != ExitStatus.INTERNAL


@pytest.mark.parametrize("args", QUERIES.values(), ids=QUERIES.keys())
def test_query_tables_say_they_show_the_demo_ledger(elsewhere: Path, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == BUNDLED_NOTICE
    assert len(lines) > 1  # the answer follows
    assert BUNDLED_NOTICE not in result.stderr


@pytest.mark.parametrize("args", QUERIES.values(), ids=QUERIES.keys())
def test_machine_formats_stay_clean_and_say_it_on_stderr(elsewhere: Path, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)
    assert BUNDLED_NOTICE not in result.stdout
    assert f"{BUNDLED_NOTICE} ({BUNDLED.resolve()})" in result.stderr


def test_sql_output_stays_clean(elsewhere: Path) -> None:
    result = runner.invoke(app, ["stats", "--sql"])
    assert result.exit_code == 0, result.output
    # the SQL as it runs: the database named in comments, then the statements
    assert result.stdout.startswith("-- database: ")
    assert result.stdout.split("\n\n", 1)[1].startswith("select ")
    assert BUNDLED_NOTICE in result.stderr


def test_no_notice_inside_a_ledger_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ledger(tmp_path / "repo" / "data")
    monkeypatch.chdir(tmp_path / "repo")
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert "Demo" not in result.output
    assert runner.invoke(app, ["validate"]).exit_code == 0
