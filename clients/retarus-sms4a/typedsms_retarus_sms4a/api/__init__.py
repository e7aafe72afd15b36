# Generated from specs/retarus-sms4a.yaml (sha256 2b856c593bc774fc86001f00c785c817f3ab293a617919b8baa7ad3a50905eb7)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains methods for accessing the API"""
