"""Plot builders: tables in, plotly figures out. They never show or save; notebooks decide."""
