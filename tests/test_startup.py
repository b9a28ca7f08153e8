"""What a query command imports on an up-to-date database: only its own command module
(the table of commands lists and completes the others), the lazy package
``rnkclaims.store.queries`` answering every public name as the eager one did, and the
code's stamp instead of a hash of the code."""

from __future__ import annotations

import calendar
import importlib
import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import write_ledger
from typer.testing import CliRunner

from rnkclaims import dates
from rnkclaims.cli import app, command_help
from rnkclaims.store import build, place
from rnkclaims.store import open as open_mod
from rnkclaims.store.open import open_current

cli_app = importlib.import_module("rnkclaims.cli.app")

DATA = Path(__file__).resolve().parent.parent / "data"

# Run in a fresh interpreter: the command as the installed entry point runs it, then the
# modules it loaded. ``stats`` reads no names, dates or text; ``claims --act`` no text.
# (The modules are written by an ``atexit`` handler, which also keeps the process on the
# ordinary way out: a query that ends well skips the teardown only when none is set.)
PROBE = """
import atexit, json, sys
from rnkclaims.cli import main
sys.argv = ["rnkclaims", *{args!r}]
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
try:
    main()
except SystemExit as exc:
    assert (exc.code or 0) == {status}, exc.code
"""


def loaded(args: list[str], status: int = 0) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args, status=status)],
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
    assert "rnkclaims.store.queries.holdings" in mods
    for heavy in (
        "rnkclaims.store.queries.listing",  # the claim lists
        "rnkclaims.store.queries.common",  # the claim filters: stats reads none
        "rnkclaims.store.queries.search",
        "rnkclaims.store.queries.contradictions",
        "rnkclaims.store.queries.confirmations",
        "rnkclaims.store.queries.show",
        "rnkclaims.store.queries.denials",
        "rnkclaims.store.queries.resolve",  # how names resolve: stats reads no names
        "rnkclaims.render.rows",  # csv and markdown rows
        "rnkclaims.problems",
        "rnkclaims.store.build",  # the builder: store.place has what a query needs
        "rnkclaims.store.refresh",  # bringing the database up to date: it is
        "rnkclaims.store.replacing",  # what a build may replace
        "rnkclaims.cli.edit_cmds",  # source show registers on app's group, not edit_cmds'
        "rnkclaims.authoring",
        "hashlib",  # OpenSSL: the default database's name is hashed without it
        "calendar",
        "rich",
        "rnkclaims.ledger.loading",  # the ledger is found, not loaded
        "rnkclaims.cli.command_help",  # the commands' lines: for --help and completion
        "rnkclaims.cli.editing",  # what the edit commands share
        "rnkclaims.render.problems",  # validate's report
        "dataclasses",  # no dataclass is made at import (a millisecond each)
        "rnkclaims.cli.query_filters",  # the claim filters' options: stats takes none
        "rnkclaims.cli.occasional",  # --sql, claimreview, a rebuild's progress
        "rnkclaims.cli.failing",  # errors: nothing failed
        "rnkclaims.cli.global_options",  # no option before the command name
        "shlex",  # quoting the database's path for --sql
        "rnkclaims.store.queries.sql_text",  # a statement written out for --sql
    ):
        assert heavy not in mods, heavy


