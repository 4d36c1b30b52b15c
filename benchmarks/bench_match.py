"""Matching speed: MB/s of clean text for the shipped topics and for 100 generated topics, and
matching's share of a replay poll's wall time.

Run: .venv/bin/python benchmarks/bench_match.py [--repeat 5] [--profile] [--no-poll]
Two corpora, each document matched on its own, page by page, as the pipeline does:

* **mixed** (0.9 MB): the five seed texts plus generated documents of 20-400 kB that mix their
  sentences with invented words (so that documents do not repeat one vocabulary);
* **real**: only real publications, the five seeds and two verbatim reports of the Belgian
  Chamber (a plenary and the defence committee, captured pages in tests/fixtures).

Both are defence texts through and through, the worst case for a matcher whose work grows with
what it finds: the line under each figure says how many topics matched per document.
The passes of the two topic sets alternate, so that a slower spell of a shared machine
weighs on both alike; the ratio is taken within one run. Then one poll of the bundled replay of
the four sources (as ``benchmarks/bench_poll.py`` runs it) with the time spent in
``match_document`` added up. Targets (issue #17): >= 10 MB/s per core with the shipped topics,
at most 3x slower with 104, under 2 % of a poll. Not a test: nothing asserts a speed.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from watcher import documents as document_steps
from watcher import steps
from watcher.extract import extract
from watcher.match import Topic, load_topics, match_document, topics_from_text
from watcher.replay.build_site import TEXTS_DIR as SEEDS
from watcher.replay.sites import SITES_DIR
from watcher.settings import load_settings
from watcher.timeutil import utcnow

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [
    SITES_DIR / "be_chamber" / "real" / name
    for name in (
        "criv_plenum_PCRI_56_ip079x.html",
        "criv_commissie_CCRI_56_ic104x_landsverdediging.html",
    )
]


def pages_of(text: str) -> list[str]:
    return [text[i : i + 3000] for i in range(0, len(text), 3000)]


def real_corpus() -> list[list[str]]:
    """The seeds and the Chamber's verbatim reports, as lists of pages (about 3 kB each)."""
    return [pages_of(extract(p.read_bytes()).text) for p in sorted(SEEDS.glob("*.txt")) + REPORTS]


def corpus(rng: random.Random) -> list[list[str]]:
    """Documents as lists of pages (about 3 kB each)."""
    seeds = [extract(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))]
    sentences = [s for text in seeds for s in re.split(r"(?<=[.;:])\s+", text) if len(s) > 20]
    syllables = [
        "ver",
        "de",
        "ling",
        "sa",
        "men",
        "wer",
        "king",
        "on",
        "der",
        "ge",
        "bied",
        "tion",
        "coo",
        "pé",
        "ra",
        "ti",
        "tei",
        "gung",
    ]
    documents = [pages_of(text) for text in seeds]
    for size in (20_000, 50_000, 100_000, 200_000, 400_000):
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            sentence = rng.choice(sentences).split()
            for _ in range(3):  # invented words widen the vocabulary
                word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 5)))
                sentence.insert(rng.randrange(len(sentence) + 1), word)
            parts.append(" ".join(sentence))
        text = "\n".join(parts)
        documents.append(pages_of(text))
    return documents


def generated_topics(count: int, rng: random.Random, words: list[str]) -> list[Topic]:
    """``count`` topics shaped like the shipped ones: aliases, acronyms, groups, a rule."""
    lines = ["version: 1", "topics:"]
    for n in range(count):
        pick = lambda k: rng.sample(words, k)  # noqa: E731
        lines += [
            f"  - id: generated-{n}",
            f"    name: Generated {n}",
            "    description: A generated topic for the benchmark.",
            "    groups:",
            f"      a: [{', '.join(w + '*' for w in pick(6))}]",
            f"      b: [{', '.join(pick(6))}, '*{pick(1)[0]}']",
            "    aliases:",
            f"      nl: ['{' '.join(pick(2))}*', '{' '.join(pick(3))}']",
            f"      fr: ['{' '.join(pick(2))}', '*{pick(1)[0]}*']",
            f"      en: ['{' '.join(pick(2))}*']",
            f"      de: ['{''.join(pick(2))}*']",
            f"    acronyms: [{''.join(rng.choice('BCDFGKLMNPRSTVZ') for _ in range(4))}]",
            "    rules:",
            "      - {name: near, all: [a, b], within: 6}",
            "    examples: {positive: [x], negative: [y]}",
        ]
    return topics_from_text("\n".join(lines) + "\n", "<generated>")


