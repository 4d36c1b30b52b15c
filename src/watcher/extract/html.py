"""HTML -> the main text of the page, without navigation, menus, footers and cookie banners."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag
from bs4.element import NavigableString, PageElement

from watcher.extract.clean import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "form", "button", "select", "input", "textarea", "nav", "aside", "menu", "dialog", "head",
)  # fmt: skip
_DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
     "dialog", "alertdialog", "toolbar"}
)  # fmt: skip
# id/class words of boilerplate blocks; matched as whole words of the attribute value.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cookiebanner|cc-banner|privacy-banner|navbar|nav|"
    r"menu|megamenu|breadcrumbs?|sidebar|footer|site-header|skip-?link|share|social|"
    r"newsletter|pagination|related|toolbar)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MAIN_SELECTORS = ("main", "[role=main]", "article", "#content", "#main", "#main-content",
                   ".main-content", ".content")  # fmt: skip
_BLOCK = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
        "br",
        "td",
        "th",
    ]
)
_WS = re.compile(r"\s+")


def html_text(data: bytes) -> str:
    """HTML bytes -> the readable main content, one block per line.

    ``<nav>``, ``<footer>``, ``<aside>``, scripts, forms and blocks whose id or class says
    cookie, consent, menu, breadcrumb, sidebar... are dropped; when the page has a ``<main>``,
    ``role="main"`` or a single ``<article>``, only that is kept.
    """
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "replace") if match else None
    soup = BeautifulSoup(decode(data, declared), "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    body_length = len((soup.body or soup).get_text())
    for tag in soup.find_all(_is_boilerplate):
        # A wrapper that merely mentions "cookie" in its class must not take the page with it.
        if (
            tag.decomposed
            or tag.find(["main", "article"])
            or len(tag.get_text()) > body_length // 2
        ):
            continue
        tag.decompose()
    root = _main_content(soup)
    # Site-wide header and footer only outside the main content: an article's own <header>
    # holds its title.
    if root is soup.body or root is soup:
        for tag in root.find_all(["header", "footer"]):
            tag.decompose()
    parts: list[str] = []
    _walk(root, parts)
    return "".join(parts)


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    role = tag.get("role")
    if isinstance(role, str) and role.lower() in _DROP_ROLES:
        return True
    if tag.get("aria-hidden") == "true":
        return True
    classes: object = tag.get("class") or []
    words = " ".join(classes) if isinstance(classes, list) else str(classes)
    ident = tag.get("id")
    words += " " + (ident if isinstance(ident, str) else "")
    return bool(words.strip()) and bool(_BOILERPLATE.search(words))


def _main_content(soup: BeautifulSoup) -> Tag:
    for selector in _MAIN_SELECTORS:
        found = soup.select(selector)
        if found:
            best = max(found, key=lambda t: len(t.get_text()))
            if len(best.get_text(strip=True)) >= 200 or selector in ("main", "[role=main]"):
                return best
    return soup.body or soup


def _walk(root: Tag, parts: list[str]) -> None:
    """Append the text under ``root`` to ``parts``, a line break around each block.

    Iterative, not recursive: HTML nested thousands deep (hostile or broken) must not exhaust
    Python's stack.
    """
    stack: list[PageElement | str] = list(reversed(list(root.children)))
    while stack:
        item = stack.pop()
        if isinstance(item, NavigableString):
            parent = item.parent
            if parent is not None and parent.name == "pre":
                parts.append(str(item))
            else:
                parts.append(_WS.sub(" ", str(item)))
        elif isinstance(item, Tag):
            if item.name in _BLOCK:
                parts.append("\n")
                stack.append("\n")  # written once the element's children are done
            stack.extend(reversed(list(item.children)))
        elif isinstance(item, str):
            parts.append(item)
