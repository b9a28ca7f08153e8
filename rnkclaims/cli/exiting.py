"""Ending the process without tearing down what the command built.

After a command over a large ledger, millions of objects are alive; Python would free
each one at exit, which costs a tenth of a ``validate``. Nothing is left to do once the
output is flushed (files and databases are closed by the commands themselves), so the
process ends at once with the command's status. So does a query that ran to its end
(``light``): what it leaves is typer's and its own modules, whose teardown costs a query
a tenth of its whole run. Any other command that loaded little exits the ordinary way.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from collections.abc import Callable

# Containers set aside by ``gcpause.gc_paused`` (a loaded ledger's values) above which
# the teardown is skipped: about a 15,000-claim ledger, whose teardown takes a tenth of
# a second.
TEARDOWN_ABOVE = 100_000

light = False
"""Set by a command that leaves nothing for the teardown to do (a query that ended: its
connection closed, its output written): the process ends at once, unless an ``atexit``
handler is registered, which the ordinary way would run."""


def run_then_exit(app: Callable[[], object], teardown_above: int = TEARDOWN_ABOVE) -> None:
    """Run ``app`` (which ends by raising ``SystemExit``); when it left more than
    ``teardown_above`` containers loaded, flush the output and end the process with its
    status, skipping the interpreter's teardown.

    Anything unusual (a status that is not a number, output that cannot be flushed, an
    exception other than ``SystemExit``) takes Python's ordinary way out.
    """
    try:
        app()
        status: object = 0
    except SystemExit as exc:
        status = exc.code
    if status is None:
        status = 0
    quick = gc.get_freeze_count() > teardown_above or (light and not atexit._ncallbacks())
    if not isinstance(status, int) or not quick:
        raise SystemExit(status)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(status) from None
    os._exit(status)
