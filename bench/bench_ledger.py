"""Time validate and build on a large ledger against the YAML parsing floor.

    python bench/make_ledger.py bench/out/ledger --claims 100000
    python bench/bench_ledger.py bench/out/ledger

Prints, in one run: the floor (PyYAML's C loader parsing claims.yaml alone, garbage
collector disabled), ``rnkclaims validate`` and ``rnkclaims build`` (each a fresh
process, wall time and peak memory), and a query on the up-to-date database; then the
ratios to the floor. Targets: validate <= 1.5x, build <= 2x.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import gc, sys, time, yaml, resource
gc.disable()
t = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as fh:
    yaml.load(fh.read(), Loader=yaml.CSafeLoader)
print(time.perf_counter() - t)
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, stdout of a child process."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--query", default="artillery shells")
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    exe = str(bindir / "rnkclaims")
    claims = args.ledger / "claims.yaml"
    size_mb = claims.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RNKCLAIMS_DB": str(Path(tmp) / "bench.db")}
        floor_wall, floor_rss, out = run([sys.executable, "-c", FLOOR, str(claims)], env)
        floor = float(out.strip())
        val, val_rss, _ = run([exe, "validate", "--ledger", str(args.ledger)], env)
        bld, bld_rss, _ = run([exe, "build", "--force", "--ledger", str(args.ledger)], env)
        q, q_rss, _ = run([exe, "who-said", args.query, "--ledger", str(args.ledger),
                           "--format", "json", "--limit", "20"], env)  # fmt: skip
        start, _, _ = run([sys.executable, "-c", "import typer"], env)
    print(f"ledger: {claims} ({size_mb:.1f} MB)")
    print(f"floor   yaml.load(CSafeLoader), gc off: {floor:7.2f} s  (process {floor_wall:.2f} s, "
          f"peak {floor_rss:.0f} MB, {size_mb / floor:.1f} MB/s)")  # fmt: skip
    print(f"validate                        : {val:7.2f} s  peak {val_rss:.0f} MB  "
          f"ratio {val / floor:.2f}x (target <= 1.5x)")  # fmt: skip
    print(f"build (validate + write SQLite) : {bld:7.2f} s  peak {bld_rss:.0f} MB  "
          f"ratio {bld / floor:.2f}x (target <= 2x)")  # fmt: skip
    print(f"who-said on an up-to-date db    : {q:7.3f} s  peak {q_rss:.0f} MB  "
          f"(python -c 'import typer': {start:.3f} s)")  # fmt: skip
    big, small = open_ms(args.ledger), open_ms(Path(__file__).resolve().parent.parent / "data")
    print(f"open an up-to-date db (no YAML) : {big:7.2f} ms for this ledger, {small:.2f} ms for "
          f"the bundled one: {big / small:.2f}x")  # fmt: skip


def open_ms(ledger: Path) -> float:
    """Best time to check a database is current and open it, in this process."""
    from rnkclaims.ledger import locate
    from rnkclaims.store.open import open_current

    paths = locate(ledger)
    open_current(paths).conn.close()  # build once if needed
    best = float("inf")
    for _ in range(20):
        t = time.perf_counter()
        opened = open_current(paths)
        opened.conn.close()
        best = min(best, time.perf_counter() - t)
        assert not opened.rebuilt
    return best * 1000


if __name__ == "__main__":
    main()
