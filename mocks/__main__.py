"""Serve a mock: ``python -m mocks retarus-sms4a --port 8080``.

Defaults: host 127.0.0.1, port 8080, Basic credentials ``user``/``secret``,
bearer token ``token``. API keys (``--api-key NAME=VALUE``) are named after
the spec's security schemes.
"""

import argparse
import sys

import uvicorn

from .core.auth import AcceptedCredentials
from .registry import available, create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mocks", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("name", choices=available(), help="the spec stem of the mock")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    parser.add_argument("--user", default="user", help="accepted Basic user name (default: user)")
    parser.add_argument("--password", default="secret", help="accepted Basic password (default: secret)")
    parser.add_argument("--token", default="token", help="accepted bearer token (default: token)")
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="SCHEME=VALUE",
        help="accepted value of an apiKey security scheme (repeatable)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the mock's generated ids")
    args = parser.parse_args(argv)
    api_keys = dict(item.split("=", 1) for item in args.api_key)
    accepted = AcceptedCredentials(args.user, args.password, args.token, api_keys)
    app = create_app(args.name, accepted, seed=args.seed)
    print(f"mock {args.name} on http://{args.host}:{args.port} (spec at /openapi.json)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
