"""A fault-injecting TCP proxy on 127.0.0.1, for soaking the clients against the mocks.

Each connection carries one HTTP request (the soak's clients keep no connection alive) and gets
one fault, drawn with a seeded random generator:

- ``pass``: forwarded untouched;
- ``latency``: 10-40 ms before the request and before the answer;
- ``reset_before``: the request is read, never forwarded, and the connection reset: the server
  never saw it (the client cannot know that: it had sent its bytes);
- ``reset_after``: the request is forwarded, the answer read and thrown away, the connection
  reset: the server acted on it, the client saw nothing;
- ``truncate``: half of the answer, then the connection closes;
- ``drip``: the answer 8 bytes at a time, one chunk every 50 ms (a client's deadline cuts it);
- ``refuse``: the connection is closed before anything is read (no bytes of the request left the
  client's buffers for the server: it never reached the server).

Only loopback addresses are used; every run is bounded by the caller's count of requests.
"""

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterator, Mapping

FAULTS = ("pass", "latency", "reset_before", "reset_after", "truncate", "drip", "refuse")


async def _read_message(reader: asyncio.StreamReader) -> bytes:
    """One HTTP message (head and a Content-Length body)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return head + body


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()


class FaultProxy:
    """Forwards ``127.0.0.1:<port>`` to ``upstream`` with faults drawn by ``weights``."""

    def __init__(self, upstream: tuple[str, int], weights: Mapping[str, float], seed: int = 0) -> None:
        assert upstream[0] in ("127.0.0.1", "localhost")
        self.upstream = upstream
        self.faults = [f for f in FAULTS if weights.get(f)]
        self.weights = [weights[f] for f in self.faults]
        self.random = random.Random(seed)
        self.injected: Counter[str] = Counter()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        fault = self.random.choices(self.faults, self.weights)[0]
        self.injected[fault] += 1
        try:
            if fault == "refuse":
                _reset(writer)
                return
            request = await _read_message(reader)
            if fault == "reset_before":
                _reset(writer)
                return
            if fault == "latency":
                await asyncio.sleep(self.random.uniform(0.01, 0.04))
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
            up_writer.write(request)
            await up_writer.drain()
            answer = await _read_message(up_reader)
            up_writer.close()
            if fault == "reset_after":
                _reset(writer)
                return
            if fault == "truncate":
                writer.write(answer[: len(answer) // 2])
                await writer.drain()
                writer.close()
                return
            if fault == "drip":
                for i in range(0, len(answer), 8):
                    writer.write(answer[i : i + 8])
                    await writer.drain()
                    await asyncio.sleep(0.05)
            else:
                if fault == "latency":
                    await asyncio.sleep(self.random.uniform(0.01, 0.04))
                writer.write(answer)
                await writer.drain()
            writer.close()
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            _reset(writer)

    async def _serve(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self._started.set()
        async with self._server:
            with contextlib.suppress(asyncio.CancelledError):
                await self._server.serve_forever()
        # Connections still being served (a drip, a slow upstream) end with the proxy, not after it.
        for handler in list(self._handlers):
            handler.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    @contextlib.contextmanager
    def running(self) -> Iterator[str]:
        """Serve in a background thread; yield the proxy's base URL."""
        thread = threading.Thread(target=self._loop.run_until_complete, args=(self._serve(),), daemon=True)
        thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the proxy did not start")
        try:
            yield f"http://127.0.0.1:{self.port}"
        finally:
            if self._server is not None:
                self._loop.call_soon_threadsafe(self._server.close)
            thread.join(timeout=10)
