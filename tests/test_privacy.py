"""Nothing leaves the machine: the detect path and the live pipeline run with sockets forbidden."""

import socket
import threading

import pytest

from app.cli import main
from pipelines.detection.detector import DetectorSettings
from pipelines.detection.live import LiveDetection
from pipelines.detection.pipeline import DetectionResult
from tests.conftest import DATA


class NetworkForbidden(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket or resolve a name fails the test."""
    attempts = []

    def forbid(*args, **kwargs):
        attempts.append(args)
        raise NetworkForbidden(f"network access attempted: {args!r}")

    class ForbiddenSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            forbid(*args)

    monkeypatch.setattr(socket, "socket", ForbiddenSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, forbid)
    yield attempts
    assert attempts == []


def test_socket_guard_really_blocks(no_network):
    with pytest.raises(NetworkForbidden):
        socket.create_connection(("127.0.0.1", 9))
    no_network.clear()


def test_detect_cli_runs_offline(no_network, built_model, capsys):
    assert main(["detect", str(DATA / "coffee.png"), "--json"]) == 0
    assert '"cup"' in capsys.readouterr().out


def test_live_pipeline_runs_offline(no_network, built_model):
    stop = threading.Event()
    loop = LiveDetection("demo", built_model, None, DetectorSettings()).loop(stop.is_set)
    results = [item for _, item in zip(range(5), loop)]
    stop.set()
    list(loop)
    assert any(isinstance(item, DetectionResult) for item in results)


def test_chat_runs_offline(no_network, capsys):
    assert main(["chat", "Say hello.", "--max-tokens", "8", "--json"]) == 0
    assert '"text"' in capsys.readouterr().out


def test_transcribe_runs_offline(no_network, capsys):
    from pipelines.speech.sources import demo_recording

    assert main(["transcribe", str(demo_recording()), "--json"]) == 0
    assert "Dashwood" in capsys.readouterr().out
