"""Feed rnkclaims hostile copies of the bundled ledger and count what goes wrong.

    python tools/fuzz_ledger.py --seconds 180 [--seed 1] [--ledger data]

Each case copies the ledger to a temporary folder, changes ``claims.yaml`` or one source
file with one to three mutations (byte flips, deleted and duplicated lines, values of
the wrong type, huge texts, deep nesting, anchors and aliases, tags, bytes that are not
UTF-8, a BOM, CRLF line ends, NUL), then runs ``validate`` and ``claims -f json`` in the
same process (typer's CliRunner), as a user would, and checks that:

- ``crash``: neither exits 70 nor raises;
- ``slow``: neither takes longer than ``--timeout`` seconds;
- ``passed-invalid``: a ledger given a mutation that always breaks it, or one whose YAML
  PyYAML itself cannot read, is never reported valid;
- ``failed-valid``: a ledger changed only by a BOM or CRLF line ends stays valid;
- ``disagree``: the query answers exactly when ``validate`` says the ledger is valid.

It prints the cases tried, their mix and the failures by kind, with the first example
of each kind. The test suite runs the same cases, fewer of them, through hypothesis
(``tests/test_hostile_ledger.py``).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data"

# Mutations that always make a ledger invalid, whatever else was changed before them.
BREAKING = ("anchor", "alias", "tag", "deep", "huge", "bad-type", "not-utf8", "nul")
# Mutations that leave a valid ledger valid.
HARMLESS = ("bom", "crlf")
# Mutations whose effect depends on where they land.
ANY = ("flip", "delete-line", "duplicate-line", "swap-type")
KINDS = BREAKING + HARMLESS + ANY

_KEY_LINE = re.compile(rb"^(\s*(?:- )?)([a-z_]+):(?: (.*))?$")
_ID_LINE = re.compile(rb"^(\s*(?:- )?)(id|speaker|outlet): (.+)$")
_TEXT_LINE = re.compile(rb"^(\s*(?:- )?)(name|title|excerpt|quote|note|text): (.+)$")
_SWAPS = (b"[a, b]", b"{a: b}", b"12", b"true", b"null", b"1.5", b"''", b"[[x]]", b"-7")


@dataclass(frozen=True, slots=True)
class Mutation:
    kind: str
    where: float  # 0..1: which byte or line, among the candidates
    size: int  # 0..: how much (a length, a depth, a choice)
    source: bool = False  # a source file instead of claims.yaml

    @property
    def breaking(self) -> bool:
        # NUL is allowed in a source's text (only its front matter is YAML); a BOM before
        # a source's front matter makes it a file without one.
        return self.kind in BREAKING and not (self.kind == "nul" and self.source)

    @property
    def harmless(self) -> bool:
        return self.kind == "crlf" or (self.kind == "bom" and not self.source)


def _pick(items: list[int], where: float) -> int | None:
    return items[min(int(where * len(items)), len(items) - 1)] if items else None


def _yaml_lines(lines: list[bytes], m: Mutation) -> list[int]:
    """The lines where a mapping key starts: in claims.yaml, or in a source's front matter.

    Found by composing the YAML (no alias is expanded), so that a line inside a block
    scalar that looks like ``key: value`` is not taken for one. A text that does not
    compose any more is invalid already: every line is then a candidate.
    """
    first, end = 0, len(lines)
    if m.source:
        if not lines or lines[0].strip() != b"---":
            return []
        first = 1
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == b"---"), 1)
    try:
        text = b"\n".join(lines[first:end]).decode("utf-8")
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return list(range(first, end))
    found: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                found.add(key.start_mark.line + first)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return sorted(found)


def _replace_value(lines: list[bytes], pattern: re.Pattern[bytes], m: Mutation, new: bytes) -> None:
    candidates = [i for i in _yaml_lines(lines, m) if pattern.match(lines[i])]
    i = _pick(candidates, m.where)
    if i is None:
        return
    match = pattern.match(lines[i])
    assert match is not None
    lines[i] = match.group(1) + match.group(2) + b": " + new


def _prefix_value(lines: list[bytes], m: Mutation, prefix: bytes) -> None:
    candidates = [
        i for i in _yaml_lines(lines, m) if (k := _KEY_LINE.match(lines[i])) and k.group(3)
    ]
    i = _pick(candidates, m.where)
    if i is None:
        return
    k = _KEY_LINE.match(lines[i])
    assert k is not None and k.group(3) is not None
    lines[i] = k.group(1) + k.group(2) + b": " + prefix + k.group(3)


def mutate(data: bytes, m: Mutation) -> bytes:
    """``data`` changed by ``m``; deterministic."""
    if m.kind == "bom":
        return data if data.startswith(b"\xef\xbb\xbf") else b"\xef\xbb\xbf" + data
    if m.kind == "crlf":
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if m.kind in ("flip", "not-utf8", "nul"):
        at = min(int(m.where * len(data)), len(data) - 1)
        if m.kind == "flip":
            return data[:at] + bytes([data[at] ^ (1 << (m.size % 8))]) + data[at + 1 :]
        return data[:at] + (b"\xff\xfe" if m.kind == "not-utf8" else b"\x00") + data[at:]
    lines = data.split(b"\n")
    if m.kind in ("delete-line", "duplicate-line"):
        i = _pick(list(range(len(lines))), m.where)
        assert i is not None
        if m.kind == "delete-line":
            del lines[i]
        else:
            lines.insert(i, lines[i])
    elif m.kind == "swap-type":
        candidates = [i for i in _yaml_lines(lines, m) if _KEY_LINE.match(lines[i])]
        i = _pick(candidates, m.where)
        if i is not None:
            k = _KEY_LINE.match(lines[i])
            assert k is not None
            lines[i] = k.group(1) + k.group(2) + b": " + _SWAPS[m.size % len(_SWAPS)]
    elif m.kind == "bad-type":
        _replace_value(lines, _ID_LINE, m, (b"[a, b]", b"{a: b}", b"[[x]]")[m.size % 3])
    elif m.kind == "huge":
        _replace_value(lines, _TEXT_LINE, m, b"x" * (10_001 + m.size * 97))
    elif m.kind == "deep":
        depth = 33 + m.size % 3000
        _replace_value(lines, _KEY_LINE, m, b"[" * depth + b"]" * depth)
    elif m.kind == "anchor":
        _prefix_value(lines, m, b"&a ")
    elif m.kind == "alias":
        _replace_value(lines, _KEY_LINE, m, b"*a")
    elif m.kind == "tag":
        _prefix_value(lines, m, (b"!!str ", b"!custom ", b"!!python/object:os.system ")[m.size % 3])
    return b"\n".join(lines)


def order(mutations: list[Mutation]) -> list[Mutation]:
    """Breaking mutations last, so that no later change can undo one."""
    return sorted(mutations, key=lambda m: m.breaking)


def apply(ledger: Path, mutations: list[Mutation]) -> list[Mutation]:
    """Mutate the files of the ledger copied at ``ledger``; return the mutations that
    changed something (one finding no line to change is dropped)."""
    sources = sorted((ledger / "sources").glob("*.txt"))
    applied = []
    for m in order(mutations):
        if m.source and not sources:
            continue
        path = sources[m.size % len(sources)] if m.source else ledger / "claims.yaml"
        before = path.read_bytes()
        after = mutate(before, m)
        if after != before:
            path.write_bytes(after)
            applied.append(m)
    return applied


def pyyaml_rejects(ledger: Path) -> bool:
    """PyYAML's own safe loader cannot read claims.yaml (run only where no alias can be)."""
    try:
        text = (ledger / "claims.yaml").read_bytes().decode("utf-8")
        yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (UnicodeDecodeError, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return True
    return False


@dataclass(slots=True)
class Outcome:
    failures: list[str]
    valid: bool
    seconds: float


def run_case(ledger: Path, db: Path, mutations: list[Mutation], timeout: float) -> Outcome:
    """Mutate the ledger copied at ``ledger`` and check rnkclaims' answers to it."""
    from typer.testing import CliRunner

    from rnkclaims.cli import app

    mutations = apply(ledger, mutations)
    breaking = any(m.breaking for m in mutations)
    harmless = all(m.harmless for m in mutations)
    runner = CliRunner()
    failures: list[str] = []
    started = time.perf_counter()
    checked = runner.invoke(app, ["validate", "--ledger", str(ledger), "--format", "json"])
    middle = time.perf_counter()
    query = runner.invoke(app, ["claims", "-f", "json", "--ledger", str(ledger), "--db", str(db)])
    ended = time.perf_counter()
    for result in (checked, query):
        if result.exit_code not in (0, 1) or (
            result.exception is not None and not isinstance(result.exception, SystemExit)
        ):
            failures.append("crash")
    if max(middle - started, ended - middle) > timeout:
        failures.append("slow")
    valid = checked.exit_code == 0
    if valid and breaking:
        failures.append("passed-invalid")
    no_alias = not any(m.kind in ("anchor", "alias") for m in mutations)
    if valid and not breaking and no_alias and pyyaml_rejects(ledger):
        failures.append("passed-invalid")
    if harmless and checked.exit_code == 1:
        failures.append("failed-valid")
    answered = checked.exit_code in (0, 1) and query.exit_code in (0, 1)
    if answered and query.exit_code != checked.exit_code:
        failures.append("disagree")
    return Outcome(failures, valid, ended - started)


def random_mutations(rng: random.Random) -> list[Mutation]:
    return [
        Mutation(rng.choice(KINDS), rng.random(), rng.randrange(10_000), rng.random() < 0.3)
        for _ in range(rng.randint(1, 3))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10, help="slowest acceptable run")
    parser.add_argument("--ledger", type=Path, default=BUNDLED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tried = 0
    kinds: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    examples: dict[str, list[Mutation]] = {}
    valid = 0
    slowest = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            mutations = random_mutations(rng)
            ledger = Path(tmp) / f"case{tried}"
            shutil.copytree(args.ledger, ledger)
            outcome = run_case(ledger, Path(tmp) / f"case{tried}.db", mutations, args.timeout)
            shutil.rmtree(ledger)
            (Path(tmp) / f"case{tried}.db").unlink(missing_ok=True)
            tried += 1
            valid += outcome.valid
            slowest = max(slowest, outcome.seconds)
            kinds.update(m.kind for m in mutations)
            for failure in set(outcome.failures):
                failures[failure] += 1
                examples.setdefault(failure, mutations)
    print(
        f"cases tried: {tried} in {args.seconds:.0f} s (seed {args.seed}); reported valid: "
        f"{valid}; slowest case (validate + query): {slowest:.2f} s"
    )
    print("mutations: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if not failures:
        print("failures: none")
        return 0
    print("failures by kind: " + ", ".join(f"{k} {n}" for k, n in failures.most_common()))
    for kind, mutations in examples.items():
        print(f"  first {kind}: {mutations}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
