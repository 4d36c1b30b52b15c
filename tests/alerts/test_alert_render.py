"""Pure rendering and URL parsing: highlighting, Slack escaping and splitting, e-mail URL forms."""

from __future__ import annotations

import pytest

from watcher.alerts.render import (
    SLACK_LIMIT,
    clip,
    document_link,
    highlight,
    pack_slack,
    slack_escape,
    slack_link,
)
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
        ("*bold* _it_ ~no~ `x`", "∗bold∗ ＿it＿ ∼no∼ ˋxˋ"),
        ("R&D", "R&amp;D"),
        ("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"),
    ],
)
def test_slack_escape(raw: str, escaped: str) -> None:
    assert slack_escape(raw) == escaped


def test_slack_link_cannot_be_broken_out_of() -> None:
    assert slack_link("https://x.be/a b|c>d?x=1&y=2", "T <x> | y") == (
        "<https://x.be/a%20b%7Cc%3Ed?x=1&amp;y=2|T &lt;x&gt; | y>"
    )


def test_pack_slack_splits_under_the_limit_and_repeats_headings() -> None:
    blocks = [(f"*Topic {n // 10}*", "x" * 400 + f" item {n}") for n in range(30)]
    messages = pack_slack("*Digest*", blocks)
    assert len(messages) > 3
    assert all(len(m) <= SLACK_LIMIT for m in messages)
    assert messages[0].startswith(f"*Digest* (1/{len(messages)})")
    joined = "\n".join(messages)
    assert [joined.count(f" item {n}\n") + joined.endswith(f" item {n}") for n in range(30)] == [
        1
    ] * 30
    assert "*Topic 0* (continued)" in joined
    assert pack_slack("*One*", [("", "short")]) == ["*One*\n\nshort"]


def test_pack_slack_cuts_a_single_oversized_block() -> None:
    [message] = pack_slack("*H*", [("", "y" * 10_000)])
    assert len(message) == SLACK_LIMIT
    assert message.endswith("…")


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
