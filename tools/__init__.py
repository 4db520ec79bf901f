"""Maintenance tools of the repository (not shipped): code generation. Run them through ``./dev``."""
