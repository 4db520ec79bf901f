"""The pieces of the ``mentor-pause`` command line (assembled in :mod:`mentor_pause.cli`)."""
