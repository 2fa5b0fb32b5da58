"""What notebooks show besides charts: escaped tables, headline findings, notes.

Corpus text is untrusted: everything here is HTML-escaped before it reaches a page, and marked
for MathJax to leave alone (JupyterLab would typeset "$5 and $x^2$" as TeX).

Inside a notebook each helper displays its output at once (so it shows even inside an ``if``
block) and returns None; elsewhere it returns the displayable object.
"""

from __future__ import annotations

import html

import pandas as pd

HEADLINE_MIME = "application/vnd.news-analysis.headline+json"


# JupyterLab typesets TeX in HTML outputs ("$5 and $10" would lose its dollars to MathJax):
# corpus text sits in an element MathJax 3 (and 2) is told to leave alone.
_NO_TEX = '<div class="mathjax_ignore tex2jax_ignore">{}</div>'


class _Html:
    """An object that Jupyter shows as HTML (and as plain text elsewhere), never typeset as TeX."""

    def __init__(self, markup: str, text: str, extra: dict | None = None) -> None:
        self.markup, self.text, self.extra = _NO_TEX.format(markup), text, extra or {}

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.markup, "text/plain": self.text, **self.extra}


def _show(item: _Html) -> _Html | None:
    try:
        from IPython import get_ipython
    except ImportError:
        return item
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return item
    from IPython.display import display

    display(item)
    return None


def headline(findings: list[str], *, title: str = "Headline findings") -> _Html | None:
    """The findings a report's index card shows, displayed at the top of a notebook.

    Args:
        findings: short sentences, each with its number (``"russia: 14 mentions"``).
        title: the heading above them.

    Returns:
        A displayable object; ``analysis.report`` reads the findings back from the executed
        notebook through its ``HEADLINE_MIME`` output.
    """
    items = "".join(f"<li>{html.escape(f)}</li>" for f in findings)
    markup = f'<div class="headline"><h3>{html.escape(title)}</h3><ul>{items}</ul></div>'
    text = "\n".join(f"- {f}" for f in findings)
    return _show(_Html(markup, text, {HEADLINE_MIME: {"findings": list(findings)}}))


def note(message: str) -> _Html | None:
    """A plain-language note, e.g. why a chart is absent for a one-document corpus."""
    return _show(_Html(f'<p class="note"><em>{html.escape(message)}</em></p>', message))


def decimal(value: float) -> str:
    """A decimal for reading: whole numbers with separators, others to four significant digits."""
    if value != value:  # NaN
        return ""
    if abs(value) < 1e18 and value == int(value):
        return f"{value:,.0f}"
    if abs(value) >= 1000:
        return f"{value:,.1f}"
    return f"{value:.4g}"


def table(frame: pd.DataFrame, *, max_rows: int = 50, caption: str | None = None) -> _Html | None:
    """An escaped HTML table of at most ``max_rows`` rows; an empty table becomes a note.

    Args:
        frame: any DataFrame; cell values are shown as text, never as markup. Decimals are
            shown to four significant digits.
        max_rows: rows shown; a line under the table says how many were left out.
        caption: shown above the table.
    """
    if frame.empty:
        return note(f"{caption + ': ' if caption else ''}no rows to show.")
    shown = frame.head(max_rows)
    markup = shown.to_html(
        escape=True, index=False, border=0, classes="data-table", na_rep="", float_format=decimal
    )
    if caption:
        markup = f'<p class="caption"><strong>{html.escape(caption)}</strong></p>{markup}'
    if len(frame) > max_rows:
        markup += f'<p class="note">{len(frame) - max_rows} more rows not shown.</p>'
    return _show(_Html(markup, shown.to_string(index=False)))
