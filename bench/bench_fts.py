"""The full-text index filled once (now) against filled twice (before 0.2), in one run.

    python bench/make_ledger.py bench/out/ledger --claims 20000
    python bench/bench_fts.py bench/out/ledger [--runs 3]

The ledger is loaded and checked once. Each run builds the database as ``build`` does
now, then copies it and fills the index a second time, as the old build did
(``enable_fts`` already fills it; ``populate_fts`` after it indexed every row again).
Prints build time, file size, FTS5's integrity check with the content table, and the
ranking of one query, each as the median and range of the runs.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import sqlite_utils

from rnkclaims.check import check
from rnkclaims.ledger import load, locate
from rnkclaims.store.build import FTS_COLUMNS, build


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "insert into claim_search_fts(claim_search_fts, rank) values ('integrity-check', 1)"
        )
        return "ok"
    except sqlite3.DatabaseError as exc:
        return f"fails ({exc})"
    finally:
        conn.close()


def top(db: Path, query: str) -> list[tuple[str, float]]:
    conn = sqlite3.connect(db)
    try:
        return [
            (row[0], round(row[1], 3))
            for row in conn.execute(
                "select cs.claim_id, bm25(claim_search_fts) from claim_search_fts "
                "join claim_search cs on cs.rowid = claim_search_fts.rowid "
                "where claim_search_fts match ? order by 2 limit 5",
                (query,),
            )
        ]
    finally:
        conn.close()


def spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    v = [x * scale for x in values]
    return f"{statistics.median(v):8.2f} {unit} (range {min(v):.2f}-{max(v):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default="satellite OR launch")
    args = parser.parse_args()
    ledger = load(locate(args.ledger))
    checked = check(ledger)
    if checked.report.errors:
        raise SystemExit(f"{args.ledger}: the ledger has errors")
    once_t: list[float] = []
    twice_t: list[float] = []
    once_mb: list[float] = []
    twice_mb: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        once = Path(tmp) / "once.db"
        twice = Path(tmp) / "twice.db"
        for _ in range(args.runs):
            once.unlink(missing_ok=True)
            t = time.perf_counter()
            build(ledger, checked.derived, once)
            once_t.append(time.perf_counter() - t)
            shutil.copyfile(once, twice)
            t = time.perf_counter()
            db = sqlite_utils.Database(twice)
            db.table("claim_search").populate_fts(FTS_COLUMNS)
            db.close()
            twice_t.append(once_t[-1] + time.perf_counter() - t)
            once_mb.append(once.stat().st_size / 1e6)
            twice_mb.append(twice.stat().st_size / 1e6)
        print(f"ledger: {len(ledger.claims)} claims, {args.runs} runs")
        print(f"{'':24s}{'filled once (now)':>40s}{'filled twice (before)':>44s}")
        print(f"{'build time':24s}{spread(once_t, 's'):>40s}{spread(twice_t, 's'):>44s}")
        print(f"{'database size':24s}{spread(once_mb, 'MB'):>40s}{spread(twice_mb, 'MB'):>44s}")
        print(f"{'FTS5 integrity-check':24s}{integrity(once):>40s}{integrity(twice):>44s}")
        ratio = statistics.median(twice_mb) / statistics.median(once_mb)
        print(f"size ratio before/now: {ratio:.2f}x")
        print(f"top 5 for {args.query!r} now:    {top(once, args.query)}")
        print(f"top 5 for {args.query!r} before: {top(twice, args.query)}")


if __name__ == "__main__":
    main()
