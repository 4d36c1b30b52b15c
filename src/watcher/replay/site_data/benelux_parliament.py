# ruff: noqa: E501  (post data reads best unbroken)
"""The Benelux Parliament site as replayed: WordPress posts, its REST API and its HTML lists.

No real page of this site was available. Real ([V], sources.md 4): the host, the /nl/ and /fr/
prefixes, the permalink form and the post "hoogtepunten-plenaire-zitting-9-en-10-december-2022",
document numbers like 936/2 and 840/1. Inferred ([I]): the REST API (WordPress core), the ``lang``
field and filter (Polylang), the document-list pages and the theme's markup.
"""

from __future__ import annotations

from typing import Any

HOST = "https://www.beneluxparl.eu"
UPLOADS = f"{HOST}/wp-content/uploads"


ROUTES = ["rest", "feeds", "sitemap", "lists"]


def _post(
    id_: int, lang: str, when: str, slug: str, title: str, content: str, modified: str | None = None,
    *, twins: dict[str, int] | None = None, routes: list[str] | None = None,
) -> dict[str, Any]:  # fmt: skip
    day = when[:10].replace("-", "/")
    return {
        "id": id_, "lang": lang, "slug": slug, "title": title, "content": content,
        "date": when, "date_gmt": when, "modified": modified or when, "modified_gmt": modified or when,
        "link": f"{HOST}/{lang}/{day}/{slug}/", "translations": twins or {},
        # Where the post shows (REST API, feeds, sitemap, document lists); its page always exists.
        "routes": routes or ROUTES,
    }  # fmt: skip


POSTS = [
    _post(
        2631,
        "nl",
        "2022-12-12T10:15:00",
        "aanbeveling-defensiesamenwerking-in-de-benelux",
        "Aanbeveling inzake defensiesamenwerking in de Benelux (936/2)",
        "<p>Het Beneluxparlement heeft op 9 december 2022 unaniem een aanbeveling inzake defensiesamenwerking aangenomen.</p>"
        f'<p><a href="{UPLOADS}/2022/12/936-2-NL.pdf">Doc. 936/2 - Aanbeveling inzake defensiesamenwerking in de Benelux (PDF)</a></p>',
        twins={"nl": 2631, "fr": 2633},
    ),
    _post(
        2633,
        "fr",
        "2022-12-12T10:20:00",
        "recommandation-cooperation-en-matiere-de-defense",
        "Recommandation relative à la coopération en matière de défense au sein du Benelux (936/2)",
        "<p>Le Parlement Benelux a adopté le 9 décembre 2022 une recommandation relative à la coopération en matière de défense.</p>"
        f'<p><a href="{UPLOADS}/2022/12/936-2-FR.pdf">Doc. 936/2 - Recommandation (PDF)</a></p>',
        twins={"nl": 2631, "fr": 2633},
    ),
    _post(
        2629,
        "nl",
        "2022-12-12T09:00:00",
        "hoogtepunten-plenaire-zitting-9-en-10-december-2022",
        "Hoogtepunten plenaire zitting 9 en 10 december 2022",
        "<p>Tijdens de plenaire zitting van 9 en 10 december 2022 werden aanbevelingen aangenomen.</p>",
        twins={"nl": 2629, "fr": 2630},
    ),
    # Reconstructed: the FR twin of the real NL post above, with its own slug and no number.
    _post(
        2630,
        "fr",
        "2022-12-12T09:05:00",
        "faits-marquants-de-la-session-pleniere-des-9-et-10-decembre-2022",
        "Faits marquants de la session plénière des 9 et 10 décembre 2022",
        "<p>Lors de la session plénière des 9 et 10 décembre 2022, des recommandations ont été adoptées.</p>",
        twins={"nl": 2629, "fr": 2630},
    ),
    # Reconstructed unknown value: a post that only the NL feed shows (not the REST API, the
    # sitemap or the lists), as a custom post type or a plugin's exclusion can make happen.
    _post(
        2701,
        "nl",
        "2023-03-20T11:00:00",
        "werkbezoek-marinesamenwerking-den-helder",
        "Werkbezoek aan de Belgisch-Nederlandse marinesamenwerking",
        "<p>Een delegatie van het Beneluxparlement bezocht de Belgisch-Nederlandse marinesamenwerking in Den Helder.</p>",
        routes=["feeds"],
    ),
    _post(
        1102,
        "nl",
        "2012-03-16T14:00:00",
        "activiteitenverslag-2011",
        "Activiteitenverslag 2011 (840/1)",
        f'<p><a href="{UPLOADS}/2012/03/840-1-NL.pdf">Activiteitenverslag 2011 - Doc. 840/1</a></p>',
    ),
]
PDFS = [
    (
        "/wp-content/uploads/2022/12/936-2-NL.pdf",
        "Aanbeveling inzake defensiesamenwerking in de Benelux (936/2)",
        "000_33b612e987789d3d.txt",
    ),
    ("/wp-content/uploads/2022/12/936-2-FR.pdf", "Recommandation (936/2)", None),
    ("/wp-content/uploads/2012/03/840-1-NL.pdf", "Activiteitenverslag 2011 (840/1)", None),
    (
        "/wp-content/uploads/2023/06/944-1-NL.pdf",
        "Aanbeveling inzake militaire mobiliteit (944/1)",
        None,
    ),
]
# The media library's PDFs (REST ``/wp/v2/media``): two that posts link, one that none does.
MEDIA = [
    {"id": 3001, "date": "2022-12-12T10:10:00", "modified": "2022-12-12T10:10:00", "mime_type": "application/pdf",
     "source_url": f"{UPLOADS}/2022/12/936-2-NL.pdf", "title": "936-2-NL", "post": 2631},
    {"id": 3002, "date": "2022-12-12T10:12:00", "modified": "2022-12-12T10:12:00", "mime_type": "application/pdf",
     "source_url": f"{UPLOADS}/2022/12/936-2-FR.pdf", "title": "936-2-FR", "post": 2633},
    {"id": 3105, "date": "2023-06-10T16:00:00", "modified": "2023-06-10T16:00:00", "mime_type": "application/pdf",
     "source_url": f"{UPLOADS}/2023/06/944-1-NL.pdf", "title": "Aanbeveling inzake militaire mobiliteit (944/1)", "post": None},
    {"id": 3106, "date": "2023-06-10T16:05:00", "modified": "2023-06-10T16:05:00", "mime_type": "image/jpeg",
     "source_url": f"{UPLOADS}/2023/06/plenaire.jpg", "title": "plenaire", "post": None},
]  # fmt: skip


