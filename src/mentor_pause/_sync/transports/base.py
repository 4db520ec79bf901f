# GENERATED from src/mentor_pause/_async/transports/base.py by tools/async_to_sync.py: do not edit.
# Change the async source and run `./dev generate`.
"""The interface every transport implements."""

from __future__ import annotations

from typing import Protocol

from mentor_pause.operations import RowSet, RpcCall, TableRead


class Transport(Protocol):
    """Runs one operation as one identity and returns rows; raises :mod:`mentor_pause.errors` types only."""

    def call(self, request: RpcCall) -> RowSet:
        """Call an RPC; a composite result is one row, a SETOF result many, an empty result none."""
        ...

    def read(self, request: TableRead) -> RowSet:
        """Read rows of one table through its RLS policies."""
        ...

    def close(self) -> None:
        """Release what the transport opened (never what it was given)."""
        ...
