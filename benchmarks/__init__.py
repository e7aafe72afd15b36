"""Benchmarks of the generator, the clients and the mocks against the alternatives, in one run.

``python -m benchmarks`` (or ``python benchmarks/run.py``) runs them all and prints one table;
see BENCHMARKS.md for the results and how to read them.
"""
