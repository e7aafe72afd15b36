# Generated from specs/sms-scheduler.yaml (sha256 bedf60397d2c5e7c0be13de7369164d973c95f67a581a47b561c55fbe9dd5724)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains endpoint functions for accessing the API"""
