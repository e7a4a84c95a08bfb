"""The status bar's network count, read live from the OS: this process and its children, internet sockets only."""

import socket
import subprocess
import sys

from pipelines.machine.network_watch import network_snapshot

HOLD_A_UDP_SOCKET = ("import socket, time; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
                     "s.bind(('127.0.0.1', 0)); print(s.getsockname()[1], flush=True); time.sleep(60)")


def test_a_local_socket_does_not_count_and_an_internet_one_does():
    before = network_snapshot()
    assert before.error == "" and before.connections == () and before.processes >= 1
    left, right = socket.socketpair(socket.AF_UNIX)  # like the display, D-Bus or PulseAudio: not network
    server = socket.create_server(("127.0.0.1", 0))
    try:
        port = server.getsockname()[1]
        found = network_snapshot().connections
        assert [(c.kind, c.local, c.status) for c in found] == [("TCP", f"127.0.0.1:{port}", "LISTEN")]
    finally:
        server.close()
        left.close()
        right.close()
    assert network_snapshot().connections == ()


def test_a_child_process_socket_counts_too():
    child = subprocess.Popen([sys.executable, "-c", HOLD_A_UDP_SOCKET], stdout=subprocess.PIPE, text=True)
    try:
        port = child.stdout.readline().strip()
        snapshot = network_snapshot()
        assert snapshot.processes >= 2
        assert [(c.pid, c.kind, c.local) for c in snapshot.connections] == [(child.pid, "UDP", f"127.0.0.1:{port}")]
        assert f"UDP 127.0.0.1:{port} (NONE, pid {child.pid})" == snapshot.connections[0].describe()
    finally:
        child.kill()
        child.wait(10)
