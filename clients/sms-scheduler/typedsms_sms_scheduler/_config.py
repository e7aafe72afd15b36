# Generated from specs/sms-scheduler.yaml (sha256 38208c9fc17b602b96b0e5ce0f75fde10c01eaa519d439943ac1035c09a4a201)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What this client knows of SMS Scheduler API from its spec: servers, credentials, timestamps.

A server variable without an ``enum`` has no default here: the spec's default of a free-form
variable is a placeholder, and credentials must never go to a placeholder host.
"""

from ._auth import Scheme
from ._base_client import ApiConfig, Server
from ._codecs import Context, DatetimeRule

CONFIG = ApiConfig(
    title="SMS Scheduler API",
    client_name="typedsms_sms_scheduler.Client",
    user_agent="typedsms-sms-scheduler/2.0.0",
    env_prefix="SMS_SCHEDULER",
    servers=(
        Server(
            "production",
            "https://sms-scheduler.com/api/v1",
            (),
        ),
        Server(
            "test",
            "http://test.sms-scheduler.com/api/v1",
            (),
        ),
    ),
    schemes=(Scheme("bearer", ("token",), "header", "Bearer"),),
    datetime_rule=DatetimeRule(
        format="%Y-%m-%d %H:%M:%S",
        zone="account",
    ),
)

CONTEXT = Context(CONFIG.datetime_rule)
"""How models built by hand write their timestamps in ``to_dict()`` (a client uses its own, with its time zone)."""
