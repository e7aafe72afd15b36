"""Runs of the vendors' own published SDKs against the mocks (``nox -s vendor-sdk``)."""