# one module a query command (``source show`` shares ``show``'s)
QUERY_MODULES = {
    f"rnkclaims.cli.query_{name}"
    for name in (
        "search", "claims", "timeline", "denials", "contradictions", "confirmations",
        "propositions", "show", "actors", "outlets", "sources", "stats", "db_path",
    )
}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "own"),
    [
        (["stats", "-f", "json"], "rnkclaims.cli.query_stats"),
        (["claims", "--act", "denies", "-f", "json"], "rnkclaims.cli.query_claims"),
        (["timeline", "--act", "denies", "-f", "json"], "rnkclaims.cli.query_timeline"),
        (["denials", "-f", "json"], "rnkclaims.cli.query_denials"),
        (["who-said", "arms", "-f", "json"], "rnkclaims.cli.query_search"),
        (["contradictions", "-f", "csv"], "rnkclaims.cli.query_contradictions"),
        (["confirmations", "-f", "json"], "rnkclaims.cli.query_confirmations"),
        (["propositions", "-f", "csv"], "rnkclaims.cli.query_propositions"),
        (["actors", "-f", "json"], "rnkclaims.cli.query_actors"),
        (["show", "spg23.dprk-denies-arms-deals", "-f", "markdown"], "rnkclaims.cli.query_show"),
    ],
)
def test_a_machine_format_loads_its_question_alone_and_no_table_code(
    db: Path, args: list[str], own: str
) -> None:
    """A query in a machine format compiles and imports the shared query module and its
    own, never another question's, the table code or rich."""
    mods = loaded([*args, "--ledger", str(DATA), "--db", str(db)])
    assert "rnkclaims.cli.query_cmds" in mods
    assert mods & QUERY_MODULES == {own}
    assert "rnkclaims.render" in mods
    assert "rnkclaims.render.tables" not in mods
    assert "rnkclaims.render.terminal" not in mods
    assert not {m for m in mods if m == "rich" or m.startswith("rich.")}
    # json is written by the render package itself; csv and markdown rows by render.rows
    assert ("rnkclaims.render.rows" in mods) == ("json" not in args)
    # the ledger is found, not loaded
    assert "rnkclaims.ledger" in mods
    assert "rnkclaims.ledger.loading" not in mods
    # the claim filters' options for the questions that select claims, not for a
    # listing or show
    lists = {f"rnkclaims.cli.query_{n}" for n in ("stats", "actors", "show")}
    selects = own not in lists
    assert ("rnkclaims.cli.query_filters" in mods) == selects
    # the listings' shared run for the listings alone
    listing = own == "rnkclaims.cli.query_actors"
    assert ("rnkclaims.cli.query_listing" in mods) == listing
    # nor what a query needs on occasion, or when something fails
    for rare in ("occasional", "failing", "global_options", "command_help"):
        assert f"rnkclaims.cli.{rare}" not in mods, rare
    assert "rnkclaims.store.queries.sql_text" not in mods  # --sql's
    # groups, sections and one claim in full are drawn by render.detail
    in_full = own in {
        f"rnkclaims.cli.query_{n}" for n in ("contradictions", "confirmations", "show")
    }
    assert ("rnkclaims.render.detail" in mods) == in_full


def test_help_and_an_edit_command_load_what_a_query_does_not() -> None:
    """The other side of the list above: --help reads the commands' lines, an edit
    command the helpers the edit commands share (under those names); --sql,
    claimreview, an error and an option before the command name load theirs."""
    assert "rnkclaims.cli.command_help" in loaded(["--help"])
    assert "rnkclaims.cli.editing" in loaded(["add", "--help"])
    assert "rnkclaims.render.problems" in loaded(["validate", "--ledger", str(DATA)])


def test_sql_claimreview_errors_and_early_options_load_their_own(db: Path) -> None:
    """The other side of what a query in a machine format loads: the modules it leaves
    out are loaded, under their names, when they are needed."""
    query = ["--ledger", str(DATA), "--db", str(db)]
    assert "rnkclaims.cli.occasional" in loaded(["stats", "--sql", *query])
    for command in (["stats"], ["claims", "--act", "denies"], ["who-said", "arms"]):
        assert "rnkclaims.store.queries.sql_text" in loaded([*command, "--sql", *query])
    assert "rnkclaims.cli.occasional" in loaded(["claims", "-f", "claimreview", *query])
    assert "rnkclaims.cli.global_options" in loaded([*query, "stats", "-f", "json"])
    assert "rnkclaims.cli.failing" in loaded(["claims", "--speaker", "nobody at all", *query], 3)


