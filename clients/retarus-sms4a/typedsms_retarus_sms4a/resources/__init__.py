# Generated from specs/retarus-sms4a.yaml (sha256 a0dde1fa6f98a7847cf10989ace2bdd2bd96a0a9886feafd6cb1b151ae2a5f7f)
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