def _pdf(path: str, title: str, text: str | None) -> dict[str, Any]:
    build: dict[str, Any] = {"kind": "pdf", "title": title}
    if text:
        build["text"] = text
        note = f"reconstructed: PDF made from seed {text}, a stand-in text (an opinion piece on a Benelux security pact), not the real document"
    else:
        build["placeholder"] = f"Replay placeholder for '{title}'. No text available."
        note = "reconstructed: placeholder PDF (no text available)"
    return {"path": path, "file": "uploads/" + path.rsplit("/", 1)[-1], "real": False, "note": note,
            "last_modified": "2022-12-12T10:00:00+00:00", "build": build}  # fmt: skip


MANIFEST: dict[str, Any] = {
    "slug": "benelux_parliament",
    "real_hosts": [HOST, "https://beneluxparl.eu"],
    "notes": "Everything here is reconstructed; see the module docstring of site_data/benelux_parliament.py for what is real.",
    "files": [
        {
            "path": "/robots.txt",
            "file": "robots.txt",
            "real": False,
            "content_type": "text/plain",
            "note": "reconstructed [I]: the usual WordPress robots.txt",
            "build": {
                "kind": "text",
                "content": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
            },
        },
        *[_pdf(*p) for p in PDFS],
    ],
    "dynamic": [
        {
            "path": "/wp-json/wp/v2/posts",
            "handler": "wp_rest_posts",
            "data": "posts.json",
            "real": False,
            "note": "WordPress REST API [I]: per_page, page, after, before, modified_after, lang; X-WP-Total(Pages)",
        },
        {
            "path": "/wp-json/wp/v2/media",
            "handler": "wp_rest_media",
            "data": "media.json",
            "real": False,
            "note": "WordPress REST media [I]: mime_type, per_page, page",
        },
        {
            "path": r"/(?P<lang>nl|fr)/feed/",
            "handler": "wp_feed",
            "data": "posts.json",
            "real": False,
            "note": "WordPress RSS 2.0 feed per language [I] (core feed under Polylang's prefix), content:encoded",
        },
        {
            "path": r"/wp-sitemap(?P<part>-posts-post-1)?\.xml",
            "handler": "wp_sitemap",
            "data": "posts.json",
            "real": False,
            "note": "WordPress core sitemap [I]: index, then the posts' sitemap",
        },
        {
            "path": r"/(?P<lang>nl)/documenten/(?:page/(?P<page>\d+)/)?",
            "handler": "wp_html",
            "data": "posts.json",
            "real": False,
            "note": "document list page [I] (address not found in archived material)",
        },
        {
            "path": r"/(?P<lang>fr)/documents/(?:page/(?P<page>\d+)/)?",
            "handler": "wp_html",
            "data": "posts.json",
            "real": False,
            "note": "document list page [I] (address not found in archived material)",
        },
        {
            "path": r"/(?P<lang>nl|fr)/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/",
            "handler": "wp_html",
            "data": "posts.json",
            "real": False,
            "note": "post page at its permalink [V form], theme markup [I]",
        },
    ],
    "data_files": {"posts.json": POSTS, "media.json": MEDIA},
}
