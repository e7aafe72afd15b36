"""The floor of the mock benchmark: a server that answers every request with the same bytes.

``python -m benchmarks.fixed_answer PORT``. It reads up to the end of each request head
(no HTTP parsing, no body handling, no routing) and writes a fixed ``200`` with a small JSON
body, on uvloop when installed. The benchmark's client measured against it shows what the
client and loopback alone cost here: no server can answer the benchmark's client faster.
"""

import asyncio
import sys
from typing import Any

ANSWER = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


class FixedAnswer(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: Any = transport  # uvloop's transports are not asyncio.Transport subclasses
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head, found, rest = self.buffer.partition(b"\r\n\r\n")
            if not found:
                return
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.transport.write(ANSWER)


async def serve(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(FixedAnswer, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def main() -> None:
    try:
        import uvloop  # type: ignore[import-not-found,unused-ignore]

        uvloop.run(serve(int(sys.argv[1])))
    except ImportError:
        asyncio.run(serve(int(sys.argv[1])))


if __name__ == "__main__":
    main()
