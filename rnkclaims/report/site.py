"""``rnkclaims report``: a static website of the ledger, built from its database.

``render(data)`` is pure: it yields every file of the site, its path relative to the
site's root and its bytes, one at a time; the same data always gives the same bytes (no
clock, no randomness, every list in a fixed order). ``write(files, out)`` puts them in a
folder.

Every link is relative and nothing is fetched when a page is viewed, so the site works
from ``file://`` and from any static host. Everything that comes from the ledger is
escaped by Jinja2's autoescaping; control characters are dropped; only ``http`` and
``https`` URLs become links.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import markupsafe

from rnkclaims import spans
from rnkclaims.errors import RnkError, UsageError
from rnkclaims.report import charts
from rnkclaims.report.data import Record, SiteData
from rnkclaims.textnorm import normalise

CLAIMS_PER_PAGE = 500
"""Claims listed on one page of ``claims/``; a large ledger gets several pages."""

MANIFEST = ".rnkclaims-report"
"""Lists the files of a report, so that a rebuild replaces exactly those."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SAFE_NAME = re.compile(r"[a-z0-9](?:[a-z0-9_-]|\.(?!\.)){0,79}")


def clean(value: Any) -> Any:
    """Drop control characters (other than tab and newline) from text."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return _CONTROL.sub("", value)
    return value


def page_name(entity_id: str) -> str:
    """A file name for an entity's page: the id itself when it is a plain lower-case id,
    else a readable slug and a hash of the id (ids of sources are file names)."""
    if _SAFE_NAME.fullmatch(entity_id) and not entity_id.endswith("."):
        return entity_id
    ascii_text = unicodedata.normalize("NFKD", entity_id).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:50] or "page"
    return f"{slug}-{hashlib.sha256(entity_id.encode()).hexdigest()[:10]}"


def external_url(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) URL, else ``None`` (never a link)."""
    if not isinstance(value, str):
        return None
    url = _CONTROL.sub("", value).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ch in "<>\"'`" for ch in url):
        return None
    return url


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a source's text, with the claims whose excerpt covers it."""

    text: str
    claims: tuple[str, ...]
    starts: tuple[tuple[str, int], ...]
    """``(claim id, number)`` of the excerpts that begin here."""


def segments(text: str, excerpts: Iterable[tuple[str, str]]) -> tuple[list[Segment], list[str]]:
    """Cut ``text`` at the start and end of each ``(claim id, excerpt)`` found in it;
    also return the ids of claims whose excerpt was not found. An excerpt with an
    ellipsis is found part by part."""
    found: list[tuple[int, int, str]] = []
    missing: list[str] = []
    # the text normalised once, as spans.locate normalises it for each snippet
    haystack, where = spans._normalised_with_map(text)
    for cid, excerpt in excerpts:
        located: list[tuple[int, int]] = []
        for part in spans.excerpt_parts(excerpt):
            needle = normalise(part)
            at = haystack.find(needle) if needle else -1
            if at >= 0:
                located.append((where[at], where[at + len(needle) - 1] + 1))
        if not located:
            missing.append(cid)
        found.extend((a, b, cid) for a, b in located)
    found.sort()
    numbers: dict[str, int] = {}
    first: dict[str, int] = {}
    for a, _, cid in found:
        numbers.setdefault(cid, len(numbers) + 1)
        first.setdefault(cid, a)
    cuts = sorted({0, len(text)} | {a for a, _, _ in found} | {b for _, b, _ in found})
    out: list[Segment] = []
    for lo, hi in itertools.pairwise(cuts):
        covering = tuple(dict.fromkeys(cid for a, b, cid in found if a <= lo and hi <= b))
        starts = tuple(dict.fromkeys((cid, numbers[cid]) for a, _, cid in found
                                     if a == lo and first[cid] == lo))  # fmt: skip
        out.append(Segment(text[lo:hi], covering, starts))
    return out, missing


class Site:
    """Paths of pages and the Jinja2 environment that renders them."""

    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.paths: dict[tuple[str, str], str] = {}
        for kind, records in (
            ("claims", data.claims),
            ("actors", data.actors),
            ("outlets", data.outlets),
            ("propositions", data.propositions),
            ("sources", data.sources),
        ):
            for rec in records:
                self.paths[(kind, rec["id"])] = f"{kind}/{page_name(rec['id'])}.html"
        for number, _ in enumerate(data.contradictions, 1):
            self.paths[("contradictions", str(number))] = f"contradictions/{number}.html"
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("rnkclaims.report", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=clean,
        )
        self.env.filters["url"] = external_url
        self.env.filters["when"] = when
        self.env.globals["page"] = self.page
        self.env.globals["statement"] = {p["id"]: p["text"] for p in data.propositions}
        self.env.globals["name_of"] = {
            **{o["id"]: o["name"] for o in data.outlets},
            **{a["id"]: a["name"] for a in data.actors},
        }
        self.env.globals["who"] = self.who

    def page(self, kind: str, entity_id: str | None) -> str | None:
        """The path of an entity's page from the site's root, or ``None``."""
        if entity_id is None:
            return None
        return self.paths.get((kind, entity_id))

    def who(self, entity_id: str | None) -> str | None:
        """The page of a speaker, voice or relay: an actor's or an outlet's."""
        return self.page("actors", entity_id) or self.page("outlets", entity_id)

    def render(self, template: str, path: str, **context: Any) -> tuple[str, bytes]:
        root = "../" * path.count("/")
        html = self.env.get_template(template).render(root=root, path=path, **context)
        return path, html.encode("utf-8")


