"""``rnkclaims report``: the static site, built from real ledgers through the real CLI.

Checks the pages a reader needs, that every link resolves inside the site, that the same
ledger gives byte-identical files, and that hostile text from the ledger stays text.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import BASE, BUNDLED, SOURCE_A, write_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import ExitStatus, RnkError
from rnkclaims.report.site import MANIFEST, external_url, page_name, segments

runner = CliRunner()


def build(ledger: Path, out: Path, db: Path) -> None:
    result = runner.invoke(
        app, ["report", "--ledger", str(ledger), "--db", str(db), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out / "index.html")


class Links(HTMLParser):
    """Every href and src of a page, and its element ids."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.duplicate_ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                if value in self.ids:
                    self.duplicate_ids.append(value)
                self.ids.add(value)


def parsed(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


@pytest.fixture(scope="module")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bundled")
    out = tmp / "site"
    build(BUNDLED, out, tmp / "claims.db")
    return out


def test_a_page_for_every_entity_and_the_index_pages(bundled_site: Path) -> None:
    import yaml

    doc = yaml.safe_load((BUNDLED / "claims.yaml").read_text(encoding="utf-8"))
    for section in ("claims", "actors", "outlets", "propositions"):
        for entity in doc[section]:
            assert (bundled_site / section / f"{page_name(entity['id'])}.html").is_file()
    for source in (BUNDLED / "sources").glob("*.txt"):
        assert (bundled_site / "sources" / f"{page_name(source.stem)}.html").is_file()
    groups = sorted((bundled_site / "contradictions").glob("[0-9]*.html"))
    assert groups, "the bundled ledger has contradictions"
    for name in (
        "index.html", "search.html", "search-index.js", "search.js", "style.css",
        "denials.html", "confirmations.html", "claims/index.html", "actors/index.html",
        "propositions/index.html", "sources/index.html", "contradictions/index.html",
    ):  # fmt: skip
        assert (bundled_site / name).is_file(), name


def test_every_link_resolves_inside_the_site(bundled_site: Path) -> None:
    pages = sorted(bundled_site.rglob("*.html"))
    checked = 0
    for page in pages:
        assert parsed(page).duplicate_ids == [], page
        for link in parsed(page).links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https"):
                continue  # a source's original URL: shown, never fetched
            assert not parts.scheme and not parts.netloc, f"{page}: {link}"
            assert not link.startswith("/"), f"{page}: absolute link {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(bundled_site)}: broken link {link}"
            assert target.is_relative_to(bundled_site.resolve())
            if parts.fragment:
                assert parts.fragment in parsed(target).ids, f"{page}: {link}"
            checked += 1
    assert checked > 1000


def test_source_page_highlights_every_excerpt_and_links_it(bundled_site: Path) -> None:
    import yaml

    doc = yaml.safe_load((BUNDLED / "claims.yaml").read_text(encoding="utf-8"))
    sid = "2023-09-yonhap-space-tabletop"
    html = (bundled_site / "sources" / f"{sid}.html").read_text(encoding="utf-8")
    for claim in doc["claims"]:
        if claim["source"] != sid:
            continue
        href = f'href="../claims/{claim["id"]}.html"'
        assert f'id="c-{claim["id"]}"' in html, claim["id"]
        assert re.search(r'<mark data-claims="[^"]*\b' + re.escape(claim["id"]), html)
        assert href in html
    assert "Not found in the text" not in html


def test_claim_page_has_context_relay_date_and_stances(bundled_site: Path) -> None:
    html = (bundled_site / "claims" / "ukr25.blinken-reasons-to-believe.html").read_text(
        encoding="utf-8"
    )
    assert "Antony Blinken" in html
    assert '<p class="context">' in html and "<mark>" in html
    assert 'class="relay"' in html and "Ukrinform" in html
    assert 'class="stance supports"' in html or 'class="stance opposes"' in html
    assert '<dd class="when">' in html


def test_timeline_and_matrix_are_svg_with_a_mark_per_claim(bundled_site: Path) -> None:
    import yaml

    doc = yaml.safe_load((BUNDLED / "claims.yaml").read_text(encoding="utf-8"))
    pid = "nk-arms-to-russia"
    bearing = [
        c["id"] for c in doc["claims"]
        if any(b["proposition"] == pid for b in c.get("propositions", []))
    ]  # fmt: skip
    html = (bundled_site / "propositions" / f"{pid}.html").read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="timeline"' in html
    marks = re.findall(r'class="mark (\w+) (supports|opposes)" data-claim="([^"]+)"', html)
    assert sorted(m[2] for m in marks) == sorted(bearing)
    assert {m[1] for m in marks} == {"supports", "opposes"}
    index = (bundled_site / "index.html").read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="matrix"' in index
    assert index.count('class="cell"') >= 10


def test_shapes_say_day_month_denial_and_undated(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "data").main.parent
    build(ledger, tmp_path / "site", tmp_path / "c.db")
    html = (tmp_path / "site" / "propositions" / "kp-arms-to-ru.html").read_text("utf-8")
    shapes = dict(
        (cid, shape)
        for shape, _, cid in re.findall(r'class="mark (\w+) (\w+)" data-claim="([^"]+)"', html)
    )
    # kp-denies: a month-precision denial; us-accuses: no date, drawn up to 2023-09-20
    assert shapes == {"kp-denies": "diamond", "us-accuses": "undated"}
    assert "<title>United States accuses (supports), undated, published 2023-09-20" in html


def test_same_ledger_gives_byte_identical_sites(tmp_path: Path, bundled_site: Path) -> None:
    """Another database, another process with another hash seed, the installed command."""
    again = tmp_path / "again"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RNKCLAIMS_")}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "rnkclaims"), "report", "--ledger", str(BUNDLED),
         "--db", str(tmp_path / "other.db"), "--out", str(again)],
        env={**env, "PYTHONHASHSEED": "12345"}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = {p.relative_to(bundled_site): p.read_bytes() for p in bundled_site.rglob("*")
             if p.is_file()}  # fmt: skip
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    different = [str(p) for p in first if first[p] != second[p]]
    assert different == []


