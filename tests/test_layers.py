"""The package's wings import only the wings below them (see the README's Development)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "rnkclaims"
# Higher wings may import lower ones, never the reverse. Top-level modules (the ledger
# and the model) are the ground floor; render is the CLI's drawing board.
RANK = {"check": 1, "store": 2, "authoring": 3, "report": 4, "cli": 5}
FLOOR_EXCEPTIONS = {"__main__": 5, "render": 5}


def _rank(module: str) -> int:
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in RANK:
        return RANK[parts[1]]
    if len(parts) > 1:
        return FLOOR_EXCEPTIONS.get(parts[1], 0)
    return 0


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.startswith("rnkclaims.")]


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_runs_upward(path: Path) -> None:
    module = "rnkclaims." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    mine = _rank(module)
    upward = [f"line {line}: {name}" for line, name in _imports(path) if _rank(name) > mine]
    assert upward == [], f"{module} imports a wing above it"


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("from rnkclaims.cli.app import app\nimport rnkclaims.store.open\n")
    assert [_rank(name) for _, name in _imports(path)] == [5, 2]
    assert _rank("rnkclaims.check.run") < _rank("rnkclaims.store.build")


def _all_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def test_only_the_render_package_imports_rich() -> None:
    """render is a package (its tables apart, so that a machine format compiles none of
    them): rich is imported in it and nowhere else, whatever ruff's per-file settings say."""
    importers = {
        str(path.relative_to(PACKAGE))
        for path in MODULES
        if any(n == "rich" or n.startswith("rich.") for n in _all_imports(path))
    }
    assert importers and all(name.startswith("render/") for name in importers), importers
    assert "render/tables.py" in importers
