"""Full-text search over the stored text of every document, on SQLite and on PostgreSQL.

One query syntax for readers, translated for each database:

- ``word``, ``prefix*``, ``"a phrase"`` (a hyphenated word such as ``C-UAS`` is the phrase
  ``"c uas"``);
- ``a b`` or ``a AND b`` (both), ``a OR b`` (either), ``NOT b`` or ``-b`` (without; only beside
  something to keep), parentheses;
- ``NEAR(a b, 5)``: the two terms or phrases at most 5 words apart, in either order (two items;
  at most 10 words).

SQLite answers it with an FTS5 table (``document_page_fts``) kept in step with ``document_page``
by triggers; PostgreSQL with a ``tsvector`` column generated from the text and a GIN index. Both
come from an Alembic migration, so every page stored is searchable at once. Both index with the
``simple`` rules (no stemming: ``fregat`` does not find ``fregatten``, ``fregat*`` does). SQLite
ignores accents; PostgreSQL does not (``frégate`` finds ``frégate`` only).

``parse_query("BeNeSam OR \\"Admiraliteit Benelux\\"")`` -> a tree; :func:`search_documents`
runs it with the hits page's filters and returns one result per document, newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, TextClause, and_, exists, func, select, text
from sqlalchemy.orm import Session

from watcher.storage.models import Document, DocumentPage, Hit

FTS_TABLE = "document_page_fts"
TSVECTOR_COLUMN = "text_search"
TSVECTOR_INDEX = "ix_document_page_text_search"
# A snippet's matched words are wrapped in these private-use characters; the page escapes the
# text first and only then turns them into <mark> (they never occur in stored text).
MARK_START, MARK_END = "\ue000", "\ue001"
MAX_NEAR = 10


def is_search_index(name: str | None, type_: str) -> bool:
    """True for the database objects the search index adds beside the models (Alembic skips
    them when it compares models and database): the FTS5 table and its shadow tables, the
    generated column and its index."""
    if not name:
        return False
    if type_ == "table":
        return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")
    return name in (TSVECTOR_COLUMN, TSVECTOR_INDEX)


class QueryError(ValueError):
    """A search the syntax cannot read; the message says what to change."""


# -- the query tree ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One word or a phrase of words (lower-case, letters and digits only)."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Near:
    left: Term
    right: Term
    distance: int


@dataclass(frozen=True)
class All:
    keep: tuple[Node, ...]
    without: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Any_:
    options: tuple[Node, ...]


Node = Term | Near | All | Any_

_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)"?|(\()|(\))|(,)|([^\s()",]+))')
_WORD = re.compile(r"\w+")


def _words(raw: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(raw))


def parse_query(query: str) -> Node:
    """``'PESCO -"Le Pen"'`` -> ``All(keep=(Term(("pesco",)),), without=(Term(("le", "pen")),))``.

    Raises :class:`QueryError` for an empty search, a search of only NOT terms, unbalanced
    parentheses or a malformed NEAR.
    """
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(2) is not None:
            if m.group(1):  # -"a phrase": without it
                tokens.append(("word", "NOT"))
            tokens.append(("phrase", m.group(2)))
        elif m.group(3):
            tokens.append(("(", "("))
        elif m.group(4):
            tokens.append((")", ")"))
        elif m.group(5):
            tokens.append((",", ","))
        elif m.group(6):
            word = m.group(6)
            if word.startswith("-") and len(word) > 1:  # -word: without it
                tokens.append(("word", "NOT"))
                word = word[1:]
            tokens.append(("word", word))
    parser = _Parser(tokens)
    node = parser.expression()
    if parser.peek() is not None:
        raise QueryError("unbalanced parentheses")
    if node is None:
        raise QueryError("type a word or a phrase to search for")
    _check_positive(node)
    return node


def _check_positive(node: Node) -> None:
    if isinstance(node, All):
        if not node.keep:
            raise QueryError("NOT needs something to keep beside it (PESCO NOT Pesco-Marino)")
        for child in (*node.keep, *node.without):
            _check_positive(child)
    elif isinstance(node, Any_):
        for child in node.options:
            _check_positive(child)


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expression(self) -> Node | None:
        options = [self.conjunction()]
        while (tok := self.peek()) and tok == ("word", "OR"):
            self.take()
            options.append(self.conjunction())
        kept = [o for o in options if o is not None]
        if not kept and len(options) == 1:
            return None
        if len(kept) != len(options):
            raise QueryError("OR needs a term on each side")
        return kept[0] if len(kept) == 1 else Any_(tuple(kept))

    def conjunction(self) -> Node | None:
        keep: list[Node] = []
        without: list[Node] = []
        while (tok := self.peek()) is not None and tok[0] != ")" and tok != ("word", "OR"):
            if tok == ("word", "AND"):
                self.take()
                continue
            negate = tok == ("word", "NOT")
            if negate:
                self.take()
            node = self.unit()
            if node is None:
                continue
            (without if negate else keep).append(node)
        if not keep and not without:
            return None
        if len(keep) == 1 and not without:
            return keep[0]
        return All(tuple(keep), tuple(without))

    def unit(self) -> Node | None:
        if self.peek() is None:
            raise QueryError("NOT needs a term after it")
        kind, value = self.take()
        if kind == "(":
            node = self.expression()
            if self.peek() is None or self.take()[0] != ")":
                raise QueryError("unbalanced parentheses")
            return node
        if kind in (")", ","):
            raise QueryError(f"unexpected {value!r}")
        if kind == "word" and value.upper().startswith("NEAR") and self.peek() == ("(", "("):
            return self.near()
        if kind == "phrase":
            words = _words(value)
            prefix = value.rstrip().endswith("*")
        else:
            prefix = value.endswith("*")
            words = _words(value)
        return Term(words, prefix) if words else None

    def near(self) -> Near:
        self.take()  # (
        items: list[Term] = []
        distance = 10
        while (tok := self.peek()) is not None and tok[0] != ")":
            kind, value = self.take()
            if kind == ",":
                number = self.take() if self.peek() else ("", "")
                if not number[1].isdigit():
                    raise QueryError("NEAR(a b, N) needs a number of words after the comma")
                distance = int(number[1])
            elif kind in ("word", "phrase") and (words := _words(value)):
                items.append(Term(words, value.endswith("*")))
        if self.peek() is None:
            raise QueryError("NEAR( needs its closing parenthesis")
        self.take()
        if len(items) != 2:
            raise QueryError("NEAR takes two terms or phrases: NEAR(drones Benelux, 5)")
        if not 0 <= distance <= MAX_NEAR:
            raise QueryError(f"NEAR reaches at most {MAX_NEAR} words")
        return Near(items[0], items[1], distance)


# -- translations -----------------------------------------------------------------------------


def to_fts5(node: Node) -> str:
    """The tree as an FTS5 MATCH expression: ``Term(("le", "pen"))`` -> ``'"le pen"'``."""
    if isinstance(node, Term):
        return '"' + " ".join(node.words) + '"' + ("*" if node.prefix else "")
    if isinstance(node, Near):
        return f"NEAR({to_fts5(node.left)} {to_fts5(node.right)}, {node.distance})"
    if isinstance(node, Any_):
        return "(" + " OR ".join(to_fts5(o) for o in node.options) + ")"
    kept = "(" + " AND ".join(to_fts5(k) for k in node.keep) + ")"
    return kept + "".join(f" NOT {to_fts5(w)}" for w in node.without)


def to_tsquery(node: Node) -> str:
    """The tree as PostgreSQL ``to_tsquery`` text: ``Term(("le", "pen"))`` -> ``('le' <-> 'pen')``.

    ``NEAR(a b, N)`` becomes the alternatives ``a <d> b | b <d> a`` for d = 1..N+1 (at most N
    words between them), which is what FTS5's NEAR means for two items.
    """
    if isinstance(node, Term):
        parts = [f"'{w}'" for w in node.words]
        if node.prefix:
            parts[-1] += ":*"
        return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"
    if isinstance(node, Near):
        left, right = to_tsquery(node.left), to_tsquery(node.right)
        options = [
            f"{a} <{d}> {b}"
            for d in range(1, node.distance + 2)
            for a, b in ((left, right), (right, left))
        ]
        return "(" + " | ".join(options) + ")"
    if isinstance(node, Any_):
        return "(" + " | ".join(to_tsquery(o) for o in node.options) + ")"
    terms = [to_tsquery(k) for k in node.keep] + [f"!{to_tsquery(w)}" for w in node.without]
    return "(" + " & ".join(terms) + ")"


# -- running a search -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFilters:
    """The filters of the hits and search pages; None means any."""

    topics: tuple[str, ...] | None = None  # documents with a hit on one of these topics
    source: str | None = None
    language: str | None = None
    since: date | None = None  # first seen on or after
    until: date | None = None  # first seen on or before

    def apply(self, query: Select[Any]) -> Select[Any]:
        """Add these filters to a query that selects from ``document``."""
        conditions: list[ColumnElement[bool]] = []
        if self.topics is not None:
            conditions.append(
                exists().where(Hit.document_id == Document.id, Hit.topic_id.in_(self.topics))
            )
        if self.source:
            conditions.append(Document.source_id == self.source)
        if self.language:
            conditions.append(
                Document.language.startswith(self.language)
                | Document.detected_language.contains(self.language)
            )
        if self.since:
            conditions.append(Document.first_seen_at >= _day_start(self.since))
        if self.until:
            conditions.append(Document.first_seen_at < _day_start(self.until, next_day=True))
        return query.where(and_(*conditions)) if conditions else query


def _day_start(day: date, *, next_day: bool = False) -> datetime:
    start = datetime.combine(day, datetime.min.time(), UTC)
    return start + timedelta(days=1) if next_day else start


@dataclass(frozen=True)
class SearchResult:
    document_id: int
    page_no: int
    snippet: str  # the matched words between MARK_START and MARK_END


def search_documents(
    session: Session,
    query: str | Node,
    filters: DocumentFilters = DocumentFilters(),
    *,
    limit: int = 20,
    offset: int = 0,
) -> list[SearchResult]:
    """The documents whose text matches ``query``, newest first (first seen), one result per
    document: its first matching page, with a snippet. Raises :class:`QueryError`.

    Written as "documents, newest first, that have a matching page", so that the database can
    walk documents by date and stop at ``limit`` when the words are common, or look the words up
    in the index first when they are rare.
    """
    node = parse_query(query) if isinstance(query, str) else query
    matches = _page_matches(session, node)
    documents = filters.apply(
        select(Document.id).where(exists().where(DocumentPage.document_id == Document.id, matches))
    )
    ids = session.scalars(
        documents.order_by(Document.first_seen_at.desc(), Document.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    results = []
    for doc_id in ids:
        page_no = session.scalar(
            select(func.min(DocumentPage.page_no)).where(
                DocumentPage.document_id == doc_id, matches
            )
        )
        if page_no is not None:  # None only if the page was deleted since
            results.append(SearchResult(doc_id, page_no, _snippet(session, node, doc_id, page_no)))
    return results


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _page_matches(session: Session, node: Node) -> TextClause:
    """The condition "this ``document_page`` row matches" in the database's own terms."""
    if _postgres(session):
        return text(f"document_page.{TSVECTOR_COLUMN} @@ to_tsquery('simple', :q)").bindparams(
            q=to_tsquery(node)
        )
    return text(
        f"document_page.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q)"
    ).bindparams(q=to_fts5(node))


def _snippet(session: Session, node: Node, document_id: int, page_no: int) -> str:
    if _postgres(session):
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=20"
        sql = text(
            "SELECT ts_headline('simple', text, to_tsquery('simple', :q), :options) "
            "FROM document_page WHERE document_id = :d AND page_no = :p"
        )
        params = {"q": to_tsquery(node), "options": options, "d": document_id, "p": page_no}
    else:
        sql = text(
            f"SELECT snippet({FTS_TABLE}, 0, :start, :end, '…', 32) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :q AND rowid = (SELECT rowid FROM document_page "
            "WHERE document_id = :d AND page_no = :p)"
        )
        params = {
            "q": to_fts5(node),
            "start": MARK_START,
            "end": MARK_END,
            "d": document_id,
            "p": page_no,
        }
    return str(session.execute(sql, params).scalar() or "")


def rebuild_index(session: Session) -> None:
    """Rebuild the search index from ``document_page`` (after a restore, say).

    SQLite rebuilds the FTS5 table from its content table; PostgreSQL recomputes the generated
    column's index.
    """
    if _postgres(session):
        session.execute(text(f"REINDEX INDEX {TSVECTOR_INDEX}"))
    else:
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
