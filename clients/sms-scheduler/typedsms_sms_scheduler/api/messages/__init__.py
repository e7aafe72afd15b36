# Generated from specs/sms-scheduler.yaml (sha256 8ac85aa40e0f11ed0c82368f8f7a0a397a12637443493ca4c6c06172686010e4)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Contains endpoint functions for accessing the API"""
