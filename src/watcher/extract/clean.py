"""Text clean-up for matching: decoding, mojibake, ligatures, invisible characters, and words
broken across lines.

Everything here is ``str -> str`` (or ``bytes -> str`` for decoding) and deterministic.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

_LOWER = "a-zà-öø-ÿœ"  # Latin lower-case letters, as in Dutch, French and German words
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\u00a0\u202f\u2007"), None
)
# A non-breaking space must stay a space, not vanish.
_INVISIBLE.update({0x00A0: " ", 0x202F: " ", 0x2007: " ", 0x2010: "-", 0x2011: "-"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u2000-\u200a\u3000]+")

# Mojibake: UTF-8 bytes that were decoded as windows-1252 ("Ã©" for "é", "â€™" for "’").
# Kept by hand (tried 2026-12-04): ftfy 6.3.1's fix_encoding agrees on the 212 text fixtures, but
# its decode_inconsistent_utf8 step turns "Ã  la carte: échec" into "à  la carte", which the
# tests keep as written; with that step off it no longer repairs "België en coopÃ©ration".
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿"
_MOJIBAKE = re.compile(
    "(?:[ÂÃ]["
    + _CP1252_HIGH
    + "]|â[€‚„…†‡‰‹›]["
    + _CP1252_HIGH
    + "]?|[ÅÆËÐ]["
    + _CP1252_HIGH
    + "])+"
)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode a byte that is not UTF-8 as windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", "replace"), error.end


codecs.register_error("watcher-cp1252", _cp1252_fallback)


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text, trusting the bytes over any declared encoding.

    A byte order mark wins; then valid UTF-8 (a page declared windows-1252 that is really
    UTF-8); then the declared encoding; then UTF-8 with each stray byte read as windows-1252
    (a windows-1252 page declared UTF-8: ``b"caf\\xe9"`` -> ``"café"``).
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            info = codecs.lookup(declared)
        except LookupError:
            info = None
        # rot13, base64, zlib... are codecs too, but not text encodings; and a declaration
        # readable as ASCII cannot be UTF-16 or UTF-32 (browsers ignore both): ignore such claims.
        codec = None
        if info is not None and getattr(info, "_is_text_encoding", True):
            codec = None if info.name.startswith(("utf-16", "utf-32")) else info.name
        if codec and codec not in ("utf-8", "ascii"):
            if codec in ("latin-1", "iso8859-1"):
                codec = "cp1252"  # what browsers do, and what such pages really are
            return data.decode(codec, "replace")
    return data.decode("utf-8", "watcher-cp1252")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252: ``"coopÃ©ration"`` -> ``"coopération"``.

    Only runs that decode cleanly are replaced, so genuine text is left alone.
    """
    if "Ã" not in text and "â" not in text and "Â" not in text and "Å" not in text:
        return text

    def repair(match: re.Match[str]) -> str:
        chunk = match.group(0)
        try:
            return chunk.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return chunk

    return _MOJIBAKE.sub(repair, text)


def normalize(text: str) -> str:
    """Unicode clean-up that keeps the line structure.

    Folds ligatures and compatibility forms (NFKC: ``"ﬁ"`` -> ``"fi"``, ``"5ᵉ"`` -> ``"5e"``),
    drops soft hyphens and zero-width characters, turns non-breaking spaces and other control
    characters into spaces and Unicode hyphens into ``-``. Line breaks and form feeds stay.
    """
    text = fix_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text)


_HYPHEN_BREAK = re.compile(r"([^\W\d_])[-\u2010\u2011] *\n\s*(?=([^\W_]+))")
_CONJUNCTION = frozenset({"en", "of", "und", "oder", "et", "ou", "and", "or", "tot", "bis", "à"})
_LINE_END = re.compile(r"(?<=[^\W\d_])(?P<space> *)\n(?:[ ]*\n)*[ ]*(?=[" + _LOWER + "])")
_WORD = re.compile(r"[^\W\d_]+")


def join_broken_words(text: str) -> str:
    """Rejoin words broken across line ends.

    * ``"infor-\\nmation"`` -> ``"information"`` (lower case on both sides);
      ``"EU-\\nlanden"`` -> ``"EU-landen"``; ``"lucht-\\nen ruimtevaart"`` keeps its hyphen.
    * Without a hyphen (``"verant\\n\\nwoordelijkheid"``), a break is joined when the joined
      word occurs elsewhere in the text, or when the document marks ordinary wrapped lines
      with a trailing space and this line has none (how the AIV's PDFs come out).
    """
    text = _HYPHEN_BREAK.sub(_join_hyphen, text)
    candidates = list(_LINE_END.finditer(text))
    if not candidates:
        return text
    with_space = sum(1 for m in candidates if m.group("space"))
    marks_wraps = with_space >= 10 and with_space >= 0.6 * len(candidates)
    vocabulary = Counter(w.lower() for w in _WORD.findall(text))
    pieces: list[str] = []
    last = 0
    for match in candidates:
        if match.group("space"):
            continue
        left = _word_before(text, match.start())
        right_match = _WORD.match(text, match.end())
        if not left or right_match is None:
            continue
        joined = (left + right_match.group(0)).lower()
        if vocabulary[joined] > 0 or (marks_wraps and len(left) > 1):
            pieces.append(text[last : match.start()])
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _join_hyphen(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    if after.lower() in _CONJUNCTION:
        return before + "- "
    if before.islower() and after[:1].islower():
        return before
    return before + "-"


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalpha()):
        start -= 1
    return text[start:end]


_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_TRAILING = re.compile(r"[ \t]+(?=\n|$)")


def tidy_lines(text: str) -> str:
    """Strip trailing spaces and collapse runs of blank lines to one blank line."""
    text = _TRAILING.sub("", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def clean(text: str, *, join_lines: bool = True) -> str:
    """The full clean-up: :func:`normalize`, :func:`join_broken_words`, :func:`tidy_lines`.

    ``join_lines=False`` skips the rejoining of broken words, for text whose line breaks are
    structural (HTML blocks, Word paragraphs).
    """
    text = normalize(text)
    if join_lines:
        text = join_broken_words(text)
    return tidy_lines(text)
