"""Reading YAML with positions, refusing what hides data.

The C parser (libyaml) composes a node tree with line and column marks; we build plain
Python values from it ourselves. That is as fast as PyYAML's own ``CSafeLoader`` (whose
constructor is pure Python) and lets us report duplicate keys, anchors and tags with
their position. Scalars stay strings unless plain ``null``/``true``/``false``/numbers:
dates are kept as written (``2023``, ``2023-09``) because the ledger has partial dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rnkclaims.problems import Problem

try:  # libyaml's C parser when PyYAML was built with it
    from yaml._yaml import CParser as _CParser

    _BaseParser: Any = _CParser
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
    WITH_LIBYAML = False


class _Composer(_BaseParser):  # type: ignore[misc]
    """Composes nodes without PyYAML's implicit typing (we type scalars ourselves)."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return ""

    def descend_resolver(self, *args: object) -> None:
        return None

    def ascend_resolver(self, *args: object) -> None:
        return None


_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_PLAIN_CONSTANTS: dict[str, object] = {
    "": None, "~": None, "null": None, "Null": None, "NULL": None,
    "true": True, "True": True, "TRUE": True,
    "false": False, "False": False, "FALSE": False,
}  # fmt: skip


@dataclass(slots=True)
class Document:
    """One parsed YAML text: its data, and the node behind every mapping and list."""

    path: str
    data: Any = None
    nodes: dict[int, Node] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    line_offset: int = 0
    key_index: dict[int, dict[Any, tuple[Node, Node]]] = field(default_factory=dict, repr=False)

    def where(self, obj: object, key: str | int | None = None) -> tuple[int, int]:
        """1-based line and column of ``obj`` (a mapping or list), or of its ``key``/index."""
        node = self.nodes.get(id(obj))
        if node is None:
            return (0, 0)
        mark = node.start_mark
        if key is not None:
            if isinstance(node, MappingNode):
                pair = self._pair(node, key)
                if pair is not None:
                    mark = pair[0].start_mark
            elif isinstance(node, SequenceNode) and isinstance(key, int) and key < len(node.value):
                mark = node.value[key].start_mark
        return (mark.line + 1 + self.line_offset, mark.column + 1)

    def where_value(self, obj: object, key: str) -> tuple[int, int]:
        """Position of the value under ``key`` (where a wrong value is)."""
        node = self.nodes.get(id(obj))
        if isinstance(node, MappingNode):
            pair = self._pair(node, key)
            if pair is not None:
                m = pair[1].start_mark
                return (m.line + 1 + self.line_offset, m.column + 1)
        return self.where(obj, key)

    def _pair(self, node: MappingNode, key: object) -> tuple[Node, Node] | None:
        """The last key and value nodes of ``key`` in ``node`` (the value YAML keeps).

        A long mapping is indexed once, so that each of its problems is placed in constant
        time rather than by a scan of all its keys.
        """
        pairs = node.value
        if len(pairs) <= _SCAN:
            for knode, vnode in reversed(pairs):
                if knode.value == key:
                    return knode, vnode
            return None
        index = self.key_index.get(id(node))
        if index is None:
            index = self.key_index[id(node)] = {
                k.value: (k, v) for k, v in pairs if k.__class__ is ScalarNode
            }
        return index.get(key)


_SCAN = 32  # mappings up to this many keys are searched, longer ones indexed


# Limits that keep a hostile file from costing more than its size: nesting beyond
# MAX_DEPTH is not built, and each YAML-level problem is reported at most
# MAX_REPORTED times per file, then counted.
MAX_DEPTH = 32
MAX_REPORTED = 20

# Characters after which a node's anchor (&a), alias (*a) or tag (!t) can start: the
# start of the text, whitespace, '[', '{', ',' and ':' (the last only in flow style).
# An anchor's or alias's name follows its sigil at once: '&' or '*' before whitespace,
# a flow indicator or the end ("Q & A") starts neither.
_BEFORE_PROPERTY = frozenset("[{,:\ufeff")
_NOT_A_NAME = frozenset(",[]{}")


def _may_hold_properties(text: str) -> bool:
    """Whether ``text`` may hold an anchor, alias or tag (never False when it does).

    A few ``str.find`` calls: far cheaper than a regular expression over a large ledger.
    """
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


def parse_yaml(text: str, path: str, line_offset: int = 0) -> Document:
    """Parse ``text``; problems (syntax, duplicate keys, anchors, tags) go in the document.

    A text with anchors or aliases is refused from the parser's events, before any node
    is composed: its ``data`` stays None, so an alias bomb costs one pass over its text.
    """
    doc = Document(path=path, line_offset=line_offset)
    counts: dict[str, int] = {}
    try:
        if _may_hold_properties(text) and _refuse_anchors(text, doc, counts):
            return doc
        node = _Composer(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (0, 0)
        what = exc.problem or exc.context or "invalid YAML"
        context_mark: Any = exc.context_mark
        if exc.problem and exc.context and context_mark is not None:
            what += f" ({exc.context} started at line {context_mark.line + 1 + line_offset})"
        doc.problems.append(
            Problem("yaml-syntax", path, line, col, what, "fix the YAML syntax at this place")
        )
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(Problem("yaml-syntax", path, 1, 1, str(exc).splitlines()[0]))
        return doc
    if node is None:
        return doc
    doc.data = _Builder(doc, counts).build(node, 0)
    _summarise(doc, counts)
    return doc


def _refuse_anchors(text: str, doc: Document, counts: dict[str, int]) -> bool:
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


class _Builder:
    def __init__(self, doc: Document, counts: dict[str, int]) -> None:
        self.doc = doc
        self.nodes = doc.nodes
        self.counts = counts
        self.built: set[int] = set()  # containers built: an alias would come back to one

    def _problem(self, code: str, node: Node, message: str, hint: str) -> None:
        _report(self.doc, self.counts, code, node.start_mark, message, hint)

    def build(self, node: Any, depth: int) -> Any:
        if node.tag:
            self._problem(
                "yaml-tag",
                node,
                f"tag {_clip(node.tag)} is not allowed",
                "remove the tag; quote the value if it must stay a string",
            )
        cls = node.__class__
        if cls is ScalarNode:
            value = node.value
            if node.style:
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
        if depth >= MAX_DEPTH:
            self._problem(
                "yaml-too-deep",
                node,
                f"lists and mappings nested more than {MAX_DEPTH} levels deep",
                "the ledger format nests a few levels: flatten this value",
            )
            return None
        if id(node) in self.built:  # the same node twice: an alias the scan did not see
            self._problem(
                "yaml-anchor",
                node,
                "an alias is not allowed",
                "write the value out in full where it is used",
            )
            return None
        self.built.add(id(node))
        depth += 1
        if cls is MappingNode:
            result: dict[Any, Any] = {}
            for knode, vnode in node.value:
                if knode.__class__ is not ScalarNode:
                    self._problem(
                        "wrong-type",
                        knode,
                        "a mapping key must be a plain string",
                        "write the key as a word",
                    )
                    continue
                key = knode.value
                if key in result:
                    self._problem(
                        "yaml-duplicate-key",
                        knode,
                        f"duplicate key '{_clip(key)}'",
                        "keep one of the two; YAML would silently keep the last",
                    )
                result[key] = self.build(vnode, depth)
            self.nodes[id(result)] = node
            return result
        items = [self.build(item, depth) for item in node.value]
        self.nodes[id(items)] = node
        return items


def read_text(path: Path) -> str:
    """Read a UTF-8 text file; raises OSError or UnicodeDecodeError."""
    return path.read_text(encoding="utf-8")
