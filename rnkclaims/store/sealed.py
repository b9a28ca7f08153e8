"""Files a cache keeps: values in ``marshal``'s format behind a header line, and the
parsed documents of the files of records (``ParsedRecords``).

``marshal`` writes five times quicker and reads three times quicker than JSON, but
trusts the sizes it reads: only bytes whose CRC-32 matches the header's, as written, are
given to it. A file cut short, damaged, of another format or another ``marshal`` version
is refused (ValueError), and its cache ignored.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rnkclaims.ledger.yamlread import Document


def seal(data: Any, magic: bytes, version: int) -> bytes:
    """``data`` as a file's bytes: a header (``magic``, the layout's ``version``,
    ``marshal``'s version, the CRC-32 of the rest), then ``marshal.dumps(data)``; raises
    ValueError for a value ``marshal`` cannot write."""
    payload = marshal.dumps(data, 4)
    head = b"%s %d %d %08x\n" % (magic, version, marshal.version, zlib.crc32(payload))
    return head + payload


def unseal(blob: bytes, magic: bytes, version: int) -> Any:
    """What ``seal`` wrote with ``magic`` and ``version``; ValueError for any other bytes."""
    head, newline, payload = blob.partition(b"\n")
    fields = head.split(b" ")
    if not newline or b" ".join(fields[:-3]) != magic:
        raise ValueError("not this kind of file")
    layout, marshalled, crc = fields[-3:]
    if layout != b"%d" % version or marshalled != b"%d" % marshal.version:
        raise ValueError("another layout")
    if crc != b"%08x" % zlib.crc32(payload):
        raise ValueError("a damaged file")
    return marshal.loads(payload)


_DOCUMENT = b"rnkclaims parsed document"
_DOCUMENT_LAYOUT = 1


class ParsedRecords:
    """The parsed documents of files of records (``loading.ParsedDocuments``), one file
    each in ``folder`` named by the YAML file's sha256 and the code's fingerprint
    (``<sha256>-<code>.doc``): the main file and the files of actors, outlets, topics or
    propositions are read at every validation after an edit, and a 640 KB file of 4,000
    records is read from here in 6 ms against its 98 ms parse. Only a document without problems
    and without claims is kept (``yamlread.frozen``): keeping a file that holds claims
    would cost a full validation the memory of writing them out again (a one-file
    ledger of 100k claims: 100 MB more at its peak), and a one-file ledger's main file
    changes with every edit of a claim anyway. ``keys``: the files (as strings) that may be kept,
    None for all; ``reading``: False to keep documents without giving any (a run that
    must parse everything). Best effort: a file that cannot be read or written is
    parsed."""

    def __init__(
        self, folder: Path, code: str, keys: set[str] | None = None, reading: bool = True
    ) -> None:
        self.folder, self.code, self.keys, self.reading = folder, code, keys, reading
        self.shas: set[str] = set()  # of the files given or kept this run
        self.offered = False  # a file of records was parsed: its last content may be kept

    def _file(self, sha: str) -> Path:
        return self.folder / f"{sha}-{self.code}.doc"

    def get(self, path: Path, sha: str, display: str) -> Document | None:
        if not self.reading or (self.keys is not None and str(path) not in self.keys):
            return None
        from rnkclaims.ledger.yamlread import thawed

        try:
            data, marks = unseal(self._file(sha).read_bytes(), _DOCUMENT, _DOCUMENT_LAYOUT)
            doc = thawed(data, marks, display)
        except (OSError, ValueError, TypeError, EOFError):
            return None
        self.shas.add(sha)
        return doc

    def put(self, path: Path, sha: str, doc: Document) -> None:
        if self.keys is not None and str(path) not in self.keys:
            return
        from rnkclaims.edit_io import replacing
        from rnkclaims.ledger.yamlread import frozen

        self.offered = True
        data = doc.data
        if isinstance(data, dict) and data.get("claims"):
            return  # a file of claims too: kept, it would cost the memory of its claims
        kept = frozen(doc)
        if kept is None:
            return
        self.shas.add(sha)
        target = self._file(sha)
        with contextlib.suppress(Exception):  # best effort
            blob = seal(kept, _DOCUMENT, _DOCUMENT_LAYOUT)
            self.folder.mkdir(parents=True, exist_ok=True)
            # not flushed to the disk: a file cut short fails its CRC-32 and is parsed
            with replacing(target, durable=False) as tmp, open(tmp, "wb") as fh:
                fh.write(blob)

    def tidy(self) -> None:
        """Remove the documents of contents not given or kept this run, once a file of
        records was parsed (they seldom change: most runs list nothing)."""
        if not self.offered:
            return
        from rnkclaims.edit_io import clean_stale

        end = f"-{self.code}.doc"
        with contextlib.suppress(OSError):
            clean_stale(self.folder)  # writes cut short
            for path in self.folder.iterdir():
                name = path.name
                if name.endswith(".doc") and name.removesuffix(end) not in self.shas:
                    with contextlib.suppress(OSError):
                        path.unlink()  # another content, or another code's
