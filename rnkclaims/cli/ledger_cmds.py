"""``validate``, ``build`` and ``schema``: the commands a ledger repository's CI runs."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, command, locate_ledger
from rnkclaims.errors import ExitStatus


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class SchemaKind(StrEnum):
    ledger = "ledger"
    source = "source"


@command(
    "validate",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims validate\n\n"
        "  rnkclaims validate --ledger path/to/data --strict --format json\n\n"
        "  rnkclaims validate --no-cache\n\n"
        "  rnkclaims validate --no-cache --jobs 1  # a full run in this process only\n\n"
        "Exit status: 0 valid, 1 invalid, 2 usage error. Under GitHub Actions "
        "(GITHUB_ACTIONS=true) the default format is github."
    ),
)
def validate(
    ledger: LedgerOpt = None,
    fmt: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text (file:line:col), json, or github (::error annotations). "
            "Default: github under GitHub Actions, text otherwise.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings too (unused sources, drafts).")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read and check every file, not only those changed since the last run.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Processes a full run checks the files of claims/ in, each a file at a "
            "time; the report is the same. Default: one per processor for over 4 MB of "
            "such files, else 1 (this process).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check the ledger and report every problem with file:line:column.

    Collects all problems (YAML syntax, duplicate keys, unknown or missing fields,
    unresolved references, impossible dates, excerpts not found in their source...),
    each with a stable code and a hint. A cache in ~/.cache/rnkclaims keeps each file's
    problems, so that after an edit only what the edit touches is read again; the
    report is the one a full run gives.
    """
    from rnkclaims.render.problems import ProblemFormat, problem_format_default, render_report
    from rnkclaims.store.checkcache import validate as validate_ledger

    paths = locate_ledger(ledger)
    report = validate_ledger(paths, use_cache=not no_cache, jobs=jobs).report
    chosen = ProblemFormat(fmt.value) if fmt else problem_format_default()
    render_report(report, chosen, strict)
    if not report.valid(strict):
        raise typer.Exit(int(ExitStatus.INVALID))


@command(
    "build",
    epilog="Examples:\n\n  rnkclaims build\n\n  rnkclaims build --db claims.db  "
    "# then: sqlite3 claims.db 'select * from claim_details'\n\n"
    "  rnkclaims build --parquet out/  # then: duckdb -c \"select * from 'out/claims.parquet'\"\n\n"
    'The Parquet export needs pyarrow: pip install "rnkclaims[parquet]".',
)
def build_cmd(
    ledger: LedgerOpt = None,
    db: DbOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even if the database is current.")
    ] = False,
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            metavar="DIR",
            help="Also write each table of the database to DIR/<table>.parquet (the folder "
            "is created if missing; its files of the same names are replaced).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Load the ledger into SQLite (tables, link tables, full-text index, views).

    Query commands do this by themselves when the ledger changed; run it to place the
    database somewhere (--db) for sqlite3 or datasette. The file is written atomically.
    With --parquet, the database's tables are then written as Parquet files, one per
    table (for DuckDB, Spark or pandas).
    """
    from rnkclaims.render import note
    from rnkclaims.store.open import db_path_for, open_current, rebuild

    if parquet is not None:
        from rnkclaims.store.export import check_folder, require_pyarrow

        require_pyarrow()  # before the build, not after it
        check_folder(parquet)
    paths = locate_ledger(ledger)
    if force:
        path = db_path_for(paths, db)
        counts = rebuild(paths, path)
        note(
            f"built {path}: "
            + ", ".join(f"{counts[t]} {t}" for t in ("claims", "actors", "sources"))
        )
    else:
        opened = open_current(paths, db)
        opened.conn.close()
        path = opened.path
        done = "updated" if opened.updated else "built" if opened.rebuilt else "up to date"
        note(f"{done}: {path}")
    if parquet is not None:
        _export_parquet(path, parquet)
    typer.echo(str(path))


def _export_parquet(db_path: Path, folder: Path) -> None:
    import sqlite3

    from rnkclaims.render import note
    from rnkclaims.store.export import export_parquet

    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        written = export_parquet(conn, folder)
    finally:
        conn.close()
    note(f"wrote {len(written)} Parquet files ({sum(written.values())} rows) to {folder}")


@command("schema", epilog="Example:\n\n  rnkclaims schema > ledger.schema.json")
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(help="ledger (claims.yaml) or source (front matter).")
    ] = SchemaKind.ledger,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Print the JSON Schema of the ledger, for editors' YAML language server.

    Put this line at the top of claims.yaml to get completion and errors while typing:

      # yaml-language-server: $schema=../docs/ledger.schema.json
    """
    from rnkclaims.jsonschema import ledger_schema, source_schema

    doc = ledger_schema() if kind is SchemaKind.ledger else source_schema()
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        from rnkclaims.edit_io import write_atomic

        write_atomic(output, text)
