"""Time and memory of validate and build on large ledgers, against the YAML parse floor.

    python bench/make_ledger.py bench/out/l100k --claims 100000 [--split 1000]
    python bench/bench_ledger.py bench/out/l100k [more ledgers...] [--runs 3]

For each ledger and each round, three fresh processes, one after the other: the floor
(PyYAML's C loader, ``yaml.load(text, Loader=CSafeLoader)``, over every YAML file of the
ledger, each dropped once read, garbage collector off; its parse time, without the
interpreter's start), ``rnkclaims validate --no-cache`` and ``rnkclaims build --force`` (wall time
of the whole process). Rounds go over all ledgers in turn, so that the machine's load
falls on all of them alike.

Printed per ledger: the median and range (min-max) over the rounds of each time and peak
memory (RSS), the ratio to the floor of the same round (median and range), and the peak
memory per MB of YAML (the targets: validate <= 0.8x and build <= 1.2x the floor, at most
5 MiB per MB of YAML). The peak is the largest single process's: a ``validate`` that
forks workers to check the claims files shares most pages with them, and
``bench/tree_memory.py`` gives the sum over its processes. ``--one-process`` also times
``validate --no-cache --jobs 1`` (no workers); ``--no-build`` leaves out ``build``.
``--baseline BIN`` also runs, in the same rounds, the
``rnkclaims`` of another installation (``BIN/rnkclaims``: an earlier version, say) and
prints its figures beside. ``--queries`` adds a query on the up-to-date database and the
time to open it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLOOR = """
import gc, sys, time, yaml
gc.disable()
total = 0.0
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as fh:
        text = fh.read()
    t = time.perf_counter()
    yaml.load(text, Loader=yaml.CSafeLoader)  # dropped at once: only the parse is timed
    total += time.perf_counter() - t
print(total)
"""

TARGETS = {"validate": 0.8, "build": 1.2}
MIB_PER_MB = 5.0


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB, stdout of a child process."""
    wrapper = [
        sys.executable, "-c",
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stderr.write(p.stderr)\n"
        "print(dt, rss, p.returncode)\n"
        "print(p.stdout[-2000:], end='')\n",
        *cmd,
    ]  # fmt: skip
    out = subprocess.run(wrapper, capture_output=True, text=True, env=env, check=True)
    first, _, rest = out.stdout.partition("\n")
    dt, rss, code = first.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd)} exited {code}:\n{out.stderr[-2000:]}")
    return float(dt), float(rss), rest


@dataclass
class Ledger:
    root: Path
    yaml_files: list[Path]
    yaml_mb: float
    total_mb: float
    claims: int = 0
    runs: dict[str, list[tuple[float, float]]] = field(default_factory=dict)

    @classmethod
    def at(cls, root: Path) -> Ledger:
        files = [root / "claims.yaml", *sorted((root / "claims").glob("*.yaml"))]
        files = [f for f in files if f.is_file()]
        yaml_bytes = sum(f.stat().st_size for f in files)
        sources = sum(f.stat().st_size for f in (root / "sources").glob("*.txt"))
        return cls(root, files, yaml_bytes / 1e6, (yaml_bytes + sources) / 1e6)


def spread(values: list[float], fmt: str) -> str:
    """Median and, over more than one run, the range."""
    mid = format(statistics.median(values), fmt)
    if len(values) < 2:
        return mid
    return f"{mid} ({format(min(values), fmt)}-{format(max(values), fmt)})"


def measure(
    ledger: Ledger,
    exes: dict[str, str],
    env: dict[str, str],
    one_process: bool = False,
    build: bool = True,
) -> None:
    args = ["--ledger", str(ledger.root)]
    floor_cmd = [sys.executable, "-c", FLOOR, *map(str, ledger.yaml_files)]
    _, floor_rss, out = run(floor_cmd, env)
    ledger.runs.setdefault("floor", []).append((float(out.strip()), floor_rss))
    for label, exe in exes.items():
        # each installation keeps its own validate cache (in one folder, each would
        # remove the texts the other keeps beside it, and write its own again each run)
        own = {**env, "XDG_CACHE_HOME": env["XDG_CACHE_HOME"] + (label and "-baseline")}
        dt, rss, _ = run([exe, "validate", "--no-cache", *args], own)  # a full run
        ledger.runs.setdefault(f"validate{label}", []).append((dt, rss))
        if one_process and not label:  # the same, checking in this process only
            dt, rss, _ = run([exe, "validate", "--no-cache", "--jobs", "1", *args], own)
            ledger.runs.setdefault("validate --jobs 1", []).append((dt, rss))
        if build:
            dt, rss, out = run([exe, "build", "--force", *args], own)
            ledger.runs.setdefault(f"build{label}", []).append((dt, rss))


