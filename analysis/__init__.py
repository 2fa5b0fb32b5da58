"""News-corpus analysis toolkit: corpus files in, pandas tables out, offline HTML reports."""

__version__ = "0.1.0"
