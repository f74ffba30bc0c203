"""Benchmarks of the build on synthetic archives: `python -m bench` (see __main__.py)."""
