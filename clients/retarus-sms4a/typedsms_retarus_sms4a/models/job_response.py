# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""The answer to a created job."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field

_JOB_ID: Field[str] = Field("job_id", "jobId", _c.read_str, _c.write_str, required=True)


class JobResponse(BaseModel):
    """The answer to a created job.

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (_JOB_ID,)

    def __init__(
        self,
        *,
        job_id: str,
    ) -> None:
        super().__init__(
            job_id=job_id,
        )

    @property
    def job_id(self) -> str:
        """A job id, `J.` followed by 18 to 38 characters."""
        return self._get_required(_JOB_ID)


__all__ = ["JobResponse"]
_ = (_c, _m)
