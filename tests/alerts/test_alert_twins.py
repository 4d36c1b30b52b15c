"""NL/FR twins are one entry: queued together they are one message with both languages; a twin
that arrives after its sibling was announced sends nothing unless it brings a new topic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from alertkit import NOW, Doc, SmtpServer, add_hit
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.digest import send_due_digests
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryStatus, Hit

KEY = "benelux_parliament/936"
NL = Doc(
    native_id="936-2-nl",
    title="Aanbeveling over de Benelux-samenwerking inzake drones",
    file_url="https://www.beneluxparl.eu/wp-content/uploads/936-2-nl.pdf",
    language="nl",
    related_key=KEY,
    doc_type="aanbeveling",
    source="benelux_parliament",
)
FR = Doc(
    native_id="936-2-fr",
    title="Recommandation relative à la coopération Benelux en matière de drones",
    file_url="https://www.beneluxparl.eu/wp-content/uploads/936-2-fr.pdf",
    language="fr",
    related_key=KEY,
    doc_type="aanbeveling",  # as the spider labels both versions
    source="benelux_parliament",
)
OTHER = Doc(native_id="936-1-fr", title="Proposition 936/1", language="fr", related_key=KEY,
            source="benelux_parliament")  # fmt: skip


def _team(smtp: SmtpServer, delivery: str = "immediate") -> str:
    return f"""
teams:
  desk:
    name: Desk
    topics: all
    delivery: {delivery}
    targets:
      email: "{smtp.url()}"
"""


def _text(smtp: SmtpServer, index: int) -> str:
    body = smtp.messages[index].get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def test_twins_queued_together_are_one_entry(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server))
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=NL, terms=("drones",), snippet="inzake **drones**")
        add_hit(s, config, NOW, doc=FR, terms=("drones",), snippet="en matière de **drones**")
        add_hit(s, config, NOW, doc=FR, topic="benelux-cooperation", terms=("Benelux",),
                snippet="la coopération **Benelux**", kind="rule: Benelux cooperation")  # fmt: skip
        add_hit(s, config, NOW, doc=OTHER)  # same dossier, another document: its own entry

    report = send_pending(seeded, config, NOW)

    # the FR hit on c-uas was not queued: its NL twin's already was
    assert (report.sent, report.messages) == (3, 2)
    subjects = sorted(" ".join(str(m["Subject"]).split()) for m in smtp_server.messages)
    assert subjects == [
        "[watcher] Benelux defence cooperation, C-UAS: Doc. 936/2 Aanbeveling over de…",
        "[watcher] C-UAS: Doc. 936/1 Proposition 936/1",
    ]
    twin_mail = next(i for i, m in enumerate(smtp_server.messages) if "936/2" in str(m["Subject"]))
    text = _text(smtp_server, twin_mail)
    assert text.count("Doc. 936/2") == 1  # one entry for both languages
    assert "Counter-drone capability (C-UAS), page 2:" in text
    assert '"inzake **drones**"' in text
    assert '"la coopération **Benelux**"' in text
    assert 'Why: the rule "Benelux cooperation" (Benelux)' in text
    assert "Also in FR: https://www.beneluxparl.eu/wp-content/uploads/936-2-fr.pdf" in text
    assert "Also in NL" not in text
    assert "Benelux Parliament · 13 May 2026 · NL · recommendation" in text


def test_a_late_twin_sends_nothing_unless_it_brings_a_new_topic(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server))
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=NL)
    assert send_pending(seeded, config, NOW).messages == 1

    later = NOW + timedelta(hours=2)
    with seeded.begin() as s:
        late_same = add_hit(s, config, later, doc=FR)  # c-uas again: the team knows
    report = send_pending(seeded, config, later)
    assert (report.sent, report.messages) == (0, 0)
    assert len(smtp_server.messages) == 1

    with seeded.begin() as s:
        late_new = add_hit(s, config, later, doc=FR, topic="ammunition", terms=("munitions",),
                           snippet="stocks de **munitions**")  # fmt: skip
    report = send_pending(seeded, config, later)
    assert (report.sent, report.messages) == (1, 1)
    text = _text(smtp_server, 1)
    assert "Ammunition stocks, page 2:" in text
    assert "Counter-drone" not in text  # nothing the team already heard
    assert "Also in NL: https://www.beneluxparl.eu/wp-content/uploads/936-2-nl.pdf" in text
    # French document, neutral type label: not the Dutch "aanbeveling"
    assert "Benelux Parliament · 13 May 2026 · FR · recommendation" in text
    assert "aanbeveling" not in text
    html = smtp_server.messages[1].get_body(("html",))
    assert html is not None and '<blockquote lang="fr"' in str(html.get_content())

    with seeded() as s:
        queued = {r.hit_id: r.status for r in s.scalars(select(Delivery))}
        hits = set(s.scalars(select(Hit.id)))
    assert late_same in hits and late_same not in queued  # stored, not announced again
    assert queued[late_new] is DeliveryStatus.SENT
    assert send_pending(seeded, config, later + timedelta(hours=1)).messages == 0


def test_a_digest_lists_twins_once(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server, "daily 08:00"))
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=FR)
        add_hit(s, config, NOW, doc=NL)
    report = send_due_digests(seeded, config, NOW + timedelta(days=1))
    assert (report.sent, report.messages) == (1, 1)
    text = _text(smtp_server, 0)
    assert "1 document on 1 topic: C-UAS (1)" in text
    assert text.count("Doc. 936/2") == 1
    assert "Also in NL: https://www.beneluxparl.eu/wp-content/uploads/936-2-nl.pdf" in text
