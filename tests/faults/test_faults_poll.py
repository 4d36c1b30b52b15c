"""A poll of the Chamber's replay, killed at each stage or served faults (500, 503, slow, reset)
on its listings and files, then polled again: every alert arrives once, nothing is lost.

Each poll runs in its own process (``poll_driver.py``: the poll flow's steps, against the
bundled replay, with a real SMTP server on loopback).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from faultkit import Record
from poll_driver import KILL_POINTS
from servers import SmtpServer, free_port
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from watcher.storage.models import (
    Delivery,
    DeliveryStatus,
    Document,
    DocumentPage,
    ExtractionStatus,
)

pytestmark = pytest.mark.faults

DRIVER = str(Path(__file__).with_name("poll_driver.py"))
SOURCE = "be_chamber"
LIMIT_S = 900


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


def _env(tmp_path: Path, smtp: SmtpServer) -> dict[str, str]:
    teams = tmp_path / "teams.yaml"
    teams.write_text(
        "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
        f'      email: "{smtp.url()}"\n'
        f'admin:\n  targets:\n    ops: "{smtp.url("ops@example.org")}"\n'
        # a claim left by a killed sender is taken over after a second, not ten minutes
        "retry:\n  claim_lease_seconds: 1\n",
        encoding="utf-8",
    )
    return {
        **os.environ,
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_TEAMS_FILE": str(teams),
        "WATCHER_CONTACT_EMAIL": "faults@example.org",
    }


def _poll(env: dict[str, str], plan: dict[str, Any]) -> tuple[int | None, dict[str, Any], str]:
    """(exit status, the printed summary, stderr); status None when it ran over its limit."""
    try:
        run = subprocess.run(
            [sys.executable, DRIVER, json.dumps({"sources": [SOURCE], **plan})],
            env=env,
            capture_output=True,
            text=True,
            timeout=LIMIT_S,
        )
    except subprocess.TimeoutExpired:
        return None, {}, ""
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    return run.returncode, json.loads(lines[-1]) if lines else {}, run.stderr


def _team_mails(smtp: SmtpServer) -> Counter[str]:
    return Counter(str(m["Subject"]) for m in smtp.messages if "desk@example.org" in str(m["To"]))


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> Counter[str]:
    """The team's alerts from one undisturbed poll (each once)."""
    server = SmtpServer(free_port())
    server.start()
    try:
        env = _env(tmp_path_factory.mktemp("baseline"), server)
        status, summary, stderr = _poll(env, {})
        assert status == 0 and summary["sources"][0]["ok"], stderr[-3000:]
        mails = _team_mails(server)
    finally:
        server.stop()
    assert mails and set(mails.values()) == {1}, mails
    return mails


def _after(env: dict[str, str], smtp: SmtpServer, expected: Counter[str]) -> str | None:
    """What went wrong once everything was polled again: duplicate, lost, or None."""
    mails = _team_mails(smtp)
    for subject, copies in mails.items():
        ids = {str(m["Message-ID"]) for m in smtp.messages if str(m["Subject"]) == subject}
        # Copies with one Message-ID are the documented window (a kill between the server
        # accepting an e-mail and its record): servers and clients de-duplicate on it.
        if copies > 1 and len(ids) > 1:
            return "duplicate"
    if set(mails) != set(expected):
        return "lost"
    with Session(create_engine(env["WATCHER_DATABASE_URL"])) as s:
        failed = s.scalars(
            select(Document.native_id).where(Document.extraction_status == ExtractionStatus.FAILED)
        ).all()
        unsent = s.scalars(select(Delivery.key).where(Delivery.status != DeliveryStatus.SENT)).all()
    if failed or unsent:
        print(f"failed extractions: {failed}; unsent: {unsent}")
        return "lost"
    return None


@pytest.mark.timeout(3 * LIMIT_S)
@pytest.mark.parametrize("stage", list(KILL_POINTS))
def test_kill_then_poll_again(
    tmp_path: Path, smtp: SmtpServer, expected: Counter[str], record: Record, stage: str
) -> None:
    env = _env(tmp_path, smtp)
    killed, _, _ = _poll(env, {"kill_at": stage})
    assert killed == -9, f"the poll was not killed at {stage!r}"
    time.sleep(1.5)  # the killed sender's claim (if any) runs out
    status, _, stderr = _poll(env, {})
    if status is None:
        outcome = "hang"
    elif status != 0 or "Traceback" in stderr:
        outcome = "crash"
        print(stderr[-3000:])
    else:
        outcome = _after(env, smtp, expected) or "survived"
    record("poll killed, then run again", stage, outcome)


