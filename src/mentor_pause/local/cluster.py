"""A throwaway PostgreSQL cluster on loopback: the docker-free stand-in for the database of ``supabase start``.

Why not Docker: these machines (and many CI runners) have none. PostgreSQL itself is a plain Debian package,
so we run ``initdb``/``pg_ctl`` directly. PostgreSQL refuses to run as root, and sessions and CI often are root,
so every server command runs as an unprivileged OS user (``postgres`` when it exists, else ``nobody``).

The cluster lives in one directory: ``data/`` (the cluster), ``postgres.log``, ``port`` and the Unix socket. It
listens on 127.0.0.1 only, with password authentication over TCP (user ``postgres``, password ``postgres``, as in
``supabase start``) and ``trust`` on its own private socket directory.

Its port is stable, like ``supabase start``'s 54322: derived from a seed (the project folder) and remembered in
``port``, so a URL exported once stays valid across stops and starts. Only when that port is taken by something
else does the cluster move to the next free one (and remember that).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mentor_pause.local.binaries import PostgresBinaries, find_postgres

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "postgres"  # noqa: S105 - the well-known local-only password of `supabase start`
DATABASE = "postgres"


class ClusterError(RuntimeError):
    """The local cluster could not be created, started or stopped; the message says why."""


class ClusterNotRunning(ClusterError):
    """The cluster is stopped (or was never started), so it has no URL."""


def _ephemeral_ports() -> range:
    """The range the kernel takes the local ports of outgoing connections from (Linux: 32768-60999)."""
    try:
        low, high = (int(v) for v in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        return range(32768, 61000)
    return range(low, high + 1)


def free_loopback_port() -> int:
    """A TCP port that nothing listens on right now, outside the ephemeral range.

    A port the kernel hands out for ``bind(0)`` comes from the ephemeral range, where every outgoing connection
    also takes its local port: between our check and the server's own bind, a client socket of a busy test run may
    take it. Ports below that range are only ever taken by listeners.
    """
    ephemeral = _ephemeral_ports()
    candidates = [p for p in range(20000, 32000) if p not in ephemeral] or list(range(20000, 32000))
    for port in random.sample(candidates, 200):
        if port_is_free(port):
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # pragma: no cover - a crowded machine
        sock.bind(("127.0.0.1", 0))
        found: int = sock.getsockname()[1]
        return found


#: Ports the Supabase CLI's local stack uses by default (API, DB, Studio, Inbucket, pooler, shadow DB...): a cluster
#: of ours there would be taken for ``supabase start``'s Docker database by tools that guess from the port.
SUPABASE_CLI_PORTS = frozenset(range(54320, 54330))
#: Where stable ports are taken from: high enough to avoid well-known services, below the usual ephemeral range.
STABLE_PORT_RANGE = range(20000, 32000)


def stable_ports(seed: str) -> list[int]:
    """Candidate ports for ``seed``, the first being its own: always the same order for the same seed.

    The candidates are :data:`STABLE_PORT_RANGE` minus the kernel's ephemeral range (outgoing connections take
    their local ports there) and the Supabase CLI's ports; the seed's hash picks where to start in that list.
    """
    ephemeral = _ephemeral_ports()
    candidates = [p for p in STABLE_PORT_RANGE if p not in ephemeral and p not in SUPABASE_CLI_PORTS]
    if not candidates:  # pragma: no cover - an ephemeral range covering everything
        candidates = [p for p in STABLE_PORT_RANGE if p not in SUPABASE_CLI_PORTS]
    start = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big") % len(candidates)
    return candidates[start:] + candidates[:start]


def port_is_free(port: int) -> bool:
    """Whether a server could listen on the port now. Servers (PostgreSQL, PgBouncer) bind with ``SO_REUSEADDR``,
    so connections of a stopped server still in TIME_WAIT do not count as taking it; a listener does."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@dataclass(frozen=True)
