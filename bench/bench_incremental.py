"""Time an edit's build against a full build, on a ledger split into claims/ files.

    python bench/make_ledger.py /tmp/ledger --claims 100000 --split 1000
    python bench/bench_incremental.py /tmp/ledger [--runs 3]

Each figure is a fresh process of the installed command, wall time and peak memory,
repeated ``--runs`` times in turn (median, then min-max), in one run:

- floor: PyYAML's C loader parsing every YAML file, garbage collector off;
- full: ``rnkclaims build --force``;
- edit: one claim of one file of claims/ changed (the file replaced, as git does), then
  ``rnkclaims build``;
- query after an edit: the same edit, then ``rnkclaims stats -f json`` (which brings the
  database up to date first);
- add a source: a new file in sources/, then ``rnkclaims build``;
- rename one actor: the ``name`` of ``actor-1000`` changed in claims.yaml (its claims'
  search text changes with it), then ``rnkclaims build``.

Ratios are to the full build's median (target: <= 0.05). The script checks that each
incremental step really was applied in place (``updated`` on stderr).

``--validate`` times ``rnkclaims validate`` instead, in one run: the full run
(``--no-cache``, the baseline), then with the cache after one claim of one file of claims/
changed, after one source's text changed, after one actor's name changed, and with
nothing changed (ratios to the full
run's median; target: <= 0.10 after an edit). It then checks, in this process, that the
claim edit and the source edit are validated in part (``store.checkcache``; the source
edit without reading a claims file), with the same report as a full run.

``--hashing`` times only how an update finds what changed, in this process, after a full
build: hashing every file (``file_digests``), against hashing only the files whose stat
differs from the one the database recorded (``store.update.current_digests``), one file
edited.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

FLOOR = """
import gc, sys, time, yaml
gc.disable()
t = time.perf_counter()
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as fh:
        yaml.load(fh.read(), Loader=yaml.CSafeLoader)
