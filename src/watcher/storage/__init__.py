"""SQL storage: tables (``models``), engine and sessions (``db``), writes that must be idempotent
(``repo``), and the raw-file store on disk (``rawstore``)."""