def test_a_build_loads_the_loader_under_its_name(tmp_path: Path) -> None:
    """The other side of the test above."""
    mods = loaded(["build", "--ledger", str(DATA), "--db", str(tmp_path / "b.db")])
    assert {"rnkclaims.ledger.loading", "rnkclaims.ledger.yamlread"} <= mods
    assert "rnkclaims.store.refresh" in mods
    # and a query on a database not built yet brings it up to date through it
    mods = loaded(["stats", "-f", "json", "--ledger", str(DATA), "--db", str(tmp_path / "q.db")])
    assert {"rnkclaims.store.refresh", "rnkclaims.store.replacing", "rnkclaims.store.build"} <= mods


def test_the_ledger_package_hands_out_the_loaders_names() -> None:
    """``rnkclaims.ledger`` answers every public name of ``ledger.loading`` (as before they
    were split) with the object itself; an unknown name is an AttributeError."""
    import rnkclaims.ledger as ledger_pkg
    from rnkclaims.ledger import loading

    public = [n for n in vars(loading) if not n.startswith("_")]
    own = [n for n in public if getattr(getattr(loading, n), "__module__", "") == loading.__name__]
    assert {"load", "Ledger", "Source", "file_digests", "load_yaml", "unreadable"} <= set(own)
    for name in own:
        assert getattr(ledger_pkg, name) is getattr(loading, name), name
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        ledger_pkg.no_such_name  # noqa: B018


def test_ledger_paths_is_an_immutable_value() -> None:
    import copy
    import pickle

    from rnkclaims.ledger import LedgerPaths

    a, b = LedgerPaths(DATA / "claims.yaml"), LedgerPaths(DATA / "claims.yaml")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != LedgerPaths(DATA / "claims.yaml", bundled=True)
    assert a != (DATA / "claims.yaml", False)
    assert repr(a) == f"LedgerPaths(main={DATA / 'claims.yaml'!r}, bundled=False)"
    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a
    with pytest.raises(AttributeError):
        a.main = DATA  # type: ignore[misc]
    with pytest.raises(AttributeError):
        a.other = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "resolves"),
    [
        (["claims", "--act", "denies", "--since", "2023"], False),
        (["claims", "--speaker", "john hill"], True),
        (["claims", "--topic", "arms-transfers"], True),
        (["who-said", "arms"], False),
    ],
)
def test_names_are_resolved_by_a_module_of_their_own(
    db: Path, args: list[str], resolves: bool
) -> None:
    """A filter by act or date, or a search that finds claims, compiles none of the code
    that resolves names; a filter naming a speaker or topic loads it under its name. Only
    a filter by act loads the ledger's vocabularies."""
    mods = loaded([*args, "-f", "json", "--ledger", str(DATA), "--db", str(db)])
    assert "rnkclaims.store.queries.common" in mods
    assert ("rnkclaims.store.queries.resolve" in mods) == resolves
    # the ledger's vocabularies, to check --act's value
    assert ("rnkclaims.vocab" in mods) == ("--act" in args)


def test_a_table_loads_the_table_code(db: Path) -> None:
    """The other side of the test above: it would pass vacuously if the table code were
    never loaded under its name."""
    mods = loaded(["stats", "--ledger", str(DATA), "--db", str(db)])
    assert {"rnkclaims.render.tables", "rnkclaims.render.terminal", "rich.table"} <= mods
    assert mods & QUERY_MODULES == {"rnkclaims.cli.query_stats"}


def test_the_query_modules_are_the_tables_and_each_registers_its_own() -> None:
    """Every query module is named in the command table, and what a query module
    registers is what the table says it does (else a command would not be found)."""
    named = {m for entry in cli_app.COMMANDS.values() for m in entry[0] if m.startswith("query_")}
    package = Path(cli_app.__file__).resolve().parent
    on_disk = {p.stem for p in package.glob("query_*.py")}
    assert (
        named
        == on_disk
        == {m.removeprefix("rnkclaims.cli.") for m in QUERY_MODULES}
        | {"query_cmds", "query_filters", "query_listing"}
    )


