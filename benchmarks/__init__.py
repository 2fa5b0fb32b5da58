"""Speed and memory of every stage, measured on a real corpus (``python -m benchmarks``)."""
