"""Time and memory of ``rnkclaims validate`` on hostile ledgers, against a normal one.

    python bench/bench_hostile.py [--repeat 3] [--levels 9] [--code PATH]

Each case is a fresh process (wall time, peak memory of the process): the bundled
ledger first (the baseline, measured in the same run), then the same ledger with one
more file holding an alias bomb of 1 to ``--levels`` nested levels (10**levels strings
once expanded), lists nested 900 deep, 5,000 tags, an actor name of 10 MB, and a flow
list of 2,000,000 one-character items. The floor is PyYAML's C loader reading the hostile
file alone (garbage collector off), in a fresh process: the cost of parsing it at all.
``--code`` runs another checkout of rnkclaims (put first on PYTHONPATH) to compare; keep
``--levels`` low for a version that expands aliases (8 levels took 26 s and 1.75 GB
before they were refused). Every process is limited to 4 GB of address space.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import resource, sys, time
t = time.perf_counter()
from rnkclaims.cli import main
sys.argv = ["rnkclaims", "validate", "--ledger", sys.argv[1], "--format", "json"]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"\\n{time.perf_counter() - t} {peak} {code}\\n")
"""


FLOOR = """
import gc, resource, sys, time, yaml
gc.disable()
t = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as fh:
    yaml.load(fh.read(), Loader=yaml.CSafeLoader)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"\\n{time.perf_counter() - t} {peak} 0\\n")
"""


def bomb(levels: int) -> str:
    lines = ["    a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        lines.append(f"    a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "topics:\n  - id: bomb\n    name: Bomb\n    note:\n" + "\n".join(lines) + "\n"


def cases(levels: int) -> dict[str, str | None]:
    found: dict[str, str | None] = {"bundled ledger (baseline)": None}
    for n in range(1, levels + 1):
        found[f"alias bomb, {n} level(s)"] = bomb(n)
    deep = "[" * 900 + "]" * 900
    found["lists nested 900 deep"] = f"topics:\n  - id: deep\n    name: Deep\n    terms: {deep}\n"
    tags = ", ".join(["!!str arms"] * 5000)
    found["5,000 tags"] = f"topics:\n  - id: tags\n    name: Tags\n    terms: [{tags}]\n"
    found["an actor name of 10 MB"] = (
        f"actors:\n  - id: huge\n    name: {'A' * 10_000_000}\n    kind: person\n"
    )
    tiny = ",".join(["0"] * 2_000_000)
    found["2,000,000 one-character items"] = (
        f"topics:\n  - id: tiny\n    name: Tiny\n    terms: [{tiny}]\n"
    )
    return found


def measure(ledger: Path, code: Path | None, script: str = RUN) -> tuple[float, float, int]:
    env = dict(os.environ, PYTHONPATH=str(code)) if code else dict(os.environ)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, str(ledger)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ledger.parent,  # not this checkout, which python -c would put first on sys.path
        timeout=600,
    )
    wall = time.perf_counter() - started
    lines = done.stderr.strip().splitlines()
    last = lines[-1].split() if lines else []
    if len(last) != 3 or not last[1].isdigit():  # killed, or out of memory
        return wall, float("nan"), done.returncode
    return wall, int(last[1]) / 1024, int(last[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--levels", type=int, default=9)
    parser.add_argument("--code", type=Path, help="another checkout to run instead")
    parser.add_argument("--skip", action="append", default=[], help="skip cases naming this")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, resource.RLIM_INFINITY))
    print(
        f"{'case':34} {'exit':>4} {'wall s (median, min-max)':>26} {'peak MB':>8} "
        f"{'x base':>7} {'floor s':>8} {'floor MB':>8}"
    )
    base = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, extra in cases(args.levels).items():
            if any(word in name for word in args.skip):
                continue
            ledger = Path(tmp) / "ledger"
            shutil.copytree(ROOT / "data", ledger)
            if extra is not None:
                (ledger / "claims").mkdir()
                (ledger / "claims" / "hostile.yaml").write_text(extra, encoding="utf-8")
            runs = [measure(ledger, args.code) for _ in range(args.repeat)]
            hostile = ledger / "claims" / "hostile.yaml"
            floor = measure(hostile if extra is not None else ledger / "claims.yaml", None, FLOOR)
            shutil.rmtree(ledger)
            walls = [r[0] for r in runs]
            median = statistics.median(walls)
            base = base or median
            spread = f"{median:.3f} ({min(walls):.3f}-{max(walls):.3f})"
            peak = max(r[1] for r in runs)
            print(
                f"{name:34} {runs[0][2]:>4} {spread:>26} {peak:>8.0f} {median / base:>6.2f}x "
                f"{floor[0]:>8.3f} {floor[1]:>8.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
