"""``--ledger``/``-L`` and ``--db`` given before the command name (``rnkclaims --ledger
../other claims``): moved after it before parsing. Imported only when the command line
starts with an option."""

from __future__ import annotations

from typing import Any

import typer

from rnkclaims.errors import ExitStatus

# Options every command that reads the ledger takes, also accepted before the command name.
GLOBAL_OPTIONS = ("--ledger", "-L", "--db")


def move_global_options(group: Any, ctx: Any, args: list[str]) -> list[str]:
    """``--ledger X``/``--db X`` given before the command name, moved after it, when
    that command takes them (else a usage error, never a silent default)."""
    moved, rest, tail = split_global_options(args)
    if not moved or not tail:
        return args
    command, depth = _leaf(group, ctx, tail)
    if depth == 0:
        return args
    takes = {opt for param in command.params for opt in getattr(param, "opts", ())}
    for arg in moved:
        if arg.startswith("-") and _option_name(arg) not in takes:
            from rnkclaims.render import error

            name = " ".join(tail[:depth])
            error(f"'{name}' does not take {_option_name(arg)}", f"see rnkclaims {name} --help")
            raise typer.Exit(int(ExitStatus.USAGE))
    return [*rest, *tail[:depth], *moved, *tail[depth:]]


def _leaf(group: Any, ctx: Any, args: list[str]) -> tuple[Any, int]:
    """The command ``args`` (from the command name on) names, and how many of its words
    name it (``source show`` is two)."""
    command: Any = group
    depth = 0
    for word in args:
        if word.startswith("-") or not isinstance(command, typer.core.TyperGroup):
            break
        sub = command.get_command(ctx, word)
        if sub is None:
            break
        command, depth = sub, depth + 1
    return command, depth


def split_global_options(args: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Before the command name: (``--ledger``/``-L``/``--db`` with their values, the other
    options, the rest from the command name on). Attached forms (``-Lx``, ``--db=x``)
    count too."""
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-") or arg == "--":
            break
        name = arg.split("=", 1)[0]
        attached = "=" in arg or (arg.startswith("-L") and arg != "-L")
        if name in GLOBAL_OPTIONS or arg.startswith("-L"):
            take = 1 if attached or i + 1 >= len(args) else 2
            moved += args[i : i + take]
            i += take
            continue
        rest.append(arg)
        i += 1
    return moved, rest, args[i:]


def _option_name(arg: str) -> str:
    return "-L" if arg.startswith("-L") else arg.split("=", 1)[0]
