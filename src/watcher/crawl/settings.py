"""THE Scrapy settings module (``scrapy.cfg`` and ``SCRAPY_SETTINGS_MODULE`` point here).

Polite by default: robots.txt obeyed, a user agent that names watcher and the operator's contact
address, AutoThrottle, per-site delays (spiders' ``custom_settings``), retries with backoff, a size
limit and a cap on requests per run. Everything can be overridden with ``-s NAME=value``
(tests lower the delays that way, never by changing a spider).

This module is an entry point: it reads watcher's Settings once, here, when Scrapy loads it.
"""

from __future__ import annotations

from watcher.crawl.sources import SPIDER_PACKAGE
from watcher.settings import load_settings

_watcher = load_settings()

BOT_NAME = "watcher"
SPIDER_MODULES = [SPIDER_PACKAGE]
NEWSPIDER_MODULE = SPIDER_PACKAGE

USER_AGENT = _watcher.user_agent
ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening port in a crawl process

# One request at a time per site, at least 1 s apart; AutoThrottle slows down further when the
# site does. Spiders raise DOWNLOAD_DELAY where a site asks for more (the Chamber: 5 s).
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024  # the largest CRIV seen is 3.1 MB; parliamentary PDFs more
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024

# Retries on 5xx, timeouts and connection resets, with exponential backoff between attempts.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
WATCHER_RETRY_BACKOFF_BASE = 5.0  # seconds; attempt n waits base * 2**(n-1), at most MAX
WATCHER_RETRY_BACKOFF_MAX = 120.0

# Only http(s): Scrapy's handlers of file:, data:, s3: and ftp: addresses are switched off (a page
# linking file:///etc/passwd must not get a local file read), and OwnHostsMiddleware refuses any
# address outside the spider's hosts before robots.txt or the download.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
DOWNLOADER_MIDDLEWARES = {
    "watcher.crawl.middlewares.OwnHostsMiddleware": 50,
    "watcher.crawl.middlewares.RequestCapMiddleware": 110,  # after robots.txt (100)
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "watcher.crawl.middlewares.BackoffRetryMiddleware": 550,
    "watcher.crawl.middlewares.CircuitBreakerMiddleware": 540,
}
SPIDER_MIDDLEWARES = {"watcher.crawl.middlewares.CallbackErrorsMiddleware": 10}
ITEM_PIPELINES = {"watcher.crawl.validation.ValidateRecords": 100}
EXTENSIONS = {"watcher.crawl.extensions.StatsDump": 500}

# A cap on requests per run (robots.txt included); a spider may lower it.
WATCHER_MAX_REQUESTS = 400
# Consecutive requests that failed after their retries before the crawl stops (the Chamber resets
# connections on long crawls; hammering it then only makes things worse).
WATCHER_BREAKER_FAILURES = 3
# Runs a pending document (listed, file not fetched yet) is retried before it is dropped loudly.
WATCHER_PENDING_MAX_ATTEMPTS = 30

# Where downloaded files go (content-addressed) and where each source really lives. A base-URL
# override points a spider elsewhere, e.g. at the replay: -s 'WATCHER_BASE_URLS={"nl_aiv": "http://127.0.0.1:8801"}'
WATCHER_RAW_DIR = str(_watcher.raw_dir)
WATCHER_BASE_URLS: dict[str, str] = {}
# The kinds (Soort) of Tweede Kamer documents fetched; empty: every kind (the default, since a team
# cannot know which kind will mention its topic). Set with WATCHER_TK_KINDS='["Motie", ...]'.
WATCHER_TK_KINDS = list(_watcher.tk_kinds)

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
