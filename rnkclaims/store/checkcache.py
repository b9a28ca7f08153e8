"""``validate`` with a cache: after an edit, only what the edit touches is read and checked.

The cache is a file beside the default database (``$XDG_CACHE_HOME/rnkclaims/
<repository>-<hash>.validate.cache``, never in the ledger folder; ``_sealed``). It
records, for each file of the ledger as last validated: its sha256 and stat, the problems
found in it, and for a YAML file its top-level keys, its claims' ids, the sources they
cite, the ids of records (actors, outlets, topics, propositions) they name, a digest of
each record it holds and how many records of each section it holds. It is keyed by the
code's fingerprint (``builder_fingerprint``: the rules, the loader, the model), the
ledger's path and the working directory (problems name files relative to it). A cache
that is missing, unreadable, corrupt or written by other code or for another ledger is
ignored, and rewritten after a full validation.

Beside it, a folder (``<name>.validate.texts/``) keeps each claims file's excerpts and
quotes by the source they cite, one file per content (named by its sha256 and the code's
fingerprint), written once and removed when no claims file has that content.

After an edit, ``validate`` reads the main file and every file of records, the YAML files
that changed, the claims files citing a changed source (unless only the source's text
changed, and each of their claims still finds its excerpt and quote in it, checked from
the texts kept: ``_TextCheck``), the claims files naming a record that was added, removed
or changed, and the sources their claims cite (or cited); it
checks that partial ledger with the full rules and takes every other file's problems
from the cache. Whatever it cannot vouch for falls back to a full validation: an id of
the partial ledger also used by a claim of an unchanged file, a reference that names
nothing (its message depends on every id), a source file missing (its hint names the
nearest of every source), a file that cannot be read. The result is the report a full
validation gives: the same problems, counts and file count.

A full validation reads the files of ``claims/`` that hold nothing but claims one at a
time (``_streamed``): each is checked, what the cache records of it is kept (its texts
written at once) and its claims are let go, so that a large ledger's claims are never
all in memory. A claim id used again in a file already let go (its problem names that
claim's line) makes it check the whole ledger in memory instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rnkclaims.check.context import LetGo, too_long
from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import (
    SOURCE_SUFFIX,
    Ledger,
    LedgerPaths,
    file_digests,
    file_stats,
    load,
    load_leaving_claims,
    load_sources,
    load_yaml,
    quick_digest,
    read_claims_file,
)
from rnkclaims.model import LENGTH_LIMITS, SECTIONS
from rnkclaims.problems import Problem, Report
from rnkclaims.store.place import cache_path
from rnkclaims.store.sealed import ParsedRecords

if TYPE_CHECKING:
    from rnkclaims.ledger.yamlread import Document

FORMAT = 7
"""The cache file's layout; bump when it changes (an older cache is then ignored)."""

CLAIMS_ONLY = frozenset({"", "claims"})
# problems whose message or hint depends on files other than their own beyond what the
# partial ledger holds: every id (a reference that names nothing) or every source (the
# nearest source's name)
_WIDE = frozenset({"unknown-reference", "source-file-missing"})
_ID_LIMIT = LENGTH_LIMITS["id"]
_UNUSED = "source-unused"  # found over every claim: recomputed from the cited sources


@dataclass(frozen=True, slots=True)
class Validated:
    """A validation's report and how it was reached: ``full`` (every file read),
    ``partial`` (only what changed, the rest from the cache) or ``cached`` (nothing
    changed: no file parsed)."""

    report: Report
    mode: str
    read: int = 0  # files parsed: every one for a full run, none when nothing changed


def validate(paths: LedgerPaths, use_cache: bool = True, jobs: int | None = None) -> Validated:
    """Validate the ledger, reusing the cache when it can vouch for the result.

    ``jobs``: processes a full run checks the files of nothing but claims in; None
    chooses by their size and the processors (``_jobs``)."""
    from rnkclaims.store.place import builder_fingerprint

    code = builder_fingerprint()
    where: Path | None
    try:
        where = cache_path(paths.main, ".validate.cache")
    except (RuntimeError, KeyError, OSError):
        where = None  # no home folder to keep a cache in: a full run, as without one
    with gc_paused():
        # the texts of claims files not kept yet (``_TextCheck``): collected while checking
        texts = _TextsToKeep(_kept_texts(_texts_folder(where), code) if where else set())
        found = _read(where, paths, code) if use_cache and where is not None else None
        # the files of records, kept parsed (read back unless the run must be a full one)
        parsed = None
        if where is not None:
            parsed = ParsedRecords(_parsed_folder(where), code, reading=use_cache)
        if found is not None and where is not None and parsed is not None:
            cached, ids = found
            done = _incremental(paths, cached, ids, (_texts_folder(where), code), texts, parsed)
            if done is not None:
                report, files, mode, read = done
                if files is not None:
                    _write(where, paths, code, files, ids)
                    _write_texts(_texts_folder(where), code, texts, files)
                    parsed.tidy()
                return Validated(report, mode, read)
        ids = []
        try:
            texts_at = (_texts_folder(where), code) if where is not None else None
            report, files, read = _streamed(
                paths, ids, texts, where is not None, texts_at, jobs, parsed
            )
        except LetGo:  # a claim's id used again in a file let go: the whole ledger, then
            ids.clear()
            texts.clear()
            ledger = load(paths)
            report, files = _full(ledger, ids, texts, record=where is not None)
            read = len(ledger.files)
        if files is not None and where is not None:
            _write(where, paths, code, files, ids)
            _write_texts(_texts_folder(where), code, texts, files)
            if parsed is not None:
                parsed.tidy()
    return Validated(report, "full", read)


