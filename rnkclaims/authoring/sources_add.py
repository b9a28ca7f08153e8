"""Archiving an article: ``sources/<id>.txt`` with its front matter.

The id is readable: the publication month, the outlet and a slug of the title
(``2023-09-yonhap-officials-discuss-space-cooperation``), as the ledger's sources are
named; a date known only to the year gives ``2023-yonhap-...``. An outlet must be one the
ledger knows (by id, name or alias); an unknown one is refused with the closest known
names, unless ``--new-outlet`` creates it in the same step (appended to the ledger at
text level by ``ledger_edit``, refused if it would not validate). The same article is
never archived twice: the same text (compared after normalising whitespace and quote
marks) or the same URL is refused with the id it has.

The page furniture of the article (headlines, bylines, time stamps, "Read more" lines
and teasers, captions, photo and reporting credits) is detected and written into the
front matter's ``furniture``, with any passages given by hand, so that the first
``extract`` already skips it.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from rnkclaims.authoring.extract.credits import wire_agency_names, wire_credit
from rnkclaims.authoring.extract.passages import detect_furniture
from rnkclaims.authoring.ledger_edit import (
    Edit,
    choice,
    plan_append,
    slugify,
    taken_ids,
    unique_id,
    yaml_block,
)
from rnkclaims.dates import DateError, PartialDate, parse_date
from rnkclaims.edit_io import write_atomic
from rnkclaims.errors import ExitStatus, NotFoundError, RnkError, UsageError
from rnkclaims.ledger import SOURCE_SUFFIX, Ledger, load
from rnkclaims.model import ID_PATTERN
from rnkclaims.spans import locate
from rnkclaims.textnorm import fold, normalise
from rnkclaims.vocab import OUTLET_KINDS

_ID = re.compile(ID_PATTERN)
TITLE_WORDS = 6


class DuplicateSourceError(RnkError):
    """The article is already archived; ``source_id`` is the id it has."""

    status = ExitStatus.INVALID

    def __init__(self, message: str, hint: str, source_id: str) -> None:
        super().__init__(message, hint)
        self.source_id = source_id


@dataclass(frozen=True, slots=True)
class NewSource:
    """What ``source add`` is given."""

    text: str
    outlet: str
    title: str
    published: str
    language: str = "en"
    url: str | None = None
    translated_from: str | None = None
    byline: str | None = None
    agencies: tuple[str, ...] = ()
    note: str | None = None
    source_id: str | None = None
    furniture: tuple[str, ...] = ()  # passages given by hand
    detect: bool = True  # also propose the furniture detected in the text


@dataclass(frozen=True, slots=True)
class NewOutlet:
    """An outlet ``source add --new-outlet`` creates: named by ``--outlet``."""

    kind: str = "online"
    country: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Archived:
    id: str
    path: Path
    outlet: str
    furniture: tuple[str, ...] = ()
    outlet_created: Path | None = None  # the ledger file the new outlet went to
    credited: str | None = None  # the wire agency the text credits, written as ``agencies``
    credited_unknown: str | None = None  # an agency the text credits that the ledger lacks


def resolve_outlet(ledger: Ledger, given: str) -> str:
    """The id of the outlet named ``given`` (its id, name or an alias, any case)."""
    wanted = fold(given)
    names: dict[str, str] = {}  # surface -> id
    for outlet in ledger.outlets:
        oid = outlet.get("id")
        if not isinstance(oid, str):
            continue
        surfaces = [oid, outlet.get("name"), *(outlet.get("aliases") or [])]
        for surface in surfaces:
            if isinstance(surface, str):
                names.setdefault(surface, oid)
                if fold(surface) == wanted:
                    return oid
    if not names:
        raise NotFoundError(
            f"unknown outlet '{given}': the ledger has no outlets",
            "add the outlet to the ledger's 'outlets:' first",
        )
    folded = {fold(s): s for s in names}
    close = difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.5)
    if not close:
        close = [f for f in folded if wanted in f or f in wanted][:3]
    offers = []
    for f in close:
        oid = names[folded[f]]
        if oid not in offers:
            offers.append(oid)
    hint = (
        "did you mean " + " or ".join(f"'{o}'" for o in offers) + "?"
        if offers
        else "known outlets: " + ", ".join(sorted(set(names.values())))
    )
    raise NotFoundError(f"unknown outlet '{given}'", hint + " (or add it to 'outlets:')")


def source_id_for(published: PartialDate, outlet: str, title: str) -> str:
    """``<YYYY-MM>-<outlet>-<first words of the title>`` (``<YYYY>-...`` when only the
    year is known): the day is left out whatever the date's precision."""
    month = PartialDate(published.year, published.month)
    parts = [str(month), outlet, slugify(title, max_words=TITLE_WORDS, max_len=50)]
    return "-".join(p for p in (slugify(p, 20, 80) for p in parts) if p)


