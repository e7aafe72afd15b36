# Generated from specs/retarus-sms4a.yaml (sha256 d1e34124358596c4b3d5906987685fbeba169353fb3c035aff1c44a1594b5612)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The resources of the client: one per tag of the spec."""

from .jobs import AsyncJobsResource, JobsResource
from .sms import AsyncSmsResource, SmsResource
from .version import AsyncVersionResource, VersionResource

__all__ = [
    "AsyncJobsResource",
    "JobsResource",
    "AsyncSmsResource",
    "SmsResource",
    "AsyncVersionResource",
    "VersionResource",
]
