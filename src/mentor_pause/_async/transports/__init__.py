"""Transports: how an operation reaches the database (PostgREST over HTTP, or a direct Postgres connection)."""