def test_the_examples_of_every_query_command_are_gathered() -> None:
    """``query_cmds.EXAMPLES`` loads every query module before answering."""
    from rnkclaims.cli import query_cmds

    examples = query_cmds.EXAMPLES
    with_query = {n for n, (mods, _) in cli_app.COMMANDS.items() if "query_cmds" in mods}
    assert set(examples) == (with_query - {"source"}) | {"source show"}
    assert all(examples.values())
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        query_cmds.no_such_name  # noqa: B018


def test_who_said_loads_search_not_the_other_questions(db: Path) -> None:
    mods = loaded(["who-said", "arms", "-f", "json", "--ledger", str(DATA), "--db", str(db)])
    assert "rnkclaims.store.queries.search" in mods
    assert "rnkclaims.search" in mods
    assert "rnkclaims.store.queries.contradictions" not in mods
    assert "rnkclaims.store.queries.confirmations" not in mods
    assert "calendar" not in mods
    assert "dataclasses" not in mods  # its result is a named tuple, made at import
    # Unicode's tables (a C module) only for text beyond ASCII: the query's or a name's
    assert "unicodedata" not in mods
    assert "rnkclaims.search_unicode" not in mods  # the words of such text
    query = ["-f", "json", "--ledger", str(DATA), "--db", str(db)]
    beyond = loaded(["who-said", "Pyongyang's Kim Jong-ün", *query])
    assert {"unicodedata", "rnkclaims.search_unicode"} <= beyond
    # --sql and the suggestions when nothing is found are apart, under their own name
    assert "rnkclaims.store.queries.search_aside" not in mods
    query = ["--ledger", str(DATA), "--db", str(db)]
    for args in (["arms", "--sql"], ["zzyzx", "-f", "json"]):
        assert "rnkclaims.store.queries.search_aside" in loaded(["who-said", *args, *query])


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


def test_the_type_stub_names_what_the_package_hands_out() -> None:
    """``store/queries/__init__.pyi`` (read by type checkers, never compiled) imports
    each public name from the module ``_MODULE_OF`` names, and no other name."""
    import ast

    from rnkclaims.store import queries

    stub = ast.parse(Path(queries.__file__).with_suffix(".pyi").read_text(encoding="utf-8"))
    imported = {
        alias.name: node.module.removeprefix("rnkclaims.store.queries.")
        for node in stub.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
        if alias.asname == alias.name  # re-exported
    }
    assert imported == queries._MODULE_OF
    (listed,) = (n.value for n in stub.body if isinstance(n, ast.Assign))
    assert sorted(ast.literal_eval(listed)) == queries.__all__


def test_dates_names_and_month_lengths_match_calendar() -> None:
    assert list(dates._MONTH_NAMES) == list(calendar.month_name)
    assert list(dates._DAY_NAMES) == list(calendar.day_name)
    for year in (1800, 1900, 1999, 2000, 2023, 2024, 2100, 2200):
        for month in range(1, 13):
            assert dates._days_in_month(year, month) == calendar.monthrange(year, month)[1]


# --- the command table: what lists and completes the commands without importing them ---

CLI_MODULES = {f"rnkclaims.cli.{m}" for entry in cli_app.COMMANDS.values() for m in entry[0]}


def _registered() -> dict[str, Any]:
    cli_app.load_command_modules()
    infos: dict[str, Any] = {}
    for info in cli_app.registry.registered_commands:
        infos[info.name or info.callback.__name__] = info  # type: ignore[union-attr]
    for group in cli_app.registry.registered_groups:
        infos[str(group.name)] = group
    return infos


def test_the_table_lists_every_command_and_nothing_else() -> None:
    assert list(_registered()) != []
    assert set(cli_app.COMMANDS) == set(_registered())
    assert tuple(cli_app.COMMANDS) == cli_app.COMMAND_ORDER


@pytest.mark.parametrize("name", list(cli_app.COMMANDS))
def test_each_line_of_the_table_is_its_commands_own_help(name: str) -> None:
    info = _registered()[name]
    assert cli_app.COMMANDS[name][1] == command_help.help_line(info)
    # and shell completion shows what the built command would
    group = typer.main.get_command(app)
    ctx = typer.Context(group)
    built = group.get_command(ctx, name)  # type: ignore[attr-defined]
    items = group.shell_complete(ctx, name)
    assert [(i.value, i.help) for i in items if i.value == name] == [
        (name, built.get_short_help_str())
    ]


