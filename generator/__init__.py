"""Generates the typed SMS clients from the OpenAPI specs in ``specs/``.

A thin layer over openapi-python-client: it validates and lints each spec,
runs the pinned generator in-process with this folder's templates and extra
context (servers, credentials, typed errors), formats all outputs in one ruff
pass, stamps every file with its provenance, and swaps a client in only when
everything succeeded.
"""

GENERATOR_VERSION = "0.1.0"
