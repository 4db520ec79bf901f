"""A local connection pooler in front of the local cluster: PgBouncer, the docker-free stand-in for Supavisor.

Hosted Supabase gives services a pooler in transaction mode (Supavisor on port 6543), and ``supabase start`` runs
one locally when ``[db.pooler] enabled = true`` (port 54329). A transaction-mode pooler hands each transaction to
whichever server connection is free, which breaks anything that outlives a transaction on the server: session
settings, and the prepared statements a driver creates by itself (psycopg after five executions). Code that
works directly can therefore fail through the pooler, so the suite runs the SDK through a real one too.

PgBouncer (Debian's ``pgbouncer``, 1.18 here) refuses to run as root, so it runs as the same unprivileged OS user
as the cluster. It listens on 127.0.0.1 and authenticates clients with SCRAM against plain-text passwords in its
``userlist.txt`` (the local stack's well-known ``postgres``/``postgres``), which it also uses to log in to the
server. Versions before 1.21 have no support for protocol-level prepared statements at all in transaction mode.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from mentor_pause.local.cluster import (
    DATABASE,
    SUPERUSER,
    SUPERUSER_PASSWORD,
    ClusterError,
    LocalPostgres,
    free_loopback_port,
    port_is_free,
)

#: Login roles the local pooler lets through (all with the local stack's password).
_POOLED_USERS = (SUPERUSER, "authenticator")


class PoolerNotInstalled(ClusterError):
    """PgBouncer is not installed (Debian/Ubuntu: ``apt-get install pgbouncer``)."""


def find_pgbouncer() -> str:
    found = shutil.which("pgbouncer") or next(
        (str(p) for p in (Path("/usr/sbin/pgbouncer"), Path("/usr/bin/pgbouncer")) if p.exists()), None
    )
    if not found:
        raise PoolerNotInstalled("pgbouncer is not installed (on Debian/Ubuntu: apt-get install pgbouncer)")
    return found


@dataclass(frozen=True)
class PoolerSettings:
    """``[db.pooler]`` of supabase/config.toml (the keys ``supabase start`` reads)."""

    port: int = 54329
    pool_mode: str = "transaction"
    default_pool_size: int = 20
    max_client_conn: int = 100


class LocalPooler:
    """PgBouncer for one local cluster, with its files in the cluster's folder (``pgbouncer/``)."""

    def __init__(self, cluster: LocalPostgres, settings: PoolerSettings | None = None) -> None:
        self.cluster = cluster
        self.settings = settings or PoolerSettings()
        self.directory = cluster.base_dir / "pgbouncer"
        self.pid_file = self.directory / "pgbouncer.pid"
        self.log_file = self.directory / "pgbouncer.log"

    def running_port(self) -> int | None:
        """The port of the running pooler (from its config), ``None`` when it does not run."""
        pid = self._pid()
        if pid is None:
            return None
        config = (self.directory / "pgbouncer.ini").read_text()
        for line in config.splitlines():
            if line.startswith("listen_port = "):
                return int(line.split("=", 1)[1])
        return None

    def start(self, port: int | None = None) -> int:
        """Start PgBouncer in front of the running cluster (idempotent) and return its port."""
        current = self.running_port()
        if current is not None:
            return current
        binary = find_pgbouncer()
        server_port = self.cluster.running_port()
        if server_port is None:
            raise ClusterError("start the database before its pooler")
        self.directory.mkdir(parents=True, exist_ok=True)
        self.cluster.os_user.chown(self.directory)
        userlist = "".join(f'"{user}" "{SUPERUSER_PASSWORD}"\n' for user in _POOLED_USERS)
        self._write("userlist.txt", userlist, mode=0o600)
        for attempt in range(3):
            chosen = port or self.settings.port
            if not port_is_free(chosen) or attempt:
                if port is not None:
                    raise ClusterError(f"port {chosen} on 127.0.0.1 is already in use")
                chosen = free_loopback_port()  # the configured port is taken: any free one, as for the database
            self._write("pgbouncer.ini", self._config(chosen, server_port))
            self.log_file.unlink(missing_ok=True)
            result = self.cluster.os_user.run([binary, "-d", str(self.directory / "pgbouncer.ini")], check=False)
            if result.returncode == 0 and self._listening(chosen):
                return chosen
        raise ClusterError(f"pgbouncer did not start: {result.stderr.strip() or self._log_tail()}")

    def stop(self) -> None:
        """Stop PgBouncer if it runs (SIGINT: close client connections once their transactions end)."""
        pid = self._pid()
        if pid is None:
            return
        os.kill(pid, signal.SIGINT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._pid() is not None:
            time.sleep(0.05)
        if self._pid() is not None:
            os.kill(pid, signal.SIGTERM)

    def url(self, user: str = SUPERUSER, *, password: str = SUPERUSER_PASSWORD) -> str:
        """A libpq URL through the pooler. ``pgbouncer=true`` tells the SDK it is a transaction-mode pooler."""
        port = self.running_port()
        if port is None:
            raise ClusterError("the local pooler is not running")
        marker = "?pgbouncer=true" if self.settings.pool_mode == "transaction" else ""
        return f"postgresql://{user}:{password}@127.0.0.1:{port}/{DATABASE}{marker}"

    # -- internals -------------------------------------------------------------------------------------------

    def _config(self, port: int, server_port: int) -> str:
        return "\n".join(
            [
                "[databases]",
                f"* = host=127.0.0.1 port={server_port}",
                "",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                f"listen_port = {port}",
                f"unix_socket_dir = {self.directory}",
                f"pidfile = {self.pid_file}",
                f"logfile = {self.log_file}",
                "auth_type = scram-sha-256",
                f"auth_file = {self.directory / 'userlist.txt'}",
                f"pool_mode = {self.settings.pool_mode}",
                f"default_pool_size = {self.settings.default_pool_size}",
                f"max_client_conn = {self.settings.max_client_conn}",
                # Startup parameters some drivers send that PgBouncer does not track itself.
                "ignore_startup_parameters = extra_float_digits,options",
                "",
            ]
        )

    def _write(self, name: str, text: str, *, mode: int = 0o644) -> None:
        path = self.directory / name
        path.write_text(text)
        path.chmod(mode)
        self.cluster.os_user.chown(path)

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid
        return pid

    def _log_tail(self) -> str:
        return self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""

    def _listening(self, port: int, timeout: float = 10.0) -> bool:
        """Whether PgBouncer came up listening on ``port``. It opens its socket before it daemonizes and writes its
        pid file (wait for both), and when the TCP port is taken it only warns and serves its Unix socket: that is
        a failure here, and the port must not be mistaken for ours because someone else listens on it."""
        deadline = time.monotonic() + timeout
        while port_is_free(port) or self._pid() is None:
            if time.monotonic() > deadline:
                raise ClusterError(f"pgbouncer did not listen on port {port}: {self._log_tail()}")
            time.sleep(0.05)
        if f"cannot listen on 127.0.0.1:{port}" in self._log_tail():
            self.stop()
            return False
        return True
