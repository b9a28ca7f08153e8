"""The typer application, the options every command shares, and error handling.

Commands live in ``ledger_cmds`` (validate, build, schema), the ``query_*`` modules (the
read side: one a command, over the options and helpers of ``query_cmds``) and
``edit_cmds`` (growing the ledger). Each command turns core results into output and
core exceptions into a one-line error and an exit status (``errors.ExitStatus``). Heavy
modules (yaml, sqlite-utils, rich) are imported inside commands, so ``--help`` is quick.
"""

# No ``from __future__ import annotations``: typer reads the root options' annotations,
# and a string one is compiled and evaluated at every run (twice), an object one is not.

import functools
import os
import sys
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from rnkclaims import __version__

if TYPE_CHECKING:
    from rnkclaims.cli.editing import append_entry as append_entry
    from rnkclaims.cli.editing import append_file as append_file
    from rnkclaims.cli.editing import load_ledger as load_ledger
    from rnkclaims.cli.editing import need_value as need_value
    from rnkclaims.ledger import LedgerPaths

DEBUG_ENV = "RNKCLAIMS_DEBUG"
NO_PAGER_ENV = "RNKCLAIMS_NO_PAGER"

paging = True
"""Whether tables taller than the terminal may be paged (``--no-pager`` turns it off)."""


def paging_allowed() -> bool:
    """``paging`` as the root options set it for the command running now."""
    return paging


# Every command in the order --help lists them (checking, asking, sharing, growing), with
# the modules of rnkclaims.cli that define it, imported only when it runs. The line --help
# and shell completion show for each is in ``cli/command_help`` (``HELP_LINES``), read only
# to list the commands, so that listing them imports none of them and running one
# compiles none of the lines (tests/test_startup.py checks each line against the
# command's own help). ``COMMANDS`` joins both: name -> (modules, line).
# (One string, split at import: a dict written out is some 270 tokens more to compile
# at every run without bytecode.)
_COMMAND_TABLE = """\
validate ledger_cmds
build ledger_cmds
schema ledger_cmds
who-said query_cmds query_filters query_search
claims query_cmds query_filters query_claims
show query_cmds query_show
contradictions query_cmds query_filters query_contradictions
denials query_cmds query_filters query_denials
confirmations query_cmds query_filters query_confirmations
timeline query_cmds query_filters query_timeline
propositions query_cmds query_filters query_propositions
actors query_cmds query_listing query_actors
outlets query_cmds query_listing query_outlets
sources query_cmds query_listing query_sources
stats query_cmds query_stats
db-path query_cmds query_db_path
report report_cmds
datasette-metadata report_cmds
serve report_cmds
export-xlsx report_cmds
source edit_cmds query_cmds query_show
extract edit_cmds
suggest authoring_cmds
review authoring_cmds
coverage edit_cmds
add edit_cmds
actor authoring_cmds
outlet authoring_cmds
topic authoring_cmds
proposition authoring_cmds
rename authoring_cmds
merge authoring_cmds
drop-drafts authoring_cmds
"""
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    name: tuple(modules) for name, *modules in map(str.split, _COMMAND_TABLE.splitlines())
}
COMMAND_ORDER = tuple(COMMAND_MODULES)

# Commands are registered here, not on ``app``: the root group builds a command's click
# object (typer inspects every parameter, ~3 ms a command) only when that command runs.
registry = typer.Typer()