# --- the cache file ------------------------------------------------------------------


def _read(
    where: Path, paths: LedgerPaths, code: str
) -> tuple[dict[str, dict[str, Any]], list[str]] | None:
    """The cache's files and the ids their ``refs`` bits stand for, or None when it cannot
    be used (never an error)."""
    try:
        data = _unsealed(where.read_bytes())
        if (
            not isinstance(data, dict)
            or data.get("code") != code
            or data.get("ledger") != str(paths.main)
            or data.get("cwd") != os.getcwd()
        ):
            return None
        files, ids = data["files"], data["ids"]
        if not isinstance(files, dict) or not isinstance(ids, list):
            return None
        if not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
            return None
        for entry in files.values():
            for key in ("claims", "cited"):
                if isinstance(entry.get(key), str):  # packed by ``_write``
                    entry[key] = entry[key].split(" ") if entry[key] else []
            if not _well_formed(entry):
                return None
            entry["problems"] = [Problem(*p) for p in entry["problems"]]
            if entry["refs"] >> len(ids):
                return None
        return files, ids
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None


# The cache file: a header line, then the cache in ``marshal``'s format (``sealed``).
_MAGIC = b"rnkclaims validate cache"


def _sealed(data: dict[str, Any]) -> bytes:
    from rnkclaims.store.sealed import seal

    return seal(data, _MAGIC, FORMAT)


def _unsealed(blob: bytes) -> Any:
    from rnkclaims.store.sealed import unseal

    return unseal(blob, _MAGIC, FORMAT)


_PROBLEM_TYPES = (str, str, int, int, str, str)


def _problem_shaped(p: Any) -> bool:
    return (
        type(p) is tuple
        and len(p) == len(_PROBLEM_TYPES)
        and all(type(v) is t for v, t in zip(p, _PROBLEM_TYPES, strict=True))
    )


def _texts(value: Any) -> bool:
    """A list of texts; the types gathered in C (a claims file lists 1,000 ids)."""
    return type(value) is list and set(map(type, value)) <= _TEXT


_KINDS = frozenset({"yaml", "source"})
_TEXT_OR_NONE = frozenset({str, type(None)})
_TEXT = frozenset({str})
_INT = frozenset({int})


def _well_formed(entry: Any) -> bool:
    """Whether a cache entry has the shape and types every later step relies on (a cache
    edited into other valid data is ignored, never a failure later). The types of a
    collection's items are gathered in C: this runs for each of a ledger's files."""
    if type(entry) is not dict:
        return False
    get = entry.get
    stat, problems, unused = get("stat"), get("problems"), get("unused")
    refs, vocab, counts = get("refs"), get("vocab"), get("counts")
    return (
        get("kind") in _KINDS
        and {type(get("sha")), type(get("source")), type(get("front"))} <= _TEXT_OR_NONE
        and type(get("sections")) is str
        and (
            stat is None
            or (type(stat) is tuple and len(stat) == 4 and set(map(type, stat)) <= _INT)
        )
        and type(problems) is list
        and all(map(_problem_shaped, problems))
        and (unused is None or _problem_shaped(unused))
        and _texts(get("claims"))
        and _texts(get("cited"))
        and type(refs) is int
        and refs >= 0
        and type(vocab) is dict
        and set(map(type, vocab.values())) <= _TEXT
        and type(counts) is dict
        and counts.keys() <= SECTIONS.keys()
        and set(map(type, counts.values())) <= _INT
    )


def _write(
    where: Path, paths: LedgerPaths, code: str, files: dict[str, dict[str, Any]], ids: list[str]
) -> None:
    """Replace the cache atomically; best effort (a read-only cache folder only means the
    next validation is a full one)."""
    from rnkclaims.edit_io import clean_stale, replacing

    out = {
        key: {
            **entry,
            "claims": _packed(entry["claims"]),
            "cited": _packed(entry["cited"]),
            "problems": [
                (p.code, p.file, p.line, p.column, p.message, p.hint) for p in entry["problems"]
            ],
        }
        for key, entry in files.items()
    }
    head = {"code": code, "ledger": str(paths.main), "cwd": os.getcwd()}
    blob = _sealed({**head, "ids": ids, "files": out})
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(where.parent)
        with contextlib.suppress(OSError):  # the cache as JSON, of an older version
            where.with_suffix(".json").unlink()
        # not flushed to the disk: a cache cut short is not JSON, and is ignored
        with (
            replacing(where, durable=False) as tmp,
            open(tmp, "wb") as fh,
        ):
            fh.write(blob)
    except Exception:
        pass


