"""Where the default database lives: allowed when the ledger folder is the home folder,
and the one earlier versions named ``<ledger folder>-<hash>.db`` removed when the current
default one is built."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path

import pytest
from conftest import write_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import ExitStatus
from rnkclaims.store.place import default_db_path

cli_app = importlib.import_module("rnkclaims.cli.app")
runner = CliRunner()


def _stats(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["stats", "-f", "json", *args])
    assert result.exit_code == 0, result.output
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_the_default_database_is_allowed_when_home_is_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    write_ledger(home)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME")
    answer = _stats("--ledger", str(home))
    assert answer["totals"]["claims"] > 0  # type: ignore[index]
    made = list((home / ".cache" / "rnkclaims").glob("*.db"))
    assert made == [default_db_path(home / "claims.yaml")]
    # any other place inside the ledger folder is still refused, the ledger untouched
    before = sorted(p.name for p in home.iterdir())
    result = runner.invoke(app, ["stats", "--ledger", str(home), "--db", str(home / "x.db")])
    assert result.exit_code == ExitStatus.USAGE
    assert "inside the ledger folder" in result.output
    assert sorted(p.name for p in home.iterdir()) == before


def test_a_ledger_inside_the_cache_folder_keeps_its_databases_out(tmp_path: Path) -> None:
    inside = tmp_path / "cache" / "rnkclaims" / "ledger"  # XDG_CACHE_HOME from conftest
    write_ledger(inside)
    result = runner.invoke(app, ["stats", "--ledger", str(inside), "--db", str(inside / "x.db")])
    assert result.exit_code == ExitStatus.USAGE
    assert "inside the ledger folder" in result.output


def _old_default(main: Path) -> Path:
    """The name versions up to 0.2 gave the default database: the ledger's folder."""
    key = hashlib.sha256(str(main.resolve()).encode()).hexdigest()[:12]
    return tmp_cache() / f"{main.resolve().parent.name}-{key}.db"


def tmp_cache() -> Path:
    return default_db_path(Path("x") / "claims.yaml").parent


def test_building_the_default_database_removes_the_old_named_one(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "repo" / "data")
    old = _old_default(paths.main)
    assert old.name.startswith("data-")
    assert (
        runner.invoke(app, ["build", "--ledger", str(paths.root), "--db", str(old)]).exit_code == 0
    )
    other = tmp_path / "elsewhere" / "data"
    write_ledger(other)
    other_old = _old_default(other / "claims.yaml")
    assert (
        runner.invoke(app, ["build", "--ledger", str(other), "--db", str(other_old)]).exit_code == 0
    )
    _stats("--ledger", str(paths.root))
    new = default_db_path(paths.main)
    assert new.name.startswith("repo-") and new.is_file()
    assert not old.exists()
    assert other_old.exists()  # another ledger's is its own business


def test_a_file_of_the_old_name_that_is_not_this_ledgers_database_stays(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "repo" / "data")
    old = _old_default(paths.main)
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(b"not a database")
    _stats("--ledger", str(paths.root))
    assert old.read_bytes() == b"not a database"
    assert default_db_path(paths.main).is_file()


def test_an_explicit_database_leaves_the_old_default_alone(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "repo" / "data")
    old = _old_default(paths.main)
    assert (
        runner.invoke(app, ["build", "--ledger", str(paths.root), "--db", str(old)]).exit_code == 0
    )
    _stats("--ledger", str(paths.root), "--db", str(tmp_path / "mine.db"))
    assert old.is_file()
