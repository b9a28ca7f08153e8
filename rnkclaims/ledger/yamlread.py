"""Reading YAML with positions, refusing what hides data.

The C parser (libyaml) hands over one event at a time (a scalar, the start or end of a
mapping or list) and we build plain Python values from the events ourselves: faster than
PyYAML's own ``CSafeLoader`` (which composes a node tree, then constructs the values in
Python), and it lets us report duplicate keys, anchors and tags with their position.
Scalars stay strings unless plain ``null``/``true``/``false``/numbers: dates are kept as
written (``2023``, ``2023-09``) because the ledger has partial dates.

No node tree is kept. A document remembers the line and column of its root, its sections
and their records (what ``build`` stores and most messages name); any other position (a
key, a value, a list item) is found when a problem asks for it, by reading the text again
alongside the values already built. So memory holds the values, not the parse.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from rnkclaims.problems import Problem

try:  # libyaml's C parser when PyYAML was built with it
    from yaml._yaml import CParser as _CParser

    _BaseParser: Any = _CParser
    _EVENTS: Any = sys.modules[_CParser.__module__]  # where the parser finds ScalarEvent
except ImportError:  # pragma: no cover - depends on the PyYAML build
    _BaseParser = None
WITH_LIBYAML = _BaseParser is not None
if _BaseParser is None:  # pragma: no cover - depends on the PyYAML build
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _PyParser(Reader, Scanner, Parser, Composer):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

    _BaseParser = _PyParser
    _EVENTS = sys.modules["yaml.parser"]
    WITH_LIBYAML = False


class _Composer(_BaseParser):  # type: ignore[misc]
    """Composes nodes without PyYAML's implicit typing, for edits that need character
    offsets (``authoring.ledger_edit``); loading does not compose nodes."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return ""

    def descend_resolver(self, *args: object) -> None:
        return None

    def ascend_resolver(self, *args: object) -> None:
        return None


_NUMERIC_START = frozenset("0123456789+-.")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_PLAIN_CONSTANTS: dict[str, object] = {
    "": None, "~": None, "null": None, "Null": None, "NULL": None,
    "true": True, "True": True, "TRUE": True,
    "false": False, "False": False, "FALSE": False,
}  # fmt: skip

# Limits that keep a hostile file from costing more than its size: nesting beyond
# MAX_DEPTH is not built, and each YAML-level problem is reported at most
# MAX_REPORTED times per file, then counted.
MAX_DEPTH = 32
MAX_REPORTED = 20

# Containers this deep (the root, its sections, their records) have their start kept at
# load; deeper positions are found again when asked for.
KEPT_DEPTH = 2
# A text up to this size stays in its document for finding positions; a longer one is
# read again from its file (and used only if its hash is unchanged).
KEEP_TEXT = 64 * 1024
# Plain scalars up to this length are shared within a file: ids, vocabulary words and
# dates repeat in every record, and one copy of each is enough.
SHARE_LENGTH = 40

_COL_BITS = 32
Position = tuple[int, int]
Key = str | int | None
# a container's start, and its keys' (or items') and values' positions
_Found = tuple[Position, dict[Key, tuple[Position, Position]]]


