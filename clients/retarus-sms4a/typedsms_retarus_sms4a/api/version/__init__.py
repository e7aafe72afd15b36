# Generated from specs/retarus-sms4a.yaml (sha256 d53f2ff40b71477ac33853695b54a3de8275df85f78b46ed1262c5955a898a87)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains endpoint functions for accessing the API"""
