"""The steps of finding actors, a module for each, behind ``analysis.actors``.

``analysis.actors`` is the entry point (``find_mentions``, ``unknown_actors``,
``mentions_cli_rows``) and re-exports the rest, so notebooks, the CLI and the other analyses
import every actor table from there. The steps live here so that each can be read and changed
alone: the dictionary's actors and the automaton built from their names (``dictionary``), reading
the YAML files into one (``loading``), the automaton's matches in a text (``matching``), what
each match refers to in its document (``resolving``, with ``places`` for the names of places and
demonyms, ``parties`` for parties' names and ``context`` for the words around a match),
capitalised names the dictionary does not know (``unknown``, with ``runs`` for what a run of
capitalised words holds) and the tables and headlines built on a mentions table (``summaries``).
"""
