"""Checking a loaded ledger: every problem, with its code and place.

``check`` walks the ledger once and returns a ``Report`` and the values it derived on
the way (resolved dates, the role at the time), which ``build`` stores, so that nothing
is computed twice. ``check_streamed`` gives the same report for a ledger whose files of
nothing but claims are read, checked and let go one at a time, so that a large ledger's
claims are never all in memory, here or in worker processes forked from this one (what
each file adds to the check is merged in the ledger's order, so the report is the same).
The rules are the other modules of this package.

The order is the same for both: each file as a whole; the records (actors, outlets,
topics, propositions) and their ids; the sources; the actors' roles and the
propositions; then the claims, a file at a time in the ledger's order (their fields and
ids, then the rules on each claim); last the sources no claim uses.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rnkclaims.check.claims import check_claims, speakers
from rnkclaims.check.context import Checked, Context, LetGo
from rnkclaims.check.propositions import check_proposition
from rnkclaims.check.references import ref, register_id
from rnkclaims.check.roles import check_roles
from rnkclaims.check.sources import check_source, check_unused
from rnkclaims.check.structure import check_entity, check_file
from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import Ledger
from rnkclaims.ledger.yamlread import Document
from rnkclaims.model import ENTITIES, SECTIONS
from rnkclaims.problems import Problem, Report

Claims = list[dict[str, Any]]
T = TypeVar("T")


def check(ledger: Ledger, records_valid: bool = False) -> Checked:
    """Validate ``ledger``: a report of every problem, and the derived values.

    ``records_valid``: the actors, outlets, topics and propositions are known to pass
    their rules (an update in place, none of them changed since a valid build): their
    ids are entered for the claims' references, their own rules are not run again.
    """
    ctx = Context(ledger)
    with gc_paused():
        actors, used = _records(ctx, records_valid), set[str]()
        for doc, claims in ledger.by_file(ledger.claims):
            _claims(ctx, doc, claims, actors, used)
        report = _finish(ctx, used, len(ledger.docs), len(ledger.claims))
    return Checked(report, ctx.derived)


def check_streamed(
    ledger: Ledger,
    order: Iterable[Document | Path],
    read: Callable[[Path], tuple[Document, Claims] | None],
    let_go: Callable[[Document, Claims], T],
    kept: Callable[[Path, T], None] | None = None,
    jobs: int = 1,
) -> Report:
    """``check``'s report for a ledger loaded but for its files of nothing but claims.

    ``order``: each YAML file in the ledger's order, as its document when it is loaded
    in ``ledger``, or as its path when it is left out; ``read`` reads such a file: its
    document and its claims, or None when it cannot be read (the problems of reading
    it go in ``ledger.problems``). Each file read is checked, its problems
    placed, its claims handed to ``let_go`` and dropped, with the values derived from
    them; what ``let_go`` returns is handed to ``kept`` with the file's path, in the
    ledger's order. Raises ``LetGo`` when a claim's id was used by a claim already
    dropped, or by a claim of a loaded file that a process checking in parallel could
    not see (the caller then checks the whole ledger, which tells where).

    ``jobs`` above 1 checks the files in that many processes forked from this one
    (where the platform forks), each reading, checking and letting go a file at a
    time; what each finds is merged here in the ledger's order, so the report is the
    same as with one. ``read`` and ``let_go`` then run in those processes.
    """
    ctx = Context(ledger)
    with gc_paused():
        actors, used = _records(ctx, False), set[str]()
        loaded = {id(doc): claims for doc, claims in ledger.by_file(ledger.claims)}
        files, count = len(ledger.docs), len(ledger.claims)
        left = [item for item in order if isinstance(item, Path)]
        checker = _FileChecker(ctx, actors, read, let_go)
        results = _checked_files(checker, left, jobs)
        try:
            for item in order:
                if isinstance(item, Document):
                    if id(item) in loaded:
                        _claims(ctx, item, loaded[id(item)], actors, used)
                    continue
                found = next(results)
                files, count = _merge(ctx, item, found, used, files, count)
                if kept is not None and found.read:
                    kept(item, found.kept)
        finally:
            results.close()
        return _finish(ctx, used, files, count)


@dataclass(slots=True)
class _FileChecked:
    """What checking one file of nothing but claims found, merged by ``_merge``."""

    read_problems: list[Problem]  # of reading it, placed
    entry: tuple[str, str] | None  # its ``ledger.files`` entry
    read: bool = False
    records: str = ""  # what in the file only a check of the whole ledger can take
    problems: list[Problem] = field(default_factory=list)  # of its checks, placed
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # added to ctx.counts
    unsettled: list[tuple[int, str, str]] = field(default_factory=list)  # in ``problems``
    used: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)  # its claims' ids
    claims: int = 0
    kept: Any = None  # what ``let_go`` returned


class _FileChecker:
    """Reads, checks and lets go one file of nothing but claims, and leaves the context
    as it found it: what the file added is in the result, for ``_merge``."""

    def __init__(
        self,
        ctx: Context,
        actors: dict[str, dict[str, Any]],
        read: Callable[[Path], tuple[Document, Claims] | None],
        let_go: Callable[[Document, Claims], Any],
    ) -> None:
        self.ctx, self.actors, self.read, self.let_go = ctx, actors, read, let_go

    def __call__(self, path: Path) -> _FileChecked:
        ctx = self.ctx
        ledger = ctx.ledger
        before = len(ledger.problems)
        found = self.read(path)
        result = _FileChecked(ledger.problems[before:], ledger.files.get(str(path)))
        del ledger.problems[before:]
        if found is None:
            return result
        doc, claims = found
        result.read = True
        data = doc.data
        if isinstance(data, dict) and any(data.get(s) for s in SECTIONS if s != "claims"):
            result.records = f"{doc.path} holds records besides claims"
            ledger.let_go(doc, claims)
            return result
        start, settling, counted = len(ctx.problems), len(ctx.unsettled), dict(ctx.counts)
        check_file(ctx, doc, main=False)
        _claims(ctx, doc, claims, self.actors, result.used)
        ctx.place()  # while the file's values are there to find the places of
        result.problems = ctx.problems[start:]
        del ctx.problems[start:]
        result.unsettled = [(i - start, v, w) for i, v, w in ctx.unsettled[settling:]]
        del ctx.unsettled[settling:]
        result.counts = {
            k: n - counted.get(k, 0) for k, n in ctx.counts.items() if n != counted.get(k, 0)
        }
        ctx.counts = counted  # added again by ``_merge``
        ids = ctx.ids
        for claim in claims:
            cid = claim.get("id")
            if type(cid) is str and ids.get(cid, ("", None))[1] is claim:
                result.ids.append(cid)
                del ids[cid]  # entered again by ``_merge``, for a claim let go
        result.claims = len(claims)
        result.kept = self.let_go(doc, claims)
        ledger.let_go(doc, claims)
        derived = ctx.derived
        derived.said.clear()
        derived.voice.clear()
        derived.role.clear()
        return result


def _merge(
    ctx: Context, path: Path, found: _FileChecked, used: set[str], files: int, count: int
) -> tuple[int, int]:
    """Add what checking one file found to ``ctx``, as if it had been checked here;
    the ledger's count of files and of claims, with it."""
    ledger = ctx.ledger
    ledger.problems.extend(found.read_problems)
    ctx.problems.extend(found.read_problems)
    if found.entry is not None:
        ledger.files[str(path)] = found.entry
    if found.records:
        raise LetGo(found.records)
    if not found.read:
        return files, count
    ids = ctx.ids
    for cid in found.ids:
        if cid in ids:  # a claim let go, or one of a file loaded that a process could not see
            raise LetGo(f"id '{cid}' is used again")
        ids[cid] = ("claim", None)
    base = len(ctx.problems)
    ctx.problems.extend(found.problems)
    ctx.unsettled.extend((base + i, v, w) for i, v, w in found.unsettled)
    counts = ctx.counts
    for key, n in found.counts.items():
        counts[key] = counts.get(key, 0) + n
    used |= found.used
    return files + 1, count + found.claims


