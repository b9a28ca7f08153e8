"""What a query command imports on an up-to-date database, and that the lazy package
``rnkclaims.store.queries`` answers every public name as the eager one did."""

from __future__ import annotations

import calendar
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from rnkclaims import dates

DATA = Path(__file__).resolve().parent.parent / "data"

# Run in a fresh interpreter: the command as the installed entry point runs it, then the
# modules it loaded. ``stats`` reads no names, dates or text; ``claims --act`` no text.
PROBE = """
import json, sys
from rnkclaims.cli import main
sys.argv = ["rnkclaims", *{args!r}]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded(args: list[str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return set(modules)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "ledger.db"
    subprocess.run(
        [sys.executable, "-m", "rnkclaims", "build", "--ledger", str(DATA), "--db", str(path)],
        capture_output=True,
        check=True,
    )
    return path


def test_stats_loads_only_its_query_module(db: Path) -> None:
    mods = loaded(["stats", "-f", "json", "--ledger", str(DATA), "--db", str(db)])
    assert "rnkclaims.store.queries.listing" in mods
    for heavy in (
        "rnkclaims.store.queries.search",
        "rnkclaims.store.queries.contradictions",
        "rnkclaims.store.queries.confirmations",
        "rnkclaims.store.queries.show",
        "rnkclaims.store.queries.denials",
        "rnkclaims.problems",
        "calendar",
        "rich",
    ):
        assert heavy not in mods, heavy


def test_who_said_loads_search_not_the_other_questions(db: Path) -> None:
    mods = loaded(["who-said", "arms", "-f", "json", "--ledger", str(DATA), "--db", str(db)])
    assert "rnkclaims.store.queries.search" in mods
    assert "rnkclaims.search" in mods
    assert "rnkclaims.store.queries.contradictions" not in mods
    assert "rnkclaims.store.queries.confirmations" not in mods
    assert "calendar" not in mods


def test_every_public_name_resolves_to_what_its_module_defines() -> None:
    import importlib

    from rnkclaims.store import queries

    assert set(queries.__all__) == set(queries._MODULE_OF)
    for name in queries.__all__:
        value = getattr(queries, name)
        module = importlib.import_module(f"rnkclaims.store.queries.{queries._MODULE_OF[name]}")
        assert value is getattr(module, name), name
        # show, denials, confirmations, contradictions: the function, not the module.
        assert not isinstance(value, types.ModuleType), name
    assert set(queries.__all__) <= set(dir(queries))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        queries.nothing  # noqa: B018


def test_dates_names_and_month_lengths_match_calendar() -> None:
    assert list(dates._MONTH_NAMES) == list(calendar.month_name)
    assert list(dates._DAY_NAMES) == list(calendar.day_name)
    for year in (1800, 1900, 1999, 2000, 2023, 2024, 2100, 2200):
        for month in range(1, 13):
            assert dates._days_in_month(year, month) == calendar.monthrange(year, month)[1]
