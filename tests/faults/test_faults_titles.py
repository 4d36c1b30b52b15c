"""Hostile document titles, from the outbox to a real SMTP server and to the terminal
(``watcher alerts send``, ``watcher alerts log``): each alert once, and nothing hostile through."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from faultkit import WATCHER, Record, seed_hits
from servers import SmtpServer, free_port

from watcher.alerts.routing import hit_key

pytestmark = pytest.mark.faults

TITLES = {
    "header injection": "Resolutie\r\nBcc: attacker@example.org\r\nX-Evil: 1",
    "HTML injection": 'Resolutie <script>alert("x")</script><img src=x onerror=alert(1)>',
    "Slack mention": "Resolutie <!channel> <@U123> dringend",
    "bidi override": "Resolutie \u202eredro\u202c over drones",
    "zero-width characters": "Reso\u200blutie \ufeffover\u200d drones",
    "100,000 characters": "Resolutie " + "lang " * 20_000,
    "terminal escapes": "Resolutie \x1b[2J\x1b[31mrood\x1b]0;pwned\x07",
    "line separators": "Resolutie\u2028over\u0085drones\u2029",
    "control characters": "Resolutie\x07\x08\x0b\x0c over drones",
}


def _hostile(text: str) -> list[str]:
    """Characters no subject line or terminal should carry."""
    return [
        f"U+{ord(c):04X}"
        for c in text
        if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c not in "\n"
    ]


def test_hostile_titles(tmp_path: Path, record: Record) -> None:
    server = SmtpServer(free_port())
    server.start()
    try:
        teams = tmp_path / "teams.yaml"
        teams.write_text(
            "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
            f'      email: "mailto://127.0.0.1:{server.port}?to=desk@example.org"\n',
            encoding="utf-8",
        )
        topics = tmp_path / "topics.yaml"
        topics.write_text(
            "version: 1\ntopics:\n  - id: c-uas\n    name: C-UAS\n    description: drones\n"
            "    aliases: {en: [counter-drone]}\n"
            "    examples: {positive: [counter-drone], negative: [drone]}\n",
            encoding="utf-8",
        )
        url = f"sqlite:///{tmp_path / 'w.db'}"
        names = list(TITLES)
        hit_ids = seed_hits(url, teams, [TITLES[n] for n in names])
        env = {
            **os.environ,
            "WATCHER_TEAMS_FILE": str(teams),
            "WATCHER_TOPICS_FILE": str(topics),
            "WATCHER_DATA_DIR": str(tmp_path / "data"),
            "WATCHER_DATABASE_URL": url,
        }
        sent = subprocess.run(
            [WATCHER, "alerts", "send"], env=env, capture_output=True, text=True, timeout=600
        )
        crashed = "Traceback" in sent.stderr
        shown = subprocess.run(
            [WATCHER, "alerts", "log"], env=env, capture_output=True, text=True, timeout=600
        )
    finally:
        server.stop()
    entries = re.split(r"\n(?=#)", shown.stdout)
    for index, name in enumerate(names):
        native = f"56K03670{index:02d}"
        mails = [m for m in server.messages if native in m.as_string()]
        problems = []
        if crashed:
            outcome = "crash"
        elif not mails:
            outcome = "lost"
        elif len(mails) > 1:
            outcome = "duplicate"
        else:
            mail = mails[0]
            subject = str(mail["Subject"])
            problems += [f"subject has {c}" for c in _hostile(subject)]
            if len(subject) > 300:
                problems.append(f"subject of {len(subject)} characters")
            if mail["Bcc"] or mail["X-Evil"]:
                problems.append("header injected")
            size = len(mail.as_bytes())
            if size > 50_000:
                problems.append(f"message of {size} bytes")
            html = mail.get_body(preferencelist=("html",))
            if html is not None and "<script" in str(html.get_content()).lower():
                problems.append("<script> in the HTML part")
            entry = next((e for e in entries if hit_key(hit_ids[index]) in e), "")
            problems += [f"`watcher alerts log` prints {c}" for c in _hostile(entry)]
            outcome = "unsafe" if problems else "survived"
        if problems:
            print(f"{name}: {'; '.join(sorted(set(problems)))}")
        record("hostile titles", name, outcome)
