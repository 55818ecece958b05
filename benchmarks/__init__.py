"""Benchmarks of the editor, the file format and the analyses on generated journeys.

``python -m benchmarks`` is the runner (:mod:`benchmarks.runner`); ``generate.py`` makes the
journeys; ``bench_*.py`` are older single-purpose scripts, still run as files.
"""