def throughput(
    documents: list[list[str]], topic_sets: list[list[Topic]], repeat: int
) -> list[list[float]]:
    """MB/s of each of ``repeat`` passes over the corpus with each topic set, in CPU time (what
    one core does, whatever else the shared machine runs), the sets taking turns (every
    document matched on its own; only the compiled topics are shared between documents, as in
    the pipeline)."""
    size = sum(len(page.encode()) for doc in documents for page in doc)
    rates: list[list[float]] = [[] for _ in topic_sets]
    for _ in range(repeat):
        for topics, measured in zip(topic_sets, rates, strict=True):
            started = time.process_time()
            for pages in documents:
                match_document(pages, topics)
            measured.append(size / (time.process_time() - started) / 1e6)
    return rates


def profile(documents: list[list[str]], topics: list[Topic]) -> None:
    """Where one pass spends its time (the functions with the most time of their own)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for pages in documents:
        match_document(pages, topics)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def poll_share() -> tuple[float, float, int]:
    """One replay poll of the four sources: (wall seconds, CPU seconds in ``match_document``,
    documents matched). (Matching's CPU time against the poll's wall time: on a loaded machine
    its wall time would count other processes' turns.)"""
    spent = [0.0, 0]
    original: Callable[..., Any] = document_steps.match_document

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - started
            spent[1] += 1

    with tempfile.TemporaryDirectory(prefix="watcher-bench-") as tmp:
        settings = load_settings(
            database_url=f"sqlite:///{tmp}/watcher.db",
            data_dir=Path(tmp) / "data",
            teams_file=Path(tmp) / "no-teams.yaml",  # alerts go to the local file
            topics_file=ROOT / "config" / "topics.yaml",
        )
        document_steps.match_document = timed  # type: ignore[assignment]
        try:
            with steps.open_runtime(settings, replay=True) as rt:
                started = time.perf_counter()
                for slug in steps.enabled_sources(rt):
                    report = steps.ingest(rt, slug, steps.crawl(rt, slug), now=utcnow())
                    steps.extract_and_match(rt, report, now=utcnow(), announce=True)
                steps.send_immediate(rt, now=utcnow())
                wall = time.perf_counter() - started
        finally:
            document_steps.match_document = original  # type: ignore[assignment]
    return wall, spent[0], int(spent[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile one pass of each")
    parser.add_argument("--no-poll", action="store_true", help="skip the replay poll")
    args = parser.parse_args()
    rng = random.Random(20260513)
    mixed = corpus(rng)
    shipped = load_topics(ROOT / "config" / "topics.yaml")
    vocabulary = sorted({w.lower() for doc in mixed[:5] for page in doc
                         for w in re.findall(r"[^\W\d_]{5,}", page)})  # fmt: skip
    generated = generated_topics(100, rng, vocabulary)
    print(f"{args.repeat} passes each, one core; MB/s of the best pass and the median one")
    for corpus_name, documents in (("mixed", mixed), ("real", real_corpus())):
        size = sum(len(page.encode()) for doc in documents for page in doc)
        print(
            f"\n{corpus_name} corpus: {len(documents)} documents, {size / 1e6:.2f} MB, 3 kB pages"
        )
        sets = {"shipped": shipped, "shipped + 100 generated": shipped + generated}
        for topics in sets.values():
            match_document(documents[0], topics)  # compile the topics' automaton (cached)
        best, median = {}, {}
        measured = throughput(documents, list(sets.values()), args.repeat)
        for (label, topics), rates in zip(sets.items(), measured, strict=True):
            best[label], median[label] = max(rates), statistics.median(rates)
            name = f"{label} topics ({len(topics)}):"
            print(f"{name:40s} best {max(rates):6.1f}  median {statistics.median(rates):6.1f} MB/s")
            matched = sum(len(match_document(pages, topics)) for pages in documents)
            print(f"{'':40s} {matched / len(documents):.1f} topics matched per document")
            if args.profile:
                profile(documents, topics)
        slowdown = {kind: rates["shipped"] / rates["shipped + 100 generated"]
                    for kind, rates in (("best", best), ("median", median))}  # fmt: skip
        print(
            f"slowdown at 104 topics: {slowdown['best']:.2f}x (best passes),"
            f" {slowdown['median']:.2f}x (median ones); target <= 3x (and >= 10 MB/s)"
        )
    if not args.no_poll:
        wall, matching, documents_matched = poll_share()
        print(
            f"\nreplay poll: {wall:.1f} s wall, of which matching {matching * 1000:.0f} ms"
            f" ({documents_matched} documents): {100 * matching / wall:.2f} % (target < 2 %)"
        )


if __name__ == "__main__":
    main()
