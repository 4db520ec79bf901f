"""The asynchronous implementation: the single source of the SDK's clients and transports.

``mentor_pause._sync`` is generated from this package by ``unasync`` (``./dev generate``); edit here only.
"""
