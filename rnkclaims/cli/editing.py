"""What the commands that grow or edit the ledger share: loading it, asking for a value,
appending a record. Imported by those commands only (``rnkclaims.cli.app`` hands these
names out on first use), so that a query compiles none of it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from rnkclaims.cli.app import locate_ledger
from rnkclaims.errors import UsageError

if TYPE_CHECKING:
    from rnkclaims.ledger import Ledger


def load_ledger(ledger: Path | None, *, valid: bool = False) -> Ledger:
    """The ledger a command grows or edits: located (never the bundled one) and loaded.

    ``valid``: refused with ``LedgerError`` (exit 1) when ``validate`` would report an
    error. Commands that read the content as data (extract, coverage, suggest, review)
    ask for it; commands that plan an edit and validate its result (add, rename, merge,
    ...) do not, so that they can also be used to repair a ledger."""
    from rnkclaims.ledger import load

    loaded = load(locate_ledger(ledger))
    if valid:
        from rnkclaims.check.valid import require_valid

        require_valid(loaded)
    return loaded


def need_value(value: str | None, flag: str, label: str) -> str:
    """A required value: given as ``flag``, or asked for as ``label`` on a terminal."""
    if value:
        return value
    if sys.stdin.isatty():
        return str(typer.prompt(label))
    raise UsageError(f"missing {flag}", f"give {flag}, or run on a terminal to be asked")


def append_file(led: Ledger, file: Path | None) -> Path | None:
    """The ledger file ``--file`` names: as given when it exists (or is absolute), else
    relative to the ledger folder; None for the default file."""
    if file is None:
        return None
    path = file if file.is_absolute() else Path.cwd() / file
    if not path.exists() and not file.is_absolute():
        path = led.paths.root / file
    return path


def append_entry(
    led: Ledger, section: str, entry: dict[str, Any], file: Path | None, dry_run: bool
) -> None:
    """Check ``entry`` appended to ``section`` of the ledger, then write it and print its
    id (or, with ``dry_run``, print it as YAML and write nothing)."""
    from rnkclaims.authoring.ledger_edit import plan_append, yaml_list_item
    from rnkclaims.render import note

    edit = plan_append(led.paths, {section: [entry]}, append_file(led, file))
    kind = section.rstrip("s")
    if dry_run:
        sys.stdout.write("\n".join(yaml_list_item(entry, 2)) + "\n")
        note(f"would add {kind} '{entry['id']}' to {led.paths.display(edit.path)} (dry run)")
        return
    edit.write()
    line = edit.line_of(section, str(entry["id"]))
    note(f"added {kind} '{entry['id']}' at {led.paths.display(edit.path)}:{line}")
    typer.echo(entry["id"])
