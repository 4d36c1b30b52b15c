"""Plain text -> pages: form feeds (as ``pdftotext`` writes them) separate pages."""

from __future__ import annotations

from watcher.extract.clean import decode


def text_pages(data: bytes) -> list[str]:
    """Text bytes in any common encoding -> raw text of each page."""
    return decode(data).split("\f")
