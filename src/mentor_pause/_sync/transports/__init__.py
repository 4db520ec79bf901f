# GENERATED from src/mentor_pause/_async/transports/__init__.py by tools/async_to_sync.py: do not edit.
# Change the async source and run `./dev generate`.
"""Transports: how an operation reaches the database (PostgREST over HTTP, or a direct Postgres connection)."""
