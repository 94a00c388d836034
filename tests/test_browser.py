"""The web UI in a real browser: headless Chromium (Debian's chromium + chromedriver, installed by
``make install``) driven by Selenium, against ``exoatlas serve`` on loopback."""

from __future__ import annotations

import json
import re
import shutil
import struct
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from benchmarks.load import serving

from exoatlas import Atlas

from .conftest import SEEDS
from .test_web import add_hostile

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="chromium/chromedriver missing: run make install"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "atlas.db"
    with Atlas(db, create=True) as atlas:
        atlas.build(corpus=SEEDS if SEEDS.is_dir() else None)
        add_hostile(atlas)
    with serving(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path_factory.mktemp('chrome')}",
        "--window-size=1280,1000",
        "--hide-scrollbars",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def requested_hosts(driver: object) -> set[str]:
    hosts = set()
    for entry in driver.get_log("performance"):  # type: ignore[attr-defined]
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url.startswith("http"):
                hosts.add(urlparse(url).hostname or "")
    return hosts


def wait_for(driver: object, script: str, timeout: float = 20) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)  # type: ignore[attr-defined]
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {script}")


def test_search_open_a_claim_and_see_its_evidence(
    server: str, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/search")  # type: ignore[attr-defined]
    box = d.find_element(By.NAME, "cargo")  # type: ignore[attr-defined]
    box.send_keys("miR-133b")
    d.find_element(By.ID, "search-button").click()  # type: ignore[attr-defined]
    # the unfiltered page lists claims too: wait for the new page, not any page with links
    wait_for(
        d,
        "return location.search.includes('cargo=') && document.readyState === 'complete'"
        " && document.querySelectorAll('a.claim-link').length",
    )
    assert "claims" in d.find_element(By.ID, "result-count").text  # type: ignore[attr-defined]
    d.save_screenshot(str(tmp_path / "search.png"))  # type: ignore[attr-defined]
    d.find_elements(By.CSS_SELECTOR, "a.claim-link")[0].click()  # type: ignore[attr-defined]
    evidence = d.find_element(By.ID, "evidence").text  # type: ignore[attr-defined]
    assert "Hassanzadeh et al." in evidence and ("Table" in evidence or "section" in evidence)
    assert "000_f18fedb756d4e7ae" not in evidence
    d.save_screenshot(str(tmp_path / "claim.png"))  # type: ignore[attr-defined]
    assert (tmp_path / "claim.png").read_bytes().startswith(b"\x89PNG")


PAGES = (
    "/",
    "/search",
    "/search?cargo=miR-21&disease=lung",
    "/conflicts",
    "/conflicts?kind=unexplained",
    "/entities/mirbase:MIMAT0000076",
    "/graph?entity=miR-21",
    "/trials",
    "/qc",
    "/qc/example",
    "/design",
    "/design?indication=acute+kidney+injury",
    "/documents/000_f18fedb756d4e7ae",
    "/docs",
)


def console_errors(driver: object) -> list[str]:
    """Console errors since the last call: script errors, failed loads, CSP violations."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")  # type: ignore[attr-defined]
        if entry["level"] == "SEVERE"
    ]


def overflow(driver: object) -> int:
    """How many pixels the page is wider than the window (0 when nothing overflows)."""
    return int(
        driver.execute_script(  # type: ignore[attr-defined]
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    )


def test_every_page_renders_without_console_errors_or_overflow(
    server: str, browser: object
) -> None:
    d = browser
    claim = json.loads(urllib.request.urlopen(server + "/api/claims?cargo=miR-21&limit=1").read())[
        0
    ]["id"]
    console_errors(d)
    for path in (*PAGES, f"/claims/{claim}"):
        d.get(server + path)  # type: ignore[attr-defined]
        if path.startswith("/graph"):
            wait_for(d, "return document.getElementById('cy').getAttribute('data-ready')")
        if path == "/docs":
            wait_for(d, "return document.querySelectorAll('.opblock').length")
        # (a page the server is slow to answer under a loaded CI machine: wait for its
        # navigation, up to wait_for's limit, rather than read it the moment 'get' returns)
        wait_for(d, "return document.getElementById('site-nav') !== null")
        assert console_errors(d) == [], path
        assert overflow(d) <= 0, path
    d.get(server + "/claims/nope")  # type: ignore[attr-defined]
    errors = console_errors(d)
    assert all("/claims/nope" in e and "404" in e for e in errors), errors
    heading = d.execute_script("return document.querySelector('h1').textContent")  # type: ignore[attr-defined]
    assert heading == "Not found"


def test_every_nav_link_answers(server: str, browser: object) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/")  # type: ignore[attr-defined]
    links = [
        a.get_attribute("href")
        for a in d.find_elements(By.CSS_SELECTOR, "#site-nav a")  # type: ignore[attr-defined]
    ]
    assert len(links) == 8
    for link in links:
        with urllib.request.urlopen(link) as answer:
            assert answer.status == 200, link
            assert answer.headers["content-type"].startswith("text/html"), link
        d.get(link)  # type: ignore[attr-defined]
        assert d.find_elements(By.ID, "site-nav"), link  # type: ignore[attr-defined]


def test_graph_draws_for_a_name(server: str, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/graph?entity=miR-21")  # type: ignore[attr-defined]
    wait_for(d, "return document.getElementById('cy').getAttribute('data-ready')")
    assert d.find_elements(By.CSS_SELECTOR, "#cy canvas")  # type: ignore[attr-defined]
    status = d.find_element(By.ID, "graph-status").text  # type: ignore[attr-defined]
    assert re.match(r"\d+ entities, \d+ claims", status), status
    assert d.find_elements(By.CSS_SELECTOR, "#graph-legend .edge-pro_tumor")  # type: ignore[attr-defined]
    d.save_screenshot(str(tmp_path / "graph.png"))  # type: ignore[attr-defined]
    d.get(server + "/graph?entity=xyzzy")  # type: ignore[attr-defined]
    sentence = d.find_element(By.ID, "graph-status").text  # type: ignore[attr-defined]
    assert sentence.startswith("Nothing in the atlas is called") and "Error" not in sentence


def test_long_page_at_1280_px_has_no_horizontal_overflow(
    server: str, browser: object, tmp_path: Path
) -> None:
    d = browser
    d.get(server + "/conflicts")  # type: ignore[attr-defined]
    height = int(d.execute_script("return document.documentElement.scrollHeight"))  # type: ignore[attr-defined]
    assert height > 2000  # a long page: the heat map and twenty pairs
    d.set_window_size(1280, min(height, 12000))  # type: ignore[attr-defined]
    try:
        shot = tmp_path / "conflicts.png"
        d.save_screenshot(str(shot))  # type: ignore[attr-defined]
        width, shot_height = struct.unpack(">II", shot.read_bytes()[16:24])
        assert width == 1280 and shot_height > 1000
        assert overflow(d) <= 0
        box = d.execute_script(  # type: ignore[attr-defined]
            "var b = document.querySelector('.heat-box').getBoundingClientRect();"
            "return [b.left, b.right];"
        )
        assert box[0] >= 0 and box[1] <= 1280
    finally:
        d.set_window_size(1280, 1000)  # type: ignore[attr-defined]


def test_hostile_text_stays_inert_and_nothing_leaves_loopback(server: str, browser: object) -> None:
    d = browser
    d.get_log("performance")  # type: ignore[attr-defined]  # drop earlier entries
    for path in (
        "/search?disease=breast",
        "/documents/evil-doc",
        "/entities/mesh:D001943",
        *PAGES,
    ):
        d.get(server + path)  # type: ignore[attr-defined]
        assert d.execute_script("return window.pwned === undefined")  # type: ignore[attr-defined]
    assert requested_hosts(d) <= {"127.0.0.1"}
