"""The local cluster's port: stable per seed, never one of the Supabase CLI's, free again after a stop."""

from __future__ import annotations

import socket

from mentor_pause.local.cluster import SUPABASE_CLI_PORTS, port_is_free, stable_ports


def test_stable_ports_depend_only_on_the_seed() -> None:
    first, second = stable_ports("/home/a/project/supabase"), stable_ports("/home/b/project/supabase")
    assert first == stable_ports("/home/a/project/supabase")
    assert first[0] != second[0]
    assert sorted(first) == sorted(second)  # the same candidates, another starting point
    assert not SUPABASE_CLI_PORTS & set(first)
    assert all(20000 <= p < 32000 for p in first)


def test_a_listener_takes_a_port_and_frees_it_when_closed() -> None:
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert not port_is_free(port)
        with socket.create_connection(("127.0.0.1", port)) as client:
            accepted, _ = listener.accept()
            accepted.close()  # the server side closes first: its end of the connection waits in TIME_WAIT
            client.recv(1)
    assert port_is_free(port)  # a restarted server (SO_REUSEADDR) may listen there again
