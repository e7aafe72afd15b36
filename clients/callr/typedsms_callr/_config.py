# Generated from specs/callr.yaml (sha256 130387789553c741c50f640b4ffdf5e5ff6e942ede9958a18a2bbbe0816f5fe2)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What this client knows of CALLR SMS REST API from its spec: servers, credentials, timestamps.

A server variable without an ``enum`` has no default here: the spec's default of a free-form
variable is a placeholder, and credentials must never go to a placeholder host.
"""

import datetime

from ._auth import Scheme
from ._base_client import ApiConfig, Server
from ._codecs import Context, DatetimeRule

CONFIG = ApiConfig(
    title="CALLR SMS REST API",
    client_name="typedsms_callr.Client",
    user_agent="typedsms-callr/3.0.1",
    env_prefix="CALLR",
    servers=(
        Server(
            "production",
            "https://api.callr.com/rest/v1.1",
            (),
        ),
    ),
    schemes=(Scheme("basic", ("username", "password"), "header", ""),),
    datetime_rule=DatetimeRule(
        format="%Y-%m-%d %H:%M:%S",
        zone="fixed",
        fixed_zone=datetime.UTC,
    ),
)

CONTEXT = Context(CONFIG.datetime_rule)
"""How models built by hand write their timestamps in ``to_dict()`` (a client uses its own, with its time zone)."""