HOSTILE = (
    BASE.replace("name: John Hill", "name: \"<script>alert('actor')</script> Hill\"")
    .replace(
        "text: North Korea supplies arms to Russia.",
        'text: "Arms \\x07flow</text><svg onload=alert(1)> & \\u0000 more"',
    )
    .replace("id: tass\n    name: TASS", "id: tass\n    name: TASS\n    url: javascript:alert(1)")
)
HOSTILE_SOURCE = SOURCE_A.replace(
    "language: en", "language: en\nurl: \"javascript:alert('src')\""
).replace("Officials met on Tuesday.", "Officials met <img src=x onerror=alert(2)> \x1b[31m.")


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "data", HOSTILE, {"src-a": HOSTILE_SOURCE}).main.parent
    out = tmp_path / "site"
    build(ledger, out, tmp_path / "c.db")
    everything = b"".join(p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file())
    text = everything.decode("utf-8")
    assert "<script>alert" not in text
    assert "<svg onload" not in text and "<img src=x" not in text
    for page in out.rglob("*.html"):
        assert not [link for link in parsed(page).links if "javascript" in link.lower()]
    assert "<dd>javascript:alert(&#39;src&#39;)</dd>" in text  # shown as text, not a link
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    actor = (out / "actors" / "john-hill.html").read_text("utf-8")
    assert "&lt;script&gt;alert(&#39;actor&#39;)&lt;/script&gt; Hill" in actor
    prop = (out / "propositions" / "kp-arms-to-ru.html").read_text("utf-8")
    assert "Arms flow&lt;/text&gt;&lt;svg onload=alert(1)&gt; &amp;  more" in prop
    source = (out / "sources" / "src-a.html").read_text("utf-8")
    assert "Officials met &lt;img src=x onerror=alert(2)&gt; [31m." in source
    # the search index is JavaScript: nothing in it can close a script element
    index = (out / "search-index.js").read_text("utf-8")
    assert "<" not in index and ">" not in index


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://en.yna.co.kr/view/A1", "https://en.yna.co.kr/view/A1"),
        ("http://example.org/a?b=c&d=e", "http://example.org/a?b=c&d=e"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\x00script:alert(1)", None),
        ("data:text/html,<b>", None),
        ("//evil.example/x", None),
        ('https://x.example/"onmouseover=alert(1)', None),
        ("www.example.org", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, link: str | None) -> None:
    assert external_url(url) == link


def test_page_names_are_plain_ids_or_a_slug_and_hash() -> None:
    assert page_name("ukr25.blinken-reasons-to-believe") == "ukr25.blinken-reasons-to-believe"
    odd = page_name("../Über Quelle")
    assert re.fullmatch(r"uber-quelle-[0-9a-f]{10}", odd)
    assert page_name("A") != page_name("a")
    assert "/" not in page_name("a/b") and ".." not in page_name("a..b")


def test_overlapping_excerpts_are_cut_into_segments() -> None:
    text = "One two three four five."
    pieces, missing = segments(text, [("a", "two three"), ("b", "three four"), ("c", "absent")])
    assert missing == ["c"]
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.claims) for p in pieces if p.claims] == [
        ("two ", ("a",)),
        ("three", ("a", "b")),
        (" four", ("b",)),
    ]
    assert [p.starts for p in pieces if p.starts] == [(("a", 1),), (("b", 2),)]


