# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
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