FAULTS = {
    "listing 500": {"kind": "status", "path": "LastDocument|ListFromTo", "status": 500},
    "listing 503": {"kind": "status", "path": "LastDocument|ListFromTo", "status": 503},
    "listing slow (3 s)": {"kind": "delay", "path": "LastDocument|ListFromTo", "delay_s": 3.0},
    "listing connection reset": {"kind": "reset", "path": "LastDocument|ListFromTo"},
    "dossier pages 500": {"kind": "status", "path": "flwbn\\.cfm", "status": 500},
    "PDF files 500": {"kind": "status", "path": "/FLWB/PDF/", "status": 500},
    "PDF files 503": {"kind": "status", "path": "/FLWB/PDF/", "status": 503},
    "PDF files slow (3 s)": {"kind": "delay", "path": "/FLWB/PDF/", "delay_s": 3.0},
    "PDF files connection reset": {"kind": "reset", "path": "/FLWB/PDF/"},
    "site redesigned (layout)": {"kind": "layout", "path": "showpage"},
}
CAUSES = ("500", "503", "reset", "refused", "timeout", "layout", "structure", "selector")


@pytest.mark.timeout(3 * LIMIT_S)
@pytest.mark.parametrize("name", list(FAULTS))
def test_server_fault_then_poll_again(
    tmp_path: Path, smtp: SmtpServer, expected: Counter[str], record: Record, name: str
) -> None:
    env = _env(tmp_path, smtp)
    status, summary, stderr = _poll(env, {"faults": [[SOURCE, FAULTS[name]]]})
    if status is None:
        record("site faults, then a clean poll", name, "hang")
        return
    if status != 0 or "Traceback" in stderr:
        print(stderr[-3000:])
        record("site faults, then a clean poll", name, "crash")
        return
    first = summary["sources"][0]
    again, _, stderr_again = _poll(env, {})
    problem = _after(env, smtp, expected)
    if again != 0:
        print(stderr_again[-3000:])
        outcome = "crash"
    elif problem:
        outcome = problem
    elif first["ok"] and not first["extraction_failed"]:
        outcome = "survived"
    else:
        message = str(first["failure"] or "")
        print(f"{name}: {message}")
        outcome = "clear error" if any(c in message.lower() for c in CAUSES) else "vague error"
    record("site faults, then a clean poll", name, outcome)


@pytest.mark.timeout(3 * LIMIT_S)
def test_an_extraction_child_killed_once_then_poll_again(
    tmp_path: Path, smtp: SmtpServer, expected: Counter[str], record: Record
) -> None:
    """Issue #19.2: the OOM killer takes one extraction child; no later poll may lose its hits."""
    env = _env(tmp_path, smtp)
    status, _, stderr = _poll(env, {"kill_extraction_child": True})
    again, _, stderr_again = _poll(env, {}) if status == 0 else (status, {}, stderr)
    if status is None or again is None:
        outcome = "hang"
    elif status != 0 or again != 0:
        print((stderr + stderr_again)[-3000:])
        outcome = "crash"
    else:
        outcome = _after(env, smtp, expected) or "survived"
    record("poll killed, then run again", "extraction child killed (OOM)", outcome)


AIV_PAGES = (
    "/documenten/publicaties/2025/06/10/briefadvies-navo-top-2025",
    "/documenten/publicaties/2015/04/24/instabiliteit-rond-europa",
)


@pytest.mark.timeout(3 * LIMIT_S)
def test_links_off_the_site(tmp_path: Path, smtp: SmtpServer, record: Record) -> None:
    """Issue #19.1: an AIV page linking a local file and a file on another host."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from hostile_files import TOPIC_TEXT, pdf

    asked: list[str] = []
    body = pdf([TOPIC_TEXT])

    class Elsewhere(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    elsewhere = ThreadingHTTPServer(("127.0.0.1", 0), Elsewhere)
    Thread(target=elsewhere.serve_forever, daemon=True).start()
    other = f"http://127.0.0.1:{elsewhere.server_address[1]}/binaries/elsewhere.pdf"
    env = _env(tmp_path, smtp)
    plan = {
        "sources": ["nl_aiv"],
        "extra_links": [
            ["nl_aiv", AIV_PAGES[0], ["file:///etc/passwd#/binaries/"]],
            ["nl_aiv", AIV_PAGES[1], [other]],
        ],
    }
    try:
        status, _, stderr = _poll(env, plan)
        if status != 0:
            print(stderr[-3000:])
    finally:
        elsewhere.shutdown()
        elsewhere.server_close()
    with Session(create_engine(env["WATCHER_DATABASE_URL"])) as s:
        urls = s.scalars(select(Document.file_url)).all()
        texts = s.scalars(select(DocumentPage.text)).all()
    local = any(str(u or "").startswith("file:") for u in urls) or any(
        "root:x:0:0" in t for t in texts
    )
    for name, read in (("file:///etc/passwd link", local), ("link to another host", asked)):
        outcome = "off-site" if read else ("crash" if status != 0 else "survived")
        record("links off the source's site", name, outcome)
