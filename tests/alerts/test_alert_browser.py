"""E-mails as a mail client shows them: the HTML part, as received by the SMTP server, rendered by
a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``, driven by selenium) at
900 and 400 CSS pixels. Checked: nothing overflows sideways at 400 px, the viewport meta is
honoured, passages carry their language. Screenshots go to the test's tmp directory (and to
``$WATCHER_SCREENSHOT_DIR`` when set), never into the repository.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from alertkit import NOW, Doc, SmtpServer, add_hit
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.digest import send_due_digests
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
if os.environ.get("WATCHER_REQUIRE_BROWSER") and not (CHROMIUM and CHROMEDRIVER):
    raise RuntimeError("WATCHER_REQUIRE_BROWSER is set but chromium or chromedriver is missing")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
)

LONG_URL = "https://www.dekamer.be/FLWB/PDF/56/0367/" + "56K0367004" * 12 + ".pdf"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _team(smtp: SmtpServer, delivery: str) -> str:
    return f"""
teams:
  desk:
    name: Defence policy desk
    topics: all
    delivery: {delivery}
    targets:
      email: "{smtp.url()}"
admin:
  targets:
    ops: "{smtp.url("ops@example.org")}"
"""


def _hits(session: Session, config: TeamsConfig, count: int) -> None:
    for n in range(count):
        doc = Doc(
            native_id=f"56K0367{n:03d}",
            title=(
                "Voorstel van resolutie tot versterking van de defensiesamenwerking in de "
                "Benelux, met bijzondere aandacht voor de bescherming tegen drones"
                + " Admiraliteitsbeneluxsamenwerkingsverbandcoördinatiecentrum"
                * (n == 0)
            ),
            published_on=date(2026, 5, 13) - timedelta(days=n),
            file_url=LONG_URL if n == 0 else Doc().file_url,
        )
        add_hit(
            session,
            config,
            NOW,
            doc=doc,
            snippet="De Kamer vraagt de regering de capaciteiten inzake **anti-drones** "
            "(C-UAS of VSHROD) te versterken " + "en de samenwerking te verdiepen " * 6,
        )
        add_hit(
            session,
            config,
            NOW,
            doc=doc,
            topic="benelux-cooperation",
            terms=("Benelux",),
            snippet="de samenwerking in de **Benelux** op het vlak van defensie",
            kind="rule: Benelux defence cooperation",
        )


def _show(browser: object, html: Path, width: int, shot: Path) -> dict[str, int]:
    driver = browser  # a selenium WebDriver
    driver.set_window_size(width, 900)  # type: ignore[attr-defined]
    driver.get(html.as_uri())  # type: ignore[attr-defined]
    sizes: dict[str, int] = driver.execute_script(  # type: ignore[attr-defined]
        "return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth,"
        " body: document.body.scrollWidth, height: document.documentElement.scrollHeight};"
    )
    driver.set_window_size(width, min(sizes["height"] + 200, 6000))  # type: ignore[attr-defined]
    driver.save_screenshot(str(shot))  # type: ignore[attr-defined]
    extra = os.environ.get("WATCHER_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(extra) / shot.name)
    return sizes


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("delivery", ["immediate", "daily 08:00"])
def test_email_html_in_a_real_browser(
    delivery: str,
    browser: object,
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
    tmp_path: Path,
) -> None:
    config = teams_file(_team(smtp_server, delivery))
    with seeded.begin() as s:
        _hits(s, config, 1 if delivery == "immediate" else 12)
    send_pending(seeded, config, NOW)
    send_due_digests(seeded, config, NOW + timedelta(days=1))
    [message] = smtp_server.messages
    part = message.get_body(("html",))
    assert part is not None
    html = tmp_path / "message.html"
    html.write_text(str(part.get_content()), encoding="utf-8")

    name = "alert" if delivery == "immediate" else "digest"
    for width in (900, 400):
        sizes = _show(browser, html, width, tmp_path / f"{name}-{width}.png")
        assert sizes["inner"] <= width
        assert sizes["scroll"] <= sizes["inner"], sizes  # no sideways scrolling
        assert sizes["body"] <= sizes["inner"], sizes
        assert (tmp_path / f"{name}-{width}.png").stat().st_size > 5_000

    driver = browser
    found = driver.execute_script(  # type: ignore[attr-defined]
        "return {viewport: !!document.querySelector('meta[name=viewport]'),"
        " nl: document.querySelectorAll('blockquote[lang=nl] mark').length,"
        " links: Array.from(document.links).map(a => a.protocol)};"
    )
    assert found["viewport"]
    assert found["nl"] >= 2
    assert set(found["links"]) <= {"https:", "mailto:"}