@pytest.mark.parametrize("name", list(cli_app.COMMANDS))
def test_each_command_runs_from_its_own_modules_alone(name: str) -> None:
    """In a fresh interpreter: ``NAME --help`` loads the modules the table names for it
    and no other command module."""
    mods = loaded([*name.split(), "--help"])
    wanted = {f"rnkclaims.cli.{m}" for m in cli_app.COMMANDS[name][0]}
    assert wanted <= mods
    assert mods & CLI_MODULES == wanted


def test_help_lists_every_command_and_imports_none() -> None:
    mods = loaded(["--help"])
    assert not mods & CLI_MODULES
    result = CliRunner().invoke(app, ["--help"], terminal_width=400)
    assert result.exit_code == 0
    listed = result.output.split("Commands:", 1)[1]
    names = [line.split()[0] for line in listed.strip().splitlines()]
    assert names == list(cli_app.COMMANDS)
    for name, (_, line) in cli_app.COMMANDS.items():
        assert f"{name}  " in listed and line[:40] in listed, name


def test_completion_of_command_names_imports_no_command_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=[], status=0)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "_RNKCLAIMS_COMPLETE": "complete_zsh",
            "_TYPER_COMPLETE_ARGS": "rnkclaims so",
        },
    )
    assert '"sources":"Archived articles, newest first, with how..."' in done.stdout
    assert '"source":"Archive articles in the ledger' in done.stdout
    assert "stats" not in done.stdout
    mods = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert not mods & CLI_MODULES


def test_a_typo_is_answered_with_the_nearest_command() -> None:
    result = CliRunner().invoke(app, ["who-sad", "arms"])
    assert result.exit_code == 2
    assert "Did you mean 'who-said'" in result.output


# --- the code's stamp: an up-to-date database is confirmed without hashing the code ---


def test_the_stamp_covers_the_files_the_fingerprint_hashes() -> None:
    package = Path(build.__file__).resolve().parent.parent
    hashed = {
        "/" + p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if p.relative_to(package).parts[0] not in place.NOT_BUILDER
    }
    stamped = {line.split(":", 1)[0] for line in open_mod.code_stamp().splitlines()}
    assert hashed and stamped == hashed
    assert open_mod.code_stamp() == open_mod.code_stamp()


def _meta(db: Path) -> dict[str, str]:
    meta = place.read_meta(db)
    assert meta is not None
    return meta


