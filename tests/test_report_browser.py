"""The report in a real browser: Debian's headless Chromium loads the generated site from
``file://`` and we read back the DOM it built (after its scripts ran) and a screenshot.

Checks that each kind of page renders without a script error, that the links in the
rendered DOM resolve, that the offline search finds a claim, and that the SVG charts are
in the page. One screenshot per page type is kept as a build artefact in
``build/report-screenshots/`` (or ``$RNKCLAIMS_SCREENSHOTS``); the folder is printed.

Chromium is driven through its own command-line flags (``--dump-dom``, ``--screenshot``):
nothing to download, no driver. Skipped, with the reason, when no chromium is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import BUNDLED, REPO
from typer.testing import CliRunner

from rnkclaims.cli import app

BROWSER = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no chromium installed: apt-get install -y chromium chromium-driver (.ci/run does)",
)

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
)  # fmt: skip

# page type -> page (from the site's root), and what its rendered DOM must hold
PAGES = {
    "index": ("index.html", '<svg xmlns="http://www.w3.org/2000/svg" class="matrix"'),
    "claim": ("claims/ukr25.blinken-reasons-to-believe.html", '<ol class="relay">'),
    "actor": ("actors/antony-blinken.html", "Secretary of State"),
    "outlet": ("outlets/yonhap.html", "Sources it published"),
    "proposition": ("propositions/nk-arms-to-russia.html", 'class="timeline"'),
    "source": ("sources/2023-09-yonhap-space-tabletop.html", "<mark data-claims="),
    "contradiction": ("contradictions/1.html", '<ol class="claims">'),
    "contradictions": ("contradictions/index.html", '<ol class="groups">'),
    "denials": ("denials.html", "denial-block"),
    "confirmations": ("confirmations.html", "Claims that confirm"),
    "claims": ("claims/index.html", '<ol class="claims">'),
    "propositions": ("propositions/index.html", 'class="matrix"'),
    "voices": ("actors/index.html", "Outlets"),
    "sources": ("sources/index.html", "2023-09-yonhap-space-tabletop"),
    "search": ("search.html?q=certainly+watching", "kh24.hill-watching.html"),
}


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    out = tmp / "site"
    result = CliRunner().invoke(
        app, ["report", "--ledger", str(BUNDLED), "--db", str(tmp / "c.db"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = Path(os.environ.get("RNKCLAIMS_SCREENSHOTS") or REPO / "build" / "report-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load(url: str, profile: Path, screenshot: Path | None = None) -> tuple[str, str]:
    """Load ``url`` in a fresh headless Chromium; return the DOM after its scripts ran and
    the browser's log (console messages included)."""
    assert BROWSER is not None
    args = [BROWSER, *FLAGS, f"--user-data-dir={profile}", "--window-size=1200,1000"]
    if screenshot is not None:
        args.append(f"--screenshot={screenshot}")
    done = subprocess.run(
        [*args, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def console_errors(log: str) -> list[str]:
    return [
        line for line in log.splitlines()
        if ":CONSOLE" in line or "Content Security Policy" in line or "Uncaught" in line
    ]  # fmt: skip


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("kind", list(PAGES))
def test_page_renders_and_its_links_resolve(
    kind: str, site: Path, shots: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, expected = PAGES[kind]
    path = page.split("?")[0]
    url = (site / path).as_uri() + (f"?{page.split('?')[1]}" if "?" in page else "")
    shot = shots / f"{kind}.png"
    shot.unlink(missing_ok=True)
    dom, log = load(url, tmp_path / "profile", shot)
    assert console_errors(log) == []
    assert expected in dom
    title = re.search(r"<h1>(.*?)</h1>", dom, re.S)
    assert title and title.group(1).strip()
    anchors = Anchors()
    anchors.feed(dom)
    assert anchors.hrefs
    for href in anchors.hrefs:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https"):
            continue
        target = (site / path).parent / unquote(parts.path)
        assert target.resolve().is_file(), f"{kind}: {href} does not resolve"
    width, height = png_size(shot)
    assert (width, height) == (1200, 1000)
    assert shot.stat().st_size > 20_000, "a screenshot this small is a blank page"
    with capsys.disabled():
        print(f"\n  screenshot of the {kind} page: {shot}", end="")


def test_search_finds_a_claim_and_its_link_opens_it(site: Path, tmp_path: Path) -> None:
    dom, log = load((site / "search.html").as_uri() + "?q=Tehran", tmp_path / "p1")
    assert console_errors(log) == []
    results = re.search(r'<ol id="results">(.*?)</ol>', dom, re.S)
    assert results is not None
    links = re.findall(r'<a href="(claims/[^"]+)">', results.group(1))
    assert "claims/kh24.hill-watching.html" in links
    assert re.search(r'id="search-status"[^>]*>\d+ results? for', dom)
    claim, log = load((site / links[0]).as_uri(), tmp_path / "p2")
    assert console_errors(log) == []
    assert "Tehran" in claim


def test_search_says_when_nothing_matches(site: Path, tmp_path: Path) -> None:
    dom, _ = load((site / "search.html").as_uri() + "?q=zzzqqq", tmp_path / "p")
    assert "Nothing matches" in dom
    assert re.search(r'<ol id="results"></ol>', dom)


def test_svg_charts_are_drawn_with_their_marks(site: Path, tmp_path: Path) -> None:
    dom, _ = load((site / "propositions" / "nk-arms-to-russia.html").as_uri(), tmp_path / "p")
    svg = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="timeline".*?</svg>', dom, re.S)
    assert svg is not None
    assert len(re.findall(r'class="mark ', svg.group(0))) >= 5
    assert re.search(r"<(circle|rect|path) ", svg.group(0))


def test_hostile_text_runs_nothing_in_the_browser(tmp_path: Path) -> None:
    from conftest import BASE, SOURCE_A, write_ledger

    evil = "<script>console.log('pwned-1')</script><img src=x onerror=console.log('pwned-2')>"
    claims = BASE.replace("name: John Hill", f'name: "{evil} Hill"')
    source = SOURCE_A.replace("Officials met on Tuesday.", f"Officials met {evil}.")
    ledger = write_ledger(tmp_path / "data", claims, {"src-a": source}).main.parent
    out = tmp_path / "site"
    result = CliRunner().invoke(
        app, ["report", "--ledger", str(ledger), "--db", str(tmp_path / "c.db"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    for page in ("actors/john-hill.html", "sources/src-a.html", "claims/hill-watching.html"):
        dom, log = load((out / page).as_uri(), tmp_path / page.replace("/", "-"))
        assert "pwned" not in log, log
        main = dom.split("<main>", 1)[1]
        assert "&lt;script&gt;console.log('pwned-1')&lt;/script&gt;" in main
        assert "<script>console" not in main and "<img src" not in main
    dom, log = load((out / "search.html").as_uri() + "?q=pwned", tmp_path / "search")
    assert "pwned" not in log.replace("?q=pwned", "")
    assert re.search(r'<ol id="results"><li>', dom)  # found, and shown as text
    assert "<script>console.log" not in dom.split('<ol id="results">')[1]
