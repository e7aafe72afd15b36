# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""An SMS job. It may hold at most 3,000 SMS (messages x recipients)."""

from .. import _codecs as _c
from .. import _models as _m
from .._config import CONTEXT
from .._models import BaseModel, Field
from ..models.job_options import JobOptions
from ..models.message import Message

_MESSAGES: Field[list[Message]] = Field(
    "messages", "messages", _c.list_of(Message.reader()), _c.write_list(_m.object_writer(Message)), required=True
)
_OPTIONS: Field[JobOptions | None] = Field(
    "options", "options", _c.nullable(JobOptions.reader()), _m.object_writer(JobOptions)
)


class JobRequest(BaseModel):
    """An SMS job. It may hold at most 3,000 SMS (messages x recipients).

    Read from an answer, fields are read when first accessed; absent ones are ``None``.
    ``to_dict()`` gives the object as the API wrote it, unknown fields included.
    """

    __slots__ = ()
    _CONTEXT = CONTEXT
    _FIELDS = (
        _MESSAGES,
        _OPTIONS,
    )

    def __init__(
        self,
        *,
        messages: list[Message],
        options: JobOptions | None = None,
    ) -> None:
        super().__init__(
            messages=messages,
            options=options,
        )

    @property
    def messages(self) -> list[Message]:
        """The messages of the job, each with its recipients."""
        return self._get_required(_MESSAGES)

    @property
    def options(self) -> JobOptions | None:
        """Options that apply to the whole job; omit or `null` for none (the
        vendor's Python SDK sends `null`)."""
        return self._get(_OPTIONS)


__all__ = ["JobRequest"]
_ = (_c, _m)
