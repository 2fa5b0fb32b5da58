"""Plot builders: tables in, plotly figures out. They never show or save; notebooks decide.

Importing this package sets plotly's default renderer to the ``plotly_mimetype`` bundle unless the
``PLOTLY_RENDERER`` environment variable says otherwise: a notebook output is then the figure's
JSON alone (small, deterministic, compared by nbval, drawn by JupyterLab), and ``analysis.report``
turns it into an offline HTML chart. No renderer that loads plotly.js from a CDN is ever used.
"""

import os

import plotly.io as pio

if "PLOTLY_RENDERER" not in os.environ:
    pio.renderers.default = "plotly_mimetype"
