"""The machinery behind ``analysis.terms``: from documents to term counts, fast.

``analysis.terms`` states what a term is and gives the tables; the modules here do the work,
each a step: ``options`` (how tokens become terms), ``whitespace`` (cut texts into chunks and
number them), ``chunks`` (each distinct chunk's terms), ``sequence`` (all documents' terms as
ids, and n-gram windows), ``counts`` (counts per document and term), ``groups`` (documents by
column or period) and ``measures`` (G², log ratio, p). Nothing here is imported by notebooks:
they call ``analysis.terms``, ``analysis.collocations``, ``analysis.keyness`` and
``analysis.trends`` (all re-exported by ``analysis.terms``).

Speed: tokens never contain whitespace and the tokeniser's rules look at nothing beyond a token's
own characters and the character after it, so a text's tokens are those of its whitespace-separated
chunks tokenised one by one, and each distinct chunk need be read once. The sentences (or whole
texts) are laid end to end, newline-separated, and cut into chunks at whitespace in their UTF-8
bytes with numpy (whitespace as ``str.split`` has it); Arrow numbers the distinct chunks. Of
those, one ASCII word between marks (``(Russia),``) is read with Arrow's regular expressions, other
plain words in Python, and the rest by one ``tokenize`` call over them all, newline-separated. Each
distinct chunk's terms, laid out flat, are then spread over its occurrences with numpy, and the
counts come from ``bincount``, hashing (``pd.unique``, ``pd.factorize``) and an Arrow sort;
``tests/terms/test_fast_path.py`` checks every step against ``str.split`` and plain ``tokenize``.
"""
