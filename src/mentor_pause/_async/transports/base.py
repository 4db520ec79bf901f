"""The interface every transport implements."""

from __future__ import annotations

from typing import Protocol

from mentor_pause.operations import RowSet, RpcCall, TableRead


class AsyncTransport(Protocol):
    """Runs one operation as one identity and returns rows; raises :mod:`mentor_pause.errors` types only."""

    async def call(self, request: RpcCall) -> RowSet:
        """Call an RPC; a composite result is one row, a SETOF result many, an empty result none."""
        ...

    async def read(self, request: TableRead) -> RowSet:
        """Read rows of one table through its RLS policies."""
        ...

    async def aclose(self) -> None:
        """Release what the transport opened (never what it was given)."""
        ...