@dataclass(slots=True)
class Document:
    """One parsed YAML text: its data, and what is needed to place a problem in it."""

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    line_offset: int = 0
    # id of the root, section and record containers -> line << 32 | column (1-based)
    starts: dict[int, int] = field(default_factory=dict, repr=False)
    # id of each record container (depth ``KEPT_DEPTH``) -> its start as a character
    # index in the text: what ``loading.record_digests`` slices the records' texts by
    offsets: dict[int, int] = field(default_factory=dict, repr=False)
    # the text, while kept; otherwise ``file`` is read again, and used when its sha256
    # is still ``sha256``
    text: str | bytes | None = field(default=None, repr=False)
    file: Path | None = None
    sha256: str = ""

    def where(self, obj: object, key: Key = None) -> Position:
        """1-based line and column of ``obj`` (a mapping or list), or of its ``key``/index."""
        if key is None:
            packed = self.starts.get(id(obj))
            if packed is not None:  # a record: kept at loading (build asks for each one)
                return (packed >> _COL_BITS, packed & _COL_MASK)
        return self.locate([(obj, key, False)])[0]

    def where_value(self, obj: object, key: str) -> Position:
        """Position of the value under ``key`` (where a wrong value is)."""
        return self.locate([(obj, key, True)])[0]

    def release(self, file: Path, sha256: str) -> None:
        """Drop a long text: positions asked for later read ``file`` again."""
        if self.text is not None and len(self.text) > KEEP_TEXT:
            self.text, self.file, self.sha256 = None, file, sha256

    def locate(self, requests: Sequence[tuple[object, Key, bool]]) -> list[Position]:
        """Positions of many ``(obj, key, at_value)`` at once, with one more reading of the
        text at most: the place of ``obj``, of its ``key`` (a mapping's key or a list's
        index), or of the value under ``key`` when ``at_value``. (0, 0) for an object that
        is not in this document."""
        starts = self.starts
        asked = {id(obj) for obj, key, _ in requests if key is not None or id(obj) not in starts}
        found = self._walk(asked) if asked else {}
        out: list[Position] = []
        for obj, key, at_value in requests:
            entry = found.get(id(obj))
            if entry is None:
                packed = starts.get(id(obj))
                out.append((packed >> _COL_BITS, packed & _COL_MASK) if packed else (0, 0))
                continue
            start, inner = entry
            pair = inner.get(key) if key is not None else None
            out.append(start if pair is None else pair[1] if at_value else pair[0])
        return out

    def _source_text(self) -> str | bytes | None:
        if self.text is not None:
            return self.text
        if self.file is None:
            return None
        try:
            raw = self.file.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(raw).hexdigest() != self.sha256:
            return None  # changed since it was loaded: its positions would be wrong
        return raw

    def _walk(self, asked: set[int]) -> dict[int, _Found]:
        """Read the text again beside ``data``: for each container whose id is in
        ``asked``, its start and the (key, value) positions of its entries."""
        text = self._source_text()
        if text is None:
            return {}
        try:
            return _find_positions(text, self.data, asked, self.line_offset)
        except yaml.YAMLError:  # pragma: no cover - the same text parsed before
            return {}


_COL_MASK = (1 << _COL_BITS) - 1
_NOKEY: Any = object()  # in a mapping, the next node is a key
_SKIPVALUE: Any = object()  # the next node is the value of a refused key: not built


# Characters after which a node's anchor (&a), alias (*a) or tag (!t) can start: the
# start of the text, whitespace, '[', '{', ',' and ':' (the last only in flow style).
# An anchor's or alias's name follows its sigil at once: '&' or '*' before whitespace,
# a flow indicator or the end ("Q & A") starts neither.
_BEFORE_PROPERTY = frozenset("[{,:\ufeff")
_NOT_A_NAME = frozenset(",[]{}")
# The same in UTF-8 bytes: any byte of a character outside ASCII before a sigil counts as
# a start (a line break such as U+2028, or the byte-order mark), which is never wrong.
_BEFORE_PROPERTY_BYTES = frozenset(b"[{,: \t\r\n\x0b\x0c") | frozenset(range(0x80, 0x100))
_NOT_A_NAME_BYTES = frozenset(b",[]{} \t\r\n\x0b\x0c")


def _may_hold_properties(text: str | bytes) -> bool:
    """Whether ``text`` (or its UTF-8 bytes) may hold an anchor, alias or tag (never
    False when it does).

    A few ``find`` calls: far cheaper than a regular expression over a large ledger.
    """
    if isinstance(text, bytes):
        return _bytes_may_hold_properties(text)
    end = len(text) - 1
    for sigil in "&*!":
        i = text.find(sigil)
        while i >= 0:
            before = text[i - 1] if i else " "
            starts_node = before.isspace() or before in _BEFORE_PROPERTY
            if starts_node and (sigil == "!" or _names_at(text, i + 1, end)):
                return True
            i = text.find(sigil, i + 1)
    return False


def _names_at(text: str, i: int, end: int) -> bool:
    """Whether an anchor's or alias's name can start at ``text[i]``."""
    return i <= end and not text[i].isspace() and text[i] not in _NOT_A_NAME


def _bytes_may_hold_properties(text: bytes) -> bool:
    end = len(text) - 1
    for sigil in b"&*!":
        i = text.find(sigil)
        while i >= 0:
            if (not i or text[i - 1] in _BEFORE_PROPERTY_BYTES) and (
                sigil == 0x21 or (i < end and text[i + 1] not in _NOT_A_NAME_BYTES)
            ):
                return True
            i = text.find(sigil, i + 1)
    return False


