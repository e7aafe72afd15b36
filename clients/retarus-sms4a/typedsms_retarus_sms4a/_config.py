# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What this client knows of Retarus SMS for Applications REST API from its spec: servers, credentials, timestamps.

A server variable without an ``enum`` has no default here: the spec's default of a free-form
variable is a placeholder, and credentials must never go to a placeholder host.
"""

from ._auth import Scheme
from ._base_client import ApiConfig, Server
from ._codecs import Context, DatetimeRule

CONFIG = ApiConfig(
    title="Retarus SMS for Applications REST API",
    client_name="typedsms_retarus_sms4a.Client",
    user_agent="typedsms-retarus-sms4a/2.0.1",
    env_prefix="RETARUS",
    servers=(
        Server(
            "primary",
            "https://sms4a.de2.retarus.com/rest/v1",
            (),
        ),
        Server(
            "secondary",
            "https://sms4a.de1.retarus.com/rest/v1",
            (),
        ),
        Server(
            "ha",
            "https://sms4a.eu.retarus.com/rest/v1",
            (),
        ),
        Server(
            "vendor_mock",
            "https://developers.retarus.com/_mock/sms/sms4a-api",
            (),
        ),
    ),
    schemes=(Scheme("basic", ("username", "password"), "header", ""),),
    datetime_rule=DatetimeRule(
        format=None,
        zone="offset",
    ),
)

CONTEXT = Context(CONFIG.datetime_rule)
"""How models built by hand write their timestamps in ``to_dict()`` (a client uses its own, with its time zone)."""
