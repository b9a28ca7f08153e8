"""End-to-end runs of the installed ``rnkclaims`` command, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BUNDLED, REPO

RNKCLAIMS = Path(sys.executable).parent / "rnkclaims"
Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RNKCLAIMS_", "GITHUB_"))}
    env["RNKCLAIMS_DB"] = str(tmp_path / "e2e.db")
    env["NO_COLOR"] = "1"

    def invoke(*args: str, cwd: Path = REPO, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(RNKCLAIMS), *args],
            cwd=cwd,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )

    return invoke


def test_installed_command_exists() -> None:
    assert RNKCLAIMS.exists(), "install the package first: pip install -e '.[test]'"


def test_validate_bundled_ledger_strict(run: Runner) -> None:
    result = run("validate", "--strict", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["valid"] and report["errors"] == 0 and report["warnings"] == 0
    assert report["counts"]["sources"] == len(list((BUNDLED / "sources").glob("*.txt")))


def test_default_ledger_is_found_from_a_subfolder(run: Runner) -> None:
    result = run("validate", cwd=REPO / "docs")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("valid:")


def test_who_said_builds_then_answers(run: Runner, tmp_path: Path) -> None:
    result = run("who-said", "arms deals", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert records and any(r["act"] == "denies" for r in records)
    assert (tmp_path / "e2e.db").exists()


def test_bad_input_gives_one_line_and_exit_code(run: Runner, tmp_path: Path) -> None:
    missing = run("validate", "--ledger", str(tmp_path / "missing"))
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error: no ledger at")
    assert "Traceback" not in missing.stderr
    bad_date = run("who-said", "arms", "--since", "2023-13")
    assert bad_date.returncode == 2
    assert "Traceback" not in bad_date.stderr


def test_shell_completion(run: Runner) -> None:
    result = run(_RNKCLAIMS_COMPLETE="complete_bash", COMP_WORDS="rnkclaims who", COMP_CWORD="1")
    assert result.returncode == 0
    assert result.stdout.split() == ["who-said"]


def test_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rnkclaims", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("rnkclaims ")


def test_bundled_ledger_is_used_outside_a_ledger_repository(run: Runner, tmp_path: Path) -> None:
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.startswith("no data/claims.yaml here or above: using the bundled ledger")
    assert str(BUNDLED / "claims.yaml") in result.stderr