def parse_yaml(text: str | bytes, path: str, line_offset: int = 0) -> Document:
    """Parse ``text``; problems (syntax, duplicate keys, anchors, tags) go in the document.

    ``text`` may be UTF-8 bytes (valid: the caller decoded them once), which the parser
    reads in place: a large file is then in memory once, not three times (its bytes, a
    decoded copy, and the parser's UTF-8 copy of that).

    A text with anchors or aliases is refused from the parser's events, before any value
    is built: its ``data`` stays None, so an alias bomb costs one pass over its text.
    """
    doc = Document(path=path, line_offset=line_offset, text=text)
    counts: dict[str, int] = {}
    try:
        properties = _may_hold_properties(text)
        if properties and _refuse_anchors(text, doc, counts):
            return doc
        doc.data = _Builder(doc, counts, check_tags=properties).run(text)
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (0, 0)
        what = exc.problem or exc.context or "invalid YAML"
        context_mark: Any = exc.context_mark
        if exc.problem and exc.context and context_mark is not None:
            what += f" ({exc.context} started at line {context_mark.line + 1 + line_offset})"
        doc.problems[:] = [
            Problem("yaml-syntax", path, line, col, what, "fix the YAML syntax at this place")
        ]
        doc.data = None
        doc.starts.clear()
        doc.offsets.clear()
        return doc
    except yaml.YAMLError as exc:
        doc.problems[:] = [Problem("yaml-syntax", path, 1, 1, str(exc).splitlines()[0])]
        doc.data = None
        doc.starts.clear()
        doc.offsets.clear()
        return doc
    _summarise(doc, counts)
    return doc


def kept_containers(value: Any, depth: int = 0) -> Iterator[Any]:
    """The containers of ``value`` whose start a document keeps (``KEPT_DEPTH``), in the
    order of a walk: the root, each section, each record."""
    cls = value.__class__
    if cls is not dict and cls is not list:
        return
    yield value
    if depth < KEPT_DEPTH:
        for child in value.values() if cls is dict else value:
            yield from kept_containers(child, depth + 1)


def frozen(doc: Document) -> tuple[Any, list[int]] | None:
    """What ``thawed`` needs to give ``doc`` back without its text: its value and the
    starts it keeps, in the order of ``kept_containers`` (-1 where none is kept); None for
    a document with a problem or no value (those are parsed every time)."""
    if doc.problems or doc.data is None or doc.line_offset:
        return None
    starts = doc.starts
    return doc.data, [starts.get(id(c), -1) for c in kept_containers(doc.data)]


def thawed(data: Any, marks: list[int], path: str) -> Document:
    """The document ``frozen`` took apart, named ``path``; ValueError when ``marks`` do
    not fit ``data``."""
    doc = Document(path=path, data=data)
    starts = doc.starts
    containers = list(kept_containers(data))
    if len(containers) != len(marks):
        raise ValueError("the kept starts do not fit the value")
    for container, mark in zip(containers, marks, strict=True):
        if mark >= 0:
            starts[id(container)] = mark
    return doc


def _refuse_anchors(text: str | bytes, doc: Document, counts: dict[str, int]) -> bool:
    """Report every anchor and alias from the parser's events; True if there were any.

    Events are read one at a time and dropped, so memory stays constant. A syntax error
    ends the scan (raised to ``parse_yaml``, which reports it) unless anchors were found.
    """
    parser = _BaseParser(text)
    found = False
    try:
        while True:
            event = parser.get_event()
            cls = event.__class__
            if cls is yaml.StreamEndEvent:
                break
            anchor = getattr(event, "anchor", None)
            if anchor is None:
                continue
            found = True
            kind, sigil = ("alias", "*") if cls is yaml.AliasEvent else ("anchor", "&")
            _report(
                doc,
                counts,
                "yaml-anchor",
                event.start_mark,
                f"{kind} {sigil}{_clip(anchor)} is not allowed",
                "write the value out in full where it is used",
            )
    except yaml.YAMLError:
        if not found:
            raise
    _summarise(doc, counts)
    return found


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _report(
    doc: Document, counts: dict[str, int], code: str, mark: Any, message: str, hint: str
) -> None:
    seen = counts[code] = counts.get(code, 0) + 1
    if seen <= MAX_REPORTED:
        line, col = mark.line + 1 + doc.line_offset, mark.column + 1
        doc.problems.append(Problem(code, doc.path, line, col, message, hint))


