# Generated from specs/callr.yaml (sha256 df364fe65b432bbb4c9a9ca8dd8385209978841c2d2404a46a203d5c416532b2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains endpoint functions for accessing the API"""
