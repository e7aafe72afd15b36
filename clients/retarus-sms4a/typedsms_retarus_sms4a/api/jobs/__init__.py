# Generated from specs/retarus-sms4a.yaml (sha256 4dac1b5a49c5d0049917a515e40d12fd5e679785f32fbfcf9b47a189131e31e0)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains endpoint functions for accessing the API"""