def _summarise(doc: Document, counts: dict[str, int]) -> None:
    """One problem for all those beyond ``MAX_REPORTED`` of each code."""
    for code, seen in counts.items():
        if seen > MAX_REPORTED:
            first = next(p for p in doc.problems if p.code == code)
            doc.problems.append(
                Problem(
                    code,
                    doc.path,
                    first.line,
                    first.column,
                    f"{seen - MAX_REPORTED} more like this in the file (only the first "
                    f"{MAX_REPORTED} are listed)",
                    first.hint,
                )
            )
            counts[code] = MAX_REPORTED  # summarised once


def _scalar(value: str, style: str | None) -> Any:
    """A scalar's value: quoted and block scalars stay text; plain ones may be null, a
    boolean or a number."""
    if style:
        return value
    if value in _PLAIN_CONSTANTS:
        return _PLAIN_CONSTANTS[value]
    first = value[0]
    if first.isdigit() or first in "+-.":
        if _INT.match(value):
            return int(value)
        if _FLOAT.match(value):
            return float(value)
    return value


_Scalar = yaml.ScalarEvent
_MapStart = yaml.MappingStartEvent
_ListStart = yaml.SequenceStartEvent
_MapEnd = yaml.MappingEndEvent
_ListEnd = yaml.SequenceEndEvent
_DocStart = yaml.DocumentStartEvent
_StreamEnd = yaml.StreamEndEvent
_Alias = yaml.AliasEvent
_MAP, _LIST, _TOP = 1, 2, 0


def _light_scalar(
    anchor: Any,
    tag: str | None,
    implicit: Any,
    value: str,
    start_mark: Any = None,
    end_mark: Any = None,
    style: str | None = None,
) -> tuple[str, str | None, Any, str | None]:
    """A scalar event as the builder reads it: a tuple (value, style, start mark, tag)."""
    return (value, style, start_mark, tag)


def _light_start(is_map: bool) -> Any:
    def start(
        anchor: Any,
        tag: str | None,
        implicit: Any,
        start_mark: Any,
        end_mark: Any = None,
        flow_style: Any = None,
    ) -> list[Any]:
        """The start of a mapping or list as the builder reads it: a list (whether it
        is a mapping, start mark, tag)."""
        return [is_map, start_mark, tag]

    return start


def _light_end(start_mark: Any = None, end_mark: Any = None) -> None:
    """The end of a mapping or list as the builder reads it: None."""
    return None


# The parser makes each event by calling the event class of its module; PyYAML's classes
# store their attributes in a Python ``__init__``, which costs about a third of reading an
# event. ``_Builder.run`` puts these functions in their place while it reads, and the
# classes back after: a scalar comes as a tuple, the start of a mapping or a list as a
# list, and an end as None (an anchor or an alias was refused before building, so none
# is kept). Parsing a claims file of the generated ledger takes 17% fewer instructions.
_LIGHT: dict[str, Any] = {
    "ScalarEvent": _light_scalar,
    "MappingStartEvent": _light_start(True),
    "SequenceStartEvent": _light_start(False),
    "MappingEndEvent": _light_end,
    "SequenceEndEvent": _light_end,
}
_EVENT_CLASSES: dict[str, type] = {name: getattr(yaml.events, name) for name in _LIGHT}

_BUILT_FROM: dict[type, type] = {dict: _MapStart, list: _ListStart}


def _another_document(root_mark: Any, event: Any) -> yaml.MarkedYAMLError:
    """The error PyYAML raises for a second document (``get_single_node``)."""
    from yaml.composer import ComposerError

    return ComposerError(
        "expected a single document in the stream",
        root_mark,
        "but found another document",
        event.start_mark,
    )


