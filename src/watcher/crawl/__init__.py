"""Scrapy side of watcher: the one settings module, the record type, pipelines, extensions, runner.

A crawl runs in its own process (``runner.run_crawl``); everything it learns comes back as
``DocumentRecord`` objects, a new ``CrawlState`` and the crawl's stats.
"""
