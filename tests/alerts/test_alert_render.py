"""Pure rendering and URL parsing: cleaning, labels, why-it-matched, entries, Slack Block Kit
limits and escaping, e-mail URL forms."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from blockkit import check_payload, section_texts

from watcher.alerts import slack
from watcher.alerts.links import Links
from watcher.alerts.render import (
    DIGEST_CAP,
    SUBJECT_LIMIT,
    AlertItem,
    Twin,
    build_entries,
    clean_text,
    clip,
    dates_label,
    document_link,
    highlight,
    render_alert,
    render_digest,
    short_topic,
    subject_line,
    type_label,
    why_matched,
)
from watcher.alerts.routing import document_identity, document_number
from watcher.alerts.smtp import EmailUrlError, parse_email_url


def test_highlight_is_case_insensitive_and_prefers_longer_terms() -> None:
    assert highlight("Anti-drones en drones, C-UAS", ["drones", "anti-drones", "c-uas"]) == [
        ("Anti-drones", True),
        (" en ", False),
        ("drones", True),
        (", ", False),
        ("C-UAS", True),
    ]
    assert highlight("no terms", []) == [("no terms", False)]


def test_highlight_uses_the_matchers_marks_and_bolds_nothing_twice() -> None:
    snippet = "de **Belgische** marine en **anti-drones** (**C-UAS**), niet elke marine"
    assert highlight(snippet, ["marine", "anti-drones", "C-UAS", "Belgische"]) == [
        ("de ", False),
        ("Belgische", True),
        (" marine en ", False),
        ("anti-drones", True),
        (" (", False),
        ("C-UAS", True),
        ("), niet elke marine", False),
    ]


def test_clip() -> None:
    assert clip("a  b\n c", 10) == "a b c"
    assert clip("one two three four", 12) == "one two…"
    assert clip("title\x1b]0;owned\x07\x1b[2J end", 80) == "title]0;owned[2J end"  # no escapes


@pytest.mark.parametrize(
    ("file_url", "page", "is_pdf", "expected"),
    [
        ("https://x.be/a.pdf", 3, True, "https://x.be/a.pdf#page=3"),
        ("https://x.be/a.pdf#view=fit", 3, True, "https://x.be/a.pdf#page=3"),
        ("https://x.be/a.docx", 3, False, "https://x.be/a.docx"),
        ("https://x.be/a.pdf", None, True, "https://x.be/a.pdf"),
        (None, 3, False, "https://x.be/page"),
    ],
)
def test_document_link(file_url: str | None, page: int | None, is_pdf: bool, expected: str) -> None:
    assert document_link(file_url, page, is_pdf=is_pdf, fallback="https://x.be/page") == expected


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<!channel> hi", "&lt;!channel&gt; hi"),
        ("<!here|here>", "&lt;!here|here&gt;"),
        ("<@U024BE7LH>", "&lt;@U024BE7LH&gt;"),
        ("<#C024BE7LR>", "&lt;#C024BE7LR&gt;"),
        (
            "@channel and @Everyone, mail@here.be",
            "@\u2060channel and @\u2060Everyone, mail@here.be",
        ),
        # no look-alike characters: what is copied from Slack is what the source wrote
        ("*bold* _it_ ~no~ `x` DOC 56 0367/004", "*bold* _it_ ~no~ `x` DOC 56 0367/004"),
        ("R&D", "R&amp;D"),
        ("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"),
    ],
)
def test_slack_escape(raw: str, escaped: str) -> None:
    assert slack.escape(raw) == escaped


def test_slack_link_cannot_be_broken_out_of() -> None:
    assert slack.link("https://x.be/a b|c>d?x=1&y=2", "T <x> | y") == (
        "<https://x.be/a%20b%7Cc%3Ed?x=1&amp;y=2|T &lt;x&gt; | y>"
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Drones\u202e\u200b en\nmunitie\x07", "Drones en munitie"),
        ("a\u2028b\u0085c\u2029d", "a b c d"),
        ("\u2066RLI\u2069 \ufeffBOM \u00adsoft \u200dzwj \x1b[31mred", "RLI BOM soft zwj [31mred"),
        ("  spaced\t\tout  ", "spaced out"),
    ],
)
def test_clean_text_drops_controls_and_invisible_characters(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_a_huge_title_is_capped() -> None:
    title = "Drones " * 20_000
    assert len(clean_text(title, 300)) <= 300
    assert clean_text(title, 300).endswith("Drones…")
    assert len(subject_line(title)) == len(subject_line(title)[:SUBJECT_LIMIT]) <= SUBJECT_LIMIT


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Counter-drone capability (C-UAS)", "C-UAS"),
        ("BeNeSam (Belgian-Dutch naval cooperation)", "BeNeSam"),
        ("Benelux defence cooperation", "Benelux defence cooperation"),
    ],
)
def test_short_topic(name: str, short: str) -> None:
    assert short_topic(name) == short


def test_why_matched_in_words() -> None:
    snippet = "de **Belgische** en Nederlandse **marine** gaan verder **samenwerken**"
    assert (
        why_matched(
            "rule: Belgian and Dutch navies cooperating",
            ["Belgische", "marine", "samenwerken", "België"],  # België is not in the passage shown
            snippet,
        )
        == 'the rule "Belgian and Dutch navies cooperating" (Belgische, marine, samenwerken)'
    )
    assert why_matched("alias", ["Admiraliteit\nBenelux"], "de Admiraliteit Benelux") == (
        'the term "Admiraliteit Benelux"'
    )
    assert why_matched("acronym", ["C-UAS"], "(C-UAS of VSHROD)") == 'the acronym "C-UAS"'
    assert why_matched(None, ["drones", "munitie"], "drones en munitie") == (
        'the terms "drones", "munitie"'
    )


def test_dates_and_labels() -> None:
    today = date(2026, 5, 14)
    assert dates_label(date(2026, 5, 13), today, today) == "13 May 2026"
    assert dates_label(date(2015, 4, 24), today, today) == (
        "First seen today, published 24 April 2015"
    )
    assert dates_label(date(2015, 4, 24), date(2026, 5, 1), today) == (
        "First seen 1 May 2026, published 24 April 2015"
    )
    assert type_label("AANGENOMEN TEKST") == "adopted text"
    assert type_label("aanbeveling") == "recommendation"  # the FR twin is not labelled in Dutch
    assert type_label("Nieuw soort stuk") == "Nieuw soort stuk"  # unknown: as the source wrote it


def test_document_numbers_and_identity() -> None:
    assert document_number("be_chamber", "56K0367004") == "DOC 56 0367/004"
    assert document_number("benelux_parliament", "936-2-fr") == "Doc. 936/2"
    assert document_number("nl_tweedekamer", "0b1c2d3e-aaaa-bbbb-cccc-0123456789ab") is None
    nl = document_identity("benelux_parliament", "936-2-nl", "benelux_parliament/936")
    fr = document_identity("benelux_parliament", "936-2-fr", "benelux_parliament/936")
    other = document_identity("benelux_parliament", "936-1-fr", "benelux_parliament/936")
    assert nl == fr != other
    # documents of one Chamber dossier are related, but they are not twins
    assert document_identity("be_chamber", "56K0367004", "be_chamber/56K0367") != (
        document_identity("be_chamber", "56K0367001", "be_chamber/56K0367")
    )
    assert document_identity("nl_aiv", "advies-fr", None) == "nl_aiv/advies-fr"


def _item(n: int, **changes: Any) -> AlertItem:
    values: dict[str, Any] = {
        "hit_id": n,
        "document_id": n,
        "topic_id": "c-uas",
        "topic_name": "Counter-drone capability (C-UAS)",
        "title": f"Document {n}",
        "source_id": "benelux_parliament",
        "source_name": "Benelux Parliament",
        "published_on": date(2026, 5, 1) + timedelta(days=n % 10),
        "language": "nl",
        "doc_type": "aanbeveling",
        "snippet": "over **drones** " + "en meer " * 400,
        "terms": ("drones",),
        "page": 1,
        "document_url": f"https://x.example/{n}.pdf#page=1",
        "source_url": f"https://x.example/{n}",
        "matched_at": datetime(2026, 5, 14, 9, 0, tzinfo=UTC),
        "identity": f"benelux_parliament/{n}",
        "number": f"Doc. {n}/1",
        "score": 0.9,
        "kind": "alias",
    }
    values.update(changes)
    return AlertItem(**values)


def test_entries_merge_twins_and_order_newest_then_score() -> None:
    nl = _item(
        1,
        identity="b/936-2",
        published_on=date(2026, 5, 2),
        twins=(Twin("FR", "https://x.example/fr.pdf"),),
    )
    fr_topic = _item(
        2,
        identity="b/936-2",
        language="fr",
        topic_id="benesam",
        topic_name="BeNeSam (Belgian-Dutch naval cooperation)",
        score=0.8,
        published_on=date(2026, 5, 2),
        twins=(Twin("NL", "https://x.example/nl.pdf"),),
    )
    newer = _item(3, published_on=date(2026, 5, 3), score=0.7)
    same_day_better = _item(4, published_on=date(2026, 5, 3), score=0.95)
    entries = build_entries([nl, fr_topic, newer, same_day_better], date(2026, 5, 14), limit=240)
    assert [e.title for e in entries] == ["Document 4", "Document 3", "Document 1"]
    merged = entries[2]
    assert merged.topics == (
        "Counter-drone capability (C-UAS)",
        "BeNeSam (Belgian-Dutch naval cooperation)",
    )
    assert merged.title == "Document 1"  # headed by the version seen first...
    assert merged.twins == (Twin("FR", "https://x.example/fr.pdf"),)  # ...linking the other
    assert merged.details == ("NL", "recommendation")


def test_digest_summary_cap_and_slack_limits() -> None:
    items = [
        _item(
            n,
            identity=f"d/{n}",
            topic_id=("c-uas", "pesco")[n % 2],
            topic_name=(
                "Counter-drone capability (C-UAS)",
                "PESCO (Permanent Structured Cooperation)",
            )[n % 2],
        )
        for n in range(1, 27)
    ]
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    rendered = render_digest(items, "Defence desk", "Daily digest", now.date(), now=now)
    assert len(rendered.subject) <= SUBJECT_LIMIT
    assert rendered.subject == "[watcher] Daily digest 14 May: 26 docs on C-UAS, PESCO"
    assert "26 documents on 2 topics: C-UAS (13), PESCO (13)" in rendered.text
    assert rendered.text.count("\n  Benelux Parliament · ") == DIGEST_CAP
    assert "...and 16 more documents: run `watcher hits --since 2026-05-01`." in rendered.text
    [payload] = rendered.slack  # one message: 2 blocks per document, well under 50
    check_payload(payload)
    assert payload["text"].startswith("Daily digest for Defence desk, 14 May 2026: 26 documents")
    assert len(payload["blocks"]) == 2 + 2 * DIGEST_CAP + 2

    linked = render_digest(
        items,
        "Defence desk",
        "Daily digest",
        now.date(),
        now=now,
        links=Links(public_url="https://watcher.example.org"),
    )
    assert "https://watcher.example.org/?since=2026-05-01" in linked.text


def test_a_digest_is_split_only_past_50_blocks() -> None:
    items = [_item(n, identity=f"d/{n}") for n in range(1, 61)]
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    rendered = render_digest(items, "Desk", "Daily digest", now.date(), now=now, cap=60)
    assert len(rendered.slack) == 3  # 2 + 120 blocks
    for payload in rendered.slack:
        check_payload(payload)
    headers = [p["blocks"][0]["text"]["text"] for p in rendered.slack]
    assert headers == [f"Daily digest for Desk, 14 May 2026 ({i}/3)" for i in (1, 2, 3)]
    sections = "\n".join(t for p in rendered.slack for t in section_texts(p))
    assert all(sections.count(f"|Doc. {n}/1 · Document {n}>") == 1 for n in range(1, 61))
    exactly = render_digest(items[:24], "Desk", "Daily digest", now.date(), now=now, cap=60)
    assert len(exactly.slack) == 1 and len(exactly.slack[0]["blocks"]) == 50


def test_a_long_entry_fits_one_section() -> None:
    many = [
        _item(1, topic_id=f"t{n}", topic_name=f"Topic {n}", snippet="drones " * 300)
        for n in range(8)
    ]
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    rendered = render_alert(many, "Desk", now=now)
    [payload] = rendered.slack
    check_payload(payload)
    assert all(f"*Topic {n}*" in section_texts(payload)[0] for n in range(8))


def test_email_url_forms() -> None:
    plain = parse_email_url("mailto://mail.example.org/desk@example.org")
    assert (plain.host, plain.port, plain.security, plain.user) == (
        "mail.example.org",
        25,
        "insecure",
        None,
    )
    assert plain.to == ("desk@example.org",)
    assert plain.sender == ("watcher", "watcher@mail.example.org")

    ssl = parse_email_url(
        "mailtos://alerts%40example.org:p%40ss%2Fw@example.org?mode=ssl&smtp=smtp.example.org"
        "&to=a@example.org, b@example.org&cc=c@example.org&bcc=d@example.org&name=Watcher"
    )
    assert (ssl.host, ssl.port, ssl.security) == ("smtp.example.org", 465, "ssl")
    assert (ssl.user, ssl.password) == ("alerts@example.org", "p@ss/w")
    assert ssl.sender == ("Watcher", "alerts@example.org")
    assert (ssl.to, ssl.cc, ssl.bcc) == (
        ("a@example.org", "b@example.org"),
        ("c@example.org",),
        ("d@example.org",),
    )

    query = parse_email_url("mailtos://smtp.example.org:2525?user=u&pass=p&verify=no&timeout=5")
    assert (query.port, query.security, query.user, query.password) == (2525, "starttls", "u", "p")
    assert (query.verify, query.timeout) == (False, 5.0)


@pytest.mark.parametrize(
    "url", ["slack://a/b/c", "mailto:///nohost", "mailtos://h?mode=tls", "mailto://h:99999"]
)
def test_bad_email_urls(url: str) -> None:
    with pytest.raises(EmailUrlError):
        parse_email_url(url)


def test_subject_names_two_topics_and_the_number_once() -> None:
    names = [
        "BeNeSam (Belgian-Dutch naval cooperation)",
        "Counter-drone capability (C-UAS)",
        "Benelux helicopter command",
        "PESCO (Permanent Structured Cooperation)",
    ]
    items = [
        _item(
            1,
            topic_id=str(n),
            topic_name=name,
            score=0.9 - n / 100,
            source_id="be_chamber",
            number="DOC 56 0367/004",
            title="DOC 56 0367/004 Voorstel van resolutie",
        )
        for n, name in enumerate(names)
    ]
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    rendered = render_alert(items, "Desk", now=now)
    assert rendered.subject == "[watcher] BeNeSam, C-UAS +2: DOC 56 0367/004 Voorstel van resolutie"
    assert rendered.text.count("DOC 56 0367/004") == 1  # the title has it: not added again


def test_with_a_public_site_each_document_links_to_its_page_there() -> None:
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    links = Links(public_url="https://watcher.example.org/", contact="ops@example.org")
    rendered = render_alert([_item(7)], "Desk", now=now, links=links)
    assert "On watcher: https://watcher.example.org/documents/7" in rendered.text
    assert 'href="https://watcher.example.org/documents/7"' in rendered.html
    context = json.dumps(rendered.slack)
    assert "https://watcher.example.org/documents/7|On watcher" in context
    # the site has no subscription page: unsubscribing stays a mail to the admin
    assert (
        links.unsubscribe("desk", "Desk")
        == "mailto:ops@example.org?subject=Unsubscribe%20desk%20%28Desk%29"
    )
    assert links.hits_page(date(2026, 5, 13)) == "https://watcher.example.org/?since=2026-05-13"
    without = render_alert([_item(7)], "Desk", now=now)
    assert "On watcher" not in without.text and "On watcher" not in without.html


def test_with_a_public_site_messages_link_the_teams_page_to_manage_it() -> None:
    now = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)
    links = Links(public_url="https://watcher.example.org/", contact="ops@example.org")
    manage = links.team_page("desk")
    assert manage == "https://watcher.example.org/teams/desk"

    alert = render_alert([_item(7)], "Desk", now=now, links=links, manage=manage)
    digest = render_digest(
        [_item(7), _item(8)], "Desk", "Daily digest", now.date(), now=now, links=links,
        manage=manage,
    )  # fmt: skip

    for rendered in (alert, digest):
        assert "Manage this subscription: https://watcher.example.org/teams/desk" in rendered.text
        assert 'href="https://watcher.example.org/teams/desk"' in rendered.html
        last_block = rendered.slack[-1]["blocks"][-1]
        assert last_block["type"] == "context"
        assert (
            "<https://watcher.example.org/teams/desk|Manage this subscription>"
            in (last_block["elements"][0]["text"])
        )
    assert Links().team_page("desk") is None
    assert "Manage this subscription" not in render_alert([_item(7)], "Desk", now=now).text
