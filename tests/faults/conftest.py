"""The fault suite (``make faults``): hostile inputs and failures, each tried as a user meets it,
tallied per scenario and printed as one table at the end.

Every test here is marked ``faults`` and left out of the default run (``-m "not faults"`` in
pyproject's addopts); ``make faults`` runs them. Each tried input ends in exactly one outcome:

- ``survived``: handled, and what came out is right (a document read, an alert delivered once);
- ``clear error``: refused or failed with a message naming the cause, nothing lost;
- ``vague error``: failed, nothing lost, but the message does not say what went wrong;
- ``crash`` (a traceback, a ``crashed`` child), ``hang`` (over its time limit), ``duplicate``
  (an alert delivered twice), ``lost`` (an alert or document silently dropped), ``off-site``
  (something read that the source does not serve), ``unsafe`` (a broken input accepted silently,
  or hostile text passed through to a mail header, a terminal or a page).

A test fails when any of its inputs ends in one of the last six.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from faultkit import Record

GOOD = ("survived", "clear error", "vague error")
BAD = ("crash", "hang", "duplicate", "lost", "off-site", "unsafe")
OUTCOMES = GOOD + BAD


@dataclass
class Row:
    scenario: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    bad: list[str] = field(default_factory=list)


TABLE: dict[str, Row] = {}


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Iterator[Record]:
    """``record(scenario, input name, outcome)``; the test fails if any outcome was bad."""
    bad: list[str] = []

    def add(scenario: str, name: str, outcome: str) -> None:
        assert outcome in OUTCOMES, outcome
        row = TABLE.setdefault(scenario, Row(scenario))
        row.counts[outcome] += 1
        if outcome in BAD:
            row.bad.append(f"{name}: {outcome}")
            bad.append(f"{scenario} / {name}: {outcome}")

    yield add
    if bad:
        pytest.fail("bad outcomes:\n  " + "\n  ".join(bad), pytrace=False)


def format_table() -> str:
    columns = ("tried", *OUTCOMES)
    width = max([len("scenario"), *(len(s) for s in TABLE)])
    lines = [
        f"| {'scenario':<{width}} | " + " | ".join(columns) + " |",
        f"|{'-' * (width + 2)}|" + "|".join("-" * (len(c) + 2) for c in columns) + "|",
    ]
    totals = dict.fromkeys(OUTCOMES, 0)
    for row in TABLE.values():
        tried = sum(row.counts.values())
        cells = [str(tried)] + [str(row.counts[o]) for o in OUTCOMES]
        lines.append(
            f"| {row.scenario:<{width}} | "
            + " | ".join(f"{c:>{len(h)}}" for c, h in zip(cells, columns, strict=True))
            + " |"
        )
        for outcome in OUTCOMES:
            totals[outcome] += row.counts[outcome]
    cells = [str(sum(totals.values()))] + [str(totals[o]) for o in OUTCOMES]
    lines.append(
        f"| {'total':<{width}} | "
        + " | ".join(f"{c:>{len(h)}}" for c, h in zip(cells, columns, strict=True))
        + " |"
    )
    return "\n".join(lines)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TABLE:
        return
    terminalreporter.section("fault suite")
    terminalreporter.write_line(format_table())
    for row in TABLE.values():
        for line in row.bad:
            terminalreporter.write_line(f"  {row.scenario}: {line}")
