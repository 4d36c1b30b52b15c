"""watcher: monitoring pipeline for new Benelux defence publications."""

__version__ = "0.1.0"
