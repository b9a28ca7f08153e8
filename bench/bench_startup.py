"""Start-up time of ``rnkclaims --help`` against ``python -c "import typer"``.

    python bench/bench_startup.py [--runs 20]

Both are run as fresh processes, alternately, and the medians compared (target: 1.5x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "rnkclaims")
    # Bytecode as an installed package has it, even where PYTHONDONTWRITEBYTECODE is set.
    import compileall

    import rnkclaims

    compileall.compile_dir(Path(rnkclaims.__file__).parent, quiet=1)
    commands = {
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "rnkclaims --help": [exe, "--help"],
        "rnkclaims --version": [exe, "--version"],
        "rnkclaims who-said --help": [exe, "who-said", "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():
        wall(cmd)  # warm the file cache
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    base = statistics.median(times["python -c 'import typer'"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:28s} median {median * 1000:6.1f} ms  ratio {median / base:4.2f}x")


if __name__ == "__main__":
    main()
