"""How long ``rnkclaims extract`` takes on a long article, against a baseline version.

The article is the development texts' bodies run together (and repeated) to the size
asked for, archived in a temporary copy of the bundled ledger. Each version runs in its
own process: the working tree's ``rnkclaims`` and, with ``--baseline REV``, the one of a
git revision (exported with ``git archive``). The versions alternate round by round, so
both see the same machine load; each round times one extract per version and size.

Prints, per version and size, the median time and the spread (min-max) over the rounds,
the ratio baseline/current per round (median and spread), and how the time grows from
the smallest size to the largest (1.0 x the size ratio would be linear).

Run: ``python bench/extract_speed.py [--baseline REV] [--kb 15 --kb 150] [--rounds 5]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

_CHILD = r"""
import json, sys, time
from pathlib import Path
import rnkclaims
from rnkclaims.ledger import load, locate
try:
    from rnkclaims.authoring.extract import extract
except ImportError:
    from rnkclaims.extract import extract
ledger = load(locate(Path(sys.argv[1])))
out = {}
for sid in sys.argv[2:]:
    source = ledger.sources[sid]
    started = time.perf_counter()
    result = extract(ledger, source)
    out[sid] = [time.perf_counter() - started, len(result.drafts)]
print(json.dumps({"package": rnkclaims.__file__, "times": out}))
"""


def article(kb: int) -> str:
    """Dev bodies, in order and repeated, cut at a paragraph to about ``kb`` KB."""
    bodies = []
    for path in sorted((BENCH / "extract_dev" / "sources").glob("*.txt")):
        bodies.append(path.read_text(encoding="utf-8").split("---\n", 2)[2].strip())
    paragraphs = [p for body in bodies for p in body.split("\n\n")]
    out: list[str] = []
    size = 0
    i = 0
    while size < kb * 1000:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out) + "\n"


def ledger_with(work: Path, sizes: list[int]) -> Path:
    data = work / "data"
    (data / "claims").mkdir(parents=True)
    (data / "sources").mkdir()
    shutil.copy(ROOT / "data" / "claims.yaml", data / "claims.yaml")
    shutil.copy(BENCH / "extract_outlets.yaml", data / "claims" / "outlets.yaml")
    for kb in sizes:
        front = "---\noutlet: reuters\ntitle: Long article\npublished: 2024-06-19\n---\n"
        (data / "sources" / f"long-{kb}kb.txt").write_text(front + article(kb), encoding="utf-8")
    return data


def export(rev: str, into: Path) -> Path:
    """The package as it was at ``rev``, unpacked under ``into``."""
    blob = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "rnkclaims"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    return into


def run_once(pythonpath: Path, data: Path, sids: list[str]) -> dict[str, list[float]]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data), *sids],
        cwd=data,  # not the checkout: "-c" puts the working directory first on the path
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(pythonpath), "PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
    )
    answer = json.loads(done.stdout)
    if not Path(answer["package"]).resolve().is_relative_to(pythonpath.resolve()):
        raise SystemExit(f"timed {answer['package']}, not the version under {pythonpath}")
    result: dict[str, list[float]] = answer["times"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--baseline", help="a git revision to time against")
    parser.add_argument("--kb", type=int, action="append", help="article size (default 15, 150)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    sizes = sorted(args.kb or [15, 150])
    sids = [f"long-{kb}kb" for kb in sizes]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = ledger_with(work, sizes)
        versions = {"current": ROOT}
        if args.baseline:
            versions["baseline"] = export(args.baseline, work / "baseline")
        times: dict[str, dict[str, list[float]]] = {v: {s: [] for s in sids} for v in versions}
        drafts: dict[str, dict[str, int]] = {v: {} for v in versions}
        for _ in range(args.rounds):
            for name, path in versions.items():
                for sid, (seconds, n) in run_once(path, data, sids).items():
                    times[name][sid].append(seconds)
                    drafts[name][sid] = int(n)
    print("| version | article | drafts | median | spread (min-max) |")
    print("|---|---:|---:|---:|---|")
    for name in versions:
        for sid in sids:
            t = times[name][sid]
            print(
                f"| {name} | {sid[5:]} | {drafts[name][sid]} | {statistics.median(t):.3f} s | "
                f"{min(t):.3f}-{max(t):.3f} s |"
            )
    if "baseline" in versions:
        for sid in sids:
            pairs = zip(times["baseline"][sid], times["current"][sid], strict=True)
            ratios = [b / c for b, c in pairs]
            print(
                f"baseline/current at {sid[5:]}: {statistics.median(ratios):.1f}x "
                f"({min(ratios):.1f}-{max(ratios):.1f}x over {args.rounds} rounds)"
            )
    if len(sids) > 1:
        factor = sizes[-1] / sizes[0]
        for name in versions:
            grow = [b / a for a, b in zip(times[name][sids[0]], times[name][sids[-1]], strict=True)]
            print(
                f"{name}: {sizes[-1]} KB takes {statistics.median(grow):.1f}x the time of "
                f"{sizes[0]} KB ({min(grow):.1f}-{max(grow):.1f}x; linear would be {factor:g}x)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
