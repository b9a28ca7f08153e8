"""Peak memory of a command and the processes it forks, summed over the tree.

    python bench/tree_memory.py [--every 0.2] -- rnkclaims validate --no-cache -L LEDGER

``ru_maxrss`` (what ``bench_ledger.py`` reports) is the peak of the largest single
process. A command that forks workers shares most of its pages with them, so the sum of
their RSS counts those pages once per process; the proportional set size (PSS, from
``/proc/<pid>/smaps_rollup``) shares each page among the processes mapping it, and its
sum over the tree is the memory the command holds. Printed: the wall time, the peak of
the summed PSS, the peak of the summed RSS, the peak of the largest process's RSS and the
most processes seen at once. Linux only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        for task in tasks:
            text = (task / "children").read_text()
            found.extend(int(c) for c in text.split())
    except OSError:
        pass
    return found


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _kib(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=float, default=0.2, help="seconds between samples")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    start = time.perf_counter()
    child = subprocess.Popen(args.command, stdout=subprocess.DEVNULL)
    pss = rss = largest = most = 0
    while child.poll() is None:
        pids = _tree(child.pid)
        sizes = [(_kib(p, "Pss"), _kib(p, "Rss")) for p in pids]
        pss = max(pss, sum(s[0] for s in sizes))
        rss = max(rss, sum(s[1] for s in sizes))
        largest = max(largest, max((s[1] for s in sizes), default=0))
        most = max(most, len(pids))
        time.sleep(args.every)
    wall = time.perf_counter() - start
    print(
        f"wall {wall:.2f} s, exit {child.returncode}; peak summed PSS {pss / 1024:,.0f} MiB, "
        f"summed RSS {rss / 1024:,.0f} MiB, largest process {largest / 1024:,.0f} MiB; "
        f"{most} process(es) at most (sampled every {args.every} s)"
    )
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
