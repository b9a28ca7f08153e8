"""Regenerate the README's generated sections: the database schema and the exit codes.

    python tools/gen_readme.py          # rewrite README.md in place
    python tools/gen_readme.py --check  # exit 1 if README.md is out of date (CI)

tests/test_docs.py runs the check, so the README cannot drift from the code.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from rnkclaims.check import check
from rnkclaims.errors import ExitStatus
from rnkclaims.ledger import load, locate
from rnkclaims.store.build import build

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = ROOT / "docs" / "example"


def schema_sql() -> str:
    """The CREATE statements of the database built from the example ledger."""
    ledger = load(locate(EXAMPLE))
    checked = check(ledger)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "example.db"
        build(ledger, checked.derived, db)
        conn = sqlite3.connect(db)
        try:
            rows = conn.execute(
                "select sql from sqlite_master where type in ('table', 'view') "
                "and name not like 'claim_search_fts_%' and name != 'sqlite_stat1' "
                "order by type, name"
            ).fetchall()
        finally:
            conn.close()
    return ";\n".join(r[0].strip() for r in rows) + ";"


def exit_codes() -> str:
    lines = ["| code | name | meaning |", "|---:|---|---|"]
    source = (ROOT / "rnkclaims" / "errors.py").read_text()
    for status in ExitStatus:
        match = re.search(rf"    {status.name} = \d+\n    \"\"\"(.+?)\"\"\"", source, re.S)
        meaning = " ".join(match.group(1).split()).replace("``", "`") if match else ""
        lines.append(f"| {int(status)} | `{status.name}` | {meaning} |")
    return "\n".join(lines)


SECTIONS = {
    "schema": lambda: "```sql\n" + schema_sql() + "\n```",
    "exit-codes": exit_codes,
}


def render(text: str) -> str:
    for name, make in SECTIONS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no <!-- {name}:start --> ... end markers")
        text = pattern.sub(lambda m, make=make: m.group(1) + make() + "\n" + m.group(2), text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if README.md is stale")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print("README.md is out of date: run python tools/gen_readme.py", file=sys.stderr)
            raise SystemExit(1)
        return
    README.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    main()
