"""When and how the SDK retries: transient failures only, with jittered exponential backoff, bounded in
attempts and in total time.

Only :class:`~mentor_pause.errors.Unavailable` is retried (connection lost, 502/503/504/520, serialization
failure, deadlock, shutdown). Writes may be retried because every write carries a request id that the
database makes idempotent: a retry after a lost response returns the first outcome instead of transitioning
twice. Everything else (not found, permission, invalid input or transition, conflict) is permanent and
raised at once.

Every retry is logged at INFO on the ``mentor_pause`` logger (what failed, the error, which attempt, how long until
the next), then ``on_retry`` is called if given.

The first attempt of :meth:`RetryPolicy.call` / :meth:`RetryPolicy.async_call` runs without tenacity: setting up and
stepping through a tenacity run cost 15-50 µs a call here, up to a sixth of the client CPU of a transition. Tenacity
takes over after a transient failure, replays that failure as its own first attempt and dates its start back to
that attempt, so the log lines, the backoff (``Retry-After`` included), ``on_retry`` and the bounds are those of a
run that had used tenacity from the start.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    before_nothing,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_random_exponential,
)
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from mentor_pause._logging import logger
from mentor_pause.errors import Unavailable

P = ParamSpec("P")
T = TypeVar("T")
_R = TypeVar("_R", Retrying, AsyncRetrying)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds for retrying transient failures. ``RetryPolicy(attempts=1)`` turns retries off."""

    attempts: int = 4
    total_seconds: float = 15.0
    first_backoff: float = 0.05
    max_backoff: float = 2.0
    on_retry: Callable[[RetryCallState], None] | None = None

    def retrying(self) -> Retrying:
        """Call a function under this policy: ``policy.retrying()(fn, *args)``."""
        return self._tenacity(Retrying, before_nothing)

    def async_retrying(self) -> AsyncRetrying:
        """Await a coroutine function under this policy: ``await policy.async_retrying()(fn, *args)``."""
        return self._tenacity(AsyncRetrying, before_nothing)

    def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` under this policy, tenacity only after a transient failure (module notes)."""
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        except Unavailable as first:
            if self.attempts <= 1:
                raise
            replay = _Replay(first, started)

        @functools.wraps(fn)
        def attempt(*args: P.args, **kwargs: P.kwargs) -> T:
            replay.raise_once()
            return fn(*args, **kwargs)

        return self._tenacity(Retrying, replay.backdate)(attempt, *args, **kwargs)

    async def async_call(self, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> T:
        """``await fn(*args, **kwargs)`` under this policy, tenacity only after a transient failure (module notes)."""
        started = time.monotonic()
        try:
            return await fn(*args, **kwargs)
        except Unavailable as first:
            if self.attempts <= 1:
                raise
            replay = _Replay(first, started)

        @functools.wraps(fn)
        async def attempt(*args: P.args, **kwargs: P.kwargs) -> T:
            replay.raise_once()
            return await fn(*args, **kwargs)

        return await self._tenacity(AsyncRetrying, replay.backdate)(attempt, *args, **kwargs)

    def _tenacity(self, kind: type[_R], before: Callable[[RetryCallState], None]) -> _R:
        return kind(
            stop=self._stop(),
            wait=self._wait(),
            retry=_TRANSIENT,
            reraise=True,
            before=before,
            before_sleep=self._before_sleep,
        )

    def _before_sleep(self, state: RetryCallState) -> None:
        log_retry(state, self.attempts)
        if self.on_retry is not None:
            self.on_retry(state)

    def _stop(self) -> stop_base:
        return stop_after_attempt(self.attempts) | stop_after_delay(self.total_seconds)

    def _wait(self) -> Callable[[RetryCallState], float]:
        return _at_least_retry_after(wait_random_exponential(multiplier=self.first_backoff, max=self.max_backoff))


_TRANSIENT = retry_if_exception_type(Unavailable)


class _Replay:
    """An attempt made before tenacity took over: its failure is raised again as tenacity's first attempt, and the
    run's clock starts when that attempt did (so the time bound, and what ``on_retry`` sees, include it)."""

    def __init__(self, failure: Unavailable, started: float) -> None:
        self._failure: Unavailable | None = failure
        self._started = started

    def backdate(self, state: RetryCallState) -> None:
        """tenacity's ``before`` hook: the first attempt started when the one made without tenacity did."""
        if state.attempt_number == 1:
            state.start_time = self._started

    def raise_once(self) -> None:
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure


def log_retry(state: RetryCallState, attempts: int) -> None:
    """One INFO line per retry: the operation, the error, the attempt and the wait before the next one."""
    error = state.outcome.exception() if state.outcome else None
    request = state.args[0] if state.args else None
    operation = getattr(request, "function", None) or getattr(request, "table", None) or "call"
    delay = state.next_action.sleep if state.next_action else 0.0
    logger.info(
        "%s failed (%s: %s); attempt %d of %d, retrying in %.2f s",
        operation,
        type(error).__name__,
        error,
        state.attempt_number,
        attempts,
        delay,
    )


def _at_least_retry_after(backoff: wait_base) -> Callable[[RetryCallState], float]:
    """The backoff, but never less than the ``Retry-After`` the server sent with the last failure."""

    def wait(state: RetryCallState) -> float:
        delay = backoff(state)
        error = state.outcome.exception() if state.outcome else None
        asked = getattr(error, "retry_after", None)
        return max(delay, asked) if isinstance(asked, int | float) else delay

    return wait


DEFAULT_RETRY = RetryPolicy()
NO_RETRY = RetryPolicy(attempts=1)