class OsUser:
    """The OS account the server runs as; ``None`` fields mean "the current user"."""

    name: str
    uid: int | None
    gid: int | None
    home: str

    @classmethod
    def for_server(cls, requested: str | None = None) -> OsUser:
        """Root must hand the server to an unprivileged account; anyone else runs it as themselves."""
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid())
            return cls(name=me.pw_name, uid=None, gid=None, home=me.pw_dir)
        for name in [requested or os.environ.get("MENTOR_PAUSE_PG_OS_USER") or "postgres", "nobody"]:
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return cls(name=name, uid=entry.pw_uid, gid=entry.pw_gid, home=entry.pw_dir)
        raise ClusterError("running as root, but neither a 'postgres' nor a 'nobody' OS user exists")

    def run(self, args: list[str], *, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a server tool as this user, with a clean locale so messages are predictable."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home if os.path.isdir(self.home) else tempfile.gettempdir(),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }
        result = subprocess.run(
            args,
            capture_output=True,
            text=True,
            env=env,
            cwd="/",
            user=self.uid,
            group=self.gid,
            extra_groups=[] if self.uid is not None else None,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise ClusterError(f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr or result.stdout}")
        return result

    def chown(self, path: Path) -> None:
        if self.uid is not None and self.gid is not None:
            os.chown(path, self.uid, self.gid)


def _settings(base_dir: Path, binaries: PostgresBinaries, *, durable: bool) -> dict[str, str]:
    """Server settings: loopback only, UTC, pg_cron when installed, and speed over durability for scratch use."""
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{base_dir}'",
        "max_connections": "200",
        "timezone": "'UTC'",
        "log_timezone": "'UTC'",
        "log_min_messages": "warning",
        "max_worker_processes": "16",
    }
    if not durable:
        settings |= {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
    if binaries.has_library("pg_cron"):
        # Supabase preloads pg_cron and runs it in the `postgres` database; background workers avoid the
        # libpq loopback connection (and its password) that pg_cron otherwise opens for every job.
        settings |= {
            "shared_preload_libraries": "'pg_cron'",
            "cron.database_name": f"'{DATABASE}'",
            "cron.use_background_workers": "on",
            "cron.timezone": "'UTC'",
        }
    return settings


class LocalPostgres:
    """One PostgreSQL cluster in ``base_dir``: create it, start it on its stable loopback port, stop it.

    The object holds no process handle: the running server is found again through ``postmaster.pid``, so
    ``mentor-pause db stop`` in another shell stops what ``db start`` started. ``port_seed`` decides the stable
    port (:func:`stable_ports`; default: the cluster folder).
    """

    def __init__(
        self,
        base_dir: Path,
        *,
        binaries: PostgresBinaries | None = None,
        os_user: OsUser | None = None,
        durable: bool = False,
        port_seed: str | None = None,
    ) -> None:
        self.base_dir = base_dir.resolve()
        self.data_dir = self.base_dir / "data"
        self.log_file = self.base_dir / "postgres.log"
        self.port_file = self.base_dir / "port"
        self.port_seed = port_seed or str(self.base_dir)
        self.binaries = binaries or find_postgres()
        self.os_user = os_user or OsUser.for_server()
        self.durable = durable

    # -- lifecycle -------------------------------------------------------------------------------------------

    @property
    def initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def init(self) -> None:
        """Create the cluster (``initdb``) unless it exists."""
        if self.initialized:
            return
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self._check_traversable()
        self.os_user.chown(self.base_dir)
        pwfile = self.base_dir / "pwfile"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        self.os_user.chown(pwfile)
        try:
            self.os_user.run(
                [
                    self.binaries.tool("initdb"),
                    "--pgdata",
                    str(self.data_dir),
                    "--username",
                    SUPERUSER,
                    "--pwfile",
                    str(pwfile),
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                ]
            )
        finally:
            pwfile.unlink(missing_ok=True)
        conf = "".join(
            f"{key} = {value}\n" for key, value in _settings(self.base_dir, self.binaries, durable=self.durable).items()
        )
        with (self.data_dir / "postgresql.conf").open("a") as handle:
            handle.write("\n# mentor-pause local cluster\n" + conf)

    def running_port(self) -> int | None:
        """The port of the running server, read from ``postmaster.pid``; ``None`` when it is not running."""
        pid_file = self.data_dir / "postmaster.pid"
        if not pid_file.exists():
            return None
        result = self.os_user.run([self.binaries.tool("pg_ctl"), "status", "-D", str(self.data_dir)], check=False)
        if result.returncode != 0:
            return None
        lines = pid_file.read_text().splitlines()
        return int(lines[3]) if len(lines) > 3 and lines[3].strip().isdigit() else None

    def remembered_port(self) -> int | None:
        """The port the cluster ran on last (and will try first next time), if it has run."""
        try:
            text = self.port_file.read_text().strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def start(self, port: int | None = None) -> int:
        """Start the server (creating it first if needed) and return its port. Idempotent.

        ``port`` given: exactly that one (an error if taken), remembered for later starts. Otherwise the remembered
        port, else the seed's stable port; if that is taken, the next free candidate (remembered from then on).
        """
        current = self.running_port() if self.initialized else None
        if current is not None:
            return current
        if port is not None and not port_is_free(port):
            raise ClusterError(f"port {port} on 127.0.0.1 is already in use (choose another with --port)")
        self.init()
        tried: set[int] = set()
        for _attempt in range(3):
            chosen = port if port is not None else self._next_port(tried)
            tried.add(chosen)
            failure = self._start_on(chosen)
            if failure is None:
                self.port_file.write_text(f"{chosen}\n")
                return chosen
            # Something else bound the port between our check and the server's bind: try the next candidate.
            if port is not None or port_is_free(chosen):
                raise ClusterError(failure)
        raise ClusterError(failure)

    def _next_port(self, tried: set[int]) -> int:
        remembered = self.remembered_port()
        candidates = ([remembered] if remembered else []) + stable_ports(self.port_seed)
        for candidate in candidates:
            if candidate not in tried and port_is_free(candidate):
                return candidate
        return free_loopback_port()  # pragma: no cover - every candidate taken

    def _start_on(self, port: int) -> str | None:
        """Start the server on ``port``; ``None`` when it runs, else why it did not start."""
        self.log_file.touch()
        self.os_user.chown(self.log_file)
        result = self.os_user.run(
            [
                self.binaries.tool("pg_ctl"),
                "start",
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_file),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {port}",
            ],
            check=False,
        )
        if result.returncode != 0:
            log_tail = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            return f"PostgreSQL did not start on port {port}: {result.stderr.strip()}\n{log_tail}"
        self._wait_until_ready(port)
        return None

    def stop(self) -> None:
        """Stop the server if it runs (fast shutdown: open sessions are disconnected)."""
        if self.running_port() is None:
            return
        self.os_user.run([self.binaries.tool("pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "fast", "-w"])

    def destroy(self) -> None:
        """Stop the server and delete the whole directory."""
        self.stop()
        shutil.rmtree(self.base_dir, ignore_errors=True)

    # -- connection ------------------------------------------------------------------------------------------

    def url(self, database: str = DATABASE, *, user: str = SUPERUSER, password: str = SUPERUSER_PASSWORD) -> str:
        """A libpq URL for the running server (TCP, loopback)."""
        port = self.running_port()
        if port is None:
            raise ClusterNotRunning(f"the cluster in {self.base_dir} is not running")
        return f"postgresql://{user}:{password}@127.0.0.1:{port}/{database}"

    # -- internals -------------------------------------------------------------------------------------------

    def _wait_until_ready(self, port: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            result = self.os_user.run(
                [self.binaries.tool("pg_isready"), "-h", "127.0.0.1", "-p", str(port), "-d", DATABASE], check=False
            )
            if result.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise ClusterError(f"PostgreSQL on port {port} did not accept connections within {timeout:.0f}s")
            time.sleep(0.1)

    def _check_traversable(self) -> None:
        """The server user must be able to reach its directory; root's home (0700) is the usual trap."""
        if self.os_user.uid is None:
            return
        for parent in self.base_dir.parents:
            mode = parent.stat().st_mode
            if not mode & 0o001:
                raise ClusterError(
                    f"{parent} is not searchable by OS user {self.os_user.name!r}, who runs PostgreSQL; "
                    "choose a data directory outside it (for example under /tmp)"
                )


@contextlib.contextmanager
def temporary_cluster(*, durable: bool = False) -> Iterator[LocalPostgres]:
    """A started cluster in a fresh temporary directory, destroyed on exit."""
    cluster = LocalPostgres(Path(tempfile.mkdtemp(prefix="mentor-pause-pg-")), durable=durable)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()