def test_a_build_records_the_stamp_with_the_fingerprint(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    open_current(paths, db).conn.close()
    meta = _meta(db)
    assert meta["code_stamp"] == f"{place.builder_fingerprint()} {open_mod.code_stamp()}"
    again = open_current(paths, db)
    again.conn.close()
    assert not again.rebuilt


def test_another_stamp_of_the_same_code_is_checked_by_hash_and_recorded(tmp_path: Path) -> None:
    """A reinstall of the same code: the stamp differs, the fingerprint does not."""
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    open_current(paths, db).conn.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update meta set value = 'elsewhere' where key = 'code_stamp'")
    conn.close()
    reopened = open_current(paths, db)
    reopened.conn.close()
    assert not reopened.rebuilt
    assert _meta(db)["code_stamp"] == f"{place.builder_fingerprint()} {open_mod.code_stamp()}"


def test_a_stamp_recorded_for_other_code_does_not_vouch(tmp_path: Path) -> None:
    """The stamp vouches only for the fingerprint it was recorded with."""
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    open_current(paths, db).conn.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update meta set value = '7-0123456789abcdef' where key = 'db_schema'")
    conn.close()
    reopened = open_current(paths, db)
    reopened.conn.close()
    assert reopened.rebuilt
    assert _meta(db)["db_schema"] == place.builder_fingerprint()


def test_a_query_on_the_default_database_loads_neither_builder_nor_openssl() -> None:
    """The default database's name is a hash of the ledger's path (XDG_CACHE_HOME is the
    test's own, from conftest): the first query builds it, the second only reads."""
    loaded(["stats", "-f", "json", "--ledger", str(DATA)])
    mods = loaded(["stats", "-f", "json", "--ledger", str(DATA)])
    assert "rnkclaims.store.place" in mods
    assert "rnkclaims.store.build" not in mods
    assert "hashlib" not in mods
    assert "_hashlib" not in mods


def test_who_said_keys_only_the_topic_terms_its_query_can_match(db: Path) -> None:
    """``search.topic_keys`` is ``topic_key`` of every term no longer than the query, so a
    one-word query keys the one-word terms alone and finds the topic it found before."""
    from rnkclaims import search
    from rnkclaims.store.queries.common import _topics

    conn = sqlite3.connect(db)
    try:
        named = _topics(conn)
    finally:
        conn.close()
    every: dict[tuple[str, ...], set[str]] = {}
    for tid, name in named:
        every.setdefault(search.topic_key(name), set()).add(tid)
    assert max(len(k) for k in every) > 2  # some terms are longer than the queries below
    found = []
    for longest in (1, 2, 3):
        kept = search.topic_keys(named, longest)
        assert kept == {k: v for k, v in every.items() if len(k) <= longest}
        for words in (["weapon"], ["arm", "deal"], ["space", "help"], ["satellite", "launch"]):
            stems = words[:longest]
            found.append(search.find_run(stems, kept))
            assert found[-1] == search.find_run(stems, every)
    assert any(run is not None and run[1] == 2 for run in found)


def test_the_named_tuples_a_query_makes_have_their_fields_types_as_objects() -> None:
    """typing compiles each field annotation written as a string whenever a named tuple's
    class is made (every query, at import): the modules that make them postpone none."""
    from typing import ForwardRef, get_type_hints

    from rnkclaims import search
    from rnkclaims.store.queries import common
    from rnkclaims.store.queries import search as search_queries

    made = (
        common.ClaimFilters, common._Resolved, search_queries.SearchResult,
        search_queries._Plan, search.Unit, search.Parsed,
    )  # fmt: skip
    for cls in made:
        assert cls.__annotations__, cls
        for name, annotation in cls.__annotations__.items():
            # a string field is kept as the ForwardRef typing compiled it into
            assert not isinstance(annotation, str | ForwardRef), (cls.__name__, name)
        assert get_type_hints(cls) == cls.__annotations__


# A query as the entry point runs it, with an object whose finaliser tells whether the
# interpreter's teardown ran (it clears ``__main__`` and so drops the object).
TEARDOWN_PROBE = """
import sys
from rnkclaims.cli import main

class Witness:
    def __del__(self):
        sys.stderr.write("teardown\\n")

witness = Witness()
sys.argv = ["rnkclaims", *{args!r}]
main()
"""


def _ended(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", TEARDOWN_PROBE.format(args=args)], capture_output=True, text=True
    )


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_query_that_ends_well_skips_the_teardown_with_all_its_output(db: Path, fmt: str) -> None:
    query = ["--ledger", str(DATA), "--db", str(db), "--no-pager"]
    done = _ended(["claims", "--act", "denies", "-f", fmt, *query])
    assert done.returncode == 0
    assert "teardown" not in done.stderr
    runner = CliRunner()
    same = runner.invoke(app, ["claims", "--act", "denies", "-f", fmt, *query])
    assert done.stdout == same.stdout and done.stdout.count("\n") > 10


def test_a_query_that_fails_takes_the_ordinary_way_out(db: Path) -> None:
    done = _ended(
        ["claims", "--act", "nosuch", "-f", "json", "--ledger", str(DATA), "--db", str(db)]
    )
    assert done.returncode == 2 and "unknown speech act" in done.stderr
    assert "teardown" in done.stderr
    empty = _ended(["who-said", "zzzqqq", "--fail-empty", "--ledger", str(DATA), "--db", str(db)])
    assert empty.returncode == 4 and "teardown" in empty.stderr
