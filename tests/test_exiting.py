"""A command that loaded a large ledger ends without the interpreter's teardown, with its
status and all of its output; a small one exits the ordinary way."""

from __future__ import annotations

import subprocess
import sys

import pytest

# An app that sets aside ``n`` containers (as loading a ledger does), prints, and ends
# with ``status``; an atexit handler shows whether the ordinary teardown ran.
PROBE = """
import atexit, sys
from rnkclaims.cli.exiting import run_then_exit
from rnkclaims.gcpause import gc_paused

atexit.register(lambda: print("teardown", file=sys.stderr))
kept = []

def app():
    with gc_paused():
        kept.extend([i] for i in range({n}))  # lists: followed by the collector
    sys.stdout.write("x" * 100_000)  # buffered: must reach the pipe before the end
    print("done")
    raise SystemExit({status})

run_then_exit(app, teardown_above=100_000)
"""


def _run(n: int, status: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(n=n, status=status)],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("status", [0, 1, 3])
def test_a_large_load_skips_the_teardown_and_keeps_status_and_output(status: int) -> None:
    done = _run(150_000, status)
    assert done.returncode == status
    assert done.stdout == "x" * 100_000 + "done\n"
    assert "teardown" not in done.stderr


def test_a_small_load_exits_the_ordinary_way() -> None:
    done = _run(10, 1)
    assert (done.returncode, done.stdout.endswith("done\n")) == (1, True)
    assert "teardown" in done.stderr


def test_a_status_that_is_not_a_number_takes_the_ordinary_way() -> None:
    done = _run(150_000, "'stopped'")
    assert done.returncode == 1 and "stopped" in done.stderr and "teardown" in done.stderr
