# Generated from specs/smartswitch.yaml (sha256 9785bbf0942c62d9d79b0019bc9c2e0fad432ac89a8c29187428a8ecd3f61c70)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""What this client knows of Smartswitch HTTP API message from its spec: servers, credentials, timestamps.

A server variable without an ``enum`` has no default here: the spec's default of a free-form
variable is a placeholder, and credentials must never go to a placeholder host.
"""

from ._auth import Scheme
from ._base_client import ApiConfig, Server, ServerVariable
from ._codecs import Context, DatetimeRule

CONFIG = ApiConfig(
    title="Smartswitch HTTP API message",
    client_name="typedsms_smartswitch.Client",
    user_agent="typedsms-smartswitch/3.0.1",
    env_prefix="SMARTSWITCH",
    servers=(
        Server(
            "customer",
            "https://{server}/api",
            (ServerVariable("server", None, ()),),
        ),
    ),
    schemes=(
        Scheme("api_key", ("login",), "query", "_login"),
        Scheme("api_key", ("password",), "query", "_password"),
    ),
    datetime_rule=DatetimeRule(
        format=None,
        zone="offset",
    ),
)

CONTEXT = Context(CONFIG.datetime_rule)
"""How models built by hand write their timestamps in ``to_dict()`` (a client uses its own, with its time zone)."""
