"""Finding quotations and their speakers: the steps behind ``analysis.quotes``, a module each.

``analysis.quotes`` is the entry point (``find_quotes``, ``quote_spans``) and its docstring states
the rules. It finds each document's quotation spans (``marks``), builds the document's look-ups
(``document``) and attributes its quotes (``attribution``), which reads the cues around a quote
with the verbs, roles and names of ``patterns``, asks ``speakers`` who a subject phrase names and
``referents`` whom a pronoun or nominal stands for.
"""