print(time.perf_counter() - t)
"""

WRAP = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "dt = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(dt, rss, p.returncode)\n"
    "sys.stdout.write(p.stdout[-2000:])\n"
    "sys.stderr.write(p.stderr[-2000:])\n"
)


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str, str]:
    """Wall seconds, peak RSS in MB, stdout and stderr of a child process."""
    out = subprocess.run(
        [sys.executable, "-c", WRAP, *cmd], capture_output=True, text=True, env=env, check=True
    )
    first, _, rest = out.stdout.partition("\n")
    dt, rss, code = first.split()
    if code != "0":
        raise SystemExit(f"{' '.join(cmd)} exited {code}:\n{out.stderr[-2000:]}")
    return float(dt), float(rss), rest, out.stderr


def replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as git does: a new file renamed over the old."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hashing", action="store_true", help="time finding the changes only")
    parser.add_argument("--validate", action="store_true", help="time validate and its cache")
    args = parser.parse_args()
    ledger: Path = args.ledger
    if args.hashing:
        hashing(ledger, args.runs)
        return
    if args.validate:
        validate(ledger, args.runs)
        return
    parts = sorted((ledger / "claims").glob("*.yaml"))
    if not parts:
        raise SystemExit(f"{ledger} has no claims/*.yaml: make it with make_ledger.py --split")
    exe = str(Path(sys.executable).parent / "rnkclaims")
    yaml_files = [str(ledger / "claims.yaml"), *map(str, parts)]
    size_mb = sum(Path(p).stat().st_size for p in yaml_files) / 1e6
    target = parts[len(parts) // 2]
    original = target.read_text(encoding="utf-8")
    flips = [original.replace("act: asserts", "act: warns", 1), original]
    new_source = ledger / "sources" / "bench-new-source.txt"
    main_file = ledger / "claims.yaml"
    records = main_file.read_text(encoding="utf-8")
    renamed = records.replace("name: Actor Number 1000\n", "name: Actor 1000\n")

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RNKCLAIMS_DB": str(Path(tmp) / "bench.db")}
        build = [exe, "build", "--ledger", str(ledger)]
        query = [exe, "stats", "-f", "json", "--ledger", str(ledger)]
        times: dict[str, list[tuple[float, float]]] = {}

        def timed(name: str, cmd: list[str], before: Callable[[], object] | None = None) -> None:
            if before is not None:
                before()
            dt, rss, _, err = run(cmd, env)
            if name != "full build --force" and "updated" not in err:
                raise SystemExit(f"{name}: not applied in place:\n{err}")
            times.setdefault(name, []).append((dt, rss))

        def floor() -> None:
            _, rss, out, _ = run([sys.executable, "-c", FLOOR, *yaml_files], env)
            times.setdefault("floor", []).append((float(out.strip()), rss))

        run([*build, "--force"], env)  # warm the file cache
        try:
            for _i in range(args.runs):
                floor()
                timed("full build --force", [*build, "--force"])
                timed("edit one claim, build", build, lambda: replace(target, flips[0]))
                timed("query after an edit", query, lambda: replace(target, flips[1]))
                timed(
                    "add a source, build",
                    build,
                    lambda: new_source.write_text(
                        "---\noutlet: outlet-1\ntitle: New\npublished: 2024-05-01\n"
                        "language: en\n---\nA new article.\n",
                        encoding="utf-8",
                    ),
                )
                new_source.unlink()
                run(build, env)
                if renamed != records:
                    timed("rename one actor, build", build, lambda: replace(main_file, renamed))
                    replace(main_file, records)
                    run(build, env)
        finally:
            replace(target, original)
            new_source.unlink(missing_ok=True)
            replace(main_file, records)

    full = statistics.median(t for t, _ in times["full build --force"])
    print(f"ledger: {ledger} ({len(yaml_files)} YAML files, {size_mb:.1f} MB of YAML)")
    for name, values in times.items():
        secs = [t for t, _ in values]
        median = statistics.median(secs)
        peak = max(r for _, r in values)
        print(
            f"{name:24s} median {median:7.3f} s ({min(secs):.3f}-{max(secs):.3f})  "
            f"peak {peak:6.0f} MB  {median / full:6.3f}x full build"
        )


def validate(ledger: Path, runs: int) -> None:
    parts = sorted((ledger / "claims").glob("*.yaml"))
    if not parts:
        raise SystemExit(f"{ledger} has no claims/*.yaml: make it with make_ledger.py --split")
    exe = str(Path(sys.executable).parent / "rnkclaims")
    target = parts[len(parts) // 2]
    original = target.read_text(encoding="utf-8")
    flips = [original.replace("act: asserts", "act: warns", 1), original]
    source = sorted((ledger / "sources").glob("*.txt"))[7]
    text = source.read_text(encoding="utf-8")
    words = [text, text.rstrip("\n") + "\n\nA paragraph added at the end.\n"]
    main = ledger / "claims.yaml"
    vocabulary = main.read_text(encoding="utf-8")
    names = [vocabulary, vocabulary.replace("name: Actor Number 1000\n", "name: Actor 1000\n")]
    assert names[0] != names[1]
    command = [exe, "validate", "--ledger", str(ledger)]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": tmp}
        times: dict[str, list[tuple[float, float]]] = {}

        def timed(name: str, cmd: list[str], before: Callable[[], object] | None = None) -> None:
            if before is not None:
                before()
            dt, rss, out, _ = run(cmd, env)
            if not out.startswith("valid"):
                raise SystemExit(f"{name}: {out[:500]}")
            times.setdefault(name, []).append((dt, rss))

        run([*command, "--no-cache"], env)  # warm the file cache
        try:
            for i in range(runs):
                timed("full (--no-cache)", [*command, "--no-cache"])
                timed("edit one claim", command, lambda: replace(target, flips[0]))
                timed("edit one source", command, lambda: replace(source, words[1]))
                timed("rename one actor", command, lambda: replace(main, names[1]))
                timed("nothing changed", command)
                replace(target, flips[1])
                replace(source, words[0])
                replace(main, names[0])
                if i == runs - 1:  # this edit, in this process: validated in part?
                    os.environ["XDG_CACHE_HOME"] = tmp
                    from rnkclaims.ledger import locate
                    from rnkclaims.store.checkcache import validate as check

                    paths = locate(ledger)
                    check(paths)
                    replace(target, flips[0])
                    partial = check(paths)
                    full = check(paths, use_cache=False)
                    assert partial.mode == "partial", partial.mode
                    assert partial.report.as_dict() == full.report.as_dict()
                    replace(source, words[1])  # the source's text: no claims file read
                    partial = check(paths)
                    full = check(paths, use_cache=False)
                    assert partial.mode == "partial", partial.mode
                    assert partial.read == 1 + len(paths.yaml_files()) - len(parts), partial.read
                    assert partial.report.as_dict() == full.report.as_dict()
        finally:
            replace(target, original)
            replace(source, text)
            replace(main, vocabulary)
    report(ledger, times, "full (--no-cache)")


def report(ledger: Path, times: dict[str, list[tuple[float, float]]], baseline: str) -> None:
    base = statistics.median(t for t, _ in times[baseline])
    print(f"ledger: {ledger}")
    for name, values in times.items():
        secs = [t for t, _ in values]
        median = statistics.median(secs)
        peak = max(r for _, r in values)
        print(
            f"{name:24s} median {median:7.3f} s ({min(secs):.3f}-{max(secs):.3f})  "
            f"peak {peak:6.0f} MB  {median / base:6.3f}x {baseline}"
        )


def hashing(ledger: Path, runs: int) -> None:
    import time

    from rnkclaims.ledger import file_digests, locate
    from rnkclaims.store.update import current_digests

    paths = locate(ledger)
    exe = str(Path(sys.executable).parent / "rnkclaims")
    target = sorted(paths.extra_dir.glob("*.yaml"))[0]
    original = target.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        env = {**os.environ, "RNKCLAIMS_DB": str(db)}
        run([exe, "build", "--force", "--ledger", str(ledger)], env)
        replace(target, original.replace("act: asserts", "act: warns", 1))
        try:
            times: dict[str, list[float]] = {"every file hashed": [], "changed stats only": []}
            hashed = 0
            for _ in range(runs):
                t = time.perf_counter()
                every = file_digests(paths)
                times["every file hashed"].append(time.perf_counter() - t)
                t = time.perf_counter()
                known = current_digests(paths, db)
                times["changed stats only"].append(time.perf_counter() - t)
                assert known.fingerprint == every.fingerprint
                hashed = known.hashed
        finally:
            replace(target, original)
    n = len(every.sha256)
    base = statistics.median(times["every file hashed"])
    print(f"ledger: {ledger} ({n} files); one file edited, {hashed} hashed with stats")
    for name, secs in times.items():
        median = statistics.median(secs)
        print(
            f"{name:20s} median {median * 1000:7.1f} ms "
            f"({min(secs) * 1000:.1f}-{max(secs) * 1000:.1f})  {median / base:5.3f}x"
        )


if __name__ == "__main__":
    main()
