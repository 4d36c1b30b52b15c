"""The team's site in a real browser after a replay poll: headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium) against ``watcher web``'s app served by uvicorn.

Screenshots go to the test's temporary folder (never into git); the path is printed.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from servers import free_port
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from flows.poll import poll
from watcher.settings import Settings
from watcher.storage.models import HitFeedback
from watcher.web.app import create_app

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture
def browser() -> Iterator[object]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        reason = f"no {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
        if os.environ.get("WATCHER_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (WATCHER_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _serve(settings: Settings) -> tuple[str, Callable[[], None]]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=10)

    return f"http://127.0.0.1:{port}", stop


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_reader_searches_opens_a_document_follows_a_page_link_and_flags_a_hit(
    watcher_env: Callable[[str | None], Settings], browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    driver = browser
    settings = watcher_env(None)
    assert poll(replay=True).ok
    base, stop = _serve(settings)
    shots = tmp_path / "screenshots"
    shots.mkdir()
    try:
        driver.get(base + "/")
        rows = driver.find_elements(By.CSS_SELECTOR, "article.row")
        assert rows, driver.page_source[:2000]
        driver.save_screenshot(str(shots / "hits.png"))

        driver.get(base + "/search")
        box = driver.find_element(By.NAME, "q")
        box.send_keys("BeNeSam")
        box.submit()
        results = driver.find_elements(By.CSS_SELECTOR, "article.row h2 a")
        resolution = [a for a in results if "0367/004" in a.text]
        assert resolution, [a.text for a in results]
        assert driver.find_elements(By.CSS_SELECTOR, "article.row blockquote mark")
        driver.save_screenshot(str(shots / "search.png"))

        resolution[0].click()
        # a click returns before the next page has loaded: wait for it (at most 20 s)
        WebDriverWait(driver, 20).until(lambda d: "/documents/" in d.current_url)
        assert "0367/004" in driver.find_element(By.TAG_NAME, "h1").text
        topics = driver.find_elements(By.CSS_SELECTOR, "section.row h3 a")
        assert len(topics) == 4, [t.text for t in topics]
        driver.save_screenshot(str(shots / "document.png"))
        document_url = driver.current_url

        link = driver.find_element(By.CSS_SELECTOR, "a.page-link")
        href = link.get_attribute("href") or ""
        assert "/file#page=" in href, href
        link.click()
        WebDriverWait(driver, 20).until(lambda d: d.current_url == href)
        driver.get(document_url)

        section = driver.find_elements(By.CSS_SELECTOR, "section.row")[0]
        section.find_element(By.NAME, "reason").send_keys("not about the navy")
        section.find_element(By.CSS_SELECTOR, "button[name=flag]").click()
        WebDriverWait(driver, 20).until(lambda d: "flagged not relevant" in d.page_source)
        driver.save_screenshot(str(shots / "flagged.png"))
    finally:
        stop()
    engine = create_engine(settings.database_url)
    with Session(engine) as s:
        assert [f.reason for f in s.scalars(select(HitFeedback))] == ["not about the navy"]
    engine.dispose()
    print(f"screenshots in {shots}")
