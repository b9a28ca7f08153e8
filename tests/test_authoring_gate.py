"""Commands that read a ledger's content as data refuse one that ``validate`` rejects.

extract, coverage, suggest and review use aliases to match names and sources to draft
from, so a wrong type there must be the ledger's error at file:line:col with exit 1,
never an internal error, and nothing is written. Commands that plan an edit and
validate its result (add, rename, merge) stay usable to repair a ledger.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner

from rnkclaims.cli import app

runner = CliRunner()
SOURCE = "2023-09-yonhap-space-tabletop"

COMMANDS = [
    ["extract", SOURCE],
    ["extract", SOURCE, "--write"],
    ["coverage"],
    ["suggest", SOURCE, "--write"],
    ["review", SOURCE, "--export"],
    ["review", SOURCE, "--accept-all"],
]


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The bundled ledger with one actor's aliases given as a number."""
    root = tmp_path / "data"
    shutil.copytree(BUNDLED, root)
    main = root / "claims.yaml"
    text = main.read_text(encoding="utf-8")
    start = text.index("    aliases:")
    end = text.index("\n", start)
    main.write_text(text[:start] + "    aliases: 12" + text[end:], encoding="utf-8")
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_ledger_with_errors_is_refused_and_left_as_it_was(broken: Path, args: list[str]) -> None:
    line = next(
        n
        for n, text in enumerate((broken / "claims.yaml").read_text().splitlines(), 1)
        if text == "    aliases: 12"
    )
    before = _snapshot(broken)
    result = runner.invoke(app, [*args, "--ledger", str(broken)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert lines[-2].startswith("Error: the ledger has 1 error(s); first: ")
    assert f"claims.yaml:{line}:14: 'aliases' must be a list" in lines[-2]
    assert lines[-1] == "Hint: run 'rnkclaims validate' to see them all"
    assert _snapshot(broken) == before
