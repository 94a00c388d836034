"""The web UI in a real browser: headless Chromium (Debian's chromium + chromedriver, installed by
``make install``) driven by Selenium, against ``exoatlas serve`` on loopback."""

from __future__ import annotations

import json
import shutil
import time
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
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
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
    wait_for(d, "return document.querySelectorAll('a.claim-link').length")
    assert "claims" in d.find_element(By.ID, "result-count").text  # type: ignore[attr-defined]
    d.save_screenshot(str(tmp_path / "search.png"))  # type: ignore[attr-defined]
    d.find_elements(By.CSS_SELECTOR, "a.claim-link")[0].click()  # type: ignore[attr-defined]
    evidence = d.find_element(By.ID, "evidence").text  # type: ignore[attr-defined]
    assert "000_f18fedb756d4e7ae" in evidence and ("Table" in evidence or "section" in evidence)
    d.save_screenshot(str(tmp_path / "claim.png"))  # type: ignore[attr-defined]
    assert (tmp_path / "claim.png").read_bytes().startswith(b"\x89PNG")


def test_conflict_map_and_graph(server: str, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/conflicts")  # type: ignore[attr-defined]
    assert d.find_elements(By.CSS_SELECTOR, "#heatmap td.cell a")  # type: ignore[attr-defined]
    assert d.find_elements(By.CSS_SELECTOR, "#conflicts li")  # type: ignore[attr-defined]
    d.save_screenshot(str(tmp_path / "conflicts.png"))  # type: ignore[attr-defined]
    d.get(server + "/graph?entity=mesh:D001943")  # type: ignore[attr-defined]
    wait_for(d, "return document.getElementById('cy').getAttribute('data-ready')")
    assert d.find_elements(By.CSS_SELECTOR, "#cy canvas")  # type: ignore[attr-defined]
    status = d.find_element(By.ID, "graph-status").text  # type: ignore[attr-defined]
    assert "claims" in status and not status.startswith("could not")
    d.save_screenshot(str(tmp_path / "graph.png"))  # type: ignore[attr-defined]


def test_hostile_text_stays_inert_and_nothing_leaves_loopback(server: str, browser: object) -> None:
    d = browser
    d.get_log("performance")  # type: ignore[attr-defined]  # drop earlier entries
    for path in (
        "/search?disease=breast",
        "/documents/evil-doc",
        "/entities/mesh:D001943",
        "/",
        "/trials",
        "/qc",
        "/design?indication=glioma&goal=treat_tumor",
    ):
        d.get(server + path)  # type: ignore[attr-defined]
        assert d.execute_script("return window.pwned === undefined")  # type: ignore[attr-defined]
    assert requested_hosts(d) <= {"127.0.0.1"}
