"""ClaimReview-style JSON-LD and the xlsx export, from the records the query commands
return on a real database; the JSON-LD is checked against schema.org's definitions of
the types and properties it uses, the workbook by reading it back with openpyxl."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import ExitStatus
from rnkclaims.ledger import locate
from rnkclaims.report import claimreview, xlsx
from rnkclaims.store import queries as q
from rnkclaims.store.open import open_current

runner = CliRunner()


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    opened = open_current(locate(BUNDLED), tmp_path_factory.mktemp("x") / "c.db")
    yield opened.conn
    opened.conn.close()


@pytest.fixture(scope="module")
def lookups(conn: Any) -> dict[str, Any]:
    return {
        "urls": {s["id"]: s["url"] for s in q.sources(conn)},
        "kinds": {a["id"]: a["kind"] for a in q.actors(conn)},
    }


# -- schema.org, as far as a local check goes --------------------------------------------
# From the schema.org vocabulary: each type's parent, and each property's domain (the types
# it may be used on) and range (the types of its values).
PARENT = {
    "Thing": None, "CreativeWork": "Thing", "Claim": "CreativeWork", "Article": "CreativeWork",
    "NewsArticle": "Article", "Person": "Thing", "Organization": "Thing",
    "GovernmentOrganization": "Organization",
}  # fmt: skip
PROPERTIES: dict[str, tuple[set[str], set[str]]] = {
    "identifier": ({"Thing"}, {"Text", "URL"}),
    "name": ({"Thing"}, {"Text"}),
    "description": ({"Thing"}, {"Text"}),
    "url": ({"Thing"}, {"URL"}),
    "text": ({"CreativeWork"}, {"Text"}),
    "headline": ({"CreativeWork"}, {"Text"}),
    "author": ({"CreativeWork"}, {"Person", "Organization"}),
    "publisher": ({"CreativeWork"}, {"Person", "Organization"}),
    "datePublished": ({"CreativeWork"}, {"Date", "DateTime"}),
    "about": ({"CreativeWork"}, {"Thing"}),
    "appearance": ({"Claim"}, {"CreativeWork"}),
    "firstAppearance": ({"Claim"}, {"CreativeWork"}),
    "jobTitle": ({"Person"}, {"Text"}),
    "worksFor": ({"Person"}, {"Organization"}),
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_a(kind: str, wanted: str) -> bool:
    current: str | None = kind
    while current is not None:
        if current == wanted:
            return True
        current = PARENT[current]
    return False


def check_node(node: dict[str, Any], where: str) -> None:
    kind = node.get("@type")
    assert kind in PARENT, f"{where}: unknown type {kind!r}"
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        assert prop in PROPERTIES, f"{where}: {prop} is not a property we know on {kind}"
        domain, ranges = PROPERTIES[prop]
        assert any(is_a(kind, d) for d in domain), f"{where}: {prop} is not used on {kind}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                assert any(is_a(item["@type"], r) for r in ranges if r in PARENT), (
                    f"{where}.{prop}: a {item['@type']} is not a {ranges}"
                )
                check_node(item, f"{where}.{prop}")
            elif "Date" in ranges:
                assert isinstance(item, str) and ISO_DATE.match(item), f"{where}.{prop}"
            elif "URL" in ranges and "Text" not in ranges:
                assert isinstance(item, str) and re.match(r"^https?://\S+$", item)
            else:
                assert isinstance(item, str) and item, f"{where}.{prop}: {item!r}"


def check_document(doc: dict[str, Any]) -> None:
    assert doc["@context"] == "https://schema.org"
    assert doc["@graph"]
    for node in doc["@graph"]:
        assert node["@type"] == "Claim"
        check_node(node, node["identifier"])
    text = json.dumps(doc)
    assert "ClaimReview" not in text and "reviewRating" not in text


def test_claims_are_schema_org_claims(conn: Any, lookups: dict[str, Any]) -> None:
    records = q.list_claims(conn, q.ClaimFilters(limit=None))
    doc = claimreview.from_claims(records, **lookups)
    check_document(doc)
    assert [n["identifier"] for n in doc["@graph"]] == [r["id"] for r in records]
    assert json.loads(json.dumps(doc)) == doc


def test_mapping_of_one_relayed_quote(conn: Any, lookups: dict[str, Any]) -> None:
    rec = q.show(conn, "ukr25.blinken-reasons-to-believe")
    node = claimreview.claim(rec, **lookups)
    assert node["text"] == rec["quote"]
    assert node["author"]["@type"] == "Person"
    assert node["author"]["name"] == "Antony Blinken"
    assert node["author"]["jobTitle"] == rec["role"]
    assert node["author"]["worksFor"]["@type"] == "GovernmentOrganization"
    assert node["datePublished"] == "2025-01-06"
    assert node["appearance"]["url"] == lookups["urls"][rec["source_id"]]
    assert node["appearance"]["publisher"]["name"] == "Ukrinform"
    # relayed by Yonhap before Ukrinform published it: Yonhap's work came first
    assert node["firstAppearance"]["publisher"]["identifier"] == rec["relay"][0]["via_id"]
    assert "url" not in node["firstAppearance"]
    assert {a["identifier"] for a in node["about"]} == {
        b["proposition_id"] for b in rec["propositions"]
    }
    assert "A stance, not a rating of truth." in node["description"]


def test_unrelayed_undated_organisation(conn: Any, lookups: dict[str, Any]) -> None:
    records = q.list_claims(conn, q.ClaimFilters(limit=None))
    undated = [r for r in records if not r["said"] and not r["relay"]]
    assert undated, "the bundled ledger has an undated claim heard first-hand"
    node = claimreview.claim(undated[0], **lookups)
    assert "datePublished" not in node
    assert node["firstAppearance"] == node["appearance"]
    outlet_voice = [r for r in records if r["speaker_id"] == r["outlet_id"]]
    assert outlet_voice
    org = claimreview.claim(outlet_voice[0], **lookups)["author"]
    assert org["@type"] == "Organization" and "jobTitle" not in org


def test_contradictions_and_denials(conn: Any, lookups: dict[str, Any]) -> None:
    groups = q.contradictions(conn, q.ContradictionFilters(limit=None))
    doc = claimreview.from_contradictions(groups, **lookups)
    check_document(doc)
    ids = [n["identifier"] for n in doc["@graph"]]
    assert len(ids) == len(set(ids)) == len({c["id"] for g in groups for c in g["claims"]})
    denials = q.denials(conn, q.ClaimFilters(limit=None))
    check_document(claimreview.from_claims(denials, **lookups))


def test_without_lookups_still_valid(conn: Any) -> None:
    records = q.list_claims(conn, q.ClaimFilters(limit=None))
    doc = claimreview.from_claims(records)
    check_document(doc)
    assert all("url" not in n["appearance"] for n in doc["@graph"])


def test_the_checker_catches_a_wrong_shape() -> None:
    wrong = {"@type": "Claim", "identifier": "x", "jobTitle": "minister"}
    with pytest.raises(AssertionError, match="jobTitle is not used on Claim"):
        check_node(wrong, "x")
    with pytest.raises(AssertionError):
        check_node({"@type": "Claim", "identifier": "x", "datePublished": "20 May"}, "x")


# -- xlsx --------------------------------------------------------------------------------


def _load(content: bytes) -> Any:
    openpyxl = pytest.importorskip("openpyxl")
    return openpyxl.load_workbook(io.BytesIO(content))


def test_workbook_holds_claims_propositions_and_stances(conn: Any) -> None:
    claims = q.list_claims(conn, q.ClaimFilters(limit=None))
    props = q.propositions(conn, q.PropositionFilters())
    wb = _load(xlsx.workbook(claims, props))
    assert wb.sheetnames == ["Claims", "Propositions", "Stances"]
    sheet = wb["Claims"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(xlsx.CLAIM_COLUMNS)
    assert len(rows) == len(claims) + 1
    by_id = {r[0]: r for r in rows[1:]}
    blinken = next(c for c in claims if c["id"] == "ukr25.blinken-reasons-to-believe")
    assert list(by_id[blinken["id"]]) == [
        v if v not in ("",) else None for v in xlsx.claim_row(blinken)
    ]
    stances = list(wb["Stances"].iter_rows(values_only=True))
    assert len(stances) - 1 == sum(len(c["propositions"]) for c in claims)
    prop_rows = list(wb["Propositions"].iter_rows(values_only=True))
    assert {r[0] for r in prop_rows[1:]} == {p["id"] for p in props}
    assert sheet.freeze_panes == "A2"


def test_formulas_and_control_characters_stay_text(conn: Any) -> None:
    rec = dict(q.list_claims(conn, q.ClaimFilters(limit=1))[0])
    rec["excerpt"] = '=HYPERLINK("http://evil.example","click")'
    rec["quote"] = "+1+cmd|' /C calc'!A0\x07\x1b"
    content = xlsx.workbook([rec], [])
    cells = {c.column_letter: c for c in _load(content)["Claims"][2]}
    excerpt = cells["O"]
    assert excerpt.value == rec["excerpt"] and excerpt.data_type == "s"
    assert cells["N"].value == "+1+cmd|' /C calc'!A0"
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode()


def test_export_xlsx_command(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    out = tmp_path / "ledger.xlsx"
    args = ["export-xlsx", "--ledger", str(BUNDLED), "--db", str(tmp_path / "c.db"), "-o"]
    result = runner.invoke(app, [*args, str(out)])
    assert result.exit_code == 0, result.output
    assert _load(out.read_bytes())["Claims"].max_row == 58
    bad = runner.invoke(app, [*args, str(tmp_path / "ledger.csv")])
    assert bad.exit_code == ExitStatus.USAGE
    assert "does not end in .xlsx" in bad.output and not (tmp_path / "ledger.csv").exists()


def test_query_commands_load_none_of_this(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from rnkclaims.cli import app\n"
        f"r = CliRunner().invoke(app, ['claims', '-f', 'json', '--ledger', {str(BUNDLED)!r},"
        f" '--db', {str(tmp_path / 'c.db')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = ('jinja2', 'openpyxl', 'datasette', 'rnkclaims.report')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy"
        " or m.startswith('rnkclaims.report')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
