"""The readers of the corpus file formats, a module for each kind of file.

``analysis.corpus`` finds the corpus files, reads and decodes them, and hands each file's text to
the reader of its format, which gives one row per article and records what it cannot read as a
problem rather than raising. Only the Parquet and WARC readers are handed a path and read the
file themselves: pandas reads Parquet, and a crawl's WARC file is read record by record; when
the file is a member of an archive, they are handed its bytes instead. ``archives`` reads zip
and tar archives' members into memory (never to disk), each read then as the file of its name;
``sniff`` tells a file's format from its first bytes when its name does not.
"""