# The ``source`` group: ``source add`` lives in ``edit_cmds`` and ``source show`` in
# ``query_show``; both register here, so that neither module imports the other.
source_app = typer.Typer(
    name="source",
    help="Archive articles in the ledger's sources/ folder.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
registry.add_typer(source_app, name="source")


class _LazyGroup(typer.core.TyperGroup):
    """The root command group: lists commands in ``COMMAND_ORDER``, builds them on use.
    Listing them for --help and completion is ``command_help``'s; moving ``--ledger`` and
    ``--db`` from before the command name, ``global_options``'."""

    def _infos(self) -> dict[str, Any]:
        infos: dict[str, Any] = {}
        for info in registry.registered_commands:
            infos[info.name or info.callback.__name__] = info  # type: ignore[union-attr]
        for group in registry.registered_groups:
            infos[str(group.name)] = group
        return infos

    def list_commands(self, ctx: Any) -> list[str]:
        # the table's names, and any command registered without an entry in it
        return [*COMMAND_MODULES, *sorted(set(self._infos()) - set(COMMAND_MODULES))]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            load_command_modules(cmd_name)
            info = self._infos().get(cmd_name)
            if info is None:
                return None
            built: Any
            if isinstance(info, typer.models.TyperInfo):
                built = typer.main.get_group_from_info(
                    info, pretty_exceptions_short=True, suggest_commands=True, rich_markup_mode=None
                )
            else:
                built = typer.main.get_command_from_info(
                    command_info=info, pretty_exceptions_short=True, rich_markup_mode=None
                )
            self.commands[cmd_name] = built
        return self.commands[cmd_name]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0].startswith("-"):  # options before the command name
            from rnkclaims.cli.global_options import move_global_options

            args = move_global_options(self, ctx, args)
        end = args.index("--") if "--" in args else len(args)
        if "--no-pager" in args[:end]:  # like git's, also after the command name
            args = ["--no-pager", *(a for i, a in enumerate(args) if i >= end or a != "--no-pager")]
        try:
            return super().parse_args(ctx, args)
        except Exception as exc:
            raise _written_out(exc) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            raise _written_out(exc) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands:
            self.get_command(ctx, args[0])  # build it, or let typer suggest from all names
            if args[0] not in self.commands:
                load_command_modules()
                for name in self.list_commands(ctx):
                    self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        from rnkclaims.cli.command_help import format_commands

        format_commands(self, ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """Command names with their lines (none imported), then the group's options."""
        from rnkclaims.cli.command_help import complete_commands

        results = complete_commands(self, ctx, incomplete)
        results.extend(super(typer.core.TyperGroup, self).shell_complete(ctx, incomplete))
        return results


def load_command_modules(name: str | None = None) -> None:
    """Import the modules that register command ``name`` (every command's without one)."""
    import importlib

    entries = [COMMAND_MODULES[name]] if name in COMMAND_MODULES else COMMAND_MODULES.values()
    for modules in entries:
        for module in modules:
            importlib.import_module(f"rnkclaims.cli.{module}")


def _written_out(exc: Exception) -> Exception:
    """A usage error whose message quotes what was typed, control characters written out
    (``\\x1b``), so that an ESC sequence on the command line is not replayed on stderr."""
    if isinstance(getattr(exc, "message", None), str):
        from rnkclaims.cli.failing import written_out

        written_out(exc)
    return exc


app = typer.Typer(
    name="rnkclaims",
    cls=_LazyGroup,
    help=(
        "Track who said what about Russia-North Korea cooperation.\n\n"
        "The ledger (data/claims.yaml and data/sources/) is the source of truth; queries "
        "run on a SQLite database rebuilt automatically when the ledger changes.\n\n"
        "Start with: rnkclaims validate, then rnkclaims who-said 'arms deals'."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help text: rendering --help through rich would triple start-up time.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LedgerOpt = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        "-L",
        envvar="RNKCLAIMS_LEDGER",
        help="Ledger folder or its claims.yaml. Default: data/claims.yaml here or above.",
        show_default=False,
    ),
]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="RNKCLAIMS_DB",
        help="SQLite database to use. Default: ~/.cache/rnkclaims/<repository>-<hash>.db.",
        show_default=False,
    ),
]


# The options of the command running now, so that ``locate_ledger`` can tell whether
# its output is a table for people (set by ``command``).
_running_options: ContextVar[dict[str, Any] | None] = ContextVar("running_options", default=None)

BUNDLED_NOTICE = (
    "Demo: no ledger here or above, so this is the example ledger bundled with rnkclaims. "
    "Use --ledger PATH or RNKCLAIMS_LEDGER for yours."
)


def locate_ledger(ledger: Path | None, *, allow_bundled: bool = False) -> "LedgerPaths":
    """``ledger.locate`` for a command. Only read-only questions pass ``allow_bundled``:
    they may fall back to the bundled example ledger, and then say so on the page (above
    a table; on stderr for machine formats and --sql). Every other command fails with
    exit status 3 outside a ledger repository."""
    from rnkclaims.ledger import locate

    paths = locate(ledger, allow_bundled=allow_bundled)
    if paths.bundled:
        options = _running_options.get() or {}
        # on the page only for a table (the --format option, ``fmt``), so that machine
        # formats and --sql stay parseable; an unknown format counts as a machine one
        if str(options.get("fmt")) == "table" and not options.get("sql"):
            typer.echo(BUNDLED_NOTICE)
        else:
            from rnkclaims.render import note

            note(f"{BUNDLED_NOTICE} ({paths.root})")
    return paths


F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn ``RnkError`` into ``Error: ...`` and its status, an ``OSError`` into a one-line
    error and status 1; anything else into status 70 (``failing.exit_for``)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()  # a closed pipe shows here, not at exit
            return result
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            from rnkclaims.cli.failing import exit_for

            status = exit_for(exc)
            if status is None:  # --debug: the traceback
                raise
            raise status from None

    return wrapper  # type: ignore[return-value]


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """Register a command on ``app`` with rnkclaims' error handling."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def remembering_options(**options: Any) -> Any:
            token = _running_options.set(options)
            try:
                return func(**options)
            finally:
                _running_options.reset(token)

        registry.command(name, **kwargs)(handle_errors(remembering_options))
        return func

    return decorate


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rnkclaims {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show full tracebacks instead of one-line errors."),
    ] = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            envvar=NO_PAGER_ENV,
            help="Never page tables (else a table taller than the terminal goes through "
            "$RNKCLAIMS_PAGER, $PAGER or less; RNKCLAIMS_PAGER= turns it off too).",
        ),
    ] = False,
) -> None:
    """Track who said what about Russia-North Korea cooperation."""
    global paging
    paging = not no_pager
    if debug:
        os.environ[DEBUG_ENV] = "1"


_EDITING = frozenset({"load_ledger", "need_value", "append_file", "append_entry"})


def __getattr__(name: str) -> Any:
    """``COMMANDS`` (name -> (modules, help line)), and the edit commands' helpers of
    ``cli/editing``: imported on first use, not by a query."""
    if name == "COMMANDS":
        from rnkclaims.cli.command_help import HELP_LINES

        return {n: (modules, HELP_LINES[n]) for n, modules in COMMAND_MODULES.items()}
    if name in _EDITING:
        from rnkclaims.cli import editing

        return getattr(editing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
