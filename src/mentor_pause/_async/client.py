"""The SDK's client: one small typed API over either transport.

Every method validates its input first (:mod:`mentor_pause.validation`), sends one operation through the
transport under the retry policy, and parses the rows into frozen pydantic models. Writes always carry a
request id (generated when the caller gives none), so a retry after a lost response replays the first outcome
instead of making a second transition.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import Self
from uuid import UUID

import httpx
from pydantic import TypeAdapter
from supabase import AsyncClient, AsyncClientOptions
from supabase._async.client import SupabaseException  # the one this client raises (each twin has its own)

from mentor_pause import validation
from mentor_pause._async.transports.base import AsyncTransport
from mentor_pause._async.transports.postgres import AsyncPostgresTransport
from mentor_pause._async.transports.postgrest import AsyncPostgrestTransport, raise_for_gateway_errors
from mentor_pause._lifecycle import AwaitableClient
from mentor_pause.errors import ClientClosed, InvalidInput, MentorPauseError, NotFound
from mentor_pause.identity import Identity
from mentor_pause.models import (
    ExpiryBatch,
    ExpiryHost,
    ExpiryRun,
    MentorAvailability,
    MentorStatus,
    PortalFailure,
    PortalSyncState,
    StatusChange,
    StatusFilter,
)
from mentor_pause.operations import (
    JsonArg,
    JsonDocument,
    OrderBy,
    Param,
    RowSet,
    RpcCall,
    TableRead,
    may_have_more,
)
from mentor_pause.pages import HistoryPage, StatusPage
from mentor_pause.retry import DEFAULT_RETRY, RetryPolicy

_STATUSES = TypeAdapter(list[MentorStatus])
_CHANGES = TypeAdapter(list[StatusChange])
_RUNS = TypeAdapter(list[ExpiryRun])
_AVAILABILITIES = TypeAdapter(list[MentorAvailability])
#: get_mentor_statuses takes up to this many ids per call.
_IDS_PER_CALL = 1000


class AsyncMentorPauseClient(AwaitableClient):
    """Read and change peer mentors' availability as one identity.

    Build it with :meth:`connect` (project URL + key [+ user access token]), :meth:`from_supabase` (an existing
    supabase-py client) or :meth:`from_database_url` (a Postgres URL + the identity to act as). Use it as a
    context manager, or close it, to release what it opened; a closed client raises :class:`ClientClosed`.

    Every constructor is a plain call that opens nothing yet (the first call connects) and returns the client, so
    one shape fits every constructor, sync or async: ``async with AsyncMentorPauseClient.connect(...) as client``.
    Awaiting the result is allowed and gives the same client (``await AsyncMentorPauseClient.connect(...)``, from
    when ``connect`` was a coroutine). An async client never closed does not hold up the end of ``asyncio.run``
    (:mod:`mentor_pause._lifecycle`).
    """

    def __init__(self, transport: AsyncTransport, *, retry: RetryPolicy = DEFAULT_RETRY) -> None:
        self._transport = transport
        self._retry = retry
        self._closed = False

    # -- construction --------------------------------------------------------------------------------------

    @classmethod
    def connect(
        cls,
        supabase_url: str,
        supabase_key: str,
        *,
        access_token: str | None = None,
        request_timeout: float = 10.0,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> Self:
        """A client of its own for one identity: the project's key, and the user's access token if given.

        The token goes into this client's own headers; no shared client's Authorization header is changed. A URL
        supabase-py refuses, or an empty key, raises :class:`InvalidInput`.
        """
        headers = {"Authorization": f"Bearer {access_token}"} if access_token else {}
        # Our own HTTP client (HTTP/1.1, our timeout, gateway errors classified), shared by the supabase-py
        # sub-clients and closed by us.
        http = httpx.AsyncClient(
            timeout=httpx.Timeout(request_timeout), event_hooks={"response": [raise_for_gateway_errors]}
        )
        options = AsyncClientOptions(
            headers=headers, auto_refresh_token=False, persist_session=False, httpx_client=http
        )
        # The client itself, not create_client(): that only adds a session lookup, which a client without stored
        # sessions (persist_session=False) never finds, and is a coroutine for the async client. Nothing is sent
        # until the first call, so the unused HTTP client of a refused URL holds nothing to close.
        try:
            client = AsyncClient(supabase_url, supabase_key, options)
        except SupabaseException as exc:
            raise InvalidInput(f"cannot build a Supabase client: {exc.message}") from None
        return cls(AsyncPostgrestTransport(client, http_client=http), retry=retry)

    @classmethod
    def from_supabase(cls, client: AsyncClient, *, retry: RetryPolicy = DEFAULT_RETRY) -> Self:
        """Wrap a supabase-py client you already have (it acts as whoever that client is signed in as).

        Closing this SDK client leaves yours open. Its HTTP client is yours too, so a gateway error with a JSON
        body but no PostgREST code (which postgrest-py cannot tell apart) surfaces as a plain
        :class:`MentorPauseError` rather than a retried :class:`Unavailable`; :meth:`connect` has no such gap.
        """
        return cls(AsyncPostgrestTransport(client), retry=retry)

    @classmethod
    def from_database_url(
        cls,
        database_url: str,
        identity: Identity,
        *,
        pool_size: int = 4,
        transaction_pooler: bool | None = None,
        connect_timeout: float | None = None,
        pool_timeout: float = 5.0,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> Self:
        """Talk to Postgres directly, acting as ``identity`` exactly as PostgREST would (see the security note
        in :mod:`mentor_pause._async.transports.postgres`).

        ``transaction_pooler``: the URL goes through a transaction-mode pooler (Supavisor's port 6543, PgBouncer),
        so prepared statements must stay off; ``None`` (the default) decides from the URL: port 6543 or a
        ``pgbouncer=true`` parameter.

        ``connect_timeout``: seconds one connection attempt may take (``None``: the URL's ``connect_timeout``, else
        5; libpq counts whole seconds, at least 2). ``pool_timeout``: seconds a call waits for a free connection of
        the ``pool_size``. Both stay inside the retry policy's time budget. A URL that cannot be parsed raises
        :class:`InvalidInput` here; a wrong password, an unknown role or database raise the permanent
        :class:`ConnectionRejected` at the first call, with the server's reason, without retrying.
        """
        transport = AsyncPostgresTransport(
            database_url,
            identity,
            max_size=pool_size,
            transaction_pooler=transaction_pooler,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        return cls(transport, retry=retry)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        await self._transport.aclose()

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosed("the client is closed: make a new one (or use it inside its with block)")

    async def _call(self, request: RpcCall) -> RowSet:
        self._check_open()
        return await self._retry.async_call(self._transport.call, request)

    async def _read(self, request: TableRead) -> RowSet:
        self._check_open()
        return await self._retry.async_call(self._transport.read, request)

    async def _transition(
        self, function: str, mentor_id: UUID | str, request_id: UUID | str | None, **args: Param
    ) -> MentorStatus:
        request = RpcCall(
            function,
            {
                "p_mentor_id": validation.entity_id(mentor_id),
                **args,
                "p_request_id": validation.optional_id(request_id) or uuid.uuid4(),
            },
        )
        result = await self._call(request)
        return MentorStatus.model_validate(result.rows[0])

    # -- reads -----------------------------------------------------------------------------------------------------

    async def get_status(self, mentor_id: UUID | str) -> MentorStatus:
        """The mentor's current status, with the mentor's and the chapter's names (RPC ``get_mentor_status``);
        :class:`NotFound` if the mentor does not exist for this caller."""
        wanted = validation.entity_id(mentor_id)
        result = await self._call(RpcCall("get_mentor_status", {"p_mentor_id": wanted}, readonly=True))
        if not result.rows:  # the RPC raises PT404 itself; an empty answer means the same
            raise NotFound(f"peer mentor {wanted} not found", code="PT404")
        return MentorStatus.model_validate(result.rows[0])

    async def get_statuses(self, mentor_ids: Iterable[UUID | str]) -> list[MentorStatus]:
        """The statuses of several mentors, with their names, ordered by ``mentor_id`` (RPC
        ``get_mentor_statuses``, one call per 1000 ids); those the caller cannot see are simply absent."""
        pending = sorted(set(validation.entity_ids(mentor_ids)))  # a lone id (a string) is refused, not split
        found: list[MentorStatus] = []
        while pending:
            chunk = pending[:_IDS_PER_CALL]
            ids = "{" + ",".join(str(m) for m in chunk) + "}"  # a uuid[] literal, which both transports pass as is
            request = RpcCall("get_mentor_statuses", {"p_mentor_ids": ids}, readonly=True, count=True)
            result = await self._call(request)
            items = _STATUSES.validate_python(result.rows)
            found += items
            if result.truncated and items:
                # Cut by PostgREST's max-rows (Supabase's [api] max_rows, which projects lower): the rows come
                # ordered by mentor_id, so the ones not seen yet are those of the ids after the last row.
                pending = [m for m in pending if m > items[-1].mentor_id]
            else:
                pending = pending[len(chunk) :]
        return found

    async def list_statuses(
        self,
        chapter_id: UUID | str | None = None,
        status: StatusFilter | None = None,
        *,
        page_size: int = 100,
        after: UUID | str | None = None,
    ) -> StatusPage:
        """One page of the mentors the caller may see, by ``mentor_id``, with their names; ``chapter_id`` keeps
        members of that chapter, ``status`` one status (a :class:`MentorStatusValue` or its value). Pass the page's
        ``next_cursor`` as ``after`` for the next page."""
        size = validation.page_size(page_size)
        wanted = validation.status_filter(status)
        request = RpcCall(
            "list_mentor_statuses",
            {
                "p_chapter_id": validation.optional_id(chapter_id),
                "p_status": wanted.value if wanted else None,
                "p_after": validation.optional_id(after),
                "p_limit": size,
            },
            readonly=True,
            count=True,
        )
        result = await self._call(request)
        items = _STATUSES.validate_python(result.rows)
        more = may_have_more(result, size) and bool(items)
        return StatusPage(items=tuple(items), next_cursor=items[-1].mentor_id if more else None)

    async def iter_statuses(
        self,
        chapter_id: UUID | str | None = None,
        status: StatusFilter | None = None,
        *,
        page_size: int = 100,
    ) -> AsyncIterator[MentorStatus]:
        """Every mentor :meth:`list_statuses` would list, fetching page after page as needed."""
        after: UUID | None = None
        while True:
            page = await self.list_statuses(chapter_id, status, page_size=page_size, after=after)
            for item in page.items:
                yield item
            if page.next_cursor is None:
                return
            after = page.next_cursor

    async def all_statuses(
        self,
        chapter_id: UUID | str | None = None,
        status: StatusFilter | None = None,
        *,
        page_size: int = 1000,
    ) -> StatusPage:
        """Every mentor :meth:`list_statuses` would list, as one page (``next_cursor`` None): for a table in a
        notebook or ``all_statuses(...).to_pandas()``. Fetched ``page_size`` rows at a time."""
        items = [item async for item in self.iter_statuses(chapter_id, status, page_size=page_size)]
        return StatusPage(items=tuple(items), next_cursor=None)

    async def history(self, mentor_id: UUID | str, *, page_size: int = 50, before: int | None = None) -> HistoryPage:
        """One page of the mentor's history, newest first; pass ``next_cursor`` as ``before`` for older ones."""
        size = validation.page_size(page_size)
        request = RpcCall(
            "get_mentor_history",
            {"p_mentor_id": validation.entity_id(mentor_id), "p_before": before, "p_limit": size},
            readonly=True,
            count=True,
        )
        result = await self._call(request)
        items = _CHANGES.validate_python(result.rows)
        more = may_have_more(result, size) and bool(items)
        return HistoryPage(items=tuple(items), next_cursor=items[-1].id if more else None)

    # -- transitions -------------------------------------------------------------------------------------------

    async def pause(
        self,
        mentor_id: UUID | str,
        reason: str,
        expected_return: dt.date | None = None,
        request_id: UUID | str | None = None,
    ) -> MentorStatus:
        """Pause an active mentor: a reason (1-500 characters) and optionally the date they expect to be back."""
        return await self._transition(
            "pause_mentor",
            mentor_id,
            request_id,
            p_reason=validation.reason(reason),
            p_expected_return_date=validation.expected_return(expected_return),
        )

    async def resume(self, mentor_id: UUID | str, request_id: UUID | str | None = None) -> MentorStatus:
        """Make a paused mentor active again."""
        return await self._transition("resume_mentor", mentor_id, request_id)

    async def reactivate(self, mentor_id: UUID | str, request_id: UUID | str | None = None) -> MentorStatus:
        """Make a mentor whose certification had expired active again (coordinators in scope, org admins)."""
        return await self._transition("reactivate_mentor", mentor_id, request_id)

    # -- the nightly certification expiry ----------------------------------------------------------------------------

    async def run_certification_expiry(
        self,
        *,
        batch_size: int = 500,
        host: ExpiryHost = ExpiryHost.PYTHON,
        on_batch: Callable[[ExpiryBatch], object] | None = None,
    ) -> ExpiryRun:
        """Expire every mentor whose certification has lapsed, one committed batch at a time, and return the run's
        record (service_role and org admins only).

        The same core as pg_cron's nightly job and the Edge Function (``expire_certification_batch``): each batch is
        its own transaction, so an interruption loses at most the batch in flight and the next run resumes;
        concurrent runs never expire a mentor twice. ``on_batch`` sees each batch's progress (for a progress bar).
        A failure is recorded on the run (``error``) and raised.
        """
        started_by = validation.expiry_host(host).value
        started = await self._call(RpcCall("start_certification_expiry_run", {"p_host": started_by}))
        run_id = int(str(started.rows[0]["start_certification_expiry_run"]))
        after_date: dt.date | None = None
        after_mentor: UUID | None = None
        try:
            while True:
                result = await self._call(
                    RpcCall(
                        "expire_certification_batch",
                        {
                            "p_run_id": run_id,
                            "p_after_date": after_date,
                            "p_after_mentor": after_mentor,
                            "p_limit": batch_size,
                        },
                    )
                )
                batch = ExpiryBatch.model_validate(result.rows[0])
                if on_batch is not None:
                    on_batch(batch)
                if batch.done:
                    break
                after_date, after_mentor = batch.next_after_date, batch.next_after_mentor
        except MentorPauseError as failure:
            with contextlib.suppress(MentorPauseError):
                await self._call(
                    RpcCall("fail_certification_expiry_run", {"p_run_id": run_id, "p_error": str(failure)})
                )
            raise
        return await self.expiry_run(run_id)

    async def expiry_run(self, run_id: int) -> ExpiryRun:
        """One run's record (org admins and service_role)."""
        result = await self._read(TableRead("certification_expiry_runs", eq={"id": run_id}, limit=1))
        if not result.rows:
            raise NotFound(f"certification expiry run {run_id} not found", code="PT404")
        return ExpiryRun.model_validate(result.rows[0])

    async def expiry_runs(self, limit: int = 10) -> list[ExpiryRun]:
        """The latest runs, newest first: did last night's run happen, and what did it do?"""
        result = await self._read(
            TableRead(
                "certification_expiry_runs",
                order=[OrderBy("started_at", descending=True), OrderBy("id", descending=True)],
                limit=validation.page_size(limit),
            )
        )
        return _RUNS.validate_python(result.rows)

    # -- the portal outbox (service_role; the state also for org admins) ---------------------------------------------

    async def claim_portal_sync(
        self, worker: str, *, limit: int = 100, lease_seconds: int = 60
    ) -> list[MentorAvailability]:
        """Claim up to ``limit`` mentors the portal is behind on, for ``lease_seconds``, with their current state.

        Nobody else claims them until they are completed, failed, or the lease runs out (a worker that dies only
        delays its mentors). :class:`mentor_pause.portal.PortalSyncWorker` is the loop around this.
        """
        result = await self._call(
            RpcCall("claim_portal_sync", {"p_worker": worker, "p_limit": limit, "p_lease_seconds": lease_seconds})
        )
        return _AVAILABILITIES.validate_python(result.rows)

    async def complete_portal_sync(self, worker: str, delivered: Sequence[MentorAvailability]) -> int:
        """Record that the portal has these states (a newer change of a mentor stays pending)."""
        items: JsonDocument = [{"mentor_id": str(a.mentor_id), "version": a.version} for a in delivered]
        result = await self._call(RpcCall("complete_portal_sync", {"p_worker": worker, "p_items": JsonArg(items)}))
        return int(str(result.rows[0]["complete_portal_sync"])) if result.rows else 0

    async def fail_portal_sync(self, worker: str, failures: Sequence[PortalFailure], *, max_attempts: int = 10) -> int:
        """Reschedule mentors the portal refused; after ``max_attempts`` failures, or a permanent refusal, they
        become dead letters (see :meth:`requeue_portal_dead_letters`)."""
        items: JsonDocument = [
            {
                "mentor_id": str(f.availability.mentor_id),
                "version": f.availability.version,
                "error": f.error,
                "retry_after_seconds": f.retry_after_seconds,
                "permanent": f.permanent,
            }
            for f in failures
        ]
        result = await self._call(
            RpcCall("fail_portal_sync", {"p_worker": worker, "p_items": JsonArg(items), "p_max_attempts": max_attempts})
        )
        return int(str(result.rows[0]["fail_portal_sync"])) if result.rows else 0

    async def requeue_portal_dead_letters(self, mentor_ids: Iterable[UUID | str] | None = None) -> int:
        """Give dead letters (all of them, or these mentors') a fresh start; returns how many."""
        ids = None if mentor_ids is None else [str(m) for m in validation.entity_ids(mentor_ids)]
        result = await self._call(
            RpcCall("requeue_portal_dead_letters", {"p_mentor_ids": None if ids is None else "{" + ",".join(ids) + "}"})
        )
        return int(str(result.rows[0]["requeue_portal_dead_letters"])) if result.rows else 0

    async def portal_sync_status(self) -> PortalSyncState:
        """Whether the portal is in step (org admins and service_role)."""
        result = await self._call(RpcCall("portal_sync_status", {}, readonly=True))
        return PortalSyncState.model_validate(result.rows[0])

    async def expire_certification(self, mentor_id: UUID | str, request_id: UUID | str | None = None) -> MentorStatus:
        """Mark the mentor's certification as expired (org admins and service jobs)."""
        return await self._transition("expire_mentor_certification", mentor_id, request_id)