def when(rec: Mapping[str, Any]) -> str:
    """A claim's date as a person reads it: the date and its precision, or how it is
    known to be undated."""
    if rec.get("said"):
        text = f"{rec['said']}"
        if rec.get("said_precision") and rec["said_precision"] != "day":
            text += f" (to the {rec['said_precision']})"
        if rec.get("said_expression"):
            text += f", “{rec['said_expression']}”"
        return text
    published = rec.get("published")
    return f"undated (before {published})" if published else "undated"


def _search_index(site: Site) -> list[list[str]]:
    data = site.data
    entries: list[list[str]] = []

    def add(kind: str, entity_id: str, title: str, sub: str, *text: Any) -> None:
        path = site.paths[(kind, entity_id)]
        body = " ".join(str(t) for t in text if t)
        entries.append([kind.rstrip("s"), path, clean(title), clean(sub), clean(body)])

    for c in data.claims:
        add(
            "claims", c["id"], f"{c['speaker']} {c['act']}", when(c), c["quote"], c["excerpt"],
            c["id"], c["voice"], " ".join(b["proposition"] for b in c["propositions"]),
            " ".join(c["topics"]), c["outlet"],
        )  # fmt: skip
    for a in data.actors:
        add("actors", a["id"], a["name"], a["kind"], a["id"], " ".join(a["aliases"]))
    for o in data.outlets:
        add("outlets", o["id"], o["name"], o["kind"], o["id"])
    for p in data.propositions:
        add("propositions", p["id"], p["text"], "proposition", p["id"], " ".join(p["topics"]))
    for s in data.sources:
        add("sources", s["id"], s["title"], f"{s['outlet']}, {s['published']}", s["id"])
    return entries


def _stance_of(claim: Record, proposition_id: str | None) -> str | None:
    for bearing in claim["propositions"]:
        if bearing["proposition_id"] == proposition_id:
            return str(bearing["stance"])
    return None


