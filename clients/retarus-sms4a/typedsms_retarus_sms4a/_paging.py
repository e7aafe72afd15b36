# Generated from specs/retarus-sms4a.yaml (sha256 f97ef45e067faf49093987d5bbf04265f96134bb2349c048722cdfe03b31be0e)
# by typedsms generator 0.1.0 on openapi-python-client 0.29.1.
# Do not edit: change the spec or generator/ and run `python -m generator generate`.
"""Offset/limit paging: iterate over every result, one page fetched at a time.

``client.jobs.list(...)`` returns the first page; iterating over it goes on to the next pages as
needed (``for job in client.jobs.list(...)``). ``page.items`` is the current page's results,
``page.has_next_page()`` / ``page.next_page()`` / ``page.iter_pages()`` walk page by page. The async
client's ``list`` returns an ``AsyncPaginator``: ``async for`` goes over every result, ``await``
gives the first ``AsyncPage``.

A page shorter than the page size (or empty) is the last one.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class SyncPage(Generic[T]):
    """One page of results; iterating over it yields the results of this and every later page."""

    def __init__(self, items: list[T], *, offset: int, limit: int, fetch: Callable[[int], "SyncPage[T]"]) -> None:
        self.items = items
        self.offset = offset
        self.limit = limit
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return len(self.items) >= self.limit > 0

    def next_page(self) -> "SyncPage[T]":
        """The following page (fetched now); ``RuntimeError`` if this is the last one."""
        if not self.has_next_page():
            raise RuntimeError("this is the last page: check has_next_page() first")
        return self._fetch(self.offset + len(self.items))

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage offset={self.offset} items={len(self.items)}>"


class AsyncPage(Generic[T]):
    """One page of results of the async client."""

    def __init__(
        self, items: list[T], *, offset: int, limit: int, fetch: Callable[[int], Awaitable["AsyncPage[T]"]]
    ) -> None:
        self.items = items
        self.offset = offset
        self.limit = limit
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return len(self.items) >= self.limit > 0

    async def next_page(self) -> "AsyncPage[T]":
        if not self.has_next_page():
            raise RuntimeError("this is the last page: check has_next_page() first")
        return await self._fetch(self.offset + len(self.items))

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPage offset={self.offset} items={len(self.items)}>"


class AsyncPaginator(Generic[T]):
    """What the async ``list`` returns: ``await`` it for the first page, ``async for`` over every result."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[object, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
