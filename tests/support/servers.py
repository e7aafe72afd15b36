"""A mock served over real loopback HTTP, in a background thread, for as long as a test needs it.

It is served as ``python -m mocks`` serves it: ``mocks.core.server.config`` (vendor-format
refusals from the HTTP layer, header and keep-alive timeouts).
"""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.applications import Starlette

from mocks.core.server import HEADER_TIMEOUT, config


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(app: Starlette, *, header_timeout: float | None = None, parser: str = "auto") -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 and yield its base URL; stop it afterwards."""
    port = free_port()
    server = uvicorn.Server(
        config(app, "127.0.0.1", port, header_timeout=header_timeout or HEADER_TIMEOUT, parser=parser)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the mock did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
