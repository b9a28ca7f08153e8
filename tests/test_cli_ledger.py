"""validate, build and schema through the CLI (typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims import __version__
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()


def _break(ledger_dir: Path, old: str, new: str) -> int:
    """Edit claims.yaml; return the 1-based line of the new text."""
    main = ledger_dir / "claims.yaml"
    text = main.read_text()
    assert text.count(old) == 1
    text = text.replace(old, new)
    main.write_text(text)
    last = new.strip().splitlines()[-1]
    return next(i for i, t in enumerate(text.splitlines(), 1) if last in t)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"rnkclaims {__version__}\n"


def test_validate_valid(ledger_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "--ledger", str(ledger_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("valid: 0 error(s), 0 warning(s) in 2 file(s)")


def test_validate_text_points_at_file_line_column(ledger_dir: Path) -> None:
    line = _break(ledger_dir, "    speaker: john-hill", "    speeker: john-hill")
    result = runner.invoke(app, ["validate", "--ledger", str(ledger_dir)])
    assert result.exit_code == 1
    assert (
        f"{ledger_dir / 'claims.yaml'}:{line}:5: error unknown field 'speeker' in claim "
        "(unknown-field)\n" in result.output
    )
    assert f"claims.yaml:{line - 1}:5: error claim has no 'speaker' (missing-field)" in (
        result.output
    )
    assert "hint: did you mean 'speaker'?" in result.output
    assert "Traceback" not in result.output


def test_validate_json_matches_the_library(ledger_dir: Path) -> None:
    _break(ledger_dir, "    act: accuses", "    act: accused")
    result = runner.invoke(app, ["validate", "--ledger", str(ledger_dir), "--format", "json"])
    assert result.exit_code == 1
    report = check(load(locate(ledger_dir))).report
    assert json.loads(result.output) == json.loads(json.dumps(report.as_dict()))
    assert [p["code"] for p in json.loads(result.output)["problems"]] == ["bad-vocabulary"]


def test_validate_github_format_is_automatic_under_actions(
    ledger_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = _break(ledger_dir, "    act: accuses", "    act: accused")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = runner.invoke(app, ["validate", "--ledger", str(ledger_dir)])
    assert result.exit_code == 1
    assert f",line={line},col=10::'accused' is not a act" in result.output
    assert result.output.startswith("::error file=")


def test_strict_fails_on_warnings(ledger_dir: Path) -> None:
    _break(ledger_dir, "    act: accuses\n", "    act: accuses\n    draft: true\n")
    lenient = runner.invoke(app, ["validate", "--ledger", str(ledger_dir)])
    strict = runner.invoke(app, ["validate", "--ledger", str(ledger_dir), "--strict"])
    assert lenient.exit_code == 0 and "1 warning(s)" in lenient.output
    assert strict.exit_code == 1 and "draft-claim" in strict.output


def test_missing_ledger_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--ledger", str(tmp_path / "nowhere")])
    assert result.exit_code == 3  # NOT_FOUND: a path named on the command line
    assert result.output.startswith(f"Error: no ledger at {tmp_path / 'nowhere'}\n")
    assert "Hint:" in result.output and "Traceback" not in result.output


def test_bad_format_is_a_usage_error(ledger_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "--ledger", str(ledger_dir), "--format", "xml"])
    assert result.exit_code == 2


def test_ledger_from_environment(ledger_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RNKCLAIMS_LEDGER", str(ledger_dir / "claims.yaml"))
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["counts"]["claims"] == 3


def test_build_writes_the_database_where_asked(ledger_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "out" / "claims.db"
    first = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert str(db) in first.output and "built" in first.output
    again = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db)])
    assert "up to date" in again.output
    forced = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db), "--force"])
    assert forced.exit_code == 0 and "3 claims" in forced.output


def test_build_refuses_an_invalid_ledger(ledger_dir: Path, tmp_path: Path) -> None:
    line = _break(ledger_dir, "    act: accuses", "    act: accused")
    db = tmp_path / "claims.db"
    result = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db)])
    assert result.exit_code == 1
    assert f"claims.yaml:{line}:10:" in result.output
    assert "run 'rnkclaims validate'" in result.output
    assert not db.exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "validate", "--ledger", str(tmp_path / "x")])
    assert result.exit_code != 0
    assert result.exception is not None  # re-raised instead of a one-line message


def test_schema_describes_the_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    claim = schema["$defs"]["claim"]
    assert claim["additionalProperties"] is False
    assert "speaker" in claim["required"] and "denies" in claim["properties"]["act"]["enum"]
    out = tmp_path / "s.json"
    assert runner.invoke(app, ["schema", "source", "-o", str(out)]).exit_code == 0
    assert "outlet" in json.loads(out.read_text())["required"]


def test_bundled_schema_file_is_current() -> None:
    """docs/ledger.schema.json (what claims.yaml's header points editors to) is generated."""
    bundled = Path(__file__).resolve().parent.parent / "docs" / "ledger.schema.json"
    assert json.loads(bundled.read_text()) == json.loads(runner.invoke(app, ["schema"]).output)


def test_unknown_command_suggests_the_nearest() -> None:
    result = runner.invoke(app, ["who-sad", "arms"])
    assert result.exit_code == 2
    assert "No such command 'who-sad'. Did you mean 'who-said'?" in result.output


def test_root_help_lists_every_command_in_order() -> None:
    result = runner.invoke(app, ["--help"])
    listed = [line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line]
    assert listed[:4] == ["validate", "build", "schema", "who-said"]
    growing = ["source", "extract", "suggest", "review", "coverage", "add"]
    maintaining = ["actor", "outlet", "topic", "proposition", "rename", "merge", "drop-drafts"]
    assert listed[-13:] == [*growing, *maintaining]
    assert len(listed) == 33


def test_unwritable_database_place_is_a_clear_error(ledger_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db",
                                 str(blocker / "claims.db")])  # fmt: skip
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot write the database {blocker / 'claims.db'}")
    assert "--db" in result.output


@pytest.mark.parametrize("strict", [False, True])
def test_a_report_without_problems_is_the_line_rich_prints(
    ledger_dir: Path, strict: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A valid ledger's report to a pipe is written without loading rich, and is what
    rich writes; to a terminal, or with colour forced, rich writes it."""
    import io

    from rnkclaims.render import terminal
    from rnkclaims.render.problems import ProblemFormat, _coloured, render_report

    report = check(load(locate(ledger_dir))).report
    assert report.problems == []
    plain, rich = io.StringIO(), io.StringIO()
    render_report(report, ProblemFormat.text, strict, plain)
    terminal.report(report, strict, rich)
    assert plain.getvalue() == rich.getvalue() and plain.getvalue().startswith("valid: ")
    assert not _coloured(plain)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert _coloured(plain)