class _Builder:
    """Builds a document's values from the parser's events, with no node tree.

    Refused nodes (a nested structure past ``MAX_DEPTH``, a key that is not a scalar,
    and that key's value) are reported and skipped without being built.
    """

    def __init__(self, doc: Document, counts: dict[str, int], *, check_tags: bool) -> None:
        self.doc = doc
        self.counts = counts
        self.check_tags = check_tags  # False when the text holds no '!' that could tag

    def _problem(self, code: str, mark: Any, message: str, hint: str) -> None:
        _report(self.doc, self.counts, code, mark, message, hint)

    def _tag(self, tag: str | None, mark: Any) -> None:
        if tag and tag != "!":  # '!' alone (non-specific) only says "not plain"
            self._problem(
                "yaml-tag",
                mark,
                f"tag {_clip(tag)} is not allowed",
                "remove the tag; quote the value if it must stay a string",
            )

    def run(self, text: str | bytes) -> Any:
        """The document's value, read from light events (``_LIGHT``)."""
        for name, light in _LIGHT.items():
            setattr(_EVENTS, name, light)
        try:
            return self._run(text)
        finally:
            for name, event_class in _EVENT_CLASSES.items():
                setattr(_EVENTS, name, event_class)

    def _run(self, text: str | bytes) -> Any:
        """One flat loop over every event, for speed."""
        get = _BaseParser(text).get_event
        starts = self.doc.starts
        offsets = self.doc.offsets
        check_tags = self.check_tags
        line_offset = self.doc.line_offset
        intern = sys.intern
        shared: dict[str, str] = {}
        constants = _PLAIN_CONSTANTS
        numeric = _NUMERIC_START
        stack: list[tuple[Any, int]] = []
        cur: Any = None
        kind = _TOP
        key: Any = _NOKEY
        depth = 0  # containers open above the next node
        skip = 0  # depth inside a refused subtree
        root: Any = None
        root_mark: Any = None
        documents = 0
        while True:
            event = get()
            cls = event.__class__
            if cls is tuple:  # a scalar (_light_scalar)
                if skip:
                    continue
                value, style, mark, tag = event
                if kind == _MAP and key is _NOKEY:
                    key = intern(value)
                    if key in cur:
                        if depth <= KEPT_DEPTH:  # the value it replaces keeps no place
                            _forget(starts, cur[key], depth)
                            _forget(offsets, cur[key], depth)
                        self._problem(
                            "yaml-duplicate-key",
                            mark,
                            f"duplicate key '{_clip(key)}'",
                            "keep one of the two; YAML would silently keep the last",
                        )
                    continue
                if key is _SKIPVALUE:
                    key = _NOKEY
                    continue
                if check_tags:
                    self._tag(tag, mark)
                if not style:  # plain: maybe null, a boolean or a number (_scalar)
                    if value in constants:
                        value = constants[value]
                    elif value[0] in numeric and (_INT.match(value) or _FLOAT.match(value)):
                        value = _scalar(value, None)
                    elif len(value) <= SHARE_LENGTH:
                        value = shared.setdefault(value, value)
                if kind == _MAP:
                    cur[key] = value
                    key = _NOKEY
                elif kind == _LIST:
                    cur.append(value)
                else:
                    root, root_mark = value, mark
            elif event is None:  # the end of a mapping or a list (_light_end)
                if skip:
                    skip -= 1
                    continue
                cur, kind = stack.pop()
                depth -= 1
            elif cls is list:  # the start of a mapping or a list (_light_start)
                if skip:
                    skip += 1
                    continue
                is_map, mark, tag = event
                if kind == _MAP and key is _NOKEY:
                    self._problem(
                        "wrong-type",
                        mark,
                        "a mapping key must be a plain string",
                        "write the key as a word",
                    )
                    key, skip = _SKIPVALUE, 1  # skip the key, then its value
                    continue
                if kind == _MAP and key is _SKIPVALUE:
                    key, skip = _NOKEY, 1
                    continue
                if check_tags:
                    self._tag(tag, mark)
                new: Any
                if depth >= MAX_DEPTH:
                    self._problem(
                        "yaml-too-deep",
                        mark,
                        f"lists and mappings nested more than {MAX_DEPTH} levels deep",
                        "the ledger format nests a few levels: flatten this value",
                    )
                    new, skip = None, 1
                else:
                    new = {} if is_map else []
                    if depth <= KEPT_DEPTH:
                        starts[id(new)] = (mark.line + 1 + line_offset) << _COL_BITS | (
                            mark.column + 1
                        )
                        if depth == KEPT_DEPTH:
                            offsets[id(new)] = mark.index
                if kind == _MAP:
                    cur[key] = new
                    key = _NOKEY
                elif kind == _LIST:
                    cur.append(new)
                else:
                    root, root_mark = new, mark
                if new is not None:
                    stack.append((cur, kind))
                    cur, kind = new, _MAP if is_map else _LIST
                    depth += 1
            elif cls is _Alias:  # pragma: no cover - refused before building
                if skip:
                    continue
                self._problem(
                    "yaml-anchor",
                    event.start_mark,
                    "an alias is not allowed",
                    "write the value out in full where it is used",
                )
                if kind == _MAP:
                    if key is _NOKEY:
                        key = _SKIPVALUE
                        continue
                    if key is not _SKIPVALUE:
                        cur[key] = None
                    key = _NOKEY
                elif kind == _LIST:
                    cur.append(None)
            elif cls is _DocStart:
                documents += 1
                if documents > 1:
                    raise _another_document(root_mark, event)
            elif cls is _StreamEnd:
                return root


