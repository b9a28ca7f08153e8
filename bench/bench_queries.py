"""Time the query commands on a large ledger, with an up-to-date database.

    python bench/make_ledger.py bench/out/ledger --claims 100000
    python bench/bench_queries.py --ledger bench/out/ledger

Prints, for each command, the query time inside one process (best of --repeat) and the
wall time of the whole command (``rnkclaims ...`` in a fresh interpreter) next to the
wall time of ``python -c "import typer"``, the floor every command pays (with --limit 50,
the table a terminal shows by default; piped, every row is written). Targets:
who-said and denials under 50 ms beyond that floor, contradictions (default limit) under
200 ms, ``rnkclaims --help`` within 1.5x of the floor.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rnkclaims.ledger import locate
from rnkclaims.store import queries as q
from rnkclaims.store.open import open_current
from rnkclaims.store.place import sqlite_uri

SEARCHES = ("arms deal", "Actor Number 123", "A77 satellite", "missiles")
"""Selective queries first; the last matches most of a synthetic ledger's claims."""


def best_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def wall_ms(argv: list[str], repeat: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ledger", type=Path, required=True, help="ledger folder")
    parser.add_argument("--db", type=Path, help="database (default: the ledger's cache)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    paths = locate(args.ledger)
    started = time.perf_counter()
    opened = open_current(paths, args.db)
    opened.conn.close()
    note = "built" if opened.rebuilt else "up to date"
    print(f"database {note} in {time.perf_counter() - started:.1f} s: {opened.path}")
    conn = sqlite3.connect(sqlite_uri(opened.path), uri=True)
    conn.row_factory = sqlite3.Row
    claims = conn.execute("select count(*) from claims").fetchone()[0]
    print(f"{claims} claims\n")

    print(f"in-process query time (best of {args.repeat}):")
    inproc: dict[str, float] = {}
    for text in SEARCHES:
        ms = best_ms(lambda t=text: q.who_said(conn, t, q.ClaimFilters()), args.repeat)
        inproc[f"who-said {text!r}"] = ms
    inproc["who-said 'arms deal' --speaker A12 --since 2024-03"] = best_ms(
        lambda: q.who_said(conn, "arms deal", q.ClaimFilters(speaker="A12", since="2024-03")),
        args.repeat,
    )
    # a broad query with a loose filter (the best matches suffice) and with a selective one
    # (every match is ranked)
    inproc["who-said 'missiles' --since 2024-03"] = best_ms(
        lambda: q.who_said(conn, "missiles", q.ClaimFilters(since="2024-03")), args.repeat
    )
    inproc["who-said 'missiles' --speaker A12"] = best_ms(
        lambda: q.who_said(conn, "missiles", q.ClaimFilters(speaker="A12")), args.repeat
    )
    inproc["denials"] = best_ms(lambda: q.denials(conn, q.ClaimFilters()), args.repeat)
    inproc["contradictions"] = best_ms(
        lambda: q.contradictions(conn, q.ContradictionFilters()), args.repeat
    )
    inproc["contradictions, every claim of 50 groups (json)"] = best_ms(
        lambda: q.contradictions(conn, q.ContradictionFilters(per_side=None)), args.repeat
    )
    inproc["claims"] = best_ms(lambda: q.list_claims(conn, q.ClaimFilters()), args.repeat)
    inproc["show claim-5"] = best_ms(lambda: q.show(conn, "claim-5"), args.repeat)
    conn.close()
    for name, ms in inproc.items():
        print(f"  {name:55s} {ms:8.1f} ms")

    exe = str(Path(sys.executable).with_name("rnkclaims"))
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    common = ["--ledger", str(args.ledger), "--db", str(opened.path)]
    floor = wall_ms([sys.executable, "-c", "import typer"], args.repeat, env)
    print(f"\nwhole command, wall time (best of {args.repeat}):")
    label = "python -c 'import typer' (floor)"
    print(f"  {label:55s} {floor:8.1f} ms")
    runs = {
        "rnkclaims --help": [exe, "--help"],
        "rnkclaims who-said 'arms deal'": [exe, "who-said", "arms deal", *common],
        "rnkclaims who-said 'Actor Number 123' -f json": [
            exe, "who-said", "Actor Number 123", "-f", "json", *common,
        ],
        "rnkclaims denials --limit 50": [exe, "denials", "--limit", "50", *common],
        "rnkclaims contradictions --limit 50": [exe, "contradictions", "--limit", "50", *common],
        "rnkclaims claims --limit 50": [exe, "claims", "--limit", "50", *common],
    }  # fmt: skip
    for name, argv in runs.items():
        ms = wall_ms(argv, args.repeat, env)
        print(f"  {name:55s} {ms:8.1f} ms  {ms / floor:4.2f}x floor, +{ms - floor:6.1f} ms")


if __name__ == "__main__":
    main()
