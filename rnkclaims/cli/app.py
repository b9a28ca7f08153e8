"""The typer application, the options every command shares, and error handling.

Commands live in ``ledger_cmds`` (validate, build, schema), ``query_cmds`` (the read side)
and ``edit_cmds`` (growing the ledger). Each command turns core results into output and
core exceptions into a one-line error and an exit status (``errors.ExitStatus``). Heavy
modules (yaml, sqlite-utils, rich) are imported inside commands, so ``--help`` is quick.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from rnkclaims import __version__
from rnkclaims.errors import ExitStatus, RnkError

DEBUG_ENV = "RNKCLAIMS_DEBUG"

# The order commands are listed in --help: checking, asking, growing.
COMMAND_ORDER = (
    "validate", "build", "schema",
    "who-said", "claims", "show", "contradictions", "denials", "confirmations", "timeline",
    "propositions", "actors", "sources", "stats",
    "source", "extract", "coverage", "add",
)  # fmt: skip


class _OrderedGroup(typer.core.TyperGroup):
    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))


app = typer.Typer(
    name="rnkclaims",
    cls=_OrderedGroup,
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
        help="SQLite database to use. Default: ~/.cache/rnkclaims/<ledger>-<hash>.db.",
        show_default=False,
    ),
]


def debug_enabled() -> bool:
    return "--debug" in sys.argv or os.environ.get(DEBUG_ENV, "") not in ("", "0")


F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn ``RnkError`` into ``Error: ...`` and its status; anything else into status 70."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except RnkError as exc:
            if debug_enabled():
                raise
            from rnkclaims.render import error

            error(exc.message, exc.hint)
            raise typer.Exit(int(exc.status)) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # the reader went away (| head): not an error
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if debug_enabled():
                raise
            from rnkclaims.render import error

            error(
                f"internal error: {type(exc).__name__}: {exc}",
                "rerun with --debug for the traceback and report it",
            )
            raise typer.Exit(int(ExitStatus.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """Register a command on ``app`` with rnkclaims' error handling."""

    def decorate(func: F) -> F:
        app.command(name, **kwargs)(handle_errors(func))
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
) -> None:
    """Track who said what about Russia-North Korea cooperation."""
    if debug:
        os.environ[DEBUG_ENV] = "1"
