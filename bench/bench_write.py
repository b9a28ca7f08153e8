"""What safe writes cost: ``write_atomic`` against the plain write-and-rename it replaced.

    python bench/make_ledger.py bench/out/ledger --claims 20000
    python bench/bench_write.py bench/out/ledger [--runs 15]

Two writes a ledger sees, each timed in one run against its baseline (the former
``write_atomic``: temporary file, fsync, rename, and nothing else):
- ``claims.yaml`` rewritten (what ``add`` and ``extract --write`` do), in its folder;
- a new source archived in ``sources/`` (what ``source add`` does), where the scan for
  stale temporary files reads every entry of the folder.
The writes go to a copy of the ledger. Prints the median and range in milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rnkclaims.edit_io import write_atomic


def baseline(path: Path, text: str) -> None:
    """The former write_atomic: no stale scan, no folder fsync, mode from mkstemp."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def timed(write: Callable[[Path, str], None], path: Path, text: str) -> float:
    t = time.perf_counter()
    write(path, text)
    return (time.perf_counter() - t) * 1000


def line(name: str, values: list[float]) -> str:
    median = statistics.median(values)
    return f"{name:40s} {median:8.2f} ms (range {min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ledger"
        shutil.copytree(args.ledger, root)
        main_file = root / "claims.yaml"
        text = main_file.read_text(encoding="utf-8")
        sources = root / "sources"
        article = next(sources.iterdir()).read_text(encoding="utf-8")
        count = sum(1 for _ in sources.iterdir())
        results: dict[str, list[float]] = {}
        for i in range(args.runs):  # alternate, so both see the same machine load
            for name, write in (("before", baseline), ("now", write_atomic)):
                key = f"claims.yaml ({len(text) / 1e6:.1f} MB), {name}"
                results.setdefault(key, []).append(timed(write, main_file, text))
                new = sources / f"bench-{name}-{i}.txt"
                key = f"new source ({count} in folder), {name}"
                results.setdefault(key, []).append(timed(write, new, article))
        for name in sorted(results):
            print(line(name, results[name]))


if __name__ == "__main__":
    main()
