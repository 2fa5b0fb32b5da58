"""The steps of reading quantities, a module for each, behind ``analysis.quantities``.

``analysis.quantities`` is the entry point (``extract_figures``, ``figure_rows``): it takes the
candidate positions of a text (``scanner``), reads each into a figure and gathers the rows. The
steps it calls live here so that each can be read and changed alone: the number words
(``words``), the vocabulary from ``analysis/data/`` (``lexicon``), numbers in digits and words
(``numerals``), the words around a number (``nouns``), scales, units, currencies and rates
(``units``), ranges and ratios (``ranges``), what is not a figure (``filters``) and figures read
together (``neighbours``).
"""
