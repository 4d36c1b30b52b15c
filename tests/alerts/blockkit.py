"""Block Kit's published limits, checked on every payload a test sees (numbers from Slack's
reference, https://api.slack.com/reference/block-kit/blocks, as of 2026-12; written out here
rather than imported, so a wrong constant in watcher.alerts.slack cannot pass its own check)."""

from __future__ import annotations

import re
from typing import Any

MAX_BLOCKS = 50
SECTION_TEXT = 3000
HEADER_TEXT = 150
CONTEXT_ELEMENTS = 10
TEXT_OBJECT = 3000

# The only control sequences a message may contain: links watcher made (<https://...|label>).
_CONTROL = re.compile(r"<([^>]*)>")


def check_payload(payload: dict[str, Any]) -> None:
    """Assert that ``payload`` is a Block Kit message within every limit, with a fallback text,
    no legacy attachments, and no control sequence other than http(s) links."""
    assert set(payload) == {"text", "blocks"}, sorted(payload)
    assert isinstance(payload["text"], str) and payload["text"].strip()
    blocks = payload["blocks"]
    assert 1 <= len(blocks) <= MAX_BLOCKS
    for block in blocks:
        kind = block["type"]
        assert kind in ("header", "section", "context"), kind
        if kind == "header":
            assert block["text"]["type"] == "plain_text"
            assert 0 < len(block["text"]["text"]) <= HEADER_TEXT
        elif kind == "section":
            assert block["text"]["type"] == "mrkdwn"
            assert 0 < len(block["text"]["text"]) <= SECTION_TEXT
            _check_mrkdwn(block["text"]["text"])
        else:
            assert 1 <= len(block["elements"]) <= CONTEXT_ELEMENTS
            for element in block["elements"]:
                assert element["type"] == "mrkdwn"
                assert 0 < len(element["text"]) <= TEXT_OBJECT
                _check_mrkdwn(element["text"])
    _check_mrkdwn(payload["text"])


def _check_mrkdwn(text: str) -> None:
    for inner in _CONTROL.findall(text):
        assert re.match(r"https?://[^\s|<>]+\|[^<>]+$", inner), f"control sequence <{inner}>"


def section_texts(payload: dict[str, Any]) -> list[str]:
    return [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
