"""Which of Dutch, French, English and German a text is written in, from function words.

Only words that belong to one of the four languages count ("de", "en", "die", "in" are shared
and left out), which is enough to tell paragraphs apart and costs one regex pass. Kept by hand
rather than a detector library: four known languages, deterministic, no model to load.
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "dat",
            "niet",
            "zijn",
            "voor",
            "met",
            "ook",
            "aan",
            "bij",
            "worden",
            "wordt",
            "werd",
            "deze",
            "dit",
            "naar",
            "door",
            "maar",
            "nog",
            "wel",
            "kan",
            "moet",
            "hun",
            "tot",
            "uit",
            "zich",
            "heeft",
            "hebben",
            "onder",
            "tussen",
            "zoals",
            "meer",
            "geen",
            "waar",
            "wat",
            "hoe",
            "omdat",
            "zal",
            "zullen",
            "dan",
            "reeds",
            "enkele",
            "alle",
            "hierbij",
            "verder",
            "tegen",
            "wij",
            "ons",
            "onze",
            "jullie",
            "mij",
            "haar",
            "hij",
            "zij",
            "zo",
            "al",
            "na",
            "om",
            "te",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "une",
            "est",
            "pour",
            "dans",
            "sur",
            "par",
            "pas",
            "qui",
            "que",
            "avec",
            "sont",
            "ont",
            "aux",
            "ces",
            "cette",
            "mais",
            "ou",
            "leur",
            "leurs",
            "nous",
            "vous",
            "ils",
            "elle",
            "être",
            "été",
            "fait",
            "peut",
            "plus",
            "comme",
            "entre",
            "sans",
            "sous",
            "dont",
            "notre",
            "nos",
            "sera",
            "très",
            "aussi",
            "d",
            "l",
            "qu",
            "ainsi",
            "ce",
            "se",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "this",
            "that",
            "with",
            "for",
            "on",
            "by",
            "from",
            "which",
            "have",
            "has",
            "it",
            "its",
            "not",
            "but",
            "their",
            "they",
            "we",
            "our",
            "will",
            "would",
            "should",
            "can",
            "could",
            "these",
            "those",
            "than",
            "into",
            "about",
            "there",
            "also",
            "such",
            "between",
            "more",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "zu",
            "auf",
            "für",
            "im",
            "sich",
            "auch",
            "wird",
            "werden",
            "bei",
            "aus",
            "nach",
            "über",
            "durch",
            "oder",
            "wie",
            "sind",
            "hat",
            "haben",
            "kann",
            "muss",
            "noch",
            "zur",
            "zum",
            "dass",
            "daß",
            "wir",
            "unsere",
            "ihre",
            "sowie",
            "vom",
            "diese",
            "dieser",
            "diesem",
            "wurde",
            "wurden",
            "gegen",
        ]
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+")
_LOOKUP: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LOOKUP[_word] = (*_LOOKUP.get(_word, ()), _lang)
# Words that two of the four languages share say nothing.
_LOOKUP = {word: langs for word, langs in _LOOKUP.items() if len(langs) == 1}

#: Fewer function words than this and the language is not guessed.
MIN_EVIDENCE = 2
#: A second language must reach this share of the counted words to be listed.
SECOND_LANGUAGE_SHARE = 0.2


def language_counts(text: str) -> Counter[str]:
    """Function-word counts per language: ``"de marine van België"`` -> ``{"nl": 1}``."""
    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(text.lower()):
        langs = _LOOKUP.get(token)
        if langs:
            counts[langs[0]] += 1
    return counts


def languages_of(counts: Counter[str]) -> tuple[str, ...]:
    """Languages with a fair share of ``counts``, most frequent first; ``()`` if too little."""
    total = sum(counts.values())
    if total < MIN_EVIDENCE:
        return ()
    ranked = counts.most_common()
    best = ranked[0][0]
    others = tuple(lang for lang, n in ranked[1:] if n >= SECOND_LANGUAGE_SHARE * total)
    return (best, *others)


def detect_language(text: str) -> str | None:
    """``"nl"``, ``"fr"``, ``"en"``, ``"de"``, or ``None`` when the text is too short to tell."""
    found = languages_of(language_counts(text))
    return found[0] if found else None