# The checker of the files a forked process checks (``_checked_files``): set before the
# processes are forked, so each has it without it being sent.
_CHECKER: _FileChecker | None = None


def _check_forked(path: Path) -> _FileChecked:
    assert _CHECKER is not None
    return _CHECKER(path)


def _checked_files(
    checker: _FileChecker, paths: list[Path], jobs: int
) -> Generator[_FileChecked, None, None]:
    """``checker`` over ``paths``, in their order: here, or in ``jobs`` forked processes
    (one file at a time each) where the platform forks and there are files enough. If
    a worker dies, the files from the first whose result is lost are checked here."""
    jobs = min(jobs, len(paths))
    if jobs > 1:
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            global _CHECKER
            _CHECKER = checker
            pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
            done = 0
            try:
                for found in pool.map(_check_forked, paths):
                    yield found
                    done += 1
            except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
                paths = paths[done:]
            else:
                return
            finally:
                _CHECKER = None
                pool.shutdown(wait=True, cancel_futures=True)
    yield from map(checker, paths)


def _records(ctx: Context, records_valid: bool) -> dict[str, dict[str, Any]]:
    """Every rule but the claims': the files loaded, the records, the sources, the
    roles and the propositions. The actors by id, for the claims' roles."""
    ledger = ctx.ledger
    for i, doc in enumerate(ledger.docs):
        check_file(ctx, doc, main=(i == 0))
    for section, kind in SECTIONS.items():
        if section == "claims":
            continue
        entity = ENTITIES[kind]
        for record in ledger.sections[section]:
            doc = ledger.origin[id(record)]
            if not records_valid:
                check_entity(ctx, entity, record, doc)
            register_id(ctx, kind, record, doc)
    for source in ledger.sources.values():
        check_source(ctx, source)
    for actor in () if records_valid else ledger.actors:
        doc = ledger.origin[id(actor)]
        if "speaks_for" in actor:
            ref(ctx, doc, actor, "speaks_for", actor["speaks_for"], ("actor", "outlet"))
        check_roles(ctx, doc, actor)
    for prop in () if records_valid else ledger.propositions:
        check_proposition(ctx, ledger.origin[id(prop)], prop)
    return speakers(ledger)


def _claims(
    ctx: Context,
    doc: Document,
    claims: Claims,
    actors: dict[str, dict[str, Any]],
    used: set[str],
) -> None:
    """The claims of one file: their fields and ids, then the rules on each."""
    entity = ENTITIES["claim"]
    for claim in claims:
        check_entity(ctx, entity, claim, doc)
        register_id(ctx, "claim", claim, doc)
    check_claims(ctx, doc, claims, actors, used)


def _finish(ctx: Context, used: set[str], files: int, claims: int) -> Report:
    ledger = ctx.ledger
    check_unused(ctx, used)
    ctx.settle()
    ctx.derived.normalised_text.clear()  # only the excerpt checks search them
    ctx.place()
    ctx.summarise()
    report = Report(problems=ctx.problems, files=files + len(ledger.sources))
    report.counts = {name: len(records) for name, records in ledger.sections.items()}
    report.counts["claims"] = claims
    report.counts["sources"] = len(ledger.sources)
    return report
