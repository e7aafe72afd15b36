# Generated from specs/callr.yaml (sha256 f7a034e72af67ad6464939bbfb54fd173dc5b54fc45c294fdc1d6bbbeb19eaf1)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains methods for accessing the API"""