def _forget(starts: dict[int, int], value: Any, depth: int) -> None:
    """Drop the kept starts of ``value`` (at ``depth``) and of what it holds: its ids may
    be reused by other values once it is replaced."""
    if depth > KEPT_DEPTH or value.__class__ not in (dict, list):
        return
    starts.pop(id(value), None)
    for item in value.values() if value.__class__ is dict else value:
        _forget(starts, item, depth + 1)


def _find_positions(
    text: str | bytes, data: Any, asked: set[int], line_offset: int
) -> dict[int, _Found]:
    """Read ``text`` again beside ``data`` (the values built from it), and return, for
    each container whose id is in ``asked``, its start and the positions of its keys and
    values (or list items).

    The n-th item of a list is the n-th item read; a mapping's value is the one under the
    same key, and when a key repeats, the last one is kept, as it was when built. Refused
    subtrees match nothing.
    """
    found: dict[int, _Found] = {}
    get = _BaseParser(text).get_event
    # (values of the container, its kind, its entries' positions when asked, the pending
    # key, the key's position, the next list index)
    stack: list[tuple[Any, int, Any, Any, Position, int]] = []
    cur: Any = None
    kind = _TOP
    entries: dict[Key, tuple[Position, Position]] | None = None
    key: Any = _NOKEY
    key_at: Position = (0, 0)
    index = 0
    depth = 0
    while True:
        event = get()
        cls = event.__class__
        if cls is _StreamEnd:
            return found
        if cls is _MapEnd or cls is _ListEnd:
            cur, kind, entries, key, key_at, index = stack.pop()
            depth -= 1
            continue
        if cls is not _Scalar and cls is not _MapStart and cls is not _ListStart:
            continue
        mark = event.start_mark
        at = (mark.line + 1 + line_offset, mark.column + 1)
        if kind == _MAP and key is _NOKEY:
            if cls is _Scalar:
                key, key_at = event.value, at
                continue
            value: Any = None  # a refused key: its subtree and its value match nothing
            after_key: Any = _SKIPVALUE
        elif kind == _MAP:
            after_key, value = _NOKEY, None
            if key is not _SKIPVALUE:
                if entries is not None:
                    entries[key] = (key_at, at)
                value = cur.get(key) if cur.__class__ is dict else None
        elif kind == _LIST:
            if entries is not None:
                entries[index] = (at, at)
            value = cur[index] if cur.__class__ is list and index < len(cur) else None
            index += 1
            after_key = _NOKEY
        else:
            value, after_key = data, _NOKEY
        if cls is _Scalar:
            key = after_key
            continue
        built = _BUILT_FROM.get(value.__class__)
        if cls is not built or depth >= MAX_DEPTH:
            value = None
        child_entries: dict[Key, tuple[Position, Position]] | None = None
        if value is not None and id(value) in asked:
            child_entries = {}
            found[id(value)] = (at, child_entries)  # a repeated key: the last one wins
        stack.append((cur, kind, entries, after_key, key_at, index))
        cur, kind, entries, key, key_at, index = (
            value,
            _MAP if cls is _MapStart else _LIST,
            child_entries,
            _NOKEY,
            (0, 0),
            0,
        )
        depth += 1


def node_value(node: Node) -> Any:
    """The value of a composed node (``_Composer``) as loading builds it from the same
    text. Used to check edits; refusals are not reported here."""
    if node.__class__ is ScalarNode:
        return _scalar(node.value, node.style)
    if isinstance(node, MappingNode):
        return {k.value: node_value(v) for k, v in node.value if k.__class__ is ScalarNode}
    return [node_value(item) for item in node.value]


def read_text(path: Path) -> str:
    """Read a UTF-8 text file; raises OSError or UnicodeDecodeError."""
    return path.read_text(encoding="utf-8")
