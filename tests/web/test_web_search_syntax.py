"""The one search syntax, as parsed and as each database is asked it."""

from __future__ import annotations

import pytest

from watcher.storage.search import (
    All,
    Any_,
    Near,
    QueryError,
    Term,
    parse_query,
    to_fts5,
    to_tsquery,
)


def test_words_phrases_and_prefixes() -> None:
    assert parse_query("BeNeSam") == Term(("benesam",))
    assert parse_query('"Admiraliteit Benelux"') == Term(("admiraliteit", "benelux"))
    assert parse_query("fregat*") == Term(("fregat",), prefix=True)
    # a hyphenated word is the phrase of its parts, as both indexes split it
    assert parse_query("C-UAS") == Term(("c", "uas"))


def test_and_or_not_and_parentheses() -> None:
    assert parse_query("PESCO Benelux") == All((Term(("pesco",)), Term(("benelux",))))
    assert parse_query("PESCO AND Benelux") == parse_query("PESCO Benelux")
    assert parse_query("drones OR drone*") == Any_((Term(("drones",)), Term(("drone",), True)))
    assert parse_query('PESCO -"Le Pen"') == All((Term(("pesco",)),), (Term(("le", "pen")),))
    assert parse_query("PESCO NOT Marino") == All((Term(("pesco",)),), (Term(("marino",)),))
    assert parse_query("(a OR b) c") == All((Any_((Term(("a",)), Term(("b",)))), Term(("c",))))


def test_near() -> None:
    assert parse_query("NEAR(drones Benelux, 5)") == Near(Term(("drones",)), Term(("benelux",)), 5)
    assert parse_query('NEAR("counter drone" navy)') == Near(
        Term(("counter", "drone")), Term(("navy",)), 10
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "type a word"),
        ("   ", "type a word"),
        ("NOT pesco", "something to keep"),
        ("-pesco", "something to keep"),
        ("(pesco", "parentheses"),
        ("pesco)", "parentheses"),
        ("NEAR(a, 3)", "two terms"),
        ("NEAR(a b c, 3)", "two terms"),
        ("NEAR(a b, 11)", "at most 10"),
        ("NEAR(a b, x)", "number"),
        ("pesco OR", "each side"),
    ],
)
def test_errors_say_what_to_change(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_fts5_translation() -> None:
    assert to_fts5(parse_query('PESCO -"Le Pen"')) == '("pesco") NOT "le pen"'
    assert to_fts5(parse_query("drones OR fregat*")) == '("drones" OR "fregat"*)'
    assert to_fts5(parse_query("NEAR(drones Benelux, 5)")) == 'NEAR("drones" "benelux", 5)'
    # quoting keeps FTS5's own keywords and column filters out of the reader's words
    assert to_fts5(parse_query("near: and")) == '("near" AND "and")'


def test_tsquery_translation() -> None:
    assert to_tsquery(parse_query('PESCO -"Le Pen"')) == "('pesco' & !('le' <-> 'pen'))"
    assert to_tsquery(parse_query("fregat*")) == "'fregat':*"
    assert to_tsquery(parse_query("NEAR(a b, 1)")) == (
        "('a' <1> 'b' | 'b' <1> 'a' | 'a' <2> 'b' | 'b' <2> 'a')"
    )
