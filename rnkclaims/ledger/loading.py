"""Loading a ledger's files, with positions, into a ``Ledger``; hashing them.

``rnkclaims.ledger`` finds the files (``locate``, ``LedgerPaths``) and hands out every
name of this module on first use, so that a query on an up-to-date database, which only
finds the ledger and compares its stat signature, neither compiles nor imports this.

Loading never raises for bad content: it records ``Problem``s and keeps going, so that
``validate`` can report everything at once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import SLOT_BITS, LedgerPaths

if TYPE_CHECKING:
    from rnkclaims.ledger.yamlread import Document
    from rnkclaims.problems import Problem


def _sections() -> dict[str, list[dict[str, Any]]]:
    from rnkclaims.model import SECTIONS

    return {name: [] for name in SECTIONS}


@dataclass(slots=True)
class Source:
    """An archived article: front matter (``meta``) and the text as published."""

    id: str
    path: Path
    doc: Document
    meta: dict[str, Any]
    text: str
    body_line: int  # 1-based line of the text's first line in the file
    sha256: str = ""  # of the file's bytes

    @property
    def published(self) -> str | None:
        """The publication date as the front matter writes it (``published: 2024-05-02``
        or ``published: {date: 2024-05-02, ...}``), None when it gives none."""
        value = self.meta.get("published")
        if isinstance(value, dict):
            value = value.get("date")
        return str(value) if value is not None else None


@dataclass(slots=True)
class Ledger:
    """Everything a ledger holds, each record remembering the document it came from."""

    paths: LedgerPaths
    docs: list[Document] = field(default_factory=list)
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=_sections)
    origin: dict[int, Document] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""
    # each file read: its path -> (sha256 of its bytes, its top-level keys, comma-joined;
    # empty for a source), which ``build`` records so that the next build can tell which
    # files changed and whether they hold anything but claims
    files: dict[str, tuple[str, str]] = field(default_factory=dict)
    # each YAML file's place in the ledger's order (by its displayed path): claims are
    # numbered from it in the full-text table, so that ties rank in the ledger's order
    # after an update in place as after a full build
    slots: dict[str, int] = field(default_factory=dict)
    # when ``load`` began reading the files (time.time_ns()), 0 when the content is not
    # the files' own (overrides): ``build`` records the stats of files unchanged since
    read_from_ns: int = 0
    # the ledger's stat signature taken before its files were read ("" when the content
    # is not the files' own): what ``build`` records, so that an edit made while the
    # ledger was being read is seen by the next query
    stat_signature: str = ""
    # each YAML file read with ``digests`` (its path -> the digest of each of its claims'
    # texts, in the file's order, ``DIGEST_CHARS`` hex digits each; empty when the file
    # has none or they cannot be told apart), which ``build`` records so that an update
    # rewrites only the claims whose text changed (``record_digests``)
    claim_digests: dict[str, str] = field(default_factory=dict)
    # a claim's index in its file (by id of the claim) when ``claims`` holds only some of
    # a file's claims (an update in place); empty: they are numbered in order
    claim_index: dict[int, int] = field(default_factory=dict)

    @property
    def actors(self) -> list[dict[str, Any]]:
        return self.sections["actors"]

    @property
    def outlets(self) -> list[dict[str, Any]]:
        return self.sections["outlets"]

    @property
    def topics(self) -> list[dict[str, Any]]:
        return self.sections["topics"]

    @property
    def propositions(self) -> list[dict[str, Any]]:
        return self.sections["propositions"]

    @property
    def claims(self) -> list[dict[str, Any]]:
        return self.sections["claims"]

    def by_file(
        self, records: list[dict[str, Any]]
    ) -> Iterator[tuple[Document, list[dict[str, Any]]]]:
        """``records`` (of one section) in runs of one file each: a file's records are
        consecutive."""
        origin = self.origin
        run: list[dict[str, Any]] = []
        doc: Document | None = None
        for record in records:
            at = origin[id(record)]
            if at is not doc:
                if doc is not None:
                    yield doc, run
                doc, run = at, []
            run.append(record)
        if doc is not None:
            yield doc, run

    def let_go(self, doc: Document, claims: list[dict[str, Any]]) -> None:
        """Forget the claims of a file read by ``read_claims_file``."""
        origin = self.origin
        data = doc.data
        items = data.get("claims") if isinstance(data, dict) else None
        origin.pop(id(items), None)
        for claim in claims:
            origin.pop(id(claim), None)

    def where(self, record: object, key: str | int | None = None) -> tuple[str, int, int]:
        """``(file, line, column)`` of a record, or of one of its keys."""
        doc = self.origin.get(id(record))
        if doc is None:
            return ("", 0, 0)
        return (doc.path, *doc.where(record, key))


def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    """``(front matter, body, body's first line)`` or None when there is none."""
    if not text.startswith("---"):
        return None
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return None
    end = text.find("\n---", first_nl)
    while end >= 0:
        after = text.find("\n", end + 1)
        line = text[end + 1 : after if after >= 0 else len(text)]
        if line.strip() == "---":
            front = text[first_nl + 1 : end + 1]
            body = text[after + 1 :] if after >= 0 else ""
            return front, body, front.count("\n") + 3
        end = text.find("\n---", end + 1)
    return None


def unreadable(display: str, exc: OSError | UnicodeDecodeError) -> Problem:
    """The one ``file-missing`` problem of a ledger file (claims or source) that cannot be
    read: its hint names the fix for what went wrong."""
    from rnkclaims.problems import Problem

    if isinstance(exc, UnicodeDecodeError):
        hint = "save the file as UTF-8 text"
    else:
        hint = "check that the file exists and can be read"
    return Problem("file-missing", display, 0, 0, f"cannot read: {exc}", hint)


def _read(path: Path, overrides: Mapping[Path, str] | None) -> tuple[bytes, str]:
    """A file's bytes and text, or those of its override; raises OSError or
    UnicodeDecodeError."""
    if overrides is not None and path in overrides:
        text = overrides[path]
        return text.encode("utf-8"), text
    raw = path.read_bytes()
    return raw, raw.decode("utf-8")


def load_source(
    path: Path,
    display: str,
    digest: Any = None,
    overrides: Mapping[Path, str] | None = None,
) -> tuple[Source | None, list[Problem]]:
    """Read one source file; problems if it has no front matter or bad YAML.

    ``digest`` (a hashlib object), when given, is fed the file's name and bytes.
    ``overrides`` as for ``load``.
    """
    import hashlib

    from rnkclaims.problems import Problem

    try:
        raw, text = _read(path, overrides)
    except (OSError, UnicodeDecodeError) as exc:
        return None, [unreadable(display, exc)]
    sha = hashlib.sha256(raw).hexdigest()
    if digest is not None:
        _feed(digest, b"S", path, sha)
    split = _split_front_matter(text)
    if split is None:
        return None, [
            Problem(
                "source-front-matter",
                display,
                1,
                1,
                "no front matter",
                "start the file with ---, the metadata as YAML, then --- and the text",
            )
        ]
    front, body, body_line = split
    from rnkclaims.ledger.yamlread import parse_yaml

    doc = parse_yaml(front, display, line_offset=1)
    meta = doc.data if isinstance(doc.data, dict) else {}
    if doc.data is not None and not isinstance(doc.data, dict):
        doc.problems.append(
            Problem("wrong-type", display, 2, 1, "the front matter must be a mapping of fields")
        )
    source = Source(path.stem, path, doc, meta, body, body_line, sha)
    return source, doc.problems


def load(
    paths: LedgerPaths, overrides: Mapping[Path, str] | None = None, digests: bool = False
) -> Ledger:
    """Load every YAML file and source of the ledger; never raises for bad content.

    ``overrides`` maps a file's path (as ``paths`` lists it) to the text to use instead
    of the file's content, to check a change before writing it; the fingerprint and
    positions are those of that text. ``digests``: keep each file's claims' digests
    (``Ledger.claim_digests``), for a build.
    """
    with gc_paused():
        return _load(paths, overrides, digests)


def outside(path: Path, root: Path) -> bool:
    """True when ``path`` is a symbolic link (or lies in a linked folder) whose target is
    outside ``root``: a pull request must not make the ledger read any file of the
    machine. Links inside the ledger folder are followed."""
    if not path.is_symlink() and not path.parent.is_symlink():
        return False  # the common case, decided by two lstat calls
    try:
        target = path.resolve()
        base = root.resolve()
    except (OSError, RuntimeError):  # a link loop
        return True
    return target != base and base not in target.parents


def _link_problem(path: Path, display: str) -> Problem:
    from rnkclaims.problems import Problem

    return Problem(
        "symlink-outside",
        display,
        0,
        0,
        f"{path.name} is a symbolic link to {os.path.realpath(path)}, outside the ledger "
        "folder: not read",
        "copy the file into the ledger folder instead of linking to it",
    )


def _load(paths: LedgerPaths, overrides: Mapping[Path, str] | None, digests: bool) -> Ledger:
    import hashlib
    import time

    ledger = Ledger(
        paths=paths,
        read_from_ns=0 if overrides else time.time_ns(),
        stat_signature="" if overrides else paths.stat_signature(),
    )
    digest = hashlib.sha256()
    load_yaml(ledger, paths.yaml_files(), digest, overrides, digests)
    load_sources(ledger, paths.source_files(), digest, overrides)
    ledger.fingerprint = digest.hexdigest()
    return ledger


class ParsedDocuments(Protocol):
    """Documents kept parsed from an earlier run, by their file's content: ``get`` gives
    the document of ``path`` when its sha256 is ``sha`` (named ``display``), or None;
    ``put`` offers one just parsed. Positions asked of a document given read its file
    again, as those of a long text do."""

    def get(self, path: Path, sha: str, display: str) -> Document | None: ...

    def put(self, path: Path, sha: str, doc: Document) -> None: ...


def load_yaml(
    ledger: Ledger,
    files: list[Path],
    digest: Any = None,
    overrides: Mapping[Path, str] | None = None,
    digests: bool = False,
    parsed: ParsedDocuments | None = None,
) -> None:
    """Parse ``files`` (YAML files of ``ledger.paths``) into ``ledger``; never raises.
    ``digests``: record each file's claims' digests (``record_digests``). ``parsed``:
    where a file's document may be found already parsed, and offered once parsed."""
    for path in files:
        doc = _parse_file(ledger, path, digest, overrides, digests, parsed)
        if doc is not None:
            ledger.slots[doc.path] = (len(ledger.docs) + 1) << SLOT_BITS
            ledger.docs.append(doc)
            _collect(ledger, doc)


def _parse_file(
    ledger: Ledger,
    path: Path,
    digest: Any = None,
    overrides: Mapping[Path, str] | None = None,
    digests: bool = False,
    parsed: ParsedDocuments | None = None,
) -> Document | None:
    """Read and parse one YAML file of the ledger; its hash and keys go in
    ``ledger.files``, its problems in ``ledger.problems``; None when it is not read."""
    import hashlib

    paths = ledger.paths
    display = paths.display(path)
    if outside(path, paths.root):
        ledger.problems.append(_link_problem(path, display))
        return None
    try:
        raw, text = _read(path, overrides)
    except (OSError, UnicodeDecodeError) as exc:
        ledger.problems.append(unreadable(display, exc))
        return None
    sha = hashlib.sha256(raw).hexdigest()
    if digest is not None:
        _feed(digest, b"Y", path, sha)
    from rnkclaims.ledger.yamlread import parse_yaml

    if overrides is not None and path in overrides:
        doc = parse_yaml(text, display)
        if digests:
            ledger.claim_digests[str(path)] = record_digests(doc, text)
    else:
        del text  # decoded once, to know it is UTF-8: the parser reads the bytes
        found = parsed.get(path, sha, display) if parsed is not None and not digests else None
        if found is not None:
            doc = found
            doc.file, doc.sha256 = path, sha  # its positions: from the file, read again
        else:
            doc = parse_yaml(raw, display)
            if digests:
                ledger.claim_digests[str(path)] = record_digests(doc, raw)
            elif parsed is not None:
                parsed.put(path, sha, doc)
            doc.release(path, sha)  # a long text is read again if a position is asked for
    del raw
    doc.offsets.clear()  # only the digests read them: 100 bytes a record otherwise
    keys = ",".join(sorted(map(str, doc.data))) if isinstance(doc.data, dict) else "?"
    ledger.files[str(path)] = (sha, keys)
    ledger.problems.extend(doc.problems)
    return doc


# A line of a YAML file that starts at its first column with anything but a space, a
# comment or a list's "- " (a top-level key, a document marker, a flow collection...).
_TOP_LEVEL = re.compile(rb"\n(?:[^ \r\n#-]|-[^ \t\r\n])[^\r\n]*")
_CLAIMS_KEY = re.compile(rb"\nclaims:[ \t]*(?:#[^\r\n]*)?")


def claims_only(raw: bytes) -> bool:
    """Whether a YAML file's bytes surely hold nothing but a block list of claims: the
    only line starting at the first column, besides comments and the list's items, is
    ``claims:``. Anything else (another key, a flow collection, a document marker, a
    tab, a byte-order mark) says no, whatever the file holds."""
    lines = _TOP_LEVEL.findall(b"\n" + raw)
    return len(lines) == 1 and _CLAIMS_KEY.fullmatch(lines[0]) is not None


def load_leaving_claims(
    paths: LedgerPaths, parsed: ParsedDocuments | None = None
) -> tuple[Ledger, list[Document | Path]]:
    """``load``, but for the files of ``claims/`` that hold nothing but claims
    (``claims_only``), left for ``read_claims_file``: the ledger, and each YAML file in
    the ledger's order as its document when loaded, as its path when left. The
    ledger's fingerprint is not computed (it would need every file). ``parsed``: as for
    ``load_yaml``, for the files loaded."""
    import time

    ledger = Ledger(paths=paths, read_from_ns=time.time_ns(), stat_signature=paths.stat_signature())
    order: list[Document | Path] = []
    with gc_paused():
        for i, path in enumerate(paths.yaml_files()):
            if i and not outside(path, paths.root):
                try:
                    left = claims_only(path.read_bytes())
                except OSError:
                    left = False  # its problem is found by loading it
                if left:
                    order.append(path)
                    continue
            count = len(ledger.docs)
            load_yaml(ledger, [path], parsed=parsed)
            if len(ledger.docs) > count:
                order.append(ledger.docs[-1])
        load_sources(ledger, paths.source_files())
    return ledger, order


def read_claims_file(ledger: Ledger, path: Path) -> tuple[Document, list[dict[str, Any]]] | None:
    """One file left by ``load_leaving_claims``: its document and claims, each claim's
    origin entered in ``ledger`` until ``Ledger.let_go``; None when it is not read (its
    problem in ``ledger.problems``, as every problem of reading it)."""
    doc = _parse_file(ledger, path)
    if doc is None:
        return None
    data = doc.data
    items = data.get("claims") if isinstance(data, dict) else None
    claims: list[dict[str, Any]] = []
    if isinstance(items, list):
        origin = ledger.origin
        origin[id(items)] = doc
        for record in items:
            if isinstance(record, dict):
                claims.append(record)
                origin[id(record)] = doc
    return doc, claims


DIGEST_CHARS = 16
"""Hex digits of a claim's digest (``record_digests``): 64 bits of BLAKE2b."""


def record_digests(doc: Document, text: str | bytes) -> str:
    """The digest of each claim's text in ``doc`` (parsed from ``text``, a str or its
    UTF-8 bytes), ``DIGEST_CHARS`` hex digits each, joined in the file's order; "" when
    the document has no claims or a claim's place is unknown.

    A claim's text runs from its start to the line of the next claim's (the last one's to
    the end of the file) and is hashed with its column: a ledger refuses anchors, aliases and tags,
    so the same text at the same column is the same value, and an unchanged digest is an
    unchanged claim (what follows it, a comment or another section, may only make it
    look changed). The parser gives character indices: ASCII bytes are sliced as they
    are, other bytes decoded first.
    """
    data = doc.data
    claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(claims, list) or not claims:
        return ""
    from itertools import pairwise

    offsets, starts = doc.offsets, doc.starts
    marks = [offsets.get(id(c), -1) for c in claims]
    if marks[0] < 0 or any(a >= b for a, b in pairwise(marks)):
        return ""  # a claim that is not a mapping, or two on one place
    if isinstance(text, bytes) and not text.isascii():
        text = text.decode("utf-8")
    try:
        from _blake2 import blake2b  # (``quick_digest``: no OpenSSL at start-up)
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    size = DIGEST_CHARS // 2
    newline: Any = b"\n" if isinstance(text, bytes) else "\n"
    marks.append(len(text))
    last = len(claims) - 1
    out = []
    for i, c in enumerate(claims):
        start, end = marks[i], marks[i + 1]
        if i < last:  # up to the line of the next claim: not its dash
            cut = text.rfind(newline, start, end)
            end = cut + 1 if cut >= 0 else end
        part = text[start:end]
        column = f"{starts[id(c)] & 0xFFFFFFFF}:".encode()
        data = column + (part if isinstance(part, bytes) else part.encode())
        out.append(blake2b(data, digest_size=size).hexdigest())
    return "".join(out)


def load_sources(
    ledger: Ledger,
    files: list[Path],
    digest: Any = None,
    overrides: Mapping[Path, str] | None = None,
) -> None:
    """Read the source files ``files`` into ``ledger``; never raises."""
    paths = ledger.paths
    for path in files:
        display = paths.display(path)
        if outside(path, paths.root):
            ledger.problems.append(_link_problem(path, display))
            continue
        source, problems = load_source(path, display, digest, overrides)
        ledger.problems.extend(problems)
        if source is not None:
            ledger.sources[source.id] = source
            ledger.files[str(path)] = (source.sha256, "")


def _feed(digest: Any, tag: bytes, path: Path, sha: str) -> None:
    """Add a file to the ledger's content hash: its kind, name and own hash (so that
    each byte is hashed once)."""
    digest.update(b"\0" + tag + path.name.encode() + b"\0" + sha.encode())


def fingerprint(paths: LedgerPaths) -> str:
    """The ledger's content hash, as ``load`` computes it, without parsing anything."""
    return file_digests(paths).fingerprint


FileStat = tuple[int, int, int, int]
"""A file's size, mtime_ns, ctime_ns and inode: unchanged, the file is taken as unchanged."""

SETTLED_NS = 2_000_000_000
"""How long before a file's stat is taken (or, at a build, before its read began) its
mtime must lie for the stat to vouch for its content: two seconds, the coarsest tick of a
common file system (FAT). A file written in the same tick as the stat could be written
again with the same size and times; its stat is not recorded, so it is hashed next time."""


def settled_stat(st: os.stat_result, before_ns: int) -> FileStat | None:
    """``st`` as recorded in ``ledger_files``, or None when its mtime is too recent (or in
    the future) to vouch for the content read after ``before_ns``."""
    if st.st_mtime_ns > before_ns - SETTLED_NS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass(frozen=True, slots=True)
class Digests:
    """The ledger's files, its content hash, and the sha256 of each file read."""

    fingerprint: str
    sha256: dict[str, str]  # path -> hash, for each file that could be read
    yaml_files: list[Path]
    source_files: list[Path]
    stats: dict[str, FileStat] = field(default_factory=dict)  # settled files only
    hashed: int = 0  # files read and hashed (the others were known by their stat)


def file_digests(
    paths: LedgerPaths, known: Mapping[str, tuple[str, FileStat]] | None = None
) -> Digests:
    """Hash every file of the ledger, without parsing anything.

    ``known`` maps a file's path to its hash and stat as last recorded: a file whose stat
    is the same is not read again, its recorded hash is used.
    """
    import hashlib
    import time

    known = known or {}
    before = time.time_ns()
    digest = hashlib.sha256()
    files: dict[str, str] = {}
    stats: dict[str, FileStat] = {}
    hashed = 0
    yaml_files, source_files, links = paths.listed_links()
    root = paths.root
    # the files of each folder, with whether the folder is a link (checked once)
    groups = (
        (b"Y", root.is_symlink(), yaml_files[:1]),
        (b"Y", paths.extra_dir.is_symlink(), yaml_files[1:]),
        (b"S", paths.sources_dir.is_symlink(), source_files),
    )
    for tag, folder_linked, found in groups:
        for path in found:
            key = str(path)
            # ``outside``, with the folder's link checked once and a file's by the listing
            if (folder_linked or key in links) and outside(path, root):
                _feed(digest, tag, path, "outside")  # never read (load reports it)
                continue
            try:
                stat = settled_stat(os.stat(key), before)  # taken before the read
                recorded = known.get(key)
                if stat is not None and recorded is not None and recorded[1] == stat:
                    sha = recorded[0]
                else:
                    sha = hashlib.sha256(path.read_bytes()).hexdigest()
                    hashed += 1
            except OSError:
                _feed(digest, tag, path, "missing")
                continue
            _feed(digest, tag, path, sha)
            files[key] = sha
            if stat is not None:
                stats[key] = stat
    return Digests(digest.hexdigest(), files, yaml_files, source_files, stats, hashed)


def file_stats(files: Iterable[str], before_ns: int) -> dict[str, FileStat]:
    """The settled stats of ``files``, for those read after ``before_ns``: a file changed
    since has a newer mtime, and is left out (to be hashed next time)."""
    stats: dict[str, FileStat] = {}
    for key in files:
        try:
            stat = settled_stat(os.stat(key), before_ns)
        except OSError:
            continue
        if stat is not None:
            stats[key] = stat
    return stats


def _collect(ledger: Ledger, doc: Document) -> None:
    data = doc.data
    if not isinstance(data, dict):
        return
    origin = ledger.origin
    for name, records in ledger.sections.items():
        items = data.get(name)
        if not isinstance(items, list):
            continue
        origin[id(items)] = doc
        for record in items:
            if isinstance(record, dict):
                records.append(record)
                origin[id(record)] = doc
