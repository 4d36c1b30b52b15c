"""What ``watcher hits`` and the other commands print: numbers, marks, clipping, safe text, and
arguments refused before any work."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from watcher.cli import app
from watcher.cli._app import printable
from watcher.cli.hits import clip, document_number, unmark


def test_unmark_gives_plain_text_and_the_marked_spans() -> None:
    plain, spans = unmark("de **C-UAS** en **BeNeSam**-samenwerking")
    assert plain == "de C-UAS en BeNeSam-samenwerking"
    assert [plain[a:b] for a, b in spans] == ["C-UAS", "BeNeSam"]
    assert unmark("no marks") == ("no marks", [])


def test_tweede_kamer_documents_show_their_number_not_the_uuid() -> None:
    url = "https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z12001&did=2024D31877"
    uuid = "0b5f4a52-1d3e-4c1c-9b1e-2f0f0c7d1a11"
    assert document_number("nl_tweedekamer", uuid, url) == "2024D31877"
    api_url = f"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document({uuid})"
    assert document_number("nl_tweedekamer", uuid, api_url) == uuid  # nothing better is stored
    aiv = "publicaties/2025/06/10/briefadvies-navo-top-2025"
    assert document_number("nl_aiv", aiv, "https://x") == "briefadvies-navo-top-2025"
    assert document_number("be_chamber", "56K0367004", "https://www.dekamer.be/x") == "56K0367004"


def test_clip_cuts_at_a_word_with_an_ellipsis() -> None:
    title = "Resolutie tot versterking van de Benelux-samenwerking inzake defensie"
    clipped = clip(title, 40)
    assert clipped.endswith("…") and len(clipped) <= 40
    assert title.startswith(clipped[:-1])
    assert clipped[:-1].split()[-1] in title.split()  # a whole word before the ellipsis
    assert clip("short", 40) == "short"


def test_terminal_escapes_and_control_characters_never_reach_the_terminal() -> None:
    text = printable("Kamer\x1b]0;pwned\x07stuk\x1b[2J \u202egnp.exe\r\nnext")
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "\u202e" not in text and "Kamer" in text and "next" in text


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WATCHER_DATABASE_URL", f"sqlite:///{tmp_path / 'watcher.db'}")
    monkeypatch.setenv("WATCHER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WATCHER_TEAMS_FILE", str(tmp_path / "no-teams.yaml"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["poll", "--replay", "--source", "nosuch"], "known: be_chamber, "),
        (["backfill", "--source", "be_senate", "--since", "2026-01-01"], "nl_aiv"),
        (["hits", "--topic", "no-such-topic"], "c-uas"),
        (["sources", "--disable", "be_senate"], "benelux_parliament"),
        (["alerts", "log", "--team", "nobody"], "admin"),
        (["alerts", "pending", "--team", "nobody"], "admin"),
    ],
)
def test_an_unknown_source_topic_or_team_is_refused_at_once(
    env: Path, args: list[str], named: str
) -> None:
    result = CliRunner().invoke(app, args)

    assert result.exit_code == 2, result.output
    assert "unknown" in result.output and named in result.output
    # Refused before any work: no Prefect server was started, no database was made.
    assert not (env / "data" / "prefect").exists()
    assert not (env / "watcher.db").exists()
