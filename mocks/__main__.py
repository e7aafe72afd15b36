"""Serve a mock: ``typedsms-mock retarus-sms4a --port 8080`` (or ``python -m mocks ...``).

Defaults: host 127.0.0.1, port 8080, Basic credentials ``user``/``secret``,
bearer token ``token``. API keys (``--api-key NAME=VALUE``) are named after
the spec's security schemes. The control API (``/__mock/reset``, ``/__mock/sent``,
``/__mock/faults``) is on unless ``--no-control``.
"""

import argparse
import gc
import sys

from .core.app import BODY_TIMEOUT
from .core.auth import AcceptedCredentials
from .core.server import HEADER_TIMEOUT, KEEP_ALIVE_TIMEOUT, config
from .registry import available, create_app


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(
        prog="typedsms-mock", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
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
    parser.add_argument(
        "--no-control", action="store_true", help="no control API: /__mock/... answers 404 like any unknown path"
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=HEADER_TIMEOUT,
        help=f"seconds a request line and headers may take (default {HEADER_TIMEOUT:g}; 408 after)",
    )
    parser.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_TIMEOUT,
        help=f"seconds a request body may take (default {BODY_TIMEOUT:g}; 408 after)",
    )
    parser.add_argument(
        "--parser",
        choices=("httptools", "h11"),
        default="httptools",
        help="HTTP parser: httptools (C, default) or h11 (pure Python)",
    )
    parser.add_argument(
        "--keep-alive",
        type=int,
        default=KEEP_ALIVE_TIMEOUT,
        help=f"seconds an idle keep-alive connection stays open (default {KEEP_ALIVE_TIMEOUT})",
    )
    args = parser.parse_args(argv)
    api_keys = dict(item.split("=", 1) for item in args.api_key)
    accepted = AcceptedCredentials(args.user, args.password, args.token, api_keys)
    app = create_app(args.name, accepted, seed=args.seed, control=not args.no_control, body_timeout=args.body_timeout)
    control = "off" if args.no_control else "/__mock/"
    print(f"mock {args.name} on http://{args.host}:{args.port} (spec at /openapi.json, control {control})", flush=True)
    server_config = config(
        app,
        args.host,
        args.port,
        header_timeout=args.header_timeout,
        keep_alive_timeout=args.keep_alive,
        parser=args.parser,
    )
    # The spec, the validators and the app live as long as the server: out of the collector's way,
    # so that its full collections walk only what requests leave behind (shorter pauses).
    gc.collect()
    gc.freeze()
    uvicorn.Server(server_config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
