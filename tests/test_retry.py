"""RetryPolicy.call / async_call: the first attempt runs without tenacity, and a run that failed once behaves exactly
like a tenacity run from the start (attempts, log lines, Retry-After, on_retry, the time bound)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import pytest
from tenacity import RetryCallState

from mentor_pause.errors import NotFound, Unavailable
from mentor_pause.operations import RpcCall
from mentor_pause.retry import RetryPolicy


class Flaky:
    """Fails with the given errors, one per call, then returns ``"ok"``; counts its calls."""

    def __init__(self, *failures: Exception, pause: float = 0.0) -> None:
        self.failures = list(failures)
        self.calls = 0
        self.pause = pause

    def __call__(self, request: RpcCall) -> str:
        self.calls += 1
        time.sleep(self.pause)
        if self.failures:
            raise self.failures.pop(0)
        return "ok"

    async def coroutine(self, request: RpcCall) -> str:
        return self(request)


REQUEST = RpcCall("pause_mentor", {})


def run(policy: RetryPolicy, fn: Flaky, mode: str) -> str:
    if mode == "sync":
        return policy.call(fn, REQUEST)
    return asyncio.run(policy.async_call(fn.coroutine, REQUEST))


MODES = ["sync", "async"]


def fast(
    *, attempts: int = 4, total_seconds: float = 15.0, on_retry: Callable[[RetryCallState], None] | None = None
) -> RetryPolicy:
    """A policy with millisecond backoffs."""
    return RetryPolicy(
        attempts=attempts, total_seconds=total_seconds, first_backoff=0.001, max_backoff=0.002, on_retry=on_retry
    )


def recorder() -> tuple[list[tuple[int, float, float]], Callable[[RetryCallState], None]]:
    """What on_retry saw, per retry (tenacity reuses the state): the attempt number, the seconds until the next
    attempt, and the seconds since the run started."""
    seen: list[tuple[int, float, float]] = []

    def on_retry(state: RetryCallState) -> None:
        sleep = state.next_action.sleep if state.next_action else 0.0
        seen.append((state.attempt_number, sleep, state.seconds_since_start or 0.0))

    return seen, on_retry


@pytest.mark.parametrize("mode", MODES)
def test_a_call_that_succeeds_runs_once(mode: str) -> None:
    fn = Flaky()
    assert run(fast(), fn, mode) == "ok"
    assert fn.calls == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_permanent_error_is_raised_at_once(mode: str) -> None:
    fn = Flaky(NotFound("gone", code="PT404"))
    with pytest.raises(NotFound):
        run(fast(), fn, mode)
    assert fn.calls == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_transient_failure_is_retried_and_logged_as_attempt_one(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    states, on_retry = recorder()
    fn = Flaky(Unavailable("connection lost"))
    with caplog.at_level(logging.INFO, logger="mentor_pause"):
        assert run(fast(on_retry=on_retry), fn, mode) == "ok"
    assert fn.calls == 2
    assert [attempt for attempt, _, _ in states] == [1]
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert message.startswith("pause_mentor failed (Unavailable: connection lost); attempt 1 of 4, retrying in")


@pytest.mark.parametrize("mode", MODES)
def test_every_attempt_counts(mode: str) -> None:
    states, on_retry = recorder()
    fn = Flaky(*(Unavailable(f"down {n}") for n in range(10)))
    with pytest.raises(Unavailable, match="down 2"):
        run(fast(attempts=3, on_retry=on_retry), fn, mode)
    assert fn.calls == 3
    assert [attempt for attempt, _, _ in states] == [1, 2]


@pytest.mark.parametrize("mode", MODES)
def test_no_retry_policy_makes_one_attempt(mode: str) -> None:
    fn = Flaky(Unavailable("down"))
    with pytest.raises(Unavailable):
        run(RetryPolicy(attempts=1), fn, mode)
    assert fn.calls == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_first_failure_sets_the_first_backoff_from_retry_after(mode: str) -> None:
    states, on_retry = recorder()
    fn = Flaky(Unavailable("busy", retry_after=0.05))
    assert run(fast(on_retry=on_retry), fn, mode) == "ok"
    assert states[0][1] >= 0.05


@pytest.mark.parametrize("mode", MODES)
def test_the_time_bound_counts_the_first_attempt(mode: str) -> None:
    # The first attempt alone takes longer than the bound: no second attempt.
    fn = Flaky(Unavailable("slow and down"), Unavailable("again"), pause=0.15)
    with pytest.raises(Unavailable, match="slow and down"):
        run(fast(total_seconds=0.1), fn, mode)
    assert fn.calls == 1


@pytest.mark.parametrize("mode", MODES)
def test_the_run_starts_with_the_first_attempt(mode: str) -> None:
    """What on_retry sees of the time is that of a tenacity run from the start: the first attempt counts."""
    states, on_retry = recorder()
    fn = Flaky(Unavailable("slow and down"), pause=0.05)
    assert run(fast(on_retry=on_retry), fn, mode) == "ok"
    assert states[0][2] >= 0.05