def render(data: SiteData) -> Iterator[tuple[str, bytes]]:
    """Every file of the site: its path relative to the root, and its bytes. Files are
    made one at a time, so a large site is never all in memory."""
    site = Site(data)
    claim_href = {c["id"]: c for c in data.claims}

    def rel(path: str | None, from_dir: str) -> str | None:
        return None if path is None else ("../" if from_dir else "") + path

    def chart_links(from_dir: str) -> tuple[Callable[[str], str], Callable[[str], str | None]]:
        return (
            lambda cid: rel(site.page("claims", cid), from_dir) or "",
            lambda vid: rel(site.who(vid), from_dir),
        )

    def matrix(from_dir: str) -> charts.Matrix | None:
        return charts.matrix(
            data.propositions,
            data.claims,
            lambda pid: rel(site.page("propositions", pid), from_dir) or "",
            chart_links(from_dir)[1],
        )

    yield site.render("index.html", "index.html", data=data, matrix=matrix(""))
    yield site.render("search.html", "search.html")
    pages = [
        data.claims[i : i + CLAIMS_PER_PAGE] for i in range(0, len(data.claims), CLAIMS_PER_PAGE)
    ]
    names = ["index.html"] + [f"page-{n}.html" for n in range(2, len(pages) + 1)]
    for n, chunk in enumerate(pages or [[]]):
        yield (
            site.render(
                "claims_index.html", f"claims/{names[n]}", claims=chunk, total=len(data.claims),
                first=n * CLAIMS_PER_PAGE + 1, pages=list(enumerate(names, 1)), current=n + 1,
            )
        )  # fmt: skip
    yield site.render(
        "actors_index.html", "actors/index.html", actors=data.actors, outlets=data.outlets
    )
    yield site.render(
        "propositions_index.html", "propositions/index.html", propositions=data.propositions,
        matrix=matrix("x"),
    )  # fmt: skip
    yield site.render("sources_index.html", "sources/index.html", sources=data.sources)
    groups = list(enumerate(data.contradictions, 1))
    yield site.render("contradictions_index.html", "contradictions/index.html", groups=groups)
    yield site.render("denials.html", "denials.html", denials=data.denials)
    yield site.render(
        "confirmations.html", "confirmations.html", confirmations=data.confirmations,
        corroborated=data.corroborated,
    )  # fmt: skip

    by_speaker: dict[str, list[Record]] = {}
    by_voice: dict[str, list[Record]] = {}
    by_source: dict[str, list[Record]] = {}
    for c in data.claims:
        by_speaker.setdefault(c["speaker_id"], []).append(c)
        by_voice.setdefault(c["voice_id"], []).append(c)
        by_source.setdefault(c["source_id"], []).append(c)
    for c in data.claims:
        yield site.render("claim.html", site.paths[("claims", c["id"])], c=c)
    for a in data.actors:
        yield (
            site.render(
                "actor.html", site.paths[("actors", a["id"])], a=a,
                roles=data.roles.get(a["id"], []), said=by_speaker.get(a["id"], []),
                spoken_for=[c for c in by_voice.get(a["id"], []) if c["speaker_id"] != a["id"]],
            )
        )  # fmt: skip
    for o in data.outlets:
        published = [s for s in data.sources if s["outlet_id"] == o["id"]]
        yield (
            site.render(
                "outlet.html", site.paths[("outlets", o["id"])], o=o, published=published,
                said=by_speaker.get(o["id"], []),
            )
        )  # fmt: skip
    cl, vl = chart_links("x")
    groups_of: dict[str, list[tuple[int, Record]]] = {}
    for number, g in enumerate(data.contradictions, 1):
        for pid in (g["proposition_id"], g.get("other_proposition_id")):
            if pid:
                groups_of.setdefault(pid, []).append((number, g))
    for p in data.propositions:
        bearing = [c for c in data.claims if _stance_of(c, p["id"])]
        yield (
            site.render(
                "proposition.html", site.paths[("propositions", p["id"])], p=p,
                timeline=charts.timeline(p, data.claims, cl, vl), claims=bearing,
                stance_of=_stance_of, groups=groups_of.get(p["id"], []),
                incompatible=data.incompatible.get(p["id"], []),
            )
        )  # fmt: skip
    for s in data.sources:
        cited = by_source.get(s["id"], [])
        pieces, missing = segments(s["text"], [(c["id"], c["excerpt"]) for c in cited])
        yield (
            site.render(
                "source.html", site.paths[("sources", s["id"])], s=s, segments=pieces,
                claims=cited, missing=missing, claim_of=claim_href,
            )
        )  # fmt: skip
    for number, g in enumerate(data.contradictions, 1):
        yield (
            site.render(
                "contradiction.html", f"contradictions/{number}.html", g=g, number=number,
                stance_of=_stance_of,
            )
        )  # fmt: skip
    index = json.dumps(_search_index(site), ensure_ascii=True, separators=(",", ":"))
    index = index.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    yield "search-index.js", f"window.RNK_SEARCH = {index};\n".encode()
    static = resources.files("rnkclaims.report") / "templates" / "static"
    for name in ("style.css", "search.js"):
        yield name, (static / name).read_bytes()


def write(files: Iterable[tuple[str, bytes]], out: Path) -> int:
    """Write the site into ``out``; return how many files were written.

    ``out`` must be new, empty, or a report written before (it has a ``MANIFEST``). The
    new site is written whole into a folder beside ``out`` and only then put in its
    place, so a build that fails half way leaves the earlier report as it was. Files
    the earlier report did not write (a ``CNAME``, say) are carried over.
    """
    manifest = out / MANIFEST
    if out.exists() and not out.is_dir():
        raise UsageError(
            f"--out {out} is a file, not a folder", "give a new or empty folder for the site"
        )
    if out.is_dir() and any(out.iterdir()) and not manifest.is_file():
        raise UsageError(
            f"{out} is not empty and holds no report: refusing to write into it",
            "give a new or empty folder, or the folder of an earlier report",
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        new = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
        try:
            written = _write_all(files, new)
            if out.is_dir():
                _carry_over(out, new, set(manifest.read_text(encoding="utf-8").splitlines()))
            umask = os.umask(0)
            os.umask(umask)
            new.chmod(0o777 & ~umask)
            old = new.with_suffix(".old")
            if out.is_dir():
                out.rename(old)
            new.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
    except OSError as exc:
        raise RnkError(
            f"cannot write the report into {out}: {exc.strerror or exc}",
            "choose a writable folder with --out",
        ) from exc
    return written


def _write_all(files: Iterable[tuple[str, bytes]], folder: Path) -> int:
    written: list[str] = []
    for path, content in files:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(path)
    (folder / MANIFEST).write_text("".join(f"{p}\n" for p in sorted(written)), encoding="utf-8")
    return len(written)


def _carry_over(old: Path, new: Path, listed: set[str]) -> None:
    """Move the files of ``old`` that its report did not write into ``new``."""
    for path in sorted(old.rglob("*")):
        relative = path.relative_to(old).as_posix()
        if relative == MANIFEST or relative in listed or path.is_dir():
            continue
        target = new / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