def text_digest(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def find_duplicate(ledger: Ledger, text: str, url: str | None) -> tuple[str, str] | None:
    """``(id, what matched)`` of an archived source with the same text or URL."""
    digest = text_digest(text)
    wanted_url = _url_key(url) if url else None
    for sid, source in sorted(ledger.sources.items()):
        meta_url = source.meta.get("url")
        if wanted_url and isinstance(meta_url, str) and _url_key(meta_url) == wanted_url:
            return sid, "URL"
        if text_digest(source.text) == digest:
            return sid, "text"
    return None


def _url_key(url: str) -> str:
    key = url.strip().split("#", 1)[0].rstrip("/")
    return re.sub(r"^https?://(?:www\.)?", "", key, flags=re.IGNORECASE).lower()


def front_matter(meta: dict[str, Any]) -> str:
    return "---\n" + "\n".join(yaml_block(meta, 0)) + "\n---\n"


def prepare(ledger: Ledger, new: NewSource, today: date | None = None) -> tuple[str, str, str]:
    """Check ``new`` against the ledger: ``(id, outlet id, file text)``; raises on refusal."""
    body = new.text.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise UsageError("the article is empty", "give a text file, or pipe the text in")
    try:
        published = parse_date(new.published)
    except DateError as exc:
        raise UsageError(f"--published: {exc}") from None
    if not new.title.strip():
        raise UsageError("--title is empty", "give the headline")
    if not re.fullmatch(r"[a-z]{2,3}", new.language):
        raise UsageError(
            f"--language '{new.language}' is not an ISO 639-1 code", "e.g. en, ko, ru, uk"
        )
    if new.translated_from is not None and not re.fullmatch(r"[a-z]{2,3}", new.translated_from):
        raise UsageError(
            f"--translated-from '{new.translated_from}' is not an ISO 639-1 code",
            "e.g. ko, ru",
        )
    outlet = resolve_outlet(ledger, new.outlet)
    agencies = [resolve_outlet(ledger, a) for a in new.agencies]
    if not agencies and new.detect:
        credited = credited_agency(ledger, body, outlet)
        agencies = [credited] if credited else []
    duplicate = find_duplicate(ledger, body, new.url)
    if duplicate is not None:
        sid, what = duplicate
        raise DuplicateSourceError(
            f"already archived as '{sid}' (same {what})",
            f"see {ledger.paths.display(ledger.paths.sources_dir / (sid + SOURCE_SUFFIX))}",
            sid,
        )
    if new.source_id is not None:
        sid = new.source_id
        if not _ID.fullmatch(sid):
            raise UsageError(
                f"--id '{sid}' is not a valid id", "use lowercase letters and digits joined by -"
            )
        if sid in ledger.sources or (ledger.paths.sources_dir / (sid + SOURCE_SUFFIX)).exists():
            raise UsageError(f"a source '{sid}' already exists", "choose another --id")
    else:
        files = ledger.paths.sources_dir
        on_disk = {p.stem for p in files.glob("*" + SOURCE_SUFFIX)} if files.is_dir() else set()
        sid = unique_id(source_id_for(published, outlet, new.title), {*ledger.sources, *on_disk})
    meta: dict[str, Any] = {"outlet": outlet, "title": new.title.strip()}
    if new.url:
        meta["url"] = new.url.strip()
    meta["published"] = str(published)
    meta["language"] = new.language
    if new.translated_from:
        meta["translated_from"] = new.translated_from
    if agencies:
        meta["agencies"] = agencies
    if new.byline:
        meta["byline"] = new.byline
    meta["retrieved"] = (today or date.today()).isoformat()
    furniture = list(new.furniture)
    for passage in furniture:
        if not locate(body, passage):
            raise UsageError(
                f"--furniture '{passage}' is not in the article",
                "copy the passage exactly as it is printed in the text",
            )
    if new.detect:
        furniture += [p for p in detect_furniture(body) if p not in furniture]
    if furniture:
        meta["furniture"] = furniture
    if new.note:
        meta["note"] = new.note
    if not body.endswith("\n"):
        body += "\n"
    return sid, outlet, front_matter(meta) + body


def credited_agency(ledger: Ledger, body: str, outlet: str) -> str | None:
    """The ledger id of the one wire agency the article credits for its copy ("WRITER:
    AFP", "— Reuters", "(With inputs from PTI)"), when the ledger knows it and it is not
    the outlet itself."""
    credited = wire_credit(body, wire_agency_names(ledger))
    if credited is None:
        return None
    try:
        oid = resolve_outlet(ledger, credited)
    except NotFoundError:
        return None
    return oid if oid != outlet else None


def _unknown_outlet(ledger: Ledger, name: str) -> bool:
    """Whether no outlet of the ledger is called ``name``."""
    try:
        resolve_outlet(ledger, name)
    except NotFoundError:
        return True
    return False


def plan_outlet(ledger: Ledger, name: str, spec: NewOutlet) -> tuple[dict[str, Any], Edit]:
    """The outlet entry ``--new-outlet`` appends, checked against the ledger."""
    name = name.strip()
    if not name:
        raise UsageError("--outlet is empty", "give the outlet's name")
    wanted = fold(name)
    for outlet in ledger.outlets:
        surfaces = [outlet.get("id"), outlet.get("name"), *(outlet.get("aliases") or [])]
        if any(isinstance(x, str) and fold(x) == wanted for x in surfaces):
            raise UsageError(
                f"the ledger already has the outlet '{outlet.get('id')}'",
                "drop --new-outlet to archive the article under it",
            )
    choice(spec.kind, OUTLET_KINDS, "--outlet-kind")
    oid = unique_id(slugify(name, 4, 40) or "outlet", taken_ids(ledger))
    entry: dict[str, Any] = {"id": oid, "name": name, "kind": spec.kind}
    if spec.country:
        entry["country"] = spec.country.upper()
    if spec.url:
        entry["url"] = spec.url
    return entry, plan_append(ledger.paths, {"outlets": [entry]})


def add_source(
    ledger: Ledger,
    new: NewSource,
    today: date | None = None,
    new_outlet: NewOutlet | None = None,
) -> Archived:
    """Archive ``new`` in the ledger's ``sources/`` folder (atomically); with
    ``new_outlet``, first append the outlet ``new.outlet`` names to the ledger. Every
    check runs before anything is written."""
    edit: Edit | None = None
    if new_outlet is not None:
        entry, edit = plan_outlet(ledger, new.outlet, new_outlet)
        ledger = load(ledger.paths, {edit.path: edit.new})
        new = replace(new, outlet=str(entry["id"]))
    sid, outlet, text = prepare(ledger, new, today)
    path = ledger.paths.sources_dir / (sid + SOURCE_SUFFIX)
    if edit is not None:
        edit.write()
    write_atomic(path, text, within=ledger.paths.root)
    meta_furniture = tuple(
        p for p in [*new.furniture, *(detect_furniture(new.text) if new.detect else [])]
    )
    credited = (
        credited_agency(ledger, new.text, outlet) if new.detect and not new.agencies else None
    )
    unknown = None
    if new.detect and not new.agencies and credited is None:
        printed = wire_credit(new.text, wire_agency_names(ledger))
        unknown = printed if printed and _unknown_outlet(ledger, printed) else None
    return Archived(
        sid,
        path,
        outlet,
        tuple(dict.fromkeys(meta_furniture)),
        edit.path if edit else None,
        credited,
        unknown,
    )