def _packed(texts: list[str]) -> str | list[str]:
    """A file's claim ids or cited sources as one text, joined by spaces (a long list of
    short texts is the slowest JSON to read and write), or the list when it is empty or
    a text is empty or holds a space (no valid id does)."""
    joined = " ".join(texts)
    if not texts or "" in texts or joined.count(" ") != len(texts) - 1:
        return texts  # nothing, an empty text or a space: as it is
    return joined


# --- a full validation, and what the cache records of it ------------------------------


def _streamed(
    paths: LedgerPaths,
    ids: list[str],
    texts: _TextsToKeep,
    record: bool = True,
    texts_at: tuple[Path, str] | None = None,
    jobs: int | None = None,
    parsed: ParsedRecords | None = None,
) -> tuple[Report, dict[str, dict[str, Any]] | None, int]:
    """``_full`` with the files of ``claims/`` holding nothing but claims read, checked
    and let go one at a time (``check_streamed``), so that a large ledger's claims are
    never all in memory; and how many files were read. ``texts_at``: the folder of the
    claims' texts and the code's fingerprint, where each such file's texts are written
    as it is let go (not kept in ``texts`` to the end). ``jobs``: processes to check
    those files in (``check_streamed``); None chooses (``_jobs``). ``parsed``: the files
    of records kept parsed (``ParsedRecords``). Raises ``LetGo`` as ``check_streamed``
    does."""
    from rnkclaims.check.run import check_streamed

    ledger, order = load_leaving_claims(paths, parsed)
    jobs = _jobs([item for item in order if isinstance(item, Path)]) if jobs is None else jobs
    vocabulary = _vocabulary(ledger) if record else None
    known = _known(vocabulary) if vocabulary is not None else set()
    summaries: dict[str, _Claims] = {}

    shas: dict[str, str] = {}  # each file read, by its displayed path

    def read(path: Path) -> tuple[Document, list[dict[str, Any]]] | None:
        found = read_claims_file(ledger, path)
        if found is not None:
            shas[found[0].path] = ledger.files[str(path)][0]
        return found

    def let_go(doc: Document, claims: list[dict[str, Any]]) -> _LetGo | None:
        """What the cache records of the file; its texts, written now (not kept to the
        end) or handed on."""
        if vocabulary is None:
            return None
        sha = shas.pop(doc.path)
        summary = _summarise(claims, sha, known, texts)
        by_source = texts.pop(sha, None)
        if texts_at is not None and by_source is not None:
            with contextlib.suppress(Exception):  # best effort, like the cache
                _write_text_file(*texts_at, sha, by_source)
                return doc.path, summary, sha, None
        return doc.path, summary, sha, by_source

    def kept(path: Path, found: _LetGo | None) -> None:
        if found is not None:
            display, summary, sha, by_source = found
            summaries[display] = summary
            if by_source is None:
                texts.kept.add(sha)
            else:
                texts[sha] = by_source

    report = check_streamed(ledger, order, read, let_go, kept, jobs)
    files = None
    if vocabulary is not None:
        files = _recorded(ledger, report, ids, texts, vocabulary, summaries)
    if files is None:
        texts.clear()  # nothing is written without the cache's files
    return report, files, len(ledger.files)


# Claims files in bytes from which a full validation checks them in parallel by default:
# below, forking the processes costs more than it saves.
PARALLEL_FROM = 4_000_000
MAX_JOBS = 8


def _jobs(left: list[Path]) -> int:
    """The processes to check the files ``left`` in: one per processor this process may
    run on (at most ``MAX_JOBS``), or 1 for less than ``PARALLEL_FROM`` bytes."""
    if len(left) < 2:
        return 1
    size = 0
    for path in left:
        with contextlib.suppress(OSError):
            size += path.stat().st_size
    if size < PARALLEL_FROM:
        return 1
    return min(MAX_JOBS, usable_cpus())


def usable_cpus() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # a platform without affinities
        return os.cpu_count() or 1


def _full(
    ledger: Ledger, ids: list[str], texts: _TextsToKeep, record: bool = True
) -> tuple[Report, dict[str, dict[str, Any]] | None]:
    """A full validation's report, and what the cache records of it (``record``: there
    is a cache to write; else nothing is gathered for it)."""
    from rnkclaims.check import check

    report = check(ledger).report
    if not record:
        return report, None
    return report, _recorded(ledger, report, ids, texts)


