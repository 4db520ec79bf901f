"""What only the async client needs: closing what it opened in an event loop when that loop ends, even if the
client is never closed; and being awaitable, for code written when ``AsyncMentorPauseClient.connect`` was a
coroutine. ``tools/async_to_sync.py`` maps each name to its sync counterpart here.

psycopg_pool's async pool runs worker tasks in the loop that opened it. ``asyncio.run`` cancels every task left
when its coroutine returns and waits for them; a worker cancelled in the middle of connecting treats the
cancellation as a failed connection attempt (psycopg_pool's ``CLIENT_EXCEPTIONS`` include ``CancelledError``) and
goes on waiting for work, so ``asyncio.run`` never returns. A client made at module level and never closed hung
that way in 2 runs of 8.

:func:`close_with_loop` starts one idle task per opened pool that closes it when cancelled: ``asyncio.run``'s
clean-up cancels it with the workers, closing the pool stops every worker (a stop message each, which even the
worker that swallowed its cancellation obeys), and the loop ends. The transport then forgets the pool, so the
same client can be used again in the next ``asyncio.run``.

The sync pool's threads are daemons and do not hold the interpreter, but a sync pool left open until exit may be
collected on one of its own worker threads, whose ``__del__`` then fails to join itself and prints a traceback
to stderr. :func:`close_with_process` closes it in an ``atexit`` hook instead, on the main thread.

Both hold the transport only weakly: a client dropped without being closed is still collected as before.
"""

from __future__ import annotations

import asyncio
import atexit
import weakref
from collections.abc import Awaitable, Callable, Generator
from typing import Protocol, Self


class Guard(Protocol):
    def cancel(self) -> bool: ...


def close_with_loop(close: Callable[[], Awaitable[None]]) -> Guard:
    """Run ``close`` (a bound method) when the running loop cancels its remaining tasks, or when the returned guard
    is cancelled."""

    closing = weakref.WeakMethod(close)

    async def wait_then_close() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            if (still_there := closing()) is not None:
                await still_there()

    return asyncio.get_running_loop().create_task(wait_then_close(), name="mentor-pause-close-with-loop")


class _CloseAtExit:
    def __init__(self, close: Callable[[], None]) -> None:
        self._close = weakref.WeakMethod(close)
        atexit.register(self)

    def __call__(self) -> None:
        if (still_there := self._close()) is not None:
            still_there()

    def cancel(self) -> bool:
        atexit.unregister(self)
        return True


def close_with_process(close: Callable[[], None]) -> Guard:
    """Run ``close`` (a bound method) at interpreter exit unless the returned guard is cancelled first."""
    return _CloseAtExit(close)


class AwaitableClient:
    """``await client`` gives the client back: every constructor returns the client itself (usable at once, and with
    ``async with``), and awaiting it keeps ``await AsyncMentorPauseClient.connect(...)`` working."""

    def __await__(self) -> Generator[None, None, Self]:
        return self._itself().__await__()

    async def _itself(self) -> Self:
        return self


class SyncClient:
    """The sync twin's counterpart of :class:`AwaitableClient`: nothing to add."""
