# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""`ok` - the message has been successfully sent, the balance has been
charged for the message; `error` - the message hasn't been sent, the
balance hasn't been charged for the message. (The documentation's
table writes `ok` in Cyrillic letters, a typo; its examples use
Latin `ok`.)"""

from .._models import OpenStrEnum


class MessageStatus(OpenStrEnum):
    """`ok` - the message has been successfully sent, the balance has been
    charged for the message; `error` - the message hasn't been sent, the
    balance hasn't been charged for the message. (The documentation's
    table writes `ok` in Cyrillic letters, a typo; its examples use
    Latin `ok`.)

    Results type this as ``MessageStatus | UnknownStr``: a value the spec does not
    list arrives as ``UnknownStr`` (``is_known`` is False) instead of failing.
    """

    OK = "ok"
    ERROR = "error"


__all__ = ["MessageStatus"]
