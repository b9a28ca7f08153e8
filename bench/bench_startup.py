"""Start-up time of ``rnkclaims`` commands against ``python -c "import typer"``.

    python bench/bench_startup.py [--runs 20] [--baseline /other/venv/bin/rnkclaims] [--cold]
                                  [--instructions]

Every command runs as a fresh process, all of them in turn, ``--runs`` times; the median
and the spread (min-max) of each are printed with the ratio to the typer floor's median,
the ratio of the minimums (the least disturbed runs, on a shared machine), and the median
and quartiles of each run's ratio to the floor's run in the same round (target: 1.5x for
queries on an up-to-date database), of wall time and of CPU time (user and system: what
the process itself spent, without the time it waited for a core on a busy machine). Query
commands run on the bundled ledger with an up-to-date database (built once first), in json
(no rich) and as a table. With
``--baseline``, the same commands of another installation (say, the main branch's) are
timed in the same rounds, so both sets of figures share the machine's load.

Warm (the default), rnkclaims's bytecode is compiled first, as an installed package has
it. ``--cold`` removes it instead and runs every command with ``PYTHONDONTWRITEBYTECODE=1``,
as on a machine that writes no bytecode: each command compiles rnkclaims's modules it
imports (typer's and the standard library's bytecode are installed). A ``--baseline``
installation is treated the same way: its rnkclaims's bytecode is compiled first (warm) or
removed (cold), found through the Python next to its ``rnkclaims``. An installed wheel has
its bytecode compiled at install time even with ``PYTHONDONTWRITEBYTECODE`` set, so the cold
case is a checkout (or an editable install) or an install with ``pip install --no-compile``.

``--instructions`` runs every command once under valgrind and prints the instructions it
ran against the floor's: a figure the machine's load does not change (it leaves out
waiting for the disk and the cache misses, which the times include).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
FLOOR = "python -c 'import typer'"


def wall(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """The command's wall time and CPU time (user + system, of the process alone): on a
    busy machine the CPU time leaves out the time spent waiting for a core."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return elapsed, usage.ru_utime + usage.ru_stime


def commands(exe: str, db: Path, tag: str = "") -> dict[str, list[str]]:
    query = ["--ledger", str(DATA), "--db", str(db)]
    return {
        f"{tag}rnkclaims --help": [exe, "--help"],
        f"{tag}rnkclaims --version": [exe, "--version"],
        f"{tag}rnkclaims who-said --help": [exe, "who-said", "--help"],
        f"{tag}rnkclaims stats -f json": [exe, "stats", "-f", "json", *query],
        f"{tag}rnkclaims claims --act denies -f json": [
            exe, "claims", "--act", "denies", "-f", "json", *query,
        ],
        f"{tag}rnkclaims who-said arms -f json": [exe, "who-said", "arms", "-f", "json", *query],
        f"{tag}rnkclaims who-said arms (table)": [exe, "who-said", "arms", *query],
    }  # fmt: skip


def prepare(python: str, cold: bool) -> None:
    """rnkclaims's bytecode in the installation of ``python``: removed (cold), or compiled
    as an installed package has it, even where PYTHONDONTWRITEBYTECODE is set (warm)."""
    where = subprocess.run(  # from /: python -c would find a checkout in the working folder
        [python, "-c", "import rnkclaims; print(rnkclaims.__file__)"],
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    package = Path(where.stdout.strip()).parent
    print(f"{'cold' if cold else 'warm'}: {package}")
    if cold:
        for cache in sorted(package.rglob("__pycache__")):
            shutil.rmtree(cache)
    else:
        subprocess.run([python, "-m", "compileall", "-q", str(package)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--baseline", help="another installation's rnkclaims to time alongside")
    parser.add_argument("--cold", action="store_true", help="no bytecode of rnkclaims")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count each command's instructions once (valgrind) instead of timing it",
    )
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "rnkclaims")
    env = dict(os.environ)
    if args.cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    prepare(sys.executable, args.cold)
    if args.baseline:
        prepare(str(Path(args.baseline).parent / "python"), args.cold)
    tmp = Path(tempfile.mkdtemp(prefix="rnkclaims-startup-"))
    runs = {FLOOR: [sys.executable, "-c", "import typer"]}
    runs.update(commands(exe, tmp / "this.db"))
    if args.baseline:
        runs.update(commands(args.baseline, tmp / "baseline.db", "baseline: "))
    if args.instructions:
        try:
            for cmd in runs.values():
                wall(cmd, env)  # build the databases
            counted = {name: instructions(cmd, env) for name, cmd in runs.items()}
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        for name, count in counted.items():
            print(f"{name:48s} {count / 1e6:8.1f} M instructions  {count / counted[FLOOR]:5.3f}x")
        return
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    try:
        for cmd in runs.values():
            wall(cmd, env)  # warm the file cache, build the databases
        for _ in range(args.runs):
            for name, cmd in runs.items():
                elapsed, used = wall(cmd, env)
                times[name].append(elapsed)
                cpu[name].append(used)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("cold: no bytecode of rnkclaims" if args.cold else "warm: rnkclaims's bytecode compiled")
    floor, floor_cpu = times[FLOOR], cpu[FLOOR]
    base = statistics.median(floor)
    low = min(floor)
    print(
        f"{'':82s}ratio of: medians  minimums  each round's runs: median (quartiles)"
        "  CPU time, each round's: median (quartiles)"
    )
    for name, values in times.items():
        median = statistics.median(values)
        spread = f"{min(values) * 1000:6.1f}-{max(values) * 1000:6.1f}"
        # each run against the floor's run of the same round: the machine's load drifts
        # between rounds, less within one
        paired = _round_ratios(values, floor)
        used = _round_ratios(cpu[name], floor_cpu)
        print(
            f"{name:48s} median {median * 1000:6.1f} ms ({spread} ms)  {median / base:4.2f}x"
            f"     {min(values) / low:4.2f}x     {paired}      {used}"
        )
    print(
        f"floor's median: {base * 1000:.1f} ms wall, "
        f"{statistics.median(floor_cpu) * 1000:.1f} ms CPU"
    )


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """The instructions the command runs (valgrind's callgrind; hash seed fixed): the
    same count whatever the machine's load, where times on a shared machine spread."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "PYTHONHASHSEED": "0"},
    )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))  # type: ignore[union-attr]


def _round_ratios(values: list[float], floor: list[float]) -> str:
    """The median and quartiles of each round's ratio to the floor's run of that round."""
    paired = sorted(v / f for v, f in zip(values, floor, strict=True))
    quartiles = statistics.quantiles(paired, n=4) if len(paired) > 1 else paired * 3
    return f"{statistics.median(paired):4.2f}x ({quartiles[0]:4.2f}-{quartiles[2]:4.2f})"


if __name__ == "__main__":
    main()
