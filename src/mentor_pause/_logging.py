"""The SDK's logger, ``mentor_pause``, and the silencing of psycopg_pool's last-resort output.

A library logs and leaves where the records go to the application: ``mentor_pause`` gets a ``NullHandler`` (so
nothing is printed unless the application configures logging), and the SDK never touches the root logger or any
level. Retries are logged at INFO (:mod:`mentor_pause.retry`); ``logging.basicConfig(level=logging.INFO)`` shows
them.

psycopg_pool logs every failed connection attempt at WARNING on ``psycopg.pool``. With no logging configured,
Python's last-resort handler prints each of them to stderr: dozens of lines per outage, while the SDK already
raises a typed error with the same cause. :func:`quiet_pool_logger` gives ``psycopg.pool`` a ``NullHandler``,
which ends that last-resort printing and nothing else: the records still propagate to whatever handlers the
application configures, at the levels it chooses.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("mentor_pause")
logger.addHandler(logging.NullHandler())


def quiet_pool_logger() -> None:
    """Stop psycopg_pool's warnings from reaching stderr through the last-resort handler (idempotent)."""
    pool_logger = logging.getLogger("psycopg.pool")
    if not any(isinstance(handler, logging.NullHandler) for handler in pool_logger.handlers):
        pool_logger.addHandler(logging.NullHandler())