def _recorded(
    ledger: Ledger,
    report: Report,
    ids: list[str],
    texts: _TextsToKeep,
    vocabulary: dict[str, dict[str, str]] | None = None,
    summaries: dict[str, _Claims] | None = None,
) -> dict[str, dict[str, Any]] | None:
    """What the cache records of a full validation: ``_entries`` over every file."""
    stats = file_stats(ledger.files, ledger.read_from_ns) if ledger.read_from_ns else {}
    paths = ledger.paths
    return _entries(
        ledger,
        report.problems,
        stats,
        paths.yaml_files(),
        paths.source_files(),
        ids,
        vocabulary,
        claim_texts=texts,
        summaries=summaries,
    )


def _entry(kind: str, sha: str | None, stat: Any) -> dict[str, Any]:
    return {
        "kind": kind, "sha": sha, "stat": stat, "sections": "", "problems": [],
        "unused": None, "source": None, "front": None, "claims": [], "cited": [],
        "counts": {}, "refs": 0, "vocab": {},
    }  # fmt: skip


def _entries(
    ledger: Ledger,
    problems: Iterable[Problem],
    stats: dict[str, Any],
    yaml_files: list[Path],
    source_files: list[Path],
    ids: list[str],
    vocabulary: dict[str, dict[str, str]] | None = None,
    claim_texts: _TextsToKeep | None = None,
    summaries: dict[str, _Claims] | None = None,
) -> dict[str, dict[str, Any]] | None:
    """Each file read into ``ledger`` (``yaml_files`` and ``source_files``), with its
    problems, claims, cited sources, the ids of records its claims name (``refs``: bits
    of ``ids``, to which new ones are added), a digest of each record claims refer to
    (``vocab``, ``_vocabulary``) and counts; None when a problem names no file read or a
    record has no id (nothing can be vouched for). A source that did not load is
    recorded without a hash: it is read again every time.

    ``vocabulary`` covers every record claims refer to (the partial ledger holds every
    file of them): a claim naming anything else in a reference has an unknown-reference
    problem, and its file is never taken from the cache after an edit.

    ``claim_texts`` receives, by the sha256 of each claims file read whose texts are not
    kept yet, its claims' excerpts and quotes by the source they cite (``_TextCheck``).
    ``summaries``: the claims of files let go, by displayed path (``_summarise``)."""
    if vocabulary is None:
        vocabulary = _vocabulary(ledger)
        if vocabulary is None:
            return None
    index = {rid: i for i, rid in enumerate(ids)}
    known = _known(vocabulary)
    texts: dict[int, set[str]] = {}
    paths = ledger.paths
    files: dict[str, dict[str, Any]] = {}
    by_display: dict[str, dict[str, Any]] = {}
    for path in yaml_files:
        key = str(path)
        if key not in ledger.files:
            return None  # not read (a link outside, unreadable): a full run every time
        sha, sections = ledger.files[key]
        entry = files[key] = _entry("yaml", sha, stats.get(key))
        entry["sections"] = sections
        entry["vocab"] = vocabulary.get(key, {})
        by_display[paths.display(path)] = entry
    for source in ledger.sources.values():
        key = str(source.path)
        entry = files[key] = _entry("source", source.sha256, stats.get(key))
        entry["source"] = source.id
        entry["front"] = _front(source.meta)
        by_display[source.doc.path] = entry
    for path in source_files:
        key = str(path)
        if key not in files:
            files[key] = by_display[paths.display(path)] = _entry("source", None, None)
    origin = ledger.origin
    for section, records in ledger.sections.items():
        if section == "claims":
            continue
        for record in records:
            holder = by_display.get(origin[id(record)].path)
            if holder is None:
                return None
            holder["counts"][section] = holder["counts"].get(section, 0) + 1
    found = dict(summaries or {})
    for doc, claims in ledger.by_file(ledger.claims):
        holder = by_display.get(doc.path)
        if holder is None:
            return None
        found[doc.path] = _summarise(claims, holder["sha"], known, claim_texts)
    for display, (count, claim_ids, cited, refs) in found.items():
        holder = by_display.get(display)
        if holder is None:
            return None
        if count:  # a file without claims counts none, as a section it has not
            holder["counts"]["claims"] = count
        holder["claims"], holder["cited"] = claim_ids, cited
        texts[id(holder)] = refs
    for problem in problems:
        owner = by_display.get(problem.file)
        if owner is None:
            return None
        if problem.code == _UNUSED:
            owner["unused"] = problem
        else:
            owner["problems"].append(problem)
    for entry in files.values():
        entry["cited"] = sorted(set(entry["cited"]))
        positions = []
        for rid in sorted(texts.get(id(entry), ())):  # a set's order is not the same in
            at = index.get(rid)  # every process: new ids take their bits in sorted order
            if at is None:
                at = index[rid] = len(ids)
                ids.append(rid)
            positions.append(at)
        # the bits set in a byte array, then one int: ``bits |= 1 << at`` would copy an
        # int as long as all the ids for each id (quadratic at a million claims)
        if positions:
            mask = bytearray(max(positions) // 8 + 1)
            for at in positions:
                mask[at >> 3] |= 1 << (at & 7)
            entry["refs"] = int.from_bytes(mask, "little")
        else:
            entry["refs"] = 0
        if entry["unused"] is not None:
            p = entry["unused"]
            entry["unused"] = (p.code, p.file, p.line, p.column, p.message, p.hint)
    return files


# --- an incremental validation ------------------------------------------------------


def _incremental(
    paths: LedgerPaths,
    cached: dict[str, dict[str, Any]],
    ids: list[str],
    texts_at: tuple[Path, str],
    texts: _TextsToKeep,
    parsed: ParsedRecords | None = None,
) -> tuple[Report, dict[str, dict[str, Any]] | None, str, int] | None:
    """The report from the cache and a partial ledger, with the cache's new files (None:
    nothing to write) and how many files were parsed; None when only a full validation
    can be trusted. ``texts_at``: the folder of the claims' texts and the code's
    fingerprint; ``texts`` receives those of the claims files read."""
    known = {k: (e["sha"], e["stat"]) for k, e in cached.items() if e["sha"] and e["stat"]}
    listing = file_digests(paths, known)
    yaml_keys = [str(p) for p in listing.yaml_files]
    source_keys = [str(p) for p in listing.source_files]
    if len(listing.sha256) != len(yaml_keys) + len(source_keys):
        return None  # a file that cannot be read: the full validation reports it
    digests = listing.sha256
    changed = {k for k, sha in digests.items() if cached.get(k, {}).get("sha") != sha}
    removed = {k for k in cached if k not in digests}
    if not changed and not removed:
        refreshed = None
        if any(cached[k]["stat"] != listing.stats.get(k) for k in digests):
            refreshed = {k: {**e, "stat": listing.stats.get(k)} for k, e in cached.items()}
        return _compose(paths, cached, yaml_keys, source_keys), refreshed, "cached", 0
    main = str(paths.main)
    # always read: the main file and every file of actors, outlets, topics or
    # propositions (what claims refer to); read again: every YAML file that changed
    vocabulary = {main} | {
        k for k in yaml_keys if k in cached and cached[k]["sections"] not in CLAIMS_ONLY
    }
    touched = {k for k in yaml_keys if k in changed}
    folder = str(paths.sources_dir) + os.sep
    changed_sources = {
        Path(k).stem
        for k in changed | removed
        if k.startswith(folder) and k.endswith(SOURCE_SUFFIX)
    }
    if changed_sources:
        # a claims file citing a source whose text alone changed is read again only when
        # one of its claims' excerpts or quotes is not found in the new text
        checker = _TextCheck(paths, cached, changed, texts_at, texts.kept)
        for key in yaml_keys:
            if key in touched or key not in cached:
                continue
            cites = changed_sources.intersection(cached[key]["cited"])
            if cites and not checker.unchanged(cached[key], cites):
                touched.add(key)
    before = time.time_ns()
    ledger = Ledger(paths=paths)
    read = touched | vocabulary
    if parsed is not None:
        parsed.keys = vocabulary  # the files of records, changed or not
    load_yaml(
        ledger,
        [p for p, k in zip(listing.yaml_files, yaml_keys, strict=True) if k in read],
        parsed=parsed,
    )
    # the records claims refer to, before and now: the claims that name one that changed
    # (added, removed or edited) are read and checked again
    renamed: set[str] = set()
    vocabulary_changed = bool((changed | removed) & {k for k, e in cached.items() if e["vocab"]})
    now = _vocabulary(ledger, {k: cached[k]["vocab"] for k in read - changed if k in cached})
    if now is None:
        return None
    if any(now.get(k) for k in read if k not in vocabulary):
        vocabulary_changed = True  # a file that held claims only now holds more
    if vocabulary_changed:
        old: dict[str, list[str]] = {}
        for entry in cached.values():
            for rid, digest in entry["vocab"].items():
                old.setdefault(rid, []).append(digest)
        new: dict[str, list[str]] = {}
        for records in now.values():
            for rid, digest in records.items():
                new.setdefault(rid, []).append(digest)
        renamed = {rid for rid in old.keys() | new.keys() if old.get(rid) != new.get(rid)}
    later = []
    if renamed:
        # an id not among ``ids`` was named by no claim of a file kept without an
        # unknown-reference problem (those are read again below)
        at = {rid: i for i, rid in enumerate(ids)}
        mask = sum(1 << at[rid] for rid in renamed if rid in at)
        for path in listing.yaml_files:
            key = str(path)
            if key not in read and cached[key]["refs"] & mask:
                later.append(path)
        load_yaml(ledger, later)  # after the others: see the duplicate ids below
        read |= {str(p) for p in later}
    # the sources cited by what was read (before and now), and those that changed
    cited = {c.get("source") for c in ledger.claims} | changed_sources
    for key in read | removed:
        cited.update(cached.get(key, {}).get("cited", ()))
    # the files listed, by their key: a cited id names one when its name is that file's
    # (an id holding a separator names no file of the folder)
    present = dict(zip(source_keys, listing.source_files, strict=True))
    wanted = [
        present[key]
        for sid in sorted(s for s in cited if isinstance(s, str))
        if (key := f"{folder}{sid}{SOURCE_SUFFIX}") in present
    ]
    load_sources(ledger, wanted)
    from rnkclaims.check import check

    # the records' own rules need not run again when no file of them changed and none
    # had a problem (their problems are then none again): only their ids are entered
    records_files = vocabulary | {k for k in removed if cached[k]["sections"] not in CLAIMS_ONLY}
    records_valid = (
        not vocabulary_changed
        and not records_files & (changed | removed)
        and not any(cached[k]["problems"] or cached[k]["unused"] for k in vocabulary)
    )
    partial = check(ledger, records_valid=records_valid).report
    if any(p.code in _WIDE for p in partial.problems):
        return None
    if later and any(p.code == "duplicate-id" for p in partial.problems):
        return None  # files read out of the ledger's order: whose duplicate is it?
    kept = [k for k in yaml_keys if k not in read]
    elsewhere: set[str] = set()
    for key in kept:
        codes = {p.code for p in cached[key]["problems"]}
        if _WIDE & codes:
            return None  # its message or hint may name what changed
        if vocabulary_changed and "duplicate-id" in codes:
            return None  # its message gives the line of a record that may have moved
        elsewhere.update(cached[key]["claims"])
    taken = {r.get("id") for records in ledger.sections.values() for r in records}
    for key in read | removed:
        taken.update(cached.get(key, {}).get("claims", ()))
    if not elsewhere.isdisjoint(taken):
        return None  # an id shared with an unchanged file: whose duplicate it is depends
    fresh = _entries(
        ledger,
        partial.problems,
        file_stats(ledger.files, before),
        [p for p, k in zip(listing.yaml_files, yaml_keys, strict=True) if k in read],
        wanted,
        ids,
        now,
        texts,
    )
    if fresh is None:
        return None
    files: dict[str, dict[str, Any]] = {}
    for key in (*yaml_keys, *source_keys):
        if key in fresh:
            files[key] = fresh[key]
        elif key in cached and key not in changed:
            files[key] = {**cached[key], "stat": listing.stats.get(key)}
        else:  # a changed source that did not load
            files[key] = _entry("source", None, None)
    # a source's unused warning: from this run for the sources read, else as cached
    used = {s for s in set().union(*(e["cited"] for e in files.values())) if not too_long(s, "id")}
    for entry in files.values():
        if entry["source"] is not None and entry["source"] in used:
            entry["unused"] = None
        elif entry["source"] is not None and entry["unused"] is None:
            return None  # pragma: no cover - every source whose use changed was read
    report = _compose(paths, files, yaml_keys, source_keys)
    return report, files, "partial", len(read) + len(wanted)


# --- claims checked again against a source whose text changed ------------------------

# The problems of a claim that depend on its source's text (``check.excerpts``); with
# the source's front matter unchanged (its publication date dates relative ``said``),
# they are the only ones. ``empty-text`` is a claim's excerpt that is empty.
_TEXT_CODES = frozenset(
    {"excerpt-not-in-source", "quote-not-in-source", "quote-not-in-excerpt", "empty-text"}
)


def _front(meta: dict[str, Any]) -> str:
    """A digest of a source's front matter."""
    return quick_digest(json.dumps(meta, sort_keys=True, default=repr).encode())[:24]


def _parsed_folder(where: Path) -> Path:
    """Where the files of records are kept parsed (``ParsedRecords``)."""
    return where.with_name(where.name.removesuffix(".cache") + ".parsed")


def _texts_folder(where: Path) -> Path:
    """Where the claims' texts are kept: one file per claims file, named by its content
    (``<sha256>-<code>.json``: what the claims of that content say, for this code)."""
    return where.with_name(where.name.removesuffix(".cache") + ".texts")


class _TextCheck:
    """Whether a claims file's problems stay as cached after an edit to the text of
    sources its claims cite: none of its claims had a problem of ``_TEXT_CODES``, and
    each claim citing a changed source still finds its excerpt and quote there (checked
    by the rule itself, ``check_text``, on the texts kept beside the cache: the claims
    file is not read). The claims of a source whose front matter changed, or that no
    longer loads, are checked by reading their files."""

    def __init__(
        self,
        paths: LedgerPaths,
        cached: dict[str, dict[str, Any]],
        changed: set[str],
        texts_at: tuple[Path, str],
        kept: set[str],
    ) -> None:
        self.folder, self.code = texts_at
        self.kept = kept
        self.ledger = Ledger(paths=paths)
        edited = [
            Path(k)
            for k in sorted(changed)
            if cached.get(k, {}).get("kind") == "source" and cached[k]["front"] is not None
        ]
        load_sources(self.ledger, edited)
        self.sources = {
            sid: source
            for sid, source in self.ledger.sources.items()
            if _front(source.meta) == cached[str(source.path)]["front"]
        }

    def unchanged(self, entry: dict[str, Any], cites: set[str]) -> bool:
        from rnkclaims.check.context import Context
        from rnkclaims.check.excerpts import check_text

        if not cites <= self.sources.keys():
            return False
        if any(p.code in _TEXT_CODES for p in entry["problems"]):
            return False  # a problem's message may change, or the problem go
        kept = self.folder / f"{entry['sha']}-{self.code}.json"
        said = _read_texts(kept)
        if said is None:
            with contextlib.suppress(OSError):  # read again now: its texts written anew
                kept.unlink(missing_ok=True)
            self.kept.discard(entry["sha"])
            return False
        ctx = Context(self.ledger)
        for sid in sorted(cites):
            source = self.sources[sid]
            for excerpt, quote in said.get(sid, ()):
                check_text(ctx, source.doc, {"excerpt": excerpt, "quote": quote}, source)
        return not ctx.counts


def _read_texts(path: Path) -> dict[str, list[list[str | None]]] | None:
    """A claims file's texts by source, or None when missing or not of the right shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    for pairs in data.values():
        if not isinstance(pairs, list):
            return None
        for pair in pairs:
            if not (
                isinstance(pair, list)
                and len(pair) == 2
                and all(v is None or isinstance(v, str) for v in pair)
            ):
                return None
    return data


class _TextsToKeep(dict[str, dict[str, list[list[str | None]]]]):
    """Claims' texts by claims file (its sha256), then by source; ``kept``: the files whose
    texts are kept already (not collected again)."""

    def __init__(self, kept: set[str]) -> None:
        super().__init__()
        self.kept = kept | {""}  # "": a file with no hash (not read) has nothing to keep


# Claims' texts encoded at a time when they are written to the cache: a piece of JSON of
# about 1 MB, in one call to the encoder rather than two per source.
_TEXTS_PER_PIECE = 2000


def _dump_texts(by_source: dict[str, list[list[str | None]]], out: TextIO) -> None:
    """``json.dumps(by_source)`` (compact, not ASCII-escaped) written a piece of about
    ``_TEXTS_PER_PIECE`` claims at a time: the texts of a claims file of 100,000 claims
    are 39 MB of JSON, which as one string, then encoded, would be the peak of a first
    validation's memory."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out.write("{")
    piece: dict[str, list[list[str | None]]] = {}
    size = 0
    head = ""
    for sid, pairs in by_source.items():
        piece[sid] = pairs
        size += len(pairs)
        if size >= _TEXTS_PER_PIECE:
            out.write(head + encode(piece)[1:-1])
            piece, size, head = {}, 0, ","
    if piece:
        out.write(head + encode(piece)[1:-1])
    out.write("}")


def _kept_texts(folder: Path, code: str) -> set[str]:
    """The sha256 of each claims file whose texts are kept for this code."""
    end = f"-{code}.json"
    try:
        return {p.name.removesuffix(end) for p in folder.iterdir() if p.name.endswith(end)}
    except OSError:
        return set()


def _write_texts(
    folder: Path,
    code: str,
    texts: dict[str, dict[str, list[list[str | None]]]],
    files: dict[str, dict[str, Any]],
) -> None:
    """Keep the texts of each claims file not kept yet, and remove those of contents no
    longer in the ledger and the temporary files of writes cut short; best effort, like
    the cache."""
    from rnkclaims.edit_io import clean_stale

    wanted = {f"{e['sha']}-{code}.json" for e in files.values() if e["kind"] == "yaml"}
    try:
        clean_stale(folder)
        for sha, by_source in texts.items():
            if f"{sha}-{code}.json" in wanted:
                _write_text_file(folder, code, sha, by_source)
        for path in folder.iterdir():
            if path.suffix == ".json" and path.name not in wanted:
                path.unlink()
    except Exception:
        pass


def _write_text_file(
    folder: Path, code: str, sha: str, by_source: dict[str, list[list[str | None]]]
) -> None:
    """Keep the texts of one claims file's content, unless they are kept already; may
    raise OSError."""
    from rnkclaims.edit_io import replacing

    path = folder / f"{sha}-{code}.json"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        # not flushed to the disk: a file cut short is not JSON, and its claims are read
        # again (``_TextCheck``); stale temporary files go in ``_write_texts``
        with (
            replacing(path, durable=False) as tmp,
            open(tmp, "w", encoding="utf-8", newline="") as fh,
        ):
            _dump_texts(by_source, fh)


# A record's fields that no rule on claims reads (``check.claims`` and the rules it calls
# read a record's id, kind, roles with their dates, speaks_for and a proposition's kind
# and value type): an edit to them alone leaves every claim's problems as they were. The
# record's own problems are found again anyway: its file is always read.
_UNREAD = frozenset({"name", "aliases", "note", "country", "url", "text", "terms"})


def _vocabulary(
    ledger: Ledger, known: dict[str, dict[str, str]] | None = None
) -> dict[str, dict[str, str]] | None:
    """For each YAML file read (by path), a digest of each of its actors, outlets, topics
    and propositions by id (of the fields claims' rules read: ``_UNREAD`` left out);
    None when a record has no id to tell it by. ``known``: the digests of files unchanged
    since they were recorded, taken as they are."""
    known = known or {}
    by_display = {ledger.paths.display(Path(k)): k for k, (_, keys) in ledger.files.items() if keys}
    out: dict[str, dict[str, str]] = {k: dict(known.get(k, {})) for k in by_display.values()}
    for section, records in ledger.sections.items():
        if section == "claims":
            continue
        for record in records:
            rid = record.get("id")
            key = by_display.get(ledger.origin[id(record)].path)
            if not isinstance(rid, str) or key is None:
                return None
            if key in known:
                continue
            kept = {k: v for k, v in record.items() if k not in _UNREAD}
            text = json.dumps([section, kept], sort_keys=True, default=repr)
            digest = quick_digest(text.encode())[:24]
            found = out[key]
            found[rid] = found[rid] + digest if rid in found else digest
    return out


_Claims = tuple[int, list[str], list[str], set[str]]
# What ``_streamed`` keeps of a claims file let go: its displayed path, its summary,
# its sha256 and its texts when not written (None when written, or kept already).
_LetGo = tuple[str, _Claims, str, dict[str, list[list[str | None]]] | None]


def _known(vocabulary: dict[str, dict[str, str]]) -> set[str]:
    """The ids a claim may name: a longer text is no reference (``too_long``)."""
    return {rid for records in vocabulary.values() for rid in records if len(rid) <= _ID_LIMIT}


def _summarise(
    claims: list[dict[str, Any]], sha: str, known: set[str], claim_texts: _TextsToKeep | None
) -> _Claims:
    """What the cache records of one file's claims: how many, their ids, the sources
    they cite and the ids of records they name; their excerpts and quotes go in
    ``claim_texts`` under the file's ``sha`` unless they are kept already."""
    ids: list[str] = []
    cited: list[str] = []
    refs: set[str] = set()
    keep = claim_texts is not None and sha not in claim_texts.kept
    for record in claims:
        _refs(record.values(), known, refs)
        cid, source = record.get("id"), record.get("source")
        if type(cid) is str:
            ids.append(cid)
        if type(source) is str:
            cited.append(source)
            if keep and claim_texts is not None:
                excerpt, quote = record.get("excerpt"), record.get("quote")
                claim_texts.setdefault(sha, {}).setdefault(source, []).append(
                    [
                        excerpt if isinstance(excerpt, str) else None,
                        quote if isinstance(quote, str) else None,
                    ]
                )
    return len(claims), ids, cited, refs


def _refs(values: Iterable[Any], known: set[str], into: set[str]) -> None:
    """Every text among ``values`` and in the mappings and lists within them that is in
    ``known`` (any text of a claim may be a reference to a record). Values are what the
    loader builds: exactly str, dict, list or a scalar of another type. The first two
    levels (a claim's fields, and a list's items or a mapping's values in them) are
    walked inline: a call per value would cost more than the walk."""
    for value in values:
        kind = type(value)
        if kind is str:
            if len(value) <= _ID_LIMIT and value in known:  # no hash of a long text
                into.add(value)
            continue
        if kind is dict:
            value = value.values()
        elif kind is not list:
            continue
        for item in value:
            inner = type(item)
            if inner is str:
                if len(item) <= _ID_LIMIT and item in known:
                    into.add(item)
            elif inner is dict:
                _refs(item.values(), known, into)
            elif inner is list:
                _refs(item, known, into)


def _compose(
    paths: LedgerPaths,
    files: dict[str, dict[str, Any]],
    yaml_keys: list[str],
    source_keys: list[str],
) -> Report:
    """The report of a full validation, from each file's entry."""
    problems: list[Problem] = []
    counts = {name: 0 for name in SECTIONS}
    sources = 0
    for key in (*yaml_keys, *source_keys):
        entry = files[key]
        problems.extend(entry["problems"])
        if entry["unused"] is not None:
            problems.append(Problem(*entry["unused"]))
        for section, n in entry["counts"].items():
            counts[section] += n
        if entry["source"] is not None:
            sources += 1
    report = Report(problems=problems, files=len(yaml_keys) + sources)
    report.counts = {**counts, "sources": sources}
    return report