def test_an_excerpt_with_an_ellipsis_is_marked_part_by_part_and_anchored_once() -> None:
    text = "Alpha beta gamma. Delta epsilon. Zeta eta."
    pieces, missing = segments(text, [("a", "Alpha beta … Zeta eta.")])
    assert missing == []
    assert [p.text for p in pieces if p.claims] == ["Alpha beta", "Zeta eta."]
    assert [p.starts for p in pieces if p.starts] == [(("a", 1),)]


def test_refuses_a_folder_that_is_not_a_report(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    ledger = write_ledger(tmp_path / "data").main.parent
    result = runner.invoke(
        app, ["report", "--ledger", str(ledger), "--db", str(tmp_path / "c.db"), "--out", str(out)]
    )
    assert result.exit_code == ExitStatus.USAGE
    assert "refusing to write into it" in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_refuses_a_file_as_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site.html"
    out.write_text("mine", encoding="utf-8")
    ledger = write_ledger(tmp_path / "data").main.parent
    result = runner.invoke(
        app, ["report", "--ledger", str(ledger), "--db", str(tmp_path / "c.db"), "--out", str(out)]
    )
    assert result.exit_code == ExitStatus.USAGE
    assert f"--out {out} is a file, not a folder" in result.output
    assert out.read_text(encoding="utf-8") == "mine"


def test_rebuild_replaces_an_earlier_report_and_nothing_else(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "data").main.parent
    out = tmp_path / "site"
    build(ledger, out, tmp_path / "c.db")
    assert (out / "claims" / "us-accuses.html").is_file()
    (out / "CNAME").write_text("ledger.example.org\n", encoding="utf-8")  # the user's own
    claims = (ledger / "claims.yaml").read_text(encoding="utf-8")
    (ledger / "claims.yaml").write_text(claims.split("  - id: us-accuses")[0], encoding="utf-8")
    build(ledger, out, tmp_path / "c.db")
    assert not (out / "claims" / "us-accuses.html").exists()
    assert (out / "claims" / "kp-denies.html").is_file()
    assert (out / "CNAME").read_text(encoding="utf-8") == "ledger.example.org\n"
    assert "claims/kp-denies.html" in (out / MANIFEST).read_text(encoding="utf-8")


def test_a_build_that_fails_half_way_leaves_the_earlier_report_whole(tmp_path: Path) -> None:
    from rnkclaims.report import site

    ledger = write_ledger(tmp_path / "data").main.parent
    out = tmp_path / "site"
    build(ledger, out, tmp_path / "c.db")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def failing() -> Iterator[tuple[str, bytes]]:
        yield "index.html", b"half"
        raise OSError(28, "No space left on device")

    with pytest.raises(RnkError, match="cannot write the report"):
        site.write(failing(), out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.db", "data", "site"]


def test_search_index_holds_every_claim(bundled_site: Path) -> None:
    import json

    text = (bundled_site / "search-index.js").read_text(encoding="utf-8")
    entries = json.loads(text.removeprefix("window.RNK_SEARCH = ").rstrip().rstrip(";"))
    claim_pages = {e[1] for e in entries if e[0] == "claim"}
    assert claim_pages == {
        str(p.relative_to(bundled_site)) for p in (bundled_site / "claims").glob("*.html")
    } - {"claims/index.html"}


def test_a_large_ledger_lists_its_claims_on_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rnkclaims.report import site as site_module

    ledger = write_ledger(tmp_path / "data").main.parent
    monkeypatch.setattr(site_module, "CLAIMS_PER_PAGE", 2)  # 3 claims: two pages
    build(ledger, tmp_path / "site", tmp_path / "c.db")
    first = (tmp_path / "site" / "claims" / "index.html").read_text("utf-8")
    second = (tmp_path / "site" / "claims" / "page-2.html").read_text("utf-8")
    assert not (tmp_path / "site" / "claims" / "page-3.html").exists()
    listed = [re.findall(r'class="claim-link" href="([^"]+)"', p) for p in (first, second)]
    assert [len(x) for x in listed] == [2, 1]
    assert '<a href="page-2.html">2</a>' in first and '<a href="index.html">1</a>' in second
    assert "3 claims, oldest first" in first and "Claims 3\u20133." in second