def report(ledger: Ledger) -> None:
    n = len(ledger.runs["floor"])
    floors = [t for t, _ in ledger.runs["floor"]]
    print(
        f"\nledger {ledger.root}: {len(ledger.yaml_files)} YAML file(s), "
        f"{ledger.yaml_mb:.1f} MB of YAML ({ledger.total_mb:.1f} MB with sources); "
        f"{n} run(s), median (min-max)"
    )
    print(
        f"  {'floor':18} {spread(floors, '.2f'):>22} s   peak "
        f"{spread([r for _, r in ledger.runs['floor']], '.0f'):>16} MiB"
    )
    for name in sorted(set(ledger.runs) - {"floor"}, key=lambda n: (n[0] == "b", n)):
        times = [t for t, _ in ledger.runs[name]]
        peaks = [r for _, r in ledger.runs[name]]
        ratios = [t / f for t, f in zip(times, floors, strict=True)]
        per_mb = [r / ledger.yaml_mb for r in peaks]
        print(
            f"  {name:18} {spread(times, '.2f'):>22} s   peak {spread(peaks, '.0f'):>16} MiB   "
            f"ratio to floor {spread(ratios, '.2f')}x "
            f"(target <= {TARGETS[name.split(' ')[0]]}x)   "
            f"{spread(per_mb, '.2f')} MiB per MB of YAML (target <= {MIB_PER_MB:.0f})"
        )


def queries(ledger: Ledger, exe: str, env: dict[str, str], query: str) -> None:
    args = ["--ledger", str(ledger.root)]
    q, q_rss, _ = run([exe, "who-said", query, *args, "--format", "json", "--limit", "20"], env)
    start, _, _ = run([sys.executable, "-c", "import typer"], env)
    print(
        f"  who-said on an up-to-date db: {q:.3f} s, peak {q_rss:.0f} MiB "
        f"(python -c 'import typer': {start:.3f} s)"
    )
    big, small = open_ms(ledger.root), open_ms(Path(__file__).resolve().parent.parent / "data")
    print(
        f"  open an up-to-date db (no YAML): {big:.2f} ms for this ledger, {small:.2f} ms for "
        f"the bundled one: {big / small:.2f}x"
    )


def open_ms(root: Path) -> float:
    """Best time to check a database is current and open it, in this process."""
    from rnkclaims.ledger import locate
    from rnkclaims.store.open import open_current

    paths = locate(root)
    open_current(paths).conn.close()  # build once if needed
    best = float("inf")
    for _ in range(20):
        t = time.perf_counter()
        opened = open_current(paths)
        opened.conn.close()
        best = min(best, time.perf_counter() - t)
        assert not opened.rebuilt
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledgers", type=Path, nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="a bin/ folder holding another rnkclaims")
    parser.add_argument("--queries", action="store_true", help="also time a query")
    parser.add_argument("--query", default="artillery shells")
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="also time this installation's validate --no-cache --jobs 1 (no worker processes)",
    )
    parser.add_argument("--no-build", action="store_true", help="time no build")
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "rnkclaims")
    exes = {"": exe}
    if args.baseline is not None:
        exes[" (baseline)"] = str(args.baseline / "rnkclaims")
    ledgers = [Ledger.at(root) for root in args.ledgers]
    with tempfile.TemporaryDirectory() as tmp:
        envs = [
            {
                **os.environ,
                "RNKCLAIMS_DB": str(Path(tmp) / f"bench-{i}.db"),
                "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{i}"),
            }
            for i in range(len(ledgers))
        ]
        for i in range(args.runs):
            for ledger, env in zip(ledgers, envs, strict=True):
                t = time.perf_counter()
                measure(ledger, exes, env, args.one_process, not args.no_build)
                print(
                    f"round {i + 1}/{args.runs}: {ledger.root.name} "
                    f"({time.perf_counter() - t:.0f} s)",
                    file=sys.stderr,
                    flush=True,
                )
        for ledger, env in zip(ledgers, envs, strict=True):
            report(ledger)
            if args.queries:
                queries(ledger, exe, env, args.query)


if __name__ == "__main__":
    main()
